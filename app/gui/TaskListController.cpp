// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskListController.h"

#include "OmsClient.h"
#include "OmsJob.h"
#include "ProfileController.h"
#include "ProfileSession.h"
#include "WatchController.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

TaskListController::TaskListController(WatchController* watch, QObject* parent)
    : QObject(parent)
    , m_watch(watch)
    , m_profiles(watch->profiles())
{
    connect(m_watch, &WatchController::profileRefreshed, this,
            &TaskListController::onProfileRefreshed);
    connect(m_watch, &WatchController::profileFailed, this, &TaskListController::onProfileFailed);
    connect(m_watch, &WatchController::busyChanged, this, &TaskListController::updateBusy);
    connect(m_watch, &WatchController::refreshStarted, this, &TaskListController::updateBusy);
    connect(m_profiles, &ProfileController::profilesChanged, this, [this] {
        // A removed profile takes its failure along.
        m_reportedFailures.removeIf([this](const QUuid& id) { return !m_profiles->profile(id); });
        if (m_all) {
            Q_EMIT failuresChanged();
        }
    });
}

TaskListController::~TaskListController() = default;

QString TaskListController::nameOf(const QUuid& profileId) const
{
    const auto profile = m_profiles->profile(profileId);
    return profile ? profile->name : QString();
}

QString TaskListController::profileName() const
{
    return m_all ? QString() : nameOf(m_profileId);
}

void TaskListController::setProfile(const QUuid& id)
{
    setScope(false, id);
}

void TaskListController::setAllProfiles()
{
    setScope(true, {});
}

void TaskListController::setScope(bool all, const QUuid& id)
{
    if (all == m_all && (all || id == m_profileId)) {
        return;
    }
    m_all = all;
    m_profileId = id;
    ++m_generation;
    m_reportedFailures.clear();
    Q_EMIT tasksReset();
    // What the watch already knows shows at once; a refresh brings it up
    // to date (a profile seen a minute ago may have changed since).
    for (const QUuid& profileId : scopeProfiles()) {
        const auto* state = m_watch->state(profileId);
        if (!state) {
            continue;
        }
        if (state->loaded || state->cachedAsOf.isValid()) {
            Q_EMIT profileTasksLoaded(profileId, state->tasks);
        }
        if (state->error.isError()) {
            onProfileFailed(profileId, state->error);
        }
    }
    if (!all && !id.isNull()) {
        m_watch->refresh(id);
    }
    updateBusy();
}

bool TaskListController::inScope(const QUuid& profileId) const
{
    return m_all ? m_profiles->profile(profileId).has_value()
                 : (!m_profileId.isNull() && profileId == m_profileId);
}

QList<QUuid> TaskListController::scopeProfiles() const
{
    QList<QUuid> ids;
    if (m_all) {
        for (const Profile& profile : m_profiles->profiles()) {
            ids.append(profile.id);
        }
    } else if (!m_profileId.isNull()) {
        ids.append(m_profileId);
    }
    return ids;
}

QList<ProfileTask> TaskListController::tasks() const
{
    QList<ProfileTask> tasks;
    for (const QUuid& profileId : scopeProfiles()) {
        if (const auto* state = m_watch->state(profileId)) {
            for (const SyncTask& task : state->tasks) {
                tasks.append({profileId, task});
            }
        }
    }
    return tasks;
}

std::optional<SyncTask> TaskListController::task(const QUuid& profileId, const QString& id) const
{
    return m_watch->task(profileId, id);
}

QString TaskListController::taskName(const QUuid& profileId, const QString& taskId) const
{
    const auto found = task(profileId, taskId);
    return found ? found->displayName() : taskId;
}

bool TaskListController::isBusy() const
{
    return m_busy;
}

