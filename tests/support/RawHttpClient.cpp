// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>

namespace OmsSync::Test {

QByteArray RawHttpClient::Response::header(QByteArrayView name) const
{
    for (const auto& [headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

RawHttpClient::RawHttpClient(quint16 port, int timeoutMs)
    : m_port(port)
    , m_timeoutMs(timeoutMs)
{ }

bool RawHttpClient::connect()
{
    m_buffer.clear();
    m_socket.abort();
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket.waitForConnected(m_timeoutMs);
}

void RawHttpClient::disconnect()
{
    m_socket.disconnectFromHost();
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        m_socket.waitForDisconnected(m_timeoutMs);
    }
}

QByteArray RawHttpClient::hostHeader() const
{
    return "127.0.0.1:" + QByteArray::number(m_port);
}

bool RawHttpClient::sendRaw(const QByteArray& bytes)
{
    if (!isConnected() && !connect()) {
        return false;
    }
    m_socket.write(bytes);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(m_timeoutMs)) {
            return false;
        }
    }
    return true;
}

bool RawHttpClient::send(const QByteArray& method, const QByteArray& target,
                         const QList<std::pair<QByteArray, QByteArray>>& headers,
                         const QByteArray& body)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n";
    for (const auto& [name, value] : headers) {
        request += name + ": " + value + "\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n" + body;
    return sendRaw(request);
}

bool RawHttpClient::fill()
{
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(m_timeoutMs)) {
        m_buffer += m_socket.readAll();
        return false;
    }
    m_buffer += m_socket.readAll();
    return true;
}

std::optional<RawHttpClient::Response> RawHttpClient::readResponse()
{
    const QDeadlineTimer deadline(m_timeoutMs);
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            Response response;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            const QByteArray statusLine = lines.value(0).trimmed();
            const qsizetype firstSpace = statusLine.indexOf(' ');
            const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
            response.status = statusLine.mid(firstSpace + 1, secondSpace - firstSpace - 1).toInt();
            response.reason = secondSpace < 0 ? QByteArray() : statusLine.mid(secondSpace + 1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0) {
                    response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
                }
            }
            // Interim answers (100 Continue) carry no body and are skipped.
            if (response.status >= 100 && response.status < 200) {
                m_buffer.remove(0, headEnd + 4);
                continue;
            }
            length = response.header("content-length").toLongLong();
            if (m_buffer.size() >= headEnd + 4 + length) {
                response.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                return response;
            }
        }
        if (deadline.hasExpired() || !fill()) {
            return std::nullopt;
        }
    }
}

std::optional<RawHttpClient::Response>
RawHttpClient::request(const QByteArray& method, const QByteArray& target,
                       const QList<std::pair<QByteArray, QByteArray>>& headers,
                       const QByteArray& body)
{
    if (!isConnected() && !connect()) {
        return std::nullopt;
    }
    if (!send(method, target, headers, body)) {
        return std::nullopt;
    }
    return readResponse();
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (!m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            break;
        }
        m_buffer += m_socket.readAll();
    }
    m_buffer += m_socket.readAll();
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

} // namespace OmsSync::Test
