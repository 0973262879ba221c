#include "projecttableview.h"

#include "projecttablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

ProjectTableView::ProjectTableView(ProjectTableModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"projectTable"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProjectTableModel::SortRole);
    m_proxy->setSortLocaleAware(true); // Chinese names in the UI locale's order (pinyin for zh)
    setModel(m_proxy);
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
    connect(this, &QTableView::doubleClicked, this, &ProjectTableView::activate);
    connect(this, &QTableView::activated, this, &ProjectTableView::activate);
}

void ProjectTableView::activate(const QModelIndex& proxyIndex)
{
    const QModelIndex i = m_proxy->mapToSource(proxyIndex);
    if (!i.isValid())
        return;
    const auto& row = m_model->row(i.row());
    Q_EMIT projectActivated(row.documentId, row.evidence.start, row.evidence.end);
}

void ProjectTableView::copySelection()
{
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QModelIndexList source; // in the order the table shows them
    for (const QModelIndex& i : selected)
        source << m_proxy->mapToSource(i);
    if (source.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->toTsv(source));
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
    menu.exec(event->globalPos());
}
