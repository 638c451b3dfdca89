// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "SyncTask.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace OmsSync {

// One change the watch saw between two refreshes of a profile: what
// `oms-sync watch` prints and what the desktop application tells the user.
struct WatchEvent
{
    enum class Kind {
        Status, // a task's status changed
        Failures, // a task's failed objects this month grew
        SignIn, // a profile stopped signing in (error set), or signs in again (no error)
    };

    Kind kind = Kind::Status;
    QDateTime time; // UTC
    QUuid profileId;
    QString profileName;
    QString taskId;
    QString taskName; // the description, or the id when there is none
    // Status: as the API names them; `from` is empty for a task seen the
    // first time (the initial report).
    QString from;
    QString to;
    SyncTaskStatus toStatus = SyncTaskStatus::Unknown;
    qint64 failures = 0; // Failures: the increase since the last refresh
    qint64 failuresTotal = 0; // Failures: this month's count now
    ApiError error; // SignIn

    static QString kindName(Kind kind);
    // The fields `oms-sync watch --json` documents: time, event, profile,
    // task_id, task_name, from, to, failures, error.
    QJsonObject toJson() const;
};

} // namespace OmsSync
