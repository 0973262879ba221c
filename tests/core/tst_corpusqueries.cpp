#include "pipeline/corpusprocessor.h"
#include "query/corpusqueries.h"
#include "store/searchindex.h"
#include "store/sortkey.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCollator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProjectFilter)

class TestCorpusQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regionRollUp();
    void topNWithOther();
    void unknownAndOtherFilters();
    void otherIndustryHoldsProjectsWithoutCode();
    void sizeBuckets();
    void industries();
    void filterNarrowsEveryQuery_data();
    void filterNarrowsEveryQuery();
    void fullTextSearch_data();
    void fullTextSearch();
    void searchSurvivesSaveAndReopen();
    void searchCrossesScripts_data();
    void searchCrossesScripts();
    void summary();
    void articleRegionIsWhatItIsAbout();
    void sortKeyOrdersAsTheLocale_data();
    void sortKeyOrdersAsTheLocale();
    void projectOrder_data();
    void projectOrder();
    void documentOrder_data();
    void documentOrder();
    void rowsById_data();
    void rowsById();
    void factsAnswerAsSql_data();
    void factsAnswerAsSql();
    void factsFollowTheStore();

private:
    Store m_store;
    QList<AnalyzedDocument> m_corpus;
    int m_projects = 0;
};

void TestCorpusQueries::initTestCase()
{
    QVERIFY(m_store.open());
    m_corpus = TestSupport::sampleCorpus();
    QVERIFY(m_store.addDocuments(m_corpus));
    m_projects = m_store.rowCount(u"projects"_s);
    QVERIFY(m_projects >= 15);
}

void TestCorpusQueries::regionRollUp()
{
    const CorpusQueries q(&m_store);
    const auto provinces = q.byRegion(ProjectFilter::RegionLevel::Province, {}, 0, false);
    QVERIFY(!provinces.isEmpty());
    QCOMPARE(provinces.front().key, u"浙江省"_s); // most sample projects land in Zhejiang
    int total = 0;
    for (const auto& b : provinces)
        total += b.count;
    QCOMPARE(total, m_projects);
    const auto cities = q.byRegion(ProjectFilter::RegionLevel::City, {}, 0, false);
    QCOMPARE(cities.front().key, u"嘉兴市"_s);
    // By amount the order follows the totals.
    const auto byAmount = q.byRegion(ProjectFilter::RegionLevel::City, {}, 0, true);
    for (qsizetype i = 1; i < byAmount.size(); ++i) {
        if (!byAmount[i].key.isEmpty())
            QVERIFY(byAmount[i - 1].totalCny >= byAmount[i].totalCny);
    }
}

void TestCorpusQueries::topNWithOther()
{
    const CorpusQueries q(&m_store);
    const auto all = q.byRegion(ProjectFilter::RegionLevel::Zone, {}, 0, false);
    QCOMPARE(all.size(), 10); // nine zones, then the projects in no zone
    QCOMPARE(all.back().key, QString());
    QCOMPARE(all.back().count, 6);
    // The top two zones, the seven others summed, and the projects with no zone still apart: a project
    // without a place is not in "other".
    const auto top = q.byRegion(ProjectFilter::RegionLevel::Zone, {}, 2, false);
    QCOMPARE(top.size(), 4);
    QCOMPARE(top[0].key, u"张江平湖园"_s);
    QCOMPARE(top[0].count, 6);
    QCOMPARE(top[1].key, u"滨海新区"_s);
    QCOMPARE(top[1].count, 3);
    QCOMPARE(top[2].key, CorpusQueries::kOtherKey);
    QCOMPARE(top[2].count, 9);
    QCOMPARE(top[3].key, QString());
    QCOMPARE(top[3].count, 6);
    // Without a top N nothing is merged.
    QCOMPARE(q.byRegion(ProjectFilter::RegionLevel::Zone, {}, 20, false).size(), 10);
}

