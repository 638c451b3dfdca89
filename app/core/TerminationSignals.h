// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <array>
#include <csignal>

class QSocketNotifier;

namespace OmsSync {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, so that Ctrl+C, `kill`
// or a closed terminal end a program the normal way: the desktop window is
// closed like with its close button (layout saved, demo simulator stopped),
// oms-sim leaves its event loop. The handler only write()s the signal number
// into a pipe (the self-pipe trick) and keeps errno as it found it; all else
// happens in the event loop. A signal the process was started with ignored
// (nohup, `&` in a script) stays ignored. One instance per process at a time;
// a second one is not valid.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    static constexpr std::array handledSignals {SIGINT, SIGTERM, SIGHUP};

    explicit TerminationSignals(QObject* parent = nullptr);
    // Gives the signals back to the handling they had before.
    ~TerminationSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
    std::array<struct sigaction, handledSignals.size()> m_previous {};
    std::array<bool, handledSignals.size()> m_installed {};
};

} // namespace OmsSync
