// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace OmsSync::Sim {

// A response before it is written. Content-Length and Connection are decided
// when it is serialised, so a fault can still cut or replace the body.
class HttpResponse
{
public:
    HttpResponse() = default;
    explicit HttpResponse(int status)
        : m_status(status)
    { }

    static HttpResponse json(int status, const QJsonObject& body);
    // Some OMS calls answer a bare array.
    static HttpResponse json(int status, const QJsonArray& body);
    static HttpResponse text(int status, const QByteArray& body);

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    const QByteArray& body() const { return m_body; }
    void setBody(const QByteArray& body, const QByteArray& contentType);
    // Keeps the headers (Content-Type included) and replaces only the bytes.
    void replaceBody(const QByteArray& body) { m_body = body; }

    // Replaces every header of that name.
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(QByteArrayView name) const;
    const QList<std::pair<QByteArray, QByteArray>>& headers() const { return m_headers; }

    // Status line and headers, with Content-Length: contentLength and a
    // Connection header that tells the client what happens next.
    QByteArray serializeHead(bool keepAlive, qint64 contentLength) const;
    QByteArray serialize(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
    // 32 lower-case hex digits, unique per response (users quote it to support).
    static QByteArray newRequestId();
    // An IMF-fixdate as the Date header wants it, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(qint64 msecsSinceEpoch);

private:
    int m_status = 200;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};

} // namespace OmsSync::Sim
