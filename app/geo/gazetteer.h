#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

// China's administrative divisions (GB/T 2260), from resources/data/gazetteer.tsv.
// Immutable after construction: share one instance between threads (see Gazetteer::shared()).
class Gazetteer final
{
public:
    enum class Level { Province, City, County, Town };

    struct Division {
        QString code; // 2, 4, 6 or 9 digits
        QString name; // full name: 浙江省, 嘉兴市, 平湖市, 新仓镇; empty for a placeholder level
        QString shortName; // 浙江, 嘉兴, 平湖; empty when the short form would be one character
        // The same two as text is read: in the per-ideograph Simplified form the extractors match on
        // (乾安县 -> 干安县); equal to name and shortName for most divisions.
        QString readingName;
        QString readingShortName;
        Level level = Level::Province;
        int parent = -1; // index of the enclosing division, -1 for provinces
    };

    // The place a division belongs to, for roll-ups. A municipality (上海市) is its own city; a county-level
    // city directly under a province (仙桃市) is its own city.
    struct Hierarchy {
        QString province;
        QString city;
        QString county;
        QString town;
    };

    // The embedded table, loaded once on first use and kept until the process ends; a reference, so that
    // using it costs no reference count (an atomic both cores would fight over).
    static const std::shared_ptr<const Gazetteer>& shared();

    qsizetype size() const { return m_divisions.size(); }
    const Division& at(int index) const { return m_divisions[index]; }
    int indexOfCode(QStringView code) const;
    // Divisions whose full name is `name`; several when names repeat (朝阳区).
    QList<int> byName(QStringView name) const;
    // Divisions whose short form is `name` (平湖 -> 平湖市); provinces, cities and counties only.
    QList<int> byShortName(QStringView name) const;
    Hierarchy hierarchy(int index) const;
    // True when `ancestor` is `index` or encloses it.
    bool contains(int ancestor, int index) const;

    // The short form of a full division name: 浙江省 -> 浙江, 延边朝鲜族自治州 -> 延边, 平湖市 -> 平湖.
    static QString shortFormOf(const QString& name, Level level);

    static Level levelOfCode(QStringView code);

private:
    // Parses the TSV text ("code<TAB>name" lines, '#' comments). Codes and names refer to `tsv`, kept here,
    // rather than copy it (45,000 divisions at every start): a copy of a division's string is valid only
    // while the gazetteer lives, which is why the one instance, shared(), is never destroyed.
    explicit Gazetteer(const QString& tsv);

    QString m_text;
    QList<Division> m_divisions;
    QHash<QString, int> m_byCode;
    QMultiHash<QString, int> m_byName;
    QMultiHash<QString, int> m_byShortName;
};
