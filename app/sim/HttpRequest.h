// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace OmsSync::Sim {

// One header line as it arrived. The value keeps everything after the colon
// except a single separating space: the AK/SK signature covers header values
// exactly as the client's signer saw them (Huawei's SDK signs untrimmed
// values and writes "Name: value"), so trimming here would make the
// verifier agree with clients it should refuse, and refuse ones it should not.
struct HttpHeader
{
    QByteArray name;
    QByteArray rawValue;

    QByteArray value() const { return rawValue.trimmed(); }
};

// A request as the parser delivers it. Path and query are the raw bytes of
// the request target (not decoded): routing decodes each path segment once,
// and the signature verifier needs the bytes exactly as sent.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // the whole request target, e.g. /v2/p/sync-tasks?limit=10
    QByteArray path; // target up to '?'
    QByteArray query; // after '?', empty when absent
    bool hasQuery = false; // distinguishes "/x?" from "/x"
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<HttpHeader> headers;
    QByteArray body;

    // The first header of that name (case-insensitive), trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    qsizetype headerCount(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return headerCount(name) > 0; }
    // Whether the client wants the connection kept open after the response.
    bool keepAlive() const;
    // Whether Content-Type names JSON (application/json, with or without parameters).
    bool hasJsonContentType() const;
};

} // namespace OmsSync::Sim
