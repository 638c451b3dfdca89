// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ControlService.h"
#include "Counters.h"
#include "FaultInjector.h"
#include "HttpHandler.h"
#include "HttpServer.h"
#include "IamService.h"
#include "OmsService.h"
#include "RequestLog.h"
#include "Route.h"
#include "SimClock.h"
#include "SimulatorConfig.h"
#include "SimulatorState.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace OmsSync::Sim {

// oms-sim as a whole: the HTTP server, the gateway in front of IAM and OMS,
// the faults, the log and the control API, wired together.
class Simulator : public QObject, public HttpHandler
{
    Q_OBJECT

public:
    struct Options
    {
        bool control = false; // serve /_sim/
        bool logRequests = false;
        std::optional<int> latencyMs; // overrides the configuration's latency_ms
        std::optional<qint64> tokenLifetimeSeconds; // overrides token_lifetime_s
        QString tlsCertificate; // PEM; HTTPS when set together with tlsKey
        QString tlsKey;
    };

    Simulator(SimulatorConfig config, const Options& options, QObject* parent = nullptr);
    ~Simulator() override;

    // Arms the configuration's faults and starts listening on 127.0.0.1.
    bool start(quint16 port, QString* error);
    quint16 port() const { return m_server.port(); }

    // HttpHandler
    void connectionOpened(HttpConnection& connection) override;
    bool headReceived(HttpConnection& connection, const HttpRequest& head) override;
    void requestReceived(HttpConnection& connection, const HttpRequest& request) override;
    void requestRejected(HttpConnection& connection, int status) override;

private:
    void resetAll();
    // OMS pauses tasks by itself (pause_after_s): timers from now.
    void armPauses();
    void countConnection(quint64 connectionId);
    void answer(const QPointer<HttpConnection>& connection, const HttpRequest& request,
                const Route& route, const QByteArray& requestId, const std::optional<Fault>& fault);
    HttpResponse handleApi(const HttpRequest& request, const Route& route,
                           const QByteArray& requestId);
    void finalize(HttpResponse& response, const QByteArray& requestId) const;
    void log(const HttpRequest& request, quint64 connectionId, const Route& route, int status,
             const QByteArray& requestId, const std::optional<Fault>& fault);

    Options m_options;
    SimulatorConfig m_config;
    SimClock m_clock;
    SimulatorState m_state;
    FaultInjector m_faults;
    RequestLog m_log;
    Counters m_counters;
    IamService m_iam;
    OmsService m_oms;
    ControlService m_control;
    QHash<quint64, Fault> m_pendingFaults; // matched at the head, applied to the whole request
    QSet<quint64> m_countedConnections;
    QList<QTimer*> m_pauseTimers; // children; replaced on every reset
    // Last: its connections are destroyed first and still reach the members above.
    HttpServer m_server;
};

} // namespace OmsSync::Sim
