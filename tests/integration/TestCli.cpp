// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "ProfileStore.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::Test::SimulatorProcess;

// oms-sync as a script sees it: real processes, a private settings folder,
// no keychain on the session bus (so every secret comes from the
// environment unless a test says otherwise), the documented exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;

    // A private HOME and settings, no session bus (so no keychain answers),
    // no OMS_SYNC_ variables but those a test gives.
    QProcessEnvironment environment() const
    {
        return OmsSync::Test::CliProcess::privateEnvironment(m_home->path());
    }

    Run run(const QStringList& arguments, const QHash<QString, QString>& env = {},
            const QByteArray& input = {})
    {
        return OmsSync::Test::CliProcess(environment()).run(arguments, env, input);
    }

    void addDemoProfile(const QString& name = u"demo"_s)
    {
        const QString endpoint = m_sim->baseUrl().toString();
        const Run added = run({u"profile"_s, u"add"_s, name, u"--region"_s, u"cn-north-4"_s,
                               u"--user"_s, u"demo"_s, u"--account"_s, u"demo"_s,
                               u"--oms-endpoint"_s, endpoint, u"--iam-endpoint"_s, endpoint});
        QCOMPARE(added.exitCode, 0);
    }

    static QHash<QString, QString> password()
    {
        return {{u"OMS_SYNC_PASSWORD"_s, QString::fromLatin1(SimulatorProcess::demoPassword)}};
    }

    static QHash<QString, QString> startKeys()
    {
        QHash<QString, QString> env = password();
        env.insert(u"OMS_SYNC_SRC_AK"_s, u"SRCAK"_s);
        env.insert(u"OMS_SYNC_SRC_SK"_s, u"src-secret"_s);
        env.insert(u"OMS_SYNC_DST_AK"_s, u"DSTAK"_s);
        env.insert(u"OMS_SYNC_DST_SK"_s, u"dst-secret"_s);
        return env;
    }

    QStringList taskIds(const QString& status)
    {
        const Run listed =
            run({u"--json"_s, u"task"_s, u"list"_s, u"--status"_s, status}, password());
        QStringList ids;
        for (const QJsonValue& task : listed.json().array()) {
            ids.append(task.toObject().value(u"sync_task_id"_s).toString());
        }
        return ids;
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

    void printsItsVersionAndHelp()
    {
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("oms-sync "));
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("task start ID"));
    }

    void managesProfiles()
    {
        addDemoProfile();
        Run listed = run({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray profiles = listed.json().array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(u"name"_s).toString(), u"demo"_s);
        QCOMPARE(profiles.first().toObject().value(u"auth"_s).toString(), u"password"_s);

        const Run duplicate = run({u"profile"_s, u"add"_s, u"demo"_s, u"--region"_s,
                                   u"cn-north-4"_s, u"--user"_s, u"u"_s, u"--account"_s, u"a"_s});
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY(duplicate.err.contains("name"));

        const Run tested = run({u"profile"_s, u"test"_s, u"demo"_s}, password());
        QCOMPARE(tested.exitCode, 0);
        QVERIFY(tested.out.contains(m_sim->projectId(u"cn-north-4"_s).toUtf8()));

        // The project found at first use is kept for the next run.
        const Run shown = run({u"--json"_s, u"profile"_s, u"show"_s, u"demo"_s});
        QCOMPARE(shown.json().object().value(u"project_id"_s).toString(),
                 m_sim->projectId(u"cn-north-4"_s));

        QCOMPARE(run({u"profile"_s, u"remove"_s, u"demo"_s}).exitCode, 0);
        QCOMPARE(run({u"--json"_s, u"profile"_s, u"list"_s}).json().array().size(), 0);
    }

    void exportsAndImportsProfilesWithoutSecrets()
    {
        addDemoProfile();
        const QString file = m_home->filePath(u"team.json"_s);
        QCOMPARE(run({u"profile"_s, u"export"_s, file}).exitCode, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray json = exported.readAll();
        QVERIFY(json.contains("\"name\": \"demo\""));
        QVERIFY(!json.contains("demo-password"));

        const Run imported = run({u"--json"_s, u"profile"_s, u"import"_s, file});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().object().value(u"imported"_s).toInt(), 1);
        const QJsonArray profiles = run({u"--json"_s, u"profile"_s, u"list"_s}).json().array();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(1).toObject().value(u"name"_s).toString(), u"demo (2)"_s);
        QCOMPARE(run({u"profile"_s, u"import"_s, m_home->filePath(u"missing.json"_s)}).exitCode, 2);
    }

    void twoProcessesAddingAtOnceLoseNothing()
    {
        // Two scripts adding profiles side by side on the same settings.
        QList<QProcess*> processes;
        for (int i = 0; i < 12; ++i) {
            auto* process = new QProcess(this);
            process->setProcessEnvironment(environment());
            process->start(OmsSync::Test::CliProcess::executable(),
                           {u"profile"_s, u"add"_s, u"p%1"_s.arg(i), u"--region"_s, u"cn-north-4"_s,
                            u"--user"_s, u"u"_s, u"--account"_s, u"a"_s});
            processes.append(process);
        }
        for (QProcess* process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
        }
        qDeleteAll(processes);
        QCOMPARE(run({u"--json"_s, u"profile"_s, u"list"_s}).json().array().size(), 12);
    }

    void listsAndShowsTasks()
    {
        addDemoProfile();
        const Run listed = run({u"--json"_s, u"task"_s, u"list"_s}, password());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray tasks = listed.json().array();
        QVERIFY(tasks.size() >= 3);
        const QString id = tasks.first().toObject().value(u"sync_task_id"_s).toString();

        const Run shown = run({u"--json"_s, u"task"_s, u"show"_s, id}, password());
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().object().value(u"sync_task_id"_s).toString(), id);
        QVERIFY(shown.json().object().contains(u"monthly_size"_s));

        const Run text = run({u"task"_s, u"list"_s}, password());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(id.toUtf8()));
    }

    void startsSeveralTasksWithOneSignIn()
    {
        addDemoProfile();
        const QStringList paused = taskIds(u"STOPPED"_s);
        QVERIFY(paused.size() >= 2);
        m_sim->clearCounters();
        const Run started =
            run(QStringList {u"--json"_s, u"task"_s, u"start"_s} + paused, startKeys());
        QCOMPARE(started.exitCode, 0);
        const QJsonArray results = started.json().array();
        QCOMPARE(results.size(), paused.size());
        for (const QJsonValue& result : results) {
            QCOMPARE(result.toObject().value(u"result"_s).toString(), u"started"_s);
        }
        QCOMPARE(m_sim->counters().value(u"iam_token_requests"_s).toInt(), 1);
        QVERIFY(taskIds(u"STOPPED"_s).isEmpty() || taskIds(u"STOPPED"_s).size() < paused.size());
    }

    void exitCodesFollowTheInterface_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("envCase");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << u"password"_s << 2;
        QTest::newRow("option of another command")
            << QStringList {u"task"_s, u"list"_s, u"--remember"_s} << u"password"_s << 2;
        QTest::newRow("bad timeout")
            << QStringList {u"--timeout"_s, u"-1"_s, u"task"_s, u"list"_s} << u"password"_s << 2;
        QTest::newRow("dot dot id")
            << QStringList {u"task"_s, u"stop"_s, u".."_s} << u"password"_s << 2;
        QTest::newRow("partial start keys")
            << QStringList {u"task"_s, u"start"_s, u"x"_s} << u"partial keys"_s << 2;
        QTest::newRow("wrong password") << QStringList {u"task"_s, u"list"_s} << u"wrong"_s << 3;
        QTest::newRow("unknown task")
            << QStringList {u"task"_s, u"show"_s, u"no-such-task"_s} << u"password"_s << 4;
        QTest::newRow("secret only in a keychain that does not answer")
            << QStringList {u"task"_s, u"list"_s} << u"none"_s << 6;
        QTest::newRow("start keys only in a keychain that does not answer")
            << QStringList {u"task"_s, u"start"_s, u"x"_s} << u"password, keys remembered"_s << 6;
    }

    void exitCodesFollowTheInterface()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, envCase);
        QFETCH(int, exitCode);
        addDemoProfile();
        QHash<QString, QString> env;
        if (envCase == u"password") {
            env = password();
        } else if (envCase == u"wrong") {
            env = {{u"OMS_SYNC_PASSWORD"_s, u"wrong"_s}};
        } else if (envCase == u"partial keys") {
            env = password();
            env.insert(u"OMS_SYNC_SRC_AK"_s, u"only-one"_s);
        } else if (envCase == u"password, keys remembered") {
            env = password();
            // As an earlier `task start x --remember` with a keychain left it.
            OmsSync::ProfileStore store(
                m_home->filePath(u"config/OmsSyncDesk/oms-sync-desk.ini"_s));
            const auto profile = store.findByName(u"demo"_s);
            QVERIFY(profile);
            QVERIFY(!store.setTaskRemembered(profile->id, u"x"_s, true).isError());
        }
        m_sim->clearLog();
        const Run result = run(arguments, env);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(!result.err.isEmpty());
        if (exitCode == 2) {
            QVERIFY(m_sim->requestLog().isEmpty());
        }
    }

    void unreachableServiceIsExitFive()
    {
        addDemoProfile();
        QVERIFY(m_sim->stop());
        const Run result = run({u"--timeout"_s, u"2"_s, u"task"_s, u"list"_s}, password());
        QCOMPARE(result.exitCode, 5);
    }

    void jsonFailuresGoToStdout()
    {
        addDemoProfile();
        const Run result = run({u"--json"_s, u"task"_s, u"show"_s, u"no-such-task"_s}, password());
        QCOMPARE(result.exitCode, 4);
        const QJsonObject failure = result.json().object();
        QCOMPARE(failure.value(u"http_status"_s).toInt(), 404);
        QCOMPARE(failure.value(u"error_code"_s).toString(), u"OMS.1009"_s);
        QVERIFY(!failure.value(u"request_id"_s).toString().isEmpty());
    }

    void secretFromStdinWithoutKeychainSavesTheProfileOnly()
    {
        const QString endpoint = m_sim->baseUrl().toString();
        const Run added =
            run({u"profile"_s, u"add"_s, u"p"_s, u"--region"_s, u"cn-north-4"_s, u"--auth"_s,
                 u"aksk"_s, u"--ak"_s, QString::fromLatin1(SimulatorProcess::demoAccessKey),
                 u"--oms-endpoint"_s, endpoint, u"--iam-endpoint"_s, endpoint, u"--secret-stdin"_s},
                {}, QByteArray(SimulatorProcess::demoSecretKey) + '\n');
        QCOMPARE(added.exitCode, 6);
        QCOMPARE(run({u"--json"_s, u"profile"_s, u"list"_s}).json().array().size(), 1);
        // The SK from the environment signs in the same profile.
        const Run listed =
            run({u"task"_s, u"list"_s},
                {{u"OMS_SYNC_SK"_s, QString::fromLatin1(SimulatorProcess::demoSecretKey)}});
        QCOMPARE(listed.exitCode, 0);
    }

    void signsInWithAPastedToken()
    {
        // A token from IAM, as another tool would have fetched it.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + u"/v3/auth/tokens"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QJsonObject user {{u"name"_s, u"demo"_s},
                                {u"password"_s, u"demo-password"_s},
                                {u"domain"_s, QJsonObject {{u"name"_s, u"demo"_s}}}};
        const QJsonObject auth {
            {u"identity"_s,
             QJsonObject {{u"methods"_s, QJsonArray {u"password"_s}},
                          {u"password"_s, QJsonObject {{u"user"_s, user}}}}},
            {u"scope"_s, QJsonObject {{u"project"_s, QJsonObject {{u"name"_s, u"cn-north-4"_s}}}}}};
        QNetworkReply* reply = network.post(
            request, QJsonDocument(QJsonObject {{u"auth"_s, auth}}).toJson(QJsonDocument::Compact));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const QString token = QString::fromLatin1(reply->rawHeader("X-Subject-Token"));
        reply->deleteLater();
        QVERIFY(!token.isEmpty());

        const QString endpoint = m_sim->baseUrl().toString();
        QCOMPARE(run({u"profile"_s, u"add"_s, u"t"_s, u"--region"_s, u"cn-north-4"_s, u"--auth"_s,
                      u"token"_s, u"--oms-endpoint"_s, endpoint, u"--iam-endpoint"_s, endpoint})
                     .exitCode,
                 0);
        const Run listed = run({u"--json"_s, u"task"_s, u"list"_s}, {{u"OMS_SYNC_TOKEN"_s, token}});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.json().array().isEmpty());
        const Run refused = run({u"task"_s, u"list"_s}, {{u"OMS_SYNC_TOKEN"_s, u"not-a-token"_s}});
        QCOMPARE(refused.exitCode, 3);
    }

    void aLostStartAnswerIsCheckedNotResent_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("started, answer lost") << u"reset_after"_s << 0 << QByteArray("lost");
        QTest::newRow("not started") << u"reset_before"_s << 5 << QByteArray("safe to retry");
    }

    void aLostStartAnswerIsCheckedNotResent()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        addDemoProfile();
        const QStringList paused = taskIds(u"STOPPED"_s);
        QVERIFY(!paused.isEmpty());
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, fault},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks/*/start"_s},
                                        {u"count"_s, 1}});
        const Run started = run({u"task"_s, u"start"_s, paused.first()}, startKeys());
        QCOMPARE(started.exitCode, exitCode);
        const QByteArray said = started.out + started.err;
        QVERIFY2(said.contains(says), said.constData());
        int starts = 0;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            starts += entry.toObject().value(u"path"_s).toString().endsWith(u"/start"_s);
        }
        QCOMPARE(starts, 1);
    }

    void rememberWithoutKeychainStillStarts()
    {
        addDemoProfile();
        const QStringList paused = taskIds(u"STOPPED"_s);
        QVERIFY(!paused.isEmpty());
        const Run started =
            run({u"task"_s, u"start"_s, paused.first(), u"--remember"_s}, startKeys());
        QCOMPARE(started.exitCode, 0);
        QVERIFY(started.err.contains("not remembered"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
