#include "chartpanel.h"

#include "export/imagesizedialog.h"
#include "filter/filterstate.h"
#include "report/chartrenderer.h"
#include "report/labels.h"
#include "store/store.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
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

static_assert(int(ChartPanel::RegionChart) == int(ChartBuilder::Kind::Region) &&
              int(ChartPanel::SizeChart) == int(ChartBuilder::Kind::Size) &&
              int(ChartPanel::IndustryChart) == int(ChartBuilder::Kind::Industry));

// A name typed without the extension gets it (as most save dialogs do).
QString withSuffix(const QString& path, const QString& suffix)
{
    return path.endsWith(u'.' + suffix, Qt::CaseInsensitive) ? path : path + u'.' + suffix;
}

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

// Sizes the view so that its longest category name fits beside its bar, with room left for the bars
// themselves; returns that name's width.
int reserveRoom(QChartView* view, QBarCategoryAxis* axis)
{
    const QFontMetrics metrics(axis->labelsFont());
    int longest = 0;
    for (const QString& c : axis->categories())
        longest = std::max(longest, metrics.horizontalAdvance(c));
    constexpr int kAxes = 90; // the value axis, its labels and the chart's margins
    view->setMinimumWidth(longest + 24 + 200);
    view->setMinimumHeight(std::max(220, static_cast<int>(axis->count()) * (metrics.height() + 6) + kAxes));
    return longest;
}

// Qt's layout gives the names left of horizontal bars at most a share of the chart's width, and draws a
// longer one past the chart's edge: widen the chart's left margin until the plot starts after the longest.
void keepNamesInside(QChart* chart, int longestName)
{
    constexpr int kMargin = 4;
    const qreal room = chart->plotArea().left() - chart->rect().left() - chart->margins().left();
    const int needed = longestName + 14; // the names, their padding and the axis line
    const int deficit = static_cast<int>(std::ceil(needed - room));
    if (deficit > 0 && chart->margins().left() + deficit < chart->rect().width() / 2) {
        QMargins margins = chart->margins();
        margins.setLeft(std::max(kMargin, margins.left() + deficit));
        chart->setMargins(margins);
    }
}

} // namespace

ChartPanel::ChartPanel(const Store* store, FilterState* filter, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_queries(store)
    , m_filter(filter)
    , m_tabs(new QTabWidget(this))
    , m_level(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_topN(new QSpinBox(this))
    , m_caption(new QLabel(this))
    , m_exportPngAction(
          new QAction(QIcon::fromTheme(u"image-x-generic"_s), tr("Export Chart as &PNG…"), this))
    , m_exportSvgAction(new QAction(tr("Export Chart as S&VG…"), this))
    , m_copyAction(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy C&hart"), this))
{
    setObjectName(u"chartPanel"_s);
    m_views[RegionChart] = makeView(this, u"regionChart"_s);
    m_views[SizeChart] = makeView(this, u"sizeChart"_s);
    m_views[IndustryChart] = makeView(this, u"industryChart"_s);
    for (Chart chart : {RegionChart, SizeChart, IndustryChart}) {
        QChart* c = m_views[chart]->chart();
        connect(c, &QChart::plotAreaChanged, this,
                [this, c, chart] { keepNamesInside(c, m_longestName[chart]); });
    }

    for (auto level : {ProjectFilter::RegionLevel::Province, ProjectFilter::RegionLevel::City,
                       ProjectFilter::RegionLevel::County, ProjectFilter::RegionLevel::Zone})
        m_level->addItem(Labels::regionLevel(level), static_cast<int>(level));
    m_level->setObjectName(u"regionLevel"_s);
    m_level->setCurrentIndex(1);
    m_level->setToolTip(tr("Roll projects up to this level"));
    m_metric->addItem(tr("Number of projects"));
    m_metric->addItem(tr("Total investment (亿元)"));
    m_topN->setObjectName(u"regionTopN"_s);
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
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        draw(currentChart());
        m_caption->setText(caption());
    });

    m_caption->setObjectName(u"chartCaption"_s);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setContentsMargins(4, 0, 4, 2);

    m_exportPngAction->setObjectName(u"exportChartPng"_s);
    m_exportPngAction->setToolTip(
        tr("Save the chart on show as a PNG image, with its title, legend and caption"));
    connect(m_exportPngAction, &QAction::triggered, this, &ChartPanel::exportPngDialog);
    m_exportSvgAction->setObjectName(u"exportChartSvg"_s);
    m_exportSvgAction->setToolTip(tr("Save the chart on show as an SVG drawing"));
    connect(m_exportSvgAction, &QAction::triggered, this, &ChartPanel::exportSvgDialog);
    m_copyAction->setObjectName(u"copyChart"_s);
    m_copyAction->setToolTip(tr("Copy the chart on show to the clipboard as an image"));
    connect(m_copyAction, &QAction::triggered, this, [this] { copyToClipboard(currentChart()); });
    for (QChartView* view : m_views) {
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addActions({m_exportPngAction, m_exportSvgAction, m_copyAction});
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_caption);
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
    const ChartData& data = chartData(chart);
    return index >= 0 && index < data.keys.size() ? data.keys[index] : QString();
}

void ChartPanel::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(chart);
}

