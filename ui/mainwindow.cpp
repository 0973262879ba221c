#include "mainwindow.h"

#include "charts/chartpanel.h"
#include "corpus/documentloader.h"
#include "document/documentview.h"
#include "documents/documentlistmodel.h"
#include "entities/entitylistmodel.h"
#include "export/reportoptionsdialog.h"
#include "export/storeexport.h"
#include "filter/filterbar.h"
#include "filter/filterstate.h"
#include "report/labels.h"
#include "loading/corpusloader.h"
#include "money/exchangeratesdialog.h"
#include "projects/projecttablemodel.h"
#include "projects/projecttableview.h"
#include "review/addprojectdialog.h"
#include "review/reviewsession.h"
#include "review/projectdetails.h"
#include "review/variantsdialog.h"
#include "query/corpusqueries.h"
#include "report/reportwriter.h"
#include "settings.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Gives the heap's free pages back to the system: glibc keeps what a corpus freed for later allocations, so
// a reloaded corpus would otherwise cost its memory twice.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

MainWindow::MainWindow(Store* store, Settings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_loader(new CorpusLoader(store, this))
    , m_filter(new FilterState(this))
    , m_documentModel(new DocumentListModel(store, this))
    , m_documentTable(new QTableView)
    , m_documentView(new DocumentView)
    , m_projectModel(new ProjectTableModel(store, this))
    , m_review(new ReviewSession(store, this))
    , m_projectTable(new ProjectTableView(m_projectModel))
    , m_charts(new ChartPanel(store, m_filter))
    , m_entityModel(new EntityListModel(this))
    , m_entityProxy(new QSortFilterProxyModel(this))
    , m_entityTable(new QTableView)
    , m_filterBar(new FilterBar(m_filter))
    , m_problemList(new QListWidget)
    , m_refreshTimer(new QTimer(this))
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_indexState(new QLabel)
    , m_cancel(new QToolButton)
{
    setWindowTitle(tr("InvestScope"));
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    setCentralWidget(m_documentView);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_documentTable->setModel(m_documentModel); // it sorts, in the database

    m_documentTable->setObjectName(u"documentTable"_s);
    m_documentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documentTable->setSortingEnabled(true);
    m_documentTable->sortByColumn(-1, Qt::AscendingOrder);
    m_documentTable->verticalHeader()->hide();
    m_documentTable->setWordWrap(false);
    m_documentTable->setAlternatingRowColors(true);
    // The title takes what the region, count and amount leave.
    m_documentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documentTable->horizontalHeader()->setSectionResizeMode(DocumentListModel::TitleColumn,
                                                              QHeaderView::Stretch);
    m_documentTable->horizontalHeader()->setMinimumSectionSize(40);
    // Rows are read a page at a time: size the columns by the rows near the ones shown.
    m_documentTable->horizontalHeader()->setResizeContentsPrecision(DocumentListModel::kSizedRows);
    m_documentTable->setColumnHidden(DocumentListModel::FileColumn, true);
    connect(m_documentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedDocument);

    m_entityProxy->setSourceModel(m_entityModel);
    m_entityProxy->setSortRole(EntityListModel::SortRole);
    m_entityTable->setModel(m_entityProxy);
    m_entityTable->setObjectName(u"entityTable"_s);
    m_entityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entityTable->setSortingEnabled(true);
    m_entityTable->sortByColumn(-1, Qt::AscendingOrder);
    m_entityTable->verticalHeader()->hide();
    m_entityTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_entityTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_documentView->revealEntity(
            m_entityProxy->mapToSource(index).data(EntityListModel::IndexRole).toInt());
    });

    m_problemList->setObjectName(u"problemList"_s);
    connect(m_projectTable, &ProjectTableView::projectActivated, this,
            [this](int documentId, qsizetype start, qsizetype end) { showDocument(documentId, start, end); });
    connect(m_documentView, &DocumentView::filterRequested, this, &MainWindow::filterByEntity);

    // Documents arrive one by one while loading: redraw at most a few times a second.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshViews);
    connect(m_filter, &FilterState::changed, this, &MainWindow::refreshViews);
    connect(m_documentView, &DocumentView::addProjectRequested, this, &MainWindow::addProjectDialog);
    connect(m_documentView, &DocumentView::entityEditRequested, this,
            [this](int documentId, const EntityEdit& edit) {
                QString error;
                if (!m_review->editEntity(documentId, edit.from, edit.to, edit.type, &error))
                    QMessageBox::warning(this, tr("Edit Entity"), error);
            });
    // An entity edit changes the article on show: its highlights, entity list and projects are read again.
    connect(m_review, &ReviewSession::documentChanged, this, [this](int documentId) {
        if (m_documentView->documentId() == documentId)
            showDocumentContents(documentId, true);
    });
    // An edit redraws every view once the editor that made it has closed.
    m_projectTable->setReviewSession(m_review);
    connect(m_review, &ReviewSession::changed, this, &MainWindow::refreshViews, Qt::QueuedConnection);
    connect(m_review, &ReviewSession::problem, this, [this](const QString& message) {
        onProblem({m_review->sidecarPath(), message});
    });

    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_loader, &CorpusLoader::cancel);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_indexState);
    m_indexState->setObjectName(u"indexState"_s);
    m_indexState->setToolTip(tr("Search finds every article meanwhile, more slowly."));
    m_indexState->hide();
    connect(m_loader, &CorpusLoader::indexProgressChanged, this, [this](int indexed, int total) {
        m_indexState->setText(tr("Indexing for search… %1%").arg(total > 0 ? indexed * 100 / total : 100));
        m_indexState->show();
    });
    connect(m_loader, &CorpusLoader::indexFinished, this, [this] {
        if (m_indexState->isVisible() && statusBar()->currentMessage().isEmpty())
            statusBar()->showMessage(tr("Search index ready"), 3000);
        m_indexState->hide();
    });

    connect(m_loader, &CorpusLoader::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        m_summary->setText(tr("Loading…"));
    });
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
    restoreExchangeRates();
    m_charts->setExportSize(m_settings->chartExportSize(), m_settings->chartExportRatio());
    connect(m_charts, &ChartPanel::exportSizeChosen, this,
            [this](QSize size, qreal ratio) { m_settings->setChartExport(size, ratio); });
    refreshViews();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto action = [this](const QString& text, const QString& icon, QKeySequence shortcut = {}) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(shortcut);
        return a;
    };
    m_openFilesAction = action(tr("&Open Files…"), u"document-open"_s, QKeySequence::Open);
    connect(m_openFilesAction, &QAction::triggered, this, &MainWindow::openFilesDialog);
    m_openFolderAction =
        action(tr("Open &Folder…"), u"folder-open"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::openFolderDialog);
    m_openSampleAction = action(tr("Open &Sample Corpus"), QString());
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSampleCorpus);
    m_reloadAction = action(tr("&Reload"), u"view-refresh"_s, QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    m_saveDatabaseAction = action(tr("Save &Database As…"), u"document-save-as"_s, QKeySequence::SaveAs);
    m_saveDatabaseAction->setObjectName(u"saveDatabase"_s);
    connect(m_saveDatabaseAction, &QAction::triggered, this, &MainWindow::saveDatabaseDialog);
    m_openDatabaseAction = action(tr("Open Data&base…"), QString());
    m_openDatabaseAction->setObjectName(u"openDatabase"_s);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_originalAction = action(tr("Show &Original Text"), QString(), QKeySequence(Qt::CTRL | Qt::Key_U));
    m_originalAction->setCheckable(true);
    connect(m_originalAction, &QAction::toggled, m_documentView, &DocumentView::setShowOriginal);
    m_findAction = action(tr("&Find in Article…"), u"edit-find"_s, QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_documentView, &DocumentView::openFind);
    m_clearFilterAction =
        action(tr("&Clear Filter"), u"edit-clear"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_clearFilterAction, &QAction::triggered, m_filter, &FilterState::clear);
    m_exportProjectsAction = action(tr("Export &Projects…"), u"document-export"_s);
    m_exportProjectsAction->setToolTip(
        tr("Save the projects that match the filter as CSV (for Excel) or JSON"));
    m_exportProjectsAction->setObjectName(u"exportProjects"_s);
    connect(m_exportProjectsAction, &QAction::triggered, this,
            [this] { exportTableDialog(Table::Projects); });
    m_exportEntitiesAction = action(tr("Export &Entities…"), QString());
    m_exportEntitiesAction->setToolTip(
        tr("Save the entities of the articles that match the filter as CSV (for Excel) or JSON"));
    m_exportEntitiesAction->setObjectName(u"exportEntities"_s);
    connect(m_exportEntitiesAction, &QAction::triggered, this,
            [this] { exportTableDialog(Table::Entities); });
    m_exportReportAction = action(tr("Export Report as P&DF…"), u"application-pdf"_s);
    m_exportReportAction->setObjectName(u"exportReportPdf"_s);
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReportDialog);
    m_printReportAction = action(tr("&Print Report…"), u"document-print"_s, QKeySequence::Print);
    m_printReportAction->setObjectName(u"printReport"_s);
    connect(m_printReportAction, &QAction::triggered, this, &MainWindow::printReportDialog);
    m_exchangeRatesAction = action(tr("E&xchange Rates…"), QString());
    m_exchangeRatesAction->setObjectName(u"exchangeRates"_s);
    connect(m_exchangeRatesAction, &QAction::triggered, this, &MainWindow::exchangeRatesDialog);
    m_quitAction = action(tr("&Quit"), u"application-exit"_s, QKeySequence::Quit);
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
    file->addAction(m_exportProjectsAction);
    file->addAction(m_exportEntitiesAction);
    file->addAction(m_charts->exportPngAction());
    file->addAction(m_charts->exportSvgAction());
    file->addAction(m_exportReportAction);
    file->addSeparator();
    file->addAction(m_printReportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_review->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undo"_s);
    QAction* redo = m_review->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(u"redo"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_projectTable->excludeAction());
    edit->addAction(m_projectTable->mergeAction());
    edit->addAction(m_projectTable->splitAction());
    QAction* variants = edit->addAction(tr("Find &Variants…"));
    variants->setObjectName(u"findVariants"_s);
    variants->setToolTip(tr("Companies, places and projects written several ways, to make one"));
    connect(variants, &QAction::triggered, this, [this] {
        VariantsDialog dialog(m_store, m_review, this);
        dialog.exec();
    });
    QAction* showExcluded = edit->addAction(tr("Show Excluded Pro&jects"));
    showExcluded->setObjectName(u"showExcluded"_s);
    showExcluded->setCheckable(true);
    connect(showExcluded, &QAction::toggled, this, [this](bool on) {
        m_projectModel->setShowExcluded(on);
        refreshViews();
    });
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy Selected Projects"));
    connect(copy, &QAction::triggered, m_projectTable, &ProjectTableView::copySelection);
    edit->addAction(m_charts->copyAction());
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_clearFilterAction);
    edit->addSeparator();
    edit->addAction(m_exchangeRatesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_originalAction);
    m_viewMenu->addSeparator();

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
    toolbar->addAction(m_findAction);
    toolbar->addSeparator();
    toolbar->addAction(m_printReportAction);

    addToolBarBreak();
    QToolBar* filterBar = addToolBar(tr("Filter"));
    filterBar->setObjectName(u"filterToolBar"_s);
    filterBar->addWidget(m_filterBar);
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString& title, const QString& name, QWidget* widget,
                             Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        m_viewMenu->addAction(d->toggleViewAction());
        m_docks.append(d);
        return d;
    };
    dock(tr("Articles"), u"documentDock"_s, m_documentTable, Qt::LeftDockWidgetArea);
    QDockWidget* entities = dock(tr("Entities"), u"entityDock"_s, m_entityTable, Qt::LeftDockWidgetArea);
    dock(tr("Charts"), u"chartDock"_s, m_charts, Qt::RightDockWidgetArea);
    dock(tr("Projects"), u"projectDock"_s, m_projectTable, Qt::BottomDockWidgetArea);
    m_problemDock = dock(tr("Problems"), u"problemDock"_s, m_problemList, Qt::BottomDockWidgetArea);
    m_problemDock->hide();
    auto* details = new ProjectDetails(m_store, m_review);
    connect(m_projectTable, &ProjectTableView::currentProjectChanged, details, &ProjectDetails::showProject);
    // After an edit the pane shows the project as it is now (the table reloads first, keeping it current).
    connect(
        m_review, &ReviewSession::changed, details, [details] { details->showProject(details->projectId()); },
        Qt::QueuedConnection);
    connect(details, &ProjectDetails::openRequested, this,
            [this](int documentId, qsizetype start, qsizetype end) { showDocument(documentId, start, end); });
    // Beside the charts, the height of the window: the text it was reported in above its fields.
    QDockWidget* detailsDock =
        dock(tr("Project Details"), u"detailsDock"_s, details, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_docks[2], detailsDock);
    m_docks[2]->raise();
    auto* history = new QUndoView(m_review->undoStack());
    history->setObjectName(u"editHistory"_s);
    history->setEmptyLabel(tr("Extracted"));
    QDockWidget* historyDock = dock(tr("Edit History"), u"historyDock"_s, history, Qt::RightDockWidgetArea);
    historyDock->hide();
    Q_UNUSED(entities);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1560, 960);
    if (!restoreState(m_settings->windowState())) {
        resizeDocks({m_docks[0], m_docks[2]}, {430, 470}, Qt::Horizontal);
        resizeDocks({m_docks[0], m_docks[1]}, {520, 260}, Qt::Vertical);
        resizeDocks({m_docks[3]}, {300}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_loader->cancel();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A drop adds to the corpus on show; with Shift held it replaces it.
    if (event->modifiers().testFlag(Qt::ShiftModifier) || m_currentPaths.isEmpty())
        openPaths(paths);
    else
        addPaths(paths);
}

void MainWindow::addPaths(const QStringList& paths)
{
    // What is already in the corpus is not read twice: a folder opened or added before, a file stored.
    QSet<QString> stored;
    for (const QString& path : CorpusQueries(m_store).documentPaths())
        stored.insert(QFileInfo(path).absoluteFilePath());
    QStringList fresh;
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool known = std::any_of(m_currentPaths.cbegin(), m_currentPaths.cend(), [&](const QString& p) {
            return QFileInfo(p).absoluteFilePath() == absolute;
        });
        if (!known && !stored.contains(absolute) && !fresh.contains(path))
            fresh << path;
    }
    if (fresh.isEmpty()) {
        statusBar()->showMessage(tr("Already in the corpus: nothing was added"), 8000);
        return;
    }
    m_currentPaths += fresh;
    for (const QString& path : fresh)
        m_settings->addRecentPath(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Adding %n item(s) to the corpus (hold Shift while dropping to replace it)",
                                nullptr, static_cast<int>(fresh.size())),
                             8000);
    if (m_loader->isRunning())
        m_pendingAdds += fresh; // read when the load under way is done
    else
        m_loader->load(fresh);
}

