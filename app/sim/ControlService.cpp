// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlService.h"

#include "Counters.h"
#include "FaultInjector.h"
#include "HttpRequest.h"
#include "QueryParameters.h"
#include "RequestLog.h"
#include "SimClock.h"
#include "SimulatorState.h"
#include "SourceWorld.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

constexpr QByteArrayView tasksPrefix = "/_sim/tasks/";
// Large enough for any test; thousands of additions still fit in 64 bits.
constexpr qint64 maxActivityFigure = 1'000'000'000'000'000LL;

HttpResponse controlError(int status, const QString& message)
{
    return HttpResponse::json(status, QJsonObject {{u"error"_s, message}});
}

QJsonObject figuresJson(const TaskStatistics::Figures& figures)
{
    return QJsonObject {{u"requests"_s, figures.requests},
                        {u"successes"_s, figures.success},
                        {u"failures"_s, figures.failure},
                        {u"skips"_s, figures.skip},
                        {u"bytes"_s, figures.sizeBytes}};
}

} // namespace

ControlService::ControlService(SimulatorState& state, FaultInjector& faults, RequestLog& log,
                               Counters& counters, SimClock& clock, std::function<void()> resetAll)
    : m_state(state)
    , m_faults(faults)
    , m_log(log)
    , m_counters(counters)
    , m_clock(clock)
    , m_resetAll(std::move(resetAll))
{ }

HttpResponse ControlService::handle(const HttpRequest& request)
{
    const QByteArray& path = request.path;
    const QByteArray& method = request.method;
    const auto clock = [this] {
        return HttpResponse::json(
            200,
            QJsonObject {{u"offset_ms"_s, m_clock.offsetMs()}, {u"now_ms"_s, m_clock.nowMs()}});
    };

    if (path == "/_sim/faults") {
        if (method == "GET") {
            return HttpResponse::json(200, QJsonObject {{u"faults"_s, m_faults.toJson()}});
        }
        if (method == "DELETE") {
            return HttpResponse::json(200, QJsonObject {{u"cleared"_s, m_faults.clear()}});
        }
        if (method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            QString error;
            const auto ids = m_faults.add(document.isArray() ? QJsonValue(document.array())
                                                             : QJsonValue(document.object()),
                                          &error);
            if (!ids || document.isNull()) {
                return controlError(400, document.isNull() ? parseError.errorString() : error);
            }
            QJsonArray list;
            for (const int id : *ids) {
                list.append(id);
            }
            return HttpResponse::json(200, QJsonObject {{u"ids"_s, list}});
        }
    } else if (path == "/_sim/log") {
        if (method == "GET") {
            return HttpResponse::json(
                200,
                QJsonObject {{u"enabled"_s, m_log.isEnabled()}, {u"entries"_s, m_log.entries()}});
        }
        if (method == "DELETE") {
            m_log.clear();
            return HttpResponse::json(200, QJsonObject {{u"cleared"_s, true}});
        }
    } else if (path == "/_sim/counters") {
        if (method == "GET") {
            return HttpResponse::json(200, m_counters.toJson());
        }
        if (method == "DELETE") {
            m_counters.clear();
            return HttpResponse::json(200, m_counters.toJson());
        }
    } else if (path == "/_sim/clock") {
        if (method == "GET") {
            return clock();
        }
        if (method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonValue offset = body.value(u"offset_ms"_s);
            const QJsonValue advance = body.value(u"advance_ms"_s);
            const QJsonValue given = offset.isUndefined() ? advance : offset;
            const double number = given.toDouble(std::nan(""));
            if (offset.isUndefined() == advance.isUndefined() || !given.isDouble()
                || std::trunc(number) != number || std::abs(number) > 1e15) {
                return controlError(400, u"send {\"offset_ms\":N} or {\"advance_ms\":N}"_s);
            }
            m_clock.setOffsetMs(offset.isUndefined() ? m_clock.offsetMs() + qint64(number)
                                                     : qint64(number));
            return clock();
        }
    } else if (path == "/_sim/state") {
        if (method == "GET") {
            // The world is fixed; it is here so that scripts and tests can read its keys.
            QJsonObject state = m_state.toJson();
            state.insert(u"source_world"_s, SourceWorld::seeded().toJson());
            return HttpResponse::json(200, state);
        }
    } else if (path == "/_sim/tokens") {
        if (method == "DELETE") {
            return HttpResponse::json(200, QJsonObject {{u"revoked"_s, m_state.revokeTokens()}});
        }
    } else if (path.startsWith(tasksPrefix)) {
        return handleTask(request);
    } else if (path == "/_sim/reset") {
        if (method == "POST") {
            m_resetAll();
            return HttpResponse::json(200, QJsonObject {{u"reset"_s, true}});
        }
    } else {
        return controlError(404, u"no such control endpoint"_s);
    }
    return controlError(405, u"method not allowed on this control endpoint"_s);
}

