#include "extractionrules.h"

#include <cstdio>

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
        Words& words = m_kinds[kind];
        if (!words.m_words.contains(word))
            words.m_words.append(word);
        if (!value.isEmpty())
            words.m_values.insert(word, value);
    }
    // The thresholds the extractor reads: each must be set by the file.
    for (const QString& name :
         {u"max_name_length"_s, u"max_list_item_length"_s, u"min_list_items"_s, u"main_place_zone_mentions"_s,
          u"main_place_mentions"_s, u"amount_next_sentences"_s, u"status_window_before"_s,
          u"money_role_window"_s, u"anaphor_sentences"_s}) {
        if (!m_thresholds.contains(name))
            m_errors << u"threshold %1 is not set"_s.arg(name);
    }
    // Derived kinds, made once here rather than for every document: what a project's name stops at on its
    // left (name stops, status words, goal verbs), and what a facility's name stops at (the same and the
    // building verbs).
    {
        QStringList projectStops;
        for (const QString& kind : {u"name_stop"_s, u"status"_s, u"goal_verb"_s})
            projectStops += m_kinds.value(kind).m_words;
        QStringList facilityStops = projectStops + m_kinds.value(u"build_verb"_s).m_words;
        projectStops.removeDuplicates();
        facilityStops.removeDuplicates();
        m_kinds[u"project_stop"_s].m_words = projectStops;
        m_kinds[u"facility_stop"_s].m_words = facilityStops;
    }
    for (Words& k : m_kinds) {
        std::stable_sort(k.m_words.begin(), k.m_words.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& w : k.m_words) {
            k.m_byFirst[w.front()].append(w);
            k.m_byLast[w.back()].append(w);
            k.m_firsts[w.front().unicode()] = true;
            k.m_lasts[w.back().unicode()] = true;
        }
    }
}

const std::shared_ptr<const ExtractionRules>& ExtractionRules::shared()
{
    static std::shared_ptr<const ExtractionRules> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        // A rule author tries a changed file without building the program again.
        const QString custom = qEnvironmentVariable("INVESTSCOPE_RULES");
        QFile file(u":/investscope/data/extraction_rules.tsv"_s);
        if (!custom.isEmpty()) {
            file.setFileName(custom);
            if (!file.open(QIODevice::ReadOnly)) {
                // Said on stderr, and the shipped rules used: never an extraction without rules.
                std::fprintf(stderr, "INVESTSCOPE_RULES: %s: %s; the shipped rules are used\n",
                             qPrintable(custom), qPrintable(file.errorString()));
                file.setFileName(u":/investscope/data/extraction_rules.tsv"_s);
            }
        }
        const QString text =
            file.isOpen() || file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        instance = std::make_shared<const ExtractionRules>(text);
    });
    return instance;
}

const ExtractionRules::Words& ExtractionRules::kind(const QString& name) const
{
    static const Words none;
    const auto it = m_kinds.constFind(name);
    return it == m_kinds.cend() ? none : *it;
}

QString ExtractionRules::Words::endingAt(QStringView text, qsizetype end, qsizetype floor) const
{
    if (end <= floor || end > text.size() || !m_lasts[text.at(end - 1).unicode()])
        return {};
    const auto candidates = m_byLast.constFind(text.at(end - 1));
    if (candidates == m_byLast.cend())
        return {};
    for (const QString& w : *candidates) {
        if (end - w.size() >= floor && text.sliced(end - w.size(), w.size()) == w)
            return w;
    }
    return {};
}

QString ExtractionRules::Words::startingAt(QStringView text, qsizetype at) const
{
    if (at < 0 || at >= text.size() || !m_firsts[text.at(at).unicode()])
        return {};
    const auto candidates = m_byFirst.constFind(text.at(at));
    if (candidates == m_byFirst.cend())
        return {};
    for (const QString& w : *candidates) {
        if (at + w.size() <= text.size() && text.sliced(at, w.size()) == w)
            return w;
    }
    return {};
}

int ExtractionRules::threshold(const QString& name, int fallback) const
{
    const auto it = m_thresholds.constFind(name);
    return it != m_thresholds.cend() ? *it : fallback;
}
