// Stage 4 of project extraction: each candidate's fields (see projectfields.h).
#include "projectfields.h"

#include "chinesenumber.h"
#include "clean/cleantext.h"
#include "geo/gazetteer.h"
#include "industrytaxonomy.h"
#include "text/charclass.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ProjectStages {

QString placeName(const Place& p)
{
    if (!p.zone.isEmpty())
        return p.zone;
    if (!p.town.isEmpty())
        return p.town;
    if (!p.county.isEmpty())
        return p.county;
    if (!p.city.isEmpty())
        return p.city;
    return p.province;
}

int placeRank(const Place& p)
{
    if (p.level == u"zone"_s)
        return 5;
    if (p.level == u"town"_s)
        return 4;
    if (p.level == u"county"_s)
        return 3;
    if (p.level == u"city"_s)
        return 2;
    if (p.level == u"province"_s)
        return 1;
    return 0;
}

bool isChinesePlace(const Entity& e)
{
    return e.place && e.place->country == u"CN"_s && placeRank(*e.place) >= 1;
}

// `inner` lies inside `outer` (same province, and same city and county where `outer` has them).
bool liesIn(const Place& inner, const Place& outer)
{
    if (inner.province != outer.province || placeRank(inner) <= placeRank(outer))
        return false;
    if (!outer.city.isEmpty() && inner.city != outer.city)
        return false;
    return outer.county.isEmpty() || inner.county == outer.county;
}

bool isInvestment(const Entity& e)
{
    return e.type == EntityType::Money && e.role == u"investment"_s && e.money;
}

// A threshold, not an amount: 50亿元以上项目, 亿元以上产业项目.
bool isThreshold(const QString& text, const Entity& e)
{
    const QStringView after = QStringView(text).sliced(e.span.end).left(6);
    // "…项目，总投资额均过5亿元": a bound all of them pass, not one's amount.
    const QStringView before =
        QStringView(text).sliced(qMax<qsizetype>(0, e.span.start - 3), qMin<qsizetype>(3, e.span.start));
    return e.money && e.money->qualifier == Qualifier::Over &&
           (after.startsWith(u"项目") || after.startsWith(u"产业项目") || after.startsWith(u"的项目") ||
            after.startsWith(u"重大项目") || before.contains(u'均'));
}

QString spanText(const QString& text, TextSpan span)
{
    return u"“%1” at %2–%3"_s.arg(text.mid(span.start, span.length()), QString::number(span.start),
                                  QString::number(span.end));
}

// The length of the division a park's name starts with, as written (full or short form): 2 for 涿州 of
// 涿州恒川科技产业园, 0 when it starts with none of its own divisions.
qsizetype placeAtHeadOfZone(const Entity& zone)
{
    using Level = Gazetteer::Level;
    if (zone.type != EntityType::Region || !zone.place || zone.place->level != u"zone"_s)
        return 0;
    const Place& p = *zone.place;
    const bool county = !p.county.isEmpty();
    const QString name = county ? p.county : p.city;
    if (name.isEmpty())
        return 0;
    for (const QString& form : {name, Gazetteer::shortFormOf(name, county ? Level::County : Level::City)}) {
        if (form.size() >= 2 && zone.text.startsWith(form))
            return form.size();
    }
    return 0;
}

