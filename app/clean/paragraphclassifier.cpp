#include "paragraphclassifier.h"

#include "bylinedetector.h"
#include "extract/extractionrules.h"
#include "text/charclass.h"
#include "text/simplifiedchinese.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;
using Kind = Paragraph::Kind;

namespace {

constexpr qsizetype kHeadingMaxLength = 32;
constexpr qsizetype kMinRepeatLength = 8;
constexpr qsizetype kMinContainedLength = 20;
// The title and byline are looked for among the first paragraphs only.
constexpr int kHeaderParagraphs = 6;
// Metadata lines are short; a title made of the first sentence is cut at a clause within this length.
constexpr qsizetype kMetaMaxLength = 80;
constexpr qsizetype kTitleMaxLength = 40;
// A headline right above the metadata or byline may end in ！ or ？ and run longer than a heading.
constexpr qsizetype kHeadlineMaxLength = 48;

bool isDateTimeChar(char16_t c)
{
    return CharClass::isAsciiDigit(c) || c == u' ' || c == u'-' || c == u'/' || c == u'.' || c == u':' ||
           c == u'：' || c == u'年' || c == u'月' || c == u'日' || c == u'时' || c == u'分' || c == u'秒' ||
           c == u'(' || c == u')' || c == u'（' || c == u'）' || c == u'\u3000' || c == u'—' || c == u'–';
}

// "2013-03-15 08:54", "2026 01/15 10:31:59", "(2013.03.14)": a date or time and nothing else.
bool isDateTime(QStringView t)
{
    qsizetype digits = 0;
    for (QChar c : t) {
        if (!isDateTimeChar(c.unicode()))
            return false;
        digits += CharClass::isAsciiDigit(c.unicode()) ? 1 : 0;
    }
    return digits >= 4;
}

} // namespace

bool ParagraphClassifier::isMeta(QStringView t, const ExtractionRules& rules)
{
    if (t.isEmpty() || t.size() > kMetaMaxLength)
        return false;
    const ExtractionRules::Words& boilerplate = rules.kind(u"boilerplate"_s);
    if (t.size() <= kTitleMaxLength) {
        for (qsizetype at = 0; at < t.size(); ++at) {
            if (boilerplate.mayStartWith(t.at(at)) && !boilerplate.startingAt(t, at).isEmpty())
                return true;
        }
    }
    if (isDateTime(t))
        return true;
    // A label and its colon, at the start or after a date: "2013-03-15 08:54来源:新华网".
    const ExtractionRules::Words& labels = rules.kind(u"meta_label"_s);
    qsizetype start = 0;
    while (start < t.size() && isDateTimeChar(t.at(start).unicode()))
        ++start;
    const QString label = labels.startingAt(t, start);
    if (label.isEmpty())
        return false;
    qsizetype after = start + label.size();
    while (after < t.size() && t.at(after) == u' ')
        ++after;
    return after < t.size() && (t.at(after) == u'：' || t.at(after) == u':');
}

namespace {

bool isCaption(QStringView t)
{
    return t.startsWith(u"(图片") || t.startsWith(u"（图片") || t.startsWith(u"(照片") ||
           t.startsWith(u"（照片") || t.startsWith(u"图片来源") || t.startsWith(u"图为") ||
           (t.size() < 80 && (t.contains(u"图片由") || t.contains(u"照片由")));
}

bool endsSentence(QStringView t)
{
    qsizetype end = t.size();
    while (end > 0 && CharClass::isClosingQuoteOrBracket(t.at(end - 1).unicode()))
        --end;
    return end > 0 && CharClass::isSentenceEnd(t.at(end - 1).unicode());
}

// Running heads and page numbers: "经济创新深度 11", "第3版", "11". A short line ending in a page number
// counts when it opens the text or keeps the layout's space before the number.
bool isPageInfo(QStringView t, int index)
{
    if (t.isEmpty() || t.size() > 16)
        return false;
    qsizetype digits = 0;
    while (digits < t.size() && CharClass::isAsciiDigit(t.at(t.size() - 1 - digits).unicode()))
        ++digits;
    if (digits == t.size())
        return true;
    // A running head with its page number: "经济创新深度 11" (the words and the number set apart).
    if (digits > 0 && digits <= 3 && (index == 0 || t.contains(u' ')) &&
        !endsSentence(t.first(t.size() - digits)))
        return true;
    return t.startsWith(u'第') && t.endsWith(u'版');
}

bool isHeadingText(QStringView t)
{
    // A kicker naming a place or topic: "江阴高新区："
    if (t.size() <= 16 && (t.endsWith(u'：') || t.endsWith(u':')))
        return true;
    if (t.size() > kHeadingMaxLength || endsSentence(t))
        return false;
    return !t.contains(u'。') && !t.contains(u'！') && !t.contains(u'？');
}

} // namespace

