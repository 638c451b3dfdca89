// SPDX-License-Identifier: GPL-3.0-or-later
//
// HttpTransport over loopback against a small scripted HTTP server: answers
// come back whole on the caller's thread; silence, an oversized body, a
// cancelled request and a transport that goes first each end as they
// should; clients share connections only when their trust agrees, and never
// each other's cookies.

#include "HttpTransport.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <functional>

using namespace OmsSync;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Reads each request's head (no bodies are sent here) and answers it the way
// the test says; counts connections and keeps the requests it read.
class ScriptedServer : public QObject
{
public:
    // Returns the whole answer to send, or an empty one to stay silent.
    using Script = std::function<QByteArray(const QByteArray& head)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { onReadyRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    ++disconnects;
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    ~ScriptedServer() override
    {
        // The connections go before the members their handlers use.
        const auto sockets = m_server.findChildren<QTcpSocket*>();
        for (QTcpSocket* socket : sockets) {
            socket->disconnect();
            delete socket;
        }
    }

    QUrl url(const QString& path = u"/x"_s) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    int connections = 0;
    int disconnects = 0; // by the client
    QList<QByteArray> heads;

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end = 0;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            heads.append(head);
            const QByteArray answer = m_script(head);
            if (!answer.isEmpty()) {
                socket->write(answer);
            }
        }
    }

    QTcpServer m_server;
    Script m_script;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray okAnswer(const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: req-1\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

HttpTransport::Limits limits(std::chrono::milliseconds silence = 5s, qint64 maxBytes = 1 << 20)
{
    return {silence, maxBytes};
}

QByteArray headerOf(const HttpAnswer& answer, QByteArrayView name)
{
    for (const auto& [key, value] : answer.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Loopback, whatever the environment's proxy says.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void answersWholeOnTheCallersThread()
    {
        ScriptedServer server([](const QByteArray&) { return okAnswer(R"({"tasks":[]})"); });
        HttpTransport transport;
        QObject owner;
        HttpExchange* exchange =
            transport.send(QNetworkRequest(server.url()), "GET", {}, false, limits(), &owner);
        QCOMPARE(exchange->parent(), &owner);
        QThread* finishedOn = nullptr;
        connect(exchange, &HttpExchange::finished, this,
                [&finishedOn] { finishedOn = QThread::currentThread(); });
        QSignalSpy finished(exchange, &HttpExchange::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finishedOn, QThread::currentThread());
        const HttpAnswer& answer = exchange->answer();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.body, R"({"tasks":[]})"_ba);
        QCOMPARE(headerOf(answer, "x-request-id"), "req-1"_ba);
        QVERIFY(!answer.timedOut);
        QVERIFY(!answer.tooLarge);
        QCOMPARE(finished.count(), 1);
        QVERIFY(server.heads.value(0).startsWith("GET /x HTTP/1.1"));
    }

    void silenceEndsAsTimedOut()
    {
        ScriptedServer server([](const QByteArray&) { return QByteArray(); });
        HttpTransport transport;
        QElapsedTimer clock;
        clock.start();
        HttpExchange* exchange =
            transport.send(QNetworkRequest(server.url()), "GET", {}, false, limits(300ms), this);
        QSignalSpy finished(exchange, &HttpExchange::finished);
        QVERIFY(finished.wait(5000));
        // Never before the limit (a coarse timer would fire up to 5 % early: 284 ms was seen).
        QVERIFY2(clock.elapsed() >= 299, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(exchange->answer().timedOut);
        QCOMPARE(exchange->answer().status, 0);
        delete exchange;
    }

    // An answer is kept until the UI thread has read it, and sometimes well
    // after: it must not carry a reading buffer's room along. A body that
    // comes in many pieces still comes whole and in order.
    void answersKeepNoRoomBeyondTheirBody()
    {
        QByteArray large;
        for (int i = 0; large.size() < 300 * 1024; ++i) {
            large += QByteArray::number(i) + ',';
        }
        ScriptedServer server([&large](const QByteArray& head) {
            return okAnswer(head.startsWith("GET /large ") ? large : R"({"tasks":[]})"_ba);
        });
        HttpTransport transport;
        HttpExchange* small =
            transport.send(QNetworkRequest(server.url()), "GET", {}, false, limits(), this);
        HttpExchange* whole = transport.send(QNetworkRequest(server.url(u"/large"_s)), "GET", {},
                                             false, limits(), this);
        QSignalSpy smallDone(small, &HttpExchange::finished);
        QSignalSpy wholeDone(whole, &HttpExchange::finished);
        QVERIFY(smallDone.count() == 1 || smallDone.wait(5000));
        QVERIFY(wholeDone.count() == 1 || wholeDone.wait(5000));

        QCOMPARE(small->answer().body, R"({"tasks":[]})"_ba);
        QVERIFY2(small->answer().body.capacity() < 256,
                 qPrintable(QString::number(small->answer().body.capacity())));
        QCOMPARE(whole->answer().body.size(), large.size());
        QVERIFY(whole->answer().body == large);
        delete small;
        delete whole;
    }

    void anOversizedBodyIsNotRead()
    {
        ScriptedServer server([](const QByteArray&) { return okAnswer(QByteArray(4096, 'x')); });
        HttpTransport transport;
        HttpExchange* exchange =
            transport.send(QNetworkRequest(server.url()), "GET", {}, false, limits(5s, 1024), this);
        QSignalSpy finished(exchange, &HttpExchange::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(exchange->answer().tooLarge);
        QVERIFY(exchange->answer().body.isEmpty());
        delete exchange;
    }

    void aDeletedExchangeIsCancelledAndNeverReports()
    {
        bool answered = false;
        ScriptedServer server([](const QByteArray&) { return QByteArray(); });
        HttpTransport transport;
        auto* exchange =
            transport.send(QNetworkRequest(server.url()), "GET", {}, false, limits(), this);
        connect(exchange, &HttpExchange::finished, this, [&answered] { answered = true; });
        QTRY_COMPARE(server.heads.size(), 1);
        delete exchange;
        // The request is aborted: its connection closes.
        QTRY_COMPARE(server.disconnects, 1);
        QTest::qWait(100);
        QVERIFY(!answered);

        // The transport still works for the next request.
        ScriptedServer second([](const QByteArray&) { return okAnswer("{}"); });
        HttpExchange* next =
            transport.send(QNetworkRequest(second.url()), "GET", {}, false, limits(), this);
        QSignalSpy finished(next, &HttpExchange::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(next->answer().status, 200);
        delete next;
    }

    void aTransportThatGoesFirstCancelsItsRequests()
    {
        ScriptedServer server([](const QByteArray&) { return QByteArray(); });
        auto transport = std::make_unique<HttpTransport>();
        HttpExchange* exchange =
            transport->send(QNetworkRequest(server.url()), "GET", {}, false, limits(), this);
        QSignalSpy finished(exchange, &HttpExchange::finished);
        QTRY_COMPARE(server.heads.size(), 1);
        transport.reset();
        QVERIFY(finished.wait(5000));
        QCOMPARE(exchange->answer().error, QNetworkReply::OperationCanceledError);
        QCOMPARE(exchange->answer().status, 0);
        delete exchange;
    }

    void connectionsAreSharedOnlyWithTheSameTrust()
    {
        ScriptedServer server([](const QByteArray&) { return okAnswer("{}"); });
        auto fetch = [this, &server](HttpTransport& transport) {
            HttpExchange* exchange =
                transport.send(QNetworkRequest(server.url()), "GET", {}, false, limits(), this);
            QSignalSpy finished(exchange, &HttpExchange::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(exchange->answer().status, 200);
            delete exchange;
        };
        HttpTransport first;
        HttpTransport sameTrust;
        HttpTransport otherTrust;
        otherTrust.setTrust(u"ab12 "_s);
        fetch(first);
        fetch(sameTrust);
        QCOMPARE(server.connections, 1); // kept alive, and reused by the second client
        fetch(otherTrust);
        QCOMPARE(server.connections, 2); // a certificate the others do not trust: its own
        fetch(first);
        QCOMPARE(server.connections, 2);
    }

    void cookiesAreNeitherKeptNorSent()
    {
        ScriptedServer server([](const QByteArray& head) {
            return head.contains("/set") ? okAnswer("{}", "Set-Cookie: session=secret; Path=/\r\n")
                                         : okAnswer("{}");
        });
        HttpTransport one;
        HttpTransport other;
        for (auto [transport, path] : {std::pair {&one, u"/set"_s}, std::pair {&one, u"/a"_s},
                                       std::pair {&other, u"/b"_s}}) {
            HttpExchange* exchange = transport->send(QNetworkRequest(server.url(path)), "GET", {},
                                                     false, limits(), this);
            QSignalSpy finished(exchange, &HttpExchange::finished);
            QVERIFY(finished.wait(5000));
            delete exchange;
        }
        QCOMPARE(server.heads.size(), 3);
        for (const QByteArray& head : std::as_const(server.heads)) {
            QVERIFY2(!head.toLower().contains("cookie:"), head.constData());
        }
    }

    void aOneShotBodyIsSentWithItsLength()
    {
        ScriptedServer server([](const QByteArray&) { return okAnswer("{}"); });
        HttpTransport transport;
        QNetworkRequest request(server.url(u"/start"_s));
        request.setRawHeader("Content-Type", "application/json");
        HttpExchange* exchange =
            transport.send(request, "POST", R"({"src_ak":"a"})"_ba, true, limits(), this);
        QSignalSpy finished(exchange, &HttpExchange::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(exchange->answer().status, 200);
        QVERIFY(server.heads.value(0).startsWith("POST /start HTTP/1.1"));
        QVERIFY(server.heads.value(0).toLower().contains("content-length: 14"));
        delete exchange;
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "TestHttpTransport.moc"
