#include "projectextractor.h"

#include "chinesenumber.h"
#include "companyextractor.h"
#include "clean/cleantext.h"
#include "industrytaxonomy.h"
#include "text/charclass.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0; // past the closing mark
    int paragraph = -1;
};

QList<Sentence> sentencesOf(const QString& text, const CleanText& clean)
{
    QList<Sentence> out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n || QStringView(u"。！？!?；;\n").contains(text.at(i));
        if (!end)
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

struct Status {
    QStringView word;
    QStringView status;
};

// Longest first where one contains another.
constexpr std::array kStatusWords{
    Status{u"上线投产", u"operating"}, Status{u"投入运营", u"operating"}, Status{u"试投产", u"operating"},
    Status{u"投产", u"operating"},     Status{u"竣工", u"operating"},     Status{u"开工建设", u"started"},
    Status{u"开工", u"started"},       Status{u"奠基", u"started"},       Status{u"动工", u"started"},
    Status{u"开建", u"started"},       Status{u"签约", u"signed"},        Status{u"签署", u"signed"},
    Status{u"签订", u"signed"},        Status{u"落户", u"landed"},        Status{u"落地", u"landed"},
    Status{u"入驻", u"landed"},        Status{u"引进", u"landed"},        Status{u"招引", u"landed"},
    Status{u"洽谈", u"negotiating"},   Status{u"商谈", u"negotiating"},   Status{u"磋商", u"negotiating"},
    Status{u"在谈", u"negotiating"},   Status{u"计划", u"planned"},       Status{u"计画", u"planned"},
    Status{u"拟", u"planned"},         Status{u"规划", u"planned"},       Status{u"将在", u"planned"},
    Status{u"将建设", u"planned"},     Status{u"决定", u"planned"},
};

// What may stand before a project's name in a sentence but is not part of it.
const QStringList& nameStops()
{
    static const QStringList stops = [] {
        QStringList s{
            u"开工建设了"_s, u"开工建设"_s, u"成功签约"_s, u"新签约"_s, u"签约"_s, u"引进"_s, u"建设了"_s,
            u"推进"_s,       u"招引"_s,     u"洽谈"_s,     u"落户"_s,   u"包括"_s, u"对接"_s, u"投资的"_s,
            u"上马"_s,       u"签订"_s,     u"涉及"_s,     u"以及"_s,   u"一批"_s, u"本次"_s, u"此次"_s,
            u"今年"_s,       u"目前"_s,     u"当前"_s,     u"的"_s,     u"了"_s,   u"是"_s,   u"在"_s,
            u"将"_s,         u"对"_s,       u"为"_s,       u"由"_s,     u"与"_s,   u"等"_s,   u"该"_s,
            u"此"_s,         u"这"_s,       u"其"_s,       u"把"_s,     u"从"_s,   u"以"_s,   u"投资建设"_s,
            u"个"_s,         u"如"_s,       u"推动"_s,     u"护航"_s,   u"保障"_s, u"助推"_s, u"促进"_s,
            u"完善"_s,       u"获取"_s,     u"做到"_s,     u"借鉴"_s,   u"符合"_s, u"撬动"_s, u"吸引"_s,
            u"提供"_s,       u"成立"_s,     u"拜访"_s,     u"接待"_s,   u"考察"_s, u"落实"_s, u"围绕"_s,
            u"聚焦"_s,       u"入驻"_s,     u"投产"_s,     u"开工"_s,   u"落地"_s, u"签署"_s, u"支持"_s,
            u"服务"_s,       u"储备"_s,     u"谋划"_s};
        for (const Status& w : kStatusWords)
            s.append(w.word.toString());
        s.removeAll(u"计划"_s); // 计划总投资 belongs to the sentence, but "计划" may start a name rarely:
                                // keep it a stop
        s.append(u"计划"_s);
        s.removeDuplicates();
        std::stable_sort(s.begin(), s.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return s;
    }();
    return stops;
}

// Words that describe any project; a name made only of them names none (优质项目, 重大产业项目, 招商项目).
const QStringList& genericWords()
{
    static const QStringList words = [] {
        QStringList w{u"高质量"_s,   u"亿元以上"_s, u"百亿级"_s, u"十亿级"_s, u"千亿级"_s,   u"省市县长"_s,
                      u"高新技术"_s, u"重大"_s,     u"重点"_s,   u"优质"_s,   u"优秀"_s,     u"产业"_s,
                      u"招商"_s,     u"科创"_s,     u"科技"_s,   u"人才"_s,   u"签约"_s,     u"在手"_s,
                      u"在谈"_s,     u"龙头"_s,     u"链主"_s,   u"外资"_s,   u"内资"_s,     u"合作"_s,
                      u"建设"_s,     u"大"_s,       u"好"_s,     u"新"_s,     u"该"_s,       u"此"_s,
                      u"各类"_s,     u"这些"_s,     u"相关"_s,   u"集中"_s,   u"投资"_s,     u"头部"_s,
                      u"引进"_s,     u"外出"_s,     u"实体"_s,   u"制造业"_s, u"工业"_s,     u"服务业"_s,
                      u"二期"_s,     u"一期"_s,     u"路演"_s,   u"招引"_s,   u"重大产业"_s, u"大项"_s};
        std::stable_sort(w.begin(), w.end(),
                         [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

bool isGenericName(QString core)
{
    for (const QString& w : genericWords())
        core.remove(w);
    static const QRegularExpression countOrNoise(u"[\\d个·、（）()]"_s);
    core.remove(countOrNoise);
    return core.size() < 2;
}

// A project's name says what it makes or builds: an industry word, a capacity, a company, or a facility.
bool hasContent(const QString& core, bool companyInside)
{
    if (companyInside || core.contains(u"年产"_s))
        return true;
    static const QStringList facilities{u"总部"_s,     u"基地"_s,     u"工厂"_s,     u"生产线"_s,
                                        u"研发中心"_s, u"技术中心"_s, u"智造中心"_s, u"数据中心"_s,
                                        u"产业园"_s,   u"厂房"_s,     u"综合体"_s,   u"产业化"_s};
    if (std::any_of(facilities.cbegin(), facilities.cend(),
                    [&](const QString& f) { return core.contains(f); }))
        return true;
    return !IndustryTaxonomy::shared()->extract(core).isEmpty();
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return CharClass::isHan(u) || CharClass::isAsciiLetter(u) || CharClass::isAsciiDigit(u) || c == u'、' ||
           c == u'·' || c == u'+' || c == u'-' || c == u'.' || c == u'（' || c == u'）' || c == u'(' ||
           c == u')';
}

// A project's name ending at `end` (just past 项目/中心/基地): walk left over name characters.
qsizetype nameStart(const QString& text, qsizetype sentenceStart, qsizetype suffixStart)
{
    qsizetype start = suffixStart;
    while (start > sentenceStart && suffixStart - start < 36 && isNameChar(text.at(start - 1))) {
        bool stop = false;
        for (const QString& s : nameStops()) {
            if (start - s.size() >= sentenceStart &&
                QStringView(text).sliced(start - s.size(), s.size()) == s) {
                stop = true;
                break;
            }
        }
        if (stop)
            break;
        --start;
    }
    // Drop an unbalanced bracket or a leading separator.
    while (start < suffixStart && QStringView(u"、)）").contains(text.at(start)))
        ++start;
    return start;
}

struct Found {
    Project project;
    bool fromBody = true; // reported in running text rather than a headline
    int sentence = -1;
    qsizetype nameStart = 0;
    qsizetype nameEnd = 0;
};

// The trade name in a company's legal name, to tell whether a project's name mentions the company.
QString CompanyExtractorShort(const QString& company)
{
    const QStringList forms = CompanyExtractor::shortFormsOf(company);
    return forms.isEmpty() ? company : forms.back();
}

// A name that starts (after a place) with a short trade name followed by an industry, a place or a facility:
// 比亚迪新能源动力电池项目 -> 比亚迪, 德国克力宝胶粘剂项目 -> 克力宝, 艾本德中国技术中心 -> 艾本德.
QString tradeNameAtHead(const QString& text, qsizetype start, qsizetype end, const QList<Entity>& entities)
{
    for (const Entity& e : entities) {
        if (e.type == EntityType::Region && e.span.start == start && e.span.end < end)
            start = e.span.end;
    }
    static const QStringList adjectives{u"新建"_s, u"创新"_s, u"高端"_s, u"智能"_s, u"新型"_s,
                                        u"先进"_s, u"现代"_s, u"上市"_s, u"重大"_s, u"重点"_s,
                                        u"优质"_s, u"高新"_s, u"国家"_s, u"省级"_s};
    const QList<Entity> industries = IndustryTaxonomy::shared()->extract(text.mid(start, end - start));
    static const QStringList facilities{u"中国"_s, u"总部"_s, u"生产基地"_s, u"研发"_s, u"钢结构"_s};
    qsizetype headEnd = -1;
    if (!industries.isEmpty())
        headEnd = start + industries.front().span.start;
    for (const Entity& e : entities) {
        if (e.type == EntityType::Region && e.span.start > start && e.span.start < end &&
            (headEnd < 0 || e.span.start < headEnd))
            headEnd = e.span.start;
    }
    for (const QString& f : facilities) {
        const qsizetype at = text.indexOf(f, start);
        if (at > start && at < end && (headEnd < 0 || at < headEnd))
            headEnd = at;
    }
    const qsizetype length = headEnd - start;
    if (length < 2 || length > 4)
        return {};
    const QString head = text.mid(start, length);
    if (std::any_of(head.begin(), head.end(), [](QChar c) { return !CharClass::isHan(c.unicode()); }))
        return {};
    if (std::any_of(adjectives.cbegin(), adjectives.cend(),
                    [&](const QString& a) { return head.startsWith(a); }))
        return {};
    return head;
}

bool isInvestment(const Entity& e)
{
    return e.type == EntityType::Money && e.role == u"investment"_s && e.money;
}

// A threshold, not an amount: 50亿元以上项目, 亿元以上产业项目.
bool isThreshold(const QString& text, const Entity& e)
{
    const QStringView after = QStringView(text).sliced(e.span.end).left(6);
    return e.money && e.money->qualifier == Qualifier::Over &&
           (after.startsWith(u"项目") || after.startsWith(u"产业项目") || after.startsWith(u"的项目") ||
            after.startsWith(u"重大项目"));
}

QString placeName(const Place& p)
{
    if (!p.zone.isEmpty())
        return p.zone;
    if (!p.town.isEmpty())
        return p.town;
    if (!p.county.isEmpty())
        return p.county;
    if (!p.city.isEmpty())
        return p.city;
    return p.province;
}

int placeRank(const Place& p)
{
    if (p.level == u"zone"_s)
        return 5;
    if (p.level == u"town"_s)
        return 4;
    if (p.level == u"county"_s)
        return 3;
    if (p.level == u"city"_s)
        return 2;
    if (p.level == u"province"_s)
        return 1;
    return 0;
}

void setPlace(Project& project, const Entity& region)
{
    const Place& p = *region.place;
    project.region = placeName(p);
    project.city = p.city;
    project.province = p.province;
    project.county = p.county;
    project.zone = p.zone;
    project.regionCode = region.regionCode;
}

} // namespace

QString ProjectExtractor::keyOf(const Project& project)
{
    QString key = project.name;
    static const QRegularExpression noise(u"[（(][^）)]*[）)]|签约仪式|签约|项目|[、·\\s]"_s);
    key.remove(noise);
    if (key.size() >= 4)
        return key;
    if (!project.company.isEmpty() && project.investment)
        return project.company + u'|' + QString::number(project.investment->amount, 'f', 0);
    return project.company + u'|' + key;
}

void ProjectExtractor::extract(const QString& text, const CleanText& clean, Annotations& annotations)
{
    const QList<Entity>& entities = annotations.entities;
    const QList<Sentence> sentences = sentencesOf(text, clean);
    const auto entitiesIn = [&](qsizetype start, qsizetype end, EntityType type) {
        QList<const Entity*> out;
        for (const Entity& e : entities) {
            if (e.type == type && e.span.start >= start && e.span.end <= end)
                out.append(&e);
        }
        return out;
    };

    // The article's main place: its most mentioned zone, else county, else city (Chinese places only).
    const Entity* mainPlace = nullptr;
    {
        QHash<QString, int> mentions;
        QHash<QString, const Entity*> example;
        for (const Entity& e : entities) {
            if (e.type != EntityType::Region || !e.place || e.place->country != u"CN"_s ||
                placeRank(*e.place) < 2)
                continue;
            const QString key = e.place->level + u'|' + placeName(*e.place);
            ++mentions[key];
            example.insert(key, &e);
        }
        for (const QString& level : {u"zone"_s, u"county"_s, u"city"_s}) {
            int best = 0;
            for (auto it = mentions.cbegin(); it != mentions.cend(); ++it) {
                if (it.key().startsWith(level + u'|') && it.value() > best &&
                    it.value() >= (level == u"zone"_s ? 3 : 2)) {
                    best = it.value();
                    mainPlace = example.value(it.key());
                }
            }
            if (mainPlace)
                break;
        }
    }

    QSet<const Entity*> usedMoney;

    // Aggregates: a count of projects and their total investment in one sentence.
    static const QRegularExpression count(u"(\\d+|[一二两三四五六七八九十]+)个"_s);
    for (const Sentence& s : sentences) {
        const QString sentence = text.mid(s.start, s.end - s.start);
        if (!sentence.contains(u"项目"_s))
            continue;
        const auto m = count.match(sentence);
        if (!m.hasMatch())
            continue;
        for (const Entity* money : entitiesIn(s.start, s.end, EntityType::Money)) {
            if (!isInvestment(*money) || isThreshold(text, *money) || usedMoney.contains(money))
                continue;
            Aggregate a;
            a.span = {s.start, s.end};
            a.text = clean.text.mid(s.start, s.end - s.start);
            bool ok = false;
            const int n = m.captured(1).toInt(&ok);
            a.count = ok ? n : static_cast<int>(ChineseNumber::parseNumerals(m.captured(1)).value_or(0));
            a.investment = money->money;
            const QList<const Entity*> regions = entitiesIn(s.start, s.end, EntityType::Region);
            const Entity* where = nullptr;
            for (const Entity* r : regions) {
                if (r->place && r->place->country == u"CN"_s &&
                    (!where || placeRank(*r->place) > placeRank(*where->place)))
                    where = r;
            }
            if (!where)
                where = mainPlace;
            if (where)
                a.region = placeName(*where->place);
            annotations.aggregates.append(a);
            usedMoney.insert(money);
            break;
        }
    }

    // Project names in each sentence.
    QList<Found> found;
    for (int si = 0; si < sentences.size(); ++si) {
        const Sentence& s = sentences[si];
        QList<std::pair<qsizetype, qsizetype>> names; // [start, end) in text
        if (s.paragraph >= 0 && clean.paragraphs[s.paragraph].kind == Paragraph::Kind::Caption)
            continue;
        for (qsizetype at = text.indexOf(u"项目"_s, s.start); at >= 0 && at < s.end;
             at = text.indexOf(u"项目"_s, at + 2)) {
            const qsizetype start = nameStart(text, s.start, at);
            const QString core = text.mid(start, at - start);
            if (core.size() < 3 || core.endsWith(u'、') || isGenericName(core))
                continue;
            if (core.count(u'(') + core.count(u'（') != core.count(u')') + core.count(u'）'))
                continue;
            // "…项目方法和做法", "…项目专班": the name qualifies another noun; no report of the project.
            static const QRegularExpression modifierAfter(
                u"^(?:方法|做法|经验|模式|机制|专班|经理|负责人|人员|团队|资料|信息|库)"_s);
            if (modifierAfter.match(QStringView(text).sliced(at + 2).left(4)).hasMatch())
                continue;
            // "…项目7个", "…项目近40个": a count of projects, not one.
            static const QRegularExpression countAfter(u"^(?:近|约|超|逾|共)?\\d+个"_s);
            if (countAfter.match(QStringView(text).sliced(at + 2).left(8)).hasMatch())
                continue;
            const bool companyInside = std::any_of(entities.cbegin(), entities.cend(), [&](const Entity& e) {
                return e.type == EntityType::Company && e.span.start >= start && e.span.end <= at;
            });
            if (!hasContent(core, companyInside))
                continue;
            names.append({start, at + 2});
        }
        // "总投资额5亿元、占地104亩的华创钢结构装配式智造中心": a named centre or base after its investment.
        static const QRegularExpression afterInvestment(
            u"(?:总投资|投资)[^，。；]{0,20}?的([\\x{4E00}-\\x{9FFF}A-Za-z0-9]{4,24}?(?:中心|基地|工厂|总部|产业园))"_s);
        const QString sentence = text.mid(s.start, s.end - s.start);
        for (auto it = afterInvestment.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).contains(u"项目"_s))
                names.append({s.start + m.capturedStart(1), s.start + m.capturedEnd(1)});
        }
        // "建设数字经济新零售产业基地": a facility to be built, named without 项目.
        static const QRegularExpression facility(
            u"(?:投资建设|新建|建设|兴建)([\\x{4E00}-\\x{9FFF}A-Za-z0-9]{2,20}?(?:生产基地|研发基地|产业基地|基地|总部|工厂|生产线|产业园|厂))"_s);
        for (auto it = facility.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            const QString core = m.captured(1);
            if (core.contains(u"项目"_s) || !hasContent(core, false) || isGenericName(core))
                continue;
            const qsizetype start = s.start + m.capturedStart(1);
            const bool inside = std::any_of(names.cbegin(), names.cend(), [&](const auto& n) {
                return start >= n.first && start < n.second;
            });
            if (!inside)
                names.append({start, s.start + m.capturedEnd(1)});
        }
        // A company, a status and an amount but no named project
        // (尼得科机床（浙江）有限公司的开工奠基，该项目总投资…).
        if (names.isEmpty() && sentence.contains(u"项目"_s)) {
            const QList<const Entity*> companies = entitiesIn(s.start, s.end, EntityType::Company);
            const auto hasStatus = [&] {
                return std::any_of(kStatusWords.cbegin(), kStatusWords.cend(),
                                   [&](const Status& w) { return sentence.contains(w.word); });
            };
            const auto hasInvestment = [&] {
                return std::any_of(entities.cbegin(), entities.cend(), [&](const Entity& e) {
                    return isInvestment(e) && e.span.start >= s.start && e.span.end <= s.end &&
                           !usedMoney.contains(&e) && !isThreshold(text, e);
                });
            };
            if (!companies.isEmpty() && hasInvestment() && hasStatus()) {
                Found f;
                f.sentence = si;
                f.nameStart = companies.front()->span.start;
                f.nameEnd = companies.front()->span.end;
                QString base = companies.front()->normalized;
                static const QRegularExpression form(
                    u"[（(][^）)]*[）)]|(?:集团)?(?:股份)?有限(?:责任)?公司$"_s);
                base.remove(form);
                f.project.name = base + u"项目"_s;
                found.append(f);
            }
        }
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (const auto& [start, end] : names) {
            // "洽谈其中国区总部和生产基地项目": 其 refers to the project just named; it is the same
            // undertaking.
            if (start > s.start && text.at(start - 1) == u'其' && !found.isEmpty() &&
                found.back().sentence == si)
                continue;
            Found f;
            f.sentence = si;
            f.nameStart = start;
            f.nameEnd = end;
            f.project.name = clean.text.mid(start, end - start);
            found.append(f);
        }
    }

    // Fill each project from its sentence (and the next ones of the paragraph for the amount).
    QList<Found> projects;
    for (int k = 0; k < found.size(); ++k) {
        Found& f = found[k];
        const Sentence& s = sentences[f.sentence];
        Project& p = f.project;
        const QString sentence = text.mid(s.start, s.end - s.start);

        // Status: the status word nearest to the name; "planned" words only when nothing happened yet;
        // failing the sentence, what its paragraph says happened (集中签约大会上…共签约项目7个).
        const auto statusIn = [&](qsizetype from, qsizetype to) {
            // 预计6月份投入运营, 将于年底投产: an event still to come only says the project is planned.
            static const QRegularExpression expected(
                u"(?:预计|将|拟|计划|计画|争取|力争|即将|有望)[^，。；]{0,6}$"_s);
            QString best;
            qsizetype bestDistance = 1 << 20;
            const QString range = text.mid(from, to - from);
            for (bool plannedPass : {false, true}) {
                for (const Status& w : kStatusWords) {
                    for (qsizetype at = range.indexOf(w.word); at >= 0;
                         at = range.indexOf(w.word, at + w.word.size())) {
                        const qsizetype abs = from + at;
                        if (abs >= f.nameStart && abs < f.nameEnd)
                            continue;
                        // 洽谈…项目落户曹桥事宜: the matter of landing is still being talked about.
                        if (QStringView(text).sliced(abs + w.word.size()).left(6).contains(u"事宜"))
                            continue;
                        const bool toCome =
                            w.status == u"planned" ||
                            expected.match(text.mid(qMax(from, abs - 8), abs - qMax(from, abs - 8)))
                                .hasMatch();
                        if (toCome != plannedPass)
                            continue;
                        const qsizetype distance =
                            abs >= f.nameEnd ? abs - f.nameEnd : (f.nameStart - abs) + 4;
                        if (distance < bestDistance) {
                            bestDistance = distance;
                            best = plannedPass ? u"planned"_s : w.status.toString();
                        }
                    }
                }
                if (!best.isEmpty())
                    break;
            }
            return best;
        };
        p.status = statusIn(s.start, s.end);
        if (p.status.isEmpty() && s.paragraph >= 0)
            p.status =
                statusIn(clean.paragraphs[s.paragraph].span.start, clean.paragraphs[s.paragraph].span.end);
        // Company: named inside the name, else the last one before it in the sentence, else the subject of an
        // earlier sentence of the paragraph (据悉，诺瓦瑞斯集团是一家…).
        const Entity* company = nullptr;
        const qsizetype paragraphStart =
            s.paragraph >= 0 ? clean.paragraphs[s.paragraph].span.start : s.start;
        for (const Entity& e : entities) {
            if (e.type != EntityType::Company || e.span.start >= f.nameEnd)
                continue;
            if (e.span.start >= f.nameStart && e.span.end <= f.nameEnd) {
                company = &e;
                break;
            }
            if (e.span.end <= f.nameStart && e.span.start >= s.start)
                company = &e;
        }
        if (!company) {
            for (int prev = f.sentence - 1; prev >= 0 && sentences[prev].start >= paragraphStart; --prev) {
                for (const Entity& e : entities) {
                    const QStringView after = QStringView(text).sliced(e.span.end).left(4);
                    if (e.type == EntityType::Company && e.span.start >= sentences[prev].start &&
                        e.span.start <= sentences[prev].start + 6 &&
                        (after.startsWith(u"是") || after.startsWith(u"作为"))) {
                        company = &e;
                        break;
                    }
                }
                if (company)
                    break;
            }
        }
        if (!company) {
            for (const Entity& e : entities) {
                if (e.type == EntityType::Company && e.span.start >= f.nameEnd && e.span.end <= s.end) {
                    company = &e;
                    break;
                }
            }
        }
        if (company)
            p.company = company->normalized.isEmpty() ? company->text : company->normalized;
        else
            p.company = tradeNameAtHead(text, f.nameStart, f.nameEnd, entities);

        // Investment: in the sentence, nearest after the name (or before it, 投资130亿元的…项目); otherwise
        // in the next two sentences of the paragraph that name no other project.
        const auto pickInvestment = [&](qsizetype from, qsizetype to, bool afterOnly) -> const Entity* {
            const Entity* best = nullptr;
            qsizetype bestGap = 1 << 20;
            for (const Entity& e : entities) {
                if (!isInvestment(e) || e.span.start < from || e.span.end > to || usedMoney.contains(&e) ||
                    isThreshold(text, e))
                    continue;
                if (afterOnly && e.span.start < f.nameEnd)
                    continue;
                const qsizetype gap =
                    e.span.start >= f.nameEnd ? e.span.start - f.nameEnd : (f.nameStart - e.span.end) * 2;
                if (gap < bestGap) {
                    bestGap = gap;
                    best = &e;
                }
            }
            return best;
        };
        // Another project named later in the same sentence takes the amounts after it.
        qsizetype sentenceLimit = s.end;
        for (int j = k + 1; j < found.size() && found[j].sentence == f.sentence; ++j) {
            if (found[j].nameStart > f.nameEnd) {
                sentenceLimit = found[j].nameStart;
                break;
            }
        }
        const Entity* money = pickInvestment(s.start, sentenceLimit, false);
        qsizetype evidenceEnd = s.end;
        if (!money) {
            for (int next = f.sentence + 1; next < sentences.size() && next <= f.sentence + 2; ++next) {
                const Sentence& n = sentences[next];
                if (n.paragraph != s.paragraph)
                    break;
                const bool namesAnother = std::any_of(found.cbegin(), found.cend(),
                                                      [&](const Found& o) { return o.sentence == next; });
                if (namesAnother)
                    break;
                if ((money = pickInvestment(n.start, n.end, false))) {
                    evidenceEnd = n.end;
                    break;
                }
            }
        }
        if (money) {
            p.investment = money->money;
            p.amountText = money->text;
            usedMoney.insert(money);
        }

        // Region: the most specific Chinese place in the sentence outside the name's company, else the main
        // place.
        const Entity* where = nullptr;
        for (const Entity* r : entitiesIn(s.start, s.end, EntityType::Region)) {
            if (!r->place || !QStringList{u"CN"_s, u"TW"_s, u"HK"_s, u"MO"_s}.contains(r->place->country))
                continue;
            if (!where || placeRank(*r->place) > placeRank(*where->place))
                where = r;
        }
        if ((!where || placeRank(*where->place) <= 1) && s.paragraph >= 0) {
            const TextSpan para = clean.paragraphs[s.paragraph].span;
            for (const Entity* r : entitiesIn(para.start, para.end, EntityType::Region)) {
                if (r->place && r->place->country == u"CN"_s && placeRank(*r->place) >= 2 &&
                    (!where || where->place->province.isEmpty() ||
                     r->place->province == where->place->province) &&
                    (!where || placeRank(*r->place) > placeRank(*where->place)))
                    where = r;
            }
        }
        if (!where)
            where = mainPlace;
        if (where)
            setPlace(p, *where);

        // Industry: from the name, else the sentence, else the company.
        p.industry = IndustryTaxonomy::shared()->classify(text.mid(f.nameStart, f.nameEnd - f.nameStart));
        if (p.industry.isEmpty())
            p.industry = IndustryTaxonomy::shared()->classify(sentence);
        if (p.industry.isEmpty() && company)
            p.industry = IndustryTaxonomy::shared()->classify(company->normalized);

        p.evidence = {s.start, evidenceEnd};
        // A name with neither status nor amount is a mention, not a project report; so is one named among a
        // count of projects (21个优秀科创项目同场竞技) without its own amount.
        if (p.status.isEmpty() && !p.investment)
            continue;
        const qsizetype windowStart = qMax(s.start, f.nameStart - 12);
        const qsizetype windowEnd = qMin(s.end, f.nameEnd + 30);
        const bool amongCounted = count.match(text.mid(windowStart, windowEnd - windowStart)).hasMatch();
        if (amongCounted && !p.investment)
            continue;
        f.fromBody = s.paragraph < 0 || clean.paragraphs[s.paragraph].kind == Paragraph::Kind::Body;
        projects.append(f);
    }

    // Running text before headlines: a headline's wording (落户) gives way to the report's (签约).
    std::stable_partition(projects.begin(), projects.end(), [](const Found& f) { return f.fromBody; });

    // One project per report: merge the same key, and a company's nameless report into its named one.
    QList<Project> merged;
    for (const Found& f : projects) {
        const Project& p = f.project;
        const QString key = keyOf(p);
        auto same = std::find_if(merged.begin(), merged.end(), [&](const Project& m) {
            if (keyOf(m) == key)
                return true;
            const bool sameCompany = !p.company.isEmpty() && m.company == p.company;
            const bool amountsAgree =
                !p.investment || !m.investment || p.investment->amount == m.investment->amount;
            const QString a = keyOf(m);
            const bool nameContains =
                (a.size() >= 4 && key.contains(a)) || (key.size() >= 4 && a.contains(key));
            return (sameCompany && amountsAgree) || (nameContains && amountsAgree);
        });
        if (same == merged.end()) {
            merged.append(p);
            continue;
        }
        Project& m = *same;
        // The more telling name: the one that names the company, else the longer.
        const bool namesCompany = !p.company.isEmpty() && p.name.contains(CompanyExtractorShort(p.company));
        if ((namesCompany && !m.name.contains(CompanyExtractorShort(m.company))) ||
            (p.name.size() > m.name.size() && !m.name.contains(CompanyExtractorShort(m.company))))
            m.name = p.name;
        if (!m.investment && p.investment) {
            m.investment = p.investment;
            m.amountText = p.amountText;
        }
        if (m.status.isEmpty())
            m.status = p.status;
        if (m.company.isEmpty())
            m.company = p.company;
        if (m.industry.isEmpty())
            m.industry = p.industry;
        if (placeRank(Place{}) == 0 && m.region.isEmpty()) {
            m.region = p.region;
            m.city = p.city;
            m.province = p.province;
            m.county = p.county;
            m.zone = p.zone;
            m.regionCode = p.regionCode;
        }
        m.mentions.append(p.evidence);
    }
    annotations.projects = merged;

    // The same total reported again (a repeated paragraph, the lead and the body) is one aggregate.
    QList<Aggregate> aggregates;
    for (const Aggregate& a : annotations.aggregates) {
        const bool seen = std::any_of(aggregates.cbegin(), aggregates.cend(), [&](const Aggregate& b) {
            return b.count == a.count && b.investment && a.investment &&
                   b.investment->amount == a.investment->amount;
        });
        if (!seen)
            aggregates.append(a);
    }
    annotations.aggregates = aggregates;
}
