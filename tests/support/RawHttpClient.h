// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <optional>
#include <utility>

namespace OmsSync::Test {

// An HTTP/1.1 client on a bare socket, for tests that need exact bytes on the
// wire: malformed requests, odd paths QUrl would normalise, pipelining,
// keep-alive accounting, resets. Blocking, with timeouts: test code only.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray reason;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
    };

    explicit RawHttpClient(quint16 port, int timeoutMs = 10000);

    bool connect();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void disconnect();

    // Sends bytes exactly as given.
    bool sendRaw(const QByteArray& bytes);
    // Sends a request with Host, Content-Length (when there is a body or
    // method is POST/PUT) and the given headers, in that order.
    bool send(const QByteArray& method, const QByteArray& target,
              const QList<std::pair<QByteArray, QByteArray>>& headers = {},
              const QByteArray& body = {});
    // Reads one response (Content-Length framed). nullopt on timeout, or when
    // the connection ended first.
    std::optional<Response> readResponse();
    // send() then readResponse(), reconnecting first when needed.
    std::optional<Response> request(const QByteArray& method, const QByteArray& target,
                                    const QList<std::pair<QByteArray, QByteArray>>& headers = {},
                                    const QByteArray& body = {});

    // Waits until the server closes the connection; true when it did.
    bool waitForClose(int timeoutMs);
    QByteArray hostHeader() const;
    QTcpSocket& socket() { return m_socket; }
    // Bytes read but not yet part of a response.
    const QByteArray& pending() const { return m_buffer; }

private:
    bool fill();

    quint16 m_port;
    int m_timeoutMs;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace OmsSync::Test