void MainWindow::openPaths(const QStringList& paths)
{
    QString error;
    if (!m_store->clear(&error))
        QMessageBox::warning(this, tr("InvestScope"), tr("The corpus could not be cleared: %1").arg(error));
    m_documentView->clear(); // it holds a copy of the article on show
    m_entityModel->setEntities({});
    releaseFreedMemory();
    m_problemList->clear();
    m_problemDock->hide();
    // Reloading keeps the filter whole; another corpus drops what it has no project for once it is in.
    m_checkFilterWhenLoaded = paths != m_currentPaths;
    m_currentPaths = paths;
    m_pendingAdds.clear();
    // The analyst's corrections of this corpus, applied as each article is stored.
    QString reviewError;
    if (!m_review->setCorpus(paths, &reviewError))
        onProblem({m_review->sidecarPath(), reviewError});
    m_loader->setCorrections(m_review->corrections(), m_review->sidecarPath());
    m_shownDocument = -1;
    for (const QString& path : paths) {
        if (!path.startsWith(u':'))
            m_settings->addRecentPath(QFileInfo(path).absoluteFilePath());
    }
    updateRecentMenu();
    refreshViews();
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

void MainWindow::onDocumentAdded(int documentId)
{
    if (m_shownDocument < 0)
        m_shownDocument = documentId; // show the first article as soon as it is there
    // The views follow the load in batches: soon after the first articles, then at most a tenth of the time
    // (a refresh of a large corpus takes a while), never held back by articles still coming.
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start(std::clamp<int>(static_cast<int>(m_lastRefreshMs * 9), 150, 5000));
}

void MainWindow::onProblem(const LoadProblem& problem)
{
    auto* item = new QListWidgetItem(tr("%1 — %2").arg(problem.path, problem.reason), m_problemList);
    item->setToolTip(problem.path);
    m_problemDock->show();
    updateSummary();
}

void MainWindow::onLoadFinished(bool cancelled)
{
    m_progress->hide();
    m_cancel->hide();
    m_refreshTimer->stop();
    if (!cancelled && !m_pendingAdds.isEmpty()) {
        const QStringList next = std::exchange(m_pendingAdds, {});
        refreshViews();
        m_loader->load(next);
        return;
    }
    m_pendingAdds.clear();
    releaseFreedMemory(); // what analysing the corpus needed for a while
    if (m_checkFilterWhenLoaded) {
        m_checkFilterWhenLoaded = false;
        dropConditionsWithoutMatch();
    }
    refreshViews();
    if (cancelled)
        statusBar()->showMessage(tr("Loading cancelled"), 5000);
}

void MainWindow::addProjectDialog(int documentId, TextSpan selection)
{
    if (m_documentView->documentId() != documentId)
        return;
    AddProjectDialog dialog(
        CorrectionSet::draft(m_documentView->document(), m_documentView->entities(), selection), this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const auto correction = dialog.correction(&error);
        if (correction && m_review->addProject(documentId, selection, *correction, &error))
            return;
        QMessageBox::warning(this, tr("Add Project"), error);
    }
}

void MainWindow::dropConditionsWithoutMatch()
{
    const CorpusQueries queries(m_store);
    QList<FilterState::Part> stale;
    QStringList described;
    for (FilterState::Part part : m_filter->activeParts()) {
        const ProjectFilter only = m_filter->partOnly(part);
        const bool applies = part == FilterState::Part::Search ? !queries.search(only.search).isEmpty()
                                                               : queries.summary(only).projects > 0;
        if (!applies) {
            stale << part;
            described << Labels::filterDescription(only);
        }
    }
    if (stale.isEmpty())
        return;
    m_filter->clearParts(stale);
    statusBar()->showMessage(tr("Filter conditions this corpus has nothing for were removed: %1")
                                 .arg(described.join(Labels::uiIsChinese() ? u"；"_s : u"; "_s)),
                             15000);
}

void MainWindow::refreshViews()
{
    QElapsedTimer took;
    took.start();
    const auto measure = qScopeGuard([&] { m_lastRefreshMs = took.elapsed(); });
    const ProjectFilter& f = m_filter->filter();
    const int current = m_shownDocument;
    m_documentModel->reload(f);
    m_projectModel->reload(f);
    m_charts->refresh();
    m_documentView->setEmphasis(f);
    updateSummary();
    // Keep the article on show when it still matches; else show the first one that does.
    int row = m_documentModel->rowOf(current);
    if (row < 0 && m_documentModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        m_documentTable->setCurrentIndex(m_documentModel->index(row, DocumentListModel::TitleColumn));
        if (m_documentModel->documentId(row) == current && m_documentView->documentId() != current)
            showSelectedDocument();
    } else {
        m_shownDocument = -1;
        m_documentView->clear();
        m_entityModel->setEntities({});
    }
}

QString MainWindow::summaryText() const
{
    const CorpusQueries::Summary s = CorpusQueries(m_store).summary(m_filter->filter());
    QString text =
        tr("%n article(s)", nullptr, s.documents) + u" · "_s + tr("%n project(s)", nullptr, s.projects);
    // One converted total, and what part of it other currencies gave (the report's headline says the same).
    if (s.totalCny > 0) {
        text += u" · "_s +
                tr("total investment (in yuan, converted) %1").arg(Labels::amount(s.totalCny, u"CNY"_s));
        if (s.convertedCny > 0)
            text += (Labels::uiIsChinese() ? u"，"_s : u", "_s) +
                    Labels::convertedPart(s.convertedCny, s.convertedFrom);
    }
    if (s.corrected > 0)
        text += u" · "_s + tr("%n corrected by you", nullptr, s.corrected);
    if (s.excluded > 0)
        text += u" · "_s + tr("%n excluded", nullptr, s.excluded);
    if (!m_filter->isEmpty())
        text += u" · "_s + tr("filtered");
    if (m_problemList->count() > 0)
        text += u" · "_s + tr("%n file(s) could not be read", nullptr, m_problemList->count());
    return text;
}

void MainWindow::updateSummary()
{
    m_summary->setText(summaryText());
}

void MainWindow::showSelectedDocument()
{
    const int id = m_documentModel->documentId(m_documentTable->currentIndex().row());
    if (id < 0)
        return;
    if (id == m_documentView->documentId())
        return;
    m_shownDocument = id;
    showDocumentContents(id, false);
}

void MainWindow::showDocumentContents(int id, bool keepView)
{
    const auto document = m_store->document(id);
    if (!document)
        return;
    const CorpusQueries queries(m_store);
    const QList<Entity> entities = queries.entities(id);
    ProjectFilter inDocument;
    inDocument.documentId = id;
    if (keepView)
        m_documentView->setDocumentKeepingView(id, *document, entities, queries.projects(inDocument));
    else
        m_documentView->setDocument(id, *document, entities, queries.projects(inDocument));
    m_entityModel->setEntities(entities);
}

void MainWindow::showDocument(int documentId, qsizetype evidenceStart, qsizetype evidenceEnd)
{
    const int row = m_documentModel->rowOf(documentId);
    if (row >= 0) {
        m_documentTable->setCurrentIndex(m_documentModel->index(row, DocumentListModel::TitleColumn));
    }
    if (m_documentView->documentId() != documentId) {
        m_shownDocument = -1;
        m_documentTable->setCurrentIndex({});
        m_documentTable->setCurrentIndex(m_documentModel->index(row, DocumentListModel::TitleColumn));
    }
    if (evidenceStart >= 0 && m_documentView->documentId() == documentId)
        m_documentView->showEvidence(evidenceStart, evidenceEnd);
}

void MainWindow::filterByEntity(const Entity& entity)
{
    switch (entity.type) {
    case EntityType::Company:
        m_filter->setCompany(entity.normalized.isEmpty() ? entity.text : entity.normalized);
        break;
    case EntityType::Industry:
        m_filter->setIndustry(entity.industry);
        break;
    case EntityType::Region: {
        if (!entity.place)
            break;
        const Place& p = *entity.place;
        if (!p.zone.isEmpty())
            m_filter->setRegion(ProjectFilter::RegionLevel::Zone, p.zone);
        else if (!p.county.isEmpty())
            m_filter->setRegion(ProjectFilter::RegionLevel::County, p.county);
        else if (!p.city.isEmpty())
            m_filter->setRegion(ProjectFilter::RegionLevel::City, p.city);
        else if (!p.province.isEmpty())
            m_filter->setRegion(ProjectFilter::RegionLevel::Province, p.province);
        break;
    }
    default:
        break;
    }
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
    // The corrections go into the database too: opened again, it brings them.
    const QByteArray corrections =
        QJsonDocument(m_review->corrections().toJson()).toJson(QJsonDocument::Compact);
    if (!m_store->setMeta(u"corrections"_s, QString::fromUtf8(corrections), &error) ||
        !m_store->saveAs(path, &error))
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
    m_shownDocument = -1;
    m_review->setCorpus({}, nullptr);
    // Its projects' rows carry their review; its corrections come too, to be added to.
    if (const QString saved = m_store->meta(u"corrections"_s); !saved.isEmpty()) {
        QString why;
        if (const auto set = CorrectionSet::fromJson(QJsonDocument::fromJson(saved.toUtf8()).object(), &why))
            m_review->adopt(*set);
        else
            onProblem({path, tr("its corrections cannot be read: %1").arg(why)});
    }
    dropConditionsWithoutMatch();
    refreshViews();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InvestScope"),
        tr("InvestScope %1\n\nAn explorer for Chinese news about investment promotion (招商引资).")
            .arg(QApplication::applicationVersion()));
}

