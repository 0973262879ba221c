#include "corpusqueries.h"

#include "geo/gazetteer.h"
#include "store/projectfacts.h"
#include "store/searchindex.h"
#include "store/sqlitestatement.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QSqlQuery run(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true); // read once, in order: no copy of every row kept for going back
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// The place of a stored region entity, rebuilt from its GB/T 2260 code; a zone is a name that is not its
// division's own.
std::optional<Place> placeFromCode(const QString& code, const QString& name)
{
    Place p;
    const auto gazetteer = Gazetteer::shared();
    const int index = code.isEmpty() ? -1 : gazetteer->indexOfCode(code);
    if (index < 0) {
        p.level = u"country"_s;
        return p;
    }
    const Gazetteer::Division& d = gazetteer->at(index);
    const Gazetteer::Hierarchy h = gazetteer->hierarchy(index);
    p.country = code.startsWith(u"71"_s)   ? u"TW"_s
                : code.startsWith(u"81"_s) ? u"HK"_s
                : code.startsWith(u"82"_s) ? u"MO"_s
                                           : u"CN"_s;
    p.province = h.province;
    p.city = d.level == Gazetteer::Level::Province ? QString() : h.city;
    p.county = h.county;
    p.town = h.town;
    static const char* const levels[] = {"province", "city", "county", "town"};
    p.level = QString::fromLatin1(levels[static_cast<int>(d.level)]);
    if (!name.isEmpty() && name != d.name && name != d.shortName) {
        p.zone = name;
        p.level = u"zone"_s;
    }
    return p;
}

// The bucket columns after its key: projects, their yuan total, how many have a yuan value, how many an
// analyst corrected or added.
const QString kBucketColumns =
    u"COUNT(*), COALESCE(SUM(p.amount_cny), 0), COUNT(p.amount_cny), "
    u"SUM(CASE WHEN COALESCE(p.corrected, '') <> '' OR p.added = 1 THEN 1 ELSE 0 END)"_s;

CorpusQueries::Bucket bucketAt(const QSqlQuery& q, const QString& key)
{
    return {key, q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toInt(), q.value(4).toInt()};
}

} // namespace

CorpusQueries::CorpusQueries(const Store* store, Engine engine)
    : m_store(store)
    , m_engine(engine)
{
}

std::shared_ptr<const ProjectFacts> CorpusQueries::factsFor(const ProjectFilter& filter) const
{
    return m_engine == Engine::Facts && ProjectFacts::handles(filter) ? m_store->projectFacts() : nullptr;
}

namespace {

// The facts' groups as buckets: one a key, excluded projects (when the filter shows them) counted in.
QList<CorpusQueries::Bucket> bucketsOf(const QList<ProjectFacts::Group>& groups)
{
    QList<CorpusQueries::Bucket> buckets;
    for (const ProjectFacts::Group& g : groups) {
        if (buckets.isEmpty() || buckets.back().key != g.key)
            buckets.append({g.key, 0, 0, 0, 0});
        CorpusQueries::Bucket& b = buckets.back();
        b.count += g.count;
        b.totalCny += g.amountCny;
        b.withAmount += g.withAmountCny;
        b.corrected += g.corrected;
    }
    return buckets;
}

ProjectFacts::Key factsKey(ProjectFilter::RegionLevel level)
{
    switch (level) {
    case ProjectFilter::RegionLevel::Province:
        return ProjectFacts::Key::Province;
    case ProjectFilter::RegionLevel::City:
        return ProjectFacts::Key::City;
    case ProjectFilter::RegionLevel::County:
        return ProjectFacts::Key::County;
    case ProjectFilter::RegionLevel::Zone:
        return ProjectFacts::Key::Zone;
    }
    return ProjectFacts::Key::Province;
}

} // namespace

QSqlDatabase CorpusQueries::database() const
{
    return m_store->database();
}

QList<int> CorpusQueries::search(const QString& text) const
{
    return SearchIndex::search(database(), text, m_store->indexedThrough());
}

SqlCondition CorpusQueries::condition(const ProjectFilter& filter) const
{
    return projectCondition(filter, filter.search.isEmpty() ? QList<int>{} : search(filter.search));
}

