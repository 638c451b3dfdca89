// SPDX-License-Identifier: GPL-3.0-or-later
//
// The watch from end to end, on a desktop of its own (with-desktop.sh: dunst
// on a private session bus, trayer as the tray, Xvfb) against a real oms-sim
// over loopback: the service stops a task; within two refresh intervals the
// notification is on the notification server, the tray icon says a task is
// paused and its menu lists the task; choosing it opens the credentials
// dialog filled with the remembered keys, and one click starts the task,
// once.
#include "CredentialsDialog.h"
#include "DesktopNotifier.h"
#include "DesktopWatch.h"
#include "DunstControl.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "NotificationPolicy.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "StartCredentials.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "TrayIcon.h"
#include "WatchController.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

namespace {

// The refresh interval of these tests (--refresh-interval).
constexpr int intervalSeconds = 4;

// From the simulator's demo seed (app/sim/DemoSeed.cpp), cn-north-4.
const QString runningAliyunTask = u"1f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31"_s;

using OmsSync::Test::Dunst::patience;

QString dunstctl(const QStringList& arguments)
{
    return OmsSync::Test::Dunst::control(arguments);
}

// The notifications dunst closed, newest first: "summary\nbody" each.
QStringList history()
{
    QStringList notifications;
    for (const QVariantMap& fields : OmsSync::Test::Dunst::history()) {
        notifications.append(fields.value(u"summary"_s).toString() + u'\n'
                             + fields.value(u"body"_s).toString());
    }
    return notifications;
}

// The notifications shown since the test began (this dunst cannot clear its
// history): what is on screen is moved into the history to be read.
qsizetype historyBefore = 0;

QStringList shownSinceStart()
{
    dunstctl({u"close-all"_s});
    const QStringList all = history();
    return all.first(all.size() - historyBefore);
}

int startsOf(SimulatorProcess& sim, const QString& taskId)
{
    int starts = 0;
    for (const QJsonValue& entry : sim.requestLog()) {
        const QString path = entry.toObject().value(u"path"_s).toString();
        starts += path.endsWith(u"/sync-tasks/"_s + taskId + u"/start"_s);
    }
    return starts;
}

// The desktop application as main() puts it together, on the simulator.
struct Desk
{
    QTemporaryDir dir;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    GuiSettings settings {dir.filePath(u"gui.ini"_s)};
    std::unique_ptr<ProfileController> controller;
    std::unique_ptr<WatchController> watch;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DesktopWatch> desktop;
    QUuid profileId;

