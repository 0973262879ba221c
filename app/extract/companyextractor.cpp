#include "companyextractor.h"

#include "spanindex.h"

#include "extractionrules.h"
#include "industrytaxonomy.h"
#include "text/brackets.h"
#include "text/charclass.h"
#include "text/textsearch.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// Organisational forms, longest first.
constexpr std::array<QStringView, 9> kForms{u"集团股份有限公司", u"集团有限公司", u"股份有限公司",
                                            u"有限责任公司",     u"有限公司",     u"股份公司",
                                            u"集团公司",         u"集团",         u"公司"};

constexpr qsizetype kMaxNameBeforeForm = 24;
constexpr qsizetype kMaxBareCompanyStem = 10; // before a bare 公司: a trade name and what it does
constexpr qsizetype kMaxSupplierName = 6;     // a foreign maker's name after its country

// The word lists of resources/data/extraction_rules.tsv: stems that describe rather than name, and describing
// words dropped from a trade name's end (what ends a name on its left is read in endsWithLeftStop).
const QStringList& genericStems()
{
    return ExtractionRules::shared()->words(u"company_generic_stem"_s);
}

const QStringList& descriptorWords()
{
    return ExtractionRules::shared()->words(u"company_descriptor"_s);
}

// Endings of non-companies: bodies, schools, institutes, associations.
bool isInstitution(const QString& name)
{
    static const QStringList endings{u"局"_s,   u"委"_s,     u"委员会"_s, u"政府"_s,   u"办公室"_s,
                                     u"大学"_s, u"学院"_s,   u"研究院"_s, u"研究所"_s, u"协会"_s,
                                     u"商会"_s, u"联合会"_s, u"实验室"_s, u"管委会"_s, u"中心"_s,
                                     u"学校"_s, u"医院"_s};
    return std::any_of(endings.cbegin(), endings.cend(), [&](const QString& e) { return name.endsWith(e); });
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return CharClass::isHan(u) || CharClass::isAsciiLetter(u) || CharClass::isAsciiDigit(u) || c == u'·' ||
           c == u'&';
}

QString normalizedBrackets(QString name)
{
    name.replace(u'(', u'（');
    name.replace(u')', u'）');
    return name;
}

bool endsWithLeftStop(QStringView text, qsizetype at, qsizetype* stopLength)
{
    static const ExtractionRules::Words& stops = ExtractionRules::shared()->kind(u"company_left_stop"_s);
    const QString stop = stops.endingAt(text, at);
    *stopLength = stop.size();
    return !stop.isEmpty();
}

struct Name {
    qsizetype start = 0;
    qsizetype end = 0;
    QString legal; // normalised legal name, or empty for a context-marked short name
};

// Legal names: walk left from an organisational form over name characters and bracketed places.
bool isBareCompanyName(const QString& stem)
{
    const ExtractionRules& rules = *ExtractionRules::shared();
    if (stem.size() < 2 || stem.size() > kMaxBareCompanyStem)
        return false;
    if (std::any_of(stem.cbegin(), stem.cend(), [](QChar c) { return !CharClass::isHan(c.unicode()); }))
        return false;
    if (!rules.wordEndingAt(u"company_bare_not_end"_s, stem, stem.size()).isEmpty())
        return false;
    for (qsizetype at = 0; at < stem.size(); ++at) {
        if (!rules.wordStartingAt(u"company_bare_not"_s, stem, at).isEmpty())
            return false;
    }
    // Describing words alone are no name (恒远管理公司 has a name, 投资管理 alone does not).
    QString rest = stem;
    for (bool stripped = true; stripped && !rest.isEmpty();) {
        stripped = false;
        for (const QString& word : descriptorWords()) {
            if (rest.endsWith(word)) {
                rest.chop(word.size());
                stripped = true;
                break;
            }
        }
    }
    return rest.size() >= 2;
}

