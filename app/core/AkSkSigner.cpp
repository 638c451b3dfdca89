// SPDX-License-Identifier: GPL-3.0-or-later
#include "AkSkSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

constexpr QByteArrayView algorithm = "SDK-HMAC-SHA256";
constexpr QByteArrayView contentSha256Header = "x-sdk-content-sha256";

// Everything but A-Z a-z 0-9 - _ . ~ as %XX with upper-case hex: what
// QByteArray::toPercentEncoding does with no exceptions.
QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toPercentEncoding();
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray AkSkSigner::sdkDate(const QDateTime& moment)
{
    return moment.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray AkSkSigner::canonicalUri(QByteArrayView wirePath)
{
    QByteArray uri;
    uri.reserve(wirePath.size() + 16);
    qsizetype start = 0;
    while (start <= wirePath.size()) {
        qsizetype slash = wirePath.indexOf('/', start);
        if (slash < 0) {
            slash = wirePath.size();
        }
        uri += encode(wirePath.sliced(start, slash - start));
        if (slash < wirePath.size()) {
            uri += '/';
        }
        start = slash + 1;
    }
    if (!uri.endsWith('/')) {
        uri += '/';
    }
    return uri;
}

QByteArray AkSkSigner::canonicalQuery(QByteArrayView wireQuery)
{
    if (wireQuery.isEmpty()) {
        return {};
    }
    // Sorted by the decoded text in UTF-16 order, as the reference
    // implementation sorts its parameter map.
    QList<std::pair<QString, QString>> pairs;
    for (const QByteArrayView item : QByteArrayView(wireQuery).toByteArray().split('&')) {
        if (item.isEmpty()) {
            continue;
        }
        const qsizetype equals = item.indexOf('=');
        const QByteArrayView key = equals < 0 ? item : item.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : item.sliced(equals + 1);
        // Decoded as the reference decodes a query string: '+' is a space.
        auto decode = [](QByteArrayView part) {
            QByteArray bytes = part.toByteArray();
            bytes.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
        };
        pairs.append({decode(key), decode(value)});
    }
    std::sort(pairs.begin(), pairs.end());

    QByteArray query;
    for (const auto& [key, value] : pairs) {
        if (!query.isEmpty()) {
            query += '&';
        }
        query += encode(key.toUtf8()) + '=' + encode(value.toUtf8());
    }
    return query;
}

QByteArray AkSkSigner::hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLower().toLatin1();
    if (url.port() >= 0) {
        host += ':' + QByteArray::number(url.port());
    }
    return host;
}

AkSkSigner::WireTarget AkSkSigner::wireTarget(const QUrl& url)
{
    return {hostHeader(url), url.path(QUrl::FullyEncoded).toLatin1(),
            url.query(QUrl::FullyEncoded).toLatin1()};
}

AkSkSigner::Signature AkSkSigner::sign(QByteArrayView method, const QUrl& url,
                                       const HeaderList& headers, QByteArrayView body,
                                       QByteArrayView sdkDate, QByteArrayView accessKey,
                                       QByteArrayView secretKey)
{
    return sign(method, wireTarget(url), headers, body, sdkDate, accessKey, secretKey);
}

AkSkSigner::Signature AkSkSigner::sign(QByteArrayView method, const WireTarget& target,
                                       const HeaderList& headers, QByteArrayView body,
                                       QByteArrayView sdkDate, QByteArrayView accessKey,
                                       QByteArrayView secretKey)
{
    HeaderList signedList;
    signedList.reserve(headers.size() + 2);
    QByteArray payloadHash;
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == contentSha256Header) {
            payloadHash = value;
        }
        signedList.append({lower, value});
    }
    signedList.append({"host"_ba, target.host});
    signedList.append({"x-sdk-date"_ba, sdkDate.toByteArray()});
    std::stable_sort(signedList.begin(), signedList.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    if (payloadHash.isNull()) {
        payloadHash = sha256Hex(body);
    }

    Signature signature;
    QByteArray canonicalHeaders;
    for (const auto& [name, value] : signedList) {
        canonicalHeaders += name + ':' + value + '\n';
        if (!signature.signedHeaders.isEmpty()) {
            signature.signedHeaders += ';';
        }
        signature.signedHeaders += name;
    }

    signature.canonicalRequest = method.toByteArray() + '\n' + canonicalUri(target.path) + '\n'
        + canonicalQuery(target.query) + '\n' + canonicalHeaders + '\n' + signature.signedHeaders
        + '\n' + payloadHash;
    signature.stringToSign = algorithm.toByteArray() + '\n' + sdkDate.toByteArray() + '\n'
        + sha256Hex(signature.canonicalRequest);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(signature.stringToSign, secretKey.toByteArray(),
                                         QCryptographicHash::Sha256)
            .toHex();
    signature.authorization = algorithm.toByteArray() + " Access=" + accessKey.toByteArray()
        + ", SignedHeaders=" + signature.signedHeaders + ", Signature=" + mac;
    return signature;
}

} // namespace OmsSync
