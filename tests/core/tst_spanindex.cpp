#include "extract/spanindex.h"

#include <QTest>

// SpanIndex answers what a scan of every span would: which spans overlap a span, which hold it.
class TestSpanIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsAScanWould_data();
    void answersAsAScanWould();
};

void TestSpanIndex::answersAsAScanWould_data()
{
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QList<int>>("overlapping");
    QTest::addColumn<QList<int>>("holding");
    // The spans: 0 [0,10) a long one, 1 [2,4), 2 [4,6), 3 [20,22), 4 [21,30).
    QTest::newRow("inside the long one and a short one")
        << qsizetype(2) << qsizetype(3) << QList<int>{0, 1} << QList<int>{0, 1};
    QTest::newRow("across two short ones")
        << qsizetype(3) << qsizetype(5) << QList<int>{0, 1, 2} << QList<int>{0};
    QTest::newRow("touching is not overlapping")
        << qsizetype(10) << qsizetype(20) << QList<int>{} << QList<int>{};
    QTest::newRow("reached only by the long span")
        << qsizetype(8) << qsizetype(9) << QList<int>{0} << QList<int>{0};
    QTest::newRow("two that overlap each other")
        << qsizetype(21) << qsizetype(22) << QList<int>{3, 4} << QList<int>{3, 4};
    QTest::newRow("counter: longer than all it overlaps")
        << qsizetype(19) << qsizetype(31) << QList<int>{3, 4} << QList<int>{};
    QTest::newRow("counter: after every span")
        << qsizetype(40) << qsizetype(41) << QList<int>{} << QList<int>{};
}

void TestSpanIndex::answersAsAScanWould()
{
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QList<int>, overlapping);
    QFETCH(QList<int>, holding);
    const QList<TextSpan> spans{{0, 10}, {2, 4}, {4, 6}, {20, 22}, {21, 30}};
    SpanIndex index;
    for (int i = 0; i < spans.size(); ++i)
        index.insert(spans[i], i);
    QCOMPARE(index.overlapping({start, end}), overlapping);
    QCOMPARE(index.holding({start, end}), holding);
    QCOMPARE(index.overlaps({start, end}), !overlapping.isEmpty());
    QCOMPARE(index.holds({start, end}), !holding.isEmpty());
    // …as a scan of every span says.
    QList<int> scanned;
    for (int i = 0; i < spans.size(); ++i) {
        if (start < spans[i].end && spans[i].start < end)
            scanned << i;
    }
    QCOMPARE(scanned, overlapping);
}

QTEST_GUILESS_MAIN(TestSpanIndex)
#include "tst_spanindex.moc"
