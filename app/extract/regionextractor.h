#pragma once

#include "annotations.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <span>
#include <vector>

class Gazetteer;

// Finds places: provinces, cities, counties, towns and streets from the national gazetteer, by full name and
// by short form (平湖 -> 平湖市, 嘉兴市, 浙江省); development zones and parks by pattern (湘潭高新区,
// 平湖经济技术开发区, 杭州湾上虞经开区, 百嘉工业园) linked to the place their name contains; foreign
// countries and cities. Each entity carries its hierarchy (Place) and the GB/T 2260 code of its division.
//
// Short county names and repeated names are ambiguous (朝阳, 新仓镇): a short county name counts only when
// its city or province is named elsewhere in the text, or a zone keyword follows it; a repeated name takes
// the candidate the text's other places point to. Works on Simplified text. Immutable; share between threads.
class RegionExtractor final
{
public:
    explicit RegionExtractor(std::shared_ptr<const Gazetteer> gazetteer);
    // A reference to the one instance, which lives until the process ends: using it costs no reference count
    // (an atomic both cores would fight over).
    static const std::shared_ptr<const RegionExtractor>& shared();

    QList<Entity> extract(const QString& text) const;

private:
    struct Entry {
        enum class Kind : quint8 { FullName, ShortName, Foreign };
        Kind kind = Kind::FullName;
        int index = 0; // division index, or foreign place index
    };
    struct Foreign {
        QString name;
        bool isCountry = true;
        QString country;
        QString isoCode;
    };
    struct Match {
        qsizetype start = 0;
        qsizetype end = 0;
        std::span<const Entry> entries; // into the extractor's index, which outlives every match
        int division = -1;              // resolved division, or -1
        int foreign = -1;               // resolved foreign place, or -1
        bool weak = false;              // a short county name accepted only because a zone keyword follows it
    };

    void addWord(const QString& word, Entry entry); // `word` in the reading form (Division::readingName)
    void finishWords();                             // after the last addWord: files the entries by word
    std::span<const Entry> lookup(QStringView word) const; // empty when `word` is not one
    int wordId(QStringView word, size_t hash) const;       // -1 when not a word
    static quint32 prefixKey(QStringView word)
    {
        return (quint32(word.at(0).unicode()) << 16) | word.at(1).unicode();
    }
    QList<Match> scan(const QString& text) const;
    void resolve(const QString& text, QList<Match>& matches) const;
    Place placeOf(int division) const;

    std::shared_ptr<const Gazetteer> m_gazetteer;
    // Words are found by hash without building a QString per probe: hash -> the last word id with that hash,
    // chained through m_sameHash. A word's entries are m_entries[m_firstEntry[id] .. m_firstEntry[id + 1]).
    // Flat arrays rather than a list per word: the index has 80,000 words, built at every start.
    QHash<size_t, int> m_wordIds;
    std::vector<int> m_sameHash;
    QList<QString> m_wordText;
    std::vector<std::pair<int, Entry>> m_pending; // (word id, entry) as added, until finishWords()
    std::vector<int> m_firstEntry;
    std::vector<Entry> m_entries;
    QHash<quint32, qsizetype> m_longestByPrefix; // first two characters -> longest word starting with them
    std::vector<bool> m_prefixFilter;            // a quick no for most character pairs before the hash lookup
    std::vector<bool> m_wordFilter;              // a quick no for most candidate words, by their hash
    static size_t filterSlot(quint32 key) { return (key * 2654435761u) >> 12; }
    QList<Foreign> m_foreign;
};
