// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace OmsSync::Test {

namespace {

constexpr int controlTimeoutMs = 15000;

} // namespace

SimulatorProcess::SimulatorProcess()
{
    // The simulator's complaints belong in the test's output.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SimulatorProcess::~SimulatorProcess()
{
    if (!isRunning()) {
        return;
    }
    if (!stop()) {
        const QByteArray message = "oms-sim did not exit cleanly: " + m_error.toUtf8();
        if (QTest::currentTestFunction()) {
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        } else {
            qCritical("%s", message.constData());
        }
    }
}

QString SimulatorProcess::executable()
{
    return QStringLiteral(OMS_SIM_EXECUTABLE);
}

bool SimulatorProcess::start(const QStringList& extraArguments, int timeoutMs)
{
    if (isRunning()) {
        m_error = u"already running"_s;
        return false;
    }
    m_error.clear();
    m_stdout.clear();
    m_port = 0;
    m_tls = extraArguments.contains(u"--tls-cert"_s);
    m_process.start(executable(),
                    QStringList {u"--port"_s, u"0"_s, u"--control"_s} + extraArguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(executable(), m_process.errorString());
        return false;
    }
    return waitUntilListening(timeoutMs);
}

bool SimulatorProcess::startWithConfig(const QString& configFile, const QStringList& extraArguments,
                                       int timeoutMs)
{
    return start(QStringList {u"--config"_s, configFile} + extraArguments, timeoutMs);
}

bool SimulatorProcess::waitUntilListening(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_stdout += m_process.readAllStandardOutput();
        const qsizetype newline = m_stdout.indexOf('\n');
        if (newline >= 0) {
            const QByteArray line = m_stdout.left(newline);
            bool ok = false;
            const uint port = line.startsWith("listening ") ? line.mid(10).toUInt(&ok) : 0;
            if (!ok || port == 0 || port > 65535) {
                m_error = u"unexpected first line from oms-sim: %1"_s.arg(QString::fromUtf8(line));
                return false;
            }
            m_port = quint16(port);
            return true;
        }
        if (m_process.state() != QProcess::Running) {
            m_error = u"oms-sim exited with code %1 before listening"_s.arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(
            int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
    }
    m_error = u"oms-sim did not report a port within %1 ms"_s.arg(timeoutMs);
    m_process.kill();
    m_process.waitForFinished();
    return false;
}

bool SimulatorProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool SimulatorProcess::stop(int timeoutMs)
{
    if (!isRunning()) {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        m_error = u"oms-sim ignored SIGTERM for %1 ms and was killed"_s.arg(timeoutMs);
        return false;
    }
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
        m_error =
            u"oms-sim ended with exit code %1 (%2)"_s.arg(m_process.exitCode())
                .arg(m_process.exitStatus() == QProcess::NormalExit ? u"exited"_s : u"crashed"_s);
        return false;
    }
    return true;
}

QUrl SimulatorProcess::baseUrl() const
{
    return QUrl((m_tls ? u"https://127.0.0.1:%1"_s : u"http://127.0.0.1:%1"_s).arg(m_port));
}

SimulatorProcess::Reply SimulatorProcess::control(const QByteArray& method, const QString& path,
                                                  const QJsonDocument& body)
{
    Reply result;
    QUrl url = baseUrl();
    const qsizetype question = path.indexOf(u'?');
    // Tolerant: escapes in the path (a task id holding '/') go out as given.
    url.setPath(path.left(question), QUrl::TolerantMode);
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(controlTimeoutMs);
    const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, payload);
    if (m_tls) {
        // The test certificate is self-signed; what is tested is the simulator.
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply](const QList<QSslError>&) { reply->ignoreSslErrors(); });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(controlTimeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = u"no answer to %1 %2"_s.arg(QString::fromLatin1(method), path);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0) {
            result.error = reply->errorString();
        }
    }
    reply->deleteLater();
    if (result.status == 0) {
        qWarning("oms-sim control %s %s: %d %s %s", method.constData(), qPrintable(path),
                 result.status, result.body.constData(), qPrintable(result.error));
    }
    return result;
}

QList<int> SimulatorProcess::injectFault(const QJsonObject& fault)
{
    const Reply reply = control("POST", u"/_sim/faults"_s, QJsonDocument(fault));
    QList<int> ids;
    for (const QJsonValue& id : reply.json().value(u"ids"_s).toArray()) {
        ids.append(id.toInt());
    }
    return ids;
}

bool SimulatorProcess::clearFaults()
{
    return control("DELETE", u"/_sim/faults"_s).status == 200;
}

QJsonArray SimulatorProcess::requestLog()
{
    return control("GET", u"/_sim/log"_s).json().value(u"entries"_s).toArray();
}

bool SimulatorProcess::clearLog()
{
    return control("DELETE", u"/_sim/log"_s).status == 200;
}

QJsonObject SimulatorProcess::counters()
{
    return control("GET", u"/_sim/counters"_s).json();
}

bool SimulatorProcess::clearCounters()
{
    return control("DELETE", u"/_sim/counters"_s).status == 200;
}

qint64 SimulatorProcess::shiftClock(qint64 ms)
{
    const Reply reply =
        control("POST", u"/_sim/clock"_s, QJsonDocument(QJsonObject {{u"advance_ms"_s, ms}}));
    return reply.json().value(u"offset_ms"_s).toInteger();
}

bool SimulatorProcess::setClockOffset(qint64 ms)
{
    return control("POST", u"/_sim/clock"_s, QJsonDocument(QJsonObject {{u"offset_ms"_s, ms}}))
               .status
        == 200;
}

bool SimulatorProcess::revokeTokens()
{
    return control("DELETE", u"/_sim/tokens"_s).status == 200;
}

bool SimulatorProcess::reset()
{
    return control("POST", u"/_sim/reset"_s).status == 200;
}

QJsonObject SimulatorProcess::state()
{
    return control("GET", u"/_sim/state"_s).json();
}

namespace {

QString taskControlPath(const QString& taskId, const char* action, const QString& projectId)
{
    QString path = u"/_sim/tasks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(taskId)) + u'/'
        + QLatin1StringView(action);
    if (!projectId.isEmpty()) {
        path += u"?project_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(projectId));
    }
    return path;
}

} // namespace

bool SimulatorProcess::pauseTask(const QString& taskId, const QString& projectId)
{
    const Reply reply = control("POST", taskControlPath(taskId, "pause", projectId));
    if (reply.status != 200) {
        qWarning("oms-sim refused to pause %s: %d %s", qPrintable(taskId), reply.status,
                 reply.body.constData());
    }
    return reply.status == 200;
}

QJsonObject SimulatorProcess::addActivity(const QString& taskId, const QJsonObject& activity,
                                          const QString& projectId)
{
    const Reply reply =
        control("POST", taskControlPath(taskId, "activity", projectId), QJsonDocument(activity));
    if (reply.status != 200) {
        qWarning("oms-sim refused activity for %s: %d %s", qPrintable(taskId), reply.status,
                 reply.body.constData());
        return {};
    }
    return reply.json().value(u"added"_s).toObject();
}

QString SimulatorProcess::projectId(const QString& region, const QString& account)
{
    for (const QJsonValue& project : state().value(u"projects"_s).toArray()) {
        const QJsonObject object = project.toObject();
        if (object.value(u"name"_s).toString() == region
            && object.value(u"domain_name"_s).toString() == account) {
            return object.value(u"id"_s).toString();
        }
    }
    return {};
}

} // namespace OmsSync::Test
