#pragma once

#include <QStyledItemDelegate>

// Edits the projects table's industry and status with a list of the taxonomy's industries and the known
// statuses (the model takes their codes), every other field as text.
class ProjectDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDelegate)

public:
    explicit ProjectDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
