#pragma once

#include <QList>

#include <algorithm>
#include <functional>
#include <map>
#include <span>

// The rows of an ordered list of ids, read a page at a time when first asked for: a view of a hundred
// thousand projects reads the few hundred it shows. The least recently used pages go when more than kMaxPages
// are kept. Row has an `id`; a row whose id the fetch did not give back (gone from the store) is a Row with
// only that id. Used on one thread.
template <typename Row>
class PagedRows final
{
public:
    // The rows of these ids, in their order (an id that is no row left out).
    using Fetch = std::function<QList<Row>(std::span<const int> ids)>;
    static constexpr qsizetype kPageSize = 128;
    static constexpr qsizetype kMaxPages = 32;

    explicit PagedRows(Fetch fetch)
        : m_fetch(std::move(fetch))
    {
    }

    // A new list: no page read yet.
    void reset(QList<int> ids)
    {
        m_ids = std::move(ids);
        m_pages.clear();
    }
    qsizetype size() const { return m_ids.size(); }
    const QList<int>& ids() const { return m_ids; }
    int idAt(qsizetype row) const { return m_ids.at(row); }
    // The row of an id; -1 when it is not in the list.
    qsizetype rowOf(int id) const
    {
        const auto found = std::find(m_ids.cbegin(), m_ids.cend(), id);
        return found == m_ids.cend() ? -1 : found - m_ids.cbegin();
    }
    // The row, its page read if it was not. The reference stays valid until kMaxPages other pages are read.
    const Row& at(qsizetype row) const
    {
        Q_ASSERT(row >= 0 && row < m_ids.size());
        const qsizetype page = row / kPageSize;
        auto found = m_pages.find(page);
        if (found == m_pages.end())
            found = read(page);
        found->second.used = ++m_clock;
        return found->second.rows.at(row % kPageSize);
    }
    // How many pages are kept (for tests).
    qsizetype pagesRead() const { return static_cast<qsizetype>(m_pages.size()); }

private:
    struct Page {
        QList<Row> rows; // aligned with the ids of the page
        quint64 used = 0;
    };

    typename std::map<qsizetype, Page>::iterator read(qsizetype page) const
    {
        if (static_cast<qsizetype>(m_pages.size()) >= kMaxPages) {
            const auto oldest =
                std::min_element(m_pages.begin(), m_pages.end(),
                                 [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
            m_pages.erase(oldest);
        }
        const qsizetype first = page * kPageSize;
        const std::span<const int> ids =
            std::span(m_ids).subspan(first, std::min(kPageSize, m_ids.size() - first));
        const QList<Row> fetched = m_fetch(ids);
        Page p;
        p.rows.reserve(ids.size());
        qsizetype next = 0;
        for (int id : ids) {
            if (next < fetched.size() && fetched[next].id == id) {
                p.rows.append(fetched[next++]);
            } else {
                Row missing;
                missing.id = id;
                p.rows.append(missing);
            }
        }
        return m_pages.emplace(page, std::move(p)).first;
    }

    Fetch m_fetch;
    QList<int> m_ids;
    mutable std::map<qsizetype, Page> m_pages;
    mutable quint64 m_clock = 0;
};
