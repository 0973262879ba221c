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
    void aggregateCounts_data();
    void aggregateCounts();
    void repeatedParagraphIsOneProject();
    void parksNamedByProjects_data();
    void parksNamedByProjects();
    void citiesAreKeys_data();
    void citiesAreKeys();
    void mainPlace_data();
    void mainPlace();

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
    // Lists: each item is one project, and everything in the item is its own.
    QTest::newRow("colon list under a zone and a count")
        << u"当天，共有9个项目集中开工，其中宜宾临港经开区4个：恒川精密轴承、宏远新材料、绿禾食品、顺通冷链物流园；"_s
        << QStringList{u"恒川精密轴承|恒川|none|EQUIP|started|宜宾临港经开区"_s,
                       u"宏远新材料|宏远|none|MATERIAL|started|宜宾临港经开区"_s,
                       u"绿禾食品|绿禾|none|CONSUMER|started|宜宾临港经开区"_s,
                       u"顺通冷链物流园|顺通|none|SERVICE|started|宜宾临港经开区"_s};
    QTest::newRow("items before 等N个项目 share its verb and its first item's zone")
        << u"宜宾高新区恒川光伏组件、宏远锂电池隔膜等2个项目已开工建设。"_s
        << QStringList{u"宜宾高新区恒川光伏组件|恒川|none|ENERGY|started|宜宾高新区"_s,
                       u"宏远锂电池隔膜|宏远|none|ENERGY|started|宜宾高新区"_s};
    QTest::newRow("each item takes the amount joined to it by 的")
        << u"全区签约项目包括：投资8亿元的恒川精密轴承项目、5亿元的宏远汽车座椅项目、3亿元的绿禾食品加工项目。"_s
        << QStringList{u"恒川精密轴承项目|恒川|800000000 CNY|EQUIP|signed|"_s,
                       u"宏远汽车座椅项目|宏远|500000000 CNY|AUTO|signed|"_s,
                       u"绿禾食品加工项目|绿禾|300000000 CNY|CONSUMER|signed|"_s};
    QTest::newRow("a list of partners is no list of projects")
        << u"投资合作方包括恒川集团、宏远集团、绿禾集团等企业。"_s << QStringList{};
    QTest::newRow("count headings under a verb of their own; 未开工 is planned")
        << u"截至7月底未开工项目共3个，分别是：昆明市2个，昆明市智慧交通建设项目和云南宏远新材料有限公司年产5万吨铜箔项目；曲靖市1个，曲靖市垃圾焚烧发电项目。"_s
        << QStringList{
               u"昆明市智慧交通建设项目||none|OTHER|planned|昆明市"_s,
               u"云南宏远新材料有限公司年产5万吨铜箔项目|云南宏远新材料有限公司|none|MATERIAL|planned|昆明市"_s,
               u"曲靖市垃圾焚烧发电项目||none|GREEN|planned|曲靖市"_s};
    // Names that do not end in 项目.
    QTest::newRow("a facility as the object of a building verb, still to come")
        << u"宏远集团将投资5亿元在泸州市建设智能仓储物流基地。"_s
        << QStringList{u"智能仓储物流基地|宏远集团|500000000 CNY|SERVICE|planned|泸州市"_s};
    QTest::newRow("a goal is no facility")
        << u"泸州市将努力打造全国一流的新能源产业基地。"_s << QStringList{};
    QTest::newRow("a facility with an amount of its own")
        << u"总投资12亿元的恒川云计算数据中心正式投运。"_s
        << QStringList{u"恒川云计算数据中心|恒川|1200000000 CNY|ICT|operating|"_s};
    QTest::newRow("a facility as the subject of a status verb")
        << u"宏远汽车零部件生产线在绵阳市正式投产。"_s
        << QStringList{u"宏远汽车零部件生产线|宏远|none|AUTO|operating|绵阳市"_s};
    QTest::newRow("a park that brings in projects is none of them")
        << u"绵阳高新区产业园引进项目12个。"_s << QStringList{};
    // Fields from the project's own clause.
    QTest::newRow("each name takes the amount after it, never its neighbour's")
        << u"恒川光伏项目总投资3亿元，宏远储能项目总投资5亿元，均在德阳市签约。"_s
        << QStringList{u"恒川光伏项目|恒川|300000000 CNY|ENERGY|signed|德阳市"_s,
                       u"宏远储能项目|宏远|500000000 CNY|ENERGY|signed|德阳市"_s};
    QTest::newRow("a park word in the name is no region")
        << u"宁波市北仑区签约恒川家电产业园项目，总投资20亿元。"_s
        << QStringList{u"恒川家电产业园项目|恒川|2000000000 CNY|CONSUMER|signed|北仑区"_s};
    QTest::newRow("Traditional: name, company and region as written")
        << u"廣東省肇慶市簽約恆川食品加工項目，總投資3億元。"_s
        << QStringList{u"恆川食品加工項目|恆川|300000000 CNY|CONSUMER|signed|肇慶市"_s};
    QTest::newRow("a person is no part of a name")
        << u"市长张三宣布宏远新材料项目在遂宁市开工。"_s
        << QStringList{u"宏远新材料项目|宏远|none|MATERIAL|started|遂宁市"_s};
    QTest::newRow("status from what the article reports, for the field")
        << u"今年乐山市共签约项目12个。其中恒川光伏项目总投资8亿元。"_s
        << QStringList{u"恒川光伏项目|恒川|800000000 CNY|ENERGY|signed|乐山市"_s};
    QTest::newRow("no industry word: OTHER") << u"南充市开工建设恒川跨江大桥项目。"_s
                                             << QStringList{u"恒川跨江大桥项目||none|OTHER|started|南充市"_s};
    QTest::newRow("其中国: 其 and 中国")
        << u"该公司与曲靖市洽谈其中国区总部和生产基地项目落户事宜。"_s
        << QStringList{u"中国区总部和生产基地项目||none|OTHER|negotiating|曲靖市"_s};
    QTest::newRow("a plan with an event still to come")
        << u"宏远集团拟在遂宁市投资3亿元建设年产10万吨再生铝项目，预计明年投产。"_s
        << QStringList{u"年产10万吨再生铝项目|宏远集团|300000000 CNY|MATERIAL|planned|遂宁市"_s};
    QTest::newRow("the name of an event is no project")
        << u"广元市重点文旅项目推介会召开，现场签约恒川温泉康养项目，总投资12亿元。"_s
        << QStringList{u"恒川温泉康养项目|恒川|1200000000 CNY|CULTURE|signed|广元市"_s};
    QTest::newRow("kinds of industry are no name")
        << u"签约项目涵盖智能装备制造、节能环保产业项目，如宏远汽车座椅项目，总投资5亿元。"_s
        << QStringList{u"宏远汽车座椅项目|宏远|500000000 CNY|AUTO|signed|"_s};
    QTest::newRow("a name in quotes")
        << u"同时签约的还有宏远集团“智慧冷链与跨境电商孵化平台”项目，拟投资26亿元。"_s
        << QStringList{u"“智慧冷链与跨境电商孵化平台”项目|宏远集团|2600000000 CNY|SERVICE|signed|"_s};
    QTest::newRow("what a project builds is no project of its own")
        << u"恒川晶圆材料项目，总投资91亿元，落地眉山高新区，建设12英寸晶圆研磨生产基地。"_s
        << QStringList{u"恒川晶圆材料项目|恒川|9100000000 CNY|SEMI|landed|眉山高新区"_s};
    QTest::newRow("the place that gives is not where the project lands")
        << u"鄂尔多斯市援建的恒川羊绒制品项目在乌兰浩特市开工。"_s
        << QStringList{u"恒川羊绒制品项目|恒川|none|CONSUMER|started|乌兰浩特市"_s};
    QTest::newRow("the place that gives, at the head of a list, is not where its items land")
        << u"兴安盟开工仪式举行。此次开工的项目有鄂尔多斯市援建的恒川羊绒制品项目、宏远尿素项目等。"_s
        << QStringList{u"恒川羊绒制品项目|恒川|none|CONSUMER|started|兴安盟"_s,
                       u"宏远尿素项目|宏远|none|MATERIAL|started|兴安盟"_s};
    QTest::newRow("the heading of a counted list names an area or a body of the province")
        << u"宁夏回族自治区重大项目已开工，按主管单位划分分别是：银川市1个，恒川电子材料项目；南岭基地2个，宏远化工项目、恒川钢铁项目；自治区交通运输厅1个，宏远公路项目；宁夏广播电视台1个，恒川发射基地迁建项目。"_s
        << QStringList{u"恒川电子材料项目|恒川|none|MATERIAL|started|银川市"_s,
                       u"宏远化工项目|宏远|none|MATERIAL|started|南岭基地"_s,
                       u"恒川钢铁项目|恒川|none|MATERIAL|started|南岭基地"_s,
                       u"宏远公路项目|宏远|none|OTHER|started|宁夏回族自治区"_s,
                       u"恒川发射基地迁建项目||none|OTHER|started|宁夏回族自治区"_s};
    QTest::newRow("counter: a heading that names neither keeps the place before it")
        << u"银川市重大项目已开工，按主管单位划分分别是：银川市1个，恒川电子材料项目；市交通局1个，宏远公路项目。"_s
        << QStringList{u"恒川电子材料项目|恒川|none|MATERIAL|started|银川市"_s,
                       u"宏远公路项目|宏远|none|OTHER|started|银川市"_s};
    QTest::newRow("a later sentence refers back to the project by 该 and its head noun")
        << u"保定市重点项目集中开工，建设项目含涿州恒川科技产业园、宏远电子材料项目等。\n主会场设在涿州恒川科技产业园。据介绍，该产业园总投资120亿元。"_s
        << QStringList{u"涿州恒川科技产业园||12000000000 CNY|OTHER|started|涿州市"_s,
                       u"宏远电子材料项目|宏远|none|MATERIAL|started|保定市"_s};
    QTest::newRow("counter: another project of that head named before the reference")
        << u"保定市项目集中开工\n保定市重点项目集中开工，建设项目含涿州恒川科技产业园、宏远电子材料项目等。\n宏远智造产业园也已开工。该产业园总投资20亿元。"_s
        << QStringList{u"涿州恒川科技产业园||none|OTHER|started|涿州市"_s,
                       u"宏远电子材料项目|宏远|none|MATERIAL|started|保定市"_s,
                       u"宏远智造产业园||2000000000 CNY|OTHER|started|保定市"_s};
    QTest::newRow("an amount a clause before the name is its own")
        << u"恒川集团投资5亿元，建设恒川电子材料项目。"_s
        << QStringList{u"恒川电子材料项目|恒川集团|500000000 CNY|MATERIAL||"_s};
    QTest::newRow("counter: an amount clauses before the name is another subject's")
        << u"恒川集团投资300亿元用于改扩建，到2012年，本部产能将达到1000万吨，恒川钢铁项目产能将达到200万吨。"_s
        << QStringList{};
    QTest::newRow("a town's short form in a project's name names a spot of its county")
        << u"兰州市七里河区政府与恒川集团签约，引进资金35亿元，建设西湖恒川文化公园项目。"_s
        << QStringList{u"西湖恒川文化公园项目|恒川集团|3500000000 CNY|CULTURE|signed|七里河区"_s};
    QTest::newRow("counter: a town named in full in its item is the place")
        << u"兰州市七里河区西湖街道与恒川集团签约，引进资金35亿元，建设恒川文化公园项目。"_s
        << QStringList{u"恒川文化公园项目|恒川集团|3500000000 CNY|CULTURE|signed|西湖街道"_s};
    QTest::newRow("a joint venture's trade name that starts with a company's short form")
        << u"恒川汽车公司入驻。首批项目包括：投资60亿元的恒川格瑞特汽车变速箱项目、投资5亿元的恒川汽车零部件项目。"_s
        << QStringList{u"恒川格瑞特汽车变速箱项目|恒川格瑞特|6000000000 CNY|AUTO|landed|"_s,
                       u"恒川汽车零部件项目|恒川汽车公司|500000000 CNY|AUTO|landed|"_s};
    // Companies: the trade name at the head of a name, the company that leads a list.
    QTest::newRow("a trade name before an industry word, and the amounts of a list")
        << u"武汉开发区首批项目包括：投资60亿元的恒川格瑞特汽车变速箱项目、6亿元的宏远滤清系统项目。"_s
        << QStringList{u"恒川格瑞特汽车变速箱项目|恒川格瑞特|6000000000 CNY|AUTO||武汉开发区"_s,
                       u"宏远滤清系统项目|宏远|600000000 CNY|AUTO||武汉开发区"_s};
    QTest::newRow("a trade name after the park the item starts with")
        << u"南岭工业园恒川化工年产5万吨碳酸锂、宏远年产2万吨铜箔等2个项目已开工。"_s
        << QStringList{u"南岭工业园恒川化工年产5万吨碳酸锂|恒川|none|ENERGY|started|南岭工业园"_s,
                       u"宏远年产2万吨铜箔|宏远|none|MATERIAL|started|南岭工业园"_s};
    QTest::newRow("counter: a park joined to the rest of the name is where the trade name stands")
        << u"恒川电商产业园及结算中心项目已开工。"_s
        << QStringList{u"恒川电商产业园及结算中心项目|恒川|none|SERVICE|started|恒川电商产业园"_s};
    QTest::newRow("a name in quotes: the trade name inside them, before the region it serves")
        << u"南岭工业园签约项目有：投资60亿元的“恒川华南运营总部及商业综合体”项目。"_s
        << QStringList{u"“恒川华南运营总部及商业综合体”项目|恒川|6000000000 CNY|SERVICE|signed|南岭工业园"_s};
    QTest::newRow("counter: a describing word that starts a quoted name is no trade name")
        << u"南岭工业园签约项目有：投资3亿元的“跨境技术交易服务平台”项目。"_s
        << QStringList{u"“跨境技术交易服务平台”项目||300000000 CNY|OTHER|signed|南岭工业园"_s};
    QTest::newRow("a province's short form before a trade name is the company's")
        << u"南岭工业园青海恒川镁业年产2万吨镁基材料、浙江宏远化工年产5万吨聚氯乙烯等2个项目已开工。"_s
        << QStringList{
               u"南岭工业园青海恒川镁业年产2万吨镁基材料|青海恒川镁业|none|MATERIAL|started|南岭工业园"_s,
               u"浙江宏远化工年产5万吨聚氯乙烯|浙江宏远|none|MATERIAL|started|南岭工业园"_s};
    QTest::newRow("counter: a province with its place after it is where the project is")
        << u"伊犁河谷：新疆奎屯恒川合金钢技改工程已开工。"_s
        << QStringList{u"新疆奎屯恒川合金钢技改工程|恒川|none|MATERIAL|started|奎屯市"_s};
    QTest::newRow("a name with its place in brackets is a company's")
        << u"新疆奎屯市：恒川新能源(奎屯)三期风电、宏远光伏等2个项目已开工。"_s
        << QStringList{u"恒川新能源(奎屯)三期风电|恒川新能源|none|ENERGY|started|奎屯市"_s,
                       u"宏远光伏|宏远光伏|none|ENERGY|started|奎屯市"_s};
    QTest::newRow("a park that is the project's name: the place it starts with, which is no trade name")
        << u"河北省保定市集中开工。建设项目含涿州中国恒川科技产业园、宏远云计算(二期)等。"_s
        << QStringList{u"涿州中国恒川科技产业园||none|OTHER|started|涿州市"_s};
    QTest::newRow("counter: a park that is the project's name, in a zone its context names")
        << u"南昌临空经济区签约。南昌恒川智能制造产业园项目落户。"_s
        << QStringList{u"南昌恒川智能制造产业园项目|恒川|none|EQUIP|landed|南昌临空经济区"_s};
    QTest::newRow("clauses without a subject share the place of the first one's")
        << u"绵阳市涪城区政府与恒川集团签约，引进资金4亿元，建设恒川医疗器械项目；与宏远建设有限公司签约，引进资金6亿元，建造宏远大桥项目；与宏远建设有限公司签约，引进资金2亿元，建设绵阳宏远文化休闲区项目。"_s
        << QStringList{u"恒川医疗器械项目|恒川集团|400000000 CNY|BIO|signed|涪城区"_s,
                       u"宏远大桥项目|宏远建设有限公司|600000000 CNY|OTHER|signed|涪城区"_s,
                       u"绵阳宏远文化休闲区项目|宏远建设有限公司|200000000 CNY|CULTURE|signed|涪城区"_s};
    QTest::newRow("counter: a clause naming a place of its own keeps it")
        << u"绵阳市涪城区政府与恒川集团签约，建设恒川医疗器械项目；与宏远建设有限公司签约，建设德阳市宏远文化休闲区项目。"_s
        << QStringList{u"恒川医疗器械项目|恒川集团|none|BIO|signed|涪城区"_s,
                       u"德阳市宏远文化休闲区项目|宏远建设有限公司|none|CULTURE|signed|德阳市"_s};
    QTest::newRow("a trade name before a continent, a road or a metal")
        << u"经开区3个：恒川欧洲汽车空调项目、宏远公路货运枢纽物流园、恒远金属表面处理设备项目已开工。"_s
        << QStringList{u"恒川欧洲汽车空调项目|恒川|none|AUTO|started|"_s,
                       u"宏远公路货运枢纽物流园|宏远|none|SERVICE|started|"_s,
                       u"恒远金属表面处理设备项目|恒远|none|EQUIP|started|"_s};
    QTest::newRow("a place is no trade name")
        << u"曲靖市翠湖生态环境整治工程已开工。"_s
        << QStringList{u"曲靖市翠湖生态环境整治工程||none|GREEN|started|曲靖市"_s};
    QTest::newRow("the company that leads a list, not the words of its items")
        << u"宏远集团将在吉林市投资310亿元，建设滑雪训练基地、四季康养综合体等2个项目。"_s
        << QStringList{u"滑雪训练基地|宏远集团|none|CULTURE|planned|吉林市"_s,
                       u"四季康养综合体|宏远集团|none|BIO|planned|吉林市"_s};
    QTest::newRow("a quoted name in a list takes the amount joined to it, not cut by a noun inside it")
        << u"民资项目有：投资5亿元的恒川医疗器械项目、投资60亿元的“宏远智慧商业总部及商业综合体”项目等。"_s
        << QStringList{u"恒川医疗器械项目|恒川|500000000 CNY|BIO||"_s,
                       u"“宏远智慧商业总部及商业综合体”项目|宏远|6000000000 CNY|SERVICE||"_s};
    QTest::newRow("a whole chain of kinds is no name")
        << u"宜宾市与3家企业签订《储能电池全产业链项目合作协议》，计划总投资380亿元。"_s << QStringList{};
    QTest::newRow("a government signs with a company for a project named after its zone")
        << u"历城区政府与重庆恒川投资有限公司签订青峰旅游度假区核心服务区项目框架协议，投资额30亿元。"_s
        << QStringList{
               u"青峰旅游度假区核心服务区项目|重庆恒川投资有限公司|3000000000 CNY|CULTURE|signed|青峰旅游度假区"_s};
    QTest::newRow("what the paragraph says happened to its projects")
        << u"本次两个项目的开工，标志着玉溪市与企业的合作正式落地。其中，恒川年产8亿平方米锂电池隔膜项目总投资45亿元。"_s
        << QStringList{u"恒川年产8亿平方米锂电池隔膜项目|恒川|4500000000 CNY|ENERGY|started|玉溪市"_s};
    QTest::newRow("contract projects are signed")
        << u"在这批对接项目中，合同项目9个，总投资达6.4亿美元。其中，恒川食品加工项目总投资3000万美元。"_s
        << QStringList{u"恒川食品加工项目|恒川|30000000 USD|CONSUMER|signed|"_s};
    QTest::newRow("coal-fired heat and power is no new energy")
        << u"吴忠市开工建设恒川热电联产项目。"_s
        << QStringList{u"恒川热电联产项目||none|OTHER|started|吴忠市"_s};
    QTest::newRow("an amount right after a name is its investment; a bound they all pass is none")
        << u"其中，恒川光伏项目总投资12亿美元，宏远不锈钢二期项目8.75亿美元，均在漳州市签约。宏远包装项目总投资额均过5亿元。"_s
        << QStringList{u"恒川光伏项目|恒川|1200000000 USD|ENERGY|signed|漳州市"_s,
                       u"宏远不锈钢二期项目|宏远|875000000 USD|MATERIAL|signed|漳州市"_s,
                       u"宏远包装项目|宏远|none|MATERIAL|signed|漳州市"_s};
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

