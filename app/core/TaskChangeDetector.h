// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Profile.h"
#include "SyncTask.h"
#include "WatchEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace OmsSync {

// Compares each refresh of a profile with the one before and says what
// changed: a task's status, a burst of failed objects, a profile that stopped
// signing in (once, until it signs in again). The first refresh of a profile
// only records what it saw, unless the initial state is asked for. Pure
// logic: the watch of oms-sync and of the desktop application share it.
class TaskChangeDetector
{
public:
    // Failed objects must grow by at least this much between two refreshes.
    void setFailureThreshold(qint64 objects) { m_failureThreshold = std::max<qint64>(objects, 1); }
    qint64 failureThreshold() const { return m_failureThreshold; }
    // The first refresh reports every task's status (`from` empty).
    void setReportInitial(bool report) { m_reportInitial = report; }

    QList<WatchEvent> tasksSeen(const Profile& profile, const QList<SyncTask>& tasks,
                                const QDateTime& now);
    QList<WatchEvent> refreshFailed(const Profile& profile, const ApiError& error,
                                    const QDateTime& now);
    void forget(const QUuid& profileId) { m_profiles.remove(profileId); }

    bool hasSeen(const QUuid& profileId) const;
    // The last refresh of the profile could not sign in, after it had before.
    bool isSignInLost(const QUuid& profileId) const;

    // Errors that mean the profile can no longer sign in (password changed,
    // token revoked, access key removed), not that the network is down.
    static bool isSignInError(const ApiError& error);

private:
    struct TaskState
    {
        SyncTaskStatus status = SyncTaskStatus::Unknown;
        QString statusText;
        std::optional<qint64> failures; // this month's, when known
    };
    struct ProfileState
    {
        bool seen = false; // a refresh succeeded once
        bool signInLost = false;
        QHash<QString, TaskState> tasks;
    };

    QHash<QUuid, ProfileState> m_profiles;
    qint64 m_failureThreshold = 1;
    bool m_reportInitial = false;
};

} // namespace OmsSync
