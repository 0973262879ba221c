#include "chinesenumber.h"

#include <QString>

namespace {

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
    case u'兩':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

double unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
    case u'萬':
        return 1e4;
    case u'亿':
    case u'億':
        return 1e8;
    default:
        return 0;
    }
}

} // namespace

namespace ChineseNumber {

bool isNumeral(QChar c)
{
    return digitValue(c) >= 0 || unitValue(c) > 0;
}

bool isMultiplier(QChar c)
{
    return unitValue(c) > 0;
}

std::optional<double> parseNumerals(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    double total = 0;   // completed 亿 sections
    double section = 0; // completed 万 part below the current 亿
    double small = 0;   // value below 万 being built
    int digit = -1;     // pending digit
    bool any = false;
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            digit = d;
            any = true;
            continue;
        }
        const double unit = unitValue(c);
        if (unit == 0)
            return std::nullopt;
        any = true;
        if (unit < 1e4) {
            small += (digit < 0 ? 1 : digit) * unit; // 十 alone is 10
            digit = -1;
        } else if (unit == 1e4) {
            section += (small + (digit < 0 ? 0 : digit)) * 1e4;
            if (section == 0)
                section = 1e4;
            small = 0;
            digit = -1;
        } else {
            double value = section + small + (digit < 0 ? 0 : digit);
            if (value == 0)
                value = 1;
            total = (total + value) * 1e8;
            section = 0;
            small = 0;
            digit = -1;
        }
    }
    if (!any)
        return std::nullopt;
    return total + section + small + (digit < 0 ? 0 : digit);
}

std::optional<double> parseArabic(QStringView text)
{
    QString plain;
    plain.reserve(text.size());
    for (QChar c : text) {
        if (c == u',' || c == u'，')
            continue;
        plain.append(c);
    }
    bool ok = false;
    const double value = plain.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<double> multiplier(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    double value = 1;
    for (QChar c : text) {
        const double unit = unitValue(c);
        if (unit == 0)
            return std::nullopt;
        value *= unit;
    }
    return value;
}

} // namespace ChineseNumber
