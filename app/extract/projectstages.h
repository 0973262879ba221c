#pragma once

#include "annotations.h"

#include <QList>
#include <QSet>
#include <QString>

#include "extractionrules.h"

struct CleanText;

// The stages of project extraction, in the order they run: sentences -> lists -> candidates (this header,
// projectcandidates.cpp) -> fields -> merge (projectextractor.cpp). Offsets are UTF-16 units into the
// Simplified form of the cleaned text, which has the same length as the cleaned text.
namespace ProjectStages {

// The word lists of the rule file the stages read, looked up once per document.
struct RuleWords {
    explicit RuleWords(const ExtractionRules& rules)
        : status(rules.kind(QStringLiteral("status")))
        , not_status(rules.kind(QStringLiteral("not_status")))
        , to_come(rules.kind(QStringLiteral("to_come")))
        , head(rules.kind(QStringLiteral("head")))
        , not_head_after(rules.kind(QStringLiteral("not_head_after")))
        , build_verb(rules.kind(QStringLiteral("build_verb")))
        , goal_verb(rules.kind(QStringLiteral("goal_verb")))
        , name_stop(rules.kind(QStringLiteral("name_stop")))
        , name_trim(rules.kind(QStringLiteral("name_trim")))
        , list_not_end(rules.kind(QStringLiteral("list_not_end")))
        , list_owner_not(rules.kind(QStringLiteral("list_owner_not")))
        , trade_name_end(rules.kind(QStringLiteral("trade_name_end")))
        , list_intro(rules.kind(QStringLiteral("list_intro")))
        , content(rules.kind(QStringLiteral("content")))
        , generic(rules.kind(QStringLiteral("generic")))
        , event_lead(rules.kind(QStringLiteral("event_lead")))
        , event_noun(rules.kind(QStringLiteral("event_noun")))
        , actor_after(rules.kind(QStringLiteral("actor_after")))
        , subject_lead(rules.kind(QStringLiteral("subject_lead")))
        , heading_zone_end(rules.kind(QStringLiteral("heading_zone_end")))
        , provincial_body(rules.kind(QStringLiteral("provincial_body")))
        , project_stop(rules.kind(QStringLiteral("project_stop")))
        , facility_stop(rules.kind(QStringLiteral("facility_stop")))
        , trade_name_not(rules.kind(QStringLiteral("trade_name_not")))
        , trade_name_not_end(rules.kind(QStringLiteral("trade_name_not_end")))
    {
    }
    const ExtractionRules::Words& status;
    const ExtractionRules::Words& not_status;
    const ExtractionRules::Words& to_come;
    const ExtractionRules::Words& head;
    const ExtractionRules::Words& not_head_after;
    const ExtractionRules::Words& build_verb;
    const ExtractionRules::Words& goal_verb;
    const ExtractionRules::Words& name_stop;
    const ExtractionRules::Words& name_trim;
    const ExtractionRules::Words& list_not_end;
    const ExtractionRules::Words& list_owner_not;
    const ExtractionRules::Words& trade_name_end;
    const ExtractionRules::Words& list_intro;
    const ExtractionRules::Words& content;
    const ExtractionRules::Words& generic;
    const ExtractionRules::Words& event_lead;
    const ExtractionRules::Words& event_noun;
    const ExtractionRules::Words& actor_after;
    const ExtractionRules::Words& subject_lead;
    const ExtractionRules::Words& heading_zone_end;
    const ExtractionRules::Words& provincial_body;
    const ExtractionRules::Words& project_stop;
    const ExtractionRules::Words& facility_stop;
    const ExtractionRules::Words& trade_name_not;
    const ExtractionRules::Words& trade_name_not_end;
};

struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0; // past the closing mark
    int paragraph = -1;
};

// Items that a sentence lists as projects: "经开区本部6个：A、B、C", "A、B等4个项目已开工", "包括A、B".
struct ListGroup {
    TextSpan lead;  // what stands before the items in their sentence (a heading, a count, the verb)
    TextSpan items; // the items, separators included
    TextSpan tail;  // after the items to the end of the clause ("等4个项目已开复工建设")
    QString kind;   // how it was recognised, for explanations: "colon", "等N个", "包括"
    int sentence = -1;
};

struct Candidate {
    TextSpan name; // the project's name
    TextSpan item; // what belongs to it: its list item, else its part of the sentence
    int sentence = -1;
    int list = -1;              // its ListGroup, or -1
    QString rule;               // how it was found, for explanations
    bool fromList = false;      // an item of a project list (needs no status or amount of its own)
    bool companyReport = false; // a company's report without a project name: the name is the company's
};

QList<Sentence> sentencesOf(const QString& text, const CleanText& clean);

// Every candidate name, in text order, each with its item; lists found on the way go to `lists`, names
// looked at and refused (with the reason) to `rejected`. `entities` sorted by start.
QList<Candidate> findCandidates(const QString& text, const CleanText& clean, const QList<Entity>& entities,
                                const QList<Sentence>& sentences, const ExtractionRules& rules,
                                QList<ListGroup>* lists, QList<Rejection>* rejected);

// "投资5亿元的X", "总投资额5亿元、占地104亩的X": the amount ending at `amountEnd` is joined by 的 to the name
// starting at `nameStart`, within one clause.
bool joinedByDe(const QString& text, qsizetype amountEnd, qsizetype nameStart);

// Small shared readings of places and amounts (projectfields.cpp).
QString placeName(const Place& p);    // the most specific name: zone, town, county, city or province
int placeRank(const Place& p);        // 5 zone … 1 province, 0 none
bool isChinesePlace(const Entity& e); // a region entity in China, province or below
bool liesIn(const Place& inner, const Place& outer);
qsizetype placeAtHeadOfZone(const Entity& zone);        // 2 for 涿州 of 涿州恒川科技产业园, else 0
bool isInvestment(const Entity& e);                     // a money entity whose role is investment
bool isThreshold(const QString& text, const Entity& e); // 50亿元以上项目: a class, not an amount
QString spanText(const QString& text, TextSpan span);   // “text” at start–end, for explanations

// Aggregates of the article (projectaggregates.cpp): counts of projects with their totals. Amounts they take
// go to `usedMoney`.
QList<Aggregate> aggregatesOf(const QString& text, const CleanText& clean, const QList<Entity>& entities,
                              const QList<Sentence>& sentences, const Entity* mainPlace,
                              QSet<const Entity*>* usedMoney);

// Characters a project's name is made of.
bool isNameChar(QChar c);

// The entities of `type` lying inside [start, end); `entities` sorted by start.
QList<const Entity*> entitiesIn(const QList<Entity>& entities, qsizetype start, qsizetype end,
                                EntityType type);

} // namespace ProjectStages