void TestCorpusQueries::unknownAndOtherFilters()
{
    const CorpusQueries q(&m_store);
    // The "(unknown)" bar: the projects with no zone.
    ProjectFilter none;
    none.regionLevel = ProjectFilter::RegionLevel::Zone;
    none.region = ProjectFilter::kNoRegion;
    const auto unplaced = q.projects(none);
    QCOMPARE(unplaced.size(), 6);
    for (const auto& p : unplaced)
        QCOMPARE(p.zone, QString());
    QCOMPARE(q.summary(none).projects, 6);
    // The "Other" bar beside the top two: the zoned projects in neither.
    ProjectFilter others;
    others.regionLevel = ProjectFilter::RegionLevel::Zone;
    others.regionOthers = {u"张江平湖园"_s, u"滨海新区"_s};
    const auto rest = q.projects(others);
    QCOMPARE(rest.size(), 9);
    for (const auto& p : rest)
        QVERIFY2(!p.zone.isEmpty() && p.zone != u"张江平湖园"_s && p.zone != u"滨海新区"_s,
                 qPrintable(p.zone));
    // The charts follow: the region chart of "other" has no unknown bar and no top two.
    const auto buckets = q.byRegion(ProjectFilter::RegionLevel::Zone, others, 0, false);
    QCOMPARE(buckets.size(), 7);
    QCOMPARE(buckets.back().key, u"独山港经济开发区"_s);
    // A named region still matches only itself.
    ProjectFilter named;
    named.regionLevel = ProjectFilter::RegionLevel::Zone;
    named.region = u"滨海新区"_s;
    QCOMPARE(q.projects(named).size(), 3);
}

void TestCorpusQueries::otherIndustryHoldsProjectsWithoutCode()
{
    // A project stored without an industry code (an older database, or an unclassified project) is drawn
    // in the "other" bar; clicking that bar must find it.
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(m_corpus));
    QSqlQuery update(store.database());
    QVERIFY(update.exec(u"UPDATE projects SET industry_code = NULL WHERE id = (SELECT MIN(id) FROM projects "
                        u"WHERE industry_code <> 'OTHER')"_s));
    const CorpusQueries q(&store);
    int otherBar = 0;
    for (const auto& b : q.byIndustry({})) {
        if (b.key == u"OTHER"_s)
            otherBar = b.count;
    }
    QCOMPARE(otherBar, 2);
    ProjectFilter other;
    other.industry = u"OTHER"_s;
    QCOMPARE(q.projects(other).size(), 2);
    QCOMPARE(q.summary(other).projects, 2);
}

void TestCorpusQueries::sizeBuckets()
{
    const CorpusQueries q(&m_store);
    const auto sizes = q.bySize({});
    QCOMPARE(sizes.size(), ProjectFilter::kSizeBucketCount);
    int total = 0;
    for (const auto& b : sizes)
        total += b.count;
    QCOMPARE(total, m_projects);
    // 智算中心项目 (100亿元) is the one project of 100亿 or more; 1.2亿, 2亿, 1.8亿, 5亿 are between 1亿 and
    // 10亿.
    QCOMPARE(sizes[int(ProjectFilter::SizeBucket::AtLeast10B)].count, 2); // 智算中心 100亿, 比亚迪 130亿
    QVERIFY(sizes[int(ProjectFilter::SizeBucket::From100MTo1B)].count >= 4);
    QVERIFY(sizes[int(ProjectFilter::SizeBucket::Unknown)].count >= 5);
}

void TestCorpusQueries::industries()
{
    const CorpusQueries q(&m_store);
    const auto industries = q.byIndustry({});
    QVERIFY(!industries.isEmpty());
    for (qsizetype i = 1; i < industries.size(); ++i)
        QVERIFY(industries[i - 1].count >= industries[i].count);
}

void TestCorpusQueries::filterNarrowsEveryQuery_data()
{
    QTest::addColumn<int>("field"); // 0 industry, 1 city, 2 size, 3 status
    QTest::newRow("industry") << 0;
    QTest::newRow("city") << 1;
    QTest::newRow("size") << 2;
    QTest::newRow("status") << 3;
}

void TestCorpusQueries::filterNarrowsEveryQuery()
{
    QFETCH(int, field);
    const CorpusQueries q(&m_store);
    ProjectFilter f;
    if (field == 0)
        f.industry = u"SEMI"_s;
    if (field == 1) {
        f.regionLevel = ProjectFilter::RegionLevel::City;
        f.region = u"绍兴市"_s;
    }
    if (field == 2)
        f.size = ProjectFilter::SizeBucket::From100MTo1B;
    if (field == 3)
        f.status = u"signed"_s;
    const auto rows = q.projects(f);
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < m_projects);
    for (const auto& r : rows) {
        if (field == 0)
            QCOMPARE(r.industry, u"SEMI"_s);
        if (field == 1)
            QCOMPARE(r.city, u"绍兴市"_s);
        if (field == 2)
            QVERIFY(r.amountCny && *r.amountCny >= 1e8 && *r.amountCny < 1e9);
        if (field == 3)
            QCOMPARE(r.status, u"signed"_s);
        QVERIFY(r.documentId > 0);
        QVERIFY(r.evidence.end > r.evidence.start);
    }
    int charted = 0;
    for (const auto& b : q.bySize(f))
        charted += b.count;
    QCOMPARE(charted, rows.size());
    // Articles follow: each listed one has at least one matching project, and the counts add up.
    int perDocument = 0;
    for (const auto& d : q.documents(f)) {
        QVERIFY(d.projects > 0);
        perDocument += d.projects;
    }
    QVERIFY(perDocument >= rows.size());
}