QList<Name> legalNames(const QString& text, const QList<Entity>& regions)
{
    QList<Name> names;
    const qsizetype n = text.size();
    // The places by where they end (for "a stop that ends a place's name") and, sorted by start, the zones
    // and countries (for the address before a name): looked up, not scanned, per character.
    QHash<qsizetype, qsizetype> placeEndingAt; // end -> the earliest start of a place ending there
    QList<const Entity*> addresses;
    for (const Entity& r : regions) {
        const auto it = placeEndingAt.constFind(r.span.end);
        if (it == placeEndingAt.cend() || r.span.start < it.value())
            placeEndingAt.insert(r.span.end, r.span.start);
        if (r.place && (r.place->level == u"zone"_s || r.place->level == u"country"_s))
            addresses.append(&r);
    }
    std::stable_sort(addresses.begin(), addresses.end(),
                     [](const Entity* a, const Entity* b) { return a->span.start < b->span.start; });
    qsizetype lastEnd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) != u'有' && text.at(i) != u'股' && text.at(i) != u'集' && text.at(i) != u'公')
            continue;
        QStringView form;
        for (QStringView f : kForms) {
            if (QStringView(text).sliced(i).startsWith(f)) {
                form = f;
                break;
            }
        }
        if (form.isEmpty())
            continue;
        qsizetype end = i + form.size();
        // 集团 followed by more of a form was handled by the longer form; 集团 inside a name (…集团股份) too.
        qsizetype start = i;
        bool inBracket = false;
        while (start > lastEnd && i - start < kMaxNameBeforeForm) {
            const QChar c = text.at(start - 1);
            if (Brackets::isClose(c.unicode()) && !inBracket) {
                inBracket = true;
                --start;
                continue;
            }
            if (Brackets::isOpen(c.unicode()) && inBracket) {
                inBracket = false;
                --start;
                continue;
            }
            if (!isNameChar(c))
                break;
            qsizetype stopLength = 0;
            // A word right before the form is the name's own trade (宏远建设有限公司, not 建设 + 有限公司),
            // unless it is a single character (在集团). Nor is a stop before describing words only
            // (上海恒川企业管理有限公司: 企业 + 管理). Nor one that ends a place's name (成都 +
            // 东泰…有限公司).
            const auto ending = placeEndingAt.constFind(start);
            const bool inPlace = ending != placeEndingAt.cend() && ending.value() < start - 1;
            if (!inBracket && endsWithLeftStop(QStringView(text), start, &stopLength) &&
                (i - start >= 2 || stopLength == 1) &&
                !descriptorWords().contains(text.mid(start, i - start)) && !inPlace)
                break;
            --start;
        }
        if (inBracket) { // an unbalanced bracket: start after it
            while (start < i && !Brackets::isClose(text.at(start).unicode()))
                ++start;
            ++start;
        }
        // Leading zone names are the company's address, not its name: 咸宁高新区企业… is stopped above;
        // 嘉兴高新区浙江丰茂… starts after the zone.
        // A country before it says where the company is from (法国恒川集团, 日本恒川公司).
        for (auto it = std::lower_bound(addresses.cbegin(), addresses.cend(), start,
                                        [](const Entity*e, qsizetype at) { return e->span.start < at; });
             it != addresses.cend() && (*it)->span.start < i; ++it) {
            const Entity& r = **it;
            const bool zone = r.place->level == u"zone"_s;
            const bool country = r.place->level == u"country"_s && r.span.start == start;
            if ((zone || country) && r.span.start >= start && r.span.end <= i && r.span.end > start)
                start = r.span.end;
        }
        const QString stem = text.mid(start, i - start);
        // A bare 公司 is a name only after a trade name of its own: not after a word that describes the
        // company (子公司, 分公司, 合资公司, 该公司) or a verb (设立…公司, 采用国外公司).
        if (form == u"公司"_s && !isBareCompanyName(stem)) {
            i = end - 1;
            continue;
        }
        const QString bare = Brackets::withoutBracketed(stem);
        const bool genericEnding =
            std::any_of(genericStems().cbegin(), genericStems().cend(), [&](const QString& g) {
                return g.size() >= 2 && bare.endsWith(g) && !descriptorWords().contains(g);
            });
        if (bare.size() < 2 || genericStems().contains(bare) || genericEnding ||
            (form == u"集团" && bare.size() > 12)) {
            i = end - 1;
            continue;
        }
        const QString legal = normalizedBrackets(text.mid(start, end - start));
        if (isInstitution(legal)) {
            i = end - 1;
            continue;
        }
        // A group's company named right after it is one name (恒川集团宏远公司).
        if (form == u"公司"_s && !names.isEmpty() && names.back().end == start &&
            names.back().legal.endsWith(u"集团"_s)) {
            names.back().end = end;
            names.back().legal += legal;
        } else {
            names.append({start, end, legal});
        }
        lastEnd = end;
        i = end - 1;
    }
    return names;
}

