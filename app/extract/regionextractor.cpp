#include "regionextractor.h"

#include "chinesenumber.h"
#include "geo/gazetteer.h"
#include "text/charclass.h"
#include "text/prefix.h"
#include "text/simplifiedchinese.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <bitset>

using namespace Qt::StringLiterals;
using Level = Gazetteer::Level;

namespace {

// Zone and park keywords, longest first.
constexpr std::array<QStringView, 31> kZoneKeywords{u"高新技术产业开发区",
                                                    u"经济技术开发区",
                                                    u"高新技术开发区",
                                                    u"自由贸易试验区",
                                                    u"综合保税区",
                                                    u"经济开发区",
                                                    u"经济区",
                                                    u"旅游度假区",
                                                    u"度假区",
                                                    u"新片区",
                                                    u"自由贸易区",
                                                    u"产业新城",
                                                    u"产业园区",
                                                    u"工业园区",
                                                    u"高新区",
                                                    u"经开区",
                                                    u"开发区",
                                                    u"保税区",
                                                    u"自贸区",
                                                    u"产业园",
                                                    u"工业园",
                                                    u"科技园",
                                                    u"科创园",
                                                    u"科学园区",
                                                    u"科学园",
                                                    u"科技城",
                                                    u"物流园",
                                                    u"示范区",
                                                    u"集聚区",
                                                    u"新区",
                                                    u"港区"};

constexpr qsizetype kMaxZoneName = 14; // characters before the keyword

// The zone keyword that starts at `at`, the longest, or none.
QStringView zoneKeywordAt(QStringView text, qsizetype at)
{
    static const std::bitset<65536> initials = [] {
        std::bitset<65536> out;
        for (QStringView k : kZoneKeywords)
            out.set(k.front().unicode());
        return out;
    }();
    if (at >= text.size() || !initials.test(text.at(at).unicode()))
        return {};
    const QStringView rest = text.sliced(at);
    for (QStringView k : kZoneKeywords) {
        if (Prefix::startsWith(rest, k))
            return k;
    }
    return {};
}

// Short forms that are everyday words: they count only with their city or province in context.
const QSet<QString>& commonWordShortForms()
{
    static const QSet<QString> words{
        u"合作"_s, u"东方"_s, u"和平"_s, u"长安"_s, u"新城"_s, u"安康"_s, u"大同"_s, u"中山"_s, u"安宁"_s,
        u"永安"_s, u"太平"_s, u"城中"_s, u"新华"_s, u"光明"_s, u"向阳"_s, u"红旗"_s, u"振兴"_s, u"前进"_s,
        u"友谊"_s, u"胜利"_s, u"解放"_s, u"开放"_s, u"永和"_s, u"大通"_s, u"江南"_s, u"江北"_s, u"河东"_s,
        u"河西"_s, u"南山"_s, u"青山"_s, u"白云"_s, u"新民"_s, u"朝阳"_s, u"龙华"_s, u"宝山"_s, u"金山"_s,
        u"新兴"_s, u"城关"_s, u"海港"_s, u"上城"_s, u"下城"_s, u"新区"_s};
    return words;
}

// Characters that cannot be part of a zone's name: function words and verbs that precede one.
bool stopsZoneName(QChar c)
{
    static const QStringView stops = u"的在于与和及了是为到从对将把向由等该其这那个入驻落户至赴以并"
                                     u"也都又还就则而且或之所被给各本此几多每全首"
                                     u"省市县区镇乡级获";
    return !CharClass::isHan(c.unicode()) ? !CharClass::isAsciiLetter(c.unicode()) : stops.contains(c);
}

bool isTownName(const QString& name)
{
    return name.size() >= 3 && (name.endsWith(u'镇') || name.endsWith(u'乡') || name.endsWith(u"街道"_s) ||
                                name.endsWith(u"苏木"_s));
}

int levelRank(Level level)
{
    return static_cast<int>(level);
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Province:
        return u"province"_s;
    case Level::City:
        return u"city"_s;
    case Level::County:
        return u"county"_s;
    case Level::Town:
        return u"town"_s;
    }
    return {};
}

} // namespace