void TestCorpusQueries::fullTextSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("three characters (trigram)")
        << u"晶圆贴膜"_s << QStringList{u"000_37aff5f5053d39e6.txt"_s};
    QTest::newRow("two characters (LIKE)") << u"允哲"_s << QStringList{u"000_37aff5f5053d39e6.txt"_s};
    QTest::newRow("word across a broken line")
        << u"半导体科技（浙江）"_s << QStringList{u"000_37aff5f5053d39e6.txt"_s};
    QTest::newRow("several articles")
        << u"高新区"_s << QStringList{u"002_2db777985a72217c.txt"_s, u"004_1583015d0ddebf3e.txt"_s};
    QTest::newRow("quotes are text") << u"\"招商\" OR"_s << QStringList{};
    QTest::newRow("nothing") << u"不存在的词语"_s << QStringList{};
}

void TestCorpusQueries::fullTextSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, files);
    const CorpusQueries q(&m_store);
    ProjectFilter f;
    f.search = text;
    QStringList found;
    for (const auto& d : q.documents(f))
        found << d.file;
    QCOMPARE(found, files);
}

void TestCorpusQueries::searchSurvivesSaveAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.sqlite"_s);
    QVERIFY(m_store.saveAs(path));
    Store reopened;
    QVERIFY(reopened.open());
    QVERIFY(reopened.load(path));
    QCOMPARE(CorpusQueries(&reopened).search(u"晶圆贴膜"_s).size(), 1);
}

void TestCorpusQueries::searchCrossesScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("files");
    const QStringList both{u"hans.txt"_s, u"hant.txt"_s};
    QTest::newRow("Simplified word, two characters") << u"投资"_s << both;
    QTest::newRow("Traditional word, two characters") << u"投資"_s << both;
    QTest::newRow("Simplified phrase (trigram)") << u"投资建设"_s << both;
    QTest::newRow("Traditional phrase (trigram)") << u"投資建設"_s << both;
    QTest::newRow("mixed scripts") << u"投資建设"_s << both;
    QTest::newRow("only in the Traditional article") << u"集团"_s << QStringList{u"hant.txt"_s};
    QTest::newRow("only in the Simplified article") << u"南嶺"_s << QStringList{u"hans.txt"_s};
    QTest::newRow("title in Traditional") << u"签约仪式"_s << QStringList{u"hant.txt"_s};
    QTest::newRow("same script, no match") << u"投资者"_s << QStringList{};
}

void TestCorpusQueries::searchCrossesScripts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, files);
    Store store;
    QVERIFY(store.open());
    const auto document = [](const QString& name, const QString& text) {
        Document d;
        d.path = d.name = name;
        d.encoding = u"UTF-8"_s;
        d.originalText = text;
        return CorpusProcessor::analyze(d);
    };
    QVERIFY(store.addDocuments(
        {document(u"hans.txt"_s, u"南岭公司投资建设新厂\n南岭公司在本市投资建设新厂。\n"_s),
         document(u"hant.txt"_s, u"宏遠集團簽約儀式舉行\n宏遠集團將投資建設新廠。\n"_s)}));
    ProjectFilter f;
    f.search = text;
    QStringList found;
    for (const auto& d : CorpusQueries(&store).documents(f))
        found << d.file;
    found.sort();
    QCOMPARE(found, files);
    // The index is rebuilt the same way when a saved corpus is opened.
    QTemporaryDir dir;
    QVERIFY(store.saveAs(dir.filePath(u"c.sqlite"_s)));
    Store reopened;
    QVERIFY(reopened.open());
    QVERIFY(reopened.load(dir.filePath(u"c.sqlite"_s)));
    QCOMPARE(CorpusQueries(&reopened).search(text).size(), files.size());
}

