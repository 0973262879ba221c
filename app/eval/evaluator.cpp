#include "evaluator.h"

#include "extract/companyextractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

std::optional<Money> moneyFrom(const QJsonValue& v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    if (!o.value(u"amount"_s).isDouble())
        return std::nullopt; // no number: the gold gives no amount to compare
    Money m;
    m.amount = o.value(u"amount"_s).toDouble();
    m.currency = o.value(u"currency"_s).toString(u"CNY"_s);
    const QString q = o.value(u"qualifier"_s).toString();
    m.qualifier = q == u"over"_s ? Qualifier::Over : q == u"about"_s ? Qualifier::About : Qualifier::None;
    return m;
}

QStringList stringsFrom(const QJsonValue& v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

QString normalized(QString s)
{
    s.replace(u'(', u'（');
    s.replace(u')', u'）');
    s.remove(u' ');
    return s;
}

QString nameCore(QString s)
{
    s = normalized(s);
    s.remove(u"项目"_s);
    return s;
}

bool similar(const QString& a, const QString& b, qsizetype minimum)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    return (a.size() >= minimum && b.contains(a)) || (b.size() >= minimum && a.contains(b));
}

bool sameCompany(const QString& gold, const QString& found)
{
    if (gold.isEmpty() || found.isEmpty())
        return gold.isEmpty() && found.isEmpty();
    const QString g = normalized(gold), f = normalized(found);
    if (similar(g, f, 2))
        return true;
    const QStringList gs = CompanyExtractor::shortFormsOf(g) << g;
    const QStringList fs = CompanyExtractor::shortFormsOf(f) << f;
    for (const QString& x : gs) {
        for (const QString& y : fs) {
            if (x.size() >= 2 && x == y)
                return true;
        }
    }
    return false;
}

bool sameAmount(const std::optional<Money>& gold, const std::optional<Money>& found)
{
    if (!gold || !found)
        return !gold && !found;
    return gold->currency == found->currency &&
           std::fabs(gold->amount - found->amount) <= 0.005 * std::max(std::fabs(gold->amount), 1.0);
}

bool nameMatches(const Evaluator::GoldProject& g, const Project& p)
{
    const QString found = nameCore(p.name);
    if (similar(nameCore(g.name), found, 4))
        return true;
    for (const QString& alias : g.aliases) {
        if (similar(nameCore(alias), found, 4))
            return true;
    }
    return false;
}

QString aggregateMoney(const std::optional<Money>& m)
{
    return m ? QString::number(m->amount, 'f', 0) + u' ' + m->currency : u"no total"_s;
}

QString percent(double v)
{
    return QString::number(v * 100, 'f', 1);
}

} // namespace

std::optional<Evaluator::GoldDocument> Evaluator::loadGold(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        *error = u"%1: not valid JSON (%2 at offset %3)"_s.arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject o = json.object();
    GoldDocument g;
    g.file = o.value(u"file"_s).toString();
    if (g.file.isEmpty()) {
        *error = u"%1: no \"file\" field"_s.arg(path);
        return std::nullopt;
    }
    const QJsonObject entities = o.value(u"entities"_s).toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it)
        g.entities.insert(it.key(), stringsFrom(it.value()));
    for (const QJsonValue& v : o.value(u"projects"_s).toArray()) {
        const QJsonObject p = v.toObject();
        GoldProject gp;
        gp.name = p.value(u"name"_s).toString();
        gp.aliases = stringsFrom(p.value(u"aliases"_s));
        gp.company = p.value(u"company"_s).toString();
        gp.regions = stringsFrom(p.value(u"region"_s));
        gp.city = p.value(u"city"_s).toString();
        gp.province = p.value(u"province"_s).toString();
        gp.investment = moneyFrom(p.value(u"investment"_s));
        gp.industry = p.value(u"industry"_s).toString();
        gp.status = p.value(u"status"_s).toString();
        g.projects.append(gp);
    }
    for (const QJsonValue& v : o.value(u"aggregates"_s).toArray()) {
        const QJsonObject a = v.toObject();
        GoldAggregate ga;
        if (a.value(u"count"_s).isDouble())
            ga.count = a.value(u"count"_s).toInt();
        ga.investment = moneyFrom(a.value(u"investment"_s));
        g.aggregates.append(ga);
    }
    return g;
}