namespace {

constexpr qsizetype kMaxBracketedTradeName = 9; // a trade name with its industry, before a bracketed place

// A name that starts (after a place) with a short trade name followed by an industry, a place or a facility:
// 比亚迪新能源动力电池项目 -> 比亚迪, 德国克力宝胶粘剂项目 -> 克力宝, 艾本德中国技术中心 -> 艾本德.
// `longestRegion`: no place entity is longer (a bound for finding those that hold a span).
QString tradeNameAtHead(const QString& text, qsizetype start, qsizetype end, const QList<Entity>& entities,
                        const RuleWords& words, qsizetype longestRegion)
{
    // A name in quotes (“恒川华南运营总部”项目) starts inside them.
    while (start < end && QStringView(u"“「『\"").contains(text.at(start)))
        ++start;
    // A province's short form right before the trade name is part of the company's name (青海恒川 as in
    // 青海恒川化工有限公司), not where the project is.
    qsizetype provinceAt = -1;
    for (const Entity* e : entitiesIn(entities, start, end, EntityType::Region)) {
        // A place the name starts with (宜宾高新区恒川光伏组件, 南岭工业园恒川光伏组件), unless it is the
        // whole name but its head (恒川家电产业园项目) or a park named after the project itself, joined to
        // the rest (宏远电商产业园及结算中心项目).
        const bool division = e->place && e->place->level != u"zone"_s;
        const bool joined = e->span.end < end && QStringView(u"及和与暨、").contains(text.at(e->span.end));
        if (e->span.start == start && e->span.end + 2 < end && (division || !joined)) {
            const bool provinceShortForm = division && e->place->level == u"province"_s &&
                                           !QStringView(u"省市区").contains(e->text.back());
            provinceAt = provinceShortForm ? e->span.start : -1;
            start = e->span.end;
        }
    }
    const auto withProvince = [&](const QString& head) {
        return provinceAt >= 0 && !head.isEmpty() ? text.mid(provinceAt, start - provinceAt) + head : head;
    };
    // The place a park of the name starts with (南昌 of 南昌恒川智能制造产业园项目).
    for (const Entity* e : entitiesIn(entities, start, end, EntityType::Region)) {
        if (e->span.start == start)
            start += placeAtHeadOfZone(*e);
    }
    while (start < end && QStringView(u"-—·、").contains(text.at(start)))
        ++start;
    // A name with its place in brackets (恒川新能源(南岭)…, as in 恒川新能源（南岭）有限公司) is a company's.
    for (qsizetype at = start + 2; at < std::min(end, start + kMaxBracketedTradeName); ++at) {
        if (text.at(at) != u'(' && text.at(at) != u'（')
            continue;
        const QList<const Entity*> inBrackets = entitiesIn(entities, at + 1, end, EntityType::Region);
        const bool placeInBrackets =
            std::any_of(inBrackets.cbegin(), inBrackets.cend(), [&](const Entity* e) {
                return e->span.start == at + 1 && e->span.end < end &&
                       (text.at(e->span.end) == u')' || text.at(e->span.end) == u'）');
            });
        const QString name = text.mid(start, at - start);
        if (placeInBrackets &&
            std::all_of(name.begin(), name.end(), [](QChar c) { return CharClass::isHan(c.unicode()); }))
            return withProvince(name);
        break;
    }
    // The head ends where the name starts to say what is made: an industry word, a place, a describing word
    // (精密, 智能, 总部…), a number. Before an industry word it may be longer (恒川格瑞汽车变速箱).
    const QList<Entity> industries = IndustryTaxonomy::shared()->extract(text.mid(start, end - start));
    qsizetype headEnd = industries.isEmpty() ? -1 : start + industries.front().span.start;
    bool beforeIndustry = headEnd >= 0;
    const auto earlier = [&](qsizetype at) {
        if (at > start && at < end && (headEnd < 0 || at < headEnd)) {
            headEnd = at;
            beforeIndustry = false;
        }
    };
    for (const Entity* e : entitiesIn(entities, start, end, EntityType::Region))
        earlier(e->span.start);
    const ExtractionRules::Words& ends = words.trade_name_end;
    for (qsizetype at = start + 1; at < end && (headEnd < 0 || at < headEnd); ++at) {
        if (!ends.startingAt(text, at).isEmpty())
            earlier(at);
    }
    for (qsizetype at = start; at < end; ++at) {
        if (CharClass::isAsciiDigit(text.at(at).unicode())) {
            earlier(at);
            break;
        }
    }
    const qsizetype length = headEnd - start;
    if (length < 2 || length > (beforeIndustry ? 6 : 4))
        return {};
    const QString head = text.mid(start, length);
    // A long head is a name only when no function word stands in it (有赖于前期).
    if (length > 4 && std::any_of(head.begin(), head.end(), [](QChar c) {
            return QStringView(u"于的在是为有与和及将对把被从了").contains(c);
        }))
        return {};
    if (std::any_of(head.begin(), head.end(), [](QChar c) { return !CharClass::isHan(c.unicode()); }))
        return {};
    const QString first = ends.startingAt(head, 0);
    const bool prefix = ends.value(first) == u"prefix"_s && head.size() >= 4;
    if ((!first.isEmpty() && !prefix) || !words.name_trim.startingAt(head, 0).isEmpty())
        return {};
    // Nor the place a park's name starts with (涿州 of 涿州恒川科技产业园).
    // (Entities are sorted by start: only those starting at most longestRegion before it can hold it.)
    const auto from = std::lower_bound(entities.cbegin(), entities.cend(), start - longestRegion,
                                       [](const Entity& e, qsizetype at) { return e.span.start < at; });
    const auto to = std::upper_bound(from, entities.cend(), start,
                                     [](qsizetype at, const Entity& e) { return at < e.span.start; });
    const bool inPark = std::any_of(from, to, [&](const Entity& e) {
        return e.type == EntityType::Region && start + length <= e.span.end;
    });
    const Gazetteer& gazetteer = *Gazetteer::shared();
    if (inPark && (!gazetteer.byShortName(head).isEmpty() || !gazetteer.byName(head).isEmpty()))
        return {};
    // No place, landscape or everyday word is a trade name (星海湖, 城市, 四季); nor a verb (签约).
    if (words.trade_name_not.all().contains(head) ||
        !words.trade_name_not_end.endingAt(head, head.size()).isEmpty())
        return {};
    for (qsizetype at = 0; at < head.size(); ++at) {
        if (!words.status.startingAt(head, at).isEmpty())
            return {};
    }
    return withProvince(head);
}

} // namespace

FieldFinder::FieldFinder(const QString& text, const CleanText& clean, const QList<Entity>& entities,
                         const QList<Sentence>& sentences, const QList<ListGroup>& lists,
                         const ExtractionRules& rules)
    : m_text(text)
    , m_clean(clean)
    , m_entities(entities)
    , m_sentences(sentences)
    , m_lists(lists)
    , m_rules(rules)
    , m_words(rules)
{
    for (const Entity& e : m_entities) {
        if (e.type == EntityType::Region)
            m_longestRegion = std::max(m_longestRegion, e.span.length());
    }
    findMainPlace();
    findStatusWords();
    findPlacesInZones();
    findHeadingPlaces();
    // The article's own characters for each Simplified one it differs from, to write names as written.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != clean.text.at(i))
            m_written.insert(text.at(i), clean.text.at(i));
    }
}

void FieldFinder::findPlacesInZones()
{
    for (const Entity& z : m_entities) {
        // A town by its short form (恒山 of 恒山镇): in a project's name it names a spot of
        // the town's county rather than the town (恒山恒川文化公园项目).
        if (z.type == EntityType::Region && z.place && z.place->level == u"town"_s &&
            !z.place->county.isEmpty() && z.text.size() < z.place->town.size()) {
            Entity e = z;
            e.normalized = z.place->county;
            e.place->town.clear();
            e.place->level = u"county"_s;
            m_townCounty.emplace(&z, std::move(e));
            continue;
        }
        const qsizetype length = placeAtHeadOfZone(z);
        if (length == 0)
            continue;
        const bool county = !z.place->county.isEmpty();
        Entity e = z;
        e.span = {z.span.start, z.span.start + length};
        e.text = m_text.mid(z.span.start, length);
        e.normalized = county ? z.place->county : z.place->city;
        e.place->zone.clear();
        e.place->level = county ? u"county"_s : u"city"_s;
        m_inZone.insert(&m_placeInZone.emplace(&z, std::move(e)).first->second);
    }
}

