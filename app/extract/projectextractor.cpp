// Stage 5 of project extraction and the whole of it: candidates, fields, aggregates, then one project per
// report.
#include "projectextractor.h"

#include "clean/cleantext.h"
#include "companyextractor.h"
#include "extractionrules.h"
#include "projectfields.h"
#include "projectstages.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ProjectStages;

namespace {

// The trade name in a company's legal name, to tell whether a project's name mentions the company.
QString shortName(const QString& company)
{
    const QStringList forms = CompanyExtractor::shortFormsOf(company);
    return forms.isEmpty() ? company : forms.back();
}

// A project as one report gives it, and whether its place comes from the report's own item or list.
struct Report {
    Project project;
    bool ownPlace = false;
};

// One project per report: the same key, a contained name with an agreeing amount, or a company's nameless
// report and its named one.
QList<Project> merged(const QList<Report>& reports)
{
    QList<Project> out;
    QStringList keys;     // keyOf each project of `out`, as first taken in
    QList<bool> ownPlace; // and whether its place is its own report's
    for (const Report& report : reports) {
        const Project& p = report.project;
        const QString key = ProjectExtractor::keyOf(p);
        auto same = std::find_if(out.begin(), out.end(), [&](const Project& m) {
            const QString& a = keys[&m - out.data()];
            if (a == key)
                return true;
            const bool sameCompany = !p.company.isEmpty() && m.company == p.company;
            const bool amountsAgree =
                !p.investment || !m.investment || p.investment->amount == m.investment->amount;
            const bool bothAmounts = p.investment && m.investment;
            const bool nameContains =
                (a.size() >= 4 && key.contains(a)) || (key.size() >= 4 && a.contains(key));
            return (sameCompany && bothAmounts && amountsAgree) || (nameContains && amountsAgree);
        });
        if (same == out.end()) {
            out.append(p);
            keys.append(key);
            ownPlace.append(report.ownPlace);
            continue;
        }
        Project& m = *same;
        // The more telling name: the one that names the company, else the longer.
        const bool namesCompany = !p.company.isEmpty() && p.name.contains(shortName(p.company));
        if ((namesCompany && !m.name.contains(shortName(m.company))) ||
            (p.name.size() > m.name.size() && !m.name.contains(shortName(m.company))))
            m.name = p.name;
        if (!m.investment && p.investment) {
            m.investment = p.investment;
            m.amountText = p.amountText;
        }
        if (m.status.isEmpty())
            m.status = p.status;
        if (m.company.isEmpty())
            m.company = p.company;
        if (m.industry.isEmpty())
            m.industry = p.industry;
        // A place from the report's own item or list beats one taken from its context.
        const qsizetype index = same - out.begin();
        if (m.region.isEmpty() || (!p.region.isEmpty() && report.ownPlace && !ownPlace[index])) {
            ownPlace[index] = report.ownPlace;
            m.region = p.region;
            m.city = p.city;
            m.province = p.province;
            m.county = p.county;
            m.zone = p.zone;
            m.regionCode = p.regionCode;
        }
        m.mentions.append(p.evidence);
        keys[same - out.begin()] = ProjectExtractor::keyOf(m); // its name or company may have changed
        m.explanation << u"merged: the same project reported again at %1–%2"_s.arg(
            QString::number(p.evidence.start), QString::number(p.evidence.end));
    }
    return out;
}

// "尼得科机床（浙江）有限公司的开工奠基，该项目总投资…": a company, a status and an amount but no name.
QList<Candidate> companyReports(const QString& text, const QList<Entity>& entities,
                                const QList<Sentence>& sentences, const QList<Candidate>& named,
                                const ExtractionRules& rules)
{
    QList<Candidate> out;
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence& s = sentences[si];
        if (std::any_of(named.cbegin(), named.cend(), [&](const Candidate& c) { return c.sentence == si; }))
            continue;
        const QStringView sentence = QStringView(text).sliced(s.start, s.end - s.start);
        if (!sentence.contains(u"项目"))
            continue;
        const QList<const Entity*> companies = entitiesIn(entities, s.start, s.end, EntityType::Company);
        if (companies.isEmpty())
            continue;
        const QList<const Entity*> money = entitiesIn(entities, s.start, s.end, EntityType::Money);
        const bool hasInvestment = std::any_of(money.cbegin(), money.cend(), [&](const Entity* e) {
            return isInvestment(*e) && !isThreshold(text, *e);
        });
        const QStringList& statusWords = rules.words(u"status"_s);
        const bool hasStatus = std::any_of(statusWords.cbegin(), statusWords.cend(),
                                           [&](const QString& w) { return sentence.contains(w); });
        if (!hasInvestment || !hasStatus)
            continue;
        Candidate c;
        c.name = companies.front()->span;
        c.item = {s.start, s.end};
        c.sentence = si;
        c.rule = u"a company's report with a status and an amount but no project name"_s;
        c.companyReport = true;
        out.append(c);
    }
    return out;
}

} // namespace

QString ProjectExtractor::keyOf(const Project& project)
{
    QString key = project.name;
    static const QRegularExpression noise(u"[（(][^）)]*[）)]|签约仪式|签约|项目|[、·\\s]"_s);
    key.remove(noise);
    if (key.size() >= 4)
        return key;
    if (!project.company.isEmpty() && project.investment)
        return project.company + u'|' + QString::number(project.investment->amount, 'f', 0);
    return project.company + u'|' + key;
}

void ProjectExtractor::extract(const QString& text, const CleanText& clean, Annotations& annotations)
{
    const ExtractionRules& rules = *ExtractionRules::shared();
    const QList<Entity>& entities = annotations.entities;
    const QList<Sentence> sentences = sentencesOf(text, clean);
    QList<ListGroup> lists;
    QList<Candidate> candidates =
        findCandidates(text, clean, entities, sentences, rules, &lists, &annotations.rejected);
    candidates += companyReports(text, entities, sentences, candidates, rules);
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.sentence < b.sentence || (a.sentence == b.sentence && a.name.start < b.name.start);
    });

    FieldFinder fields(text, clean, entities, sentences, lists, rules);
    if (const Entity* main = fields.mainPlace(); main && main->place) {
        annotations.mainPlace = *main->place;
        annotations.mainPlaceReason = fields.mainPlaceReason();
    }
    QSet<const Entity*> usedMoney;
    annotations.aggregates = aggregatesOf(text, clean, entities, sentences, fields.mainPlace(), &usedMoney);
    fields.exclude(usedMoney);

    QList<Report> body;
    QList<Report> headlines;
    for (int k = 0; k < candidates.size(); ++k) {
        Project p;
        QString reason;
        bool ownPlace = false;
        if (!fields.fill(candidates, k, &p, &reason, &ownPlace)) {
            annotations.rejected.append({p.name, candidates[k].name, reason});
            continue;
        }
        if (candidates[k].companyReport) {
            static const QRegularExpression form(u"[（(][^）)]*[）)]|(?:集团)?(?:股份)?有限(?:责任)?公司$"_s);
            QString base = p.company;
            base.remove(form);
            p.name = base + fields.asWritten(u"项目"_s);
        }
        // Running text before headlines: a headline's wording (落户) gives way to the report's (签约).
        const int paragraph = sentences[candidates[k].sentence].paragraph;
        const bool fromBody = paragraph < 0 || clean.paragraphs[paragraph].kind == Paragraph::Kind::Body;
        (fromBody ? body : headlines).append({p, ownPlace});
        if (!candidates[k].companyReport)
            annotations.projectNames.append(candidates[k].name);
    }
    annotations.projects = merged(body + headlines);
}
