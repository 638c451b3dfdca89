// SPDX-License-Identifier: GPL-3.0-or-later
//
// The canonical URI and query of the SDK-HMAC-SHA256 signer
// (AkSkSigner::canonicalUri and canonicalQuery) on wire bytes. Input: a
// request target, "path?query", any bytes at all.
// Checks: no crash or sanitizer report; the canonical URI always ends with
// '/' and holds only unreserved characters, '/' and %XX escapes; it is the
// same as the simulator's verifier computes (both follow the SDK, sharing no
// code); the canonical query holds only unreserved characters, escapes, '='
// and '&', canonicalising it again changes nothing, and whenever every '%'
// starts an escape (as in every query the client sends) it is the
// simulator's too ('+' is a space on both sides).
// Finally a GET the client signs for that target, written on the wire and
// read by the simulator's parser, passes the simulator's verifier.

#include "AkSkSigner.h"
#include "FuzzCheck.h"
#include "HttpRequestParser.h"
#include "SignatureVerifier.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;
using OmsSync::AkSkSigner;
using OmsSync::Sim::HttpRequestParser;
using OmsSync::Sim::SignatureVerifier;

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

bool isHex(char c)
{
    return isUpperHex(c) || (c >= 'a' && c <= 'f');
}

// Only unreserved characters, %XX with upper-case hex, and `extra`.
bool isEncoded(QByteArrayView text, QByteArrayView extra)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size() || !isUpperHex(text[i + 1]) || !isUpperHex(text[i + 2])) {
                return false;
            }
            i += 2;
        } else if (!isUnreserved(c) && !extra.contains(c)) {
            return false;
        }
    }
    return true;
}

// Every '%' starts an escape: true of every query the client sends (it
// encodes every reserved character itself). Broken escapes are where the two
// sides may differ (Qt's decoder and Node's treat "%zz" differently), and
// the client never signs one.
bool hasOnlyWholeEscapes(QByteArrayView query)
{
    for (qsizetype i = 0; i < query.size(); ++i) {
        if (query[i] == '%'
            && (i + 2 >= query.size() || !isHex(query[i + 1]) || !isHex(query[i + 2]))) {
            return false;
        }
    }
    return true;
}

// Bytes that can stand in an origin-form request target.
bool isTargetText(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7f && c != '#';
    });
}

constexpr QByteArrayView accessKey = "FUZZACCESSKEY0000001";
constexpr QByteArrayView secretKey = "fuzzSecretKey/With+Punct=0000000000000001";
constexpr QByteArrayView sdkDate = "20250314T092653Z";
constexpr QByteArrayView host = "oms.cn-north-4.myhuaweicloud.com";
constexpr QByteArrayView projectId = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

void checkSignedRequestIsAccepted(const QByteArray& path, const QByteArray& query, bool hasQuery)
{
    const OmsSync::HeaderList headers {
        {"Content-Type"_ba, "application/json"_ba},
        {"X-Project-Id"_ba, projectId.toByteArray()},
    };
    const AkSkSigner::WireTarget target {host.toByteArray(), path, query};
    const AkSkSigner::Signature signature =
        AkSkSigner::sign("GET", target, headers, {}, sdkDate, accessKey, secretKey);

    QByteArray wire = "GET " + path + (hasQuery ? '?' + query : QByteArray()) + " HTTP/1.1\r\n";
    wire += "Host: " + host.toByteArray() + "\r\n";
    for (const auto& [name, value] : headers) {
        wire += name + ": " + value + "\r\n";
    }
    wire += "X-Sdk-Date: " + sdkDate.toByteArray() + "\r\n";
    wire += "Authorization: " + signature.authorization + "\r\n\r\n";

    HttpRequestParser parser;
    parser.feed(wire);
    if (parser.next() != HttpRequestParser::Event::HeadReceived) {
        // Too long for the simulator's limits: nothing to compare.
        OMS_FUZZ_CHECK(parser.errorStatus() == 414 || parser.errorStatus() == 431);
        return;
    }
    OMS_FUZZ_CHECK(parser.next() == HttpRequestParser::Event::RequestReceived);
    const auto secretFor = [](const QByteArray& key) -> std::optional<QByteArray> {
        if (key == accessKey) {
            return secretKey.toByteArray();
        }
        return std::nullopt;
    };
    // The moment of sdkDate.
    static const qint64 nowMs =
        QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC).toMSecsSinceEpoch();
    const SignatureVerifier::Result result =
        SignatureVerifier::verify(parser.request(), secretFor, nowMs);
    if (!result.accepted()) {
        std::fprintf(stderr, "verifier: %s\nclient canonical request:\n%s\nverifier's:\n%s\n",
                     qPrintable(result.detail), signature.canonicalRequest.constData(),
                     result.canonicalRequest.constData());
    }
    OMS_FUZZ_CHECK(result.accepted());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = OmsSync::Fuzz::bytes(data, size);
    const qsizetype question = input.indexOf('?');
    const bool hasQuery = question >= 0;
    const QByteArray path = hasQuery ? input.left(question) : input;
    const QByteArray query = hasQuery ? input.mid(question + 1) : QByteArray();

    const QByteArray uri = AkSkSigner::canonicalUri(path);
    OMS_FUZZ_CHECK(uri.endsWith('/'));
    OMS_FUZZ_CHECK(isEncoded(uri, "/"));
    OMS_FUZZ_CHECK(uri.count('/') == path.count('/') + (path.endsWith('/') ? 0 : 1));
    OMS_FUZZ_CHECK(uri == SignatureVerifier::canonicalUri(path));

    const QByteArray canonicalQuery = AkSkSigner::canonicalQuery(query);
    OMS_FUZZ_CHECK(isEncoded(canonicalQuery, "=&"));
    OMS_FUZZ_CHECK(AkSkSigner::canonicalQuery(canonicalQuery) == canonicalQuery);
    if (hasOnlyWholeEscapes(query)) {
        OMS_FUZZ_CHECK(canonicalQuery == SignatureVerifier::canonicalQueryString(query));
    }

    if (path.startsWith('/') && isTargetText(path) && isTargetText(query)
        && hasOnlyWholeEscapes(query)) {
        checkSignedRequestIsAccepted(path, query, hasQuery);
    }
    return 0;
}