void FieldFinder::findHeadingPlaces()
{
    if (!m_mainPlace)
        return;
    const Place& article = *m_mainPlace->place;
    for (int l = 0; l < m_lists.size(); ++l) {
        const ListGroup& g = m_lists[l];
        if (g.kind != u"N个，"_s)
            continue;
        qsizetype end = g.lead.end;
        while (end > g.lead.start &&
               (m_text.at(end - 1).isDigit() || ChineseNumber::isNumeral(m_text.at(end - 1))))
            --end;
        const TextSpan heading{g.lead.start, end};
        if (heading.length() < 2 ||
            !entitiesIn(m_entities, heading.start, heading.end, EntityType::Region).isEmpty())
            continue;
        Entity e;
        e.type = EntityType::Region;
        Place p;
        p.country = article.country;
        p.province = article.province;
        if (!m_words.heading_zone_end.endingAt(m_text, heading.end).isEmpty()) {
            e.span = heading;
            e.text = m_text.mid(heading.start, heading.length());
            p.zone = e.text;
            p.level = u"zone"_s;
        } else if (const QString body = m_words.provincial_body.startingAt(m_text, heading.start);
                   !body.isEmpty() && !article.province.isEmpty()) {
            e.span = {heading.start, heading.start + body.size()};
            e.text = body;
            p.level = u"province"_s;
        } else {
            continue;
        }
        e.normalized = placeName(p);
        e.regionCode = m_mainPlace->regionCode.left(2);
        e.place = p;
        m_headingPlace.emplace(l, std::move(e));
    }
}

QString FieldFinder::asWritten(const QString& simplified) const
{
    if (m_written.isEmpty() || simplified.isEmpty() ||
        std::none_of(simplified.cbegin(), simplified.cend(), [&](QChar c) { return m_written.contains(c); }))
        return simplified;
    // The first place the text has it, looked up by its first two characters (an index made on first need)
    // instead of searched for from the text's start each time.
    if (m_pairs.isEmpty()) {
        for (qsizetype i = 0; i + 1 < m_text.size(); ++i)
            m_pairs[pairKey(m_text.at(i), m_text.at(i + 1))].append(i);
    }
    qsizetype at = -1;
    if (simplified.size() == 1) {
        at = m_text.indexOf(simplified);
    } else {
        for (qsizetype i : m_pairs.value(pairKey(simplified.at(0), simplified.at(1)))) {
            if (QStringView(m_text).mid(i, simplified.size()) == simplified) {
                at = i;
                break;
            }
        }
    }
    if (at >= 0)
        return m_clean.text.mid(at, simplified.size());
    QString out = simplified;
    for (QChar& c : out)
        c = m_written.value(c, c);
    return out;
}

// The place the article is about: the most specific place of its title; else its most mentioned zone,
// county or city; else the most specific place of its first sentence.
void FieldFinder::findMainPlace()
{
    const Entity* inTitle = nullptr;
    // In order of first mention, so that a tie goes to the place named first, whatever the hash order.
    QList<QString> order;
    QHash<QString, int> mentions;
    QHash<QString, const Entity*> example;
    for (const Entity& e : m_entities) {
        if (e.type != EntityType::Region || !isChinesePlace(e) || placeRank(*e.place) < 2)
            continue;
        const int paragraph = m_clean.paragraphAt(e.span.start);
        if (paragraph >= 0 && m_clean.paragraphs[paragraph].kind == Paragraph::Kind::Title &&
            (!inTitle || placeRank(*e.place) > placeRank(*inTitle->place)))
            inTitle = &e;
        const QString key = e.place->level + u'|' + placeName(*e.place);
        if (!mentions.contains(key))
            order.append(key);
        ++mentions[key];
        example.insert(key, &e);
    }
    const int zoneMentions = m_rules.threshold(u"main_place_zone_mentions"_s, 3);
    const int otherMentions = m_rules.threshold(u"main_place_mentions"_s, 2);
    for (const QString& level : {u"zone"_s, u"county"_s, u"city"_s}) {
        int best = 0;
        for (const QString& key : order) {
            const int n = mentions.value(key);
            if (key.startsWith(level + u'|') && n > best &&
                n >= (level == u"zone"_s ? zoneMentions : otherMentions)) {
                best = n;
                m_mainPlace = example.value(key);
            }
        }
        if (m_mainPlace) {
            m_mainPlaceReason = u"its most mentioned %1 (%2 mentions)"_s.arg(level, QString::number(best));
            break;
        }
    }
    if (inTitle && (!m_mainPlace || !liesIn(*m_mainPlace->place, *inTitle->place))) {
        m_mainPlace = inTitle;
        m_mainPlaceReason = u"the most specific place of its title"_s;
    }
    if (!m_mainPlace) {
        for (const Sentence& s : m_sentences) {
            m_mainPlace = mostSpecific(s.start, s.end, {});
            if (m_mainPlace) {
                m_mainPlaceReason = u"the first place it names"_s;
                break;
            }
        }
    }
    if (m_mainPlace)
        m_mainPlaceReason =
            u"“%1” at %2–%3, %4"_s.arg(m_mainPlace->text, QString::number(m_mainPlace->span.start),
                                       QString::number(m_mainPlace->span.end), m_mainPlaceReason);
}

