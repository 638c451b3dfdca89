// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace OmsSync::Sim {

// Which API a request addresses, from its method and raw path alone (as the
// gateway matches it, before authentication). Path parameters stay raw here:
// each is one percent-encoded segment, decoded exactly once by the service,
// so an id holding "/", "?", "#", "%" or ".." is just an id. A raw "." or
// ".." segment matches no API (a gateway would resolve it elsewhere).
struct Route
{
    enum class Kind {
        Unknown,
        Control, // /_sim/..., only served with --control
        IamTokens,
        IamProjects,
        // OMS from here on (isOms()); first the object-storage helpers
        // under /v2/{project_id}/objectstorage/ (isStorageHelper()),
        ShowCloudTypes,
        ListDataCenters,
        ListBuckets,
        ShowBucketRegion,
        ShowCdnInfo,
        // then the sync tasks,
        ListTasks,
        CreateTask,
        // and those that name one (hasTaskId()).
        ShowTask,
        DeleteTask,
        StartTask,
        StopTask,
        TaskStatistics,
        SyncEvents,
    };

    Kind kind = Kind::Unknown;
    QByteArray rawProjectId;
    QByteArray rawTaskId;

    // The groups above are ranges of the enumeration: a new kind goes into its group.
    bool isOms() const { return kind >= Kind::ShowCloudTypes; }
    bool isStorageHelper() const
    {
        return kind >= Kind::ShowCloudTypes && kind <= Kind::ShowCdnInfo;
    }
    bool hasTaskId() const { return kind >= Kind::ShowTask; }
    // Stable names for counters, logs and fault matching, e.g. "oms.tasks.start".
    QString name() const;

    static Route resolve(QByteArrayView method, QByteArrayView rawPath);
};

} // namespace OmsSync::Sim
