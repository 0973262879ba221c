#include "documentlistmodel.h"

#include "store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

DocumentListModel::DocumentListModel(Store* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
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
    const Row& row = m_rows[index.row()];
    if (role == DocumentIdRole)
        return row.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case FileColumn:
            return row.file;
        case TitleColumn:
            return row.title;
        case EncodingColumn:
            return row.encoding;
        case ParagraphsColumn:
            return row.paragraphs;
        case RepeatedColumn:
            return row.repeated;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return row.title;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == ParagraphsColumn || index.column() == RepeatedColumn))
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
    case EncodingColumn:
        return tr("Encoding");
    case ParagraphsColumn:
        return tr("Paragraphs");
    case RepeatedColumn:
        return tr("Repeated");
    default:
        return {};
    }
}

int DocumentListModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : -1;
}

int DocumentListModel::rowOf(int documentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == documentId)
            return i;
    }
    return -1;
}

std::optional<DocumentListModel::Row> DocumentListModel::fetch(int documentId) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT d.id, d.file, d.title, d.encoding, "
              "(SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id), "
              "(SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id AND p.repeat_of IS NOT NULL) "
              "FROM documents d WHERE d.id = ?"_s);
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Row{q.value(0).toInt(),    q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(), q.value(4).toInt(),    q.value(5).toInt()};
}

void DocumentListModel::appendDocument(int documentId)
{
    const auto row = fetch(documentId);
    if (!row)
        return;
    const auto at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(*row);
    endInsertRows();
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (int id : m_store->documentIds()) {
        if (auto row = fetch(id))
            m_rows.append(*row);
    }
    endResetModel();
}