void TestProjectExtractor::aggregateCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // count:amount currency of each aggregate
    QTest::newRow("a breakdown gives its total to the count it breaks down")
        << u"全区共签约24个项目，其中线下签约项目20个、网上签约项目4个，总投资额86.4亿元。"_s
        << QStringList{u"24:8640000000 CNY"_s};
    QTest::newRow("size classes with totals of their own")
        << u"投资在5亿元~20亿元之间的项目12个，总投资共96亿元；投资在1亿元~5亿元之间的项目30个，总投资共74亿元。"_s
        << QStringList{u"12:9600000000 CNY"_s, u"30:7400000000 CNY"_s};
    QTest::newRow("size classes listed give the total to the count before them")
        << u"现场有26个项目签约，其中20亿元以上项目8个、50亿元以上项目3个，计划投资总额达760亿元。"_s
        << QStringList{u"26:76000000000 CNY"_s};
    QTest::newRow("a status before the count")
        << u"全市谋划重大项目420个、拟引资2600亿元，其中已签约310个、合同额1800亿元，已开工205个、合同额950亿元。"_s
        << QStringList{u"420:260000000000 CNY"_s, u"310:180000000000 CNY"_s, u"205:95000000000 CNY"_s};
    QTest::newRow("a count of companies")
        << u"在当地登记的外资企业共320家，投资总额为9.5亿美元。"_s << QStringList{u"320:950000000 USD"_s};
    QTest::newRow("an amount in brackets converts, it is no total")
        << u"投资总额8.2亿元人民币（约新台币36亿元）的9个台资项目签约落户。"_s
        << QStringList{u"9:820000000 CNY"_s};
    QTest::newRow("over a thousand hundred-million")
        << u"今年首批210个项目集中开工，总投资超千亿元人民币。"_s << QStringList{u"210:100000000000 CNY"_s};
    QTest::newRow("counter: the year's share is no total")
        << u"8个新开工项目当年总投资约20亿元。"_s << QStringList{};
    QTest::newRow("counter: amounts after a list are its items'")
        << u"这3个签约项目分别是：恒川光伏项目，投资额12亿元；"_s << QStringList{};
}

