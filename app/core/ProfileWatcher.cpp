// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileWatcher.h"

#include "OmsClient.h"
#include "ProfileSession.h"
#include "TaskSnapshotJob.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync {

ProfileWatcher::ProfileWatcher(const QUuid& profileId, SessionSource sessions, QObject* parent)
    : QObject(parent)
    , m_profileId(profileId)
    , m_sessions(std::move(sessions))
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(u"profileRefreshTimer"_s);
    m_timer->setSingleShot(true);
    // Minutes apart: a few hundred milliseconds either way let the system
    // wake up once for several timers.
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_nextRefresh = {};
        if (m_paused) {
            m_dueWhilePaused = true;
        } else {
            run();
        }
    });
}

ProfileWatcher::~ProfileWatcher() = default;

void ProfileWatcher::setInterval(RefreshSchedule::Duration interval)
{
    if (interval == m_schedule.interval()) {
        return;
    }
    m_schedule.setInterval(interval);
    if (m_timer->isActive()) {
        planNext();
    }
}

void ProfileWatcher::setFocusedTasks(const QStringList& taskIds)
{
    const bool added = std::any_of(taskIds.cbegin(), taskIds.cend(),
                                   [this](const QString& id) { return !m_focused.contains(id); });
    m_focused = taskIds;
    if (added && m_started && !m_lastHadAllFigures && m_lastSuccess.isValid()) {
        refreshNow();
    }
}

void ProfileWatcher::start()
{
    m_started = true;
    refreshNow();
}

void ProfileWatcher::stop()
{
    m_started = false;
    m_timer->stop();
    m_nextRefresh = {};
    m_dueWhilePaused = false;
    // An answer still on its way is dropped.
    ++m_generation;
    m_refreshing = false;
    m_again = false;
}

void ProfileWatcher::refreshNow()
{
    if (m_paused) {
        m_dueWhilePaused = true;
        return;
    }
    if (m_refreshing) {
        m_again = true;
        return;
    }
    run();
}

void ProfileWatcher::setPaused(bool paused)
{
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (!paused && m_dueWhilePaused) {
        m_dueWhilePaused = false;
        refreshNow();
    }
}

void ProfileWatcher::run()
{
    m_timer->stop();
    m_nextRefresh = {};
    m_refreshing = true;
    m_again = false;
    const quint64 generation = ++m_generation;
    Q_EMIT refreshStarted();
    m_sessions(this, [this, generation](ProfileSession* session, const ApiError& error) {
        if (generation != m_generation) {
            return;
        }
        if (!session) {
            done(error);
            return;
        }
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const bool allFigures = m_allFiguresEvery.count() == 0 || !m_lastAllFigures.isValid()
            || m_lastAllFigures.msecsTo(started) >= m_allFiguresEvery.count();
        TaskSnapshotJob* job = session->client()->snapshotTasks(
            m_maxDetails, allFigures ? std::nullopt : std::optional<QStringList>(m_focused));
        // A job dropped with its session (the profile was edited) never
        // finishes: ask again, with the new session.
        connect(job, &QObject::destroyed, this, [this, generation] {
            if (generation == m_generation && m_refreshing) {
                run();
            }
        });
        connect(job, &TaskSnapshotJob::listed, this,
                [this, generation](const QList<SyncTask>& tasks) {
                    if (generation == m_generation) {
                        Q_EMIT listed(tasks);
                    }
                });
        connect(job, &OmsJob::finished, this, [this, job, generation, allFigures, started] {
            if (generation != m_generation) {
                return;
            }
            m_refreshing = false;
            if (job->error().isError()) {
                done(job->error());
                return;
            }
            if (allFigures) {
                m_lastAllFigures = started;
            }
            m_lastHadAllFigures = allFigures;
            m_schedule.succeeded();
            m_lastSuccess = QDateTime::currentDateTimeUtc();
            planNext();
            Q_EMIT refreshed(job->tasks());
            if (m_again) {
                refreshNow();
            }
        });
    });
}

void ProfileWatcher::done(const ApiError& error)
{
    m_refreshing = false;
    m_schedule.failed();
    planNext();
    Q_EMIT failed(error);
    if (m_again) {
        refreshNow();
    }
}

void ProfileWatcher::planNext()
{
    if (!m_started) {
        return;
    }
    const auto delay = m_schedule.nextDelay();
    m_timer->start(delay);
    m_nextRefresh = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
}

} // namespace OmsSync
