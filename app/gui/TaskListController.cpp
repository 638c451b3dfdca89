// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskListController.h"

#include "OmsClient.h"
#include "OmsJob.h"
#include "ProfileController.h"
#include "ProfileSession.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

TaskListController::TaskListController(ProfileController* profiles, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_autoRefresh(new QTimer(this))
{
    connect(m_autoRefresh, &QTimer::timeout, this, &TaskListController::autoRefresh);
}

TaskListController::~TaskListController() = default;

QString TaskListController::profileName() const
{
    const auto profile = m_profiles->profile(m_profileId);
    return profile ? profile->name : QString();
}

void TaskListController::setProfile(const QUuid& id)
{
    if (id == m_profileId) {
        return;
    }
    m_profileId = id;
    ++m_generation;
    m_tasks.clear();
    m_loaded = false;
    m_refreshing = false;
    m_refreshAgain = false;
    m_signInRefused = false;
    m_lastRefreshed = {};
    Q_EMIT tasksReset();
    updateTimer();
    if (!id.isNull()) {
        refresh();
    }
}

std::optional<SyncTask> TaskListController::task(const QString& id) const
{
    for (const SyncTask& task : m_tasks) {
        if (task.id == id) {
            return task;
        }
    }
    return std::nullopt;
}

QString TaskListController::taskName(const QString& taskId) const
{
    const auto found = task(taskId);
    return found && !found->description.isEmpty() ? found->description : taskId;
}

void TaskListController::beginWork()
{
    if (m_busy++ == 0) {
        Q_EMIT busyChanged(true);
    }
}

void TaskListController::endWork()
{
    if (m_busy > 0 && --m_busy == 0) {
        Q_EMIT busyChanged(false);
    }
}

void TaskListController::track(OmsJob* job)
{
    // A job ends by deleting itself, also when its session is dropped before
    // it finished: the busy count follows the object, not the signal.
    beginWork();
    connect(job, &QObject::destroyed, this, &TaskListController::endWork);
}

void TaskListController::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = std::max(seconds, 0);
    updateTimer();
}

void TaskListController::setAutoRefreshActive(bool active)
{
    const bool resumed = active && !m_autoRefreshActive;
    m_autoRefreshActive = active;
    updateTimer();
    // Back on screen after a long while: do not show stale states until the
    // next tick.
    if (resumed && m_loaded && m_autoRefreshSeconds > 0 && m_lastRefreshed.isValid()
        && m_lastRefreshed.secsTo(QDateTime::currentDateTimeUtc()) >= m_autoRefreshSeconds) {
        autoRefresh();
    }
}

bool TaskListController::isAutoRefreshRunning() const
{
    return m_autoRefresh->isActive();
}

void TaskListController::updateTimer()
{
    if (m_autoRefreshActive && m_autoRefreshSeconds > 0 && !m_profileId.isNull()) {
        const int interval = m_autoRefreshSeconds * 1000;
        if (!m_autoRefresh->isActive() || m_autoRefresh->interval() != interval) {
            m_autoRefresh->start(interval);
        }
    } else {
        m_autoRefresh->stop();
    }
}

void TaskListController::autoRefresh()
{
    if (!m_signInRefused) {
        refresh();
    }
}

void TaskListController::noteOutcome(const ApiError& error)
{
    m_profiles->reportOutcome(m_profileId, error);
    if (!error.isError()) {
        m_signInRefused = false;
    } else if (error.kind() == ApiError::Kind::Authentication) {
        m_signInRefused = true;
    }
}

void TaskListController::refresh()
{
    if (m_profileId.isNull()) {
        return;
    }
    m_signInRefused = false;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshAgain = false;
    const quint64 generation = m_generation;
    const QUuid profileId = m_profileId;
    m_profiles->markConnecting(profileId);
    beginWork();
    m_profiles->withSession(
        profileId, this, [this, generation](ProfileSession* session, const ApiError& error) {
            endWork();
            if (generation != m_generation) {
                return;
            }
            if (!session) {
                m_refreshing = false;
                noteOutcome(error);
                Q_EMIT errorOccurred(tr("Could not sign in with profile “%1”").arg(profileName()),
                                     error);
                return;
            }
            TaskListJob* job = session->client()->listTasks();
            track(job);
            connect(job, &QObject::destroyed, this, [this, generation] {
                // Dropped with its session (the profile was edited): let the
                // next refresh run.
                if (generation == m_generation) {
                    m_refreshing = false;
                }
            });
            connect(job, &OmsJob::finished, this, [this, job, generation] {
                if (generation != m_generation) {
                    return;
                }
                m_refreshing = false;
                noteOutcome(job->error());
                if (job->error().isError()) {
                    Q_EMIT errorOccurred(
                        tr("Could not load the tasks of profile “%1”").arg(profileName()),
                        job->error());
                } else {
                    // The list carries no monthly figures: keep the ones shown
                    // until each task's own answer brings new ones.
                    QList<SyncTask> tasks = job->tasks();
                    for (SyncTask& fresh : tasks) {
                        if (const auto old = task(fresh.id); old && !fresh.monthly) {
                            fresh.monthly = old->monthly;
                        }
                    }
                    m_tasks = tasks;
                    m_loaded = true;
                    m_lastRefreshed = QDateTime::currentDateTimeUtc();
                    Q_EMIT tasksLoaded(m_tasks);
                    for (qsizetype i = 0;
                         i < std::min<qsizetype>(m_tasks.size(), maxDetailRequests); ++i) {
                        loadDetails(m_tasks.at(i).id);
                    }
                    Q_EMIT refreshed();
                }
                if (m_refreshAgain) {
                    refresh();
                }
            });
        });
}