void TestProjectExtractor::aggregateCounts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Aggregate& a : analyze(text).aggregates) {
        found << u"%1:%2 %3"_s.arg(QString::number(a.count.value_or(-1)),
                                   a.investment ? QString::number(a.investment->amount, 'f', 0) : u"none"_s,
                                   a.investment ? a.investment->currency : QString());
    }
    QCOMPARE(found, expected);
}

void TestProjectExtractor::parksNamedByProjects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("regions"); // region entities, in text order
    QTest::newRow("a park that is the project's name is no place")
        << u"兰州新区管委会与恒川投资有限公司签约，建设恒川智造产业园项目。"_s << QStringList{u"兰州新区"_s};
    QTest::newRow("a zone that starts the name says where it is")
        << u"宜宾高新区宏远环保包装材料生产项目签约。"_s << QStringList{u"宜宾高新区"_s};
    QTest::newRow("a park named outside any project stays a place")
        << u"项目落户恒川智能制造产业园。"_s << QStringList{u"恒川智能制造产业园"_s};
}

void TestProjectExtractor::parksNamedByProjects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, regions);
    QStringList found;
    for (const Entity& e : analyze(text).entities) {
        if (e.type == EntityType::Region)
            found << e.text;
    }
    QCOMPARE(found, regions);
}