void TaskListController::updateBusy()
{
    bool busy = m_work > 0;
    for (const QUuid& profileId : scopeProfiles()) {
        if (const auto* state = m_watch->state(profileId); state && state->refreshing) {
            busy = true;
            break;
        }
    }
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

bool TaskListController::hasLoaded() const
{
    const QList<QUuid> ids = scopeProfiles();
    if (ids.isEmpty()) {
        return false;
    }
    for (const QUuid& profileId : ids) {
        const auto* state = m_watch->state(profileId);
        if (!state || (!state->loaded && !state->error.isError())) {
            return false;
        }
    }
    // One profile that never loaded is "could not be loaded", not "loaded".
    if (!m_all) {
        const auto* state = m_watch->state(ids.constFirst());
        return state && state->loaded;
    }
    return true;
}

QDateTime TaskListController::lastRefreshed() const
{
    QDateTime oldest;
    for (const QUuid& profileId : scopeProfiles()) {
        const auto* state = m_watch->state(profileId);
        if (!state || !state->lastRefreshed.isValid()) {
            continue;
        }
        if (!oldest.isValid() || state->lastRefreshed < oldest) {
            oldest = state->lastRefreshed;
        }
    }
    return oldest;
}

QDateTime TaskListController::cachedAsOf() const
{
    QDateTime oldest;
    for (const QUuid& profileId : scopeProfiles()) {
        const auto* state = m_watch->state(profileId);
        if (state && state->cachedAsOf.isValid()
            && (!oldest.isValid() || state->cachedAsOf < oldest)) {
            oldest = state->cachedAsOf;
        }
    }
    return oldest;
}

QList<QUuid> TaskListController::failingProfiles() const
{
    QList<QUuid> failing;
    for (const QUuid& profileId : scopeProfiles()) {
        if (const auto* state = m_watch->state(profileId); state && state->error.isError()) {
            failing.append(profileId);
        }
    }
    return failing;
}

void TaskListController::refresh()
{
    // Asked for: a failure is worth saying again.
    m_reportedFailures.clear();
    for (const QUuid& profileId : scopeProfiles()) {
        m_watch->refresh(profileId);
    }
    updateBusy();
}

void TaskListController::onProfileRefreshed(const QUuid& profileId)
{
    if (!inScope(profileId)) {
        return;
    }
    if (m_reportedFailures.removeAll(profileId) > 0) {
        Q_EMIT profileRecovered(profileId);
        if (m_all) {
            Q_EMIT failuresChanged();
        }
    }
    if (const auto* state = m_watch->state(profileId)) {
        Q_EMIT profileTasksLoaded(profileId, state->tasks);
    }
    updateBusy();
    Q_EMIT refreshed(profileId);
}

void TaskListController::onProfileFailed(const QUuid& profileId, const ApiError& error)
{
    if (!inScope(profileId)) {
        return;
    }
    updateBusy();
    // Said once while it keeps failing on its own schedule, and again when
    // the user asks.
    if (m_reportedFailures.contains(profileId)) {
        return;
    }
    m_reportedFailures.append(profileId);
    if (m_all) {
        Q_EMIT failuresChanged();
        return;
    }
    const bool signIn =
        error.kind() == ApiError::Kind::Authentication || error.kind() == ApiError::Kind::Keychain;
    Q_EMIT refreshFailed(
        signIn ? tr("Could not sign in with profile “%1”").arg(nameOf(profileId))
               : tr("Could not load the tasks of profile “%1”").arg(nameOf(profileId)),
        error);
}

void TaskListController::beginWork()
{
    ++m_work;
    updateBusy();
}

void TaskListController::endWork()
{
    if (m_work > 0) {
        --m_work;
    }
    updateBusy();
}

void TaskListController::track(OmsJob* job)
{
    // A job ends by deleting itself, also when its session is dropped before
    // it finished: the busy count follows the object, not the signal.
    beginWork();
    connect(job, &QObject::destroyed, this, &TaskListController::endWork);
}

void TaskListController::loadStatistics(const QUuid& profileId, const QString& taskId,
                                        const StatisticsRange& range)
{
    const quint64 generation = m_generation;
    m_profiles->withSession(
        profileId, this,
        [this, generation, profileId, taskId, range](ProfileSession* session,
                                                     const ApiError& error) {
            if (generation != m_generation) {
                return;
            }
            if (!session) {
                Q_EMIT statisticsFailed(profileId, taskId, error);
                return;
            }
            StatisticsJob* job = session->client()->statistics(
                taskId, range.from, range.to, {allStatisticTypes.begin(), allStatisticTypes.end()});
            connect(job, &OmsJob::finished, this,
                    [this, job, generation, profileId, taskId, range] {
                        if (generation != m_generation) {
                            return;
                        }
                        if (job->error().isError()) {
                            Q_EMIT statisticsFailed(profileId, taskId, job->error());
                        } else {
                            Q_EMIT statisticsLoaded(profileId, taskId, job->statistics(), range);
                        }
                    });
        });
}

QList<std::pair<QUuid, QStringList>> TaskListController::byProfile(const QList<ProfileTask>& tasks)
{
    QList<std::pair<QUuid, QStringList>> groups;
    for (const ProfileTask& entry : tasks) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const auto& each) { return each.first == entry.profileId; });
        if (group == groups.end()) {
            groups.append({entry.profileId, {}});
            group = groups.end() - 1;
        }
        group->second.append(entry.task.id);
    }
    return groups;
}

