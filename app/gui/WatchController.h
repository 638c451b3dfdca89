// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ProfileTask.h"
#include "SyncTask.h"
#include "TaskChangeDetector.h"
#include "WatchEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

#include <chrono>
#include <memory>
#include <optional>

namespace OmsSync {
class NetworkMonitor;
class ProfileWatcher;
class TaskListCache;
} // namespace OmsSync

class QTimer;

namespace OmsSync::Gui {

class ProfileController;

// The desktop application's watch: every profile's tasks, refreshed
// concurrently on one interval (a ProfileWatcher each, backing off while a
// profile fails, all paused while the machine is offline), whether a window
// shows them or the application sits in the tray. Windows, the tray icon and
// the notifications read the tasks and the changes from here; nothing else
// lists tasks on its own.
class WatchController : public QObject
{
    Q_OBJECT

public:
    struct ProfileState
    {
        QList<SyncTask> tasks;
        bool loaded = false; // a refresh succeeded at least once
        bool refreshing = false;
        QDateTime lastRefreshed; // of the last success
        ApiError error; // of the last refresh; none when it succeeded
        // Valid while `tasks` are the ones saved by the last run (as of this
        // time), until a refresh succeeds.
        QDateTime cachedAsOf;
    };

    struct Summary
    {
        int profiles = 0;
        int running = 0;
        int paused = 0;
        QList<ProfileTask> pausedTasks;
        QList<QUuid> failingProfiles;
    };

    explicit WatchController(ProfileController* profiles, QObject* parent = nullptr);
    ~WatchController() override;

    ProfileController* profiles() const { return m_profiles; }

    // Shows what `cache` kept of each profile until its first refresh, and
    // keeps every refresh in it for next time. Before start(); the cache
    // outlives the watch.
    void setTaskListCache(TaskListCache* cache);

    // Seconds between refreshes of each profile; 0: only when asked.
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    // Starts watching every profile (each refreshes once at once).
    void start();
    bool isStarted() const { return m_started; }

    void refresh(const QUuid& profileId);
    void refreshAll();
    // The task a window shows in detail (none: empty): its figures come with
    // every refresh, the others' every allFiguresEvery.
    void setFocusedTask(const QUuid& profileId, const QString& taskId);

    const ProfileState* state(const QUuid& profileId) const;
    std::optional<SyncTask> task(const QUuid& profileId, const QString& taskId) const;
    bool isRefreshing() const;
    Summary summary() const;
    // When the next automatic refresh of the profile is planned (tests).
    QDateTime nextRefresh(const QUuid& profileId) const;

    TaskChangeDetector& detector() { return m_detector; }

Q_SIGNALS:
    void refreshStarted(const QUuid& profileId);
    void profileRefreshed(const QUuid& profileId);
    void profileFailed(const QUuid& profileId, const OmsSync::ApiError& error);
    void busyChanged(bool busy);
    // What changed since the last refresh of one profile.
    void changesDetected(const QList<OmsSync::WatchEvent>& events);
    // The counts, paused tasks or failing profiles may differ.
    void summaryChanged();

private:
    // What a refresh brought, until it is handed on.
    struct Arrival
    {
        std::optional<QList<SyncTask>> tasks; // none: it failed
        ApiError error;
        bool listOnly = false; // the figures are still on their way
    };

    // The UI thread hands on this much of the arrivals in one go, then lets
    // input and painting in: 50 profiles answering at once must not freeze
    // the window.
    static constexpr std::chrono::milliseconds deliveryBudget {4};
    // Every task's figures (a request each) at most this often: the list
    // columns and the failure notifications can wait that long, and a
    // watch of many profiles sends a sixth of the requests.
    static constexpr std::chrono::minutes allFiguresEvery {10};

    void syncProfiles();
    void arrive(const QUuid& profileId, Arrival arrival);
    void deliver();
    void onRefreshed(const QUuid& profileId, const QList<SyncTask>& tasks);
    void onListed(const QUuid& profileId, const QList<SyncTask>& tasks);
    // Shows `tasks` as the profile's list; null when it is no longer watched.
    ProfileState* takeTasks(const QUuid& profileId, const QList<SyncTask>& tasks);
    // The new tasks, each without figures keeping the ones it had.
    QList<SyncTask> withKnownFigures(const QUuid& profileId, const QList<SyncTask>& tasks) const;
    void onFailed(const QUuid& profileId, const ApiError& error);
    void setRefreshing(const QUuid& profileId, bool refreshing);

    ProfileController* m_profiles;
    TaskListCache* m_cache = nullptr;
    OmsSync::NetworkMonitor* m_network;
    TaskChangeDetector m_detector;
    QHash<QUuid, ProfileWatcher*> m_watchers;
    QHash<QUuid, ProfileState> m_states;
    QList<QUuid> m_arrivalOrder;
    QHash<QUuid, Arrival> m_arrivals;
    QTimer* m_delivery;
    QUuid m_focusedProfile;
    QString m_focusedTask;
    int m_intervalSeconds = 60;
    int m_refreshing = 0;
    bool m_started = false;
};

} // namespace OmsSync::Gui
