// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestHelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

constexpr char awsStopped[] = "2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42";
const QByteArray minimalStart =
    "{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"c\",\"dst_sk\":\"d\"}";

} // namespace

class TestSimulatorFaults : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    Headers m_token;
    QByteArray m_tasks;

    quint16 port() const { return m_sim.port(); }
    Response list() { return call(port(), "GET", m_tasks, m_token); }
    QString statusOf(const QByteArray& id)
    {
        const Response response =
            call(port(), "GET", m_tasks + '/' + id + "?query_time=1", m_token);
        return json(response).value(u"status"_s).toString();
    }
    Headers startHeaders() const
    {
        Headers headers = m_token;
        headers.emplaceBack("Content-Type", "application/json");
        return headers;
    }
    // The bytes of a start request, as a client sends them.
    QByteArray startRequestHead(qsizetype bodyLength) const
    {
        return "POST " + m_tasks + '/' + awsStopped + "/start HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(port()) + "\r\nX-Auth-Token: " + m_token.first().second
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(bodyLength) + "\r\n\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({u"--log-requests"_s}), qPrintable(m_sim.errorString()));
        m_tasks = "/v2/" + m_sim.projectId(u"cn-north-4"_s).toLatin1() + "/sync-tasks";
    }
    void init()
    {
        QVERIFY(m_sim.reset());
        m_token = tokenHeaders(port());
    }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void statusFaultsAnswerInstead()
    {
        const QList<int> ids =
            m_sim.injectFault({{u"kind"_s, u"status"_s},
                               {u"route"_s, u"oms.tasks.list"_s},
                               {u"count"_s, 2},
                               {u"status"_s, 503},
                               {u"body"_s,
                                QJsonObject {{u"error_code"_s, u"OMS.2004"_s},
                                             {u"error_msg"_s, u"The service is busy."_s}}},
                               {u"retry_after"_s, 7}});
        QCOMPARE(ids.size(), 1);
        for (int i = 0; i < 2; ++i) {
            const Response busy = list();
            QCOMPARE(busy.status, 503);
            QCOMPARE(busy.header("retry-after"), "7");
            QCOMPARE(json(busy).value(u"error_code"_s).toString(), u"OMS.2004"_s);
            QVERIFY(isRequestId(busy.header("x-request-id")));
        }
        QCOMPARE(list().status, 200);
        QCOMPARE(m_sim.counters().value(u"faults_applied"_s).toInt(), 2);
        const QJsonArray log = m_sim.requestLog();
        QCOMPARE(log.at(1)[u"fault"_s].toString(), u"status"_s);
        QCOMPARE(log.at(3)[u"fault"_s].toString(), QString());
    }

    void statusFaultsDoNotApplyTheRequest()
    {
        QVERIFY(!m_sim
                     .injectFault({{u"kind"_s, u"status"_s},
                                   {u"status"_s, 429},
                                   {u"route"_s, u"oms.tasks.start"_s},
                                   {u"retry_after"_s, u"1"_s}})
                     .isEmpty());
        const Response response = call(port(), "POST", m_tasks + '/' + awsStopped + "/start",
                                       startHeaders(), minimalStart);
        QCOMPARE(response.status, 429);
        QCOMPARE(response.body, QByteArray());
        QCOMPARE(statusOf(awsStopped), u"STOPPED"_s);
    }

    void faultsMatchMethodAndPath_data()
    {
        QTest::addColumn<QJsonObject>("match");
        QTest::addColumn<bool>("listHit"); // GET .../sync-tasks
        QTest::addColumn<bool>("showHit"); // GET .../sync-tasks/{id}
        QTest::newRow("any request") << QJsonObject {} << true << true;
        QTest::newRow("glob on the list")
            << QJsonObject {{u"path"_s, u"/v2/*/sync-tasks"_s}} << true << false;
        QTest::newRow("glob on one task")
            << QJsonObject {{u"path"_s, u"/v2/*/sync-tasks/*"_s}} << false << true;
        QTest::newRow("double star crosses segments")
            << QJsonObject {{u"path"_s, u"/v2/**"_s}} << true << true;
        QTest::newRow("single star does not")
            << QJsonObject {{u"path"_s, u"/v2/*"_s}} << false << false;
        QTest::newRow("regex") << QJsonObject {{u"path_regex"_s,
                                                u"/v2/[0-9a-f]+/sync-tasks/2a7d.*"_s}}
                               << false << true;
        QTest::newRow("regex is anchored")
            << QJsonObject {{u"path_regex"_s, u"sync-tasks"_s}} << false << false;
        QTest::newRow("method GET") << QJsonObject {{u"method"_s, u"GET"_s}} << true << true;
        QTest::newRow("method in lower case")
            << QJsonObject {{u"method"_s, u"get"_s}} << true << true;
        QTest::newRow("method POST") << QJsonObject {{u"method"_s, u"POST"_s}} << false << false;
        QTest::newRow("route") << QJsonObject {{u"route"_s, u"oms.tasks.show"_s}} << false << true;
        QTest::newRow("route and method")
            << QJsonObject {{u"route"_s, u"oms.tasks.show"_s}, {u"method"_s, u"DELETE"_s}} << false
            << false;
        QTest::newRow("glob misses") << QJsonObject {{u"path"_s, u"/v3/*"_s}} << false << false;
    }

    void faultsMatchMethodAndPath()
    {
        QFETCH(QJsonObject, match);
        QFETCH(bool, listHit);
        QFETCH(bool, showHit);
        match.insert(u"kind"_s, u"status"_s);
        match.insert(u"status"_s, 418);
        match.insert(u"count"_s, -1);
        QCOMPARE(m_sim.injectFault(match).size(), 1);
        QCOMPARE(list().status, listHit ? 418 : 200);
        const Response shown =
            call(port(), "GET", m_tasks + '/' + awsStopped + "?query_time=1", m_token);
        QCOMPARE(shown.status, showHit ? 418 : 200);
    }

    void unlimitedFaultsStayUntilCleared()
    {
        QCOMPARE(m_sim
                     .injectFault({{u"kind"_s, u"status"_s},
                                   {u"status"_s, 500},
                                   {u"count"_s, -1},
                                   {u"route"_s, u"oms.tasks.list"_s}})
                     .size(),
                 1);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(list().status, 500);
        }
        QCOMPARE(m_sim.control("GET", u"/_sim/faults"_s).json()[u"faults"_s].toArray().size(), 1);
        QVERIFY(m_sim.clearFaults());
        QCOMPARE(list().status, 200);
    }

    void firstMatchingFaultWins()
    {
        m_sim.injectFault(
            {{u"kind"_s, u"status"_s}, {u"status"_s, 502}, {u"route"_s, u"oms.tasks.list"_s}});
        m_sim.injectFault(
            {{u"kind"_s, u"status"_s}, {u"status"_s, 504}, {u"route"_s, u"oms.tasks.list"_s}});
        QCOMPARE(list().status, 502);
        QCOMPARE(list().status, 504);
        QCOMPARE(list().status, 200);
    }

    void invalidFaultsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("no kind") << QJsonObject {{u"status"_s, 500}};
        QTest::newRow("unknown kind") << QJsonObject {{u"kind"_s, u"explode"_s}};
        QTest::newRow("status without status") << QJsonObject {{u"kind"_s, u"status"_s}};
        QTest::newRow("status 99") << QJsonObject {{u"kind"_s, u"status"_s}, {u"status"_s, 99}};
        QTest::newRow("delay without delay_ms") << QJsonObject {{u"kind"_s, u"delay"_s}};
        QTest::newRow("count 0") << QJsonObject {{u"kind"_s, u"hang"_s}, {u"count"_s, 0}};
        QTest::newRow("bad regex")
            << QJsonObject {{u"kind"_s, u"hang"_s}, {u"path_regex"_s, u"(("_s}};
        QTest::newRow("glob and regex")
            << QJsonObject {{u"kind"_s, u"hang"_s}, {u"path"_s, u"/"_s}, {u"path_regex"_s, u"/"_s}};
        QTest::newRow("unknown key") << QJsonObject {{u"kind"_s, u"hang"_s}, {u"times"_s, 2}};
    }

    void invalidFaultsAreRefused()
    {
        QFETCH(QJsonObject, fault);
        const auto reply = m_sim.control("POST", u"/_sim/faults"_s, QJsonDocument(fault));
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json().value(u"error"_s).toString().isEmpty());
        QCOMPARE(list().status, 200);
    }

    void delayThenAnswer()
    {
        m_sim.injectFault(
            {{u"kind"_s, u"delay"_s}, {u"delay_ms"_s, 400}, {u"route"_s, u"oms.tasks.list"_s}});
        QElapsedTimer timer;
        timer.start();
        const Response response = list();
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(response.status, 200);
        QCOMPARE(json(response).value(u"count"_s).toInt(), 4);
        // The fault was used up by the first request: the next is answered
        // without it.
        QCOMPARE(list().status, 200);
        QCOMPARE(m_sim.counters().value(u"faults_applied"_s).toInt(), 1);
        QVERIFY(
            m_sim.control("GET", u"/_sim/faults"_s).json().value(u"faults"_s).toArray().isEmpty());
    }

    void hangNeverAnswers()
    {
        m_sim.injectFault({{u"kind"_s, u"hang"_s}, {u"route"_s, u"oms.tasks.list"_s}});
        RawHttpClient client(port(), 700);
        QVERIFY(client.connect());
        QVERIFY(client.send("GET", m_tasks, m_token));
        QVERIFY(!client.readResponse());
        // Not closed either: the client must give up by itself.
        QVERIFY(client.isConnected());
        QVERIFY(client.pending().isEmpty());
        // Other connections are served as usual.
        QCOMPARE(list().status, 200);
        QCOMPARE(m_sim.requestLog().last()[u"status"_s].toInt(), 200);
    }

    // The client cannot tell whether a reset request took effect: both
    // cases are offered so that its "fate unknown" handling can be tested.
    void resetBeforeTheBodyAppliesNothing()
    {
        m_sim.injectFault({{u"kind"_s, u"reset_before"_s}, {u"route"_s, u"oms.tasks.start"_s}});
        RawHttpClient client(port(), 10000);
        QVERIFY(client.connect());
        // The head alone; the body would follow, but the server resets first.
        QVERIFY(client.sendRaw(startRequestHead(minimalStart.size())));
        QVERIFY(client.waitForClose(10000));
        QVERIFY(client.pending().isEmpty());
        QCOMPARE(statusOf(awsStopped), u"STOPPED"_s);
        const QJsonArray log = m_sim.requestLog();
        QCOMPARE(log.at(log.size() - 2)[u"fault"_s].toString(), u"reset_before"_s);
        QCOMPARE(log.at(log.size() - 2)[u"status"_s].toInt(), 0);
    }

    void resetAfterAppliesTheRequest()
    {
        m_sim.injectFault({{u"kind"_s, u"reset_after"_s}, {u"route"_s, u"oms.tasks.start"_s}});
        RawHttpClient client(port(), 10000);
        QVERIFY(client.connect());
        QVERIFY(client.sendRaw(startRequestHead(minimalStart.size()) + minimalStart));
        QVERIFY(!client.readResponse());
        QVERIFY(!client.isConnected());
        QVERIFY(client.pending().isEmpty());
        // It happened, though nobody was told.
        QCOMPARE(statusOf(awsStopped), u"SYNCHRONIZING"_s);
        const QJsonArray log = m_sim.requestLog();
        QCOMPARE(log.at(log.size() - 2)[u"fault"_s].toString(), u"reset_after"_s);
        QCOMPARE(log.at(log.size() - 2)[u"status"_s].toInt(), 200);
    }

    // A reset is a TCP RST (recv fails with ECONNRESET), not an orderly end
    // of the stream (recv returns 0): clients report them differently.
    void resetsAreRsts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("reset_after") << u"reset_after"_s;
        QTest::newRow("reset_before") << u"reset_before"_s;
        QTest::newRow("no fault: an orderly close") << QString();
    }

    void resetsAreRsts()
    {
        QFETCH(QString, kind);
        if (!kind.isEmpty()) {
            m_sim.injectFault({{u"kind"_s, kind}, {u"route"_s, u"oms.tasks.list"_s}});
        }
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        const timeval timeout {5, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        const QByteArray request = "GET " + m_tasks
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "X-Auth-Token: " + m_token.first().second + "\r\n\r\n";
        QCOMPARE(::send(fd, request.constData(), size_t(request.size()), 0),
                 ssize_t(request.size()));
        QByteArray received;
        char buffer[65536];
        ssize_t n = 0;
        int error = 0;
        while ((n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0) {
            received.append(buffer, n);
        }
        error = n < 0 ? errno : 0;
        ::close(fd);
        if (kind.isEmpty()) {
            QCOMPARE(n, ssize_t(0));
            QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        } else {
            QCOMPARE(n, ssize_t(-1));
            QCOMPARE(error, ECONNRESET);
            QVERIFY(received.isEmpty());
        }
    }

    void truncatedBodiesAreBrokenJson()
    {
        const Response whole = list();
        m_sim.injectFault({{u"kind"_s, u"truncate"_s}, {u"route"_s, u"oms.tasks.list"_s}});
        RawHttpClient client(port());
        const auto cut = client.request("GET", m_tasks, m_token);
        QVERIFY(cut);
        QCOMPARE(cut->status, 200);
        QCOMPARE(cut->body.size(), whole.body.size() / 2);
        QCOMPARE(cut->header("content-length").toLongLong(), whole.body.size() / 2);
        QVERIFY(whole.body.startsWith(cut->body));
        QJsonParseError error;
        QJsonDocument::fromJson(cut->body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // The connection stays usable: the cut is in the body, not the framing.
        const auto next = client.request("GET", m_tasks, m_token);
        QVERIFY(next);
        QCOMPARE(next->body, whole.body);
    }

    void oversizedBodiesAreStreamed()
    {
        m_sim.injectFault({{u"kind"_s, u"oversized"_s},
                           {u"size"_s, 8 * 1024 * 1024},
                           {u"route"_s, u"oms.tasks.list"_s}});
        RawHttpClient client(port(), 10000);
        const auto response = client.request("GET", m_tasks, m_token);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body.size(), 8 * 1024 * 1024);
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(response->body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.value(u"count"_s).toInt(), 0);
        QVERIFY(body.value(u"padding"_s).toString().size() > 8'000'000);
        QCOMPARE(client.request("GET", m_tasks, m_token)->status, 200);
    }

    void oversizedDefaultIs64MiB()
    {
        m_sim.injectFault({{u"kind"_s, u"oversized"_s}, {u"route"_s, u"oms.tasks.list"_s}});
        RawHttpClient client(port(), 10000);
        QVERIFY(client.send("GET", m_tasks, m_token));
        // A careful client reads the head, sees the length and gives up.
        QByteArray head;
        while (!head.contains("\r\n\r\n") && client.socket().waitForReadyRead(5000)) {
            head += client.socket().read(4096);
        }
        QVERIFY2(head.contains("Content-Length: 67108864\r\n"), head.left(300).constData());
        client.disconnect();
        // The simulator lets go of the abandoned stream and carries on.
        QCOMPARE(list().status, 200);
    }

    void faultsFromTheCommandLineAndTheConfiguration()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.startWithConfig(
                     QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/sim/example-config.json"),
                     {u"--fault"_s,
                      u"{\"kind\":\"status\",\"status\":418,\"route\":\"oms.tasks.list\"}"_s}),
                 qPrintable(sim.errorString()));
        const Response issued =
            requestToken(sim.port(), u"cn-north-4"_s, u"acme"_s, u"alice"_s, u"alice-Passw0rd!"_s);
        const Headers token {{"X-Auth-Token", issued.header("x-subject-token")}};
        const QByteArray tasks = "/v2/0f1e2d3c4b5a69788796a5b4c3d2e1f0/sync-tasks";
        QCOMPARE(call(sim.port(), "GET", tasks, token).status, 418);
        QCOMPARE(call(sim.port(), "GET", tasks, token).status, 200);
        // The configuration's fault: every DELETE of that task is refused as busy.
        for (int i = 0; i < 2; ++i) {
            const Response busy = call(sim.port(), "DELETE", tasks + "/from-the-future", token);
            QCOMPARE(busy.status, 503);
            QCOMPARE(busy.header("retry-after"), "30");
            QCOMPARE(json(busy).value(u"error_code"_s).toString(), u"OMS.2004"_s);
        }
        // A reset re-arms both the configuration's faults (not the flag's: it
        // was armed before the configuration's and is used up).
        QVERIFY(sim.reset());
        QCOMPARE(call(sim.port(), "DELETE", tasks + "/from-the-future", token).status, 503);
        QVERIFY(sim.stop());
    }

    void latencyDelaysEveryAnswer()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--latency"_s, u"250"_s}), qPrintable(sim.errorString()));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(requestToken(sim.port(), u"cn-north-4"_s).status, 201);
        QVERIFY(timer.elapsed() >= 250);
        timer.restart();
        QCOMPARE(call(sim.port(), "GET", "/nowhere").status, 404);
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(sim.stop());
    }

    void controlRequestsAreNeverDelayed()
    {
        // Ten minutes for every answer of the service: a control answer at
        // all shows it was not delayed.
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--latency"_s, u"600000"_s}), qPrintable(sim.errorString()));
        RawHttpClient slow(sim.port(), 300);
        QVERIFY(slow.connect());
        QVERIFY(slow.send("GET", "/nowhere"));
        QVERIFY(!slow.readResponse()); // still waiting for its latency
        QVERIFY(sim.counters().contains(u"requests_total"_s));
        QVERIFY(sim.stop());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "TestSimulatorFaults.moc"