QString ParagraphClassifier::firstSentence(const QString& paragraph, const ExtractionRules& rules)
{
    const QString simplified = SimplifiedChinese::fromTraditional(paragraph);
    const auto isSpace = [&](qsizetype at) {
        return simplified.at(at).isSpace() || simplified.at(at) == u'　';
    };
    const auto isOpening = [&](qsizetype at) {
        return simplified.at(at) == u'(' || simplified.at(at) == u'（';
    };
    // A bracket of at most 12 characters at `at` (the reporter: "(记者 李凤霞)"): the position after it.
    const auto afterBracket = [&](qsizetype at) {
        if (at >= simplified.size() || !isOpening(at))
            return at;
        const qsizetype close = simplified.indexOf(simplified.at(at) == u'(' ? u')' : u'）', at);
        return close > at && close - at <= 12 ? close + 1 : at;
    };
    qsizetype start = 0;
    // Layout markers: "■本届交流会…".
    while (start < simplified.size() && (simplified.at(start) == u'■' || simplified.at(start) == u'▲' ||
                                         simplified.at(start) == u'●' || isSpace(start)))
        ++start;
    // A news agency's dateline and the reporter after it: "中新网兰州3月15日电(张道正) ", "本报郑州电(记者
    // …)".
    const ExtractionRules::Words& datelines = rules.kind(u"dateline_end"_s);
    for (qsizetype at = start; at < std::min<qsizetype>(simplified.size(), start + 24); ++at) {
        const QString end = datelines.endingAt(simplified, at + 1, start);
        if (end.isEmpty())
            continue;
        const QStringView lead = QStringView(simplified).sliced(start, at + 1 - start);
        const bool dated = lead.contains(u'月') || lead.startsWith(u"本报");
        const bool followed = at + 1 == simplified.size() || isOpening(at + 1) || isSpace(at + 1);
        if (!dated || !followed || lead.contains(u'，') || lead.contains(u','))
            continue;
        start = at + 1;
        break;
    }
    // The reporter, after the dateline or alone: "(记者 李姝徵)2025年…".
    while (start < simplified.size() && isSpace(start))
        ++start;
    start = afterBracket(start);
    while (start < simplified.size() && isSpace(start))
        ++start;
    // The sentence: up to its end mark, or a layout marker that opens a caption (▲ ■ ●).
    qsizetype end = start;
    while (end < simplified.size()) {
        const char16_t c = simplified.at(end).unicode();
        if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'▲' || c == u'■' ||
            c == u'●')
            break;
        ++end;
    }
    // Too long for a title: cut at the last clause that leaves a title of some words; failing that, at the
    // last word that fits, marked as cut.
    if (end - start > kHeadlineMaxLength) {
        const auto lastMark = [&](auto isMark) {
            for (qsizetype at = start + kHeadlineMaxLength; at >= start + 12; --at) {
                if (isMark(simplified.at(at).unicode()))
                    return at;
            }
            return qsizetype(-1);
        };
        qsizetype cut =
            lastMark([](char16_t c) { return c == u'，' || c == u',' || c == u'；' || c == u';'; });
        if (cut < 0)
            cut = lastMark([](char16_t c) { return c == u'、' || c == u' ' || c == u'：'; });
        if (cut < 0)
            return paragraph.mid(start, kTitleMaxLength).trimmed() + u'…';
        end = cut;
    }
    return paragraph.mid(start, end - start).trimmed();
}

void ParagraphClassifier::classify(CleanText& clean, const std::vector<Hints>& hints)
{
    const std::shared_ptr<const ExtractionRules> rules = ExtractionRules::shared();
    const auto count = static_cast<int>(clean.paragraphs.size());
    for (int i = 0; i < count; ++i) {
        const QString t = clean.paragraphText(i);
        const Hints h = i < static_cast<int>(hints.size()) ? hints[static_cast<size_t>(i)] : Hints{};
        Kind kind = Kind::Body;
        if (isCaption(t))
            kind = Kind::Caption;
        else if (!h.markdownHeading &&
                 ParagraphClassifier::isMeta(SimplifiedChinese::fromTraditional(t), *rules))
            kind = Kind::Meta;
        else if (!h.markdownHeading && isPageInfo(t, i))
            kind = Kind::PageInfo;
        else if (BylineDetector::isByline(t))
            kind = Kind::Byline;
        else if (h.markdownHeading || isHeadingText(t) || (h.display && t.size() <= 48 && !endsSentence(t)))
            kind = Kind::Heading;
        clean.paragraphs[i].kind = kind;
    }

    // A headline set right above the metadata or the byline may end in ！ or ？ and run longer than a
    // heading: "…推介会在武汉举行！" over "发稿时间：2021/6/9".
    for (int i = 0; i + 1 < std::min(count, kHeaderParagraphs); ++i) {
        const Kind next = clean.paragraphs[i + 1].kind;
        const QString t = clean.paragraphText(i);
        if (clean.paragraphs[i].kind == Kind::Body && (next == Kind::Meta || next == Kind::Byline) &&
            t.size() <= kHeadlineMaxLength && !t.contains(u'。') && !t.contains(u'，') && !t.contains(u','))
            clean.paragraphs[i].kind = Kind::Heading;
    }

    // Title: the heading lines above the first byline near the top, or the first heading below it; without a
    // byline, the headings the article opens with (metadata and page furniture skipped); failing both, the
    // article's first sentence.
    int byline = -1;
    for (int i = 0; i < std::min(count, kHeaderParagraphs); ++i) {
        if (clean.paragraphs[i].kind == Kind::Byline) {
            byline = i;
            break;
        }
    }
    QList<int> titleParagraphs;
    if (byline >= 0) {
        for (int i = 0; i < byline; ++i) {
            if (clean.paragraphs[i].kind == Kind::Heading)
                titleParagraphs.append(i);
        }
    } else {
        for (int i = 0; i < count && titleParagraphs.size() < 3; ++i) {
            const Kind k = clean.paragraphs[i].kind;
            if (k == Kind::PageInfo || k == Kind::Meta)
                continue;
            if (k != Kind::Heading)
                break;
            titleParagraphs.append(i);
        }
    }
    // A magazine page sets the byline above and the headline further down: the first heading after it.
    for (int i = byline + 1; byline >= 0 && titleParagraphs.isEmpty() && i < count; ++i) {
        if (clean.paragraphs[i].kind == Kind::Heading)
            titleParagraphs.append(i);
    }
    QStringList titleParts;
    for (int i : titleParagraphs) {
        clean.paragraphs[i].kind = Kind::Title;
        titleParts.append(clean.paragraphText(i));
    }
    clean.title = titleParts.join(u' ');
    if (clean.title.isEmpty()) {
        for (int i = 0; i < count; ++i) {
            if (clean.paragraphs[i].kind == Kind::Body) {
                clean.title = firstSentence(clean.paragraphText(i), *rules);
                break;
            }
        }
    }
    for (int i = 0; i < count; ++i) {
        if (clean.paragraphs[i].kind == Kind::Byline) {
            clean.byline = BylineDetector::names(clean.paragraphText(i));
            break;
        }
    }
}

