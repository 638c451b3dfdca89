// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatureVerifier.h"

#include "QueryParameters.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

constexpr QByteArrayView algorithm("SDK-HMAC-SHA256");
constexpr QByteArrayView unsignedPayload("UNSIGNED-PAYLOAD");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

// Node's querystring.unescape: valid %XX escapes decoded, anything else kept
// as it is; '+' was already turned into a space by the caller.
QString unescapeQueryComponent(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size() && QueryParameters::hexDigit(text[i + 1]) >= 0
            && QueryParameters::hexDigit(text[i + 2]) >= 0) {
            bytes += static_cast<char>(QueryParameters::hexDigit(text[i + 1]) * 16
                                       + QueryParameters::hexDigit(text[i + 2]));
            i += 2;
        } else if (c == '+') {
            bytes += ' ';
        } else {
            bytes += c;
        }
    }
    // Invalid UTF-8 becomes U+FFFD, as Node's Buffer.toString() does.
    return QString::fromUtf8(bytes);
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

bool isLowerHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool isSignedHeaderName(QByteArrayView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    });
}

// YYYYMMDDTHHMMSSZ, UTC; invalid for anything else.
QDateTime parseSdkDate(QByteArrayView text)
{
    const auto digits = [](QByteArrayView part) {
        return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z' || !digits(text.first(8))
        || !digits(text.sliced(9, 6))) {
        return {};
    }
    const QDate date = QDate::fromString(QString::fromLatin1(text.first(8)), u"yyyyMMdd"_s);
    const QTime time = QTime::fromString(QString::fromLatin1(text.sliced(9, 6)), u"HHmmss"_s);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

struct AuthorizationFields
{
    QByteArray access;
    QList<QByteArray> signedHeaders;
    QByteArray signedHeadersText;
    QByteArray signature;
};

std::optional<AuthorizationFields> parseAuthorization(const QByteArray& value, QString* why)
{
    if (!value.startsWith(algorithm) || value.size() <= algorithm.size()
        || value[algorithm.size()] != ' ') {
        *why = u"the Authorization header is not SDK-HMAC-SHA256"_s;
        return std::nullopt;
    }
    AuthorizationFields fields;
    bool seenAccess = false;
    bool seenSignedHeaders = false;
    bool seenSignature = false;
    for (const QByteArray& part : value.mid(algorithm.size() + 1).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.left(equals);
        const QByteArray itemValue = equals < 0 ? QByteArray() : item.mid(equals + 1);
        bool* seen = key == "Access" ? &seenAccess
            : key == "SignedHeaders" ? &seenSignedHeaders
            : key == "Signature"     ? &seenSignature
                                     : nullptr;
        if (!seen || *seen || equals < 0) {
            *why = u"the Authorization header is malformed"_s;
            return std::nullopt;
        }
        *seen = true;
        if (key == "Access") {
            fields.access = itemValue;
        } else if (key == "SignedHeaders") {
            fields.signedHeadersText = itemValue;
        } else {
            fields.signature = itemValue;
        }
    }
    if (!seenAccess || !seenSignedHeaders || !seenSignature || fields.access.isEmpty()) {
        *why = u"the Authorization header lacks Access, SignedHeaders or Signature"_s;
        return std::nullopt;
    }
    if (fields.signature.size() != 64 || !isLowerHex(fields.signature)) {
        *why = u"the signature is not 64 lower-case hex digits"_s;
        return std::nullopt;
    }
    fields.signedHeaders = fields.signedHeadersText.split(';');
    for (qsizetype i = 0; i < fields.signedHeaders.size(); ++i) {
        const QByteArray& name = fields.signedHeaders.at(i);
        // Lower case, sorted, each once: what every SDK sends. Anything else
        // is a signer that would not agree with the gateway on the order.
        if (!isSignedHeaderName(name) || (i > 0 && !(fields.signedHeaders.at(i - 1) < name))) {
            *why = u"SignedHeaders must be lower-case names, sorted, each once"_s;
            return std::nullopt;
        }
    }
    return fields;
}

} // namespace

QByteArray SignatureVerifier::percentEncode(QByteArrayView bytes)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        if (isUnreserved(c)) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += digits[byte >> 4];
            out += digits[byte & 0x0f];
        }
    }
    return out;
}

QByteArray SignatureVerifier::canonicalUri(QByteArrayView rawPath)
{
    QByteArray uri;
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = rawPath.indexOf('/', start);
        const qsizetype end = slash < 0 ? rawPath.size() : slash;
        uri += percentEncode(rawPath.sliced(start, end - start));
        if (slash < 0) {
            break;
        }
        uri += '/';
        start = slash + 1;
    }
    if (!uri.endsWith('/')) {
        uri += '/';
    }
    return uri;
}