RegionExtractor::RegionExtractor(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
    , m_prefixFilter(size_t(1) << 20)
    , m_wordFilter(size_t(1) << 22)
{
    const auto expected = static_cast<size_t>(m_gazetteer->size()) * 2;
    m_wordIds.reserve(static_cast<qsizetype>(expected));
    m_wordText.reserve(static_cast<qsizetype>(expected));
    m_sameHash.reserve(expected);
    m_pending.reserve(expected);
    for (int i = 0; i < m_gazetteer->size(); ++i) {
        const Gazetteer::Division& d = m_gazetteer->at(i);
        // Town-level rows that are not towns (开发区, 高新区, 管委会, 农场 …) are left to the zone patterns.
        if (d.level == Level::Town && !isTownName(d.name))
            continue;
        if (d.name.size() >= 3 || (d.name.size() == 2 && d.level <= Level::City))
            addWord(d.readingName, {Entry::Kind::FullName, i});
        // Two-character county names (费县, 沛县) are read like short forms: only with their city or province
        // named in the text.
        else if (d.name.size() == 2 && d.level == Level::County)
            addWord(d.readingName, {Entry::Kind::ShortName, i});
        if (!d.shortName.isEmpty() && d.shortName != d.name)
            addWord(d.readingShortName, {Entry::Kind::ShortName, i});
        // Towns by their short form too (曹桥 for 曹桥街道), accepted only with their county named in the
        // text.
        if (d.level == Level::Town) {
            QStringView view = d.readingName;
            for (QStringView suffix : {u"街道", u"苏木", u"镇", u"乡"}) {
                if (view.endsWith(suffix)) {
                    view.chop(suffix.size());
                    break;
                }
            }
            // A prefix of the gazetteer's name, which this extractor keeps alive and which never changes:
            // referred to, not copied (40,000 towns).
            const QString stem = QString::fromRawData(view.constData(), view.size());
            if (stem.size() >= 2 && !commonWordShortForms().contains(stem))
                addWord(stem, {Entry::Kind::ShortName, i});
        }
    }
    QFile file(u":/investscope/data/foreign_places.tsv"_s);
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList fields = line.split(u'\t');
            if (fields.size() < 4)
                continue;
            m_foreign.append({fields[0], fields[1] == u"country"_s, fields[2], fields[3].trimmed()});
            addWord(SimplifiedChinese::fromTraditional(fields[0]),
                    {Entry::Kind::Foreign, static_cast<int>(m_foreign.size() - 1)});
        }
    }
    finishWords();
}

const std::shared_ptr<const RegionExtractor>& RegionExtractor::shared()
{
    // Never destroyed, like the gazetteer it indexes (see Gazetteer::shared()).
    static const auto* const instance = new std::shared_ptr<const RegionExtractor>(
        std::make_shared<const RegionExtractor>(Gazetteer::shared()));
    return *instance;
}

int RegionExtractor::wordId(QStringView word, size_t hash) const
{
    for (int id = m_wordIds.value(hash, -1); id >= 0; id = m_sameHash[static_cast<size_t>(id)]) {
        if (m_wordText[id] == word)
            return id;
    }
    return -1;
}

void RegionExtractor::addWord(const QString& word, Entry entry)
{
    if (word.size() < 2)
        return;
    const size_t hash = qHash(QStringView(word));
    m_wordFilter[hash & ((size_t(1) << 22) - 1)] = true;
    int id = wordId(word, hash);
    if (id < 0) {
        id = static_cast<int>(m_wordText.size());
        const auto head = m_wordIds.constFind(hash);
        m_sameHash.push_back(head == m_wordIds.cend() ? -1 : *head);
        m_wordIds.insert(hash, id);
        m_wordText.append(word);
        m_prefixFilter[filterSlot(prefixKey(word))] = true;
        qsizetype& longest = m_longestByPrefix[prefixKey(word)];
        longest = std::max(longest, word.size());
    }
    m_pending.emplace_back(id, entry);
}

