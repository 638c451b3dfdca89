// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

// What the benchmark programs share. Each one prints its figures as lines
//
//   BENCH <key> <value>
//
// on stdout (anything else there is ignored), so that oms-bench can run it
// several times and take the median of every key.
namespace OmsSync::Bench {

inline void report(const char* key, double value)
{
    std::printf("BENCH %s %.4f\n", key, value);
    std::fflush(stdout);
}

// A key made up at run time ("rss_after_" + count + "_kib").
inline void report(const QByteArray& key, double value)
{
    report(key.constData(), value);
}

inline double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// A field of /proc/self/status in KiB (VmRSS: now, VmHWM: the peak), or -1.
inline qint64 statusKib(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // Read whole: a /proc file has no size, so QFile::atEnd() holds at once.
    const QByteArray prefix = field + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Runs an event loop until `done` holds (checked every millisecond) or
// timeoutMs passed; false on timeout. A real QEventLoop::exec(), so objects
// deleted later are deleted meanwhile. Figures that need better than a
// millisecond take their time stamps in the callbacks themselves.
inline bool spinUntil(const std::function<bool()>& done, int timeoutMs = 60000)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    check.start(1);
    // A timer of its own, gone with this call: a QTimer::singleShot would
    // stay registered, its receiver dead, until its timeout, and a benchmark
    // that spins a thousand times would measure those timers' memory.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    deadline.start(timeoutMs);
    return loop.exec() == 0;
}

// The longest time the thread's event loop did not get to a 1 ms timer (an
// event-loop lag probe), and the most CPU time the thread spent between two
// ticks: how long it was busy in one go. The first includes time the thread
// waited for a core (on a loaded machine, most of it); the second does not.
class LagProbe
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_busiestNs = std::max(m_busiestNs, cpu - m_lastCpuNs);
            m_lastNs = now;
            m_lastCpuNs = cpu;
        });
    }

    void start()
    {
        m_longestNs = 0;
        m_busiestNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }

    // Milliseconds of the longest gap between two ticks, less the 1 ms interval.
    double stop()
    {
        m_timer.stop();
        return std::max<double>(0, double(m_longestNs) / 1e6 - 1);
    }

    // Milliseconds of CPU time the thread spent between two ticks, at most
    // (after stop()).
    double busiestMs() const { return double(m_busiestNs) / 1e6; }

    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_busiestNs = 0;
};

} // namespace OmsSync::Bench
