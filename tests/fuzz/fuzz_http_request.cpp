// SPDX-License-Identifier: GPL-3.0-or-later
//
// The simulator's request parsing: HttpRequestParser fed a byte stream (one
// or more pipelined requests) in chunks, then Route::resolve and the
// SignatureVerifier (its Authorization header parser above all) on every
// request that arrives.
//
// Input: byte 0 holds flags (bit 0: small limits, so that every limit is
// reached by short inputs; bit 1: the verifier's clock is the request's own
// X-Sdk-Date, so signatures get checked instead of refused for skew);
// byte 1 modulo 8 is the number n of chunk-size bytes that follow; each of
// those n bytes + 1 is the size of a chunk, used in turn; with n = 0 the
// stream is fed in one piece. The rest of the input is the stream.
//
// Checks: no crash, sanitizer report or hang; events come in order (a head,
// then its request); a head is well formed (method a token, origin-form
// target split exactly into path and query, header names tokens, values with
// no CR, LF or NUL, one Host on HTTP/1.1, no Transfer-Encoding, the body as
// long as Content-Length says); every Error has a status of the documented
// set (400, 411, 413, 414, 417, 431, 505) and sticks; the parser never holds
// more than its limits allow; the same stream fed in one piece gives the same
// requests and the same outcome; the verifier never puts a secret in what it
// reports.

#include "FuzzCheck.h"
#include "HttpRequestParser.h"
#include "Route.h"
#include "SignatureVerifier.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;
using OmsSync::Sim::HttpHeader;
using OmsSync::Sim::HttpRequest;
using OmsSync::Sim::HttpRequestParser;
using OmsSync::Sim::Route;
using OmsSync::Sim::SignatureVerifier;

namespace {

// The keys of tests/data/signing/vectors.json, so signed seeds can pass.
constexpr std::array<std::pair<QByteArrayView, QByteArrayView>, 3> keys {{
    {"DEMOACCESSKEY0000001", "demoSecretKey0000000000000000000000000001"},
    {"EXAMPLEAKEXAMPLE0002", "Example+Secret/Key=With+Punct/0000000002"},
    {"LONGAK012345678901234567890123456789012345678901234567890123456789012345678901234567"
     "890123456789WXYZ",
     "long-secret-key-long-secret-key-long-secret-key-long-secret-key-long-secret-key-long-"
     "secret-key-long-secret-key-long-secret-key-end!"},
}};

struct Summary
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    bool operator==(const Summary&) const = default;
};

struct Outcome
{
    QList<Summary> requests;
    bool failed = false;
    int errorStatus = 0;
    qsizetype bufferedBytes = 0;
    bool betweenRequests = false;
};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

void checkHead(const HttpRequestParser& parser, const HttpRequestParser::Limits& limits)
{
    const HttpRequest& request = parser.request();
    OMS_FUZZ_CHECK(isToken(request.method) && request.method.size() <= 32);
    OMS_FUZZ_CHECK(request.target.startsWith('/'));
    OMS_FUZZ_CHECK(request.target.size() <= limits.maxRequestLine);
    OMS_FUZZ_CHECK(std::all_of(request.target.begin(), request.target.end(), [](char c) {
        return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f
            && c != '#';
    }));
    OMS_FUZZ_CHECK(!request.path.contains('?'));
    OMS_FUZZ_CHECK(request.target
                   == request.path + (request.hasQuery ? '?' + request.query : QByteArray()));
    OMS_FUZZ_CHECK(request.minorVersion == 0 || request.minorVersion == 1);
    OMS_FUZZ_CHECK(request.headers.size() <= limits.maxHeaderCount);
    for (const HttpHeader& header : request.headers) {
        OMS_FUZZ_CHECK(isToken(header.name));
        OMS_FUZZ_CHECK(!header.rawValue.contains('\r') && !header.rawValue.contains('\n')
                       && !header.rawValue.contains('\0'));
    }
    const qsizetype hosts = request.headerCount("host");
    OMS_FUZZ_CHECK(hosts <= 1 && (hosts == 1 || request.minorVersion == 0));
    OMS_FUZZ_CHECK(!request.hasHeader("transfer-encoding"));
    if (parser.expectsContinue()) {
        OMS_FUZZ_CHECK(request.minorVersion == 1);
    }
    (void)request.keepAlive();
    (void)request.hasJsonContentType();

    const Route route = Route::resolve(request.method, request.path);
    OMS_FUZZ_CHECK(!route.rawProjectId.contains('/') && !route.rawTaskId.contains('/'));
    if (route.hasTaskId()) {
        OMS_FUZZ_CHECK(route.kind != Route::Kind::Unknown);
    }
    if (route.kind == Route::Kind::Unknown) {
        OMS_FUZZ_CHECK(route.rawProjectId.isEmpty() && route.rawTaskId.isEmpty());
    }
    OMS_FUZZ_CHECK(!route.name().isEmpty());
}

