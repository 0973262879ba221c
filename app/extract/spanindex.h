#pragma once

#include "clean/offsetmap.h"

#include <QList>

#include <algorithm>
#include <map>

// Spans of a text, each with a number (an index into the caller's list), for asking in log time which of
// them overlap a span or hold it — the checks the extractors make for every candidate, which a scan of every
// entity would make quadratic.
class SpanIndex final
{
public:
    void insert(TextSpan span, int id = 0)
    {
        m_spans.emplace(span.start, Entry{span.end, id});
        m_longest = std::max(m_longest, span.length());
    }
    // The ids of the spans that share a character with `span`, by start.
    QList<int> overlapping(TextSpan span) const
    {
        QList<int> out;
        for (auto it = first(span.start); it != m_spans.end() && it->first < span.end; ++it) {
            if (span.start < it->second.end)
                out.append(it->second.id);
        }
        return out;
    }
    bool overlaps(TextSpan span) const
    {
        for (auto it = first(span.start); it != m_spans.end() && it->first < span.end; ++it) {
            if (span.start < it->second.end)
                return true;
        }
        return false;
    }
    // The ids of the spans that hold all of `span`, by start.
    QList<int> holding(TextSpan span) const
    {
        QList<int> out;
        for (auto it = first(span.end); it != m_spans.end() && it->first <= span.start; ++it) {
            if (span.end <= it->second.end)
                out.append(it->second.id);
        }
        return out;
    }
    bool holds(TextSpan span) const
    {
        for (auto it = first(span.end); it != m_spans.end() && it->first <= span.start; ++it) {
            if (span.end <= it->second.end)
                return true;
        }
        return false;
    }

private:
    struct Entry {
        qsizetype end;
        int id;
    };
    // The first span that can reach `position`: none longer than the longest starts before it.
    std::multimap<qsizetype, Entry>::const_iterator first(qsizetype position) const
    {
        return m_spans.lower_bound(position - m_longest);
    }
    std::multimap<qsizetype, Entry> m_spans; // by start
    qsizetype m_longest = 0;
};
