// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace OmsSync::Test {

// A real oms-sim process for a test: started on a free loopback port with
// the control API, driven through it, and stopped with SIGTERM at the end
// (the destructor fails the running test if the simulator did not exit
// cleanly, e.g. because a sanitizer found something in it).
//
//     OmsSync::Test::SimulatorProcess sim;
//     QVERIFY2(sim.start({u"--log-requests"_s}), qPrintable(sim.errorString()));
//     const QUrl base = sim.baseUrl();                 // http://127.0.0.1:PORT
//     const QString project = sim.projectId(u"cn-north-4"_s);
//     sim.injectFault({{"kind", "status"}, {"status", 503}, {"route", "oms.tasks.list"}});
//     ... exercise the client against base ...
//     QCOMPARE(sim.counters()["iam_token_requests"].toInt(), 1);
//     QVERIFY(sim.stop());
//
// The demo seed's sign-in is in the constants below. All control calls are
// synchronous (a local event loop with a timeout): test code only. Started
// with --tls-cert/--tls-key, it speaks HTTPS and the control calls accept
// its self-signed certificate.
class SimulatorProcess
{
public:
    static constexpr char demoAccount[] = "demo";
    static constexpr char demoUser[] = "demo";
    static constexpr char demoPassword[] = "demo-password";
    static constexpr char demoAccessKey[] = "DEMOACCESSKEY0000001";
    static constexpr char demoSecretKey[] = "demoSecretKey0000000000000000000000000001";

    SimulatorProcess();
    ~SimulatorProcess();
    SimulatorProcess(const SimulatorProcess&) = delete;
    SimulatorProcess& operator=(const SimulatorProcess&) = delete;

    // The oms-sim this build made.
    static QString executable();

    // Runs oms-sim --port 0 --control plus extraArguments and waits (up to
    // timeoutMs) for its "listening PORT" line. False, with errorString(),
    // when it exits or stays silent.
    bool start(const QStringList& extraArguments = {}, int timeoutMs = 20000);
    // The same with --config configFile.
    bool startWithConfig(const QString& configFile, const QStringList& extraArguments = {},
                         int timeoutMs = 20000);
    // SIGTERM, then SIGKILL after timeoutMs. True when it exited by itself with code 0.
    bool stop(int timeoutMs = 15000);
    bool isRunning() const;

    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT, or https:// when started with --tls-cert.
    QUrl baseUrl() const;
    bool isTls() const { return m_tls; }
    qint64 processId() const { return m_process.processId(); }
    QString errorString() const { return m_error; }
    QProcess& process() { return m_process; }

    struct Reply
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray body;
        QString error;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    // One call of the control API, e.g. control("GET", "/_sim/state"). The
    // path is sent as given (percent-encode what needs it); a query may
    // follow it ("/_sim/tasks/ID/pause?project_id=P").
    Reply control(const QByteArray& method, const QString& path,
                  const QJsonDocument& body = QJsonDocument());

    // The ids of the armed faults; empty (and a warning) when refused.
    QList<int> injectFault(const QJsonObject& fault);
    bool clearFaults();
    QJsonArray requestLog(); // needs --log-requests
    bool clearLog();
    QJsonObject counters();
    bool clearCounters();
    // Moves the simulator's clock by ms (may be negative); returns the new offset.
    qint64 shiftClock(qint64 ms);
    bool setClockOffset(qint64 ms);
    bool revokeTokens();
    bool reset();
    QJsonObject state();
    // OMS pauses a SYNCHRONIZING task by itself (POST /_sim/tasks/{id}/pause).
    // projectId only for an id that several projects hold. False, with a
    // warning, when refused (unknown task, not running).
    bool pauseTask(const QString& taskId, const QString& projectId = {});
    // Traffic on a task now (POST /_sim/tasks/{id}/activity), e.g.
    // {{"failures", 3}, {"bytes", 1024}}. Returns the answer's "added"
    // figures (requests filled in), empty with a warning when refused.
    QJsonObject addActivity(const QString& taskId, const QJsonObject& activity,
                            const QString& projectId = {});
    // The id of the project named after a region in an account's state.
    QString projectId(const QString& region, const QString& account = QStringLiteral("demo"));

private:
    bool waitUntilListening(int timeoutMs);

    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_error;
    QByteArray m_stdout;
};

} // namespace OmsSync::Test
