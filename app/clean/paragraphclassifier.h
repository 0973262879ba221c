#pragma once

#include "cleantext.h"

#include <vector>

class ExtractionRules;

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

    // Article metadata or page furniture: "来源：…", "发布时间：2011-05-18发布人：…", "2013-03-15
    // 08:54来源:…", a date and time alone, "扫一扫在手机打开当前页". `simplified` is one line or paragraph,
    // in Simplified characters; the labels and phrases are the rules' meta_label and boilerplate.
    static bool isMeta(QStringView simplified, const ExtractionRules& rules);
    // A title made of an article's opening paragraph when it has no headline: its first sentence, after a
    // news agency's dateline, cut at a clause when it runs past 40 characters.
    static QString firstSentence(const QString& paragraph, const ExtractionRules& rules);
};
