#pragma once

#include "clean/cleantext.h"
#include "corpus/document.h"
#include "extract/annotations.h"

// Everything the engine knows about one article: the file, its cleaned text, what was found in it.
struct AnalyzedDocument {
    Document document;
    CleanText clean;
    Annotations annotations;
};