void ParagraphClassifier::flagRepeats(CleanText& clean)
{
    const auto count = static_cast<int>(clean.paragraphs.size());
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i)
        texts.append(clean.paragraphText(i));

    QHash<QString, int> firstSeen;
    for (int i = 0; i < count; ++i) {
        clean.paragraphs[i].repeatOf = -1;
        if (texts[i].size() < kMinRepeatLength || clean.paragraphs[i].kind == Kind::PageInfo)
            continue;
        const auto it = firstSeen.constFind(texts[i]);
        if (it != firstSeen.constEnd())
            clean.paragraphs[i].repeatOf = it.value();
        else
            firstSeen.insert(texts[i], i);
    }
    // A fragment of a paragraph printed again elsewhere (the layout cut one copy short) repeats the full one.
    // Found in one pass over the text, not by searching every paragraph for every other: the first
    // kMinContainedLength characters of each paragraph that may be a fragment are hashed, a hash rolled over
    // every longer paragraph finds where one of them starts, and a comparison confirms the whole fragment.
    constexpr qsizetype window = kMinContainedLength;
    constexpr quint64 base = 1000003;
    quint64 power = 1; // base^(window - 1)
    for (qsizetype k = 1; k < window; ++k)
        power *= base;
    const auto hashOf = [](QStringView s) {
        quint64 h = 0;
        for (QChar c : s)
            h = h * base + c.unicode();
        return h;
    };
    QHash<quint64, QList<int>> heads;
    for (int i = 0; i < count; ++i) {
        if (!clean.paragraphs[i].isRepeat() && texts[i].size() >= window)
            heads[hashOf(QStringView(texts[i]).first(window))].append(i);
    }
    QList<QList<int>> holders(count); // for each fragment, the longer paragraphs that hold it, in order
    for (int j = 0; j < count && !heads.isEmpty(); ++j) {
        const QStringView t(texts[j]);
        if (t.size() <= window)
            continue;
        quint64 h = hashOf(t.first(window));
        for (qsizetype at = 0;; ++at) {
            if (const auto it = heads.constFind(h); it != heads.cend()) {
                for (int i : *it) {
                    const qsizetype length = texts[i].size();
                    if (i != j && t.size() > length && at + length <= t.size() &&
                        t.mid(at, length) == texts[i] && (holders[i].isEmpty() || holders[i].back() != j))
                        holders[i].append(j);
                }
            }
            if (at + window >= t.size())
                break;
            h = (h - t.at(at).unicode() * power) * base + t.at(at + window).unicode();
        }
    }
    for (int i = 0; i < count; ++i) {
        Paragraph& p = clean.paragraphs[i];
        if (p.isRepeat() || texts[i].size() < kMinContainedLength)
            continue;
        for (int j : holders[i]) {
            if (!clean.paragraphs[j].isRepeat()) {
                p.repeatOf = j;
                break;
            }
        }
    }
    // Point every repeat at a paragraph that is not itself a repeat.
    for (int i = 0; i < count; ++i) {
        int target = clean.paragraphs[i].repeatOf;
        for (int hops = 0; target >= 0 && clean.paragraphs[target].isRepeat() && hops < count; ++hops)
            target = clean.paragraphs[target].repeatOf;
        if (target == i)
            target = -1;
        clean.paragraphs[i].repeatOf = target;
    }
}
