// SPDX-License-Identifier: GPL-3.0-or-later
//
// oms-bench: runs every benchmark of issues 9 and 17 several times and
// prints one table of medians, each next to the baseline measured in the
// same run, with the ratio and the target. tools/bench builds it and runs it
// under Xvfb.
//
//   oms-bench [--runs N] [--only startup,cli,roundtrips,core,scale,nobus]
//             [--idle-seconds N]
//
// The machine is shared and noisy: every figure is a median of repeated
// runs, every ratio the median of ratios taken within one run (a figure and
// its baseline measured next to each other), and the load is printed with
// the table. Nothing here fails on timing: a missed target is reported.

#include "BenchUtil.h"
#include "SimulatorProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace Qt::StringLiterals;
using OmsSync::Bench::median;
using OmsSync::Test::SimulatorProcess;

namespace {

void progress(const QString& message)
{
    std::fprintf(stderr, "oms-bench: %s\n", qPrintable(message));
    std::fflush(stderr);
}

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QString benchProgram(const char* name)
{
    return QStringLiteral(OMS_BENCH_DIR) + u'/' + QString::fromLatin1(name);
}

// Every sample of every figure, by key.
class Samples
{
public:
    void add(const QString& key, double value) { m_values[key].append(value); }
    // Every key of `other`, each under `prefix` + its name.
    void addAll(const Samples& other, const QString& prefix = {})
    {
        for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it) {
            m_values[prefix + it.key()].append(it.value());
        }
    }
    // Only these keys (those it has).
    Samples only(const QStringList& keys) const
    {
        Samples subset;
        for (const QString& key : keys) {
            if (has(key)) {
                subset.m_values.insert(key, m_values.value(key));
            }
        }
        return subset;
    }
    bool has(const QString& key) const { return !m_values.value(key).isEmpty(); }
    double median(const QString& key) const { return OmsSync::Bench::median(m_values.value(key)); }
    double first(const QString& key) const { return m_values.value(key).value(0); }
    qsizetype count(const QString& key) const { return m_values.value(key).size(); }
    QStringList keys() const { return m_values.keys(); }

    // The BENCH lines of a benchmark program's output.
    static Samples fromOutput(const QByteArray& output)
    {
        Samples samples;
        for (const QByteArray& line : output.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3 && parts.at(0) == "BENCH") {
                bool ok = false;
                const double value = parts.at(2).toDouble(&ok);
                if (ok) {
                    samples.add(QString::fromLatin1(parts.at(1)), value);
                }
            }
        }
        return samples;
    }

private:
    QHash<QString, QList<double>> m_values;
};

// --- the table ---------------------------------------------------------------

struct Target
{
    enum class Kind { None, RatioAtMost, AtMost, Below, Equals };
    Kind kind = Kind::None;
    double limit = 0;
};

struct Row
{
    QString item; // the issue's item number
    QString figure;
    QString measuredKey;
    QString baselineKey; // empty: none
    QString ratioKey; // empty: none
    Target target;
    double scale = 1; // printed value = sample * scale
    int decimals = 1;
    QString note; // what the baseline is
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

class Table
{
public:
    explicit Table(const Samples& samples)
        : m_samples(samples)
    { }

    void add(const Row& row)
    {
        if (!m_samples.has(row.measuredKey)) {
            return;
        }
        const double measured = m_samples.median(row.measuredKey) * row.scale;
        const bool hasBaseline = !row.baselineKey.isEmpty() && m_samples.has(row.baselineKey);
        const double baseline = hasBaseline ? m_samples.median(row.baselineKey) * row.scale : 0;
        const bool hasRatio = !row.ratioKey.isEmpty() && m_samples.has(row.ratioKey);
        const double ratio = hasRatio ? m_samples.median(row.ratioKey) : 0;

        QString target;
        QString verdict;
        const double limit = row.target.limit;
        switch (row.target.kind) {
        case Target::Kind::None:
            target = u"-"_s;
            break;
        case Target::Kind::RatioAtMost:
            target = u"<= %1x"_s.arg(limit);
            verdict = ratio <= limit ? u"met"_s
                                     : u"MISSED by %1x (%2%)"_s.arg(number(ratio - limit, 2))
                                           .arg(qRound((ratio / limit - 1) * 100));
            break;
        case Target::Kind::AtMost:
        case Target::Kind::Below: {
            const bool strict = row.target.kind == Target::Kind::Below;
            target = (strict ? u"< %1"_s : u"<= %1"_s).arg(limit);
            const bool met = strict ? measured < limit : measured <= limit;
            verdict = met ? u"met"_s
                          : u"MISSED by %1 (%2%)"_s.arg(number(measured - limit, row.decimals))
                                .arg(qRound((measured / limit - 1) * 100));
            break;
        }
        case Target::Kind::Equals:
            target = u"= %1"_s.arg(limit);
            verdict = qFuzzyCompare(measured, limit) ? u"met"_s : u"MISSED"_s;
            break;
        }
        m_rows.append({row.item, row.figure, number(measured, row.decimals),
                       hasBaseline ? number(baseline, row.decimals) : u"-"_s,
                       hasRatio ? number(ratio, 2) + u'x' : u"-"_s, target, verdict,
                       QString::number(m_samples.count(row.measuredKey)), row.note});
    }

    QString render() const
    {
        const QStringList header {u"#"_s,        u"figure"_s, u"measured"_s,
                                  u"baseline"_s, u"ratio"_s,  u"target"_s,
                                  u"result"_s,   u"n"_s,      u"baseline is"_s};
        QList<qsizetype> widths;
        for (const QString& title : header) {
            widths.append(title.size());
        }
        for (const QStringList& row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                widths[i] = std::max(widths[i], row.at(i).size());
            }
        }
        auto line = [&](const QStringList& cells) -> QString {
            QString text = u"|"_s;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const bool numeric = i >= 2 && i <= 4;
                text += u' '
                    + (numeric ? cells.at(i).rightJustified(widths[i])
                               : cells.at(i).leftJustified(widths[i]))
                    + u" |"_s;
            }
            return text + u'\n';
        };
        QString text = line(header);
        QStringList rule;
        for (qsizetype width : widths) {
            rule.append(QString(width, u'-'));
        }
        text += line(rule);
        for (const QStringList& row : m_rows) {
            text += line(row);
        }
        return text;
    }

private:
    const Samples& m_samples;
    QList<QStringList> m_rows;
};

// --- running programs --------------------------------------------------------

