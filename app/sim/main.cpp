// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"
#include "DemoSeed.h"
#include "Simulator.h"
#include "TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace OmsSync::Sim;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "oms-sim: %s\n", qPrintable(message));
    return 2;
}

std::optional<int> integerOption(const QCommandLineParser& parser, const QString& name,
                                 qint64 minimum, qint64 maximum, QString* error)
{
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = u"--%1 must be a number from %2 to %3"_s.arg(name).arg(minimum).arg(maximum);
        return std::nullopt;
    }
    return int(value);
}

// --synthetic-tasks adds N generated tasks to every project of the document.
QJsonObject withSyntheticTasks(QJsonObject document, int count)
{
    QJsonArray accounts = document.value(u"accounts"_s).toArray();
    for (qsizetype a = 0; a < accounts.size(); ++a) {
        QJsonObject account = accounts.at(a).toObject();
        QJsonArray projects = account.value(u"projects"_s).toArray();
        for (qsizetype p = 0; p < projects.size(); ++p) {
            QJsonObject project = projects.at(p).toObject();
            project.insert(u"synthetic_tasks"_s, count);
            projects.replace(p, project);
        }
        account.insert(u"projects"_s, projects);
        accounts.replace(a, account);
    }
    document.insert(u"accounts"_s, accounts);
    return document;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"oms-sim"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(OmsSync::BuildInfo::version));
    QCoreApplication::setOrganizationName(
        QString::fromLatin1(OmsSync::BuildInfo::organizationName));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local simulator of Huawei Cloud OMS sync tasks and IAM, for tests and the demo.\n"
        "Listens on 127.0.0.1 only and prints \"listening PORT\" once ready.\n"
        "Without --config it serves the demo: account demo, user demo, password\n"
        "demo-password, AK DEMOACCESSKEY0000001, SK demoSecretKey0000000000000000000000000001.\n"
        "\n"
        "With --control, for tests (JSON in and out; errors as {\"error\":\"...\"}):\n"
        "  POST /_sim/faults, GET|DELETE /_sim/faults    arm, list, disarm faults\n"
        "  GET|DELETE /_sim/log, GET|DELETE /_sim/counters\n"
        "  GET /_sim/clock, POST /_sim/clock {\"offset_ms\":N} or {\"advance_ms\":N}\n"
        "  GET /_sim/state, DELETE /_sim/tokens, POST /_sim/reset\n"
        "  POST /_sim/tasks/ID/pause       OMS pauses a SYNCHRONIZING task by itself\n"
        "                                  (404 unknown task, 409 not running)\n"
        "  POST /_sim/tasks/ID/activity    {\"requests\":N,\"successes\":N,\"failures\":N,\n"
        "                                  \"skips\":N,\"bytes\":N}, all optional: traffic\n"
        "                                  now, in ShowSyncTask and the statistics\n"
        "  A task id that several projects hold needs ?project_id=P."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"TCP port to listen on; 0 (the default) picks a free one."_s, u"PORT"_s,
         u"0"_s},
        {u"portfile"_s, u"Also write the port to FILE (atomically) once listening."_s, u"FILE"_s},
        {u"config"_s,
         u"Serve the accounts, projects and tasks of this JSON file instead of the demo."_s,
         u"FILE"_s},
        {u"control"_s,
         u"Serve the test-only control API under /_sim/: faults, log, counters, clock, "
         "state, tokens, reset, and POST /_sim/tasks/ID/pause and /_sim/tasks/ID/activity "
         "(see oms-sim(1))."_s},
        {u"log-requests"_s,
         u"Keep a log of requests for GET /_sim/log. It holds what clients sent verbatim, "
         "tokens, signatures and sync-task keys included: use it for tests only."_s},
        {u"latency"_s, u"Delay every answer by MS milliseconds."_s, u"MS"_s},
        {u"token-lifetime"_s, u"Issued IAM tokens expire after SECONDS (default 86400)."_s,
         u"SECONDS"_s},
        {u"synthetic-tasks"_s, u"Add N generated tasks to every project (for paging)."_s, u"N"_s},
        {u"max-tasks-per-project"_s,
         u"How many tasks CreateSyncTask allows per project (default 5)."_s, u"N"_s},
        {u"pause-task-after"_s,
         u"The demo's Qiniu task pauses by itself SECONDS after the start (and after every "
         "reset), as OMS pauses a task; 0 never. Default 180, or 0 with --control. With "
         "--config it replaces pause_after_s of every task that sets one."_s,
         u"SECONDS"_s},
        {u"fault"_s, u"Arm a fault given as JSON (see the control API); may be repeated."_s,
         u"JSON"_s},
        {u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"PEM"_s},
        {u"tls-key"_s, u"The PEM private key for --tls-cert."_s, u"PEM"_s},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        return fail(u"unexpected argument %1"_s.arg(parser.positionalArguments().constFirst()));
    }

    QString error;
    const auto port = integerOption(parser, u"port"_s, 0, 65535, &error);
    const auto latency = integerOption(parser, u"latency"_s, 0, 600'000, &error);
    const auto lifetime = integerOption(parser, u"token-lifetime"_s, 1, 10 * 365 * 86400, &error);
    const auto synthetic = integerOption(parser, u"synthetic-tasks"_s, 0, 100'000, &error);
    const auto maxTasks = integerOption(parser, u"max-tasks-per-project"_s, 0, 1'000'000, &error);
    const auto pauseAfter = integerOption(parser, u"pause-task-after"_s, 0,
                                          SimulatorConfig::maxPauseAfterSeconds, &error);
    if (!error.isEmpty()) {
        return fail(error);
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject document;
    if (parser.isSet(u"config"_s)) {
        QFile file(parser.value(u"config"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!json.isObject()) {
            return fail(u"%1 is not a JSON object: %2 (offset %3)"_s.arg(
                file.fileName(), parseError.errorString(), QString::number(parseError.offset)));
        }
        document = json.object();
    } else {
        // Tests steer the demo through the control API; a task pausing by
        // itself would surprise the tests that share one simulator.
        const bool control = parser.isSet(u"control"_s);
        document = DemoSeed::configuration(
            now, pauseAfter.value_or(control ? 0 : DemoSeed::defaultPauseAfterSeconds));
    }
    if (synthetic) {
        document = withSyntheticTasks(document, *synthetic);
    }
    if (maxTasks) {
        document.insert(u"max_tasks_per_project"_s, *maxTasks);
    }
    QJsonArray faults = document.value(u"faults"_s).toArray();
    for (const QString& fault : parser.values(u"fault"_s)) {
        const QJsonDocument json = QJsonDocument::fromJson(fault.toUtf8());
        if (!json.isObject()) {
            return fail(u"--fault must be a JSON object: %1"_s.arg(fault));
        }
        faults.append(json.object());
    }
    if (!faults.isEmpty()) {
        document.insert(u"faults"_s, faults);
    }
    auto config = SimulatorConfig::fromJson(document, now, &error);
    if (!config) {
        return fail(parser.isSet(u"config"_s) ? parser.value(u"config"_s) + u": "_s + error
                                              : error);
    }
    if (pauseAfter && parser.isSet(u"config"_s)) {
        bool replaced = false;
        for (AccountConfig& account : config->accounts) {
            for (ProjectConfig& project : account.projects) {
                for (TaskConfig& task : project.tasks) {
                    if (task.pauseAfterSeconds > 0) {
                        task.pauseAfterSeconds = *pauseAfter;
                        replaced = true;
                    }
                }
            }
        }
        if (!replaced && *pauseAfter > 0) {
            return fail(u"--pause-task-after: no task of %1 sets pause_after_s"_s.arg(
                parser.value(u"config"_s)));
        }
    }

    Simulator::Options options;
    options.control = parser.isSet(u"control"_s);
    options.logRequests = parser.isSet(u"log-requests"_s);
    options.latencyMs = latency;
    options.tokenLifetimeSeconds = lifetime;
    options.tlsCertificate = parser.value(u"tls-cert"_s);
    options.tlsKey = parser.value(u"tls-key"_s);

    OmsSync::TerminationSignals signals;
    if (!signals.isValid()) {
        return fail(u"cannot watch for SIGTERM"_s);
    }
    QObject::connect(&signals, &OmsSync::TerminationSignals::terminationRequested, &app,
                     [] { QCoreApplication::exit(0); });

    Simulator simulator(std::move(*config), options);
    if (!simulator.start(quint16(port.value_or(0)), &error)) {
        return fail(u"cannot listen: "_s + error);
    }
    if (parser.isSet(u"portfile"_s)) {
        QSaveFile portFile(parser.value(u"portfile"_s));
        if (!portFile.open(QIODevice::WriteOnly)
            || portFile.write(QByteArray::number(simulator.port()) + '\n') < 0
            || !portFile.commit()) {
            return fail(u"cannot write %1: %2"_s.arg(portFile.fileName(), portFile.errorString()));
        }
    }
    // The one line on stdout: scripts and SimulatorProcess wait for it.
    std::printf("listening %u\n", unsigned(simulator.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
