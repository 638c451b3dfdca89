// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ProfileTask.h"
#include "StatisticsRange.h"
#include "SyncTask.h"
#include "SyncTaskStatistics.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace OmsSync {
class OmsJob;
class ProfileSession;
} // namespace OmsSync

namespace OmsSync::Gui {

class ProfileController;
class WatchController;

// What the main window shows: the tasks of one profile, or of every profile
// (the overview), as the WatchController last saw them; and what the window
// does with them: stop (StartFlow starts), a task's statistics, the
// remembered keys. Results and errors come back as signals; nothing here
// blocks, and answers that arrive after the selection changed are dropped.
class TaskListController : public QObject
{
    Q_OBJECT

public:
    explicit TaskListController(WatchController* watch, QObject* parent = nullptr);
    ~TaskListController() override;

    ProfileController* profiles() const { return m_profiles; }
    WatchController* watch() const { return m_watch; }

    // One profile (null: none).
    void setProfile(const QUuid& id);
    // Every profile.
    void setAllProfiles();
    bool isAllProfiles() const { return m_all; }
    // The one profile shown; null in the overview.
    QUuid profileId() const { return m_all ? QUuid() : m_profileId; }
    bool hasScope() const { return m_all || !m_profileId.isNull(); }
    bool inScope(const QUuid& profileId) const;
    QList<QUuid> scopeProfiles() const;
    QString profileName() const;

    QList<ProfileTask> tasks() const;
    std::optional<SyncTask> task(const QUuid& profileId, const QString& id) const;
    // A refresh of a profile in scope, or an action, is under way.
    bool isBusy() const;
    // Every profile in scope was loaded or failed at least once.
    bool hasLoaded() const;
    // The oldest last success among the profiles in scope.
    QDateTime lastRefreshed() const;
    // Invalid, or how old the oldest list in scope is that still comes from
    // the last run's cache (no refresh of it succeeded yet).
    QDateTime cachedAsOf() const;
    // Profiles in scope whose last refresh failed.
    QList<QUuid> failingProfiles() const;

    // Asked for by the user: every profile in scope, now.
    void refresh();

    // Every series of the task over `range`, in as many pieces as it takes.
    void loadStatistics(const QUuid& profileId, const QString& taskId,
                        const StatisticsRange& range);

    void stopTasks(const QList<ProfileTask>& tasks);
    // Deletes paused tasks (confirmed by the caller) and forgets their
    // remembered keys with them.
    void deleteTasks(const QList<ProfileTask>& tasks);
    bool hasRememberedKeys(const QUuid& profileId, const QString& taskId) const;
    void forgetStartKeys(const QUuid& profileId, const QString& taskId);

Q_SIGNALS:
    // The scope changed: the list is empty until profileTasksLoaded().
    void tasksReset();
    // The tasks of one profile in scope, after a refresh.
    void profileTasksLoaded(const QUuid& profileId, const QList<OmsSync::SyncTask>& tasks);
    void statisticsLoaded(const QUuid& profileId, const QString& taskId,
                          const OmsSync::SyncTaskStatistics& statistics,
                          const OmsSync::StatisticsRange& range);
    void statisticsFailed(const QUuid& profileId, const QString& taskId,
                          const OmsSync::ApiError& error);
    // What failed, in a sentence, and the service's error.
    void errorOccurred(const QString& what, const OmsSync::ApiError& error);
    // The refresh of the one profile shown failed (said once while it keeps
    // failing on its own; the overview reports through failuresChanged()).
    void refreshFailed(const QString& what, const OmsSync::ApiError& error);
    // A profile in scope refreshed fine again after failing.
    void profileRecovered(const QUuid& profileId);
    // Which profiles in scope fail changed (the overview's notice).
    void failuresChanged();
    // A sentence for the status bar: "Started “Shop static files”."
    void actionDone(const QString& message);
    // A stop is about to be sent: the notifications know it was not the service.
    void stopping(const QUuid& profileId, const QString& taskId);
    void busyChanged(bool busy);
    void refreshed(const QUuid& profileId);

private:
    void setScope(bool all, const QUuid& id);
    void onProfileRefreshed(const QUuid& profileId);
    void onProfileFailed(const QUuid& profileId, const ApiError& error);
    void track(OmsJob* job);
    // Signs in once per profile and calls `act` for each of its tasks;
    // `act` calls its last argument when the task's answer came.
    void forEachInSession(
        const QList<ProfileTask>& tasks,
        std::function<void(ProfileSession*, const QUuid&, const QString&, std::function<void()>)>
            act);
    // The tasks grouped by profile, in the order their profiles first appear.
    static QList<std::pair<QUuid, QStringList>> byProfile(const QList<ProfileTask>& tasks);
    void beginWork();
    void endWork();
    void updateBusy();
    QString taskName(const QUuid& profileId, const QString& taskId) const;
    QString nameOf(const QUuid& profileId) const;

    WatchController* m_watch;
    ProfileController* m_profiles;
    QUuid m_profileId;
    bool m_all = false;
    quint64 m_generation = 0;
    // Profiles whose failure was reported (reported again only after a success).
    QList<QUuid> m_reportedFailures;
    int m_work = 0;
    bool m_busy = false;
};

} // namespace OmsSync::Gui