void RegionExtractor::finishWords()
{
    // A counting sort by word id; a word's entries keep the order they were added in.
    m_firstEntry.assign(m_wordText.size() + 1, 0);
    for (const auto& [id, entry] : m_pending)
        ++m_firstEntry[static_cast<size_t>(id) + 1];
    for (size_t i = 1; i < m_firstEntry.size(); ++i)
        m_firstEntry[i] += m_firstEntry[i - 1];
    m_entries.resize(m_pending.size());
    std::vector<int> next(m_firstEntry.begin(), m_firstEntry.end() - 1);
    for (const auto& [id, entry] : m_pending)
        m_entries[static_cast<size_t>(next[static_cast<size_t>(id)]++)] = entry;
    m_pending = {};
}

std::span<const RegionExtractor::Entry> RegionExtractor::lookup(QStringView word) const
{
    const size_t hash = qHash(word);
    if (!m_wordFilter[hash & ((size_t(1) << 22) - 1)])
        return {};
    const int id = wordId(word, hash);
    if (id < 0)
        return {};
    const auto first = static_cast<size_t>(m_firstEntry[static_cast<size_t>(id)]);
    const auto last = static_cast<size_t>(m_firstEntry[static_cast<size_t>(id) + 1]);
    return std::span<const Entry>(m_entries).subspan(first, last - first);
}

QList<RegionExtractor::Match> RegionExtractor::scan(const QString& text) const
{
    QList<Match> matches;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i + 1 < n) {
        if (!CharClass::isHan(text.at(i).unicode())) {
            ++i;
            continue;
        }
        const quint32 key = prefixKey(QStringView(text).sliced(i, 2));
        if (!m_prefixFilter[filterSlot(key)]) {
            ++i;
            continue;
        }
        const auto longest = m_longestByPrefix.constFind(key);
        if (longest == m_longestByPrefix.cend()) {
            ++i;
            continue;
        }
        qsizetype matched = 0;
        for (qsizetype len = std::min(*longest, n - i); len >= 2; --len) {
            if (const std::span<const Entry> entries = lookup(QStringView(text).sliced(i, len));
                !entries.empty()) {
                matches.append({i, i + len, entries});
                matched = len;
                break;
            }
        }
        i += matched > 0 ? matched : 1;
    }
    return matches;
}

