#pragma once

#include <QChar>

// Character classes the cleaner and the extractors agree on. All take one UTF-16 code unit;
// surrogate halves are neither Han nor punctuation, so supplementary ideographs are kept as they are.
namespace CharClass {

// Replaces each lone surrogate (a half of a pair without its other half) by U+FFFD, keeping every offset:
// the extractors' patterns then match the text without checking it again for every match.
inline void makeValidUtf16(QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
}

// CJK unified ideographs (basic block, extension A, compatibility ideographs) and 〇.
constexpr bool isHan(char16_t c) noexcept
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           c == 0x3007;
}

constexpr bool isAsciiDigit(char16_t c) noexcept
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiLetter(char16_t c) noexcept
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Letters of other Latin-like scripts count as "Latin" for spacing decisions (Café, Ärzte).
inline bool isLatinWordChar(char16_t c) noexcept
{
    if (isAsciiLetter(c))
        return true;
    return c >= 0x00C0 && c < 0x0250 && QChar(c).isLetter();
}

// Full-width forms of ASCII letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９).
constexpr bool isFullWidthAlnum(char16_t c) noexcept
{
    return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

constexpr char16_t toHalfWidth(char16_t c) noexcept
{
    return static_cast<char16_t>(c - 0xFEE0);
}

// Spaces of every width that PDF extraction leaves between glyphs.
constexpr bool isSpace(char16_t c) noexcept
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F;
}

// Characters with no visible glyph that PDF text carries along: zero-width spaces, soft hyphens, BOMs.
constexpr bool isInvisible(char16_t c) noexcept
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// CJK and full-width punctuation, including the curly quotes Chinese text uses.
constexpr bool isCjkPunct(char16_t c) noexcept
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x2010 && c <= 0x2027) ||
           c == 0x00B7 || c == 0xFE30 || (c >= 0xFE50 && c <= 0xFE6B);
}

// Punctuation that no space may precede in Chinese text (closing marks, sentence marks).
constexpr bool isClosingCjkPunct(char16_t c) noexcept
{
    switch (c) {
    case u'，':
    case u'。':
    case u'、':
    case u'；':
    case u'：':
    case u'！':
    case u'？':
    case u'）':
    case u'》':
    case u'」':
    case u'』':
    case u'】':
    case u'〕':
    case u'〉':
    case u'”':
    case u'’':
    case u'…':
        return true;
    default:
        return false;
    }
}

// Punctuation that no space may follow in Chinese text (opening marks).
constexpr bool isOpeningCjkPunct(char16_t c) noexcept
{
    switch (c) {
    case u'（':
    case u'《':
    case u'「':
    case u'『':
    case u'【':
    case u'〔':
    case u'〈':
    case u'“':
    case u'‘':
        return true;
    default:
        return false;
    }
}

// Marks that end a sentence or a clause that a paragraph can end on.
constexpr bool isSentenceEnd(char16_t c) noexcept
{
    switch (c) {
    case u'。':
    case u'！':
    case u'？':
    case u'!':
    case u'?':
    case u'；':
    case u';':
    case u'：':
    case u':':
    case u'…':
    case u'.':
    case u'｡':
        return true;
    default:
        return false;
    }
}

constexpr bool isClosingQuoteOrBracket(char16_t c) noexcept
{
    switch (c) {
    case u'”':
    case u'’':
    case u'」':
    case u'』':
    case u'）':
    case u')':
    case u'》':
    case u'】':
    case u'"':
    case u'\'':
        return true;
    default:
        return false;
    }
}

// Characters that belong to running Chinese text: ideographs and CJK punctuation.
constexpr bool isCjk(char16_t c) noexcept
{
    return isHan(c) || isCjkPunct(c);
}

} // namespace CharClass
