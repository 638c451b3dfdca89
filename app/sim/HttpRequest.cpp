// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

namespace OmsSync::Sim {

namespace {

bool hasToken(const QByteArray& list, QByteArrayView token)
{
    for (const QByteArray& item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const HttpHeader& header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0) {
            return header.value();
        }
    }
    return {};
}

qsizetype HttpRequest::headerCount(QByteArrayView name) const
{
    qsizetype count = 0;
    for (const HttpHeader& header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0) {
            ++count;
        }
    }
    return count;
}

bool HttpRequest::keepAlive() const
{
    QByteArray connection;
    for (const HttpHeader& header : headers) {
        if (header.name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += header.value() + ',';
        }
    }
    if (minorVersion == 0) {
        return hasToken(connection, "keep-alive");
    }
    return !hasToken(connection, "close");
}

bool HttpRequest::hasJsonContentType() const
{
    const QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? type : type.left(semicolon)).trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace OmsSync::Sim
