// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QNetworkProxy;

namespace OmsSync {

class HttpTransportWorker;

// What came back for one request, read to the end on the network thread.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (see error)
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false; // silent for longer than the limit
    bool tooLarge = false; // the body outgrew its limit and was not read
};

class HttpExchange;

// Sends the requests of one client on the network thread that all clients
// share. Qt's HTTP stack delivers a reply in
// several events to the thread that sent it; fifty profiles refreshing at
// once used to bring hundreds of them to the UI thread in one go. Here each
// request costs the calling thread one event: its whole answer.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        std::chrono::milliseconds silence {30000}; // without progress
        qint64 maxBytes = 8 * 1024 * 1024;
    };

    explicit HttpTransport(QObject* parent = nullptr);
    ~HttpTransport() override;

    // For the requests sent after these calls. Clients share connections
    // only when they agree on both: the proxy, and `trust`, which names the
    // certificates TLS peers are checked against beyond the system's (the
    // same text for the same ones, empty for none).
    void setProxy(const QNetworkProxy& proxy);
    void setTrust(const QString& trust);

    // Sends `request`; the exchange belongs to `owner` and reports once with
    // finished(). A body that must not be sent twice (a start or a stop) is
    // one-shot: Qt's silent resend on a closed keep-alive connection becomes
    // an error instead. Deleting the exchange cancels the request.
    HttpExchange* send(const QNetworkRequest& request, const QByteArray& verb,
                       const QByteArray& body, bool oneShotBody, Limits limits, QObject* owner);

private:
    friend class HttpExchange;
    void cancel(quint64 id);
    void onAnswered(quint64 id, const OmsSync::HttpAnswer& answer);

    HttpTransportWorker* m_worker; // lives on the network thread
    QHash<quint64, QPointer<HttpExchange>> m_exchanges;
    quint64 m_nextId = 1;
};

// One request in flight, seen from the thread that sent it.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    ~HttpExchange() override;
    const HttpAnswer& answer() const { return m_answer; }

Q_SIGNALS:
    void finished();

private:
    friend class HttpTransport;
    HttpExchange(HttpTransport* transport, quint64 id, QObject* owner);

    QPointer<HttpTransport> m_transport;
    quint64 m_id;
    bool m_done = false;
    HttpAnswer m_answer;
};

} // namespace OmsSync

Q_DECLARE_METATYPE(OmsSync::HttpAnswer)
