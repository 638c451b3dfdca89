// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace OmsSync::Sim {

// The four keys a StartSyncTask body must carry (and the CDN key when a task
// expects one). Configured per task, a start with other keys is refused.
struct StartKeys
{
    QString srcAk;
    QString srcSk;
    QString dstAk;
    QString dstSk;
    std::optional<QString> sourceCdnAuthenticationKey;
};

struct TaskConfig
{
    QString id;
    QString status; // SYNCHRONIZING or STOPPED (other text is served verbatim)
    qint64 createTimeMs = 0;
    std::optional<qint64> lastStartTimeMs;
    // When a STOPPED task last ran until (its statistics end there).
    std::optional<qint64> stopTimeMs;
    // Every other wire field, extra_fields included, omit_fields removed.
    QJsonObject fields;
    std::optional<StartKeys> expectedStartKeys;
    // OMS pauses the task by itself this long after the simulator started
    // (or was reset), if it is running then; 0 never.
    qint64 pauseAfterSeconds = 0;
};

struct ProjectConfig
{
    QString id;
    QString name; // the region id, e.g. cn-north-4
    QList<TaskConfig> tasks;
};

struct UserConfig
{
    QString id;
    QString name;
    QString password;
};

struct AccessKeyConfig
{
    QString accessKey;
    QString secretKey;
    QString userName;
};

struct AccountConfig
{
    QString id;
    QString name; // the IAM domain (account) name
    QList<UserConfig> users;
    QList<AccessKeyConfig> accessKeys;
    QList<ProjectConfig> projects;
};

// Everything the simulator serves, from a JSON document (format:
// tests/data/sim/README.md). Parsing is strict: an unknown key is an error,
// because a misspelt key in a test's configuration would otherwise be a test
// that silently checks something else. Times not given are resolved against
// the clock at load time, so a reset reproduces the same state.
struct SimulatorConfig
{
    QList<AccountConfig> accounts;
    qint64 tokenLifetimeSeconds = 24 * 60 * 60;
    int latencyMs = 0;
    int maxTasksPerProject = 5; // OMS allows a tenant 5 sync tasks
    QJsonArray faults; // FaultInjector specifications, checked by it

    // What a timer can wait (just over 23 days).
    static constexpr qint64 maxPauseAfterSeconds = 2'000'000;

    static std::optional<SimulatorConfig> fromJson(const QJsonObject& document, qint64 nowMs,
                                                   QString* error);

    // Deterministic 32-hex ids, so a configuration without ids still gives
    // the same project and user ids on every run.
    static QString derivedId(const QString& seed);
};

} // namespace OmsSync::Sim