void RegionExtractor::resolve(const QString& text, QList<Match>& matches) const
{
    // Context: divisions named unambiguously by their full name, or by a province or city short form.
    QSet<int> context;
    for (const Match& m : matches) {
        QList<int> divisions;
        const QString word = text.mid(m.start, m.end - m.start);
        const bool newArea = word.endsWith(u"新区"_s);
        const bool common = commonWordShortForms().contains(word);
        for (const Entry& e : m.entries) {
            if ((e.kind == Entry::Kind::FullName && !newArea &&
                 m_gazetteer->at(e.index).level != Level::Town) ||
                (e.kind == Entry::Kind::ShortName && m_gazetteer->at(e.index).level <= Level::City &&
                 !common))
                divisions.append(e.index);
        }
        if (divisions.size() == 1) {
            for (int d = divisions.front(); d >= 0; d = m_gazetteer->at(d).parent)
                context.insert(d);
        }
    }
    const auto inContext = [&](int division) {
        for (int d = division; d >= 0; d = m_gazetteer->at(d).parent) {
            if (context.contains(d))
                return true;
        }
        return false;
    };
    // For a short county name the province is not enough (贵州 does not make 合作 a place): its own city must
    // be named, or the county itself; a county under its province (昌江黎族自治县 of 海南, under a city row
    // with no name) needs its province.
    const auto cityInContext = [&](int division) {
        bool unnamedCity = false;
        for (int d = division; d >= 0; d = m_gazetteer->at(d).parent) {
            const Gazetteer::Division& up = m_gazetteer->at(d);
            if (up.level == Level::Province)
                return unnamedCity && context.contains(d);
            if (context.contains(d))
                return true;
            unnamedCity = up.level == Level::City && up.name.isEmpty();
        }
        return false;
    };
    const auto zoneFollows = [&](qsizetype at) { return !zoneKeywordAt(text, at).isEmpty(); };

    // Short forms that name a zone somewhere in the text (南岭工业园): their other mentions are the place
    // too.
    QSet<QString> namingZones;
    for (const Match& m : matches) {
        if (zoneFollows(m.end))
            namingZones.insert(text.mid(m.start, m.end - m.start));
    }

    for (Match& m : matches) {
        const QString word = text.mid(m.start, m.end - m.start);
        int best = -1;
        int bestScore = -1;
        bool bestWeak = false;
        for (const Entry& e : m.entries) {
            if (e.kind == Entry::Kind::Foreign) {
                if (best < 0)
                    m.foreign = e.index;
                continue;
            }
            const Gazetteer::Division& d = m_gazetteer->at(e.index);
            const bool known = inContext(e.index);
            bool allowed = true;
            bool weak = false;
            if (e.kind == Entry::Kind::ShortName && d.level == Level::Town) {
                const int county = d.parent;
                allowed = county >= 0 && context.contains(county);
            } else if (e.kind == Entry::Kind::ShortName) {
                if (d.level >= Level::County) {
                    allowed = cityInContext(e.index);
                    if (!allowed && namingZones.contains(word) && !commonWordShortForms().contains(word))
                        allowed = weak = true;
                } else if (commonWordShortForms().contains(word))
                    allowed = known;
            } else if (d.level == Level::County && word.endsWith(u"新区"_s)) {
                allowed = known; // 滨海新区 of Tianjin, or a zone of the same name elsewhere
            } else if (d.level == Level::Town) {
                allowed = known || m_gazetteer->byName(d.name).size() == 1;
            } else if (m.entries.size() > 1) {
                allowed = known || d.level <= Level::City;
            }
            if (!allowed)
                continue;
            // In context first, then the larger division, then a full name over a short form.
            const int score =
                (known ? 100 : 0) + (10 - levelRank(d.level) * 2) + (e.kind == Entry::Kind::FullName ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = e.index;
                bestWeak = weak;
            }
        }
        m.division = best;
        m.weak = bestWeak;
        if (best >= 0)
            m.foreign = -1;
    }
    // A place inside the name of a university or institute (西安交通大学, 湖北科技学院) is not a place
    // mentioned.
    const auto namesInstitution = [&](qsizetype at) {
        static constexpr std::array<QStringView, 5> kEndings{u"大学", u"学院", u"研究院", u"研究所",
                                                             u"实验室"};
        const QStringView window = QStringView(text).sliced(at).left(10);
        for (qsizetype k = 0; k <= 6 && k < window.size(); ++k) {
            const QStringView rest = window.sliced(k);
            if (std::any_of(kEndings.cbegin(), kEndings.cend(),
                            [&](QStringView e) { return Prefix::startsWith(rest, e); }))
                return true;
            if (!CharClass::isHan(window.at(k).unicode()))
                return false;
        }
        return false;
    };
    for (Match& m : matches) {
        if (namesInstitution(m.end)) {
            m.division = -1;
            m.foreign = -1;
        }
    }
    matches.erase(std::remove_if(matches.begin(), matches.end(),
                                 [](const Match& m) { return m.division < 0 && m.foreign < 0; }),
                  matches.end());
}

Place RegionExtractor::placeOf(int division) const
{
    const Gazetteer::Division& d = m_gazetteer->at(division);
    const Gazetteer::Hierarchy h = m_gazetteer->hierarchy(division);
    Place p;
    p.country = d.code.startsWith(u"71"_s)   ? u"TW"_s
                : d.code.startsWith(u"81"_s) ? u"HK"_s
                : d.code.startsWith(u"82"_s) ? u"MO"_s
                                             : u"CN"_s;
    p.province = h.province;
    p.city = d.level >= Level::City ? h.city : QString();
    p.county = h.county;
    p.town = h.town;
    p.level = levelName(d.level);
    return p;
}

