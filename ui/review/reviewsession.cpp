#include "reviewsession.h"

#include "extract/moneyextractor.h"
#include "query/corpusqueries.h"
#include "store/store.h"

#include <QFileInfo>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace {

bool sameAnchor(const ProjectCorrection& a, const ProjectCorrection& b)
{
    return a.article == b.article && a.name == b.name && a.evidence == b.evidence;
}

bool isEmpty(const ProjectCorrection& c)
{
    return c.fields.isEmpty() && !c.excluded && !c.confirmed && !c.added;
}

} // namespace

// One edit: the correction of one project before and after it.
class ReviewCommand final : public QUndoCommand
{
public:
    ReviewCommand(ReviewSession* session, int projectId, ProjectCorrection anchor,
                  std::optional<ProjectCorrection> before, std::optional<ProjectCorrection> after,
                  const QString& text)
        : QUndoCommand(text)
        , m_session(session)
        , m_projectId(projectId)
        , m_anchor(std::move(anchor))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_session->put(m_projectId, m_anchor, m_after); }
    void undo() override { m_session->put(m_projectId, m_anchor, m_before); }

private:
    ReviewSession* m_session;
    int m_projectId;
    ProjectCorrection m_anchor;
    std::optional<ProjectCorrection> m_before;
    std::optional<ProjectCorrection> m_after;
};

// A project the analyst added: inserted on redo, taken out on undo.
class AddProjectCommand final : public QUndoCommand
{
public:
    AddProjectCommand(ReviewSession* session, int documentId, TextSpan selection,
                      ProjectCorrection correction)
        : QUndoCommand(ReviewSession::tr("Add project %1").arg(correction.name))
        , m_session(session)
        , m_documentId(documentId)
        , m_selection(selection)
        , m_correction(std::move(correction))
    {
    }
    void redo() override
    {
        Project p;
        p.added = true;
        p.name = m_correction.name;
        p.evidence = m_selection;
        p.explanation << u"added by the analyst"_s;
        CorrectionSet::applyTo(p, m_correction);
        p.corrected.clear(); // nothing was extracted to correct
        p.original.clear();
        QString error;
        const auto id = m_session->m_store->insertProject(m_documentId, p, &error);
        if (!id) {
            Q_EMIT m_session->problem(error);
            return;
        }
        m_id = *id;
        m_session->m_corrections.projects.append(m_correction);
        m_session->save();
        Q_EMIT m_session->changed();
    }
    void undo() override
    {
        m_session->m_corrections.projects.removeIf(
            [this](const ProjectCorrection& c) { return c == m_correction; });
        QString error;
        if (m_id >= 0 && !m_session->m_store->removeProject(m_id, &error))
            Q_EMIT m_session->problem(error);
        m_id = -1;
        m_session->save();
        Q_EMIT m_session->changed();
    }
    int id() const { return m_id; }

private:
    ReviewSession* m_session;
    int m_documentId;
    TextSpan m_selection;
    ProjectCorrection m_correction;
    int m_id = -1;
};

ReviewSession::ReviewSession(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

bool ReviewSession::setCorpus(const QStringList& paths, QString* error)
{
    m_undo.clear();
    const bool same = paths == m_paths;
    m_paths = paths;
    m_sidecar.clear();
    m_sidecarUnreadable = false;
    if (paths.size() != 1 || paths.front().startsWith(u':') || !QFileInfo(paths.front()).isDir()) {
        // Kept in memory (and in a saved database) only: a reload of the same files keeps them.
        if (!same)
            m_corrections = {};
        return true;
    }
    m_corrections = {};
    m_sidecar = CorrectionSet::sidecarPath(paths.front());
    QString why;
    const auto loaded = CorrectionSet::load(m_sidecar, &why, true);
    if (!loaded) {
        m_sidecarUnreadable = true; // never overwrite what could not be read
        if (error)
            *error = why;
        return false;
    }
    m_corrections = *loaded;
    return true;
}

std::optional<ReviewSession::Target> ReviewSession::target(int projectId) const
{
    const auto r = CorpusQueries(m_store).project(projectId);
    if (!r)
        return std::nullopt;
    const auto document = m_store->document(r->documentId);
    if (!document)
        return std::nullopt;
    Target t;
    t.anchor.article = CorrectionSet::contentHash(document->document.originalText);
    t.anchor.file = document->document.name;
    t.anchor.name = r->original.value(u"name"_s, r->name);
    t.anchor.evidence = document->clean.text.mid(r->evidence.start, r->evidence.length());
    for (const ProjectCorrection& c : m_corrections.projects) {
        if (sameAnchor(c, t.anchor))
            t.current = c;
    }
    return t;
}

void ReviewSession::edit(int projectId, const QString& text,
                         const std::function<void(ProjectCorrection&)>& change)
{
    const auto t = target(projectId);
    if (!t)
        return;
    ProjectCorrection after = t->current.value_or(t->anchor);
    change(after);
    after.changed = QDateTime::currentDateTimeUtc();
    std::optional<ProjectCorrection> next;
    if (!isEmpty(after))
        next = after;
    m_undo.push(new ReviewCommand(this, projectId, t->anchor, t->current, next, text));
}

bool ReviewSession::setFields(int projectId, const QMap<QString, QString>& fields, QString* error)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (const QString why = CorrectionSet::validate(it.key(), it.value()); !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    QStringList names = fields.keys();
    edit(projectId, tr("Correct %1").arg(names.join(u", "_s)), [&](ProjectCorrection& c) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            c.fields.insert(it.key(), it.value());
    });
    return true;
}

