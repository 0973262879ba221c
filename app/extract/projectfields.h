#pragma once

#include "projectstages.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <map>
#include <optional>

// Stage 4 of project extraction: each candidate's fields from its own item, then its list, sentence,
// paragraph and article, each choice written into the project's explanation.
namespace ProjectStages {

// Reads the fields of a document's candidates, one after another (fill() keeps the amounts taken).
class FieldFinder final
{
public:
    FieldFinder(const QString& text, const CleanText& clean, const QList<Entity>& entities,
                const QList<Sentence>& sentences, const QList<ListGroup>& lists,
                const ExtractionRules& rules);

    // Fills a project from candidate `k`; false (with the reason) when it is no project report. *ownPlace
    // tells whether its place stands in its own item or list (not taken from the sentence, paragraph or
    // article).
    bool fill(const QList<Candidate>& candidates, int k, Project* p, QString* reason, bool* ownPlace);
    const Entity* mainPlace() const { return m_mainPlace; }
    const QString& mainPlaceReason() const { return m_mainPlaceReason; }
    // Amounts taken already (by aggregates): no project takes them.
    void exclude(const QSet<const Entity*>& used) { m_usedMoney += used; }
    QString asWritten(const QString& simplified) const;

private:
    void findMainPlace();
    void findPlacesInZones();
    void findHeadingPlaces();
    const Entity* investment(const QList<Candidate>& candidates, int k, QString* why, qsizetype* evidenceEnd);
    const Entity* referredTo(const QList<Candidate>& candidates, int k,
                             const std::function<bool(const Entity*)>& usable, QString* why,
                             qsizetype* evidenceEnd) const;
    const Entity* region(const Candidate& c, QString* why, bool* own) const;
    const Entity* subjectPlace(int sentence) const;
    // Where a status word was found, nearest first.
    enum class From { Nowhere, Item, List, Sentence, Paragraph, Article };
    QString status(const Candidate& c, QString* why, From* from) const;
    QString statusIn(qsizetype from, qsizetype to, TextSpan name, TextSpan* where) const;
    void findStatusWords();
    struct StatusWord {
        TextSpan span;
        QString status;        // a building verb: planned
        bool building = false; // a building verb, not a status word
        bool excluded = false; // in a phrase that says nothing of a project (引进资金), or a matter (…事宜)
        qsizetype markerAt = -1; // the 将/拟/计划 before it in its clause, or -1
    };
    QList<StatusWord> m_statusWords; // in text order
    const Entity* company(const Candidate& c, QString* why) const;
    // `self`, when given, leaves out the places inside the other candidates' items (they are theirs).
    const Entity* mostSpecific(qsizetype from, qsizetype to, TextSpan name,
                               const Candidate* self = nullptr) const;
    QString articleStatus(TextSpan* where) const;

    const QString& m_text;
    const CleanText& m_clean;
    const QList<Entity>& m_entities;
    const QList<Sentence>& m_sentences;
    const QList<ListGroup>& m_lists;
    const ExtractionRules& m_rules;
    RuleWords m_words;
    qsizetype m_longestRegion = 0; // the longest place entity
    const Entity* m_mainPlace = nullptr;
    QString m_mainPlaceReason;
    QSet<const Entity*> m_usedMoney;
    // The division a park's name starts with (涿州 of 涿州恒川科技产业园), for a park that is a project's
    // own name: made once, never changed after (pointers to the values stay valid).
    std::map<const Entity*, Entity> m_placeInZone;
    QSet<const Entity*> m_inZone; // the values of m_placeInZone
    // The county of a town named by its short form, for such a name inside a project's name.
    std::map<const Entity*, Entity> m_townCounty;
    // The place a counted list's heading names when it names no division (某某基地3个, 自治区某某厅1个), by
    // list; made once.
    std::map<int, Entity> m_headingPlace;
    QHash<QChar, QChar> m_written;
    // Where each pair of characters stands in the text, for asWritten; made on first need.
    static quint32 pairKey(QChar a, QChar b) { return (quint32(a.unicode()) << 16) | b.unicode(); }
    mutable QHash<quint32, QList<qsizetype>> m_pairs;
    const QList<Candidate>* m_candidates = nullptr;
    // Made once for the candidates (indexCandidates): which candidates' items hold each place, and whether
    // the article's place is a project's name — looked up per candidate instead of scanning every candidate.
    void indexCandidates(const QList<Candidate>& candidates);
    QHash<const Entity*, QList<int>> m_itemsHolding;
    bool m_mainIsAProject = false;
    mutable std::optional<QString> m_articleStatus; // found once, on first need
    mutable TextSpan m_articleStatusAt;
};

} // namespace ProjectStages
