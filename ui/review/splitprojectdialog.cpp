#include "splitprojectdialog.h"

#include "report/labels.h"
#include "reviewsession.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QStringList kFields{u"name"_s, u"company"_s, u"amount"_s, u"region"_s};

// An amount as an analyst types it: "8亿", "4400万美元".
QString typedAmount(const QString& amount, const QString& currency, const QString& qualifier)
{
    return ReviewSession::typedAmount(
        {{u"amount"_s, amount}, {u"currency"_s, currency}, {u"qualifier"_s, qualifier}});
}

} // namespace

SplitProjectDialog::SplitProjectDialog(const CorpusQueries::ProjectRow& project,
                                       const ProjectCorrection& second, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_second(second)
{
    setWindowTitle(tr("Split Project"));
    setObjectName(u"splitProjectDialog"_s);
    auto* grid = new QGridLayout;
    auto* evidence = new QLabel(second.evidence, this);
    evidence->setTextFormat(Qt::PlainText); // article text is text
    evidence->setWordWrap(true);
    evidence->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(new QLabel(tr("Reported in:"), this), 0, 0);
    grid->addWidget(evidence, 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("This project"), this), 1, 1);
    grid->addWidget(new QLabel(tr("New project"), this), 1, 2);
    const QMap<QString, QString> firsts{
        {u"name"_s, project.name},
        {u"company"_s, project.company},
        {u"amount"_s, project.amount ? typedAmount(QString::number(*project.amount, 'f', 0), project.currency,
                                                   project.qualifier)
                                     : QString()},
        {u"region"_s, project.region}};
    const QMap<QString, QString> seconds{
        {u"name"_s, second.name},
        {u"company"_s, second.fields.value(u"company"_s)},
        {u"amount"_s, typedAmount(second.fields.value(u"amount"_s), second.fields.value(u"currency"_s),
                                  second.fields.value(u"qualifier"_s))},
        {u"region"_s, second.fields.value(u"region"_s)}};
    for (int row = 0; row < kFields.size(); ++row) {
        const QString& field = kFields[row];
        auto* label = new QLabel(Labels::reviewField(field) + u':', this);
        grid->addWidget(label, row + 2, 0);
        for (int part = 0; part < 2; ++part) {
            const QString value = (part == 0 ? firsts : seconds).value(field);
            auto* edit = new QLineEdit(value, this);
            edit->setObjectName(u"split_%1_%2"_s.arg(part).arg(field));
            if (field == u"amount"_s)
                edit->setPlaceholderText(tr("8亿, 4400万美元 or a number of yuan"));
            if (part == 0)
                label->setBuddy(edit);
            grid->addWidget(edit, row + 2, part + 1);
            m_edits.insert({part, field}, edit);
            m_initial.insert({part, field}, value);
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

std::optional<SplitProjectDialog::Parts> SplitProjectDialog::parts(QString* error) const
{
    const auto typed = [this](int part, const QString& field) { return edit(part, field)->text().trimmed(); };
    const auto changed = [&](int part, const QString& field) {
        return typed(part, field) != m_initial.value({part, field});
    };
    if (typed(1, u"name"_s).isEmpty() || typed(0, u"name"_s).isEmpty()) {
        *error = tr("both projects need a name");
        return std::nullopt;
    }
    if (typed(0, u"name"_s) == typed(1, u"name"_s)) {
        *error = tr("the two projects need different names");
        return std::nullopt;
    }
    Parts parts;
    parts.second = m_second;
    parts.second.name = typed(1, u"name"_s);
    for (int part = 0; part < 2; ++part) {
        QMap<QString, QString>& fields = part == 0 ? parts.first : parts.second.fields;
        if (part == 0 && changed(0, u"name"_s))
            fields.insert(u"name"_s, typed(0, u"name"_s));
        if (part == 1 || changed(part, u"company"_s))
            fields.insert(u"company"_s, typed(part, u"company"_s));
        if (part == 1 || changed(part, u"amount"_s)) {
            const auto amount = ReviewSession::amountFields(typed(part, u"amount"_s), error);
            if (!amount)
                return std::nullopt;
            fields.insert(*amount);
        }
        // A region typed anew is looked up; one left as it was keeps its city and province.
        if (changed(part, u"region"_s)) {
            for (const QString& f : {u"region"_s, u"zone"_s, u"county"_s, u"city"_s, u"province"_s})
                fields.remove(f);
            fields.insert(CorrectionSet::regionFields(typed(part, u"region"_s)));
        }
    }
    return parts;
}
