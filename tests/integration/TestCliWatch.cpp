// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using OmsSync::Test::SimulatorProcess;

namespace {

using Predicate = std::function<bool(const QJsonObject&)>;

// A running `oms-sync watch`, read line by line as a script reads it.
class WatchProcess
{
public:
    WatchProcess(const QProcessEnvironment& environment, const QStringList& arguments)
    {
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { read(); });
        m_process.start(OmsSync::Test::CliProcess::executable(),
                        QStringList {u"watch"_s} + arguments);
    }

    ~WatchProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QProcess& process() { return m_process; }
    const QList<QJsonObject>& events() const { return m_events; }
    // Lines that were not one compact JSON object.
    const QList<QByteArray>& badLines() const { return m_badLines; }
    const QList<QByteArray>& lines() const { return m_lines; }
    QByteArray errors()
    {
        m_errors += m_process.readAllStandardError();
        return m_errors;
    }

    qsizetype count(const Predicate& matches) const
    {
        return std::count_if(m_events.begin(), m_events.end(), matches);
    }

    QJsonObject first(const Predicate& matches) const
    {
        const auto it = std::find_if(m_events.begin(), m_events.end(), matches);
        return it == m_events.end() ? QJsonObject() : *it;
    }

    QJsonObject last(const Predicate& matches) const
    {
        const auto it = std::find_if(m_events.rbegin(), m_events.rend(), matches);
        return it == m_events.rend() ? QJsonObject() : *it;
    }

    // Ends it as a service manager or Ctrl+C would; the exit code, or -1.
    int signal(int number)
    {
        ::kill(pid_t(m_process.processId()), number);
        if (!m_process.waitForFinished(30000) || m_process.exitStatus() != QProcess::NormalExit) {
            return -1;
        }
        read();
        return m_process.exitCode();
    }

    int waitForExit()
    {
        if (!m_process.waitForFinished(60000) || m_process.exitStatus() != QProcess::NormalExit) {
            return -1;
        }
        read();
        return m_process.exitCode();
    }

private:
    void read()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(end);
            m_pending.remove(0, end + 1);
            m_lines.append(line);
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (!document.isObject() || line.contains("\n") || line.startsWith(' ')) {
                m_badLines.append(line);
                continue;
            }
            m_events.append(document.object());
        }
    }

    QProcess m_process;
    QByteArray m_pending;
    QByteArray m_errors;
    QList<QByteArray> m_lines;
    QList<QByteArray> m_badLines;
    QList<QJsonObject> m_events;
};

Predicate isEvent(const QString& kind, const QString& taskId = {})
{
    return [kind, taskId](const QJsonObject& object) {
        return object.value(u"event"_s).toString() == kind
            && (taskId.isEmpty() || object.value(u"task_id"_s).toString() == taskId);
    };
}

int routeCount(const QJsonObject& counters, const char* route)
{
    return counters.value(u"requests"_s).toObject().value(QLatin1StringView(route)).toInt();
}

} // namespace

