// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeed.h"
#include "SimTestHelpers.h"
#include "SimulatorConfig.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

// The demo seed's tasks.
constexpr char aliyunRunning[] = "1f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31"; // cn-north-4
constexpr char awsStopped[] = "2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42"; // cn-north-4
constexpr char qiniuRunning[] = "4e1a3c5b-7d9f-4b2e-8c6a-1f3e5d7b9a64"; // cn-north-4, pauses itself
constexpr char baiduLongStopped[] = "8a9c3f5d-7b8e-4d0f-a1c3-5e7b9d1f3a08"; // cn-east-3

constexpr qint64 minuteMs = 60'000;
constexpr qint64 fiveMinutesMs = 5 * minuteMs;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// Generous: the machine may be loaded, the simulator built with sanitizers.
constexpr int eventuallyMs = 60'000;

const QByteArray fourKeys =
    "{\"src_ak\":\"SRCAK\",\"src_sk\":\"SRCSK\",\"dst_ak\":\"DSTAK\",\"dst_sk\":\"DSTSK\"}";
const QStringList monthlyFields {u"monthly_acceptance_request"_s, u"monthly_success_object"_s,
                                 u"monthly_failure_object"_s, u"monthly_skip_object"_s,
                                 u"monthly_size"_s};
const QStringList dataTypes {u"REQUEST"_s, u"SUCCESS"_s, u"FAILURE"_s, u"SKIP"_s, u"SIZE"_s};
const QStringList activityFields {u"requests"_s, u"successes"_s, u"failures"_s, u"skips"_s,
                                  u"bytes"_s};

// A configuration of one account whose running tasks take only their own keys.
const QByteArray keyedConfig = R"({
  "accounts": [ {
    "name": "acme",
    "users": [ { "name": "alice", "password": "alice-Passw0rd!" } ],
    "projects": [ {
      "name": "cn-north-4",
      "tasks": [
        { "sync_task_id": "keyed", "status": "SYNCHRONIZING", "last_start_time": 1738368000000,
          "expected_start_keys": { "src_ak": "KSA", "src_sk": "KSS", "dst_ak": "KDA", "dst_sk": "KDS" } },
        { "sync_task_id": "pauses-itself", "status": "SYNCHRONIZING", "pause_after_s": 1,
          "expected_start_keys": { "src_ak": "PSA", "src_sk": "PSS", "dst_ak": "PDA", "dst_sk": "PDS" } },
        { "sync_task_id": "runs-on", "status": "SYNCHRONIZING" }
      ] } ] } ] })";

QByteArray keyedTasks()
{
    return "/v2/"
        + OmsSync::Sim::SimulatorConfig::derivedId(u"project:acme:cn-north-4"_s).toLatin1()
        + "/sync-tasks";
}

QByteArray keysBody(const char* prefix)
{
    const QByteArray p(prefix);
    return "{\"src_ak\":\"" + p + "SA\",\"src_sk\":\"" + p + "SS\",\"dst_ak\":\"" + p
        + "DA\",\"dst_sk\":\"" + p + "DS\"}";
}

} // namespace

