#pragma once

#include "query/corpusqueries.h"

#include <QCoreApplication>
#include <QStringList>

// What a chart shows, ready to draw: one series of values over named categories, with its title, axis
// labels, legend and a caption that says which projects it counts and how amounts were converted.
struct ChartData {
    QString title;
    QString categoryAxis;
    QString valueAxis;
    QString legend;
    QStringList categories;
    QStringList keys; // the filter value behind each category (CorpusQueries::Bucket::key)
    QList<double> values;
    QList<int> counts;       // projects behind each category
    QList<double> totalsCny; // their investment in yuan
    QList<int> corrected;    // of them, corrected or added by an analyst (the category is marked †)
    QString caption;
    bool integerValues = true;
};

// The value axis the window and the exports both draw: from 0 to `top` in round steps (whole ones for
// counts), so that every gridline sits at a value its label names.
struct ValueScale {
    double top = 1;
    double step = 1;
    int tickCount() const;
    int decimals() const; // digits a tick label needs: 0 for 5, 10, 15; 1 for 2.5, 5.0, 7.5
};

class ExchangeRates;

// Turns the store's roll-ups into ChartData, for the window, the CLI and the report alike.
class ChartBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    enum class Kind { Region, Size, Industry };
    struct Options {
        ProjectFilter::RegionLevel level = ProjectFilter::RegionLevel::City;
        bool byAmount = false;
        int topN = 10;
    };

    static ChartData build(Kind kind, const CorpusQueries& queries, const ProjectFilter& filter,
                           const Options& options, const ExchangeRates& rates);
    static ValueScale valueScale(const ChartData& data);
    static std::optional<Kind> kindFromName(const QString& name); // region, size, industry
    // "Amounts in USD, EUR converted at 1 USD = 7.17 CNY … (2025-06-30)", or empty when everything was in
    // yuan.
    static QString conversionNote(const CorpusQueries& queries, const ProjectFilter& filter,
                                  const ExchangeRates& rates);
};
