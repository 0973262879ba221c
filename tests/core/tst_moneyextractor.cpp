#include "extract/chinesenumber.h"
#include "extract/moneyextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMoneyExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numerals_data();
    void numerals();
    void amounts_data();
    void amounts();
    void notAmounts_data();
    void notAmounts();
    void ranges_data();
    void ranges();
    void severalInOneSentence();
    void rolesAlongAList_data();
    void rolesAlongAList();
};

void TestMoneyExtractor::numerals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("十") << u"十"_s << 10.0;
    QTest::newRow("两") << u"两"_s << 2.0;
    QTest::newRow("一百二十") << u"一百二十"_s << 120.0;
    QTest::newRow("二十五") << u"二十五"_s << 25.0;
    QTest::newRow("五千万") << u"五千万"_s << 5e7;
    QTest::newRow("三千五百万") << u"三千五百万"_s << 3.5e7;
    QTest::newRow("十亿") << u"十亿"_s << 1e9;
    QTest::newRow("一亿二千万") << u"一亿二千万"_s << 1.2e8;
    QTest::newRow("万亿") << u"万亿"_s << 1e12;
    QTest::newRow("traditional 兩億") << u"兩億"_s << 2e8;
}

void TestMoneyExtractor::numerals()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const auto parsed = ChineseNumber::parseNumerals(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, value);
}

