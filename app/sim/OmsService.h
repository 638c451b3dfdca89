// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"
#include "ObjectStorageService.h"
#include "Route.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace OmsSync::Sim {

class SimClock;
class SimulatorState;
struct AuthResult;
struct HttpRequest;
struct SimProject;
struct SimTask;

// The OMS sync-task API under /v2/{project_id}/sync-tasks, strict about every
// documented limit: a lenient simulator would hide client bugs. The helpers
// under /v2/{project_id}/objectstorage/ pass the same project checks and are
// answered by its ObjectStorageService.
class OmsService
{
public:
    OmsService(SimulatorState& state, const SimClock& clock);

    // The request passed the gateway's authentication; everything after it
    // (path limits, project permission, parameters, state) is checked here.
    HttpResponse handle(const Route& route, const HttpRequest& request, const AuthResult& auth);

    // Regions in which sync-task start, stop, statistics and create are offered.
    static bool regionOffersSyncTasks(const QString& region);

private:
    HttpResponse list(const HttpRequest& request, const SimProject& project);
    HttpResponse show(const HttpRequest& request, SimProject& project, const QString& taskId);
    HttpResponse start(const HttpRequest& request, SimProject& project, const QString& taskId);
    HttpResponse stop(const HttpRequest& request, SimProject& project, const QString& taskId);
    HttpResponse remove(SimProject& project, const QString& taskId);
    HttpResponse statistics(const HttpRequest& request, SimProject& project, const QString& taskId);
    HttpResponse create(const HttpRequest& request, SimProject& project);
    HttpResponse syncEvents(const HttpRequest& request, SimProject& project, const QString& taskId);

    SimulatorState& m_state;
    const SimClock& m_clock;
    ObjectStorageService m_storage;
};

} // namespace OmsSync::Sim