void TestProjectExtractor::citiesAreKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // region|city|province
    QTest::newRow("district of a municipality")
        << u"北京市怀柔区签约恒川新能源汽车项目，总投资10亿元。"_s << u"怀柔区|北京市|北京市"_s;
    QTest::newRow("a municipality is its own city")
        << u"北京市签约恒川新能源汽车项目，总投资10亿元。"_s << u"北京市|北京市|北京市"_s;
    QTest::newRow("a county under its province is its own city")
        << u"海南省昌江黎族自治县开工建设恒川核电项目。"_s << u"昌江黎族自治县|昌江黎族自治县|海南省"_s;
    QTest::newRow("Traditional: the region as written, the keys in the gazetteer's names")
        << u"福建省漳州市簽約恆川食品加工項目，總投資3億元。"_s << u"漳州市|漳州市|福建省"_s;
    QTest::newRow("Traditional characters in the region")
        << u"廣東省肇慶市簽約恆川食品加工項目。"_s << u"肇慶市|肇庆市|广东省"_s;
}

void TestProjectExtractor::citiesAreKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QList<Project> projects = analyze(text).projects;
    QCOMPARE(projects.size(), 1);
    const Project& p = projects.front();
    QCOMPARE(QStringList({p.region, p.city, p.province}).join(u'|'), expected);
}

