#include "chartbuilder.h"

#include "labels.h"
#include "money/exchangerates.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A round step (1, 2, 2.5 or 5 times a power of ten) for about `ticks` gridlines up to `maximum`.
double niceStep(double maximum, int ticks)
{
    if (!(maximum > 0) || !std::isfinite(maximum))
        return 1;
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

int ValueScale::tickCount() const
{
    return static_cast<int>(std::lround(top / step)) + 1;
}

int ValueScale::decimals() const
{
    for (int digits = 0; digits < 6; ++digits) {
        const double scaled = step * std::pow(10.0, digits);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, scaled))
            return digits;
    }
    return 6;
}

ValueScale ChartBuilder::valueScale(const ChartData& data)
{
    double maximum = 0;
    for (double v : data.values)
        maximum = std::max(maximum, v);
    ValueScale scale;
    scale.step = data.integerValues ? std::max(1.0, std::ceil(niceStep(maximum, 5))) : niceStep(maximum, 5);
    scale.top = std::max(scale.step, std::ceil(maximum / scale.step) * scale.step);
    return scale;
}

std::optional<ChartBuilder::Kind> ChartBuilder::kindFromName(const QString& name)
{
    if (name == u"region"_s)
        return Kind::Region;
    if (name == u"size"_s)
        return Kind::Size;
    if (name == u"industry"_s)
        return Kind::Industry;
    return std::nullopt;
}

QString ChartBuilder::conversionNote(const CorpusQueries& queries, const ProjectFilter& filter,
                                     const ExchangeRates& rates)
{
    QStringList foreign = queries.currencies(filter);
    foreign.removeAll(u"CNY"_s);
    if (foreign.isEmpty())
        return {};
    return tr("Amounts in %1 converted to yuan at %2").arg(foreign.join(u", "_s), rates.describe(foreign));
}

ChartData ChartBuilder::build(Kind kind, const CorpusQueries& queries, const ProjectFilter& filter,
                              const Options& options, const ExchangeRates& rates)
{
    ChartData d;
    QList<CorpusQueries::Bucket> buckets;
    const bool amount = kind == Kind::Region && options.byAmount;
    switch (kind) {
    case Kind::Region:
        buckets = queries.byRegion(options.level, filter, options.topN, options.byAmount);
        d.title = amount ? tr("Total investment by %1").arg(Labels::regionLevel(options.level))
                         : tr("Projects by %1").arg(Labels::regionLevel(options.level));
        d.categoryAxis = Labels::regionLevel(options.level);
        for (const auto& b : buckets)
            d.categories << (b.key == CorpusQueries::kOtherKey ? tr("Other")
                             : b.key.isEmpty()                 ? tr("(unknown)")
                                                               : b.key);
        break;
    case Kind::Size:
        buckets = queries.bySize(filter);
        d.title = tr("Projects by investment size");
        d.categoryAxis = tr("Total investment");
        for (int i = 0; i < buckets.size(); ++i)
            d.categories << Labels::sizeBucket(static_cast<ProjectFilter::SizeBucket>(i));
        break;
    case Kind::Industry:
        buckets = queries.byIndustry(filter);
        d.title = tr("Projects by industry chain");
        d.categoryAxis = tr("Industry");
        for (const auto& b : buckets)
            d.categories << Labels::industry(b.key);
        break;
    }
    int corrected = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const auto& b = buckets[i];
        d.keys << b.key;
        d.values << (amount ? b.totalCny / 1e8 : b.count);
        d.counts << b.count;
        d.totalsCny << b.totalCny;
        d.corrected << b.corrected;
        // A bar that holds an analyst's values says so, on screen and in every export.
        if (b.corrected > 0)
            d.categories[i] += u" †"_s;
        corrected += b.corrected;
    }
    d.valueAxis = amount ? tr("Total investment (亿元)") : tr("Number of projects");
    d.legend = d.valueAxis;
    d.integerValues = !amount;
    QStringList caption{Labels::filterDescription(filter)};
    if (amount || kind == Kind::Size) {
        const QString note = conversionNote(queries, filter, rates);
        if (!note.isEmpty())
            caption << note;
    }
    if (corrected > 0)
        caption << tr("† with values an analyst corrected (%n project(s))", nullptr, corrected);
    d.caption = caption.join(u"  ·  "_s);
    return d;
}
