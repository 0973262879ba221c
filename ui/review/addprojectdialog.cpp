#include "addprojectdialog.h"

#include "formdialog.h"
#include "report/labels.h"
#include "reviewsession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

AddProjectDialog::AddProjectDialog(const ProjectCorrection& draft, QWidget* parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_name(new QLineEdit(draft.name, this))
    , m_company(new QLineEdit(draft.fields.value(u"company"_s), this))
    , m_amount(new QLineEdit(this))
    , m_region(new QLineEdit(draft.fields.value(u"region"_s), this))
{
    setWindowTitle(tr("Add Project"));
    setObjectName(u"addProjectDialog"_s);
    m_amount->setText(ReviewSession::typedAmount(draft.fields));
    m_amount->setPlaceholderText(tr("8亿, 4400万美元 or a number of yuan"));
    auto* evidence = new QLabel(draft.evidence, this);
    evidence->setTextFormat(Qt::PlainText); // article text is text
    evidence->setWordWrap(true);
    evidence->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout;
    form->addRow(tr("Reported in:"), evidence);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Investment:"), m_amount);
    form->addRow(tr("&Region:"), m_region);
    layOutFormDialog(this, form);
    resize(520, sizeHint().height());
}

std::optional<ProjectCorrection> AddProjectDialog::correction(QString* error) const
{
    ProjectCorrection c = m_draft;
    c.name = m_name->text().trimmed();
    c.fields.insert(u"company"_s, m_company->text().trimmed());
    const auto amount = ReviewSession::amountFields(m_amount->text(), error);
    if (!amount)
        return std::nullopt;
    for (auto it = amount->cbegin(); it != amount->cend(); ++it)
        c.fields.insert(it.key(), it.value());
    // A region typed anew is looked up; the one the selection gave keeps its city and province.
    if (m_region->text().trimmed() != m_draft.fields.value(u"region"_s)) {
        for (const QString& f : {u"region"_s, u"zone"_s, u"county"_s, u"city"_s, u"province"_s})
            c.fields.remove(f);
        const auto place = CorrectionSet::regionFields(m_region->text());
        for (auto it = place.cbegin(); it != place.cend(); ++it)
            c.fields.insert(it.key(), it.value());
    }
    return c;
}
