#pragma once

#include "cleantext.h"

#include <QString>

// Turns PDF-extracted newspaper text into text later steps can trust, keeping an offset map back to the
// original. The passes, in order:
//  1. characters: line ends unified, invisible characters dropped, full-width ASCII letters and digits made
//     half-width (Chinese punctuation is kept), odd spaces made plain;
//  2. per line: glyph doubling from bold headline fonts collapsed (GlyphRepeatCollapser), letter spacing and
//     stray spaces removed (SpaceNormaliser), Markdown heading markers removed;
//  3. hard-wrapped lines joined into paragraphs (LineJoiner);
//  4. paragraphs classified, title and byline found, repeated paragraphs flagged (ParagraphClassifier).
// Paragraphs are separated by one '\n' in the result. Pure function of its input; safe on any thread.
class TextCleaner final
{
public:
    static CleanText clean(const QString& original);
};
