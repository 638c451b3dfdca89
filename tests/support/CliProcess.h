// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace OmsSync::Test {

// Runs the oms-sync of this build as a script would: arguments, environment
// and standard input in; exit code, stdout and stderr out. Remembers all it
// printed and every argument it got, for leak scans.
class CliProcess
{
public:
    struct Result
    {
        int exitCode = -1; // -1: did not start, crashed or hung
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    explicit CliProcess(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    static QString executable();

    // The system's environment made private to one test: HOME under `home`,
    // the settings under `configDir` (default: home/config), no session bus
    // (so no keychain answers), no display, and no OMS_SYNC_ variables.
    static QProcessEnvironment privateEnvironment(const QString& home,
                                                  const QString& configDir = {});

    // `env` adds to (or overrides) the environment given at construction.
    Result run(const QStringList& arguments, const QHash<QString, QString>& env = {},
               const QByteArray& input = {});

    const QByteArray& everythingPrinted() const { return m_printed; }
    const QStringList& everyArgument() const { return m_arguments; }

private:
    QProcessEnvironment m_environment;
    QByteArray m_printed;
    QStringList m_arguments;
};

} // namespace OmsSync::Test
