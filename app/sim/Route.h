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
        ListTasks,
        CreateTask,
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

    bool isOms() const { return kind >= Kind::ListTasks; }
    bool hasTaskId() const { return kind >= Kind::ShowTask; }
    // Stable names for counters, logs and fault matching, e.g. "oms.tasks.start".
    QString name() const;

    static Route resolve(QByteArrayView method, QByteArrayView rawPath);
};

} // namespace OmsSync::Sim
