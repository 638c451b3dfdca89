// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorState.h"

#include <QString>

namespace OmsSync::Sim {

struct HttpRequest;

enum class AuthKind { None, Token, AkSk };

// "token", "aksk" or "none": what the request log calls them.
QString authKindName(AuthKind kind);
// What the client sent, whether or not it is valid.
AuthKind authKindOf(const HttpRequest& request);

struct AuthResult
{
    bool ok = false;
    AuthKind kind = AuthKind::None;
    Identity identity;
    QString tokenProjectId; // the project a token is scoped to; empty for AK/SK
    QString problem; // why not, in the gateway's words (after "Incorrect IAM authentication
                     // information: ")
};

// The API gateway in front of OMS (and IAM's project API): an X-Auth-Token
// this simulator issued and that has not expired, or an SDK-HMAC-SHA256
// signature by a known access key. When both are sent the token decides, as
// the gateway only looks for a signature without one.
class GatewayAuthenticator
{
public:
    static constexpr qsizetype maxTokenLength = 16384;

    static AuthResult authenticate(const HttpRequest& request, const SimulatorState& state,
                                   qint64 nowMs);
};

} // namespace OmsSync::Sim
