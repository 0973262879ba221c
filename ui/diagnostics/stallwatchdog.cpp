#include "stallwatchdog.h"

StallWatchdog::StallWatchdog(int thresholdMs, QObject* parent)
    : QObject(parent)
    , m_thresholdMs(thresholdMs)
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

void StallWatchdog::start()
{
    m_longestMs = 0;
    m_stalls = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallWatchdog::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    tick(); // a stall that lasted until now counts too
}

void StallWatchdog::tick()
{
    if (!m_clock.isValid())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 lateMs = (now - m_lastNs) / 1000000 - kTickMs;
    m_lastNs = now;
    if (lateMs <= 0)
        return;
    m_longestMs = std::max(m_longestMs, lateMs);
    if (lateMs > m_thresholdMs) {
        ++m_stalls;
        Q_EMIT stalled(lateMs);
    }
}
