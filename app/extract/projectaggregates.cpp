// Aggregates of an article: counts of projects and their totals (see projectstages.h).
#include "projectstages.h"

#include "chinesenumber.h"
#include "clean/cleantext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ProjectStages {

// Aggregates: a count of projects and their total investment
// ("签约项目20个，其中产业类项目18个，投资总额约586亿元", "总投资15.9亿元的13个台资项目"). Each count takes
// the first total after it, before the next count, else one joined to it by 的 before it. A size class
// (10亿元以上项目6个, 10亿元~50亿元之间的项目10个) is not a total; one project is no aggregate; a year's
// share (当年总投资) is not the total.
QList<Aggregate> aggregatesOf(const QString& text, const CleanText& clean, const QList<Entity>& entities,
                              const QList<Sentence>& sentences, const Entity* mainPlace,
                              QSet<const Entity*>* usedMoney)
{
    QList<Aggregate> out;
    static const QRegularExpression countOf(
        u"(?:项目(?:共计|合计|总计|累计|不少于|超过|共|有|超|近|约|逾|达)?(\\d+|[一二两三四五六七八九十百千]+"
        u")(多)?[个项])|"
        u"(?:(\\d+|[一二两三四五六七八九十百千]+)(多)?个(?=[^，。；]{0,3}(?:签约|开工|落地|落户|开复工|投产))"
        u")|"
        u"(?:(\\d+|[一二两三四五六七八九十百千]+)(多)?(?:个|项|大)[^，。；、]{0,8}?项目)|"
        u"(?:(?:签约|开工|开复工|落地|投产)(\\d+|[一二两三四五六七八九十百千]+)(多)?个)|"
        u"(?:企业(?:共|共有)?(\\d+|[一二两三四五六七八九十百千]+)(多)?家)"_s);
    const auto isClassBound = [&](const Entity& e) {
        const QStringView after = QStringView(text).sliced(e.span.end).left(4);
        return e.money->amountHigh || after.startsWith(u"以上") || after.startsWith(u"之间") ||
               after.startsWith(u"及以上") || after.startsWith(u"~") || after.startsWith(u"～") ||
               after.startsWith(u"至") || isThreshold(text, e);
    };
    const auto isYearShare = [&](const Entity& e) {
        const QStringView before =
            QStringView(text).sliced(qMax<qsizetype>(0, e.span.start - 8), qMin<qsizetype>(8, e.span.start));
        return before.contains(u"当年") || before.contains(u"年度") || before.contains(u"年内") ||
               before.contains(u"今年计划");
    };
    for (const Sentence& s : sentences) {
        const QString sentence = text.mid(s.start, s.end - s.start);
        if (!sentence.contains(u"项目"_s) && !sentence.contains(u"企业"_s))
            continue;
        struct Count {
            qsizetype start;
            qsizetype end;
            int n;
            bool over;
        };
        QList<Count> counts;
        const bool hasCount =
            sentence.contains(u'个') || sentence.contains(u'项') || sentence.contains(u'家');
        for (auto it = hasCount ? countOf.globalMatch(sentence) : QRegularExpressionMatchIterator();
             it.hasNext();) {
            const auto m = it.next();
            QString digits;
            bool over = false;
            for (int group = 1; group <= 9; group += 2) {
                if (digits.isEmpty() && !m.captured(group).isEmpty()) {
                    digits = m.captured(group);
                    over = !m.captured(group + 1).isEmpty();
                }
            }
            bool ok = false;
            int n = digits.toInt(&ok);
            if (!ok)
                n = static_cast<int>(ChineseNumber::parseNumerals(digits).value_or(0));
            counts.append({s.start + m.capturedStart(0), s.start + m.capturedEnd(0), n, over});
        }
        const QList<const Entity*> money = entitiesIn(entities, s.start, s.end, EntityType::Money);
        // "…的(约新台币74亿元)": an amount in brackets converts the one before it; it is no total of its own.
        const auto bracketed = [&](const Entity* e) {
            const QStringView before = QStringView(text).sliced(
                qMax(s.start, e->span.start - 3), e->span.start - qMax(s.start, e->span.start - 3));
            return before.contains(u'（') || before.contains(u'(');
        };
        // A part of a breakdown (其中现场签约项目15个、云签约项目3个) or a size class gives the total after
        // it to the count it breaks down.
        QList<bool> isPart(counts.size(), false);
        QList<bool> taken(counts.size(), false);
        for (int ci = 0; ci < counts.size(); ++ci) {
            const auto enumerated = [&](int a, int b) {
                const QStringView gap =
                    QStringView(text).sliced(counts[a].end, counts[b].start - counts[a].end);
                return gap.contains(u'、') && !gap.contains(u'，') && !gap.contains(u',');
            };
            isPart[ci] =
                (ci > 0 && enumerated(ci - 1, ci)) || (ci + 1 < counts.size() && enumerated(ci, ci + 1));
        }
        for (int ci = 0; ci < counts.size(); ++ci) {
            const Count& c = counts[ci];
            // The count is a size class when a class bound stands right before it in its clause.
            const qsizetype clauseStart = [&] {
                qsizetype at = c.start;
                while (at > s.start && !QStringView(u"，,；;：:").contains(text.at(at - 1)))
                    --at;
                return at;
            }();
            const bool sizeClass = std::any_of(money.cbegin(), money.cend(), [&](const Entity* e) {
                return e->span.start >= clauseStart && e->span.end <= c.start && isClassBound(*e);
            });
            const qsizetype limit = ci + 1 < counts.size() ? counts[ci + 1].start : s.end;
            // "5个签约项目分别是：A…投资额30亿元": the amounts after a list belong to its items.
            const QStringView afterCount = QStringView(text).sliced(c.end, limit - c.end);
            const qsizetype listAt = std::min(
                {afterCount.indexOf(u'：'), afterCount.indexOf(u':'), afterCount.indexOf(u"分别是"),
                 afterCount.indexOf(u"分别为")},
                [](qsizetype a, qsizetype b) { return (a >= 0 ? a : 1 << 30) < (b >= 0 ? b : 1 << 30); });
            const qsizetype totalLimit = listAt >= 0 ? c.end + listAt : limit;
            const Entity* total = nullptr;
            for (const Entity* e : money) {
                if (e->span.start >= c.end && e->span.end <= totalLimit && isInvestment(*e) &&
                    !isClassBound(*e) && !bracketed(e) && !usedMoney->contains(e)) {
                    total = e;
                    break;
                }
            }
            if (!total && !isPart[ci] && !sizeClass) {
                for (const Entity* e : money) {
                    if (e->span.end <= c.start && e->span.start >= clauseStart && isInvestment(*e) &&
                        !isClassBound(*e) && !bracketed(e) && !usedMoney->contains(e) &&
                        joinedByDe(text, e->span.end, c.start))
                        total = e;
                }
            }
            if (!total || isYearShare(*total))
                continue;
            int owner = ci;
            // A size class of several projects followed by its own total (…之间的项目10个，总投资共152亿元)
            // keeps it; a part of a breakdown, or one project, gives it to the count it breaks down.
            const bool ownTotal = sizeClass && c.n > 1 && !isPart[ci] && total->span.start >= c.end;
            if (isPart[ci] || (sizeClass && !ownTotal) || c.n <= 1) {
                owner = -1;
                for (int earlier = ci - 1; earlier >= 0 && owner < 0; --earlier) {
                    if (!isPart[earlier] && !taken[earlier] && counts[earlier].n > 1)
                        owner = earlier;
                }
                if (owner < 0)
                    continue;
            }
            if (counts[owner].n <= 1 || taken[owner])
                continue;
            taken[owner] = true;
            Aggregate a;
            a.span = {s.start, s.end};
            a.text = clean.text.mid(s.start, s.end - s.start);
            a.count = counts[owner].n;
            a.investment = total->money;
            const Entity* where = nullptr;
            for (const Entity* r : entitiesIn(entities, s.start, counts[owner].start, EntityType::Region)) {
                if (isChinesePlace(*r) && (!where || placeRank(*r->place) > placeRank(*where->place)))
                    where = r;
            }
            if (!where)
                where = mainPlace;
            if (where)
                a.region = placeName(*where->place);
            out.append(a);
            usedMoney->insert(total);
        }
    }
    // The same total reported again (a repeated paragraph, the lead and the body) is one aggregate.
    QList<Aggregate> distinct;
    for (const Aggregate& a : out) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [&](const Aggregate& b) {
            return b.count == a.count && b.investment && a.investment &&
                   b.investment->amount == a.investment->amount;
        });
        if (!seen)
            distinct.append(a);
    }
    return distinct;
}

} // namespace ProjectStages
