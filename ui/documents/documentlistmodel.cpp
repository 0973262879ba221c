#include "documentlistmodel.h"

#include "report/labels.h"

using namespace Qt::StringLiterals;

DocumentListModel::DocumentListModel(const Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queries(store)
    , m_rows([this](std::span<const int> ids) {
        return m_queries.documentsById(m_filter.value_or(ProjectFilter{}), ids);
    })
{
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusQueries::DocumentRow& row = m_rows.at(index.row());
    if (role == DocumentIdRole)
        return row.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileColumn:
            return Labels::fileLabel(row.file);
        case TitleColumn:
            return row.title;
        case RegionColumn:
            return row.region;
        case ProjectsColumn:
            return row.projects;
        case InvestmentColumn:
            return row.totalCny > 0 ? Labels::amount(row.totalCny, u"CNY"_s) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == TitleColumn || index.column() == FileColumn))
        return QString(row.title + u'\n' + Labels::fileLabel(row.file));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ProjectsColumn || index.column() == InvestmentColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case TitleColumn:
        return tr("Title");
    case RegionColumn:
        return tr("Region");
    case ProjectsColumn:
        return tr("Projects");
    case InvestmentColumn:
        return tr("Investment");
    default:
        return {};
    }
}

int DocumentListModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.idAt(row) : -1;
}

int DocumentListModel::rowOf(int documentId) const
{
    return static_cast<int>(m_rows.rowOf(documentId));
}

void DocumentListModel::reload(const ProjectFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.reset(m_queries.documentIds(filter, m_order));
    endResetModel();
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    using Key = CorpusQueries::DocumentOrder::Key;
    static constexpr Key keys[ColumnCount] = {Key::File, Key::Title, Key::Region, Key::Projects,
                                              Key::Investment};
    m_order = {column >= 0 && column < ColumnCount ? keys[column] : Key::Id, order == Qt::DescendingOrder};
    if (m_filter) // nothing to read before the first load
        reload(*m_filter);
}
