#include "projectfacts.h"

#include "sqlitestatement.h"

#include <QCollator>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

// Project::text: the region levels in ProjectFilter::RegionLevel's order, then these.
enum TextColumn { Province, City, County, Zone, Industry, Currency, Region, IndustryCode };

} // namespace

std::shared_ptr<const ProjectFacts> ProjectFacts::read(const QSqlDatabase& db, QString* error)
{
    auto facts = std::make_shared<ProjectFacts>();
    SqliteStatement projects(
        db,
        u"SELECT id, COALESCE(province, ''), COALESCE(city, ''), COALESCE(county, ''), COALESCE(zone, ''), "
        u"COALESCE(industry_code, 'OTHER'), COALESCE(currency, ''), COALESCE(status, ''), "
        u"COALESCE(company, ''), amount, amount_cny, excluded <> 0, "
        u"COALESCE(corrected, '') <> '' OR added = 1, COALESCE(region, ''), COALESCE(industry_code, '') "
        u"FROM projects ORDER BY id"_s);
    for (bool row = projects.exec() && projects.hasRow(); row; row = projects.next()) {
        Project p;
        p.id = static_cast<int>(projects.intValue(0));
        for (int c = 0; c < 6; ++c)
            p.text[c] = facts->intern(projects.utf8View(1 + c));
        p.status = facts->intern(projects.utf8View(7));
        p.company = facts->intern(projects.utf8View(8));
        p.hasAmount = !projects.isNull(9);
        p.amount = projects.doubleValue(9);
        p.hasAmountCny = !projects.isNull(10);
        p.amountCny = projects.doubleValue(10);
        p.excluded = projects.intValue(11) != 0;
        p.corrected = projects.intValue(12) != 0;
        p.text[Region] = facts->intern(projects.utf8View(13));
        p.text[IndustryCode] = facts->intern(projects.utf8View(14));
        facts->m_projects.append(p);
    }
    // Each project's articles, each once, in order: the mentions come sorted from their covering index.
    SqliteStatement mentions(db, u"SELECT project_id, document_id FROM project_mentions "
                                 u"ORDER BY project_id, document_id"_s);
    qsizetype at = 0;
    int lastDocument = -1;
    for (bool row = mentions.exec() && mentions.hasRow(); row; row = mentions.next()) {
        const int project = static_cast<int>(mentions.intValue(0));
        const int document = static_cast<int>(mentions.intValue(1));
        while (at < facts->m_projects.size() && facts->m_projects[at].id < project) {
            ++at;
            if (at < facts->m_projects.size())
                facts->m_projects[at].firstMention = static_cast<int>(facts->m_mentionDocuments.size());
            lastDocument = -1;
        }
        if (at == facts->m_projects.size() || facts->m_projects[at].id != project || document == lastDocument)
            continue; // a report of no project (none should be), or the article again
        facts->m_mentionDocuments.append(document);
        lastDocument = document;
    }
    for (++at; at < facts->m_projects.size(); ++at)
        facts->m_projects[at].firstMention = static_cast<int>(facts->m_mentionDocuments.size());
    facts->m_utf8Ids = {};
    const QString failed = !projects.error().isEmpty() ? projects.error() : mentions.error();
    if (!failed.isEmpty()) {
        if (error)
            *error = failed;
        return nullptr;
    }
    return facts;
}

int ProjectFacts::intern(const QByteArray& utf8)
{
    // Looked up by the bytes SQLite holds (no QString made, no UTF-16 conversion): most values repeat.
    const auto found = m_utf8Ids.constFind(utf8);
    if (found != m_utf8Ids.cend())
        return *found;
    const int id = static_cast<int>(m_strings.size());
    const QString text = QString::fromUtf8(utf8);
    m_strings.append(text);
    m_ids.insert(text, id);
    m_utf8Ids.insert(QByteArray(utf8.constData(), utf8.size()), id); // a copy: the view goes with the row
    return id;
}

