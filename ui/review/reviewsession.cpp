#include "reviewsession.h"

#include "extract/extractor.h"
#include "extract/moneyextractor.h"
#include "report/labels.h"
#include "query/corpusqueries.h"
#include "store/store.h"

#include <QFileInfo>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace {

bool sameAnchor(const ProjectCorrection& a, const ProjectCorrection& b)
{
    return a.article == b.article && a.name == b.name && a.evidence == b.evidence && a.added == b.added;
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
    ReviewCommand(ReviewSession* session, int projectId, int documentId, ProjectCorrection anchor,
                  std::optional<ProjectCorrection> before, std::optional<ProjectCorrection> after,
                  const QString& text)
        : QUndoCommand(text)
        , m_session(session)
        , m_projectId(projectId)
        , m_documentId(documentId)
        , m_anchor(std::move(anchor))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_session->put(m_projectId, m_documentId, m_anchor, m_after); }
    void undo() override { m_session->put(m_projectId, m_documentId, m_anchor, m_before); }

private:
    ReviewSession* m_session;
    int m_projectId;
    int m_documentId;
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
        if (m_id < 0)
            return; // it could not be inserted: nothing to take out
        m_session->m_corrections.projects.removeIf(
            [this](const ProjectCorrection& c) { return c == m_correction; });
        QString error;
        // Found again: an entity edit since may have given it another id.
        m_id = m_session->projectIdOf(m_documentId, m_correction).value_or(m_id);
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

// An entity edit: its correction appended on redo, taken back on undo; the article analysed again each time.
class EntityCommand final : public QUndoCommand
{
public:
    EntityCommand(ReviewSession* session, int documentId, EntityCorrection correction, const QString& text)
        : QUndoCommand(text)
        , m_session(session)
        , m_documentId(documentId)
        , m_correction(std::move(correction))
    {
    }
    void redo() override
    {
        m_session->m_corrections.entities.append(m_correction);
        m_session->reanalyze(m_documentId);
    }
    void undo() override
    {
        QList<EntityCorrection>& list = m_session->m_corrections.entities;
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            if (list[i] == m_correction) {
                list.removeAt(i);
                break;
            }
        }
        m_session->reanalyze(m_documentId);
    }

private:
    ReviewSession* m_session;
    int m_documentId;
    EntityCorrection m_correction;
};