QList<CorpusQueries::Bucket> CorpusQueries::byRegion(ProjectFilter::RegionLevel level,
                                                     const ProjectFilter& filter, int topN,
                                                     bool byAmount) const
{
    QList<Bucket> buckets;
    if (const auto facts = factsFor(filter)) {
        buckets = bucketsOf(facts->groups(factsKey(level), filter));
    } else {
        const SqlCondition c = condition(filter);
        const QString column = ProjectFilter::regionColumn(level); // from our enumeration
        QSqlQuery q = run(database(),
                          u"SELECT COALESCE(p.%1, ''), %2 FROM projects p %3 GROUP BY 1"_s.arg(
                              column, kBucketColumns, c.where),
                          c.values);
        while (q.next())
            buckets.append(bucketAt(q, q.value(0).toString()));
    }
    std::sort(buckets.begin(), buckets.end(), [byAmount](const Bucket& a, const Bucket& b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty(); // projects without a place at this level go last
        if (byAmount && a.totalCny != b.totalCny)
            return a.totalCny > b.totalCny;
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    });
    // Projects with no place at this level keep their own bucket, after "other": they are not a region.
    std::optional<Bucket> unknown;
    if (!buckets.isEmpty() && buckets.back().key.isEmpty()) {
        unknown = buckets.back();
        buckets.removeLast();
    }
    if (topN > 0 && buckets.size() > topN) {
        Bucket other{kOtherKey, 0, 0};
        for (qsizetype i = topN; i < buckets.size(); ++i) {
            other.count += buckets[i].count;
            other.totalCny += buckets[i].totalCny;
            other.withAmount += buckets[i].withAmount;
            other.corrected += buckets[i].corrected;
        }
        buckets.resize(topN);
        buckets.append(other);
    }
    if (unknown)
        buckets.append(*unknown);
    return buckets;
}

QList<CorpusQueries::Bucket> CorpusQueries::bySize(const ProjectFilter& filter) const
{
    QList<Bucket> buckets;
    for (int i = 0; i < ProjectFilter::kSizeBucketCount; ++i)
        buckets.append({QString::number(i), 0, 0});
    if (const auto facts = factsFor(filter)) {
        for (const Bucket& b : bucketsOf(facts->groups(ProjectFacts::Key::Size, filter))) {
            const int index = b.key.toInt();
            if (index >= 0 && index < buckets.size())
                buckets[index] = b;
        }
        return buckets;
    }
    const SqlCondition c = condition(filter);
    QSqlQuery q = run(database(),
                      u"SELECT %1, %2 FROM projects p %3 GROUP BY 1"_s.arg(ProjectFilter::sizeBucketSql(),
                                                                           kBucketColumns, c.where),
                      c.values);
    while (q.next()) {
        const int index = q.value(0).toInt();
        if (index >= 0 && index < buckets.size())
            buckets[index] = bucketAt(q, buckets[index].key);
    }
    return buckets;
}

QList<CorpusQueries::Bucket> CorpusQueries::byIndustry(const ProjectFilter& filter) const
{
    if (const auto facts = factsFor(filter)) {
        QList<Bucket> buckets = bucketsOf(facts->groups(ProjectFacts::Key::Industry, filter));
        // As the SQL orders them: most first, then by code.
        std::stable_sort(buckets.begin(), buckets.end(),
                         [](const Bucket& a, const Bucket& b) { return a.count > b.count; });
        return buckets;
    }
    const SqlCondition c = condition(filter);
    QSqlQuery q = run(
        database(),
        u"SELECT COALESCE(p.industry_code, 'OTHER'), %1 FROM projects p %2 GROUP BY 1 ORDER BY 2 DESC, 1"_s
            .arg(kBucketColumns, c.where),
        c.values);
    QList<Bucket> buckets;
    while (q.next())
        buckets.append(bucketAt(q, q.value(0).toString()));
    return buckets;
}

