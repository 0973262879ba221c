#include "clean/offsetmap.h"
#include "store/offsetpacking.h"

#include <QtEndian>

#include <QTest>

class TestOffsetMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void roundTrips_data();
    void roundTrips();
    void spans();
    void packsAsRuns_data();
    void packsAsRuns();
    void readsOneOriginPerUnit();
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

void TestOffsetMap::packsAsRuns_data()
{
    QTest::addColumn<std::vector<qsizetype>>("origins");
    QTest::addColumn<qsizetype>("originalLength");
    QTest::addColumn<int>("runs");
    QTest::newRow("empty") << std::vector<qsizetype>{} << qsizetype(0) << 0;
    QTest::newRow("identity") << std::vector<qsizetype>{0, 1, 2, 3, 4} << qsizetype(5) << 1;
    QTest::newRow("shifted after a dropped prefix") << std::vector<qsizetype>{3, 4, 5} << qsizetype(6) << 1;
    QTest::newRow("a joined line break") << std::vector<qsizetype>{0, 1, 2, 4, 5, 6, 9} << qsizetype(10) << 3;
    QTest::newRow("every unit alone") << std::vector<qsizetype>{1, 3, 5, 7} << qsizetype(8) << 4;
    QTest::newRow("past 2^16") << std::vector<qsizetype>{70000, 70001, 200000} << qsizetype(200001) << 2;
}

// The store keeps an offset map as runs: what it reads back is the map it wrote, in 4 bytes and 8 a run.
void TestOffsetMap::packsAsRuns()
{
    QFETCH(std::vector<qsizetype>, origins);
    QFETCH(qsizetype, originalLength);
    QFETCH(int, runs);
    const OffsetMap map(origins, originalLength);
    const QByteArray blob = OffsetPacking::pack(map);
    QCOMPARE(blob.size(), 4 + 8 * runs);
    const OffsetMap back = OffsetPacking::unpack(blob, originalLength);
    QCOMPARE(back.origins(), origins);
    QCOMPARE(back.originalLength(), originalLength);
}

// Databases saved before keep an origin per cleaned unit: still read.
void TestOffsetMap::readsOneOriginPerUnit()
{
    const std::vector<qsizetype> origins{0, 1, 2, 4, 5, 9};
    QByteArray blob;
    for (qsizetype o : origins) {
        char bytes[4];
        qToLittleEndian<qint32>(static_cast<qint32>(o), bytes);
        blob.append(bytes, 4);
    }
    QCOMPARE(OffsetPacking::unpack(blob, 10).origins(), origins);
    QCOMPARE(OffsetPacking::unpack(QByteArray(), 0).origins(), std::vector<qsizetype>{});
}

QTEST_APPLESS_MAIN(TestOffsetMap)
#include "tst_offsetmap.moc"
