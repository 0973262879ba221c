#include "personextractor.h"

#include "spanindex.h"

#include "clean/bylinedetector.h"
#include "extractionrules.h"
#include "text/charclass.h"
#include "text/textsearch.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Titles, longest first where one ends another (副书记 before 书记): resources/data/extraction_rules.tsv.
const QStringList& titles()
{
    return ExtractionRules::shared()->words(u"person_title"_s);
}

// Characters that end a name: the verb or particle after it (陈荣号召, 盛斌表示, 周鼎带队).
bool endsName(QChar c)
{
    static const QStringView stoppers =
        u"说表介指坦认率带等在和与的是了将也一对为称强提透告希要以就接向到曾号召受出同及并还都从称作主致会";
    return !CharClass::isHan(c.unicode()) || stoppers.contains(c);
}

// `titled`: the name follows a title (董事长吕青山), where a landscape ending (山, 湖…) is a given name.
bool isPlaceOrOrganisationWord(QStringView name, bool titled = false)
{
    const QStringView endings =
        titled ? QStringView(u"区市县局所会司镇乡省") : QStringView(u"区市县局所会司镇乡省村街园城港湾湖山");
    // Pronouns and everyday words that begin with a family-name character (向其, 项目, 高新).
    static const QStringView pronouns = u"其该此这那我你他她它们";
    static const QList<QStringView> words{u"项目", u"企业", u"公司", u"产业", u"经济",
                                          u"发展", u"高新", u"方面", u"全面"};
    return endings.contains(name.back()) ||
           std::any_of(name.begin(), name.end(), [](QChar c) { return pronouns.contains(c); }) ||
           std::any_of(words.cbegin(), words.cend(), [&](QStringView w) { return name.startsWith(w); });
}

// A name starting at `at`: two or three characters (or a ·-joined transliteration), whichever the context
// delimits. Returns its length, 0 if none.
qsizetype nameAt(const QString& text, qsizetype at, bool titled = false)
{
    const qsizetype n = text.size();
    // Transliterated: 皮埃尔·布莱
    qsizetype i = at;
    while (i < n && CharClass::isHan(text.at(i).unicode()) && i - at < 5)
        ++i;
    if (i < n && i > at && text.at(i) == u'·') {
        qsizetype j = i + 1;
        while (j < n && CharClass::isHan(text.at(j).unicode()) && j - i <= 5 && !endsName(text.at(j)))
            ++j;
        if (j - i >= 2)
            return j - at;
    }
    for (qsizetype length : {4, 3, 2}) {
        if (at + length > n)
            continue;
        // Four characters only with a two-character family name (欧阳明远).
        if (length == 4 && !BylineDetector::looksLikePersonalName(QStringView(text).sliced(at, 4)))
            continue;
        if (length == 4 && endsName(text.at(at + 3)))
            continue;
        const QStringView candidate = QStringView(text).sliced(at, length);
        if (std::any_of(candidate.begin(), candidate.end(),
                        [](QChar c) { return !CharClass::isHan(c.unicode()); }))
            continue;
        if (length == 3 && endsName(candidate.at(2)))
            continue;
        // "钱杭钱杭代表": a two-character name said twice, not a three-character one.
        if (length == 3 && at + 4 <= n && QStringView(text).sliced(at + 2, 2) == candidate.first(2))
            continue;
        if (!BylineDetector::looksLikePersonalName(candidate) || isPlaceOrOrganisationWord(candidate, titled))
            continue;
        return length;
    }
    return 0;
}

} // namespace

