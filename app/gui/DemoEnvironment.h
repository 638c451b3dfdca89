// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace OmsSync::Gui {

class ProfileController;

// What `oms-sync-desk --demo` runs on: oms-sim with its demo seed as a child
// process on a free loopback port, settings in a temporary directory of
// their own (the user's profiles and GUI settings are never read or
// written), and two profiles signed in with the demo password, which is
// given to the sessions and never stored. The simulator stops with this
// object, and with the application even when that dies (Linux).
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    static constexpr char accountName[] = "demo";
    static constexpr char userName[] = "demo";
    static constexpr char password[] = "demo-password";
    static constexpr char environmentVariable[] = "OMS_SYNC_SIM";

    explicit DemoEnvironment(QObject* parent = nullptr);
    ~DemoEnvironment() override;

    // Where oms-sim is looked for, first match wins: $OMS_SYNC_SIM, next to
    // the executable in the build tree (app/gui/../sim), next to the
    // executable, the relocated libexec, the installed libexec.
    static QStringList simulatorCandidates();
    static QString findSimulator();
    void setSimulatorProgram(const QString& program) { m_program = program; }
    QString simulatorProgram() const { return m_program; }

    // Starts the simulator and waits (at most timeoutMs) for its
    // "listening PORT" line.
    bool start(QString* error, int timeoutMs = 15000);
    // Starts the simulator on a free port chosen here and returns at once:
    // the profiles and the window are made while it gets ready (about as
    // long), and ready() follows. Should it end first, simulatorStopped().
    bool launch(QString* error);
    bool isReady() const { return m_ready; }
    void stop();
    bool isRunning() const;
    qint64 simulatorProcessId() const { return m_process.processId(); }

    quint16 port() const { return m_port; }
    QUrl endpoint() const;
    QString profilesIniPath() const;
    QString guiIniPath() const;

    // The two demo profiles (Beijing4 and Shanghai1) in the demo's store,
    // with the demo password as their sessions' secret.
    bool addProfiles(ProfileController* profiles, QString* error);

Q_SIGNALS:
    // The simulator launch()ed answers now.
    void ready();
    // The simulator ended while the demo was running.
    void simulatorStopped(const QString& reason);

private:
    bool startProcess(quint16 port, QString* error, int timeoutMs);
    // The "listening PORT" line, when `line` is it.
    static std::optional<quint16> listeningPort(const QByteArray& line);

    QTemporaryDir m_directory;
    QProcess m_process;
    QString m_program;
    quint16 m_port = 0;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace OmsSync::Gui
