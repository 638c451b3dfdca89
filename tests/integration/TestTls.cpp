// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "SimulatorProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OmsSync;
using OmsSync::Test::CliProcess;
using OmsSync::Test::SimulatorProcess;

// HTTPS against oms-sim with certificates of a test CA (tests/data/tls):
// refused by default, accepted with the profile's CA file, refused again for
// another host name or an expired certificate. Verification is never off.
class TestTls : public QObject
{
    Q_OBJECT

private:
    static QString tlsFile(const char* name)
    {
        return QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/tls/") + QString::fromLatin1(name);
    }

    static QStringList serve(const char* certificate)
    {
        const QString name = QString::fromLatin1(certificate);
        return {u"--tls-cert"_s, tlsFile(certificate) + u".pem"_s, u"--tls-key"_s,
                tlsFile(certificate) + u"-key.pem"_s};
    }

    static ApiError listWith(SimulatorProcess& sim, const QString& caFile)
    {
        CallPolicy policy;
        policy.timeout = 5s;
        policy.maxRetries = 0;
        OmsClient client({sim.baseUrl(), sim.baseUrl(), u"cn-north-4"_s, {}}, policy);
        if (!caFile.isEmpty()) {
            const ApiError added = client.addCaFile(caFile);
            if (added.isError()) {
                return added;
            }
        }
        client.setAuthenticator(std::make_unique<IamPasswordAuthenticator>(
            client.transport(),
            IamPasswordAuthenticator::Account {
                sim.baseUrl(), u"demo"_s, u"demo"_s, u"cn-north-4"_s, {}},
            u"demo-password"_s, policy));
        ApiError error;
        bool done = false;
        TaskListJob* job = client.listTasks();
        QObject::connect(job, &OmsJob::finished, job, [&] {
            error = job->error();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000)) {
            return ApiError::timeout(u"the test waited in vain"_s);
        }
        return error;
    }

private Q_SLOTS:
    void verifiesTheServer_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("unknown CA is refused") << u"server"_s << false << false;
        QTest::newRow("the profile's CA is trusted") << u"server"_s << true << true;
        QTest::newRow("another host name is refused") << u"wrong-host"_s << true << false;
        QTest::newRow("an expired certificate is refused") << u"expired"_s << true << false;
    }

    void verifiesTheServer()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, withCa);
        QFETCH(bool, accepted);
        SimulatorProcess sim;
        QVERIFY2(sim.start(serve(certificate.toLatin1().constData())),
                 qPrintable(sim.errorString()));
        QVERIFY(sim.baseUrl().scheme() == u"https");
        const ApiError error = listWith(sim, withCa ? tlsFile("ca.pem") : QString());
        if (accepted) {
            QVERIFY2(!error.isError(), qPrintable(error.summary()));
        } else {
            QCOMPARE(error.kind(), ApiError::Kind::Network);
            QVERIFY2(error.message().contains(u"TLS certificate"_s), qPrintable(error.message()));
        }
        QCOMPARE(sim.counters().value(u"iam_token_requests"_s).toInt(), accepted ? 1 : 0);
        QVERIFY(sim.stop());
    }

    void aFileWithoutCertificatesIsNamed()
    {
        OmsClient client(
            {QUrl(u"https://127.0.0.1:1"_s), QUrl(u"https://127.0.0.1:1"_s), u"cn-north-4"_s, {}},
            CallPolicy());
        const ApiError error = client.addCaFile(tlsFile("make-certificates.sh"));
        QCOMPARE(error.field(), u"ca_file"_s);
        QVERIFY(error.message().contains(u"make-certificates.sh"_s));
    }

    void theCommandLineSaysWhyAndExitsFive()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(serve("server")), qPrintable(sim.errorString()));
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-bus"_s));
        env.insert(u"OMS_SYNC_PASSWORD"_s, u"demo-password"_s);
        CliProcess cli(env);
        const QString endpoint = sim.baseUrl().toString();
        const QStringList add {u"profile"_s,    u"add"_s,
                               u"p"_s,          u"--region"_s,
                               u"cn-north-4"_s, u"--user"_s,
                               u"demo"_s,       u"--account"_s,
                               u"demo"_s,       u"--oms-endpoint"_s,
                               endpoint,        u"--iam-endpoint"_s,
                               endpoint};
        QCOMPARE(cli.run(add).exitCode, 0);
        const CliProcess::Result refused = cli.run({u"task"_s, u"list"_s});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("TLS certificate"), refused.err.constData());

        QCOMPARE(cli.run({u"profile"_s, u"remove"_s, u"p"_s}).exitCode, 0);
        QCOMPARE(cli.run(add + QStringList {u"--ca-file"_s, tlsFile("ca.pem")}).exitCode, 0);
        const CliProcess::Result accepted = cli.run({u"task"_s, u"list"_s});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(sim.stop());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
