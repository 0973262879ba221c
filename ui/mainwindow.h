#pragma once

#include "clean/offsetmap.h"

#include <QMainWindow>
#include <QStringList>

class ChartPanel;
class CorpusLoader;
class DocumentListModel;
class DocumentView;
class EntityListModel;
class FilterBar;
class FilterState;
class ProjectTableModel;
class ReviewSession;
class ProjectTableView;
class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class ExchangeRates;
class QMenu;
class QPageSize;
class QPrinter;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;
class Settings;
class Store;
struct Entity;
struct LoadProblem;

// The explorer's shell: creates the views and wires them to the store, the loader and the one filter.
// Owns no data of its own.
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
    // Adds the articles under `paths` to the corpus on show (a drop; Shift+drop replaces), leaving out what
    // it holds already.
    void addPaths(const QStringList& paths);
    // Reads the same paths again (View ▸ Reload, F5); the filter stays as it is.
    void reload();

    FilterState* filterState() const { return m_filter; }
    DocumentListModel* documentModel() const { return m_documentModel; }
    QTableView* documentTable() const { return m_documentTable; }
    DocumentView* documentView() const { return m_documentView; }
    ProjectTableView* projectTable() const { return m_projectTable; }
    ChartPanel* chartPanel() const { return m_charts; }
    FilterBar* filterBar() const { return m_filterBar; }
    QTableView* entityTable() const { return m_entityTable; }
    CorpusLoader* loader() const { return m_loader; }
    ReviewSession* review() const { return m_review; }
    QListWidget* problemList() const { return m_problemList; }
    QString summaryText() const;

    // Shows article `documentId` (selecting it in the list) and marks [start, end) of its cleaned text.
    void showDocument(int documentId, qsizetype evidenceStart = -1, qsizetype evidenceEnd = -1);

    // What the export menu items do once a file is chosen; all follow the filter and write completely or
    // not at all. *error names the file and the reason.
    enum class Table { Projects, Entities };
    bool exportTable(Table table, const QString& path, QString* error); // .json: JSON, else CSV with BOM
    bool exportReport(const QString& path, const QPageSize& pageSize, const QString& title, QString* error,
                      int* pages = nullptr);
    int printReport(QPrinter* printer); // paints the report on a printer set up by the print preview
    // Converts with `rates` from now on (and at the next start); every view is redrawn.
    bool setExchangeRates(const ExchangeRates& rates, QString* error);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void restoreLayout();
    void updateRecentMenu();
    void refreshViews();
    void updateSummary();
    void showSelectedDocument();
    // Article `id` into the document view and the entity list (`keepView`: the same article read again after
    // an edit, scrolled where it was).
    void showDocumentContents(int id, bool keepView);
    void onDocumentAdded(int documentId);
    void onProblem(const LoadProblem& problem);
    void onLoadFinished(bool cancelled);
    // Removes the filter's conditions that no project (no article, for a search) of the corpus meets, and
    // says which: after opening another corpus, a condition about the last one would leave every view empty.
    void dropConditionsWithoutMatch();
    // Asks for the fields of a project the analyst marked in the article on show and adds it.
    void addProjectDialog(int documentId, TextSpan selection);
    void filterByEntity(const Entity& entity);
    void openFilesDialog();
    void openFolderDialog();
    void saveDatabaseDialog();
    void openDatabaseDialog();
    void showAbout();
    void exportTableDialog(Table table);
    void exportReportDialog();
    void printReportDialog();
    void exchangeRatesDialog();
    void restoreExchangeRates();

    Store* m_store;
    Settings* m_settings;
    CorpusLoader* m_loader;
    FilterState* m_filter;
    DocumentListModel* m_documentModel;
    QTableView* m_documentTable;
    DocumentView* m_documentView;
    ProjectTableModel* m_projectModel;
    ReviewSession* m_review;
    ProjectTableView* m_projectTable;
    ChartPanel* m_charts;
    EntityListModel* m_entityModel;
    QSortFilterProxyModel* m_entityProxy;
    QTableView* m_entityTable;
    FilterBar* m_filterBar;
    QListWidget* m_problemList;
    QTimer* m_refreshTimer;
    QList<QDockWidget*> m_docks;
    QDockWidget* m_problemDock = nullptr;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QLabel* m_indexState;       // "Indexing for search…" while the search index is behind the store
    qint64 m_lastRefreshMs = 0; // how long the views took to refresh last
    QToolButton* m_cancel;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_openFilesAction = nullptr;
    QAction* m_openFolderAction = nullptr;
    QAction* m_openSampleAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_saveDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_originalAction = nullptr;
    QAction* m_clearFilterAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_exportProjectsAction = nullptr;
    QAction* m_exportEntitiesAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_printReportAction = nullptr;
    QAction* m_exchangeRatesAction = nullptr;
    QStringList m_currentPaths;
    int m_shownDocument = -1;
    bool m_checkFilterWhenLoaded = false;
    QStringList m_pendingAdds; // dropped while a load was running
};
