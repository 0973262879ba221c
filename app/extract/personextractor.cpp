#include "personextractor.h"

#include "clean/bylinedetector.h"
#include "text/charclass.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Titles, longest first where one ends another (副书记 before 书记).
const QStringList& titles()
{
    static const QStringList list = [] {
        QStringList t{u"党工委副书记"_s, u"党工委书记"_s, u"党委副书记"_s, u"党委书记"_s, u"党组书记"_s,
                      u"副书记"_s,       u"书记"_s,       u"副董事长"_s,   u"董事长"_s,   u"副总经理"_s,
                      u"总经理"_s,       u"首席执行官"_s, u"首席技术官"_s, u"CEO"_s,      u"副总裁"_s,
                      u"总裁"_s,         u"创始人"_s,     u"项目负责人"_s, u"负责人"_s,   u"法人代表"_s,
                      u"法定代表人"_s,   u"常务副主任"_s, u"副主任"_s,     u"主任"_s,     u"副市长"_s,
                      u"市长"_s,         u"副区长"_s,     u"区长"_s,       u"副县长"_s,   u"县长"_s,
                      u"副局长"_s,       u"局长"_s,       u"处长"_s,       u"科长"_s,     u"部长"_s,
                      u"招商员"_s,       u"专员"_s,       u"教授"_s,       u"院士"_s,     u"研究员"_s,
                      u"博士"_s,         u"总监"_s,       u"秘书长"_s,     u"会长"_s,     u"主席"_s,
                      u"记者"_s,         u"通讯员"_s,     u"经理"_s,       u"厂长"_s,     u"校长"_s,
                      u"总工程师"_s,     u"合伙人"_s};
        std::stable_sort(t.begin(), t.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return t;
    }();
    return list;
}

// Characters that end a name: the verb or particle after it (陈荣号召, 盛斌表示, 周鼎带队).
bool endsName(QChar c)
{
    static const QStringView stoppers =
        u"说表介指坦认率带等在和与的是了将也一对为称强提透告希要以就接向到曾号召受出同及并还都从称";
    return !CharClass::isHan(c.unicode()) || stoppers.contains(c);
}

bool isPlaceOrOrganisationWord(QStringView name)
{
    static const QStringView endings = u"区市县局所会司镇乡省村街园城港湾湖山";
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
qsizetype nameAt(const QString& text, qsizetype at)
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
    for (qsizetype length : {3, 2}) {
        if (at + length > n)
            continue;
        const QStringView candidate = QStringView(text).sliced(at, length);
        if (std::any_of(candidate.begin(), candidate.end(),
                        [](QChar c) { return !CharClass::isHan(c.unicode()); }))
            continue;
        if (length == 3 && endsName(candidate.at(2)))
            continue;
        if (!BylineDetector::looksLikePersonalName(candidate) || isPlaceOrOrganisationWord(candidate))
            continue;
        return length;
    }
    return 0;
}

} // namespace

QList<Entity> PersonExtractor::extract(const QString& text, const QList<Entity>& taken,
                                       const QStringList& bylineNames)
{
    const auto overlapsTaken = [&](qsizetype s, qsizetype e) {
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&](const Entity& t) { return s < t.span.end && t.span.start < e; });
    };
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
            const qsizetype start = at + title.size();
            const qsizetype length = nameAt(text, start);
            if (length > 0) {
                const QString name = text.mid(start, length);
                if (!isPlaceOrOrganisationWord(name) && !overlapsTaken(start, start + length))
                    remember(name, title);
            }
            break;
        }
    }
    // Name + verb of saying, after punctuation or at the start of a line.
    for (QStringView verb : {QStringView(u"说"), QStringView(u"表示"), QStringView(u"介绍"),
                             QStringView(u"指出"), QStringView(u"坦言")}) {
        for (qsizetype at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.size())) {
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
    for (const QString& author : bylineNames) {
        for (const QString& name : author.split(u' ', Qt::SkipEmptyParts))
            remember(name, u"作者"_s);
    }

    // Every mention of every name, longest first.
    std::stable_sort(order.begin(), order.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QList<Entity> found;
    QList<TextSpan> used;
    for (const QString& name : order) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size())) {
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
