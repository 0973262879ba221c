// The entity half of an analyst's corrections: entities added, removed, retyped or re-spanned, anchored to
// the text, and the projects of the article assembled again from what the analyst left.

#include "corrections.h"

#include "extract/dateextractor.h"
#include "extract/extractor.h"
#include "extract/industrytaxonomy.h"
#include "extract/moneyextractor.h"
#include "extract/regionextractor.h"
#include "text/simplifiedchinese.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The entity of `found` at `span` exactly, else the one that overlaps it most; nullptr if none does.
const Entity* bestMatch(const QList<Entity>& found, TextSpan span)
{
    const Entity* best = nullptr;
    qsizetype bestOverlap = 0;
    for (const Entity& e : found) {
        if (e.span == span)
            return &e;
        const qsizetype overlap = std::min(e.span.end, span.end) - std::max(e.span.start, span.start);
        if (overlap > bestOverlap) {
            best = &e;
            bestOverlap = overlap;
        }
    }
    return best;
}

// What the extractor of `type` makes of `surface` alone, shifted to start at `offset`.
QList<Entity> foundIn(const QString& surface, qsizetype offset, const QList<Entity>& found)
{
    QList<Entity> shifted;
    for (Entity e : found) {
        if (e.span.end > surface.size())
            continue;
        e.span = {e.span.start + offset, e.span.end + offset};
        shifted.append(e);
    }
    return shifted;
}

} // namespace

int CorrectionSet::occurrenceAt(const QString& text, TextSpan span)
{
    const QString surface = text.mid(span.start, span.length());
    if (surface.isEmpty())
        return 0;
    int n = 0;
    for (qsizetype at = text.indexOf(surface); at >= 0 && at < span.start; at = text.indexOf(surface, at + 1))
        ++n;
    return n;
}

std::optional<TextSpan> CorrectionSet::spanOf(const QString& text, const QString& surface, int occurrence)
{
    if (surface.isEmpty() || occurrence < 0)
        return std::nullopt;
    qsizetype at = text.indexOf(surface);
    for (int n = 0; at >= 0 && n < occurrence; ++n)
        at = text.indexOf(surface, at + 1);
    if (at < 0)
        return std::nullopt;
    return TextSpan{at, at + surface.size()};
}

Entity CorrectionSet::entityAt(const AnalyzedDocument& d, TextSpan span, EntityType type)
{
    const QString& text = d.clean.text;
    span.start = std::clamp<qsizetype>(span.start, 0, text.size());
    span.end = std::clamp<qsizetype>(span.end, span.start, text.size());
    Entity e;
    e.type = type;
    e.span = span;
    e.text = text.mid(span.start, span.length());
    const QString simplified = SimplifiedChinese::fromTraditional(text);
    const QString surface = simplified.mid(span.start, span.length());
    // What the extractor of the type finds there in the article (its context decides a role or a division),
    // else in the marked text alone.
    const auto lookUp = [&](const QList<Entity>& inArticle, const QList<Entity>& alone) -> const Entity* {
        if (const Entity* m = bestMatch(inArticle, span);
            m && m->span.start >= span.start - 2 && m->span.end <= span.end + 2)
            return m;
        return bestMatch(alone, span);
    };
    switch (type) {
    case EntityType::Money: {
        QString written = surface;
        if (!written.isEmpty() &&
            (written.back().isDigit() || written.back() == u'亿' || written.back() == u'万'))
            written += u'元'; // "8亿" marked without its unit
        const QList<Entity> inArticle = MoneyExtractor::extract(simplified);
        const QList<Entity> alone = foundIn(written, span.start, MoneyExtractor::extract(written));
        if (const Entity* m = lookUp(inArticle, alone); m && m->money) {
            e.money = m->money;
            e.role = m->role;
        }
        if (e.role.isEmpty())
            e.role = MoneyExtractor::roleBefore(simplified, span.start);
        break;
    }
    case EntityType::Region: {
        const auto regions = RegionExtractor::shared();
        const QList<Entity> inArticle = regions->extract(simplified);
        const QList<Entity> alone = foundIn(surface, span.start, regions->extract(surface));
        if (const Entity* m = lookUp(inArticle, alone); m && m->place) {
            e.place = m->place;
            e.regionCode = m->regionCode;
            e.normalized = m->normalized;
        } else {
            // A place the gazetteer does not know: a zone or park of that name.
            const QMap<QString, QString> fields = regionFields(surface);
            Place p;
            p.country = u"CN"_s;
            p.province = fields.value(u"province"_s);
            p.city = fields.value(u"city"_s);
            p.county = fields.value(u"county"_s);
            p.zone = fields.value(u"zone"_s);
            p.level = !p.zone.isEmpty()     ? u"zone"_s
                      : !p.county.isEmpty() ? u"county"_s
                      : !p.city.isEmpty()   ? u"city"_s
                                            : u"province"_s;
            e.place = p;
            e.normalized = fields.value(u"region"_s, surface);
        }
        break;
    }
    case EntityType::Industry:
        e.industry = IndustryTaxonomy::shared()->classify(surface);
        break;
    case EntityType::Date: {
        const QList<Entity> alone = foundIn(
            surface, span.start, DateExtractor::extract(surface, DateExtractor::articleYear(simplified)));
        if (const Entity* m = bestMatch(alone, span))
            e.normalized = m->normalized;
        break;
    }
    default:
        e.normalized = e.text; // a company or a person as the analyst marked it
        break;
    }
    return e;
}

