#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread it lives on (the window's) fails to answer: a timer ticks every kTickMs, and a
// tick that comes late by more than kTickMs says the thread was busy for the gap. Records the longest gap and
// the stalls longer than a threshold; says each such stall through stalled(). For benchmarks and for
// `investscope --watch-stalls`.
class StallWatchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatchdog)

public:
    static constexpr int kTickMs = 5;

    explicit StallWatchdog(int thresholdMs = 50, QObject* parent = nullptr);

    void start(); // and forgets what was measured before
    void stop();
    // The longest the thread did not answer since start(), in ms (the gap between two ticks, less a tick).
    qint64 longestMs() const { return m_longestMs; }
    // Stalls longer than the threshold since start().
    int stalls() const { return m_stalls; }
    int thresholdMs() const { return m_thresholdMs; }

Q_SIGNALS:
    void stalled(qint64 ms);

private:
    void tick();

    int m_thresholdMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestMs = 0;
    int m_stalls = 0;
};