void TaskListController::loadDetails(const QString& taskId)
{
    const quint64 generation = m_generation;
    m_profiles->withSession(m_profileId, this,
                            [this, generation, taskId](ProfileSession* session, const ApiError&) {
                                if (generation != m_generation || !session) {
                                    return;
                                }
                                TaskJob* job = session->client()->showTask(taskId);
                                track(job);
                                connect(job, &OmsJob::finished, this, [this, job, generation] {
                                    if (generation != m_generation) {
                                        return;
                                    }
                                    if (job->error().isError()) {
                                        // The list already shows the task; a missing figure is
                                        // not worth a banner unless the task itself is gone.
                                        if (job->error().httpStatus() == 404) {
                                            refresh();
                                        }
                                        return;
                                    }
                                    applyTask(job->task());
                                });
                            });
}

void TaskListController::applyTask(const SyncTask& task)
{
    for (SyncTask& known : m_tasks) {
        if (known.id == task.id) {
            SyncTask merged = task;
            if (!merged.monthly) {
                merged.monthly = known.monthly;
            }
            known = merged;
            Q_EMIT taskUpdated(merged);
            return;
        }
    }
}

void TaskListController::loadStatistics(const QString& taskId)
{
    const quint64 generation = m_generation;
    m_profiles->withSession(
        m_profileId, this,
        [this, generation, taskId](ProfileSession* session, const ApiError& error) {
            if (generation != m_generation) {
                return;
            }
            if (!session) {
                Q_EMIT statisticsFailed(taskId, error);
                return;
            }
            const QDateTime to = QDateTime::currentDateTimeUtc();
            const QDateTime from = to.addSecs(-statisticsHours * 3600);
            StatisticsJob* job =
                session->client()->statistics(taskId, from, to,
                                              {StatisticType::Request, StatisticType::Success,
                                               StatisticType::Failure, StatisticType::Skip});
            track(job);
            connect(job, &OmsJob::finished, this, [this, job, generation, taskId, from, to] {
                if (generation != m_generation) {
                    return;
                }
                if (job->error().isError()) {
                    Q_EMIT statisticsFailed(taskId, job->error());
                } else {
                    Q_EMIT statisticsLoaded(taskId, job->statistics(), from, to);
                }
            });
        });
}

void TaskListController::stopTasks(const QStringList& taskIds)
{
    if (taskIds.isEmpty()) {
        return;
    }
    const quint64 generation = m_generation;
    const QUuid profileId = m_profileId;
    auto left = std::make_shared<qsizetype>(taskIds.size());
    beginWork();
    m_profiles->withSession(
        profileId, this,
        [this, taskIds, generation, profileId, left](ProfileSession* session,
                                                     const ApiError& error) {
            endWork();
            if (generation != m_generation) {
                return;
            }
            if (!session) {
                m_profiles->reportOutcome(profileId, error);
                Q_EMIT errorOccurred(tr("Could not sign in with profile “%1”").arg(profileName()),
                                     error);
                return;
            }
            for (const QString& taskId : taskIds) {
                TaskActionJob* job = session->client()->stopTask(taskId);
                track(job);
                connect(job, &OmsJob::finished, this,
                        [this, job, taskId, generation, profileId, left] {
                            if (generation != m_generation) {
                                return;
                            }
                            m_profiles->reportOutcome(profileId, job->error());
                            if (job->error().isError()) {
                                Q_EMIT errorOccurred(
                                    tr("Could not stop “%1”").arg(taskName(taskId)), job->error());
                            } else {
                                Q_EMIT actionDone(tr("Stopped “%1”.").arg(taskName(taskId)));
                            }
                            if (--*left == 0) {
                                refresh();
                            }
                        });
            }
        });
}

bool TaskListController::hasRememberedKeys(const QString& taskId) const
{
    return !m_profileId.isNull() && m_profiles->hasRememberedKeys(m_profileId, taskId);
}

void TaskListController::forgetStartKeys(const QString& taskId)
{
    m_profiles->forgetStartKeys(m_profileId, taskId, this, [this, taskId](const ApiError& error) {
        if (error.isError()) {
            Q_EMIT errorOccurred(tr("Could not forget the keys of “%1”").arg(taskName(taskId)),
                                 error);
        } else {
            Q_EMIT actionDone(tr("Forgot the remembered keys of “%1”.").arg(taskName(taskId)));
        }
    });
}

} // namespace OmsSync::Gui