QByteArray SignatureVerifier::canonicalQueryString(QByteArrayView rawQuery)
{
    // Keys in first-seen order would not matter: everything is sorted below.
    QList<std::pair<QString, QList<QString>>> parameters;
    qsizetype start = 0;
    while (start <= rawQuery.size()) {
        qsizetype end = rawQuery.indexOf('&', start);
        if (end < 0) {
            end = rawQuery.size();
        }
        const QByteArrayView pair = rawQuery.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QString key = unescapeQueryComponent(equals < 0 ? pair : pair.first(equals));
        const QString value =
            equals < 0 ? QString() : unescapeQueryComponent(pair.sliced(equals + 1));
        auto existing = std::find_if(parameters.begin(), parameters.end(),
                                     [&](const auto& item) { return item.first == key; });
        if (existing == parameters.end()) {
            parameters.append({key, {value}});
        } else {
            existing->second.append(value);
        }
    }
    // QString's operator< compares UTF-16 code units, like JavaScript's sort().
    std::sort(parameters.begin(), parameters.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray canonical;
    for (auto& [key, values] : parameters) {
        std::sort(values.begin(), values.end());
        const QByteArray encodedKey = percentEncode(key.toUtf8());
        for (const QString& value : std::as_const(values)) {
            if (!canonical.isEmpty()) {
                canonical += '&';
            }
            canonical += encodedKey + '=' + percentEncode(value.toUtf8());
        }
    }
    return canonical;
}

SignatureVerifier::Result SignatureVerifier::verify(const HttpRequest& request,
                                                    const SecretLookup& secretFor, qint64 nowMs)
{
    Result result;
    const qsizetype authorizations = request.headerCount("authorization");
    if (authorizations == 0) {
        result.outcome = Outcome::NoAuthorization;
        result.detail = u"no Authorization header"_s;
        return result;
    }
    if (authorizations > 1) {
        result.outcome = Outcome::Malformed;
        result.detail = u"more than one Authorization header"_s;
        return result;
    }
    const auto fields = parseAuthorization(request.header("authorization"), &result.detail);
    if (!fields) {
        result.outcome = Outcome::Malformed;
        return result;
    }
    result.accessKey = fields->access;

    const std::optional<QByteArray> secret = secretFor(fields->access);
    if (!secret) {
        result.outcome = Outcome::UnknownAccessKey;
        result.detail = u"the access key does not exist"_s;
        return result;
    }

    if (request.headerCount("x-sdk-date") != 1) {
        result.outcome = Outcome::MissingDate;
        result.detail = u"X-Sdk-Date must be sent exactly once"_s;
        return result;
    }
    const QByteArray date = request.header("x-sdk-date");
    const QDateTime signedAt = parseSdkDate(date);
    if (!signedAt.isValid()) {
        result.outcome = Outcome::MalformedDate;
        result.detail = u"X-Sdk-Date is not in the form YYYYMMDDTHHMMSSZ"_s;
        return result;
    }
    if (qAbs(signedAt.toMSecsSinceEpoch() - nowMs) > maxClockSkewMs) {
        result.outcome = Outcome::ClockSkew;
        result.detail =
            u"the request time (X-Sdk-Date) differs from the server time by more than 15 minutes"_s;
        return result;
    }

    if (!fields->signedHeaders.contains("host") || !fields->signedHeaders.contains("x-sdk-date")) {
        result.outcome = Outcome::MissingSignedHeader;
        result.detail = u"host and x-sdk-date must be signed"_s;
        return result;
    }
    QByteArray canonicalHeaders;
    for (const QByteArray& name : fields->signedHeaders) {
        const HttpHeader* found = nullptr;
        for (const HttpHeader& header : request.headers) {
            if (header.name.compare(name, Qt::CaseInsensitive) != 0) {
                continue;
            }
            if (found) {
                result.outcome = Outcome::Malformed;
                result.detail =
                    u"signed header %1 was sent more than once"_s.arg(QString::fromLatin1(name));
                return result;
            }
            found = &header;
        }
        if (!found) {
            result.outcome = Outcome::MissingSignedHeader;
            result.detail = u"signed header %1 is missing"_s.arg(QString::fromLatin1(name));
            return result;
        }
        canonicalHeaders += name + ':' + found->rawValue + '\n';
    }

    QByteArray payloadHash = sha256Hex(request.body);
    if (request.hasHeader("x-sdk-content-sha256")) {
        const QByteArray declared = request.header("x-sdk-content-sha256");
        if (declared != unsignedPayload && declared.toLower() != payloadHash) {
            result.outcome = Outcome::ContentHashMismatch;
            result.detail = u"X-Sdk-Content-Sha256 does not match the body"_s;
            return result;
        }
        payloadHash = declared;
    }

    result.canonicalRequest = request.method + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQueryString(request.query) + '\n' + canonicalHeaders + '\n'
        + fields->signedHeadersText + '\n' + payloadHash;
    result.stringToSign =
        algorithm.toByteArray() + '\n' + date + '\n' + sha256Hex(result.canonicalRequest);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(result.stringToSign, *secret, QCryptographicHash::Sha256)
            .toHex();
    if (!constantTimeEquals(expected, fields->signature)) {
        result.outcome = Outcome::SignatureMismatch;
        result.detail = u"verify aksk signature fail"_s;
        return result;
    }
    result.outcome = Outcome::Accepted;
    result.detail.clear();
    return result;
}

} // namespace OmsSync::Sim
