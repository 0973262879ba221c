#include "linejoiner.h"

#include "bylinedetector.h"
#include "extract/extractionrules.h"
#include "paragraphclassifier.h"
#include "text/simplifiedchinese.h"
#include "text/charclass.h"
#include "text/icuadaptor.h"

#include <QStringView>

#include <algorithm>

using namespace CharClass;
using namespace Qt::StringLiterals;

namespace {

// Characters that cannot start a Chinese sentence: a line beginning with one continues the previous line.
bool continuesSentence(const TracedString& line)
{
    if (line.isEmpty())
        return false;
    const char16_t c = line.at(0);
    if (isClosingCjkPunct(c) && c != u'…')
        return true;
    switch (c) {
    case u'的':
    case u'了':
    case u'着':
    case u'们':
    case u'之':
    case u'等':
    case u'地':
    case u'得':
        return true;
    case u'于':
        return line.size() < 2 || line.at(1) != u'是';
    default:
        return false;
    }
}

bool isCaption(const TracedString& line)
{
    const QStringView t(line.text());
    return t.startsWith(u"(图片") || t.startsWith(u"（图片") || t.startsWith(u"(照片") ||
           t.startsWith(u"（照片") || t.startsWith(u"图片来源") || t.startsWith(u"图为");
}

bool hasClauseComma(const TracedString& line)
{
    const QStringView t(line.text());
    return t.contains(u'，') || t.contains(u',') || t.contains(u'、');
}

// Hard-wrapped layouts (newspaper columns) end most lines mid-sentence; paragraph-per-line text ends them
// with punctuation.
// A wrapped layout also shows lines running on into the next line with no blank line between them.
bool isHardWrapped(const std::vector<SourceLine>& lines)
{
    int considered = 0;
    int open = 0;
    int runOn = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const SourceLine& l = lines[i];
        if (l.display || l.markdownHeading)
            continue;
        const bool ends = LineJoiner::endsSentence(l.text);
        if (!ends && i + 1 < lines.size() && lines[i + 1].blankLinesBefore == 0)
            ++runOn;
        if (l.text.size() < 10)
            continue;
        ++considered;
        if (!ends)
            ++open;
    }
    return considered > 0 && open * 2 >= considered && runOn >= 2;
}

qsizetype medianLength(const std::vector<SourceLine>& lines)
{
    std::vector<qsizetype> lengths;
    for (const SourceLine& l : lines) {
        if (l.text.size() >= 8 && !l.display)
            lengths.push_back(l.text.size());
    }
    if (lengths.empty())
        return 0;
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    return lengths[lengths.size() / 2];
}

// The column width around line `i`: the longest other line of its block (lines not separated by a blank
// line), or the document's typical line length when the line stands alone.
qsizetype columnWidth(const std::vector<SourceLine>& lines, size_t i, qsizetype documentWidth)
{
    size_t first = i;
    while (first > 0 && lines[first].blankLinesBefore == 0)
        --first;
    size_t last = i;
    while (last + 1 < lines.size() && lines[last + 1].blankLinesBefore == 0)
        ++last;
    qsizetype width = 0;
    for (size_t k = first; k <= last; ++k) {
        if (k != i && !lines[k].display)
            width = std::max(width, lines[k].text.size());
    }
    return width > 0 ? width : documentWidth;
}

// Whether ICU's Chinese word segmentation sees one word across the break (主|要, 专注|于).
bool wordSpansBreak(const TracedString& a, const TracedString& b)
{
    const qsizetype tail = std::min<qsizetype>(a.size(), 6);
    const qsizetype head = std::min<qsizetype>(b.size(), 6);
    const QString joined = a.text().right(tail) + b.text().left(head);
    if (!isHan(joined.at(tail - 1).unicode()) || !isHan(joined.at(tail).unicode()))
        return false;
    return Icu::isInsideWord(joined, tail);
}

