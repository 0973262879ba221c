#include "extract/regionextractor.h"

#include "text/simplifiedchinese.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRegionExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void refuses_data();
    void refuses();
};

namespace {

// "text|normalized|level|province|city|county" of every region entity, in order.
QStringList describe(const QList<Entity>& entities)
{
    QStringList out;
    for (const Entity& e : entities) {
        const Place p = e.place.value_or(Place{});
        out << QStringList{e.text, e.normalized, p.level, p.province, p.city, p.county}.join(u'|');
    }
    return out;
}

} // namespace

void TestRegionExtractor::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("regions");

    QTest::newRow("county and town in context")
        << u"浙江省平湖市新仓镇开工建设新项目"_s
        << QStringList{u"浙江省|浙江省|province|浙江省||"_s, u"平湖市|平湖市|county|浙江省|嘉兴市|平湖市"_s,
                       u"新仓镇|新仓镇|town|浙江省|嘉兴市|平湖市"_s};
    QTest::newRow("short county name with its city named")
        << u"嘉兴市积极响应，平湖招商人在路上"_s
        << QStringList{u"嘉兴市|嘉兴市|city|浙江省|嘉兴市|"_s, u"平湖|平湖市|county|浙江省|嘉兴市|平湖市"_s};
    QTest::newRow("district of a municipality")
        << u"位于上海市闵行区的创新中心"_s
        << QStringList{u"上海市|上海市|province|上海市||"_s, u"闵行区|闵行区|county|上海市|上海市|闵行区"_s};
    QTest::newRow("zone with its city")
        << u"湘潭高新区召开动员大会"_s << QStringList{u"湘潭高新区|湘潭高新区|zone|湖南省|湘潭市|"_s};
    QTest::newRow("zone after a verb")
        << u"项目落户嘉兴高新区"_s << QStringList{u"嘉兴高新区|嘉兴高新区|zone|浙江省|嘉兴市|"_s};
    QTest::newRow("zone of a county-level city")
        << u"昆山高新区聚焦人工智能"_s << QStringList{u"昆山高新区|昆山高新区|zone|江苏省|苏州市|昆山市"_s};
    QTest::newRow("zone named by bay and district")
        << u"绍兴市上虞区将在杭州湾上虞经开区建设研发中心"_s
        << QStringList{u"绍兴市|绍兴市|city|浙江省|绍兴市|"_s, u"上虞区|上虞区|county|浙江省|绍兴市|上虞区"_s,
                       u"杭州湾上虞经开区|杭州湾上虞经开区|zone|浙江省|绍兴市|上虞区"_s};
    // The extractor reads the Simplified form, made per ideograph (乾 -> 干); the place keeps its name.
    QTest::newRow("a name with 乾, in Simplified text")
        << SimplifiedChinese::fromTraditional(u"吉林省松原市乾安县签约"_s)
        << QStringList{u"吉林省|吉林省|province|吉林省||"_s, u"松原市|松原市|city|吉林省|松原市|"_s,
                       u"干安县|乾安县|county|吉林省|松原市|乾安县"_s};
    QTest::newRow("a bare zone keyword stands for the zone named before")
        << u"西安高新区签约38个项目。高新区管委会出席"_s
        << QStringList{u"西安高新区|西安高新区|zone|陕西省|西安市|"_s,
                       u"高新区|西安高新区|zone|陕西省|西安市|"_s};
    QTest::newRow("a zone keyword after a place name of its own is not the earlier zone")
        << u"西安高新区签约。长沙经开区也签约"_s
        << QStringList{u"西安高新区|西安高新区|zone|陕西省|西安市|"_s,
                       u"长沙经开区|长沙经开区|zone|湖南省|长沙市|"_s};
    QTest::newRow("a two-character county with its city named")
        << u"临沂市费县人民政府签约"_s
        << QStringList{u"临沂市|临沂市|city|山东省|临沂市|"_s, u"费县|费县|county|山东省|临沂市|费县"_s};
    QTest::newRow("park inside a zone") << u"公司位于清远高新区百嘉工业园"_s
                                        << QStringList{u"清远高新区|清远高新区|zone|广东省|清远市|"_s,
                                                       u"百嘉工业园|百嘉工业园|zone|广东省|清远市|"_s};
    QTest::newRow("a county's short form that names a park elsewhere in the text")
        << u"项目落户平湖工业园。平湖的企业很多"_s
        << QStringList{u"平湖工业园|平湖工业园|zone|浙江省|嘉兴市|平湖市"_s,
                       u"平湖|平湖市|county|浙江省|嘉兴市|平湖市"_s};
    QTest::newRow("a county under its province, by its short form with the province named")
        << u"海南省发布项目清单。昌江新建核电站"_s
        << QStringList{u"海南省|海南省|province|海南省||"_s,
                       u"昌江|昌江黎族自治县|county|海南省|昌江黎族自治县|昌江黎族自治县"_s};
    QTest::newRow("full place names in a row before a park's own name")
        << u"位于贵阳市观山湖区金栗特色食品产业园"_s
        << QStringList{u"贵阳市|贵阳市|city|贵州省|贵阳市|"_s,
                       u"观山湖区|观山湖区|county|贵州省|贵阳市|观山湖区"_s,
                       u"金栗特色食品产业园|金栗特色食品产业园|zone|贵州省|贵阳市|观山湖区"_s};
    QTest::newRow("counter: a short place name and a park make one name")
        << u"位于贵阳市观山湖金栗产业园"_s
        << QStringList{u"贵阳市观山湖金栗产业园|贵阳市观山湖金栗产业园|zone|贵州省|贵阳市|观山湖区"_s};
    QTest::newRow("a park keyword and 区 are one keyword")
        << u"入驻重庆西部物流园区"_s << QStringList{u"重庆西部物流园区|重庆西部物流园区|zone|重庆市||"_s};
    QTest::newRow("a verb before a zone's name is not part of it")
        << u"全力提升临港新片区能级，构建临港新片区开放体系"_s
        << QStringList{u"临港新片区|临港新片区|zone|||"_s, u"临港新片区|临港新片区|zone|||"_s};
    QTest::newRow("a company before a park is its developer")
        << u"落户黄石市恒川集团光谷产业园"_s
        << QStringList{u"黄石市|黄石市|city|湖北省|黄石市|"_s, u"光谷产业园|光谷产业园|zone|||"_s};
    QTest::newRow("counted parks") << u"建设中日、中德两大国别产业园"_s
                                   << QStringList{u"国别产业园|国别产业园|zone|||"_s};
    QTest::newRow("new area zone in a city's article")
        << u"绍兴市越城区和绍兴市，在滨海新区重点围绕生物医药，绍兴市"_s
        << QStringList{u"绍兴市|绍兴市|city|浙江省|绍兴市|"_s, u"越城区|越城区|county|浙江省|绍兴市|越城区"_s,
                       u"绍兴市|绍兴市|city|浙江省|绍兴市|"_s, u"滨海新区|滨海新区|zone|浙江省|绍兴市|"_s,
                       u"绍兴市|绍兴市|city|浙江省|绍兴市|"_s};
    QTest::newRow("full city name locating a zone")
        << u"绍兴市镜湖新区开发办"_s
        << QStringList{u"绍兴市|绍兴市|city|浙江省|绍兴市|"_s, u"镜湖新区|镜湖新区|zone|浙江省|绍兴市|"_s};
    QTest::newRow("nested park after a verb-like character")
        << u"正式入驻江阴高新区金山智造科技园"_s
        << QStringList{u"江阴高新区|江阴高新区|zone|江苏省|无锡市|江阴市"_s,
                       u"金山智造科技园|金山智造科技园|zone|江苏省|无锡市|江阴市"_s};
    QTest::newRow("town by its short name, county named")
        << u"平湖市赴西安洽谈项目落户曹桥事宜"_s
        << QStringList{u"平湖市|平湖市|county|浙江省|嘉兴市|平湖市"_s, u"西安|西安市|city|陕西省|西安市|"_s,
                       u"曹桥|曹桥街道|town|浙江省|嘉兴市|平湖市"_s};
    QTest::newRow("new area district of Tianjin")
        << u"天津滨海新区"_s
        << QStringList{u"天津|天津市|province|天津市||"_s,
                       u"滨海新区|滨海新区|county|天津市|天津市|滨海新区"_s};
    QTest::newRow("park named after its place")
        << u"嘉兴市平湖市的张江平湖园和张江长三角科技城平湖园"_s
        << QStringList{u"嘉兴市|嘉兴市|city|浙江省|嘉兴市|"_s, u"平湖市|平湖市|county|浙江省|嘉兴市|平湖市"_s,
                       u"张江平湖园|张江平湖园|zone|浙江省|嘉兴市|平湖市"_s,
                       u"张江长三角科技城平湖园|张江长三角科技城平湖园|zone|浙江省|嘉兴市|平湖市"_s};
    QTest::newRow("foreign country and city")
        << u"法国诺瓦瑞斯集团，印尼雅加达绿洲双塔"_s
        << QStringList{u"法国|法国|country|||"_s, u"印尼|印度尼西亚|country|||"_s,
                       u"雅加达|雅加达|city||雅加达|"_s};
    // A zone named without a place lies in the city the text is about, when one city has more than half
    // of the mentions; two cities named as often leave it open.
    QTest::newRow("a nameless zone in the dominant city")
        << u"湘潭市签约。湘潭市开工。湘潭市投产。10个项目将入驻我市的产业集聚区"_s
        << QStringList{u"湘潭市|湘潭市|city|湖南省|湘潭市|"_s, u"湘潭市|湘潭市|city|湖南省|湘潭市|"_s,
                       u"湘潭市|湘潭市|city|湖南省|湘潭市|"_s,
                       u"产业集聚区|产业集聚区|zone|湖南省|湘潭市|"_s};
    QTest::newRow("a nameless zone with two cities tied")
        << u"湘潭市、株洲市签约。湘潭市、株洲市开工。湘潭市、株洲市投产。项目将入驻产业集聚区"_s
        << QStringList{u"湘潭市|湘潭市|city|湖南省|湘潭市|"_s, u"株洲市|株洲市|city|湖南省|株洲市|"_s,
                       u"湘潭市|湘潭市|city|湖南省|湘潭市|"_s, u"株洲市|株洲市|city|湖南省|株洲市|"_s,
                       u"湘潭市|湘潭市|city|湖南省|湘潭市|"_s, u"株洲市|株洲市|city|湖南省|株洲市|"_s,
                       u"产业集聚区|产业集聚区|zone|||"_s};
    QTest::newRow("Taiwan, Simplified") << u"台湾客商"_s << QStringList{u"台湾|台湾省|province|台湾省||"_s};
}

