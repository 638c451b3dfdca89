// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OmsSync;
using OmsSync::Test::SimulatorProcess;

Q_DECLARE_METATYPE(OmsSync::TaskCreateJob::Outcome)
Q_DECLARE_METATYPE(OmsSync::TaskActionJob::Outcome)

// A task's whole life through OmsClient against a real oms-sim: create
// (checked, within the quota, never sent twice, a lost answer reconciled),
// delete (never sent twice either) and syncing chosen objects ten keys a call.
class TestTaskLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorProcess> m_sim;

    std::unique_ptr<OmsClient> client(std::chrono::milliseconds timeout = 2s)
    {
        CallPolicy policy;
        policy.timeout = timeout;
        policy.firstBackoff = 50ms;
        OmsClient::Endpoints endpoints {m_sim->baseUrl(), m_sim->baseUrl(), u"cn-north-4"_s, {}};
        auto client = std::make_unique<OmsClient>(endpoints, policy);
        IamPasswordAuthenticator::Account account {
            m_sim->baseUrl(), u"demo"_s, u"demo"_s, u"cn-north-4"_s, {}};
        client->setAuthenticator(std::make_unique<IamPasswordAuthenticator>(
            client->transport(), account, QString::fromLatin1(SimulatorProcess::demoPassword),
            policy));
        return client;
    }

    template<typename Job, typename Inspect>
    static bool await(Job* job, Inspect inspect, int timeoutMs = 20000)
    {
        bool done = false;
        QObject::connect(job, &OmsJob::finished, job, [&] {
            inspect(job);
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }

    QList<SyncTask> listAll(OmsClient& client)
    {
        QList<SyncTask> tasks;
        [&] {
            QVERIFY(await(client.listTasks(), [&](TaskListJob* job) {
                QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
                tasks = job->tasks();
            }));
        }();
        return tasks;
    }

    QString firstTask(OmsClient& client, SyncTaskStatus status)
    {
        for (const SyncTask& task : listAll(client)) {
            if (task.status == status) {
                return task.id;
            }
        }
        return {};
    }

    int requestsTo(const QString& method, const QString& pathEnd)
    {
        int count = 0;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            const QJsonObject object = entry.toObject();
            count += object.value(u"method"_s).toString() == method
                && object.value(u"path"_s).toString().endsWith(pathEnd);
        }
        return count;
    }

    int creates() { return requestsTo(u"POST"_s, u"/sync-tasks"_s); }

    static SyncTaskSpec spec()
    {
        SyncTaskSpec spec;
        spec.sourceCloud = u"Aliyun"_s;
        spec.sourceRegion = u"cn-hangzhou"_s;
        spec.sourceBucket = u"lifecycle-source"_s;
        spec.destinationRegion = u"cn-north-4"_s;
        spec.destinationBucket = u"lifecycle-destination"_s;
        spec.description = u"made by a test"_s;
        spec.storageClass = u"IA"_s;
        return spec;
    }

    static StartCredentials keys()
    {
        return {u"SRCAK0000000000000001"_s,
                u"src-secret"_s,
                u"DSTAK0000000000000001"_s,
                u"dst-secret"_s,
                {}};
    }

    QJsonObject simTask(const QString& id)
    {
        for (const QJsonValue& project : m_sim->state().value(u"projects"_s).toArray()) {
            for (const QJsonValue& task : project.toObject().value(u"tasks"_s).toArray()) {
                if (task.toObject().value(u"sync_task_id"_s).toString() == id) {
                    return task.toObject();
                }
            }
        }
        return {};
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

    void createsATaskThatStartsAtOnce()
    {
        auto oms = client();
        const int before = int(listAll(*oms).size());
        QString id;
        QVERIFY(await(oms->createTask(spec(), keys()), [&](TaskCreateJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->outcome(), TaskCreateJob::Outcome::Created);
            QCOMPARE(job->tasksBefore(), before);
            id = job->taskId();
        }));
        QVERIFY(!id.isEmpty());
        QCOMPARE(creates(), 1);
        QVERIFY(await(oms->showTask(id), [&](TaskJob* job) {
            const SyncTask& task = job->task();
            QCOMPARE(task.status, SyncTaskStatus::Synchronizing);
            QCOMPARE(task.srcCloudType, u"Aliyun"_s);
            QCOMPARE(task.srcBucket, u"lifecycle-source"_s);
            QCOMPARE(task.dstBucket, u"lifecycle-destination"_s);
            QCOMPARE(task.dstStoragePolicy, u"IA"_s);
            QCOMPARE(task.description, u"made by a test"_s);
        }));
    }

    void refusesBadFieldsBeforeSending_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("what");
        QTest::newRow("src_bucket too long") << u"src_bucket"_s << 0;
        QTest::newRow("description with markup") << u"description"_s << 1;
        QTest::newRow("Tencent without app_id") << u"app_id"_s << 2;
        QTest::newRow("a key too long") << u"src_ak"_s << 3;
        QTest::newRow("no destination key") << u"dst_sk"_s << 4;
    }

    void refusesBadFieldsBeforeSending()
    {
        QFETCH(QString, field);
        QFETCH(int, what);
        SyncTaskSpec bad = spec();
        StartCredentials badKeys = keys();
        switch (what) {
        case 0:
            bad.sourceBucket = QString(SyncTaskSpec::maxBucketLength + 1, u'b');
            break;
        case 1:
            bad.description = u"<b>"_s;
            break;
        case 2:
            bad.sourceCloud = u"Tencent"_s;
            break;
        case 3:
            badKeys.sourceAk = QString(StartCredentials::maxKeyLength + 1, u'A');
            break;
        case 4:
            badKeys.destinationSk.clear();
            break;
        }
        auto oms = client();
        m_sim->clearLog();
        QVERIFY(await(oms->createTask(bad, badKeys), [&](TaskCreateJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::Validation);
            QCOMPARE(job->error().field(), field);
            QCOMPARE(job->outcome(), TaskCreateJob::Outcome::NotCreated);
        }));
        QCOMPARE(m_sim->requestLog().size(), 0);
    }

    void refusesASixthTaskBeforeSending()
    {
        auto oms = client();
        while (listAll(*oms).size() < TaskCreateJob::maxTasks) {
            SyncTaskSpec filler = spec();
            filler.sourceBucket = u"filler-%1"_s.arg(listAll(*oms).size());
            QVERIFY(await(oms->createTask(filler, keys()), [](TaskCreateJob* job) {
                QCOMPARE(job->outcome(), TaskCreateJob::Outcome::Created);
            }));
        }
        m_sim->clearLog();
        QVERIFY(await(oms->createTask(spec(), keys()), [&](TaskCreateJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::Validation);
            QCOMPARE(job->error().field(), u"sync_tasks"_s);
            QVERIFY(job->error().message().contains(u"5"_s));
        }));
        QCOMPARE(creates(), 0);
        QCOMPARE(listAll(*oms).size(), TaskCreateJob::maxTasks);
    }

    void reconcilesALostAnswer_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<TaskCreateJob::Outcome>("outcome");
        QTest::newRow("created, then reset")
            << u"reset_after"_s << TaskCreateJob::Outcome::CreatedAnswerLost;
        QTest::newRow("reset before it was applied")
            << u"reset_before"_s << TaskCreateJob::Outcome::NotCreatedAnswerLost;
        QTest::newRow("no answer at all")
            << u"hang"_s << TaskCreateJob::Outcome::NotCreatedAnswerLost;
        QTest::newRow("a yes without an id")
            << u"empty_answer"_s << TaskCreateJob::Outcome::NotCreatedAnswerLost;
    }

    void reconcilesALostAnswer()
    {
        QFETCH(QString, fault);
        QFETCH(TaskCreateJob::Outcome, outcome);
        auto oms = client(500ms);
        const QList<SyncTask> before = listAll(*oms);
        m_sim->clearLog();
        QJsonObject injected {{u"kind"_s, fault},
                              {u"method"_s, u"POST"_s},
                              {u"path"_s, u"/v2/*/sync-tasks"_s},
                              {u"count"_s, 1}};
        if (fault == u"empty_answer"_s) {
            // What a proxy that mangles answers might leave: a 200 with no id. The
            // simulator made no task, and only the list can tell the client so.
            injected.insert(u"kind"_s, u"status"_s);
            injected.insert(u"status"_s, 200);
            injected.insert(u"body"_s, u"{}"_s);
        }
        m_sim->injectFault(injected);
        QString id;
        QVERIFY(await(oms->createTask(spec(), keys()), [&](TaskCreateJob* job) {
            QCOMPARE(job->outcome(), outcome);
            id = job->taskId();
            QCOMPARE(job->error().isError(), outcome != TaskCreateJob::Outcome::CreatedAnswerLost);
        }));
        QCOMPARE(creates(), 1);
        const QList<SyncTask> after = listAll(*oms);
        if (outcome == TaskCreateJob::Outcome::CreatedAnswerLost) {
            QCOMPARE(after.size(), before.size() + 1);
            QVERIFY(std::any_of(after.begin(), after.end(),
                                [&](const SyncTask& task) { return task.id == id; }));
        } else {
            QVERIFY(id.isEmpty());
            QCOMPARE(after.size(), before.size());
        }
    }

    void aLostAnswerAndNoListIsUnknown()
    {
        auto oms = client(500ms);
        listAll(*oms);
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"hang"_s},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"count"_s, 1}});
        bool done = false;
        TaskCreateJob* job = oms->createTask(spec(), keys());
        connect(job, &OmsJob::finished, this, [&] {
            QCOMPARE(job->outcome(), TaskCreateJob::Outcome::Unknown);
            QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
            QVERIFY(job->taskId().isEmpty());
            done = true;
        });
        // Once the create is on its way, the list that would reconcile it fails.
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 1, 5000);
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"status"_s},
                                        {u"status"_s, 500},
                                        {u"method"_s, u"GET"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"count"_s, -1}});
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QCOMPARE(creates(), 1);
    }

    void deletesAPausedTaskOnly()
    {
        auto oms = client();
        const QString paused = firstTask(*oms, SyncTaskStatus::Stopped);
        const QString running = firstTask(*oms, SyncTaskStatus::Synchronizing);
        QVERIFY(!paused.isEmpty() && !running.isEmpty());
        QVERIFY(await(oms->deleteTask(running), [](TaskActionJob* job) {
            QCOMPARE(job->outcome(), TaskActionJob::Outcome::NotDone);
            QCOMPARE(job->error().kind(), ApiError::Kind::Service);
            QCOMPARE(job->error().httpStatus(), 400);
        }));
        QVERIFY(await(oms->deleteTask(paused), [](TaskActionJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->outcome(), TaskActionJob::Outcome::Done);
        }));
        const QList<SyncTask> left = listAll(*oms);
        QVERIFY(std::none_of(left.begin(), left.end(),
                             [&](const SyncTask& task) { return task.id == paused; }));
        QVERIFY(std::any_of(left.begin(), left.end(),
                            [&](const SyncTask& task) { return task.id == running; }));
    }

    void checksTheListWhenADeleteAnswerIsLost_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<TaskActionJob::Outcome>("outcome");
        QTest::newRow("deleted, then reset")
            << u"reset_after"_s << TaskActionJob::Outcome::DoneAnswerLost;
        QTest::newRow("reset before it was applied")
            << u"reset_before"_s << TaskActionJob::Outcome::NotDoneAnswerLost;
    }

    void checksTheListWhenADeleteAnswerIsLost()
    {
        QFETCH(QString, fault);
        QFETCH(TaskActionJob::Outcome, outcome);
        auto oms = client(500ms);
        const QString paused = firstTask(*oms, SyncTaskStatus::Stopped);
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, fault},
                                        {u"method"_s, u"DELETE"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks/*"_s},
                                        {u"count"_s, 1}});
        QVERIFY(await(oms->deleteTask(paused), [&](TaskActionJob* job) {
            QCOMPARE(job->outcome(), outcome);
            QCOMPARE(job->error().isError(), outcome != TaskActionJob::Outcome::DoneAnswerLost);
        }));
        QCOMPARE(requestsTo(u"DELETE"_s, paused), 1);
        QCOMPARE(simTask(paused).isEmpty(), outcome == TaskActionJob::Outcome::DoneAnswerLost);
    }

    void syncsObjectsTenKeysACall()
    {
        auto oms = client();
        const QString id = firstTask(*oms, SyncTaskStatus::Synchronizing);
        QStringList keys;
        for (int i = 0; i < 23; ++i) {
            keys.append(u"photos/2026/%1 #%2.jpg"_s.arg(i).arg(i % 3));
        }
        keys.append(u"a+b/c%d?e"_s);
        m_sim->clearLog();
        QList<int> reported;
        SyncEventsJob* job = oms->syncObjects(id, keys);
        connect(job, &SyncEventsJob::batchFinished, this,
                [&](int index) { reported.append(index); });
        QVERIFY(await(job, [&](SyncEventsJob* finished) {
            QVERIFY2(!finished->error().isError(), qPrintable(finished->error().summary()));
            QCOMPARE(finished->batches().size(), 3);
            QCOMPARE(finished->failedCalls(), 0);
        }));
        QCOMPARE(reported, (QList<int> {0, 1, 2}));
        QCOMPARE(requestsTo(u"POST"_s, u"/events"_s), 3);
        // OMS decodes what was sent URL-encoded: the keys arrive as they were typed.
        const QJsonArray events = simTask(id).value(u"_sync_events"_s).toArray();
        QCOMPARE(events.size(), 3);
        QStringList received;
        for (const QJsonValue& call : events) {
            QVERIFY(call.toArray().size() <= SyncEventsJob::keysPerCall);
            for (const QJsonValue& key : call.toArray()) {
                received.append(key.toString());
            }
        }
        QCOMPARE(received, keys);
    }

    void aRefusedCallLeavesTheOthers()
    {
        auto oms = client();
        const QString id = firstTask(*oms, SyncTaskStatus::Synchronizing);
        QStringList keys;
        for (int i = 0; i < 15; ++i) {
            keys.append(u"k%1"_s.arg(i));
        }
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"status"_s},
                                        {u"status"_s, 400},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks/*/events"_s},
                                        {u"count"_s, 1}});
        QVERIFY(await(oms->syncObjects(id, keys), [&](SyncEventsJob* job) {
            QCOMPARE(job->failedCalls(), 1);
            QCOMPARE(job->batches()[0].error.httpStatus(), 400);
            QVERIFY(job->batches()[1].sent);
            QVERIFY(!job->batches()[1].error.isError());
            QCOMPARE(job->error().httpStatus(), 400);
        }));
        QCOMPARE(simTask(id).value(u"_sync_events"_s).toArray().size(), 1);
    }

    void aServerFailureStopsTheRest()
    {
        auto oms = client();
        const QString id = firstTask(*oms, SyncTaskStatus::Synchronizing);
        QStringList keys;
        for (int i = 0; i < 25; ++i) {
            keys.append(u"k%1"_s.arg(i));
        }
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"status"_s},
                                        {u"status"_s, 503},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks/*/events"_s},
                                        {u"count"_s, -1}});
        QVERIFY(await(oms->syncObjects(id, keys), [&](SyncEventsJob* job) {
            QCOMPARE(job->failedCalls(), 3);
            QVERIFY(job->batches()[0].sent);
            QVERIFY(!job->batches()[1].sent);
            QVERIFY(!job->batches()[2].sent);
            QVERIFY(job->batches()[2].error.message().contains(u"Not sent"_s));
        }));
        // Retried as a read (an event twice does no harm), then given up: no other call.
        QVERIFY(requestsTo(u"POST"_s, u"/events"_s) > 1);
        QVERIFY(simTask(id).value(u"_sync_events"_s).toArray().isEmpty());
    }

    void refusesBadKeysBeforeSending_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("field");
        QTest::newRow("none") << QStringList() << u"object_keys"_s;
        QTest::newRow("an empty one") << QStringList {u"a"_s, QString()} << u"object_keys[1]"_s;
        QTest::newRow("too long encoded")
            << QStringList {QString(SyncEventsJob::maxEncodedKeyLength / 3 + 1, u'/')}
            << u"object_keys[0]"_s;
    }

    void refusesBadKeysBeforeSending()
    {
        QFETCH(QStringList, keys);
        QFETCH(QString, field);
        auto oms = client();
        m_sim->clearLog();
        QVERIFY(await(oms->syncObjects(u"any-task"_s, keys), [&](SyncEventsJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::Validation);
            QCOMPARE(job->error().field(), field);
        }));
        QCOMPARE(m_sim->requestLog().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskLifecycle)
#include "TestTaskLifecycle.moc"
