// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace OmsSync::Sim {

// Checks an "SDK-HMAC-SHA256" signature the way the API gateway does: from
// the server's side, rebuilding the canonical request from the bytes that
// arrived (raw path, raw query, the signed headers as received, the exact
// body). It deliberately shares no code with any client signer, so a client
// bug cannot be mirrored here; the official SDK's vectors
// (tests/data/signing/vectors.json) are what both sides answer to.
//
// Rules, as Huawei's Node.js SDK core (AKSKSigner) applies them:
// - canonical URI: the path as sent, split at '/', every segment
//   percent-encoded again (so "%2F" becomes "%252F"), with a trailing '/';
// - canonical query: the query parsed like Node's querystring.parse ('+' is
//   a space, escapes decoded once, empty pairs dropped, "k" alone is "k="),
//   keys sorted (UTF-16 order), repeated keys' values sorted, each key and
//   value percent-encoded again, joined by '&';
// - unreserved characters, never encoded: A-Z a-z 0-9 - _ . ~;
// - canonical headers: "name:value\n" for each signed header, with the value
//   as received (not trimmed: the SDK signs it untrimmed);
// - payload: hex SHA-256 of the body, or X-Sdk-Content-Sha256 when sent
//   ("UNSIGNED-PAYLOAD", or the body's hash, which must then be right).
class SignatureVerifier
{
public:
    enum class Outcome {
        Accepted,
        NoAuthorization, // no Authorization header at all
        Malformed, // not an SDK-HMAC-SHA256 header this verifier can read
        UnknownAccessKey,
        MissingDate,
        MalformedDate,
        ClockSkew,
        MissingSignedHeader, // host or x-sdk-date unsigned, or a signed header absent
        ContentHashMismatch,
        SignatureMismatch,
    };

    struct Result
    {
        Outcome outcome = Outcome::NoAuthorization;
        QString detail; // why, in the gateway's words; never holds a secret
        QByteArray accessKey;
        QByteArray canonicalRequest; // when it got that far
        QByteArray stringToSign;

        bool accepted() const { return outcome == Outcome::Accepted; }
    };

    using SecretLookup = std::function<std::optional<QByteArray>(const QByteArray& accessKey)>;

    static constexpr qint64 maxClockSkewMs = 15 * 60 * 1000;

    static Result verify(const HttpRequest& request, const SecretLookup& secretFor, qint64 nowMs);

    // The pieces, public for tests.
    static QByteArray canonicalUri(QByteArrayView rawPath);
    static QByteArray canonicalQueryString(QByteArrayView rawQuery);
    static QByteArray percentEncode(QByteArrayView bytes);
};

} // namespace OmsSync::Sim