void TestCorpusQueries::articleRegionIsWhatItIsAbout()
{
    const CorpusQueries q(&m_store);
    QStringList regions;
    for (const auto& d : q.documents({}))
        regions << d.region;
    // 004 is about 昆山高新区 (its title), though one of its projects lands in 嘉兴.
    QCOMPARE(regions, (QStringList{u"嘉兴市"_s, u"嘉兴市"_s, u"湘潭市"_s, u"绍兴市"_s, u"苏州市"_s}));

    // A database saved before articles had a region (schema 2) falls back to where their projects land.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.sqlite"_s);
    QVERIFY(m_store.saveAs(path));
    // (Files of that version had no index of the articles' list either.)
    TestSupport::alterDatabase(path,
                               {u"DROP INDEX documents_list"_s, u"ALTER TABLE documents DROP COLUMN region"_s,
                                u"UPDATE meta SET value = '2' WHERE name = 'schema_version'"_s});
    Store reopened;
    QVERIFY(reopened.open());
    QString error;
    QVERIFY2(reopened.load(path, &error), qPrintable(error));
    const auto rows = CorpusQueries(&reopened).documents({});
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[2].region, u"湘潭市"_s);
}

void TestCorpusQueries::summary()
{
    const CorpusQueries q(&m_store);
    const auto s = q.summary({});
    QCOMPARE(s.documents, 5);
    QCOMPARE(s.projects, m_projects);
    QVERIFY(s.totalByCurrency.contains(u"CNY"_s));
    QVERIFY(s.totalByCurrency.contains(u"USD"_s));
    QVERIFY(s.totalCny >= 100e8);
    QCOMPARE(q.currencies({}), s.totalByCurrency.keys());
    ProjectFilter none;
    none.status = u"no such status"_s;
    QCOMPARE(q.currencies(none), QStringList());
}

void TestCorpusQueries::sortKeyOrdersAsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("sorted");
    // Chinese by pinyin: an, bei, guang, shang, tian (by code point: 上 北 天 安 广).
    const QStringList places{u"上海"_s, u"北京"_s, u"天津"_s, u"安徽"_s, u"广州"_s};
    QTest::newRow("zh_CN: pinyin") << u"zh_CN"_s
                                   << QStringList{u"安徽"_s, u"北京"_s, u"广州"_s, u"上海"_s, u"天津"_s};
    QTest::newRow("en_US: Han by code point") << u"en_US"_s << places;
    // Letters before case (a binary order puts every capital first).
    QTest::newRow("en_US: case second")
        << u"en_US"_s << QStringList{u"apple"_s, u"Banana"_s, u"cherry"_s, u"Cherry"_s};
    QTest::newRow("C: code units") << u"C"_s << QStringList{u"B"_s, u"a"_s, u"c"_s, u"上海"_s, u"北京"_s};
    QTest::newRow("empty first") << u"zh_CN"_s << QStringList{QString(u""_s), u"阿"_s};
}

void TestCorpusQueries::sortKeyOrdersAsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, sorted);
    const auto restore =
        qScopeGuard([this] { QVERIFY(registerSortKey(m_store.database(), QLocale(), nullptr)); });
    QString error;
    QVERIFY2(registerSortKey(m_store.database(), QLocale(locale), &error), qPrintable(error));
    QStringList values;
    QVariantList bound;
    for (qsizetype i = sorted.size() - 1; i >= 0; --i) { // given in reverse
        values << u"(?)"_s;
        bound << sorted[i];
    }
    QSqlQuery q(m_store.database());
    QVERIFY(
        q.prepare(u"SELECT column1 FROM (VALUES %1) ORDER BY sort_key(column1)"_s.arg(values.join(u", "_s))));
    for (const QVariant& v : bound)
        q.addBindValue(v);
    QVERIFY(q.exec());
    QStringList got;
    while (q.next())
        got << q.value(0).toString();
    QCOMPARE(got, sorted);
    // The order the views had when Qt sorted them (QString::localeAwareCompare, QCollator).
    QStringList byQt = sorted;
    QCollator collator{QLocale(locale)};
    std::stable_sort(byQt.begin(), byQt.end(), collator);
    QCOMPARE(byQt, sorted);
    // NULL sorts first, and stays NULL.
    QVERIFY(q.exec(u"SELECT sort_key(NULL) IS NULL"_s) && q.next());
    QCOMPARE(q.value(0).toBool(), true);
}

