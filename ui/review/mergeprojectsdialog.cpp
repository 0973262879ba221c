#include "mergeprojectsdialog.h"

#include "formdialog.h"
#include "report/labels.h"

#include <QComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace {

// A project's value of a field as the analyst reads it.
QString shown(const CorpusQueries::ProjectRow& p, const QString& field)
{
    if (field == u"amount"_s)
        return p.amount ? Labels::amountWithYuan(*p.amount, p.currency, p.qualifier, p.amountCny) : QString();
    return Labels::reviewedValue(p, field, false);
}

} // namespace

MergeProjectsDialog::MergeProjectsDialog(const QList<CorpusQueries::ProjectRow>& projects, QWidget* parent)
    : QDialog(parent)
    , m_projects(projects)
{
    setWindowTitle(tr("Merge Projects"));
    setObjectName(u"mergeProjectsDialog"_s);
    auto* form = new QFormLayout;
    for (const QString& field :
         {u"name"_s, u"company"_s, u"region"_s, u"amount"_s, u"industry"_s, u"status"_s}) {
        auto* combo = new QComboBox(this);
        QStringList seen;
        for (int i = 0; i < m_projects.size(); ++i) {
            const QString value = shown(m_projects[i], field);
            if (seen.contains(value))
                continue;
            seen << value;
            combo->addItem(value.isEmpty() ? tr("(none)") : value, i);
        }
        m_choosers.insert(field, combo);
        form->addRow(Labels::reviewField(field) + u':', combo);
    }
    layOutFormDialog(this, form);
}

QMap<QString, QString> MergeProjectsDialog::fields() const
{
    QMap<QString, QString> out;
    const auto from = [this](const QString& field) -> const CorpusQueries::ProjectRow& {
        return m_projects[m_choosers.value(field)->currentData().toInt()];
    };
    const CorpusQueries::ProjectRow& amount = from(u"amount"_s);
    out.insert(u"amount"_s, amount.amount ? QString::number(*amount.amount, 'f', 0) : QString());
    out.insert(u"currency"_s, amount.amount ? amount.currency : QString());
    out.insert(u"qualifier"_s, amount.amount ? amount.qualifier : QString());
    out.insert(u"name"_s, from(u"name"_s).name);
    out.insert(u"company"_s, from(u"company"_s).company);
    const CorpusQueries::ProjectRow& place = from(u"region"_s);
    out.insert(u"region"_s, place.region);
    out.insert(u"city"_s, place.city);
    out.insert(u"province"_s, place.province);
    out.insert(u"county"_s, place.county);
    out.insert(u"zone"_s, place.zone);
    out.insert(u"industry"_s, from(u"industry"_s).industry);
    out.insert(u"status"_s, from(u"status"_s).status);
    // Only what differs from the first project is a correction of it.
    const CorpusQueries::ProjectRow& first = m_projects.front();
    const QMap<QString, QString> firsts{
        {u"name"_s, first.name},
        {u"company"_s, first.company},
        {u"region"_s, first.region},
        {u"city"_s, first.city},
        {u"province"_s, first.province},
        {u"county"_s, first.county},
        {u"zone"_s, first.zone},
        {u"industry"_s, first.industry},
        {u"status"_s, first.status},
        {u"amount"_s, first.amount ? QString::number(*first.amount, 'f', 0) : QString()},
        {u"currency"_s, first.amount ? first.currency : QString()},
        {u"qualifier"_s, first.amount ? first.qualifier : QString()}};
    for (auto it = firsts.cbegin(); it != firsts.cend(); ++it) {
        if (out.value(it.key()) == it.value())
            out.remove(it.key());
    }
    return out;
}
