#pragma once

#include "extract/annotations.h"

#include <QColor>
#include <QPalette>

// One colour per entity type, from the Okabe–Ito palette (told apart with the common colour-vision
// deficiencies).
namespace EntityPalette {

QColor color(EntityType type);
// The colour behind highlighted text: the type's colour blended into the text area's own background (a
// pastel on a light palette, a deep tint on a dark one), so that the palette's text stays readable on it.
QColor background(EntityType type, const QPalette& palette = {});
// The same for an entity the filter names: the type's colour at more strength.
QColor emphasisBackground(EntityType type, const QPalette& palette = {});
// The text colour to draw on `background`: the palette's text colour when it contrasts enough (WCAG 4.5:1),
// else black or white, whichever contrasts more.
QColor foreground(const QColor& background, const QPalette& palette = {});
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);
inline constexpr EntityType kTypes[] = {EntityType::Company, EntityType::Region,   EntityType::Person,
                                        EntityType::Money,   EntityType::Industry, EntityType::Date,
                                        EntityType::Area,    EntityType::Capacity};

} // namespace EntityPalette
