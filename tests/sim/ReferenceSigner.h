// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace OmsSync::Test {

// The client side of SDK-HMAC-SHA256 for the simulator's own tests: a line by
// line port of the official Node.js SDK core's AKSKSigner.sign(), written
// apart from the simulator's verifier (which rebuilds everything from the
// bytes received) and checked against the same official vectors. It takes
// the query as the SDK does, as decoded parameters, and also says how the SDK
// puts them on the wire (querystring.stringify), so tests can send exactly
// what an SDK client would.
struct ReferenceSigner
{
    using Pairs = QList<std::pair<QByteArray, QByteArray>>;

    QByteArray method;
    QByteArray host; // as in the Host header, with the port
    QByteArray path; // as on the wire (already percent-encoded)
    QList<std::pair<QString, QString>> query; // decoded names and values
    Pairs headers; // without Host; with X-Sdk-Date to fix the time
    QByteArray body;

    struct Signature
    {
        QByteArray authorization;
        QByteArray canonicalRequest;
        QByteArray sdkDate;
    };
    Signature sign(const QByteArray& accessKey, const QByteArray& secretKey) const;

    // The query as the SDK's HTTP client sends it.
    QByteArray wireQuery() const;
    QByteArray target() const;
    // "20250314T092653Z" for a time in milliseconds.
    static QByteArray sdkDate(qint64 msecsSinceEpoch);
};

} // namespace OmsSync::Test
