#pragma once

#include "query/corpusqueries.h"
#include "query/projectfilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Names shown to the user for the engine's codes, in the UI language.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString status(const QString& code);   // signed -> 已签约 / Signed
    static QString industry(const QString& code); // taxonomy code -> its name in the UI language
    static QString sizeBucket(ProjectFilter::SizeBucket bucket);
    static QString regionLevel(ProjectFilter::RegionLevel level);
    static QString entityType(const QString& type); // company -> 企业 / Company
    static QString moneyRole(const QString& role);  // investment -> 投资额 / Investment
    // An amount in 亿 of its currency, e.g. "1.20亿元", "0.15亿美元"; "超110.00亿元" with a qualifier.
    static QString amount(double value, const QString& currency, const QString& qualifier = {});
    // "0.44亿美元 ≈ 3.15亿元" for an amount converted to yuan; just the amount when in yuan or unconverted.
    static QString amountWithYuan(double value, const QString& currency, const QString& qualifier,
                                  std::optional<double> cny);
    // "of which 4.69亿元 converted from EUR, USD": the part of a yuan total that other currencies gave.
    static QString convertedPart(double convertedCny, const QStringList& currencies);
    static bool uiIsChinese();
    // What a filter keeps, in words: "地区（市）：绍兴市；产业：新能源", or "all projects".
    static QString filterDescription(const ProjectFilter& filter);
    // A correctable field's name ("company" -> "Company"), and a reviewed project's value of it, as corrected
    // or as extracted, in words (the amount in 亿, the industry's and status's names).
    static QString reviewField(const QString& field);
    static QString reviewedValue(const CorpusQueries::ProjectRow& project, const QString& field,
                                 bool extracted);
    // An article's file as lists show it: its name relative to the folder opened, or, for a file given by
    // its full path (dropped, chosen in a dialog), its file name.
    static QString fileLabel(const QString& name);
    // "City: 嘉兴市", "City: (unknown)", "City: other than 嘉兴市, 绍兴市"; empty without a region condition.
    static QString regionCondition(const ProjectFilter& filter);
};
