// People, dates, areas and capacities.
#include "clean/textcleaner.h"
#include "extract/dateextractor.h"
#include "extract/extractor.h"
#include "extract/measureextractor.h"
#include "extract/personextractor.h"

#include "text/charclass.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEntityExtractors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loneSurrogatesReplaced_data();
    void loneSurrogatesReplaced();
    void extractsTextWithLoneSurrogates();
    void people_data();
    void people();
    void dates_data();
    void dates();
    void articleYear();
    void measures_data();
    void measures();
};

void TestEntityExtractors::people_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // name=role
    QTest::newRow("title before name")
        << u"海威汽车董事长王承永坦率直言"_s << QStringList{u"王承永=董事长"_s};
    QTest::newRow("two-character name before a verb")
        << u"市招商服务中心主任盛斌表示"_s << QStringList{u"盛斌=主任"_s};
    QTest::newRow("party title") << u"党工委副书记张立帆说。张立帆还说"_s
                                 << QStringList{u"张立帆=党工委副书记"_s, u"张立帆=党工委副书记"_s};
    QTest::newRow("promoter") << u"招商员沈跃杰又一次联系上了企业"_s << QStringList{u"沈跃杰=招商员"_s};
    QTest::newRow("transliterated") << u"诺瓦瑞思集团首席执行官皮埃尔·布莱为平湖点赞"_s
                                    << QStringList{u"皮埃尔·布莱=首席执行官"_s};
    QTest::newRow("speaker without title") << u"“项目推进迅速。”曹含说。"_s << QStringList{u"曹含="_s};
    QTest::newRow("reporter after a space")
        << u"本报南宁电(记者 罗光明)昨日"_s << QStringList{u"罗光明=记者"_s};
    QTest::newRow("editor after a colon") << u"责任编辑：钱文涛"_s << QStringList{u"钱文涛=责任编辑"_s};
    QTest::newRow("two reporters signed together")
        << u"新闻记者周宁郑光辉"_s << QStringList{u"周宁=记者"_s, u"郑光辉=记者"_s};
    QTest::newRow("names listed after the first share its title")
        << u"县领导孙立、何春江、赵一鸣出席"_s
        << QStringList{u"孙立=领导"_s, u"何春江=领导"_s, u"赵一鸣=领导"_s};
    QTest::newRow("two-character family name")
        << u"副市长欧阳明远表示"_s << QStringList{u"欧阳明远=副市长"_s};
    QTest::newRow("given name ending in 山 after a title")
        << u"集团董事长吕青山表示"_s << QStringList{u"吕青山=董事长"_s};
    QTest::newRow("a name said twice is not longer")
        << u"副市长钱杭钱杭代表市政府致辞"_s << QStringList{u"钱杭=副市长"_s, u"钱杭=副市长"_s};
    QTest::newRow("author in brackets after the dateline")
        << u"新华网福州5月2日电(韩立)近日"_s << QStringList{u"韩立=作者"_s};
    QTest::newRow("counter: 说法 is no verb of saying") << u"官方说法是：个别媒体把关不严"_s << QStringList{};
    QTest::newRow("counter: a bracketed word inside a sentence")
        << u"项目(一期)已开工，二期明年开工"_s << QStringList{};
    QTest::newRow("author") << u"正文。"_s << QStringList{};
    QTest::newRow("counter: pronoun") << u"沈跃杰第一时间向其介绍了政策"_s << QStringList{};
    QTest::newRow("counter: title inside a word") << u"省市县长项目攻坚专班"_s << QStringList{};
}

void TestEntityExtractors::people()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Entity& e : PersonExtractor::extract(text, {})) {
        QCOMPARE(e.type, EntityType::Person);
        found << e.text + u'=' + e.role;
    }
    QCOMPARE(found, expected);
}

void TestEntityExtractors::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");             // 0: the article does not tell
    QTest::addColumn<QStringList>("expected"); // surface=normalized
    QTest::newRow("absolute") << u"2023年1月6日出发，2024年3月签约，2021年投产"_s << 0
                              << QStringList{u"2023年1月6日=2023-01-06"_s, u"2024年3月=2024-03"_s,
                                             u"2021年=2021"_s};
    QTest::newRow("relative anchored")
        << u"今年3月签约，去年12月落户，明年6月竣工"_s << 2023
        << QStringList{u"今年3月=2023-03"_s, u"去年12月=2022-12"_s, u"明年6月=2024-06"_s};
    QTest::newRow("quarter") << u"今年一季度成功牵手"_s << 2024 << QStringList{u"今年一季度=2024-Q1"_s};
    QTest::newRow("month and day") << u"3月29日召开大会"_s << 2024 << QStringList{u"3月29日=2024-03-29"_s};
    QTest::newRow("relative without a year") << u"今年3月签约"_s << 0 << QStringList{u"今年3月="_s};
    QTest::newRow("counter: not dates") << u"13个月、第3月份、2月份投产"_s << 2024 << QStringList{};
}