void TestMoneyExtractor::amounts_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("role");

    QTest::newRow("亿元 investment") << u"将投资1.2亿元，购置工业用地20亩"_s << u"1.2亿元"_s << 1.2e8
                                     << u"CNY"_s << QString() << u"investment"_s;
    QTest::newRow("万元 output") << u"去年产值达4939万元，更与园区契合"_s << u"4939万元"_s << 4939e4
                                 << u"CNY"_s << QString() << u"output_value"_s;
    QTest::newRow("decimals") << u"签约项目合同投资额446.83亿元"_s << u"446.83亿元"_s << 446.83e8 << u"CNY"_s
                              << QString() << u"investment"_s;
    QTest::newRow("over 超") << u"共签约项目7个，总投资超110亿元"_s << u"超110亿元"_s << 110e8 << u"CNY"_s
                             << u"over"_s << u"investment"_s;
    QTest::newRow("over 超过") << u"总投资超过200亿元"_s << u"超过200亿元"_s << 200e8 << u"CNY"_s << u"over"_s
                               << u"investment"_s;
    QTest::newRow("over 逾") << u"协议投资逾50亿元"_s << u"逾50亿元"_s << 50e8 << u"CNY"_s << u"over"_s
                             << u"investment"_s;
    QTest::newRow("over 以上") << u"其中50亿元以上项目3个"_s << u"50亿元以上"_s << 50e8 << u"CNY"_s
                               << u"over"_s << QString();
    QTest::newRow("over 余") << u"累计投资20余亿元"_s << u"20余亿元"_s << 20e8 << u"CNY"_s << u"over"_s
                             << u"investment"_s;
    QTest::newRow("about 约") << u"计划投资约15亿元"_s << u"约15亿元"_s << 15e8 << u"CNY"_s << u"about"_s
                              << u"investment"_s;
    QTest::newRow("about 近") << u"总投资近5亿元"_s << u"近5亿元"_s << 5e8 << u"CNY"_s << u"about"_s
                              << u"investment"_s;
    QTest::newRow("about 左右") << u"总投资10亿元左右"_s << u"10亿元左右"_s << 10e8 << u"CNY"_s << u"about"_s
                                << u"investment"_s;
    QTest::newRow("chinese 十亿元") << u"项目投资十亿元"_s << u"十亿元"_s << 1e9 << u"CNY"_s << QString()
                                    << u"investment"_s;
    QTest::newRow("chinese 两亿元") << u"计划投资两亿元"_s << u"两亿元"_s << 2e8 << u"CNY"_s << QString()
                                    << u"investment"_s;
    QTest::newRow("万亿") << u"经济总量达3.5万亿元"_s << u"3.5万亿元"_s << 3.5e12 << u"CNY"_s << QString()
                          << QString();
    QTest::newRow("thousands separator")
        << u"投资1,200万元建设厂房"_s << u"1,200万元"_s << 1200e4 << u"CNY"_s << QString() << u"investment"_s;
    QTest::newRow("USD total investment") << u"项目总投资1500万美元，注册资本1000万美元"_s << u"1500万美元"_s
                                          << 1500e4 << u"USD"_s << QString() << u"investment"_s;
    QTest::newRow("registered capital") << u"注册资本1880万美元，预计明年竣工"_s << u"1880万美元"_s << 1880e4
                                        << u"USD"_s << QString() << u"registered_capital"_s;
    QTest::newRow("EUR") << u"一期总投资1350万欧元"_s << u"1350万欧元"_s << 1350e4 << u"EUR"_s << QString()
                         << u"investment"_s;
    QTest::newRow("亿美元 FDI") << u"实到外资部口径首次突破10亿美元"_s << u"10亿美元"_s << 10e8 << u"USD"_s
                                << QString() << u"fdi"_s;
    QTest::newRow("contract FDI") << u"完成合同外资10亿美元"_s << u"10亿美元"_s << 10e8 << u"USD"_s
                                  << QString() << u"fdi"_s;
    QTest::newRow("revenue") << u"达产后预计营业额可达2亿元"_s << u"2亿元"_s << 2e8 << u"CNY"_s << QString()
                             << u"revenue"_s;
    QTest::newRow("tax") << u"年税收预计1000万元"_s << u"1000万元"_s << 1000e4 << u"CNY"_s << QString()
                         << u"tax"_s;
    QTest::newRow("JPY") << u"投资50亿日元"_s << u"50亿日元"_s << 50e8 << u"JPY"_s << QString()
                         << u"investment"_s;
    QTest::newRow("HKD") << u"投资3000万港元"_s << u"3000万港元"_s << 3000e4 << u"HKD"_s << QString()
                         << u"investment"_s;
    QTest::newRow("GBP") << u"投资200万英镑"_s << u"200万英镑"_s << 200e4 << u"GBP"_s << QString()
                         << u"investment"_s;
    QTest::newRow("currency first") << u"总投资人民币1.2亿元"_s << u"人民币1.2亿元"_s << 1.2e8 << u"CNY"_s
                                    << QString() << u"investment"_s;
    QTest::newRow("TWD written first") << u"计划投资新台币5000亿元兴建晶圆厂"_s << u"新台币5000亿元"_s
                                       << 5000e8 << u"TWD"_s << QString() << u"investment"_s;
    QTest::newRow("currency after 元") << u"计划投资总额达1490亿元人民币"_s << u"1490亿元人民币"_s << 1490e8
                                       << u"CNY"_s << QString() << u"investment"_s;
    QTest::newRow("no currency after investment")
        << u"总投资10亿，建设生产线"_s << u"10亿"_s << 10e8 << u"CNY"_s << QString() << u"investment"_s;
    QTest::newRow("half-width comma clause") << u"项目达产后预计实现年产值约15亿元。"_s << u"约15亿元"_s
                                             << 15e8 << u"CNY"_s << u"about"_s << u"output_value"_s;
    QTest::newRow("role does not cross a clause") << u"总投资方面，平湖获得奖励500万元"_s << u"500万元"_s
                                                  << 500e4 << u"CNY"_s << QString() << QString();
    QTest::newRow("compound 亿 and 千万") << u"该基地总投资1亿2千万元，年内投产"_s << u"1亿2千万元"_s << 1.2e8
                                          << u"CNY"_s << QString() << u"investment"_s;
    QTest::newRow("compound 亿 and 万") << u"项目计划投资3亿5000万元"_s << u"3亿5000万元"_s << 3.5e8
                                        << u"CNY"_s << QString() << u"investment"_s;
    QTest::newRow("两千万元") << u"拟投资两千万元建设仓库"_s << u"两千万元"_s << 2e7 << u"CNY"_s << QString()
                              << u"investment"_s;
    QTest::newRow("SGD from CLDR") << u"外方投资8000万新加坡元"_s << u"8000万新加坡元"_s << 8e7 << u"SGD"_s
                                   << QString() << u"investment"_s;
    QTest::newRow("CHF from CLDR") << u"总投资500万瑞士法郎"_s << u"500万瑞士法郎"_s << 5e6 << u"CHF"_s
                                   << QString() << u"investment"_s;
    QTest::newRow("CAD short name") << u"公司增资300万加元"_s << u"300万加元"_s << 3e6 << u"CAD"_s
                                    << QString() << u"investment"_s;
    QTest::newRow("CAD full name") << u"投资1200万加拿大元"_s << u"1200万加拿大元"_s << 1.2e7 << u"CAD"_s
                                   << QString() << u"investment"_s;
    QTest::newRow("over a thousand hundred-million") << u"总投资超千亿元人民币"_s << u"超千亿元人民币"_s
                                                     << 1e11 << u"CNY"_s << u"over"_s << u"investment"_s;
    QTest::newRow("over a hundred hundred-million")
        << u"总签约额过百亿元"_s << u"过百亿元"_s << 1e10 << u"CNY"_s << u"over"_s << u"investment"_s;
    QTest::newRow("registered capital total") << u"累计注册资本6.63亿元"_s << u"6.63亿元"_s << 6.63e8
                                              << u"CNY"_s << QString() << u"registered_capital"_s;
}

