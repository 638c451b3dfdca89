// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAbstractItemView;

namespace OmsSync::Gui {

// Off by default; for tools/bench. When the environment variable
// OMS_SYNC_STARTUP_PROBE is set, waits for the first paint of `view` that
// shows rows, and for the first one that shows the live list (`isLive`
// says when the rows are no longer the ones kept from the last run; without
// it, the first paint is the live one), then prints one line on stdout
//
//   startup-probe first_paint_ms=412 peak_rss_kib=61234 monotonic_ns=123456789
//                 live_paint_ms=530 live_peak_rss_kib=63012
//                 first_paint_thread_cpu_ms=180 first_paint_process_cpu_ms=230
//
// and quits the application once `isSettled` holds (without it, at once;
// quitWhenSettled() asks again): the application finishes what it keeps
// for the next run, so that the next run starts from it. The times count
// from the process's start as the kernel recorded it (10 ms steps); monotonic_ns is CLOCK_MONOTONIC
// at the first paint, so a launcher that noted the clock when it started the process gets the exact
// figure. The RSS figures are the resident set's high-water mark at each paint. The CPU times, of
// the UI thread and of the whole process up to the first paint, tell work apart from waiting (for
// the display server, or for a core on a busy machine).
// bench/MinimalWindow.cpp uses the same probe for its baseline.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // Watches `view` when requested (the probe is a child of the view),
    // else returns null.
    static StartupProbe* attachIfRequested(QAbstractItemView* view,
                                           std::function<bool()> isLive = {},
                                           std::function<bool()> isSettled = {});

    // Quits if the report is printed and the application is settled.
    void quitWhenSettled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Mark
    {
        qint64 sinceStartMs = -1;
        qint64 peakRssKib = -1;
        qint64 monotonicNs = -1;
        qint64 threadCpuMs = -1;
        qint64 processCpuMs = -1;
    };

    StartupProbe(QAbstractItemView* view, std::function<bool()> isLive,
                 std::function<bool()> isSettled);
    static Mark now();
    void reportWhenDone();

    QPointer<QAbstractItemView> m_view;
    std::function<bool()> m_isLive;
    std::function<bool()> m_isSettled;
    bool m_reported = false;
    bool m_firstSeen = false;
    bool m_liveSeen = false;
    std::optional<Mark> m_first;
    std::optional<Mark> m_live;
};

} // namespace OmsSync::Gui
