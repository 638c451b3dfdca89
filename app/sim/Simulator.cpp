// SPDX-License-Identifier: GPL-3.0-or-later
#include "Simulator.h"

#include "ErrorReplies.h"
#include "GatewayAuthenticator.h"
#include "HttpConnection.h"

#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

SimulatorConfig withOverrides(SimulatorConfig config, const Simulator::Options& options)
{
    if (options.latencyMs) {
        config.latencyMs = *options.latencyMs;
    }
    if (options.tokenLifetimeSeconds) {
        config.tokenLifetimeSeconds = *options.tokenLifetimeSeconds;
    }
    return config;
}

} // namespace

Simulator::Simulator(SimulatorConfig config, const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_config(withOverrides(std::move(config), options))
    , m_state(m_config)
    , m_iam(m_state, m_clock)
    , m_oms(m_state, m_clock)
    , m_control(m_state, m_faults, m_log, m_counters, m_clock, [this] { resetAll(); })
    , m_server(this)
{
    m_log.setEnabled(options.logRequests);
}

Simulator::~Simulator() = default;

bool Simulator::start(quint16 port, QString* error)
{
    if (!m_config.faults.isEmpty() && !m_faults.add(m_config.faults, error)) {
        *error = u"faults in the configuration: "_s + *error;
        return false;
    }
    if (!m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty()) {
        if (m_options.tlsCertificate.isEmpty() || m_options.tlsKey.isEmpty()) {
            *error = u"HTTPS needs both --tls-cert and --tls-key"_s;
            return false;
        }
        if (!m_server.setTls(m_options.tlsCertificate, m_options.tlsKey, error)) {
            return false;
        }
    }
    if (!m_server.listen(port, error)) {
        return false;
    }
    armPauses();
    return true;
}

void Simulator::armPauses()
{
    qDeleteAll(m_pauseTimers);
    m_pauseTimers.clear();
    for (const SimProject& project : m_state.projects()) {
        for (const SimTask& task : project.tasks) {
            if (task.pauseAfterMs <= 0) {
                continue;
            }
            auto* timer = new QTimer(this);
            timer->setSingleShot(true);
            timer->setInterval(std::chrono::milliseconds(task.pauseAfterMs));
            // By id, not by pointer: clients may delete tasks and create others meanwhile.
            connect(timer, &QTimer::timeout, this,
                    [this, projectId = project.id, taskId = task.id] {
                        if (SimProject* owner = m_state.project(projectId)) {
                            if (SimTask* paused = owner->task(taskId)) {
                                paused->stop(m_clock.nowMs()); // nothing happens unless it runs
                            }
                        }
                    });
            timer->start();
            m_pauseTimers.append(timer);
        }
    }
}

void Simulator::resetAll()
{
    m_state.reset();
    m_faults.clear();
    QString ignored; // the configuration's faults were checked by start()
    m_faults.add(m_config.faults, &ignored);
    m_log.clear();
    m_counters.clear();
    m_clock.setOffsetMs(0);
    armPauses();
}

void Simulator::countConnection(quint64 connectionId)
{
    if (!m_countedConnections.contains(connectionId)) {
        m_countedConnections.insert(connectionId);
        m_counters.connectionUsed();
    }
}

void Simulator::connectionOpened(HttpConnection& connection)
{
    const quint64 id = connection.id();
    connect(&connection, &QObject::destroyed, this, [this, id] {
        m_pendingFaults.remove(id);
        m_countedConnections.remove(id);
    });
}

bool Simulator::headReceived(HttpConnection& connection, const HttpRequest& head)
{
    const Route route = Route::resolve(head.method, head.path);
    if (route.kind == Route::Kind::Control && m_options.control) {
        return true;
    }
    auto fault = m_faults.take(head.method, head.path, route.name());
    if (!fault) {
        return true;
    }
    m_counters.faultApplied();
    if (fault->kind == Fault::Kind::ResetBefore) {
        countConnection(connection.id());
        m_counters.request(route.name());
        log(head, connection.id(), route, 0, HttpResponse::newRequestId(), fault);
        return false;
    }
    m_pendingFaults.insert(connection.id(), *fault);
    return true;
}

void Simulator::requestRejected(HttpConnection& connection, int /*status*/)
{
    countConnection(connection.id());
    m_counters.rejected();
}

void Simulator::requestReceived(HttpConnection& connection, const HttpRequest& request)
{
    const Route route = Route::resolve(request.method, request.path);
    if (route.kind == Route::Kind::Control && m_options.control) {
        HttpResponse response = m_control.handle(request);
        finalize(response, HttpResponse::newRequestId());
        connection.respond(response);
        return;
    }
    countConnection(connection.id());
    m_counters.request(route.name());

    const QByteArray requestId = HttpResponse::newRequestId();
    const std::optional<Fault> fault = m_pendingFaults.contains(connection.id())
        ? std::optional<Fault>(m_pendingFaults.take(connection.id()))
        : std::nullopt;
    const int delay =
        m_config.latencyMs + (fault && fault->kind == Fault::Kind::Delay ? fault->delayMs : 0);
    const QPointer<HttpConnection> target(&connection);
    if (delay <= 0) {
        answer(target, request, route, requestId, fault);
        return;
    }
    // The request takes effect when it is answered, after the delay.
    QTimer::singleShot(delay, this, [this, target, request, route, requestId, fault] {
        answer(target, request, route, requestId, fault);
    });
}

void Simulator::answer(const QPointer<HttpConnection>& connection, const HttpRequest& request,
                       const Route& route, const QByteArray& requestId,
                       const std::optional<Fault>& fault)
{
    if (!connection) {
        // The client gave up during the delay; like a real backend, nothing happens.
        log(request, 0, route, 0, requestId, fault);
        return;
    }
    const quint64 connectionId = connection->id();
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::Delay;

    switch (kind) {
    case Fault::Kind::Hang:
        connection->hang();
        log(request, connectionId, route, 0, requestId, fault);
        return;

    case Fault::Kind::Status: {
        HttpResponse response(fault->status);
        if (!fault->body.isEmpty() || !fault->contentType.isEmpty()) {
            response.setBody(fault->body,
                             fault->contentType.isEmpty()
                                 ? QByteArray("application/json;charset=UTF-8")
                                 : fault->contentType);
        }
        for (const auto& [name, value] : fault->headers) {
            response.setHeader(name, value);
        }
        finalize(response, requestId);
        connection->respond(response);
        log(request, connectionId, route, response.status(), requestId, fault);
        return;
    }

    case Fault::Kind::Oversized: {
        HttpResponse head(fault->status);
        head.setHeader("Content-Type",
                       fault->contentType.isEmpty() ? QByteArray("application/json;charset=UTF-8")
                                                    : fault->contentType);
        for (const auto& [name, value] : fault->headers) {
            head.setHeader(name, value);
        }
        finalize(head, requestId);
        const qint64 size = fault->size;
        connection->respondStreaming(head, size, [size](qint64 offset, qint64 maxBytes) {
            return FaultInjector::oversizedChunk(size, offset, maxBytes);
        });
        log(request, connectionId, route, head.status(), requestId, fault);
        return;
    }

    case Fault::Kind::ResetAfter: {
        const HttpResponse applied = handleApi(request, route, requestId);
        connection->reset();
        // The status the client never saw is still logged, for the test's sake.
        log(request, connectionId, route, applied.status(), requestId, fault);
        return;
    }

    case Fault::Kind::Truncate: {
        HttpResponse response = handleApi(request, route, requestId);
        response.replaceBody(response.body().left(response.body().size() / 2));
        finalize(response, requestId);
        connection->respond(response);
        log(request, connectionId, route, response.status(), requestId, fault);
        return;
    }

    case Fault::Kind::Delay:
    case Fault::Kind::ResetBefore: // handled at the head; never reaches here
        break;
    }
    HttpResponse response = handleApi(request, route, requestId);
    finalize(response, requestId);
    connection->respond(response);
    log(request, connectionId, route, response.status(), requestId, fault);
}

HttpResponse Simulator::handleApi(const HttpRequest& request, const Route& route,
                                  const QByteArray& requestId)
{
    switch (route.kind) {
    case Route::Kind::Unknown:
    case Route::Kind::Control: // only without --control
        return ErrorReplies::gateway(
            404, "APIGW.0101",
            u"The API does not exist or has not been published in the environment"_s, requestId);
    case Route::Kind::IamTokens:
        return m_iam.issueToken(request);
    default:
        break;
    }
    const AuthResult auth = GatewayAuthenticator::authenticate(request, m_state, m_clock.nowMs());
    if (!auth.ok) {
        return ErrorReplies::unauthorized(auth.problem, requestId);
    }
    if (route.kind == Route::Kind::IamProjects) {
        const QByteArray scheme = m_server.isTls() ? "https://" : "http://";
        return m_iam.listProjects(request, auth, scheme + request.header("host"));
    }
    return m_oms.handle(route, request, auth);
}

void Simulator::finalize(HttpResponse& response, const QByteArray& requestId) const
{
    response.setHeader("X-Request-Id", requestId);
    response.setHeader("Date", HttpResponse::httpDate(m_clock.nowMs()));
    response.setHeader("Server", "oms-sim");
}

void Simulator::log(const HttpRequest& request, quint64 connectionId, const Route& route,
                    int status, const QByteArray& requestId, const std::optional<Fault>& fault)
{
    RequestLog::Outcome outcome;
    outcome.connectionId = connectionId;
    outcome.route = route.name();
    outcome.auth = authKindName(authKindOf(request));
    outcome.status = status;
    outcome.fault = fault ? Fault::kindName(fault->kind) : QString();
    outcome.requestId = requestId;
    outcome.timeMs = m_clock.nowMs();
    m_log.record(request, outcome);
}

} // namespace OmsSync::Sim