int ProjectFacts::sizeClass(const Project& p)
{
    // As ProjectFilter::sizeBucketSql().
    if (!p.hasAmountCny)
        return 5;
    if (p.amountCny < 1e8)
        return 0;
    if (p.amountCny < 1e9)
        return 1;
    if (p.amountCny < 5e9)
        return 2;
    if (p.amountCny < 1e10)
        return 3;
    return 4;
}

std::span<const int> ProjectFacts::documentsOf(qsizetype project) const
{
    const qsizetype begin = m_projects[project].firstMention;
    const qsizetype end =
        project + 1 < m_projects.size() ? m_projects[project + 1].firstMention : m_mentionDocuments.size();
    return std::span(m_mentionDocuments).subspan(begin, end - begin);
}

QList<qsizetype> ProjectFacts::select(const ProjectFilter& filter) const
{
    // The filter's strings as the table's numbers, looked up once (-1: no project has it).
    const auto idOf = [this](const QString& text) { return m_ids.value(text, -1); };
    int regionColumn = -1;
    int region = -1; // with regionColumn: the column must be this, or with regionOthers none of them
    bool regionOthers = false;
    QSet<int> others;
    if (filter.hasRegion()) {
        regionColumn = static_cast<int>(*filter.regionLevel); // Province, City, County, Zone as TextColumn
        if (filter.region == ProjectFilter::kNoRegion) {
            region = idOf(QString(u""_s));
        } else if (!filter.region.isEmpty()) {
            region = idOf(filter.region);
        } else {
            regionOthers = true;
            region = idOf(QString(u""_s)); // never empty
            for (const QString& name : filter.regionOthers)
                others.insert(idOf(name));
        }
    }
    const int industry = filter.industry.isEmpty() ? -2 : idOf(filter.industry);
    const int status = filter.status.isEmpty() ? -2 : idOf(filter.status);
    const int company = filter.company.isEmpty() ? -2 : idOf(filter.company);
    const int size = filter.size ? static_cast<int>(*filter.size) : -1;
    QList<qsizetype> selected;
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        const Project& p = m_projects[i];
        if (p.excluded && !filter.showExcluded)
            continue;
        if (regionColumn >= 0) {
            const int value = p.text[regionColumn];
            if (regionOthers ? (value == region || others.contains(value)) : value != region)
                continue;
        }
        if ((industry != -2 && p.text[Industry] != industry) || (status != -2 && p.status != status) ||
            (company != -2 && p.company != company) || (size >= 0 && sizeClass(p) != size))
            continue;
        if (filter.documentId) {
            const std::span<const int> documents = documentsOf(i);
            if (!std::binary_search(documents.begin(), documents.end(), *filter.documentId))
                continue;
        }
        selected.append(i);
    }
    return selected;
}

QList<ProjectFacts::Group> ProjectFacts::groups(Key key, const ProjectFilter& filter) const
{
    QHash<qint64, Group> byKey; // string (or size class) and excluded
    for (qsizetype i : select(filter)) {
        const Project& p = m_projects[i];
        int value = 0;
        switch (key) {
        case Key::Province:
        case Key::City:
        case Key::County:
        case Key::Zone:
            value = p.text[static_cast<int>(key)];
            break;
        case Key::Industry:
            value = p.text[Industry];
            break;
        case Key::Currency:
            value = p.text[Currency];
            break;
        case Key::Size:
            value = sizeClass(p);
            break;
        }
        Group& g = byKey[(qint64(value) << 1) | (p.excluded ? 1 : 0)];
        ++g.count;
        g.excluded = p.excluded;
        if (p.hasAmount)
            g.amount += p.amount;
        if (p.hasAmountCny) {
            g.amountCny += p.amountCny;
            ++g.withAmountCny;
        }
        if (p.corrected)
            ++g.corrected;
    }
    QList<Group> groups;
    groups.reserve(byKey.size());
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        const int value = static_cast<int>(it.key() >> 1);
        it->key = key == Key::Size ? QString::number(value) : m_strings[value];
        groups.append(*it);
    }
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return a.key != b.key ? a.key < b.key : a.excluded < b.excluded;
    });
    return groups;
}

