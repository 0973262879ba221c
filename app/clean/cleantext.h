#pragma once

#include "offsetmap.h"

#include <QList>
#include <QString>

// A paragraph of the cleaned text. Paragraphs are separated by exactly one '\n' in CleanText::text.
struct Paragraph {
    enum class Kind {
        Body,     // running text
        Title,    // the article's headline lines
        Byline,   // author line: "■胡佳英", "► 吕科 汤天伦", a lone line of names
        Heading,  // section heading or short display line
        Caption,  // photo caption: "(图片由…提供)"
        PageInfo, // running page header or page number left by the layout
        Meta, // article metadata or page furniture: "来源：…", "发布时间：…", "扫一扫在手机打开当前页"
    };

    TextSpan span; // in the cleaned text
    Kind kind = Kind::Body;
    int repeatOf = -1; // index of the paragraph this one repeats (a layout that printed a block twice), or -1

    bool isRepeat() const { return repeatOf >= 0; }
};

// The output of cleaning: text every later step can trust, plus the way back to the original.
struct CleanText {
    QString text;                // cleaned text
    OffsetMap map;               // cleaned <-> original offsets
    QList<Paragraph> paragraphs; // in order, covering every non-empty line of `text`
    QString title;  // the headline (title paragraphs joined by a space); without one, the first sentence
                    // (cut at a clause); empty only for a text without words
    QString byline; // the first author line, markers removed; may be empty

    // Index of the paragraph containing cleaned position `pos`, or -1.
    int paragraphAt(qsizetype pos) const;
    QString paragraphText(int index) const
    {
        return text.mid(paragraphs[index].span.start, paragraphs[index].span.length());
    }
    int repeatedParagraphCount() const;
};

QString paragraphKindName(Paragraph::Kind kind); // "body", "title", … (stable: CLI and database)
