// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window opens with the tasks it showed last time, marked with their
// age, until the first refresh against a real oms-sim replaces them.
#include "ErrorBanner.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "TaskListCache.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "WatchController.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr int networkTimeoutMs = 20000;

// A task the simulator does not have: only the cache knows it.
SyncTask keptTask()
{
    SyncTask task;
    task.id = u"0c0ffee0-1111-4222-8333-944455556666"_s;
    task.description = u"Kept from last time"_s;
    task.status = SyncTaskStatus::Stopped;
    task.statusText = u"STOPPED"_s;
    return task;
}

struct Desk
{
    QTemporaryDir dir;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    GuiSettings settings {dir.filePath(u"gui.ini"_s)};
    std::unique_ptr<ProfileController> controller;
    Profile profile;
    std::unique_ptr<TaskListCache> cache;
    std::unique_ptr<WatchController> watch;
    std::unique_ptr<MainWindow> window;

    explicit Desk(const QUrl& endpoint)
    {
        secrets.setSessionOnly(true);
        settings.setAutoRefreshSeconds(0);
        controller =
            std::make_unique<ProfileController>(new ProfileService(&store, &secrets, &store));
        controller->setCallPolicy(Gui::Test::quickPolicy());
        profile.name = u"Simulated Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"demo"_s;
        profile.userName = u"demo"_s;
        profile.omsEndpoint = endpoint;
        profile.iamEndpoint = endpoint;
        if (store.add(profile).isError()) {
            qFatal("could not add a profile");
        }
        controller->reload();
        controller->setSecretOverride(profile.id, u"demo-password"_s);
    }

    QString cacheDirectory() const { return dir.filePath(u"cache/task-lists"_s); }

    // As the application starts: the cache read before the window is made,
    // the watch not started yet.
    bool openWindow()
    {
        cache = std::make_unique<TaskListCache>(cacheDirectory());
        watch = std::make_unique<WatchController>(controller.get());
        watch->setTaskListCache(cache.get());
        window = std::make_unique<MainWindow>(watch.get(), &settings);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // What the last run left behind.
    void keep(const QList<SyncTask>& tasks, const QDateTime& asOf)
    {
        TaskListCache lastRun(cacheDirectory());
        lastRun.remember(profile, tasks, asOf);
    }
};

QString refreshedText(const MainWindow& window)
{
    return window.findChild<QLabel*>(u"lastRefreshed"_s)->text();
}

} // namespace

class TestCachedTaskList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithTheTasksItShowedLastTimeUntilTheRefreshLands()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk(sim.baseUrl());
        const QDateTime asOf = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        desk.keep({keptTask()}, asOf);

        QVERIFY(desk.openWindow());
        TaskListCache& cache = *desk.cache;
        WatchController& watch = *desk.watch;
        MainWindow& window = *desk.window;

        // Before anything is asked of the service: the kept list, and its age.
        QCOMPARE(window.taskModel()->rowCount(), 1);
        QCOMPARE(window.taskModel()->task(0).id, keptTask().id);
        const QString expected =
            u"As of "_s + QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(refreshedText(window), expected);
        QCOMPARE(window.tasks()->cachedAsOf(), asOf); // kept to the millisecond

        watch.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, networkTimeoutMs);
        QCOMPARE(window.taskModel()->rowOf(keptTask().id), -1);
        QVERIFY(!window.tasks()->cachedAsOf().isValid());
        QVERIFY2(refreshedText(window).startsWith(u"Updated "_s),
                 qPrintable(refreshedText(window)));

        // The live list, its figures in, is what the next run opens with.
        QTRY_VERIFY_WITH_TIMEOUT(!watch.isRefreshing(), networkTimeoutMs);
        cache.waitForWrites();
        const auto next = TaskListCache(desk.cacheDirectory()).recall(desk.profile);
        QVERIFY(next);
        QCOMPARE(next->tasks.size(), 4);
        QCOMPARE(next->tasks, watch.state(desk.profile.id)->tasks);
        QVERIFY(sim.stop());
    }

    // The first live list replaces the kept one as soon as it is listed;
    // the figures follow a round trip later. Until they do, a task keeps the
    // figures it was shown with, and nothing is kept for the next run.
    void showsTheLiveListBeforeItsFigures()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QString simTaskId;
        for (const QJsonValue& project : sim.state().value(u"projects"_s).toArray()) {
            if (project.toObject().value(u"name"_s).toString() == u"cn-north-4"_s) {
                simTaskId = project.toObject()
                                .value(u"tasks"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"sync_task_id"_s)
                                .toString();
            }
        }
        QVERIFY(!simTaskId.isEmpty());
        SyncTask kept = keptTask();
        kept.id = simTaskId;
        kept.monthly = MonthlyStatistics {1, 2, 3, 4, 5};
        Desk desk(sim.baseUrl());
        desk.keep({kept}, QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(!sim.injectFault({{u"kind"_s, u"delay"_s},
                                  {u"route"_s, u"oms.tasks.show"_s},
                                  {u"count"_s, -1},
                                  {u"delay_ms"_s, 2000}})
                     .isEmpty());

        QVERIFY(desk.openWindow());
        MainWindow& window = *desk.window;
        TaskTableModel& model = *window.taskModel();
        desk.watch->start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, networkTimeoutMs);
        // Listed, the figures still on their way.
        QVERIFY(desk.watch->isRefreshing());
        QVERIFY(!window.tasks()->cachedAsOf().isValid());
        QVERIFY(refreshedText(window).startsWith(u"Updated "_s));
        QCOMPARE(model.task(model.rowOf(simTaskId)).monthly, kept.monthly);
        QCOMPARE(desk.cache->writes(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!desk.watch->isRefreshing(), networkTimeoutMs);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY2(model.task(row).monthly, qPrintable(model.task(row).id));
        }
        QVERIFY(model.task(model.rowOf(simTaskId)).monthly != kept.monthly);
        desk.cache->waitForWrites();
        QCOMPARE(desk.cache->writes(), 1);
        QVERIFY(sim.stop());
    }

    void keepsTheOldListAndItsAgeWhenTheRefreshFails()
    {
        // Nobody answers on port 9.
        Desk desk(QUrl(u"http://127.0.0.1:9"_s));
        const QDateTime asOf = QDateTime::currentDateTimeUtc().addDays(-1);
        desk.keep({keptTask()}, asOf);

        QVERIFY(desk.openWindow());
        TaskListCache& cache = *desk.cache;
        WatchController& watch = *desk.watch;
        MainWindow& window = *desk.window;
        watch.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), networkTimeoutMs);
        QCOMPARE(window.taskModel()->rowCount(), 1);
        QVERIFY(refreshedText(window).startsWith(u"As of "_s));
        QCOMPARE(cache.writes(), 0); // a failure leaves the kept list as it was
    }

    void aProfileRemovedTakesItsListAlong()
    {
        Desk desk(QUrl(u"http://127.0.0.1:9"_s));
        desk.keep({keptTask()}, QDateTime::currentDateTimeUtc());
        TaskListCache cache(desk.cacheDirectory());
        WatchController watch(desk.controller.get());
        watch.setTaskListCache(&cache);
        watch.start();
        QVERIFY(QFile::exists(cache.fileName(desk.profile.id)));
        bool removed = false;
        desk.controller->removeProfile(desk.profile.id, &watch,
                                       [&removed](const ApiError&) { removed = true; });
        QTRY_VERIFY(removed);
        cache.waitForWrites();
        QVERIFY(!QFile::exists(cache.fileName(desk.profile.id)));
    }
};

QTEST_MAIN(TestCachedTaskList)
#include "TestCachedTaskList.moc"
