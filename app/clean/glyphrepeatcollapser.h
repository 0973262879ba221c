#pragma once

#include "tracedstring.h"

// Undoes the glyph doubling that bold headline fonts leave in PDF text: a line made of runs that are each
// printed two or three times (`奏响奏响奏响“““最强音最强音最强音”””`, `核心提示核心提示：：`) keeps one copy
// of each run.
//
// The whole line must consist of such runs (a few stray characters aside) and contain at least two of them,
// so that real repetition inside running text (`招商！招商！招商！`, `常常`, `一一`, `谢谢`) is left alone.
class GlyphRepeatCollapser final
{
public:
    // Returns true and sets *out when `line` was a doubled/tripled display line; false leaves *out untouched.
    static bool collapse(const TracedString& line, TracedString* out);
};