// A variant suggestion turned down.
class RejectVariantCommand final : public QUndoCommand
{
public:
    RejectVariantCommand(ReviewSession* session, QString key, const QString& text)
        : QUndoCommand(text)
        , m_session(session)
        , m_key(std::move(key))
    {
    }
    void redo() override
    {
        m_session->m_corrections.rejectedVariants.append(m_key);
        m_session->save();
        Q_EMIT m_session->changed();
    }
    void undo() override
    {
        m_session->m_corrections.rejectedVariants.removeOne(m_key);
        m_session->save();
        Q_EMIT m_session->changed();
    }

private:
    ReviewSession* m_session;
    QString m_key;
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
    t.documentId = r->documentId;
    t.anchor.article = CorrectionSet::contentHash(document->document.originalText);
    t.anchor.file = document->document.name;
    t.anchor.name = r->original.value(u"name"_s, r->name);
    t.anchor.evidence = document->clean.text.mid(r->evidence.start, r->evidence.length());
    t.anchor.added = r->added;
    for (const ProjectCorrection& c : m_corrections.projects) {
        // An added project is its own correction, named as added (or as renamed since).
        if (r->added && c.added && c.article == t.anchor.article && c.evidence == t.anchor.evidence &&
            (c.name == r->name || c.fields.value(u"name"_s) == r->name)) {
            t.anchor.name = c.name;
            t.current = c;
            break;
        }
        if (!r->added && sameAnchor(c, t.anchor))
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
    m_undo.push(new ReviewCommand(this, projectId, t->documentId, t->anchor, t->current, next, text));
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

QString ReviewSession::typedAmount(const QMap<QString, QString>& fields)
{
    const QString number = fields.value(u"amount"_s);
    if (number.isEmpty())
        return {};
    static const QMap<QString, QString> currencies{{u"USD"_s, u"美元"_s},
                                                   {u"EUR"_s, u"欧元"_s},
                                                   {u"HKD"_s, u"港元"_s},
                                                   {u"JPY"_s, u"日元"_s},
                                                   {u"GBP"_s, u"英镑"_s}};
    const double v = number.toDouble();
    const QString currency = fields.value(u"currency"_s, u"CNY"_s);
    QString text = v >= 1e8   ? QString::number(v / 1e8, 'g', 12) + u'亿'
                   : v >= 1e4 ? QString::number(v / 1e4, 'g', 12) + u'万'
                              : QString::number(v, 'g', 15);
    if (currencies.contains(currency))
        text += currencies.value(currency);
    else if (currency != u"CNY"_s && !currency.isEmpty())
        text += currency;
    const QString qualifier = fields.value(u"qualifier"_s);
    return (qualifier == u"over"_s ? u"超"_s : qualifier == u"about"_s ? u"约"_s : QString()) + text;
}

bool ReviewSession::setAmount(int projectId, const QString& text, QString* error)
{
    const auto fields = amountFields(text, error);
    return fields && setFields(projectId, *fields, error);
}

void ReviewSession::setExcluded(int projectId, bool excluded)
{
    edit(projectId, excluded ? tr("Exclude project") : tr("Include project"),
         [excluded](ProjectCorrection& c) {
             c.excluded = excluded;
             c.mergedInto.clear();
         });
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
    const auto first = CorpusQueries(m_store).project(projectIds.front());
    const QString into = fields.value(u"name"_s, first ? first->name : QString());
    m_undo.beginMacro(tr("Merge %n project(s)", nullptr, static_cast<int>(projectIds.size())));
    setFields(projectIds.front(), fields);
    for (qsizetype i = 1; i < projectIds.size(); ++i) {
        edit(projectIds[i], tr("Merge into %1").arg(into), [&into](ProjectCorrection& c) {
            c.excluded = true;
            c.mergedInto = into;
        });
    }
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

std::optional<ProjectCorrection> ReviewSession::splitDraft(int projectId) const
{
    const auto t = target(projectId);
    const auto r = CorpusQueries(m_store).project(projectId);
    if (!t || !r)
        return std::nullopt;
    ProjectCorrection c;
    c.article = t->anchor.article;
    c.file = t->anchor.file;
    c.evidence = t->anchor.evidence;
    c.added = true;
    c.name = r->name;
    c.fields = {{u"company"_s, r->company},   {u"region"_s, r->region}, {u"city"_s, r->city},
                {u"province"_s, r->province}, {u"county"_s, r->county}, {u"zone"_s, r->zone},
                {u"industry"_s, r->industry}, {u"status"_s, r->status}};
    if (r->amount)
        c.fields.insert({{u"amount"_s, QString::number(*r->amount, 'f', 0)},
                         {u"currency"_s, r->currency},
                         {u"qualifier"_s, r->qualifier}});
    return c;
}

std::optional<int> ReviewSession::split(int projectId, const QMap<QString, QString>& first,
                                        const ProjectCorrection& second, QString* error)
{
    const auto r = CorpusQueries(m_store).project(projectId);
    if (!r) {
        if (error)
            *error = tr("the project is no longer in the corpus");
        return std::nullopt;
    }
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (const QString why = CorrectionSet::validate(it.key(), it.value()); !why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
    }
    m_undo.beginMacro(tr("Split project %1").arg(r->name));
    if (!first.isEmpty())
        setFields(projectId, first);
    const auto id = addProject(r->documentId, r->evidence, second, error);
    m_undo.endMacro();
    if (!id)
        m_undo.undo(); // nothing half done: the first part's change is taken back too
    return id;
}

void ReviewSession::acceptVariant(const VariantCluster& cluster, int keep)
{
    if (keep < 0 || keep >= cluster.members.size())
        return;
    const VariantCluster::Member& kept = cluster.members[keep];
    if (cluster.kind == VariantCluster::Kind::Project) {
        QList<int> ids = kept.ids;
        for (const VariantCluster::Member& m : cluster.members) {
            if (&m != &kept)
                ids += m.ids;
        }
        merge(ids, {});
        return;
    }
    m_undo.beginMacro(cluster.kind == VariantCluster::Kind::Company ? tr("Use company %1").arg(kept.name)
                                                                    : tr("Use place %1").arg(kept.name));
    for (const VariantCluster::Member& m : cluster.members) {
        if (&m == &kept)
            continue;
        for (int id : m.ids) {
            if (cluster.kind == VariantCluster::Kind::Company)
                setFields(id, {{u"company"_s, kept.name}});
            else
                setRegion(id, kept.name);
        }
    }
    m_undo.endMacro();
}

void ReviewSession::rejectVariant(const VariantCluster& cluster)
{
    QStringList names;
    for (const VariantCluster::Member& m : cluster.members)
        names << m.name;
    m_undo.push(
        new RejectVariantCommand(this, cluster.key, tr("Not the same: %1").arg(names.join(u" / "_s))));
}

bool ReviewSession::editEntity(int documentId, const std::optional<Entity>& from, std::optional<TextSpan> to,
                               EntityType type, QString* error)
{
    const auto document = m_store->document(documentId);
    if (!document) {
        if (error)
            *error = tr("the article is no longer in the corpus");
        return false;
    }
    if (to && (to->isEmpty() || to->start < 0 || to->end > document->clean.text.size() ||
               document->clean.text.mid(to->start, to->length()).trimmed().isEmpty())) {
        if (error)
            *error = tr("the selection holds no text to mark");
        return false;
    }
    if (!from && !to)
        return false;
    EntityCorrection c = CorrectionSet::entityEdit(*document, from ? &*from : nullptr, to, type);
    c.changed = QDateTime::currentDateTimeUtc();
    const QString typeName = Labels::entityType(c.newType);
    QString text;
    if (!from)
        text = tr("Mark “%1” as %2").arg(c.newText, typeName);
    else if (!to)
        text = tr("Remove entity “%1”").arg(c.text);
    else if (c.newText != c.text || c.newOccurrence != c.occurrence)
        text = tr("Set entity “%1” to “%2”").arg(c.text, c.newText);
    else
        text = tr("Make “%1” %2").arg(c.text, typeName);
    m_undo.push(new EntityCommand(this, documentId, c, text));
    return true;
}

void ReviewSession::reanalyze(int documentId)
{
    auto document = m_store->document(documentId);
    if (!document)
        return;
    document->annotations = Extractor::extract(document->clean);
    QList<AnalyzedDocument> one{*document};
    const CorrectionSet::Outcome outcome = m_corrections.apply(one);
    QString error;
    if (!m_store->replaceAnnotations(documentId, one.front().annotations, &error))
        Q_EMIT problem(error);
    for (const EntityCorrection& c : outcome.orphanedEntities)
        Q_EMIT problem(tr("the entity correction of “%1” in %2 no longer finds its entity")
                           .arg(c.adds() ? c.newText : c.text, c.file));
    for (const ProjectCorrection& c : outcome.orphaned)
        Q_EMIT problem(tr("the correction of project “%1” in %2 no longer finds its project")
                           .arg(c.name.isEmpty() ? c.evidence.left(20) : c.name, c.file));
    save();
    Q_EMIT documentChanged(documentId);
    Q_EMIT changed();
}

void ReviewSession::save()
{
    if (m_sidecar.isEmpty() || m_sidecarUnreadable)
        return;
    QString error;
    if (!m_corrections.save(m_sidecar, &error))
        Q_EMIT problem(tr("The corrections could not be saved: %1").arg(error));
}

std::optional<int> ReviewSession::projectIdOf(int documentId, const ProjectCorrection& anchor) const
{
    const auto document = m_store->document(documentId);
    if (!document)
        return std::nullopt;
    ProjectFilter inDocument;
    inDocument.documentId = documentId;
    inDocument.showExcluded = true;
    QList<int> added; // reported at the anchor's text: by name when there are several (a split project)
    for (const CorpusQueries::ProjectRow& r : CorpusQueries(m_store).projects(inDocument)) {
        if (r.documentId != documentId || r.added != anchor.added ||
            document->clean.text.mid(r.evidence.start, r.evidence.length()) != anchor.evidence)
            continue;
        if (!r.added && r.original.value(u"name"_s, r.name) == anchor.name)
            return r.id;
        if (r.added && (r.name == anchor.name || r.name == anchor.fields.value(u"name"_s)))
            return r.id;
        if (r.added)
            added << r.id;
    }
    if (added.size() == 1)
        return added.front();
    return std::nullopt;
}

void ReviewSession::put(int projectId, int documentId, const ProjectCorrection& anchor,
                        const std::optional<ProjectCorrection>& correction)
{
    projectId = projectIdOf(documentId, anchor).value_or(projectId);
    m_corrections.projects.removeIf([&](const ProjectCorrection& c) { return sameAnchor(c, anchor); });
    if (correction)
        m_corrections.projects.append(*correction);
    // The row from what the extractor gave and the correction now in force.
    if (const auto r = CorpusQueries(m_store).project(projectId)) {
        Project reviewed = CorrectionSet::extracted(r->project());
        if (correction)
            CorrectionSet::applyTo(reviewed, *correction);
        if (anchor.added) {
            reviewed.added = true; // nothing was extracted to correct
            reviewed.corrected.clear();
            reviewed.original.clear();
        }
        QString error;
        if (!m_store->updateProject(projectId, reviewed, &error))
            Q_EMIT problem(error);
    }
    save();
    Q_EMIT changed();
}
