// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "HttpHandler.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace OmsSync::Sim {

namespace {

// How much may wait in the socket's write buffer while a streamed body is sent.
constexpr qint64 streamHighWater = 512 * 1024;
constexpr qint64 streamChunk = 64 * 1024;
// After the last answer on a closing connection, the rest of the client's
// input is read and dropped for this long, so the kernel does not answer it
// with a RST that could destroy the answer before the client reads it.
constexpr int lingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(quint64 id, QTcpSocket* socket, HttpHandler* handler,
                               const HttpRequestParser::Limits& limits, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_handler(handler)
    , m_parser(limits)
{
    socket->setParent(this);
    // Back-pressure: a client that floods us waits in the kernel, not in our memory.
    socket->setReadBufferSize(256 * 1024);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_awaiting && m_parser.isBetweenRequests()) {
            closeAfterWriting();
        }
    });
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] {
        if (m_socket) {
            m_socket->abort();
        }
        deleteLater();
    });
    m_idleTimer.start();
    // Bytes may have arrived with the connection (or during a TLS handshake)
    // before readyRead was connected.
    if (socket->bytesAvailable() > 0) {
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    if (m_closing) {
        m_socket->readAll(); // lingering close: read and drop
        return;
    }
    processInput();
}

void HttpConnection::processInput()
{
    m_processScheduled = false;
    if (!m_socket || m_awaiting || m_hung || m_closing) {
        return;
    }
    m_parser.feed(m_socket->readAll());
    for (;;) {
        switch (m_parser.next()) {
        case HttpRequestParser::Event::NeedMoreData:
            if (m_parser.isBetweenRequests()) {
                m_idleTimer.start();
            } else {
                m_idleTimer.stop();
            }
            return;
        case HttpRequestParser::Event::Error:
            rejectRequest(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        case HttpRequestParser::Event::HeadReceived:
            m_idleTimer.stop();
            if (!m_handler->headReceived(*this, m_parser.request())) {
                reset();
                return;
            }
            if (m_parser.expectsContinue()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            break;
        case HttpRequestParser::Event::RequestReceived: {
            const HttpRequest request = m_parser.takeRequest();
            m_awaiting = true;
            m_keepAlive = request.keepAlive();
            // The handler may answer (even reset the connection) before it
            // returns; whatever follows is picked up by finishResponse().
            m_handler->requestReceived(*this, request);
            return;
        }
        }
    }
}

void HttpConnection::rejectRequest(int status, const QByteArray& message)
{
    m_handler->requestRejected(*this, status);
    HttpResponse response =
        HttpResponse::text(status,
                           QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status)
                               + ": " + message + '\n');
    response.setHeader("X-Request-Id", HttpResponse::newRequestId());
    response.setHeader("Server", "oms-sim");
    m_socket->write(response.serialize(false));
    closeAfterWriting();
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_awaiting || !m_socket || m_producer) {
        return;
    }
    const bool keepAlive = m_keepAlive && response.header("Connection") != "close";
    m_socket->write(response.serialize(keepAlive));
    finishResponse(keepAlive);
}

void HttpConnection::respondStreaming(const HttpResponse& head, qint64 bodyLength,
                                      BodyProducer producer)
{
    if (!m_awaiting || !m_socket || m_producer) {
        return;
    }
    m_socket->write(head.serializeHead(m_keepAlive, bodyLength));
    m_producer = std::move(producer);
    m_streamOffset = 0;
    m_streamLength = bodyLength;
    pumpStream();
}

void HttpConnection::pumpStream()
{
    while (m_socket && m_producer && m_streamOffset < m_streamLength
           && m_socket->bytesToWrite() < streamHighWater) {
        const QByteArray chunk =
            m_producer(m_streamOffset, qMin(streamChunk, m_streamLength - m_streamOffset));
        if (chunk.isEmpty()) {
            break;
        }
        m_streamOffset += m_socket->write(chunk);
    }
    if (m_producer && m_streamOffset >= m_streamLength) {
        m_producer = nullptr;
        finishResponse(m_keepAlive);
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_producer) {
        pumpStream();
        return;
    }
    if (m_closing && m_socket && m_socket->bytesToWrite() == 0 && !m_lingerTimer.isActive()) {
        shutdownWriteSide();
    }
}

void HttpConnection::finishResponse(bool keepAlive)
{
    m_awaiting = false;
    if (!keepAlive) {
        closeAfterWriting();
        return;
    }
    // Pipelined requests may already be buffered: continue after returning
    // to the event loop, never from inside the handler's call stack.
    if (!m_processScheduled) {
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
    }
}

void HttpConnection::closeAfterWriting()
{
    if (!m_socket || m_closing) {
        return;
    }
    m_closing = true;
    m_idleTimer.stop();
    if (m_socket->bytesToWrite() == 0) {
        shutdownWriteSide();
    }
}

void HttpConnection::shutdownWriteSide()
{
    if (!m_socket) {
        return;
    }
    if (qobject_cast<QSslSocket*>(m_socket.data())) {
        // TLS needs its close_notify: let Qt close it.
        m_socket->disconnectFromHost();
    } else {
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    }
    m_lingerTimer.start(lingerMs);
}

void HttpConnection::reset()
{
    if (!m_socket) {
        return;
    }
    // SO_LINGER with a zero timeout turns close() into a RST: the client sees
    // "connection reset by peer", not an orderly end of the stream.
    const linger hardClose {1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                 sizeof(hardClose));
    m_awaiting = false;
    m_producer = nullptr;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::hang()
{
    m_hung = true;
    m_idleTimer.stop();
}

} // namespace OmsSync::Sim
