#include "labels.h"

#include <algorithm>

#include "extract/industrytaxonomy.h"
#include "review/corrections.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

bool Labels::uiIsChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString Labels::status(const QString& code)
{
    if (code == u"signed"_s)
        return tr("Signed");
    if (code == u"started"_s)
        return tr("Started");
    if (code == u"operating"_s)
        return tr("Operating");
    if (code == u"landed"_s)
        return tr("Landed");
    if (code == u"negotiating"_s)
        return tr("Negotiating");
    if (code == u"planned"_s)
        return tr("Planned");
    return code.isEmpty() ? tr("Unknown") : code;
}

QString Labels::industry(const QString& code)
{
    const auto* industry = IndustryTaxonomy::shared()->industry(code.isEmpty() ? u"OTHER"_s : code);
    if (!industry)
        return code;
    return uiIsChinese() ? industry->nameZh : industry->nameEn;
}

QString Labels::sizeBucket(ProjectFilter::SizeBucket bucket)
{
    using B = ProjectFilter::SizeBucket;
    switch (bucket) {
    case B::Below100M:
        return tr("< 1亿");
    case B::From100MTo1B:
        return tr("1–10亿");
    case B::From1BTo5B:
        return tr("10–50亿");
    case B::From5BTo10B:
        return tr("50–100亿");
    case B::AtLeast10B:
        return tr("≥ 100亿");
    case B::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString Labels::regionLevel(ProjectFilter::RegionLevel level)
{
    using L = ProjectFilter::RegionLevel;
    switch (level) {
    case L::Province:
        return tr("Province");
    case L::City:
        return tr("City");
    case L::County:
        return tr("County");
    case L::Zone:
        return tr("Zone");
    }
    return {};
}

QString Labels::entityType(const QString& type)
{
    if (type == u"company"_s)
        return tr("Company");
    if (type == u"region"_s)
        return tr("Place");
    if (type == u"person"_s)
        return tr("Person");
    if (type == u"money"_s)
        return tr("Money");
    if (type == u"industry"_s)
        return tr("Industry");
    if (type == u"date"_s)
        return tr("Date");
    if (type == u"area"_s)
        return tr("Area");
    if (type == u"capacity"_s)
        return tr("Capacity");
    return type;
}

QString Labels::moneyRole(const QString& role)
{
    if (role == u"investment"_s)
        return tr("Investment");
    if (role == u"registered_capital"_s)
        return tr("Registered capital");
    if (role == u"output_value"_s)
        return tr("Output value");
    if (role == u"revenue"_s)
        return tr("Revenue");
    if (role == u"tax"_s)
        return tr("Tax");
    if (role == u"fdi"_s)
        return tr("Foreign investment");
    return role.isEmpty() ? tr("Amount") : role;
}

namespace {

// The short name an amount in Chinese is written with (1.20亿美元); the ISO code for the others.
QString chineseCurrencyName(const QString& code)
{
    static const QHash<QString, QString> names{
        {u"CNY"_s, u"元"_s},     {u"USD"_s, u"美元"_s}, {u"EUR"_s, u"欧元"_s},
        {u"JPY"_s, u"日元"_s},   {u"HKD"_s, u"港元"_s}, {u"GBP"_s, u"英镑"_s},
        {u"TWD"_s, u"新台币"_s}, {u"KRW"_s, u"韩元"_s}, {u"AUD"_s, u"澳元"_s}};
    return names.value(code, code);
}

} // namespace

QString Labels::amount(double value, const QString& currency, const QString& qualifier)
{
    const QString prefix = qualifier == u"over"_s    ? tr("over ")
                           : qualifier == u"about"_s ? tr("about ")
                                                     : QString();
    const QString number = QLocale().toString(value / 1e8, 'f', 2);
    if (uiIsChinese())
        return prefix + number + u"亿"_s + chineseCurrencyName(currency);
    return prefix + number + u"亿 "_s + currency;
}

QString Labels::amountWithYuan(double value, const QString& currency, const QString& qualifier,
                               std::optional<double> cny)
{
    QString text = amount(value, currency, qualifier);
    if (currency != u"CNY"_s && cny)
        text += u" ≈ "_s + amount(*cny, u"CNY"_s);
    return text;
}

QString Labels::convertedPart(double convertedCny, const QStringList& currencies)
{
    QStringList names = currencies;
    if (uiIsChinese())
        std::transform(names.begin(), names.end(), names.begin(), chineseCurrencyName);
    return tr("of which %1 converted from %2")
        .arg(amount(convertedCny, u"CNY"_s), names.join(uiIsChinese() ? u"、"_s : u", "_s));
}

QString Labels::regionCondition(const ProjectFilter& f)
{
    if (!f.hasRegion())
        return {};
    const QString level = regionLevel(*f.regionLevel);
    if (f.region == ProjectFilter::kNoRegion)
        return tr("%1: (unknown)").arg(level);
    if (!f.region.isEmpty())
        return tr("%1: %2").arg(level, f.region);
    return tr("%1: other than %2").arg(level, f.regionOthers.join(uiIsChinese() ? u"、"_s : u", "_s));
}

QString Labels::reviewField(const QString& field)
{
    static const QHash<QString, const char*> names{
        {u"name"_s, QT_TR_NOOP("Name")},         {u"company"_s, QT_TR_NOOP("Company")},
        {u"region"_s, QT_TR_NOOP("Region")},     {u"city"_s, QT_TR_NOOP("City")},
        {u"province"_s, QT_TR_NOOP("Province")}, {u"county"_s, QT_TR_NOOP("County")},
        {u"zone"_s, QT_TR_NOOP("Zone")},         {u"amount"_s, QT_TR_NOOP("Investment")},
        {u"industry"_s, QT_TR_NOOP("Industry")}, {u"status"_s, QT_TR_NOOP("Status")}};
    const char* name = names.value(field);
    return name ? tr(name) : field;
}

QString Labels::reviewedValue(const CorpusQueries::ProjectRow& p, const QString& field, bool extracted)
{
    if (field == u"amount"_s) {
        if (extracted)
            return p.original.value(u"amount_text"_s);
        return p.amount ? amount(*p.amount, p.currency, p.qualifier) : QString();
    }
    const Project project = extracted ? CorrectionSet::extracted(p.project()) : p.project();
    if (field == u"industry"_s)
        return industry(project.industry);
    if (field == u"status"_s)
        return project.status.isEmpty() ? QString() : status(project.status);
    const QHash<QString, QString> texts{{u"name"_s, project.name},         {u"company"_s, project.company},
                                        {u"region"_s, project.region},     {u"city"_s, project.city},
                                        {u"province"_s, project.province}, {u"county"_s, project.county},
                                        {u"zone"_s, project.zone}};
    return texts.value(field);
}

QString Labels::fileLabel(const QString& name)
{
    const QFileInfo info(name);
    return info.isAbsolute() ? info.fileName() : name;
}

QString Labels::filterDescription(const ProjectFilter& f)
{
    QStringList parts;
    if (f.hasRegion())
        parts << regionCondition(f);
    if (!f.industry.isEmpty())
        parts << tr("Industry: %1").arg(industry(f.industry));
    if (f.size)
        parts << tr("Size: %1").arg(sizeBucket(*f.size));
    if (!f.status.isEmpty())
        parts << tr("Status: %1").arg(status(f.status));
    if (!f.company.isEmpty())
        parts << tr("Company: %1").arg(f.company);
    if (!f.search.isEmpty())
        parts << tr("Text: %1").arg(f.search);
    return parts.isEmpty() ? tr("All projects") : parts.join(tr("; "));
}
