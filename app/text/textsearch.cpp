#include "textsearch.h"

#include <QHash>

#include <array>
#include <cstdint>

namespace TextSearch {

QList<QList<qsizetype>> occurrences(QStringView text, const QStringList& needles)
{
    QList<QList<qsizetype>> found(needles.size());
    // Needles by their first code unit, and a bit per code unit that starts one, so that most positions
    // cost one bit test.
    QHash<char16_t, QList<int>> byFirst;
    std::array<std::uint64_t, 65536 / 64> starts{};
    for (int k = 0; k < needles.size(); ++k) {
        if (needles[k].isEmpty())
            continue;
        const char16_t first = needles[k].front().unicode();
        byFirst[first].append(k);
        starts[first / 64] |= std::uint64_t(1) << (first % 64);
    }
    QList<qsizetype> nextFrom(needles.size(), 0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!(starts[c / 64] & (std::uint64_t(1) << (c % 64))))
            continue;
        const QStringView rest = text.sliced(i);
        for (int k : *byFirst.constFind(c)) {
            if (i >= nextFrom[k] && rest.startsWith(needles[k])) {
                found[k].append(i);
                nextFrom[k] = i + needles[k].size();
            }
        }
    }
    return found;
}

} // namespace TextSearch
