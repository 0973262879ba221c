#pragma once

#include <QMainWindow>
#include <QStringList>

class CorpusLoader;
class DocumentListModel;
class DocumentView;
class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class Settings;
class Store;
struct LoadProblem;

// The explorer's shell: wires the store, the loader and the views together. Owns no data of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Store* store, Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the corpus with the articles under `paths` (files or folders), loaded in the background.
    void openPaths(const QStringList& paths);
    void openSampleCorpus();

    DocumentListModel* documentModel() const { return m_documentModel; }
    QTableView* documentTable() const { return m_documentTable; }
    DocumentView* documentView() const { return m_documentView; }
    CorpusLoader* loader() const { return m_loader; }
    QListWidget* problemList() const { return m_problemList; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void restoreLayout();
    void updateRecentMenu();
    void updateSummary();
    void showSelectedDocument();
    void onLoadStarted();
    void onDocumentAdded(int documentId);
    void onProblem(const LoadProblem& problem);
    void onLoadFinished(bool cancelled);
    void openFilesDialog();
    void openFolderDialog();
    void saveDatabaseDialog();
    void openDatabaseDialog();
    void reload();
    void showAbout();

    Store* m_store;
    Settings* m_settings;
    CorpusLoader* m_loader;
    DocumentListModel* m_documentModel;
    QSortFilterProxyModel* m_documentProxy;
    QTableView* m_documentTable;
    DocumentView* m_documentView;
    QListWidget* m_problemList;
    QDockWidget* m_documentDock = nullptr;
    QDockWidget* m_problemDock = nullptr;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QMenu* m_recentMenu = nullptr;
    QAction* m_openFilesAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_openSampleAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_saveDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_originalAction = nullptr;
    QAction* m_quitAction = nullptr;
    QStringList m_currentPaths;
    bool m_firstDocumentShown = false;
};