QHash<QString, Evaluator::GoldDocument> Evaluator::loadGoldFolder(const QString& folder, QStringList* errors)
{
    QHash<QString, GoldDocument> gold;
    const QDir dir(folder);
    if (!dir.exists()) {
        errors->append(u"%1: no such folder"_s.arg(folder));
        return gold;
    }
    for (const QFileInfo& info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QString error;
        if (auto g = loadGold(info.filePath(), &error))
            gold.insert(g->file, *g);
        else
            errors->append(error);
    }
    return gold;
}

Evaluator::Report Evaluator::evaluate(const QList<AnalyzedDocument>& documents,
                                      const QHash<QString, GoldDocument>& gold)
{
    Report r;
    for (const AnalyzedDocument& d : documents) {
        const QString name = QFileInfo(d.document.name).fileName();
        const auto g = gold.constFind(name);
        if (g == gold.cend()) {
            r.withoutGold.append(d.document.name);
            continue;
        }
        ++r.documents;

        // Entities: distinct surfaces per type.
        for (auto it = g->entities.cbegin(); it != g->entities.cend(); ++it) {
            QSet<QString> goldSet;
            for (const QString& s : it.value())
                goldSet.insert(normalized(s));
            QSet<QString> foundSet;
            for (const Entity& e : d.annotations.entities) {
                if (entityTypeName(e.type) == it.key())
                    foundSet.insert(normalized(e.text));
            }
            Counts& c = r.entities[it.key()];
            c.gold += static_cast<int>(goldSet.size());
            c.found += static_cast<int>(foundSet.size());
            c.correct += static_cast<int>((goldSet & foundSet).size());
            // Sorted, so that the report reads the same on every run.
            QStringList missed = (goldSet - foundSet).values();
            QStringList spurious = (foundSet - goldSet).values();
            missed.sort();
            spurious.sort();
            for (const QString& s : missed)
                r.details << u"%1: %2 missed: %3"_s.arg(name, it.key(), s);
            for (const QString& s : spurious)
                r.details << u"%1: %2 spurious: %3"_s.arg(name, it.key(), s);
        }

        // Projects: each gold project takes the first unmatched found project that matches it.
        const QList<Project>& found = d.annotations.projects;
        QList<bool> used(found.size(), false);
        r.projects.gold += static_cast<int>(g->projects.size());
        r.projects.found += static_cast<int>(found.size());
        for (const GoldProject& gp : g->projects) {
            int match = -1;
            for (int i = 0; i < found.size() && match < 0; ++i) {
                if (!used[i] && nameMatches(gp, found[i]))
                    match = i;
            }
            for (int i = 0; i < found.size() && match < 0; ++i) {
                if (!used[i] && !gp.company.isEmpty() && sameCompany(gp.company, found[i].company) &&
                    gp.investment && sameAmount(gp.investment, found[i].investment))
                    match = i;
            }
            if (match < 0) {
                r.details << u"%1: project missed: %2"_s.arg(name, gp.name);
                continue;
            }
            used[match] = true;
            ++r.projects.correct;
            const Project& p = found[match];
            const auto field = [&](const QString& key, bool ok, const QString& expected, const QString& got) {
                Field& f = r.fields[key];
                ++f.total;
                f.correct += ok ? 1 : 0;
                if (!ok)
                    r.details << u"%1: %2 of %3: expected %4, found %5"_s.arg(name, key, gp.name, expected,
                                                                              got);
            };
            const auto moneyText = [](const std::optional<Money>& m) {
                return m ? QString::number(m->amount, 'f', 0) + u' ' + m->currency : u"none"_s;
            };
            field(u"investment"_s, sameAmount(gp.investment, p.investment), moneyText(gp.investment),
                  moneyText(p.investment));
            if (gp.investment)
                field(u"investment_given"_s, sameAmount(gp.investment, p.investment),
                      moneyText(gp.investment), moneyText(p.investment));
            bool regionOk = false;
            for (const QString& region : gp.regions)
                regionOk = regionOk || similar(normalized(region), normalized(p.region), 2);
            field(u"region"_s, regionOk, gp.regions.join(u'/'), p.region);
            if (!gp.city.isEmpty())
                field(u"city"_s, gp.city == p.city, gp.city, p.city);
            field(u"industry"_s, gp.industry == p.industry, gp.industry, p.industry);
            field(u"status"_s, gp.status == p.status, gp.status, p.status);
            field(u"company"_s, sameCompany(gp.company, p.company),
                  gp.company.isEmpty() ? u"none"_s : gp.company, p.company.isEmpty() ? u"none"_s : p.company);
        }
        for (int i = 0; i < found.size(); ++i) {
            if (!used[i])
                r.details << u"%1: project spurious: %2"_s.arg(name, found[i].name);
        }

        // Aggregates by count (and total when both give one).
        QList<bool> usedAggregate(d.annotations.aggregates.size(), false);
        r.aggregates.gold += static_cast<int>(g->aggregates.size());
        r.aggregates.found += static_cast<int>(d.annotations.aggregates.size());
        for (const GoldAggregate& ga : g->aggregates) {
            bool matched = false;
            for (int i = 0; i < d.annotations.aggregates.size(); ++i) {
                const Aggregate& a = d.annotations.aggregates[i];
                if (!usedAggregate[i] && ga.count == a.count &&
                    (!ga.investment || sameAmount(ga.investment, a.investment))) {
                    usedAggregate[i] = true;
                    ++r.aggregates.correct;
                    matched = true;
                    break;
                }
            }
            if (!matched)
                r.details << u"%1: aggregate missed: %2 projects, %3"_s.arg(
                    name, ga.count ? QString::number(*ga.count) : u"?"_s, aggregateMoney(ga.investment));
        }
        for (int i = 0; i < d.annotations.aggregates.size(); ++i) {
            const Aggregate& a = d.annotations.aggregates[i];
            if (!usedAggregate[i])
                r.details << u"%1: aggregate spurious: %2 projects, %3 (%4)"_s.arg(
                    name, a.count ? QString::number(*a.count) : u"?"_s, aggregateMoney(a.investment),
                    a.text.left(40));
        }
    }
    return r;
}