class TestSimulatorControl : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim; // the demo seed, no self-pausing task (--control)
    Headers m_north; // a token for cn-north-4
    QByteArray m_northTasks;
    QByteArray m_eastTasks;

    Response get(const QByteArray& target, const Headers& token)
    {
        return call(m_sim.port(), "GET", target, token);
    }
    Response post(const QByteArray& target, const QByteArray& body = {})
    {
        Headers headers = m_north;
        if (!body.isEmpty()) {
            headers.emplaceBack("Content-Type", "application/json;charset=UTF-8");
        }
        return call(m_sim.port(), "POST", target, headers, body);
    }
    qint64 simNow()
    {
        return m_sim.control("GET", u"/_sim/clock"_s).json().value(u"now_ms"_s).toInteger();
    }
    QJsonObject show(const QByteArray& tasks, const QByteArray& id, const Headers& token,
                     qint64 queryTime)
    {
        const Response response =
            get(tasks + '/' + id + "?query_time=" + QByteArray::number(queryTime), token);
        if (response.status != 200) {
            qWarning("show %s: %d %s", id.constData(), response.status, response.body.constData());
        }
        return json(response);
    }
    // type -> time_stamp -> statistic_num
    QHash<QString, QHash<qint64, qint64>> statistics(const QByteArray& tasks, const QByteArray& id,
                                                     const Headers& token, qint64 from, qint64 to)
    {
        const Response response = get(
            tasks + '/' + id + "/statistics?data_type=" + dataTypes.join(u',').toLatin1()
                + "&start_time=" + QByteArray::number(from) + "&end_time=" + QByteArray::number(to),
            token);
        if (response.status != 200) {
            qWarning("statistics %s: %d %s", id.constData(), response.status,
                     response.body.constData());
        }
        QHash<QString, QHash<qint64, qint64>> result;
        for (const QJsonValue& series : json(response).value(u"statistic_datas"_s).toArray()) {
            QHash<qint64, qint64>& points = result[series[u"data_type"_s].toString()];
            for (const QJsonValue& point : series[u"data"_s].toArray()) {
                points.insert(point[u"time_stamp"_s].toInteger(),
                              point[u"statistic_num"_s].toInteger());
            }
        }
        return result;
    }
    static QJsonObject stateTask(const QJsonObject& state, const QString& id,
                                 const QString& region = u"cn-north-4"_s)
    {
        for (const QJsonValue& project : state.value(u"projects"_s).toArray()) {
            if (project[u"name"_s].toString() != region) {
                continue;
            }
            for (const QJsonValue& task : project[u"tasks"_s].toArray()) {
                if (task[u"sync_task_id"_s].toString() == id) {
                    return task.toObject();
                }
            }
        }
        return {};
    }
    QString statusOf(SimulatorProcess& sim, const QString& id)
    {
        return stateTask(sim.state(), id).value(u"status"_s).toString();
    }
    static void verifyControlError(const SimulatorProcess::Reply& reply, int status,
                                   const QString& mentions)
    {
        QCOMPARE(reply.status, status);
        const QString error = reply.json().value(u"error"_s).toString();
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
    // A control call with the target exactly as given, broken escapes included.
    SimulatorProcess::Reply rawControl(const QByteArray& method, const QByteArray& target,
                                       const QByteArray& body = {})
    {
        const Response response =
            call(m_sim.port(), method, target, {{"Content-Type", "application/json"}}, body);
        SimulatorProcess::Reply reply;
        reply.status = response.status;
        reply.body = response.body;
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_northTasks = "/v2/" + m_sim.projectId(u"cn-north-4"_s).toLatin1() + "/sync-tasks";
        m_eastTasks = "/v2/" + m_sim.projectId(u"cn-east-3"_s).toLatin1() + "/sync-tasks";
    }

    void init()
    {
        QVERIFY(m_sim.reset());
        m_north = tokenHeaders(m_sim.port());
        QVERIFY(!m_north.first().second.isEmpty());
    }

    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    // ---- pause -----------------------------------------------------------

    void pauseStopsARunningTaskAsOmsDoes()
    {
        const QJsonObject before = show(m_northTasks, aliyunRunning, m_north, simNow());
        QCOMPARE(before.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        const qint64 lastStart = before.value(u"last_start_time"_s).toInteger();
        QVERIFY(lastStart > 0);

        const qint64 pausedFrom = simNow();
        const SimulatorProcess::Reply reply =
            m_sim.control("POST", u"/_sim/tasks/%1/pause"_s.arg(QLatin1StringView(aliyunRunning)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"project_id"_s).toString(), m_sim.projectId(u"cn-north-4"_s));
        QCOMPARE(reply.json()[u"task"_s][u"status"_s].toString(), u"STOPPED"_s);
        QCOMPARE(reply.json()[u"task"_s][u"last_start_time"_s].toInteger(), lastStart);
        const qint64 pausedUntil = simNow();

        // ShowSyncTask and ListSyncTasks agree; last_start_time is kept.
        const QJsonObject after = show(m_northTasks, aliyunRunning, m_north, simNow());
        QCOMPARE(after.value(u"status"_s).toString(), u"STOPPED"_s);
        QCOMPARE(after.value(u"last_start_time"_s).toInteger(), lastStart);
        QCOMPARE(after.value(u"create_time"_s), before.value(u"create_time"_s));
        const Response stopped = get(m_northTasks + "?status=STOPPED", m_north);
        QCOMPARE(stopped.status, 200);
        bool listed = false;
        for (const QJsonValue& task : json(stopped).value(u"tasks"_s).toArray()) {
            listed =
                listed || task[u"sync_task_id"_s].toString() == QLatin1StringView(aliyunRunning);
        }
        QVERIFY(listed);
        QCOMPARE(
            json(get(m_northTasks + "?status=SYNCHRONIZING", m_north)).value(u"count"_s).toInt(),
            1);

        // Its run ended at the pause, so its figures stand still from then on.
        const QJsonArray runs = stateTask(m_sim.state(), QString::fromLatin1(aliyunRunning))
                                    .value(u"_runs"_s)
                                    .toArray();
        const qint64 end = runs.last()[u"end"_s].toInteger();
        QVERIFY2(end >= pausedFrom && end <= pausedUntil, qPrintable(QString::number(end)));
        const qint64 t0 = simNow();
        const qint64 monthBefore = show(m_northTasks, aliyunRunning, m_north, t0)
                                       .value(u"monthly_acceptance_request"_s)
                                       .toInteger();
        m_sim.shiftClock(30 * minuteMs);
        const qint64 monthAfter = show(m_northTasks, aliyunRunning, m_north, simNow())
                                      .value(u"monthly_acceptance_request"_s)
                                      .toInteger();
        if (QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC).date().month()
            == QDateTime::fromMSecsSinceEpoch(t0 + 30 * minuteMs, Qt::UTC).date().month()) {
            QCOMPARE(monthAfter, monthBefore);
        }
        // StopSyncTask finds it stopped, as after any stop.
        const Response stopAgain = post(m_northTasks + '/' + aliyunRunning + "/stop");
        QCOMPARE(stopAgain.status, 400);
        QCOMPARE(json(stopAgain).value(u"error_code"_s).toString(), u"OMS.1010"_s);
    }

    void startAfterAPauseNeedsTheKeysAgain_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no body") << QByteArray() << 400 << u"OMS.0064"_s;
        QTest::newRow("empty object") << QByteArray("{}") << 400 << u"OMS.0064"_s;
        QTest::newRow("source keys only")
            << QByteArray("{\"src_ak\":\"SRCAK\",\"src_sk\":\"SRCSK\"}") << 400 << u"OMS.0064"_s;
        QTest::newRow("no dst_sk")
            << QByteArray("{\"src_ak\":\"SRCAK\",\"src_sk\":\"SRCSK\",\"dst_ak\":\"DSTAK\"}") << 400
            << u"OMS.0064"_s;
        QTest::newRow("all four") << fourKeys << 200 << QString();
    }

    void startAfterAPauseNeedsTheKeysAgain()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(m_sim.pauseTask(QString::fromLatin1(aliyunRunning)));
        const qint64 before = simNow();
        const Response started = post(m_northTasks + '/' + aliyunRunning + "/start", body);
        QCOMPARE(started.status, status);
        const QJsonObject task = show(m_northTasks, aliyunRunning, m_north, simNow());
        if (status != 200) {
            QCOMPARE(json(started).value(u"error_code"_s).toString(), code);
            QCOMPARE(task.value(u"status"_s).toString(), u"STOPPED"_s);
            return;
        }
        QCOMPARE(task.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        QVERIFY(task.value(u"last_start_time"_s).toInteger() >= before);
    }

    // A task that takes only its own keys takes them again after a pause.
    void pausedTaskTakesOnlyItsOwnKeys()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keyedConfig);
        file.close();
        SimulatorProcess sim;
        QVERIFY2(sim.startWithConfig(file.fileName(), {u"--pause-task-after"_s, u"0"_s}),
                 qPrintable(sim.errorString()));
        const Response issued =
            requestToken(sim.port(), u"cn-north-4"_s, u"acme"_s, u"alice"_s, u"alice-Passw0rd!"_s);
        const Headers token {{"X-Auth-Token", issued.header("x-subject-token")},
                             {"Content-Type", "application/json"}};

        QVERIFY(sim.pauseTask(u"keyed"_s));
        const QByteArray start = keyedTasks() + "/keyed/start";
        const Response wrong = call(sim.port(), "POST", start, token, fourKeys);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(json(wrong).value(u"error_code"_s).toString(), u"OMS.1011"_s);
        QCOMPARE(call(sim.port(), "POST", start, token, "{}").status, 400);
        QCOMPARE(statusOf(sim, u"keyed"_s), u"STOPPED"_s);
        QCOMPARE(call(sim.port(), "POST", start, token, keysBody("K")).status, 200);
        QCOMPARE(statusOf(sim, u"keyed"_s), u"SYNCHRONIZING"_s);
        // And it can be paused again.
        QVERIFY(sim.pauseTask(u"keyed"_s));
        QCOMPARE(statusOf(sim, u"keyed"_s), u"STOPPED"_s);
        // --pause-task-after 0 disarmed the configured pause.
        QVERIFY(!stateTask(sim.state(), u"pauses-itself"_s).contains(u"_pause_after_ms"_s));
        QVERIFY(sim.stop());
    }

    void pauseRefusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QByteArray stopped = "/_sim/tasks/" + QByteArray(awsStopped);
        const QByteArray running = "/_sim/tasks/" + QByteArray(aliyunRunning);
        QTest::newRow("unknown task")
            << QByteArray("POST") << QByteArray("/_sim/tasks/no-such-task/pause") << 404
            << u"no-such-task"_s;
        QTest::newRow("already stopped")
            << QByteArray("POST") << stopped + "/pause" << 409 << u"STOPPED"_s;
        QTest::newRow("another project")
            << QByteArray("POST") << running + "/pause?project_id=elsewhere" << 404
            << u"elsewhere"_s;
        QTest::newRow("unknown query parameter")
            << QByteArray("POST") << running + "/pause?force=1" << 400 << u"force"_s;
        QTest::newRow("GET") << QByteArray("GET") << running + "/pause" << 405 << u"method"_s;
        QTest::newRow("unknown action")
            << QByteArray("POST") << running + "/explode" << 404 << u"endpoint"_s;
        QTest::newRow("no id") << QByteArray("POST") << QByteArray("/_sim/tasks//pause") << 404
                               << u"endpoint"_s;
        QTest::newRow("too deep") << QByteArray("POST") << running + "/pause/now" << 404
                                  << u"endpoint"_s;
        QTest::newRow("broken escape")
            << QByteArray("POST") << QByteArray("/_sim/tasks/%zz/pause") << 400 << u"percent"_s;
        QTest::newRow("id decoded once") << QByteArray("POST")
                                         << QByteArray("/_sim/tasks/%251f4c2a9e-3b7d-4c1e-9a2f-"
                                                       "6d8e0b5c7a31/pause")
                                         << 404 << u"%1f4c2a9e"_s;
    }

    void pauseRefusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const QJsonObject before = m_sim.state();
        verifyControlError(rawControl(method, target), status, mentions);
        QCOMPARE(m_sim.state(), before);
    }

    // One escaped segment is the id, as in the OMS paths.
    void pauseTakesAnEscapedId()
    {
        QVERIFY(
            rawControl("POST", "/_sim/tasks/%31f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31/pause").status
            == 200);
        QCOMPARE(statusOf(m_sim, QString::fromLatin1(aliyunRunning)), u"STOPPED"_s);
    }

    // Synthetic tasks have the same ids in every project: the project decides.
    void pauseInOneOfSeveralProjects()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--synthetic-tasks"_s, u"1"_s}), qPrintable(sim.errorString()));
        const QString id = u"5e1ec7ed-0000-4000-8000-000000000001"_s;
        const QString north = sim.projectId(u"cn-north-4"_s);
        verifyControlError(sim.control("POST", u"/_sim/tasks/%1/pause"_s.arg(id)), 400,
                           u"project_id"_s);
        QCOMPARE(stateTask(sim.state(), id).value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        QVERIFY(sim.pauseTask(id, north));
        QCOMPARE(stateTask(sim.state(), id).value(u"status"_s).toString(), u"STOPPED"_s);
        QCOMPARE(stateTask(sim.state(), id, u"cn-east-3"_s).value(u"status"_s).toString(),
                 u"SYNCHRONIZING"_s);
        QVERIFY(sim.stop());
    }

    // ---- activity --------------------------------------------------------

    // On a task with no traffic this month, the month's figures are exactly
    // what was added, and so are the statistics' points, which add up to them.
    void activityIsWhatShowAndStatisticsSay()
    {
        const Headers east = tokenHeaders(m_sim.port(), u"cn-east-3"_s);
        const QString id = QString::fromLatin1(baiduLongStopped);
        const QJsonObject before = show(m_eastTasks, baiduLongStopped, east, simNow());
        for (const QString& field : monthlyFields) {
            QCOMPARE(before.value(field).toInteger(), 0);
        }

        const QJsonObject first = m_sim.addActivity(id,
                                                    {{u"requests"_s, 120},
                                                     {u"successes"_s, 100},
                                                     {u"failures"_s, 7},
                                                     {u"skips"_s, 3},
                                                     {u"bytes"_s, 5'000'000'000'000LL}});
        QCOMPARE(first,
                 (QJsonObject {{u"requests"_s, 120},
                               {u"successes"_s, 100},
                               {u"failures"_s, 7},
                               {u"skips"_s, 3},
                               {u"bytes"_s, 5'000'000'000'000LL}}));
        // Without requests, each object handled was one request.
        const QJsonObject second = m_sim.addActivity(id, {{u"failures"_s, 5}, {u"bytes"_s, 10}});
        QCOMPARE(second,
                 (QJsonObject {{u"requests"_s, 5},
                               {u"successes"_s, 0},
                               {u"failures"_s, 5},
                               {u"skips"_s, 0},
                               {u"bytes"_s, 10}}));

        const QList<qint64> expected {125, 100, 12, 3, 5'000'000'000'010LL};
        const qint64 now = simNow();
        const QJsonObject after = show(m_eastTasks, baiduLongStopped, east, now);
        for (qsizetype i = 0; i < monthlyFields.size(); ++i) {
            QCOMPARE(after.value(monthlyFields.at(i)).toInteger(), expected.at(i));
        }
        QCOMPARE(after.value(u"status"_s).toString(), u"STOPPED"_s);

        // The last hour in five-minute points: everything in the current one
        // (or, when a boundary passed between the two calls, in those two).
        const auto series =
            statistics(m_eastTasks, baiduLongStopped, east, now - 60 * minuteMs, now + minuteMs);
        for (qsizetype i = 0; i < dataTypes.size(); ++i) {
            const QHash<qint64, qint64> points = series.value(dataTypes.at(i));
            QVERIFY2(points.size() >= 12, qPrintable(dataTypes.at(i)));
            qint64 sum = 0;
            for (auto it = points.cbegin(); it != points.cend(); ++it) {
                QVERIFY2(it.value() == 0 || it.key() >= now - 2 * fiveMinutesMs,
                         qPrintable(u"%1 at %2"_s.arg(dataTypes.at(i)).arg(it.key())));
                sum += it.value();
            }
            QCOMPARE(sum, expected.at(i));
        }
        // And over the whole month in hourly points.
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        const qint64 monthStart =
            QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC)
                .toMSecsSinceEpoch();
        const auto month = statistics(m_eastTasks, baiduLongStopped, east, monthStart, now + 1);
        for (qsizetype i = 0; i < dataTypes.size(); ++i) {
            qint64 sum = 0;
            for (const qint64 value : month.value(dataTypes.at(i))) {
                sum += value;
            }
            QCOMPARE(sum, after.value(monthlyFields.at(i)).toInteger());
        }
    }

    // On a task with generated traffic, the activity lands on top of it, in
    // the interval holding the moment it was added, exactly.
    void activityAddsToGeneratedTraffic()
    {
        const QString id = QString::fromLatin1(awsStopped); // ran until two days ago
        const qint64 t0 = simNow();
        const QJsonObject before = show(m_northTasks, awsStopped, m_north, t0);
        const auto pointsBefore =
            statistics(m_northTasks, awsStopped, m_north, t0 - 3 * dayMs, t0 + minuteMs);
        QVERIFY(!m_sim
                     .addActivity(id,
                                  {{u"requests"_s, 40},
                                   {u"successes"_s, 30},
                                   {u"failures"_s, 4},
                                   {u"skips"_s, 2},
                                   {u"bytes"_s, 999}})
                     .isEmpty());
        const QList<qint64> added {40, 30, 4, 2, 999};
        const qint64 at = stateTask(m_sim.state(), id)
                              .value(u"_activity"_s)
                              .toArray()
                              .last()[u"at"_s]
                              .toInteger();
        // Over three days the points are hourly.
        const qint64 interval = at - at % hourMs;
        const qint64 t1 = simNow();

        const QJsonObject after = show(m_northTasks, awsStopped, m_north, t1);
        const auto pointsAfter =
            statistics(m_northTasks, awsStopped, m_north, t0 - 3 * dayMs, t1 + minuteMs);
        const QDate monthOf0 = QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC).date();
        const QDate monthOf1 = QDateTime::fromMSecsSinceEpoch(t1, Qt::UTC).date();
        for (qsizetype i = 0; i < dataTypes.size(); ++i) {
            if (monthOf0.month() == monthOf1.month()) {
                QCOMPARE(after.value(monthlyFields.at(i)).toInteger(),
                         before.value(monthlyFields.at(i)).toInteger() + added.at(i));
            }
            const QHash<qint64, qint64> old = pointsBefore.value(dataTypes.at(i));
            const QHash<qint64, qint64> now = pointsAfter.value(dataTypes.at(i));
            qint64 generated = 0;
            for (const qint64 value : old) {
                generated += value;
            }
            QVERIFY2(generated > 0, qPrintable(dataTypes.at(i))); // it ran in those days
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                const qint64 expected =
                    old.value(it.key()) + (it.key() == interval ? added.at(i) : 0);
                QCOMPARE(it.value(), expected);
            }
            QVERIFY(now.contains(interval));
        }
    }

    // A running task's figures keep growing; the activity is on top of them.
    void activityOnARunningTask()
    {
        // A moment surely before the activity: its figures are fixed.
        const qint64 t0 = simNow() - 1;
        const qint64 before = show(m_northTasks, aliyunRunning, m_north, t0)
                                  .value(u"monthly_failure_object"_s)
                                  .toInteger();
        QVERIFY(!m_sim.addActivity(QString::fromLatin1(aliyunRunning), {{u"failures"_s, 1'000'000}})
                     .isEmpty());
        const qint64 t1 = simNow();
        const qint64 after = show(m_northTasks, aliyunRunning, m_north, t1)
                                 .value(u"monthly_failure_object"_s)
                                 .toInteger();
        if (QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC).date().month()
            == QDateTime::fromMSecsSinceEpoch(t1, Qt::UTC).date().month()) {
            QVERIFY2(after >= before + 1'000'000, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
        }
        // A query for a moment before it was added does not see it.
        QCOMPARE(show(m_northTasks, aliyunRunning, m_north, t0)
                     .value(u"monthly_failure_object"_s)
                     .toInteger(),
                 before);
        // A reset forgets it.
        QVERIFY(m_sim.reset());
        QVERIFY(stateTask(m_sim.state(), QString::fromLatin1(aliyunRunning))
                    .value(u"_activity"_s)
                    .toArray()
                    .isEmpty());
    }

    void activityRefusals_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QString task = QString::fromLatin1(aliyunRunning);
        QTest::newRow("negative") << task << QByteArray("{\"failures\":-1}") << 400
                                  << u"failures"_s;
        QTest::newRow("fraction") << task << QByteArray("{\"bytes\":1.5}") << 400 << u"bytes"_s;
        QTest::newRow("string") << task << QByteArray("{\"skips\":\"3\"}") << 400 << u"skips"_s;
        QTest::newRow("null") << task << QByteArray("{\"successes\":null}") << 400
                              << u"successes"_s;
        QTest::newRow("boolean") << task << QByteArray("{\"requests\":true}") << 400
                                 << u"requests"_s;
        QTest::newRow("too large") << task << QByteArray("{\"bytes\":1e16}") << 400 << u"bytes"_s;
        QTest::newRow("unknown field")
            << task << QByteArray("{\"failure\":1}") << 400 << u"unknown field failure"_s;
        QTest::newRow("fewer requests than objects")
            << task << QByteArray("{\"requests\":2,\"successes\":2,\"skips\":1}") << 400
            << u"requests"_s;
        QTest::newRow("array") << task << QByteArray("[{\"failures\":1}]") << 400
                               << u"JSON object"_s;
        QTest::newRow("not JSON") << task << QByteArray("failures=1") << 400 << u"JSON object"_s;
        QTest::newRow("unknown task")
            << u"no-such-task"_s << QByteArray("{\"failures\":1}") << 404 << u"no-such-task"_s;
    }

    void activityRefusals()
    {
        QFETCH(QString, task);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const QJsonObject before = m_sim.state();
        verifyControlError(rawControl("POST", "/_sim/tasks/" + task.toLatin1() + "/activity", body),
                           status, mentions);
        QCOMPARE(m_sim.state(), before);
    }

    void activityAcceptsZeroesAndNothing()
    {
        const QString task = QString::fromLatin1(aliyunRunning);
        QCOMPARE(m_sim.addActivity(task, {}),
                 (QJsonObject {{u"requests"_s, 0},
                               {u"successes"_s, 0},
                               {u"failures"_s, 0},
                               {u"skips"_s, 0},
                               {u"bytes"_s, 0}}));
        QCOMPARE(m_sim.addActivity(task, {{u"requests"_s, 7}})[u"requests"_s].toInteger(), 7);
        QCOMPARE(m_sim.addActivity(task, {{u"bytes"_s, 1e15}})[u"bytes"_s].toInteger(),
                 1'000'000'000'000'000LL);
        QCOMPARE(m_sim.control("GET", u"/_sim/tasks/%1/activity"_s.arg(task)).status, 405);
        QCOMPARE(stateTask(m_sim.state(), task).value(u"_activity"_s).toArray().size(), 3);
    }

    // ---- pausing by itself -----------------------------------------------

    void demoSeedPausesTheQiniuTaskAfterThreeMinutes()
    {
        const QJsonObject seed = OmsSync::Sim::DemoSeed::configuration(1'800'000'000'000LL);
        QStringList pausing;
        for (const QJsonValue& project : seed[u"accounts"_s][0][u"projects"_s].toArray()) {
            for (const QJsonValue& task : project[u"tasks"_s].toArray()) {
                if (task.toObject().contains(u"pause_after_s"_s)) {
                    pausing.append(task[u"sync_task_id"_s].toString());
                    QCOMPARE(task[u"pause_after_s"_s].toInteger(), 180);
                    QCOMPARE(task[u"status"_s].toString(), u"SYNCHRONIZING"_s);
                }
            }
        }
        QCOMPARE(pausing, QStringList {QString::fromLatin1(qiniuRunning)});
        const QJsonObject quiet = OmsSync::Sim::DemoSeed::configuration(1'800'000'000'000LL, 0);
        QVERIFY(!QJsonDocument(quiet).toJson().contains("pause_after_s"));
        // With --control and no --pause-task-after, nothing pauses by itself.
        for (const QJsonValue& project : m_sim.state().value(u"projects"_s).toArray()) {
            for (const QJsonValue& task : project[u"tasks"_s].toArray()) {
                QVERIFY(!task.toObject().contains(u"_pause_after_ms"_s));
            }
        }
    }

    void demoTaskPausesByItself()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--pause-task-after"_s, u"1"_s}), qPrintable(sim.errorString()));
        const QString qiniu = QString::fromLatin1(qiniuRunning);
        QCOMPARE(stateTask(sim.state(), qiniu).value(u"_pause_after_ms"_s).toInteger(), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(sim, qiniu), u"STOPPED"_s, eventuallyMs);

        // As a client sees it: stopped, never restarted, the others as they were.
        const Headers token = tokenHeaders(sim.port());
        const QByteArray tasks = "/v2/" + sim.projectId(u"cn-north-4"_s).toLatin1() + "/sync-tasks";
        const Response list = call(sim.port(), "GET", tasks, token);
        QCOMPARE(list.status, 200);
        for (const QJsonValue& task : json(list).value(u"tasks"_s).toArray()) {
            const QString id = task[u"sync_task_id"_s].toString();
            const bool running = id == QLatin1StringView(aliyunRunning);
            QCOMPARE(task[u"status"_s].toString(), running ? u"SYNCHRONIZING"_s : u"STOPPED"_s);
            if (id == qiniu) {
                QVERIFY(!task.toObject().contains(u"last_start_time"_s));
            }
        }
        // Restarted with keys, it runs; without, it does not.
        Headers withJson = token;
        withJson.emplaceBack("Content-Type", "application/json");
        QCOMPARE(
            call(sim.port(), "POST", tasks + '/' + qiniuRunning + "/start", withJson, "{}").status,
            400);
        QCOMPARE(call(sim.port(), "POST", tasks + '/' + qiniuRunning + "/start", withJson, fourKeys)
                     .status,
                 200);
        QCOMPARE(statusOf(sim, qiniu), u"SYNCHRONIZING"_s);

        // A reset brings it back running and arms the pause again.
        const qint64 resetAt = sim.control("GET", u"/_sim/clock"_s).json()[u"now_ms"_s].toInteger();
        QVERIFY(sim.reset());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(sim, qiniu), u"STOPPED"_s, eventuallyMs);
        const QJsonArray runs = stateTask(sim.state(), qiniu).value(u"_runs"_s).toArray();
        QVERIFY(runs.last()[u"end"_s].toInteger() >= resetAt);
        QVERIFY(!stateTask(sim.state(), qiniu).contains(u"last_start_time"_s));
        QVERIFY(sim.stop());
    }

    void configuredTaskPausesByItself()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keyedConfig);
        file.close();
        SimulatorProcess sim;
        QVERIFY2(sim.startWithConfig(file.fileName()), qPrintable(sim.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(sim, u"pauses-itself"_s), u"STOPPED"_s, eventuallyMs);
        QCOMPARE(statusOf(sim, u"runs-on"_s), u"SYNCHRONIZING"_s);
        QCOMPARE(statusOf(sim, u"keyed"_s), u"SYNCHRONIZING"_s);
        // Its own keys start it again.
        const Response issued =
            requestToken(sim.port(), u"cn-north-4"_s, u"acme"_s, u"alice"_s, u"alice-Passw0rd!"_s);
        const Headers token {{"X-Auth-Token", issued.header("x-subject-token")},
                             {"Content-Type", "application/json"}};
        const QByteArray start = keyedTasks() + "/pauses-itself/start";
        QCOMPARE(call(sim.port(), "POST", start, token, keysBody("K")).status, 400);
        QCOMPARE(call(sim.port(), "POST", start, token, keysBody("P")).status, 200);
        QCOMPARE(statusOf(sim, u"pauses-itself"_s), u"SYNCHRONIZING"_s);
        QVERIFY(sim.stop());

        // The option replaces the configured delay.
        QVERIFY2(sim.startWithConfig(file.fileName(), {u"--pause-task-after"_s, u"2"_s}),
                 qPrintable(sim.errorString()));
        QCOMPARE(stateTask(sim.state(), u"pauses-itself"_s).value(u"_pause_after_ms"_s).toInteger(),
                 2000);
        QVERIFY(!stateTask(sim.state(), u"runs-on"_s).contains(u"_pause_after_ms"_s));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(sim, u"pauses-itself"_s), u"STOPPED"_s, eventuallyMs);
        QVERIFY(sim.stop());
    }

    void refusesBadPauseOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("config"); // written to config.json when not empty
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("negative") << QStringList {u"--pause-task-after"_s, u"-1"_s} << QByteArray()
                                  << QByteArray("--pause-task-after must be a number");
        QTest::newRow("not a number")
            << QStringList {u"--pause-task-after"_s, u"soon"_s} << QByteArray()
            << QByteArray("--pause-task-after must be a number");
        QTest::newRow("beyond a timer")
            << QStringList {u"--pause-task-after"_s, u"2000001"_s} << QByteArray()
            << QByteArray("--pause-task-after must be a number");
        QTest::newRow("no task to pause")
            << QStringList {u"--pause-task-after"_s, u"5"_s}
            << QByteArray("{\"accounts\":[{\"name\":\"a\",\"projects\":[{\"name\":\"cn-north-4\","
                          "\"tasks\":[{\"status\":\"SYNCHRONIZING\"}]}]}]}")
            << QByteArray("no task of");
        QTest::newRow("pause_after_s a string")
            << QStringList()
            << QByteArray("{\"accounts\":[{\"name\":\"a\",\"projects\":[{\"name\":\"cn-north-4\","
                          "\"tasks\":[{\"pause_after_s\":\"3\"}]}]}]}")
            << QByteArray("accounts[0].projects[0].tasks[0].pause_after_s: must be an integer");
        QTest::newRow("pause_after_s negative")
            << QStringList()
            << QByteArray("{\"accounts\":[{\"name\":\"a\",\"projects\":[{\"name\":\"cn-north-4\","
                          "\"tasks\":[{\"pause_after_s\":-3}]}]}]}")
            << QByteArray("pause_after_s: must be an integer from 0");
    }

    void refusesBadPauseOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        if (!config.isEmpty()) {
            QFile file(dir.filePath(u"config.json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(config);
            arguments << u"--config"_s << file.fileName();
        }
        QProcess process;
        process.start(SimulatorProcess::executable(), arguments << u"--port"_s << u"0"_s);
        QVERIFY(process.waitForFinished(eventuallyMs));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains(message), error.constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    void helpDescribesTheTaskControls()
    {
        QProcess process;
        process.start(SimulatorProcess::executable(), {u"--help"_s});
        QVERIFY(process.waitForFinished(eventuallyMs));
        const QByteArray help = process.readAllStandardOutput();
        for (const char* text : {"--pause-task-after", "/_sim/tasks/ID/pause",
                                 "/_sim/tasks/ID/activity", "\"failures\""}) {
            QVERIFY2(help.contains(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatorControl)
#include "TestSimulatorControl.moc"
