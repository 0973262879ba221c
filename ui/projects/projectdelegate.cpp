#include "projectdelegate.h"

#include "extract/industrytaxonomy.h"
#include "projecttablemodel.h"
#include "query/corpusqueries.h"
#include "report/labels.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ProjectDelegate::ProjectDelegate(const Store* store, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
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
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto* line = qobject_cast<QLineEdit*>(editor);
    const bool company = index.column() == ProjectTableModel::CompanyColumn;
    if (line && m_store && (company || index.column() == ProjectTableModel::RegionColumn)) {
        const CorpusQueries queries(m_store);
        auto* completer = new QCompleter(company ? queries.companyNames() : queries.placeNames(), line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains); // 华创 finds 湘潭华创钢结构有限公司
        line->setCompleter(completer);
    }
    return editor;
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
