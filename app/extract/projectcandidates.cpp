// Stages 1-3 of project extraction: sentences, lists of projects, candidate names.
#include "projectstages.h"

#include "chinesenumber.h"
#include "clean/cleantext.h"
#include "industrytaxonomy.h"
#include "extractionrules.h"
#include "text/charclass.h"
#include "text/icuadaptor.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ProjectStages {

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return CharClass::isHan(u) || CharClass::isAsciiLetter(u) || CharClass::isAsciiDigit(u) || c == u'、' ||
           c == u'·' || c == u'+' || c == u'-' || c == u'.' || c == u'/' || c == u'（' || c == u'）' ||
           c == u'(' || c == u')' || c == u'—' || c == u'×';
}

QList<const Entity*> entitiesIn(const QList<Entity>& entities, qsizetype start, qsizetype end,
                                EntityType type)
{
    QList<const Entity*> out;
    auto it = std::lower_bound(entities.cbegin(), entities.cend(), start,
                               [](const Entity& e, qsizetype at) { return e.span.start < at; });
    for (; it != entities.cend() && it->span.start < end; ++it) {
        if (it->type == type && it->span.end <= end)
            out.append(&*it);
    }
    return out;
}

QList<Sentence> sentencesOf(const QString& text, const CleanText& clean)
{
    QList<Sentence> out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    // Not CharClass::isSentenceEnd: a colon opens a list of projects here, and a line break ends a sentence.
    const auto endsSentence = [](char16_t c) {
        switch (c) {
        case u'。':
        case u'！':
        case u'？':
        case u'!':
        case u'?':
        case u'；':
        case u';':
        case u'\n':
            return true;
        default:
            return false;
        }
    };
    const auto* chars = reinterpret_cast<const char16_t*>(text.constData());
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !endsSentence(chars[i]))
            continue;
        qsizetype stop = i < n && text.at(i) != u'\n' ? i + 1 : i;
        while (stop < n && CharClass::isClosingQuoteOrBracket(text.at(stop).unicode()))
            ++stop;
        if (stop > start)
            out.append({start, stop, clean.paragraphAt(start)});
        start = stop < n && text.at(stop) == u'\n' ? stop + 1 : stop;
        i = stop - 1 < i ? i : stop - 1;
    }
    return out;
}

namespace {

bool isClauseMark(QChar c)
{
    return QStringView(u"，,；;。！？!?\n").contains(c);
}

bool isColon(QChar c)
{
    return c == u'：' || c == u':';
}

// What is left of a name without its generic words, places, years and counts.
QString withoutGeneric(QString core, const ExtractionRules::Words& generic,
                       const QList<const Entity*>& places = {})
{
    for (const Entity* place : places)
        core.remove(place->text);
    // One pass, longest generic word first at each position.
    QString kept;
    kept.reserve(core.size());
    for (qsizetype i = 0; i < core.size();) {
        const QString w = generic.startingAt(core, i);
        if (!w.isEmpty()) {
            i += w.size();
            continue;
        }
        kept.append(core.at(i++));
    }
    core = kept;
    static const QRegularExpression countOrNoise(u"\\d+年|项目|[\\d个·、（）()\\-—]"_s);
    core.remove(countOrNoise);
    return core;
}

} // namespace

// "投资5亿元的X", "总投资额5亿元、占地104亩的X": an amount joined to the name that follows by 的, within one
// clause.
bool joinedByDe(const QString& text, qsizetype amountEnd, qsizetype nameStart)
{
    if (nameStart < amountEnd || nameStart - amountEnd > 20)
        return false;
    const QStringView between = QStringView(text).sliced(amountEnd, nameStart - amountEnd);
    if (between.isEmpty())
        return true;
    return between.endsWith(u'的') && std::none_of(between.begin(), between.end(),
                                                   [](QChar c) { return isClauseMark(c) || isColon(c); });
}