// The most specific Chinese place in [from, to), leaving out a park word that is the head of the name itself
// (…家电产业园项目); of two places equally specific, the first (the outer one: 湘潭高新区德国工业园).
const Entity* FieldFinder::mostSpecific(qsizetype from, qsizetype to, TextSpan name,
                                        const Candidate* self) const
{
    const Entity* best = nullptr;
    for (const Entity* r : entitiesIn(m_entities, from, to, EntityType::Region)) {
        if (!isChinesePlace(*r))
            continue;
        // "鄂尔多斯市援建的…项目": the place that gives, not the one that receives.
        if (!m_words.actor_after.startingAt(m_text, r->span.end).isEmpty())
            continue;
        if (self && m_candidates && !(self->item.start <= r->span.start && r->span.end <= self->item.end)) {
            const QList<int> holding = m_itemsHolding.value(r);
            if (std::any_of(holding.cbegin(), holding.cend(),
                            [&](int k) { return &(*m_candidates)[k] != self; }))
                continue;
        }
        // A park word inside the name is part of the name (…家电产业园项目, 宏远电商产业园及结算中心项目),
        // unless the name starts with it and goes on (宜宾高新区宏远…项目).
        // Then the division its name starts with is the project's place (涿州恒川科技产业园 -> 涿州).
        if (name.length() > 0 && r->span.start >= name.start && r->span.end <= name.end) {
            if (const auto county = m_townCounty.find(r); county != m_townCounty.end())
                r = &county->second;
        }
        if (name.length() > 0 && r->span.start >= name.start && r->span.end <= name.end &&
            r->place->level == u"zone"_s && (r->span.start > name.start || name.end - r->span.end <= 4)) {
            const auto inner = m_placeInZone.find(r);
            if (inner == m_placeInZone.end())
                continue;
            r = &inner->second;
        }
        if (!best || placeRank(*r->place) > placeRank(*best->place))
            best = r;
    }
    return best;
}

const Entity* FieldFinder::investment(const QList<Candidate>& candidates, int k, QString* why,
                                      qsizetype* evidenceEnd)
{
    const Candidate& c = candidates[k];
    const Sentence& s = m_sentences[c.sentence];
    const auto usable = [&](const Entity* e) {
        return isInvestment(*e) && !m_usedMoney.contains(e) && !isThreshold(m_text, *e);
    };
    const QList<const Entity*> money = entitiesIn(m_entities, c.item.start, c.item.end, EntityType::Money);
    // "投资60亿元的X项目", "6亿元的X项目": the amount right before the name, joined by 的.
    for (const Entity* e : money) {
        if (usable(e) && joinedByDe(m_text, e->span.end, c.name.start)) {
            *why = u"before the name, joined by 的"_s;
            return e;
        }
    }
    // "X项目，总投资Y": the first amount after the name in its item, unless it opens the next name
    // (…、5亿元的Y).
    for (const Entity* e : money) {
        if (!usable(e) || e->span.start < c.name.end)
            continue;
        if (e->span.end < m_text.size() && m_text.at(e->span.end) == u'的')
            continue;
        *why = u"after the name, in its item"_s;
        return e;
    }
    // "签订的总投资5.5亿元、年产…项目": before the name, when the item holds no other project's name.
    const bool firstInSentence = k == 0 || candidates[k - 1].sentence != c.sentence;
    if (c.fromList || firstInSentence) {
        // At most a clause away (投资5亿元，建设X项目); further back it is another subject's
        // (…投资300亿元用于 改扩建，到2012年，A产能…，X项目产能…).
        const auto clausesBetween = [&](qsizetype from, qsizetype to) {
            return std::count_if(m_text.cbegin() + from, m_text.cbegin() + to,
                                 [](QChar ch) { return ch == u'，' || ch == u','; });
        };
        for (auto it = money.crbegin(); it != money.crend(); ++it) {
            if (usable(*it) && (*it)->span.end <= c.name.start &&
                (c.fromList || clausesBetween((*it)->span.end, c.name.start) <= 1)) {
                *why = u"before the name, in its item"_s;
                return *it;
            }
        }
    }
    // The next sentences of the paragraph that name no other project ("…项目。项目总投资1500万美元").
    const int next = m_rules.threshold(u"amount_next_sentences"_s, 2);
    const bool lastInSentence = k + 1 >= candidates.size() || candidates[k + 1].sentence != c.sentence;
    if (!lastInSentence || c.fromList)
        return referredTo(candidates, k, usable, why, evidenceEnd);
    for (int n = c.sentence + 1; n < m_sentences.size() && n <= c.sentence + next; ++n) {
        const Sentence& ns = m_sentences[n];
        if (ns.paragraph != s.paragraph)
            break;
        if (std::any_of(candidates.cbegin(), candidates.cend(),
                        [&](const Candidate& o) { return o.sentence == n; }))
            break;
        for (const Entity* e : entitiesIn(m_entities, ns.start, ns.end, EntityType::Money)) {
            if (usable(e)) {
                *why = u"in a following sentence that names no other project"_s;
                *evidenceEnd = ns.end;
                return e;
            }
        }
    }
    return referredTo(candidates, k, usable, why, evidenceEnd);
}

// "…含恒川科技产业园、…。据介绍，该产业园总投资120亿元": a later sentence that refers back to the project by
// 该 and the head noun of its name, before another project of that head is named, gives the amount after it.
const Entity* FieldFinder::referredTo(const QList<Candidate>& candidates, int k,
                                      const std::function<bool(const Entity*)>& usable, QString* why,
                                      qsizetype* evidenceEnd) const
{
    const Candidate& c = candidates[k];
    const QString head = m_words.head.endingAt(m_text, c.name.end);
    if (head.isEmpty())
        return nullptr;
    const QString anaphor = u"该"_s + head;
    const QStringView name = QStringView(m_text).sliced(c.name.start, c.name.length());
    const int last = m_rules.threshold(u"anaphor_sentences"_s, 4);
    for (int n = c.sentence + 1; n < m_sentences.size() && n <= c.sentence + last; ++n) {
        const Sentence& ns = m_sentences[n];
        // Only within the sentence: a mention further on is no nearer than none.
        qsizetype at = QStringView(m_text).sliced(ns.start, ns.end - ns.start).indexOf(anaphor);
        if (at >= 0)
            at += ns.start;
        const bool otherOfHead = std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate& o) {
            return o.sentence == n && (at < 0 || o.name.start < at) &&
                   QStringView(m_text).sliced(o.name.start, o.name.length()) != name &&
                   m_words.head.endingAt(m_text, o.name.end) == head;
        });
        if (otherOfHead)
            return nullptr;
        if (at < 0 || at >= ns.end)
            continue;
        for (const Entity* e : entitiesIn(m_entities, at, ns.end, EntityType::Money)) {
            if (usable(e)) {
                *why = u"in a later sentence that refers to it as %1"_s.arg(anaphor);
                *evidenceEnd = ns.end;
                return e;
            }
        }
        return nullptr;
    }
    return nullptr;
}

