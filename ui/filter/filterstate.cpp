#include "filterstate.h"

FilterState::FilterState(QObject* parent)
    : QObject(parent)
{
}

QList<FilterState::Part> FilterState::activeParts() const
{
    QList<Part> parts;
    if (m_filter.hasRegion())
        parts << Part::Region;
    if (!m_filter.industry.isEmpty())
        parts << Part::Industry;
    if (m_filter.size)
        parts << Part::Size;
    if (!m_filter.status.isEmpty())
        parts << Part::Status;
    if (!m_filter.company.isEmpty())
        parts << Part::Company;
    if (!m_filter.search.isEmpty())
        parts << Part::Search;
    return parts;
}

void FilterState::update(const ProjectFilter& next)
{
    if (next == m_filter)
        return;
    m_filter = next;
    Q_EMIT changed();
}

void FilterState::setRegion(ProjectFilter::RegionLevel level, const QString& region)
{
    ProjectFilter next = m_filter;
    next.regionLevel = region.isEmpty() ? std::nullopt : std::optional(level);
    next.region = region;
    next.regionOthers.clear();
    update(next);
}

void FilterState::setRegionOthers(ProjectFilter::RegionLevel level, const QStringList& shown)
{
    ProjectFilter next = m_filter;
    next.regionLevel = shown.isEmpty() ? std::nullopt : std::optional(level);
    next.region.clear();
    next.regionOthers = shown;
    update(next);
}

void FilterState::setIndustry(const QString& code)
{
    ProjectFilter next = m_filter;
    next.industry = code;
    update(next);
}

void FilterState::setSize(ProjectFilter::SizeBucket bucket)
{
    ProjectFilter next = m_filter;
    next.size = bucket;
    update(next);
}

void FilterState::setStatus(const QString& status)
{
    ProjectFilter next = m_filter;
    next.status = status;
    update(next);
}

void FilterState::setCompany(const QString& company)
{
    ProjectFilter next = m_filter;
    next.company = company;
    update(next);
}

void FilterState::setSearch(const QString& text)
{
    ProjectFilter next = m_filter;
    next.search = text.trimmed();
    update(next);
}

void FilterState::clearPart(Part part)
{
    ProjectFilter next = m_filter;
    switch (part) {
    case Part::Region:
        next.regionLevel.reset();
        next.region.clear();
        next.regionOthers.clear();
        break;
    case Part::Industry:
        next.industry.clear();
        break;
    case Part::Size:
        next.size.reset();
        break;
    case Part::Status:
        next.status.clear();
        break;
    case Part::Company:
        next.company.clear();
        break;
    case Part::Search:
        next.search.clear();
        break;
    }
    update(next);
}

void FilterState::clear()
{
    update(ProjectFilter{});
}
