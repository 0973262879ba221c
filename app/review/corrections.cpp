#include "corrections.h"

#include "extract/industrytaxonomy.h"
#include "geo/gazetteer.h"
#include "report/labels.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kFormat = "investscope-corrections";
// 2: entity corrections ("entities"); version 1 files are read as they are.
constexpr int kVersion = 2;

const QStringList kStatuses{u"signed"_s, u"started"_s,     u"operating"_s,
                            u"landed"_s, u"negotiating"_s, u"planned"_s};

QString numberText(double v)
{
    return QString::number(v, 'f', v == static_cast<double>(static_cast<qint64>(v)) ? 0 : 2);
}

// The text fields of a project by their correction names; the amount's three are handled together.
QString Project::*textField(const QString& field)
{
    static const QHash<QString, QString Project::*> fields{
        {u"name"_s, &Project::name}, {u"company"_s, &Project::company},   {u"region"_s, &Project::region},
        {u"city"_s, &Project::city}, {u"province"_s, &Project::province}, {u"county"_s, &Project::county},
        {u"zone"_s, &Project::zone}, {u"industry"_s, &Project::industry}, {u"status"_s, &Project::status}};
    return fields.value(field, nullptr);
}

// A project's value of a correctable field, as text.
QString valueOf(const Project& p, const QString& field)
{
    if (QString Project::*member = textField(field))
        return p.*member;
    if (!p.investment)
        return {};
    if (field == u"amount"_s)
        return numberText(p.investment->amount);
    if (field == u"currency"_s)
        return p.investment->currency;
    if (field == u"qualifier"_s)
        return qualifierName(p.investment->qualifier);
    return {};
}

void setValue(Project& p, const QString& field, const QString& value)
{
    if (QString Project::*member = textField(field))
        p.*member = value;
}

// The amount fields together: a corrected number, currency or qualifier makes a new amount, converted to
// yuan where it is stored; no number means no amount.
void setAmount(Project& p, const QMap<QString, QString>& fields)
{
    if (!fields.contains(u"amount"_s) && !fields.contains(u"currency"_s) && !fields.contains(u"qualifier"_s))
        return;
    const QString number = fields.value(u"amount"_s, valueOf(p, u"amount"_s));
    if (number.isEmpty()) {
        p.investment.reset();
        p.amountText.clear();
        return;
    }
    Money m;
    m.amount = number.toDouble();
    m.currency = fields.value(u"currency"_s, p.investment ? p.investment->currency : u"CNY"_s);
    if (m.currency.isEmpty())
        m.currency = u"CNY"_s;
    m.qualifier = qualifierFromName(fields.value(u"qualifier"_s, valueOf(p, u"qualifier"_s)));
    if (m.currency == u"CNY"_s)
        m.amountCny = m.amount;
    p.investment = m;
    p.amountText = Labels::amount(m.amount, m.currency, qualifierName(m.qualifier));
}

const QStringList kAmountFields{u"amount"_s, u"currency"_s, u"qualifier"_s};

} // namespace

void CorrectionSet::applyTo(Project& p, const ProjectCorrection& c)
{
    // The extracted values are kept once, so that the correction can be taken back: every field it sets,
    // and the whole amount (its number, currency, qualifier and text as written) when part of it changes.
    const auto keep = [&p](const QString& field, const QString& value) {
        if (!p.original.contains(field))
            p.original.insert(field, value);
    };
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (kAmountFields.contains(it.key())) {
            for (const QString& f : kAmountFields)
                keep(f, valueOf(p, f));
            keep(u"amount_text"_s, p.amountText);
        } else {
            keep(it.key(), valueOf(p, it.key()));
        }
        if (!p.corrected.contains(it.key()))
            p.corrected << it.key();
        setValue(p, it.key(), it.value());
    }
    setAmount(p, c.fields);
    p.excluded = c.excluded;
    p.confirmed = c.confirmed;
    p.mergedInto = c.excluded ? c.mergedInto : QString();
}

Project CorrectionSet::extracted(const Project& reviewed)
{
    Project p = reviewed;
    for (auto it = reviewed.original.cbegin(); it != reviewed.original.cend(); ++it)
        setValue(p, it.key(), it.value());
    if (reviewed.original.contains(u"amount"_s)) {
        QMap<QString, QString> amount;
        for (const QString& f : kAmountFields)
            amount.insert(f, reviewed.original.value(f));
        p.investment.reset();
        setAmount(p, amount);
        p.amountText = reviewed.original.value(u"amount_text"_s);
    }
    p.corrected.clear();
    p.original.clear();
    p.excluded = false;
    p.confirmed = false;
    p.mergedInto.clear();
    return p;
}

