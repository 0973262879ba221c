#include "cleantext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

int CleanText::paragraphAt(qsizetype pos) const
{
    const auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), pos,
                                     [](qsizetype p, const Paragraph& para) { return p < para.span.start; });
    if (it == paragraphs.begin())
        return -1;
    const auto index = static_cast<int>(std::prev(it) - paragraphs.begin());
    return pos < paragraphs[index].span.end ? index : -1;
}

int CleanText::repeatedParagraphCount() const
{
    return static_cast<int>(
        std::count_if(paragraphs.begin(), paragraphs.end(), [](const Paragraph& p) { return p.isRepeat(); }));
}

QString paragraphKindName(Paragraph::Kind kind)
{
    switch (kind) {
    case Paragraph::Kind::Body:
        return u"body"_s;
    case Paragraph::Kind::Title:
        return u"title"_s;
    case Paragraph::Kind::Byline:
        return u"byline"_s;
    case Paragraph::Kind::Heading:
        return u"heading"_s;
    case Paragraph::Kind::Caption:
        return u"caption"_s;
    case Paragraph::Kind::PageInfo:
        return u"page"_s;
    case Paragraph::Kind::Meta:
        return u"meta"_s;
    }
    return u"body"_s;
}
