// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMonitor.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using OmsSync::NetworkMonitor;

class TestNetworkMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First in this process: no backend was loaded before it.
    void aWindowsMonitorLooksUpTheNetworkAfterItsFirstPaint()
    {
        NetworkMonitor monitor(nullptr, 100ms);
        QVERIFY(!QNetworkInformation::instance()); // nothing loaded yet
        QVERIFY(!monitor.hasBackend());
        QVERIFY(monitor.isOnline()); // counted as up meanwhile

        QSignalSpy changes(&monitor, &NetworkMonitor::onlineChanged);
        monitor.setOverride(false);
        QCOMPARE(changes.count(), 1);
        QTest::qWait(300);
        // Looked up by now; on Debian GIO answers even without NetworkManager.
        QCOMPARE(monitor.hasBackend(), QNetworkInformation::instance() != nullptr);
        QVERIFY(!QNetworkInformation::availableBackends().isEmpty() || !monitor.hasBackend());
        // What the user (or a test) decided still holds.
        QVERIFY(!monitor.isOnline());
        QCOMPARE(changes.count(), 1);
    }

    void withoutADelayTheBackendIsThereAtOnce()
    {
        NetworkMonitor monitor;
        QCOMPARE(monitor.hasBackend(), QNetworkInformation::instance() != nullptr);
        monitor.setOverride(true);
        QVERIFY(monitor.isOnline());
        monitor.setOverride(std::nullopt);
        if (monitor.hasBackend()) {
            QCOMPARE(monitor.isOnline(),
                     QNetworkInformation::instance()->reachability()
                         != QNetworkInformation::Reachability::Disconnected);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkMonitor)
#include "TestNetworkMonitor.moc"
