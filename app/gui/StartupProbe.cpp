// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

constexpr char environmentVariable[] = "OMS_SYNC_STARTUP_PROBE";

#ifdef Q_OS_LINUX
qint64 clockNs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Milliseconds since the kernel started this process (field 22 of
// /proc/self/stat, in clock ticks since boot), or -1.
qint64 msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count fields after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(22 - 3).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0) {
        return -1;
    }
    return clockNs(CLOCK_BOOTTIME) / 1000000 - startTicks * 1000 / ticksPerSecond;
}
#endif

qint64 peakRssKib()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
#ifdef Q_OS_MACOS
        return usage.ru_maxrss / 1024; // bytes there, KiB on Linux
#else
        return usage.ru_maxrss;
#endif
    }
#endif
    return -1;
}

} // namespace

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIsSet(environmentVariable);
}

StartupProbe* StartupProbe::attachIfRequested(QAbstractItemView* view, std::function<bool()> isLive,
                                              std::function<bool()> isSettled)
{
    if (!isRequested()) {
        return nullptr;
    }
    return new StartupProbe(view, std::move(isLive), std::move(isSettled));
}

StartupProbe::StartupProbe(QAbstractItemView* view, std::function<bool()> isLive,
                           std::function<bool()> isSettled)
    : QObject(view)
    , m_view(view)
    , m_isLive(std::move(isLive))
    , m_isSettled(std::move(isSettled))
{
    view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_view && m_view->model()
        && m_view->model()->rowCount() > 0) {
        // Queued: after this paint, and the flush to the screen that follows it.
        if (!m_firstSeen) {
            m_firstSeen = true;
            QTimer::singleShot(0, this, [this] {
                m_first = now();
                reportWhenDone();
            });
        }
        if (!m_liveSeen && (!m_isLive || m_isLive())) {
            m_liveSeen = true;
            QTimer::singleShot(0, this, [this] {
                m_live = now();
                reportWhenDone();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

StartupProbe::Mark StartupProbe::now()
{
    Mark mark;
#ifdef Q_OS_LINUX
    mark.sinceStartMs = msSinceProcessStart();
    mark.monotonicNs = clockNs(CLOCK_MONOTONIC);
    mark.threadCpuMs = clockNs(CLOCK_THREAD_CPUTIME_ID) / 1000000;
    mark.processCpuMs = clockNs(CLOCK_PROCESS_CPUTIME_ID) / 1000000;
#endif
    mark.peakRssKib = peakRssKib();
    return mark;
}

void StartupProbe::reportWhenDone()
{
    if (!m_first || !m_live || m_reported) {
        return;
    }
    m_reported = true;
    std::printf(
        "startup-probe first_paint_ms=%lld peak_rss_kib=%lld monotonic_ns=%lld "
        "live_paint_ms=%lld live_peak_rss_kib=%lld first_paint_thread_cpu_ms=%lld "
        "first_paint_process_cpu_ms=%lld\n",
        static_cast<long long>(m_first->sinceStartMs), static_cast<long long>(m_first->peakRssKib),
        static_cast<long long>(m_first->monotonicNs), static_cast<long long>(m_live->sinceStartMs),
        static_cast<long long>(m_live->peakRssKib), static_cast<long long>(m_first->threadCpuMs),
        static_cast<long long>(m_first->processCpuMs));
    std::fflush(stdout);
    quitWhenSettled();
}

void StartupProbe::quitWhenSettled()
{
    if (m_reported && (!m_isSettled || m_isSettled())) {
        QCoreApplication::quit();
    }
}

} // namespace OmsSync::Gui
