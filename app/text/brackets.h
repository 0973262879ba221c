#pragma once

#include <QString>
#include <QStringView>

// Round brackets, half- and full-width, as company and project names use them: 恒川（南岭）科技.
namespace Brackets {

constexpr bool isOpen(char16_t c) noexcept
{
    return c == u'(' || c == u'（';
}

constexpr bool isClose(char16_t c) noexcept
{
    return c == u')' || c == u'）';
}

// The text without its bracketed parts: each opening bracket up to the next closing one goes, brackets
// included; an opening bracket that is never closed stays, and so does a lone closing one.
inline QString withoutBracketed(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isOpen(text.at(i).unicode())) {
            qsizetype close = i + 1;
            while (close < text.size() && !isClose(text.at(close).unicode()))
                ++close;
            if (close < text.size()) {
                i = close;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

} // namespace Brackets
