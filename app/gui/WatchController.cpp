// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchController.h"

#include "NetworkMonitor.h"
#include "ProfileController.h"
#include "ProfileWatcher.h"
#include "TaskListCache.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

WatchController::WatchController(ProfileController* profiles, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_network(new NetworkMonitor(this, std::chrono::seconds(1)))
    , m_delivery(new QTimer(this))
{
    // After the events waiting now: answers that came together are handed
    // on in slices.
    m_delivery->setObjectName(u"watchDelivery"_s);
    m_delivery->setSingleShot(true);
    m_delivery->setInterval(0);
    connect(m_delivery, &QTimer::timeout, this, &WatchController::deliver);
    connect(m_profiles, &ProfileController::profilesChanged, this, &WatchController::syncProfiles);
    connect(m_network, &NetworkMonitor::onlineChanged, this, [this](bool online) {
        for (ProfileWatcher* watcher : std::as_const(m_watchers)) {
            watcher->setPaused(!online);
        }
    });
}

WatchController::~WatchController() = default;

void WatchController::setInterval(int seconds)
{
    m_intervalSeconds = std::max(seconds, 0);
    for (ProfileWatcher* watcher : std::as_const(m_watchers)) {
        if (m_intervalSeconds > 0) {
            watcher->setInterval(std::chrono::seconds(m_intervalSeconds));
            if (m_started && !watcher->isStarted()) {
                watcher->start();
            }
        } else if (watcher->isStarted()) {
            watcher->stop();
            setRefreshing(watcher->profileId(), false);
        }
    }
}

void WatchController::setTaskListCache(TaskListCache* cache)
{
    Q_ASSERT(!m_started);
    m_cache = cache;
    if (!m_cache) {
        return;
    }
    QList<QUuid> ids;
    for (const Profile& profile : m_profiles->profiles()) {
        ids.append(profile.id);
        if (auto kept = m_cache->recall(profile)) {
            ProfileState& state = m_states[profile.id];
            state.tasks = std::move(kept->tasks);
            state.cachedAsOf = kept->asOf;
        }
    }
    m_cache->retainOnly(ids);
}

void WatchController::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    syncProfiles();
}

void WatchController::syncProfiles()
{
    if (!m_started) {
        return;
    }
    QSet<QUuid> present;
    for (const Profile& profile : m_profiles->profiles()) {
        present.insert(profile.id);
        if (m_watchers.contains(profile.id)) {
            continue;
        }
        const QUuid id = profile.id;
        auto* watcher = new ProfileWatcher(
            id,
            [this, id](QObject* context, ProfileWatcher::SessionReady ready) {
                m_profiles->withSession(id, context, std::move(ready));
            },
            this);
        watcher->setPaused(!m_network->isOnline());
        watcher->setAllFiguresInterval(allFiguresEvery);
        if (id == m_focusedProfile && !m_focusedTask.isEmpty()) {
            watcher->setFocusedTasks({m_focusedTask});
        }
        connect(watcher, &ProfileWatcher::refreshStarted, this, [this, id] {
            if (m_profiles->signInState(id) != ProfileController::SignInState::Connected) {
                m_profiles->markConnecting(id);
            }
            setRefreshing(id, true);
            Q_EMIT refreshStarted(id);
        });
        // The first list of this run is shown before its figures come: it
        // replaces the one kept from the last run a round trip sooner.
        connect(watcher, &ProfileWatcher::listed, this, [this, id](const QList<SyncTask>& tasks) {
            const ProfileState* known = state(id);
            if (known && !known->loaded) {
                arrive(id, {tasks, {}, true});
            }
        });
        connect(watcher, &ProfileWatcher::refreshed, this,
                [this, id](const QList<SyncTask>& tasks) {
                    arrive(id, {tasks, {}});
                });
        connect(watcher, &ProfileWatcher::failed, this, [this, id](const ApiError& error) {
            arrive(id, {std::nullopt, error});
        });
        m_watchers.insert(id, watcher);
        if (!m_states.contains(id)) { // what the cache kept stays
            m_states.insert(id, {});
        }
        if (m_intervalSeconds > 0) {
            watcher->setInterval(std::chrono::seconds(m_intervalSeconds));
            watcher->start();
        } else {
            watcher->refreshNow();
        }
    }
    bool removed = false;
    for (auto it = m_watchers.begin(); it != m_watchers.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        setRefreshing(it.key(), false);
        m_arrivals.remove(it.key());
        m_arrivalOrder.removeOne(it.key());
        m_detector.forget(it.key());
        m_states.remove(it.key());
        if (m_cache) {
            m_cache->forget(it.key());
        }
        delete it.value();
        it = m_watchers.erase(it);
        removed = true;
    }
    if (removed) {
        Q_EMIT summaryChanged();
    }
}

