// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 9, item 5: 50 profiles with 5 tasks each in the desktop
// application's models. oms-sim serves 50 accounts (one project of five
// tasks each, password sign-in); the real MainWindow is shown with the 50
// profiles in its list, and every profile gets the model stack the window
// uses for its tasks (TaskListController, TaskTableModel,
// TaskFilterProxyModel; the window's own for the selected profile). Then:
//
//  - one profile refreshed alone (list and each task's figures): baseline;
//  - all 50 refreshed at once, first with 49 sign-ins, then again (three
//    times, or --again N);
//  - memory (RSS) with one profile loaded and with all 50;
//  - the longest time the UI thread was busy in one go during each phase
//    (a 1 ms timer's longest gap), and the same with the window idle;
//  - what one save of a profile costs while the window shows all 50.
//
// With --known-projects the profiles hold their project ids from the start,
// as they do after a first run: nothing is found and saved while refreshing.
// With --slowest N it prints the N slowest event deliveries of the UI thread.
//
// Prints BENCH lines (see BenchUtil.h); oms-bench takes the medians.

#include "BenchUtil.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "TaskFilterProxyModel.h"
#include "TaskListController.h"
#include "TaskTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWindow>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Bench::LagProbe;
using OmsSync::Bench::report;
using OmsSync::Bench::spinUntil;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr int profileCount = 50;
constexpr int tasksPerProfile = 5;
constexpr int idleMs = 1000;
int againRuns = 3; // --again N
// --known-projects: the profiles hold their project ids, as after a first
// run (no project id found and saved while refreshing).
bool knownProjects = false;

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
    return u"bench%1"_s.arg(index + 1, 2, 10, QChar(u'0'));
}

QByteArray fiftyAccountsConfig()
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

// One profile's tasks as the window keeps them, and what a refresh brought.
struct Stack
{
    TaskListController* controller = nullptr;
    TaskTableModel* model = nullptr;
    int loads = 0; // tasksLoaded since the phase began
    int details = 0; // taskUpdated since the phase began

    bool refreshed() const { return loads > 0 && details >= tasksPerProfile; }
};

using Stacks = std::vector<std::unique_ptr<Stack>>;

// Counts what the controller brings (the stack must not move).
Stack* follow(Stacks& stacks, TaskListController* controller, TaskTableModel* model)
{
    Stack* stack = stacks.emplace_back(std::make_unique<Stack>(controller, model)).get();
    QObject::connect(controller, &TaskListController::tasksLoaded, controller,
                     [stack] { ++stack->loads; });
    QObject::connect(controller, &TaskListController::taskUpdated, controller,
                     [stack] { ++stack->details; });
    return stack;
}

// A stack like MainWindow's: the controller feeds a table model behind a
// filter proxy.
Stack* addStack(Stacks& stacks, ProfileController* profiles, QObject* parent)
{
    auto* controller = new TaskListController(profiles, parent);
    auto* model = new TaskTableModel(parent);
    auto* proxy = new TaskFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->sort(TaskTableModel::TaskColumn);
    QObject::connect(controller, &TaskListController::tasksReset, model, &TaskTableModel::clear);
    QObject::connect(controller, &TaskListController::tasksLoaded, model,
                     [controller, model] { model->setTasks(controller->tasks()); });
    QObject::connect(controller, &TaskListController::taskUpdated, model,
                     &TaskTableModel::updateTask);
    return follow(stacks, controller, model);
}

struct Phase
{
    double ms = 0;
    double lagMs = 0;
};

// Runs `begin`, then the event loop until every stack was refreshed (and
// nothing is busy any more); the wall time of the refresh and the longest
// lag meanwhile.
Phase measure(const Stacks& stacks, const std::function<void()>& begin)
{
    for (const auto& stack : stacks) {
        stack->loads = 0;
        stack->details = 0;
    }
    LagProbe lag;
    lag.start();
    QElapsedTimer clock;
    clock.start();
    qint64 doneNs = -1;
    begin();
    const bool done = spinUntil([&] {
        for (const auto& stack : stacks) {
            if (!stack->refreshed()) {
                return false;
            }
        }
        if (doneNs < 0) {
            doneNs = clock.nsecsElapsed();
        }
        for (const auto& stack : stacks) {
            if (stack->controller->isBusy()) {
                return false;
            }
        }
        return true;
    });
    const double lagMs = lag.stop();
    if (!done) {
        int late = 0;
        for (const auto& stack : stacks) {
            late += stack->refreshed() && !stack->controller->isBusy() ? 0 : 1;
        }
        fail(u"%1 of %2 profiles did not finish refreshing"_s.arg(late).arg(stacks.size()));
    }
    return {double(doneNs) / 1e6, lagMs};
}

