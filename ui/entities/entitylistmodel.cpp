#include "entitylistmodel.h"

#include "document/entitypalette.h"
#include "report/labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

EntityListModel::EntityListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int EntityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entities.size());
}

int EntityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity& e = m_entities[index.row()];
    if (role == IndexRole)
        return index.row();
    if (role == Qt::DecorationRole && index.column() == TypeColumn)
        return EntityPalette::color(e.type);
    if (role == SortRole) {
        switch (index.column()) {
        case TypeColumn:
            return static_cast<int>(e.type);
        case ValueColumn:
            return e.money ? QVariant(e.money->amountCny.value_or(e.money->amount)) : QVariant(e.normalized);
        case TextColumn:
            return e.text;
        case RoleColumn:
            return e.role;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TypeColumn:
            return Labels::entityType(entityTypeName(e.type));
        case TextColumn:
            return e.text;
        case ValueColumn:
            if (e.money)
                return QString(QLocale().toString(e.money->amount, 'f', 0) + u' ' + e.money->currency);
            if (e.type == EntityType::Industry)
                return Labels::industry(e.industry);
            return e.normalized == e.text ? QString() : e.normalized;
        case RoleColumn:
            return e.type == EntityType::Money ? Labels::moneyRole(e.role) : e.role;
        default:
            return {};
        }
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    case ValueColumn:
        return tr("Stands for");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

void EntityListModel::setEntities(const QList<Entity>& entities)
{
    beginResetModel();
    m_entities = entities;
    endResetModel();
}
