#pragma once

#include "cleantext.h"

#include <vector>

// Decides what each paragraph is (title, byline, heading, caption, page furniture, body), finds the
// article's title and byline, and flags paragraphs the layout printed more than once.
class ParagraphClassifier final
{
public:
    struct Hints {
        bool markdownHeading = false;
        bool display = false; // glyph-doubled headline type
    };

    // `clean.text` and `clean.paragraphs[].span` must be set; fills kinds, repeatOf, title and byline.
    static void classify(CleanText& clean, const std::vector<Hints>& hints);

    // Marks every paragraph whose text repeats an earlier one (or is contained in a longer one) with
    // repeatOf. Short paragraphs (under 8 characters) never count as repeats.
    static void flagRepeats(CleanText& clean);
};
