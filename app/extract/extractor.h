#pragma once

#include "annotations.h"

#include <functional>

struct CleanText;

// Runs every extractor on a cleaned article and settles overlaps: a company's name wins over the places and
// industry words inside it; a zone over the place it names. Extractors see the Simplified form of the text
// (same offsets); entity surfaces are always the article's own characters. A block the layout printed more
// than once counts once: the entities of its copies (CleanText's repeated paragraphs) are dropped, so that
// the legend, the entity table and the exports count them once. Thread-safe.
class Extractor final
{
public:
    static Annotations extract(const CleanText& clean);
    // The same, with an analyst's changes to the entities: `beforeProjects` adjusts the entity list the
    // projects are assembled from (so that they follow), `afterProjects` the final list, which then holds
    // the company mentions found from the projects' makers too.
    using EntityAdjustment = std::function<void(QList<Entity>& entities)>;
    static Annotations extract(const CleanText& clean, const EntityAdjustment& beforeProjects,
                               const EntityAdjustment& afterProjects);
    // Removes the entities that start inside a repeated paragraph; `entities` in text order.
    static void dropRepeatedEntities(const CleanText& clean, QList<Entity>& entities);
};