Project CorpusQueries::ProjectRow::project() const
{
    Project p;
    p.name = name;
    p.company = company;
    p.region = region;
    p.city = city;
    p.province = province;
    p.county = county;
    p.zone = zone;
    if (amount) {
        Money m;
        m.amount = *amount;
        m.currency = currency;
        m.qualifier = qualifierFromName(qualifier);
        m.amountCny = amountCny;
        p.investment = m;
    }
    p.amountText = amountText;
    p.industry = industry;
    p.status = status;
    p.evidence = evidence;
    p.corrected = corrected;
    p.original = original;
    p.excluded = excluded;
    p.confirmed = confirmed;
    p.added = added;
    p.mergedInto = mergedInto;
    return p;
}

QList<CorpusQueries::ProjectRow> CorpusQueries::projects(const ProjectFilter& filter) const
{
    return projectRows(condition(filter));
}

std::optional<CorpusQueries::ProjectRow> CorpusQueries::project(int id) const
{
    const QList<ProjectRow> rows = projectRows({u"WHERE p.id = ?"_s, {id}});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.front());
}

QList<int> CorpusQueries::ids(const QString& sql, const QVariantList& values) const
{
    // Through SQLite's C API: a QVariant per value cost as much as the query for a hundred thousand ids.
    SqliteStatement statement(database(), sql);
    for (const QVariant& v : values)
        statement.bind(v);
    QList<int> result;
    for (bool row = statement.exec() && statement.hasRow(); row; row = statement.next())
        result.append(static_cast<int>(statement.intValue(0)));
    if (!statement.error().isEmpty())
        qWarning("investscope: %s", qPrintable(statement.error()));
    return result;
}

QList<int> CorpusQueries::projectIds(const ProjectFilter& filter, ProjectOrder order) const
{
    using Key = ProjectOrder::Key;
    // A text column (our own names) in the collation's order.
    const auto text = [](QLatin1StringView column) { return u"sort_key(COALESCE(p.%1, ''))"_s.arg(column); };
    QString key;
    switch (order.key) {
    case Key::Id:
        break;
    case Key::Name:
    case Key::Company:
    case Key::Region:
    case Key::City:
    case Key::Province: {
        static constexpr QLatin1StringView columns[] = {"name"_L1, "company"_L1, "region"_L1, "city"_L1,
                                                        "province"_L1};
        static_assert(static_cast<int>(Key::Province) - static_cast<int>(Key::Name) == 4);
        key = text(columns[static_cast<int>(order.key) - static_cast<int>(Key::Name)]);
        break;
    }
    case Key::Investment: {
        // All projects: in the order of the index projects_by_amount, without sorting. Some of them: found
        // through projects_figures and sorted ("+" keeps SQLite from walking the whole order index instead).
        ProjectFilter narrowing = filter;
        narrowing.showExcluded = false;
        key = (narrowing.isEmpty() ? u""_s : u"+"_s) + u"COALESCE(p.amount_cny, p.amount, -1)"_s;
        break;
    }
    case Key::Industry:
        key = u"COALESCE(p.industry_code, '')"_s;
        break;
    case Key::Status:
        key = u"COALESCE(p.status, '')"_s;
        break;
    case Key::Document:
        key = u"(SELECT sort_key(d.file) FROM project_mentions m JOIN documents d ON d.id = m.document_id "
              u"WHERE m.project_id = p.id ORDER BY m.document_id, m.start_pos LIMIT 1)"_s;
        break;
    }
    // The columns the facts hold, sorted there (SQL sorted a hundred thousand rows in 100 ms or more).
    static const QHash<Key, ProjectFacts::Order> inFacts{{Key::Investment, ProjectFacts::Order::Investment},
                                                         {Key::Industry, ProjectFacts::Order::Industry},
                                                         {Key::Status, ProjectFacts::Order::Status},
                                                         {Key::Province, ProjectFacts::Order::Province},
                                                         {Key::City, ProjectFacts::Order::City},
                                                         {Key::Region, ProjectFacts::Order::Region},
                                                         {Key::Company, ProjectFacts::Order::Company}};
    if (const auto found = inFacts.constFind(order.key); found != inFacts.cend()) {
        if (const auto facts = factsFor(filter))
            return facts->orderedIds(*found, order.descending, filter, m_store->collation());
    }
    const QString direction = order.descending ? u" DESC"_s : QString();
    const SqlCondition c = condition(filter);
    const QString orderBy =
        key.isEmpty() ? QString(u"p.id"_s + direction) : QString(key + direction + u", p.id"_s);
    return ids(u"SELECT p.id FROM projects p %1 ORDER BY %2"_s.arg(c.where, orderBy), c.values);
}