    bool open(const QUrl& endpoint)
    {
        secrets.setSessionOnly(true);
        controller =
            std::make_unique<ProfileController>(new ProfileService(&store, &secrets, &store));
        controller->setCallPolicy(Gui::Test::quickPolicy());
        Profile profile;
        profile.name = u"Simulated"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"demo"_s;
        profile.userName = u"demo"_s;
        profile.omsEndpoint = endpoint;
        profile.iamEndpoint = endpoint;
        bool stored = false;
        if (controller
                ->saveProfile(profile, u"demo-password"_s, controller.get(),
                              [&stored](const ApiError& error) { stored = !error.isError(); })
                .isError()
            || !QTest::qWaitFor([&stored] { return stored; })) {
            return false;
        }
        profileId = controller->profiles().constFirst().id;
        watch = std::make_unique<WatchController>(controller.get());
        window = std::make_unique<MainWindow>(watch.get(), &settings);
        window->setRefreshIntervalOverride(intervalSeconds);
        desktop = std::make_unique<DesktopWatch>(watch.get(), window.get(), &settings);
        if (!desktop->showTrayIcon()) {
            qWarning("no system tray: is trayer running?");
            return false;
        }
        watch->start();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    bool remember(const QString& taskId, const StartCredentials& keys)
    {
        bool done = false;
        bool ok = false;
        controller->keysUsedForStart(profileId, taskId, keys, true, controller.get(),
                                     [&](const ApiError& error) {
                                         done = true;
                                         ok = !error.isError();
                                     });
        return QTest::qWaitFor([&done] { return done; }, patience) && ok;
    }

    std::optional<SyncTask> task(const QString& taskId) const
    {
        return watch->task(profileId, taskId);
    }

    QAction* trayEntryFor(const QString& taskName) const
    {
        for (QAction* action : desktop->trayIcon()->menu()->actions()) {
            if (action->text().contains(taskName)) {
                return action;
            }
        }
        return nullptr;
    }
};

} // namespace

class TestDesktopWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OMS_SYNC_TEST_DESKTOP"),
                 "run under tests/fixtures/with-desktop.sh");
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
    }

    void init()
    {
        dunstctl({u"close-all"_s});
        historyBefore = history().size();
    }

    void aTaskTheServiceStoppedIsOneClickFromRunningAgain()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--log-requests"_s}), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(desk.task(runningAliyunTask).has_value(), patience);
        QCOMPARE(desk.task(runningAliyunTask)->status, SyncTaskStatus::Synchronizing);
        const QString taskName = desk.task(runningAliyunTask)->displayName();
        TrayIcon* tray = desk.desktop->trayIcon();
        QCOMPARE(tray->summary().profilesWatched, 1);
        // The demo seed has a paused task from the start, which is no news.
        const int pausedBefore = tray->summary().paused;
        QCOMPARE(tray->state(), TrayIcon::State::Paused);
        QVERIFY(!desk.trayEntryFor(taskName));
        const StartCredentials keys {
            u"AKIASOURCE0001"_s, u"source-secret"_s, u"HWDEST0001"_s, u"destination-secret"_s, {}};
        QVERIFY(desk.remember(runningAliyunTask, keys));

        // The service stops it; the next refresh sees it.
        QSignalSpy shown(desk.desktop->notifier(), &DesktopNotifier::shown);
        const QString key = NotificationPolicy::keyFor(
            {NotificationPolicy::Kind::Paused, desk.profileId, runningAliyunTask});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sim.pauseTask(runningAliyunTask));
        QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QVariantList {key}), 2 * intervalSeconds * 1000);
        qInfo("notified %lld ms after the service stopped the task (interval %d s)",
              clock.elapsed(), intervalSeconds);
        QVERIFY(desk.desktop->notifier()->serverId(key) != 0);

        // The tray says so and lists the task.
        QCOMPARE(tray->summary().paused, pausedBefore + 1);
        QCOMPARE(tray->state(), TrayIcon::State::Paused);
        QVERIFY2(tray->toolTip().contains(u"%1 paused"_s.arg(pausedBefore + 1)),
                 qPrintable(tray->toolTip()));
        QCOMPARE(tray->systemTrayIcon()->toolTip(), tray->toolTip());
        QAction* entry = desk.trayEntryFor(taskName);
        QVERIFY2(entry, qPrintable(taskName));

        // The notification is on the server, words as the policy made them.
        const QStringList onServer = shownSinceStart();
        QVERIFY2(onServer.size() == 1 && onServer.first().startsWith(u"Task paused\n"_s)
                     && onServer.first().contains(taskName)
                     && onServer.first().contains(u"Simulated (CN North-Beijing4)"_s),
                 qPrintable(onServer.join(u" | "_s)));

        // A later refresh that still sees it paused notifies nothing more.
        QSignalSpy refreshed(desk.watch.get(), &WatchController::profileRefreshed);
        QVERIFY(refreshed.wait(3 * intervalSeconds * 1000));
        QVERIFY(shownSinceStart().size() == 1);

        // From the tray: the dialog opens with the remembered keys; Start.
        const int startsBefore = startsOf(sim, runningAliyunTask);
        QCOMPARE(startsBefore, 0);
        desk.window->close(); // into the tray
        QVERIFY(!desk.window->isVisible());
        entry->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(desk.window->credentialsDialog(), patience);
        QPointer<CredentialsDialog> dialog = desk.window->credentialsDialog();
        QVERIFY(desk.window->isVisible()); // the window comes up with it
        const auto field = [&dialog](const char* name) {
            return dialog->findChild<QLineEdit*>(QString::fromLatin1(name))->text();
        };
        QTRY_COMPARE_WITH_TIMEOUT(field("sourceAk"), keys.sourceAk, patience);
        QCOMPARE(field("sourceSk"), keys.sourceSk);
        QCOMPARE(field("destinationAk"), keys.destinationAk);
        QCOMPARE(field("destinationSk"), keys.destinationSk);
        auto* start = dialog->findChild<QPushButton*>(u"startButton"_s);
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, patience);
        QTRY_COMPARE_WITH_TIMEOUT(desk.task(runningAliyunTask)->status,
                                  SyncTaskStatus::Synchronizing, patience);

        // Started once; the tray forgets it, and its start is no news.
        QTRY_VERIFY_WITH_TIMEOUT(!desk.trayEntryFor(taskName), patience);
        QCOMPARE(tray->summary().paused, pausedBefore);
        QVERIFY(refreshed.wait(3 * intervalSeconds * 1000));
        QCOMPARE(startsOf(sim, runningAliyunTask), 1);
        const QStringList after = shownSinceStart();
        for (const QString& notification : after) {
            QVERIFY2(!notification.startsWith(u"Task started"_s), qPrintable(notification));
        }
        QVERIFY(sim.stop());
    }

    void closingTheWindowSaysOnceThatTheWatchGoesOn()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl()));
        QSignalSpy shown(desk.desktop->notifier(), &DesktopNotifier::shown);
        QVERIFY(!desk.window->close());
        QVERIFY(!desk.window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QVariantList {DesktopWatch::trayHintKey}),
                                 patience);
        const QStringList onServer = shownSinceStart();
        QVERIFY2(onServer.size() == 1
                     && onServer.first().startsWith(u"OMS Sync Desk keeps watching\n"_s),
                 qPrintable(onServer.join(u" | "_s)));
        // The watch goes on with the window hidden.
        QSignalSpy refreshed(desk.watch.get(), &WatchController::profileRefreshed);
        QVERIFY(refreshed.wait(3 * intervalSeconds * 1000));

        // The second time, nothing is said.
        desk.window->bringToFront();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
        QVERIFY(!desk.window->close());
        QTest::qWait(500);
        QVERIFY(shownSinceStart().size() == 1);
        QVERIFY(sim.stop());
    }

    void theNotificationsShowButtonSelectsTheTask()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(desk.task(runningAliyunTask).has_value(), patience);
        desk.window->close();
        QSignalSpy shown(desk.desktop->notifier(), &DesktopNotifier::shown);
        const QString key = NotificationPolicy::keyFor(
            {NotificationPolicy::Kind::Paused, desk.profileId, runningAliyunTask});
        QVERIFY(sim.pauseTask(runningAliyunTask));
        QTRY_VERIFY_WITH_TIMEOUT(shown.contains(QVariantList {key}), patience);

        // dunst's context menu, as a user picks "Show" on this notification.
        QFile choice(qEnvironmentVariable("OMS_SYNC_DUNST_CHOICE"));
        QVERIFY(choice.open(QIODevice::WriteOnly));
        choice.write(u"[%1,show]"_s.arg(desk.desktop->notifier()->serverId(key)).toUtf8());
        choice.close();
        dunstctl({u"context"_s});
        QTRY_VERIFY_WITH_TIMEOUT(desk.window->isVisible(), patience);
        const QList<ProfileTask> selected = desk.window->selectedTasks();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().task.id, runningAliyunTask);
        QCOMPARE(selected.first().profileId, desk.profileId);
        QVERIFY(!desk.window->credentialsDialog());
        QVERIFY(sim.stop());
    }
};

QTEST_MAIN(TestDesktopWatch)
#include "TestDesktopWatch.moc"
