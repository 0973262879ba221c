#pragma once

#include "money/exchangerates.h"
#include "pipeline/analyzeddocument.h"

#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class ProjectFacts;

// The corpus database: an in-memory SQLite database (Qt's QSQLITE driver) created from
// resources/sql/schema.sql. It belongs to the thread that opened it: fill it there with the plain values
// worker threads return. All SQL uses bound parameters. Saved to and reopened from a .sqlite file any SQLite
// client reads.
class Store final
{
public:
    // 2: projects.explanation; 3: documents.region; 4: projects.corrected, original, excluded, confirmed,
    // added; 5: projects.merged_into
    static constexpr int kSchemaVersion = 5;

    // `connectionName` must be unique in the process; empty picks a fresh one.
    explicit Store(const QString& connectionName = {});
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // Creates a new, empty in-memory database with the schema. Returns false and sets *error on failure.
    bool open(QString* error = nullptr);
    bool isOpen() const;

    // When an article goes into the full-text index: with it (Now), or later, a part at a time, through
    // indexMore() (the explorer's load, which the index would slow by a third).
    enum class Indexing { Now, Later };

    // Inserts the documents and everything found in them in one transaction; returns their new ids. With
    // Indexing::Now, the articles left for later are indexed too.
    std::optional<QList<int>> addDocuments(const QList<AnalyzedDocument>& documents, QString* error = nullptr,
                                           Indexing indexing = Indexing::Now);

    // The articles not in the full-text index yet (those after indexedThrough()); search finds them all
    // the same, by reading them.
    int unindexedDocuments() const;
    int indexedThrough() const { return m_indexedThrough; }
    // Indexes up to `maxDocuments` of them (in one transaction): how many it indexed (fewer than asked: none
    // is left); std::nullopt and *error on failure.
    std::optional<int> indexMore(int maxDocuments, QString* error = nullptr);

    // What was found in document `documentId` replaced by `annotations` (its entities edited by an analyst,
    // its projects assembled again): entities, aggregates and its reports of projects, in one transaction. A
    // project no other article reports goes; one that another reports keeps that report.
    bool replaceAnnotations(int documentId, const Annotations& annotations, QString* error = nullptr);

    // The rates that turn other currencies into yuan (amount_cny). Setting them recomputes every stored
    // amount.
    const ExchangeRates& exchangeRates() const { return m_rates; }
    bool setExchangeRates(const ExchangeRates& rates, QString* error = nullptr);

    // Removes everything (documents, entities, projects, …), keeping the schema.
    bool clear(QString* error = nullptr);
    // Writes an analyst's review of project `id`: its fields as `project` has them (the yuan value from
    // the store's rates), what was corrected and the extracted values, excluded and confirmed.
    bool updateProject(int id, const Project& project, QString* error = nullptr);
    // Named values kept with the corpus (the analyst's corrections, as JSON): saved and opened with it.
    bool setMeta(const QString& name, const QString& value, QString* error = nullptr);
    QString meta(const QString& name) const;
    // A project an analyst added to article `documentId` (reported at project.evidence): its new id.
    std::optional<int> insertProject(int documentId, const Project& project, QString* error = nullptr);
    // Takes such a project out again, with its report.
    bool removeProject(int id, QString* error = nullptr);

    // Writes the whole database to `path` (replacing it only once the copy is complete).
    bool saveAs(const QString& path, QString* error = nullptr);
    // Replaces the contents with those of a file written by saveAs().
    bool load(const QString& path, QString* error = nullptr);

    // A document as stored: text, cleaned text, offset map, paragraphs (annotations are not read back yet).
    std::optional<AnalyzedDocument> document(int id) const;
    QList<int> documentIds() const;
    int rowCount(const QString& table) const; // table must be one of the schema's tables

    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }

    // The order text sorts in (the SQL function sort_key and the facts' orders): the UI locale's collation
    // unless set (pinyin for Chinese).
    QLocale collation() const { return m_collation; }
    bool setCollation(const QLocale& locale, QString* error = nullptr);

    // The projects' facts (what charts and summaries aggregate) as the database has them now: read again
    // when rows have changed since the last call; nullptr if they cannot be read.
    std::shared_ptr<const ProjectFacts> projectFacts() const;

private:
    bool execScript(const QString& script, QString* error);
    int nextId(const QString& table) const;
    // Rows inserted, updated or deleted through this store so far (SQLite's count for the connection, and
    // the times it was opened).
    quint64 changeCount() const;

    QString m_connectionName;
    ExchangeRates m_rates = ExchangeRates::defaults();
    int m_indexedThrough = 0; // the articles with ids up to this one are in the full-text index
    quint64 m_opened = 0;
    QLocale m_collation;
    mutable std::shared_ptr<const ProjectFacts> m_facts;
    mutable quint64 m_factsAt = 0; // changeCount() when they were read
};
