#include "measureextractor.h"

#include "chinesenumber.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

QList<Entity> MeasureExtractor::extract(const QString& text)
{
    QList<Entity> found;
    // The number first: a pattern that starts with a digit is searched for quickly, one that starts with an
    // optional word (近, 约…) is tried at every character. The word is taken from before the number.
    static const QRegularExpression area(u"(\\d+(?:\\.\\d+)?)(万)?(平方公里|平方米|平米|亩|公顷)"_s);
    for (auto it = area.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start =
            m.capturedStart() > 0 && QStringView(u"近约超逾").contains(text.at(m.capturedStart() - 1))
                ? m.capturedStart() - 1
                : m.capturedStart();
        double value = m.captured(1).toDouble() * (m.captured(2).isEmpty() ? 1 : 1e4);
        const QString unit = m.captured(3);
        double squareMetres = value;
        if (unit == u"亩"_s)
            squareMetres = value * 10000.0 / 15.0;
        else if (unit == u"公顷"_s)
            squareMetres = value * 1e4;
        else if (unit == u"平方公里"_s)
            squareMetres = value * 1e6;
        Entity e;
        e.type = EntityType::Area;
        e.span = {start, m.capturedEnd()};
        e.text = text.mid(start, m.capturedEnd() - start);
        e.normalized = QString::number(std::llround(squareMetres)) + u" m2"_s;
        const QString before = text.mid(qMax<qsizetype>(0, start - 8), qMin<qsizetype>(8, start));
        const bool land = unit == u"亩"_s || unit == u"公顷"_s || unit == u"平方公里"_s ||
                          before.contains(u"用地"_s) || before.contains(u"占地"_s) ||
                          before.contains(u"土地"_s);
        e.role = land ? u"land"_s : u"floor"_s;
        found.append(e);
    }
    static const QRegularExpression capacity(
        u"年产(?:能)?(?:达)?(\\d+(?:\\.\\d+)?)(万|亿)?(套|台|辆|吨|件|片|米|平方米|颗|只|个|张|块|组|架|艘|GWh|MWh|千瓦|兆瓦|瓶|支|盒)"_s);
    for (auto it = capacity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const double value = m.captured(1).toDouble() * (m.captured(2) == u"万"_s   ? 1e4
                                                         : m.captured(2) == u"亿"_s ? 1e8
                                                                                    : 1);
        Entity e;
        e.type = EntityType::Capacity;
        e.span = {m.capturedStart(), m.capturedEnd()};
        e.text = m.captured();
        e.normalized = QString::number(value, 'f', 0) + u' ' + m.captured(3) + u"/年"_s;
        found.append(e);
    }
    std::sort(found.begin(), found.end(),
              [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    return found;
}