namespace {

// The project of `document` that correction `c` is anchored to, or -1.
int anchored(const AnalyzedDocument& d, const ProjectCorrection& c)
{
    const QList<Project>& projects = d.annotations.projects;
    const auto evidence = [&](const Project& p) {
        return d.clean.text.mid(p.evidence.start, p.evidence.length());
    };
    for (int i = 0; i < projects.size(); ++i) {
        if (projects[i].name == c.name && evidence(projects[i]) == c.evidence)
            return i;
    }
    // A newer extractor may word the name or cut the evidence differently: one of them, when only one
    // project has it.
    for (const auto& same :
         {std::function<bool(const Project&)>([&](const Project& p) { return evidence(p) == c.evidence; }),
          std::function<bool(const Project&)>([&](const Project& p) { return p.name == c.name; })}) {
        int found = -1;
        int count = 0;
        for (int i = 0; i < projects.size(); ++i) {
            if (same(projects[i])) {
                found = i;
                ++count;
            }
        }
        if (count == 1)
            return found;
    }
    return -1;
}

} // namespace

const QStringList ProjectCorrection::kFields{u"name"_s,     u"company"_s,   u"region"_s,   u"city"_s,
                                             u"province"_s, u"county"_s,    u"zone"_s,     u"amount"_s,
                                             u"currency"_s, u"qualifier"_s, u"industry"_s, u"status"_s};

QString CorrectionSet::sidecarPath(const QString& folder)
{
    const QFileInfo info(QDir::cleanPath(folder));
    return info.absolutePath() + u'/' + info.fileName() + u".investscope-review.json"_s;
}

