#pragma once

#include "annotations.h"

#include <QList>
#include <QString>

// Finds land and floor area (20亩, 150亩, 30000平方米, 5800平方米, 2平方公里) and production capacity
// (年产500套, 年产480万套新能源汽车车身, 年产1500万米). Area is normalised to square metres
// (`normalized` "13333 m2"; `role` land or floor), capacity to its count and unit ("5000000 套/年").
class MeasureExtractor final
{
public:
    static QList<Entity> extract(const QString& text);
};
