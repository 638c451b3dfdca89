// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "SimulatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::Test::SimulatorProcess;

// oms-sync task create | clone | delete | sync-objects as a script uses them:
// real processes against oms-sim, keys from the environment only, nothing
// sent when the input is wrong, and the documented exit codes.
class TestCliLifecycle : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;

    Run run(const QStringList& arguments, const QHash<QString, QString>& env = {},
            const QByteArray& input = {})
    {
        QProcessEnvironment environment =
            OmsSync::Test::CliProcess::privateEnvironment(m_home->path());
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        return OmsSync::Test::CliProcess(environment).run(arguments, env, input);
    }

    static QHash<QString, QString> password()
    {
        return {{u"OMS_SYNC_PASSWORD"_s, QString::fromLatin1(SimulatorProcess::demoPassword)}};
    }

    static QHash<QString, QString> keys()
    {
        QHash<QString, QString> env = password();
        env.insert(u"OMS_SYNC_SRC_AK"_s, u"SRCAK"_s);
        env.insert(u"OMS_SYNC_SRC_SK"_s, u"src-secret"_s);
        env.insert(u"OMS_SYNC_DST_AK"_s, u"DSTAK"_s);
        env.insert(u"OMS_SYNC_DST_SK"_s, u"dst-secret"_s);
        return env;
    }

    QJsonArray tasks()
    {
        return run({u"--json"_s, u"task"_s, u"list"_s}, password()).json().array();
    }

    QString firstTask(const QString& status)
    {
        for (const QJsonValue& task : tasks()) {
            if (task.toObject().value(u"status"_s).toString() == status) {
                return task.toObject().value(u"sync_task_id"_s).toString();
            }
        }
        return {};
    }

    QJsonObject shown(const QString& id)
    {
        return run({u"--json"_s, u"task"_s, u"show"_s, id}, password()).json().object();
    }

    int requests(const QString& method, const QString& pathEnd)
    {
        int count = 0;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            const QJsonObject object = entry.toObject();
            count += object.value(u"method"_s).toString() == method
                && object.value(u"path"_s).toString().endsWith(pathEnd);
        }
        return count;
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_home->filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
        const QString endpoint = m_sim->baseUrl().toString();
        QCOMPARE(run({u"profile"_s, u"add"_s, u"demo"_s, u"--region"_s, u"cn-north-4"_s,
                      u"--user"_s, u"demo"_s, u"--account"_s, u"demo"_s, u"--oms-endpoint"_s,
                      endpoint, u"--iam-endpoint"_s, endpoint})
                     .exitCode,
                 0);
    }

    void cleanup()
    {
        QVERIFY(m_sim->stop());
        m_sim.reset();
        m_home.reset();
    }

    void createsFromAFileAndOptions()
    {
        const QString file = writeFile(u"task.json"_s, R"({
            "src_cloud_type": "Tencent", "src_region": "ap-guangzhou",
            "src_bucket": "photos-1250000000", "dst_bucket": "photos-obs",
            "app_id": "1250000000", "description": "from a file",
            "dst_storage_policy": "STANDARD"})");
        const Run created = run({u"--json"_s, u"task"_s, u"create"_s, u"--from"_s, file,
                                 u"--storage-class"_s, u"IA"_s, u"--metadata"_s},
                                keys());
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject result = created.json().object();
        QCOMPARE(result.value(u"result"_s).toString(), u"created"_s);
        QCOMPARE(result.value(u"answer_lost"_s).toBool(true), false);
        const QString id = result.value(u"sync_task_id"_s).toString();
        const QJsonObject task = shown(id);
        QCOMPARE(task.value(u"src_cloud_type"_s).toString(), u"Tencent"_s);
        QCOMPARE(task.value(u"app_id"_s).toString(), u"1250000000"_s);
        QCOMPARE(task.value(u"dst_region"_s).toString(), u"cn-north-4"_s);
        // The option wins over the file.
        QCOMPARE(task.value(u"dst_storage_policy"_s).toString(), u"IA"_s);
        QCOMPARE(task.value(u"enable_metadata_migration"_s).toBool(), true);
        QCOMPARE(task.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        // Keys reach neither the output nor the arguments.
        QVERIFY(!QByteArray(created.out + created.err).contains("src-secret"));
    }

    void createsFromStandardInputWithACdn()
    {
        const QByteArray spec = R"({"src_cloud_type": "Qiniu", "src_region": "cn-east-1",
            "src_bucket": "media", "dst_bucket": "media-obs",
            "source_cdn": {"domain": "cdn.example.com", "protocol": "https",
                           "authentication_type": "QINIU_PRIVATE_AUTHENTICATION"}})";
        QHash<QString, QString> env = keys();
        env.insert(u"OMS_SYNC_CDN_KEY"_s, u"cdn-secret"_s);
        const Run created = run({u"task"_s, u"create"_s, u"--from"_s, u"-"_s}, env, spec);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString id = QString::fromUtf8(created.out.trimmed());
        QCOMPARE(shown(id).value(u"src_cloud_type"_s).toString(), u"Qiniu"_s);
    }

    void refusesBadInputBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("envCase");
        QTest::addColumn<QByteArray>("says");
        const QStringList base {u"task"_s,         u"create"_s, u"--src-region"_s, u"cn-hangzhou"_s,
                                u"--src-bucket"_s, u"a"_s,      u"--dst-bucket"_s, u"b"_s};
        QTest::newRow("bucket over 1024") << QStringList {u"task"_s,         u"create"_s,
                                                          u"--src-region"_s, u"cn-hangzhou"_s,
                                                          u"--src-bucket"_s, QString(1025, u'a'),
                                                          u"--dst-bucket"_s, u"b"_s}
                                          << u"keys"_s << QByteArray("src_bucket");
        QTest::newRow("no source bucket")
            << QStringList {u"task"_s, u"create"_s,       u"--src-region"_s,
                            u"r"_s,    u"--dst-bucket"_s, u"b"_s}
            << u"keys"_s << QByteArray("src_bucket");
        QTest::newRow("markup in the description")
            << base + QStringList {u"--description"_s, u"a & b"_s} << u"keys"_s
            << QByteArray("description");
        QTest::newRow("unknown cloud") << base + QStringList {u"--src-cloud"_s, u"Dropbox"_s}
                                       << u"keys"_s << QByteArray("src_cloud_type");
        QTest::newRow("Tencent without app id")
            << base + QStringList {u"--src-cloud"_s, u"Tencent"_s} << u"keys"_s
            << QByteArray("app_id");
        QTest::newRow("unknown storage class")
            << base + QStringList {u"--storage-class"_s, u"COLD"_s} << u"keys"_s
            << QByteArray("dst_storage_policy");
        QTest::newRow("another region than the profile's")
            << base + QStringList {u"--dst-region"_s, u"cn-east-3"_s} << u"keys"_s
            << QByteArray("dst_region");
        QTest::newRow("contradicting switches") << base + QStringList {u"--kms"_s, u"--no-kms"_s}
                                                << u"keys"_s << QByteArray("--kms and --no-kms");
        QTest::newRow("no keys") << base << u"password"_s << QByteArray("OMS_SYNC_SRC_AK");
        QTest::newRow("a key in the file")
            << QStringList {u"task"_s, u"create"_s, u"--from"_s, u"FILE"_s} << u"keys"_s
            << QByteArray("src_ak");
        QTest::newRow("a file that is not JSON")
            << QStringList {u"task"_s, u"create"_s, u"--from"_s, u"BROKEN"_s} << u"keys"_s
            << QByteArray("not a JSON object");
        QTest::newRow("delete without a terminal")
            << QStringList {u"task"_s, u"delete"_s, u"some-task"_s} << u"keys"_s
            << QByteArray("--yes");
        QTest::newRow("sync-objects without keys")
            << QStringList {u"task"_s, u"sync-objects"_s, u"some-task"_s} << u"keys"_s
            << QByteArray("--from-file");
        QTest::newRow("clone of a bad id")
            << QStringList {u"task"_s, u"clone"_s, u".."_s} << u"keys"_s << QByteArray("..");
    }

    void refusesBadInputBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, envCase);
        QFETCH(QByteArray, says);
        arguments.replaceInStrings(
            u"FILE"_s,
            writeFile(
                u"keyed.json"_s,
                R"({"src_region": "r", "src_bucket": "a", "dst_bucket": "b", "src_ak": "x"})"));
        arguments.replaceInStrings(u"BROKEN"_s, writeFile(u"broken.json"_s, "{\"src_region\":"));
        m_sim->clearLog();
        const Run refused = run(arguments, envCase == u"keys"_s ? keys() : password());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), refused.err.constData());
        QCOMPARE(m_sim->requestLog().size(), 0);
    }

    void refusesASixthTaskBeforeSending()
    {
        const QStringList create {
            u"task"_s,         u"create"_s, u"--src-region"_s, u"cn-hangzhou"_s,
            u"--src-bucket"_s, u"fifth"_s,  u"--dst-bucket"_s, u"b"_s};
        while (tasks().size() < 5) {
            QCOMPARE(run(create, keys()).exitCode, 0);
        }
        m_sim->clearLog();
        const Run refused = run(create, keys());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("at most 5"), refused.err.constData());
        QVERIFY(refused.err.contains("task delete"));
        QCOMPARE(requests(u"POST"_s, u"/sync-tasks"_s), 0);
    }

    void clonesWithAChangedStorageClass()
    {
        const QString original = firstTask(u"STOPPED"_s);
        const QJsonObject before = shown(original);
        const Run cloned =
            run({u"task"_s, u"clone"_s, original, u"--storage-class"_s, u"ARCHIVE"_s}, keys());
        QVERIFY2(cloned.exitCode == 0, cloned.err.constData());
        const QJsonObject copy = shown(QString::fromUtf8(cloned.out.trimmed()));
        for (const QString& field : {u"src_cloud_type"_s, u"src_region"_s, u"src_bucket"_s,
                                     u"dst_bucket"_s, u"dst_region"_s, u"description"_s}) {
            QCOMPARE(copy.value(field), before.value(field));
        }
        QCOMPARE(copy.value(u"dst_storage_policy"_s).toString(), u"ARCHIVE"_s);
        QVERIFY(copy.value(u"sync_task_id"_s) != before.value(u"sync_task_id"_s));

        // Without keys in the environment, only remembered ones would do.
        const QString other = firstTask(u"STOPPED"_s);
        m_sim->clearLog();
        const Run keyless = run({u"task"_s, u"clone"_s, other}, password());
        QCOMPARE(keyless.exitCode, 2);
        QVERIFY(keyless.err.contains("No keys are remembered"));
        QCOMPARE(requests(u"POST"_s, u"/sync-tasks"_s), 0);
    }

    void deletesPausedTasksOnly()
    {
        const QString paused = firstTask(u"STOPPED"_s);
        const QString running = firstTask(u"SYNCHRONIZING"_s);
        const Run deleted =
            run({u"--json"_s, u"task"_s, u"delete"_s, u"--yes"_s, paused, running}, password());
        QCOMPARE(deleted.exitCode, 4);
        const QJsonArray results = deleted.json().array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject().value(u"result"_s).toString(), u"deleted"_s);
        QCOMPARE(results[1].toObject().value(u"result"_s).toString(), u"not_deleted"_s);
        QVERIFY(results[1].toObject().value(u"error_msg"_s).toString().contains(u"stop it"_s));
        QStringList left;
        for (const QJsonValue& task : tasks()) {
            left.append(task.toObject().value(u"sync_task_id"_s).toString());
        }
        QVERIFY(!left.contains(paused));
        QVERIFY(left.contains(running));
    }

    void aLostCreateAnswerIsReconciled_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("created, answer lost") << u"reset_after"_s << 0 << QByteArray("was created");
        QTest::newRow("not created") << u"reset_before"_s << 4 << QByteArray("safe to retry");
    }

    void aLostCreateAnswerIsReconciled()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const qsizetype before = tasks().size();
        m_sim->clearLog();
        m_sim->injectFault(QJsonObject {{u"kind"_s, fault},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"count"_s, 1}});
        const Run created = run({u"task"_s, u"create"_s, u"--src-region"_s, u"cn-hangzhou"_s,
                                 u"--src-bucket"_s, u"lost"_s, u"--dst-bucket"_s, u"b"_s},
                                keys());
        QCOMPARE(created.exitCode, exitCode);
        QVERIFY2(created.err.contains(says), created.err.constData());
        QCOMPARE(requests(u"POST"_s, u"/sync-tasks"_s), 1);
        QCOMPARE(tasks().size(), before + (exitCode == 0 ? 1 : 0));
        if (exitCode == 0) {
            QCOMPARE(shown(QString::fromUtf8(created.out.trimmed())).value(u"src_bucket"_s),
                     QJsonValue(u"lost"_s));
        }
    }

    void syncsObjectsFromArgumentsAndAFile()
    {
        const QString id = firstTask(u"SYNCHRONIZING"_s);
        QByteArray lines;
        for (int i = 0; i < 12; ++i) {
            lines += "logs/day " + QByteArray::number(i) + ".txt\r\n";
        }
        lines += "\n";
        const Run synced = run({u"--json"_s, u"task"_s, u"sync-objects"_s, id, u"a/b+c.txt"_s,
                                u"--from-file"_s, u"-"_s},
                               password(), lines);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const QJsonArray calls = synced.json().array();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].toObject().value(u"keys"_s).toArray().size(), 10);
        QCOMPARE(calls[1].toObject().value(u"keys"_s).toArray().size(), 3);
        QCOMPARE(calls[0].toObject().value(u"keys"_s).toArray().first().toString(), u"a/b+c.txt"_s);
        QCOMPARE(calls[1].toObject().value(u"result"_s).toString(), u"requested"_s);
        QCOMPARE(requests(u"POST"_s, u"/events"_s), 2);

        const Run unknown =
            run({u"task"_s, u"sync-objects"_s, u"no-such-task"_s, u"k"_s}, password());
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY(unknown.err.contains("keys 1 to 1"));
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "TestCliLifecycle.moc"
