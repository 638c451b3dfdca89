// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace OmsSync::Sim {

HttpResponse HttpResponse::json(int status, const QJsonObject& body)
{
    HttpResponse response(status);
    response.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json;charset=UTF-8");
    return response;
}

HttpResponse HttpResponse::json(int status, const QJsonArray& body)
{
    HttpResponse response(status);
    response.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact),
                     "application/json;charset=UTF-8");
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray& body)
{
    HttpResponse response(status);
    response.setBody(body, "text/plain;charset=UTF-8");
    return response;
}

void HttpResponse::setBody(const QByteArray& body, const QByteArray& contentType)
{
    m_body = body;
    setHeader("Content-Type", contentType);
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    m_headers.removeIf(
        [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [headerName, value] : m_headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray HttpResponse::serializeHead(bool keepAlive, qint64 contentLength) const
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    for (const auto& [name, value] : m_headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("connection", Qt::CaseInsensitive) == 0) {
            continue;
        }
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    return head;
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    return serializeHead(keepAlive, m_body.size()) + m_body;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 418:
        return "I'm a teapot";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status " + QByteArray::number(status);
    }
}

QByteArray HttpResponse::newRequestId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

QByteArray HttpResponse::httpDate(qint64 msecsSinceEpoch)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    const QDate date = time.date();
    // Written out by hand: QLocale or toString() would follow the C locale's
    // names only by accident.
    return QByteArray(days[date.dayOfWeek() - 1]) + ", "
        + QByteArray::number(date.day()).rightJustified(2, '0') + ' ' + months[date.month() - 1]
        + ' ' + QByteArray::number(date.year()) + ' '
        + time.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " GMT";
}

} // namespace OmsSync::Sim