void TaskListController::forEachInSession(
    const QList<ProfileTask>& tasks,
    std::function<void(ProfileSession*, const QUuid&, const QString&, std::function<void()>)> act)
{
    // One sign-in per profile, however many of its tasks are acted on; the
    // profile is refreshed once its last task was answered.
    for (const auto& [profileId, taskIds] : byProfile(tasks)) {
        auto left = std::make_shared<qsizetype>(taskIds.size());
        beginWork();
        m_profiles->withSession(
            profileId, this,
            [this, taskIds, profileId, left, act](ProfileSession* session, const ApiError& error) {
                endWork();
                if (!session) {
                    m_profiles->reportOutcome(profileId, error);
                    Q_EMIT errorOccurred(
                        tr("Could not sign in with profile “%1”").arg(nameOf(profileId)), error);
                    return;
                }
                for (const QString& taskId : taskIds) {
                    act(session, profileId, taskId, [this, profileId, left] {
                        if (--*left == 0) {
                            m_watch->refresh(profileId);
                        }
                    });
                }
            });
    }
}

void TaskListController::stopTasks(const QList<ProfileTask>& tasks)
{
    forEachInSession(
        tasks,
        [this](ProfileSession* session, const QUuid& profileId, const QString& taskId,
               std::function<void()> answered) {
            Q_EMIT stopping(profileId, taskId);
            TaskActionJob* job = session->client()->stopTask(taskId);
            track(job);
            connect(job, &OmsJob::finished, this, [this, job, taskId, profileId, answered] {
                m_profiles->reportOutcome(profileId, job->error());
                if (job->error().isError()) {
                    Q_EMIT errorOccurred(tr("Could not stop “%1”").arg(taskName(profileId, taskId)),
                                         job->error());
                } else {
                    Q_EMIT actionDone(tr("Stopped “%1”.").arg(taskName(profileId, taskId)));
                }
                answered();
            });
        });
}

void TaskListController::deleteTasks(const QList<ProfileTask>& tasks)
{
    forEachInSession(
        tasks,
        [this](ProfileSession* session, const QUuid& profileId, const QString& taskId,
               std::function<void()> answered) {
            // Named now: once deleted, the next refresh no longer knows it.
            const QString name = taskName(profileId, taskId);
            TaskActionJob* job = session->client()->deleteTask(taskId);
            track(job);
            connect(job, &OmsJob::finished, this, [this, job, taskId, profileId, name, answered] {
                m_profiles->reportOutcome(profileId, job->error());
                if (job->error().isError()) {
                    Q_EMIT errorOccurred(tr("Could not delete “%1”").arg(name), job->error());
                } else {
                    Q_EMIT actionDone(tr("Deleted “%1”.").arg(name));
                    // Keys of a task that is gone serve nothing.
                    if (hasRememberedKeys(profileId, taskId)) {
                        m_profiles->forgetStartKeys(
                            profileId, taskId, this, [this, name](const ApiError& forgetError) {
                                if (forgetError.isError()) {
                                    Q_EMIT errorOccurred(tr("“%1” was deleted, but its remembered "
                                                            "keys could not be forgotten")
                                                             .arg(name),
                                                         forgetError);
                                }
                            });
                    }
                }
                answered();
            });
        });
}

bool TaskListController::hasRememberedKeys(const QUuid& profileId, const QString& taskId) const
{
    return !profileId.isNull() && m_profiles->hasRememberedKeys(profileId, taskId);
}

void TaskListController::forgetStartKeys(const QUuid& profileId, const QString& taskId)
{
    m_profiles->forgetStartKeys(
        profileId, taskId, this, [this, profileId, taskId](const ApiError& error) {
            if (error.isError()) {
                Q_EMIT errorOccurred(
                    tr("Could not forget the keys of “%1”").arg(taskName(profileId, taskId)),
                    error);
            } else {
                Q_EMIT actionDone(
                    tr("Forgot the remembered keys of “%1”.").arg(taskName(profileId, taskId)));
            }
        });
}

} // namespace OmsSync::Gui