// The place of the subject a clause shares with the clauses before it:
// "兰州市某区政府与A合作…；与B合作…建设X项目" gives the district to X. The chain goes back over clauses that
// start with 与 to the one that has a subject, whose place before its own 与 is the subject's.
const Entity* FieldFinder::subjectPlace(int sentence) const
{
    const auto leadAt = [&](const Sentence& s) {
        qsizetype at = s.start;
        while (at < s.end && m_text.at(at).isSpace())
            ++at;
        return m_words.subject_lead.startingAt(m_text, at).isEmpty() ? qsizetype(-1) : at;
    };
    if (leadAt(m_sentences[sentence]) < 0)
        return nullptr;
    for (int k = sentence - 1; k >= 0; --k) {
        const Sentence& s = m_sentences[k];
        const QChar last = m_text.at(s.end - 1);
        if (s.paragraph != m_sentences[sentence].paragraph || (last != u'；' && last != u';'))
            return nullptr;
        if (leadAt(s) >= 0)
            continue;
        qsizetype subjectEnd = s.end;
        for (qsizetype at = s.start; at < s.end; ++at) {
            if (!m_words.subject_lead.startingAt(m_text, at).isEmpty()) {
                subjectEnd = at;
                break;
            }
        }
        const Entity* best = nullptr;
        for (const Entity* r : entitiesIn(m_entities, s.start, subjectEnd, EntityType::Region)) {
            if (isChinesePlace(*r) && (!best || placeRank(*r->place) > placeRank(*best->place)))
                best = r;
        }
        return best;
    }
    return nullptr;
}

const Entity* FieldFinder::region(const Candidate& c, QString* why, bool* own) const
{
    *own = false;
    const Entity* where = mostSpecific(c.item.start, c.item.end, c.name);
    if (where && placeRank(*where->place) <= 1)
        where = nullptr; // a province only: the sentence or paragraph may say where in it
    // The division the park of its name starts with (涿州 of 涿州恒川科技产业园) holds unless its context
    // names a place inside it (南昌 of 南昌恒川产业园, in 南昌临空经济区).
    const Entity* named = nullptr;
    if (where && m_inZone.contains(where)) {
        named = where;
        where = nullptr;
    }
    if (where) {
        *why = u"the most specific place in its item"_s;
        *own = true;
    } else if (const auto heading = m_headingPlace.find(c.list); heading != m_headingPlace.end()) {
        *why = u"the area the heading of its list names"_s;
        *own = true;
        return &heading->second;
    } else if (c.list >= 0) {
        const ListGroup& g = m_lists[c.list];
        where = mostSpecific(g.lead.start, g.lead.end, {});
        // "格尔木工业园A、B等4个项目": the place the first item starts with.
        if (!where) {
            const qsizetype firstEnd = m_text.indexOf(u'、', g.items.start);
            for (const Entity* r : entitiesIn(m_entities, g.items.start, g.items.end, EntityType::Region)) {
                if (isChinesePlace(*r) && r->span.start == g.items.start && r->span.end + 2 < firstEnd &&
                    m_words.actor_after.startingAt(m_text, r->span.end).isEmpty())
                    where = r;
            }
        }
        if (where) {
            *why = u"the place of the list it is an item of"_s;
            *own = true;
            // A heading that names a place (宁夏某某台1个，A) gives it, whatever the article is about.
            if (g.kind == u"N个，"_s)
                return where;
        }
    }
    const Sentence& s = m_sentences[c.sentence];
    if (!where) {
        where = mostSpecific(s.start, s.end, c.name, &c);
        if (where && (placeRank(*where->place) <= 1 || m_inZone.contains(where)))
            where = nullptr;
        if (where)
            *why = u"the most specific place in its sentence"_s;
    }
    if (!where && s.paragraph >= 0) {
        // The place named last before it in its paragraph (the text moves from place to place), else the most
        // specific one of the paragraph.
        const TextSpan para = m_clean.paragraphs[s.paragraph].span;
        // From the sentence back: the first that qualifies is the last one named.
        auto it = std::lower_bound(m_entities.cbegin(), m_entities.cend(), s.start,
                                   [](const Entity& e, qsizetype at) { return e.span.start < at; });
        while (!where && it != m_entities.cbegin()) {
            --it;
            if (it->span.start < para.start)
                break;
            const Entity* r = &*it;
            if (r->type == EntityType::Region && r->span.end <= s.start && isChinesePlace(*r) &&
                placeRank(*r->place) >= 2 && mostSpecific(r->span.start, r->span.end, {}, &c) == r)
                where = r;
        }
        if (where)
            *why = u"the place named last before it in its paragraph"_s;
        if (!where) {
            where = mostSpecific(para.start, para.end, c.name, &c);
            if (where && (placeRank(*where->place) <= 1 || m_inZone.contains(where)))
                where = nullptr;
            if (where)
                *why = u"the most specific place in its paragraph"_s;
        }
    }
    // A clause without a subject of its own: the place of the subject it shares, unless its item names a
    // place that is not a larger one around it (the city a name starts with: 兰州 of 兰州某某休闲区项目).
    if (const Entity* subject = subjectPlace(c.sentence)) {
        const Entity* itemPlace = *own ? where : named;
        if (!itemPlace || liesIn(*subject->place, *itemPlace->place)) {
            *why = u"the place of the subject its clause shares with the clause before"_s;
            *own = true;
            return subject;
        }
    }
    if (named && !(where && liesIn(*where->place, *named->place))) {
        where = named;
        *why = u"the place the park of its name starts with"_s;
        *own = true;
        return where;
    }
    // The article's place, unless it is a park that is a project's name (恒川科技产业园、宏远…项目).
    const bool mainIsAProject = m_mainIsAProject;
    if (where && m_mainPlace && !mainIsAProject && liesIn(*m_mainPlace->place, *where->place) &&
        c.item.length() > 0 && !(where->span.start >= c.item.start && where->span.end <= c.item.end)) {
        where = m_mainPlace;
        *why = u"the article's place, inside the one its context names"_s;
    }
    if (!where && m_mainPlace && !mainIsAProject) {
        where = m_mainPlace;
        *why = u"the article's place"_s;
    }
    return where;
}

