// SPDX-License-Identifier: GPL-3.0-or-later
#include "AkSkAuthenticator.h"
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "SimulatorProcess.h"
#include "TokenAuthenticator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OmsSync;
using OmsSync::Test::SimulatorProcess;

Q_DECLARE_METATYPE(OmsSync::TaskActionJob::Outcome)

// OmsClient against a real oms-sim over loopback: every operation, every
// sign-in, paging, the retry and ambiguity rules, and what reaches the wire.
class TestOmsClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_dir;

    static CallPolicy fastPolicy()
    {
        CallPolicy policy;
        policy.timeout = 2s;
        policy.firstBackoff = 50ms;
        return policy;
    }

    std::unique_ptr<OmsClient>
    passwordClient(const QString& password = QString::fromLatin1(SimulatorProcess::demoPassword),
                   CallPolicy policy = fastPolicy())
    {
        OmsClient::Endpoints endpoints {m_sim->baseUrl(), m_sim->baseUrl(), u"cn-north-4"_s, {}};
        auto client = std::make_unique<OmsClient>(endpoints, policy);
        IamPasswordAuthenticator::Account account {
            m_sim->baseUrl(), u"demo"_s, u"demo"_s, u"cn-north-4"_s, {}};
        client->setAuthenticator(std::make_unique<IamPasswordAuthenticator>(
            client->transport(), account, password, policy));
        return client;
    }

    std::unique_ptr<OmsClient> akskClient(CallPolicy policy = fastPolicy())
    {
        OmsClient::Endpoints endpoints {m_sim->baseUrl(), m_sim->baseUrl(), u"cn-north-4"_s, {}};
        auto client = std::make_unique<OmsClient>(endpoints, policy);
        client->setAuthenticator(std::make_unique<AkSkAuthenticator>(
            QString::fromLatin1(SimulatorProcess::demoAccessKey),
            QString::fromLatin1(SimulatorProcess::demoSecretKey)));
        return client;
    }

    // Waits for a job and hands it to `inspect` while it is still alive.
    template<typename Job, typename Inspect>
    static bool await(Job* job, Inspect inspect, int timeoutMs = 15000)
    {
        bool done = false;
        QObject::connect(job, &OmsJob::finished, job, [&] {
            inspect(job);
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }

    QList<SyncTask> listAll(OmsClient& client, ApiError* error = nullptr)
    {
        QList<SyncTask> tasks;
        [&] {
            QVERIFY(await(client.listTasks(), [&](TaskListJob* job) {
                tasks = job->tasks();
                if (error) {
                    *error = job->error();
                }
            }));
        }();
        return tasks;
    }

    QString firstTaskIn(OmsClient& client, SyncTaskStatus status)
    {
        for (const SyncTask& task : listAll(client)) {
            if (task.status == status) {
                return task.id;
            }
        }
        return {};
    }

    static StartCredentials keys()
    {
        return {u"SRCAK0000000000000001"_s,
                u"src-secret"_s,
                u"DSTAK0000000000000001"_s,
                u"dst-secret"_s,
                {}};
    }

    QString writeConfig(const QByteArray& json)
    {
        const QString path =
            m_dir.filePath(u"config-%1.json"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(json);
        return path;
    }

    // The demo account with its password, holding the given projects.
    static QByteArray demoAccountConfig(const QJsonArray& projects, int maxTasksPerProject = 5)
    {
        const QJsonObject user {{u"name"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}};
        const QJsonObject account {
            {u"name"_s, u"demo"_s}, {u"users"_s, QJsonArray {user}}, {u"projects"_s, projects}};
        const QJsonObject config {{u"max_tasks_per_project"_s, maxTasksPerProject},
                                  {u"accounts"_s, QJsonArray {account}}};
        return QJsonDocument(config).toJson();
    }

    QJsonArray requestsTo(const QString& pathPart)
    {
        QJsonArray matching;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            if (entry.toObject().value(u"path"_s).toString().contains(pathPart)) {
                matching.append(entry);
            }
        }
        return matching;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
    }

    void cleanup()
    {
        QVERIFY(m_sim->stop());
        m_sim.reset();
    }

    // First of all: a later test may load TLS into this process, and a
    // loaded library stays.
    void aPlainHttpEndpointNeverLoadsTls()
    {
        const std::unique_ptr<OmsClient> clients[] = {passwordClient(), akskClient()};
        for (const std::unique_ptr<OmsClient>& client : clients) {
            ApiError error;
            QVERIFY(!listAll(*client, &error).isEmpty());
            QVERIFY2(!error.isError(), qPrintable(error.summary()));
        }
        // Qt's TLS backends are plugins: loaded, they appear in the
        // process's memory map, and OpenSSL with them (some megabytes).
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Network"));
        QVERIFY2(!mapped.contains("/plugins/tls/"), "a TLS backend was loaded for http");
    }

    void listsWithPasswordSignInAndFindsTheProject()
    {
        auto client = passwordClient();
        ApiError error;
        const QList<SyncTask> tasks = listAll(*client, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QVERIFY(tasks.size() >= 3);
        QCOMPARE(client->projectId(), m_sim->projectId(u"cn-north-4"_s));
        for (const SyncTask& task : tasks) {
            QVERIFY(!task.id.isEmpty());
            QVERIFY(task.status != SyncTaskStatus::Unknown);
        }
        QCOMPARE(m_sim->counters().value(u"iam_token_requests"_s).toInt(), 1);
    }

    void signsWithAkSkAndAsksIamForTheProject()
    {
        auto client = akskClient();
        ApiError error;
        const QList<SyncTask> tasks = listAll(*client, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QVERIFY(!tasks.isEmpty());
        QCOMPARE(client->projectId(), m_sim->projectId(u"cn-north-4"_s));
        QCOMPARE(requestsTo(u"/v3/projects"_s).size(), 1);
        for (const QJsonValue& entry : requestsTo(u"/sync-tasks"_s)) {
            QCOMPARE(entry.toObject().value(u"auth"_s).toString(), u"aksk"_s);
        }
    }

    void usesAPastedToken()
    {
        // A token issued by IAM to someone else's tool.
        auto signIn = passwordClient();
        QString token;
        auto* password = static_cast<IamPasswordAuthenticator*>(signIn->authenticator());
        connect(password, &IamPasswordAuthenticator::tokenIssued, this,
                [&token](const QString& issued) { token = issued; });
        listAll(*signIn);
        QVERIFY(!token.isEmpty());

        OmsClient::Endpoints endpoints {m_sim->baseUrl(), m_sim->baseUrl(), u"cn-north-4"_s,
                                        m_sim->projectId(u"cn-north-4"_s)};
        OmsClient client(endpoints, fastPolicy());
        client.setAuthenticator(std::make_unique<TokenAuthenticator>(token));
        ApiError error;
        QVERIFY(!listAll(client, &error).isEmpty());
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
    }

    void showsATaskWithThisMonthsFigures()
    {
        auto client = passwordClient();
        const QString id = firstTaskIn(*client, SyncTaskStatus::Synchronizing);
        QVERIFY(!id.isEmpty());
        QVERIFY(await(client->showTask(id), [&](TaskJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->task().id, id);
            QVERIFY(job->task().monthly.has_value());
            QVERIFY(job->task().monthly->requests > 0);
        }));
        const QJsonArray shows = requestsTo(u"/sync-tasks/"_s + id);
        QCOMPARE(shows.size(), 1);
        QVERIFY(shows.first().toObject().value(u"query"_s).toString().startsWith(u"query_time="_s));
    }

    void startsAndStopsATask()
    {
        auto client = passwordClient();
        const QString id = firstTaskIn(*client, SyncTaskStatus::Stopped);
        QVERIFY(!id.isEmpty());

        QVERIFY(await(client->startTask(id, keys()), [](TaskActionJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->outcome(), TaskActionJob::Outcome::Done);
        }));
        const QJsonObject start = requestsTo(u"/start"_s).last().toObject();
        QCOMPARE(start.value(u"method"_s).toString(), u"POST"_s);
        bool sawContentType = false;
        for (const QJsonValue& header : start.value(u"headers"_s).toArray()) {
            const QJsonArray pair = header.toArray();
            if (pair.at(0).toString().compare(u"content-type"_s, Qt::CaseInsensitive) == 0) {
                QCOMPARE(pair.at(1).toString(), u"application/json;charset=UTF-8"_s);
                sawContentType = true;
            }
        }
        QVERIFY(sawContentType);
        const QJsonObject body =
            QJsonDocument::fromJson(start.value(u"body"_s).toString().toUtf8()).object();
        QCOMPARE(body.keys(), (QStringList {u"dst_ak"_s, u"dst_sk"_s, u"src_ak"_s, u"src_sk"_s}));

        QVERIFY(await(client->showTask(id), [](TaskJob* job) {
            QCOMPARE(job->task().status, SyncTaskStatus::Synchronizing);
            QVERIFY(job->task().lastStartTime.isValid());
        }));
        QVERIFY(await(client->stopTask(id), [](TaskActionJob* job) {
            QCOMPARE(job->outcome(), TaskActionJob::Outcome::Done);
        }));
        // Stopping a stopped task is refused by OMS and reported as such.
        QVERIFY(await(client->stopTask(id), [](TaskActionJob* job) {
            QCOMPARE(job->outcome(), TaskActionJob::Outcome::NotDone);
            QCOMPARE(job->error().kind(), ApiError::Kind::Service);
            QVERIFY(job->error().errorCode().startsWith(u"OMS."_s));
            QVERIFY(!job->error().requestId().isEmpty());
        }));
    }

    void readsStatistics()
    {
        auto client = passwordClient();
        const QString id = firstTaskIn(*client, SyncTaskStatus::Synchronizing);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(await(client->statistics(id, now.addSecs(-24 * 3600), now,
                                         {StatisticType::Request, StatisticType::Success,
                                          StatisticType::Failure, StatisticType::Skip}),
                      [](StatisticsJob* job) {
                          QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
                          QCOMPARE(job->statistics().series.size(), 4);
                          QVERIFY(job->statistics().find(StatisticType::Success));
                          QVERIFY(
                              !job->statistics().find(StatisticType::Success)->points.isEmpty());
                      }));
    }

    void refusesBadInputWithoutSendingAnything_data()
    {
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<int>("keyField"); // -1: keys fine
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");

        QTest::newRow("empty id") << QString() << -1 << QString() << u"sync_task_id"_s;
        QTest::newRow("dot dot id") << u".."_s << -1 << QString() << u"sync_task_id"_s;
        QTest::newRow("id too long") << QString(256, u'x') << -1 << QString() << u"sync_task_id"_s;
        QTest::newRow("id with newline") << u"a\nb"_s << -1 << QString() << u"sync_task_id"_s;
        QTest::newRow("empty src_ak") << u"t"_s << 0 << QString() << u"src_ak"_s;
        QTest::newRow("src_sk 101") << u"t"_s << 1 << QString(101, u's') << u"src_sk"_s;
        QTest::newRow("dst_ak with CR LF") << u"t"_s << 2 << u"AK\r\nX: y"_s << u"dst_ak"_s;
        QTest::newRow("cdn key 256")
            << u"t"_s << 4 << QString(256, u'c') << u"source_cdn_authentication_key"_s;
    }

    void refusesBadInputWithoutSendingAnything()
    {
        QFETCH(QString, taskId);
        QFETCH(int, keyField);
        QFETCH(QString, value);
        QFETCH(QString, field);

        auto client = passwordClient();
        StartCredentials credentials = keys();
        QString* fields[] = {&credentials.sourceAk, &credentials.sourceSk,
                             &credentials.destinationAk, &credentials.destinationSk,
                             &credentials.cdnKey};
        if (keyField >= 0) {
            *fields[keyField] = value;
        }
        QVERIFY(await(client->startTask(taskId, credentials), [&](TaskActionJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::Validation);
            QCOMPARE(job->error().field(), field);
        }));
        QVERIFY(m_sim->requestLog().isEmpty());
    }

    void sendsAnIdAsOneEncodedSegment_data()
    {
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<QString>("wireSegment");
        QTest::newRow("slash") << u"a/b"_s << u"a%2Fb"_s;
        QTest::newRow("question mark") << u"what?x=1"_s << u"what%3Fx%3D1"_s;
        QTest::newRow("hash") << u"tag#one"_s << u"tag%23one"_s;
        QTest::newRow("percent") << u"100%"_s << u"100%25"_s;
        QTest::newRow("dots inside") << u"a..b"_s << u"a..b"_s;
        QTest::newRow("parent then name") << u"../stop"_s << u"..%2Fstop"_s;
        QTest::newRow("chinese") << u"任务"_s << u"%E4%BB%BB%E5%8A%A1"_s;
    }

    void sendsAnIdAsOneEncodedSegment()
    {
        QFETCH(QString, taskId);
        QFETCH(QString, wireSegment);
        auto client = passwordClient();
        QVERIFY(await(client->showTask(taskId), [](TaskJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::Service);
            QCOMPARE(job->error().errorCode(), u"OMS.1009"_s);
            QCOMPARE(job->error().httpStatus(), 404);
        }));
        const QJsonArray shows = requestsTo(u"/sync-tasks/"_s);
        QCOMPARE(shows.size(), 1);
        const QString path = shows.first().toObject().value(u"path"_s).toString();
        QVERIFY2(path.endsWith(u"/sync-tasks/"_s + wireSegment), qPrintable(path));
    }

    void pagesPastOneHundredTasks()
    {
        QVERIFY(m_sim->stop());
        QJsonObject project {{u"name"_s, u"cn-north-4"_s}, {u"synthetic_tasks"_s, 250}};
        const QString config = writeConfig(demoAccountConfig({project}, 300));
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->startWithConfig(config, {u"--log-requests"_s}),
                 qPrintable(m_sim->errorString()));
        auto client = passwordClient();
        int pages = 0;
        QList<SyncTask> tasks;
        QVERIFY(await(client->listTasks(), [&](TaskListJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            tasks = job->tasks();
            pages = job->pages();
        }));
        QCOMPARE(tasks.size(), 250);
        QCOMPARE(pages, 3);
        QSet<QString> ids;
        for (const SyncTask& task : tasks) {
            ids.insert(task.id);
        }
        QCOMPARE(ids.size(), 250);
    }

    void startsFiveTasksWithOneSignIn()
    {
        QVERIFY(m_sim->stop());
        QJsonArray tasks;
        for (int i = 1; i <= 5; ++i) {
            const QString n = QString::number(i);
            tasks.append(QJsonObject {{u"sync_task_id"_s, QString(u"task-"_s + n)},
                                      {u"status"_s, u"STOPPED"_s},
                                      {u"src_cloud_type"_s, u"AWS"_s},
                                      {u"src_bucket"_s, QString(u"b"_s + n)},
                                      {u"dst_bucket"_s, QString(u"d"_s + n)}});
        }
        QJsonObject project {{u"name"_s, u"cn-north-4"_s}, {u"tasks"_s, tasks}};
        const QString config = writeConfig(demoAccountConfig({project}));
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->startWithConfig(config), qPrintable(m_sim->errorString()));

        auto client = passwordClient();
        int finished = 0;
        for (int i = 1; i <= 5; ++i) {
            TaskActionJob* job = client->startTask(u"task-%1"_s.arg(i), keys());
            connect(job, &OmsJob::finished, this, [&finished, job] {
                QCOMPARE(job->outcome(), TaskActionJob::Outcome::Done);
                ++finished;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 15000);
        const QJsonObject counters = m_sim->counters();
        QCOMPARE(counters.value(u"iam_token_requests"_s).toInt(), 1);
        const int connections = counters.value(u"connections_opened"_s).toInt();
        // Qt opens up to six connections for parallel requests to one host.
        QVERIFY2(connections >= 1 && connections <= 6, qPrintable(QString::number(connections)));

        // Ten calls in a row reuse what is open.
        for (int i = 0; i < 10; ++i) {
            QVERIFY(await(client->showTask(u"task-1"_s),
                          [](TaskJob* job) { QVERIFY(!job->error().isError()); }));
        }
        QCOMPARE(m_sim->counters().value(u"connections_opened"_s).toInt(), connections);
    }

    void signsInAgainOnceWhenTheTokenExpires()
    {
        auto client = passwordClient();
        listAll(*client);
        QCOMPARE(m_sim->counters().value(u"iam_token_requests"_s).toInt(), 1);
        // The service's clock moves past the token's end; the client still
        // trusts it, gets a 401, signs in again once and succeeds.
        m_sim->shiftClock(25LL * 3600 * 1000);
        ApiError error;
        QVERIFY(!listAll(*client, &error).isEmpty());
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(m_sim->counters().value(u"iam_token_requests"_s).toInt(), 2);
    }

    void reportsTheSecond401()
    {
        auto client = passwordClient();
        listAll(*client);
        m_sim->injectFault(QJsonObject {
            {u"kind"_s, u"status"_s},
            {u"status"_s, 401},
            {u"method"_s, u"GET"_s},
            {u"path"_s, u"/v2/*/sync-tasks"_s},
            {u"count"_s, 2},
            {u"body"_s,
             QJsonObject {
                 {u"error_code"_s, u"APIGW.0301"_s},
                 {u"error_msg"_s,
                  u"Incorrect IAM authentication information: The token must be updated"_s}}}});
        ApiError error;
        listAll(*client, &error);
        QCOMPARE(error.kind(), ApiError::Kind::Authentication);
        QCOMPARE(error.errorCode(), u"APIGW.0301"_s);
        QCOMPARE(m_sim->counters().value(u"iam_token_requests"_s).toInt(), 2);
    }

    void retriesAReadAfterRetryAfter()
    {
        auto client = passwordClient();
        listAll(*client);
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"status"_s},
                                        {u"status"_s, 503},
                                        {u"method"_s, u"GET"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"retry_after"_s, 1},
                                        {u"count"_s, 1}});
        QElapsedTimer elapsed;
        elapsed.start();
        ApiError error;
        QVERIFY(!listAll(*client, &error).isEmpty());
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QVERIFY(elapsed.elapsed() >= 1000);
        QCOMPARE(requestsTo(u"/sync-tasks"_s).size(), 2);
    }

    void neverResendsAStart()
    {
        auto client = passwordClient();
        const QString id = firstTaskIn(*client, SyncTaskStatus::Stopped);
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {
            {u"kind"_s, u"status"_s},
            {u"status"_s, 503},
            {u"method"_s, u"POST"_s},
            {u"path"_s, u"/v2/*/sync-tasks/*/start"_s},
            {u"body"_s,
             QJsonObject {{u"error_code"_s, u"OMS.2004"_s}, {u"error_msg"_s, u"Busy"_s}}},
            {u"count"_s, 1}});
        QVERIFY(await(client->startTask(id, keys()), [](TaskActionJob* job) {
            QCOMPARE(job->outcome(), TaskActionJob::Outcome::NotDone);
            QCOMPARE(job->error().httpStatus(), 503);
            QCOMPARE(job->error().errorCode(), u"OMS.2004"_s);
        }));
        QCOMPARE(requestsTo(u"/start"_s).size(), 1);
    }

    void checksTheTaskWhenTheAnswerIsLost_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<TaskActionJob::Outcome>("outcome");
        QTest::addColumn<bool>("synchronizing");
        QTest::newRow("applied, then reset")
            << u"reset_after"_s << TaskActionJob::Outcome::DoneAnswerLost << true;
        QTest::newRow("reset before it was applied")
            << u"reset_before"_s << TaskActionJob::Outcome::NotDoneAnswerLost << false;
        QTest::newRow("no answer at all")
            << u"hang"_s << TaskActionJob::Outcome::NotDoneAnswerLost << false;
    }

    void checksTheTaskWhenTheAnswerIsLost()
    {
        QFETCH(QString, fault);
        QFETCH(TaskActionJob::Outcome, outcome);
        QFETCH(bool, synchronizing);

        CallPolicy policy = fastPolicy();
        policy.timeout = 500ms;
        auto client = passwordClient(QString::fromLatin1(SimulatorProcess::demoPassword), policy);
        const QString id = firstTaskIn(*client, SyncTaskStatus::Stopped);
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, fault},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks/*/start"_s},
                                        {u"count"_s, 1}});
        QVERIFY(await(client->startTask(id, keys()), [&](TaskActionJob* job) {
            QCOMPARE(job->outcome(), outcome);
            QCOMPARE(job->error().isError(), !synchronizing);
        }));
        QCOMPARE(requestsTo(u"/start"_s).size(), 1);
        QVERIFY(await(client->showTask(id), [&](TaskJob* job) {
            QCOMPARE(job->task().status == SyncTaskStatus::Synchronizing, synchronizing);
        }));
    }

    void timesOutAndRetriesAReadTwice()
    {
        CallPolicy policy = fastPolicy();
        policy.timeout = 300ms;
        auto client = passwordClient(QString::fromLatin1(SimulatorProcess::demoPassword), policy);
        listAll(*client);
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"hang"_s},
                                        {u"method"_s, u"GET"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"count"_s, -1}});
        QElapsedTimer elapsed;
        elapsed.start();
        ApiError error;
        listAll(*client, &error);
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(requestsTo(u"/sync-tasks"_s).size(), 3);
        // Each of the three attempts waited out its timeout.
        QVERIFY(elapsed.elapsed() >= 3 * 300);
    }

    void reportsBrokenReplies_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated json") << u"truncate"_s << u"JSON"_s;
        QTest::newRow("oversized body") << u"oversized"_s << u"MiB"_s;
    }

    void reportsBrokenReplies()
    {
        QFETCH(QString, fault);
        QFETCH(QString, messagePart);
        auto client = passwordClient();
        listAll(*client);
        m_sim->injectFault(QJsonObject {{u"kind"_s, fault},
                                        {u"method"_s, u"GET"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"count"_s, 1}});
        ApiError error;
        listAll(*client, &error);
        QCOMPARE(error.kind(), ApiError::Kind::MalformedReply);
        QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    }

    void wrongPasswordIsASignInError()
    {
        auto client = passwordClient(u"wrong"_s);
        ApiError error;
        listAll(*client, &error);
        QCOMPARE(error.kind(), ApiError::Kind::Authentication);
        QVERIFY(requestsTo(u"/sync-tasks"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOmsClient)
#include "TestOmsClient.moc"