void WatchController::refresh(const QUuid& profileId)
{
    if (ProfileWatcher* watcher = m_watchers.value(profileId)) {
        watcher->refreshNow();
    }
}

void WatchController::setFocusedTask(const QUuid& profileId, const QString& taskId)
{
    if (profileId == m_focusedProfile && taskId == m_focusedTask) {
        return;
    }
    if (ProfileWatcher* before = m_watchers.value(m_focusedProfile)) {
        before->setFocusedTasks({});
    }
    m_focusedProfile = profileId;
    m_focusedTask = taskId;
    if (ProfileWatcher* watcher = m_watchers.value(profileId); watcher && !taskId.isEmpty()) {
        watcher->setFocusedTasks({taskId});
    }
}

void WatchController::refreshAll()
{
    for (ProfileWatcher* watcher : std::as_const(m_watchers)) {
        watcher->refreshNow();
    }
}

const WatchController::ProfileState* WatchController::state(const QUuid& profileId) const
{
    const auto it = m_states.constFind(profileId);
    return it == m_states.constEnd() ? nullptr : &it.value();
}

std::optional<SyncTask> WatchController::task(const QUuid& profileId, const QString& taskId) const
{
    if (const ProfileState* known = state(profileId)) {
        for (const SyncTask& task : known->tasks) {
            if (task.id == taskId) {
                return task;
            }
        }
    }
    return std::nullopt;
}

bool WatchController::isRefreshing() const
{
    return m_refreshing > 0;
}

void WatchController::setRefreshing(const QUuid& profileId, bool refreshing)
{
    const auto it = m_states.find(profileId);
    if (it == m_states.end() || it->refreshing == refreshing) {
        return;
    }
    it->refreshing = refreshing;
    const bool wasBusy = m_refreshing > 0;
    m_refreshing += refreshing ? 1 : -1;
    if (wasBusy != (m_refreshing > 0)) {
        Q_EMIT busyChanged(m_refreshing > 0);
    }
}

void WatchController::arrive(const QUuid& profileId, Arrival arrival)
{
    // A profile that answers twice before its first answer was handed on
    // keeps its place with the newer answer.
    if (!m_arrivals.contains(profileId)) {
        m_arrivalOrder.append(profileId);
    }
    m_arrivals.insert(profileId, std::move(arrival));
    if (!m_delivery->isActive()) {
        m_delivery->start();
    }
}

void WatchController::deliver()
{
    QElapsedTimer spent;
    spent.start();
    // At least one each time, however slow the machine.
    do {
        const QUuid profileId = m_arrivalOrder.takeFirst();
        const Arrival arrival = m_arrivals.take(profileId);
        if (arrival.tasks && arrival.listOnly) {
            onListed(profileId, *arrival.tasks);
        } else if (arrival.tasks) {
            onRefreshed(profileId, *arrival.tasks);
        } else {
            onFailed(profileId, arrival.error);
        }
    } while (!m_arrivalOrder.isEmpty()
             && spent.nsecsElapsed() < std::chrono::nanoseconds(deliveryBudget).count());
    if (!m_arrivalOrder.isEmpty()) {
        m_delivery->start();
    }
}

