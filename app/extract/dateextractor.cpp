#include "dateextractor.h"

#include "chinesenumber.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression& absoluteDate()
{
    static const QRegularExpression re(u"((?:19|20)\\d{2})年(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?)?"_s);
    return re;
}

const QRegularExpression& relativeDate()
{
    static const QRegularExpression re(
        u"(今年|去年|明年|前年|上年|当年)(?:(\\d{1,2})月(?:(\\d{1,2})[日号])?|(一|二|三|四|上|下)(?:季度|半年))?"_s);
    return re;
}

const QRegularExpression& monthDay()
{
    static const QRegularExpression re(u"(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]"_s);
    return re;
}

QString iso(int year, int month, int day)
{
    QString s = year > 0 ? QString::number(year) : u"-"_s;
    if (month > 0)
        s += u"-%1"_s.arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        s += u"-%1"_s.arg(day, 2, 10, QLatin1Char('0'));
    return s;
}

bool valid(int month, int day)
{
    return month >= 0 && month <= 12 && day >= 0 && day <= 31;
}

} // namespace

std::optional<int> DateExtractor::articleYear(const QString& text)
{
    QHash<int, int> counts;
    for (auto it = absoluteDate().globalMatch(text); it.hasNext();) {
        const int year = it.next().captured(1).toInt();
        if (year >= 2010 && year <= 2100)
            ++counts[year];
    }
    int best = 0;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() > best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    if (bestCount == 0)
        return std::nullopt;
    return best;
}

QList<Entity> DateExtractor::extract(const QString& text, std::optional<int> articleYear)
{
    QList<Entity> found;
    QList<TextSpan> used;
    const auto add = [&](qsizetype start, qsizetype end, const QString& normalized, const QString& role) {
        for (const TextSpan& u : used) {
            if (start < u.end && u.start < end)
                return;
        }
        Entity e;
        e.type = EntityType::Date;
        e.span = {start, end};
        e.text = text.mid(start, end - start);
        e.normalized = normalized;
        e.role = role;
        found.append(e);
        used.append(e.span);
    };
    for (auto it = absoluteDate().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = m.captured(2).toInt();
        const int day = m.captured(3).toInt();
        if (valid(month, day))
            add(m.capturedStart(), m.capturedEnd(), iso(m.captured(1).toInt(), month, day), {});
    }
    for (auto it = relativeDate().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = m.captured(2).toInt();
        const int day = m.captured(3).toInt();
        if (!valid(month, day))
            continue;
        const QString word = m.captured(1);
        const int offset = word == u"去年"_s || word == u"上年"_s ? -1
                           : word == u"明年"_s                    ? 1
                           : word == u"前年"_s                    ? -2
                                                                  : 0;
        QString normalized;
        if (articleYear && word != u"当年"_s) {
            normalized = iso(*articleYear + offset, month, day);
            if (!m.captured(4).isEmpty()) {
                static const QHash<QString, QString> quarters{{u"一"_s, u"Q1"_s}, {u"二"_s, u"Q2"_s},
                                                              {u"三"_s, u"Q3"_s}, {u"四"_s, u"Q4"_s},
                                                              {u"上"_s, u"H1"_s}, {u"下"_s, u"H2"_s}};
                normalized += u'-' + quarters.value(m.captured(4));
            }
        }
        add(m.capturedStart(), m.capturedEnd(), normalized, u"relative"_s);
    }
    for (auto it = monthDay().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        if (month >= 1 && valid(month, day))
            add(m.capturedStart(), m.capturedEnd(), iso(articleYear.value_or(0), month, day),
                articleYear ? u"relative"_s : QString());
    }
    std::sort(found.begin(), found.end(),
              [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    return found;
}
