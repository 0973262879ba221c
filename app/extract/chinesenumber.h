#pragma once

#include <QStringView>

#include <optional>

// Numbers as Chinese news writes them.
namespace ChineseNumber {

// A run of Chinese numerals, with 万 and 亿 sections: 十 -> 10, 两 -> 2, 一百二十 -> 120, 五千万 -> 5e7,
// 三千五百万 -> 3.5e7, 十亿 -> 1e9. std::nullopt for anything else (including an empty string).
std::optional<double> parseNumerals(QStringView text);

// An Arabic number with optional thousands separators and decimals: "1,200" -> 1200, "446.83".
std::optional<double> parseArabic(QStringView text);

// The value of a run of multiplier characters: 万 -> 1e4, 亿 -> 1e8, 千万 -> 1e7, 万亿 -> 1e12, 百万 -> 1e6.
std::optional<double> multiplier(QStringView text);

bool isNumeral(QChar c);    // 零〇一二两三四五六七八九十百千万亿 (and Traditional 萬億兩)
bool isMultiplier(QChar c); // 十百千万亿 (and 萬億)

} // namespace ChineseNumber