// Settings and caches of the benchmarks' own, in `home`: never the user's.
QProcessEnvironment benchEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"OMS_SYNC_STARTUP_PROBE"_s);
    if (!env.contains(u"DISPLAY"_s) && !env.contains(u"WAYLAND_DISPLAY"_s)) {
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    }
    return env;
}

// Whether a private Secret Service can be had (tests/fixtures/with-keyring.sh).
bool keyringAvailable()
{
    return !QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty();
}

// Runs a program to its end; its stdout, or nullopt (and why, with its
// stderr, on stderr). A program that succeeds is not heard on stderr: Qt's
// and hyperfine's notes would only clutter the table.
std::optional<QByteArray> run(const QString& program, const QStringList& arguments,
                              const QProcessEnvironment& env, int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        progress(u"%1 %2 failed (%3, exit code %4)"_s
                     .arg(program, arguments.join(u' '), process.errorString())
                     .arg(process.exitCode()));
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "%s", process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// --- a bare client's round trips ----------------------------------------------

QByteArray fetchToken(QNetworkAccessManager& network, const QUrl& base)
{
    QUrl url = base;
    url.setPath(u"/v3/auth/tokens"_s);
    url.setQuery(u"nocatalog=true"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray body =
        R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo",)"
        R"("password":"demo-password","domain":{"name":"demo"}}}},)"
        R"("scope":{"project":{"name":"cn-north-4"}}}})"_ba;
    QNetworkReply* reply = network.post(request, body);
    OmsSync::Bench::spinUntil([reply] { return reply->isFinished(); }, 15000);
    const QByteArray token = reply->rawHeader("X-Subject-Token"_ba);
    delete reply;
    return token;
}

// A password sign-in and a task list from a running process on a fresh
// connection: the two round trips `oms-sync task list` makes without a token
// cached, without the cost of starting a process.
double twoRoundTripsMs(const QUrl& base, const QString& project)
{
    QNetworkAccessManager network;
    const qint64 started = monotonicNs();
    const QByteArray token = fetchToken(network, base);
    QUrl url = base;
    url.setPath(u"/v2/"_s + project + u"/sync-tasks"_s);
    url.setQuery(u"limit=100&offset=0"_s);
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token"_ba, token);
    request.setRawHeader("X-Project-Id"_ba, project.toLatin1());
    QNetworkReply* reply = network.get(request);
    OmsSync::Bench::spinUntil([reply] { return reply->isFinished(); }, 15000);
    const double ms = double(monotonicNs() - started) / 1e6;
    const bool ok = reply->error() == QNetworkReply::NoError && !token.isEmpty();
    delete reply;
    return ok ? ms : -1;
}

// --- 1. start-up and memory --------------------------------------------------

struct Launch
{
    double ms = 0;
    double peakRssKib = 0;
    // From the first paint to the first one of the live list (0 when they
    // are one and the same), and the peak RSS then.
    double liveAfterMs = 0;
    double livePeakRssKib = 0;
    bool liveReported = false; // the probe printed the live fields
};

// Starts a program with the start-up probe on; the time from just before
// the start to its first painted table, and its peak RSS then.
std::optional<Launch> launchWithProbe(const QString& program, const QStringList& arguments,
                                      QProcessEnvironment env)
{
    env.insert(u"OMS_SYNC_STARTUP_PROBE"_s, u"1"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 started = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        progress(u"%1 did not report a first paint within a minute"_s.arg(program));
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("startup-probe ")) {
            continue;
        }
        QHash<QByteArray, double> fields;
        for (const QByteArray& field : line.mid(14).split(' ')) {
            const qsizetype equals = field.indexOf('=');
            fields.insert(field.left(equals), field.mid(equals + 1).toDouble());
        }
        Launch launch {(fields.value("monotonic_ns") - double(started)) / 1e6,
                       fields.value("peak_rss_kib")};
        // The minimal window, and an application that keeps no task list
        // between runs, print no live fields: their first paint is the live one.
        launch.liveReported = fields.contains("live_paint_ms");
        launch.liveAfterMs = launch.liveReported
            ? fields.value("live_paint_ms") - fields.value("first_paint_ms")
            : 0;
        launch.livePeakRssKib = fields.value("live_peak_rss_kib", launch.peakRssKib);
        return launch;
    }
    progress(u"%1 printed no startup-probe line"_s.arg(program));
    return std::nullopt;
}

// The first paint may show the task list kept from the last run; the live
// one comes after the sign-in and the list call. Each run is a new process
// with a warm page cache, and the application keeps its task lists in a
// cache folder of this benchmark's own: empty at first, so the first,
// dropped, run fills it and the others start from it, as a user's every
// start after the first does.
Samples benchStartup(int pairs, QProcessEnvironment env)
{
    Samples samples;
#ifdef OMS_SYNC_DESK_EXECUTABLE
    const QString gui = QStringLiteral(OMS_SYNC_DESK_EXECUTABLE);
    const QString minimal = benchProgram("bench-minimal-window");
    QTemporaryDir cache;
    SimulatorProcess sim;
    if (!cache.isValid() || !sim.start()) {
        progress(u"1. start-up: no cache folder, or the simulator did not start: "_s
                 + sim.errorString());
        return samples;
    }
    env.insert(u"XDG_CACHE_HOME"_s, cache.path());
    const QString project = sim.projectId(u"cn-north-4"_s);
    progress(u"1. start-up: %1 pairs (oms-sync-desk --demo, minimal window), one to warm up"_s.arg(
        pairs));
    // In turns, so that a busy moment of the machine hits both alike.
    for (int i = -1; i < pairs; ++i) {
        const auto base = launchWithProbe(minimal, {}, env);
        const auto app = launchWithProbe(gui, {u"--demo"_s}, env);
        if (!base || !app || i < 0) {
            continue;
        }
        // What the live list needs on the wire at least, from a process
        // that is already running: the demo's first profile signs in with a
        // password and lists its tasks.
        QList<double> trips;
        for (int trip = 0; trip < 5; ++trip) {
            trips.append(twoRoundTripsMs(sim.baseUrl(), project));
        }
        const double twoTrips = median(trips);
        samples.add(u"startup_gui_ms"_s, app->ms);
        samples.add(u"startup_minimal_ms"_s, base->ms);
        samples.add(u"startup_ratio"_s, app->ms / base->ms);
        samples.add(u"rss_gui_kib"_s, app->peakRssKib);
        samples.add(u"rss_minimal_kib"_s, base->peakRssKib);
        samples.add(u"rss_ratio"_s, app->peakRssKib / base->peakRssKib);
        samples.add(u"startup_live_after_ms"_s, app->liveAfterMs);
        samples.add(u"startup_live_reported"_s, app->liveReported ? 1 : 0);
        samples.add(u"rss_live_kib"_s, app->livePeakRssKib);
        samples.add(u"rss_live_ratio"_s, app->livePeakRssKib / base->peakRssKib);
        if (twoTrips > 0) {
            samples.add(u"startup_two_trips_ms"_s, twoTrips);
            samples.add(u"startup_live_ratio"_s, app->liveAfterMs / twoTrips);
        }
    }
    sim.stop();
#else
    Q_UNUSED(pairs)
    Q_UNUSED(env)
    progress(u"1. start-up: skipped (built without the GUI)"_s);
#endif
    return samples;
}

// --- 2. oms-sync task list against curl --------------------------------------

// Medians (ms) of each command's runs, from hyperfine's JSON export.
std::optional<QList<double>> hyperfine(const QString& hyperfineProgram, const QStringList& names,
                                       const QStringList& commands, int runs,
                                       const QProcessEnvironment& env, const QString& jsonPath)
{
    QStringList arguments {u"-N"_s,     u"--warmup"_s,         u"3"_s,
                           u"--runs"_s, QString::number(runs), u"--style"_s,
                           u"none"_s,   u"--export-json"_s,    jsonPath};
    for (qsizetype i = 0; i < commands.size(); ++i) {
        arguments << u"-n"_s << names.at(i) << commands.at(i);
    }
    if (!run(hyperfineProgram, arguments, env)) {
        return std::nullopt;
    }
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QList<double> medians;
    const QJsonArray results =
        QJsonDocument::fromJson(file.readAll()).object().value(u"results"_s).toArray();
    for (const QJsonValue& result : results) {
        QList<double> times;
        for (const QJsonValue& time : result.toObject().value(u"times"_s).toArray()) {
            times.append(time.toDouble() * 1000);
        }
        medians.append(median(times));
    }
    return medians.size() == commands.size() ? std::optional(medians) : std::nullopt;
}

// The same without hyperfine: each command started in turns, timed to its end.
QList<double> ownTiming(const QList<QStringList>& commands, int runs,
                        const QProcessEnvironment& env)
{
    QList<QList<double>> times(commands.size());
    for (int i = -2; i < runs; ++i) {
        for (qsizetype c = 0; c < commands.size(); ++c) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.setStandardOutputFile(QProcess::nullDevice());
            process.setStandardErrorFile(QProcess::nullDevice());
            const qint64 started = monotonicNs();
            process.start(commands.at(c).first(), commands.at(c).mid(1));
            process.waitForFinished(30000);
            if (i >= 0) {
                times[c].append(double(monotonicNs() - started) / 1e6);
            }
        }
    }
    QList<double> medians;
    for (const QList<double>& list : times) {
        medians.append(median(list));
    }
    return medians;
}