namespace {

bool balanced(QStringView s)
{
    return s.count(u'(') + s.count(u'（') == s.count(u')') + s.count(u'）');
}

// What a name says it makes or builds: a company, a capacity, a facility word, an industry.
bool hasContent(const QString& core, bool companyInside, const ExtractionRules::Words& contentWords)
{
    if (companyInside)
        return true;
    const QStringList& content = contentWords.all();
    if (std::any_of(content.cbegin(), content.cend(), [&](const QString& w) { return core.contains(w); }))
        return true;
    return !IndustryTaxonomy::shared()->extract(core).isEmpty();
}

class CandidateFinder
{
public:
    CandidateFinder(const QString& text, const QList<Entity>& entities, const ExtractionRules& rules)
        : m_text(text)
        , m_entities(entities)
        , m_rules(rules)
        , m_words(rules)
    {
        for (const Entity& e : entities) {
            if (e.type == EntityType::Money)
                m_moneyEnds.insert(e.span.end);
            if (e.type == EntityType::Person)
                m_personEnds.insert(e.span.end);
        }
        m_maxName = rules.threshold(u"max_name_length"_s, 36);
        m_maxItem = rules.threshold(u"max_list_item_length"_s, 30);
        m_minItems = rules.threshold(u"min_list_items"_s, 2);
    }

    void sentence(int index, const Sentence& s, QList<ListGroup>* lists, QList<Candidate>* out,
                  QList<Rejection>* rejected);

private:
    struct Piece {
        qsizetype start;
        qsizetype end;
    };

    qsizetype nameStart(qsizetype floor, qsizetype headStart, bool facility) const;
    bool boundaryAt(qsizetype at, qsizetype end) const;
    bool isStatusAfter(qsizetype at, qsizetype end) const;
    QString verbBefore(qsizetype nameStart) const;
    bool amountOwnedBy(qsizetype nameStart, qsizetype nameEnd, qsizetype end) const;
    void headNames(int index, const Sentence& s, QList<Candidate>* out, QList<Rejection>* rejected) const;
    void findLists(int index, const Sentence& s, QList<ListGroup>* lists, QList<bool>* nameless) const;
    QList<Piece> piecesOf(qsizetype start, qsizetype end) const;
    std::optional<TextSpan> itemName(const Piece& piece) const;
    void reject(QList<Rejection>* rejected, qsizetype start, qsizetype end, const QString& reason) const
    {
        rejected->append({m_text.mid(start, end - start), {start, end}, reason});
    }

