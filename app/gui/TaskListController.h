// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "SyncTask.h"
#include "SyncTaskStatistics.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class QTimer;

namespace OmsSync {
class OmsJob;
} // namespace OmsSync

namespace OmsSync::Gui {

class ProfileController;

// The sync tasks of the selected profile: loads them (every page, then each
// task's monthly figures), stops them (StartFlow starts them), and fetches
// the 24-hour statistics, all through OmsClient jobs of the profile's session. Results
// and errors come back as signals; nothing here blocks, and answers that
// arrive after the profile was switched are dropped.
class TaskListController : public QObject
{
    Q_OBJECT

public:
    static constexpr int statisticsHours = 24;
    // OMS allows five tasks a tenant; a service that lists thousands does
    // not get thousands of requests for their monthly figures every minute.
    static constexpr int maxDetailRequests = 50;

    explicit TaskListController(ProfileController* profiles, QObject* parent = nullptr);
    ~TaskListController() override;

    ProfileController* profiles() const { return m_profiles; }
    void setProfile(const QUuid& id);
    QUuid profileId() const { return m_profileId; }
    QString profileName() const;

    const QList<SyncTask>& tasks() const { return m_tasks; }
    std::optional<SyncTask> task(const QString& id) const;
    bool isBusy() const { return m_busy > 0; }
    bool hasLoaded() const { return m_loaded; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

    // Asked for by the user: also after a refused sign-in.
    void refresh();
    // The sign-in was refused: automatic refreshes wait for the user, since
    // retrying a wrong password every minute can get the IAM user locked.
    bool isSignInRefused() const { return m_signInRefused; }
    // Seconds between refreshes while active; 0 turns it off.
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_autoRefreshSeconds; }
    // The window is visible: refresh on the interval. Hidden: do not.
    void setAutoRefreshActive(bool active);
    bool isAutoRefreshRunning() const;

    void loadStatistics(const QString& taskId);

    void stopTasks(const QStringList& taskIds);
    bool hasRememberedKeys(const QString& taskId) const;
    void forgetStartKeys(const QString& taskId);

Q_SIGNALS:
    // The profile changed: the list is empty until tasksLoaded().
    void tasksReset();
    void tasksLoaded(const QList<OmsSync::SyncTask>& tasks);
    // One task with this month's figures (ShowSyncTask), or after a start or stop.
    void taskUpdated(const OmsSync::SyncTask& task);
    void statisticsLoaded(const QString& taskId, const OmsSync::SyncTaskStatistics& statistics,
                          const QDateTime& from, const QDateTime& to);
    void statisticsFailed(const QString& taskId, const OmsSync::ApiError& error);
    // What failed, in a sentence, and the service's error.
    void errorOccurred(const QString& what, const OmsSync::ApiError& error);
    // A sentence for the status bar: "Started “Shop static files”."
    void actionDone(const QString& message);
    void busyChanged(bool busy);
    void refreshed();

private:
    void autoRefresh();
    void noteOutcome(const ApiError& error);
    void track(OmsJob* job);
    void beginWork();
    void endWork();
    void loadDetails(const QString& taskId);
    void applyTask(const SyncTask& task);
    QString taskName(const QString& taskId) const;
    void updateTimer();

    ProfileController* m_profiles;
    QUuid m_profileId;
    quint64 m_generation = 0;
    QList<SyncTask> m_tasks;
    bool m_loaded = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_signInRefused = false;
    int m_busy = 0;
    QDateTime m_lastRefreshed;
    QTimer* m_autoRefresh;
    int m_autoRefreshSeconds = 0;
    bool m_autoRefreshActive = false;
};

} // namespace OmsSync::Gui
