#include "entitypalette.h"

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

QColor background(EntityType type)
{
    const QColor c = color(type);
    // Blend with white: 40% colour keeps the hue and the black text readable.
    return QColor((c.red() * 2 + 255 * 3) / 5, (c.green() * 2 + 255 * 3) / 5, (c.blue() * 2 + 255 * 3) / 5);
}

} // namespace EntityPalette
