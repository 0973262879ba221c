#include "entitypalette.h"

#include <cmath>

namespace EntityPalette {

QColor color(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case EntityType::Region:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case EntityType::Person:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case EntityType::Money:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case EntityType::Industry:
        return QColor(0x00, 0x72, 0xB2); // blue
    case EntityType::Date:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case EntityType::Area:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case EntityType::Capacity:
        return QColor(0x99, 0x99, 0x99); // grey
    }
    return Qt::gray;
}

namespace {

QColor blend(const QColor& c, const QColor& base, int percent)
{
    const auto mix = [&](int a, int b) { return (a * percent + b * (100 - percent)) / 100; };
    return QColor(mix(c.red(), base.red()), mix(c.green(), base.green()), mix(c.blue(), base.blue()));
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QColor background(EntityType type, const QPalette& palette)
{
    // 40% colour keeps the hue and leaves the text readable: on white a pastel, on a dark base a deep tint.
    return blend(color(type), palette.color(QPalette::Active, QPalette::Base), 40);
}

QColor emphasisBackground(EntityType type, const QPalette& palette)
{
    return blend(color(type), palette.color(QPalette::Active, QPalette::Base), 75);
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor foreground(const QColor& background, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    if (contrast(text, background) >= 4.5)
        return text;
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

} // namespace EntityPalette
