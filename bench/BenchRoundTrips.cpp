// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 9, items 3 and 4 (on the wire): round trips and connections of the
// core against oms-sim, each next to a baseline measured in the same run.
//
//  - five concurrent starts with password sign-in, oms-sim --latency 50:
//    the wall time against two round trips (one bare sign-in POST on a new
//    connection, by QNetworkAccessManager alone, measured right before),
//    and how many tokens were asked for; with --keychain also the same
//    starts by a profile whose password is in the keychain, read through
//    ProfileService as the applications do (run it in a Secret Service
//    session: tests/fixtures/with-keyring.sh);
//  - ten list calls in a row in one process: connections opened;
//  - one list call over a kept-alive loopback connection (no latency):
//    OmsClient against a bare QNetworkAccessManager GET of the same URL.
//
// Prints BENCH lines (see BenchUtil.h); oms-bench takes the medians.

#include "BenchUtil.h"
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "ProfileService.h"
#include "ProfileSession.h"
#include "SimulatorProcess.h"
#include "TokenAuthenticator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using OmsSync::Bench::report;
using OmsSync::Bench::spinUntil;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr int latencyMs = 50;
constexpr int concurrentStarts = 5;
constexpr int callsInARow = 10;

// Thrown to leave main() with every destructor run (the simulators stop).
struct Failure
{
    QString what;
};

[[noreturn]] void fail(const QString& what)
{
    throw Failure {what};
}

// The demo account holding five paused tasks in cn-north-4.
QByteArray fivePausedTasksConfig()
{
    QJsonArray tasks;
    for (int i = 1; i <= concurrentStarts; ++i) {
        tasks.append(QJsonObject {
            {u"sync_task_id"_s, u"bench-task-%1"_s.arg(i)},
            {u"status"_s, u"STOPPED"_s},
            {u"src_cloud_type"_s, u"AWS"_s},
            {u"src_region"_s, u"us-east-1"_s},
            {u"src_bucket"_s, u"source-%1"_s.arg(i)},
            {u"dst_bucket"_s, u"destination-%1"_s.arg(i)},
            {u"dst_region"_s, u"cn-north-4"_s},
        });
    }
    const QJsonObject project {{u"name"_s, u"cn-north-4"_s}, {u"tasks"_s, tasks}};
    const QJsonObject user {{u"name"_s, u"demo"_s}, {u"password"_s, u"demo-password"_s}};
    const QJsonObject account {{u"name"_s, u"demo"_s},
                               {u"users"_s, QJsonArray {user}},
                               {u"projects"_s, QJsonArray {project}}};
    return QJsonDocument(QJsonObject {{u"accounts"_s, QJsonArray {account}}}).toJson();
}

QByteArray signInBody()
{
    return R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo",)"
           R"("password":"demo-password","domain":{"name":"demo"}}}},)"
           R"("scope":{"project":{"name":"cn-north-4"}}}})"_ba;
}

QUrl withPath(const QUrl& base, const QString& path, const QString& query = {})
{
    QUrl url = base;
    url.setPath(path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

struct Timed
{
    double ms = -1;
    int status = 0;
    QByteArray token;
};

// One request by `network`; the time from sending to the end of the answer.
Timed timedRequest(QNetworkAccessManager& network, const QNetworkRequest& request,
                   const QByteArray& verb, const QByteArray& body = {})
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    Timed timed;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        timed.ms = double(clock.nsecsElapsed()) / 1e6;
        timed.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        timed.token = reply->rawHeader("X-Subject-Token"_ba);
        reply->readAll();
    });
    if (!spinUntil([&] { return timed.ms >= 0; })) {
        fail(u"no answer from %1"_s.arg(request.url().toString()));
    }
    delete reply;
    return timed;
}