EntityCorrection CorrectionSet::entityEdit(const AnalyzedDocument& d, const Entity* from,
                                           std::optional<TextSpan> to, EntityType type)
{
    const QString& text = d.clean.text;
    EntityCorrection c;
    c.article = contentHash(d.document.originalText);
    c.file = d.document.name;
    if (from) {
        c.text = text.mid(from->span.start, from->span.length());
        c.occurrence = occurrenceAt(text, from->span);
        c.type = entityTypeName(from->type);
    }
    if (to) {
        c.newText = text.mid(to->start, to->length());
        c.newOccurrence = occurrenceAt(text, *to);
        c.newType = entityTypeName(type);
    }
    return c;
}

namespace {

// Applies `corrections` to `list` in order; returns those whose entity is not in it.
QList<EntityCorrection> correctEntities(const AnalyzedDocument& d, QList<Entity>& list,
                                        const QList<EntityCorrection>& corrections)
{
    const QString& text = d.clean.text;
    QList<EntityCorrection> missing;
    for (const EntityCorrection& c : corrections) {
        qsizetype index = -1;
        if (!c.adds()) {
            const auto span = CorrectionSet::spanOf(text, c.text, c.occurrence);
            const auto type = entityTypeFromName(c.type);
            for (qsizetype i = 0; span && type && i < list.size(); ++i) {
                if (list[i].span == *span && list[i].type == *type)
                    index = i;
            }
            if (index < 0) {
                missing << c;
                continue;
            }
        }
        std::optional<Entity> added;
        if (!c.removes()) {
            const auto span = CorrectionSet::spanOf(text, c.newText, c.newOccurrence);
            const auto type = entityTypeFromName(c.newType);
            if (!span || !type) {
                missing << c;
                continue;
            }
            added = CorrectionSet::entityAt(d, *span, *type);
        }
        if (index >= 0)
            list.removeAt(index);
        if (added) {
            // The analyst's entity wins over those it overlaps.
            list.removeIf([&](const Entity& e) {
                return e.span.start < added->span.end && added->span.start < e.span.end;
            });
            const auto at =
                std::upper_bound(list.begin(), list.end(), added->span.start,
                                 [](qsizetype start, const Entity& e) { return start < e.span.start; });
            list.insert(at, *added);
        }
    }
    return missing;
}

} // namespace

QList<EntityCorrection> CorrectionSet::applyEntities(AnalyzedDocument& d) const
{
    const QString hash = contentHash(d.document.originalText);
    QList<EntityCorrection> mine;
    for (const EntityCorrection& c : entities) {
        if (c.article == hash)
            mine << c;
    }
    if (mine.isEmpty())
        return {};
    // Most apply to the entities the projects come from; one on a maker's mention (found from the projects)
    // applies to the final list; one found in neither is orphaned.
    QList<EntityCorrection> later;
    QList<EntityCorrection> orphaned;
    d.annotations = Extractor::extract(
        d.clean, [&](QList<Entity>& list) { later = correctEntities(d, list, mine); },
        [&](QList<Entity>& list) { orphaned = correctEntities(d, list, later); });
    return orphaned;
}
