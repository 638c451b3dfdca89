// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlService.h"

#include "Counters.h"
#include "FaultInjector.h"
#include "HttpRequest.h"
#include "RequestLog.h"
#include "SimClock.h"
#include "SimulatorState.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

HttpResponse controlError(int status, const QString& message)
{
    return HttpResponse::json(status, QJsonObject {{u"error"_s, message}});
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
            return HttpResponse::json(200, m_state.toJson());
        }
    } else if (path == "/_sim/tokens") {
        if (method == "DELETE") {
            return HttpResponse::json(200, QJsonObject {{u"revoked"_s, m_state.revokeTokens()}});
        }
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

} // namespace OmsSync::Sim