void TestRegionExtractor::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, regions);
    const QList<Entity> found = RegionExtractor::shared()->extract(text);
    QCOMPARE(describe(found), regions);
    for (const Entity& e : found) {
        QCOMPARE(e.type, EntityType::Region);
        QCOMPARE(text.mid(e.span.start, e.span.length()), e.text);
    }
}

void TestRegionExtractor::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("common word 合作 with a province named") << u"与贵州、甘肃等地开展劳务合作"_s;
    QTest::newRow("新兴产业") << u"发展壮大新兴产业，加快合作"_s;
    QTest::newRow("anaphoric zone") << u"该高新区全体干部职工形成共识"_s;
    QTest::newRow("scale, not a park") << u"打造千亿元级产业园区"_s;
    QTest::newRow("generic zone without a place") << u"进一步完善高新区服务"_s;
    QTest::newRow("a two-character county name alone") << u"经费县里拨付到位"_s;
    QTest::newRow("a bare zone keyword with no zone named before") << u"高新区管委会出席，经开区也来了"_s;
    QTest::newRow("a county's short form alone, no park named by it") << u"平湖的企业很多"_s;
    QTest::newRow("a county under a named city needs the city, not the province")
        << u"江西省发布项目清单。昌江新建工厂"_s;
    QTest::newRow("ambiguous short county name alone") << u"朝阳产业"_s;
    QTest::newRow("places inside university names") << u"西安交通大学、哈尔滨工业大学科创资源"_s;
    QTest::newRow("a province is no zone") << u"获评湖南省产业园区营商环境先进园区"_s;
}

void TestRegionExtractor::refuses()
{
    QFETCH(QString, text);
    const QStringList found = describe(RegionExtractor::shared()->extract(text));
    QStringList unexpected;
    for (const QString& f : found) {
        if (!f.contains(u"|province|"_s)) // provinces named in these sentences are places indeed
            unexpected << f;
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestRegionExtractor)
#include "tst_regionextractor.moc"
