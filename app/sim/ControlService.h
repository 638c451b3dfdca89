// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <functional>

namespace OmsSync::Sim {

class Counters;
class FaultInjector;
class RequestLog;
class SimClock;
class SimulatorState;
struct HttpRequest;

// The test-only API under /_sim/ (served only with --control):
//   POST   /_sim/faults    arm faults          GET /_sim/faults   armed ones
//   DELETE /_sim/faults    disarm all
//   GET    /_sim/log       the request log     DELETE /_sim/log   clear it
//   GET    /_sim/counters  counters            DELETE /_sim/counters  zero them
//   GET    /_sim/clock     clock offset        POST /_sim/clock  {"offset_ms":N} or
//   {"advance_ms":N} GET    /_sim/state     projects and tasks  DELETE /_sim/tokens  revoke every
//   token POST   /_sim/reset     everything back to how it started
// Its own requests are neither logged nor counted, so tests see only what
// the client under test did.
class ControlService
{
public:
    ControlService(SimulatorState& state, FaultInjector& faults, RequestLog& log,
                   Counters& counters, SimClock& clock, std::function<void()> resetAll);

    HttpResponse handle(const HttpRequest& request);

private:
    SimulatorState& m_state;
    FaultInjector& m_faults;
    RequestLog& m_log;
    Counters& m_counters;
    SimClock& m_clock;
    std::function<void()> m_resetAll;
};

} // namespace OmsSync::Sim
