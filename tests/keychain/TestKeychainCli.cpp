// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockingSecrets.h"
#include "CliProcess.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using OmsSync::Test::BlockingSecrets;
using OmsSync::Test::SimulatorProcess;

// oms-sync with a real keychain (this test runs inside
// tests/fixtures/with-keyring.sh), and a leak scan: canary secrets go through
// every path, and afterwards no file, output or argument holds one.
class TestKeychainCli : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    static constexpr char canaryPassword[] = "CANARY-password-7f3a";
    static constexpr char canarySrcAk[] = "CANARY-srcak-11";
    static constexpr char canarySrcSk[] = "CANARY-srcsk-22";
    static constexpr char canaryDstAk[] = "CANARY-dstak-33";
    static constexpr char canaryDstSk[] = "CANARY-dstsk-44";
    static constexpr char canaryWrongSk[] = "CANARY-wrong-55";

    SimulatorProcess m_sim;
    QTemporaryDir m_tmp; // TMPDIR of every child
    QTemporaryDir m_work;
    OmsSync::Test::CliProcess m_cli;

    static QList<QByteArray> canaries()
    {
        return {canaryPassword, canarySrcAk, canarySrcSk, canaryDstAk, canaryDstSk, canaryWrongSk};
    }

    QString settingsFile() const
    {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/OmsSyncDesk/oms-sync-desk.ini"_s;
    }

    Run run(const QStringList& arguments, const QHash<QString, QString>& env = {},
            const QByteArray& input = {})
    {
        QHash<QString, QString> withTmp = env;
        withTmp.insert(u"TMPDIR"_s, m_tmp.path());
        return m_cli.run(arguments, withTmp, input);
    }

    static QHash<QString, QString> startKeys(const char* srcSk = canarySrcSk)
    {
        return {{u"OMS_SYNC_SRC_AK"_s, QString::fromLatin1(canarySrcAk)},
                {u"OMS_SYNC_SRC_SK"_s, QString::fromLatin1(srcSk)},
                {u"OMS_SYNC_DST_AK"_s, QString::fromLatin1(canaryDstAk)},
                {u"OMS_SYNC_DST_SK"_s, QString::fromLatin1(canaryDstSk)}};
    }

    QString writeConfig()
    {
        QJsonArray tasks;
        for (const QString& id : {u"t-1"_s, u"t-2"_s}) {
            tasks.append(
                QJsonObject {{u"sync_task_id"_s, id},
                             {u"status"_s, u"STOPPED"_s},
                             {u"src_cloud_type"_s, u"Aliyun"_s},
                             {u"src_bucket"_s, u"source"_s},
                             {u"dst_bucket"_s, u"destination"_s},
                             {u"expected_start_keys"_s,
                              QJsonObject {{u"src_ak"_s, QString::fromLatin1(canarySrcAk)},
                                           {u"src_sk"_s, QString::fromLatin1(canarySrcSk)},
                                           {u"dst_ak"_s, QString::fromLatin1(canaryDstAk)},
                                           {u"dst_sk"_s, QString::fromLatin1(canaryDstSk)}}}});
        }
        const QJsonObject account {
            {u"name"_s, u"acme"_s},
            {u"users"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"ops"_s},
                                      {u"password"_s, QString::fromLatin1(canaryPassword)}}}},
            {u"projects"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"cn-north-4"_s}, {u"tasks"_s, tasks}}}}};
        const QString path = m_work.filePath(u"sim.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(QJsonDocument(QJsonObject {{u"accounts"_s, QJsonArray {account}}}).toJson());
        return path;
    }

    QString statusOf(const QString& id)
    {
        const QJsonArray projects = m_sim.state().value(u"projects"_s).toArray();
        for (const QJsonValue& project : projects) {
            for (const QJsonValue& task : project.toObject().value(u"tasks"_s).toArray()) {
                if (task.toObject().value(u"sync_task_id"_s).toString() == id) {
                    return task.toObject().value(u"status"_s).toString();
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run this test inside tests/fixtures/with-keyring.sh");
        QVERIFY(m_sim.startWithConfig(writeConfig(), {u"--log-requests"_s}));
    }

    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void keepsTheProfileSecretInTheKeychain()
    {
        const QString endpoint = m_sim.baseUrl().toString();
        const Run added =
            run({u"profile"_s, u"add"_s, u"acme"_s, u"--region"_s, u"cn-north-4"_s, u"--user"_s,
                 u"ops"_s, u"--account"_s, u"acme"_s, u"--oms-endpoint"_s, endpoint,
                 u"--iam-endpoint"_s, endpoint, u"--secret-stdin"_s},
                {}, QByteArray(canaryPassword) + '\n');
        QCOMPARE(added.exitCode, 0);

        m_sim.clearCounters();
        QCOMPARE(run({u"task"_s, u"list"_s}).exitCode, 0);
        // A second process reuses the token the first one cached.
        QCOMPARE(run({u"--verbose"_s, u"task"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(m_sim.counters().value(u"iam_token_requests"_s).toInt(), 1);
    }

    void remembersStartKeysPerTask()
    {
        const Run first = run({u"task"_s, u"start"_s, u"t-1"_s, u"--remember"_s}, startKeys());
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(statusOf(u"t-1"_s), u"SYNCHRONIZING"_s);
        const auto profile = ProfileStore(settingsFile()).findByName(u"acme"_s);
        QVERIFY(profile.has_value());
        QCOMPARE(ProfileStore(settingsFile()).rememberedTasks(profile->id), QStringList {u"t-1"_s});

        QCOMPARE(run({u"task"_s, u"stop"_s, u"t-1"_s}).exitCode, 0);
        QCOMPARE(statusOf(u"t-1"_s), u"STOPPED"_s);
        // No keys in the environment: the keychain has them.
        const Run second = run({u"--verbose"_s, u"task"_s, u"start"_s, u"t-1"_s});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(statusOf(u"t-1"_s), u"SYNCHRONIZING"_s);
        // A task without remembered keys says what to do.
        const Run none = run({u"task"_s, u"start"_s, u"t-2"_s});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("OMS_SYNC_SRC_AK"));
    }

    void startingWithoutRememberForgetsTheKeysRememberedBefore()
    {
        const auto profile = ProfileStore(settingsFile()).findByName(u"acme"_s);
        QVERIFY(profile.has_value());
        SecretStore store;
        BlockingSecrets secrets(store);
        const QString key = SecretStore::startKeysKey(profile->id, u"t-1"_s);
        QCOMPARE(secrets.read(key).status, SecretStore::Status::Ok);

        // Keys from the environment without --remember: those remembered
        // before are not the ones the task now runs with.
        QCOMPARE(run({u"task"_s, u"stop"_s, u"t-1"_s}).exitCode, 0);
        const Run started = run({u"task"_s, u"start"_s, u"t-1"_s}, startKeys());
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(statusOf(u"t-1"_s), u"SYNCHRONIZING"_s);
        QCOMPARE(secrets.read(key).status, SecretStore::Status::NotFound);
        QVERIFY(ProfileStore(settingsFile()).rememberedTasks(profile->id).isEmpty());
        QCOMPARE(run({u"task"_s, u"stop"_s, u"t-1"_s}).exitCode, 0);
        QCOMPARE(run({u"task"_s, u"start"_s, u"t-1"_s}).exitCode, 2);

        // Remembered again, for the removal below to find.
        QCOMPARE(run({u"task"_s, u"start"_s, u"t-1"_s, u"--remember"_s}, startKeys()).exitCode, 0);
        QCOMPARE(secrets.read(key).status, SecretStore::Status::Ok);
        QCOMPARE(ProfileStore(settingsFile()).rememberedTasks(profile->id), QStringList {u"t-1"_s});
    }

    void aFailedStartShowsNoKey()
    {
        const Run failed =
            run({u"--verbose"_s, u"task"_s, u"start"_s, u"t-2"_s}, startKeys(canaryWrongSk));
        QCOMPARE(failed.exitCode, 4);
        QVERIFY(failed.err.contains("OMS."));
    }

    void renameKeepsTheSecrets()
    {
        ProfileStore store(settingsFile());
        auto profile = store.findByName(u"acme"_s);
        QVERIFY(profile.has_value());
        profile->name = u"acme renamed"_s;
        QVERIFY(!store.update(*profile).isError());
        QCOMPARE(run({u"--profile"_s, u"acme renamed"_s, u"task"_s, u"list"_s}).exitCode, 0);
    }

    void removingAProfileRemovesItsSecrets()
    {
        const auto profile = ProfileStore(settingsFile()).findByName(u"acme renamed"_s);
        QVERIFY(profile.has_value());
        QCOMPARE(run({u"profile"_s, u"remove"_s, u"acme renamed"_s}).exitCode, 0);
        SecretStore store;
        BlockingSecrets secrets(store);
        for (const QString& key :
             {SecretStore::signInKey(profile->id), SecretStore::tokenKey(profile->id),
              SecretStore::startKeysKey(profile->id, u"t-1"_s)}) {
            QCOMPARE(secrets.read(key).status, SecretStore::Status::NotFound);
        }
    }

    // Last: everything above has written what it writes.
    void noCanaryAnywhere()
    {
        QVERIFY(!m_cli.everythingPrinted().isEmpty());
        QStringList places {m_tmp.path()};
        // HOME and the XDG folders the keyring wrapper made for this run.
        places.append(QFileInfo(qEnvironmentVariable("HOME")).absolutePath());
        int files = 0;
        for (const QString& place : places) {
            QDirIterator it(place, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                ++files;
                const QByteArray content = file.readAll();
                for (const QByteArray& canary : canaries()) {
                    QVERIFY2(!content.contains(canary),
                             qPrintable(file.fileName() + u" holds a secret"_s));
                }
            }
        }
        QVERIFY(files >= 2); // at least the settings and the keyring
        for (const QByteArray& canary : canaries()) {
            QVERIFY2(!m_cli.everythingPrinted().contains(canary), canary.constData());
            QVERIFY(!m_cli.everyArgument().join(u' ').contains(QString::fromLatin1(canary)));
        }
        // The secrets did reach the service, so the scan above means something.
        bool sentKeys = false;
        for (const QJsonValue& entry : m_sim.requestLog()) {
            sentKeys |= entry.toObject().value(u"body"_s).toString().contains(
                QString::fromLatin1(canarySrcSk));
        }
        QVERIFY(sentKeys);
    }
};

QTEST_GUILESS_MAIN(TestKeychainCli)
#include "TestKeychainCli.moc"