    const QString& m_text;
    const QList<Entity>& m_entities;
    const ExtractionRules& m_rules;
    RuleWords m_words;
    QSet<qsizetype> m_moneyEnds;
    QSet<qsizetype> m_personEnds;
    int m_maxName = 36;
    int m_maxItem = 30;
    int m_minItems = 2;
};

// A name ending at headStart (where its head noun starts): walk left over name characters, up to a stop word,
// an amount, or the floor; then drop leading separators and building verbs.
qsizetype CandidateFinder::nameStart(qsizetype floor, qsizetype headStart, bool facility) const
{
    const ExtractionRules::Words& stops = facility ? m_words.facility_stop : m_words.project_stop;
    qsizetype start = headStart;
    while (start > floor && headStart - start < m_maxName && isNameChar(m_text.at(start - 1))) {
        if (m_moneyEnds.contains(start) || !stops.endingAt(m_text, start, floor).isEmpty())
            break;
        // "A项目、B项目", "A项目和B项目": the previous item's name ends here.
        if (QStringView(u"、和及与").contains(m_text.at(start - 1))) {
            const QString before = m_words.head.endingAt(m_text, start - 1);
            if (!before.isEmpty() && m_words.head.value(before) == u"project"_s)
                break;
        }
        // A person's name and title are no part of a project's name.
        if (m_personEnds.contains(start))
            break;
        --start;
    }
    while (start < headStart && QStringView(u"、)）·-—/").contains(m_text.at(start)))
        ++start;
    for (;;) {
        const QString verb = m_words.name_trim.startingAt(m_text, start);
        if (verb.isEmpty() || start + verb.size() >= headStart)
            break;
        start += verb.size();
    }
    return start;
}

// The end of a name: what follows a head noun is not more of the same word (中心城区, 工程机械).
bool CandidateFinder::boundaryAt(qsizetype at, qsizetype end) const
{
    if (at >= end)
        return true;
    const QChar c = m_text.at(at);
    if (!CharClass::isHan(c.unicode()))
        return true;
    if (QStringView(u"和及与等已将正在于并也暨为的是在落签开建投").contains(c))
        return true;
    return !m_words.status.startingAt(m_text, at).isEmpty() ||
           !m_words.name_stop.startingAt(m_text, at).isEmpty() ||
           QStringView(m_text).sliced(at).startsWith(u"一期") ||
           QStringView(m_text).sliced(at).startsWith(u"二期") ||
           QStringView(m_text).sliced(at).startsWith(u"三期");
}

// A status verb right after a name (…基地正式投产, …中心签约落户): the name is its subject.
bool CandidateFinder::isStatusAfter(qsizetype at, qsizetype end) const
{
    // "…生产线在绵阳市正式投产": a place where it happens may stand between.
    if (at + 1 < end && (m_text.at(at) == u'在' || m_text.at(at) == u'于')) {
        for (const Entity* r : entitiesIn(m_entities, at + 1, end, EntityType::Region)) {
            if (r->span.start == at + 1)
                at = r->span.end;
        }
    }
    for (qsizetype skip = 0; skip <= 4 && at + skip < end; ++skip) {
        // A place that lands or brings in projects (…产业园引进, …平台招引) is not one itself.
        const QString word = m_words.status.startingAt(m_text, at + skip);
        const QString status = m_words.status.value(word);
        if (!word.isEmpty())
            return status != u"landed"_s && status != u"planned"_s;
        if (!QStringView(u"已正式顺利将于也均同时集中").contains(m_text.at(at + skip)))
            return false;
    }
    return false;
}

// The building or status verb a name is the object of: "建设X", "签订X", "签约的X"; empty if none.
QString CandidateFinder::verbBefore(qsizetype nameStart) const
{
    for (const qsizetype end : {nameStart, nameStart - 1}) {
        if (end < nameStart && (end < 0 || m_text.at(end) != u'的'))
            continue;
        const QString verb = m_words.build_verb.endingAt(m_text, end);
        if (!verb.isEmpty())
            return verb;
    }
    return {};
}

// An investment that is the name's own: "投资X的Name" or "Name，总投资X".
bool CandidateFinder::amountOwnedBy(qsizetype nameStart, qsizetype nameEnd, qsizetype end) const
{
    for (const Entity* m :
         entitiesIn(m_entities, qMax<qsizetype>(0, nameStart - 24), nameStart, EntityType::Money)) {
        if (m->role == u"investment"_s && joinedByDe(m_text, m->span.end, nameStart))
            return true;
    }
    qsizetype at = nameEnd;
    while (at < end && (m_text.at(at) == u'，' || m_text.at(at) == u','))
        ++at;
    for (const Entity* m : entitiesIn(m_entities, at, qMin(end, at + 12), EntityType::Money)) {
        if (m->role == u"investment"_s)
            return true;
    }
    return false;
}

void CandidateFinder::headNames(int index, const Sentence& s, QList<Candidate>* out,
                                QList<Rejection>* rejected) const
{
    static const QRegularExpression countAfter(u"^(?:近|约|超|逾|共)?\\d+[个项]"_s);
    for (qsizetype pos = s.start; pos < s.end; ++pos) {
        if (!m_words.head.mayStartWith(m_text.at(pos)))
            continue;
        const QString head = m_words.head.startingAt(m_text, pos);
        if (head.isEmpty())
            continue;
        const qsizetype headEnd = pos + head.size();
        const bool facility = m_words.head.value(head) == u"facility"_s;
        // "…产业园项目": the name goes on to the next head.
        if (!m_words.head.startingAt(m_text, headEnd).isEmpty())
            continue;
        if (head != u"项目"_s && !boundaryAt(headEnd, s.end))
            continue;
        // "“智慧冷链与跨境电商孵化平台”项目": a name in quotes is a name, whatever it says.
        if (head == u"项目"_s && pos > s.start && QStringView(u"”」\"").contains(m_text.at(pos - 1))) {
            qsizetype open = pos - 2;
            while (open >= s.start && !QStringView(u"“「\"").contains(m_text.at(open)))
                --open;
            if (open >= s.start && pos - open <= m_maxName) {
                Candidate c;
                c.name = {open, headEnd};
                c.sentence = index;
                c.rule = u"a name in quotes before 项目"_s;
                out->append(c);
            }
            continue;
        }
        qsizetype start = nameStart(s.start, pos, facility);
        // "其中国区总部": 其 + 中国…, not 其中 + 国….
        if (start >= 2 && QStringView(m_text).sliced(start - 2, 2) == u"其中" && m_text.at(start) == u'国')
            --start;
        const QString core = m_text.mid(start, pos - start);
        if (core.isEmpty())
            continue;
        if (!m_words.name_stop.endingAt(m_text, start).isEmpty() && core.size() < 2)
            continue;
        const QStringView after = QStringView(m_text).sliced(headEnd).left(6);
        if (!m_words.not_head_after.startingAt(m_text, headEnd).isEmpty()) {
            reject(rejected, start, headEnd, u"the name qualifies another noun (%1)"_s.arg(after.left(3)));
            continue;
        }
        if (countAfter.match(after).hasMatch()) {
            reject(rejected, start, headEnd, u"a count of projects, not one"_s);
            continue;
        }
        // "重点旅游项目招商洽谈会", "一季度重大项目集中开工仪式": the name of an event, not of a project.
        {
            qsizetype at = headEnd;
            bool event = false;
            for (int skip = 0; skip < 4 && !event; ++skip) {
                event = !m_words.event_noun.startingAt(m_text, at).isEmpty();
                QString w = m_words.status.startingAt(m_text, at);
                if (w.isEmpty())
                    w = m_words.event_lead.startingAt(m_text, at);
                if (w.isEmpty())
                    break;
                at += w.size();
                event = event || !m_words.event_noun.startingAt(m_text, at).isEmpty();
            }
            if (event) {
                reject(rejected, start, headEnd, u"the name of an event, not of a project"_s);
                continue;
            }
        }
        // Three characters at least; two when they number a line or a phase (新建三号生产线).
        const bool numbered = core.size() == 2 && facility && !verbBefore(start).isEmpty() &&
                              (ChineseNumber::isNumeral(core.front()) || core.front().isDigit());
        if ((core.size() < 3 && !numbered) || core.endsWith(u'、') || !balanced(core)) {
            reject(rejected, start, headEnd, u"name too short or cut"_s);
            continue;
        }
        // Places inside the name say where, not what; a park word that ends the name is the name itself.
        QList<const Entity*> places = entitiesIn(m_entities, start, pos, EntityType::Region);
        places.removeIf([&](const Entity* e) {
            return e->span.end >= pos - 1 && e->place && e->place->level == u"zone"_s;
        });
        const QString remaining = withoutGeneric(core, m_words.generic, places);
        if (remaining.size() < 2) {
            reject(rejected, start, headEnd, u"generic name"_s);
            continue;
        }
        // "先进装备制造、环保再生产业项目", "电池及配套项目": kinds of industry, listed, name no project.
        if (!facility && (core.contains(u'、') || core.contains(u'及') || core.contains(u"产业链") ||
                          core.endsWith(u"产业"))) {
            // Industry words first (新能源 before the generic 新), then generic words.
            QString rest = core;
            for (const Entity& e : IndustryTaxonomy::shared()->extract(core))
                rest.replace(e.span.start, e.span.length(), QString(e.span.length(), u' '));
            rest.remove(u' ');
            rest = withoutGeneric(rest, m_words.generic, {});
            rest.removeIf([](QChar c) { return QStringView(u"、及和与全链").contains(c); });
            if (rest.size() < 2) {
                reject(rejected, start, headEnd, u"kinds of industry, not a name"_s);
                continue;
            }
        }
        const bool companyInside = !entitiesIn(m_entities, start, pos, EntityType::Company).isEmpty();
        // A name that says nothing of what is made or built (中坚骨干项目) needs a verb of its own.
        const bool ownVerb = !verbBefore(start).isEmpty() || amountOwnedBy(start, headEnd, s.end) ||
                             isStatusAfter(headEnd, s.end);
        // A long name of its own (恒川云港信息园区二期项目) names something particular.
        const bool particular = remaining.size() >= 6 && !core.contains(u'、');
        if (!hasContent(core, companyInside, m_words.content) && !particular &&
            !(ownVerb && remaining.size() >= 3)) {
            reject(rejected, start, headEnd, u"the name says nothing of what is made or built"_s);
            continue;
        }
        // "洽谈其中国区总部和生产基地项目": 其 refers to the project just named; it is the same undertaking.
        if (!out->isEmpty() && out->back().sentence == index &&
            QStringView(m_text).sliced(s.start, start - s.start).endsWith(u"其")) {
            reject(rejected, start, headEnd, u"refers to the project just named (其)"_s);
            continue;
        }
        Candidate c;
        c.name = {start, headEnd};
        c.sentence = index;
        c.rule = u"name ending in %1"_s.arg(head);
        if (facility) {
            // A goal (打造…基地, 成为…中心), unless something says it is an undertaking.
            const qsizetype clauseFloor = qMax(s.start, start - 12);
            bool goal = false;
            for (qsizetype at = start; at > clauseFloor && !goal; --at) {
                if (isClauseMark(m_text.at(at - 1)))
                    break;
                goal = !m_words.goal_verb.endingAt(m_text, at).isEmpty();
            }
            const QString verb = verbBefore(start);
            if (goal) {
                reject(rejected, start, headEnd, u"a goal, not an undertaking"_s);
                continue;
            }
            if (!verb.isEmpty())
                c.rule += u", object of %1"_s.arg(verb);
            else if (amountOwnedBy(start, headEnd, s.end))
                c.rule += u", with an amount of its own"_s;
            else if (isStatusAfter(headEnd, s.end))
                c.rule += u", subject of a status verb"_s;
            else
                c.rule.clear(); // may still be an item of a list
        }
        out->append(c);
    }
}

// Pieces of [start, end) separated by '、' outside brackets.
QList<CandidateFinder::Piece> CandidateFinder::piecesOf(qsizetype start, qsizetype end) const
{
    QList<Piece> pieces;
    int depth = 0;
    qsizetype from = start;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'（' || c == u'(')
            ++depth;
        else if ((c == u'）' || c == u')') && depth > 0)
            --depth;
        else if (c == u'、' && depth == 0) {
            pieces.append({from, i});
            from = i + 1;
        }
    }
    pieces.append({from, end});
    pieces.erase(
        std::remove_if(pieces.begin(), pieces.end(), [](const Piece& p) { return p.end <= p.start; }),
        pieces.end());
    return pieces;
}

