#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

// What the analyst has narrowed the corpus down to. Every view follows one filter; an empty filter shows all.
struct ProjectFilter {
    enum class RegionLevel { Province, City, County, Zone };

    // Investment size classes, in yuan (converted to CNY): <1亿, 1–10亿, 10–50亿, 50–100亿, >=100亿, unknown.
    enum class SizeBucket { Below100M, From100MTo1B, From1BTo5B, From5BTo10B, AtLeast10B, Unknown };
    static constexpr int kSizeBucketCount = 6;

    // region: projects that have no place at regionLevel (the chart's "(unknown)" bar).
    static inline const QString kNoRegion = QStringLiteral("\u0001none");

    std::optional<RegionLevel> regionLevel; // with region or regionOthers: the level they name
    QString region;                         // a province, city, county or zone name, or kNoRegion
    QStringList regionOthers; // without region: projects placed at that level, but in none of these (the
                              // chart's "Other" bar, beside its top N)
    QString industry;         // taxonomy code
    std::optional<SizeBucket> size;
    QString status; // signed, started, …
    QString company;
    QString search;                // words the article must contain (full-text)
    std::optional<int> documentId; // projects reported in this article
    bool showExcluded = false;     // also the projects an analyst excluded (left out otherwise)

    bool isEmpty() const;
    bool hasRegion() const { return regionLevel && (!region.isEmpty() || !regionOthers.isEmpty()); }
    friend bool operator==(const ProjectFilter&, const ProjectFilter&) = default;

    // The column of `projects` that holds a region level ("province", "city", "county", "zone").
    static QString regionColumn(RegionLevel level);
    static QString sizeBucketSql(); // a CASE expression over projects.amount_cny giving the bucket index
};

// A WHERE clause over projects (alias p) with its bound values, for the filter's project conditions.
// `search` and `documentId` restrict through project_mentions (alias m) and documents_fts; the caller
// joins nothing: the clause uses sub-queries.
struct SqlCondition {
    QString where; // "" or "WHERE …"
    QVariantList values;
};
SqlCondition projectCondition(const ProjectFilter& filter, const QList<int>& searchDocuments = {});
