#include "geo/gazetteer.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gazetteer::Level)

class TestGazetteer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shortForms_data();
    void shortForms();
    void hierarchy_data();
    void hierarchy();
    void shortNamesResolve();
    void ambiguousNames();

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

void TestGazetteer::initTestCase()
{
    m_gazetteer = Gazetteer::shared();
    // 31 provinces, 342 cities, 2978 counties, 41352 towns, plus Hong Kong, Macao and Taiwan.
    QVERIFY(m_gazetteer->size() > 45000);
}

void TestGazetteer::shortForms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Gazetteer::Level>("level");
    QTest::addColumn<QString>("shortForm");
    using L = Gazetteer::Level;
    QTest::newRow("province") << u"浙江省"_s << L::Province << u"浙江"_s;
    QTest::newRow("municipality") << u"上海市"_s << L::Province << u"上海"_s;
    QTest::newRow("autonomous region") << u"广西壮族自治区"_s << L::Province << u"广西"_s;
    QTest::newRow("inner mongolia") << u"内蒙古自治区"_s << L::Province << u"内蒙古"_s;
    QTest::newRow("nationality without 族") << u"新疆维吾尔自治区"_s << L::Province << u"新疆"_s;
    QTest::newRow("prefecture, nationality without 族") << u"伊犁哈萨克自治州"_s << L::City << u"伊犁"_s;
    QTest::newRow("county, nationality without 族") << u"巴里坤哈萨克自治县"_s << L::County << u"巴里坤"_s;
    QTest::newRow("administrative committee") << u"大柴旦行政委员会"_s << L::County << u"大柴旦"_s;
    QTest::newRow("SAR") << u"香港特别行政区"_s << L::Province << u"香港"_s;
    QTest::newRow("city") << u"嘉兴市"_s << L::City << u"嘉兴"_s;
    QTest::newRow("autonomous prefecture") << u"恩施土家族苗族自治州"_s << L::City << u"恩施"_s;
    QTest::newRow("league") << u"阿拉善盟"_s << L::City << u"阿拉善"_s;
    QTest::newRow("county-level city") << u"平湖市"_s << L::County << u"平湖"_s;
    QTest::newRow("district") << u"闵行区"_s << L::County << u"闵行"_s;
    QTest::newRow("new area") << u"浦东新区"_s << L::County << u"浦东"_s;
    QTest::newRow("autonomous county") << u"长阳土家族自治县"_s << L::County << u"长阳"_s;
    QTest::newRow("one-character stem") << u"和县"_s << L::County << QString();
    QTest::newRow("generic district") << u"城区"_s << L::County << QString();
    QTest::newRow("town has none") << u"新仓镇"_s << L::Town << QString();
}

void TestGazetteer::shortForms()
{
    QFETCH(QString, name);
    QFETCH(Gazetteer::Level, level);
    QFETCH(QString, shortForm);
    QCOMPARE(Gazetteer::shortFormOf(name, level), shortForm);
}

void TestGazetteer::hierarchy_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("county");
    QTest::addColumn<QString>("town");
    QTest::newRow("town in county-level city")
        << u"330482103"_s << u"浙江省"_s << u"嘉兴市"_s << u"平湖市"_s << u"新仓镇"_s;
    QTest::newRow("district of a municipality")
        << u"310112"_s << u"上海市"_s << u"上海市"_s << u"闵行区"_s << QString();
    QTest::newRow("county-level city under a province")
        << u"429004"_s << u"湖北省"_s << u"仙桃市"_s << u"仙桃市"_s << QString();
    QTest::newRow("prefecture-level city")
        << u"4303"_s << u"湖南省"_s << u"湘潭市"_s << QString() << QString();
    QTest::newRow("province") << u"32"_s << u"江苏省"_s << QString() << QString() << QString();
}

void TestGazetteer::hierarchy()
{
    QFETCH(QString, code);
    QFETCH(QString, province);
    QFETCH(QString, city);
    QFETCH(QString, county);
    QFETCH(QString, town);
    const int index = m_gazetteer->indexOfCode(code);
    QVERIFY(index >= 0);
    const Gazetteer::Hierarchy h = m_gazetteer->hierarchy(index);
    QCOMPARE(h.province, province);
    QCOMPARE(h.city, city);
    QCOMPARE(h.county, county);
    QCOMPARE(h.town, town);
}

void TestGazetteer::shortNamesResolve()
{
    const QList<int> pinghu = m_gazetteer->byShortName(u"平湖");
    QCOMPARE(pinghu.size(), 1);
    QCOMPARE(m_gazetteer->at(pinghu.front()).name, u"平湖市"_s);
    QCOMPARE(m_gazetteer->at(pinghu.front()).code, u"330482"_s);
    const int jiaxing = m_gazetteer->indexOfCode(u"3304");
    QVERIFY(m_gazetteer->contains(jiaxing, pinghu.front()));
    QVERIFY(!m_gazetteer->contains(pinghu.front(), jiaxing));
    QCOMPARE(m_gazetteer->byShortName(u"嵊州").size(), 1);
    QVERIFY(m_gazetteer->byShortName(u"招商").isEmpty());
}

void TestGazetteer::ambiguousNames()
{
    // The same name in several places: the extractor disambiguates by context.
    QVERIFY(m_gazetteer->byName(u"朝阳区").size() >= 2);
    const QList<int> xincang = m_gazetteer->byName(u"新仓镇");
    QVERIFY(xincang.size() >= 2);
    QVERIFY(xincang.contains(m_gazetteer->indexOfCode(u"330482103")));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