// The name an item of a list gives without a head noun: its leading run of name characters after an amount
// ("6亿元的宏远滤清系统"), up to a stop word ("…将在…设立").
std::optional<TextSpan> CandidateFinder::itemName(const Piece& piece) const
{
    // "宜宾市与恒川集团": an item that names a company is that company's project.
    const QList<const Entity*> companies =
        entitiesIn(m_entities, piece.start, piece.end, EntityType::Company);
    if (!companies.isEmpty() && companies.front()->span.start - piece.start <= 6) {
        const QStringView before =
            QStringView(m_text).sliced(piece.start, companies.front()->span.start - piece.start);
        const qsizetype after = companies.front()->span.end;
        const bool alone = after >= piece.end || !isNameChar(m_text.at(after)) ||
                           !m_words.status.startingAt(m_text, after).isEmpty() ||
                           !m_words.name_stop.startingAt(m_text, after).isEmpty() ||
                           !m_words.build_verb.startingAt(m_text, after).isEmpty();
        if (alone &&
            (before.isEmpty() || before.endsWith(u"与") || before.endsWith(u"和") || before.endsWith(u"同")))
            return companies.front()->span;
    }
    qsizetype start = piece.start;
    for (const Entity* m : entitiesIn(m_entities, piece.start, piece.end, EntityType::Money)) {
        if (m->span.start - piece.start <= 4 && m->span.end < piece.end)
            start = m->span.end;
    }
    while (start < piece.end && (m_text.at(start) == u'的' || isColon(m_text.at(start))))
        ++start;
    for (;;) {
        QString w;
        for (const QString& kind : {u"list_intro"_s, u"name_trim"_s, u"name_stop"_s, u"status"_s}) {
            if (w.isEmpty())
                w = m_rules.wordStartingAt(kind, m_text, start);
        }
        if (w.isEmpty() || start + w.size() >= piece.end)
            break;
        start += w.size();
    }
    qsizetype end = start;
    while (end < piece.end && isNameChar(m_text.at(end))) {
        if (end > start + 1 && (!m_words.status.startingAt(m_text, end).isEmpty() ||
                                QStringView(u"将在于已等").contains(m_text.at(end))))
            break;
        ++end;
    }
    // An amount is no part of a name.
    for (const Entity* m : entitiesIn(m_entities, piece.start, piece.end, EntityType::Money)) {
        if (m->span.start < end && m->span.end > start)
            end = qMax(start, m->span.start);
    }
    if (end - start < 2 || end - start > m_maxItem)
        return std::nullopt;
    return TextSpan{start, end};
}

