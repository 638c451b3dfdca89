// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace OmsSync::Gui {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, so that Ctrl+C in the
// terminal of `tools/dev run` closes the window the normal way: the layout
// is saved, the demo's simulator stopped and its temporary settings
// removed. The handler only writes a byte to a socket (async-signal-safe);
// everything else happens in the event loop. One instance per process.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace OmsSync::Gui
