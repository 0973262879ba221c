#include "extractor.h"

#include "clean/bylinedetector.h"
#include "clean/cleantext.h"
#include "companyextractor.h"
#include "dateextractor.h"
#include "industrytaxonomy.h"
#include "money/exchangerates.h"
#include "measureextractor.h"
#include "moneyextractor.h"
#include "personextractor.h"
#include "projectextractor.h"
#include "regionextractor.h"
#include "spanindex.h"
#include "text/charclass.h"
#include "text/simplifiedchinese.h"

#include <QSet>

#include <algorithm>
#include <map>

void Extractor::dropRepeatedEntities(const CleanText& clean, QList<Entity>& entities)
{
    // Both lists run in text order: one pass.
    QList<TextSpan> copies;
    for (const Paragraph& p : clean.paragraphs) {
        if (p.isRepeat())
            copies.append(p.span);
    }
    if (copies.isEmpty())
        return;
    qsizetype next = 0;
    entities.erase(std::remove_if(entities.begin(), entities.end(),
                                  [&](const Entity& e) {
                                      while (next < copies.size() && copies[next].end <= e.span.start)
                                          ++next;
                                      return next < copies.size() && copies[next].start <= e.span.start;
                                  }),
                   entities.end());
}

Annotations Extractor::extract(const CleanText& clean)
{
    return extract(clean, {}, {});
}

Annotations Extractor::extract(const CleanText& clean, const EntityAdjustment& beforeProjects,
                               const EntityAdjustment& afterProjects)
{
    const QString& text = clean.text;
    QString simplified = SimplifiedChinese::fromTraditional(text);
    CharClass::makeValidUtf16(simplified); // the patterns below match it unchecked

    const QList<Entity> money = MoneyExtractor::extract(simplified);
    const QList<Entity> regions = RegionExtractor::shared()->extract(simplified);
    const QList<Entity> companies = CompanyExtractor::extract(simplified, regions);
    SpanIndex companySpans;
    for (const Entity& c : companies)
        companySpans.insert(c.span);
    // The spans taken so far, for overlap checks in log time (not a scan of every entity).
    SpanIndex taken;

    Annotations a;
    QList<Entity>& entities = a.entities;
    entities += money;
    entities += companies;
    for (const Entity& r : regions) {
        if (!companySpans.holds(r.span))
            entities.append(r);
    }
    QStringList authors;
    for (int i = 0; i < clean.paragraphs.size(); ++i) {
        if (clean.paragraphs[i].kind == Paragraph::Kind::Byline)
            authors.append(BylineDetector::names(SimplifiedChinese::fromTraditional(clean.paragraphText(i))));
    }
    entities += PersonExtractor::extract(simplified, entities, authors);
    for (const Entity& e : entities)
        taken.insert(e.span);
    // Dates, measures and industry words where no entity is yet, each kind after the one before.
    for (const QList<Entity>& kind :
         {DateExtractor::extract(simplified, DateExtractor::articleYear(simplified)),
          MeasureExtractor::extract(simplified), IndustryTaxonomy::shared()->extract(simplified)}) {
        for (const Entity& e : kind) {
            if (!taken.overlaps(e.span)) {
                entities.append(e);
                taken.insert(e.span);
            }
        }
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
    for (Entity& e : entities)
        e.text = text.mid(e.span.start, e.span.length());
    if (beforeProjects)
        beforeProjects(entities);
    ProjectExtractor::extract(simplified, clean, a);
    // A park that is a project's own name (恒川智造产业园项目, 宏远建材产业园) is the project, not a place;
    // one that starts a longer name only says where it is (宜宾高新区宏远…项目).
    SpanIndex names;
    for (int i = 0; i < a.projectNames.size(); ++i)
        names.insert(a.projectNames[i], i);
    entities.erase(
        std::remove_if(entities.begin(), entities.end(),
                       [&](const Entity& e) {
                           if (e.type != EntityType::Region || !e.place || e.place->level != u"zone" ||
                               e.text.endsWith(u'区'))
                               return false;
                           for (int i : names.holding(e.span)) {
                               const TextSpan& n = a.projectNames[i];
                               if (!(e.span.start == n.start && n.end - e.span.end > 4)) // a locator
                                   return true;
                           }
                           return false;
                       }),
        entities.end());

    // Companies known only as the makers of projects (比亚迪新能源动力电池项目): every mention of them.
    QSet<QString> knownCompanies;
    for (const Entity& e : entities) {
        if (e.type == EntityType::Company)
            knownCompanies << e.normalized << e.text;
    }
    QStringList makers;
    for (const Project& p : a.projects) {
        if (!knownCompanies.contains(p.company) && p.company.size() >= 2)
            makers.append(p.company);
    }
    makers.removeDuplicates();
    // Every mention of them, found first and put in at once: the entity list is rewritten once, not once
    // per mention.
    SpanIndex present;
    for (int i = 0; i < entities.size(); ++i)
        present.insert(entities[i].span, i);
    QList<Entity> added;
    SpanIndex addedSpans;
    for (const QString& maker : makers) {
        for (qsizetype at = simplified.indexOf(maker); at >= 0;
             at = simplified.indexOf(maker, at + maker.size())) {
            Entity c;
            c.type = EntityType::Company;
            c.span = {at, at + maker.size()};
            c.text = text.mid(at, maker.size());
            c.normalized = maker;
            // The company's name wins over an industry or place word it contains, and over a shorter company
            // name inside it (恒川 in 恒川格瑞特, a joint venture's trade name).
            const QList<int> overlapped = present.overlapping(c.span);
            const bool clashes = std::any_of(overlapped.cbegin(), overlapped.cend(), [&](int i) {
                const Entity& e = entities[i];
                const bool inside = e.type == EntityType::Company && c.span.start <= e.span.start &&
                                    e.span.end <= c.span.end && e.span.length() < c.span.length();
                return e.type != EntityType::Industry && e.type != EntityType::Region && !inside;
            });
            if (clashes || addedSpans.overlaps(c.span))
                continue;
            addedSpans.insert(c.span);
            added.append(c);
        }
    }
    if (!added.isEmpty()) {
        entities.erase(std::remove_if(entities.begin(), entities.end(),
                                      [&](const Entity& e) { return addedSpans.overlaps(e.span); }),
                       entities.end());
        entities += added;
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
    dropRepeatedEntities(clean, entities);
    if (afterProjects)
        afterProjects(entities);
    // Amounts in other currencies get their yuan value at the shipped rates; a user's own rates replace them
    // where the corpus is stored or printed.
    ExchangeRates::defaults().apply(a);
    return a;
}
