// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DesktopNotification.h"
#include "WatchEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>
#include <optional>

namespace OmsSync::Gui {

// Decides which changes the watch saw are worth a desktop notification, and
// words them: a task that paused without being stopped here, a burst of
// failed objects, a profile that can no longer sign in, and (when asked for)
// a task that someone else started. Each task and kind notifies once until
// the task's state changes again; several of one kind in one profile at once
// make one notification. Pure logic: the application feeds it the events of
// each refresh and shows what comes back.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Gui::NotificationPolicy)

public:
    enum class Kind {
        Paused,
        Failures,
        SignIn,
        Started,
    };
    // What a notification's key (and so its actions) refers to. taskId is
    // empty for a profile's sign-in and for a group of tasks.
    struct Target
    {
        Kind kind = Kind::Paused;
        QUuid profileId;
        QString taskId;

        friend bool operator==(const Target&, const Target&) = default;
    };
    // The profile as notifications name it, e.g. "Production (CN North-Beijing4)".
    using ProfileLabel = std::function<QString(const QUuid& profileId, const QString& profileName)>;

    // How long a noteStoppedHere() or noteStartedHere() mark holds when the
    // refresh that would see the change never comes.
    static constexpr std::chrono::minutes markLifetime {10};
    // A group lists this many tasks by name, then "and N more".
    static constexpr int maxListedTasks = 3;
    static constexpr qint64 defaultFailureThreshold = 100;

    NotificationPolicy() = default;

    // Without one, notifications use the profile's name.
    void setProfileLabel(ProfileLabel label) { m_profileLabel = std::move(label); }
    // Failed objects must grow by at least this much between two refreshes.
    // The TaskChangeDetector that makes the events should have the same
    // threshold (a lower one only makes events this class drops; a higher one
    // hides bursts this class would report).
    void setFailureThreshold(qint64 objects) { m_failureThreshold = std::max<qint64>(objects, 1); }
    qint64 failureThreshold() const { return m_failureThreshold; }
    // Off by default: a task someone else started needs no attention.
    void setNotifyExternalStarts(bool notify) { m_notifyExternalStarts = notify; }
    bool notifiesExternalStarts() const { return m_notifyExternalStarts; }

    // The application calls these just before it stops or starts a task, so
    // that the change this causes is not reported as someone else's. A mark
    // is used by the first matching change, or lapses after markLifetime.
    void noteStoppedHere(const QUuid& profileId, const QString& taskId,
                         const QDateTime& now = QDateTime::currentDateTimeUtc());
    void noteStartedHere(const QUuid& profileId, const QString& taskId,
                         const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The events of one or more refreshes, in order. Marks lapse relative to
    // each event's time.
    QList<DesktopNotification> notificationsFor(const QList<WatchEvent>& events);
    // The profile was removed or is no longer watched.
    void forget(const QUuid& profileId);

    static QString keyFor(const Target& target);
    static std::optional<Target> targetOf(const QString& key);

private:
    struct TaskKey
    {
        QUuid profileId;
        QString taskId;
        friend bool operator==(const TaskKey&, const TaskKey&) = default;
        friend size_t qHash(const TaskKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.profileId, key.taskId);
        }
    };
    struct Shown
    {
        TaskKey task;
        Kind kind;
        friend bool operator==(const Shown&, const Shown&) = default;
        friend size_t qHash(const Shown& shown, size_t seed = 0)
        {
            return qHashMulti(seed, shown.task, int(shown.kind));
        }
    };
    bool takeMark(QHash<TaskKey, QDateTime>& marks, const TaskKey& task, const QDateTime& when);
    bool markShown(const TaskKey& task, Kind kind);
    void clearShown(const TaskKey& task, Kind kind) { m_shown.remove({task, kind}); }
    QString profileLabel(const WatchEvent& event) const;
    DesktopNotification single(Kind kind, const WatchEvent& event) const;
    DesktopNotification group(Kind kind, const QList<WatchEvent>& events) const;
    static QString taskList(const QList<WatchEvent>& events, Kind kind);

    ProfileLabel m_profileLabel;
    qint64 m_failureThreshold = defaultFailureThreshold;
    bool m_notifyExternalStarts = false;
    QHash<TaskKey, QDateTime> m_stoppedHere;
    QHash<TaskKey, QDateTime> m_startedHere;
    QSet<Shown> m_shown;
};

} // namespace OmsSync::Gui
