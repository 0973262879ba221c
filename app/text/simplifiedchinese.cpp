#include "simplifiedchinese.h"

#include <array>

namespace {

constexpr char16_t kFirst = 0x4E00;
constexpr char16_t kLast = 0x9FFF;
using Table = std::array<char16_t, kLast - kFirst + 1>;

struct Pair {
    char16_t traditional;
    char16_t simplified;
};

// The ideographs the transform changes, written at build time (app/text/tools/hanthanstable.cpp).
constexpr Pair kPairs[] = {
#include "hanthans_table.inc"
};

// Every ideograph of the block mapped to itself but for the pairs: built once, on first use (thread-safe).
const Table& table()
{
    static const Table t = [] {
        Table built{};
        for (std::size_t i = 0; i < built.size(); ++i)
            built[i] = static_cast<char16_t>(kFirst + i);
        for (const Pair& p : kPairs)
            built[p.traditional - kFirst] = p.simplified;
        return built;
    }();
    return t;
}

} // namespace

namespace SimplifiedChinese {

QString fromTraditional(const QString& text)
{
    const Table& t = table();
    const QChar* in = text.constData();
    qsizetype first = 0;
    for (; first < text.size(); ++first) {
        const char16_t c = in[first].unicode();
        if (c >= kFirst && c <= kLast && t[c - kFirst] != c)
            break;
    }
    if (first == text.size())
        return text; // nothing to change: the same string, shared, not copied
    QString out = text;
    QChar* data = out.data();
    for (qsizetype i = first; i < out.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= kFirst && c <= kLast)
            data[i] = QChar(t[c - kFirst]);
    }
    return out;
}

bool hasTraditional(const QString& text)
{
    const Table& t = table();
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= kFirst && c <= kLast && t[c - kFirst] != c)
            return true;
    }
    return false;
}

} // namespace SimplifiedChinese
