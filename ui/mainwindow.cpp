#include "mainwindow.h"

#include "corpus/documentloader.h"
#include "document/documentview.h"
#include "documents/documentlistmodel.h"
#include "loading/corpusloader.h"
#include "settings.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Store* store, Settings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_loader(new CorpusLoader(store, this))
    , m_documentModel(new DocumentListModel(store, this))
    , m_documentProxy(new QSortFilterProxyModel(this))
    , m_documentTable(new QTableView)
    , m_documentView(new DocumentView)
    , m_problemList(new QListWidget)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton)
{
    setWindowTitle(tr("InvestScope"));
    setObjectName(u"MainWindow"_s);
    setCentralWidget(m_documentView);

    m_documentProxy->setSourceModel(m_documentModel);
    m_documentProxy->setSortRole(DocumentListModel::SortRole);
    m_documentTable->setModel(m_documentProxy);
    m_documentTable->setObjectName(u"documentTable"_s);
    m_documentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentTable->setSortingEnabled(true);
    m_documentTable->sortByColumn(-1, Qt::AscendingOrder);
    m_documentTable->verticalHeader()->hide();
    m_documentTable->setWordWrap(false);
    m_documentTable->horizontalHeader()->setStretchLastSection(false);
    m_documentTable->horizontalHeader()->setSectionResizeMode(DocumentListModel::TitleColumn,
                                                              QHeaderView::Stretch);
    m_documentTable->setColumnHidden(DocumentListModel::EncodingColumn, true);
    connect(m_documentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedDocument);

    m_problemList->setObjectName(u"problemList"_s);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_loader, &CorpusLoader::cancel);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_loader, &CorpusLoader::started, this, &MainWindow::onLoadStarted);
    connect(m_loader, &CorpusLoader::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_loader, &CorpusLoader::documentAdded, this, &MainWindow::onDocumentAdded);
    connect(m_loader, &CorpusLoader::problemFound, this, &MainWindow::onProblem);
    connect(m_loader, &CorpusLoader::finished, this, &MainWindow::onLoadFinished);

    createActions();
    createMenus();
    createDocks();
    restoreLayout();
    updateSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFilesAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Files…"), this);
    m_openFilesAction->setShortcut(QKeySequence::Open);
    connect(m_openFilesAction, &QAction::triggered, this, &MainWindow::openFilesDialog);

    m_openFolderAction = new QAction(QIcon::fromTheme(u"folder-open"_s), tr("Open &Folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolderDialog);

    m_openSampleAction = new QAction(tr("Open &Sample Corpus"), this);
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSampleCorpus);

    m_reloadAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_saveDatabaseAction =
        new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save &Database As…"), this);
    m_saveDatabaseAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveDatabaseAction, &QAction::triggered, this, &MainWindow::saveDatabaseDialog);

    m_openDatabaseAction = new QAction(tr("Open Data&base…"), this);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_originalAction = new QAction(tr("Show &Original Text"), this);
    m_originalAction->setCheckable(true);
    m_originalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_originalAction, &QAction::toggled, m_documentView, &DocumentView::setShowOriginal);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFilesAction);
    file->addAction(m_openFolderAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_openSampleAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_openDatabaseAction);
    file->addAction(m_saveDatabaseAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_originalAction);
    view->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About InvestScope"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openFilesAction);
    toolbar->addAction(m_openFolderAction);
    toolbar->addAction(m_reloadAction);
    toolbar->addSeparator();
    toolbar->addAction(m_originalAction);
}

void MainWindow::createDocks()
{
    m_documentDock = new QDockWidget(tr("Documents"), this);
    m_documentDock->setObjectName(u"documentDock"_s);
    m_documentDock->setWidget(m_documentTable);
    addDockWidget(Qt::LeftDockWidgetArea, m_documentDock);

    m_problemDock = new QDockWidget(tr("Problems"), this);
    m_problemDock->setObjectName(u"problemDock"_s);
    m_problemDock->setWidget(m_problemList);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemDock);
    m_problemDock->hide();

    if (QMenu* view = menuBar()->findChild<QMenu*>(u"viewMenu"_s)) {
        view->addAction(m_documentDock->toggleViewAction());
        view->addAction(m_problemDock->toggleViewAction());
    }
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1400, 900);
    if (!restoreState(m_settings->windowState()))
        resizeDocks({m_documentDock}, {520}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_loader->cancel();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    event->accept();
}