Samples benchCliAgainstCurl(int rounds, const QProcessEnvironment& baseEnv)
{
    Samples samples;
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty()) {
        progress(u"2. oms-sync against curl: skipped, curl is not installed"_s);
        return samples;
    }
    SimulatorProcess sim;
    if (!sim.start()) {
        progress(u"2. oms-sync against curl: the simulator did not start: "_s + sim.errorString());
        return samples;
    }
    const QString base = sim.baseUrl().toString();
    const QString project = sim.projectId(u"cn-north-4"_s);
    QNetworkAccessManager network;
    const QByteArray token = fetchToken(network, sim.baseUrl());
    QTemporaryDir directory;
    if (token.isEmpty() || project.isEmpty() || !directory.isValid()) {
        progress(u"2. oms-sync against curl: no token or project from the simulator"_s);
        return samples;
    }

    // One token, fetched above, for both: a token profile for oms-sync (its
    // project id given, so nothing is looked up), a config file for curl.
    QProcessEnvironment env = baseEnv;
    env.insert(u"XDG_CONFIG_HOME"_s, directory.path());
    env.insert(u"OMS_SYNC_TOKEN"_s, QString::fromLatin1(token));
    const QString cli = QStringLiteral(OMS_SYNC_EXECUTABLE);
    if (!run(cli,
             {u"profile"_s, u"add"_s, u"bench"_s, u"--region"_s, u"cn-north-4"_s, u"--auth"_s,
              u"token"_s, u"--project-id"_s, project, u"--oms-endpoint"_s, base,
              u"--iam-endpoint"_s, base},
             env)) {
        return samples;
    }
    const QString url = base + u"/v2/"_s + project + u"/sync-tasks?limit=100&offset=0"_s;
    const QString curlConfig = directory.filePath(u"curl.conf"_s);
    {
        QFile file(curlConfig);
        if (!file.open(QIODevice::WriteOnly)) {
            return samples;
        }
        file.write(u"url = \"%1\"\nheader = \"X-Auth-Token: %2\"\nheader = \"X-Project-Id: %3\"\n"
                   "silent\nshow-error\nfail\n"_s.arg(url, QString::fromLatin1(token), project)
                       .toUtf8());
    }
    const QStringList names {u"oms-sync"_s, u"curl"_s};
    const QList<QStringList> commands {{cli, u"task"_s, u"list"_s}, {curl, u"-K"_s, curlConfig}};

    // Both make exactly one request on one connection.
    for (qsizetype c = 0; c < commands.size(); ++c) {
        sim.clearCounters();
        if (!run(commands.at(c).first(), commands.at(c).mid(1), env)) {
            return samples;
        }
        const QJsonObject counters = sim.counters();
        samples.add(u"requests_"_s + names.at(c), counters.value(u"requests_total"_s).toDouble());
        samples.add(u"connections_"_s + names.at(c),
                    counters.value(u"connections_opened"_s).toDouble());
    }

    const QString hyperfineProgram = QStandardPaths::findExecutable(u"hyperfine"_s);
    progress(
        u"2. oms-sync task list against curl: %1 rounds of 10 runs each, by %2"_s.arg(rounds).arg(
            hyperfineProgram.isEmpty() ? u"own timing (no hyperfine)"_s : u"hyperfine"_s));
    for (int round = 0; round < rounds; ++round) {
        std::optional<QList<double>> medians;
        if (!hyperfineProgram.isEmpty()) {
            QStringList lines;
            for (const QStringList& command : commands) {
                lines.append(command.join(u' '));
            }
            medians = hyperfine(hyperfineProgram, names, lines, 10, env,
                                directory.filePath(u"hyperfine.json"_s));
        } else {
            medians = ownTiming(commands, 10, env);
        }
        if (!medians) {
            continue;
        }
        samples.add(u"cli_ms"_s, medians->at(0));
        samples.add(u"curl_ms"_s, medians->at(1));
        samples.add(u"cli_ratio"_s, medians->at(0) / medians->at(1));
    }
    sim.stop();
    return samples;
}

