#pragma once

#include "extract/annotations.h"

#include <QAbstractTableModel>

// The entities of the article on show: type, text, what it stands for, role.
class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Column { TypeColumn, TextColumn, ValueColumn, RoleColumn, ColumnCount };
    enum Role { IndexRole = Qt::UserRole + 1, SortRole };

    explicit EntityListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntities(const QList<Entity>& entities);

private:
    QList<Entity> m_entities;
};
