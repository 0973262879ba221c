#include "paragraphclassifier.h"

#include "bylinedetector.h"
#include "text/charclass.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;
using Kind = Paragraph::Kind;

namespace {

constexpr qsizetype kHeadingMaxLength = 32;
constexpr qsizetype kMinRepeatLength = 8;
constexpr qsizetype kMinContainedLength = 20;
// Containment is quadratic in the number of paragraphs; past this, only exact repeats are looked for.
constexpr qsizetype kMaxParagraphsForContainment = 3000;
// The title and byline are looked for among the first paragraphs only.
constexpr int kHeaderParagraphs = 6;

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

void ParagraphClassifier::classify(CleanText& clean, const std::vector<Hints>& hints)
{
    const auto count = static_cast<int>(clean.paragraphs.size());
    for (int i = 0; i < count; ++i) {
        const QString t = clean.paragraphText(i);
        const Hints h = i < static_cast<int>(hints.size()) ? hints[static_cast<size_t>(i)] : Hints{};
        Kind kind = Kind::Body;
        if (isCaption(t))
            kind = Kind::Caption;
        else if (!h.markdownHeading && isPageInfo(t, i))
            kind = Kind::PageInfo;
        else if (BylineDetector::isByline(t))
            kind = Kind::Byline;
        else if (h.markdownHeading || isHeadingText(t) || (h.display && t.size() <= 48 && !endsSentence(t)))
            kind = Kind::Heading;
        clean.paragraphs[i].kind = kind;
    }

    // Title: the heading lines above the first byline near the top; without a byline, the headings the
    // article opens with; failing both, its first heading.
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
            if (k == Kind::PageInfo)
                continue;
            if (k != Kind::Heading)
                break;
            titleParagraphs.append(i);
        }
    }
    if (titleParagraphs.isEmpty()) {
        for (int i = 0; i < count; ++i) {
            if (clean.paragraphs[i].kind == Kind::Heading) {
                titleParagraphs.append(i);
                break;
            }
        }
    }
    QStringList titleParts;
    for (int i : titleParagraphs) {
        clean.paragraphs[i].kind = Kind::Title;
        titleParts.append(clean.paragraphText(i));
    }
    clean.title = titleParts.join(u' ');
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
    if (count > kMaxParagraphsForContainment)
        return;
    // A fragment of a paragraph printed again elsewhere (the layout cut one copy short) repeats the full one.
    for (int i = 0; i < count; ++i) {
        Paragraph& p = clean.paragraphs[i];
        if (p.isRepeat() || texts[i].size() < kMinContainedLength)
            continue;
        const QStringView head = QStringView(texts[i]).first(4);
        for (int j = 0; j < count; ++j) {
            if (j == i || clean.paragraphs[j].isRepeat() || texts[j].size() <= texts[i].size())
                continue;
            if (texts[j].contains(head) && texts[j].contains(texts[i])) {
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
