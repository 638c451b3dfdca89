// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"
#include "DunstControl.h"
#include "Icons.h"

#include <QApplication>
#include <QDBusConnection>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

// Runs under tests/fixtures/with-desktop.sh: a real dunst answers on the
// session bus, a real trayer holds the tray, and dunstctl plays the user.
namespace {

using OmsSync::Test::Dunst::displayed;
using OmsSync::Test::Dunst::history;
using OmsSync::Test::Dunst::patience;

QString dunstctl(const QStringList& arguments)
{
    return OmsSync::Test::Dunst::control(arguments);
}

QStringList historySummaries()
{
    QStringList summaries;
    for (const QVariantMap& fields : history()) {
        summaries.append(fields.value(u"summary"_s).toString());
    }
    return summaries;
}

DesktopNotification notification(const QString& key, const QString& title)
{
    DesktopNotification n;
    n.key = key;
    n.title = title;
    n.body = u"“Photos” in Beijing stopped synchronizing."_s;
    n.actions = {{u"start"_s, u"Start again"_s}, {u"show"_s, u"Show"_s}};
    return n;
}

// Shows `n` and waits until dunst took it.
bool showAndWait(DesktopNotifier& notifier, const DesktopNotification& n)
{
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.notify(n);
    return shown.wait(patience) || !shown.isEmpty();
}

// A session bus that starts no services on demand.
QByteArray busConfig(const QString& socketDir)
{
    return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
           "<busconfig>\n"
           "  <type>session</type>\n"
           "  <listen>unix:dir="
        + socketDir.toUtf8()
        + "</listen>\n"
          "  <auth>EXTERNAL</auth>\n"
          "  <policy context=\"default\">\n"
          "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
          "    <allow eavesdrop=\"true\"/>\n"
          "    <allow own=\"*\"/>\n"
          "  </policy>\n"
          "</busconfig>\n";
}

QWidget* balloon()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QBalloonTip") && widget->isVisible()) {
            return widget;
        }
    }
    return nullptr;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OMS_SYNC_DUNST_CHOICE"),
                 "run under tests/fixtures/with-desktop.sh");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void init()
    {
        dunstctl({u"close-all"_s});
        QFile::remove(qEnvironmentVariable("OMS_SYNC_DUNST_CHOICE"));
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, patience);
    }

    void reachesTheServer()
    {
        DesktopNotifier notifier;
        QCOMPARE(notifier.server(), DesktopNotifier::Server::Unknown);
        DesktopNotification n = notification(u"paused/a/1"_s, u"Reaches the server"_s);
        n.body = u"Body & <more>"_s; // dunst takes no markup: sent as it is
        QVERIFY(showAndWait(notifier, n));
        QCOMPARE(notifier.server(), DesktopNotifier::Server::Available);
        QVERIFY2(notifier.capabilities().contains(u"actions"_s),
                 qPrintable(notifier.capabilities().join(u' ')));
        QVERIFY(notifier.serverId(n.key) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, patience);

        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        dunstctl({u"close-all"_s});
        QVERIFY(closed.wait(patience) || !closed.isEmpty());
        QCOMPARE(closed.first().first().toString(), n.key);
        QCOMPARE(notifier.serverId(n.key), 0u);

        const QList<QVariantMap> closedOnes = history();
        QVERIFY(!closedOnes.isEmpty());
        const QVariantMap& newest = closedOnes.first();
        QCOMPARE(newest.value(u"summary"_s).toString(), n.title);
        QCOMPARE(newest.value(u"body"_s).toString(), n.body);
        QCOMPARE(newest.value(u"appname"_s).toString(), u"OMS Sync Desk"_s);
        QCOMPARE(newest.value(u"default_action_name"_s).toString(), u"default"_s);
    }

    // dunst keeps no hints in its history, but their effect: a critical
    // notification (urgent) stays until dismissed, a normal one for the
    // timeout asked for.
    void urgencyAndTimeoutReachTheServer()
    {
        DesktopNotifier notifier;
        DesktopNotification urgent = notification(u"sign-in/u/"_s, u"Urgent"_s);
        urgent.urgent = true;
        QVERIFY(showAndWait(notifier, urgent));
        notifier.setExpireTimeout(4000);
        QCOMPARE(notifier.expireTimeout(), 4000);
        QVERIFY(showAndWait(notifier, notification(u"paused/u/1"_s, u"Timed"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 2, patience);
        dunstctl({u"close-all"_s});
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, patience);
        QHash<QString, qint64> timeouts; // µs
        for (const QVariantMap& fields : history()) {
            timeouts.insert(fields.value(u"summary"_s).toString(),
                            fields.value(u"timeout"_s).toLongLong());
        }
        QCOMPARE(timeouts.value(u"Urgent"_s, -1), 0);
        QCOMPARE(timeouts.value(u"Timed"_s, -1), 4000000);
    }

    void clickingIsTheDefaultAction()
    {
        DesktopNotifier notifier;
        const DesktopNotification n = notification(u"paused/b/2"_s, u"Clicked"_s);
        QVERIFY(showAndWait(notifier, n));
        QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
        // What a click does: the default action of the topmost notification.
        dunstctl({u"action"_s, u"0"_s});
        QVERIFY(invoked.wait(patience) || !invoked.isEmpty());
        QCOMPARE(invoked.first().at(0).toString(), n.key);
        QCOMPARE(invoked.first().at(1).toString(), u"default"_s);
    }

    void actionsFromTheServersMenu()
    {
        DesktopNotifier notifier;
        const DesktopNotification other = notification(u"paused/c/3"_s, u"Other"_s);
        const DesktopNotification n = notification(u"paused/c/4"_s, u"Menu"_s);
        QVERIFY(showAndWait(notifier, other));
        QVERIFY(showAndWait(notifier, n));
        QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
        // dunst's context menu lists every action of every notification as
        // "#Start again (Menu) [id,start]"; the fixture's menu picks this one.
        QFile choice(qEnvironmentVariable("OMS_SYNC_DUNST_CHOICE"));
        QVERIFY(choice.open(QIODevice::WriteOnly));
        choice.write(u"[%1,start]"_s.arg(notifier.serverId(n.key)).toUtf8());
        choice.close();
        dunstctl({u"context"_s});
        QVERIFY(invoked.wait(patience) || !invoked.isEmpty());
        QCOMPARE(invoked.size(), 1);
        QCOMPARE(invoked.first().at(0).toString(), n.key);
        QCOMPARE(invoked.first().at(1).toString(), u"start"_s);
    }

    void theSameKeyReplaces()
    {
        DesktopNotifier notifier;
        QVERIFY(showAndWait(notifier, notification(u"group"_s, u"Replaced first"_s)));
        const uint id = notifier.serverId(u"group"_s);
        QVERIFY(showAndWait(notifier, notification(u"group"_s, u"Replaced second"_s)));
        QCOMPARE(notifier.serverId(u"group"_s), id);
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, patience);

        // Two at once, before the server answered the first: still one.
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notify(notification(u"group"_s, u"Replaced third"_s));
        notifier.notify(notification(u"group"_s, u"Replaced fourth"_s));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, patience);
        QCOMPARE(notifier.serverId(u"group"_s), id);
        QCOMPARE(displayed(), 1);

        // Another key stacks.
        QVERIFY(showAndWait(notifier, notification(u"single"_s, u"Stacked"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 2, patience);

        dunstctl({u"close-all"_s});
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, patience);
        const QStringList summaries = historySummaries();
        QVERIFY2(summaries.contains(u"Replaced fourth"_s), qPrintable(summaries.join(u',')));
        QVERIFY2(summaries.contains(u"Stacked"_s), qPrintable(summaries.join(u',')));
        for (const char* gone : {"Replaced first", "Replaced second", "Replaced third"}) {
            QVERIFY2(!summaries.contains(QLatin1StringView(gone)), gone);
        }
    }

    void closesItsOwn()
    {
        DesktopNotifier notifier;
        QVERIFY(showAndWait(notifier, notification(u"sign-in/x/"_s, u"To close"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, patience);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.close(u"sign-in/x/"_s);
        QVERIFY(closed.wait(patience) || !closed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, patience);

        // Closed before the server said its id: closed once it does.
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notify(notification(u"sign-in/y/"_s, u"Closed at once"_s));
        notifier.close(u"sign-in/y/"_s);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 2, patience);
        QCOMPARE(closed.last().first().toString(), u"sign-in/y/"_s);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(displayed(), 0);
    }

    void disabledShowsNothing()
    {
        DesktopNotifier notifier;
        notifier.setEnabled(false);
        QVERIFY(!notifier.isEnabled());
        notifier.notify(notification(u"off"_s, u"Never shown"_s));
        notifier.setEnabled(true);
        // Calls are answered in order: once this one is shown, the first
        // would have been too.
        QVERIFY(showAndWait(notifier, notification(u"on"_s, u"Shown when enabled"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, patience);
        dunstctl({u"close-all"_s});
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, patience);
        QVERIFY(!historySummaries().contains(u"Never shown"_s));
    }

    void noServerOnTheBusUsesTheTray()
    {
        // A bus of its own where nothing serves notifications, nor can be
        // started for them (the session bus would start dunst on demand).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile config(dir.filePath(u"bus.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(busConfig(dir.path()));
        config.close();
        m_bus.start(
            u"dbus-daemon"_s,
            {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(m_bus.waitForStarted(patience));
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), patience);
        const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
        {
            const QDBusConnection connection =
                QDBusConnection::connectToBus(address, u"without-server"_s);
            QVERIFY(connection.isConnected());
            QSystemTrayIcon tray(Icons::application());
            tray.show();
            QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), patience);

            DesktopNotifier notifier(connection);
            notifier.setFallbackTrayIcon(&tray);
            QSignalSpy inTray(&notifier, &DesktopNotifier::shownInTray);
            QSignalSpy shown(&notifier, &DesktopNotifier::shown);
            const DesktopNotification n = notification(u"paused/d/5"_s, u"In the tray"_s);
            notifier.notify(n);
            QVERIFY(inTray.wait(patience) || !inTray.isEmpty());
            QCOMPARE(inTray.first().first().toString(), n.key);
            QCOMPARE(notifier.server(), DesktopNotifier::Server::Missing);
            QVERIFY(shown.isEmpty());

            // Qt's balloon shows it; clicking it is the default action.
            QTRY_VERIFY_WITH_TIMEOUT(balloon() != nullptr, patience);
            QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
            QTest::mouseClick(balloon(), Qt::LeftButton, {}, QPoint(20, 20));
            QTRY_COMPARE_WITH_TIMEOUT(invoked.size(), 1, patience);
            QCOMPARE(invoked.first().at(0).toString(), n.key);
            QCOMPARE(invoked.first().at(1).toString(), u"default"_s);

            // The next one goes straight to the tray: the answer is kept.
            notifier.notify(notification(u"paused/d/6"_s, u"In the tray too"_s));
            QCOMPARE(inTray.size(), 2);

            // Nothing reached dunst on the other bus.
            QCOMPARE(displayed(), 0);
        }
        QDBusConnection::disconnectFromBus(u"without-server"_s);
    }

    void cleanup()
    {
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.kill();
            m_bus.waitForFinished(patience);
        }
    }

    void noBusUsesTheTray()
    {
        DesktopNotifier notifier {QDBusConnection(u"not-connected"_s)};
        QCOMPARE(notifier.server(), DesktopNotifier::Server::Missing);
        QSystemTrayIcon tray(Icons::application());
        tray.show();
        notifier.setFallbackTrayIcon(&tray);
        QSignalSpy inTray(&notifier, &DesktopNotifier::shownInTray);
        notifier.notify(notification(u"k"_s, u"No bus"_s));
        QCOMPARE(inTray.size(), 1);
        // Without a tray icon, nothing (and no crash).
        notifier.setFallbackTrayIcon(nullptr);
        notifier.notify(notification(u"k"_s, u"No bus"_s));
        QCOMPARE(inTray.size(), 1);
    }

private:
    QProcess m_bus;
};

QTEST_MAIN(TestDesktopNotifier)
#include "TestDesktopNotifier.moc"
