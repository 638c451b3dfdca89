// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace OmsSync {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Huawei Cloud's SDK-HMAC-SHA256 request signature, byte for byte as the
// official SDK core computes it (tests/data/signing holds its vectors).
// Pure functions: no clock, no network, so every step can be checked.
class AkSkSigner
{
public:
    struct Signature
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders;
        QByteArray authorization; // the value of the Authorization header
    };

    // The X-Sdk-Date value for a moment: YYYYMMDDTHHMMSSZ in UTC.
    static QByteArray sdkDate(const QDateTime& moment);

    // Signs a request as it goes on the wire. `headers` are the headers to
    // sign, exactly as they will be sent (values are not trimmed: never send
    // padded values); host and x-sdk-date are added here. `url` must carry
    // the path and query already percent-encoded as they are sent.
    static Signature sign(QByteArrayView method, const QUrl& url, const HeaderList& headers,
                          QByteArrayView body, QByteArrayView sdkDate, QByteArrayView accessKey,
                          QByteArrayView secretKey);

    // The same from the parts of a request line: the host header, and the
    // path and query exactly as written on the wire.
    struct WireTarget
    {
        QByteArray host;
        QByteArray path;
        QByteArray query;
    };
    static Signature sign(QByteArrayView method, const WireTarget& target,
                          const HeaderList& headers, QByteArrayView body, QByteArrayView sdkDate,
                          QByteArrayView accessKey, QByteArrayView secretKey);
    // What QNetworkAccessManager puts on the wire for a URL.
    static WireTarget wireTarget(const QUrl& url);

    // Each segment of the wire path encoded once more (a `%` becomes `%25`),
    // always ending in `/`.
    static QByteArray canonicalUri(QByteArrayView wirePath);
    // The wire query decoded into pairs, sorted by key then value, encoded.
    static QByteArray canonicalQuery(QByteArrayView wireQuery);
    // host[:port] as the URL writes it, which is what the signature covers.
    static QByteArray hostHeader(const QUrl& url);
};

} // namespace OmsSync