// A match at one offset of the text, which is valid UTF-16 (Extractor::extract makes it so): checking the
// whole text again for every match would make these loops quadratic.
constexpr QRegularExpression::MatchOptions kAnchoredUnchecked =
    QRegularExpression::AnchorAtOffsetMatchOption | QRegularExpression::DontCheckSubjectStringMatchOption;

// Declared short names: （以下简称“德加能源”）, (以下简称"丰茂股份"), （简称：中联重科建起）.
QList<std::pair<QString, QString>> declaredAliases(const QString& text, const QList<Name>& legal)
{
    static const QRegularExpression declared(
        u"[（(]\\s*(?:以下)?(?:简称|下称)[：:]?\\s*[“\"「]?([^”\"」）)]{2,12})[”\"」]?\\s*[）)]"_s);
    QList<std::pair<QString, QString>> aliases;
    for (const Name& name : legal) {
        const auto m = declared.match(text, name.end, QRegularExpression::NormalMatch, kAnchoredUnchecked);
        if (m.hasMatch())
            aliases.append({m.captured(1), name.legal});
    }
    return aliases;
}

// The first item of a list often carries the words before it: 集聚了御风未来, 吸引宝武, 接待北京城建.
QString withoutLeadIn(QString item)
{
    static const QStringList verbs{u"集聚了"_s, u"聚集了"_s, u"吸引了"_s, u"引进了"_s, u"包括"_s, u"吸引"_s,
                                   u"引进"_s,   u"接待"_s,   u"集聚"_s,   u"聚集"_s,   u"拥有"_s, u"涵盖"_s,
                                   u"入职"_s,   u"对接"_s,   u"拜访"_s,   u"聚焦"_s,   u"围绕"_s, u"培育"_s,
                                   u"打造"_s,   u"发展"_s,   u"引育"_s,   u"以"_s,     u"如"_s,   u"在"_s,
                                   u"有"_s,     u"的"_s,     u"了"_s,     u"与"_s,     u"和"_s,   u"及"_s,
                                   u"是"_s,     u"对"_s,     u"由"_s,     u"从"_s};
    for (const QString& verb : verbs) {
        const qsizetype at = item.lastIndexOf(verb);
        if (at >= 0 && item.size() - (at + verb.size()) >= 2)
            return item.mid(at + verb.size());
    }
    // Or any word that ends a name on its left (并携手恒川科技).
    static const ExtractionRules::Words& stops = ExtractionRules::shared()->kind(u"company_left_stop"_s);
    for (qsizetype at = item.size() - 2; at > 0; --at) {
        if (!stops.endingAt(item, at).isEmpty())
            return item.mid(at);
    }
    return item;
}

// The matches a global match of `pattern` would give, when every match starts at one of `starts`
// (ascending): each is tried anchored there, unless an earlier match already covers it. A pattern whose
// start the JIT cannot find cheaply costs a few candidate positions instead of every character.
QList<QRegularExpressionMatch> matchesFrom(const QString& text, const QRegularExpression& pattern,
                                           const QList<qsizetype>& starts)
{
    QList<QRegularExpressionMatch> found;
    qsizetype covered = 0;
    for (qsizetype at : starts) {
        if (at < covered)
            continue;
        QRegularExpressionMatch m =
            pattern.match(text, at, QRegularExpression::NormalMatch, kAnchoredUnchecked);
        if (m.hasMatch()) {
            covered = std::max(m.capturedEnd(0), at + 1);
            found.append(std::move(m));
        }
    }
    return found;
}