// A sign-in on a new connection, by Qt alone: one round trip.
Timed bareSignIn(const QUrl& base)
{
    QNetworkAccessManager network;
    QNetworkRequest request(withPath(base, u"/v3/auth/tokens"_s, u"nocatalog=true"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const Timed timed = timedRequest(network, request, "POST", signInBody());
    if (timed.status != 201 || timed.token.isEmpty()) {
        fail(u"the sign-in answered %1"_s.arg(timed.status));
    }
    return timed;
}

CallPolicy policy()
{
    CallPolicy policy;
    policy.timeout = std::chrono::seconds(10);
    return policy;
}

std::unique_ptr<OmsClient> passwordClient(const QUrl& base)
{
    auto client = std::make_unique<OmsClient>(
        OmsClient::Endpoints {base, base, u"cn-north-4"_s, {}}, policy());
    const IamPasswordAuthenticator::Account account {
        base, u"demo"_s, u"demo"_s, u"cn-north-4"_s, {}};
    client->setAuthenticator(std::make_unique<IamPasswordAuthenticator>(
        client->transport(), account, u"demo-password"_s, policy()));
    return client;
}

template<typename Job>
void await(Job* job)
{
    bool done = false;
    ApiError error;
    QObject::connect(job, &OmsJob::finished, job, [&] {
        error = job->error();
        done = true;
    });
    if (!spinUntil([&] { return done; })) {
        fail(u"a job did not finish"_s);
    }
    if (error.isError()) {
        fail(error.summary());
    }
}

// A password profile whose password is in the OS keychain, for the starts
// that read it from there: what a user of the desktop application or of
// oms-sync has, through the same ProfileService and ProfileSession.
class KeychainProfile
{
public:
    KeychainProfile(const QString& settingsFile, const QUrl& base, const QString& projectId)
        : m_service(ProfileService::Options {settingsFile, false})
    {
        m_profile.name = u"bench"_s;
        m_profile.regionId = u"cn-north-4"_s;
        m_profile.authMethod = AuthMethod::Password;
        m_profile.accountName = u"demo"_s;
        m_profile.userName = u"demo"_s;
        // Known, as on every day after the first: no settings written while
        // the starts are timed.
        m_profile.projectId = projectId;
        m_profile.omsEndpoint = base;
        m_profile.iamEndpoint = base;
    }

    // Files the password in the keychain again, which also drops the token
    // the last session cached there: every session signs in anew.
    void prepare()
    {
        bool written = false;
        ApiError keychainError;
        const ApiError error = m_service.saveProfile(m_profile, u"demo-password"_s, &m_service,
                                                     [&](const ApiError& answer) {
                                                         keychainError = answer;
                                                         written = true;
                                                     });
        if (error.isError()) {
            fail(error.summary());
        }
        if (!spinUntil([&] { return written && !m_service.hasPendingWrites(); })) {
            fail(u"the keychain did not answer"_s);
        }
        if (keychainError.isError()
            || m_service.keychainMode() != ProfileService::KeychainMode::Keychain) {
            fail(u"no keychain: %1"_s.arg(keychainError.isError()
                                              ? keychainError.summary()
                                              : m_service.keychainUnavailableReason()));
        }
    }

    // A session with its password read from the keychain, ready to call.
    ProfileSession* open(QObject* parent)
    {
        ProfileSession* session = m_service.createSession(m_profile, policy(), parent);
        bool opened = false;
        ApiError error;
        session->open(parent, [&](const ApiError& answer) {
            error = answer;
            opened = true;
        });
        if (!spinUntil([&] { return opened; })) {
            fail(u"the session did not open"_s);
        }
        if (error.isError()) {
            fail(error.summary());
        }
        return session;
    }

    // The token the session caches is written in the background: done
    // before the next round begins.
    void settle()
    {
        if (!spinUntil([&] { return !m_service.hasPendingWrites(); })) {
            fail(u"the keychain did not take the token"_s);
        }
    }

private:
    ProfileService m_service;
    Profile m_profile;
};

// The five starts at once; the wall time from `clock`'s start to the last.
double fiveStarts(OmsClient* client, const QElapsedTimer& clock)
{
    const StartCredentials keys {u"SRCAK0000000000000001"_s,
                                 u"src-secret"_s,
                                 u"DSTAK0000000000000001"_s,
                                 u"dst-secret"_s,
                                 {}};
    int left = concurrentStarts;
    double wallMs = -1;
    QString failed;
    for (int i = 1; i <= concurrentStarts; ++i) {
        TaskActionJob* job = client->startTask(u"bench-task-%1"_s.arg(i), keys);
        QObject::connect(job, &OmsJob::finished, job, [&, job] {
            if (job->outcome() != TaskActionJob::Outcome::Done) {
                failed = job->error().summary();
            }
            if (--left == 0) {
                wallMs = double(clock.nsecsElapsed()) / 1e6;
            }
        });
    }
    if (!spinUntil([&] { return left == 0; })) {
        fail(u"the starts did not finish"_s);
    }
    if (!failed.isEmpty()) {
        fail(u"a start failed: %1"_s.arg(failed));
    }
    return wallMs;
}

void reportStarts(const QByteArray& prefix, double wallMs, double roundTripMs,
                  const QJsonObject& counters)
{
    report(prefix + "_ms", wallMs);
    report(prefix + "_ratio", wallMs / (2 * roundTripMs));
    report(prefix + "_iam_requests", counters.value(u"iam_token_requests"_s).toDouble());
    report(prefix + "_connections", counters.value(u"connections_opened"_s).toDouble());
}

void resetSimulator(SimulatorProcess& sim)
{
    if (!sim.reset()) {
        fail(u"the simulator did not reset"_s);
    }
}

// In turns in each round: with the password at hand, and (with `keychain`)
// read from the keychain, both against the same round trip. The second is
// timed from the opening of its session: reading the keychain is its cost.
void fiveConcurrentStarts(SimulatorProcess& sim, int repeats, KeychainProfile* keychain)
{
    if (keychain) {
        keychain->prepare(); // the keychain's first answer is slow: not in a round
    }
    for (int run = 0; run < repeats; ++run) {
        resetSimulator(sim);
        const double roundTrip = bareSignIn(sim.baseUrl()).ms;
        report("round_trip_ms", roundTrip);

        resetSimulator(sim);
        {
            auto client = passwordClient(sim.baseUrl());
            QElapsedTimer clock;
            clock.start();
            const double wallMs = fiveStarts(client.get(), clock);
            reportStarts("five_starts", wallMs, roundTrip, sim.counters());
        }
        if (!keychain) {
            continue;
        }
        keychain->prepare();
        resetSimulator(sim);
        QObject owner;
        QElapsedTimer clock;
        clock.start();
        ProfileSession* session = keychain->open(&owner);
        const double wallMs = fiveStarts(session->client(), clock);
        reportStarts("five_starts_keychain", wallMs, roundTrip, sim.counters());
        keychain->settle();
    }
}

void callsInOneProcess(SimulatorProcess& sim)
{
    resetSimulator(sim);
    auto client = passwordClient(sim.baseUrl());
    for (int i = 0; i < callsInARow; ++i) {
        await(client->listTasks());
    }
    const QJsonObject counters = sim.counters();
    report("ten_calls_connections", counters.value(u"connections_opened"_s).toDouble());
    report("ten_calls_requests", counters.value(u"requests_total"_s).toDouble());
}

// One list call over a warm connection: the core against Qt alone, in turns.
void keptAliveList(SimulatorProcess& sim, int calls)
{
    const QString token = QString::fromLatin1(bareSignIn(sim.baseUrl()).token);
    const QString project = sim.projectId(u"cn-north-4"_s);
    OmsClient client(OmsClient::Endpoints {sim.baseUrl(), sim.baseUrl(), u"cn-north-4"_s, project},
                     policy());
    client.setAuthenticator(std::make_unique<TokenAuthenticator>(token));

    QNetworkAccessManager bare;
    QNetworkRequest request(
        withPath(sim.baseUrl(), u"/v2/%1/sync-tasks"_s.arg(project), u"limit=100&offset=0"_s));
    request.setRawHeader("X-Auth-Token"_ba, token.toLatin1());
    request.setRawHeader("X-Project-Id"_ba, project.toLatin1());

    QList<double> core;
    QList<double> qt;
    for (int i = -3; i < calls; ++i) { // three rounds to warm up
        QElapsedTimer clock;
        clock.start();
        TaskListJob* job = client.listTasks();
        double coreMs = -1;
        QString failed;
        QObject::connect(job, &OmsJob::finished, job, [&, job] {
            coreMs = double(clock.nsecsElapsed()) / 1e6;
            if (job->error().isError() || job->tasks().isEmpty()) {
                failed = job->error().summary();
            }
        });
        if (!spinUntil([&] { return coreMs >= 0; })) {
            fail(u"the list did not finish"_s);
        }
        if (!failed.isEmpty()) {
            fail(u"the list failed: %1"_s.arg(failed));
        }
        const Timed bareCall = timedRequest(bare, request, "GET");
        if (bareCall.status != 200) {
            fail(u"the bare list answered %1"_s.arg(bareCall.status));
        }
        if (i >= 0) {
            core.append(coreMs);
            qt.append(bareCall.ms);
        }
    }
    report("kept_alive_list_core_us", Bench::median(core) * 1000);
    report("kept_alive_list_qt_us", Bench::median(qt) * 1000);
}

// oms-sim with the accounts of `configPath`, answering after latencyMs.
void startSlow(SimulatorProcess& sim, const QString& configPath)
{
    if (!sim.startWithConfig(configPath, {u"--latency"_s, QString::number(latencyMs)})) {
        fail(sim.errorString());
    }
}

void run(int repeats, int calls, bool withKeychain)
{
    QTemporaryDir directory;
    const QString configPath = directory.filePath(u"five-paused-tasks.json"_s);
    QFile config(configPath);
    if (!directory.isValid() || !config.open(QIODevice::WriteOnly)
        || config.write(fivePausedTasksConfig()) < 0) {
        fail(u"cannot write %1"_s.arg(configPath));
    }
    config.close();

    {
        SimulatorProcess slow;
        startSlow(slow, configPath);
        std::optional<KeychainProfile> keychain;
        if (withKeychain) {
            keychain.emplace(directory.filePath(u"profiles.ini"_s), slow.baseUrl(),
                             slow.projectId(u"cn-north-4"_s));
        }
        fiveConcurrentStarts(slow, repeats, keychain ? &*keychain : nullptr);
        slow.stop();
    }
    {
        // A simulator of its own: the process keeps the connections of the
        // starts above for any later client of the same endpoint, and the
        // ten calls would count none.
        SimulatorProcess slow;
        startSlow(slow, configPath);
        callsInOneProcess(slow);
        slow.stop();
    }
    {
        SimulatorProcess fast;
        if (!fast.start()) {
            fail(fast.errorString());
        }
        keptAliveList(fast, calls);
        fast.stop();
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"repeat"_s, u"Runs of the five starts."_s, u"N"_s, u"3"_s});
    parser.addOption({u"calls"_s, u"Kept-alive list calls to time."_s, u"N"_s, u"30"_s});
    parser.addOption({u"keychain"_s,
                      u"Also the five starts with the password read from the keychain (run "
                      "inside tests/fixtures/with-keyring.sh)."_s});
    parser.process(app);
    try {
        run(parser.value(u"repeat"_s).toInt(), parser.value(u"calls"_s).toInt(),
            parser.isSet(u"keychain"_s));
    } catch (const Failure& failure) {
        std::fprintf(stderr, "bench-roundtrips: %s\n", qPrintable(failure.what));
        return 1;
    }
    return 0;
}
