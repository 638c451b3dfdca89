// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "RefreshSchedule.h"
#include "SyncTask.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

class QTimer;

namespace OmsSync {

class ProfileSession;

// Refreshes one profile's tasks (with this month's figures) on its
// RefreshSchedule, backing off while it fails. Between refreshes nothing
// runs but one single-shot timer. Sessions come from whoever keeps them (the
// desktop application's ProfileController, oms-sync's ProfileService), so
// that a watch and a window share one sign-in.
class ProfileWatcher : public QObject
{
    Q_OBJECT

public:
    using SessionReady = std::function<void(ProfileSession*, const ApiError&)>;
    // Calls `ready` once with the profile's session, unless `context` is gone.
    using SessionSource = std::function<void(QObject* context, SessionReady ready)>;

    ProfileWatcher(const QUuid& profileId, SessionSource sessions, QObject* parent = nullptr);
    ~ProfileWatcher() override;

    const QUuid& profileId() const { return m_profileId; }
    void setInterval(RefreshSchedule::Duration interval);
    const RefreshSchedule& schedule() const { return m_schedule; }
    // OMS allows five tasks a tenant; a service that lists thousands does
    // not get thousands of requests for their figures every minute.
    void setMaxDetailRequests(int count) { m_maxDetails = count; }
    // Every task's figures take a request each: with an interval set, they
    // are asked for at most that often, and in between only for the tasks
    // in focus (the one a window shows). Zero, the default: every refresh.
    void setAllFiguresInterval(RefreshSchedule::Duration interval) { m_allFiguresEvery = interval; }
    // A task that comes into focus gets its figures at once unless the last
    // refresh brought every task's.
    void setFocusedTasks(const QStringList& taskIds);
    const QStringList& focusedTasks() const { return m_focused; }

    // Refreshes now, then on the schedule.
    void start();
    void stop();
    bool isStarted() const { return m_started; }
    // Refreshes now (asked for by the user, or after an action): the next
    // automatic one counts from its end. A refresh already running is
    // followed by one more.
    void refreshNow();
    // While paused (the network is down) nothing is sent; resuming refreshes
    // at once when a refresh came due meanwhile.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRefreshing() const { return m_refreshing; }
    // When the next automatic refresh runs; invalid when none is planned.
    QDateTime nextRefresh() const { return m_nextRefresh; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

Q_SIGNALS:
    void refreshStarted();
    // The list of a refresh whose figures are still on their way; refreshed()
    // follows (or failed(), should the refresh be dropped).
    void listed(const QList<OmsSync::SyncTask>& tasks);
    void refreshed(const QList<OmsSync::SyncTask>& tasks);
    void failed(const OmsSync::ApiError& error);

private:
    void run();
    void done(const ApiError& error);
    void planNext();

    QUuid m_profileId;
    SessionSource m_sessions;
    RefreshSchedule m_schedule;
    QTimer* m_timer;
    int m_maxDetails = 50;
    RefreshSchedule::Duration m_allFiguresEvery {0};
    QStringList m_focused;
    QDateTime m_lastAllFigures; // when a refresh last brought every task's
    bool m_lastHadAllFigures = false;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_refreshing = false;
    bool m_again = false;
    bool m_dueWhilePaused = false;
    QDateTime m_nextRefresh;
    QDateTime m_lastSuccess;
};

} // namespace OmsSync