void CandidateFinder::findLists(int index, const Sentence& s, QList<ListGroup>* lists,
                                QList<bool>* nameless) const
{
    const QStringView sentence = QStringView(m_text).sliced(s.start, s.end - s.start);
    const auto clauseStartBefore = [&](qsizetype at) {
        while (at > s.start && !isClauseMark(m_text.at(at - 1)) && !isColon(m_text.at(at - 1)))
            --at;
        return at;
    };
    const auto clauseEndAfter = [&](qsizetype at) {
        while (at < s.end && !isClauseMark(m_text.at(at)))
            ++at;
        return at;
    };
    const auto add = [&](ListGroup g, bool allowNameless) {
        for (const ListGroup& other : *lists) {
            if (other.sentence == index && other.items.start < g.items.end && g.items.start < other.items.end)
                return;
        }
        g.sentence = index;
        lists->append(g);
        nameless->append(allowNameless);
    };
    static const QRegularExpression countAtEnd(
        u"(?:\\d+|[一二两三四五六七八九十百]+)[个项](?:[\\x{4E00}-\\x{9FFF}]{0,6}项目)?$"_s);
    static const QRegularExpression countOfProjects(
        u"(等)?(\\d+|[一二两三四五六七八九十百]+)(?:个|项|家)([^，。；：:、]{0,8}?)(项目|企业)"_s);

    // Regular expressions run only on sentences that hold what they look for.
    const bool hasCount = sentence.contains(u'个') || sentence.contains(u'项') || sentence.contains(u'家');
    const bool namesProjects = sentence.contains(u"项目") || sentence.contains(u"企业");
    // "A、B等4个项目已开工", "A、B2个项目", "A、B等企业": the items before a count.
    for (auto it = hasCount && namesProjects ? countOfProjects.globalMatch(sentence)
                                             : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = s.start + m.capturedStart(0);
        const qsizetype itemsStart = clauseStartBefore(at);
        if (at - itemsStart < 2)
            continue;
        QList<Piece> pieces = piecesOf(itemsStart, at);
        const int count = m.captured(2).front().isDigit()
                              ? m.captured(2).toInt()
                              : static_cast<int>(ChineseNumber::parseNumerals(m.captured(2)).value_or(0));
        const bool etc = !m.captured(1).isEmpty();
        if (!etc && (pieces.size() < m_minItems || pieces.size() != count))
            continue;
        ListGroup g;
        g.lead = {s.start, itemsStart};
        g.items = {itemsStart, at};
        g.tail = {at, clauseEndAfter(s.start + m.capturedEnd(0))};
        g.kind = etc ? u"等N个"_s : u"N个"_s;
        add(g, true);
    }
    // "包括A、B、C等世界500强企业投资项目4个": the count after the kind.
    static const QRegularExpression etcProjectsCount(
        u"等([^，。；：:、]{0,16}?)项目(\\d+|[一二两三四五六七八九十百]+)[个项]"_s);
    const bool etcAndProjects = sentence.contains(u'等') && sentence.contains(u"项目") && hasCount;
    for (auto it = etcAndProjects ? etcProjectsCount.globalMatch(sentence)
                                  : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = s.start + m.capturedStart(0);
        qsizetype itemsStart = clauseStartBefore(at);
        for (qsizetype i = itemsStart; i < at; ++i) {
            const QString intro = m_words.list_intro.startingAt(m_text, i);
            if (!intro.isEmpty() && intro.size() >= 2) {
                itemsStart = i + intro.size();
                break;
            }
        }
        if (at - itemsStart < 2)
            continue;
        ListGroup g;
        g.lead = {s.start, itemsStart};
        g.items = {itemsStart, at};
        g.tail = {at, clauseEndAfter(s.start + m.capturedEnd(0))};
        g.kind = u"等…项目N个"_s;
        add(g, true);
    }
    // "固原市1个，A；石嘴山市2个，B、C": a heading with a count, then its items.
    static const QRegularExpression countHeading(
        u"(?:^|[，,；;：:])([^，,；;：:]{2,16}?)(\\d+|[一二两三四五六七八九十]+)个[，,]"_s);
    const bool heading = sentence.contains(u"个，") || sentence.contains(u"个,");
    for (auto it = heading ? countHeading.globalMatch(sentence) : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const auto m = it.next();
        const qsizetype itemsStart = s.start + m.capturedEnd(0);
        const qsizetype itemsEnd = clauseEndAfter(itemsStart);
        const int count = m.captured(2).front().isDigit()
                              ? m.captured(2).toInt()
                              : static_cast<int>(ChineseNumber::parseNumerals(m.captured(2)).value_or(0));
        QList<Piece> pieces = piecesOf(itemsStart, itemsEnd);
        ListGroup g;
        g.lead = {s.start + m.capturedStart(1), s.start + m.capturedEnd(2)};
        g.items = {itemsStart, itemsEnd};
        g.tail = {itemsEnd, itemsEnd};
        g.kind = u"N个，"_s;
        add(g, count >= 2 && pieces.size() == count);
    }
    // "经开区本部6个：A、B", "六大项目包括：A、B", "外资项目有：A、B".
    for (qsizetype c = s.start; c < s.end; ++c) {
        if (!isColon(m_text.at(c)))
            continue;
        const qsizetype leadStart = clauseStartBefore(c);
        const QString lead = m_text.mid(leadStart, c - leadStart);
        const bool counted = countAtEnd.match(lead).hasMatch();
        const bool introduced = !m_words.list_intro.endingAt(m_text, c).isEmpty() && lead.contains(u"项目"_s);
        if (!counted && !introduced)
            continue;
        const qsizetype itemsEnd = clauseEndAfter(c + 1);
        if (!m_text.mid(c + 1, itemsEnd - c - 1).contains(u'、'))
            continue;
        ListGroup g;
        g.lead = {s.start, c};
        g.items = {c + 1, itemsEnd};
        g.tail = {itemsEnd, itemsEnd};
        g.kind = u"colon"_s;
        add(g, true);
    }
    // "包括A、B、C", "如A项目、B项目": the items after an introducing word.
    for (qsizetype at = s.start; at < s.end; ++at) {
        if (!m_words.list_intro.mayStartWith(m_text.at(at)))
            continue;
        const QString intro = m_words.list_intro.startingAt(m_text, at);
        if (intro.isEmpty())
            continue;
        const QStringView before = QStringView(m_text).sliced(s.start, at - s.start);
        const bool afterProject = before.endsWith(u"项目") || before.right(4).contains(u"项目");
        const bool afterMark = at == s.start || isClauseMark(m_text.at(at - 1));
        if (!afterProject && !(afterMark && intro != u"有"_s && intro != u"含"_s))
            continue;
        if (!before.contains(u"项目") &&
            !QStringView(m_text).sliced(at, clauseEndAfter(at) - at).contains(u"项目"))
            continue;
        const qsizetype leadStart = clauseStartBefore(at);
        if (!m_words.list_owner_not.endingAt(m_text, at).isEmpty())
            continue;
        qsizetype itemsStart = at + intro.size();
        while (itemsStart < s.end && isColon(m_text.at(itemsStart)))
            ++itemsStart;
        qsizetype itemsEnd = clauseEndAfter(itemsStart);
        if (!m_text.mid(itemsStart, itemsEnd - itemsStart).contains(u'、'))
            continue;
        // "…等类别", "…等领域": a list of kinds.
        const qsizetype etc = m_text.lastIndexOf(u'等', itemsEnd - 1);
        if (etc > itemsStart) {
            if (!m_words.list_not_end.startingAt(m_text, etc + 1).isEmpty())
                continue;
            const QStringView rest = QStringView(m_text).sliced(etc + 1, itemsEnd - etc - 1);
            if (rest.size() <= 6 && !rest.contains(u"项目") && !rest.isEmpty())
                continue;
            itemsEnd = etc;
        }
        // "含金量": the word goes on; no list starts here (asked last: the word breaker is slow).
        if (intro.size() == 1 && at + intro.size() < s.end && !isColon(m_text.at(at + intro.size())) &&
            Icu::isInsideWord(m_text, at + intro.size()))
            continue;
        ListGroup g;
        g.lead = {leadStart, at};
        g.items = {itemsStart, itemsEnd};
        g.tail = {itemsEnd, clauseEndAfter(itemsEnd)};
        g.kind = intro;
        add(g, afterProject);
    }
}