// --- 2b. oms-sync without a session bus ----------------------------------------

// The environment of a run with no session bus: no address, and a runtime
// folder without a "bus" socket (cron, SSH, containers).
QProcessEnvironment withoutSessionBus(QProcessEnvironment env, const QString& runtimeDir)
{
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
    return env;
}

// Inside tests/fixtures/with-keyring.sh (a private gnome-keyring on a
// private session bus): `oms-sync task list` with the password in
// OMS_SYNC_PASSWORD, as --keychain-child. The first run leaves its token in
// the keychain, so the timed runs read it and make one round trip each.
int keychainChild(const QString& configHome, int runs)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        progress(u"--keychain-child: no session bus; run it inside with-keyring.sh"_s);
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    const QString cli = QStringLiteral(OMS_SYNC_EXECUTABLE);
    if (!run(cli, {u"task"_s, u"list"_s}, env)) {
        return 1;
    }
    const QList<double> medians = ownTiming({{cli, u"task"_s, u"list"_s}}, runs, env);
    OmsSync::Bench::report("nobus_keychain_cli_ms", medians.value(0));
    return 0;
}

Samples benchWithoutSessionBus(int rounds, const QProcessEnvironment& baseEnv, const QString& self)
{
    Samples samples;
    SimulatorProcess sim;
    QTemporaryDir directory;
    QTemporaryDir runtime;
    if (!sim.start() || !directory.isValid() || !runtime.isValid()) {
        progress(u"2b. oms-sync without a session bus: the simulator did not start: "_s
                 + sim.errorString());
        return samples;
    }
    const QString base = sim.baseUrl().toString();
    const QString project = sim.projectId(u"cn-north-4"_s);
    QProcessEnvironment env = withoutSessionBus(baseEnv, runtime.path());
    env.insert(u"XDG_CONFIG_HOME"_s, directory.path());
    env.insert(u"OMS_SYNC_PASSWORD"_s, QString::fromLatin1(SimulatorProcess::demoPassword));
    const QString cli = QStringLiteral(OMS_SYNC_EXECUTABLE);
    // The project id given, so that no run saves the settings.
    if (!run(cli,
             {u"profile"_s, u"add"_s, u"bench"_s, u"--region"_s, u"cn-north-4"_s, u"--user"_s,
              QString::fromLatin1(SimulatorProcess::demoUser), u"--account"_s,
              QString::fromLatin1(SimulatorProcess::demoAccount), u"--project-id"_s, project,
              u"--oms-endpoint"_s, base, u"--iam-endpoint"_s, base},
             env)) {
        return samples;
    }
    sim.clearCounters();
    if (!run(cli, {u"task"_s, u"list"_s}, env)) {
        return samples;
    }
    samples.add(u"nobus_iam_requests"_s, sim.counters().value(u"iam_token_requests"_s).toDouble());

    const QString withKeyring = QStringLiteral(OMS_SYNC_WITH_KEYRING);
    const bool keyring = keyringAvailable();
    progress(u"2b. oms-sync task list without a session bus: %1 rounds of 10 runs each, against "
             "oms-sync --version + two round trips%2"_s.arg(rounds)
                 .arg(keyring ? u" and a private gnome-keyring"_s
                              : u" (no gnome-keyring: no keychain figure)"_s));
    for (int round = 0; round < rounds; ++round) {
        const QList<double> medians =
            ownTiming({{cli, u"task"_s, u"list"_s}, {cli, u"--version"_s}}, 10, env);
        QList<double> trips;
        for (int i = 0; i < 10; ++i) {
            trips.append(twoRoundTripsMs(sim.baseUrl(), project));
        }
        const double twoTrips = median(trips);
        if (medians.size() != 2 || twoTrips <= 0) {
            continue;
        }
        const double baseline = medians.at(1) + twoTrips;
        samples.add(u"nobus_cli_ms"_s, medians.at(0));
        samples.add(u"nobus_version_ms"_s, medians.at(1));
        samples.add(u"nobus_two_trips_ms"_s, twoTrips);
        samples.add(u"nobus_baseline_ms"_s, baseline);
        samples.add(u"nobus_ratio"_s, medians.at(0) / baseline);
        if (!keyring) {
            continue;
        }
        // The same profile and password, in a keychain session of its own.
        QProcessEnvironment keyringEnv = baseEnv;
        keyringEnv.insert(u"OMS_SYNC_PASSWORD"_s,
                          QString::fromLatin1(SimulatorProcess::demoPassword));
        sim.clearCounters();
        const auto output =
            run(withKeyring, {self, u"--keychain-child"_s, directory.path(), u"--runs"_s, u"10"_s},
                keyringEnv);
        if (!output) {
            continue;
        }
        const Samples child = Samples::fromOutput(*output);
        if (child.has(u"nobus_keychain_cli_ms"_s)) {
            const double keychainMs = child.first(u"nobus_keychain_cli_ms"_s);
            samples.add(u"nobus_keychain_cli_ms"_s, keychainMs);
            samples.add(u"nobus_keychain_ratio"_s, keychainMs / baseline);
            samples.add(u"nobus_vs_keychain_ratio"_s, medians.at(0) / keychainMs);
            // Warm-up and timed runs: how many signed in at all.
            samples.add(u"nobus_keychain_iam_requests"_s,
                        sim.counters().value(u"iam_token_requests"_s).toDouble());
        }
    }
    sim.stop();
    return samples;
}

// --- 3 and 4: round trips, the core ------------------------------------------

// In a private Secret Service session where one can be had, so that the
// five starts are also timed with the password read from a keychain.
Samples benchRoundTrips(int runs, const QProcessEnvironment& env)
{
    const bool keyring = keyringAvailable();
    progress(
        u"3. round trips: %1 runs of bench-roundtrips (3 rounds of five starts each%2)"_s.arg(runs)
            .arg(keyring ? u", with and without a private gnome-keyring"_s
                         : u"; no gnome-keyring: none with a keychain"_s));
    QString program = benchProgram("bench-roundtrips");
    QStringList arguments;
    if (keyring) {
        arguments = QStringList {program, u"--keychain"_s};
        program = QStringLiteral(OMS_SYNC_WITH_KEYRING);
    }
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        if (const auto output = run(program, arguments, env)) {
            Samples one = Samples::fromOutput(*output);
            if (one.has(u"kept_alive_list_core_us"_s)) {
                one.add(u"kept_alive_list_ratio"_s,
                        one.first(u"kept_alive_list_core_us"_s)
                            / one.first(u"kept_alive_list_qt_us"_s));
            }
            samples.addAll(one);
        }
    }
    return samples;
}

