#pragma once

#include "clean/offsetmap.h"
#include "extract/annotations.h"
#include "projectfilter.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <span>

class ProjectFacts;
class Store;

// The questions the views ask of the store, each one query with bound values, each following a ProjectFilter.
// Amounts are yuan (amount_cny); projects without a CNY figure count in "unknown". Used on the store's
// thread.
class CorpusQueries final
{
public:
    // Where the charts, summaries and articles' counts come from: the store's ProjectFacts (arrays, a few ms
    // at 100,000 projects) where the filter allows (no full-text search), or SQL for all (the reference).
    enum class Engine { Facts, Sql };
    explicit CorpusQueries(const Store* store, Engine engine = Engine::Facts);

    struct Bucket {
        QString key;   // region name, size bucket index, industry code; kOtherKey for the rest
        int count = 0; // projects
        double totalCny = 0;
        // Projects with a yuan value: the others' amount was not stated (or not converted).
        int withAmount = 0;
        int corrected = 0; // projects an analyst corrected or added
    };
    static inline const QString kOtherKey = QStringLiteral("\u0001other");

    // Projects by the region at `level`: the top `topN` by count (or by total investment), then one "other"
    // bucket for the remaining places, then the projects with no place at that level (key "").
    QList<Bucket> byRegion(ProjectFilter::RegionLevel level, const ProjectFilter& filter, int topN,
                           bool byAmount) const;
    // The six size classes, in order, empty ones included.
    QList<Bucket> bySize(const ProjectFilter& filter) const;
    // Projects by industry code, most first.
    QList<Bucket> byIndustry(const ProjectFilter& filter) const;

    struct ProjectRow {
        int id = 0;
        QString name, company, region, city, province, county, zone, industry, status, amountText;
        std::optional<double> amount;
        QString currency;
        QString qualifier;
        std::optional<double> amountCny;
        int documentId = 0; // the article of the first report
        QString documentFile;
        TextSpan evidence;     // in that article's cleaned text
        int mentions = 0;      // reports, across articles
        QString explanation;   // how the extractor found it, one line a rule (empty for older databases)
        QStringList corrected; // fields an analyst corrected
        QMap<QString, QString> original; // their values as extracted
        bool excluded = false;
        bool confirmed = false;
        bool added = false; // by the analyst
        QString mergedInto; // excluded as a report of the project of this name

        // The row as a Project (its fields and review; the evidence of its first report).
        Project project() const;
        // The yuan value was converted from another currency: marked so wherever it is shown.
        bool isConverted() const { return amount && amountCny && currency != QLatin1String("CNY"); }
    };
    QList<ProjectRow> projects(const ProjectFilter& filter) const;

    // The order of a list of projects: by one field, ascending or descending; ties by id, ascending. Text
    // sorts as the UI's language orders it (pinyin for Chinese); the investment by its yuan value, else its
    // amount, unknown amounts below every known one; industry and status by code; the article by its file.
    struct ProjectOrder {
        enum class Key { Id, Name, Company, Region, City, Province, Investment, Industry, Status, Document };
        Key key = Key::Id;
        bool descending = false;
    };
    // The ids of the projects matching the filter, in that order: what a view lists, reading the rows it
    // shows with projectsById.
    QList<int> projectIds(const ProjectFilter& filter, ProjectOrder order) const;
    // These projects, in this order (an id that is no project is left out).
    QList<ProjectRow> projectsById(std::span<const int> ids) const;
    // One project by its id, excluded or not.
    std::optional<ProjectRow> project(int id) const;

    struct DocumentRow {
        int id = 0;
        QString file, title, region; // region: the place the article is about
        int projects = 0;            // matching the filter
        double totalCny = 0;
    };
    // Articles with at least one project matching the filter's project conditions (all articles when it has
    // none), narrowed to those containing the search words.
    QList<DocumentRow> documents(const ProjectFilter& filter) const;

    // The order of a list of articles; ties by id, ascending. Text as the UI's language orders it.
    struct DocumentOrder {
        enum class Key { Id, File, Title, Region, Projects, Investment };
        Key key = Key::Id;
        bool descending = false;
    };
    // The ids of documents(filter), in that order.
    QList<int> documentIds(const ProjectFilter& filter, DocumentOrder order) const;
    // These articles as documents(filter) gives them, in this order (an id that is no article is left out).
    QList<DocumentRow> documentsById(const ProjectFilter& filter, std::span<const int> ids) const;
    // How many documents(filter) gives, counted by the database.
    int documentCount(const ProjectFilter& filter) const;

    struct Summary {
        int documents = 0;
        int projects = 0;
        QMap<QString, double> totalByCurrency;
        double totalCny = 0;
        double convertedCny = 0;   // the part of totalCny converted from other currencies
        QStringList convertedFrom; // those currencies, whose amounts have a yuan value, by code
        int withoutAmount = 0;     // projects with no yuan value: amount not stated (or not convertible)
        int corrected = 0;         // of the projects counted, those an analyst corrected or added
        int excluded = 0;          // projects matching the filter that an analyst excluded (not counted)
    };
    Summary summary(const ProjectFilter& filter) const;
    // The currencies of the matching projects' amounts, by code (the summary's totalByCurrency keys, read
    // without the rest of it).
    QStringList currencies(const ProjectFilter& filter) const;

    QList<int> search(const QString& text) const;
    // Where each stored article was read from.
    QStringList documentPaths() const;
    // The names an analyst picks from when correcting a project: the corpus's companies (as entities and
    // as projects have them), and its places and the development zones it names with every province, city
    // and county of the gazetteer; sorted.
    QStringList companyNames() const;
    QStringList placeNames() const;

    // The entities found in one article, in text order (money, place and industry details included).
    QList<Entity> entities(int documentId) const;

private:
    SqlCondition condition(const ProjectFilter& filter) const;
    QList<ProjectRow> projectRows(const SqlCondition& condition) const;
    QList<DocumentRow> documentRows(const ProjectFilter& filter, std::span<const int> only) const;
    QList<int> ids(const QString& sql, const QVariantList& values) const;
    QSqlDatabase database() const;
    std::shared_ptr<const ProjectFacts> factsFor(const ProjectFilter& filter) const;

    const Store* m_store;
    Engine m_engine;
};
