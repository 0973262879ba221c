#include "textcleaner.h"

#include "glyphrepeatcollapser.h"
#include "linejoiner.h"
#include "paragraphclassifier.h"
#include "spacenormaliser.h"
#include "text/charclass.h"

using namespace CharClass;

namespace {

// Pass 1: one character at a time.
TracedString normaliseCharacters(const QString& original)
{
    TracedString out;
    out.reserve(original.size());
    const qsizetype n = original.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = original.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < n && original.at(i + 1) == u'\n')
                continue; // CR LF: the LF carries the break
            out.append(QChar(u'\n'), i);
        } else if (c == 0x2028 || c == 0x2029 || c == u'\f' || c == u'\v') {
            out.append(QChar(u'\n'), i);
        } else if (isInvisible(c)) {
            continue;
        } else if (isFullWidthAlnum(c)) {
            out.append(QChar(toHalfWidth(c)), i);
        } else if (c == u'．' && i > 0 && i + 1 < n &&
                   (isAsciiDigit(original.at(i - 1).unicode()) ||
                    isFullWidthAlnum(original.at(i - 1).unicode())) &&
                   (isAsciiDigit(original.at(i + 1).unicode()) ||
                    isFullWidthAlnum(original.at(i + 1).unicode()))) {
            out.append(QChar(u'.'), i); // decimal point between digits: １．２亿元
        } else if (isSpace(c)) {
            out.append(QChar(u' '), i);
        } else if (c < 0x20 && c != u'\n') {
            continue; // other control characters
        } else {
            out.append(QChar(c), i);
        }
    }
    return out;
}

bool isBlank(const TracedString& line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!isSpace(line.at(i)))
            return false;
    }
    return true;
}

// "# 标题", "## 小标题": the extraction tool's Markdown heading markers.
qsizetype markdownMarkerLength(const TracedString& line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 6 && line.at(i) == u'#')
        ++i;
    if (i == 0 || i >= line.size() || !isSpace(line.at(i)))
        return 0;
    while (i < line.size() && isSpace(line.at(i)))
        ++i;
    return i;
}

// Pass 2 on every line; blank lines are counted, not kept.
std::vector<SourceLine> sourceLines(const TracedString& text)
{
    std::vector<SourceLine> lines;
    int blanks = 0;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = start;
        while (end < n && text.at(end) != u'\n')
            ++end;
        TracedString raw = text.mid(start, end);
        if (isBlank(raw)) {
            ++blanks;
        } else {
            SourceLine line;
            line.newlineOrigin = end < n ? text.origin(end) : -1;
            line.blankLinesBefore = lines.empty() ? 0 : blanks;
            if (const qsizetype marker = markdownMarkerLength(raw); marker > 0) {
                raw = raw.mid(marker, raw.size());
                line.markdownHeading = true;
            }
            TracedString collapsed;
            if (GlyphRepeatCollapser::collapse(raw, &collapsed)) {
                raw = std::move(collapsed);
                line.display = true;
            }
            line.text = SpaceNormaliser::normalise(raw);
            if (!line.text.isEmpty())
                lines.push_back(std::move(line));
            blanks = 0;
        }
        start = end + 1;
    }
    return lines;
}

} // namespace

CleanText TextCleaner::clean(const QString& original)
{
    const TracedString normalised = normaliseCharacters(original);
    const std::vector<JoinedParagraph> joined = LineJoiner::join(sourceLines(normalised));

    TracedString text;
    text.reserve(normalised.size());
    CleanText clean;
    std::vector<ParagraphClassifier::Hints> hints;
    hints.reserve(joined.size());
    for (size_t i = 0; i < joined.size(); ++i) {
        const JoinedParagraph& p = joined[i];
        if (i > 0) {
            // The separator stands for the original line break after the previous paragraph.
            text.append(QChar(u'\n'), joined[i - 1].newlineOrigin);
        }
        const qsizetype start = text.size();
        text.append(p.text);
        clean.paragraphs.append(Paragraph{{start, text.size()}, Paragraph::Kind::Body, -1});
        hints.push_back({p.markdownHeading, p.display});
    }
    clean.text = text.text();
    clean.map = OffsetMap(std::move(text.origins()), original.size());
    ParagraphClassifier::classify(clean, hints);
    ParagraphClassifier::flagRepeats(clean);
    return clean;
}