// Microseconds per call by function, from QTest's -csv lines:
// "function","tag","metric",value per iteration,total,iterations.
QHash<QString, double> coreFigures(const QByteArray& output)
{
    QHash<QString, double> us;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() < 4) {
            continue;
        }
        const double perMicrosecond = cells.at(2).contains("Nanoseconds") ? 1e-3
            : cells.at(2).contains("Milliseconds")                        ? 1e3
                                                                          : 0;
        if (perMicrosecond > 0) {
            QByteArray function = cells.at(0);
            function.replace('"', QByteArray());
            us.insert(QString::fromLatin1(function), cells.at(3).toDouble() * perMicrosecond);
        }
    }
    return us;
}

// QBENCHMARK counts the CPU time of the benchmark's own thread (Linux perf
// "task-clock"), which other busy processes hardly change; where perf
// events are not allowed, the wall time.
Samples benchCore(int runs, const QProcessEnvironment& env)
{
    const QStringList cpuTime {u"-perf"_s, u"-perfcounter"_s, u"task-clock"_s, u"-minimumvalue"_s,
                               u"20000000"_s};
    const QStringList common {u"-csv"_s, u"-median"_s, u"3"_s};
    std::optional<bool> usePerf;
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        if (!usePerf) {
            const auto probe = run(benchProgram("bench-core"),
                                   cpuTime + QStringList {u"-csv"_s, u"sign_token"_s}, env);
            usePerf = probe && coreFigures(*probe).contains(u"sign_token"_s);
            progress(
                u"4. the core: %1 runs of bench-core (QBENCHMARK, %2, median of 3 each)"_s.arg(runs)
                    .arg(*usePerf ? u"CPU time"_s : u"wall time"_s));
            samples.add(u"core_cpu_time"_s, *usePerf ? 1 : 0);
        }
        const auto output =
            run(benchProgram("bench-core"), (*usePerf ? cpuTime : QStringList()) + common, env);
        if (!output) {
            continue;
        }
        const QHash<QString, double> us = coreFigures(*output);
        for (auto it = us.cbegin(); it != us.cend(); ++it) {
            samples.add(u"core_"_s + it.key() + u"_us"_s, it.value());
            if (const auto baseline = us.constFind(it.key() + u"_baseline"_s);
                baseline != us.cend() && *baseline > 0) {
                samples.add(u"core_"_s + it.key() + u"_ratio"_s, it.value() / *baseline);
            }
        }
    }
    return samples;
}

// --- 5. scale ----------------------------------------------------------------

// The number of profiles of every scale figure but the curve's.
constexpr int scaleProfiles = 50;
// The curve over the number of profiles: its middle is scaleProfiles.
constexpr int curveProfiles[] = {10, scaleProfiles, 200};
// Refreshes of all for the memory figures: RSS after them against after 10.
constexpr int memoryRefreshes = 1000;

// One run of bench-scale; its figures, with each refresh of all against one
// profile refreshed alone in the same run.
std::optional<Samples> scaleRun(int profiles, const QStringList& arguments,
                                const QProcessEnvironment& env, int timeoutMs = 300000)
{
    const auto output =
        run(benchProgram("bench-scale"),
            QStringList {u"--profiles"_s, QString::number(profiles)} + arguments, env, timeoutMs);
    if (!output) {
        return std::nullopt;
    }
    Samples one = Samples::fromOutput(*output);
    if (const double single = one.first(u"refresh_one_ms"_s); single > 0) {
        one.add(u"refresh_all_first_ratio"_s, one.first(u"refresh_all_first_ms"_s) / single);
        one.add(u"refresh_all_ratio"_s, one.first(u"refresh_all_ms"_s) / single);
    }
    return one;
}

struct CurvePoint
{
    int profiles = 0;
    double ms = 0; // a refresh of all, again
    double rssKib = 0; // after those refreshes
};

// How a round of the curve grows with the number of profiles; a ratio above
// 1 grows faster than linearly. Each profile's share of a refresh of all, at
// the top against at the bottom, as the issue asks; and since that share
// shrinks at the top by the fixed costs alone (the round trips any refresh
// waits for, the window, the network thread), also what each profile added
// above the middle costs against each added below it, in time and in
// memory, where the fixed costs cancel out.
void addGrowth(Samples& samples, const CurvePoint& low, const CurvePoint& middle,
               const CurvePoint& high)
{
    const auto add = [&samples](const QString& key, double upper, double lower) {
        samples.add(key + u"_upper"_s, upper);
        samples.add(key + u"_lower"_s, lower);
        if (lower > 0) {
            samples.add(key + u"_ratio"_s, upper / lower);
        }
    };
    const auto perAdded = [](const CurvePoint& from, const CurvePoint& to,
                             double CurvePoint::*figure) {
        return (to.*figure - from.*figure) / (to.profiles - from.profiles);
    };
    add(u"scale_ms_per_profile"_s, high.ms / high.profiles, low.ms / low.profiles);
    add(u"scale_ms_per_added"_s, perAdded(middle, high, &CurvePoint::ms),
        perAdded(low, middle, &CurvePoint::ms));
    add(u"scale_kib_per_added"_s, perAdded(middle, high, &CurvePoint::rssKib),
        perAdded(low, middle, &CurvePoint::rssKib));
}

