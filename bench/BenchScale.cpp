// SPDX-License-Identifier: GPL-3.0-or-later
//
// 50 profiles (or --profiles N) with 5 tasks each, watched by the desktop
// application. oms-sim serves one account a profile (one project of five
// tasks each, password sign-in); the real MainWindow shows the overview
// ("All profiles") of the real WatchController, which refreshes them all
// concurrently. Then:
//
//  - one profile refreshed alone (list and each task's figures): baseline;
//  - all of them refreshed at once, first with a sign-in each, then again
//    (three times, or --again N), and the RSS after that;
//  - the longest time the UI thread was busy in one go during each phase
//    (a 1 ms timer's longest gap), and the same with the window idle;
//  - memory over 1,000 refreshes of all (--refreshes N, 0: none): the RSS
//    and the heap in use (malloc's, every arena) after the first 10, every
//    100 and at the end, and the largest RSS between;
//  - watching from the tray (the window hidden) at the default 60 s interval
//    for a minute (--watch-seconds N, 0: not at all): the CPU time the
//    process used, the timer events it handled, and the refreshes that came
//    due meanwhile;
//  - what one save of a profile costs while the window shows all of them.
//
// With --known-projects the profiles hold their project ids from the start,
// as they do after a first run: nothing is found and saved while refreshing.
// With --show-profile the window shows one profile (its five tasks) instead
// of the overview, while all of them are watched as before.
// With --slowest N it prints the N event deliveries of the UI thread that took the
// most CPU time.
//
// Prints BENCH lines (see BenchUtil.h); oms-bench takes the medians.

#include "BenchUtil.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "TaskListCache.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "WatchController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QTemporaryDir>
#include <QThread>
#include <QWindow>

#include <atomic>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Bench::LagProbe;
using OmsSync::Bench::report;
using OmsSync::Bench::spinUntil;
using OmsSync::Test::SimulatorProcess;

namespace {

// What the UI thread is doing, for --slowest: each delivery is listed with it.
const char* phaseName = "start-up";

constexpr int tasksPerProfile = 5;
constexpr int idleMs = 1000;
int profileCount = 50; // --profiles N
int againRuns = 3; // --again N
int refreshRuns = 1000; // --refreshes N
int watchSeconds = 60; // --watch-seconds N
// --known-projects: the profiles hold their project ids, as after a first
// run (no project id found and saved while refreshing).
bool knownProjects = false;
// --show-profile: the window shows the first profile, not the overview.
bool showProfile = false;

// Thrown to leave main() with every destructor run (the simulator stops).
struct Failure
{
    QString what;
};

[[noreturn]] void fail(const QString& what)
{
    throw Failure {what};
}

QString accountName(int index)
{
    return u"bench%1"_s.arg(index + 1, 3, 10, QChar(u'0'));
}

QByteArray accountsConfig()
{
    QJsonArray accounts;
    for (int i = 0; i < profileCount; ++i) {
        const QJsonObject user {{u"name"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}};
        const QJsonObject project {{u"name"_s, u"cn-north-4"_s},
                                   {u"synthetic_tasks"_s, tasksPerProfile}};
        accounts.append(QJsonObject {{u"name"_s, accountName(i)},
                                     {u"users"_s, QJsonArray {user}},
                                     {u"projects"_s, QJsonArray {project}}});
    }
    return QJsonDocument(QJsonObject {{u"accounts"_s, accounts}}).toJson();
}

// Each account's project id, from one look at the simulator's state: asking
// for each in turn reads the state of all every time.
QHash<QString, QString> projectIds(SimulatorProcess& sim)
{
    QHash<QString, QString> ids;
    for (const QJsonValue& project : sim.state().value(u"projects"_s).toArray()) {
        const QJsonObject object = project.toObject();
        if (object.value(u"name"_s).toString() == u"cn-north-4") {
            ids.insert(object.value(u"domain_name"_s).toString(), object.value(u"id"_s).toString());
        }
    }
    return ids;
}

// Counts the refreshes the watch finished, successful or not.
struct RefreshCounter
{
    int refreshed = 0;
    int failed = 0;

