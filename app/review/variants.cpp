#include "variants.h"

#include "corrections.h"
#include "extract/companyextractor.h"
#include "extract/extractionrules.h"
#include "extract/industrytaxonomy.h"
#include "extract/projectextractor.h"
#include "text/brackets.h"
#include "text/simplifiedchinese.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Union-find over the indexes 0..n-1.
class Groups
{
public:
    explicit Groups(qsizetype n)
        : m_parent(n)
    {
        for (qsizetype i = 0; i < n; ++i)
            m_parent[i] = i;
    }
    qsizetype root(qsizetype i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(qsizetype a, qsizetype b) { m_parent[root(a)] = root(b); }

private:
    QList<qsizetype> m_parent;
};

QString keyOf(VariantCluster::Kind kind, QStringList parts)
{
    parts.sort();
    const QString prefix = kind == VariantCluster::Kind::Company  ? u"company"_s
                           : kind == VariantCluster::Kind::Region ? u"region"_s
                                                                  : u"project"_s;
    return prefix + u'|' + parts.join(u'|');
}

// Groups the distinct `names` (each with the projects that have it) by `related`, into clusters of two names
// or more; the members of each in order of how many projects have them.
QList<VariantCluster> clusters(VariantCluster::Kind kind, const QMap<QString, QList<int>>& names,
                               const std::function<bool(const QString&, const QString&)>& related,
                               const std::function<int(const QList<VariantCluster::Member>&)>& suggest,
                               const QString& reason)
{
    const QStringList list = names.keys();
    Groups groups(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        for (qsizetype j = i + 1; j < list.size(); ++j) {
            if (related(list[i], list[j]))
                groups.join(i, j);
        }
    }
    QMap<qsizetype, QList<VariantCluster::Member>> byRoot;
    for (qsizetype i = 0; i < list.size(); ++i)
        byRoot[groups.root(i)].append({list[i], QString(), names.value(list[i])});
    QList<VariantCluster> out;
    for (QList<VariantCluster::Member>& members : byRoot) {
        if (members.size() < 2)
            continue;
        std::stable_sort(members.begin(), members.end(),
                         [](const auto& a, const auto& b) { return a.ids.size() > b.ids.size(); });
        VariantCluster c;
        c.kind = kind;
        c.members = members;
        QStringList parts;
        for (const auto& m : members)
            parts << m.name;
        c.key = keyOf(kind, parts);
        c.suggested = suggest(members);
        c.reason = reason;
        out.append(c);
    }
    return out;
}

bool hasLegalForm(const QString& name)
{
    return name.endsWith(u"公司"_s) || name.endsWith(u"集团"_s);
}

// The project's name without its 项目 and brackets, normalized.
QString projectStem(const QString& name)
{
    QString s = Brackets::withoutBracketed(VariantFinder::normalized(name));
    if (s.endsWith(u"项目"_s))
        s.chop(2);
    return s;
}

// A name that says only what kind of project it is (汽车零部件, 新材料产业园): its industry words and the
// generic words of the rules leave less than two characters. Two such names are not one project.
bool isGeneric(const QString& stem)
{
    QString rest = stem;
    const QList<Entity> industries = IndustryTaxonomy::shared()->extract(stem);
    for (auto it = industries.crbegin(); it != industries.crend(); ++it)
        rest.remove(it->span.start, it->span.length());
    for (const QString& word : ExtractionRules::shared()->words(u"generic"_s))
        rest.remove(word);
    return rest.size() < 2;
}

} // namespace

QList<int> VariantCluster::projectIds() const
{
    QList<int> ids;
    for (const Member& m : members)
        ids += m.ids;
    return ids;
}

QString VariantFinder::normalized(const QString& name)
{
    QString s = SimplifiedChinese::fromTraditional(name);
    s.replace(u'(', u'（').replace(u')', u'）');
    s.remove(u' ').remove(u'\u3000');
    return s;
}

QStringList VariantFinder::companyForms(const QString& name)
{
    const QString n = normalized(name);
    QStringList forms{n};
    forms += CompanyExtractor::shortFormsOf(n);
    forms.removeDuplicates();
    return forms;
}

QString VariantFinder::placeKey(const QString& name)
{
    const QString n = normalized(name);
    const QMap<QString, QString> fields = CorrectionSet::regionFields(n);
    if (fields.value(u"zone"_s).isEmpty() && !fields.value(u"region"_s).isEmpty())
        return u"division:"_s + fields.value(u"region"_s);
    QString zone = n;
    const ExtractionRules::Words& shorts = ExtractionRules::shared()->kind(u"zone_short"_s);
    for (const QString& longForm : shorts.all()) // longest first
        zone.replace(longForm, shorts.value(longForm));
    return u"zone:"_s + zone;
}