// /_sim/tasks/{id}/{action}: the id is one segment, decoded once, as OMS reads it.
HttpResponse ControlService::handleTask(const HttpRequest& request)
{
    const QList<QByteArray> segments = request.path.sliced(tasksPrefix.size()).split('/');
    const bool known = segments.size() == 2
        && (segments.at(1) == "pause" || segments.at(1) == "activity") && !segments.at(0).isEmpty();
    if (!known) {
        return controlError(404, u"no such control endpoint"_s);
    }
    if (request.method != "POST") {
        return controlError(405, u"method not allowed on this control endpoint"_s);
    }
    const auto decodedId = QueryParameters::percentDecode(segments.at(0), false);
    const auto query = QueryParameters::parse(request.query);
    if (!decodedId || !query) {
        return controlError(400, u"the task id or the query is not correctly percent-encoded"_s);
    }
    for (const auto& [key, value] : query->items()) {
        if (key != u"project_id"_s) {
            return controlError(400,
                                u"unknown query parameter %1; only project_id is taken"_s.arg(key));
        }
    }
    const QString taskId = QString::fromUtf8(*decodedId);
    QList<SimProject*> projects = m_state.projectsWithTask(taskId);
    if (query->contains(u"project_id")) {
        const QString projectId = query->value(u"project_id");
        projects.removeIf([&](const SimProject* project) { return project->id != projectId; });
    }
    if (projects.isEmpty()) {
        return controlError(
            404,
            query->contains(u"project_id")
                ? u"no sync task %1 in project %2"_s.arg(taskId, query->value(u"project_id"))
                : u"no sync task %1 in any project"_s.arg(taskId));
    }
    if (projects.size() > 1) {
        QStringList ids;
        for (const SimProject* project : std::as_const(projects)) {
            ids.append(project->id);
        }
        return controlError(
            400,
            u"sync task %1 is in several projects (%2): choose one with ?project_id="_s.arg(
                taskId, ids.join(u", "_s)));
    }
    SimProject& project = *projects.constFirst();
    SimTask& task = *project.task(taskId);
    return segments.at(1) == "pause" ? pause(project, task) : addActivity(request, project, task);
}

HttpResponse ControlService::pause(SimProject& project, SimTask& task)
{
    if (!task.stop(m_clock.nowMs())) {
        return controlError(409,
                            u"sync task %1 is %2: only a SYNCHRONIZING task can be paused"_s.arg(
                                task.id, task.status));
    }
    return HttpResponse::json(
        200, QJsonObject {{u"project_id"_s, project.id}, {u"task"_s, task.toJson()}});
}

HttpResponse ControlService::addActivity(const HttpRequest& request, SimProject& project,
                                         SimTask& task)
{
    static const QStringList fields {u"requests"_s, u"successes"_s, u"failures"_s, u"skips"_s,
                                     u"bytes"_s};
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject()) {
            return controlError(
                400,
                u"the body must be a JSON object: %1"_s.arg(
                    document.isNull() ? parseError.errorString() : u"got another JSON value"_s));
        }
        body = document.object();
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!fields.contains(it.key())) {
            return controlError(
                400, u"unknown field %1; send any of %2"_s.arg(it.key(), fields.join(u", "_s)));
        }
    }
    QList<qint64> values;
    for (const QString& field : fields) {
        const QJsonValue value = body.value(field);
        const double number = value.toDouble(std::nan(""));
        if (!value.isUndefined()
            && (!value.isDouble() || std::trunc(number) != number || number < 0
                || number > double(maxActivityFigure))) {
            return controlError(
                400, u"%1 must be an integer from 0 to %2"_s.arg(field).arg(maxActivityFigure));
        }
        values.append(value.isUndefined() ? 0 : qint64(number));
    }
    TaskStatistics::Figures figures;
    figures.success = values.at(1);
    figures.failure = values.at(2);
    figures.skip = values.at(3);
    figures.sizeBytes = values.at(4);
    // Every object handled was a request accepted, as in the generated figures.
    const qint64 handled = figures.success + figures.failure + figures.skip;
    figures.requests = body.contains(u"requests"_s) ? values.at(0) : handled;
    if (figures.requests < handled) {
        return controlError(400,
                            u"requests (%1) must be at least successes + failures + skips (%2)"_s
                                .arg(figures.requests)
                                .arg(handled));
    }
    const qint64 now = m_clock.nowMs();
    task.activity.append({now, figures});
    return HttpResponse::json(200,
                              QJsonObject {{u"project_id"_s, project.id},
                                           {u"sync_task_id"_s, task.id},
                                           {u"at_ms"_s, now},
                                           {u"added"_s, figuresJson(figures)}});
}

} // namespace OmsSync::Sim