    int done() const { return refreshed + failed; }
};

struct Phase
{
    double ms = 0;
    double lagMs = 0;
    double busyMs = 0;
};

// Runs `begin`, then the event loop until `expected` more refreshes finished
// and nothing refreshes any more; the wall time and the longest lag meanwhile.
Phase measure(const WatchController& watch, const RefreshCounter& counter, int expected,
              const std::function<void()>& begin)
{
    const int target = counter.done() + expected;
    LagProbe lag;
    lag.start();
    QElapsedTimer clock;
    clock.start();
    begin();
    const bool done =
        spinUntil([&] { return counter.done() >= target && !watch.isRefreshing(); }, 120000);
    const double lagMs = lag.stop();
    if (!done) {
        fail(u"%1 of %2 refreshes did not finish"_s.arg(target - counter.done()).arg(expected));
    }
    return {double(clock.nsecsElapsed()) / 1e6, lagMs, lag.busiestMs()};
}

// Bytes malloc has handed out and not got back, over every arena: what the
// program holds, where RSS also counts what the allocator keeps for later.
qint64 heapKib()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Timer events the UI thread handled: the wake-ups of an idle process.
std::atomic<qint64> timerEvents {0};

// Memory over many refreshes of all profiles: it must level off, not grow
// with each. Measured against the RSS after the first few, when the
// connections, tokens and caches are all in place.
void refreshMany(WatchController& watch, const RefreshCounter& counter)
{
    constexpr int warmUp = 10;
    qint64 rssWarm = 0;
    qint64 rssHighest = 0;
    qint64 heapWarm = 0;
    double lagMs = 0;
    double busyMs = 0;
    // The window looks up the network's state a second after it starts,
    // loading a QNetworkInformation backend (without NetworkManager, GLib's
    // GIO: 3 MiB). Once, whatever the refreshes: it is part of the warm state,
    // not of their growth.
    spinUntil([] { return QNetworkInformation::instance() != nullptr; }, 3000);
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= refreshRuns; ++i) {
        const Phase phase = measure(watch, counter, profileCount, [&] { watch.refreshAll(); });
        lagMs = std::max(lagMs, phase.lagMs);
        busyMs = std::max(busyMs, phase.busyMs);
        const qint64 rss = Bench::statusKib("VmRSS");
        if (i == std::min(warmUp, refreshRuns)) {
            rssWarm = rss;
            heapWarm = heapKib();
        }
        rssHighest = std::max(rssHighest, rss);
        if (i % 100 == 0) {
            report("rss_after_" + QByteArray::number(i) + "_kib", double(rss));
            report("heap_after_" + QByteArray::number(i) + "_kib", double(heapKib()));
        }
    }
    if (counter.failed > 0) {
        fail(u"%1 refreshes failed"_s.arg(counter.failed));
    }
    report("refresh_many_count", refreshRuns);
    report("refresh_many_ms_each", double(clock.elapsed()) / refreshRuns);
    report("refresh_many_lag_ms", lagMs);
    report("refresh_many_busy_ms", busyMs);
    report("rss_after_warm_up_kib", double(rssWarm));
    report("rss_after_many_kib", double(Bench::statusKib("VmRSS")));
    report("rss_highest_kib", double(rssHighest));
    report("heap_after_warm_up_kib", double(heapWarm));
    report("heap_after_many_kib", double(heapKib()));
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Watching as users run it, for --watch-seconds: the default interval,
// nothing else waking the process (no probe, no polling here), the window
// closed into the tray.
void watchIdly(MainWindow& window, WatchController& watch, const RefreshCounter& counter)
{
    window.hide();
    // Turning the interval on refreshes every profile once at once; the
    // watching starts when that is over.
    measure(watch, counter, profileCount,
            [&] { watch.setInterval(GuiSettings::defaultAutoRefreshSeconds); });
    // Half an interval on, so that each round of refreshes falls in the
    // middle of the time watched rather than at an edge.
    waitMs(GuiSettings::defaultAutoRefreshSeconds * 1000 / 2);
    const int refreshesBefore = counter.done();
    const double cpuBefore = cpuMs();
    const qint64 timersBefore = timerEvents.load();
    waitMs(watchSeconds * 1000);
    report("watch_seconds", watchSeconds);
    report("watch_cpu_ms", cpuMs() - cpuBefore);
    report("watch_timer_events", double(timerEvents.load() - timersBefore));
    report("watch_refreshes", counter.done() - refreshesBefore);
    window.show();
}

void run()
{
    QTemporaryDir directory;
    if (!directory.isValid()) {
        fail(u"no temporary directory"_s);
    }
    const QString configPath = directory.filePath(u"accounts.json"_s);
    {
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly) || config.write(accountsConfig()) < 0) {
            fail(u"cannot write %1"_s.arg(configPath));
        }
    }
    SimulatorProcess sim;
    if (!sim.startWithConfig(configPath)) {
        fail(sim.errorString());
    }

    const QHash<QString, QString> projects =
        knownProjects ? projectIds(sim) : QHash<QString, QString>();
    ProfileStore store(directory.filePath(u"profiles.ini"_s));
    SecretStore secrets;
    secrets.setSessionOnly(true);
    ProfileService profilesService(&store, &secrets);
    ProfileController profiles(&profilesService);
    // All in one write of the settings, as an import: one add each would
    // write the file, and wait for the disk, as many times.
    QJsonArray exported;
    for (int i = 0; i < profileCount; ++i) {
        Profile profile;
        profile.name = u"Profile %1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        profile.regionId = u"cn-north-4"_s;
        profile.authMethod = AuthMethod::Password;
        profile.accountName = accountName(i);
        profile.userName = u"demo"_s;
        profile.omsEndpoint = sim.baseUrl();
        profile.iamEndpoint = sim.baseUrl();
        profile.projectId = projects.value(accountName(i));
        exported.append(profile.toJson());
    }
    int added = 0;
    QStringList refused;
    const ApiError imported =
        store.importJson(QJsonDocument(QJsonObject {{u"format"_s, u"oms-sync-desk-profiles"_s},
                                                    {u"profiles"_s, exported}})
                             .toJson(),
                         &added, &refused);
    if (imported.isError() || added != profileCount) {
        fail(u"%1 of %2 profiles added: %3 %4"_s.arg(added)
                 .arg(profileCount)
                 .arg(imported.summary(), refused.join(u"; "_s)));
    }
    QList<QUuid> ids;
    for (const Profile& profile : store.profiles()) {
        profiles.setSecretOverride(profile.id, u"demo-password"_s);
        ids.append(profile.id);
    }
    profiles.reload();

    // Refreshes only when asked until the minute of watching: each phase
    // counts its own.
    GuiSettings settings(directory.filePath(u"gui.ini"_s));
    settings.setAutoRefreshSeconds(0);
    settings.setOverviewSelected(!showProfile);
    // As the application does: every refresh kept for the next start.
    TaskListCache cache(directory.filePath(u"task-lists"_s));
    WatchController watch(&profiles);
    watch.setTaskListCache(&cache);
    RefreshCounter counter;
    QObject::connect(&watch, &WatchController::profileRefreshed, &watch,
                     [&counter] { ++counter.refreshed; });
    QObject::connect(&watch, &WatchController::profileFailed, &watch,
                     [&counter] { ++counter.failed; });
    MainWindow window(&watch, &settings);
    window.show();
    if (!spinUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); })) {
        fail(u"the window was never shown"_s);
    }
    if (showProfile) {
        window.selectProfile(ids.first());
        if (window.tasks()->isAllProfiles() || window.tasks()->profileId() != ids.first()) {
            fail(u"the window did not show the first profile"_s);
        }
    } else {
        window.selectOverview();
        if (!window.tasks()->isAllProfiles()) {
            fail(u"the window did not show the overview"_s);
        }
    }

    // All sign in and load for the first time.
    phaseName = "first sign-in";
    const Phase first = measure(watch, counter, profileCount, [&] { watch.start(); });
    if (counter.failed > 0) {
        fail(u"%1 profiles failed to refresh"_s.arg(counter.failed));
    }
    const int shownTasks = showProfile ? tasksPerProfile : profileCount * tasksPerProfile;
    if (window.taskModel()->rowCount() != shownTasks) {
        fail(u"the window shows %1 tasks, not %2"_s.arg(window.taskModel()->rowCount())
                 .arg(shownTasks));
    }
    // Baseline: one profile refreshed alone.
    phaseName = "one refresh";
    const Phase single = measure(watch, counter, 1, [&] { watch.refresh(ids.first()); });
    // Again, with tokens and connections kept: the median time, the worst lag.
    QList<double> againMs;
    double againLagMs = 0;
    double againBusyMs = 0;
    phaseName = "refresh again";
    for (int i = 0; i < againRuns; ++i) {
        const Phase again = measure(watch, counter, profileCount, [&] { watch.refreshAll(); });
        againMs.append(again.ms);
        againLagMs = std::max(againLagMs, again.lagMs);
        againBusyMs = std::max(againBusyMs, again.busyMs);
    }
    // What the profiles cost in memory, for the curve over their number.
    const qint64 rssAgain = Bench::statusKib("VmRSS");

    phaseName = "many refreshes";
    if (refreshRuns > 0) {
        refreshMany(watch, counter);
    }
    phaseName = "saves and idle";

    // What a first sign-in costs the UI thread on top: ProfileController
    // saves the project id it found (ProfileStore::update), and every change
    // of the store reloads the profiles into the window. Timed here as a
    // rename, which takes the same path without a new sign-in.
    QList<double> saveMs;
    for (int i = 0; i < 5; ++i) {
        std::optional<Profile> profile = store.find(ids.at(1));
        profile->name = u"Renamed %1"_s.arg(i);
        QElapsedTimer save;
        save.start();
        if (const ApiError error = store.update(*profile); error.isError()) {
            fail(error.summary());
        }
        saveMs.append(double(save.nsecsElapsed()) / 1e6);
    }

    LagProbe idle;
    idle.start();
    QElapsedTimer idleClock;
    idleClock.start();
    spinUntil([&] { return idleClock.elapsed() >= idleMs; });
    const double idleLag = idle.stop();
    const double idleBusy = idle.busiestMs();

    if (watchSeconds > 0) {
        watchIdly(window, watch, counter);
    }

    report("profiles", profileCount);
    report("refresh_one_ms", single.ms);
    report("refresh_one_lag_ms", single.lagMs);
    report("refresh_one_busy_ms", single.busyMs);
    report("refresh_all_first_ms", first.ms);
    report("refresh_all_first_lag_ms", first.lagMs);
    report("refresh_all_first_busy_ms", first.busyMs);
    report("refresh_all_ms", Bench::median(againMs));
    report("refresh_all_lag_ms", againLagMs);
    report("refresh_all_busy_ms", againBusyMs);
    report("rss_after_again_kib", double(rssAgain));
    report("idle_lag_ms", idleLag);
    report("idle_busy_ms", idleBusy);
    report("profile_save_ms", Bench::median(saveMs));
    report("peak_rss_kib", double(Bench::statusKib("VmHWM")));
    report("iam_token_requests", sim.counters().value(u"iam_token_requests"_s).toDouble());

    window.hide();
    sim.stop();
}

} // namespace

