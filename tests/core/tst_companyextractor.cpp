#include "extract/companyextractor.h"
#include "extract/regionextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCompanyExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void shortForms_data();
    void shortForms();
};

namespace {
QStringList companies(const QString& text)
{
    QStringList out;
    for (const Entity& e : CompanyExtractor::extract(text, RegionExtractor::shared()->extract(text))) {
        if (text.mid(e.span.start, e.span.length()) != e.text)
            return {u"bad span"_s};
        out << (e.text == e.normalized ? e.text : e.text + u'=' + e.normalized);
    }
    return out;
}
} // namespace

void TestCompanyExtractor::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("legal name with bracketed place, then its short name")
        << u"招商员又一次联系上了允哲半导体科技（浙江）有限公司的负责人，推动了允哲的二次投资。"_s
        << QStringList{u"允哲半导体科技（浙江）有限公司"_s, u"允哲=允哲半导体科技（浙江）有限公司"_s};
    QTest::newRow("half-width brackets normalised")
        << u"对接温斯罗普生物医学科技(上海)有限公司等企业"_s
        << QStringList{u"温斯罗普生物医学科技(上海)有限公司=温斯罗普生物医学科技（上海）有限公司"_s};
    QTest::newRow("declared short name")
        << u"苏州德加能源科技有限公司(以下简称“德加能源”)是一家企业。德加能源董事长表示"_s
        << QStringList{u"苏州德加能源科技有限公司"_s, u"德加能源=苏州德加能源科技有限公司"_s,
                       u"德加能源=苏州德加能源科技有限公司"_s};
    QTest::newRow("place prefix and joint-stock form")
        << u"新仓镇开工建设了浙江凯阳新材料股份有限公司年产项目，凯阳新材料"_s
        << QStringList{u"浙江凯阳新材料股份有限公司"_s, u"凯阳新材料=浙江凯阳新材料股份有限公司"_s};
    QTest::newRow("a construction company")
        << u"与宏远建设有限公司签约，中信恒川建设有限责任公司投资的项目"_s
        << QStringList{u"宏远建设有限公司"_s, u"中信恒川建设有限责任公司"_s};
    QTest::newRow("a bare 公司 after a trade name")
        << u"恒川新药业公司与宏远钢铁公司签约"_s << QStringList{u"恒川新药业公司"_s, u"宏远钢铁公司"_s};
    QTest::newRow("counter: a bare 公司 after words that describe it")
        << u"其全资子公司、下属分公司、合资公司和该公司均设立咨询服务公司，采用国外公司技术"_s
        << QStringList{};
    QTest::newRow("a country before the name says where it is from")
        << u"日本恒川公司与法国宏远集团签约"_s << QStringList{u"恒川公司"_s, u"宏远集团"_s};
    QTest::newRow("a stop word before describing words is part of the name")
        << u"上海恒川企业管理有限公司签约"_s << QStringList{u"上海恒川企业管理有限公司"_s};
    QTest::newRow("a holding company")
        << u"宏远新能源控股有限公司签约"_s << QStringList{u"宏远新能源控股有限公司"_s};
    QTest::newRow("a place whose name ends in a stop word")
        << u"成都恒川商城有限公司开业"_s << QStringList{u"成都恒川商城有限公司"_s};
    QTest::newRow("a group's company named right after it")
        << u"恒川集团宏远公司投资"_s << QStringList{u"恒川集团宏远公司"_s};
    QTest::newRow("the words that lead into a list of companies")
        << u"并携手恒川科技、宏远网络等众多算力企业"_s << QStringList{u"恒川科技"_s, u"宏远网络"_s};
    QTest::newRow("counter: kinds of business before 等…的…企业")
        << u"恒川集团是一家集恒远、物流、旅游和房地产等产业于一体的500强企业"_s << QStringList{u"恒川集团"_s};
    QTest::newRow("counter: a list of kinds counted before the projects")
        << u"所推出的名泉、温泉和乡村生态4个类别15个项目"_s << QStringList{};
    QTest::newRow("counter: a short form that is no name of its own")
        << u"中国材料股份有限公司签约。第21届中国东西部合作论坛"_s << QStringList{u"中国材料股份有限公司"_s};
    QTest::newRow("listed before 等…生产商") << u"恒远、川崎岭、宏达昌等世界汽车主要生产商在此入驻"_s
                                             << QStringList{u"恒远"_s, u"川崎岭"_s, u"宏达昌"_s};
    QTest::newRow("group") << u"与中冶集团洽谈金属深加工项目"_s << QStringList{u"中冶集团"_s};
    QTest::newRow("the partner a government signs with")
        << u"沂水县人民政府与宏远电力签约的光伏项目"_s << QStringList{u"宏远电力"_s};
    QTest::newRow("counter: a partner that is no company") << u"县政府与客商签约合作"_s << QStringList{};
    QTest::newRow("counter: a place is no partner") << u"市政府与长沙市签订合作协议"_s << QStringList{};
    QTest::newRow("a left stop ends the name")
        << u"以恒川钢铁有限责任公司为平台推进重组"_s << QStringList{u"恒川钢铁有限责任公司"_s};
    QTest::newRow("a verb before an item of a list is no company")
        << u"宏远集团将建设滑雪训练基地、四季康养综合体等2个项目"_s << QStringList{u"宏远集团"_s};
    QTest::newRow("listed before 等企业") << u"航空航天产业，集聚了御风未来、瑞阳精密、华湖航空等企业"_s
                                          << QStringList{u"御风未来"_s, u"瑞阳精密"_s, u"华湖航空"_s};
    QTest::newRow("described") << u"近日，中能科技是一家专业生产储能系统的企业"_s
                               << QStringList{u"中能科技"_s};
    QTest::newRow("described, at the start of a later clause")
        << u"项目进展顺利，恒川科技落户南岭"_s << QStringList{u"恒川科技"_s};
    QTest::newRow("counter: a describing word with no trade word before it")
        << u"该企业选择落户南岭，宏远落户北岭"_s << QStringList{};
    QTest::newRow("a foreign maker after the verb and its country")
        << u"生产线全部采用德国恒川提供的设备"_s << QStringList{u"恒川"_s};
    QTest::newRow("foreign makers listed with their goods")
        << u"拧紧设备采用美国宏远、检测工具采用日本南岭产品"_s << QStringList{u"宏远"_s, u"南岭"_s};
    QTest::newRow("counter: what is used from a country is no maker")
        << u"采用德国标准建设，引进日本先进技术，采用美国进口设备"_s << QStringList{};
    QTest::newRow("counter: a country with no verb of use before it")
        << u"来自德国恒川的代表团"_s << QStringList{};
    QTest::newRow("title after the company")
        << u"去年12月，海威汽车董事长王承永表示"_s << QStringList{u"海威汽车"_s};
    QTest::newRow("Traditional text, simplified")
        << u"台湾积体电路制造股份有限公司宣布"_s << QStringList{u"台湾积体电路制造股份有限公司"_s};
    QTest::newRow("counter: government and schools")
        << u"湘潭市商务局、华东师范大学、平湖市招商服务中心"_s << QStringList{};
    QTest::newRow("counter: descriptions")
        << u"大批龙头集团纷纷入驻，该公司与上市公司合作"_s << QStringList{};
    QTest::newRow("counter: a short form that is an industry")
        << u"浙江钢铁集团扩建产能，钢铁行业回暖"_s << QStringList{u"浙江钢铁集团"_s};
    QTest::newRow("counter: industries in a list") << u"聚焦数字经济、新能源等企业"_s << QStringList{};
}

void TestCompanyExtractor::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(companies(text), expected);
}

void TestCompanyExtractor::shortForms_data()
{
    QTest::addColumn<QString>("legal");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("place prefix") << u"浙江铂淳新材料股份有限公司"_s
                                  << QStringList{u"铂淳新材料"_s, u"铂淳"_s};
    QTest::newRow("bracketed place") << u"允哲半导体科技（浙江）有限公司"_s
                                     << QStringList{u"允哲半导体科技"_s, u"允哲半导体"_s, u"允哲"_s};
    QTest::newRow("city prefix") << u"上海颅燊医疗科技有限公司"_s
                                 << QStringList{u"颅燊医疗科技"_s, u"颅燊医疗"_s, u"颅燊"_s};
    QTest::newRow("long descriptor") << u"中联重科建筑起重机械有限责任公司"_s
                                     << QStringList{u"中联重科建筑起重机械"_s, u"中联重科"_s};
}

void TestCompanyExtractor::shortForms()
{
    QFETCH(QString, legal);
    QFETCH(QStringList, forms);
    QCOMPARE(CompanyExtractor::shortFormsOf(legal), forms);
}

QTEST_GUILESS_MAIN(TestCompanyExtractor)
#include "tst_companyextractor.moc"
