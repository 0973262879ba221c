#pragma once

#include "extract/annotations.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

// Rates to convert amounts into yuan: CNY per unit of each currency, as of a date. The program ships a table
// (resources/data/exchange_rates.tsv); users can replace it with their own file in the same format:
//   date<TAB>2025-06-30
//   USD<TAB>7.17
class ExchangeRates final
{
public:
    ExchangeRates() = default;

    static const ExchangeRates& defaults();
    // Parses the TSV format; std::nullopt and *error (with the line) when a line is malformed.
    static std::optional<ExchangeRates> parse(const QString& text, QString* error);
    static std::optional<ExchangeRates> load(const QString& path, QString* error);
    QString toText() const; // the TSV format

    QDate date() const { return m_date; }
    void setDate(QDate date) { m_date = date; }
    const QMap<QString, double>& rates() const { return m_rates; }
    void setRate(const QString& currency, double cnyPerUnit);
    void removeRate(const QString& currency);
    std::optional<double> rate(const QString& currency) const; // 1 for CNY

    // amount in yuan, or std::nullopt when the currency has no rate.
    std::optional<double> toCny(double amount, const QString& currency) const;
    // Sets amountCny of every amount in the annotations (entities, projects, aggregates).
    void apply(Annotations& annotations) const;
    // "1 USD = 7.17 CNY, 1 EUR = 8.40 CNY (2025-06-30)"
    QString describe(const QStringList& currencies = {}) const;

    friend bool operator==(const ExchangeRates&, const ExchangeRates&) = default;

private:
    QDate m_date;
    QMap<QString, double> m_rates;
};
