// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLog.h"

#include "HttpRequest.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

void RequestLog::record(const HttpRequest& request, const Outcome& outcome)
{
    if (!m_enabled) {
        return;
    }
    QJsonArray headers;
    for (const HttpHeader& header : request.headers) {
        headers.append(
            QJsonArray {QString::fromLatin1(header.name), QString::fromUtf8(header.rawValue)});
    }
    QJsonObject entry {
        {u"seq"_s, ++m_sequence},
        {u"time_ms"_s, outcome.timeMs},
        {u"connection"_s, qint64(outcome.connectionId)},
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, QString::fromLatin1(request.path)},
        {u"query"_s, QString::fromLatin1(request.query)},
        {u"headers"_s, headers},
        {u"auth"_s, outcome.auth},
        {u"route"_s, outcome.route},
        {u"status"_s, outcome.status},
        {u"request_id"_s, QString::fromLatin1(outcome.requestId)},
    };
    // Bodies that are not UTF-8 are kept exactly, as base64.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(request.body);
    if (decoder.hasError()) {
        entry.insert(u"body_base64"_s, QString::fromLatin1(request.body.toBase64()));
    } else {
        entry.insert(u"body"_s, text);
    }
    if (!outcome.fault.isEmpty()) {
        entry.insert(u"fault"_s, outcome.fault);
    }
    m_entries.append(entry);
    while (m_entries.size() > capacity) {
        m_entries.removeFirst();
    }
}

} // namespace OmsSync::Sim