namespace {

// A list of bound places for `count` values: "?, ?, ?".
QString placeholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? u"?"_s : u", ?"_s;
    return marks;
}

// Rows fetched by id, put in the order of the ids.
template <typename Row>
QList<Row> inOrder(std::span<const int> ids, QList<Row> rows)
{
    QHash<int, qsizetype> at;
    at.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(rows[i].id, i);
    QList<Row> ordered;
    ordered.reserve(rows.size());
    for (int id : ids) {
        const auto found = at.constFind(id);
        if (found != at.cend())
            ordered.append(std::move(rows[*found]));
    }
    return ordered;
}

// Ids are asked for a page at a time; in chunks of this many so that no statement has too many values.
constexpr qsizetype kIdChunk = 500;

} // namespace

QList<CorpusQueries::ProjectRow> CorpusQueries::projectsById(std::span<const int> ids) const
{
    QList<ProjectRow> rows;
    for (qsizetype from = 0; from < static_cast<qsizetype>(ids.size()); from += kIdChunk) {
        const std::span<const int> chunk =
            ids.subspan(from, std::min<qsizetype>(kIdChunk, ids.size() - from));
        SqlCondition c{u"WHERE p.id IN (%1)"_s.arg(placeholders(chunk.size())), {}};
        for (int id : chunk)
            c.values << id;
        rows << projectRows(c);
    }
    return inOrder(ids, std::move(rows));
}

QList<CorpusQueries::ProjectRow> CorpusQueries::projectRows(const SqlCondition& c) const
{
    // The first report (by article, then position) found through the covering index mentions_project.
    QSqlQuery q = run(
        database(),
        u"SELECT p.id, p.name, p.company, p.region, p.city, p.province, p.county, p.zone, p.industry_code, "
        "p.status, p.amount_text, p.amount, p.currency, p.qualifier, p.amount_cny, f.document_id, "
        "f.start_pos, f.end_pos, (SELECT COUNT(*) FROM project_mentions m WHERE m.project_id = p.id), "
        "p.explanation, p.corrected, p.original, p.excluded, p.confirmed, p.added, p.merged_into, d.file "
        "FROM projects p LEFT JOIN project_mentions f ON f.rowid = (SELECT m.rowid FROM project_mentions m "
        "WHERE m.project_id = p.id ORDER BY m.document_id, m.start_pos LIMIT 1) "
        "LEFT JOIN documents d ON d.id = f.document_id %1 ORDER BY p.id"_s.arg(c.where),
        c.values);
    QList<ProjectRow> rows;
    while (q.next()) {
        ProjectRow r;
        r.id = q.value(0).toInt();
        r.name = q.value(1).toString();
        r.company = q.value(2).toString();
        r.region = q.value(3).toString();
        r.city = q.value(4).toString();
        r.province = q.value(5).toString();
        r.county = q.value(6).toString();
        r.zone = q.value(7).toString();
        r.industry = q.value(8).toString();
        r.status = q.value(9).toString();
        r.amountText = q.value(10).toString();
        r.amount = optionalDouble(q.value(11));
        r.currency = q.value(12).toString();
        r.qualifier = q.value(13).toString();
        r.amountCny = optionalDouble(q.value(14));
        r.documentId = q.value(15).toInt();
        r.evidence = {q.value(16).toLongLong(), q.value(17).toLongLong()};
        r.mentions = q.value(18).toInt();
        r.explanation = q.value(19).toString();
        r.corrected = q.value(20).toString().split(u',', Qt::SkipEmptyParts);
        if (const QString text = q.value(21).toString(); !text.isEmpty()) { // only reviewed projects have it
            const QJsonObject original = QJsonDocument::fromJson(text.toUtf8()).object();
            for (auto it = original.constBegin(); it != original.constEnd(); ++it)
                r.original.insert(it.key(), it.value().toString());
        }
        r.excluded = q.value(22).toInt() != 0;
        r.confirmed = q.value(23).toInt() != 0;
        r.added = q.value(24).toInt() != 0;
        r.mergedInto = q.value(25).toString();
        r.documentFile = q.value(26).toString();
        rows.append(r);
    }
    return rows;
}