void TestProjectExtractor::mainPlace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reason");
    // The title's most specific place wins over the first place the text names.
    QTest::newRow("title names a county")
        << u"江油市招商引资再传捷报\n\n近日，常州宏远集团来到江油市考察，双方签约新材料项目，总投资10亿元。\n"_s
        << u"绵阳市"_s << u"“江油市” at 0–3, the most specific place of its title"_s;
    // Without a place in the title: the most mentioned county or city, not the first named.
    QTest::newRow("most mentioned city, not the first")
        << u"招商引资再传捷报\n\n温州宏远集团负责人表示，将在株洲投资。株洲市与宏远集团签约新材料项目，总投资"
           u"10亿元。"
           u"株洲市将做好服务保障。\n"_s
        << u"株洲市"_s << u"“株洲市” at 52–55, its most mentioned city (3 mentions)"_s;
    // A title place that contains the most mentioned one gives way to it: the county is more specific.
    QTest::newRow("most mentioned county inside the title's city")
        << u"绵阳市重大项目集中开工\n\n在江油市，宏远新材料项目开工，总投资10亿元。江油市还有3个项目开工。\n"_s
        << u"绵阳市"_s << u"“江油市” at 35–38, its most mentioned county (2 mentions)"_s;
    // Neither: the first place of the first sentence.
    QTest::newRow("first place named")
        << u"招商引资再传捷报\n\n宏远集团与柳州市签约新材料项目，总投资10亿元。\n"_s << u"柳州市"_s
        << u"“柳州市” at 14–17, the first place it names"_s;
    QTest::newRow("counter: no place at all")
        << u"招商引资再传捷报\n\n宏远集团签约新材料项目，总投资10亿元。\n"_s << QString() << QString();
}

void TestProjectExtractor::mainPlace()
{
    QFETCH(QString, text);
    const Annotations a = analyze(text);
    QTEST(a.mainRegion(), "region");
    QTEST(a.mainPlaceReason, "reason");
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
