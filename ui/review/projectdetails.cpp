#include "projectdetails.h"

#include "extract/industrytaxonomy.h"
#include "report/labels.h"
#include "reviewsession.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // article text and names are text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ProjectDetails::ProjectDetails(const Store* store, ReviewSession* session, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_empty(new QLabel(tr("Select a project to see it here beside the text it was reported in."), this))
    , m_scroll(nullptr)
    , m_form(new QWidget(this))
    , m_evidence(textLabel(m_form))
    , m_file(textLabel(m_form))
    , m_industry(new QComboBox(m_form))
    , m_status(new QComboBox(m_form))
    , m_confirmed(new QCheckBox(tr("&Confirmed: checked and right"), m_form))
    , m_excluded(new QCheckBox(tr("E&xcluded from the figures"), m_form))
    , m_explanation(textLabel(m_form))
{
    setObjectName(u"projectDetails"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_evidence->setObjectName(u"detailsEvidence"_s);
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    auto* open = new QPushButton(tr("Open in Article"), m_form);
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_row)
            Q_EMIT openRequested(m_row->documentId, m_row->evidence.start, m_row->evidence.end);
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& field : {u"name"_s, u"company"_s, u"amount"_s, u"region"_s}) {
        auto* line = new QLineEdit(m_form);
        line->setObjectName(u"details_"_s + field);
        if (field == u"amount"_s)
            line->setPlaceholderText(tr("8亿, 4400万美元 or a number of yuan"));
        connect(line, &QLineEdit::editingFinished, this, [this, field] { commitText(field); });
        m_edits.insert(field, line);
        form->addRow(Labels::reviewField(field) + u':', line);
    }
    for (const auto& industry : IndustryTaxonomy::shared()->industries())
        m_industry->addItem(Labels::industry(industry.code), industry.code);
    m_status->addItem(Labels::status({}), QString());
    for (const QString& status :
         {u"signed"_s, u"started"_s, u"operating"_s, u"landed"_s, u"negotiating"_s, u"planned"_s})
        m_status->addItem(Labels::status(status), status);
    m_industry->setObjectName(u"details_industry"_s);
    m_status->setObjectName(u"details_status"_s);
    connect(m_industry, &QComboBox::activated, this, [this] { commitChoice(u"industry"_s, m_industry); });
    connect(m_status, &QComboBox::activated, this, [this] { commitChoice(u"status"_s, m_status); });
    form->addRow(Labels::reviewField(u"industry"_s) + u':', m_industry);
    form->addRow(Labels::reviewField(u"status"_s) + u':', m_status);
    connect(m_confirmed, &QCheckBox::clicked, this, [this](bool on) {
        if (m_row)
            m_session->setConfirmed(m_row->id, on);
    });
    connect(m_excluded, &QCheckBox::clicked, this, [this](bool on) {
        if (m_row)
            m_session->setExcluded(m_row->id, on);
    });

    auto* inner = new QVBoxLayout(m_form);
    inner->setContentsMargins(6, 6, 6, 6);
    inner->addWidget(m_file);
    inner->addWidget(m_evidence);
    inner->addWidget(open, 0, Qt::AlignLeft);
    inner->addLayout(form);
    inner->addWidget(m_confirmed);
    inner->addWidget(m_excluded);
    inner->addWidget(m_explanation);
    inner->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll);
    showProject(-1);
}

QLineEdit* ProjectDetails::edit(const QString& field) const
{
    return m_edits.value(field);
}

void ProjectDetails::showProject(int id)
{
    m_row = id >= 0 ? CorpusQueries(m_store).project(id) : std::nullopt;
    m_empty->setVisible(!m_row);
    m_scroll->setVisible(bool(m_row));
    if (!m_row)
        return;
    const CorpusQueries::ProjectRow& r = *m_row;
    const auto document = m_store->document(r.documentId);
    m_evidence->setText(document ? document->clean.text.mid(r.evidence.start, r.evidence.length())
                                 : QString());
    m_file->setText(
        r.mentions > 1
            ? tr("%1 (and %n more report(s))", nullptr, r.mentions - 1).arg(Labels::fileLabel(r.documentFile))
            : Labels::fileLabel(r.documentFile));
    const QMap<QString, QString> values{{u"name"_s, r.name},
                                        {u"company"_s, r.company},
                                        {u"amount"_s, r.amount ? r.amountText : QString()},
                                        {u"region"_s, r.region}};
    const CorpusQueries queries(m_store);
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        QLineEdit* line = it.value();
        line->setText(values.value(it.key()));
        line->setCursorPosition(0);
        const bool corrected = r.corrected.contains(it.key());
        QFont font = line->font();
        font.setBold(corrected);
        line->setFont(font);
        const QString before =
            it.key() == u"amount"_s ? r.original.value(u"amount_text"_s) : r.original.value(it.key());
        line->setToolTip(corrected
                             ? tr("Corrected; as extracted: %1").arg(before.isEmpty() ? tr("(none)") : before)
                             : QString());
        if ((it.key() == u"company"_s || it.key() == u"region"_s) && !line->completer()) {
            auto* completer = new QCompleter(
                it.key() == u"company"_s ? queries.companyNames() : queries.placeNames(), line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
    }
    m_industry->setCurrentIndex(std::max(0, m_industry->findData(r.industry)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(r.status)));
    for (auto [combo, field] : {std::pair{m_industry, u"industry"_s}, std::pair{m_status, u"status"_s}}) {
        QFont font = combo->font();
        font.setBold(r.corrected.contains(field));
        combo->setFont(font);
    }
    m_confirmed->setChecked(r.confirmed);
    m_excluded->setChecked(r.excluded);
    m_excluded->setText(r.mergedInto.isEmpty() ? tr("E&xcluded from the figures")
                                               : tr("E&xcluded: merged into “%1”").arg(r.mergedInto));
    m_explanation->setText(r.added ? tr("Added by you.") : r.explanation);
}

void ProjectDetails::commitText(const QString& field)
{
    if (!m_row)
        return;
    const QString text = m_edits.value(field)->text().trimmed();
    const CorpusQueries::ProjectRow& r = *m_row;
    const QString current = field == u"name"_s      ? r.name
                            : field == u"company"_s ? r.company
                            : field == u"amount"_s  ? (r.amount ? r.amountText : QString())
                                                    : r.region;
    if (text == current)
        return;
    QString error;
    bool done = false;
    if (field == u"amount"_s)
        done = m_session->setAmount(r.id, text, &error);
    else if (field == u"region"_s)
        done = m_session->setRegion(r.id, text);
    else
        done = m_session->setFields(r.id, {{field, text}}, &error);
    if (!done)
        warn(error);
}

void ProjectDetails::commitChoice(const QString& field, QComboBox* combo)
{
    if (!m_row)
        return;
    const QString value = combo->currentData().toString();
    if (value == (field == u"industry"_s ? m_row->industry : m_row->status))
        return;
    QString error;
    if (!m_session->setFields(m_row->id, {{field, value}}, &error))
        warn(error);
}

void ProjectDetails::warn(const QString& error)
{
    QMessageBox::warning(this, tr("Correct Project"), error);
    showProject(projectId()); // the values as they are
}