// oms-sync watch and task list --all-profiles as scripts use them: a real
// oms-sync against a real oms-sim, changes made through the simulator's
// control API, lines read as they arrive. Deadlines are generous (a refresh
// every 2 s, back-off after failures) and nothing asserts how fast it was.
class TestCliWatch : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;

    QProcessEnvironment environment(const QString& password = {}) const
    {
        QProcessEnvironment env = OmsSync::Test::CliProcess::privateEnvironment(m_home->path());
        env.insert(u"OMS_SYNC_PASSWORD"_s,
                   password.isEmpty() ? QString::fromLatin1(SimulatorProcess::demoPassword)
                                      : password);
        // Human-readable lines are compared in English.
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        return env;
    }

    Run run(const QStringList& arguments, const QString& password = {})
    {
        return OmsSync::Test::CliProcess(environment(password)).run(arguments);
    }

    void addProfile(const QString& name, const QString& region, QUrl endpoint = {})
    {
        if (endpoint.isEmpty()) {
            endpoint = m_sim->baseUrl();
        }
        const Run added = run({u"profile"_s, u"add"_s, name, u"--region"_s, region, u"--user"_s,
                               u"demo"_s, u"--account"_s, u"demo"_s, u"--oms-endpoint"_s,
                               endpoint.toString(), u"--iam-endpoint"_s, endpoint.toString()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    QJsonArray tasks(const QString& region)
    {
        const QJsonObject state = m_sim->state();
        for (const QJsonValue& project : state.value(u"projects"_s).toArray()) {
            if (project.toObject().value(u"name"_s).toString() == region) {
                return project.toObject().value(u"tasks"_s).toArray();
            }
        }
        return {};
    }

    QString taskWithStatus(const QString& region, const QString& status)
    {
        for (const QJsonValue& task : tasks(region)) {
            if (task.toObject().value(u"status"_s).toString() == status) {
                return task.toObject().value(u"sync_task_id"_s).toString();
            }
        }
        return {};
    }

    // A loopback port where nothing listens.
    static QUrl deadEndpoint()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    }

    // The watch's first refresh is over once a second one has begun.
    bool secondRefreshBegan(int listsBefore = 0)
    {
        return routeCount(m_sim->counters(), "oms.tasks.list") >= listsBefore + 2;
    }

    // The lists of one region's tasks the simulator received.
    int listsOf(const QString& region)
    {
        const QString project = m_sim->projectId(region);
        int lists = 0;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            lists += entry.toObject().value(u"route"_s).toString() == u"oms.tasks.list"_s
                && entry.toObject().value(u"path"_s).toString().contains(project);
        }
        return lists;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
    }

    void cleanup()
    {
        if (m_sim->isRunning()) {
            QVERIFY(m_sim->stop());
        }
        m_sim.reset();
        m_home.reset();
    }

    void initialPrintsTheFirstStateAndAPausedTaskIsReported()
    {
        addProfile(u"demo"_s, u"cn-north-4"_s);
        const QJsonArray all = tasks(u"cn-north-4"_s);
        QCOMPARE(all.size(), 4);
        const QString running = taskWithStatus(u"cn-north-4"_s, u"SYNCHRONIZING"_s);
        QVERIFY(!running.isEmpty());

        WatchProcess watch(environment(), {u"--json"_s, u"--interval"_s, u"2"_s, u"--initial"_s});
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"status"_s)), all.size(), 30000);
        for (const QJsonValue& value : all) {
            const QJsonObject task = value.toObject();
            const QString id = task.value(u"sync_task_id"_s).toString();
            QCOMPARE(watch.count(isEvent(u"status"_s, id)), 1);
            const QJsonObject line = watch.first(isEvent(u"status"_s, id));
            QVERIFY(line.value(u"from"_s).isNull());
            QCOMPARE(line.value(u"to"_s).toString(), task.value(u"status"_s).toString());
            QCOMPARE(line.value(u"profile"_s).toString(), u"demo"_s);
            QCOMPARE(line.value(u"task_name"_s).toString(),
                     task.value(u"description"_s).toString());
            const QDateTime time =
                QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODate);
            QVERIFY(time.isValid());
            QCOMPARE(time.timeSpec(), Qt::UTC);
            QVERIFY(line.value(u"time"_s).toString().endsWith(u'Z'));
        }

        // OMS pauses a task by itself.
        QVERIFY(m_sim->pauseTask(running));
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"status"_s, running)), 2, 30000);
        const QJsonObject paused = watch.last(isEvent(u"status"_s, running));
        QCOMPARE(paused.value(u"from"_s).toString(), u"SYNCHRONIZING"_s);
        QCOMPARE(paused.value(u"to"_s).toString(), u"STOPPED"_s);
        QVERIFY2(watch.badLines().isEmpty(), watch.badLines().value(0).constData());

        QCOMPARE(watch.signal(SIGTERM), 0);
        QVERIFY2(watch.errors().isEmpty(), watch.errors().constData());
    }

    void theFirstRefreshOnlyRecordsAndFailuresAreReportedFromTheThreshold()
    {
        addProfile(u"demo"_s, u"cn-north-4"_s);
        // Figures of a paused task stand still unless the test adds some.
        const QString paused = taskWithStatus(u"cn-north-4"_s, u"STOPPED"_s);
        QVERIFY(!paused.isEmpty());
        m_sim->clearCounters();
        WatchProcess watch(
            environment(),
            {u"--json"_s, u"--interval"_s, u"2"_s, u"--failure-threshold"_s, u"100"_s});
        QTRY_VERIFY_WITH_TIMEOUT(secondRefreshBegan(), 30000);
        QVERIFY(watch.count(isEvent(u"status"_s)) == 0);

        // Below the threshold: no line, and no later line adds it up.
        QVERIFY(!m_sim->addActivity(paused, {{u"failures"_s, 60}}).isEmpty());
        int lists = routeCount(m_sim->counters(), "oms.tasks.list");
        QTRY_VERIFY_WITH_TIMEOUT(secondRefreshBegan(lists), 30000);
        QCOMPARE(watch.count(isEvent(u"failures"_s, paused)), 0);

        QVERIFY(!m_sim->addActivity(paused, {{u"failures"_s, 250}}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"failures"_s, paused)), 1, 30000);
        const QJsonObject line = watch.first(isEvent(u"failures"_s, paused));
        QCOMPARE(line.value(u"failures"_s).toInteger(), 250);
        QCOMPARE(line.value(u"profile"_s).toString(), u"demo"_s);
        QVERIFY(!line.contains(u"from"_s));
        QVERIFY(!line.contains(u"error"_s));
        // Once: the next refreshes see no more growth.
        lists = routeCount(m_sim->counters(), "oms.tasks.list");
        QTRY_VERIFY_WITH_TIMEOUT(secondRefreshBegan(lists), 30000);
        QCOMPARE(watch.count(isEvent(u"failures"_s, paused)), 1);
        QVERIFY2(watch.badLines().isEmpty(), watch.badLines().value(0).constData());

        QCOMPARE(watch.signal(SIGINT), 0);
    }

    void aLostSignInIsOneLineAndItsReturnAnother()
    {
        addProfile(u"demo"_s, u"cn-north-4"_s);
        WatchProcess watch(environment(), {u"--json"_s, u"--interval"_s, u"2"_s});
        QTRY_VERIFY_WITH_TIMEOUT(secondRefreshBegan(), 30000);

        // The password was changed: the tokens issued are revoked and IAM
        // refuses the old password.
        QVERIFY(!m_sim
                     ->injectFault(
                         {{u"kind"_s, u"status"_s},
                          {u"route"_s, u"iam.tokens.create"_s},
                          {u"count"_s, -1},
                          {u"status"_s, 401},
                          {u"body"_s,
                           QJsonObject {{u"error"_s,
                                         QJsonObject {{u"code"_s, 401},
                                                      {u"message"_s,
                                                       u"The username or password is wrong."_s},
                                                      {u"title"_s, u"Unauthorized"_s}}}}}})
                     .isEmpty());
        QVERIFY(m_sim->revokeTokens());
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"sign-in"_s)), 1, 30000);
        const QJsonObject lost = watch.first(isEvent(u"sign-in"_s));
        QVERIFY(lost.value(u"error"_s).isString());
        QVERIFY2(lost.value(u"error"_s).toString().contains(u"password is wrong"_s),
                 qPrintable(lost.value(u"error"_s).toString()));
        QCOMPARE(lost.value(u"profile"_s).toString(), u"demo"_s);

        // The retries meanwhile say nothing more.
        const int refused = m_sim->counters().value(u"faults_applied"_s).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->counters().value(u"faults_applied"_s).toInt() > refused,
                                 30000);
        QCOMPARE(watch.count(isEvent(u"sign-in"_s)), 1);

        QVERIFY(m_sim->clearFaults());
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"sign-in"_s)), 2, 60000);
        const QJsonObject back = watch.last(isEvent(u"sign-in"_s));
        QVERIFY(back.contains(u"error"_s));
        QVERIFY(back.value(u"error"_s).isNull());
        QVERIFY2(watch.badLines().isEmpty(), watch.badLines().value(0).constData());

        QCOMPARE(watch.signal(SIGTERM), 0);
        // A lost sign-in is an event, not also an error message.
        QVERIFY2(!watch.errors().contains("password is wrong"), watch.errors().constData());
    }

    void humanReadableLines()
    {
        addProfile(u"demo"_s, u"cn-north-4"_s);
        const QString running = taskWithStatus(u"cn-north-4"_s, u"SYNCHRONIZING"_s);
        const QString paused = taskWithStatus(u"cn-north-4"_s, u"STOPPED"_s);
        WatchProcess watch(environment(),
                           {u"--interval"_s, u"2"_s, u"--failure-threshold"_s, u"1000000"_s});
        QTRY_VERIFY_WITH_TIMEOUT(secondRefreshBegan(), 30000);
        QVERIFY(watch.lines().isEmpty());
        QVERIFY(m_sim->pauseTask(running));
        QVERIFY(!m_sim->addActivity(paused, {{u"failures"_s, 1234567}}).isEmpty());
        const auto has = [&watch](const QString& id, const char* what) {
            return std::any_of(watch.lines().begin(), watch.lines().end(),
                               [&](const QByteArray& line) {
                                   return line.contains(id.toUtf8()) && line.contains(what);
                               });
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(running, "SYNCHRONIZING → STOPPED"), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(has(paused, "+1,234,567 failed objects ("),
                                  watch.lines().join('\n').constData(), 30000);
        for (const QByteArray& line : watch.lines()) {
            QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  demo  "_s)
                         .match(QString::fromUtf8(line))
                         .hasMatch(),
                     line.constData());
        }
        QCOMPARE(watch.signal(SIGTERM), 0);
    }

    void watchesEveryProfileAndReportsAFailingOneOnce()
    {
        addProfile(u"north"_s, u"cn-north-4"_s);
        addProfile(u"east"_s, u"cn-east-3"_s);
        addProfile(u"gone"_s, u"cn-north-4"_s, deadEndpoint());
        const QString north = taskWithStatus(u"cn-north-4"_s, u"SYNCHRONIZING"_s);
        const QString east = taskWithStatus(u"cn-east-3"_s, u"SYNCHRONIZING"_s);
        WatchProcess watch(environment(),
                           {u"--json"_s, u"--all-profiles"_s, u"--interval"_s, u"2"_s});
        QTRY_VERIFY_WITH_TIMEOUT(listsOf(u"cn-north-4"_s) >= 2 && listsOf(u"cn-east-3"_s) >= 2,
                                 30000);
        QVERIFY(m_sim->pauseTask(north));
        QVERIFY(m_sim->pauseTask(east));
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"status"_s, north)), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(watch.count(isEvent(u"status"_s, east)), 1, 30000);
        QCOMPARE(watch.first(isEvent(u"status"_s, east)).value(u"profile"_s).toString(), u"east"_s);
        QCOMPARE(watch.first(isEvent(u"status"_s, north)).value(u"profile"_s).toString(),
                 u"north"_s);
        // The unreachable one: on stderr, once, while the others go on.
        QTRY_VERIFY_WITH_TIMEOUT(watch.errors().contains("oms-sync: gone: "), 30000);
        QCOMPARE(watch.errors().count("oms-sync: gone: "), 1);
        QVERIFY(!watch.errors().contains("north"));
        QCOMPARE(watch.signal(SIGTERM), 0);
        QCOMPARE(watch.errors().count("oms-sync: gone: "), 1);
    }

    void aProfileThatRecoversSaysSoOnce()
    {
        addProfile(u"demo"_s, u"cn-north-4"_s);
        WatchProcess watch(environment(), {u"--json"_s, u"--interval"_s, u"2"_s});
        QTRY_VERIFY_WITH_TIMEOUT(secondRefreshBegan(), 30000);
        // The service refuses for a while (not a sign-in matter).
        QVERIFY(!m_sim
                     ->injectFault({{u"kind"_s, u"status"_s},
                                    {u"route"_s, u"oms.tasks.list"_s},
                                    {u"count"_s, -1},
                                    {u"status"_s, 403},
                                    {u"body"_s,
                                     QJsonObject {{u"error_code"_s, u"OMS.0206"_s},
                                                  {u"error_msg"_s, u"No permission."_s}}}})
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(watch.errors().contains("OMS.0206"), 30000);
        const int lists = routeCount(m_sim->counters(), "oms.tasks.list");
        QTRY_VERIFY_WITH_TIMEOUT(routeCount(m_sim->counters(), "oms.tasks.list") > lists, 30000);
        QCOMPARE(watch.errors().count("OMS.0206"), 1);
        QVERIFY(m_sim->clearFaults());
        QTRY_VERIFY_WITH_TIMEOUT(watch.errors().contains("refreshed again"), 60000);
        QCOMPARE(watch.count(isEvent(u"sign-in"_s)), 0);
        QCOMPARE(watch.signal(SIGTERM), 0);
        QCOMPARE(watch.errors().count("OMS.0206"), 1);
        QCOMPARE(watch.errors().count("refreshed again"), 1);
    }

    void refusesAShortIntervalBeforeSendingAnything_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("interval 1") << QStringList {u"--interval"_s, u"1"_s}
                                    << QByteArray("--interval must be a whole number of seconds "
                                                  "from 2 to");
        QTest::newRow("interval words")
            << QStringList {u"--interval"_s, u"soon"_s} << QByteArray("--interval");
        QTest::newRow("threshold 0")
            << QStringList {u"--failure-threshold"_s, u"0"_s}
            << QByteArray("--failure-threshold must be a whole number of at least 1");
        QTest::newRow("both profile options")
            << QStringList {u"--all-profiles"_s, u"--profile"_s, u"demo"_s}
            << QByteArray("--all-profiles and --profile");
        QTest::newRow("an argument") << QStringList {u"everything"_s} << QByteArray("\"watch\"");
        QTest::newRow("another command's option")
            << QStringList {u"--status"_s, u"STOPPED"_s}
            << QByteArray("--status does not belong to \"watch\"");
    }

    void refusesAShortIntervalBeforeSendingAnything()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        addProfile(u"demo"_s, u"cn-north-4"_s);
        m_sim->clearCounters();
        const Run refused = run(QStringList {u"watch"_s} + arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(m_sim->counters().value(u"requests_total"_s).toInt(), 0);

        // With --json, in the style of every other validation error.
        const Run json = run(QStringList {u"--json"_s, u"watch"_s} + arguments);
        QCOMPARE(json.exitCode, 2);
        QVERIFY(json.json().isObject());
        QVERIFY(json.json().object().value(u"error_msg"_s).toString().toUtf8().contains(says));
        QCOMPARE(m_sim->counters().value(u"requests_total"_s).toInt(), 0);
    }

    void nothingWatchableEndsWithTheErrorsExitCode_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("deadEndpoint");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("wrong password") << u"wrong"_s << QJsonObject() << false << 3;
        QTest::newRow("refused by the service")
            << QString()
            << QJsonObject {{u"kind"_s, u"status"_s},
                            {u"route"_s, u"oms.tasks.list"_s},
                            {u"count"_s, -1},
                            {u"status"_s, 403},
                            {u"body"_s,
                             QJsonObject {{u"error_code"_s, u"OMS.0206"_s},
                                          {u"error_msg"_s, u"No permission."_s}}}}
            << false << 4;
        QTest::newRow("unreachable") << QString() << QJsonObject() << true << 5;
    }

    void nothingWatchableEndsWithTheErrorsExitCode()
    {
        QFETCH(QString, password);
        QFETCH(QJsonObject, fault);
        QFETCH(bool, deadEndpoint);
        QFETCH(int, exitCode);
        addProfile(u"demo"_s, u"cn-north-4"_s, deadEndpoint ? this->deadEndpoint() : QUrl());
        if (!fault.isEmpty()) {
            QVERIFY(!m_sim->injectFault(fault).isEmpty());
        }
        for (const QStringList& arguments :
             {QStringList {u"--interval"_s, u"2"_s}, QStringList {u"--all-profiles"_s}}) {
            WatchProcess watch(environment(password), arguments);
            QCOMPARE(watch.waitForExit(), exitCode);
            QVERIFY(watch.lines().isEmpty());
            QVERIFY2(watch.errors().startsWith("oms-sync: demo: "), watch.errors().constData());
        }
        // An unknown profile, as for every command.
        WatchProcess unknown(environment(), {u"--profile"_s, u"nobody"_s});
        QCOMPARE(unknown.waitForExit(), 2);
        QVERIFY(unknown.errors().contains("There is no profile \"nobody\""));
    }

    void noProfileAtAll()
    {
        WatchProcess watch(environment(), {u"--all-profiles"_s});
        QCOMPARE(watch.waitForExit(), 2);
        QVERIFY2(watch.errors().contains("oms-sync profile add"), watch.errors().constData());
        const Run list = run({u"task"_s, u"list"_s, u"--all-profiles"_s});
        QCOMPARE(list.exitCode, 2);
        QVERIFY(list.err.contains("oms-sync profile add"));
    }

    void listsTheTasksOfEveryProfile()
    {
        addProfile(u"north"_s, u"cn-north-4"_s);
        addProfile(u"east"_s, u"cn-east-3"_s);
        const Run text = run({u"task"_s, u"list"_s, u"--all-profiles"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.err.isEmpty());
        const QList<QByteArray> rows = text.out.trimmed().split('\n');
        QCOMPARE(rows.size(), 1 + 8);
        QVERIFY2(rows.first().startsWith("PROFILE  ID "), rows.first().constData());
        QCOMPARE(std::count_if(rows.begin(), rows.end(),
                               [](const QByteArray& row) { return row.startsWith("north "); }),
                 4);
        QCOMPARE(std::count_if(rows.begin(), rows.end(),
                               [](const QByteArray& row) { return row.startsWith("east "); }),
                 4);
        for (const QJsonValue& task : tasks(u"cn-east-3"_s)) {
            QVERIFY(
                text.out.contains(task.toObject().value(u"sync_task_id"_s).toString().toUtf8()));
        }

        const Run json = run({u"--json"_s, u"task"_s, u"list"_s, u"--all-profiles"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray listed = json.json().array();
        QCOMPARE(listed.size(), 8);
        QStringList profiles;
        for (const QJsonValue& task : listed) {
            profiles.append(task.toObject().value(u"profile"_s).toString());
            QVERIFY(task.toObject().contains(u"sync_task_id"_s));
        }
        QCOMPARE(profiles.count(u"north"_s), 4);
        QCOMPARE(profiles.count(u"east"_s), 4);
        // In the order of the profiles.
        QCOMPARE(profiles.first(), u"north"_s);
        QCOMPARE(profiles.last(), u"east"_s);

        // --status filters every profile's list.
        const Run stopped = run(
            {u"--json"_s, u"task"_s, u"list"_s, u"--all-profiles"_s, u"--status"_s, u"STOPPED"_s});
        QCOMPARE(stopped.exitCode, 0);
        for (const QJsonValue& task : stopped.json().array()) {
            QCOMPARE(task.toObject().value(u"status"_s).toString(), u"STOPPED"_s);
        }

        const Run both =
            run({u"task"_s, u"list"_s, u"--all-profiles"_s, u"--profile"_s, u"north"_s});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("--all-profiles and --profile"));
    }

    void aFailingProfileIsReportedWhileTheOthersAreListed()
    {
        addProfile(u"north"_s, u"cn-north-4"_s);
        addProfile(u"gone"_s, u"cn-north-4"_s, deadEndpoint());
        addProfile(u"east"_s, u"cn-east-3"_s);
        const Run text = run({u"task"_s, u"list"_s, u"--all-profiles"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(text.exitCode, 5);
        QVERIFY2(text.err.startsWith("oms-sync: gone: "), text.err.constData());
        QCOMPARE(text.err.count('\n'), 1);
        QCOMPARE(text.out.trimmed().split('\n').size(), 1 + 8);
        QVERIFY(!text.out.contains("gone"));

        const Run json = run({u"--json"_s, u"task"_s, u"list"_s, u"--all-profiles"_s});
        QCOMPARE(json.exitCode, 5);
        QCOMPARE(json.json().array().size(), 8);
        QVERIFY(json.err.startsWith("oms-sync: gone: "));

        // None listed: each one reported, and the highest code.
        const Run wrong = run({u"task"_s, u"list"_s, u"--all-profiles"_s}, u"wrong"_s);
        QCOMPARE(wrong.exitCode, 5); // the unreachable one is the highest
        QCOMPARE(wrong.err.count('\n'), 3);
        QVERIFY(wrong.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "TestCliWatch.moc"