void TestMoneyExtractor::amounts()
{
    QFETCH(QString, sentence);
    QFETCH(QString, surface);
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, qualifier);
    QFETCH(QString, role);
    const QList<Entity> found = MoneyExtractor::extract(sentence);
    QVERIFY2(!found.isEmpty(), qPrintable(sentence));
    const Entity& e = found.front();
    QCOMPARE(e.type, EntityType::Money);
    QCOMPARE(e.text, surface);
    QCOMPARE(sentence.mid(e.span.start, e.span.length()), surface);
    QVERIFY(e.money);
    QCOMPARE(e.money->amount, amount);
    QCOMPARE(e.money->currency, currency);
    QCOMPARE(qualifierName(e.money->qualifier), qualifier);
    QCOMPARE(e.role, role);
    if (currency == u"CNY"_s)
        QCOMPARE(e.money->amountCny.value_or(-1), amount);
}

void TestMoneyExtractor::notAmounts_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("百亿级") << u"引进百亿级项目4个"_s;
    QTest::newRow("千亿元级") << u"打造千亿元级产业园区"_s;
    QTest::newRow("万亩千亿") << u"发挥集成电路“万亩千亿”平台作用"_s;
    QTest::newRow("count") << u"新签约亿元以上项目10个"_s;
    QTest::newRow("year") << u"2024年平湖市产业链招商"_s;
    QTest::newRow("area") << u"购置工业用地20亩，建筑面积5800平方米"_s;
    QTest::newRow("people") << u"引进各类高层次人才42人，参与招商291人次"_s;
    QTest::newRow("percent") << u"开工率达100%"_s;
    QTest::newRow("bare 万 without investment") << u"年产1500万米高性能薄膜"_s;
    QTest::newRow("ordinal words") << u"一把手带头招商，一一落实"_s;
    QTest::newRow("quantity in 万米") << u"项目投资后年产7500万米胚布"_s;
    QTest::newRow("quantity in 万吨") << u"投资建设300万吨特钢"_s;
    QTest::newRow("quantity in 万辆") << u"总投资形成年产20万辆产能"_s;
    QTest::newRow("empty") << QString();
}

void TestMoneyExtractor::notAmounts()
{
    QFETCH(QString, sentence);
    const QList<Entity> found = MoneyExtractor::extract(sentence);
    QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found.front().text));
}

void TestMoneyExtractor::ranges_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("dash") << u"项目总投资5-10亿元"_s << u"5-10亿元"_s << 5e8 << 10e8;
    QTest::newRow("two numerals 一二百万")
        << u"当年财政收入不过一二百万元"_s << u"一二百万元"_s << 1e6 << 2e6;
    QTest::newRow("two numerals 三四千万") << u"预计投入三四千万元"_s << u"三四千万元"_s << 3e7 << 4e7;
}

void TestMoneyExtractor::ranges()
{
    QFETCH(QString, sentence);
    QFETCH(QString, surface);
    QFETCH(double, low);
    QFETCH(double, high);
    const QList<Entity> found = MoneyExtractor::extract(sentence);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.front().text, surface);
    QCOMPARE(found.front().money->amount, low);
    QCOMPARE(found.front().money->amountHigh.value_or(0), high);
}

void TestMoneyExtractor::severalInOneSentence()
{
    const QString s = u"该项目总投资4400万美元，注册资本1880万美元，达产后年产值超2亿元。"_s;
    const QList<Entity> found = MoneyExtractor::extract(s);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].role, u"investment"_s);
    QCOMPARE(found[1].role, u"registered_capital"_s);
    QCOMPARE(found[2].role, u"output_value"_s);
    QCOMPARE(found[2].money->qualifier, Qualifier::Over);
}

void TestMoneyExtractor::rolesAlongAList_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected"); // surface:role of each amount
    QTest::newRow("shared along a list") << u"包括投资6亿元的甲项目、4亿元的乙项目"_s
                                         << QStringList{u"6亿元:investment"_s, u"4亿元:investment"_s};
    QTest::newRow("not across a clause")
        << u"总投资6亿元，其中4亿元用于厂房"_s << QStringList{u"6亿元:investment"_s, u"4亿元:"_s};
    QTest::newRow("not from another role")
        << u"注册资本1亿元、2亿元的乙项目"_s
        << QStringList{u"1亿元:registered_capital"_s, u"2亿元:registered_capital"_s};
}

void TestMoneyExtractor::rolesAlongAList()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Entity& e : MoneyExtractor::extract(sentence))
        found << e.text + u':' + e.role;
    QCOMPARE(found, expected);
}

QTEST_APPLESS_MAIN(TestMoneyExtractor)
#include "tst_moneyextractor.moc"
