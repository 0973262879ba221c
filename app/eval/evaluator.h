#pragma once

#include "pipeline/analyzeddocument.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Scores extraction against gold files written by reading the articles (format: tests/gold/README.md).
// Entities are scored per type as sets of distinct surface forms per article; projects by matching each gold
// project to at most one found project (by name or alias, or by company and amount); fields are compared
// on matched pairs; aggregates by project count.
class Evaluator final
{
public:
    struct GoldProject {
        QString name;
        QStringList aliases;
        QString company;
        QStringList regions; // acceptable answers, most specific first
        QString city;
        QString province;
        std::optional<Money> investment;
        QString industry;
        QString status;
    };
    struct GoldAggregate {
        std::optional<int> count;
        std::optional<Money> investment;
    };
    struct GoldDocument {
        QString file;
        QMap<QString, QStringList> entities; // type -> surfaces
        QList<GoldProject> projects;
        QList<GoldAggregate> aggregates;
    };

    struct Counts {
        int correct = 0;
        int found = 0;
        int gold = 0;
        double precision() const { return found > 0 ? double(correct) / found : 0.0; }
        double recall() const { return gold > 0 ? double(correct) / gold : 0.0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    };
    struct Field {
        int correct = 0;
        int total = 0;
    };
    struct Report {
        int documents = 0;
        QStringList withoutGold; // analysed files that had no gold file
        QMap<QString, Counts> entities;
        Counts projects;
        Counts aggregates;
        QMap<QString, Field> fields; // investment, investment_given, region, industry, status, company
        QStringList details;         // misses and mismatches, for --verbose
    };

    static std::optional<GoldDocument> loadGold(const QString& path, QString* error);
    // Gold files of a folder, by the article file name they describe.
    static QHash<QString, GoldDocument> loadGoldFolder(const QString& folder, QStringList* errors);

    static Report evaluate(const QList<AnalyzedDocument>& documents,
                           const QHash<QString, GoldDocument>& gold);
    static QString formatText(const Report& report, bool verbose);
    static QJsonObject toJson(const Report& report);
};
