// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskChangeDetector.h"

namespace OmsSync {

namespace {

WatchEvent eventFor(WatchEvent::Kind kind, const Profile& profile, const QDateTime& now)
{
    WatchEvent event;
    event.kind = kind;
    event.time = now.toUTC();
    event.profileId = profile.id;
    event.profileName = profile.name;
    return event;
}

WatchEvent taskEvent(WatchEvent::Kind kind, const Profile& profile, const SyncTask& task,
                     const QDateTime& now)
{
    WatchEvent event = eventFor(kind, profile, now);
    event.taskId = task.id;
    event.taskName = task.displayName();
    event.toStatus = task.status;
    event.to = task.statusText.isEmpty() ? syncTaskStatusWireName(task.status) : task.statusText;
    return event;
}

} // namespace

bool TaskChangeDetector::isSignInError(const ApiError& error)
{
    return error.kind() == ApiError::Kind::Authentication;
}

bool TaskChangeDetector::hasSeen(const QUuid& profileId) const
{
    const auto it = m_profiles.constFind(profileId);
    return it != m_profiles.constEnd() && it->seen;
}

bool TaskChangeDetector::isSignInLost(const QUuid& profileId) const
{
    const auto it = m_profiles.constFind(profileId);
    return it != m_profiles.constEnd() && it->signInLost;
}

QList<WatchEvent> TaskChangeDetector::tasksSeen(const Profile& profile,
                                                const QList<SyncTask>& tasks, const QDateTime& now)
{
    QList<WatchEvent> events;
    ProfileState& state = m_profiles[profile.id];
    const bool first = !state.seen;
    if (state.signInLost) {
        events.append(eventFor(WatchEvent::Kind::SignIn, profile, now));
        state.signInLost = false;
    }

    QHash<QString, TaskState> seen;
    seen.reserve(tasks.size());
    for (const SyncTask& task : tasks) {
        TaskState current {task.status, task.statusText, std::nullopt};
        if (task.monthly) {
            current.failures = task.monthly->failureObjects;
        }
        const auto before = state.tasks.constFind(task.id);
        if (before == state.tasks.constEnd()) {
            // A task created since, or the first refresh: nothing to compare.
            if (first && m_reportInitial) {
                events.append(taskEvent(WatchEvent::Kind::Status, profile, task, now));
            }
        } else {
            if (before->status != task.status || before->statusText != task.statusText) {
                WatchEvent event = taskEvent(WatchEvent::Kind::Status, profile, task, now);
                event.from = before->statusText.isEmpty() ? syncTaskStatusWireName(before->status)
                                                          : before->statusText;
                events.append(event);
            }
            if (!current.failures) {
                // This refresh brought no figures (the task's own request
                // failed): compare the next one with the last known count.
                current.failures = before->failures;
            } else if (before->failures) {
                // A smaller count is a new month, not a negative burst.
                const qint64 increase = *current.failures - *before->failures;
                if (increase >= m_failureThreshold) {
                    WatchEvent event = taskEvent(WatchEvent::Kind::Failures, profile, task, now);
                    event.failures = increase;
                    event.failuresTotal = *current.failures;
                    events.append(event);
                }
            }
        }
        seen.insert(task.id, current);
    }
    state.tasks = std::move(seen);
    state.seen = true;
    return events;
}

QList<WatchEvent> TaskChangeDetector::refreshFailed(const Profile& profile, const ApiError& error,
                                                    const QDateTime& now)
{
    ProfileState& state = m_profiles[profile.id];
    // Only a profile that signed in before "can no longer" sign in; one that
    // never did is an error of its setup, reported where it is set up.
    if (!isSignInError(error) || state.signInLost || !(state.seen || m_reportInitial)) {
        return {};
    }
    state.signInLost = true;
    WatchEvent event = eventFor(WatchEvent::Kind::SignIn, profile, now);
    event.error = error;
    return {event};
}

} // namespace OmsSync
