// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace OmsSync::Gui {

// Off by default; for tools/bench. When the environment variable
// OMS_SYNC_STARTUP_PROBE is set, waits for the first paint of `view` that
// shows rows (the task list loaded), then prints one line on stdout
//
//   startup-probe first_paint_ms=412 peak_rss_kib=61234 monotonic_ns=123456789
//
// and quits the application. first_paint_ms counts from the process's start
// as the kernel recorded it (10 ms steps); monotonic_ns is CLOCK_MONOTONIC at
// that paint, so a launcher that noted the clock when it started the process
// gets the exact figure. peak_rss_kib is the resident set's high-water mark.
// bench/MinimalWindow.cpp uses the same probe for its baseline.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // Watches `view` when requested; the probe is a child of the view.
    static void attachIfRequested(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit StartupProbe(QAbstractItemView* view);
    void report();

    QPointer<QAbstractItemView> m_view;
    bool m_reported = false;
};

} // namespace OmsSync::Gui
