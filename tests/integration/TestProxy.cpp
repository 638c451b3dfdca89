// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::Test::CliProcess;
using OmsSync::Test::SimulatorProcess;

// Requests through a real HTTP proxy on loopback (tinyproxy), with and
// without proxy authentication, driven through oms-sync so that the profile's
// proxy setting and its password's source are covered end to end.
class TestProxy : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    QTemporaryDir m_dir;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;

    static quint16 freePort()
    {
        QTcpServer server;
        return server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0;
    }

    bool startProxy(bool withAuthentication)
    {
        m_proxyPort = freePort();
        QFile config(m_dir.filePath(u"tinyproxy.conf"_s));
        if (!config.open(QIODevice::WriteOnly)) {
            return false;
        }
        config.write("Port " + QByteArray::number(m_proxyPort)
                     + "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\n"
                       "ViaProxyName \"oms-test-proxy\"\n");
        if (withAuthentication) {
            config.write("BasicAuth alice proxy-secret\n");
        }
        config.close();
        m_proxy.start(u"tinyproxy"_s, {u"-d"_s, u"-c"_s, config.fileName()});
        if (!m_proxy.waitForStarted(5000)) {
            return false;
        }
        return QTest::qWaitFor(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_proxyPort);
                return probe.waitForConnected(200);
            },
            5000);
    }

    void stopProxy()
    {
        m_proxy.terminate();
        if (!m_proxy.waitForFinished(5000)) {
            m_proxy.kill();
            m_proxy.waitForFinished();
        }
    }

    CliProcess cli(const QHash<QString, QString>& extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config-%1"_s.arg(m_proxyPort)));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
        env.insert(u"OMS_SYNC_PASSWORD"_s, u"demo-password"_s);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            env.insert(it.key(), it.value());
        }
        return CliProcess(env);
    }

    int addProfile(CliProcess& process, const QString& proxy)
    {
        const QString endpoint = m_sim.baseUrl().toString();
        return process
            .run({u"profile"_s, u"add"_s, u"p"_s, u"--region"_s, u"cn-north-4"_s, u"--user"_s,
                  u"demo"_s, u"--account"_s, u"demo"_s, u"--oms-endpoint"_s, endpoint,
                  u"--iam-endpoint"_s, endpoint, u"--proxy"_s, proxy})
            .exitCode;
    }

    // Every request the service saw came through the proxy, which says so in Via.
    int requestsViaProxy()
    {
        int via = 0;
        for (const QJsonValue& entry : m_sim.requestLog()) {
            for (const QJsonValue& header : entry.toObject().value(u"headers"_s).toArray()) {
                const QJsonArray pair = header.toArray();
                via += pair.at(0).toString().compare(u"via"_s, Qt::CaseInsensitive) == 0
                    && pair.at(1).toString().contains(u"oms-test-proxy"_s);
            }
        }
        return via;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"tinyproxy"_s).isEmpty(),
                 "tinyproxy is missing: install it (tools/debian-packages.txt lists it)");
        QVERIFY2(m_sim.start({u"--log-requests"_s}), qPrintable(m_sim.errorString()));
    }

    void cleanupTestCase() { QVERIFY(m_sim.stop()); }
    void cleanup() { stopProxy(); }

    void goesThroughTheProxy()
    {
        QVERIFY(startProxy(false));
        CliProcess process = cli();
        QCOMPARE(addProfile(process, u"http://127.0.0.1:%1"_s.arg(m_proxyPort)), 0);
        QVERIFY(m_sim.clearLog());
        const CliProcess::Result listed = process.run({u"task"_s, u"list"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const int total = int(m_sim.requestLog().size());
        QVERIFY(total >= 2); // sign-in and list
        QCOMPARE(requestsViaProxy(), total);
    }

    void authenticatesToTheProxy()
    {
        QVERIFY(startProxy(true));
        CliProcess process = cli();
        QCOMPARE(addProfile(process, u"http://alice@127.0.0.1:%1"_s.arg(m_proxyPort)), 0);
        QVERIFY(m_sim.clearLog());

        const CliProcess::Result refused = process.run({u"task"_s, u"list"_s});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("proxy"), refused.err.constData());
        QVERIFY(m_sim.requestLog().isEmpty());

        CliProcess withPassword = cli({{u"OMS_SYNC_PROXY_PASSWORD"_s, u"proxy-secret"_s}});
        const CliProcess::Result listed = withPassword.run({u"task"_s, u"list"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(requestsViaProxy(), int(m_sim.requestLog().size()));
        QVERIFY(!withPassword.everythingPrinted().contains("proxy-secret"));
    }

    // The profile editor's "Test Connection" goes through the proxy with the
    // password typed there, or else the one stored for the profile.
    void theConnectionTestUsesTheProxyPassword()
    {
        QVERIFY(startProxy(true));
        OmsSync::ProfileStore store(m_dir.filePath(u"service.ini"_s));
        OmsSync::SecretStore secrets;
        secrets.setSessionOnly(true);
        OmsSync::ProfileService service(&store, &secrets);
        OmsSync::Profile profile;
        profile.name = u"proxied"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.userName = u"demo"_s;
        profile.accountName = u"demo"_s;
        profile.omsEndpoint = m_sim.baseUrl();
        profile.iamEndpoint = m_sim.baseUrl();
        profile.proxy = QUrl(u"http://alice@127.0.0.1:%1"_s.arg(m_proxyPort));
        QVERIFY(!service.saveProfile(profile, u"demo-password"_s, &service, [](auto) {}).isError());

        auto test = [&](const QString& typedProxyPassword) {
            std::optional<OmsSync::ApiError> result;
            service.testConnection(
                profile, {}, typedProxyPassword, OmsSync::CallPolicy(), &service,
                [&result](const OmsSync::ApiError& error, const QString&, int) { result = error; });
            if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
                return OmsSync::ApiError::timeout(u"no answer"_s);
            }
            return *result;
        };
        QCOMPARE(test({}).kind(),
                 OmsSync::ApiError::Kind::Network); // none stored: the proxy refuses
        QVERIFY(m_sim.clearLog());
        const OmsSync::ApiError typed = test(u"proxy-secret"_s);
        QVERIFY2(!typed.isError(), qPrintable(typed.summary()));
        QVERIFY(requestsViaProxy() >= 2);

        bool stored = false;
        service.setProxyPassword(profile.id, u"proxy-secret"_s, &service,
                                 [&stored](const OmsSync::ApiError&) { stored = true; });
        QTRY_VERIFY(stored);
        const OmsSync::ApiError fromKeychain = test({});
        QVERIFY2(!fromKeychain.isError(), qPrintable(fromKeychain.summary()));
    }

    void refusesAPasswordInTheUrl()
    {
        CliProcess process = cli();
        const QString endpoint = m_sim.baseUrl().toString();
        const CliProcess::Result refused = process.run(
            {u"profile"_s, u"add"_s, u"q"_s, u"--region"_s, u"cn-north-4"_s, u"--user"_s, u"demo"_s,
             u"--account"_s, u"demo"_s, u"--proxy"_s, u"http://alice:in-the-url@127.0.0.1:3128"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("proxy"));
        QVERIFY(!refused.err.contains("in-the-url"));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "TestProxy.moc"