ChartPanel::Chart ChartPanel::currentChart() const
{
    return static_cast<Chart>(m_tabs->currentIndex());
}

QString ChartPanel::caption() const
{
    return chartData(currentChart()).caption;
}

ProjectFilter::RegionLevel ChartPanel::regionLevel() const
{
    return static_cast<ProjectFilter::RegionLevel>(m_level->currentData().toInt());
}

bool ChartPanel::byAmount() const
{
    return m_metric->currentIndex() == 1;
}

const ChartData& ChartPanel::chartData(Chart chart) const
{
    if (!m_built[chart]) {
        ChartBuilder::Options options;
        options.level = regionLevel();
        options.byAmount = byAmount();
        options.topN = m_topN->value();
        m_data[chart] = ChartBuilder::build(static_cast<ChartBuilder::Kind>(chart), m_queries,
                                            m_filter->filter(), options, m_store->exchangeRates());
        m_built[chart] = true;
    }
    return m_data[chart];
}

void ChartPanel::draw(Chart chart)
{
    const bool rebuilt = !m_built[chart];
    chartData(chart);
    if (rebuilt || !m_drawn[chart]) {
        fill(chart);
        m_drawn[chart] = true;
    }
}

void ChartPanel::refresh()
{
    // Only the chart on show is built now; another when it is shown (or exported, or asked for).
    for (Chart chart : {RegionChart, SizeChart, IndustryChart}) {
        m_built[chart] = false;
        m_drawn[chart] = false;
    }
    draw(currentChart());
    m_caption->setText(caption());
}

void ChartPanel::fill(Chart chart)
{
    const ChartData& data = m_data[chart];
    QChart* c = m_views[chart]->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis); // which leaves it to us
        delete axis;
    }

    const bool amount = !data.integerValues;
    auto* set = new QBarSet(data.legend);
    set->setColor(QColor(0x00, 0x72, 0xB2));
    // Horizontal bars are drawn from the bottom: put the largest at the top.
    QStringList categories;
    const qsizetype n = data.values.size();
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype i = n - 1 - k;
        *set << data.values[i];
        categories << data.categories[i];
    }
    QAbstractBarSeries* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(amount ? 4 : 6);
    c->addSeries(series);
    m_series[chart] = series;

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Category names are never cut to "10–50…": the view is given the room they need instead.
    categoryAxis->setTruncateLabels(false);
    // The same round ticks as the exported chart: gridlines at 0, 2, 4 … for counts, never at 2.6.
    const ValueScale scale = ChartBuilder::valueScale(data);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, scale.top);
    valueAxis->setTickType(QValueAxis::TicksFixed);
    valueAxis->setTickCount(scale.tickCount());
    valueAxis->setMinorTickCount(0);
    valueAxis->setLabelFormat(amount ? u"%.%1f"_s.arg(scale.decimals()) : u"%d"_s);
    m_longestName[chart] = reserveRoom(m_views[chart], categoryAxis);
    c->setMargins(QMargins(4, 4, 4, 4));
    // On screen the chart follows the window's palette (a dark one included); exports keep their light look.
    const QPalette& colours = palette();
    const QColor text = colours.color(QPalette::Active, QPalette::Text);
    const QColor lines = colours.color(QPalette::Active, QPalette::Mid);
    c->setBackgroundBrush(colours.color(QPalette::Active, QPalette::Base));
    c->setBackgroundPen(QPen(lines));
    c->setTitleBrush(text);
    for (QAbstractAxis* axis : std::initializer_list<QAbstractAxis*>{categoryAxis, valueAxis}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(lines);
        axis->setGridLineColor(lines);
    }
    set->setLabelColor(Qt::white); // inside the blue bars
    c->addAxis(categoryAxis, Qt::AlignLeft);
    c->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    // The bar index as drawn -> the bucket index.
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, chart, n](int index, QBarSet*) { barClicked(chart, static_cast<int>(n) - 1 - index); });
    connect(series, &QAbstractBarSeries::hovered, this, [this, chart, n](bool status, int index, QBarSet*) {
        barHovered(chart, status, static_cast<int>(n) - 1 - index);
    });
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void ChartPanel::barClicked(Chart chart, int index)
{
    if (index < 0 || index >= chartData(chart).keys.size())
        return;
    const QString key = chartData(chart).keys[index];
    // The filter redraws this chart, which deletes the series now emitting: change it once the emission is
    // over.
    QTimer::singleShot(0, this, [this, chart, key] { applyKey(chart, key); });
}

