// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchCommand.h"

#include "CommandContext.h"
#include "NetworkMonitor.h"
#include "ProfileSession.h"
#include "ProfileWatcher.h"
#include "TerminationSignals.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

// A whole number within [min, max], or nullopt.
std::optional<qint64> boundedNumber(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

} // namespace

WatchCommand::WatchCommand()
    : Command(u"watch"_s, QString(), 0, 0)
{ }

WatchCommand::~WatchCommand() = default;

QString WatchCommand::description() const
{
    return tr("Print one line for each change of a task's status, failed objects or sign-in, "
              "until interrupted.");
}

QString WatchCommand::details() const
{
    return tr("The first refresh only records what it sees (--initial prints it). Each line\n"
              "holds the time, the profile, the task and what changed. With --json each line\n"
              "is one JSON object with the fields time (ISO 8601, UTC), event (status,\n"
              "failures or sign-in), profile, task_id, task_name, from and to (statuses as the\n"
              "API names them; from is null with --initial), failures (the increase) and error\n"
              "(null when the profile signs in again).\n\n"
              "Errors of a refresh go to standard error once when a profile starts failing and\n"
              "once when it recovers; meanwhile it is asked less and less often, up to every\n"
              "15 minutes. Nothing is sent while the computer is offline.\n\n"
              "SIGINT or SIGTERM ends the watch with exit code 0. When no profile could be\n"
              "watched at the first refresh, the exit code is that of the error (3 sign-in\n"
              "refused, 4 refused by the service, 5 network, 6 no keychain).");
}

QList<Command::Argument> WatchCommand::arguments() const
{
    return {};
}

QList<QCommandLineOption> WatchCommand::options() const
{
    return {
        allProfilesOption(),
        {u"interval"_s,
         tr("watch: refresh every SECONDS, at least %1 (default %2).")
             .arg(minIntervalSeconds)
             .arg(defaultIntervalSeconds),
         tr("SECONDS", "option value")},
        {u"initial"_s, tr("watch: print the state of every task at the first refresh.")},
        {u"failure-threshold"_s,
         tr("watch: report failed objects when they grow by at least N between two refreshes "
            "(default 1)."),
         tr("N", "option value")},
    };
}

ApiError WatchCommand::check(const QCommandLineParser& parser, const QStringList&) const
{
    if (const ApiError error = checkAllProfiles(parser); error.isError()) {
        return error;
    }
    if (parser.isSet(u"interval"_s)
        && !boundedNumber(parser.value(u"interval"_s), minIntervalSeconds, maxIntervalSeconds)) {
        return ApiError::validation(
            u"--interval"_s,
            tr("--interval must be a whole number of seconds from %1 to %2.")
                .arg(minIntervalSeconds)
                .arg(maxIntervalSeconds));
    }
    if (parser.isSet(u"failure-threshold"_s)
        && !boundedNumber(parser.value(u"failure-threshold"_s), 1,
                          std::numeric_limits<qint64>::max())) {
        return ApiError::validation(
            u"--failure-threshold"_s,
            tr("--failure-threshold must be a whole number of at least 1."));
    }
    return {};
}

void WatchCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                           const QStringList&)
{
    m_context = &context;
    if (parser.isSet(u"interval"_s)) {
        m_intervalSeconds = int(
            *boundedNumber(parser.value(u"interval"_s), minIntervalSeconds, maxIntervalSeconds));
    }
    if (parser.isSet(u"failure-threshold"_s)) {
        m_detector.setFailureThreshold(*boundedNumber(parser.value(u"failure-threshold"_s), 1,
                                                      std::numeric_limits<qint64>::max()));
    }
    m_detector.setReportInitial(parser.isSet(u"initial"_s));

    QList<Profile> profiles;
    if (parser.isSet(u"all-profiles"_s)) {
        profiles = context.profiles().profiles();
        if (profiles.isEmpty()) {
            context.selectedProfile({}); // says how to add one
            context.finish();
            return;
        }
    } else {
        const auto profile = context.selectedProfile(parser.value(u"profile"_s));
        if (!profile) {
            context.finish();
            return;
        }
        profiles.append(*profile);
        m_rememberSelection = true;
    }
    watch(profiles);
}

void WatchCommand::watch(const QList<Profile>& profiles)
{
    auto* termination = new TerminationSignals(m_context);
    QObject::connect(termination, &TerminationSignals::terminationRequested, m_context,
                     [this] { end(Success); });

    auto* network = new NetworkMonitor(m_context);
    const bool online = network->isOnline();
    if (!online) {
        m_context->console().message(tr("oms-sync: the computer is offline; waiting for it."));
    }
    QObject::connect(network, &NetworkMonitor::onlineChanged, m_context, [this](bool online) {
        m_context->console().message(
            online ? tr("oms-sync: the computer is online again.")
                   : tr("oms-sync: the computer is offline; waiting for it."));
        for (const auto& watched : m_watched) {
            watched->watcher->setPaused(!online);
        }
    });

    for (const Profile& profile : profiles) {
        auto watched = std::make_unique<Watched>();
        watched->profile = profile;
        Watched* raw = watched.get();
        raw->watcher = new ProfileWatcher(
            profile.id,
            [this, raw](QObject* context, ProfileWatcher::SessionReady ready) {
                openSession(raw, context, std::move(ready));
            },
            m_context);
        raw->watcher->setInterval(std::chrono::seconds(m_intervalSeconds));
        raw->watcher->setPaused(!online);
        QObject::connect(raw->watcher, &ProfileWatcher::refreshed, m_context,
                         [this, raw](const QList<SyncTask>& tasks) { onRefreshed(raw, tasks); });
        QObject::connect(raw->watcher, &ProfileWatcher::failed, m_context,
                         [this, raw](const ApiError& error) { onFailed(raw, error); });
        m_watched.push_back(std::move(watched));
    }
    // All at once: each profile waits only for its own service.
    for (const auto& watched : m_watched) {
        watched->watcher->start();
    }
}

