#include "projectfilter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

bool ProjectFilter::isEmpty() const
{
    return *this == ProjectFilter{};
}

QString ProjectFilter::regionColumn(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Province:
        return u"province"_s;
    case RegionLevel::City:
        return u"city"_s;
    case RegionLevel::County:
        return u"county"_s;
    case RegionLevel::Zone:
        return u"zone"_s;
    }
    return u"province"_s;
}

QString ProjectFilter::sizeBucketSql()
{
    return u"CASE WHEN p.amount_cny IS NULL THEN 5 WHEN p.amount_cny < 100000000 THEN 0 "
           "WHEN p.amount_cny < 1000000000 THEN 1 WHEN p.amount_cny < 5000000000 THEN 2 "
           "WHEN p.amount_cny < 10000000000 THEN 3 ELSE 4 END"_s;
}

SqlCondition projectCondition(const ProjectFilter& filter, const QList<int>& searchDocuments)
{
    QStringList conditions;
    SqlCondition c;
    if (!filter.showExcluded)
        conditions << u"p.excluded = 0"_s;
    if (filter.hasRegion()) {
        // The column name comes from our own enumeration, never from input.
        const QString column = u"p."_s + ProjectFilter::regionColumn(*filter.regionLevel);
        if (filter.region == ProjectFilter::kNoRegion) {
            conditions << u"COALESCE(%1, '') = ''"_s.arg(column);
        } else if (!filter.region.isEmpty()) {
            conditions << column + u" = ?"_s;
            c.values << filter.region;
        } else {
            QStringList marks;
            for (const QString& name : filter.regionOthers) {
                marks << u"?"_s;
                c.values << name;
            }
            conditions << u"COALESCE(%1, '') <> '' AND %1 NOT IN (%2)"_s.arg(column, marks.join(u", "_s));
        }
    }
    if (!filter.industry.isEmpty()) {
        // Projects without a code are counted as "other" in the charts: the filter finds them there too.
        conditions << u"COALESCE(p.industry_code, 'OTHER') = ?"_s;
        c.values << filter.industry;
    }
    if (filter.size) {
        conditions << ProjectFilter::sizeBucketSql() + u" = ?"_s;
        c.values << static_cast<int>(*filter.size);
    }
    if (!filter.status.isEmpty()) {
        conditions << u"p.status = ?"_s;
        c.values << filter.status;
    }
    if (!filter.company.isEmpty()) {
        conditions << u"p.company = ?"_s;
        c.values << filter.company;
    }
    if (filter.documentId) {
        conditions << u"p.id IN (SELECT m.project_id FROM project_mentions m WHERE m.document_id = ?)"_s;
        c.values << *filter.documentId;
    }
    if (!filter.search.isEmpty()) {
        if (searchDocuments.isEmpty()) {
            conditions << u"1 = 0"_s;
        } else {
            QStringList marks;
            for (int id : searchDocuments) {
                marks << u"?"_s;
                c.values << id;
            }
            conditions
                << u"p.id IN (SELECT m.project_id FROM project_mentions m WHERE m.document_id IN (%1))"_s.arg(
                       marks.join(u", "_s));
        }
    }
    if (!conditions.isEmpty())
        c.where = u"WHERE "_s + conditions.join(u" AND "_s);
    return c;
}
