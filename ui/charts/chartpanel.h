#pragma once

#include "query/corpusqueries.h"
#include "report/chartbuilder.h"

#include <QWidget>

class FilterState;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class Store;

// The three charts of the projects that match the filter: by region (count or total investment, top N and
// "other", at a chosen level), by investment size and by industry. Clicking a bar sets that part of the
// filter; hovering shows the values; a caption says what is counted and how amounts were converted. Each
// chart exports, with title, axes, legend and caption, as PNG (2x by default) or SVG, or copies to the
// clipboard: from its context menu or the window's menus (the actions below).
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    enum Chart { RegionChart, SizeChart, IndustryChart };

    ChartPanel(const Store* store, FilterState* filter, QWidget* parent = nullptr);

    QChartView* view(Chart chart) const;
    QAbstractBarSeries* series(Chart chart) const;
    // The category behind bar `index` of a chart (region name, size index, industry code;
    // CorpusQueries::kOtherKey).
    QString keyAt(Chart chart, int index) const;
    void showChart(Chart chart);
    Chart currentChart() const;
    // What a chart shows (as exported): data, title, axes, legend, caption. A refresh builds the chart on
    // show; another is built when it is shown or asked for.
    const ChartData& chartData(Chart chart) const;
    QString caption() const; // of the chart on show

    // Write a chart completely or not at all; *error names the file and the reason.
    bool exportPng(Chart chart, const QString& path, QSize size, qreal devicePixelRatio,
                   QString* error) const;
    bool exportSvg(Chart chart, const QString& path, QSize size, QString* error) const;
    void copyToClipboard(Chart chart) const;

    QAction* exportPngAction() const { return m_exportPngAction; }
    QAction* exportSvgAction() const { return m_exportSvgAction; }
    QAction* copyAction() const { return m_copyAction; }

    static constexpr QSize kDefaultExportSize{900, 560};
    // The size of PNG exports and clipboard images; the PNG dialog starts from it.
    QSize exportSize() const { return m_exportSize; }
    qreal exportRatio() const { return m_exportRatio; }
    void setExportSize(QSize size, qreal devicePixelRatio);

Q_SIGNALS:
    // The user chose another size in the PNG dialog.
    void exportSizeChosen(QSize size, qreal devicePixelRatio);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void barClicked(Chart chart, int index);
    void applyKey(Chart chart, const QString& key);
    void barHovered(Chart chart, bool status, int index);
    void fill(Chart chart);
    void draw(Chart chart); // fills the chart's view if its data changed since
    void exportPngDialog();
    void exportSvgDialog();
    QString suggestedFileName(Chart chart, const QString& suffix) const;
    ProjectFilter::RegionLevel regionLevel() const;
    bool byAmount() const;

    const Store* m_store;
    CorpusQueries m_queries;
    FilterState* m_filter;
    QTabWidget* m_tabs;
    QComboBox* m_level;
    QComboBox* m_metric;
    QSpinBox* m_topN;
    QLabel* m_caption;
    QChartView* m_views[3] = {};
    QAbstractBarSeries* m_series[3] = {};
    mutable ChartData m_data[3];
    mutable bool m_built[3] = {}; // m_data holds what the filter and options give now
    bool m_drawn[3] = {};         // the view shows m_data
    int m_longestName[3] = {};    // the width of each chart's longest category name
    QAction* m_exportPngAction;
    QAction* m_exportSvgAction;
    QAction* m_copyAction;
    QSize m_exportSize = kDefaultExportSize;
    qreal m_exportRatio = 2;
};