QString CorrectionSet::contentHash(const QString& originalText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(originalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ProjectCorrection CorrectionSet::draft(const AnalyzedDocument& d, const QList<Entity>& entities,
                                       TextSpan selection)
{
    ProjectCorrection c;
    c.article = contentHash(d.document.originalText);
    c.file = d.document.name;
    c.added = true;
    const qsizetype from = std::clamp<qsizetype>(selection.start, 0, d.clean.text.size());
    const qsizetype to = std::clamp<qsizetype>(selection.end, from, d.clean.text.size());
    c.evidence = d.clean.text.mid(from, to - from);
    // The name: up to the first 项目, else the first clause (at most 40 characters).
    const QString text = c.evidence.trimmed();
    const qsizetype project = text.indexOf(u"项目"_s);
    qsizetype end = project >= 0 ? project + 2 : text.size();
    for (qsizetype i = 0; project < 0 && i < text.size(); ++i) {
        if (u"，,。；;：:！？"_s.contains(text.at(i))) {
            end = i;
            break;
        }
    }
    c.name = text.left(std::min<qsizetype>(end, 40));
    const Entity* company = nullptr;
    const Entity* money = nullptr;
    const Entity* place = nullptr;
    const auto rank = [](const Place& p) {
        return !p.zone.isEmpty() ? 4 : !p.county.isEmpty() ? 3 : !p.city.isEmpty() ? 2 : 1;
    };
    for (const Entity& e : entities) {
        if (e.span.start < from || e.span.end > to)
            continue;
        if (e.type == EntityType::Company && !company)
            company = &e;
        if (e.type == EntityType::Money && e.money &&
            (!money || (money->role != u"investment"_s && e.role == u"investment"_s)))
            money = &e;
        if (e.type == EntityType::Region && e.place && (!place || rank(*e.place) > rank(*place->place)))
            place = &e;
    }
    if (company)
        c.fields.insert(u"company"_s, company->normalized.isEmpty() ? company->text : company->normalized);
    if (money) {
        c.fields.insert(u"amount"_s, numberText(money->money->amount));
        c.fields.insert(u"currency"_s, money->money->currency);
        c.fields.insert(u"qualifier"_s, qualifierName(money->money->qualifier));
    }
    if (place) {
        const Place& p = *place->place;
        c.fields.insert(u"region"_s, !p.zone.isEmpty()     ? p.zone
                                     : !p.county.isEmpty() ? p.county
                                     : !p.city.isEmpty()   ? p.city
                                                           : p.province);
        c.fields.insert(u"zone"_s, p.zone);
        c.fields.insert(u"county"_s, p.county);
        c.fields.insert(u"city"_s, p.city);
        c.fields.insert(u"province"_s, p.province);
    }
    return c;
}

QMap<QString, QString> CorrectionSet::regionFields(const QString& place)
{
    const QString name = place.trimmed();
    if (name.isEmpty())
        return {{u"region"_s, QString()}};
    const auto gazetteer = Gazetteer::shared();
    QList<int> found = gazetteer->byName(name);
    if (found.isEmpty())
        found = gazetteer->byShortName(name);
    if (found.size() == 1) {
        const Gazetteer::Hierarchy h = gazetteer->hierarchy(found.front());
        return {{u"region"_s, gazetteer->at(found.front()).name},
                {u"province"_s, h.province},
                {u"city"_s, h.city},
                {u"county"_s, h.county},
                {u"zone"_s, QString()}};
    }
    return {{u"region"_s, name}, {u"zone"_s, name}};
}

QString CorrectionSet::validate(const QString& field, const QString& value)
{
    if (!ProjectCorrection::kFields.contains(field))
        return tr("“%1” is not a field that can be corrected").arg(field);
    if (field == u"amount"_s && !value.isEmpty()) {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return tr("the amount “%1” is not a number of yuan (or of the currency's units)").arg(value);
    }
    if (field == u"currency"_s && !value.isEmpty() && (value.size() != 3 || value.toUpper() != value))
        return tr("“%1” is not a currency code such as CNY or USD").arg(value);
    if (field == u"qualifier"_s && !value.isEmpty() && value != u"over"_s && value != u"about"_s)
        return tr("the qualifier is “over”, “about” or empty, not “%1”").arg(value);
    if (field == u"industry"_s && !value.isEmpty() && !IndustryTaxonomy::shared()->industry(value))
        return tr("“%1” is not an industry code of the taxonomy").arg(value);
    if (field == u"status"_s && !value.isEmpty() && !kStatuses.contains(value))
        return tr("“%1” is not a status (signed, started, operating, landed, negotiating, planned)")
            .arg(value);
    return {};
}

QJsonObject CorrectionSet::toJson() const
{
    QJsonArray array;
    for (const ProjectCorrection& c : projects) {
        QJsonObject fields;
        for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
            fields.insert(it.key(), it.value());
        QJsonObject o{{u"article"_s, c.article},
                      {u"file"_s, c.file},
                      {u"name"_s, c.name},
                      {u"evidence"_s, c.evidence},
                      {u"fields"_s, fields}};
        if (c.added)
            o.insert(u"added"_s, true);
        if (c.excluded)
            o.insert(u"excluded"_s, true);
        if (c.confirmed)
            o.insert(u"confirmed"_s, true);
        if (!c.mergedInto.isEmpty())
            o.insert(u"merged_into"_s, c.mergedInto);
        if (c.changed.isValid())
            o.insert(u"changed"_s, c.changed.toUTC().toString(Qt::ISODate));
        array.append(o);
    }
    QJsonArray entityArray;
    for (const EntityCorrection& c : entities) {
        QJsonObject o{{u"article"_s, c.article}, {u"file"_s, c.file}};
        if (!c.adds())
            o.insert(u"from"_s,
                     QJsonObject{{u"text"_s, c.text}, {u"occurrence"_s, c.occurrence}, {u"type"_s, c.type}});
        if (!c.removes())
            o.insert(u"to"_s, QJsonObject{{u"text"_s, c.newText},
                                          {u"occurrence"_s, c.newOccurrence},
                                          {u"type"_s, c.newType}});
        if (c.changed.isValid())
            o.insert(u"changed"_s, c.changed.toUTC().toString(Qt::ISODate));
        entityArray.append(o);
    }
    QJsonObject json{{u"format"_s, QLatin1String(kFormat)}, {u"version"_s, kVersion}, {u"projects"_s, array}};
    if (!entityArray.isEmpty())
        json.insert(u"entities"_s, entityArray);
    if (!rejectedVariants.isEmpty())
        json.insert(u"rejected_variants"_s, QJsonArray::fromStringList(rejectedVariants));
    return json;
}

std::optional<CorrectionSet> CorrectionSet::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(u"format"_s).toString() != QLatin1String(kFormat)) {
        *error = tr("not an InvestScope corrections file");
        return std::nullopt;
    }
    if (const int version = json.value(u"version"_s).toInt(); version < 1 || version > kVersion) {
        *error = tr("corrections format version %1, this program reads versions up to %2")
                     .arg(json.value(u"version"_s).toInt())
                     .arg(kVersion);
        return std::nullopt;
    }
    CorrectionSet set;
    const QJsonArray array = json.value(u"projects"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ProjectCorrection c;
        c.article = o.value(u"article"_s).toString();
        c.file = o.value(u"file"_s).toString();
        c.name = o.value(u"name"_s).toString();
        c.evidence = o.value(u"evidence"_s).toString();
        c.added = o.value(u"added"_s).toBool();
        c.excluded = o.value(u"excluded"_s).toBool();
        c.confirmed = o.value(u"confirmed"_s).toBool();
        c.mergedInto = o.value(u"merged_into"_s).toString();
        c.changed = QDateTime::fromString(o.value(u"changed"_s).toString(), Qt::ISODate);
        if (c.article.size() != 64 || (c.name.isEmpty() && c.evidence.isEmpty())) {
            *error = tr("correction %1 names no article (its SHA-256) or no project").arg(i + 1);
            return std::nullopt;
        }
        const QJsonObject fields = o.value(u"fields"_s).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString value = it.value().toString();
            if (const QString why = validate(it.key(), value); !why.isEmpty()) {
                *error = tr("correction %1: %2").arg(i + 1).arg(why);
                return std::nullopt;
            }
            c.fields.insert(it.key(), value);
        }
        set.projects.append(c);
    }
    const QJsonArray entityArray = json.value(u"entities"_s).toArray();
    for (qsizetype i = 0; i < entityArray.size(); ++i) {
        const QJsonObject o = entityArray.at(i).toObject();
        const QJsonObject from = o.value(u"from"_s).toObject();
        const QJsonObject to = o.value(u"to"_s).toObject();
        EntityCorrection c;
        c.article = o.value(u"article"_s).toString();
        c.file = o.value(u"file"_s).toString();
        c.text = from.value(u"text"_s).toString();
        c.occurrence = from.value(u"occurrence"_s).toInt();
        c.type = from.value(u"type"_s).toString();
        c.newText = to.value(u"text"_s).toString();
        c.newOccurrence = to.value(u"occurrence"_s).toInt();
        c.newType = to.value(u"type"_s).toString();
        c.changed = QDateTime::fromString(o.value(u"changed"_s).toString(), Qt::ISODate);
        const bool typesKnown =
            (c.adds() || entityTypeFromName(c.type)) && (c.removes() || entityTypeFromName(c.newType));
        if (c.article.size() != 64 || (c.adds() && c.removes()) || !typesKnown || c.occurrence < 0 ||
            c.newOccurrence < 0) {
            *error = tr("entity correction %1 names no article, no entity or an unknown type").arg(i + 1);
            return std::nullopt;
        }
        set.entities.append(c);
    }
    for (const QJsonValue& v : json.value(u"rejected_variants"_s).toArray())
        set.rejectedVariants << v.toString();
    return set;
}

