// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace OmsSync::Sim {

class HttpHandler;

// One client connection: reads requests one at a time, hands each to the
// handler and waits for its answer before reading the next (so pipelined
// requests are answered in order even when an answer is delayed).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using BodyProducer = std::function<QByteArray(qint64 offset, qint64 maxBytes)>;

    HttpConnection(quint64 id, QTcpSocket* socket, HttpHandler* handler,
                   const HttpRequestParser::Limits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }

    void respond(const HttpResponse& response);
    // Writes the head with Content-Length: bodyLength, then the body as the
    // client reads it, asking producer for one chunk at a time. Nothing large
    // is ever held in memory, so a 64 MiB body costs nothing here.
    void respondStreaming(const HttpResponse& head, qint64 bodyLength, BodyProducer producer);
    // Aborts the connection with a TCP RST and no answer.
    void reset();
    // Never answers this request; the connection stays open until the peer closes it.
    void hang();

    bool isAwaitingResponse() const { return m_awaiting; }

    // Connections close after this long without a request (a client must
    // cope with a keep-alive connection that the server has closed).
    static constexpr int idleTimeoutMs = 75'000;

private:
    void onReadyRead();
    void onBytesWritten();
    void processInput();
    void finishResponse(bool keepAlive);
    void pumpStream();
    void closeAfterWriting();
    void shutdownWriteSide();
    void rejectRequest(int status, const QByteArray& message);

    quint64 m_id;
    QPointer<QTcpSocket> m_socket;
    HttpHandler* m_handler;
    HttpRequestParser m_parser;
    bool m_awaiting = false; // a request was handed over and not yet answered
    bool m_keepAlive = true; // of the request being answered
    bool m_hung = false;
    bool m_closing = false;
    bool m_processScheduled = false;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;

    BodyProducer m_producer;
    qint64 m_streamOffset = 0;
    qint64 m_streamLength = 0;
};

} // namespace OmsSync::Sim