bool shouldJoin(const std::vector<SourceLine>& lines, size_t i, bool wrapped, qsizetype documentWidth)
{
    const SourceLine& a = lines[i];
    const SourceLine& b = lines[i + 1];
    if (a.markdownHeading || b.markdownHeading || a.display != b.display)
        return false;
    if (LineJoiner::endsSentence(a.text) || isCaption(a.text) || isCaption(b.text))
        return false;
    if (BylineDetector::isByline(a.text.text()) || BylineDetector::isByline(b.text.text()))
        return false;
    // Metadata stays its own line: "2013-03-15 08:54" never runs into "来源：…" or the first sentence.
    static const std::shared_ptr<const ExtractionRules> rules = ExtractionRules::shared();
    const auto isMeta = [](const TracedString& line) {
        return line.size() <= 80 &&
               ParagraphClassifier::isMeta(SimplifiedChinese::fromTraditional(line.text()), *rules);
    };
    if (isMeta(a.text) || isMeta(b.text))
        return false;
    if (continuesSentence(b.text))
        return true;
    // A number broken from its unit or date part: "每年3月14" / "日定为…", "营业额可达 2" / "亿元".
    if (isAsciiDigit(a.text.at(a.text.size() - 1)) && isHan(b.text.at(0)))
        return true;
    if (wrapped || a.display) {
        if (b.blankLinesBefore == 0)
            return true;
        // Across a blank line only when the line fills its column: a page or column break, not a heading.
        // Display type (doubled glyphs) crosses a blank line only inside a boxed text, never after a heading.
        // A column is never much narrower than the document's typical line.
        const qsizetype column = std::max(columnWidth(lines, i, documentWidth), documentWidth * 3 / 4);
        const bool fillsColumn = a.text.size() * 5 >= column * 4;
        return fillsColumn && (!a.display || a.text.size() >= 30);
    }
    // One paragraph per line: a line without closing punctuation continues when the next one is running text
    // and this one is long, or is a clause, or ends inside a word.
    if (b.text.size() < 20 && !LineJoiner::endsSentence(b.text))
        return false;
    if (a.text.size() >= 40)
        return true;
    if (hasClauseComma(a.text) && a.text.size() >= 10)
        return true;
    return a.text.size() >= 6 && wordSpansBreak(a.text, b.text);
}

} // namespace

bool LineJoiner::endsSentence(const TracedString& line)
{
    qsizetype end = line.size();
    while (end > 0 && isClosingQuoteOrBracket(line.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const char16_t last = line.at(end - 1);
    if (isSentenceEnd(last))
        return true;
    // A dash pair ends a lead-in: "步履不停——".
    return end >= 2 && last == u'—' && line.at(end - 2) == u'—';
}

std::vector<JoinedParagraph> LineJoiner::join(const std::vector<SourceLine>& lines)
{
    std::vector<JoinedParagraph> out;
    if (lines.empty())
        return out;
    const bool wrapped = isHardWrapped(lines);
    const qsizetype documentWidth = medianLength(lines);

    JoinedParagraph current{lines[0].text, lines[0].markdownHeading, lines[0].display};
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const SourceLine& a = lines[i];
        const SourceLine& b = lines[i + 1];
        if (shouldJoin(lines, i, wrapped, documentWidth)) {
            // A Latin word at the break keeps a space from its neighbour ("面向 IC" / "设计" -> "面向 IC
            // 设计"); Chinese and numbers join directly.
            const char16_t last = current.text.at(current.text.size() - 1);
            const char16_t first = b.text.at(0);
            const bool latinBreak = (isLatinWordChar(last) && (isLatinWordChar(first) || isHan(first))) ||
                                    (isHan(last) && isLatinWordChar(first));
            if (latinBreak && a.newlineOrigin >= 0)
                current.text.append(QChar(u' '), a.newlineOrigin);
            current.text.append(b.text);
        } else {
            current.newlineOrigin = a.newlineOrigin;
            out.push_back(std::move(current));
            current = JoinedParagraph{b.text, b.markdownHeading, b.display};
        }
    }
    current.newlineOrigin = lines.back().newlineOrigin;
    out.push_back(std::move(current));
    return out;
}
