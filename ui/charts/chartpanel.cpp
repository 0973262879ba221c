#include "chartpanel.h"

#include "filter/filterstate.h"
#include "report/labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

ChartPanel::ChartPanel(const Store* store, FilterState* filter, QWidget* parent)
    : QWidget(parent)
    , m_queries(store)
    , m_filter(filter)
    , m_tabs(new QTabWidget(this))
    , m_level(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_topN(new QSpinBox(this))
{
    setObjectName(u"chartPanel"_s);
    m_views[RegionChart] = makeView(this, u"regionChart"_s);
    m_views[SizeChart] = makeView(this, u"sizeChart"_s);
    m_views[IndustryChart] = makeView(this, u"industryChart"_s);

    for (auto level : {ProjectFilter::RegionLevel::Province, ProjectFilter::RegionLevel::City,
                       ProjectFilter::RegionLevel::County, ProjectFilter::RegionLevel::Zone})
        m_level->addItem(Labels::regionLevel(level), static_cast<int>(level));
    m_level->setCurrentIndex(1);
    m_level->setToolTip(tr("Roll projects up to this level"));
    m_metric->addItem(tr("Number of projects"));
    m_metric->addItem(tr("Total investment (亿元)"));
    m_topN->setRange(3, 30);
    m_topN->setValue(10);
    m_topN->setPrefix(tr("Top "));
    m_topN->setToolTip(tr("Regions shown; the rest are summed in “Other”"));
    connect(m_level, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    connect(m_topN, &QSpinBox::valueChanged, this, &ChartPanel::refresh);

    auto* regionPage = new QWidget(this);
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Level:"), regionPage));
    options->addWidget(m_level);
    options->addWidget(m_metric);
    options->addWidget(m_topN);
    options->addStretch(1);
    auto* regionLayout = new QVBoxLayout(regionPage);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addLayout(options);
    regionLayout->addWidget(m_views[RegionChart], 1);

    m_tabs->addTab(regionPage, tr("By region"));
    m_tabs->addTab(m_views[SizeChart], tr("By size"));
    m_tabs->addTab(m_views[IndustryChart], tr("By industry"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QChartView* ChartPanel::view(Chart chart) const
{
    return m_views[chart];
}

QAbstractBarSeries* ChartPanel::series(Chart chart) const
{
    return m_series[chart];
}

QString ChartPanel::keyAt(Chart chart, int index) const
{
    return index >= 0 && index < m_buckets[chart].size() ? m_buckets[chart][index].key : QString();
}

void ChartPanel::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(chart);
}

ProjectFilter::RegionLevel ChartPanel::regionLevel() const
{
    return static_cast<ProjectFilter::RegionLevel>(m_level->currentData().toInt());
}

bool ChartPanel::byAmount() const
{
    return m_metric->currentIndex() == 1;
}

void ChartPanel::refresh()
{
    const ProjectFilter& f = m_filter->filter();

    QList<CorpusQueries::Bucket> regions = m_queries.byRegion(regionLevel(), f, m_topN->value(), byAmount());
    QStringList regionLabels;
    for (const auto& b : regions)
        regionLabels << (b.key == CorpusQueries::kOtherKey ? tr("Other")
                         : b.key.isEmpty()                 ? tr("(unknown)")
                                                           : b.key);
    fill(RegionChart, regions, regionLabels);

    const QList<CorpusQueries::Bucket> sizes = m_queries.bySize(f);
    QStringList sizeLabels;
    for (int i = 0; i < sizes.size(); ++i)
        sizeLabels << Labels::sizeBucket(static_cast<ProjectFilter::SizeBucket>(i));
    fill(SizeChart, sizes, sizeLabels);

    const QList<CorpusQueries::Bucket> industries = m_queries.byIndustry(f);
    QStringList industryLabels;
    for (const auto& b : industries)
        industryLabels << Labels::industry(b.key);
    fill(IndustryChart, industries, industryLabels);
}

void ChartPanel::fill(Chart chart, const QList<CorpusQueries::Bucket>& buckets, const QStringList& labels)
{
    m_buckets[chart] = buckets;
    m_labels[chart] = labels;
    QChart* c = m_views[chart]->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);

    const bool amount = chart == RegionChart && byAmount();
    const bool horizontal = chart != SizeChart;
    auto* set = new QBarSet(amount ? tr("Total investment (亿元)") : tr("Projects"));
    set->setColor(QColor(0x00, 0x72, 0xB2));
    // Horizontal bars are drawn from the bottom: put the largest at the top.
    QStringList categories;
    for (qsizetype k = 0; k < buckets.size(); ++k) {
        const qsizetype i = horizontal ? buckets.size() - 1 - k : k;
        *set << (amount ? buckets[i].totalCny / 1e8 : buckets[i].count);
        categories << labels[i];
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(amount ? u"@value"_s : u"@value"_s);
    c->addSeries(series);
    m_series[chart] = series;

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(amount ? u"%.0f"_s : u"%d"_s);
    double maximum = 1;
    for (int i = 0; i < set->count(); ++i)
        maximum = std::max(maximum, set->at(i));
    valueAxis->setRange(0, amount ? maximum * 1.1 : std::ceil(maximum * 1.1));
    if (!amount)
        valueAxis->setTickCount(std::min(6, static_cast<int>(std::ceil(maximum * 1.1)) + 1));
    c->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    // The bar index as drawn -> the bucket index.
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, chart, horizontal, n = buckets.size()](int index, QBarSet*) {
                barClicked(chart, horizontal ? static_cast<int>(n) - 1 - index : index);
            });
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, chart, horizontal, n = buckets.size()](bool status, int index, QBarSet*) {
                barHovered(chart, status, horizontal ? static_cast<int>(n) - 1 - index : index);
            });
}

void ChartPanel::barClicked(Chart chart, int index)
{
    const QString key = keyAt(chart, index);
    if (key.isEmpty() || key == CorpusQueries::kOtherKey)
        return;
    // The filter redraws this chart, which deletes the series now emitting: change it once the emission is
    // over.
    QTimer::singleShot(0, this, [this, chart, key] { applyKey(chart, key); });
}

void ChartPanel::applyKey(Chart chart, const QString& key)
{
    switch (chart) {
    case RegionChart:
        m_filter->setRegion(regionLevel(), key);
        break;
    case SizeChart:
        m_filter->setSize(static_cast<ProjectFilter::SizeBucket>(key.toInt()));
        break;
    case IndustryChart:
        m_filter->setIndustry(key);
        break;
    }
}

void ChartPanel::barHovered(Chart chart, bool status, int index)
{
    if (!status || index < 0 || index >= m_buckets[chart].size()) {
        QToolTip::hideText();
        return;
    }
    const auto& b = m_buckets[chart][index];
    QToolTip::showText(QCursor::pos(),
                       tr("%1\n%n project(s)", nullptr, b.count).arg(m_labels[chart][index]) + u'\n' +
                           tr("total %1").arg(Labels::amount(b.totalCny, u"CNY"_s)),
                       m_views[chart]);
}
