// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayAuthenticator.h"

#include "HttpRequest.h"
#include "SignatureVerifier.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Token:
        return u"token"_s;
    case AuthKind::AkSk:
        return u"aksk"_s;
    case AuthKind::None:
        break;
    }
    return u"none"_s;
}

AuthKind authKindOf(const HttpRequest& request)
{
    if (request.hasHeader("x-auth-token")) {
        return AuthKind::Token;
    }
    if (request.hasHeader("authorization")) {
        return AuthKind::AkSk;
    }
    return AuthKind::None;
}

AuthResult GatewayAuthenticator::authenticate(const HttpRequest& request,
                                              const SimulatorState& state, qint64 nowMs)
{
    AuthResult result;
    result.kind = authKindOf(request);
    switch (result.kind) {
    case AuthKind::None:
        result.problem =
            u"Authentication required: send X-Auth-Token or an SDK-HMAC-SHA256 Authorization header"_s;
        return result;

    case AuthKind::Token: {
        const QByteArray value = request.header("x-auth-token");
        if (request.headerCount("x-auth-token") != 1 || value.isEmpty()
            || value.size() > maxTokenLength) {
            result.problem = u"The token is not valid"_s;
            return result;
        }
        const IssuedToken* token = state.token(value);
        if (!token) {
            // What the gateway says for a token it cannot read.
            result.problem = u"decrypt token fail"_s;
            return result;
        }
        if (token->expiresAtMs <= nowMs) {
            result.problem = u"The token must be updated"_s;
            return result;
        }
        result.ok = true;
        result.identity = token->identity;
        result.tokenProjectId = token->projectId;
        return result;
    }

    case AuthKind::AkSk: {
        const auto verified = SignatureVerifier::verify(
            request,
            [&state](const QByteArray& accessKey) -> std::optional<QByteArray> {
                if (const auto owner = state.accessKey(accessKey)) {
                    return owner->secretKey;
                }
                return std::nullopt;
            },
            nowMs);
        if (!verified.accepted()) {
            result.problem = verified.detail;
            return result;
        }
        result.ok = true;
        result.identity = state.accessKey(verified.accessKey)->identity;
        return result;
    }
    }
    return result;
}

} // namespace OmsSync::Sim