void MainWindow::openPaths(const QStringList& paths)
{
    QString error;
    if (!m_store->clear(&error))
        QMessageBox::warning(this, tr("InvestScope"), tr("The corpus could not be cleared: %1").arg(error));
    m_documentModel->reload();
    m_documentView->clear();
    m_problemList->clear();
    m_problemDock->hide();
    m_currentPaths = paths;
    m_firstDocumentShown = false;
    for (const QString& path : paths) {
        if (!path.startsWith(u':'))
            m_settings->addRecentPath(QFileInfo(path).absoluteFilePath());
    }
    updateRecentMenu();
    m_loader->load(paths);
}

void MainWindow::openSampleCorpus()
{
    openPaths({DocumentLoader::sampleCorpusPath()});
}

void MainWindow::reload()
{
    if (!m_currentPaths.isEmpty())
        openPaths(m_currentPaths);
}

void MainWindow::onLoadStarted()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_summary->setText(tr("Loading…"));
}

void MainWindow::onDocumentAdded(int documentId)
{
    m_documentModel->appendDocument(documentId);
    if (!m_firstDocumentShown) {
        m_firstDocumentShown = true;
        const int row = m_documentModel->rowOf(documentId);
        m_documentTable->setCurrentIndex(m_documentProxy->mapFromSource(m_documentModel->index(row, 0)));
    }
    updateSummary();
}

void MainWindow::onProblem(const LoadProblem& problem)
{
    auto* item = new QListWidgetItem(tr("%1 — %2").arg(problem.path, problem.reason), m_problemList);
    item->setToolTip(problem.path);
    m_problemDock->show();
}

void MainWindow::onLoadFinished(bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    updateSummary();
    if (cancelled)
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
}

void MainWindow::updateSummary()
{
    const int documents = m_store->rowCount(u"documents"_s);
    const int projects = m_store->rowCount(u"projects"_s);
    const int problems = m_problemList->count();
    QString text =
        tr("%n document(s)", nullptr, documents) + u" · "_s + tr("%n project(s)", nullptr, projects);
    if (problems > 0)
        text += u" · "_s + tr("%n file(s) could not be read", nullptr, problems);
    m_summary->setText(text);
}

void MainWindow::showSelectedDocument()
{
    const QModelIndex current = m_documentProxy->mapToSource(m_documentTable->currentIndex());
    const int id = m_documentModel->documentId(current.row());
    if (id < 0) {
        m_documentView->clear();
        return;
    }
    if (auto document = m_store->document(id))
        m_documentView->setDocument(*document);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentPaths();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(path);
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openFilesDialog()
{
    QStringList patterns{u"*.txt"_s};
    if (DocumentLoader::pdfSupported())
        patterns << u"*.pdf"_s;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(), tr("Articles (%1);;All files (*)").arg(patterns.join(u' ')));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::saveDatabaseDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Database"), u"investscope.sqlite"_s,
                                                      tr("SQLite databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_store->saveAs(path, &error))
        QMessageBox::warning(this, tr("Save Database"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_loader->cancel();
    QString error;
    if (!m_store->load(path, &error)) {
        QMessageBox::warning(this, tr("Open Database"), error);
        return;
    }
    m_currentPaths.clear();
    m_documentModel->reload();
    if (m_documentModel->rowCount() > 0)
        m_documentTable->setCurrentIndex(m_documentProxy->index(0, 0));
    updateSummary();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InvestScope"),
        tr("InvestScope %1\n\nAn explorer for Chinese news about investment promotion (招商引资).")
            .arg(QApplication::applicationVersion()));
}
