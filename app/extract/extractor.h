#pragma once

#include "annotations.h"

struct CleanText;

// Runs every extractor on a cleaned article and settles overlaps: a company's name wins over the places and
// industry words inside it; a zone over the place it names. Extractors see the Simplified form of the text
// (same offsets); entity surfaces are always the article's own characters. Thread-safe.
class Extractor final
{
public:
    static Annotations extract(const CleanText& clean);
};