void TestEntityExtractors::dates()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Entity& e : DateExtractor::extract(text, year > 0 ? std::optional<int>(year) : std::nullopt))
        found << e.text + u'=' + e.normalized;
    QCOMPARE(found, expected);
}

void TestEntityExtractors::articleYear()
{
    QCOMPARE(DateExtractor::articleYear(u"2024年平湖市产业链招商大会，2014年落户，2024年签约"_s),
             std::optional<int>(2024));
    QCOMPARE(DateExtractor::articleYear(u"1986年，第一家外商投资企业落户"_s), std::nullopt);
    QCOMPARE(DateExtractor::articleYear(u"今年以来"_s), std::nullopt);
}

void TestEntityExtractors::measures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // type:surface=normalized/role
    QTest::newRow("land in mu") << u"购置工业用地20亩"_s << QStringList{u"area:20亩=13333 m2/land"_s};
    QTest::newRow("floor space") << u"总建筑面积近5800平方米"_s
                                 << QStringList{u"area:近5800平方米=5800 m2/floor"_s};
    QTest::newRow("square kilometres")
        << u"规划面积2平方公里"_s << QStringList{u"area:2平方公里=2000000 m2/land"_s};
    QTest::newRow("about, at the text's start")
        << u"约1.5万平方米厂房"_s << QStringList{u"area:约1.5万平方米=15000 m2/floor"_s};
    QTest::newRow("two, the second with its word")
        << u"占地100亩超200亩"_s
        << QStringList{u"area:100亩=66667 m2/land"_s, u"area:超200亩=133333 m2/land"_s};
    QTest::newRow("counter: a word that is no qualifier")
        << u"新增3公顷"_s << QStringList{u"area:3公顷=30000 m2/land"_s};
    QTest::newRow("capacity") << u"新建年产500套半导体设备"_s
                              << QStringList{u"capacity:年产500套=500 套/年/"_s};
    QTest::newRow("capacity in wan") << u"海威汽车年产480万套车身"_s
                                     << QStringList{u"capacity:年产480万套=4800000 套/年/"_s};
    QTest::newRow("counter: money and counts") << u"投资1.2亿元，项目7个"_s << QStringList{};
}

void TestEntityExtractors::measures()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Entity& e : MeasureExtractor::extract(text))
        found << entityTypeName(e.type) + u':' + e.text + u'=' + e.normalized + u'/' + e.role;
    QCOMPARE(found, expected);
}

void TestEntityExtractors::loneSurrogatesReplaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("valid");
    const QString pair = QString::fromUcs4(U"\U00020000"); // an ideograph of extension B: a pair
    const QString fffd(QChar::ReplacementCharacter);
    QTest::newRow("a pair stays") << u"投资"_s + pair + u"亿元"_s << u"投资"_s + pair + u"亿元"_s;
    QTest::newRow("a lone high half") << u"投资"_s + pair.left(1) + u"亿元"_s << u"投资"_s + fffd + u"亿元"_s;
    QTest::newRow("a lone low half") << pair.right(1) + u"亿元"_s << fffd + u"亿元"_s;
    QTest::newRow("a high half at the end") << u"亿元"_s + pair.left(1) << u"亿元"_s + fffd;
    QTest::newRow("counter: plain text") << u"恒川项目"_s << u"恒川项目"_s;
}

void TestEntityExtractors::loneSurrogatesReplaced()
{
    QFETCH(QString, text);
    QFETCH(QString, valid);
    CharClass::makeValidUtf16(text);
    QCOMPARE(text, valid);
}

void TestEntityExtractors::extractsTextWithLoneSurrogates()
{
    // The extractor's patterns run on the text unchecked: a broken pair in the article changes nothing else.
    const QString sentence = u"恒川新材料有限公司投资8亿元建设年产5万吨新材料项目。"_s;
    const Annotations clean = Extractor::extract(TextCleaner::clean(sentence));
    const Annotations broken = Extractor::extract(TextCleaner::clean(sentence + QChar(0xD840)));
    QCOMPARE(broken.entities.size(), clean.entities.size());
    QCOMPARE(broken.projects.size(), clean.projects.size());
    QVERIFY(!clean.projects.isEmpty());
}

QTEST_APPLESS_MAIN(TestEntityExtractors)
#include "tst_entityextractors.moc"
