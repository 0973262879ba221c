#include "extract/industrytaxonomy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIndustryTaxonomy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taxonomyIsComplete();
    void maps_data();
    void maps();
};

void TestIndustryTaxonomy::taxonomyIsComplete()
{
    const auto taxonomy = IndustryTaxonomy::shared();
    QStringList codes;
    for (const auto& industry : taxonomy->industries()) {
        codes << industry.code;
        QVERIFY(!industry.nameZh.isEmpty());
        QVERIFY(!industry.nameEn.isEmpty());
        QCOMPARE(industry.keywords.isEmpty(), industry.code == u"OTHER"_s);
    }
    QCOMPARE(codes,
             (QStringList{u"ICT"_s, u"SEMI"_s, u"EQUIP"_s, u"AUTO"_s, u"ENERGY"_s, u"MATERIAL"_s, u"BIO"_s,
                          u"GREEN"_s, u"SERVICE"_s, u"CONSUMER"_s, u"AGRI"_s, u"CULTURE"_s, u"OTHER"_s}));
    QCOMPARE(taxonomy->industry(u"SEMI"_s)->nameEn, u"Semiconductors and ICs"_s);
}

void TestIndustryTaxonomy::maps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // "surface=CODE"
    QTest::newRow("semiconductor equipment")
        << u"半导体晶圆贴膜设备"_s << QStringList{u"半导体=SEMI"_s, u"晶圆=SEMI"_s};
    QTest::newRow("longest keyword wins")
        << u"新能源汽车驱动核心精密零部件"_s << QStringList{u"新能源汽车=AUTO"_s, u"精密零部件=EQUIP"_s};
    QTest::newRow("new energy alone") << u"新能源产业链延链"_s << QStringList{u"新能源=ENERGY"_s};
    QTest::newRow("computing centre") << u"智算中心项目"_s << QStringList{u"智算中心=ICT"_s};
    QTest::newRow("adhesives") << u"高分子特种粘合材料项目"_s
                               << QStringList{u"高分子=MATERIAL"_s, u"特种粘合材料=MATERIAL"_s};
    QTest::newRow("machine tools") << u"高档数控机床整机"_s << QStringList{u"高档数控机床=EQUIP"_s};
    QTest::newRow("biomedicine") << u"生物医药及医疗器械"_s
                                 << QStringList{u"生物医药=BIO"_s, u"医疗器械=BIO"_s};
    QTest::newRow("logistics and trade") << u"现代物贸产业链"_s << QStringList{u"现代物贸=SERVICE"_s};
    QTest::newRow("seeds") << u"种子种苗等新兴产业"_s << QStringList{u"种子种苗=AGRI"_s};
    QTest::newRow("Latin keyword as a word")
        << u"RFID智能标签，5G网络，RFIDX"_s << QStringList{u"RFID=ICT"_s, u"智能标签=ICT"_s, u"5G=ICT"_s};
    QTest::newRow("nothing") << u"招商引资是经济发展的生命线"_s << QStringList{};
}

void TestIndustryTaxonomy::maps()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QStringList found;
    for (const Entity& e : IndustryTaxonomy::shared()->extract(text)) {
        QCOMPARE(e.type, EntityType::Industry);
        QCOMPARE(text.mid(e.span.start, e.span.length()), e.text);
        found << e.text + u'=' + e.industry;
    }
    QCOMPARE(found, mentions);
}

QTEST_APPLESS_MAIN(TestIndustryTaxonomy)
#include "tst_industrytaxonomy.moc"