namespace {

// Ids in the order the views had when a QSortFilterProxyModel sorted them (stable: ties by id).
template <typename Row, typename Less>
QList<int> sortedIds(QList<Row> rows, bool descending, Less less)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const Row& a, const Row& b) { return descending ? less(b, a) : less(a, b); });
    QList<int> ids;
    for (const Row& r : rows)
        ids << r.id;
    return ids;
}

ProjectFilter oneCity()
{
    ProjectFilter f;
    f.regionLevel = ProjectFilter::RegionLevel::City;
    f.region = u"绍兴市"_s;
    return f;
}

} // namespace

void TestCorpusQueries::projectOrder_data()
{
    using Key = CorpusQueries::ProjectOrder::Key;
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("filtered");
    const std::pair<const char*, Key> keys[] = {{"id", Key::Id},
                                                {"name", Key::Name},
                                                {"company", Key::Company},
                                                {"region", Key::Region},
                                                {"city", Key::City},
                                                {"province", Key::Province},
                                                {"investment", Key::Investment},
                                                {"industry", Key::Industry},
                                                {"status", Key::Status},
                                                {"article", Key::Document}};
    for (const auto& [name, key] : keys) {
        for (bool descending : {false, true}) {
            for (bool filtered : {false, true}) {
                QTest::addRow("%s %s%s", name, descending ? "descending" : "ascending",
                              filtered ? ", one city" : "")
                    << static_cast<int>(key) << descending << filtered;
            }
        }
    }
}

void TestCorpusQueries::projectOrder()
{
    using Key = CorpusQueries::ProjectOrder::Key;
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(bool, filtered);
    // Chinese names in pinyin order, as the Chinese UI shows them.
    const auto restore = qScopeGuard([this] { QVERIFY(m_store.setCollation(QLocale())); });
    QVERIFY(m_store.setCollation(QLocale(u"zh_CN"_s)));
    QCollator collator{QLocale(u"zh_CN"_s)};
    const CorpusQueries q(&m_store);
    const ProjectFilter filter = filtered ? oneCity() : ProjectFilter{};
    const QList<CorpusQueries::ProjectRow> rows = q.projects(filter);
    QVERIFY(rows.size() > 1);
    using Row = CorpusQueries::ProjectRow;
    const auto text = [&collator](QString (*field)(const Row&)) {
        return [&collator, field](const Row& a, const Row& b) {
            return collator.compare(field(a), field(b)) < 0;
        };
    };
    QList<int> expected;
    switch (static_cast<Key>(key)) {
    case Key::Id:
        expected = sortedIds(rows, descending, [](const Row& a, const Row& b) { return a.id < b.id; });
        break;
    case Key::Name:
        expected = sortedIds(rows, descending, text([](const Row& r) { return r.name; }));
        break;
    case Key::Company:
        expected = sortedIds(rows, descending, text([](const Row& r) { return r.company; }));
        break;
    case Key::Region:
        expected = sortedIds(rows, descending, text([](const Row& r) { return r.region; }));
        break;
    case Key::City:
        expected = sortedIds(rows, descending, text([](const Row& r) { return r.city; }));
        break;
    case Key::Province:
        expected = sortedIds(rows, descending, text([](const Row& r) { return r.province; }));
        break;
    case Key::Investment: {
        const auto value = [](const Row& r) {
            return r.amountCny ? *r.amountCny : r.amount ? *r.amount : -1.0;
        };
        expected =
            sortedIds(rows, descending, [&](const Row& a, const Row& b) { return value(a) < value(b); });
        break;
    }
    case Key::Industry:
        expected =
            sortedIds(rows, descending, [](const Row& a, const Row& b) { return a.industry < b.industry; });
        break;
    case Key::Status:
        expected =
            sortedIds(rows, descending, [](const Row& a, const Row& b) { return a.status < b.status; });
        break;
    case Key::Document:
        expected = sortedIds(rows, descending, text([](const Row& r) { return r.documentFile; }));
        break;
    }
    QCOMPARE(q.projectIds(filter, {static_cast<Key>(key), descending}), expected);
}

