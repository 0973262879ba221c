#include "offsetmap.h"

#include <algorithm>

OffsetMap::OffsetMap(std::vector<qsizetype> origins, qsizetype originalLength)
    : m_origins(std::move(origins))
    , m_originalLength(originalLength)
{
    Q_ASSERT(std::is_sorted(m_origins.begin(), m_origins.end()));
    Q_ASSERT(m_origins.empty() || m_origins.back() < m_originalLength);
}

OffsetMap OffsetMap::identity(qsizetype length)
{
    std::vector<qsizetype> origins(static_cast<size_t>(length));
    for (qsizetype i = 0; i < length; ++i)
        origins[static_cast<size_t>(i)] = i;
    return OffsetMap(std::move(origins), length);
}

qsizetype OffsetMap::toOriginal(qsizetype cleanPos) const
{
    if (cleanPos >= cleanLength())
        return m_originalLength;
    if (cleanPos <= 0)
        return m_origins.front();
    return m_origins[static_cast<size_t>(cleanPos)];
}

qsizetype OffsetMap::toClean(qsizetype originalPos) const
{
    const auto it = std::lower_bound(m_origins.begin(), m_origins.end(), originalPos);
    return static_cast<qsizetype>(it - m_origins.begin());
}

TextSpan OffsetMap::toOriginal(TextSpan clean) const
{
    const qsizetype start = qBound<qsizetype>(0, clean.start, cleanLength());
    const qsizetype end = qBound<qsizetype>(start, clean.end, cleanLength());
    if (end == start) {
        const qsizetype at = toOriginal(start);
        return {at, at};
    }
    return {m_origins[static_cast<size_t>(start)], m_origins[static_cast<size_t>(end - 1)] + 1};
}

TextSpan OffsetMap::toClean(TextSpan original) const
{
    const qsizetype start = toClean(original.start);
    return {start, qMax(start, toClean(original.end))};
}