QList<VariantCluster> VariantFinder::find(const QList<CorpusQueries::ProjectRow>& projects,
                                          const QStringList& rejected)
{
    QMap<QString, QList<int>> companies;
    QMap<QString, QList<int>> places;
    QList<const CorpusQueries::ProjectRow*> kept;
    for (const CorpusQueries::ProjectRow& r : projects) {
        if (r.excluded)
            continue;
        kept << &r;
        if (!r.company.isEmpty())
            companies[r.company].append(r.id);
        if (!r.region.isEmpty())
            places[r.region].append(r.id);
    }
    QHash<QString, QStringList> forms;
    for (auto it = companies.cbegin(); it != companies.cend(); ++it)
        forms.insert(it.key(), companyForms(it.key()));
    // A company's core is its shortest form: the trade name (铂淳 of 浙江铂淳新材料股份有限公司).
    const auto core = [&forms](const QString& name) {
        const QStringList& f = forms[name];
        return *std::min_element(f.cbegin(), f.cend(),
                                 [](const QString& a, const QString& b) { return a.size() < b.size(); });
    };
    QList<VariantCluster> out = clusters(
        VariantCluster::Kind::Company, companies,
        [&](const QString& a, const QString& b) {
            const QString ca = core(a);
            const QString cb = core(b);
            return ca.size() >= 2 && cb.size() >= 2 &&
                   (ca == cb || forms[a].contains(cb) || forms[b].contains(ca));
        },
        [](const QList<VariantCluster::Member>& members) {
            // The legal name, the longest of them; else the longest name.
            int best = 0;
            for (int i = 1; i < members.size(); ++i) {
                const bool legal = hasLegalForm(members[i].name);
                const bool bestLegal = hasLegalForm(members[best].name);
                if ((legal && !bestLegal) ||
                    (legal == bestLegal && members[i].name.size() > members[best].name.size()))
                    best = i;
            }
            return best;
        },
        tr("the same company: its legal name and short forms"));

    QHash<QString, QString> placeKeys;
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        placeKeys.insert(it.key(), placeKey(it.key()));
    out += clusters(
        VariantCluster::Kind::Region, places,
        [&](const QString& a, const QString& b) { return placeKeys[a] == placeKeys[b]; },
        [&placeKeys](const QList<VariantCluster::Member>& members) {
            // The gazetteer's full name; for a zone, the longest form.
            const QString& key = placeKeys[members.front().name];
            const QString full = key.startsWith(u"division:"_s) ? key.section(u':', 1) : QString();
            int best = 0;
            for (int i = 0; i < members.size(); ++i) {
                if (members[i].name == full)
                    return i;
                if (members[i].name.size() > members[best].name.size())
                    best = i;
            }
            return best;
        },
        tr("the same place, written two ways"));

    // One project reported by several articles: the same company and amount, or one name inside the other
    // in the same city.
    Groups groups(kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const auto& a = *kept[i];
        for (qsizetype j = i + 1; j < kept.size(); ++j) {
            const auto& b = *kept[j];
            if (a.documentId == b.documentId)
                continue;
            const bool sameCompany =
                !a.company.isEmpty() && !b.company.isEmpty() &&
                (a.company == b.company || (forms.contains(a.company) && forms.contains(b.company) &&
                                            core(a.company) == core(b.company)));
            const bool sameAmount = a.amountCny && b.amountCny && *a.amountCny == *b.amountCny;
            const QString sa = projectStem(a.name);
            const QString sb = projectStem(b.name);
            const QString& shorter = sa.size() <= sb.size() ? sa : sb;
            const bool nested = std::min(sa.size(), sb.size()) >= 4 && (sa.contains(sb) || sb.contains(sa)) &&
                                !isGeneric(shorter);
            const bool sameCity = a.city.isEmpty() || b.city.isEmpty() || a.city == b.city;
            const bool amountsAgree = !a.amountCny || !b.amountCny || *a.amountCny == *b.amountCny;
            const bool companiesAgree = a.company.isEmpty() || b.company.isEmpty() || sameCompany;
            if ((sameCompany && sameAmount) || (nested && sameCity && amountsAgree && companiesAgree))
                groups.join(i, j);
        }
    }
    QMap<qsizetype, QList<qsizetype>> byRoot;
    for (qsizetype i = 0; i < kept.size(); ++i)
        byRoot[groups.root(i)].append(i);
    for (const QList<qsizetype>& group : byRoot) {
        if (group.size() < 2)
            continue;
        VariantCluster c;
        c.kind = VariantCluster::Kind::Project;
        QStringList parts;
        int bestFields = -1;
        for (qsizetype i : group) {
            const auto& r = *kept[i];
            c.members.append({r.name, r.documentFile, {r.id}});
            parts << r.name + u'@' + r.documentFile;
            // The fullest report is kept: the one with most fields known.
            const int known = !r.company.isEmpty() + bool(r.amount) + !r.region.isEmpty() +
                              !r.industry.isEmpty() + !r.status.isEmpty();
            if (known > bestFields) {
                bestFields = known;
                c.suggested = static_cast<int>(c.members.size() - 1);
            }
        }
        c.key = keyOf(c.kind, parts);
        c.reason = tr("one project reported by several articles");
        out.append(c);
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&rejected](const VariantCluster& c) { return rejected.contains(c.key); }),
              out.end());
    return out;
}
