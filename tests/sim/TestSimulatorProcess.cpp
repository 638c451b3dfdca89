// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

const QString tlsCertificate = QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/sim/tls/cert.pem");
const QString tlsKey = QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/sim/tls/key.pem");

// Waits for a reply of QNetworkAccessManager, the client the product uses.
QNetworkReply* waitFor(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(10000);
    }
    return reply;
}

} // namespace

class TestSimulatorProcess : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    quint16 port() const { return m_sim.port(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }
    void init() { QVERIFY(m_sim.reset()); }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void reportsTheChosenPort()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--portfile"_s, dir.filePath(u"port"_s)}),
                 qPrintable(sim.errorString()));
        QVERIFY(sim.port() > 0);
        QVERIFY(sim.port() != port());
        QFile file(dir.filePath(u"port"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray::number(sim.port()) + '\n');
        // Written atomically: nothing but the file itself is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"port"_s});
        QCOMPARE(call(sim.port(), "GET", "/nowhere").status, 404);
        // The one line on stdout, and nothing after it.
        QVERIFY(sim.stop());
        QCOMPARE(sim.process().readAllStandardOutput(), QByteArray());
    }

    void exitsCleanlyOnSignals_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
    }

    void exitsCleanlyOnSignals()
    {
        QFETCH(int, signalNumber);
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--log-requests"_s}), qPrintable(sim.errorString()));
        // With an open keep-alive connection and a request it will never answer.
        RawHttpClient idle(sim.port());
        QVERIFY(idle.request("GET", "/nowhere"));
        sim.injectFault({{u"kind"_s, u"hang"_s}});
        RawHttpClient hung(sim.port(), 300);
        QVERIFY(hung.connect());
        QVERIFY(hung.send("GET", "/hang"));
        QVERIFY(!hung.readResponse());

        // It goes by itself, without waiting for the hung request.
        ::kill(pid_t(sim.processId()), signalNumber);
        QVERIFY(sim.process().waitForFinished(10000));
        QCOMPARE(sim.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.process().exitCode(), 0);
        QVERIFY(hung.waitForClose(3000));
    }

    void bindsLoopbackOnly()
    {
        QTcpSocket ipv6;
        ipv6.connectToHost(QHostAddress::LocalHostIPv6, port());
        QVERIFY(!ipv6.waitForConnected(2000));

        // The kernel's table of listening sockets names the address bound:
        // it must be 127.0.0.1 (checked here rather than by connecting to
        // this machine's other addresses, which tests must not send to).
        QFile table(u"/proc/net/tcp"_s);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray wantedPort =
            QByteArray::number(port(), 16).toUpper().rightJustified(4, '0');
        QStringList bound;
        for (const QByteArray& line : table.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            // sl local_address rem_address st ...; 0A is LISTEN.
            if (fields.size() > 3 && fields.at(3) == "0A"
                && fields.at(1).endsWith(QByteArray(':' + wantedPort))) {
                bound.append(QString::fromLatin1(fields.at(1)));
            }
        }
        QCOMPARE(bound, QStringList {u"0100007F:"_s + QString::fromLatin1(wantedPort)});
    }

    void keepAliveUsesOneConnection()
    {
        QVERIFY(m_sim.clearCounters());
        RawHttpClient client(port());
        for (int i = 0; i < 3; ++i) {
            const auto response = client.request("GET", "/v3/projects");
            QVERIFY(response);
            QCOMPARE(response->status, 401);
            QCOMPARE(response->header("connection"), "keep-alive");
        }
        QJsonObject counters = m_sim.counters();
        QCOMPARE(counters.value(u"connections_opened"_s).toInt(), 1);
        QCOMPARE(counters.value(u"requests_total"_s).toInt(), 3);
        QCOMPARE(counters[u"requests"_s][u"iam.projects.list"_s].toInt(), 3);

        RawHttpClient other(port());
        QVERIFY(other.request("GET", "/nowhere"));
        counters = m_sim.counters();
        QCOMPARE(counters.value(u"connections_opened"_s).toInt(), 2);
        QCOMPARE(counters[u"requests"_s][u"unknown"_s].toInt(), 1);
    }

    // Qt's own client (what the product uses) keeps its connection alive too.
    void qtNetworkAccessManagerReusesItsConnection()
    {
        QVERIFY(m_sim.clearCounters());
        QNetworkAccessManager network;
        const QByteArray body = tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s,
                                                 {{u"name"_s, u"cn-north-4"_s}});
        QByteArray token;
        for (int i = 0; i < 3; ++i) {
            QUrl url = m_sim.baseUrl();
            url.setPath(u"/v3/auth/tokens"_s);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              u"application/json;charset=UTF-8"_s);
            std::unique_ptr<QNetworkReply> reply(waitFor(network.post(request, body)));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            token = reply->rawHeader("X-Subject-Token");
        }
        QUrl url = m_sim.baseUrl();
        url.setPath(u"/v2/"_s + m_sim.projectId(u"cn-north-4"_s) + u"/sync-tasks"_s);
        QNetworkRequest request(url);
        request.setRawHeader("X-Auth-Token", token);
        std::unique_ptr<QNetworkReply> reply(waitFor(network.get(request)));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"count"_s).toInt(), 4);
        QCOMPARE(m_sim.counters().value(u"connections_opened"_s).toInt(), 1);
        QCOMPARE(m_sim.counters().value(u"iam_token_requests"_s).toInt(), 3);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // The first answer is delayed; the others must still wait their turn.
        m_sim.injectFault(
            {{u"kind"_s, u"delay"_s}, {u"delay_ms"_s, 200}, {u"route"_s, u"iam.projects.list"_s}});
        RawHttpClient client(port());
        QVERIFY(client.connect());
        const QByteArray host = "Host: " + client.hostHeader() + "\r\n";
        QVERIFY(client.sendRaw("GET /v3/projects HTTP/1.1\r\n" + host + "\r\n"
                               + "GET /nowhere HTTP/1.1\r\n" + host + "\r\n"
                               + "POST /v3/auth/tokens HTTP/1.1\r\n" + host
                               + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
        QList<int> statuses;
        for (int i = 0; i < 3; ++i) {
            const auto response = client.readResponse();
            QVERIFY(response);
            statuses.append(response->status);
        }
        QCOMPARE(statuses, (QList<int> {401, 404, 400}));
        QCOMPARE(m_sim.counters().value(u"connections_opened"_s).toInt(), 1);
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close")
            << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /x HTTP/1.0\r\n\r\n");
    }

    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, request);
        RawHttpClient client(port());
        QVERIFY(client.sendRaw(request));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 404);
        QCOMPARE(response->header("connection"), "close");
        QVERIFY(client.waitForClose(3000));
    }

    void malformedRequestsGetAnAnswerAndAClose_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("chunked body")
            << QByteArray("POST /v3/auth/tokens HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
            << 411;
        QTest::newRow("body too large") << QByteArray(
            "POST /v3/auth/tokens HTTP/1.1\r\nHost: h\r\nContent-Length: 2000000\r\n\r\n")
                                        << 413;
        QTest::newRow("header section too large") << QByteArray(
            "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(70000, 'b') + "\r\n\r\n")
                                                  << 431;
        QTest::newRow("request line too long")
            << QByteArray("GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n") << 414;
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
    }

    void malformedRequestsGetAnAnswerAndAClose()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QVERIFY(m_sim.clearCounters());
        RawHttpClient client(port());
        QVERIFY(client.sendRaw(request));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(response->header("connection"), "close");
        QVERIFY(isRequestId(response->header("x-request-id")));
        QVERIFY(client.waitForClose(5000));
        QCOMPARE(m_sim.counters().value(u"rejected_requests"_s).toInt(), 1);
        // The simulator is unharmed.
        QCOMPARE(call(port(), "GET", "/nowhere").status, 404);
    }

    void expectContinue()
    {
        RawHttpClient client(port());
        const QByteArray body = tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s,
                                                 {{u"name"_s, u"cn-north-4"_s}});
        QVERIFY(client.sendRaw("POST /v3/auth/tokens HTTP/1.1\r\nHost: " + client.hostHeader()
                               + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                               + "Content-Length: " + QByteArray::number(body.size())
                               + "\r\n\r\n"));
        QVERIFY(client.socket().waitForReadyRead(5000));
        QCOMPARE(client.socket().readAll(), QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QVERIFY(client.sendRaw(body));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 201);
    }

    void servesHttps()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--tls-cert"_s, tlsCertificate, u"--tls-key"_s, tlsKey}),
                 qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), u"https"_s);

        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, sim.port());
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QFile certificate(tlsCertificate);
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QCOMPARE(socket.peerCertificate(), QSslCertificate(certificate.readAll()));
        socket.write("GET /v3/projects HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("}") && socket.waitForReadyRead(5000)) {
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 401 Unauthorized\r\n"), answer.constData());
        QVERIFY(answer.contains("APIGW.0301"));

        // Control calls over HTTPS, and plain HTTP gets no HTTP answer.
        QCOMPARE(sim.control("GET", u"/_sim/counters"_s).status, 200);
        RawHttpClient plain(sim.port(), 2000);
        QVERIFY(plain.connect());
        QVERIFY(plain.send("GET", "/v3/projects"));
        const auto response = plain.readResponse();
        QVERIFY(!response || response->status == 0);
        QVERIFY(sim.stop());
    }

    void refusesHalfATlsConfiguration()
    {
        QProcess process;
        process.start(SimulatorProcess::executable(), {u"--tls-cert"_s, tlsCertificate});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--tls-key"));
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    void refusesBadConfigurations_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no such file") << QByteArray() << QByteArray("cannot read");
        QTest::newRow("not JSON") << QByteArray("{accounts:") << QByteArray("is not a JSON object");
        QTest::newRow("unknown key")
            << QByteArray("{\"acounts\":[]}") << QByteArray("acounts: unknown key");
        QTest::newRow("unknown task key")
            << QByteArray("{\"accounts\":[{\"name\":\"a\",\"projects\":[{\"name\":\"cn-north-4\","
                          "\"tasks\":[{\"stauts\":\"STOPPED\"}]}]}]}")
            << QByteArray("accounts[0].projects[0].tasks[0].stauts: unknown key");
        QTest::newRow("key of no user")
            << QByteArray("{\"accounts\":[{\"name\":\"a\",\"access_keys\":[{\"ak\":\"A\",\"sk\":"
                          "\"S\",\"user\":\"u\"}]}]}")
            << QByteArray("accounts[0].access_keys[0].user: names no user of this account");
        QTest::newRow("bad fault") << QByteArray("{\"faults\":[{\"kind\":\"meltdown\"}]}")
                                   << QByteArray("faults in the configuration");
        QTest::newRow("token lifetime 0") << QByteArray("{\"token_lifetime_s\":0}")
                                          << QByteArray("token_lifetime_s: must be an integer");
    }

    void refusesBadConfigurations()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QProcess process;
        process.start(SimulatorProcess::executable(), {u"--config"_s, path, u"--port"_s, u"0"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(error.contains(message), error.constData());
        QCOMPARE(process.readAllStandardOutput(), QByteArray());
    }

    void printsItsVersion()
    {
        QProcess process;
        process.start(SimulatorProcess::executable(), {u"--version"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(QRegularExpression(u"^oms-sim \\d+\\.\\d+\\.\\d+\\n$"_s).match(output).hasMatch(),
                 qPrintable(output));
    }

    void helpWarnsAboutTheRequestLog()
    {
        QProcess process;
        process.start(SimulatorProcess::executable(), {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        const QByteArray help = process.readAllStandardOutput().simplified();
        QVERIFY(help.contains("--log-requests"));
        QVERIFY(help.contains("tokens, signatures and sync-task keys included"));
        QVERIFY(help.contains("DEMOACCESSKEY0000001"));
    }

    void controlApiOnlyWithControl()
    {
        QProcess process;
        process.start(SimulatorProcess::executable(), {u"--port"_s, u"0"_s});
        QVERIFY(process.waitForReadyRead(10000));
        const QByteArray line = process.readLine();
        QVERIFY(line.startsWith("listening "));
        const quint16 plainPort = quint16(line.mid(10).trimmed().toUInt());
        const Response response = call(plainPort, "GET", "/_sim/state");
        QCOMPARE(response.status, 404);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"APIGW.0101"_s);
        QCOMPARE(call(plainPort, "POST", "/_sim/reset").status, 404);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }

    void requestLogIsOffUnlessAsked()
    {
        QCOMPARE(call(port(), "GET", "/v3/projects").status, 401);
        const QJsonObject log = m_sim.control("GET", u"/_sim/log"_s).json();
        QCOMPARE(log.value(u"enabled"_s).toBool(), false);
        QCOMPARE(log.value(u"entries"_s).toArray().size(), 0);
        // The counters are always kept.
        QCOMPARE(m_sim.counters().value(u"requests_total"_s).toInt(), 1);
    }

    void controlRequestsAreNotCounted()
    {
        for (int i = 0; i < 5; ++i) {
            m_sim.state();
            m_sim.counters();
        }
        const QJsonObject counters = m_sim.counters();
        QCOMPARE(counters.value(u"requests_total"_s).toInt(), 0);
        QCOMPARE(counters.value(u"connections_opened"_s).toInt(), 0);
        QCOMPARE(m_sim.control("GET", u"/_sim/nothing"_s).status, 404);
        QCOMPARE(m_sim.control("PUT", u"/_sim/log"_s).status, 405);
    }

    void clockCanBeSetAndShifted()
    {
        QCOMPARE(m_sim.shiftClock(5000), 5000);
        QCOMPARE(m_sim.shiftClock(-2000), 3000);
        QVERIFY(m_sim.setClockOffset(-86'400'000));
        const QJsonObject clock = m_sim.control("GET", u"/_sim/clock"_s).json();
        QCOMPARE(clock.value(u"offset_ms"_s).toInteger(), -86'400'000);
        QVERIFY(qAbs(clock.value(u"now_ms"_s).toInteger() + 86'400'000
                     - QDateTime::currentMSecsSinceEpoch())
                < 60'000);
        // The Date header follows the simulator's clock.
        QString header = QString::fromLatin1(call(port(), "GET", "/nowhere").header("date"));
        QVERIFY2(header.endsWith(u" GMT"_s), qPrintable(header)); // an IMF-fixdate
        // Qt 6.4 reads RFC 2822 dates with a numeric zone only.
        const QDateTime date =
            QDateTime::fromString(header.replace(u" GMT"_s, u" +0000"_s), Qt::RFC2822Date);
        QVERIFY(date.isValid());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc()) - 86'400) < 60);
        QVERIFY(m_sim.reset());
        QCOMPARE(m_sim.control("GET", u"/_sim/clock"_s).json().value(u"offset_ms"_s).toInteger(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorProcess)
#include "TestSimulatorProcess.moc"
