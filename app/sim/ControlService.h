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
struct SimProject;
struct SimTask;

// The test-only API under /_sim/ (served only with --control):
//   POST   /_sim/faults     arm faults
//   GET    /_sim/faults     the armed ones        DELETE /_sim/faults    disarm all
//   GET    /_sim/log        the request log       DELETE /_sim/log       clear it
//   GET    /_sim/counters   counters              DELETE /_sim/counters  zero them
//   GET    /_sim/clock      clock offset          POST /_sim/clock  {"offset_ms":N} or
//                                                                   {"advance_ms":N}
//   GET    /_sim/state      projects and tasks, and the source world with its keys
//   DELETE /_sim/tokens     revoke every token
//   POST   /_sim/tasks/{id}/pause     OMS pauses a running task by itself
//   POST   /_sim/tasks/{id}/activity  {"requests":N,"successes":N,"failures":N,
//                                      "skips":N,"bytes":N}: traffic, now
//   POST   /_sim/reset      everything back to how it started
// A task id that several projects hold needs ?project_id=. Its own requests
// are neither logged nor counted, so tests see only what the client under
// test did.
class ControlService
{
public:
    ControlService(SimulatorState& state, FaultInjector& faults, RequestLog& log,
                   Counters& counters, SimClock& clock, std::function<void()> resetAll);

    HttpResponse handle(const HttpRequest& request);

private:
    HttpResponse handleTask(const HttpRequest& request);
    HttpResponse pause(SimProject& project, SimTask& task);
    HttpResponse addActivity(const HttpRequest& request, SimProject& project, SimTask& task);

    SimulatorState& m_state;
    FaultInjector& m_faults;
    RequestLog& m_log;
    Counters& m_counters;
    SimClock& m_clock;
    std::function<void()> m_resetAll;
};

} // namespace OmsSync::Sim