QString Evaluator::formatText(const Report& report, bool verbose)
{
    QString out = u"documents scored: %1\n\n"_s.arg(report.documents);
    out += u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"kind"_s, -12)
               .arg(u"gold"_s, 6)
               .arg(u"found"_s, 6)
               .arg(u"correct"_s, 8)
               .arg(u"P%"_s, 6)
               .arg(u"R%"_s, 6)
               .arg(u"F1%"_s, 6);
    const auto row = [&](const QString& kind, const Counts& c) {
        out += u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(kind, -12)
                   .arg(c.gold, 6)
                   .arg(c.found, 6)
                   .arg(c.correct, 8)
                   .arg(percent(c.precision()), 6)
                   .arg(percent(c.recall()), 6)
                   .arg(percent(c.f1()), 6);
    };
    for (auto it = report.entities.cbegin(); it != report.entities.cend(); ++it)
        row(it.key(), it.value());
    row(u"projects"_s, report.projects);
    row(u"aggregates"_s, report.aggregates);
    out += u"\nfield accuracy on matched projects:\n"_s;
    for (auto it = report.fields.cbegin(); it != report.fields.cend(); ++it) {
        out += u"  %1 %2/%3 (%4%)\n"_s.arg(it.key(), -17)
                   .arg(it.value().correct)
                   .arg(it.value().total)
                   .arg(percent(it.value().total ? double(it.value().correct) / it.value().total : 0));
    }
    if (!report.withoutGold.isEmpty())
        out += u"\nwithout gold: %1\n"_s.arg(report.withoutGold.join(u", "_s));
    if (verbose && !report.details.isEmpty())
        out += u"\n"_s + report.details.join(u'\n') + u'\n';
    return out;
}

QJsonObject Evaluator::toJson(const Report& report)
{
    const auto counts = [](const Counts& c) {
        return QJsonObject{{u"gold"_s, c.gold},       {u"found"_s, c.found},
                           {u"correct"_s, c.correct}, {u"precision"_s, c.precision()},
                           {u"recall"_s, c.recall()}, {u"f1"_s, c.f1()}};
    };
    QJsonObject entities;
    for (auto it = report.entities.cbegin(); it != report.entities.cend(); ++it)
        entities.insert(it.key(), counts(it.value()));
    QJsonObject fields;
    for (auto it = report.fields.cbegin(); it != report.fields.cend(); ++it) {
        fields.insert(it.key(),
                      QJsonObject{{u"correct"_s, it.value().correct},
                                  {u"total"_s, it.value().total},
                                  {u"accuracy"_s,
                                   it.value().total ? double(it.value().correct) / it.value().total : 0.0}});
    }
    return {{u"documents"_s, report.documents},
            {u"entities"_s, entities},
            {u"projects"_s, counts(report.projects)},
            {u"aggregates"_s, counts(report.aggregates)},
            {u"fields"_s, fields},
            {u"details"_s, QJsonArray::fromStringList(report.details)}};
}
