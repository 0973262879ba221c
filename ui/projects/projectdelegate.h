#pragma once

#include <QStyledItemDelegate>

// Edits the projects table's industry and status with a list of the taxonomy's industries and the known
// statuses (the model takes their codes), the company with the corpus's companies and the region with its
// places and zones offered as one types (or any other name), every other field as text.
class ProjectDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDelegate)

public:
    // `store`: where the companies and places to offer come from.
    explicit ProjectDelegate(const class Store* store, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const Store* m_store;
};
