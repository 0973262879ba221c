#include "jsonexport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Whole amounts are written as integers (120000000, not 1.2e+08).
QJsonValue number(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9.0e15)
        return QJsonValue(static_cast<qint64>(v));
    return QJsonValue(v);
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue money(const std::optional<Money>& m)
{
    if (!m)
        return QJsonValue::Null;
    QJsonObject o{{u"amount"_s, number(m->amount)},
                  {u"currency"_s, m->currency},
                  {u"qualifier"_s, textOrNull(qualifierName(m->qualifier))}};
    o.insert(u"cny"_s, m->amountCny ? number(*m->amountCny) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject span(const TextSpan& s)
{
    return {{u"start"_s, static_cast<qint64>(s.start)}, {u"end"_s, static_cast<qint64>(s.end)}};
}

} // namespace

namespace JsonExport {

QJsonObject entity(const Entity& e)
{
    QJsonObject o{{u"type"_s, entityTypeName(e.type)},
                  {u"text"_s, e.text},
                  {u"start"_s, static_cast<qint64>(e.span.start)},
                  {u"end"_s, static_cast<qint64>(e.span.end)}};
    if (!e.normalized.isEmpty())
        o.insert(u"normalized"_s, e.normalized);
    if (!e.role.isEmpty())
        o.insert(u"role"_s, e.role);
    if (e.money) {
        o.insert(u"value"_s, number(e.money->amount));
        if (e.money->amountHigh)
            o.insert(u"value_high"_s, number(*e.money->amountHigh));
        o.insert(u"currency"_s, e.money->currency);
        o.insert(u"qualifier"_s, textOrNull(qualifierName(e.money->qualifier)));
    }
    if (!e.regionCode.isEmpty())
        o.insert(u"region_code"_s, e.regionCode);
    if (e.place) {
        o.insert(u"level"_s, e.place->level);
        for (const auto& [key, value] :
             {std::pair{u"country"_s, e.place->country}, std::pair{u"province"_s, e.place->province},
              std::pair{u"city"_s, e.place->city}, std::pair{u"county"_s, e.place->county},
              std::pair{u"town"_s, e.place->town}, std::pair{u"zone"_s, e.place->zone}}) {
            if (!value.isEmpty())
                o.insert(key, value);
        }
    }
    if (!e.industry.isEmpty())
        o.insert(u"industry"_s, e.industry);
    return o;
}

QJsonObject project(const Project& p)
{
    QJsonArray mentions;
    for (const TextSpan& m : p.mentions)
        mentions.append(span(m));
    return {{u"name"_s, p.name},
            {u"mentions"_s, mentions},
            {u"company"_s, textOrNull(p.company)},
            {u"region"_s, textOrNull(p.region)},
            {u"city"_s, textOrNull(p.city)},
            {u"province"_s, textOrNull(p.province)},
            {u"county"_s, textOrNull(p.county)},
            {u"zone"_s, textOrNull(p.zone)},
            {u"investment"_s, money(p.investment)},
            {u"amount_text"_s, textOrNull(p.amountText)},
            {u"industry"_s, textOrNull(p.industry)},
            {u"status"_s, textOrNull(p.status)},
            {u"evidence"_s, span(p.evidence)}};
}

QJsonObject aggregate(const Aggregate& a)
{
    return {{u"text"_s, a.text},
            {u"region"_s, textOrNull(a.region)},
            {u"count"_s, a.count ? QJsonValue(*a.count) : QJsonValue(QJsonValue::Null)},
            {u"investment"_s, money(a.investment)},
            {u"start"_s, static_cast<qint64>(a.span.start)},
            {u"end"_s, static_cast<qint64>(a.span.end)}};
}

QJsonObject document(const AnalyzedDocument& d, bool explain)
{
    QJsonArray entities;
    for (const Entity& e : d.annotations.entities)
        entities.append(entity(e));
    QJsonArray projects;
    for (const Project& p : d.annotations.projects) {
        QJsonObject o = project(p);
        if (explain)
            o.insert(u"explanation"_s, QJsonArray::fromStringList(p.explanation));
        projects.append(o);
    }
    QJsonArray aggregates;
    for (const Aggregate& a : d.annotations.aggregates)
        aggregates.append(aggregate(a));
    QJsonObject o{{u"file"_s, d.document.name},
                  {u"title"_s, d.clean.title},
                  {u"byline"_s, textOrNull(d.clean.byline)},
                  {u"encoding"_s, d.document.encoding},
                  {u"region"_s, textOrNull(d.annotations.mainRegion())},
                  {u"entities"_s, entities},
                  {u"projects"_s, projects},
                  {u"aggregates"_s, aggregates}};
    if (explain) {
        QJsonArray rejected;
        for (const Rejection& r : d.annotations.rejected)
            rejected.append(QJsonObject{{u"name"_s, r.name},
                                        {u"start"_s, static_cast<qint64>(r.span.start)},
                                        {u"end"_s, static_cast<qint64>(r.span.end)},
                                        {u"reason"_s, r.reason}});
        o.insert(u"rejected"_s, rejected);
        o.insert(u"region_explanation"_s, textOrNull(d.annotations.mainPlaceReason));
    }
    return o;
}

QByteArray indented(const QJsonObject& object, int depth)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const QByteArray indent(4 * depth, ' ');
    QByteArray out;
    out.reserve(text.size() + text.count('\n') * indent.size());
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        if (from > 0)
            out += '\n';
        out += indent;
        out += QByteArrayView(text).sliced(from, end - from);
        from = end + 1;
    }
    return out;
}

QString explanation(const QList<AnalyzedDocument>& documents)
{
    QString out;
    for (const AnalyzedDocument& d : documents) {
        out += d.document.name + u'\n';
        int n = 0;
        for (const Project& p : d.annotations.projects) {
            out += u"  project %1: %2\n"_s.arg(QString::number(++n), p.name);
            for (const QString& line : p.explanation)
                out += u"    "_s + line + u'\n';
        }
        for (const Rejection& r : d.annotations.rejected)
            out += u"  rejected: “%1” at %2–%3: %4\n"_s.arg(r.name, QString::number(r.span.start),
                                                            QString::number(r.span.end), r.reason);
    }
    return out;
}

} // namespace JsonExport
