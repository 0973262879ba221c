#include "diagnostics/stallwatchdog.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

// The watchdog tells how long its thread did not answer: a deliberate block is seen at its length or more.
class TestStallWatchdog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesTheThreadBlocked();
    void startForgetsWhatWasMeasured();
};

void TestStallWatchdog::seesTheThreadBlocked()
{
    StallWatchdog watchdog(50);
    QSignalSpy stalled(&watchdog, &StallWatchdog::stalled);
    watchdog.start();
    QTest::qWait(30);
    QThread::msleep(160); // the thread busy: no tick can come
    QTest::qWait(30);
    watchdog.stop();
    QVERIFY2(watchdog.longestMs() >= 160 - StallWatchdog::kTickMs,
             qPrintable(QString::number(watchdog.longestMs())));
    QVERIFY(watchdog.stalls() >= 1);
    QCOMPARE(stalled.size(), watchdog.stalls());
    qint64 longest = 0;
    for (const QList<QVariant>& s : stalled)
        longest = std::max(longest, s.front().toLongLong());
    QCOMPARE(longest, watchdog.longestMs());
}

void TestStallWatchdog::startForgetsWhatWasMeasured()
{
    StallWatchdog watchdog(50);
    watchdog.start();
    QThread::msleep(80);
    QTest::qWait(10);
    watchdog.stop();
    QVERIFY(watchdog.stalls() >= 1);
    // Stopped, it measures nothing more: the time since is no stall.
    const int stalls = watchdog.stalls();
    const qint64 longest = watchdog.longestMs();
    QThread::msleep(80);
    watchdog.stop();
    QCOMPARE(watchdog.stalls(), stalls);
    QCOMPARE(watchdog.longestMs(), longest);
    watchdog.start();
    QCOMPARE(watchdog.stalls(), 0);
    QCOMPARE(watchdog.longestMs(), 0);
    watchdog.stop();
}

QTEST_GUILESS_MAIN(TestStallWatchdog)
#include "tst_stallwatchdog.moc"