// Where each of the words occurs, in order of position.
QList<qsizetype> positionsOf(const QString& text, const QStringList& words)
{
    QList<qsizetype> all;
    for (const QList<qsizetype>& one : TextSearch::occurrences(text, words))
        all.append(one);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

// Names the context marks: list items before 等企业, X是一家, X董事长, 以X为龙头.
QList<QString> contextNames(const QString& text)
{
    QList<QString> found;
    // Enumerations of companies: "A、B、C等(头部)企业", "A、B以及…等…龙头企业", "A、B、C5个…项目". The clause
    // before 等 (or before the count) is split at 、/和/及/以及; its first item loses the words that lead
    // into it.
    // The nouns a list of companies ends in (企业, 公司, 生产商…) are rules (company_list_noun).
    static const QRegularExpression listEnd(
        u"等(?:(?![的于])[\\x{4E00}-\\x{9FFF}“”\"0-9+]){0,12}?(?:"_s +
        ExtractionRules::shared()->words(u"company_list_noun"_s).join(u'|') +
        u")|(?<=[\\x{4E00}-\\x{9FFF}])(?:\\d+|[两三四五六七八九十])个[\\x{4E00}-\\x{9FFF}]{0,6}项目"_s);
    static const QRegularExpression separators(u"、|以及"_s);
    for (auto it = listEnd.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        qsizetype clauseStart = m.capturedStart();
        while (clauseStart > 0 &&
               !QStringView(u"，。；：！？,;:!?\n（(“\"").contains(text.at(clauseStart - 1)))
            --clauseStart;
        QString clause = text.mid(clauseStart, m.capturedStart() - clauseStart);
        if (clause.endsWith(u'等'))
            clause.chop(1); // "A、B等2个项目"
        // "名泉、温泉和乡村生态4个类别15个项目": a count inside the clause counts kinds, not companies.
        static const QRegularExpression innerCount(u"(?:\\d+|[两三四五六七八九十])个"_s);
        if (clause.contains(innerCount))
            continue;
        QStringList items = clause.split(separators, Qt::SkipEmptyParts);
        if (items.isEmpty())
            continue;
        // A single item needs a word that introduces examples: 以讯飞幻境等…企业, 如X等企业.
        if (items.size() == 1) {
            static const QRegularExpression example(
                u"(?:以|如|像|包括|引进|吸引)([\\x{4E00}-\\x{9FFF}A-Za-z]{2,8})$"_s);
            const auto e = example.match(items.front());
            if (!e.hasMatch())
                continue;
            items.front() = e.captured(1);
        } else {
            items.front() = withoutLeadIn(items.front());
        }
        const ExtractionRules& rules = *ExtractionRules::shared();
        for (QString item : items) {
            // Part of a bracket ("恒川(南岭)三期" cut at its bracket) is no name.
            if (std::any_of(item.cbegin(), item.cend(),
                            [](QChar c) { return QStringView(u"()（）").contains(c); }))
                continue;
            // "建设滑雪训练基地": a verb that leads into an item is no part of a name.
            const QString verb = rules.wordStartingAt(u"build_verb"_s, item, 0);
            if (!verb.isEmpty())
                item.remove(0, verb.size());
            // "比亚迪功率半导体": a company and what it makes; keep the company.
            const QList<Entity> industries = IndustryTaxonomy::shared()->extract(item);
            if (item.size() > 6 && !industries.isEmpty() && industries.front().span.start >= 2 &&
                industries.front().span.start <= 4)
                item.truncate(industries.front().span.start);
            // "四季康养综合体" -> 四季: an everyday word is no company.
            // "滑雪训练基地": a facility is no company either.
            if (item.size() >= 2 && item.size() <= 8 && !rules.words(u"trade_name_not"_s).contains(item) &&
                rules.wordEndingAt(u"head"_s, item, item.size()).isEmpty())
                found.append(item);
        }
    }
    // "恒川科技是一家…", "恒川科技董事长…": a name that ends in what it does, at the start of its clause,
    // followed by a word that describes a company. Tried only from the start of a clause that holds one of
    // those words.
    static const QStringList describing{u"是一家"_s,     u"董事长"_s, u"首席执行官"_s, u"总经理"_s,
                                        u"CEO"_s,        u"负责人"_s, u"法人代表"_s,   u"成功落户"_s,
                                        u"项目负责人"_s, u"经过"_s,   u"连续"_s,       u"选择"_s,
                                        u"落户"_s,       u"布局"_s,   u"扎根"_s,       u"入驻"_s};
    static const QStringList trades{u"科技"_s, u"集团"_s, u"股份"_s,     u"汽车"_s,   u"能源"_s, u"医疗"_s,
                                    u"生物"_s, u"电子"_s, u"智能装备"_s, u"新材料"_s, u"制药"_s, u"光电"_s,
                                    u"精密"_s, u"航空"_s, u"动力"_s,     u"环保"_s,   u"材料"_s, u"装备"_s,
                                    u"信息"_s, u"重工"_s, u"重科"_s,     u"电气"_s,   u"机械"_s, u"半导体"_s};
    static const QRegularExpression described(
        u"(?:^|[，。；：、“”,;:\\s])([\\x{4E00}-\\x{9FFF}\\x{3400}-\\x{4DBF}A-Za-z]{2,10}?(?:"_s +
        trades.join(u'|') + u"))(?:"_s + describing.join(u'|') + u")"_s);
    const auto clauseStart = [&](qsizetype at) {
        static constexpr QStringView marks = u"，。；：、“”,;:";
        while (at > 0) {
            const QChar c = text.at(at - 1);
            // White space as \s reads it without Unicode properties: ASCII only.
            if (marks.contains(c) || c == u' ' || (c >= u'\t' && c <= u'\r'))
                return at - 1;
            --at;
        }
        return qsizetype(0);
    };
    // Only where a trade word stands right before the describing word can the pattern match.
    QList<qsizetype> clauseStarts;
    for (qsizetype at : positionsOf(text, describing)) {
        const QStringView before = QStringView(text).first(at);
        if (std::any_of(trades.cbegin(), trades.cend(), [&](const QString& t) { return before.endsWith(t); }))
            clauseStarts.append(clauseStart(at));
    }
    clauseStarts.erase(std::unique(clauseStarts.begin(), clauseStarts.end()), clauseStarts.end());
    // The words that lead into the name are not part of it (并携手恒川科技).
    for (const QRegularExpressionMatch& m : matchesFrom(text, described, clauseStarts)) {
        QString name = m.captured(1);
        static const ExtractionRules::Words& stops = ExtractionRules::shared()->kind(u"company_left_stop"_s);
        for (qsizetype at = name.size() - 2; at > 0; --at) {
            if (!stops.endingAt(name, at).isEmpty()) {
                name = name.mid(at);
                break;
            }
        }
        found.append(name);
    }
    // "行业巨头南玻玻璃在…", "轴承行业巨头斯凯孚连续三期投资": a leader of its trade, named.
    static const QRegularExpression leader(
        u"巨头([\\x{4E00}-\\x{9FFF}A-Za-z]{2,6}?)(?=在|连续|经过|已|凭借|也|正在)"_s);
    for (auto it = leader.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    // "某县人民政府与恒川电力签约的…项目": the partner a government or a zone signs with.
    static const QStringList signers{u"政府"_s,   u"管委会"_s, u"开发区"_s,
                                     u"高新区"_s, u"经开区"_s, u"园区"_s};
    static const QRegularExpression partner(
        u"(?:"_s + signers.join(u'|') +
        u")(?:与|同|和)([\\x{4E00}-\\x{9FFF}A-Za-z]{2,8}?)(?:签约|签订|签署|合作)"_s);
    // Only a signer followed by 与, 同 or 和 can start a match.
    QList<qsizetype> signerStarts;
    const QList<QList<qsizetype>> signed_ = TextSearch::occurrences(text, signers);
    for (int k = 0; k < signers.size(); ++k) {
        for (qsizetype at : signed_[k]) {
            const qsizetype end = at + signers[k].size();
            if (end < text.size() && QStringView(u"与同和").contains(text.at(end)))
                signerStarts.append(at);
        }
    }
    std::sort(signerStarts.begin(), signerStarts.end());
    signerStarts.erase(std::unique(signerStarts.begin(), signerStarts.end()), signerStarts.end());
    for (const QRegularExpressionMatch& m : matchesFrom(text, partner, signerStarts)) {
        const QString name = m.captured(1);
        static const QStringView places = u"省市区县镇乡村";
        if (!places.contains(name.back()) &&
            !ExtractionRules::shared()->words(u"trade_name_not"_s).contains(name))
            found.append(name);
    }
    static const QRegularExpression leading(
        u"以([\\x{4E00}-\\x{9FFF}\\x{3400}-\\x{4DBF}A-Za-z]{2,8})为(?:龙头|链主|核心)"_s);
    for (auto it = leading.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

// Foreign makers named with the country their goods come from, after the verb that puts them to use:
// 采用德国恒川提供的设备, 引进日本宏远产品 (rules supplier_verb, supplier_end, supplier_not).
QList<QString> supplierNames(const QString& text, const QList<Entity>& regions)
{
    const ExtractionRules& rules = *ExtractionRules::shared();
    static const ExtractionRules::Words& verbs = rules.kind(u"supplier_verb"_s);
    static const ExtractionRules::Words& ends = rules.kind(u"supplier_end"_s);
    static const ExtractionRules::Words& nots = rules.kind(u"supplier_not"_s);
    QList<QString> found;
    for (const Entity& r : regions) {
        if (!r.place || r.place->level != u"country"_s || verbs.endingAt(text, r.span.start).isEmpty())
            continue;
        // The shortest run of name characters that a supplier_end word or mark closes.
        for (qsizetype length = 1; length <= kMaxSupplierName && r.span.end + length <= text.size();
             ++length) {
            const qsizetype end = r.span.end + length;
            if (!isNameChar(text.at(end - 1)))
                break;
            if (length < 2 || (end < text.size() && ends.startingAt(text, end).isEmpty()))
                continue;
            const QString name = text.mid(r.span.end, length);
            if (nots.startingAt(name, 0).isEmpty())
                found.append(name);
            break;
        }
    }
    return found;
}

} // namespace

QStringList CompanyExtractor::shortFormsOf(const QString& legalName)
{
    QString stem = legalName;
    for (QStringView form : kForms) {
        if (stem.endsWith(form)) {
            stem.chop(form.size());
            break;
        }
    }
    stem = Brackets::withoutBracketed(stem);
    // A leading province or city name (浙江铂淳…, 苏州德加…): two characters followed by more name.
    static const QRegularExpression place(u"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
                                          u"安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
                                          u"云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|"
                                          u"深圳|广州|苏州|杭州|宁波|嘉兴|绍兴|南京|武汉|成都|西安|"
                                          u"无锡|常州|厦门|青岛|大连|合肥|长沙|郑州|济南)(?:市|省)?"_s);
    QStringList forms;
    const QString unplaced = QString(stem).remove(place);
    if (unplaced.size() >= 2)
        stem = unplaced;
    if (stem.size() >= 2 && stem != legalName)
        forms.append(stem);
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& word : descriptorWords()) {
            if (stem.size() - word.size() >= 2 && stem.endsWith(word)) {
                stem.chop(word.size());
                forms.append(stem);
                stripped = true;
                break;
            }
        }
    }
    forms.removeDuplicates();
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return forms;
}

QList<Entity> CompanyExtractor::extract(const QString& text, const QList<Entity>& regions)
{
    const QList<Name> legal = legalNames(text, regions);

    // Every name the text may use, mapped to the legal name it stands for (or to itself).
    // Names that are really places or industries (数字经济、新能源等企业; 钢铁 left of 浙江钢铁集团) are not
    // companies.
    QSet<QString> placeNames;
    for (const Entity& r : regions)
        placeNames.insert(r.text);
    const auto isPlaceOrIndustry = [&](const QString& name) {
        if (placeNames.contains(name))
            return true;

        const QList<Entity> industries = IndustryTaxonomy::shared()->extract(name);
        return !industries.isEmpty() && industries.front().span.start == 0 &&
               industries.front().span.end == name.size();
    };
    QHash<QString, QString> known;
    for (const Name& n : legal) {
        known.insert(text.mid(n.start, n.end - n.start), n.legal);
        for (const QString& s : shortFormsOf(n.legal)) {
            if (!known.contains(s) && !genericStems().contains(s) && !isPlaceOrIndustry(s))
                known.insert(s, n.legal);
        }
    }
    for (const auto& [alias, legalName] : declaredAliases(text, legal))
        known.insert(alias, legalName);
    for (const QString& name : contextNames(text) + supplierNames(text, regions)) {
        if (!known.contains(name) && !genericStems().contains(name) && !isInstitution(name) &&
            !isPlaceOrIndustry(name))
            known.insert(name, name);
    }
    QSet<QString> derivedShort;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (it.key().size() == 2 && it.key() != it.value())
            derivedShort.insert(it.key());
    }

    // All mentions, longest name first at each position.
    QStringList names = known.keys();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QList<Entity> found;
    SpanIndex taken;
    for (const Name& n : legal)
        taken.insert({n.start, n.end});
    for (const Name& n : legal) {
        Entity e;
        e.type = EntityType::Company;
        e.span = {n.start, n.end};
        e.text = text.mid(n.start, n.end - n.start);
        e.normalized = n.legal;
        found.append(e);
    }
    const auto overlaps = [&](qsizetype s, qsizetype e) { return taken.overlaps({s, e}); };
    const QList<QList<qsizetype>> mentions = TextSearch::occurrences(text, names);
    for (int k = 0; k < names.size(); ++k) {
        const QString& name = names[k];
        if (name.size() < 2)
            continue;
        for (qsizetype at : mentions[k]) {
            const qsizetype end = at + name.size();
            if (overlaps(at, end))
                continue;
            // A two-character short form inside a longer word is not the company (先导 in 先导区).
            if (derivedShort.contains(name) && end < text.size() &&
                QStringView(u"区园型性者地级").contains(text.at(end)))
                continue;
            Entity e;
            e.type = EntityType::Company;
            e.span = {at, end};
            e.text = name;
            e.normalized = known.value(name);
            found.append(e);
            taken.insert(e.span);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
    return found;
}
