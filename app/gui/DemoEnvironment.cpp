// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEnvironment.h"

#include "DisplayText.h"
#include "ProfileController.h"
#include "Region.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTcpServer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "omssync.gui.demo", QtInfoMsg)

namespace OmsSync::Gui {

namespace {

// Names the demo's profiles (QUuid::createUuidV5 with the region).
constexpr QUuid demoNamespace(0x6f1c2b9e, 0x4d3a, 0x5e8f, 0x9a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f, 0x60,
                              0x71);

} // namespace

DemoEnvironment::DemoEnvironment(QObject* parent)
    : QObject(parent)
    , m_directory(QDir::tempPath() + u"/oms-sync-desk-demo-XXXXXX"_s)
    , m_program(findSimulator())
{
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_stopping || m_port == 0) {
            return;
        }
        m_port = 0;
        m_ready = false;
        Q_EMIT simulatorStopped(status == QProcess::CrashExit
                                    ? tr("The demo simulator crashed.")
                                    : tr("The demo simulator stopped (exit code %1).").arg(code));
    });
}

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

QStringList DemoEnvironment::simulatorCandidates()
{
    QStringList candidates;
    const QString overridden = qEnvironmentVariable(environmentVariable);
    if (!overridden.isEmpty()) {
        candidates.append(overridden);
    }
    const QString here = QCoreApplication::applicationDirPath();
    candidates.append(here + u"/../sim/oms-sim"_s); // build tree: app/gui and app/sim
    candidates.append(here + u"/oms-sim"_s);
    candidates.append(here + u"/../libexec/oms-sim"_s); // a relocated installation
    candidates.append(QStringLiteral(OMS_SYNC_INSTALLED_SIM));
    return candidates;
}

QString DemoEnvironment::findSimulator()
{
    for (const QString& candidate : simulatorCandidates()) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable()) {
            return info.canonicalFilePath();
        }
    }
    return {};
}

bool DemoEnvironment::startProcess(quint16 port, QString* error, int timeoutMs)
{
    if (!m_directory.isValid()) {
        *error = tr("Could not create a temporary directory for the demo settings: %1")
                     .arg(m_directory.errorString());
        return false;
    }
    if (m_program.isEmpty()) {
        *error = tr("The demo simulator oms-sim was not found. Looked in:\n%1")
                     .arg(simulatorCandidates().join(u'\n'));
        return false;
    }
    m_process.setProgram(m_program);
    m_process.setArguments({u"--port"_s, QString::number(port)});
    m_process.setReadChannel(QProcess::StandardOutput);
    // Its warnings are worth seeing in a terminal; its stdout is ours to read.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // Should this process die without stopping it, the simulator goes too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = tr("Could not start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    return true;
}

std::optional<quint16> DemoEnvironment::listeningPort(const QByteArray& line)
{
    if (!line.startsWith("listening ")) {
        return std::nullopt;
    }
    bool ok = false;
    const uint port = line.mid(10).trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    return quint16(port);
}

bool DemoEnvironment::launch(QString* error)
{
    // A port taken and let go at once: the simulator binds it a moment
    // later. Should another program take it meanwhile, the simulator exits
    // and simulatorStopped() says so.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        *error = tr("No free port for the demo simulator: %1").arg(probe.errorString());
        return false;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    if (!startProcess(port, error, 15000)) {
        return false;
    }
    m_port = port;
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        while (!m_ready && m_process.canReadLine()) {
            if (listeningPort(m_process.readLine().trimmed()) == m_port) {
                m_ready = true;
                qCInfo(lcDemo).noquote() << "demo simulator listening on port" << m_port;
                Q_EMIT ready();
            }
        }
    });
    return true;
}

bool DemoEnvironment::start(QString* error, int timeoutMs)
{
    if (!startProcess(0, error, timeoutMs)) {
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            seen += line + '\n';
            if (const auto port = listeningPort(line)) {
                m_port = *port;
                m_ready = true;
                qCInfo(lcDemo).noquote() << "demo simulator listening on port" << m_port;
                return true;
            }
        }
        if (m_process.state() != QProcess::Running) {
            break;
        }
        m_process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
    }
    const bool exited = m_process.state() != QProcess::Running;
    stop();
    *error = exited ? tr("The demo simulator %1 exited before it was ready.").arg(m_program)
                    : tr("The demo simulator %1 did not get ready in time.").arg(m_program);
    if (!seen.isEmpty()) {
        *error += u'\n' + QString::fromLocal8Bit(seen).trimmed();
    }
    return false;
}

void DemoEnvironment::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_stopping = true;
    m_process.terminate(); // oms-sim exits cleanly on SIGTERM
    if (!m_process.waitForFinished(3000)) {
        // Worth a line: tests/packaging/install-deb.sh looks for it.
        qCWarning(lcDemo) << "the demo simulator did not stop on SIGTERM; killing it";
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    m_port = 0;
    m_ready = false;
    m_stopping = false;
}

bool DemoEnvironment::isRunning() const
{
    return m_process.state() == QProcess::Running && m_ready;
}

QUrl DemoEnvironment::endpoint() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QString DemoEnvironment::profilesIniPath() const
{
    return m_directory.filePath(u"profiles.ini"_s);
}

QString DemoEnvironment::guiIniPath() const
{
    return m_directory.filePath(u"gui.ini"_s);
}

bool DemoEnvironment::addProfiles(ProfileController* profiles, QString* error)
{
    QList<Profile> added;
    for (const char* regionId : {"cn-north-4", "cn-east-3"}) {
        Profile profile;
        // The same ids every time, so that the demo opens with the tasks it
        // showed last time, as the application does.
        profile.id = QUuid::createUuidV5(demoNamespace, QByteArray(regionId));
        profile.regionId = QString::fromLatin1(regionId);
        profile.name = tr("Demo: %1").arg(DisplayText::region(profile.regionId));
        profile.authMethod = AuthMethod::Password;
        profile.accountName = QString::fromLatin1(accountName);
        profile.userName = QString::fromLatin1(userName);
        profile.omsEndpoint = endpoint();
        profile.iamEndpoint = endpoint();
        added.append(profile);
    }
    // One write: each is a locked, synced rewrite of the file, on the way
    // to the window's first paint.
    if (const ApiError failed = profiles->addProfiles(added); failed.isError()) {
        *error = failed.summary();
        return false;
    }
    // The demo's password is no secret and never reaches a keychain.
    for (const Profile& profile : std::as_const(added)) {
        profiles->setSecretOverride(profile.id, QString::fromLatin1(password));
    }
    profiles->reload();
    return true;
}

} // namespace OmsSync::Gui