QList<Entity> PersonExtractor::extract(const QString& text, const QList<Entity>& taken,
                                       const QStringList& bylineNames)
{
    SpanIndex takenSpans;
    for (const Entity& t : taken)
        takenSpans.insert(t.span);
    const auto overlapsTaken = [&](qsizetype s, qsizetype e) { return takenSpans.overlaps({s, e}); };
    QHash<QString, QString> roles; // name -> title
    QStringList order;
    const auto remember = [&](const QString& name, const QString& role) {
        if (!roles.contains(name)) {
            order.append(name);
            roles.insert(name, role);
        } else if (roles.value(name).isEmpty() && !role.isEmpty()) {
            roles[name] = role;
        }
    };

    // Title + name, in one pass over the text: titles by their first character.
    static const QHash<QChar, QStringList> titlesByInitial = [] {
        QHash<QChar, QStringList> byInitial;
        for (const QString& title : titles())
            byInitial[title.front()].append(title);
        return byInitial;
    }();
    for (qsizetype at = 0; at < text.size(); ++at) {
        const auto candidates = titlesByInitial.constFind(text.at(at));
        if (candidates == titlesByInitial.cend())
            continue;
        for (const QString& title : *candidates) {
            if (!QStringView(text).sliced(at).startsWith(title))
                continue;
            // "记者 罗光明", "责任编辑：钱文涛": a space or a colon may stand between.
            qsizetype start = at + title.size();
            while (start < text.size() &&
                   (text.at(start) == u' ' || text.at(start) == u'：' || text.at(start) == u':'))
                ++start;
            // Reporters signed together (记者周宁郑光辉, 通讯员孙立何江): a run of four or five characters
            // is two names when both halves look like names.
            qsizetype run = start;
            while (run < text.size() && CharClass::isHan(text.at(run).unicode()) && run - start < 6)
                ++run;
            const bool reporter = title == u"记者"_s || title == u"通讯员"_s || title == u"作者"_s;
            bool pair = false;
            if (reporter && (run - start == 4 || run - start == 5) &&
                (run >= text.size() || !CharClass::isHan(text.at(run).unicode()))) {
                for (qsizetype first : {qsizetype(2), qsizetype(3)}) {
                    const QString a = text.mid(start, first);
                    const QString b = text.mid(start + first, run - start - first);
                    if (!pair && b.size() >= 2 && BylineDetector::looksLikePersonalName(a) &&
                        BylineDetector::looksLikePersonalName(b) && !overlapsTaken(start, run)) {
                        remember(a, title);
                        remember(b, title);
                        pair = true;
                    }
                }
            }
            const qsizetype length = pair ? 0 : nameAt(text, start, true);
            if (length > 0) {
                const QString name = text.mid(start, length);
                if (!isPlaceOrOrganisationWord(name, true) && !overlapsTaken(start, start + length)) {
                    remember(name, title);
                    // "领导孙立、何春江、赵一鸣": names listed after the first share its title.
                    qsizetype next = start + length;
                    while (next + 2 < text.size() && text.at(next) == u'、') {
                        const qsizetype more = nameAt(text, next + 1);
                        if (more == 0)
                            break;
                        const QString other = text.mid(next + 1, more);
                        if (isPlaceOrOrganisationWord(other) || overlapsTaken(next + 1, next + 1 + more))
                            break;
                        remember(other, title);
                        next = next + 1 + more;
                    }
                }
            }
            break;
        }
    }
    // Name + verb of saying, after punctuation or at the start of a line.
    for (QStringView verb : {QStringView(u"说"), QStringView(u"表示"), QStringView(u"介绍"),
                             QStringView(u"指出"), QStringView(u"坦言")}) {
        for (qsizetype at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.size())) {
            // 说法, 说明, 介绍信: nouns, not a verb of saying.
            if (at + verb.size() < text.size() && verb == u"说" &&
                QStringView(u"法明服").contains(text.at(at + verb.size())))
                continue;
            for (qsizetype length : {3, 2}) {
                const qsizetype start = at - length;
                if (start < 0 || (start > 0 && CharClass::isHan(text.at(start - 1).unicode())))
                    continue;
                const QString name = text.mid(start, length);
                if (BylineDetector::looksLikePersonalName(name) && !isPlaceOrOrganisationWord(name) &&
                    !overlapsTaken(start, at)) {
                    remember(name, QString());
                    break;
                }
            }
        }
    }
    // "新华网福州5月2日电(韩立)", "…(秦朗)" at the end: a name in brackets after a dateline or closing a
    // paragraph is the author's.
    static const QRegularExpression bracketed(u"[（(]([\\x{4E00}-\\x{9FFF}]{2,3})[）)]"_s);
    for (auto it = bracketed.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = m.capturedEnd(0);
        const bool dateline = start > 0 && text.at(start - 1) == u'电';
        const bool closing = end >= text.size() || text.at(end) == u'\n';
        if ((dateline || closing) && BylineDetector::looksLikePersonalName(name) &&
            !isPlaceOrOrganisationWord(name) && !overlapsTaken(m.capturedStart(1), m.capturedEnd(1)))
            remember(name, u"作者"_s);
    }
    for (const QString& author : bylineNames) {
        for (const QString& name : author.split(u' ', Qt::SkipEmptyParts))
            remember(name, u"作者"_s);
    }

    // Every mention of every name, longest first.
    std::stable_sort(order.begin(), order.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QList<Entity> found;
    QList<TextSpan> used;
    const QList<QList<qsizetype>> mentions = TextSearch::occurrences(text, order);
    for (int k = 0; k < order.size(); ++k) {
        const QString& name = order[k];
        for (qsizetype at : mentions[k]) {
            const qsizetype end = at + name.size();
            if (overlapsTaken(at, end) || std::any_of(used.cbegin(), used.cend(), [&](const TextSpan& u) {
                    return at < u.end && u.start < end;
                }))
                continue;
            Entity e;
            e.type = EntityType::Person;
            e.span = {at, end};
            e.text = name;
            e.normalized = name;
            e.role = roles.value(name);
            found.append(e);
            used.append(e.span);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    return found;
}
