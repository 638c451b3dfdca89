// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorConfig.h"
#include "TaskStatistics.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace OmsSync::Sim {

// A span of time in which a task was synchronizing; statistics are derived
// from these, so they grow while a task runs and stand still while it is paused.
struct RunInterval
{
    static constexpr qint64 open = std::numeric_limits<qint64>::max();
    qint64 startMs = 0;
    qint64 endMs = open;
};

// Traffic a test or the demo added to a task at one moment (POST
// /_sim/tasks/{id}/activity), on top of the generated figures.
struct TaskActivity
{
    qint64 atMs = 0;
    TaskStatistics::Figures figures;
};

struct SimTask
{
    static constexpr QLatin1StringView synchronizing {"SYNCHRONIZING"};
    static constexpr QLatin1StringView stopped {"STOPPED"};

    QString id;
    QString status;
    qint64 createTimeMs = 0;
    std::optional<qint64> lastStartTimeMs;
    QJsonObject fields; // the other wire fields
    std::optional<StartKeys> expectedStartKeys;
    QList<RunInterval> runs; // sorted, not overlapping; the last may be open
    QList<TaskActivity> activity; // in the order added (the clock may have moved back)
    qint64 pauseAfterMs = 0; // as configured: 0 never pauses by itself
    QList<QStringList> syncEvents; // the object keys of each CreateSyncEvents, decoded

    bool isSynchronizing() const { return status == synchronizing; }
    void start(qint64 nowMs);
    // Stops a SYNCHRONIZING task, as StopSyncTask does and as OMS does when it
    // pauses a task by itself: the same transition either way. OMS then
    // forgets the task's keys, which here means nothing lingers to restart it
    // with: every StartSyncTask brings all four again. last_start_time stays.
    // False, changing nothing, for a task in any other status.
    bool stop(qint64 nowMs);
    // As ListSyncTasks and ShowSyncTask describe it.
    QJsonObject toJson() const;
};

struct SimProject
{
    QString id;
    QString name; // region id
    QString domainId;
    QString domainName;
    QList<SimTask> tasks;

    SimTask* task(const QString& id);
};

// Who is calling: an IAM user of an account (domain).
struct Identity
{
    QString domainId;
    QString domainName;
    QString userId;
    QString userName;
};

struct IssuedToken
{
    Identity identity;
    QString projectId;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

// Accounts, users, keys, projects, tasks and issued tokens. Everything a
// request can change lives here, and reset() puts it back as configured.
class SimulatorState
{
public:
    explicit SimulatorState(SimulatorConfig config);

    void reset();
    const SimulatorConfig& config() const { return m_config; }

    std::optional<Identity> checkPassword(const QString& domainName, const QString& userName,
                                          const QString& password) const;
    struct AccessKeyOwner
    {
        QByteArray secretKey;
        Identity identity;
    };
    std::optional<AccessKeyOwner> accessKey(const QByteArray& accessKey) const;

    SimProject* project(const QString& id);
    // Every project that holds a task of this id (ids are unique per project only).
    QList<SimProject*> projectsWithTask(const QString& taskId);
    QList<const SimProject*> projectsOf(const QString& domainId) const;
    const QList<SimProject>& projects() const { return m_projects; }

    QByteArray issueToken(const Identity& identity, const QString& projectId, qint64 nowMs);
    const IssuedToken* token(const QByteArray& token) const;
    qsizetype revokeTokens();
    qsizetype tokenCount() const { return m_tokens.size(); }

    // For GET /_sim/state.
    QJsonObject toJson() const;

private:
    SimulatorConfig m_config;
    QList<SimProject> m_projects;
    QHash<QByteArray, IssuedToken> m_tokens;
};

} // namespace OmsSync::Sim
