#pragma once

#include "clean/offsetmap.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Value types produced by extraction. Type names and codes are a contract (CLI, database): see DESIGN.md.
// Offsets are UTF-16 code units into the cleaned text; amounts are in units of the currency (yuan for CNY).

enum class EntityType { Company, Region, Person, Money, Industry, Date, Area, Capacity };

enum class Qualifier { None, Over, About };

struct Money {
    double amount = 0; // in units of `currency`, e.g. 120000000 for 1.2亿元; the low end of a range
    std::optional<double> amountHigh; // the high end of a range (5-10亿元)
    QString currency;                 // ISO 4217: CNY, USD, EUR, JPY, HKD, GBP
    Qualifier qualifier = Qualifier::None;
    std::optional<double> amountCny; // converted with the rate table; equal to amount for CNY
};

// Where a region entity lies, from the country down to the development zone. Empty strings where unknown.
struct Place {
    QString country;  // ISO 3166-1 alpha-2; "CN" for China
    QString province; // 浙江省
    QString city;     // 嘉兴市 (a municipality is its own city)
    QString county;   // 平湖市
    QString town;     // 新仓镇
    QString zone;     // 湘潭高新区, 张江长三角科技城
    QString level;    // country, province, city, county, town, zone

    friend bool operator==(const Place&, const Place&) = default;
};

struct Entity {
    EntityType type = EntityType::Company;
    QString text;       // surface form, as in the cleaned text
    TextSpan span;      // in the cleaned text
    QString normalized; // canonical form: legal company name, full region name, ISO date, ...
    QString role; // money: investment, registered_capital, output_value, revenue, tax, fdi; person: 董事长 …
    std::optional<Money> money;
    QString regionCode; // GB/T 2260 code of a region entity (of the division a zone lies in), when known
    std::optional<Place> place; // region entities
    QString industry;           // taxonomy code of an industry entity
};

struct Project {
    QString name;
    QString company;
    QString region; // most specific place it lands in
    QString city;
    QString province;
    QString county; // for roll-ups: the county or county-level city, when known
    QString zone;   // the development zone or park, when the project lands in one
    QString regionCode;
    std::optional<Money> investment;
    QString amountText;       // the amount as written
    QString industry;         // taxonomy code
    QString status;           // signed started operating landed negotiating planned, or empty
    TextSpan evidence;        // the sentence(s) it was assembled from
    QList<TextSpan> mentions; // further reports of the same project in the article (repeated paragraphs)
    // Why it is a project and where each field came from, one line each ("found: …", "investment: …"), for
    // --explain and the details pane.
    QStringList explanation;
    // An analyst's review (review/corrections.h): the fields changed and their values as extracted, and
    // whether the project is left out of the figures or confirmed as right.
    QStringList corrected;           // field names, as ProjectCorrection::kFields
    QMap<QString, QString> original; // field -> its extracted value, as text
    bool excluded = false;
    bool confirmed = false;
    bool added = false; // added by the analyst, not found by the extractor
    QString mergedInto; // excluded as another report of the project of this name
};

// A name the project extractor looked at and did not take, with the reason (for --explain).
struct Rejection {
    QString name;
    TextSpan span;
    QString reason;
};

struct Aggregate {
    QString text;
    QString region;
    std::optional<int> count;
    std::optional<Money> investment;
    TextSpan span;
};

struct Annotations {
    QList<Entity> entities;
    QList<Project> projects;
    QList<Aggregate> aggregates;
    QList<Rejection> rejected;
    // Where the names of the projects stand (every report), to tell a park that is a project's name from a
    // place.
    QList<TextSpan> projectNames;
    // The place the article is about: the most specific place of its title, else its most mentioned zone,
    // county or city, else the first place of its first sentence; and how it was chosen (--explain).
    std::optional<Place> mainPlace;
    QString mainPlaceReason;

    // The article's region as the lists show it: the city of its main place, or its province; empty without
    // one.
    QString mainRegion() const
    {
        return !mainPlace ? QString() : !mainPlace->city.isEmpty() ? mainPlace->city : mainPlace->province;
    }
};

QString entityTypeName(EntityType type); // "company", "region", …
std::optional<EntityType> entityTypeFromName(const QString& name);
QString qualifierName(Qualifier q);               // "over", "about", or empty for none
Qualifier qualifierFromName(const QString& name); // the reverse; None for anything else
