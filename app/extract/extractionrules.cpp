#include "extractionrules.h"

#include <QFile>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

ExtractionRules::ExtractionRules(const QString& tsv)
{
    int lineNumber = 0;
    for (const QString& line : tsv.split(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        const QString kind = fields.value(0).trimmed();
        const QString word = fields.value(1).trimmed();
        const QString value = fields.value(2).trimmed();
        if (kind.isEmpty() || word.isEmpty()) {
            m_errors << u"line %1: a row needs a kind and a word"_s.arg(lineNumber);
            continue;
        }
        if (kind == u"threshold"_s) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok) {
                m_errors << u"line %1: threshold %2 is not a whole number"_s.arg(lineNumber).arg(word);
                continue;
            }
            m_thresholds.insert(word, n);
            continue;
        }
        QStringList& list = m_words[kind];
        if (!list.contains(word))
            list.append(word);
        if (!value.isEmpty())
            m_values.insert(kind + u'\t' + word, value);
    }
    // The thresholds the extractor reads: each must be set by the file.
    for (const QString& name : {u"max_name_length"_s, u"max_list_item_length"_s, u"min_list_items"_s,
                                u"main_place_zone_mentions"_s, u"main_place_mentions"_s,
                                u"amount_next_sentences"_s, u"status_window_before"_s}) {
        if (!m_thresholds.contains(name))
            m_errors << u"threshold %1 is not set"_s.arg(name);
    }
    for (QStringList& list : m_words)
        std::stable_sort(list.begin(), list.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

std::shared_ptr<const ExtractionRules> ExtractionRules::shared()
{
    static std::shared_ptr<const ExtractionRules> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        QFile file(u":/investscope/data/extraction_rules.tsv"_s);
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        instance = std::make_shared<const ExtractionRules>(text);
    });
    return instance;
}

const QStringList& ExtractionRules::words(const QString& kind) const
{
    static const QStringList none;
    const auto it = m_words.constFind(kind);
    return it == m_words.cend() ? none : *it;
}

QString ExtractionRules::value(const QString& kind, const QString& word) const
{
    return m_values.value(kind + u'\t' + word);
}

QString ExtractionRules::wordEndingAt(const QString& kind, QStringView text, qsizetype end) const
{
    for (const QString& w : words(kind)) {
        if (end - w.size() >= 0 && end <= text.size() && text.sliced(end - w.size(), w.size()) == w)
            return w;
    }
    return {};
}

QString ExtractionRules::wordStartingAt(const QString& kind, QStringView text, qsizetype at) const
{
    for (const QString& w : words(kind)) {
        if (at >= 0 && at + w.size() <= text.size() && text.sliced(at, w.size()) == w)
            return w;
    }
    return {};
}

int ExtractionRules::threshold(const QString& name, int fallback) const
{
    const auto it = m_thresholds.constFind(name);
    return it != m_thresholds.cend() ? *it : fallback;
}