// Rounds of: the first sign-in of all 50 (project ids found and saved); a
// start with the project ids known (--known-projects), as on every later
// day; the window showing one profile instead of the overview; and the
// curve over the number of profiles. Only the first round also refreshes
// 1,000 times and watches idly for idleSeconds: memory and idle figures
// once, since they take minutes and vary little.
Samples benchScale(int runs, int idleSeconds, const QProcessEnvironment& env)
{
    Samples samples;
    if (!QFile::exists(benchProgram("bench-scale"))) {
        progress(u"5. scale: skipped (built without the GUI)"_s);
        return samples;
    }
    progress(u"5. scale: %1 rounds of bench-scale (50 profiles x 5 tasks, ids found and known, "
             "one profile shown; 10 and 200 profiles); the first also with %2 refreshes and "
             "%3 s of idle watching"_s.arg(runs)
                 .arg(memoryRefreshes)
                 .arg(idleSeconds));
    const QStringList noLongPhases {u"--refreshes"_s, u"0"_s, u"--watch-seconds"_s, u"0"_s};
    const QStringList idsKnown {u"--known-projects"_s};
    // The figures a run with the ids known adds to those of a first run.
    const QStringList againKeys {
        u"refresh_all_ms"_s, u"refresh_all_lag_ms"_s, u"refresh_all_busy_ms"_s, u"refresh_one_ms"_s,
        u"idle_lag_ms"_s,    u"idle_busy_ms"_s,       u"refresh_all_ratio"_s};
    const QStringList curveKeys {u"refresh_all_ms"_s,    u"refresh_one_ms"_s,
                                 u"refresh_all_ratio"_s, u"refresh_all_busy_ms"_s,
                                 u"idle_busy_ms"_s,      u"rss_after_again_kib"_s};
    for (int round = 0; round < runs; ++round) {
        const bool full = round == 0;
        const QStringList firstArguments = full
            ? QStringList {u"--refreshes"_s, QString::number(memoryRefreshes), u"--watch-seconds"_s,
                           QString::number(idleSeconds)}
            : noLongPhases;
        // A second a refresh of all, at the very most, and the idle time.
        const int firstTimeoutMs = full ? 300000 + 1000 * (memoryRefreshes + idleSeconds) : 300000;
        if (auto first = scaleRun(scaleProfiles, firstArguments, env, firstTimeoutMs)) {
            if (full && first->first(u"rss_after_warm_up_kib"_s) > 0) {
                first->add(u"rss_growth_ratio"_s,
                           first->first(u"rss_after_many_kib"_s)
                               / first->first(u"rss_after_warm_up_kib"_s));
            }
            if (full && first->first(u"heap_after_warm_up_kib"_s) > 0) {
                first->add(u"heap_growth_ratio"_s,
                           first->first(u"heap_after_many_kib"_s)
                               / first->first(u"heap_after_warm_up_kib"_s));
            }
            samples.addAll(*first);
        }
        // Only the first refresh differs; the rest are samples like any.
        const std::optional<Samples> later = scaleRun(scaleProfiles, idsKnown + noLongPhases, env);
        if (later) {
            samples.addAll(*later, u"known_"_s);
            samples.addAll(later->only(againKeys));
        }
        if (const auto view =
                scaleRun(scaleProfiles, QStringList {u"--show-profile"_s} + noLongPhases, env)) {
            samples.addAll(*view, u"profile_view_"_s);
        }
        QList<CurvePoint> curve;
        for (const int profiles : curveProfiles) {
            const std::optional<Samples> point = profiles == scaleProfiles
                ? later
                : scaleRun(profiles, idsKnown + noLongPhases, env);
            if (!point) {
                break;
            }
            samples.addAll(point->only(curveKeys), u"scale%1_"_s.arg(profiles));
            curve.append({profiles, point->first(u"refresh_all_ms"_s),
                          point->first(u"rss_after_again_kib"_s)});
        }
        if (curve.size() == 3) {
            addGrowth(samples, curve.at(0), curve.at(1), curve.at(2));
        }
    }
    return samples;
}