namespace {

// The articles' side of a filter: the project conditions as a WITH clause of the projects each article
// reports (each once), and whether only articles reporting one are wanted. With `only`, just those articles'.
struct DocumentQuery {
    QString with; // WITH hits (doc, pid, cny, place) AS (…), stats (doc, n, total) AS (…)
    QVariantList values;
    bool byProjects = false;
};

DocumentQuery documentQuery(const ProjectFilter& filter, std::span<const int> only = {})
{
    ProjectFilter projectPart = filter;
    projectPart.search.clear();
    projectPart.documentId.reset();
    SqlCondition c = projectCondition(projectPart);
    if (!only.empty()) {
        c.where += (c.where.isEmpty() ? u"WHERE "_s : u" AND "_s) +
                   u"m.document_id IN (%1)"_s.arg(placeholders(only.size()));
        for (int id : only)
            c.values << id;
    }
    return {
        u"WITH hits AS (SELECT DISTINCT m.document_id AS doc, p.id AS pid, COALESCE(p.amount_cny, 0) AS cny, "
        u"COALESCE(p.city, p.province, '') AS place FROM project_mentions m %1 projects p ON p.id = "
        u"m.project_id %2), stats AS (SELECT doc, COUNT(*) AS n, SUM(cny) AS total FROM hits GROUP BY doc) "_s
            // A few articles' projects: from their mentions (SQLite would otherwise read every project
            // first).
            .arg(only.empty() ? u"JOIN"_s : u"CROSS JOIN"_s, c.where),
        c.values, !projectPart.isEmpty()};
}

} // namespace

QList<CorpusQueries::DocumentRow> CorpusQueries::documents(const ProjectFilter& filter) const
{
    return documentRows(filter, {});
}

QList<CorpusQueries::DocumentRow> CorpusQueries::documentsById(const ProjectFilter& filter,
                                                               std::span<const int> ids) const
{
    QList<DocumentRow> rows;
    for (qsizetype from = 0; from < static_cast<qsizetype>(ids.size()); from += kIdChunk)
        rows << documentRows(filter, ids.subspan(from, std::min<qsizetype>(kIdChunk, ids.size() - from)));
    return inOrder(ids, std::move(rows));
}

QList<CorpusQueries::DocumentRow> CorpusQueries::documentRows(const ProjectFilter& filter,
                                                              std::span<const int> only) const
{
    // Per article, in the database: its matching projects (each once) and their total.
    const DocumentQuery dq = documentQuery(filter, only);
    QVariantList values = dq.values;
    QStringList conditions;
    if (filter.documentId) {
        conditions << u"d.id = ?"_s;
        values << *filter.documentId;
    }
    if (!only.empty()) {
        conditions << u"d.id IN (%1)"_s.arg(placeholders(only.size()));
        for (int id : only)
            values << id;
    }
    const QString where = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
    QSqlQuery q = run(database(),
                      dq.with + u"SELECT d.id, d.file, d.title, COALESCE(d.region, ''), COALESCE(s.n, 0), "
                                u"COALESCE(s.total, 0) FROM documents d %1 JOIN stats s ON s.doc = d.id %2 "
                                u"ORDER BY d.id"_s.arg(dq.byProjects ? u""_s : u"LEFT"_s, where),
                      values);
    QSet<int> matching;
    if (!filter.search.isEmpty()) {
        const QList<int> found = search(filter.search);
        matching = QSet<int>(found.cbegin(), found.cend());
    }
    QList<DocumentRow> rows;
    QHash<int, qsizetype> withoutRegion; // articles of databases that have no place for them: row index
    while (q.next()) {
        const int id = q.value(0).toInt();
        if (!filter.search.isEmpty() && !matching.contains(id))
            continue;
        DocumentRow r;
        r.id = id;
        r.file = q.value(1).toString();
        r.title = q.value(2).toString();
        // The place the article is about, as the engine found it (title, mentions).
        r.region = q.value(3).toString();
        r.projects = q.value(4).toInt();
        r.totalCny = q.value(5).toDouble();
        if (r.region.isEmpty() && r.projects > 0)
            withoutRegion.insert(id, rows.size());
        rows.append(r);
    }
    // For databases that do not have it: the place most of its projects land in (the first by name of the
    // most named).
    if (!withoutRegion.isEmpty()) {
        QSqlQuery places =
            run(database(),
                dq.with + u"SELECT h.doc, h.place, COUNT(*) FROM hits h JOIN documents d ON d.id = "
                          u"h.doc WHERE COALESCE(d.region, '') = '' AND h.place <> '' "
                          u"GROUP BY h.doc, h.place ORDER BY h.doc, 3 DESC, h.place"_s,
                dq.values);
        int last = -1;
        while (places.next()) {
            const int doc = places.value(0).toInt();
            const auto row = withoutRegion.constFind(doc);
            if (doc != last && row != withoutRegion.cend())
                rows[*row].region = places.value(1).toString();
            last = doc;
        }
    }
    return rows;
}

