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
#include "text/simplifiedchinese.h"

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
    const QString simplified = SimplifiedChinese::fromTraditional(text);

    const QList<Entity> money = MoneyExtractor::extract(simplified);
    const QList<Entity> regions = RegionExtractor::shared()->extract(simplified);
    const QList<Entity> companies = CompanyExtractor::extract(simplified, regions);
    const auto inside = [](const QList<Entity>& outer, const Entity& e) {
        return std::any_of(outer.cbegin(), outer.cend(), [&](const Entity& o) {
            return o.span.start <= e.span.start && e.span.end <= o.span.end;
        });
    };
    // The spans taken so far, by start, for overlap checks in log time (not a scan of every entity).
    std::multimap<qsizetype, qsizetype> taken;
    qsizetype longest = 0;
    const auto take = [&](const Entity& e) {
        taken.emplace(e.span.start, e.span.end);
        longest = std::max(longest, e.span.length());
    };
    const auto overlapping = [&](const Entity& e) {
        for (auto it = taken.lower_bound(e.span.start - longest); it != taken.end() && it->first < e.span.end;
             ++it) {
            if (e.span.start < it->second)
                return true;
        }
        return false;
    };

    Annotations a;
    QList<Entity>& entities = a.entities;
    entities += money;
    entities += companies;
    for (const Entity& r : regions) {
        if (!inside(companies, r))
            entities.append(r);
    }
    QStringList authors;
    for (int i = 0; i < clean.paragraphs.size(); ++i) {
        if (clean.paragraphs[i].kind == Paragraph::Kind::Byline)
            authors.append(BylineDetector::names(SimplifiedChinese::fromTraditional(clean.paragraphText(i))));
    }
    entities += PersonExtractor::extract(simplified, entities, authors);
    for (const Entity& e : entities)
        take(e);
    // Dates, measures and industry words where no entity is yet, each kind after the one before.
    for (const QList<Entity>& kind :
         {DateExtractor::extract(simplified, DateExtractor::articleYear(simplified)),
          MeasureExtractor::extract(simplified), IndustryTaxonomy::shared()->extract(simplified)}) {
        for (const Entity& e : kind) {
            if (!overlapping(e)) {
                entities.append(e);
                take(e);
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
    entities.erase(
        std::remove_if(entities.begin(), entities.end(),
                       [&](const Entity& e) {
                           if (e.type != EntityType::Region || !e.place || e.place->level != u"zone")
                               return false;
                           return std::any_of(
                               a.projectNames.cbegin(), a.projectNames.cend(), [&](const TextSpan& n) {
                                   const bool inside = e.span.start >= n.start && e.span.end <= n.end;
                                   const bool locator = e.span.start == n.start && n.end - e.span.end > 4;
                                   return inside && !locator && !e.text.endsWith(u'区');
                               });
                       }),
        entities.end());

    // Companies known only as the makers of projects (比亚迪新能源动力电池项目): every mention of them.
    QStringList makers;
    for (const Project& p : a.projects) {
        const bool known = std::any_of(entities.cbegin(), entities.cend(), [&](const Entity& e) {
            return e.type == EntityType::Company && (e.normalized == p.company || e.text == p.company);
        });
        if (!known && p.company.size() >= 2)
            makers.append(p.company);
    }
    makers.removeDuplicates();
    // Every mention of them, found first and put in at once: the entity list is rewritten once, not once
    // per mention.
    QList<Entity> added;
    for (const QString& maker : makers) {
        for (qsizetype at = simplified.indexOf(maker); at >= 0;
             at = simplified.indexOf(maker, at + maker.size())) {
            Entity c;
            c.type = EntityType::Company;
            c.span = {at, at + maker.size()};
            c.text = text.mid(at, maker.size());
            c.normalized = maker;
            // The company's name wins over an industry or place word it contains.
            const auto overlaps = [&](const Entity& e) {
                return e.span.start < c.span.end && c.span.start < e.span.end;
            };
            // …and over a shorter company name inside it (恒川 in 恒川格瑞特, a joint venture's trade name).
            const bool clashes = std::any_of(entities.cbegin(), entities.cend(), [&](const Entity& e) {
                const bool inside = e.type == EntityType::Company && c.span.start <= e.span.start &&
                                    e.span.end <= c.span.end && e.span.length() < c.span.length();
                return e.type != EntityType::Industry && e.type != EntityType::Region && !inside &&
                       overlaps(e);
            });
            if (clashes || std::any_of(added.cbegin(), added.cend(), overlaps))
                continue;
            added.append(c);
        }
    }
    if (!added.isEmpty()) {
        entities.erase(
            std::remove_if(entities.begin(), entities.end(),
                           [&](const Entity& e) {
                               return std::any_of(added.cbegin(), added.cend(), [&](const Entity& c) {
                                   return e.span.start < c.span.end && c.span.start < e.span.end;
                               });
                           }),
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
