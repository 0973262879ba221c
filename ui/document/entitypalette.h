#pragma once

#include "extract/annotations.h"

#include <QColor>

// One colour per entity type, from the Okabe–Ito palette (told apart with the common colour-vision
// deficiencies).
namespace EntityPalette {

QColor color(EntityType type);
// The colour behind highlighted text: the type's colour, light enough to read black text on.
QColor background(EntityType type);
inline constexpr EntityType kTypes[] = {EntityType::Company, EntityType::Region,   EntityType::Person,
                                        EntityType::Money,   EntityType::Industry, EntityType::Date,
                                        EntityType::Area,    EntityType::Capacity};

} // namespace EntityPalette