void TestCorpusQueries::documentOrder_data()
{
    using Key = CorpusQueries::DocumentOrder::Key;
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("filter"); // 0 none, 1 one city, 2 search
    const std::pair<const char*, Key> keys[] = {
        {"id", Key::Id},         {"file", Key::File},         {"title", Key::Title},
        {"region", Key::Region}, {"projects", Key::Projects}, {"investment", Key::Investment}};
    const char* const filters[] = {"", ", one city", ", search"};
    for (const auto& [name, key] : keys) {
        for (bool descending : {false, true}) {
            for (int filter = 0; filter < 3; ++filter) {
                QTest::addRow("%s %s%s", name, descending ? "descending" : "ascending", filters[filter])
                    << static_cast<int>(key) << descending << filter;
            }
        }
    }
}

void TestCorpusQueries::documentOrder()
{
    using Key = CorpusQueries::DocumentOrder::Key;
    QFETCH(int, key);
    QFETCH(bool, descending);
    QFETCH(int, filter);
    const auto restore = qScopeGuard([this] { QVERIFY(m_store.setCollation(QLocale())); });
    QVERIFY(m_store.setCollation(QLocale(u"zh_CN"_s)));
    QCollator collator{QLocale(u"zh_CN"_s)};
    const CorpusQueries q(&m_store);
    ProjectFilter f = filter == 1 ? oneCity() : ProjectFilter{};
    if (filter == 2)
        f.search = u"项目"_s;
    const QList<CorpusQueries::DocumentRow> rows = q.documents(f);
    QVERIFY(rows.size() > 1 || filter == 1);
    QVERIFY(!rows.isEmpty());
    using Row = CorpusQueries::DocumentRow;
    QList<int> expected;
    switch (static_cast<Key>(key)) {
    case Key::Id:
        expected = sortedIds(rows, descending, [](const Row& a, const Row& b) { return a.id < b.id; });
        break;
    case Key::File:
        expected = sortedIds(rows, descending, [&](const Row& a, const Row& b) {
            return collator.compare(a.file, b.file) < 0;
        });
        break;
    case Key::Title:
        expected = sortedIds(rows, descending, [&](const Row& a, const Row& b) {
            return collator.compare(a.title, b.title) < 0;
        });
        break;
    case Key::Region:
        expected = sortedIds(rows, descending, [&](const Row& a, const Row& b) {
            return collator.compare(a.region, b.region) < 0;
        });
        break;
    case Key::Projects:
        expected =
            sortedIds(rows, descending, [](const Row& a, const Row& b) { return a.projects < b.projects; });
        break;
    case Key::Investment:
        expected =
            sortedIds(rows, descending, [](const Row& a, const Row& b) { return a.totalCny < b.totalCny; });
        break;
    }
    QCOMPARE(q.documentIds(f, {static_cast<Key>(key), descending}), expected);
    QCOMPARE(q.documentCount(f), rows.size());
}

void TestCorpusQueries::rowsById_data()
{
    QTest::addColumn<int>("filter"); // 0 none, 1 one city, 2 search, 3 one article
    QTest::newRow("no filter") << 0;
    QTest::newRow("one city") << 1;
    QTest::newRow("search") << 2;
    QTest::newRow("one article") << 3;
}

void TestCorpusQueries::rowsById()
{
    QFETCH(int, filter);
    const CorpusQueries q(&m_store);
    ProjectFilter f = filter == 1 ? oneCity() : ProjectFilter{};
    if (filter == 2)
        f.search = u"项目"_s;
    if (filter == 3)
        f.documentId = q.documents({}).value(1).id;
    // The rows a page asks for are the rows of the whole list, in the order asked, unknown ids left out.
    const QList<CorpusQueries::ProjectRow> projects = q.projects(f);
    QVERIFY(!projects.isEmpty());
    QList<int> ids;
    for (qsizetype i = projects.size() - 1; i >= 0; --i)
        ids << projects[i].id;
    ids.insert(1, 999999);
    const QList<CorpusQueries::ProjectRow> byId = q.projectsById(ids);
    QCOMPARE(byId.size(), projects.size());
    for (qsizetype i = 0; i < byId.size(); ++i) {
        const CorpusQueries::ProjectRow& want = projects[projects.size() - 1 - i];
        QCOMPARE(byId[i].id, want.id);
        QCOMPARE(byId[i].name, want.name);
        QCOMPARE(byId[i].documentId, want.documentId);
        QCOMPARE(byId[i].documentFile, want.documentFile);
        QCOMPARE(byId[i].evidence.start, want.evidence.start);
        QCOMPARE(byId[i].evidence.end, want.evidence.end);
        QCOMPARE(byId[i].mentions, want.mentions);
        QCOMPARE(byId[i].explanation, want.explanation);
    }
    const QList<CorpusQueries::DocumentRow> documents = q.documents(f);
    QVERIFY(!documents.isEmpty());
    ids.clear();
    for (qsizetype i = documents.size() - 1; i >= 0; --i)
        ids << documents[i].id;
    ids.prepend(999999);
    const QList<CorpusQueries::DocumentRow> documentsById = q.documentsById(f, ids);
    QCOMPARE(documentsById.size(), documents.size());
    for (qsizetype i = 0; i < documentsById.size(); ++i) {
        const CorpusQueries::DocumentRow& want = documents[documents.size() - 1 - i];
        QCOMPARE(documentsById[i].id, want.id);
        QCOMPARE(documentsById[i].file, want.file);
        QCOMPARE(documentsById[i].title, want.title);
        QCOMPARE(documentsById[i].region, want.region);
        QCOMPARE(documentsById[i].projects, want.projects);
        QCOMPARE(documentsById[i].totalCny, want.totalCny);
    }
    QCOMPARE(q.documentIds(f, {}).size(), documents.size());
}