void run()
{
    QTemporaryDir directory;
    if (!directory.isValid()) {
        fail(u"no temporary directory"_s);
    }
    const QString configPath = directory.filePath(u"fifty-accounts.json"_s);
    {
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly) || config.write(fiftyAccountsConfig()) < 0) {
            fail(u"cannot write %1"_s.arg(configPath));
        }
    }
    SimulatorProcess sim;
    if (!sim.startWithConfig(configPath)) {
        fail(sim.errorString());
    }

    ProfileStore store(directory.filePath(u"profiles.ini"_s));
    SecretStore secrets;
    secrets.setSessionOnly(true);
    ProfileService profilesService(&store, &secrets);
    ProfileController profiles(&profilesService);
    QList<QUuid> ids;
    for (int i = 0; i < profileCount; ++i) {
        Profile profile;
        profile.name = u"Profile %1"_s.arg(i + 1, 2, 10, QChar(u'0'));
        profile.regionId = u"cn-north-4"_s;
        profile.authMethod = AuthMethod::Password;
        profile.accountName = accountName(i);
        profile.userName = u"demo"_s;
        profile.omsEndpoint = sim.baseUrl();
        profile.iamEndpoint = sim.baseUrl();
        if (knownProjects) {
            profile.projectId = sim.projectId(u"cn-north-4"_s, accountName(i));
        }
        if (const ApiError error = store.add(profile); error.isError()) {
            fail(error.summary());
        }
        profiles.setSecretOverride(profile.id, u"demo-password"_s);
        ids.append(profile.id);
    }
    profiles.reload();
    if (const ApiError error = store.setLastSelected(ids.first()); error.isError()) {
        fail(error.summary());
    }

    GuiSettings settings(directory.filePath(u"gui.ini"_s));
    MainWindow window(&profiles, &settings);
    window.show();
    if (!spinUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); })) {
        fail(u"the window was never shown"_s);
    }

    // The window loads its selected profile by itself.
    Stacks stacks;
    follow(stacks, window.tasks(), window.taskModel());
    if (window.tasks()->profileId() != ids.first()) {
        fail(u"the window did not select the first profile"_s);
    }
    if (!spinUntil([&] { return window.tasks()->hasLoaded() && !window.tasks()->isBusy(); })) {
        fail(u"the first profile did not load"_s);
    }

    // Baseline: one profile refreshed alone.
    const Phase single = measure(stacks, [&] { window.tasks()->refresh(); });
    const qint64 rssOne = Bench::statusKib("VmRSS");

    // All 50: the 49 others sign in and load for the first time.
    QObject models;
    const Phase first = measure(stacks, [&] {
        window.tasks()->refresh();
        for (qsizetype i = 1; i < ids.size(); ++i) {
            addStack(stacks, &profiles, &models)->controller->setProfile(ids.at(i));
        }
    });
    // Again, with tokens and connections kept: the median time, the worst lag.
    QList<double> againMs;
    double againLagMs = 0;
    for (int i = 0; i < againRuns; ++i) {
        const Phase again = measure(stacks, [&] {
            for (const auto& stack : stacks) {
                stack->controller->refresh();
            }
        });
        againMs.append(again.ms);
        againLagMs = std::max(againLagMs, again.lagMs);
    }
    const qint64 rssAll = Bench::statusKib("VmRSS");
    for (const auto& stack : stacks) {
        if (stack->model->rowCount() != tasksPerProfile) {
            fail(u"a profile shows %1 tasks"_s.arg(stack->model->rowCount()));
        }
    }

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

    report("refresh_one_ms", single.ms);
    report("refresh_one_lag_ms", single.lagMs);
    report("refresh_all_first_ms", first.ms);
    report("refresh_all_first_lag_ms", first.lagMs);
    report("refresh_all_ms", Bench::median(againMs));
    report("refresh_all_lag_ms", againLagMs);
    report("idle_lag_ms", idleLag);
    report("profile_save_ms", Bench::median(saveMs));
    report("rss_one_kib", double(rssOne));
    report("rss_all_kib", double(rssAll));
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
        if (slowest == 0 || m_depth > 0) {
            return QApplication::notify(receiver, event);
        }
        const QEvent::Type type = event->type();
        const QByteArray what =
            QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8();
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        --m_depth;
        m_deliveries.append({ms, type, what});
        return result;
    }

    void printSlowest() const
    {
        QList<Delivery> sorted = m_deliveries;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Delivery& a, const Delivery& b) { return a.ms > b.ms; });
        for (const Delivery& delivery : sorted.mid(0, slowest)) {
            std::fprintf(stderr, "bench-scale: %8.2f ms  event %d  %s\n", delivery.ms,
                         int(delivery.type), delivery.receiver.constData());
        }
    }

private:
    struct Delivery
    {
        double ms;
        QEvent::Type type;
        QByteArray receiver;
    };
    int m_depth = 0;
    QList<Delivery> m_deliveries;
};

int main(int argc, char* argv[])
{
    TimingApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(u"--slowest"_s); at > 0) {
        app.slowest = std::max(1, arguments.value(at + 1).toInt());
    }
    if (const qsizetype at = arguments.indexOf(u"--again"_s); at > 0) {
        againRuns = std::max(1, arguments.value(at + 1).toInt());
    }
    knownProjects = arguments.contains(u"--known-projects"_s);
    try {
        run();
    } catch (const Failure& failure) {
        std::fprintf(stderr, "bench-scale: %s\n", qPrintable(failure.what));
        return 1;
    }
    app.printSlowest();
    return 0;
}