QList<Entity> RegionExtractor::extract(const QString& text) const
{
    QList<Match> matches = scan(text);
    resolve(text, matches);

    const auto regionEntity = [&](const Match& m) {
        Entity e;
        e.type = EntityType::Region;
        e.span = {m.start, m.end};
        e.text = text.mid(m.start, m.end - m.start);
        if (m.division >= 0) {
            const Gazetteer::Division& d = m_gazetteer->at(m.division);
            e.normalized = d.name;
            e.regionCode = d.code;
            e.place = placeOf(m.division);
        } else {
            const Foreign& f = m_foreign[m.foreign];
            e.normalized = f.isCountry ? f.country : f.name;
            Place p;
            p.country = f.isoCode;
            p.level = f.isCountry ? u"country"_s : u"city"_s;
            if (!f.isCountry)
                p.city = f.name;
            e.place = p;
        }
        return e;
    };

    // The city the text is about, when one dominates: zones named without a place are taken to lie there.
    int dominantCity = -1;
    {
        QHash<int, int> mentions;
        int total = 0;
        for (const Match& m : matches) {
            for (int d = m.division; d >= 0; d = m_gazetteer->at(d).parent) {
                if (m_gazetteer->at(d).level == Level::City && !m_gazetteer->at(d).name.isEmpty()) {
                    ++mentions[d];
                    ++total;
                    break;
                }
            }
        }
        // More than half of all: two cities named as often as each other leave it open (and the hash order
        // can never decide).
        for (auto it = mentions.cbegin(); it != mentions.cend(); ++it) {
            if (it.value() >= 3 && it.value() * 2 > total)
                dominantCity = it.key();
        }
    }

    // Zones: a keyword and the name before it, which takes in whole place names and stops at function words.
    QList<Entity> zones;
    qsizetype lastZoneEnd = 0;
    const qsizetype n = text.size();
    // Matches by end offset, for walking names leftwards; matches are sorted and do not overlap.
    QHash<qsizetype, int> matchEndingAt;
    matchEndingAt.reserve(matches.size());
    for (int m = 0; m < matches.size(); ++m)
        matchEndingAt.insert(matches[m].end, m);
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView keyword = zoneKeywordAt(text, i);
        if (keyword.isEmpty())
            continue;
        qsizetype keywordEnd = i + keyword.size();
        // 物流园区, 科技园区: a park keyword and 区 make one keyword.
        if (keyword.back() == u'园' && keywordEnd < n && text.at(keywordEnd) == u'区')
            ++keywordEnd;
        // A division whose full name ends in the keyword (浦东新区) is a region, not a zone.
        const auto after = std::upper_bound(matches.cbegin(), matches.cend(), i,
                                            [](qsizetype at, const Match& m) { return at < m.start; });
        const bool insideRegion = after != matches.cbegin() && std::prev(after)->end >= keywordEnd &&
                                  std::prev(after)->division >= 0;
        if (insideRegion) {
            i = keywordEnd - 1;
            continue;
        }
        qsizetype start = i;
        QList<const Match*> places; // places named inside the zone's name, right to left
        bool afterPlace = false;
        const auto placeEndingAt = [&](qsizetype at) {
            const auto found = matchEndingAt.constFind(at);
            if (found == matchEndingAt.cend() || matches[found.value()].start < lastZoneEnd)
                return matches.cend();
            return matches.cbegin() + found.value();
        };
        while (start > lastZoneEnd && i - start < kMaxZoneName) {
            const auto ending = placeEndingAt(start);
            if (ending != matches.cend()) {
                if (ending->division >= 0)
                    places.append(&*ending);
                start = ending->start;
                afterPlace = true;
                continue;
            }
            // A name begins with its place: past one, go on only to another place a character or two away
            // (杭州湾上虞经开区).
            if (afterPlace) {
                const bool nextPlace = start - 1 > lastZoneEnd && !stopsZoneName(text.at(start - 1)) &&
                                       (placeEndingAt(start - 1) != matches.cend() ||
                                        (start - 2 > lastZoneEnd && !stopsZoneName(text.at(start - 2)) &&
                                         placeEndingAt(start - 2) != matches.cend()));
                if (!nextPlace)
                    break;
            }
            if (stopsZoneName(text.at(start - 1)))
                break;
            // A company before the park is its developer, not part of its name (恒川集团光谷产业园).
            if (start - 2 >= lastZoneEnd && (QStringView(text).sliced(start - 2, 2) == u"集团" ||
                                             QStringView(text).sliced(start - 2, 2) == u"公司"))
                break;
            // Verbs that lead to a zone's name (打造, 建设, 位于, 依托, 借鉴): the name starts after them.
            static const QList<QStringView> verbs{
                u"打造", u"建设", u"位于", u"依托", u"借鉴", u"围绕", u"抓住", u"培育", u"推进", u"发展",
                u"获评", u"引进", u"新建", u"设立", u"组建", u"签约", u"签订", u"开工", u"投产", u"落户",
                u"入驻", u"落地", u"启动", u"举办", u"举行", u"发挥", u"预计", u"实现", u"提升", u"构建",
                u"开建", u"加快", u"助力", u"支持", u"推动", u"深化", u"融入", u"服务", u"共建", u"携手"};
            if (start - 2 >= lastZoneEnd && std::any_of(verbs.cbegin(), verbs.cend(), [&](QStringView v) {
                    return QStringView(text).sliced(start - 2, 2) == v;
                }))
                break;
            // A count before the name: 两大国别产业园, 三个产业园.
            if (ChineseNumber::isNumeral(text.at(start - 1)) && start < i &&
                QStringView(u"大个家批座类项").contains(text.at(start))) {
                ++start;
                break;
            }
            --start;
        }
        // The most specific place that all the others contain (嘉兴市平湖经济技术开发区 -> 平湖市); when they
        // disagree, the most specific place found with support from the text (杭州湾上虞经开区 -> 上虞区, not
        // 杭州市; 绍兴市镜湖新区 -> 绍兴市, not 芜湖's 镜湖区), else the first-named.
        const auto level = [&](const Match* m) { return m_gazetteer->at(m->division).level; };
        const Match* inner = nullptr;
        for (const Match* c : places) {
            const bool consistent = std::all_of(places.cbegin(), places.cend(), [&](const Match* o) {
                return m_gazetteer->contains(o->division, c->division);
            });
            if (consistent && (!inner || level(c) > level(inner)))
                inner = c;
        }
        if (!inner) {
            for (const Match* c : places) {
                if (!c->weak && (!inner || level(c) > level(inner)))
                    inner = c;
            }
        }
        if (!inner && !places.isEmpty())
            inner = places.back();
        const int innermost = inner ? inner->division : -1;
        // A full place name before a zone's own name only says where it is (闵行区长三角科技城,
        // 绍兴市镜湖新区): the zone starts after it, and the place stays an entity of its own.
        if (!places.isEmpty()) {
            const Match* first = places.back();
            const QStringView firstText = QStringView(text).sliced(first->start, first->end - first->start);
            const bool fullName = QStringView(u"省市区县").contains(firstText.back());
            const qsizetype ownName = i - first->end;
            // Another place inside the name counts unless it is a weak guess or the same place again
            // (嘉兴市嘉兴高新区).
            const bool anotherPlaceAfter =
                std::any_of(places.cbegin(), places.cend() - 1,
                            [&](const Match* m) { return !m->weak && m->division != first->division; });
            if (fullName && first->start == start && ownName >= 2 && !anotherPlaceAfter)
                start = first->end;
            // Full names in a row, each inside the one before (贵阳市观山湖区金栗食品产业园): all say where
            // it is.
            qsizetype at = start;
            int previous = -1;
            qsizetype k = places.size() - 1;
            for (; k >= 0; --k) {
                const Match* m = places[k];
                const bool full = QStringView(u"省市区县").contains(text.at(m->end - 1));
                if (!full || m->weak || m->start != at ||
                    (previous >= 0 && !m_gazetteer->contains(previous, m->division)))
                    break;
                previous = m->division;
                at = m->end;
            }
            if (k < 0 && places.size() >= 2 && i - at >= 2)
                start = at;
        }
        // 湖南省产业园区: a province and a keyword name no zone.
        if (!places.isEmpty() && start == places.back()->start &&
            m_gazetteer->at(places.back()->division).level == Level::Province && places.back()->end == i) {
            i = keywordEnd - 1;
            continue;
        }
        const bool generic = keyword == u"高新区" || keyword == u"经开区" || keyword == u"开发区";
        const qsizetype longestWithoutPlace = keyword == u"新区" ? 4 : 8;
        const bool nested =
            start == lastZoneEnd && lastZoneEnd > 0 && !zones.isEmpty() && zones.back().span.end == start;
        // Generic keywords (高新区, 开发区) need a place in the name; other names without one stay short.
        if (i - start < 2 || (places.isEmpty() && !nested && (generic || i - start > longestWithoutPlace))) {
            // A bare 高新区 or 经开区 after the zone it stands for was named in full (西安高新区 … 高新区).
            const auto named = std::find_if(zones.crbegin(), zones.crend(), [&](const Entity& z) {
                return z.text.endsWith(keyword) && z.text.size() > keyword.size();
            });
            const bool bare = i - start < 2; // no name of its own before the keyword
            if (generic && named != zones.crend() && bare && i >= lastZoneEnd) {
                Entity zone = *named;
                zone.span = {i, keywordEnd};
                zone.text = text.mid(i, keyword.size());
                zones.append(zone);
                lastZoneEnd = keywordEnd;
            }
            i = keywordEnd - 1;
            continue;
        }
        Entity zone;
        zone.type = EntityType::Region;
        zone.span = {start, keywordEnd};
        zone.text = text.mid(start, keywordEnd - start);
        zone.normalized = zone.text;
        Place p;
        if (innermost >= 0) {
            p = placeOf(innermost);
            zone.regionCode = m_gazetteer->at(innermost).code;
        } else if (nested) {
            p = *zones.back().place; // a park inside the zone named just before it: 清远高新区百嘉工业园
            zone.regionCode = zones.back().regionCode;
        } else if (dominantCity >= 0) {
            p = placeOf(dominantCity);
            zone.regionCode = m_gazetteer->at(dominantCity).code;
        } else {
            p.country = u"CN"_s;
        }
        p.zone = zone.text;
        p.level = u"zone"_s;
        zone.place = p;
        zones.append(zone);
        lastZoneEnd = keywordEnd;
        i = keywordEnd - 1;
    }

    // A park named after its place: 平湖园, 张江平湖园 (a town's name before it), 张江长三角科技城平湖园
    // (inside a zone).
    for (const Match& m : matches) {
        if (m.division < 0 || m.end >= n || text.at(m.end) != u'园' ||
            (m.end + 1 < n && text.at(m.end + 1) == u'区'))
            continue;
        if (m_gazetteer->at(m.division).level < Level::City)
            continue;
        qsizetype start = m.start;
        auto before =
            std::find_if(zones.begin(), zones.end(), [&](const Entity& z) { return z.span.end == m.start; });
        if (before == zones.end() && start >= 2) {
            const QString prefix = text.mid(start - 2, 2);
            if (!m_gazetteer->byName(QString(prefix + u'镇')).isEmpty())
                start -= 2;
        }
        Entity zone;
        zone.type = EntityType::Region;
        zone.regionCode = m_gazetteer->at(m.division).code;
        Place p = placeOf(m.division);
        p.level = u"zone"_s;
        if (before != zones.end()) {
            start = before->span.start;
            zones.erase(before);
        }
        zone.span = {start, m.end + 1};
        zone.text = text.mid(start, m.end + 1 - start);
        zone.normalized = zone.text;
        p.zone = zone.text;
        zone.place = p;
        zones.append(zone);
    }
    std::sort(zones.begin(), zones.end(),
              [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });

    QList<Entity> out;
    out.reserve(matches.size() + zones.size());
    qsizetype z = 0;
    for (const Match& m : matches) {
        while (z < zones.size() && zones[z].span.end <= m.start)
            out.append(zones[z++]);
        if (z < zones.size() && zones[z].span.start <= m.start && m.end <= zones[z].span.end)
            continue; // part of a zone's name
        out.append(regionEntity(m));
    }
    while (z < zones.size())
        out.append(zones[z++]);
    return out;
}
