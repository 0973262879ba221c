#include "csvexport.h"

#include "csvwriter.h"
#include "report/labels.h"

using namespace Qt::StringLiterals;

namespace {

QString number(double v)
{
    return QString::number(v, 'f', v == static_cast<double>(static_cast<qint64>(v)) ? 0 : 2);
}

QStringList moneyFields(const std::optional<Money>& m)
{
    if (!m)
        return {QString(), QString(), QString(), QString()};
    return {number(m->amount), m->currency, qualifierName(m->qualifier),
            m->amountCny ? number(*m->amountCny) : QString()};
}

} // namespace

namespace CsvExport {

std::optional<Table> tableFromName(const QString& name)
{
    if (name == u"projects"_s)
        return Table::Projects;
    if (name == u"entities"_s)
        return Table::Entities;
    if (name == u"aggregates"_s)
        return Table::Aggregates;
    if (name == u"documents"_s)
        return Table::Documents;
    return std::nullopt;
}

QString header(Table which)
{
    switch (which) {
    case Table::Projects:
        return Csv::row({u"file"_s, u"name"_s, u"company"_s, u"region"_s, u"city"_s, u"province"_s,
                         u"amount"_s, u"currency"_s, u"qualifier"_s, u"amount_cny"_s, u"amount_text"_s,
                         u"industry"_s, u"status"_s, u"evidence_start"_s, u"evidence_end"_s, u"county"_s,
                         u"zone"_s, u"industry_name"_s, u"status_name"_s});
    case Table::Entities:
        return Csv::row({u"file"_s, u"type"_s, u"text"_s, u"start"_s, u"end"_s, u"normalized"_s, u"role"_s,
                         u"value"_s, u"currency"_s, u"qualifier"_s, u"cny"_s, u"region_code"_s,
                         u"industry"_s});
    case Table::Aggregates:
        return Csv::row({u"file"_s, u"text"_s, u"region"_s, u"count"_s, u"amount"_s, u"currency"_s,
                         u"qualifier"_s, u"amount_cny"_s, u"start"_s, u"end"_s});
    case Table::Documents:
        return Csv::row({u"file"_s, u"title"_s, u"byline"_s, u"encoding"_s, u"characters"_s, u"paragraphs"_s,
                         u"repeated_paragraphs"_s, u"entities"_s, u"projects"_s});
    }
    return {};
}

QString rows(Table which, const AnalyzedDocument& d)
{
    QString out;
    switch (which) {
    case Table::Projects:
        for (const Project& p : d.annotations.projects) {
            out += Csv::row(QStringList{d.document.name, p.name, p.company, p.region, p.city, p.province} +
                            moneyFields(p.investment) +
                            QStringList{p.amountText, p.industry, p.status, QString::number(p.evidence.start),
                                        QString::number(p.evidence.end), p.county, p.zone,
                                        Labels::industry(p.industry),
                                        p.status.isEmpty() ? QString() : Labels::status(p.status)});
        }
        break;
    case Table::Entities:
        for (const Entity& e : d.annotations.entities) {
            out += Csv::row(QStringList{d.document.name, entityTypeName(e.type), e.text,
                                        QString::number(e.span.start), QString::number(e.span.end),
                                        e.normalized, e.role} +
                            moneyFields(e.money) + QStringList{e.regionCode, e.industry});
        }
        break;
    case Table::Aggregates:
        for (const Aggregate& a : d.annotations.aggregates) {
            out += Csv::row(QStringList{d.document.name, a.text, a.region,
                                        a.count ? QString::number(*a.count) : QString()} +
                            moneyFields(a.investment) +
                            QStringList{QString::number(a.span.start), QString::number(a.span.end)});
        }
        break;
    case Table::Documents:
        out += Csv::row({d.document.name, d.clean.title, d.clean.byline, d.document.encoding,
                         QString::number(d.clean.text.size()), QString::number(d.clean.paragraphs.size()),
                         QString::number(d.clean.repeatedParagraphCount()),
                         QString::number(d.annotations.entities.size()),
                         QString::number(d.annotations.projects.size())});
        break;
    }
    return out;
}

} // namespace CsvExport