bool MainWindow::exportTable(Table table, const QString& path, QString* error)
{
    const auto format =
        path.endsWith(u".json"_s, Qt::CaseInsensitive) ? StoreExport::Format::Json : StoreExport::Format::Csv;
    const CorpusQueries queries(m_store);
    const QByteArray bytes = table == Table::Projects
                                 ? StoreExport::projects(queries, m_filter->filter(), format)
                                 : StoreExport::entities(queries, m_filter->filter(), format);
    return StoreExport::write(path, bytes, error);
}

void MainWindow::exportTableDialog(Table table)
{
    const QString title = table == Table::Projects ? tr("Export Projects") : tr("Export Entities");
    const QString name = table == Table::Projects ? u"projects.csv"_s : u"entities.csv"_s;
    const QString csvFilter = tr("CSV for Excel (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString selected = csvFilter;
    QString path =
        QFileDialog::getSaveFileName(this, title, name, csvFilter + u";;"_s + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    const QString suffix = selected == jsonFilter ? u".json"_s : u".csv"_s;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive) && !path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!exportTable(table, path, &error))
        QMessageBox::warning(this, title, error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
}

bool MainWindow::exportReport(const QString& path, const QPageSize& pageSize, const QString& title,
                              QString* error, int* pages)
{
    ReportWriter::Options options;
    options.title = title;
    options.pageSize = pageSize;
    return ReportWriter(m_store, m_filter->filter(), options).writePdf(path, error, pages);
}

void MainWindow::exportReportDialog()
{
    ReportOptionsDialog options(this);
    options.setTitle(m_settings->reportTitle());
    if (!m_settings->reportPageSize().isEmpty())
        options.setPageSizeName(m_settings->reportPageSize());
    if (options.exec() != QDialog::Accepted)
        return;
    m_settings->setReportTitle(options.title());
    m_settings->setReportPageSize(options.pageSizeName());
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"), u"investscope-report.pdf"_s,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QString error;
    int pages = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exportReport(path, options.pageSize(), options.title(), &error, &pages);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export Report as PDF"), error);
    else
        statusBar()->showMessage(tr("Saved %1 (%n page(s))", nullptr, pages).arg(QFileInfo(path).fileName()),
                                 5000);
}

int MainWindow::printReport(QPrinter* printer)
{
    ReportWriter::Options options;
    options.title = m_settings->reportTitle();
    options.pageSize = printer->pageLayout().pageSize();
    return ReportWriter(m_store, m_filter->filter(), options).paint(printer);
}

void MainWindow::printReportDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    const QString paper = m_settings->reportPageSize().isEmpty() ? ReportOptionsDialog::defaultPageSizeName()
                                                                 : m_settings->reportPageSize();
    printer.setPageSize(ReportWriter::pageSizeFromName(paper).value_or(QPageSize(QPageSize::A4)));
    printer.setDocName(tr("InvestScope report"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Report"));
    preview.resize(size() * 0.8);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { printReport(p); });
    preview.exec();
}

bool MainWindow::setExchangeRates(const ExchangeRates& rates, QString* error)
{
    if (!m_store->setExchangeRates(rates, error))
        return false;
    m_settings->setExchangeRates(rates == ExchangeRates::defaults() ? QString() : rates.toText());
    refreshViews();
    if (m_documentView->documentId() >= 0) {
        const int shown = m_documentView->documentId();
        m_documentView->clear();
        m_shownDocument = shown;
        showSelectedDocument();
    }
    return true;
}

void MainWindow::exchangeRatesDialog()
{
    ExchangeRatesDialog dialog(m_store->exchangeRates(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto rates = dialog.rates(&error);
    if (!rates || !setExchangeRates(*rates, &error))
        QMessageBox::warning(this, tr("Exchange Rates"), error);
}

void MainWindow::restoreExchangeRates()
{
    const QString saved = m_settings->exchangeRates();
    if (saved.isEmpty())
        return;
    QString error;
    const auto rates = ExchangeRates::parse(saved, &error);
    if (!rates || !m_store->setExchangeRates(*rates, &error)) {
        // Keep the shipped rates; say why the user's were not used.
        statusBar()->showMessage(
            tr("Your exchange rates could not be used (%1); the shipped rates apply.").arg(error), 15000);
    }
}
