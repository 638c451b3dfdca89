// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

namespace OmsSync::Sim {

class SimClock;
class SimulatorState;
struct AuthResult;
struct HttpRequest;

// IAM as far as the product needs it: password tokens scoped to a project,
// and project-id discovery by region name.
class IamService
{
public:
    IamService(SimulatorState& state, const SimClock& clock);

    // POST /v3/auth/tokens
    HttpResponse issueToken(const HttpRequest& request);
    // GET /v3/projects?name=REGION; authentication already checked.
    HttpResponse listProjects(const HttpRequest& request, const AuthResult& auth,
                              const QByteArray& baseUrl);

    // IAM writes times as 2026-11-29T07:00:00.000000Z.
    static QString iamTime(qint64 msecsSinceEpoch);

private:
    SimulatorState& m_state;
    const SimClock& m_clock;
};

} // namespace OmsSync::Sim