// With --slowest N: times every event the UI thread delivers (the outermost
// delivery, with all it sends on) and prints the N slowest to stderr, by
// event type and receiver. What to look at when the lag probe finds a long
// spell; off by default (it costs a little per event).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    int slowest = 0;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (event->type() == QEvent::Timer) {
            ++timerEvents;
        }
        // Only the UI thread's deliveries (the network threads' go through
        // here too, and the list is not theirs to touch).
        if (slowest == 0 || m_depth > 0 || QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);
        }
        const QEvent::Type type = event->type();
        const QByteArray what =
            QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8();
        ++m_depth;
        // CPU time: on a loaded machine the wall time is mostly waiting.
        const qint64 cpuBefore = LagProbe::threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(LagProbe::threadCpuNs() - cpuBefore) / 1e6;
        --m_depth;
        m_deliveries.append({ms, type, what, phaseName});
        return result;
    }

    void printSlowest() const
    {
        QList<Delivery> sorted = m_deliveries;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Delivery& a, const Delivery& b) { return a.ms > b.ms; });
        for (const Delivery& delivery : sorted.mid(0, slowest)) {
            std::fprintf(stderr, "bench-scale: %8.2f ms  %-15s  event %d  %s\n", delivery.ms,
                         delivery.phase, int(delivery.type), delivery.receiver.constData());
        }
    }

private:
    struct Delivery
    {
        double ms;
        QEvent::Type type;
        QByteArray receiver;
        const char* phase;
    };
    int m_depth = 0;
    QList<Delivery> m_deliveries;
};

int main(int argc, char* argv[])
{
    TimingApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    // The number after `name`, no less than `least`; `fallback` without it.
    const auto number = [&arguments](const QString& name, int fallback, int least) {
        const qsizetype at = arguments.indexOf(name);
        return at > 0 ? std::max(least, arguments.value(at + 1).toInt()) : fallback;
    };
    app.slowest = number(u"--slowest"_s, 0, 1);
    profileCount = number(u"--profiles"_s, profileCount, 2); // a rename needs a second
    againRuns = number(u"--again"_s, againRuns, 1);
    refreshRuns = number(u"--refreshes"_s, refreshRuns, 0);
    watchSeconds = number(u"--watch-seconds"_s, watchSeconds, 0);
    knownProjects = arguments.contains(u"--known-projects"_s);
    showProfile = arguments.contains(u"--show-profile"_s);
    try {
        run();
    } catch (const Failure& failure) {
        std::fprintf(stderr, "bench-scale: %s\n", qPrintable(failure.what));
        return 1;
    }
    app.printSlowest();
    return 0;
}
