#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// The words and numbers the project extractor reads sentences by (resources/data/extraction_rules.tsv):
// status words, name heads and stops, generic words, list words and named thresholds. Each kind's words are
// sorted longest first when loaded, so a longer word wins over one it contains. Immutable; share between
// threads.
class ExtractionRules final
{
public:
    // The words of one kind, longest first, with quick look-ups by their first and last character. Hot loops
    // hold one of these instead of naming the kind on every call.
    class Words final
    {
    public:
        const QStringList& all() const { return m_words; }
        bool isEmpty() const { return m_words.isEmpty(); }
        // False when no word starts with `c`: a quick test before startingAt.
        bool mayStartWith(QChar c) const { return m_firsts[c.unicode()]; }
        // The longest word starting at `at` / ending at `end` in `text`, or empty.
        QString startingAt(QStringView text, qsizetype at) const;
        QString endingAt(QStringView text, qsizetype end,
                         qsizetype floor = 0) const; // starting at floor or later
        // The value its row gives a word ("status" 签约 -> signed); empty if none.
        QString value(const QString& word) const { return m_values.value(word); }

    private:
        friend class ExtractionRules;
        QStringList m_words;
        QHash<QChar, QStringList> m_byFirst;
        QHash<QChar, QStringList> m_byLast;
        std::vector<bool> m_firsts = std::vector<bool>(0x10000); // a quick no for most characters
        std::vector<bool> m_lasts = std::vector<bool>(0x10000);
        QHash<QString, QString> m_values;
    };

    // Parses the TSV text (kind, word, value). Lines that cannot be read are listed in errors().
    explicit ExtractionRules(const QString& tsv);
    // The rules shipped with the program (or INVESTSCOPE_RULES), loaded once; a reference to the one
    // instance, which lives until the process ends, so that using it costs no reference count (an atomic both
    // cores would fight over).
    static const std::shared_ptr<const ExtractionRules>& shared();

    // The words of a kind ("status", "head", "name_stop", …); empty for an unknown kind. Two kinds are made
    // from others when loaded: project_stop (name_stop, status, goal_verb) and facility_stop (those and
    // build_verb).
    const Words& kind(const QString& name) const;
    // The same, by kind name, for code that is not in a hot loop.
    const QStringList& words(const QString& kind) const { return this->kind(kind).all(); }
    QString value(const QString& kind, const QString& word) const { return this->kind(kind).value(word); }
    QString wordEndingAt(const QString& kind, QStringView text, qsizetype end) const
    {
        return this->kind(kind).endingAt(text, end);
    }
    QString wordStartingAt(const QString& kind, QStringView text, qsizetype at) const
    {
        return this->kind(kind).startingAt(text, at);
    }
    // A named threshold; `fallback` when the file does not set it (then errors() says so).
    int threshold(const QString& name, int fallback) const;

    const QStringList& errors() const { return m_errors; }

private:
    QHash<QString, Words> m_kinds;
    QHash<QString, int> m_thresholds;
    QStringList m_errors;
};
