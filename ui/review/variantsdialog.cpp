#include "variantsdialog.h"

#include "query/corpusqueries.h"
#include "reviewsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString kindLabel(VariantCluster::Kind kind)
{
    switch (kind) {
    case VariantCluster::Kind::Company:
        return VariantsDialog::tr("Company");
    case VariantCluster::Kind::Region:
        return VariantsDialog::tr("Place");
    case VariantCluster::Kind::Project:
        return VariantsDialog::tr("Same project");
    }
    return {};
}

} // namespace

VariantsDialog::VariantsDialog(const Store* store, ReviewSession* session, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_keep(new QComboBox(this))
    , m_reason(new QLabel(this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
{
    setWindowTitle(tr("Find Variants"));
    setObjectName(u"variantsDialog"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"variantTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Names"), tr("Projects"), tr("Article")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &VariantsDialog::showCurrent);
    m_keep->setObjectName(u"variantKeep"_s);
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_accept->setObjectName(u"acceptVariant"_s);
    m_accept->setToolTip(tr("Make the other names the one to keep (one step: Undo takes it back)"));
    m_reject->setObjectName(u"rejectVariant"_s);
    m_reject->setToolTip(tr("They are not one: keep them apart and do not suggest them again"));
    connect(m_accept, &QPushButton::clicked, this, &VariantsDialog::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &VariantsDialog::rejectCurrent);

    auto* form = new QFormLayout;
    form->addRow(tr("&Keep:"), m_keep);
    form->addRow(QString(), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_accept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reject, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 520);
    refresh(0);
}

int VariantsDialog::current() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? m_tree->indexOfTopLevelItem(item) : -1;
}

void VariantsDialog::refresh(int select)
{
    m_clusters =
        VariantFinder::find(CorpusQueries(m_store).projects({}), m_session->corrections().rejectedVariants);
    m_tree->clear();
    for (const VariantCluster& c : m_clusters) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1: %2", "a suggestion: its kind, the name to keep")
                            .arg(kindLabel(c.kind), c.members[c.suggested].name));
        top->setText(1, QString::number(c.projectIds().size()));
        top->setToolTip(0, c.reason);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const VariantCluster::Member& m : c.members) {
            auto* child = new QTreeWidgetItem(top);
            child->setText(0, m.name);
            child->setText(1, QString::number(m.ids.size()));
            child->setText(2, m.file);
        }
        top->setExpanded(true);
    }
    m_summary->setText(m_clusters.isEmpty()
                           ? tr("No variants: every company, place and project is written one way.")
                           : tr("%n suggestion(s). Accept makes the names one (the others become the one to "
                                "keep); Reject keeps "
                                "them apart and does not suggest them again.",
                                nullptr, static_cast<int>(m_clusters.size())));
    if (!m_clusters.isEmpty())
        m_tree->setCurrentItem(m_tree->topLevelItem(std::clamp<int>(select, 0, m_clusters.size() - 1)));
    showCurrent();
}

void VariantsDialog::showCurrent()
{
    const int i = current();
    m_keep->clear();
    m_accept->setEnabled(i >= 0);
    m_reject->setEnabled(i >= 0);
    m_keep->setEnabled(i >= 0);
    if (i < 0) {
        m_reason->clear();
        return;
    }
    const VariantCluster& c = m_clusters[i];
    for (const VariantCluster::Member& m : c.members)
        m_keep->addItem(m.file.isEmpty() ? m.name : u"%1 (%2)"_s.arg(m.name, m.file));
    m_keep->setCurrentIndex(c.suggested);
    m_reason->setText(c.reason);
}

void VariantsDialog::acceptCurrent()
{
    const int i = current();
    if (i < 0)
        return;
    m_session->acceptVariant(m_clusters[i], m_keep->currentIndex());
    refresh(i);
}

void VariantsDialog::rejectCurrent()
{
    const int i = current();
    if (i < 0)
        return;
    m_session->rejectVariant(m_clusters[i]);
    refresh(i);
}