// The status word nearest the name in [from, to): events that happened first; "planned" words, and events
// still to come (预计6月投产), only when nothing happened yet.
// Every status word of the text, and every building verb where no status word stands, read once: the ranges
// statusIn looks at are then read from this list.
void FieldFinder::findStatusWords()
{
    const qsizetype n = m_text.size();
    qsizetype marker = -1; // start of the last 将/拟/计划 of the current clause
    qsizetype markerEnd = -1;
    for (qsizetype at = 0; at < n;) {
        const QChar c = m_text.at(at);
        if (c == u'，' || c == u'。' || c == u',') {
            marker = -1;
            ++at;
            continue;
        }
        if (!m_words.status.mayStartWith(c) && !m_words.build_verb.mayStartWith(c) &&
            !m_words.to_come.mayStartWith(c)) {
            ++at;
            continue;
        }
        // 计划 is both a status word and a marker of what is still to come (计划2013年投产).
        const QString toCome = m_words.to_come.startingAt(m_text, at);
        QString word = m_words.status.startingAt(m_text, at);
        const bool building = word.isEmpty();
        if (building)
            word = m_words.build_verb.startingAt(m_text, at);
        if (!word.isEmpty()) {
            StatusWord w;
            w.span = {at, at + word.size()};
            w.building = building;
            w.status = building ? u"planned"_s : m_words.status.value(word);
            // 引进资金, 签约仪式: the word says nothing of a project here.
            for (qsizetype back = 0; back <= 2 && !w.excluded; ++back) {
                const QString phrase = m_words.not_status.startingAt(m_text, at - back);
                w.excluded = !phrase.isEmpty() && at - back + phrase.size() >= at + word.size();
            }
            // 洽谈…项目落户曹桥事宜: the matter of landing is still being talked about.
            if (QStringView(m_text).sliced(at + word.size()).left(6).contains(u"事宜"))
                w.excluded = true;
            w.markerAt = markerEnd <= at ? marker : -1;
            m_statusWords.append(w);
            if (!toCome.isEmpty()) {
                marker = at;
                markerEnd = at + toCome.size();
            }
            at += word.size(); // 未开工 is read once, not again as 开工
            continue;
        }
        if (!toCome.isEmpty()) {
            marker = at;
            markerEnd = at + toCome.size();
        }
        ++at;
    }
}

// The status word nearest the name in [from, to): events that happened first; "planned" words, and events
// still to come (预计6月投产), only when nothing happened yet; in that pass a building verb after 将/拟/计划
// says the same (将在泸州市建设…).
QString FieldFinder::statusIn(qsizetype from, qsizetype to, TextSpan name, TextSpan* where) const
{
    const int window = m_rules.threshold(u"status_window_before"_s, 8);
    auto first = std::lower_bound(m_statusWords.cbegin(), m_statusWords.cend(), from,
                                  [](const StatusWord& w, qsizetype at) { return w.span.start < at; });
    for (bool plannedPass : {false, true}) {
        QString best;
        qsizetype bestDistance = 1 << 20;
        for (auto it = first; it != m_statusWords.cend() && it->span.start < to; ++it) {
            const StatusWord& w = *it;
            const qsizetype at = w.span.start;
            if ((at >= name.start && at < name.end) || w.span.end > to || w.excluded)
                continue;
            if (w.building && !plannedPass)
                continue;
            const bool toCome = w.building
                                    ? w.markerAt >= from
                                    : w.status == u"planned"_s || w.markerAt >= qMax(from, at - window);
            if (toCome != plannedPass)
                continue;
            const qsizetype distance = at >= name.end ? at - name.end : (name.start - at) + 4;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = plannedPass ? u"planned"_s : w.status;
                *where = w.span;
            }
        }
        if (!best.isEmpty())
            return best;
    }
    return {};
}

