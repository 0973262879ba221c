#include "projecttableview.h"

#include "projectdelegate.h"
#include "projecttablemodel.h"
#include "review/mergeprojectsdialog.h"
#include "review/splitprojectdialog.h"
#include "review/reviewsession.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

ProjectTableView::ProjectTableView(ProjectTableModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(u"projectTable"_s);
    setModel(m_model); // it sorts: Chinese names in the UI locale's order (pinyin for zh)
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    sortByColumn(ProjectTableModel::InvestmentColumn, Qt::DescendingOrder);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(ProjectTableModel::NameColumn, QHeaderView::Stretch);
    // Converted amounts carry their yuan value ("0.44亿 USD ≈ 3.15亿 CNY"): never cut them short.
    horizontalHeader()->setSectionResizeMode(ProjectTableModel::InvestmentColumn,
                                             QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    // Rows are read a page at a time: size the investment column by the rows near the ones shown.
    horizontalHeader()->setResizeContentsPrecision(ProjectTableModel::kSizedRows);
    connect(this, &QTableView::doubleClicked, this, &ProjectTableView::activate);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentProjectChanged(
                    current.isValid() ? current.data(ProjectTableModel::ProjectIdRole).toInt() : -1);
            });
    // An edit reloads the table: the project in focus stays in focus (and selected) when it is still there.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptProject =
            currentIndex().isValid() ? currentIndex().data(ProjectTableModel::ProjectIdRole).toInt() : -1;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int kept = std::exchange(m_keptProject, -1);
        const int row = kept >= 0 ? m_model->rowOf(kept) : -1;
        if (row >= 0) {
            setCurrentIndex(m_model->index(row, ProjectTableModel::NameColumn));
            selectRow(row);
            return;
        }
        Q_EMIT currentProjectChanged(-1);
    });
    connect(this, &QTableView::activated, this, &ProjectTableView::activate);
}

void ProjectTableView::setReviewSession(ReviewSession* session)
{
    m_session = session;
    m_model->setReviewSession(session);
    setItemDelegate(new ProjectDelegate(m_model->store(), this));
    // Double-click opens the article: editing starts with F2 or a click on the selected cell.
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_excludeAction = new QAction(tr("E&xclude from Figures"), this);
    m_excludeAction->setObjectName(u"excludeProjects"_s);
    m_excludeAction->setShortcut(QKeySequence::Delete);
    m_excludeAction->setShortcutContext(Qt::WidgetShortcut);
    m_excludeAction->setToolTip(
        tr("Leave the selected projects out of tables, charts and totals (again to include them)"));
    connect(m_excludeAction, &QAction::triggered, this, &ProjectTableView::toggleExcluded);
    addAction(m_excludeAction);
    m_mergeAction = new QAction(tr("&Merge Projects…"), this);
    m_mergeAction->setObjectName(u"mergeProjects"_s);
    m_mergeAction->setToolTip(
        tr("Make the selected reports of one project one, choosing each field's value"));
    connect(m_mergeAction, &QAction::triggered, this, &ProjectTableView::mergeSelected);
    m_splitAction = new QAction(tr("S&plit Project…"), this);
    m_splitAction->setObjectName(u"splitProject"_s);
    m_splitAction->setToolTip(tr("Make the selected project two, reported in the same text"));
    connect(m_splitAction, &QAction::triggered, this, &ProjectTableView::splitCurrent);
    // Enabled for what is selected, in the context menu and the Edit menu alike.
    const auto update = [this] {
        const qsizetype selected = selectionModel()->selectedRows().size();
        m_excludeAction->setEnabled(selected > 0);
        m_mergeAction->setEnabled(selected >= 2);
        m_splitAction->setEnabled(selected == 1);
    };
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();
}

void ProjectTableView::splitCurrent()
{
    const QList<int> ids = selectedProjectIds();
    if (!m_session || ids.size() != 1)
        return;
    const auto draft = m_session->splitDraft(ids.front());
    const auto row = CorpusQueries(m_model->store()).project(ids.front());
    if (!draft || !row)
        return;
    SplitProjectDialog dialog(*row, *draft, this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const auto parts = dialog.parts(&error);
        if (parts && m_session->split(ids.front(), parts->first, parts->second, &error))
            return;
        QMessageBox::warning(this, tr("Split Project"), error);
    }
}

void ProjectTableView::mergeSelected()
{
    const QList<int> ids = selectedProjectIds();
    if (!m_session || ids.size() < 2)
        return;
    MergeProjectsDialog dialog(CorpusQueries(m_model->store()).projectsById(ids), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_session->merge(ids, dialog.fields(), &error))
        QMessageBox::warning(this, tr("Merge Projects"), error);
}

QList<int> ProjectTableView::selectedProjectIds() const
{
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> ids;
    for (const QModelIndex& i : selected)
        ids << m_model->projectId(i.row());
    return ids;
}

void ProjectTableView::toggleExcluded()
{
    const QList<int> ids = selectedProjectIds();
    if (!m_session || ids.isEmpty())
        return;
    // Excluded ones (shown with "show excluded") are included again; the others excluded: one step.
    const bool exclude = !m_model->row(selectionModel()->selectedRows().value(0).row()).excluded;
    m_session->undoStack()->beginMacro(
        exclude ? tr("Exclude %n project(s)", nullptr, static_cast<int>(ids.size()))
                : tr("Include %n project(s)", nullptr, static_cast<int>(ids.size())));
    for (int id : ids)
        m_session->setExcluded(id, exclude);
    m_session->undoStack()->endMacro();
}

void ProjectTableView::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const auto& row = m_model->row(index.row());
    Q_EMIT projectActivated(row.documentId, row.evidence.start, row.evidence.end);
}

void ProjectTableView::copySelection()
{
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    if (selected.isEmpty()) // else in the order the table shows them
        return;
    QApplication::clipboard()->setText(m_model->toTsv(selected));
}

void ProjectTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ProjectTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open in Article"));
    open->setEnabled(currentIndex().isValid());
    connect(open, &QAction::triggered, this, [this] { activate(currentIndex()); });
    QAction* copy = menu.addAction(tr("Copy as TSV"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel()->hasSelection());
    connect(copy, &QAction::triggered, this, &ProjectTableView::copySelection);
    if (m_session) {
        menu.addSeparator();
        QAction* edit = menu.addAction(tr("Edit Field"));
        edit->setShortcut(Qt::Key_F2);
        edit->setEnabled(currentIndex().isValid() && (currentIndex().flags() & Qt::ItemIsEditable));
        connect(edit, &QAction::triggered, this, [this] { QTableView::edit(currentIndex()); });
        menu.addAction(m_excludeAction);
        menu.addAction(m_mergeAction);
        menu.addAction(m_splitAction);
    }
    menu.exec(event->globalPos());
}
