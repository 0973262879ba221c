#include "pipeline/corpusprocessor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projects_data();
    void projects();
    void aggregates_data();
    void aggregates();
    void repeatedParagraphIsOneProject();

private:
    static Annotations analyze(const QString& text);
};

Annotations TestProjectExtractor::analyze(const QString& text)
{
    Document d;
    d.name = u"t.txt"_s;
    d.originalText = text;
    return CorpusProcessor::analyze(d).annotations;
}

void TestProjectExtractor::projects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // name|company|amount currency|industry|status|region

    QTest::newRow("signed with investment")
        << u"平湖市张江平湖园：当前允哲半导体科技（浙江）有限公司的新建年产500套半导体晶圆贴膜设备项目已成功签约，将投资1.2亿元，购置工业用地20亩。"_s
        << QStringList{
               u"新建年产500套半导体晶圆贴膜设备项目|允哲半导体科技（浙江）有限公司|120000000 CNY|SEMI|signed|张江平湖园"_s};
    QTest::newRow("registered capital is not investment")
        << u"嘉兴市平湖市：最近尼得科机床（浙江）有限公司开工奠基，该项目注册资本1880万美元，预计明年6月竣工。"_s
        << QStringList{};
    QTest::newRow("investment in the next sentence, not the registered capital")
        << u"浙江省平湖市独山港镇：本次投资的独山港汽车零部件项目，主要从事汽车零部件设计和销售。项目总投资1500万美元，注册资本1000万美元。"_s
        << QStringList{u"独山港汽车零部件项目||15000000 USD|AUTO||独山港镇"_s};
    QTest::newRow("output value is not investment")
        << u"嘉兴市嘉兴高新区：丰茂嘉兴汽车零部件生产基地项目签约落地嘉兴高新区，项目达产后预计实现年产值约15亿元。"_s
        << QStringList{u"丰茂嘉兴汽车零部件生产基地项目|丰茂|none|AUTO|signed|嘉兴高新区"_s};
    QTest::newRow("started, company from the legal name")
        << u"嘉兴市平湖市新仓镇开工建设了浙江凯阳新材料股份有限公司年产1500万米高性能光学级TPU薄膜项目，计划总投资1.8亿元。"_s
        << QStringList{
               u"浙江凯阳新材料股份有限公司年产1500万米高性能光学级TPU薄膜项目|浙江凯阳新材料股份有限公司|180000000 CNY|MATERIAL|started|新仓镇"_s};
    QTest::newRow("operating, company from the project name")
        << u"绍兴市嵊州市围绕新能源发展。如投资130亿元的比亚迪新能源动力电池项目在去年上线投产。"_s
        << QStringList{u"比亚迪新能源动力电池项目|比亚迪|13000000000 CNY|ENERGY|operating|嵊州市"_s};
    QTest::newRow("negotiating") << u"湘潭市湘潭高新区与中冶集团洽谈金属深加工项目。"_s
                                 << QStringList{
                                        u"金属深加工项目|中冶集团|none|MATERIAL|negotiating|湘潭高新区"_s};
    QTest::newRow("Traditional Chinese")
        << u"嘉興市平湖市：該項目簽約，浙江凱陽新材料股份有限公司年產1500萬米光學級薄膜項目總投資1.8億元。"_s
        << QStringList{
               u"浙江凱陽新材料股份有限公司年產1500萬米光學級薄膜項目|浙江凱陽新材料股份有限公司|180000000 CNY|MATERIAL|signed|平湖市"_s};
    QTest::newRow("generic names are no projects")
        << u"平湖市以最优服务护航项目落地，吸引优质科创项目落户，推动招商项目签约。"_s << QStringList{};
}

void TestProjectExtractor::projects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Project& p : analyze(text).projects) {
        const QString amount =
            p.investment ? QString::number(p.investment->amount, 'f', 0) + u' ' + p.investment->currency
                         : u"none"_s;
        found << QStringList{p.name, p.company, amount, p.industry, p.status, p.region}.join(u'|');
    }
    QCOMPARE(found, expected);
}

void TestProjectExtractor::aggregates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("amount");
    QTest::newRow("signed total") << u"张江平湖园共签约项目7个，总投资超110亿元，涵盖了多条产业链。"_s << 7
                                  << 110e8;
    QTest::newRow("yearly target") << u"力争全年新签约招商项目不少于100个，投资总额不少于350亿元。"_s << 100
                                   << 350e8;
    QTest::newRow("count after") << u"新签约项目46个，签约项目合同投资额446.83亿元。"_s << 46 << 446.83e8;
}

void TestProjectExtractor::aggregates()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(double, amount);
    const Annotations a = analyze(text);
    QVERIFY(a.projects.isEmpty()); // a total of several projects is no project
    QCOMPARE(a.aggregates.size(), 1);
    QCOMPARE(a.aggregates.front().count.value_or(-1), count);
    QCOMPARE(a.aggregates.front().investment->amount, amount);
}

void TestProjectExtractor::repeatedParagraphIsOneProject()
{
    const QString block = u"去年12月，海威汽车年产480万套新能源汽车车身一体化压铸项目落户嵊州。"_s;
    const Annotations a =
        analyze(u"绍兴市嵊州市招商成绩亮眼。\n\n"_s + block + u"\n\n招商引资工作会议召开。\n\n"_s + block);
    QCOMPARE(a.projects.size(), 1);
    QCOMPARE(a.projects.front().status, u"landed"_s);
    QCOMPARE(a.projects.front().mentions.size(), 1); // the second report
}

QTEST_GUILESS_MAIN(TestProjectExtractor)
#include "tst_projectextractor.moc"
