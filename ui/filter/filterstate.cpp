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

namespace {

void copyPart(FilterState::Part part, const ProjectFilter& from, ProjectFilter& to)
{
    using Part = FilterState::Part;
    switch (part) {
    case Part::Region:
        to.regionLevel = from.regionLevel;
        to.region = from.region;
        to.regionOthers = from.regionOthers;
        break;
    case Part::Industry:
        to.industry = from.industry;
        break;
    case Part::Size:
        to.size = from.size;
        break;
    case Part::Status:
        to.status = from.status;
        break;
    case Part::Company:
        to.company = from.company;
        break;
    case Part::Search:
        to.search = from.search;
        break;
    }
}

} // namespace

ProjectFilter FilterState::partOnly(Part part) const
{
    ProjectFilter only;
    copyPart(part, m_filter, only);
    return only;
}

void FilterState::clearPart(Part part)
{
    clearParts({part});
}

void FilterState::clearParts(const QList<Part>& parts)
{
    ProjectFilter next = m_filter;
    for (Part part : parts)
        copyPart(part, ProjectFilter{}, next);
    update(next);
}

void FilterState::clear()
{
    update(ProjectFilter{});
}
