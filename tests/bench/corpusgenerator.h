#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

// Makes realistic articles for the benchmarks, the same for the same seed: paragraphs of real articles (the
// sample corpus, and the dev set when given) recombined, with the companies, amounts and places in them
// replaced — companies by made-up trade names with an industry word and a legal form, amounts by other
// amounts, places by divisions of the gazetteer of the same level. The extractor finds the spans to
// replace, so the output reads as the sources do and exercises every stage.
class CorpusGenerator final
{
public:
    // `sources`: original texts of articles.
    CorpusGenerator(const QStringList& sources, quint64 seed);

    // Article `index` of the corpus of this seed: a headline and 3 to 12 paragraphs.
    QString article(int index);
    // One article of about `bytes` bytes of UTF-8: paragraphs one after the other, one a line, or all on
    // one line.
    QString large(qint64 bytes, bool lineBreaks);

    qsizetype paragraphCount() const { return m_paragraphs.size(); }

private:
    struct Replaceable {
        qsizetype start;
        qsizetype end;
        char kind; // 'c' company, 'm' money, 'p' province, 'y' city, 'n' county
    };
    struct Source {
        QString text;
        QList<Replaceable> spans;
    };
    QString varied(const Source& paragraph, std::mt19937_64& rng) const;
    QString companyName(std::mt19937_64& rng) const;

    QList<Source> m_titles;
    QList<Source> m_paragraphs;
    QStringList m_provinces;
    QStringList m_cities;
    QStringList m_counties;
    quint64 m_seed;
};
