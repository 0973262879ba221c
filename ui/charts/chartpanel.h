#pragma once

#include "query/corpusqueries.h"

#include <QWidget>

class FilterState;
class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QSpinBox;
class QTabWidget;
class Store;

// The three charts of the projects that match the filter: by region (count or total investment, top N and
// "other", at a chosen level), by investment size and by industry. Clicking a bar sets that part of the
// filter; hovering shows the values.
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

public Q_SLOTS:
    void refresh();

private:
    void barClicked(Chart chart, int index);
    void applyKey(Chart chart, const QString& key);
    void barHovered(Chart chart, bool status, int index);
    void fill(Chart chart, const QList<CorpusQueries::Bucket>& buckets, const QStringList& labels);
    ProjectFilter::RegionLevel regionLevel() const;
    bool byAmount() const;

    CorpusQueries m_queries;
    FilterState* m_filter;
    QTabWidget* m_tabs;
    QComboBox* m_level;
    QComboBox* m_metric;
    QSpinBox* m_topN;
    QChartView* m_views[3] = {};
    QAbstractBarSeries* m_series[3] = {};
    QList<CorpusQueries::Bucket> m_buckets[3];
    QStringList m_labels[3];
};
