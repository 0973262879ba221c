#pragma once

#include "annotations.h"

#include <QList>
#include <QString>

// Finds amounts of money: 1.2亿元, 4939万元, 1500万美元, 超110亿元, 446.83亿元, 十亿元, 两亿元, 3.5万亿元,
// 1,200万元, 5-10亿元, 人民币1.2亿元, 20余亿元, 50亿元以上, 近5800万元, 10亿元左右.
// Each carries its value in units of the currency, the currency (ISO 4217), the qualifier (over: 超/超过/逾/
// 以上/余/多/不少于; about: 约/近/左右/大约) and the role its context gives it (investment,
// registered_capital, output_value, revenue, tax, fdi). Scale words that are not amounts (百亿级,
// 千亿元级产业园区, 万亩千亿) are refused. Works on cleaned, Simplified text; pass the Simplified form of
// Traditional text with the same offsets (the transform keeps one code unit per character).
class MoneyExtractor final
{
public:
    static QList<Entity> extract(const QString& text);

    // The role the words before `position` give an amount there, or empty. Looks back within the clause.
    static QString roleBefore(const QString& text, qsizetype position);
};
