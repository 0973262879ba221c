#pragma once

#include "query/projectfilter.h"

#include <QHash>
#include <QLocale>
#include <QList>
#include <QString>

#include <memory>
#include <span>

class QSqlDatabase;

// What the charts, the summary and the articles' list ask of every project, held in arrays: at a hundred
// thousand projects each of SQLite's aggregations over them took 30–50 ms (most of it sorting for its GROUP
// BY), and a views refresh runs several; these take a few. A snapshot, read in one pass:
// Store::projectFacts() reads it again once the database has changed. Text as numbers into one table of
// strings, NULL as "" (as the SQL queries' COALESCE has it), a missing industry code as "OTHER". Filters with
// full-text search are left to SQL (handles()).
class ProjectFacts final
{
public:
    // The projects of the database and the articles that report each; nullptr and *error on failure.
    static std::shared_ptr<const ProjectFacts> read(const QSqlDatabase& db, QString* error = nullptr);

    static bool handles(const ProjectFilter& filter) { return filter.search.isEmpty(); }

    enum class Key { Province, City, County, Zone, Industry, Size, Currency };
    // The matching projects by a key (the size class's index as text for Size) and excluded or not.
    struct Group {
        QString key;
        bool excluded = false;
        int count = 0;
        double amount = 0;    // sum of the amounts stated (in their currency)
        double amountCny = 0; // sum of the yuan values
        int withAmountCny = 0;
        int corrected = 0; // corrected or added by an analyst
    };
    // In the order of their keys (as strings), not excluded before excluded.
    QList<Group> groups(Key key, const ProjectFilter& filter) const;
    // The articles that report a matching project, by id (ascending).
    QList<int> documents(const ProjectFilter& filter) const;
    // Per article that reports a matching project: how many (each once) and their yuan total.
    struct DocumentTotals {
        int projects = 0;
        double totalCny = 0;
    };
    QHash<int, DocumentTotals> documentTotals(const ProjectFilter& filter) const;

    // The matching projects' ids in the order of a column the facts hold, ties by id (as
    // CorpusQueries::projectIds has them): the investment by its yuan value, else its amount, else -1;
    // industry and status by code (no industry code: ""); other text as the locale's collation orders it.
    enum class Order { Investment, Industry, Status, Province, City, Region, Company };
    QList<int> orderedIds(Order order, bool descending, const ProjectFilter& filter,
                          const QLocale& collation) const;

private:
    struct Project {
        int id = 0;
        // province, city, county, zone, industry ("OTHER" for none), currency, region, industry as stored (""
        // for none): into m_strings
        int text[8] = {};
        int status = 0;
        int company = 0;
        double amount = 0;
        double amountCny = 0;
        bool hasAmount = false;
        bool hasAmountCny = false;
        bool excluded = false;
        bool corrected = false;
        int firstMention = 0; // into m_mentionDocuments; the project's run ends where the next one's begins
    };

    // The number of a string given as UTF-8 (a view into SQLite's row: copied only the first time).
    int intern(const QByteArray& utf8);
    // Indexes of the projects projectCondition(filter) selects.
    QList<qsizetype> select(const ProjectFilter& filter) const;
    std::span<const int> documentsOf(qsizetype project) const;
    static int sizeClass(const Project& p);

    QList<Project> m_projects; // by id
    QList<int> m_mentionDocuments;
    QList<QString> m_strings;
    QHash<QString, int> m_ids;
    QHash<QByteArray, int> m_utf8Ids; // while reading
    // Each string's place in the order of a locale's collation (equal strings, equal places), made when first
    // asked for.
    mutable QList<int> m_ranks;
    mutable QString m_ranksLocale;
};
