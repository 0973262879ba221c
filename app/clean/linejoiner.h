#pragma once

#include "tracedstring.h"

#include <vector>

// One line of the source text after the per-line passes.
struct SourceLine {
    TracedString text;
    qsizetype newlineOrigin =
        -1;                   // original offset of the line break that ended this line; -1 for the last line
    int blankLinesBefore = 0; // empty lines between this line and the previous non-empty one
    bool markdownHeading = false; // the line started with "#", "##", … (markers removed)
    bool display = false;         // a glyph-doubled display line (headline type)
};

struct JoinedParagraph {
    TracedString text;
    bool markdownHeading = false;
    bool display = false;
    qsizetype newlineOrigin = -1; // original offset of the line break after the paragraph's last line
};

// Rebuilds paragraphs from hard-wrapped lines. Chinese wraps mid-word (`允哲半导` /
// `体科技（浙江）有限公司`), and page or column breaks put blank lines inside sentences, so a line break is a
// paragraph break only when the line ends a sentence, or is a heading, byline or caption, or (in a
// hard-wrapped layout) is shorter than its column.
class LineJoiner final
{
public:
    static std::vector<JoinedParagraph> join(const std::vector<SourceLine>& lines);

    // A line that ends a sentence or clause (。！？；：… possibly followed by closing quotes or brackets, or
    // "——").
    static bool endsSentence(const TracedString& line);
};