QList<int> CorpusQueries::documentIds(const ProjectFilter& filter, DocumentOrder order) const
{
    using Key = DocumentOrder::Key;
    const DocumentQuery dq = documentQuery(filter);
    QString key;
    bool byStats = false;
    switch (order.key) {
    case Key::Id:
        break;
    case Key::File:
        key = u"sort_key(d.file)"_s;
        break;
    case Key::Title:
        key = u"sort_key(COALESCE(d.title, ''))"_s;
        break;
    case Key::Region: // the place stored for the article (databases before schema 3 have none)
        key = u"sort_key(COALESCE(d.region, ''))"_s;
        break;
    case Key::Projects:
        key = u"COALESCE(s.n, 0)"_s;
        byStats = true;
        break;
    case Key::Investment:
        key = u"COALESCE(s.total, 0)"_s;
        byStats = true;
        break;
    }
    QStringList conditions;
    QVariantList values;
    QString sql;
    ProjectFilter projectPart = filter;
    projectPart.search.clear();
    projectPart.documentId.reset();
    const auto facts = (order.key == Key::Id && dq.byProjects) || byStats ? factsFor(projectPart) : nullptr;
    QList<int> result;
    if (facts) { // the articles of the matching projects (or all), from the facts
        result = dq.byProjects ? facts->documents(projectPart)
                               : ids(u"SELECT id FROM documents ORDER BY id"_s, {});
        if (filter.documentId)
            result.removeIf([&filter](int id) { return id != *filter.documentId; });
        if (byStats) { // by their count or total, ties by id
            const QHash<int, ProjectFacts::DocumentTotals> totals = facts->documentTotals(projectPart);
            const auto value = [&totals, &order](int id) {
                const ProjectFacts::DocumentTotals t = totals.value(id);
                return order.key == Key::Projects ? double(t.projects) : t.totalCny;
            };
            std::stable_sort(result.begin(), result.end(), [&](int a, int b) {
                return order.descending ? value(a) > value(b) : value(a) < value(b);
            });
        } else if (order.descending) {
            std::reverse(result.begin(), result.end());
        }
    } else if (byStats) { // the counts and totals of every article: only when sorting by them
        values = dq.values;
        sql = dq.with + u"SELECT d.id FROM documents d %1 JOIN stats s ON s.doc = d.id"_s.arg(
                            dq.byProjects ? u""_s : u"LEFT"_s);
    } else {
        sql = u"SELECT d.id FROM documents d"_s;
        if (dq.byProjects) {
            const SqlCondition c = projectCondition(projectPart);
            conditions << u"d.id IN (SELECT m.document_id FROM project_mentions m JOIN projects p ON p.id = "
                          u"m.project_id %1)"_s.arg(c.where);
            values << c.values;
        }
    }
    if (!facts) {
        if (filter.documentId) {
            conditions << u"d.id = ?"_s;
            values << *filter.documentId;
        }
        if (!conditions.isEmpty())
            sql += u" WHERE "_s + conditions.join(u" AND "_s);
        const QString direction = order.descending ? u" DESC"_s : QString();
        sql += u" ORDER BY "_s +
               (key.isEmpty() ? QString(u"d.id"_s + direction) : QString(key + direction + u", d.id"_s));
        result = ids(sql, values);
    }
    if (!filter.search.isEmpty()) {
        const QList<int> found = search(filter.search);
        const QSet<int> matching(found.cbegin(), found.cend());
        result.removeIf([&matching](int id) { return !matching.contains(id); });
    }
    return result;
}

