// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceSigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync::Test {

namespace {

// AKSKSigner.urlEncode: UTF-8, everything but A-Z a-z 0-9 - _ . ~ as %XX.
QByteArray sdkUrlEncode(const QString& text)
{
    return text.toUtf8().toPercentEncoding(QByteArray(), QByteArray("!'()*"));
}

// Node's querystring.escape, as querystring.stringify uses it: like
// encodeURIComponent, which leaves ! ' ( ) * alone.
QByteArray nodeQueryEscape(const QString& text)
{
    return text.toUtf8().toPercentEncoding(QByteArray("!'()*"));
}

} // namespace

QByteArray ReferenceSigner::sdkDate(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(u"yyyyMMdd'T'HHmmss'Z'"_s)
        .toLatin1();
}

QByteArray ReferenceSigner::wireQuery() const
{
    QByteArrayList pairs;
    for (const auto& [name, value] : query) {
        pairs.append(nodeQueryEscape(name) + '=' + nodeQueryEscape(value));
    }
    return pairs.join('&');
}

QByteArray ReferenceSigner::target() const
{
    const QByteArray encodedQuery = wireQuery();
    return encodedQuery.isEmpty() ? path : path + '?' + encodedQuery;
}

ReferenceSigner::Signature ReferenceSigner::sign(const QByteArray& accessKey,
                                                 const QByteArray& secretKey) const
{
    Signature result;
    // allHeaders = request headers + {X-Sdk-Date (unless given), host}
    Pairs all = headers;
    const auto given = std::find_if(
        all.cbegin(), all.cend(), [](const auto& header) { return header.first == "X-Sdk-Date"; });
    result.sdkDate =
        given != all.cend() ? given->second : sdkDate(QDateTime::currentMSecsSinceEpoch());
    if (given == all.cend()) {
        all.append({"X-Sdk-Date", result.sdkDate});
    }
    all.append({"host", host});
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return a.first.toLower() < b.first.toLower(); });

    // CanonicalURI
    QByteArrayList segments;
    for (const QByteArray& segment : path.split('/')) {
        segments.append(sdkUrlEncode(QString::fromUtf8(segment)));
    }
    QByteArray canonicalUri = segments.join('/');
    if (!canonicalUri.endsWith('/')) {
        canonicalUri += '/';
    }

    // CanonicalQueryString: keys sorted, array values sorted.
    QMap<QString, QStringList> parameters;
    for (const auto& [name, value] : query) {
        parameters[name].append(value);
    }
    QByteArrayList queryParts;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        for (const QString& value : std::as_const(values)) {
            queryParts.append(sdkUrlEncode(it.key()) + '=' + sdkUrlEncode(value));
        }
    }

    QByteArrayList names;
    QByteArray canonicalHeaders;
    for (const auto& [name, value] : std::as_const(all)) {
        names.append(name.toLower());
        canonicalHeaders += name.toLower() + ':' + value + '\n';
    }
    const QByteArray signedHeaders = names.join(';');

    QByteArray payloadHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    for (const auto& [name, value] : headers) {
        if (name == "X-Sdk-Content-Sha256") {
            payloadHash = value;
        }
    }

    result.canonicalRequest = method + '\n' + canonicalUri + '\n' + queryParts.join('&') + '\n'
        + canonicalHeaders + '\n' + signedHeaders + '\n' + payloadHash;
    const QByteArray stringToSign = "SDK-HMAC-SHA256\n" + result.sdkDate + '\n'
        + QCryptographicHash::hash(result.canonicalRequest, QCryptographicHash::Sha256).toHex();
    const QByteArray signature =
        QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
    result.authorization = "SDK-HMAC-SHA256 Access=" + accessKey
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    return result;
}

} // namespace OmsSync::Test
