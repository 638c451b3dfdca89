// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace OmsSync::Test {

CliProcess::CliProcess(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

QProcessEnvironment CliProcess::privateEnvironment(const QString& home, const QString& configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, configDir.isEmpty() ? home + u"/config"_s : configDir);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home + u"/no-bus"_s);
    env.remove(u"DISPLAY"_s);
    for (const QString& name : env.keys()) {
        if (name.startsWith(u"OMS_SYNC_"_s)) {
            env.remove(name);
        }
    }
    return env;
}

QString CliProcess::executable()
{
    return QStringLiteral(OMS_SYNC_EXECUTABLE);
}

CliProcess::Result CliProcess::run(const QStringList& arguments, const QHash<QString, QString>& env,
                                   const QByteArray& input)
{
    QProcessEnvironment environment = m_environment;
    for (auto it = env.begin(); it != env.end(); ++it) {
        environment.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    m_arguments += arguments;
    process.start(executable(), arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_printed += result.out + result.err;
    return result;
}

} // namespace OmsSync::Test