int CorpusQueries::documentCount(const ProjectFilter& filter) const
{
    if (!filter.search.isEmpty())
        return static_cast<int>(documentIds(filter, {}).size());
    ProjectFilter projectPart = filter;
    projectPart.documentId.reset();
    if (const auto facts = projectPart.isEmpty() ? nullptr : factsFor(projectPart)) {
        const QList<int> documents = facts->documents(projectPart);
        if (filter.documentId)
            return std::binary_search(documents.cbegin(), documents.cend(), *filter.documentId) ? 1 : 0;
        return static_cast<int>(documents.size());
    }
    QString sql = u"SELECT COUNT(*) FROM documents d"_s;
    QString where;
    QVariantList values;
    if (!projectPart.isEmpty()) { // the articles that report a matching project, from the projects' side
        const SqlCondition c = projectCondition(projectPart);
        sql = u"SELECT COUNT(DISTINCT m.document_id) FROM projects p CROSS JOIN project_mentions m ON "
              u"m.project_id = p.id"_s;
        where = c.where;
        values = c.values;
    }
    if (filter.documentId) {
        where += (where.isEmpty() ? u"WHERE "_s : u" AND "_s) +
                 (projectPart.isEmpty() ? u"d.id = ?"_s : u"m.document_id = ?"_s);
        values << *filter.documentId;
    }
    sql += u' ' + where;
    QSqlQuery q = run(database(), sql, values);
    return q.next() ? q.value(0).toInt() : 0;
}

CorpusQueries::Summary CorpusQueries::summary(const ProjectFilter& filter) const
{
    Summary s;
    s.documents = documentCount(filter);
    // One pass over the matching projects, excluded ones too: they are counted as such (and in the figures
    // only when the filter shows them).
    ProjectFilter all = filter;
    all.showExcluded = true;
    QList<ProjectFacts::Group> groups; // by currency and excluded
    if (const auto facts = factsFor(all)) {
        groups = facts->groups(ProjectFacts::Key::Currency, all);
    } else {
        const SqlCondition c = condition(all);
        QSqlQuery q = run(database(),
                          u"SELECT COALESCE(p.currency, ''), p.excluded <> 0, COUNT(*), "
                          u"COALESCE(SUM(p.amount), 0), COALESCE(SUM(p.amount_cny), 0), COUNT(p.amount_cny), "
                          u"SUM(CASE WHEN COALESCE(p.corrected, '') <> '' OR p.added = 1 THEN 1 ELSE 0 END) "
                          u"FROM projects p %1 GROUP BY 1, 2"_s.arg(c.where),
                          c.values);
        while (q.next()) {
            groups.append({q.value(0).toString(), q.value(1).toBool(), q.value(2).toInt(),
                           q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toInt(),
                           q.value(6).toInt()});
        }
    }
    QMap<QString, double> cnyByCurrency; // in code order
    for (const ProjectFacts::Group& g : groups) {
        if (g.excluded)
            s.excluded += g.count;
        else
            s.corrected += g.corrected; // what an analyst changed in these figures
        if (g.excluded && !filter.showExcluded)
            continue;
        s.projects += g.count;
        s.withoutAmount += g.count - g.withAmountCny;
        if (!g.key.isEmpty())
            s.totalByCurrency[g.key] += g.amount;
        s.totalCny += g.amountCny;
        cnyByCurrency[g.key] += g.amountCny;
    }
    for (auto it = cnyByCurrency.cbegin(); it != cnyByCurrency.cend(); ++it) {
        if (!it.key().isEmpty() && it.key() != u"CNY"_s && it.value() > 0) {
            s.convertedCny += it.value();
            s.convertedFrom.append(it.key());
        }
    }
    return s;
}

