#pragma once

#include "query/projectfilter.h"

#include <QObject>

// The one filter every view follows. Views set parts of it (a chart bar, a search, an entity) and redraw on
// changed(). Lives on the UI thread.
class FilterState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterState)

public:
    enum class Part { Region, Industry, Size, Status, Company, Search };
    Q_ENUM(Part)

    explicit FilterState(QObject* parent = nullptr);

    const ProjectFilter& filter() const { return m_filter; }
    bool isEmpty() const { return m_filter.isEmpty(); }
    QList<Part> activeParts() const;
    // A filter with only that condition of this one.
    ProjectFilter partOnly(Part part) const;

public Q_SLOTS:
    // region: a name, or ProjectFilter::kNoRegion for the projects with no place at that level.
    void setRegion(ProjectFilter::RegionLevel level, const QString& region);
    // The projects placed at that level in none of `shown` (a chart's "Other" bar).
    void setRegionOthers(ProjectFilter::RegionLevel level, const QStringList& shown);
    void setIndustry(const QString& code);
    void setSize(ProjectFilter::SizeBucket bucket);
    void setStatus(const QString& status);
    void setCompany(const QString& company);
    void setSearch(const QString& text);
    void clearPart(FilterState::Part part);
    void clearParts(const QList<FilterState::Part>& parts); // one change

    void clear();

Q_SIGNALS:
    void changed();

private:
    void update(const ProjectFilter& next);

    ProjectFilter m_filter;
};