void WatchCommand::openSession(Watched* watched, QObject* context,
                               std::function<void(ProfileSession*, const ApiError&)> ready)
{
    if (watched->session && watched->opened) {
        ready(watched->session, {});
        return;
    }
    // Kept for the run: its sign-in (an IAM token) serves every refresh.
    ProfileSession* session = m_context->createSession(watched->profile, m_context);
    watched->session = session;
    watched->opened = false;
    session->open(context,
                  [this, watched, session, ready = std::move(ready)](const ApiError& error) {
                      if (error.isError()) {
                          // The next refresh asks the keychain again: it may answer by then.
                          if (watched->session == session) {
                              watched->session = nullptr;
                          }
                          session->deleteLater();
                          ready(nullptr, error);
                          return;
                      }
                      watched->opened = true;
                      if (m_rememberSelection) {
                          if (const ApiError saved =
                                  m_context->profiles().setLastSelected(watched->profile.id);
                              saved.isError()) {
                              m_context->warn(saved.summary());
                          }
                          m_rememberSelection = false;
                      }
                      ready(session, {});
                  });
}

void WatchCommand::onRefreshed(Watched* watched, const QList<SyncTask>& tasks)
{
    if (m_ended) {
        return;
    }
    m_anyRefreshed = true;
    for (const WatchEvent& event :
         m_detector.tasksSeen(watched->profile, tasks, QDateTime::currentDateTimeUtc())) {
        print(event);
    }
    if (watched->failureShown) {
        m_context->console().message(tr("oms-sync: %1: refreshed again after %n failed attempt(s).",
                                        nullptr, watched->failuresInRow)
                                         .arg(watched->profile.name));
    }
    watched->failuresInRow = 0;
    watched->failureShown = false;
    firstAnswer(watched, {});
}

void WatchCommand::onFailed(Watched* watched, const ApiError& error)
{
    if (m_ended) {
        return;
    }
    const QList<WatchEvent> events =
        m_detector.refreshFailed(watched->profile, error, QDateTime::currentDateTimeUtc());
    for (const WatchEvent& event : events) {
        print(event);
    }
    // Once when it starts failing, not at every retry; a lost sign-in is
    // already on standard output.
    if (++watched->failuresInRow == 1 && events.isEmpty()
        && !m_detector.isSignInLost(watched->profile.id)) {
        m_context->console().message(
            tr("oms-sync: %1: %2").arg(watched->profile.name, error.summary()));
        watched->failureShown = true;
    }
    firstAnswer(watched, error);
}

void WatchCommand::firstAnswer(Watched* watched, const ApiError& error)
{
    if (watched->answered) {
        return;
    }
    watched->answered = true;
    if (error.isError()) {
        m_worstFirstFailure = std::max(m_worstFirstFailure, exitCodeFor(error));
    }
    const bool allAnswered = std::all_of(m_watched.begin(), m_watched.end(),
                                         [](const auto& each) { return each->answered; });
    if (allAnswered && !m_anyRefreshed) {
        end(m_worstFirstFailure);
    }
}

void WatchCommand::print(const WatchEvent& event)
{
    if (m_context->isJson()) {
        m_context->console().result(
            QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
    } else {
        m_context->console().result(text(event));
    }
}

QString WatchCommand::text(const WatchEvent& event) const
{
    const QString time = event.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const QString task = event.taskName == event.taskId
        ? event.taskId
        : tr("%1 (%2)", "task name (task id)").arg(event.taskName, event.taskId);
    switch (event.kind) {
    case WatchEvent::Kind::Status:
        if (event.from.isEmpty()) {
            return tr("%1  %2  %3: %4", "time, profile, task: status")
                .arg(time, event.profileName, task, event.to);
        }
        return tr("%1  %2  %3: %4 → %5", "time, profile, task: old status → new status")
            .arg(time, event.profileName, task, event.from, event.to);
    case WatchEvent::Kind::Failures:
        return tr("%1  %2  %3: +%4 failed objects (%5 this month)")
            .arg(time, event.profileName, task, QLocale().toString(event.failures),
                 QLocale().toString(event.failuresTotal));
    case WatchEvent::Kind::SignIn:
        if (event.error.isError()) {
            return tr("%1  %2: cannot sign in: %3")
                .arg(time, event.profileName, event.error.summary());
        }
        return tr("%1  %2: signs in again").arg(time, event.profileName);
    }
    return {};
}

void WatchCommand::end(int exitCode)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    for (const auto& watched : m_watched) {
        watched->watcher->stop();
    }
    // Waits for a new token still on its way into the keychain.
    m_context->finish(exitCode);
}

} // namespace OmsSync::Cli