QStringList CorpusQueries::currencies(const ProjectFilter& filter) const
{
    if (const auto facts = factsFor(filter)) {
        QStringList codes;
        for (const Bucket& b : bucketsOf(facts->groups(ProjectFacts::Key::Currency, filter))) {
            if (!b.key.isEmpty())
                codes << b.key;
        }
        return codes;
    }
    const SqlCondition c = condition(filter);
    QSqlQuery q = run(database(),
                      u"SELECT DISTINCT p.currency FROM projects p %1 %2 COALESCE(p.currency, '') <> '' "
                      u"ORDER BY 1"_s.arg(c.where, c.where.isEmpty() ? u"WHERE"_s : u"AND"_s),
                      c.values);
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

QStringList CorpusQueries::companyNames() const
{
    QStringList names;
    QSqlQuery q = run(database(),
                      u"SELECT COALESCE(NULLIF(normalized, ''), surface) FROM entities WHERE type = ? "
                      u"UNION SELECT company FROM projects WHERE COALESCE(company, '') <> '' ORDER BY 1"_s,
                      {u"company"_s});
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList CorpusQueries::placeNames() const
{
    QStringList names;
    QSqlQuery q = run(database(),
                      u"SELECT COALESCE(NULLIF(normalized, ''), surface) FROM entities WHERE type = ? "
                      u"UNION SELECT zone FROM projects WHERE COALESCE(zone, '') <> '' "
                      u"UNION SELECT region FROM projects WHERE COALESCE(region, '') <> '' ORDER BY 1"_s,
                      {u"region"_s});
    while (q.next())
        names << q.value(0).toString();
    // And every province, city and county of the gazetteer (listed once: the table never changes).
    static const QStringList divisions = [] {
        QStringList out;
        const auto gazetteer = Gazetteer::shared();
        for (qsizetype i = 0; i < gazetteer->size(); ++i) {
            const Gazetteer::Division& d = gazetteer->at(static_cast<int>(i));
            if (d.level != Gazetteer::Level::Town && !d.name.isEmpty())
                out << d.name;
        }
        return out;
    }();
    names += divisions;
    names.removeDuplicates();
    names.sort();
    return names;
}

QStringList CorpusQueries::documentPaths() const
{
    QStringList paths;
    QSqlQuery q = run(database(), u"SELECT path FROM documents ORDER BY id"_s, {});
    while (q.next())
        paths << q.value(0).toString();
    return paths;
}

QList<Entity> CorpusQueries::entities(int documentId) const
{
    QList<Entity> out;
    QSqlQuery q = run(database(),
                      u"SELECT type, surface, start_pos, end_pos, normalized, role, amount, currency, "
                      u"qualifier, amount_cny, "
                      "region_code, industry_code FROM entities WHERE document_id = ? ORDER BY start_pos"_s,
                      {documentId});
    while (q.next()) {
        Entity e;
        e.type = entityTypeFromName(q.value(0).toString()).value_or(EntityType::Company);
        e.text = q.value(1).toString();
        e.span = {q.value(2).toLongLong(), q.value(3).toLongLong()};
        e.normalized = q.value(4).toString();
        e.role = q.value(5).toString();
        if (!q.value(6).isNull()) {
            Money m;
            m.amount = q.value(6).toDouble();
            m.currency = q.value(7).toString();
            m.qualifier = qualifierFromName(q.value(8).toString());
            m.amountCny = optionalDouble(q.value(9));
            e.money = m;
        }
        e.regionCode = q.value(10).toString();
        e.industry = q.value(11).toString();
        if (e.type == EntityType::Region)
            e.place = placeFromCode(e.regionCode, e.normalized);
        out.append(e);
    }
    return out;
}