// --- the machine -------------------------------------------------------------

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return u"unknown"_s;
    }
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join(' '));
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
            }
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the benchmarks of OMS Sync Desk and prints a table."_s);
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Repetitions of each benchmark (default 5)."_s, u"N"_s, u"5"_s});
    parser.addOption({u"only"_s,
                      u"Comma-separated: startup, cli, roundtrips, core, scale, nobus."_s,
                      u"LIST"_s});
    parser.addOption({u"idle-seconds"_s,
                      u"Idle watching in the scale benchmark, once (default 600: the issue's "
                      "ten minutes)."_s,
                      u"N"_s, u"600"_s});
    QCommandLineOption keychainChildOption(u"keychain-child"_s);
    keychainChildOption.setValueName(u"CONFIG_HOME"_s);
    keychainChildOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(keychainChildOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    if (parser.isSet(keychainChildOption)) {
        return keychainChild(parser.value(keychainChildOption), runs);
    }
    const QStringList only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&only](const QString& name) {
        return only.isEmpty() || only.contains(name);
    };

    const int idleSeconds = std::max(1, parser.value(u"idle-seconds"_s).toInt());
    QTemporaryDir home;
    const QProcessEnvironment env = benchEnvironment(home.path());
    const QString loadBefore = loadAverage();
    const QDateTime started = QDateTime::currentDateTime();

    Samples samples;
    if (wanted(u"startup"_s)) {
        samples.addAll(benchStartup(2 * runs, env));
    }
    if (wanted(u"cli"_s)) {
        samples.addAll(benchCliAgainstCurl(runs, env));
    }
    if (wanted(u"nobus"_s)) {
        samples.addAll(benchWithoutSessionBus(runs, env, QCoreApplication::applicationFilePath()));
    }
    if (wanted(u"roundtrips"_s)) {
        samples.addAll(benchRoundTrips(runs, env));
    }
    if (wanted(u"core"_s)) {
        samples.addAll(benchCore(std::max(1, (runs + 1) / 2), env));
    }
    if (wanted(u"scale"_s)) {
        samples.addAll(benchScale(runs, idleSeconds, env));
    }
    const QString loadAfter = loadAverage();

    Table table(samples);
    using K = Target::Kind;
    const double mib = 1.0 / 1024;
    // Issue 17: no moment of the UI thread above half a frame at 60 Hz.
    const Target busy {K::Below, 8};
    const Target linear {K::RatioAtMost, 1};
    const QString many = QString::number(memoryRefreshes);
    // clang-format off
    table.add({u"1"_s, u"start-up to first painted task list (ms)"_s, u"startup_gui_ms"_s, u"startup_minimal_ms"_s, u"startup_ratio"_s, {K::RatioAtMost, 1.3}, 1, 0, u"minimal Qt window with a table"_s});
    table.add({u"1"_s, u"peak RSS, task list loaded (MiB)"_s, u"rss_gui_kib"_s, u"rss_minimal_kib"_s, u"rss_ratio"_s, {K::RatioAtMost, 1.4}, mib, 1, u"minimal Qt window with a table"_s});
    table.add({u"1"_s, u"live task list painted after the first paint (ms)"_s, u"startup_live_after_ms"_s, u"startup_two_trips_ms"_s, u"startup_live_ratio"_s, {K::RatioAtMost, 1.0}, 1, 1, u"sign-in POST + list GET, bare Qt, running oms-sim"_s});
    table.add({u"1"_s, u"peak RSS once the live list is painted (MiB)"_s, u"rss_live_kib"_s, u"rss_minimal_kib"_s, u"rss_live_ratio"_s, {K::RatioAtMost, 1.4}, mib, 1, u"minimal Qt window with a table"_s});
    table.add({u"2"_s, u"oms-sync task list, end to end (ms)"_s, u"cli_ms"_s, u"curl_ms"_s, u"cli_ratio"_s, {K::RatioAtMost, 2}, 1, 1, u"curl, same request and token"_s});
    table.add({u"2"_s, u"requests per oms-sync run"_s, u"requests_oms-sync"_s, u"requests_curl"_s, {}, {K::Equals, 1}, 1, 0, u"curl's"_s});
    table.add({u"2"_s, u"connections per oms-sync run"_s, u"connections_oms-sync"_s, u"connections_curl"_s, {}, {K::Equals, 1}, 1, 0, u"curl's"_s});
    table.add({u"2b"_s, u"oms-sync task list, no session bus, OMS_SYNC_PASSWORD (ms)"_s, u"nobus_cli_ms"_s, u"nobus_baseline_ms"_s, u"nobus_ratio"_s, {}, 1, 1, u"oms-sync --version + two round trips"_s});
    table.add({u"2b"_s, u"  the same, with a keychain (ms)"_s, u"nobus_keychain_cli_ms"_s, u"nobus_baseline_ms"_s, u"nobus_keychain_ratio"_s, {}, 1, 1, u"oms-sync --version + two round trips"_s});
    table.add({u"2b"_s, u"  no session bus against a keychain"_s, u"nobus_vs_keychain_ratio"_s, {}, {}, {}, 1, 2, u"(a ratio: no bus / keychain)"_s});
    table.add({u"2b"_s, u"  oms-sync --version (ms)"_s, u"nobus_version_ms"_s, {}, {}, {}, 1, 1, u"process start"_s});
    table.add({u"2b"_s, u"  two round trips, fresh connection (ms)"_s, u"nobus_two_trips_ms"_s, {}, {}, {}, 1, 1, u"sign-in + list from a running process"_s});
    table.add({u"2b"_s, u"  IAM sign-ins per run, no session bus"_s, u"nobus_iam_requests"_s, {}, {}, {}, 1, 0, {}});
    table.add({u"2b"_s, u"  IAM sign-ins in 13 keychain runs"_s, u"nobus_keychain_iam_requests"_s, {}, {}, {}, 1, 0, u"(the token is kept in the keychain)"_s});
    table.add({u"3"_s, u"five starts, password sign-in, 50 ms latency (ms)"_s, u"five_starts_ms"_s, u"round_trip_ms"_s, u"five_starts_ratio"_s, {K::RatioAtMost, 1.2}, 1, 1, u"one round trip (ratio: against two)"_s});
    table.add({u"3"_s, u"  the same, password from a keychain (ms)"_s, u"five_starts_keychain_ms"_s, u"round_trip_ms"_s, u"five_starts_keychain_ratio"_s, {K::RatioAtMost, 1.2}, 1, 1, u"one round trip (ratio: against two)"_s});
    table.add({u"3"_s, u"IAM token requests for the five starts"_s, u"five_starts_iam_requests"_s, {}, {}, {K::Equals, 1}, 1, 0, {}});
    table.add({u"3"_s, u"  the same, password from a keychain"_s, u"five_starts_keychain_iam_requests"_s, {}, {}, {K::Equals, 1}, 1, 0, {}});
    table.add({u"3"_s, u"connections for sign-in + ten calls in a row"_s, u"ten_calls_connections"_s, {}, {}, {K::Equals, 1}, 1, 0, {}});
    table.add({u"4"_s, u"core: build a list request (us)"_s, u"core_build_us"_s, u"core_build_baseline_us"_s, u"core_build_ratio"_s, {}, 1, 2, u"QUrl + QNetworkRequest"_s});
    table.add({u"4"_s, u"core: sign it, AK/SK (us)"_s, u"core_sign_us"_s, u"core_sign_baseline_us"_s, u"core_sign_ratio"_s, {}, 1, 2, u"the HMAC and hashes alone"_s});
    table.add({u"4"_s, u"core: put a token on it (us)"_s, u"core_sign_token_us"_s, {}, {}, {}, 1, 2, {}});
    table.add({u"4"_s, u"core: serialize a start body (us)"_s, u"core_serialize_us"_s, {}, {}, {}, 1, 2, {}});
    table.add({u"4"_s, u"core: parse a 5-task list page (us)"_s, u"core_parse_page5_us"_s, u"core_parse_page5_baseline_us"_s, u"core_parse_page5_ratio"_s, {}, 1, 2, u"QJsonDocument::fromJson"_s});
    table.add({u"4"_s, u"core: parse a 100-task list page (us)"_s, u"core_parse_page100_us"_s, u"core_parse_page100_baseline_us"_s, u"core_parse_page100_ratio"_s, {}, 1, 1, u"QJsonDocument::fromJson"_s});
    table.add({u"4"_s, u"core: parse one task with figures (us)"_s, u"core_parse_show_us"_s, u"core_parse_show_baseline_us"_s, u"core_parse_show_ratio"_s, {}, 1, 2, u"QJsonDocument::fromJson"_s});
    table.add({u"4"_s, u"core: one request, all of the above (us)"_s, u"core_request_us"_s, u"core_request_baseline_us"_s, u"core_request_ratio"_s, {}, 1, 2, u"the baselines above"_s});
    table.add({u"4"_s, u"list call, kept-alive loopback (us)"_s, u"kept_alive_list_core_us"_s, u"kept_alive_list_qt_us"_s, u"kept_alive_list_ratio"_s, {}, 1, 0, u"bare QNetworkAccessManager GET"_s});
    table.add({u"5"_s, u"refresh 50 x 5, first sign-in, ids found (ms)"_s, u"refresh_all_first_ms"_s, u"refresh_one_ms"_s, u"refresh_all_first_ratio"_s, {}, 1, 0, u"one profile refreshed alone"_s});
    table.add({u"5"_s, u"refresh 50 x 5, sign-in, ids known (ms)"_s, u"known_refresh_all_first_ms"_s, u"refresh_one_ms"_s, u"known_refresh_all_first_ratio"_s, {}, 1, 0, u"one profile refreshed alone"_s});
    table.add({u"5"_s, u"refresh 50 x 5 again (ms)"_s, u"refresh_all_ms"_s, u"refresh_one_ms"_s, u"refresh_all_ratio"_s, {}, 1, 0, u"one profile refreshed alone"_s});
    table.add({u"5"_s, u"RSS after %1 refreshes of 50 x 5 (MiB)"_s.arg(many), u"rss_after_many_kib"_s, u"rss_after_warm_up_kib"_s, u"rss_growth_ratio"_s, {K::RatioAtMost, 1.05}, mib, 1, u"after the first 10 refreshes"_s});
    table.add({u"5"_s, u"  highest RSS meanwhile (MiB)"_s, u"rss_highest_kib"_s, {}, {}, {}, mib, 1, {}});
    table.add({u"5"_s, u"  heap in use after %1 refreshes (MiB)"_s.arg(many), u"heap_after_many_kib"_s, u"heap_after_warm_up_kib"_s, u"heap_growth_ratio"_s, {K::RatioAtMost, 1.05}, mib, 1, u"after the first 10 refreshes"_s});
    table.add({u"5"_s, u"  UI thread busy at most, %1 refreshes (ms CPU)"_s.arg(many), u"refresh_many_busy_ms"_s, u"idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    table.add({u"5"_s, u"UI thread busy at most, first, ids found (ms CPU)"_s, u"refresh_all_first_busy_ms"_s, u"idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    table.add({u"5"_s, u"UI thread busy at most, ids known (ms CPU)"_s, u"known_refresh_all_first_busy_ms"_s, u"idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    table.add({u"5"_s, u"UI thread busy at most, again (ms CPU)"_s, u"refresh_all_busy_ms"_s, u"idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    table.add({u"5"_s, u"  event-loop lag, again (ms wall)"_s, u"refresh_all_lag_ms"_s, u"idle_lag_ms"_s, {}, {}, 1, 1, u"(waiting for a core included)"_s});
    table.add({u"5"_s, u"UI thread busy at most, one profile shown, first (ms CPU)"_s, u"profile_view_refresh_all_first_busy_ms"_s, u"profile_view_idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    table.add({u"5"_s, u"UI thread busy at most, one profile shown, again (ms CPU)"_s, u"profile_view_refresh_all_busy_ms"_s, u"profile_view_idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    for (const int profiles : curveProfiles) {
        const QString key = u"scale%1_"_s.arg(profiles);
        table.add({u"5"_s, u"curve: refresh %1 x 5 again (ms)"_s.arg(profiles), key + u"refresh_all_ms"_s, key + u"refresh_one_ms"_s, key + u"refresh_all_ratio"_s, {}, 1, 0, u"one profile refreshed alone"_s});
    }
    for (const int profiles : curveProfiles) {
        const QString key = u"scale%1_"_s.arg(profiles);
        table.add({u"5"_s, u"curve: RSS after refreshes of %1 x 5 (MiB)"_s.arg(profiles), key + u"rss_after_again_kib"_s, {}, {}, {}, mib, 1, {}});
    }
    for (const int profiles : curveProfiles) {
        const QString key = u"scale%1_"_s.arg(profiles);
        table.add({u"5"_s, u"curve: UI thread busy at most, %1 again (ms CPU)"_s.arg(profiles), key + u"refresh_all_busy_ms"_s, key + u"idle_busy_ms"_s, {}, busy, 1, 1, u"the window idle, 1 s"_s});
    }
    table.add({u"5"_s, u"curve: refresh time per profile, 200 against 10 (ms)"_s, u"scale_ms_per_profile_upper"_s, u"scale_ms_per_profile_lower"_s, u"scale_ms_per_profile_ratio"_s, linear, 1, 2, u"the same at 10 profiles"_s});
    table.add({u"5"_s, u"curve: refresh time per profile added, 50-200 (ms)"_s, u"scale_ms_per_added_upper"_s, u"scale_ms_per_added_lower"_s, u"scale_ms_per_added_ratio"_s, linear, 1, 2, u"per profile added, 10-50"_s});
    table.add({u"5"_s, u"curve: RSS per profile added, 50-200 (KiB)"_s, u"scale_kib_per_added_upper"_s, u"scale_kib_per_added_lower"_s, u"scale_kib_per_added_ratio"_s, linear, 1, 0, u"per profile added, 10-50"_s});
    table.add({u"5"_s, u"idle watching in the tray, %1 s, 60 s interval: CPU (ms)"_s.arg(idleSeconds), u"watch_cpu_ms"_s, {}, {}, {K::Below, 1000.0 * idleSeconds / 600}, 1, 0, u"(target: 1 s in ten minutes, pro rata)"_s});
    table.add({u"5"_s, u"  timer events meanwhile"_s, u"watch_timer_events"_s, {}, {}, {}, 1, 0, {}});
    table.add({u"5"_s, u"  profile refreshes meanwhile"_s, u"watch_refreshes"_s, {}, {}, {}, 1, 0, u"(50 profiles, one each a minute)"_s});
    table.add({u"5"_s, u"one profile saved, 50 shown (ms)"_s, u"profile_save_ms"_s, {}, {}, {}, 1, 1, u"(paid once per project id found)"_s});
    // clang-format on

    std::printf("OMS Sync Desk benchmarks, %s\n", qPrintable(started.toString(Qt::ISODate)));
    std::printf("machine: %s, %d logical CPUs, %s, Qt %s\n", qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()), qVersion());
    std::printf("load average (1, 5, 15 min): %s before, %s after\n", qPrintable(loadBefore),
                qPrintable(loadAfter));
    std::printf("medians of n runs; ratio: median of the ratios within each run\n\n%s",
                qPrintable(table.render()));
    if (samples.has(u"core_cpu_time"_s)) {
        std::printf("\n4: per call, the %s; QBENCHMARK, median of 3 in each run\n",
                    samples.first(u"core_cpu_time"_s) > 0
                        ? "CPU time of the benchmark's thread (perf task-clock)"
                        : "wall time (perf events not allowed here)");
    }
    if (samples.has(u"startup_live_reported"_s) && samples.median(u"startup_live_reported"_s) < 1) {
        std::printf("\n1: oms-sync-desk printed no live_paint_ms: it keeps no task list between "
                    "runs, so its first paint is the live one (0 ms after it)\n");
    }
    if (samples.has(u"scale_ms_per_profile_ratio"_s)) {
        std::printf(
            "\n5, curve: ids known, a refresh of all again, the RSS after it. Above 1x a figure\n"
            "grows faster than the number of profiles. Time per profile, 200 against 10: each\n"
            "profile's share of a refresh of all (fixed costs make it shrink as profiles are\n"
            "added); per profile added: what each of the 150 profiles from 50 to 200 added,\n"
            "against each of the 40 from 10 to 50, where the fixed costs cancel out.\n");
    }
    return 0;
}
