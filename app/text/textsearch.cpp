#include "textsearch.h"

#include <QHash>

#include <array>
#include <cstdint>

namespace TextSearch {

QList<QList<qsizetype>> occurrences(QStringView text, const QStringList& needles)
{
    QList<QList<qsizetype>> found(needles.size());
    // Needles by their first two code units (one-unit needles by their first), and a bit per code unit that
    // starts one, so that most positions cost one bit test and the rest only the needles that share both
    // units — not every needle that shares the first (many names start alike).
    const auto pairKey = [](char16_t a, char16_t b) { return (std::uint32_t(a) << 16) | b; };
    QHash<std::uint32_t, QList<int>> byPair;
    QHash<char16_t, QList<int>> single;
    std::array<std::uint64_t, 65536 / 64> starts{};
    for (int k = 0; k < needles.size(); ++k) {
        if (needles[k].isEmpty())
            continue;
        const char16_t first = needles[k].front().unicode();
        if (needles[k].size() == 1)
            single[first].append(k);
        else
            byPair[pairKey(first, needles[k].at(1).unicode())].append(k);
        starts[first / 64] |= std::uint64_t(1) << (first % 64);
    }
    QList<qsizetype> nextFrom(needles.size(), 0);
    const auto take = [&](int k, qsizetype i, QStringView rest) {
        if (i >= nextFrom[k] && rest.startsWith(needles[k])) {
            found[k].append(i);
            nextFrom[k] = i + needles[k].size();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!(starts[c / 64] & (std::uint64_t(1) << (c % 64))))
            continue;
        const QStringView rest = text.sliced(i);
        if (const auto one = single.constFind(c); one != single.cend()) {
            for (int k : *one)
                take(k, i, rest);
        }
        if (i + 1 < text.size()) {
            if (const auto two = byPair.constFind(pairKey(c, text.at(i + 1).unicode())); two != byPair.cend()) {
                for (int k : *two)
                    take(k, i, rest);
            }
        }
    }
    return found;
}

} // namespace TextSearch
