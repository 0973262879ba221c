#include "storeexport.h"

#include "csvwriter.h"
#include "report/labels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString number(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

QString number(const std::optional<double>& v)
{
    return v ? number(*v) : QString();
}

QJsonValue jsonNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// The status in the user's language; nothing for a project without one.
QString statusName(const QString& status)
{
    return status.isEmpty() ? QString() : Labels::status(status);
}

// The values an analyst corrected, as extracted: "company: 恒川; amount: 1.2亿元".
QString originalText(const CorpusQueries::ProjectRow& r)
{
    QStringList parts;
    for (const QString& field : r.corrected)
        parts << u"%1: %2"_s.arg(field, field == u"amount"_s ? r.original.value(u"amount_text"_s)
                                                             : r.original.value(field));
    return parts.join(u"; "_s);
}

QJsonObject originalJson(const CorpusQueries::ProjectRow& r)
{
    QJsonObject o;
    for (const QString& field : r.corrected)
        o.insert(field, field == u"amount"_s ? r.original.value(u"amount_text"_s) : r.original.value(field));
    return o;
}

} // namespace

QByteArray StoreExport::projects(const CorpusQueries& queries, const ProjectFilter& filter, Format format)
{
    const QList<CorpusQueries::ProjectRow> rows = queries.projects(filter);
    if (format == Format::Csv) {
        QString csv =
            Csv::row({u"name"_s,       u"company"_s,     u"region"_s,      u"city"_s,     u"province"_s,
                      u"county"_s,     u"zone"_s,        u"amount"_s,      u"currency"_s, u"qualifier"_s,
                      u"amount_cny"_s, u"converted"_s,   u"amount_text"_s, u"industry"_s, u"industry_name"_s,
                      u"status"_s,     u"status_name"_s, u"article"_s,     u"mentions"_s, u"corrected"_s,
                      u"original"_s,   u"confirmed"_s});
        for (const auto& r : rows) {
            csv += Csv::row({r.name,
                             r.company,
                             r.region,
                             r.city,
                             r.province,
                             r.county,
                             r.zone,
                             number(r.amount),
                             r.currency,
                             r.qualifier,
                             number(r.amountCny),
                             r.isConverted() ? u"yes"_s : QString(),
                             r.amountText,
                             r.industry,
                             Labels::industry(r.industry),
                             r.status,
                             statusName(r.status),
                             r.documentFile,
                             QString::number(r.mentions),
                             r.corrected.join(u", "_s),
                             originalText(r),
                             r.confirmed ? u"yes"_s : QString()});
        }
        return QByteArray(Csv::kUtf8Bom) + csv.toUtf8();
    }
    QJsonArray array;
    for (const auto& r : rows) {
        array.append(
            QJsonObject{{u"name"_s, r.name},
                        {u"company"_s, r.company},
                        {u"region"_s, r.region},
                        {u"city"_s, r.city},
                        {u"province"_s, r.province},
                        {u"county"_s, r.county},
                        {u"zone"_s, r.zone},
                        {u"amount"_s, jsonNumber(r.amount)},
                        {u"currency"_s, r.currency},
                        {u"qualifier"_s, r.qualifier},
                        {u"amount_cny"_s, jsonNumber(r.amountCny)},
                        {u"converted"_s, r.isConverted()},
                        {u"amount_text"_s, r.amountText},
                        {u"industry"_s, r.industry},
                        {u"industry_name"_s, Labels::industry(r.industry)},
                        {u"status"_s, r.status},
                        {u"status_name"_s, statusName(r.status)},
                        {u"article"_s, r.documentFile},
                        {u"evidence"_s, QJsonObject{{u"start"_s, static_cast<qint64>(r.evidence.start)},
                                                    {u"end"_s, static_cast<qint64>(r.evidence.end)}}},
                        {u"mentions"_s, r.mentions},
                        {u"corrected"_s, QJsonArray::fromStringList(r.corrected)},
                        {u"original"_s, originalJson(r)},
                        {u"confirmed"_s, r.confirmed}});
    }
    return QJsonDocument(QJsonObject{{u"projects"_s, array}}).toJson(QJsonDocument::Indented);
}

QByteArray StoreExport::entities(const CorpusQueries& queries, const ProjectFilter& filter, Format format)
{
    QString csv =
        Csv::row({u"article"_s, u"type"_s, u"text"_s, u"start"_s, u"end"_s, u"normalized"_s, u"role"_s,
                  u"amount"_s, u"currency"_s, u"amount_cny"_s, u"region_code"_s, u"industry"_s});
    QJsonArray array;
    for (const auto& d : queries.documents(filter)) {
        for (const Entity& e : queries.entities(d.id)) {
            // Spelled out rather than through std::optional temporaries, which GCC 12 misreports as
            // uninitialised.
            QString amount, cny, currency;
            QJsonValue amountJson(QJsonValue::Null), cnyJson(QJsonValue::Null);
            if (e.money) {
                amount = number(e.money->amount);
                amountJson = e.money->amount;
                currency = e.money->currency;
                if (e.money->amountCny) {
                    cny = number(*e.money->amountCny);
                    cnyJson = *e.money->amountCny;
                }
            }
            if (format == Format::Csv) {
                csv += Csv::row({d.file, entityTypeName(e.type), e.text, QString::number(e.span.start),
                                 QString::number(e.span.end), e.normalized, e.role, amount, currency, cny,
                                 e.regionCode, e.industry});
            } else {
                array.append(QJsonObject{{u"article"_s, d.file},
                                         {u"type"_s, entityTypeName(e.type)},
                                         {u"text"_s, e.text},
                                         {u"start"_s, static_cast<qint64>(e.span.start)},
                                         {u"end"_s, static_cast<qint64>(e.span.end)},
                                         {u"normalized"_s, e.normalized},
                                         {u"role"_s, e.role},
                                         {u"amount"_s, amountJson},
                                         {u"currency"_s, currency},
                                         {u"amount_cny"_s, cnyJson},
                                         {u"region_code"_s, e.regionCode},
                                         {u"industry"_s, e.industry}});
            }
        }
    }
    if (format == Format::Csv)
        return QByteArray(Csv::kUtf8Bom) + csv.toUtf8();
    return QJsonDocument(QJsonObject{{u"entities"_s, array}}).toJson(QJsonDocument::Indented);
}

bool StoreExport::write(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
