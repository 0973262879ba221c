#include "clean/offsetmap.h"

#include <QTest>

class TestOffsetMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void roundTrips_data();
    void roundTrips();
    void spans();
};

void TestOffsetMap::identity()
{
    const OffsetMap map = OffsetMap::identity(5);
    for (qsizetype i = 0; i <= 5; ++i) {
        QCOMPARE(map.toOriginal(i), i);
        QCOMPARE(map.toClean(i), i);
    }
}

void TestOffsetMap::roundTrips_data()
{
    QTest::addColumn<QList<qsizetype>>("origins");
    QTest::addColumn<qsizetype>("originalLength");

    QTest::newRow("empty") << QList<qsizetype>{} << qsizetype(0);
    QTest::newRow("all deleted") << QList<qsizetype>{} << qsizetype(7);
    QTest::newRow("line break removed") << QList<qsizetype>{0, 1, 2, 4, 5} << qsizetype(6);
    QTest::newRow("tripled glyphs") << QList<qsizetype>{0, 1, 6, 9, 10, 11, 18} << qsizetype(21);
    QTest::newRow("leading and trailing removed") << QList<qsizetype>{3, 4, 5} << qsizetype(9);
}

void TestOffsetMap::roundTrips()
{
    QFETCH(QList<qsizetype>, origins);
    QFETCH(qsizetype, originalLength);
    const OffsetMap map(std::vector<qsizetype>(origins.begin(), origins.end()), originalLength);
    QCOMPARE(map.cleanLength(), origins.size());
    for (qsizetype i = 0; i < map.cleanLength(); ++i) {
        QCOMPARE(map.toOriginal(i), origins[i]);
        QCOMPARE(map.toClean(map.toOriginal(i)), i); // clean -> original -> clean is the identity
    }
    QCOMPARE(map.toOriginal(map.cleanLength()), originalLength);
    QCOMPARE(map.toClean(originalLength), map.cleanLength());
    // original -> clean -> original never moves backwards and lands on a kept character (or the end).
    for (qsizetype o = 0; o <= originalLength; ++o) {
        const qsizetype back = map.toOriginal(map.toClean(o));
        QVERIFY(back >= o);
        QVERIFY(back == originalLength || origins.contains(back));
    }
}

void TestOffsetMap::spans()
{
    // Original "半导\n体科技" -> cleaned "半导体科技": the newline at 2 is gone.
    const OffsetMap map({0, 1, 3, 4, 5}, 6);
    QCOMPARE(map.toOriginal(TextSpan{0, 5}), (TextSpan{0, 6}));
    QCOMPARE(map.toOriginal(TextSpan{1, 3}), (TextSpan{1, 4})); // "导体" covers the line break
    QCOMPARE(map.toClean(TextSpan{0, 6}), (TextSpan{0, 5}));
    QCOMPARE(map.toClean(TextSpan{2, 3}), (TextSpan{2, 2})); // only the newline: empty
    QCOMPARE(map.toClean(TextSpan{1, 4}), (TextSpan{1, 3}));
    QCOMPARE(map.toOriginal(TextSpan{2, 2}), (TextSpan{3, 3}));
}

QTEST_APPLESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"