WatchController::ProfileState* WatchController::takeTasks(const QUuid& profileId,
                                                          const QList<SyncTask>& tasks)
{
    const auto it = m_states.find(profileId);
    if (it == m_states.end()) {
        return nullptr;
    }
    // A task whose figures could not be read this time keeps the last ones.
    it->tasks = withKnownFigures(profileId, tasks);
    it->loaded = true;
    it->lastRefreshed = QDateTime::currentDateTimeUtc();
    it->cachedAsOf = {};
    return &*it;
}

void WatchController::onRefreshed(const QUuid& profileId, const QList<SyncTask>& tasks)
{
    ProfileState* const state = takeTasks(profileId, tasks);
    if (!state) {
        return;
    }
    state->error = {};
    setRefreshing(profileId, false);
    m_profiles->reportOutcome(profileId, {});

    QList<WatchEvent> events;
    if (const auto profile = m_profiles->profile(profileId)) {
        events = m_detector.tasksSeen(*profile, tasks, state->lastRefreshed);
        if (m_cache) {
            m_cache->remember(*profile, state->tasks, state->lastRefreshed);
        }
    }
    Q_EMIT profileRefreshed(profileId);
    Q_EMIT summaryChanged();
    if (!events.isEmpty()) {
        Q_EMIT changesDetected(events);
    }
}

// Shown, not yet taken as the refresh: the refresh goes on, and what it
// finds (changes worth a notification, the list worth keeping) is judged
// when its figures are in.
void WatchController::onListed(const QUuid& profileId, const QList<SyncTask>& tasks)
{
    if (!takeTasks(profileId, tasks)) {
        return;
    }
    Q_EMIT profileRefreshed(profileId);
    Q_EMIT summaryChanged();
}

QList<SyncTask> WatchController::withKnownFigures(const QUuid& profileId,
                                                  const QList<SyncTask>& tasks) const
{
    const ProfileState* known = state(profileId);
    QList<SyncTask> fresh = tasks;
    if (!known) {
        return fresh;
    }
    for (SyncTask& task : fresh) {
        if (task.monthly) {
            continue;
        }
        for (const SyncTask& old : known->tasks) {
            if (old.id == task.id) {
                task.monthly = old.monthly;
                break;
            }
        }
    }
    return fresh;
}

void WatchController::onFailed(const QUuid& profileId, const ApiError& error)
{
    const auto it = m_states.find(profileId);
    if (it == m_states.end()) {
        return;
    }
    it->error = error;
    setRefreshing(profileId, false);
    m_profiles->reportOutcome(profileId, error);

    QList<WatchEvent> events;
    if (const auto profile = m_profiles->profile(profileId)) {
        events = m_detector.refreshFailed(*profile, error, QDateTime::currentDateTimeUtc());
    }
    Q_EMIT profileFailed(profileId, error);
    Q_EMIT summaryChanged();
    if (!events.isEmpty()) {
        Q_EMIT changesDetected(events);
    }
}

WatchController::Summary WatchController::summary() const
{
    Summary summary;
    // In the profiles' order, so that the tray lists tasks as the window does.
    for (const Profile& profile : m_profiles->profiles()) {
        const ProfileState* known = state(profile.id);
        if (!known) {
            continue;
        }
        ++summary.profiles;
        if (known->error.isError()) {
            summary.failingProfiles.append(profile.id);
        }
        for (const SyncTask& task : known->tasks) {
            if (task.status == SyncTaskStatus::Synchronizing) {
                ++summary.running;
            } else if (task.status == SyncTaskStatus::Stopped) {
                ++summary.paused;
                summary.pausedTasks.append({profile.id, task});
            }
        }
    }
    return summary;
}

QDateTime WatchController::nextRefresh(const QUuid& profileId) const
{
    const ProfileWatcher* found = m_watchers.value(profileId);
    return found ? found->nextRefresh() : QDateTime();
}

} // namespace OmsSync::Gui
