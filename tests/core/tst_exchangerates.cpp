#include "money/exchangerates.h"
#include "query/corpusqueries.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExchangeRates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedTable();
    void parses_data();
    void parses();
    void convertsAnnotations();
    void storeRecomputesWithTheUsersRates();
};

void TestExchangeRates::shippedTable()
{
    const ExchangeRates& r = ExchangeRates::defaults();
    QVERIFY(r.date().isValid());
    QVERIFY(r.rate(u"USD"_s).value_or(0) > 5);
    QCOMPARE(r.rate(u"CNY"_s).value_or(0), 1.0);
    QVERIFY(!r.rate(u"XYZ"_s));
    QVERIFY(r.describe({u"USD"_s}).startsWith(u"1 USD = "_s));
    // The text form reads back the same.
    QString error;
    QCOMPARE(ExchangeRates::parse(r.toText(), &error).value_or(ExchangeRates{}), r);
}

void TestExchangeRates::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("valid") << u"date\t2025-01-31\nUSD\t7.2\n# comment\neur 7.9\n"_s << true << QString();
    QTest::newRow("bad date") << u"date\t31.01.2025\n"_s << false << u"line 1"_s;
    QTest::newRow("negative rate") << u"USD\t-1\n"_s << false << u"line 1"_s;
    QTest::newRow("three fields") << u"\nUSD 7.2 extra\n"_s << false << u"line 2"_s;
    QTest::newRow("not a code") << u"DOLLAR 7.2\n"_s << false << u"line 1"_s;
}

void TestExchangeRates::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, errorContains);
    QString error;
    const auto r = ExchangeRates::parse(text, &error);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QCOMPARE(r->rate(u"EUR"_s).value_or(0), 7.9);
        QCOMPARE(r->date(), QDate(2025, 1, 31));
    } else {
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
}

void TestExchangeRates::convertsAnnotations()
{
    Annotations a;
    Project p;
    p.investment = Money{15000000, std::nullopt, u"USD"_s, Qualifier::None, std::nullopt};
    a.projects = {p};
    Entity e;
    e.money = Money{100, std::nullopt, u"XYZ"_s, Qualifier::None, 5.0};
    a.entities = {e};
    ExchangeRates r;
    r.setRate(u"USD"_s, 7.0);
    r.apply(a);
    QCOMPARE(a.projects[0].investment->amountCny.value_or(0), 105000000.0);
    QVERIFY(!a.entities[0].money->amountCny); // no rate: no yuan value, not a stale one
}

void TestExchangeRates::storeRecomputesWithTheUsersRates()
{
    Store store;
    QVERIFY(store.open());
    QVERIFY(store.addDocuments(TestSupport::sampleCorpus()));
    const auto amountOf = [&](const QString& name) {
        QSqlQuery q(store.database());
        q.prepare(u"SELECT amount_cny FROM projects WHERE name = ?"_s);
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toDouble() : -1.0;
    };
    const double atShippedRate = amountOf(u"尼得科机床项目"_s); // 4400万美元
    QCOMPARE(atShippedRate, 44000000 * ExchangeRates::defaults().rate(u"USD"_s).value());
    ExchangeRates mine = ExchangeRates::defaults();
    mine.setRate(u"USD"_s, 10.0);
    QVERIFY(store.setExchangeRates(mine));
    QCOMPARE(amountOf(u"尼得科机床项目"_s), 440000000.0);
    QCOMPARE(amountOf(u"智算中心项目"_s), 10000000000.0); // yuan stay yuan
    QCOMPARE(store.exchangeRates().rate(u"USD"_s).value(), 10.0);
    // A currency without a rate has no yuan value.
    mine.removeRate(u"EUR"_s);
    QVERIFY(store.setExchangeRates(mine));
    QCOMPARE(amountOf(u"艾本德中国技术中心平湖项目"_s), 0.0); // NULL reads as 0
    ProjectFilter unknown;
    unknown.size = ProjectFilter::SizeBucket::Unknown;
    bool found = false;
    for (const auto& row : CorpusQueries(&store).projects(unknown))
        found = found || row.name == u"艾本德中国技术中心平湖项目"_s;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestExchangeRates)
#include "tst_exchangerates.moc"
