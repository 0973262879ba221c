#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The words and numbers the project extractor reads sentences by (resources/data/extraction_rules.tsv): status
// words, name heads and stops, generic words, list words and named thresholds. Each kind's words are sorted
// longest first when loaded, so a longer word wins over one it contains. Immutable; share between threads.
class ExtractionRules final
{
public:
    // Parses the TSV text (kind, word, value). Lines that cannot be read are listed in errors().
    explicit ExtractionRules(const QString& tsv);
    // The rules shipped with the program.
    static std::shared_ptr<const ExtractionRules> shared();

    // The words of a kind ("status", "head", "name_stop", …), longest first; empty for an unknown kind.
    const QStringList& words(const QString& kind) const;
    // The value a row gives a word ("status" 签约 -> signed; "head" 项目 -> project); empty if none.
    QString value(const QString& kind, const QString& word) const;
    // The longest word of `kind` ending at `end` in `text`, or empty.
    QString wordEndingAt(const QString& kind, QStringView text, qsizetype end) const;
    // The longest word of `kind` starting at `at` in `text`, or empty.
    QString wordStartingAt(const QString& kind, QStringView text, qsizetype at) const;
    // A named threshold; `fallback` when the file does not set it (then errors() says so).
    int threshold(const QString& name, int fallback) const;

    const QStringList& errors() const { return m_errors; }

private:
    QHash<QString, QStringList> m_words;
    QHash<QString, QString> m_values; // kind + '\t' + word -> value
    QHash<QString, int> m_thresholds;
    QStringList m_errors;
};