QString FieldFinder::status(const Candidate& c, QString* why, From* from) const
{
    *from = From::Nowhere;
    TextSpan where;
    QString status = statusIn(c.item.start, c.item.end, c.name, &where);
    if (!status.isEmpty()) {
        *why = u"%1 in its item"_s.arg(spanText(m_text, where));
        *from = From::Item;
        return status;
    }
    if (c.list >= 0) {
        const ListGroup& g = m_lists[c.list];
        QList<TextSpan> ranges{g.tail, g.lead};
        // "还有12个项目集中开工，其中A 6个：…；B 3个：…": lists chained by '；' share the verb before them.
        for (int prev = g.sentence - 1; prev >= 0; --prev) {
            const Sentence& ps = m_sentences[prev];
            const QChar last = m_text.at(ps.end - 1);
            if (ps.paragraph != m_sentences[g.sentence].paragraph || (last != u'；' && last != u';'))
                break;
            ranges.append({ps.start, ps.end});
        }
        for (const TextSpan range : ranges) {
            status = statusIn(range.start, range.end, {range.end, range.end}, &where);
            if (!status.isEmpty()) {
                *why = u"%1, the verb of its list"_s.arg(spanText(m_text, where));
                *from = From::List;
                return status;
            }
        }
    }
    const Sentence& s = m_sentences[c.sentence];
    status = statusIn(s.start, s.end, c.name, &where);
    if (!status.isEmpty()) {
        *why = u"%1 in its sentence"_s.arg(spanText(m_text, where));
        *from = From::Sentence;
        return status;
    }
    if (s.paragraph >= 0) {
        const TextSpan para = m_clean.paragraphs[s.paragraph].span;
        // What the paragraph says happened to its projects (本次两个项目的开工) before any other word of it.
        for (const StatusWord& w : m_statusWords) {
            if (w.span.start < para.start || w.span.end > para.end || w.excluded || w.building ||
                w.status == u"planned"_s || (w.span.start >= c.name.start && w.span.start < c.name.end))
                continue;
            const QStringView before = QStringView(m_text).sliced(
                qMax(para.start, w.span.start - 3), w.span.start - qMax(para.start, w.span.start - 3));
            if (before.contains(u"项目") && w.markerAt < 0) {
                *why = u"%1 in its paragraph, said of its projects"_s.arg(spanText(m_text, w.span));
                *from = From::Paragraph;
                return w.status;
            }
        }
        status = statusIn(para.start, para.end, c.name, &where);
        if (!status.isEmpty()) {
            *why = u"%1 in its paragraph"_s.arg(spanText(m_text, where));
            *from = From::Paragraph;
            return status;
        }
    }
    // What the article reports happened (…共签约项目258个): every project it names without a word of its own.
    status = articleStatus(&where);
    if (!status.isEmpty())
        *from = From::Article;
    if (!status.isEmpty())
        *why = u"%1, what the article reports of its projects"_s.arg(spanText(m_text, where));
    return status;
}

// The status word of the first sentence that tells what happened to projects: one that names 项目 and
// holds a status word that is not a plan.
QString FieldFinder::articleStatus(TextSpan* where) const
{
    if (m_articleStatus) {
        *where = m_articleStatusAt;
        return *m_articleStatus;
    }
    m_articleStatus = QString();
    for (const Sentence& s : m_sentences) {
        if (!QStringView(m_text).sliced(s.start, s.end - s.start).contains(u"项目"))
            continue;
        const QString status = statusIn(s.start, s.end, {s.start, s.start}, where);
        if (!status.isEmpty() && status != u"planned"_s) {
            m_articleStatus = status;
            m_articleStatusAt = *where;
            return status;
        }
    }
    return {};
}

const Entity* FieldFinder::company(const Candidate& c, QString* why) const
{
    const QList<const Entity*> inItem = entitiesIn(m_entities, c.item.start, c.item.end, EntityType::Company);
    for (const Entity* e : inItem) {
        if (e->span.start >= c.name.start && e->span.end <= c.name.end) {
            // A short form that a longer trade name starts with names a joint venture of its own
            // (恒川格瑞特汽车变速箱项目 beside 恒川汽车公司): the trade name is the company.
            if (e->text != e->normalized) {
                const QString trade =
                    tradeNameAtHead(m_text, c.name.start, c.name.end, m_entities, m_words, m_longestRegion);
                const QString rest = trade.mid(e->text.size());
                const bool describes = m_rules.words(u"company_descriptor"_s).contains(rest) ||
                                       !IndustryTaxonomy::shared()->classify(rest).isEmpty();
                if (trade.size() > e->text.size() && trade.startsWith(e->text) && !describes)
                    return nullptr;
            }
            *why = u"named in the project's name"_s;
            return e;
        }
    }
    // The first company before the name in its item that is not a bracketed remark (母公司…的全资子公司).
    for (const Entity* e : inItem) {
        if (e->span.end > c.name.start)
            break;
        const QStringView before = QStringView(m_text).sliced(c.item.start, e->span.start - c.item.start);
        const qsizetype open = before.count(u'（') + before.count(u'(');
        const qsizetype close = before.count(u'）') + before.count(u')');
        if (open > close)
            continue;
        *why = u"named before the name in its item"_s;
        return e;
    }
    // The company that leads the list the project is an item of (宏远集团将…建设A、B、C等9个项目).
    if (c.list >= 0) {
        const ListGroup& g = m_lists[c.list];
        const QList<const Entity*> leading =
            entitiesIn(m_entities, g.lead.start, g.lead.end, EntityType::Company);
        if (!leading.isEmpty()) {
            *why = u"named before the list it is an item of"_s;
            return leading.back();
        }
    }
    // The subject of an earlier sentence of the paragraph (据悉，诺瓦瑞斯集团是一家…).
    const Sentence& s = m_sentences[c.sentence];
    const qsizetype paragraphStart = s.paragraph >= 0 ? m_clean.paragraphs[s.paragraph].span.start : s.start;
    for (int prev = c.sentence - 1; prev >= 0 && m_sentences[prev].start >= paragraphStart; --prev) {
        for (const Entity* e : entitiesIn(m_entities, m_sentences[prev].start, m_sentences[prev].start + 40,
                                          EntityType::Company)) {
            const QStringView after = QStringView(m_text).sliced(e->span.end).left(4);
            if (e->span.start <= m_sentences[prev].start + 6 &&
                (after.startsWith(u"是") || after.startsWith(u"作为"))) {
                *why = u"the subject of an earlier sentence of the paragraph"_s;
                return e;
            }
        }
    }
    for (const Entity* e : inItem) {
        if (e->span.start >= c.name.end) {
            *why = u"named after the name in its item"_s;
            return e;
        }
    }
    return nullptr;
}