bool ReviewSession::setRegion(int projectId, const QString& place)
{
    return setFields(projectId, CorrectionSet::regionFields(place));
}

std::optional<QMap<QString, QString>> ReviewSession::amountFields(const QString& text, QString* error)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return QMap<QString, QString>{
            {u"amount"_s, QString()}, {u"currency"_s, QString()}, {u"qualifier"_s, QString()}};
    bool plain = false;
    const double yuan = typed.toDouble(&plain);
    if (plain && yuan >= 0)
        return QMap<QString, QString>{{u"amount"_s, QString::number(yuan, 'f', 0)},
                                      {u"currency"_s, u"CNY"_s},
                                      {u"qualifier"_s, QString()}};
    // Read as the extractor reads amounts in text: "8亿", "4400万美元", "超10亿元". "8亿" is yuan: the unit
    // the extractor wants after the number is added.
    QString withUnit = typed;
    const QChar last = withUnit.back();
    if (last == u'亿' || last == u'万' || last.isDigit())
        withUnit += u'元';
    for (const Entity& e : MoneyExtractor::extract(withUnit)) {
        if (e.money)
            return QMap<QString, QString>{{u"amount"_s, QString::number(e.money->amount, 'f', 0)},
                                          {u"currency"_s, e.money->currency},
                                          {u"qualifier"_s, qualifierName(e.money->qualifier)}};
    }
    if (error)
        *error = tr("“%1” is not an amount (type 8亿, 4400万美元 or a number of yuan)").arg(typed);
    return std::nullopt;
}

bool ReviewSession::setAmount(int projectId, const QString& text, QString* error)
{
    const auto fields = amountFields(text, error);
    return fields && setFields(projectId, *fields, error);
}

void ReviewSession::setExcluded(int projectId, bool excluded)
{
    edit(projectId, excluded ? tr("Exclude project") : tr("Include project"),
         [excluded](ProjectCorrection& c) { c.excluded = excluded; });
}

bool ReviewSession::merge(const QList<int>& projectIds, const QMap<QString, QString>& fields, QString* error)
{
    if (projectIds.size() < 2) {
        if (error)
            *error = tr("merging needs two projects or more");
        return false;
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (const QString why = CorrectionSet::validate(it.key(), it.value()); !why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
    }
    m_undo.beginMacro(tr("Merge %n project(s)", nullptr, static_cast<int>(projectIds.size())));
    setFields(projectIds.front(), fields);
    for (qsizetype i = 1; i < projectIds.size(); ++i)
        setExcluded(projectIds[i], true);
    m_undo.endMacro();
    return true;
}

void ReviewSession::setConfirmed(int projectId, bool confirmed)
{
    edit(projectId, confirmed ? tr("Confirm project") : tr("Unconfirm project"),
         [confirmed](ProjectCorrection& c) { c.confirmed = confirmed; });
}

std::optional<int> ReviewSession::addProject(int documentId, TextSpan selection,
                                             const ProjectCorrection& draft, QString* error)
{
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it) {
        if (const QString why = CorrectionSet::validate(it.key(), it.value()); !why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
    }
    if (draft.name.trimmed().isEmpty() || draft.evidence.isEmpty()) {
        if (error)
            *error = tr("a project needs a name and the text it is reported in");
        return std::nullopt;
    }
    ProjectCorrection c = draft;
    c.added = true;
    c.changed = QDateTime::currentDateTimeUtc();
    auto* command = new AddProjectCommand(this, documentId, selection, c);
    m_undo.push(command); // redo() inserts it
    if (command->id() < 0)
        return std::nullopt;
    return command->id();
}

void ReviewSession::save()
{
    if (m_sidecar.isEmpty() || m_sidecarUnreadable)
        return;
    QString error;
    if (!m_corrections.save(m_sidecar, &error))
        Q_EMIT problem(tr("The corrections could not be saved: %1").arg(error));
}

void ReviewSession::put(int projectId, const ProjectCorrection& anchor,
                        const std::optional<ProjectCorrection>& correction)
{
    m_corrections.projects.removeIf([&](const ProjectCorrection& c) { return sameAnchor(c, anchor); });
    if (correction)
        m_corrections.projects.append(*correction);
    // The row from what the extractor gave and the correction now in force.
    if (const auto r = CorpusQueries(m_store).project(projectId)) {
        Project reviewed = CorrectionSet::extracted(r->project());
        if (correction)
            CorrectionSet::applyTo(reviewed, *correction);
        QString error;
        if (!m_store->updateProject(projectId, reviewed, &error))
            Q_EMIT problem(error);
    }
    save();
    Q_EMIT changed();
}