void ChartPanel::applyKey(Chart chart, const QString& key)
{
    switch (chart) {
    case RegionChart:
        if (key == CorpusQueries::kOtherKey) {
            // "Other" within "Other": the places shown before stay excluded too.
            const ProjectFilter& current = m_filter->filter();
            QStringList shown = current.regionLevel == regionLevel() ? current.regionOthers : QStringList();
            for (const QString& k : chartData(chart).keys) {
                if (k != CorpusQueries::kOtherKey && !k.isEmpty())
                    shown << k;
            }
            m_filter->setRegionOthers(regionLevel(), shown);
        } else {
            m_filter->setRegion(regionLevel(), key.isEmpty() ? ProjectFilter::kNoRegion : key);
        }
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
    const ChartData& data = chartData(chart);
    if (!status || index < 0 || index >= data.counts.size()) {
        QToolTip::hideText();
        return;
    }
    QString text = tr("%1\n%n project(s)", nullptr, data.counts[index]).arg(data.categories[index]) + u'\n' +
                   tr("total %1").arg(Labels::amount(data.totalsCny[index], u"CNY"_s));
    if (data.corrected.value(index) > 0)
        text += u'\n' + tr("%n corrected by you", nullptr, data.corrected[index]);
    QToolTip::showText(QCursor::pos(), text, m_views[chart]);
}

bool ChartPanel::exportPng(Chart chart, const QString& path, QSize size, qreal devicePixelRatio,
                           QString* error) const
{
    return ChartRenderer::savePng(chartData(chart), path, size, devicePixelRatio, error);
}

bool ChartPanel::exportSvg(Chart chart, const QString& path, QSize size, QString* error) const
{
    return ChartRenderer::saveSvg(chartData(chart), path, size, error);
}

void ChartPanel::setExportSize(QSize size, qreal devicePixelRatio)
{
    m_exportSize = size;
    m_exportRatio = devicePixelRatio;
}

void ChartPanel::copyToClipboard(Chart chart) const
{
    QGuiApplication::clipboard()->setImage(
        ChartRenderer::image(chartData(chart), m_exportSize, m_exportRatio));
}

QString ChartPanel::suggestedFileName(Chart chart, const QString& suffix) const
{
    static const char* const names[] = {"projects-by-region", "projects-by-size", "projects-by-industry"};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(folder).filePath(QString::fromLatin1(names[chart]) + u'.' + suffix);
}

void ChartPanel::exportPngDialog()
{
    const Chart chart = currentChart();
    ImageSizeDialog sizeDialog(window());
    sizeDialog.setLogicalSize(m_exportSize);
    sizeDialog.setDevicePixelRatio(m_exportRatio);
    if (sizeDialog.exec() != QDialog::Accepted)
        return;
    setExportSize(sizeDialog.logicalSize(), sizeDialog.devicePixelRatio());
    Q_EMIT exportSizeChosen(m_exportSize, m_exportRatio);
    const QString path = QFileDialog::getSaveFileName(
        window(), tr("Export Chart as PNG"), suggestedFileName(chart, u"png"_s), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(chart, withSuffix(path, u"png"_s), m_exportSize, m_exportRatio, &error))
        QMessageBox::warning(window(), tr("Export Chart as PNG"), error);
}

void ChartPanel::exportSvgDialog()
{
    const Chart chart = currentChart();
    const QString path = QFileDialog::getSaveFileName(
        window(), tr("Export Chart as SVG"), suggestedFileName(chart, u"svg"_s), tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSvg(chart, withSuffix(path, u"svg"_s), m_exportSize, &error))
        QMessageBox::warning(window(), tr("Export Chart as SVG"), error);
}
