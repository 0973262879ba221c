#include "store.h"

#include "extract/industrytaxonomy.h"
#include "extract/projectextractor.h"
#include "offsetpacking.h"
#include "projectfacts.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlitestatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QJsonDocument>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryFile>
#include <QVariant>

#include <sqlite3.h>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QStringList& tables()
{
    // In dependency order (referenced tables first).
    static const QStringList names{u"meta"_s,     u"documents"_s,        u"paragraphs"_s,
                                   u"regions"_s,  u"industries"_s,       u"entities"_s,
                                   u"projects"_s, u"project_mentions"_s, u"aggregates"_s};
    return names;
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QString describe(const QSqlQuery& q)
{
    return q.lastError().text();
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A project's extracted values of the fields an analyst corrected, as a JSON object; NULL for none.
QVariant originalJson(const Project& p)
{
    if (p.original.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonObject o;
    for (auto it = p.original.cbegin(); it != p.original.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant nullableDouble(const std::optional<double>& d)
{
    return d ? QVariant(*d) : QVariant(QMetaType::fromType<double>());
}

Paragraph::Kind kindFromName(const QString& name)
{
    for (Paragraph::Kind k :
         {Paragraph::Kind::Body, Paragraph::Kind::Title, Paragraph::Kind::Byline, Paragraph::Kind::Heading,
          Paragraph::Kind::Caption, Paragraph::Kind::PageInfo, Paragraph::Kind::Meta}) {
        if (paragraphKindName(k) == name)
            return k;
    }
    return Paragraph::Kind::Body;
}

} // namespace

Store::Store(const QString& connectionName)
    : m_connectionName(connectionName)
{
    if (m_connectionName.isEmpty()) {
        static QAtomicInt counter;
        m_connectionName = u"investscope-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    }
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return database().isOpen();
}

bool Store::open(QString* error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        setError(error, u"the Qt SQLite driver (QSQLITE) is not installed"_s);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.close();
    ++m_opened;
    m_facts.reset();
    db.setDatabaseName(u":memory:"_s);
    if (!db.open()) {
        setError(error, db.lastError().text());
        return false;
    }
    // Names sort as the UI's language orders them (pinyin for Chinese), in the database's ORDER BY.
    if (!registerSortKey(db, m_collation, error))
        return false;
    QFile schema(u":/investscope/sql/schema.sql"_s);
    if (!schema.open(QIODevice::ReadOnly)) {
        setError(error, u"the database schema resource is missing"_s);
        return false;
    }
    if (!execScript(QString::fromUtf8(schema.readAll()), error))
        return false;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meta (name, value) VALUES (?, ?)"_s);
    q.addBindValue(u"schema_version"_s);
    q.addBindValue(QString::number(kSchemaVersion));
    if (!q.exec()) {
        setError(error, describe(q));
        return false;
    }
    if (!SearchIndex::create(db, error))
        return false;
    // The taxonomy, so that queries can name industries in either language.
    QSqlQuery industry(db);
    industry.prepare(u"INSERT INTO industries (code, name_zh, name_en) VALUES (?, ?, ?)"_s);
    for (const IndustryTaxonomy::Industry& i : IndustryTaxonomy::shared()->industries()) {
        industry.addBindValue(i.code);
        industry.addBindValue(i.nameZh);
        industry.addBindValue(i.nameEn);
        if (!industry.exec()) {
            setError(error, describe(industry));
            return false;
        }
    }
    return true;
}

bool Store::setCollation(const QLocale& locale, QString* error)
{
    if (!registerSortKey(database(), locale, error))
        return false;
    m_collation = locale;
    return true;
}

quint64 Store::changeCount() const
{
    sqlite3* connection = sqliteHandle(database());
    if (!connection)
        return 0;
    // Reset when the connection is opened again: the number of opens keeps the counts apart.
    return (m_opened << 48) + static_cast<quint64>(sqlite3_total_changes64(connection));
}

std::shared_ptr<const ProjectFacts> Store::projectFacts() const
{
    const quint64 now = changeCount();
    if (!m_facts || m_factsAt != now) {
        QString error;
        m_facts = ProjectFacts::read(database(), &error);
        m_factsAt = now;
        if (!m_facts)
            qWarning("investscope: the projects' facts cannot be read: %s", qPrintable(error));
    }
    return m_facts;
}

bool Store::execScript(const QString& script, QString* error)
{
    QSqlQuery q(database());
    QString statement;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s))
            continue;
        statement += line + u'\n';
        if (trimmed.endsWith(u';')) {
            if (!q.exec(statement)) {
                setError(error, u"schema: %1"_s.arg(describe(q)));
                return false;
            }
            statement.clear();
        }
    }
    return true;
}

int Store::nextId(const QString& table) const
{
    // `table` comes from our own list, never from input.
    Q_ASSERT(tables().contains(table));
    QSqlQuery q(database());
    if (q.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM "_s + table) && q.next())
        return q.value(0).toInt();
    return 1;
}

int Store::rowCount(const QString& table) const
{
    if (!tables().contains(table))
        return -1;
    QSqlQuery q(database());
    if (q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next())
        return q.value(0).toInt();
    return -1;
}

namespace {

// Writes what was found in an article (entities, projects with their mentions, aggregates) with statements
// prepared once for a whole batch of articles; ids continue from the store's highest.
class AnnotationWriter
{
public:
    AnnotationWriter(QSqlDatabase db, const ExchangeRates& rates, int entityId, int projectId,
                     int aggregateId)
        : m_rates(rates)
        , m_entity(
              db,
              u"INSERT INTO entities (id, document_id, type, surface, start_pos, end_pos, normalized, role, "
              "amount, currency, qualifier, amount_cny, region_code, industry_code) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , m_project(db, u"INSERT INTO projects (id, name, company, region, city, province, county, zone, "
                        u"region_code, amount, "
                        "currency, qualifier, amount_cny, amount_text, industry_code, status, merge_key, "
                        "explanation, corrected, original, excluded, confirmed, added, merged_into) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        // The same project reported by another article is one project with another mention.
        , m_existing(db, u"SELECT id FROM projects WHERE merge_key = ?"_s)
        , m_mention(db, u"INSERT INTO project_mentions (project_id, document_id, start_pos, end_pos) "
                        "VALUES (?, ?, ?, ?)"_s)
        , m_aggregate(db, u"INSERT INTO aggregates (id, document_id, surface, region, project_count, amount, "
                          "currency, qualifier, amount_cny, start_pos, end_pos) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        , m_entityId(entityId)
        , m_projectId(projectId)
        , m_aggregateId(aggregateId)
    {
    }

    // The statements could be prepared; else *error says why.
    bool isValid(QString* error) const
    {
        for (const SqliteStatement* s : {&m_entity, &m_project, &m_existing, &m_mention, &m_aggregate}) {
            if (!s->isValid()) {
                setError(error, s->error());
                return false;
            }
        }
        return true;
    }

    // False with *error set from the failing statement.
    bool write(int id, const Annotations& annotations, QString* error)
    {
        const auto fail = [error](const SqliteStatement& q) {
            setError(error, q.error());
            return false;
        };
        for (const Entity& e : annotations.entities) {
            m_entity.bind(m_entityId++);
            m_entity.bind(id);
            m_entity.bind(entityTypeName(e.type));
            m_entity.bind(e.text);
            m_entity.bind(e.span.start);
            m_entity.bind(e.span.end);
            m_entity.bind(nullableText(e.normalized));
            m_entity.bind(nullableText(e.role));
            m_entity.bind(e.money ? QVariant(e.money->amount) : QVariant(QMetaType::fromType<double>()));
            m_entity.bind(e.money ? nullableText(e.money->currency) : nullableText({}));
            m_entity.bind(e.money ? nullableText(qualifierName(e.money->qualifier)) : nullableText({}));
            m_entity.bind(e.money ? nullableDouble(m_rates.toCny(e.money->amount, e.money->currency))
                                  : nullableDouble({}));
            m_entity.bind(nullableText(e.regionCode));
            m_entity.bind(nullableText(e.industry));
            if (!m_entity.exec())
                return fail(m_entity);
        }

        for (const Project& p : annotations.projects) {
            // A project an analyst added is never merged with another.
            const QString key =
                p.added ? u"added|%1|%2"_s.arg(id).arg(m_projectId) : ProjectExtractor::keyOf(p);
            m_existing.bind(key);
            if (!m_existing.exec())
                return fail(m_existing);
            int pid = 0;
            if (m_existing.hasRow()) {
                pid = static_cast<int>(m_existing.intValue(0));
            } else {
                pid = m_projectId++;
                m_project.bind(pid);
                m_project.bind(nullableText(p.name));
                m_project.bind(nullableText(p.company));
                m_project.bind(nullableText(p.region));
                m_project.bind(nullableText(p.city));
                m_project.bind(nullableText(p.province));
                m_project.bind(nullableText(p.county));
                m_project.bind(nullableText(p.zone));
                m_project.bind(nullableText(p.regionCode));
                m_project.bind(p.investment ? QVariant(p.investment->amount)
                                            : QVariant(QMetaType::fromType<double>()));
                m_project.bind(p.investment ? nullableText(p.investment->currency) : nullableText({}));
                m_project.bind(p.investment ? nullableText(qualifierName(p.investment->qualifier))
                                            : nullableText({}));
                m_project.bind(
                    p.investment ? nullableDouble(m_rates.toCny(p.investment->amount, p.investment->currency))
                                 : nullableDouble({}));
                m_project.bind(nullableText(p.amountText));
                m_project.bind(nullableText(p.industry));
                m_project.bind(nullableText(p.status));
                m_project.bind(key);
                m_project.bind(nullableText(p.explanation.join(u'\n')));
                m_project.bind(nullableText(p.corrected.join(u',')));
                m_project.bind(originalJson(p));
                m_project.bind(p.excluded ? 1 : 0);
                m_project.bind(p.confirmed ? 1 : 0);
                m_project.bind(p.added ? 1 : 0);
                m_project.bind(nullableText(p.mergedInto));
                if (!m_project.exec())
                    return fail(m_project);
            }
            m_existing.finish();
            QList<TextSpan> spans{p.evidence};
            spans += p.mentions;
            for (const TextSpan& span : spans) {
                m_mention.bind(pid);
                m_mention.bind(id);
                m_mention.bind(span.start);
                m_mention.bind(span.end);
                if (!m_mention.exec())
                    return fail(m_mention);
            }
        }

        for (const Aggregate& a : annotations.aggregates) {
            m_aggregate.bind(m_aggregateId++);
            m_aggregate.bind(id);
            m_aggregate.bind(a.text);
            m_aggregate.bind(nullableText(a.region));
            m_aggregate.bind(a.count ? QVariant(*a.count) : QVariant(QMetaType::fromType<int>()));
            m_aggregate.bind(a.investment ? QVariant(a.investment->amount)
                                          : QVariant(QMetaType::fromType<double>()));
            m_aggregate.bind(a.investment ? nullableText(a.investment->currency) : nullableText({}));
            m_aggregate.bind(a.investment ? nullableText(qualifierName(a.investment->qualifier))
                                          : nullableText({}));
            m_aggregate.bind(a.investment
                                 ? nullableDouble(m_rates.toCny(a.investment->amount, a.investment->currency))
                                 : nullableDouble({}));
            m_aggregate.bind(a.span.start);
            m_aggregate.bind(a.span.end);
            if (!m_aggregate.exec())
                return fail(m_aggregate);
        }
        return true;
    }

private:
    const ExchangeRates& m_rates;
    SqliteStatement m_entity;
    SqliteStatement m_project;
    SqliteStatement m_existing;
    SqliteStatement m_mention;
    SqliteStatement m_aggregate;
    int m_entityId;
    int m_projectId;
    int m_aggregateId;
};

} // namespace

std::optional<QList<int>> Store::addDocuments(const QList<AnalyzedDocument>& documents, QString* error,
                                              Indexing indexing)
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        setError(error, u"the database is not open"_s);
        return std::nullopt;
    }
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return std::nullopt;
    }
    auto fail = [&](const SqliteStatement& q) {
        setError(error, q.error());
        db.rollback();
        return std::nullopt;
    };

    SqliteStatement doc(
        db, u"INSERT INTO documents (id, file, path, title, byline, encoding, source, original_text, "
            "clean_text, offset_map, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    SqliteStatement para(db,
                         u"INSERT INTO paragraphs (document_id, idx, start_pos, end_pos, kind, repeat_of) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s);
    AnnotationWriter annotations(db, m_rates, nextId(u"entities"_s), nextId(u"projects"_s),
                                 nextId(u"aggregates"_s));
    for (const SqliteStatement* s : {&doc, &para}) {
        if (!s->isValid())
            return fail(*s);
    }
    if (!annotations.isValid(error)) {
        db.rollback();
        return std::nullopt;
    }

    int docId = nextId(u"documents"_s);
    QList<int> ids;
    for (const AnalyzedDocument& d : documents) {
        const int id = docId++;
        doc.bind(id);
        doc.bind(d.document.name);
        doc.bind(d.document.path);
        doc.bind(nullableText(d.clean.title));
        doc.bind(nullableText(d.clean.byline));
        doc.bind(d.document.encoding);
        doc.bind(d.document.source == Document::Source::Pdf ? u"pdf"_s : u"text"_s);
        doc.bind(d.document.originalText);
        doc.bind(d.clean.text);
        doc.bind(OffsetPacking::pack(d.clean.map));
        doc.bind(nullableText(d.annotations.mainRegion()));
        if (!doc.exec())
            return fail(doc);

        for (qsizetype i = 0; i < d.clean.paragraphs.size(); ++i) {
            const Paragraph& p = d.clean.paragraphs[i];
            para.bind(id);
            para.bind(static_cast<int>(i));
            para.bind(p.span.start);
            para.bind(p.span.end);
            para.bind(paragraphKindName(p.kind));
            para.bind(p.isRepeat() ? QVariant(p.repeatOf) : QVariant(QMetaType::fromType<int>()));
            if (!para.exec())
                return fail(para);
        }
        if (!annotations.write(id, d.annotations, error)) {
            db.rollback();
            return std::nullopt;
        }
        ids.append(id);
    }
    // With Indexing::Now, these and any left for later go into the full-text index in the same transaction.
    int indexedThrough = m_indexedThrough;
    if (indexing == Indexing::Now) {
        QString indexError;
        if (!SearchIndex::addFrom(db, m_indexedThrough, std::numeric_limits<int>::max(), &indexedThrough,
                                  &indexError)) {
            setError(error, indexError);
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        setError(error, db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    m_indexedThrough = indexedThrough;
    return ids;
}

int Store::unindexedDocuments() const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT COUNT(*) FROM documents WHERE id > ?"_s);
    q.addBindValue(m_indexedThrough);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<int> Store::indexMore(int maxDocuments, QString* error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return std::nullopt;
    }
    int last = m_indexedThrough;
    QString indexError;
    const std::optional<int> indexed =
        SearchIndex::addFrom(db, m_indexedThrough, maxDocuments, &last, &indexError);
    if (!indexed) {
        setError(error, indexError);
        db.rollback();
        return std::nullopt;
    }
    if (!db.commit()) {
        setError(error, db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    m_indexedThrough = last;
    return indexed;
}

bool Store::replaceAnnotations(int documentId, const Annotations& annotations, QString* error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return false;
    }
    // Its entities, aggregates and reports go; a project no other article reports goes with its report.
    const QList<std::pair<QString, int>> statements{
        {u"DELETE FROM entities WHERE document_id = ?"_s, 1},
        {u"DELETE FROM aggregates WHERE document_id = ?"_s, 1},
        {u"DELETE FROM projects WHERE id IN (SELECT project_id FROM project_mentions WHERE document_id = ?) "
         u"AND id NOT IN (SELECT project_id FROM project_mentions WHERE document_id <> ?)"_s,
         2},
        {u"DELETE FROM project_mentions WHERE document_id = ?"_s, 1}};
    QSqlQuery q(db);
    for (const auto& [sql, binds] : statements) {
        q.prepare(sql);
        for (int i = 0; i < binds; ++i)
            q.addBindValue(documentId);
        if (!q.exec()) {
            setError(error, describe(q));
            db.rollback();
            return false;
        }
    }
    q.prepare(u"UPDATE documents SET region = ? WHERE id = ?"_s);
    q.addBindValue(nullableText(annotations.mainRegion()));
    q.addBindValue(documentId);
    if (!q.exec()) {
        setError(error, describe(q));
        db.rollback();
        return false;
    }
    AnnotationWriter writer(db, m_rates, nextId(u"entities"_s), nextId(u"projects"_s),
                            nextId(u"aggregates"_s));
    if (!writer.isValid(error) || !writer.write(documentId, annotations, error) || !db.commit()) {
        if (error && error->isEmpty())
            setError(error, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool Store::clear(QString* error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Children first; the table names come from our own list.
    const QStringList& names = tables();
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        if (*it == u"meta"_s || *it == u"industries"_s)
            continue;
        if (!q.exec(u"DELETE FROM "_s + *it)) {
            setError(error, describe(q));
            db.rollback();
            return false;
        }
    }
    // A corpus's corrections go with it.
    if (!q.exec(u"DELETE FROM meta WHERE name = 'corrections'"_s)) {
        setError(error, describe(q));
        db.rollback();
        return false;
    }
    if (!SearchIndex::clear(db, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return false;
    m_indexedThrough = 0;
    // An in-memory database keeps the pages of deleted rows for later rows: compact it, so that a corpus
    // cleared is memory given back (on an emptied database this is quick).
    q.exec(u"VACUUM"_s);
    return true;
}

bool Store::updateProject(int id, const Project& p, QString* error)
{
    QSqlQuery q(database());
    q.prepare(u"UPDATE projects SET name = ?, company = ?, region = ?, city = ?, province = ?, county = ?, "
              u"zone = ?, amount = ?, currency = ?, qualifier = ?, amount_cny = ?, amount_text = ?, "
              u"industry_code = ?, status = ?, corrected = ?, original = ?, excluded = ?, confirmed = ?, "
              u"added = ?, merged_into = ? WHERE id = ?"_s);
    for (const QString* text : {&p.name, &p.company, &p.region, &p.city, &p.province, &p.county, &p.zone})
        q.addBindValue(nullableText(*text));
    q.addBindValue(p.investment ? QVariant(p.investment->amount) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(p.investment ? nullableText(p.investment->currency) : nullableText({}));
    q.addBindValue(p.investment ? nullableText(qualifierName(p.investment->qualifier)) : nullableText({}));
    q.addBindValue(p.investment ? nullableDouble(m_rates.toCny(p.investment->amount, p.investment->currency))
                                : nullableDouble({}));
    q.addBindValue(nullableText(p.amountText));
    q.addBindValue(nullableText(p.industry));
    q.addBindValue(nullableText(p.status));
    q.addBindValue(nullableText(p.corrected.join(u',')));
    q.addBindValue(originalJson(p));
    q.addBindValue(p.excluded ? 1 : 0);
    q.addBindValue(p.confirmed ? 1 : 0);
    q.addBindValue(p.added ? 1 : 0);
    q.addBindValue(nullableText(p.mergedInto));
    q.addBindValue(id);
    if (!q.exec()) {
        setError(error, describe(q));
        return false;
    }
    return true;
}

std::optional<int> Store::insertProject(int documentId, const Project& p, QString* error)
{
    QSqlDatabase db = database();
    const int id = nextId(u"projects"_s);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO projects (id, merge_key) VALUES (?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(u"added|%1|%2"_s.arg(documentId).arg(id)); // never merged with an extracted one
    QSqlQuery mention(db);
    mention.prepare(
        u"INSERT INTO project_mentions (project_id, document_id, start_pos, end_pos) VALUES (?, ?, ?, ?)"_s);
    mention.addBindValue(id);
    mention.addBindValue(documentId);
    mention.addBindValue(static_cast<qint64>(p.evidence.start));
    mention.addBindValue(static_cast<qint64>(p.evidence.end));
    if (!q.exec() || !mention.exec() || !updateProject(id, p, error)) {
        if (error && error->isEmpty())
            setError(error, describe(q.lastError().isValid() ? q : mention));
        db.rollback();
        return std::nullopt;
    }
    db.commit();
    return id;
}

bool Store::setMeta(const QString& name, const QString& value, QString* error)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM meta WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        setError(error, describe(q));
        return false;
    }
    q.prepare(u"INSERT INTO meta (name, value) VALUES (?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec()) {
        setError(error, describe(q));
        return false;
    }
    return true;
}

QString Store::meta(const QString& name) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM meta WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Store::removeProject(int id, QString* error)
{
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    for (const QString& sql :
         {u"DELETE FROM project_mentions WHERE project_id = ?"_s, u"DELETE FROM projects WHERE id = ?"_s}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec()) {
            setError(error, describe(q));
            db.rollback();
            return false;
        }
    }
    db.commit();
    return true;
}

bool Store::setExchangeRates(const ExchangeRates& rates, QString* error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        setError(error, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const QString& table : {u"entities"_s, u"projects"_s, u"aggregates"_s}) {
        // The table names come from this list; the rates are bound.
        if (!q.exec(u"UPDATE %1 SET amount_cny = CASE WHEN currency = 'CNY' THEN amount ELSE NULL END"_s.arg(
                table))) {
            setError(error, describe(q));
            db.rollback();
            return false;
        }
        q.prepare(u"UPDATE %1 SET amount_cny = amount * ? WHERE currency = ?"_s.arg(table));
        for (auto it = rates.rates().cbegin(); it != rates.rates().cend(); ++it) {
            q.addBindValue(it.value());
            q.addBindValue(it.key());
            if (!q.exec()) {
                setError(error, describe(q));
                db.rollback();
                return false;
            }
        }
    }
    if (!db.commit()) {
        setError(error, db.lastError().text());
        return false;
    }
    m_rates = rates;
    return true;
}

bool Store::saveAs(const QString& path, QString* error)
{
    // The file has the whole full-text index.
    if (!indexMore(std::numeric_limits<int>::max(), error))
        return false;
    // SQLite-specific (the one place): VACUUM INTO writes a compact copy of the in-memory database.
    // It goes to a temporary file beside the target that replaces the target only when complete.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + u".XXXXXX.part"_s));
    if (!temp.open()) {
        setError(error, u"cannot write in %1: %2"_s.arg(target.absolutePath(), temp.errorString()));
        return false;
    }
    const QString tempPath = temp.fileName();
    temp.close();
    QFile::remove(tempPath); // VACUUM INTO needs a path that does not exist yet
    QSqlQuery q(database());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(tempPath);
    if (!q.exec()) {
        QFile::remove(tempPath);
        setError(error, u"cannot save the database to %1: %2"_s.arg(path, describe(q)));
        return false;
    }
    // rename(2) replaces an existing file atomically.
    if (std::rename(QFile::encodeName(tempPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(tempPath);
        setError(error, u"cannot replace %1"_s.arg(path));
        return false;
    }
    return true;
}

bool Store::load(const QString& path, QString* error)
{
    if (!QFileInfo::exists(path)) {
        setError(error, u"%1: no such file"_s.arg(path));
        return false;
    }
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(u"ATTACH DATABASE ? AS source"_s);
    q.addBindValue(path);
    if (!q.exec()) {
        setError(error, u"%1: %2"_s.arg(path, describe(q)));
        return false;
    }
    auto detach = [&] { QSqlQuery(db).exec(u"DETACH DATABASE source"_s); };

    QSqlQuery version(db);
    version.prepare(u"SELECT value FROM source.meta WHERE name = ?"_s);
    version.addBindValue(u"schema_version"_s);
    if (!version.exec() || !version.next()) {
        detach();
        setError(error, u"%1: not an InvestScope database"_s.arg(path));
        return false;
    }
    // Version 1 files lack projects.explanation, versions 1 and 2 documents.region, versions 1 to 3 the
    // review columns; they are read with those empty.
    const int sourceVersion = version.value(0).toInt();
    if (sourceVersion < 1 || sourceVersion > kSchemaVersion) {
        const QString found = version.value(0).toString();
        version.finish();
        detach();
        setError(error, u"%1: database schema version %2, this program reads version %3"_s.arg(path, found)
                            .arg(kSchemaVersion));
        return false;
    }
    version.finish();
    if (!clear(error)) {
        detach();
        return false;
    }
    db.transaction();
    // The analyst's corrections saved with the corpus come with it.
    if (!q.exec(u"INSERT INTO main.meta (name, value) SELECT name, value FROM source.meta "
                u"WHERE name = 'corrections'"_s)) {
        setError(error, u"%1: %2"_s.arg(path, describe(q)));
        db.rollback();
        detach();
        return false;
    }
    for (const QString& table : tables()) {
        if (table == u"meta"_s || table == u"industries"_s)
            continue; // the program's own taxonomy stays
        // Columns a file of an older schema has: the rest stay empty (NULL, or 0 for the flags).
        static const QString version1Projects = u"id, name, company, region, city, province, county, zone, "
                                                u"region_code, amount, currency, qualifier, "
                                                "amount_cny, amount_text, industry_code, status, merge_key"_s;
        static const QString version2Documents = u"id, file, path, title, byline, encoding, source, "
                                                 u"original_text, clean_text, offset_map"_s;
        QString copy = u"INSERT INTO main.%1 SELECT * FROM source.%1"_s.arg(table);
        if (sourceVersion < 5 && table == u"projects"_s)
            copy = u"INSERT INTO main.projects (%1) SELECT %1 FROM source.projects"_s.arg(
                sourceVersion == 1 ? version1Projects
                : sourceVersion < 4
                    ? version1Projects + u", explanation"_s
                    : version1Projects + u", explanation, corrected, original, excluded, confirmed, added"_s);
        else if (sourceVersion <= 2 && table == u"documents"_s)
            copy =
                u"INSERT INTO main.documents (%1) SELECT %1 FROM source.documents"_s.arg(version2Documents);
        if (!q.exec(copy)) {
            setError(error, u"%1: %2"_s.arg(path, describe(q)));
            db.rollback();
            detach();
            return false;
        }
    }
    if (!SearchIndex::rebuild(db, error)) {
        db.rollback();
        detach();
        return false;
    }
    db.commit();
    m_indexedThrough = nextId(u"documents"_s) - 1;
    q.finish();
    detach();
    return true;
}

QList<int> Store::documentIds() const
{
    QList<int> ids;
    QSqlQuery q(database());
    if (q.exec(u"SELECT id FROM documents ORDER BY id"_s)) {
        while (q.next())
            ids.append(q.value(0).toInt());
    }
    return ids;
}

std::optional<AnalyzedDocument> Store::document(int id) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT file, path, title, byline, encoding, source, original_text, clean_text, offset_map "
              "FROM documents WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    AnalyzedDocument d;
    d.document.name = q.value(0).toString();
    d.document.path = q.value(1).toString();
    d.clean.title = q.value(2).toString();
    d.clean.byline = q.value(3).toString();
    d.document.encoding = q.value(4).toString();
    d.document.source = q.value(5).toString() == u"pdf"_s ? Document::Source::Pdf : Document::Source::Text;
    d.document.originalText = q.value(6).toString();
    d.clean.text = q.value(7).toString();
    d.clean.map = OffsetPacking::unpack(q.value(8).toByteArray(), d.document.originalText.size());

    QSqlQuery p(database());
    p.prepare(
        u"SELECT start_pos, end_pos, kind, repeat_of FROM paragraphs WHERE document_id = ? ORDER BY idx"_s);
    p.addBindValue(id);
    if (p.exec()) {
        while (p.next()) {
            Paragraph para;
            para.span = {p.value(0).toLongLong(), p.value(1).toLongLong()};
            para.kind = kindFromName(p.value(2).toString());
            para.repeatOf = p.value(3).isNull() ? -1 : p.value(3).toInt();
            d.clean.paragraphs.append(para);
        }
    }
    return d;
}
