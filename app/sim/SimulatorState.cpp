// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorState.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

void SimTask::start(qint64 nowMs)
{
    status = synchronizing;
    lastStartTimeMs = nowMs;
    if (runs.isEmpty() || runs.last().endMs != RunInterval::open) {
        runs.append({nowMs, RunInterval::open});
    }
}

bool SimTask::stop(qint64 nowMs)
{
    if (!isSynchronizing()) {
        return false;
    }
    status = stopped;
    if (!runs.isEmpty() && runs.last().endMs == RunInterval::open) {
        runs.last().endMs = qMax(nowMs, runs.last().startMs);
    }
    return true;
}

QJsonObject SimTask::toJson() const
{
    QJsonObject object = fields;
    object.insert(u"sync_task_id"_s, id);
    object.insert(u"status"_s, status);
    object.insert(u"create_time"_s, createTimeMs);
    if (lastStartTimeMs) {
        object.insert(u"last_start_time"_s, *lastStartTimeMs);
    }
    return object;
}

SimTask* SimProject::task(const QString& taskId)
{
    for (SimTask& candidate : tasks) {
        if (candidate.id == taskId) {
            return &candidate;
        }
    }
    return nullptr;
}

SimulatorState::SimulatorState(SimulatorConfig config)
    : m_config(std::move(config))
{
    reset();
}

void SimulatorState::reset()
{
    m_tokens.clear();
    m_projects.clear();
    for (const AccountConfig& account : std::as_const(m_config.accounts)) {
        for (const ProjectConfig& projectConfig : account.projects) {
            SimProject project;
            project.id = projectConfig.id;
            project.name = projectConfig.name;
            project.domainId = account.id;
            project.domainName = account.name;
            project.tasks.reserve(projectConfig.tasks.size());
            for (const TaskConfig& taskConfig : projectConfig.tasks) {
                SimTask task;
                task.id = taskConfig.id;
                task.status = taskConfig.status;
                task.createTimeMs = taskConfig.createTimeMs;
                task.lastStartTimeMs = taskConfig.lastStartTimeMs;
                task.fields = taskConfig.fields;
                task.expectedStartKeys = taskConfig.expectedStartKeys;
                task.pauseAfterMs = taskConfig.pauseAfterSeconds * 1000;
                // A task has run from its last start (or its creation) until
                // it stopped, or until now when it is still running.
                const qint64 ranFrom = taskConfig.lastStartTimeMs.value_or(taskConfig.createTimeMs);
                if (task.isSynchronizing()) {
                    task.runs.append({ranFrom, RunInterval::open});
                } else if (taskConfig.stopTimeMs && *taskConfig.stopTimeMs > ranFrom) {
                    task.runs.append({ranFrom, *taskConfig.stopTimeMs});
                }
                project.tasks.append(task);
            }
            m_projects.append(project);
        }
    }
}

std::optional<Identity> SimulatorState::checkPassword(const QString& domainName,
                                                      const QString& userName,
                                                      const QString& password) const
{
    for (const AccountConfig& account : m_config.accounts) {
        if (account.name != domainName) {
            continue;
        }
        for (const UserConfig& user : account.users) {
            if (user.name == userName && user.password == password) {
                return Identity {account.id, account.name, user.id, user.name};
            }
        }
    }
    return std::nullopt;
}

std::optional<SimulatorState::AccessKeyOwner>
SimulatorState::accessKey(const QByteArray& accessKeyId) const
{
    for (const AccountConfig& account : m_config.accounts) {
        for (const AccessKeyConfig& key : account.accessKeys) {
            if (key.accessKey.toUtf8() != accessKeyId) {
                continue;
            }
            for (const UserConfig& user : account.users) {
                if (user.name == key.userName) {
                    return AccessKeyOwner {key.secretKey.toUtf8(),
                                           Identity {account.id, account.name, user.id, user.name}};
                }
            }
        }
    }
    return std::nullopt;
}

SimProject* SimulatorState::project(const QString& id)
{
    for (SimProject& candidate : m_projects) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<SimProject*> SimulatorState::projectsWithTask(const QString& taskId)
{
    QList<SimProject*> result;
    for (SimProject& candidate : m_projects) {
        if (candidate.task(taskId)) {
            result.append(&candidate);
        }
    }
    return result;
}

QList<const SimProject*> SimulatorState::projectsOf(const QString& domainId) const
{
    QList<const SimProject*> result;
    for (const SimProject& candidate : m_projects) {
        if (candidate.domainId == domainId) {
            result.append(&candidate);
        }
    }
    return result;
}

QByteArray SimulatorState::issueToken(const Identity& identity, const QString& projectId,
                                      qint64 nowMs)
{
    // Real tokens are several KiB of base64 starting "MII"; a client that
    // keeps them in a small buffer, a URL or a log line should notice here.
    quint32 random[384];
    QRandomGenerator::global()->fillRange(random);
    const QByteArray token = "MII"
        + QByteArray(reinterpret_cast<const char*>(random), sizeof(random))
              .toBase64(QByteArray::OmitTrailingEquals);
    m_tokens.insert(
        token,
        IssuedToken {identity, projectId, nowMs, nowMs + m_config.tokenLifetimeSeconds * 1000});
    return token;
}

const IssuedToken* SimulatorState::token(const QByteArray& token) const
{
    const auto it = m_tokens.constFind(token);
    return it == m_tokens.cend() ? nullptr : &it.value();
}

qsizetype SimulatorState::revokeTokens()
{
    const qsizetype count = m_tokens.size();
    m_tokens.clear();
    return count;
}

QJsonObject SimulatorState::toJson() const
{
    QJsonArray projects;
    for (const SimProject& project : m_projects) {
        QJsonArray tasks;
        for (const SimTask& task : project.tasks) {
            QJsonObject object = task.toJson();
            QJsonArray runs;
            for (const RunInterval& run : task.runs) {
                runs.append(QJsonObject {
                    {u"start"_s, run.startMs},
                    {u"end"_s,
                     run.endMs == RunInterval::open ? QJsonValue() : QJsonValue(run.endMs)}});
            }
            object.insert(u"_runs"_s, runs);
            QJsonArray activity;
            for (const TaskActivity& added : task.activity) {
                activity.append(QJsonObject {{u"at"_s, added.atMs},
                                             {u"requests"_s, added.figures.requests},
                                             {u"successes"_s, added.figures.success},
                                             {u"failures"_s, added.figures.failure},
                                             {u"skips"_s, added.figures.skip},
                                             {u"bytes"_s, added.figures.sizeBytes}});
            }
            object.insert(u"_activity"_s, activity);
            if (task.pauseAfterMs > 0) {
                object.insert(u"_pause_after_ms"_s, task.pauseAfterMs);
            }
            object.insert(u"_expects_start_keys"_s, task.expectedStartKeys.has_value());
            QJsonArray events;
            for (const QStringList& keys : task.syncEvents) {
                events.append(QJsonArray::fromStringList(keys));
            }
            object.insert(u"_sync_events"_s, events);
            tasks.append(object);
        }
        projects.append(QJsonObject {{u"id"_s, project.id},
                                     {u"name"_s, project.name},
                                     {u"domain_id"_s, project.domainId},
                                     {u"domain_name"_s, project.domainName},
                                     {u"tasks"_s, tasks}});
    }
    return QJsonObject {{u"projects"_s, projects}, {u"tokens"_s, m_tokens.size()}};
}

} // namespace OmsSync::Sim
