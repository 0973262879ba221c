#include "exchangerates.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

const ExchangeRates& ExchangeRates::defaults()
{
    static const ExchangeRates table = [] {
        QFile file(u":/investscope/data/exchange_rates.tsv"_s);
        QString error;
        if (file.open(QIODevice::ReadOnly)) {
            if (auto parsed = parse(QString::fromUtf8(file.readAll()), &error))
                return *parsed;
        }
        return ExchangeRates{};
    }();
    return table;
}

std::optional<ExchangeRates> ExchangeRates::parse(const QString& text, QString* error)
{
    ExchangeRates r;
    int number = 0;
    for (const QString& raw : text.split(u'\n')) {
        ++number;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(QRegularExpression(u"[\\t ]+"_s), Qt::SkipEmptyParts);
        if (fields.size() != 2) {
            *error = u"line %1: expected two fields, found \"%2\""_s.arg(number).arg(line);
            return std::nullopt;
        }
        if (fields[0] == u"date"_s) {
            r.m_date = QDate::fromString(fields[1], Qt::ISODate);
            if (!r.m_date.isValid()) {
                *error = u"line %1: \"%2\" is not a date (YYYY-MM-DD)"_s.arg(number).arg(fields[1]);
                return std::nullopt;
            }
            continue;
        }
        bool ok = false;
        const double rate = fields[1].toDouble(&ok);
        if (!ok || rate <= 0 || fields[0].size() != 3) {
            *error = u"line %1: \"%2\" is not a currency code and a positive rate"_s.arg(number).arg(line);
            return std::nullopt;
        }
        r.m_rates.insert(fields[0].toUpper(), rate);
    }
    return r;
}

std::optional<ExchangeRates> ExchangeRates::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto rates = parse(QString::fromUtf8(file.readAll()), &parseError);
    if (!rates)
        *error = u"%1: %2"_s.arg(path, parseError);
    return rates;
}

QString ExchangeRates::toText() const
{
    QString out = u"# Exchange rates to Chinese yuan (CNY per unit of the currency).\n"_s;
    if (m_date.isValid())
        out += u"date\t"_s + m_date.toString(Qt::ISODate) + u'\n';
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it)
        out += it.key() + u'\t' + QString::number(it.value(), 'g', 10) + u'\n';
    return out;
}

void ExchangeRates::setRate(const QString& currency, double cnyPerUnit)
{
    m_rates.insert(currency.toUpper(), cnyPerUnit);
}

void ExchangeRates::removeRate(const QString& currency)
{
    m_rates.remove(currency.toUpper());
}

std::optional<double> ExchangeRates::rate(const QString& currency) const
{
    if (currency == u"CNY"_s)
        return 1.0;
    const auto it = m_rates.constFind(currency);
    return it == m_rates.cend() ? std::nullopt : std::optional<double>(*it);
}

std::optional<double> ExchangeRates::toCny(double amount, const QString& currency) const
{
    const auto r = rate(currency);
    return r ? std::optional<double>(amount * *r) : std::nullopt;
}

void ExchangeRates::apply(Annotations& a) const
{
    const auto convert = [this](std::optional<Money>& m) {
        if (m)
            m->amountCny = toCny(m->amount, m->currency);
    };
    for (Entity& e : a.entities)
        convert(e.money);
    for (Project& p : a.projects)
        convert(p.investment);
    for (Aggregate& g : a.aggregates)
        convert(g.investment);
}

QString ExchangeRates::describe(const QStringList& currencies) const
{
    QStringList parts;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it) {
        if (currencies.isEmpty() || currencies.contains(it.key()))
            parts << u"1 %1 = %2 CNY"_s.arg(it.key(), QString::number(it.value(), 'g', 6));
    }
    if (parts.isEmpty())
        return {};
    return parts.join(u", "_s) +
           (m_date.isValid() ? u" (%1)"_s.arg(m_date.toString(Qt::ISODate)) : QString());
}