std::optional<CorrectionSet> CorrectionSet::load(const QString& path, QString* error, bool missingIsEmpty)
{
    QFile file(path);
    if (!file.exists() && missingIsEmpty)
        return CorrectionSet{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: not JSON (%2 at byte %3)").arg(path, parse.errorString()).arg(parse.offset);
        return std::nullopt;
    }
    QString why;
    auto set = fromJson(doc.object(), &why);
    if (!set)
        *error = u"%1: %2"_s.arg(path, why);
    return set;
}

bool CorrectionSet::save(const QString& path, QString* error) const
{
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

CorrectionSet::Outcome CorrectionSet::apply(QList<AnalyzedDocument>& documents) const
{
    Outcome outcome;
    if (isEmpty())
        return outcome; // no article needs hashing
    QHash<QString, int> byHash;
    for (int i = 0; i < documents.size(); ++i)
        byHash.insert(contentHash(documents[i].document.originalText), i);
    if (!entities.isEmpty()) {
        QSet<int> changed;
        for (const EntityCorrection& c : entities) {
            if (const auto it = byHash.constFind(c.article); it != byHash.constEnd())
                changed.insert(it.value());
        }
        for (int i : changed)
            outcome.orphanedEntities += applyEntities(documents[i]);
    }
    for (const ProjectCorrection& c : projects) {
        const auto it = byHash.constFind(c.article);
        if (it == byHash.constEnd())
            continue; // another corpus's article
        AnalyzedDocument& d = documents[it.value()];
        if (c.added) {
            const qsizetype at = d.clean.text.indexOf(c.evidence);
            if (c.evidence.isEmpty() || at < 0) {
                outcome.orphaned << c;
                continue;
            }
            Project p;
            p.added = true;
            p.evidence = {at, at + c.evidence.size()};
            p.name = c.name;
            p.explanation << u"added by the analyst"_s;
            applyTo(p, c);
            p.corrected.clear(); // an added project has no extracted values
            p.original.clear();
            d.annotations.projects.append(p);
            ++outcome.applied;
            continue;
        }
        const int index = anchored(d, c);
        if (index < 0) {
            outcome.orphaned << c;
            continue;
        }
        applyTo(d.annotations.projects[index], c);
        ++outcome.applied;
    }
    return outcome;
}