namespace {

void compareBuckets(const QList<CorpusQueries::Bucket>& facts, const QList<CorpusQueries::Bucket>& sql)
{
    QCOMPARE(facts.size(), sql.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        QCOMPARE(facts[i].key, sql[i].key);
        QCOMPARE(facts[i].count, sql[i].count);
        QCOMPARE(facts[i].totalCny, sql[i].totalCny);
        QCOMPARE(facts[i].withAmount, sql[i].withAmount);
        QCOMPARE(facts[i].corrected, sql[i].corrected);
    }
}

} // namespace

void TestCorpusQueries::factsAnswerAsSql_data()
{
    using Level = ProjectFilter::RegionLevel;
    QTest::addColumn<ProjectFilter>("filter");
    const auto region = [](Level level, const QString& name) {
        ProjectFilter f;
        f.regionLevel = level;
        f.region = name;
        return f;
    };
    QTest::newRow("none") << ProjectFilter{};
    QTest::newRow("province") << region(Level::Province, u"浙江省"_s);
    QTest::newRow("city") << region(Level::City, u"绍兴市"_s);
    QTest::newRow("county") << region(Level::County, u"昆山市"_s);
    QTest::newRow("no county") << region(Level::County, ProjectFilter::kNoRegion);
    QTest::newRow("no zone") << region(Level::Zone, ProjectFilter::kNoRegion);
    QTest::newRow("a place no project has") << region(Level::City, u"拉萨市"_s);
    ProjectFilter others;
    others.regionLevel = Level::City;
    others.regionOthers = {u"绍兴市"_s, u"不存在市"_s};
    QTest::newRow("other cities") << others;
    for (const QString& code : {u"SEMI"_s, u"OTHER"_s, u"NOSUCH"_s}) {
        ProjectFilter f;
        f.industry = code;
        QTest::addRow("industry %s", qPrintable(code)) << f;
    }
    for (int size = 0; size < ProjectFilter::kSizeBucketCount; ++size) {
        ProjectFilter f;
        f.size = static_cast<ProjectFilter::SizeBucket>(size);
        QTest::addRow("size %d", size) << f;
    }
    ProjectFilter status;
    status.status = u"signed"_s;
    QTest::newRow("status") << status;
    ProjectFilter article;
    article.documentId = 2;
    QTest::newRow("one article") << article;
    ProjectFilter combined = region(Level::Province, u"浙江省"_s);
    combined.status = u"signed"_s;
    combined.showExcluded = true;
    QTest::newRow("province, signed, excluded shown") << combined;
    ProjectFilter excluded;
    excluded.showExcluded = true;
    QTest::newRow("excluded shown") << excluded;
}

