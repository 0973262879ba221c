#pragma once

#include "annotations.h"

#include <QList>
#include <QString>

#include <optional>

// Finds dates: absolute (2023年1月6日, 2024年3月, 2024年, 3月29日) and relative to the article's year
// (今年3月, 去年12月, 明年6月, 今年, 去年). `normalized` is an ISO date as precise as the text
// (2023-01-06, 2023-01, 2023); a date the text does not anchor in a year stays without one (--03-29) and
// relative dates without an article year keep `role` "relative" and an empty `normalized`.
class DateExtractor final
{
public:
    // The year the article is written in, as its explicit dates tell: the most frequent year of this century,
    // when one stands out. std::nullopt when the text does not tell.
    static std::optional<int> articleYear(const QString& text);

    static QList<Entity> extract(const QString& text, std::optional<int> articleYear);
};