QList<int> ProjectFacts::documents(const ProjectFilter& filter) const
{
    QList<int> documents;
    for (qsizetype i : select(filter)) {
        for (int document : documentsOf(i))
            documents.append(document);
    }
    std::sort(documents.begin(), documents.end());
    documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
    return documents;
}

QHash<int, ProjectFacts::DocumentTotals> ProjectFacts::documentTotals(const ProjectFilter& filter) const
{
    QHash<int, DocumentTotals> totals;
    for (qsizetype i : select(filter)) {
        const Project& p = m_projects[i];
        for (int document : documentsOf(i)) {
            DocumentTotals& t = totals[document];
            ++t.projects;
            if (p.hasAmountCny)
                t.totalCny += p.amountCny;
        }
    }
    return totals;
}

QList<int> ProjectFacts::orderedIds(Order order, bool descending, const ProjectFilter& filter,
                                    const QLocale& collation) const
{
    const QList<qsizetype> selected = select(filter);
    QList<int> ids;
    ids.reserve(selected.size());
    if (order == Order::Investment) {
        QList<std::pair<double, int>> keyed; // value, id
        keyed.reserve(selected.size());
        for (qsizetype i : selected) {
            const Project& p = m_projects[i];
            keyed.append({p.hasAmountCny ? p.amountCny : p.hasAmount ? p.amount : -1.0, p.id});
        }
        std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto& a, const auto& b) {
            return descending ? a.first > b.first : a.first < b.first;
        });
        for (const auto& k : keyed)
            ids.append(k.second);
        return ids;
    }
    if (m_ranksLocale != collation.name() || m_ranks.size() != m_strings.size()) {
        // Every string's place, sorted once: a few thousand places and companies, not a sort per project.
        QList<int> sorted(m_strings.size());
        std::iota(sorted.begin(), sorted.end(), 0);
        QCollator collator(collation);
        std::sort(sorted.begin(), sorted.end(),
                  [&](int a, int b) { return collator.compare(m_strings[a], m_strings[b]) < 0; });
        m_ranks = QList<int>(m_strings.size());
        int rank = 0;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (i > 0 && collator.compare(m_strings[sorted[i - 1]], m_strings[sorted[i]]) != 0)
                ++rank;
            m_ranks[sorted[i]] = rank;
        }
        m_ranksLocale = collation.name();
    }
    const auto textOf = [order](const Project& p) {
        switch (order) {
        case Order::Industry:
            return p.text[IndustryCode];
        case Order::Status:
            return p.status;
        case Order::Province:
            return p.text[Province];
        case Order::City:
            return p.text[City];
        case Order::Region:
            return p.text[Region];
        case Order::Company:
        case Order::Investment:
            break;
        }
        return p.company;
    };
    // Industry and status codes by code (as SQL compares them), the rest by the collation.
    const bool byCode = order == Order::Industry || order == Order::Status;
    QHash<int, int> codeRanks;
    if (byCode) {
        QList<int> codes;
        for (qsizetype i : selected) {
            const int code = textOf(m_projects[i]);
            if (!codeRanks.contains(code)) {
                codeRanks.insert(code, 0);
                codes << code;
            }
        }
        std::sort(codes.begin(), codes.end(), [this](int a, int b) { return m_strings[a] < m_strings[b]; });
        for (qsizetype r = 0; r < codes.size(); ++r)
            codeRanks[codes[r]] = static_cast<int>(r);
    }
    QList<std::pair<int, int>> keyed; // rank, id
    keyed.reserve(selected.size());
    for (qsizetype i : selected) {
        const int text = textOf(m_projects[i]);
        keyed.append({byCode ? codeRanks.value(text) : m_ranks[text], m_projects[i].id});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [descending](const auto& a, const auto& b) {
        return descending ? a.first > b.first : a.first < b.first;
    });
    for (const auto& k : keyed)
        ids.append(k.second);
    return ids;
}