void TestCorpusQueries::factsAnswerAsSql()
{
    QFETCH(ProjectFilter, filter);
    // A store with an excluded and a corrected project, and a company to filter by.
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.setCollation(QLocale(u"zh_CN"_s))); // names by pinyin, in both
    QVERIFY(store.addDocuments(m_corpus));
    const CorpusQueries sql(&store, CorpusQueries::Engine::Sql);
    const QList<CorpusQueries::ProjectRow> rows = sql.projects({});
    QVERIFY(rows.size() > 3);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"UPDATE projects SET excluded = 1 WHERE id = %1"_s.arg(rows[0].id)));
    QVERIFY(q.exec(u"UPDATE projects SET corrected = 'company' WHERE id = %1"_s.arg(rows[1].id)));
    // No industry code and the code OTHER: the chart counts both as "other", the table sorts them apart.
    QVERIFY(q.exec(u"UPDATE projects SET industry_code = NULL WHERE id = %1"_s.arg(rows[2].id)));
    QVERIFY(q.exec(u"UPDATE projects SET industry_code = 'OTHER' WHERE id = %1"_s.arg(rows[3].id)));
    const CorpusQueries facts(&store);
    QList<ProjectFilter> filters{filter};
    ProjectFilter byCompany = filter;
    byCompany.company = rows[2].company;
    filters << byCompany;
    for (const ProjectFilter& f : filters) {
        for (auto level : {ProjectFilter::RegionLevel::Province, ProjectFilter::RegionLevel::City,
                           ProjectFilter::RegionLevel::County, ProjectFilter::RegionLevel::Zone}) {
            for (bool byAmount : {false, true}) {
                compareBuckets(facts.byRegion(level, f, 2, byAmount), sql.byRegion(level, f, 2, byAmount));
                compareBuckets(facts.byRegion(level, f, 0, byAmount), sql.byRegion(level, f, 0, byAmount));
            }
        }
        compareBuckets(facts.bySize(f), sql.bySize(f));
        compareBuckets(facts.byIndustry(f), sql.byIndustry(f));
        const CorpusQueries::Summary a = facts.summary(f);
        const CorpusQueries::Summary b = sql.summary(f);
        QCOMPARE(a.documents, b.documents);
        QCOMPARE(a.projects, b.projects);
        QCOMPARE(a.totalByCurrency, b.totalByCurrency);
        QCOMPARE(a.totalCny, b.totalCny);
        QCOMPARE(a.convertedCny, b.convertedCny);
        QCOMPARE(a.convertedFrom, b.convertedFrom);
        QCOMPARE(a.withoutAmount, b.withoutAmount);
        QCOMPARE(a.corrected, b.corrected);
        QCOMPARE(a.excluded, b.excluded);
        QCOMPARE(facts.currencies(f), sql.currencies(f));
        QCOMPARE(facts.documentCount(f), sql.documentCount(f));
        using ProjectKey = CorpusQueries::ProjectOrder::Key;
        for (ProjectKey key :
             {ProjectKey::Investment, ProjectKey::Industry, ProjectKey::Status, ProjectKey::Province,
              ProjectKey::City, ProjectKey::Region, ProjectKey::Company}) {
            for (bool descending : {false, true})
                QCOMPARE(facts.projectIds(f, {key, descending}), sql.projectIds(f, {key, descending}));
        }
        using Key = CorpusQueries::DocumentOrder::Key;
        for (Key key : {Key::Id, Key::Projects, Key::Investment}) {
            for (bool descending : {false, true})
                QCOMPARE(facts.documentIds(f, {key, descending}), sql.documentIds(f, {key, descending}));
        }
    }
}

void TestCorpusQueries::factsFollowTheStore()
{
    // Read again after every change: more articles, a review edit, everything cleared, opened afresh.
    Store store;
    QVERIFY(store.open());
    const CorpusQueries q(&store);
    QCOMPARE(q.summary({}).projects, 0);
    QVERIFY(store.addDocuments(m_corpus.mid(0, 2)));
    const int firstTwo = q.summary({}).projects;
    QVERIFY(firstTwo > 0);
    QVERIFY(store.addDocuments(m_corpus.mid(2)));
    QCOMPARE(q.summary({}).projects, m_projects);
    QCOMPARE(q.documentCount({}), m_corpus.size());
    const CorpusQueries::ProjectRow first = q.projects({}).front();
    Project excluded = first.project();
    excluded.excluded = true;
    QVERIFY(store.updateProject(first.id, excluded));
    QCOMPARE(q.summary({}).projects, m_projects - 1);
    QCOMPARE(q.summary({}).excluded, 1);
    QVERIFY(store.clear());
    QCOMPARE(q.summary({}).projects, 0);
    QVERIFY(q.byIndustry({}).isEmpty());
    QVERIFY(store.addDocuments(m_corpus.mid(0, 2)));
    QCOMPARE(q.summary({}).projects, firstTwo);
    QVERIFY(store.open());
    QCOMPARE(q.summary({}).projects, 0);
}

QTEST_GUILESS_MAIN(TestCorpusQueries)
#include "tst_corpusqueries.moc"