void CandidateFinder::sentence(int index, const Sentence& s, QList<ListGroup>* lists, QList<Candidate>* out,
                               QList<Rejection>* rejected)
{
    QList<Candidate> heads;
    headNames(index, s, &heads, rejected);
    const qsizetype firstList = lists->size();
    QList<bool> nameless;
    findLists(index, s, lists, &nameless);

    QList<Candidate> found;
    for (qsizetype li = firstList; li < lists->size(); ++li) {
        const ListGroup& g = (*lists)[li];
        const QList<Piece> pieces = piecesOf(g.items.start, g.items.end);
        for (const Piece& piece : pieces) {
            bool named = false;
            // Several names in one item (A项目和B项目): each owns its part of it.
            QList<Candidate*> inPiece;
            for (Candidate& h : heads) {
                if (h.name.end > piece.start && h.name.end <= piece.end)
                    inPiece.append(&h);
            }
            for (Candidate& h : heads) {
                // A name that ran over the separator into the item before it ends at the item's start.
                if (h.name.start < piece.start && h.name.end > piece.start && h.name.end <= piece.end)
                    h.name.start = piece.start;
                if (h.name.start >= piece.start && h.name.end <= piece.end && h.list < 0) {
                    h.list = static_cast<int>(li);
                    h.item = {piece.start, piece.end};
                    // Bounded by the names before and after it, not by one inside it (“…综合体”项目).
                    for (const Candidate* o : inPiece) {
                        if (o->name.end <= h.name.start)
                            h.item.start = qMax(h.item.start, o->name.end);
                        else if (o->name.start >= h.name.end)
                            h.item.end = qMin(h.item.end, o->name.start);
                    }
                    h.fromList = true;
                    if (h.rule.isEmpty())
                        h.rule = u"name ending in a facility noun"_s;
                    h.rule += u", item of a list (%1)"_s.arg(g.kind);
                    named = true;
                }
            }
            if (named || !nameless[li - firstList])
                continue;
            const auto name = itemName(piece);
            if (!name) {
                reject(rejected, piece.start, piece.end, u"list item without a name"_s);
                continue;
            }
            const QString text = m_text.mid(name->start, name->length());
            const QList<const Entity*> regions =
                entitiesIn(m_entities, name->start, name->end, EntityType::Region);
            if (regions.size() == 1 && regions.front()->span == *name && regions.front()->place &&
                regions.front()->place->level != u"zone"_s) {
                reject(rejected, name->start, name->end, u"a place, not a project"_s);
                continue;
            }
            if (withoutGeneric(text, m_words.generic).size() < 2) {
                reject(rejected, name->start, name->end, u"generic name"_s);
                continue;
            }
            Candidate c;
            c.name = *name;
            c.item = {piece.start, piece.end};
            c.sentence = index;
            c.list = static_cast<int>(li);
            c.fromList = true;
            c.rule = u"item of a list (%1)"_s.arg(g.kind);
            found.append(c);
        }
    }
    for (const Candidate& h : heads) {
        if (h.rule.isEmpty()) {
            reject(rejected, h.name.start, h.name.end,
                   u"a facility noun without a building verb, an amount, a status or a list"_s);
            continue;
        }
        // "…生产基地项目，总投资91亿元，…，建设300毫米…生产基地": what a project named before it in the
        // sentence builds, not another project.
        const bool builtByAnother =
            !h.fromList && h.rule.contains(u", object of "_s) && !h.rule.contains(u"amount") &&
            std::any_of(heads.cbegin(), heads.cend(), [&](const Candidate& o) {
                return o.name.end <= h.name.start && o.rule.startsWith(u"name ending in 项目"_s);
            });
        const QString verb = verbBefore(h.name.start);
        if (builtByAnother && m_words.status.startingAt(verb, 0).isEmpty()) {
            reject(rejected, h.name.start, h.name.end, u"what the project named before it builds"_s);
            continue;
        }
        found.append(h);
    }
    std::sort(found.begin(), found.end(),
              [](const Candidate& a, const Candidate& b) { return a.name.start < b.name.start; });
    // Overlapping names: the longer one.
    QList<Candidate> kept;
    for (const Candidate& c : found) {
        if (!kept.isEmpty() && c.name.start < kept.back().name.end) {
            if (c.name.length() > kept.back().name.length())
                kept.back() = c;
            continue;
        }
        kept.append(c);
    }
    // Each candidate outside a list owns the part of the sentence between its neighbours.
    for (int i = 0; i < kept.size(); ++i) {
        Candidate& c = kept[i];
        if (c.fromList)
            continue;
        const qsizetype from =
            i > 0 ? (kept[i - 1].fromList ? kept[i - 1].item.end : kept[i - 1].name.end) : s.start;
        const qsizetype to = i + 1 < kept.size()
                                 ? (kept[i + 1].fromList ? kept[i + 1].item.start : kept[i + 1].name.start)
                                 : s.end;
        c.item = {qMin(from, c.name.start), qMax(to, c.name.end)};
    }
    out->append(kept);
}

} // namespace

QList<Candidate> findCandidates(const QString& text, const CleanText& clean, const QList<Entity>& entities,
                                const QList<Sentence>& sentences, const ExtractionRules& rules,
                                QList<ListGroup>* lists, QList<Rejection>* rejected)
{
    QList<Candidate> out;
    CandidateFinder finder(text, entities, rules);
    for (int i = 0; i < sentences.size(); ++i) {
        const Sentence& s = sentences[i];
        if (s.paragraph >= 0 && clean.paragraphs[s.paragraph].kind == Paragraph::Kind::Caption)
            continue;
        finder.sentence(i, s, lists, &out, rejected);
    }
    return out;
}

} // namespace ProjectStages
