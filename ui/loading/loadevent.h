#pragma once

#include "pipeline/analyzeddocument.h"

#include <optional>

// One result of a background load: a document ready for the store, or a file that failed.
struct LoadEvent {
    std::optional<AnalyzedDocument> document;
    std::optional<LoadProblem> problem;
};
