#include "projectdelegate.h"

#include "extract/industrytaxonomy.h"
#include "projecttablemodel.h"
#include "report/labels.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

ProjectDelegate::ProjectDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ProjectDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    if (index.column() == ProjectTableModel::IndustryColumn) {
        auto* combo = new QComboBox(parent);
        for (const auto& industry : IndustryTaxonomy::shared()->industries())
            combo->addItem(Labels::industry(industry.code), industry.code);
        return combo;
    }
    if (index.column() == ProjectTableModel::StatusColumn) {
        auto* combo = new QComboBox(parent);
        combo->addItem(Labels::status({}), QString());
        for (const QString& status :
             {u"signed"_s, u"started"_s, u"operating"_s, u"landed"_s, u"negotiating"_s, u"planned"_s})
            combo->addItem(Labels::status(status), status);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ProjectDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ProjectDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
