#pragma once

#include <QString>

#include <vector>

// Text under construction by the cleaner: every code unit remembers the original offset it came from.
// Internal to the cleaning passes.
class TracedString final
{
public:
    void append(QChar c, qsizetype origin)
    {
        m_text.append(c);
        m_origins.push_back(origin);
    }
    void append(const TracedString& other, qsizetype from = 0, qsizetype to = -1)
    {
        if (to < 0)
            to = other.size();
        if (to <= from)
            return;
        // In one piece, not a character at a time (the cleaner copies most of an article so).
        m_text.append(QStringView(other.m_text).sliced(from, to - from));
        m_origins.insert(m_origins.end(), other.m_origins.begin() + from, other.m_origins.begin() + to);
    }
    void reserve(qsizetype n)
    {
        m_text.reserve(n);
        m_origins.reserve(static_cast<size_t>(n));
    }

    qsizetype size() const { return m_text.size(); }
    bool isEmpty() const { return m_text.isEmpty(); }
    char16_t at(qsizetype i) const { return m_text.at(i).unicode(); }
    qsizetype origin(qsizetype i) const { return m_origins[static_cast<size_t>(i)]; }
    const QString& text() const { return m_text; }
    std::vector<qsizetype>& origins() { return m_origins; }

    TracedString mid(qsizetype from, qsizetype to) const
    {
        TracedString out;
        out.reserve(to - from);
        out.append(*this, from, to);
        return out;
    }

private:
    QString m_text;
    std::vector<qsizetype> m_origins;
};