void FieldFinder::indexCandidates(const QList<Candidate>& candidates)
{
    m_candidates = &candidates;
    m_itemsHolding.clear();
    for (int k = 0; k < candidates.size(); ++k) {
        for (const Entity* r :
             entitiesIn(m_entities, candidates[k].item.start, candidates[k].item.end, EntityType::Region))
            m_itemsHolding[r].append(k);
    }
    m_mainIsAProject =
        m_mainPlace && std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate& o) {
            return o.name.start <= m_mainPlace->span.start && m_mainPlace->span.end <= o.name.end &&
                   o.name.end - m_mainPlace->span.end <= 2; // the park is the name, or the name and 项目
        });
}

bool FieldFinder::fill(const QList<Candidate>& candidates, int k, Project* p, QString* reason, bool* ownPlace)
{
    if (m_candidates != &candidates)
        indexCandidates(candidates);
    const Candidate& c = candidates[k];
    const Sentence& s = m_sentences[c.sentence];
    p->name = m_clean.text.mid(c.name.start, c.name.length());
    p->explanation << u"found: %1, %2"_s.arg(spanText(m_text, c.name), c.rule);

    QString why;
    From statusFrom = From::Nowhere;
    p->status = status(c, &why, &statusFrom);
    if (!p->status.isEmpty())
        p->explanation << u"status: %1 from %2"_s.arg(p->status, why);

    const Entity* firm = company(c, &why);
    if (firm) {
        p->company = asWritten(firm->normalized.isEmpty() ? m_text.mid(firm->span.start, firm->span.length())
                                                          : firm->normalized);
        p->explanation << u"company: %1, %2"_s.arg(spanText(m_text, firm->span), why);
    } else {
        p->company = asWritten(
            tradeNameAtHead(m_text, c.name.start, c.name.end, m_entities, m_words, m_longestRegion));
        if (!p->company.isEmpty())
            p->explanation << u"company: “%1”, the trade name the project's name starts with"_s.arg(
                p->company);
    }

    qsizetype evidenceEnd = s.end;
    if (const Entity* money = investment(candidates, k, &why, &evidenceEnd)) {
        p->investment = money->money;
        p->amountText = m_clean.text.mid(money->span.start, money->span.length());
        m_usedMoney.insert(money);
        p->explanation << u"investment: %1, %2"_s.arg(spanText(m_text, money->span), why);
    }

    if (const Entity* where = region(c, &why, ownPlace)) {
        const Place& place = *where->place;
        // The region as the article writes it; the divisions above it are keys for roll-ups, in the
        // gazetteer's Simplified names. A municipality is its own city; a county under its province
        // (昌江黎族自治县) too.
        p->region = asWritten(placeName(place));
        p->province = place.province;
        p->county = place.county;
        p->city = !place.city.isEmpty()            ? place.city
                  : place.province.endsWith(u'市') ? place.province
                                                   : place.county;
        p->zone = asWritten(place.zone);
        p->regionCode = where->regionCode;
        p->explanation << u"region: %1, %2"_s.arg(spanText(m_text, where->span), why);
    }

    // Industry: the project's own name first, then its company, its item, and its sentence when the sentence
    // reports no other project; else OTHER.
    const auto classify = [](const QString& text) { return IndustryTaxonomy::shared()->classify(text); };
    const bool aloneInSentence =
        std::none_of(candidates.cbegin(), candidates.cend(),
                     [&](const Candidate& o) { return &o != &c && o.sentence == c.sentence; });
    QList<std::pair<QString, QString>> sources{{m_text.mid(c.name.start, c.name.length()), u"its name"_s},
                                               {firm ? firm->normalized : p->company, u"its company"_s}};
    if (!c.fromList)
        sources.append({m_text.mid(c.item.start, c.item.length()), u"its item"_s});
    if (aloneInSentence)
        sources.append({m_text.mid(s.start, s.end - s.start), u"its sentence"_s});
    for (const auto& [source, from] : sources) {
        if (!source.isEmpty() && !(p->industry = classify(source)).isEmpty()) {
            p->explanation << u"industry: %1 from %2"_s.arg(p->industry, from);
            break;
        }
    }
    if (p->industry.isEmpty()) {
        p->industry = u"OTHER"_s;
        p->explanation << u"industry: OTHER, no industry word in its name, company or item"_s;
    }

    p->evidence = {s.start, evidenceEnd};
    // The article's general report fills the field but does not make a name a project report.
    const bool ownStatus = statusFrom != From::Nowhere && statusFrom != From::Article;
    if (!c.fromList && !ownStatus && !p->investment) {
        *reason = u"neither a status nor an amount of its own"_s;
        return false;
    }
    // An item named only by its list (恒川研发中心, 宏远医药) needs the list to say what happened to it.
    if (c.fromList && c.rule.startsWith(u"item of a list"_s) &&
        (statusFrom == From::Nowhere || statusFrom >= From::Paragraph) && !p->investment) {
        *reason = u"an item of a list that says nothing happened to its items"_s;
        return false;
    }
    // One named among a count of projects (21个优秀科创项目同场竞技) without its own amount.
    static const QRegularExpression count(u"(\\d+|[一二两三四五六七八九十]+)个"_s);
    const qsizetype windowStart = qMax(s.start, c.name.start - 12);
    const qsizetype windowEnd = qMin(s.end, c.name.end + 30);
    if (!c.fromList && !p->investment &&
        count.match(m_text.mid(windowStart, windowEnd - windowStart)).hasMatch()) {
        *reason = u"named among a count of projects, without an amount of its own"_s;
        return false;
    }
    return true;
}

} // namespace ProjectStages
