// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::Test::SimulatorProcess;

// oms-sync source clouds | regions | buckets as a script uses them: real
// processes against oms-sim's seeded world, the keys from the environment
// only and never printed, nothing sent when the input is wrong, and the
// documented exit codes.
class TestCliSource : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;
    using Env = QHash<QString, QString>;

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QJsonObject> m_world; // each cloud of the world, with its keys
    QByteArray m_printed; // by every run, for the leak scan at the end

    Run run(const QStringList& arguments, const Env& env = {})
    {
        QProcessEnvironment environment =
            OmsSync::Test::CliProcess::privateEnvironment(m_home->path());
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        Env withPassword = env;
        withPassword.insert(u"OMS_SYNC_PASSWORD"_s,
                            QString::fromLatin1(SimulatorProcess::demoPassword));
        const Run result = OmsSync::Test::CliProcess(environment).run(arguments, withPassword);
        m_printed += result.out + result.err;
        return result;
    }

    Env keys(const QString& cloud) const
    {
        return {{u"OMS_SYNC_SRC_AK"_s, m_world.value(cloud).value(u"ak"_s).toString()},
                {u"OMS_SYNC_SRC_SK"_s, m_world.value(cloud).value(u"sk"_s).toString()}};
    }

    static QStringList lines(const QByteArray& out)
    {
        return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    }

    static QStringList strings(const QJsonArray& array)
    {
        QStringList list;
        for (const QJsonValue& value : array) {
            list.append(value.toString());
        }
        return list;
    }

    QStringList helperPaths()
    {
        QStringList paths;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            const QString path = entry[u"path"_s].toString();
            if (path.contains(u"/objectstorage/"_s)) {
                paths.append(entry[u"method"_s].toString() + u' '
                             + path.section(u"/objectstorage/"_s, 1));
            }
        }
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
        for (const QJsonValue& cloud : m_sim->state()[u"source_world"_s][u"clouds"_s].toArray()) {
            m_world.insert(cloud[u"cloud_type"_s].toString(), cloud.toObject());
        }
        QCOMPARE(m_world.size(), 7);
        const QString endpoint = m_sim->baseUrl().toString();
        QCOMPARE(run({u"profile"_s, u"add"_s, u"demo"_s, u"--region"_s, u"cn-north-4"_s,
                      u"--user"_s, u"demo"_s, u"--account"_s, u"demo"_s, u"--oms-endpoint"_s,
                      endpoint, u"--iam-endpoint"_s, endpoint})
                     .exitCode,
                 0);
    }

    void init() { QVERIFY(m_sim->clearLog()); }

    void cleanupTestCase()
    {
        // Whatever the runs printed, in text or JSON, no key was in it.
        QVERIFY(!m_printed.isEmpty());
        for (const QJsonObject& cloud : std::as_const(m_world)) {
            for (const QString& field : {u"ak"_s, u"sk"_s, u"connection_string"_s}) {
                const QByteArray secret = cloud.value(field).toString().toUtf8();
                QVERIFY2(secret.isEmpty() || !m_printed.contains(secret),
                         qPrintable(cloud.value(u"cloud_type"_s).toString() + u' ' + field));
            }
        }
        QVERIFY(m_sim->stop());
        m_sim.reset();
        m_home.reset();
    }

    void listsTheClouds()
    {
        const QStringList clouds {
            u"AWS"_s,       u"Azure"_s,         u"Aliyun"_s, u"Tencent"_s, u"HuaweiCloud"_s,
            u"QingCloud"_s, u"KingsoftCloud"_s, u"Baidu"_s,  u"Qiniu"_s,   u"UCloud"_s};
        const Run text = run({u"source"_s, u"clouds"_s});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QCOMPARE(lines(text.out), clouds);
        const Run json = run({u"--json"_s, u"source"_s, u"clouds"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json().isArray());
        QCOMPARE(strings(json.json().array()), clouds);
        QCOMPARE(helperPaths(), (QStringList {u"GET cloud-type"_s, u"GET cloud-type"_s}));
    }

    void listsTheRegions()
    {
        const Run text = run({u"source"_s, u"regions"_s});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList table = lines(text.out);
        QCOMPARE(table.size(), 1 + 11);
        QVERIFY2(table.first().simplified() == u"CLOUD REGION DESCRIPTION"_s,
                 qPrintable(table.first()));
        QCOMPARE(table.at(1).simplified(), u"Aliyun cn-hangzhou China (Hangzhou)"_s);
        QCOMPARE(table.last().simplified(), u"HuaweiCloud cn-east-3 CN East-Shanghai1"_s);
        // The columns line up.
        const qsizetype column = table.first().indexOf(u"REGION"_s);
        QCOMPARE(table.at(1).indexOf(u"cn-hangzhou"_s), column);
        QCOMPARE(table.last().indexOf(u"cn-east-3"_s), column);

        const Run json = run({u"--json"_s, u"source"_s, u"regions"_s, u"--cloud"_s, u"AWS"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().array(),
                 (QJsonArray {QJsonObject {{u"cloud_type"_s, u"AWS"_s},
                                           {u"value"_s, u"us-east-1"_s},
                                           {u"description"_s, u"US East (N. Virginia)"_s}},
                              QJsonObject {{u"cloud_type"_s, u"AWS"_s},
                                           {u"value"_s, u"eu-west-1"_s},
                                           {u"description"_s, u"Europe (Ireland)"_s}}}));

        // A cloud OMS knows but the service lists no region of: none, and no error.
        const Run none = run({u"--json"_s, u"source"_s, u"regions"_s, u"--cloud"_s, u"UCloud"_s});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().array(), QJsonArray());
    }

    void listsTheBucketsOfTheKeys_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QStringList>("buckets");
        QTest::newRow("Aliyun") << QStringList {u"--cloud"_s, u"Aliyun"_s} << u"Aliyun"_s
                                << QStringList {u"media-assets-prod"_s, u"shop-static"_s};
        QTest::newRow("Tencent with its APPID")
            << QStringList {u"--cloud"_s, u"Tencent"_s, u"--app-id"_s, u"1250000000"_s}
            << u"Tencent"_s << QStringList {u"photos-1250000000"_s, u"archive-1250000000"_s};
        QTest::newRow("Azure's account name and key")
            << QStringList {u"--cloud"_s, u"Azure"_s} << u"Azure"_s
            << QStringList {u"backupcontainer"_s};
    }

    void listsTheBucketsOfTheKeys()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, cloud);
        QFETCH(QStringList, buckets);
        const QStringList command {u"source"_s, u"buckets"_s};
        const Run text = run(command + arguments, keys(cloud));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QCOMPARE(lines(text.out), buckets);
        QVERIFY(text.err.isEmpty());
        const Run json = run(QStringList {u"--json"_s} + command + arguments, keys(cloud));
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(strings(json.json().array()), buckets);
        QCOMPARE(helperPaths(), (QStringList {u"POST buckets"_s, u"POST buckets"_s}));
    }

    void keepsTheBucketsOfARegion()
    {
        const QStringList command {u"source"_s,      u"buckets"_s,  u"--cloud"_s,
                                   u"HuaweiCloud"_s, u"--region"_s, u"cn-east-3"_s};
        const QStringList inShanghai {u"azure-backup-mirror"_s, u"shop-static-obs"_s,
                                      u"sh1-documents-replica"_s, u"quarterly-reports"_s};
        const Run text = run(command, keys(u"HuaweiCloud"_s));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QCOMPARE(lines(text.out), inShanghai);
        // One list, then each of the nine buckets located.
        const QStringList paths = helperPaths();
        QCOMPARE(paths.size(), 10);
        QCOMPARE(paths.first(), u"POST buckets"_s);
        QCOMPARE(paths.count(u"POST buckets/regions"_s), 9);

        const Run json = run(QStringList {u"--json"_s} + command, keys(u"HuaweiCloud"_s));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray located = json.json().array();
        QCOMPARE(located.size(), inShanghai.size());
        for (qsizetype i = 0; i < located.size(); ++i) {
            QCOMPARE(located.at(i).toObject(),
                     (QJsonObject {{u"name"_s, inShanghai.at(i)}, {u"region"_s, u"cn-east-3"_s}}));
        }

        const Run nowhere = run(
            {u"source"_s, u"buckets"_s, u"--cloud"_s, u"Aliyun"_s, u"--region"_s, u"cn-beijing"_s},
            keys(u"Aliyun"_s));
        QCOMPARE(nowhere.exitCode, 0);
        QVERIFY(nowhere.out.isEmpty());
    }

    void aBucketNotLocatedFailsTheList()
    {
        m_sim->injectFault({{u"kind"_s, u"status"_s},
                            {u"route"_s, u"oms.storage.bucket-region"_s},
                            {u"status"_s, 404},
                            {u"count"_s, 1},
                            {u"body"_s,
                             QJsonObject {{u"error_code"_s, u"OMS.1018"_s},
                                          {u"error_msg"_s, u"The bucket does not exist."_s}}}});
        const Run partial = run(
            {u"source"_s, u"buckets"_s, u"--cloud"_s, u"Aliyun"_s, u"--region"_s, u"cn-shanghai"_s},
            keys(u"Aliyun"_s));
        QCOMPARE(partial.exitCode, 4);
        QVERIFY(partial.out.isEmpty());
        QVERIFY2(partial.err.contains("OMS.1018"), partial.err.constData());
    }

    void refusesBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Env>("env");
        QTest::addColumn<QByteArray>("says");
        const QStringList aliyun {u"source"_s, u"buckets"_s, u"--cloud"_s, u"Aliyun"_s};
        const Env aliyunKeys = keys(u"Aliyun"_s);
        QTest::newRow("no keys") << aliyun << Env() << QByteArray("OMS_SYNC_SRC_AK");
        QTest::newRow("an AK alone")
            << aliyun << Env {{u"OMS_SYNC_SRC_AK"_s, aliyunKeys.value(u"OMS_SYNC_SRC_AK"_s)}}
            << QByteArray("missing: OMS_SYNC_SRC_SK");
        QTest::newRow("an SK alone")
            << aliyun << Env {{u"OMS_SYNC_SRC_SK"_s, aliyunKeys.value(u"OMS_SYNC_SRC_SK"_s)}}
            << QByteArray("missing: OMS_SYNC_SRC_AK");
        QTest::newRow("an AK of 101")
            << aliyun
            << Env {{u"OMS_SYNC_SRC_AK"_s, QString(101, u'A')}, {u"OMS_SYNC_SRC_SK"_s, u"s"_s}}
            << QByteArray("OMS_SYNC_SRC_AK: ak must be 1 to 100 characters long");
        QTest::newRow("no cloud") << QStringList {u"source"_s, u"buckets"_s} << aliyunKeys
                                  << QByteArray("--cloud");
        QTest::newRow("an unknown cloud")
            << QStringList {u"source"_s, u"buckets"_s, u"--cloud"_s, u"Dropbox"_s} << aliyunKeys
            << QByteArray("--cloud must be one of");
        QTest::newRow("regions of an unknown cloud")
            << QStringList {u"source"_s, u"regions"_s, u"--cloud"_s, u"aliyun"_s} << Env()
            << QByteArray("--cloud must be one of");
        QTest::newRow("Tencent without --app-id")
            << QStringList {u"source"_s, u"buckets"_s, u"--cloud"_s, u"Tencent"_s}
            << keys(u"Tencent"_s) << QByteArray("--app-id");
        QTest::newRow("an empty region") << aliyun + QStringList {u"--region"_s, QString()}
                                         << aliyunKeys << QByteArray("--region is required");
        QTest::newRow("--region to source regions")
            << QStringList {u"source"_s, u"regions"_s, u"--region"_s, u"bj"_s} << Env()
            << QByteArray("--region does not belong to \"source regions\"");
        QTest::newRow("--app-id to source clouds")
            << QStringList {u"source"_s, u"clouds"_s, u"--app-id"_s, u"1"_s} << Env()
            << QByteArray("--app-id does not belong to \"source clouds\"");
        QTest::newRow("an argument") << QStringList {u"source"_s, u"clouds"_s, u"Aliyun"_s} << Env()
                                     << QByteArray("takes 0 argument");
    }

    void refusesBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Env, env);
        QFETCH(QByteArray, says);
        const Run refused = run(arguments, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        // Not even a sign-in.
        QCOMPARE(m_sim->requestLog().size(), 0);
    }

    void wrongKeysAreRefusedByTheCloud()
    {
        Env wrong = keys(u"Aliyun"_s);
        wrong.insert(u"OMS_SYNC_SRC_SK"_s, u"not-the-secret"_s);
        const QStringList command {u"source"_s, u"buckets"_s, u"--cloud"_s, u"Aliyun"_s};
        const Run text = run(command, wrong);
        QCOMPARE(text.exitCode, 4);
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.contains("OMS.1017"), text.err.constData());
        QVERIFY(text.err.contains("request id"));
        QVERIFY(!text.err.contains("not-the-secret"));

        const Run json = run(QStringList {u"--json"_s} + command, wrong);
        QCOMPARE(json.exitCode, 4);
        const QJsonObject error = json.json().object();
        QCOMPARE(error.value(u"error_code"_s).toString(), u"OMS.1017"_s);
        QCOMPARE(error.value(u"http_status"_s).toInt(), 403);
        QVERIFY(!error.value(u"request_id"_s).toString().isEmpty());
        QVERIFY(!json.out.contains("not-the-secret"));

        // Tencent's keys without their APPID's match are refused the same way.
        const Run tencent =
            run({u"source"_s, u"buckets"_s, u"--cloud"_s, u"Tencent"_s, u"--app-id"_s, u"1"_s},
                keys(u"Tencent"_s));
        QCOMPARE(tencent.exitCode, 4);
        QVERIFY(tencent.err.contains("OMS.1017"));
    }

    void keysNeverReachAUrl()
    {
        QCOMPARE(
            run({u"source"_s, u"buckets"_s, u"--cloud"_s, u"Qiniu"_s}, keys(u"Qiniu"_s)).exitCode,
            0);
        const Env qiniu = keys(u"Qiniu"_s);
        const QJsonArray log = m_sim->requestLog();
        QVERIFY(!log.isEmpty());
        for (const QJsonValue& entry : log) {
            const QString url = entry[u"path"_s].toString() + u'?' + entry[u"query"_s].toString();
            for (const QString& key : qiniu) {
                QVERIFY2(!url.contains(key), qPrintable(url));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSource)
#include "TestCliSource.moc"