void checkVerifier(const HttpRequest& request, const QByteArray& stream, bool ownClock)
{
    const auto secretFor = [](const QByteArray& accessKey) -> std::optional<QByteArray> {
        for (const auto& [ak, sk] : keys) {
            if (accessKey == ak) {
                return sk.toByteArray();
            }
        }
        return std::nullopt;
    };
    qint64 nowMs = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC).toMSecsSinceEpoch();
    if (ownClock) {
        QDateTime signedAt = QDateTime::fromString(
            QString::fromLatin1(request.header("x-sdk-date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
        if (signedAt.isValid()) {
            signedAt.setTimeSpec(Qt::UTC);
            nowMs = signedAt.toMSecsSinceEpoch();
        }
    }
    const SignatureVerifier::Result result = SignatureVerifier::verify(request, secretFor, nowMs);
    if (result.accepted()) {
        OMS_FUZZ_CHECK(secretFor(result.accessKey).has_value());
        OMS_FUZZ_CHECK(!result.canonicalRequest.isEmpty() && !result.stringToSign.isEmpty());
    } else {
        OMS_FUZZ_CHECK(!result.detail.isEmpty());
    }
    for (const auto& [ak, sk] : keys) {
        if (sk.size() < 8 || stream.contains(sk)) {
            continue;
        }
        OMS_FUZZ_CHECK(!result.detail.contains(QString::fromLatin1(sk)));
        OMS_FUZZ_CHECK(!result.canonicalRequest.contains(sk));
        OMS_FUZZ_CHECK(!result.stringToSign.contains(sk));
        OMS_FUZZ_CHECK(!result.accessKey.contains(sk));
    }
}

Outcome run(const QByteArray& stream, const HttpRequestParser::Limits& limits,
            const QByteArray& chunkSizes, bool verify, bool ownClock)
{
    HttpRequestParser parser(limits);
    Outcome outcome;
    bool inBody = false; // between HeadReceived and RequestReceived
    qsizetype fed = 0;
    qsizetype chunk = 0;
    const qsizetype maxBuffered = std::max(limits.maxHeaderBytes, limits.maxBodyBytes);
    while (fed < stream.size()) {
        qsizetype size = stream.size() - fed;
        if (!chunkSizes.isEmpty()) {
            size = std::min<qsizetype>(
                size, static_cast<unsigned char>(chunkSizes.at(chunk % chunkSizes.size())) + 1);
            ++chunk;
        }
        parser.feed(QByteArrayView(stream).sliced(fed, size));
        fed += size;

        for (bool more = true; more;) {
            switch (parser.next()) {
            case HttpRequestParser::Event::NeedMoreData:
                OMS_FUZZ_CHECK(!outcome.failed);
                OMS_FUZZ_CHECK(parser.bufferedBytes() <= maxBuffered);
                more = false;
                break;
            case HttpRequestParser::Event::HeadReceived:
                OMS_FUZZ_CHECK(!outcome.failed && !inBody);
                checkHead(parser, limits);
                inBody = true;
                break;
            case HttpRequestParser::Event::RequestReceived: {
                OMS_FUZZ_CHECK(!outcome.failed && inBody);
                inBody = false;
                const QByteArray length = parser.request().header("content-length");
                OMS_FUZZ_CHECK(parser.request().body.size()
                               == (length.isNull() ? 0 : length.toLongLong()));
                OMS_FUZZ_CHECK(parser.request().body.size() <= limits.maxBodyBytes);
                if (verify) {
                    checkVerifier(parser.request(), stream, ownClock);
                }
                const HttpRequest request = parser.takeRequest();
                Summary summary {
                    request.method, request.target, request.minorVersion, {}, request.body};
                for (const HttpHeader& header : request.headers) {
                    summary.headers.append({header.name, header.rawValue});
                }
                outcome.requests.append(std::move(summary));
                break;
            }
            case HttpRequestParser::Event::Error: {
                // Once failed, the parser stays failed and holds nothing.
                static constexpr std::array documented {400, 411, 413, 414, 417, 431, 505};
                OMS_FUZZ_CHECK(std::find(documented.begin(), documented.end(), parser.errorStatus())
                               != documented.end());
                OMS_FUZZ_CHECK(!parser.errorMessage().isEmpty());
                OMS_FUZZ_CHECK(parser.bufferedBytes() == 0);
                if (outcome.failed) {
                    OMS_FUZZ_CHECK(parser.errorStatus() == outcome.errorStatus);
                }
                outcome.failed = true;
                outcome.errorStatus = parser.errorStatus();
                more = false;
                break;
            }
            }
        }
    }
    if (outcome.failed) {
        parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        OMS_FUZZ_CHECK(parser.next() == HttpRequestParser::Event::Error);
        OMS_FUZZ_CHECK(parser.errorStatus() == outcome.errorStatus);
        OMS_FUZZ_CHECK(parser.bufferedBytes() == 0);
    }
    outcome.bufferedBytes = parser.bufferedBytes();
    outcome.betweenRequests = parser.isBetweenRequests();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    const QByteArray input = OmsSync::Fuzz::bytes(data, size);
    const auto flags = static_cast<unsigned char>(input.at(0));
    const qsizetype chunkCount =
        std::min<qsizetype>(static_cast<unsigned char>(input.at(1)) % 8, input.size() - 2);
    const QByteArray chunkSizes = input.mid(2, chunkCount);
    const QByteArray stream = input.mid(2 + chunkCount);

    HttpRequestParser::Limits limits;
    if (flags & 1) {
        limits.maxRequestLine = 48;
        limits.maxHeaderBytes = 160;
        limits.maxHeaderCount = 4;
        limits.maxBodyBytes = 32;
    }
    const bool ownClock = (flags & 2) != 0;

    const Outcome chunked = run(stream, limits, chunkSizes, true, ownClock);
    if (!chunkSizes.isEmpty()) {
        // How the bytes were cut must not matter (error statuses may: a
        // stream can break two rules, and which is seen first depends on
        // what had arrived).
        const Outcome whole = run(stream, limits, {}, false, ownClock);
        OMS_FUZZ_CHECK(whole.requests == chunked.requests);
        OMS_FUZZ_CHECK(whole.failed == chunked.failed);
        if (!whole.failed) {
            OMS_FUZZ_CHECK(whole.bufferedBytes == chunked.bufferedBytes);
            OMS_FUZZ_CHECK(whole.betweenRequests == chunked.betweenRequests);
        }
    }
    return 0;
}
