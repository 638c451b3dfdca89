// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationPolicy.h"

#include "DisplayText.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

constexpr std::pair<NotificationPolicy::Kind, QLatin1StringView> kindNames[] = {
    {NotificationPolicy::Kind::Paused, "paused"_L1},
    {NotificationPolicy::Kind::Failures, "failures"_L1},
    {NotificationPolicy::Kind::SignIn, "sign-in"_L1},
    {NotificationPolicy::Kind::Started, "started"_L1},
};

QString quoted(const QString& name)
{
    return NotificationPolicy::tr("“%1”").arg(name);
}

bool isExpired(const QDateTime& mark, const QDateTime& when)
{
    // An event without a time, or one older than the mark, came from the
    // refresh that was running as the user acted: the mark still explains it.
    return when.isValid() && mark.isValid()
        && mark.secsTo(when) > std::chrono::seconds(NotificationPolicy::markLifetime).count();
}

template<typename Key>
void dropExpired(QHash<Key, QDateTime>& marks, const QDateTime& now)
{
    marks.removeIf(
        [&now](typename QHash<Key, QDateTime>::iterator it) { return isExpired(it.value(), now); });
}

} // namespace

QString NotificationPolicy::keyFor(const Target& target)
{
    QLatin1StringView kind;
    for (const auto& [k, name] : kindNames) {
        if (k == target.kind) {
            kind = name;
        }
    }
    return kind + u'/' + target.profileId.toString(QUuid::WithoutBraces) + u'/' + target.taskId;
}

std::optional<NotificationPolicy::Target> NotificationPolicy::targetOf(const QString& key)
{
    // kind/profile/task: the task id is the rest, whatever it holds.
    const qsizetype first = key.indexOf(u'/');
    const qsizetype second = first < 0 ? -1 : key.indexOf(u'/', first + 1);
    if (second < 0) {
        return std::nullopt;
    }
    Target target;
    const QStringView kind = QStringView(key).first(first);
    bool known = false;
    for (const auto& [k, name] : kindNames) {
        if (kind == name) {
            target.kind = k;
            known = true;
        }
    }
    target.profileId = QUuid::fromString(QStringView(key).sliced(first + 1, second - first - 1));
    if (!known || target.profileId.isNull()) {
        return std::nullopt;
    }
    target.taskId = key.sliced(second + 1);
    return target;
}

void NotificationPolicy::noteStoppedHere(const QUuid& profileId, const QString& taskId,
                                         const QDateTime& now)
{
    dropExpired(m_stoppedHere, now);
    m_stoppedHere.insert({profileId, taskId}, now);
}

void NotificationPolicy::noteStartedHere(const QUuid& profileId, const QString& taskId,
                                         const QDateTime& now)
{
    dropExpired(m_startedHere, now);
    m_startedHere.insert({profileId, taskId}, now);
}

void NotificationPolicy::forget(const QUuid& profileId)
{
    const auto ofProfile = [&profileId](QHash<TaskKey, QDateTime>::iterator it) {
        return it.key().profileId == profileId;
    };
    m_stoppedHere.removeIf(ofProfile);
    m_startedHere.removeIf(ofProfile);
    m_shown.removeIf(
        [&profileId](const Shown& shown) { return shown.task.profileId == profileId; });
}

bool NotificationPolicy::takeMark(QHash<TaskKey, QDateTime>& marks, const TaskKey& task,
                                  const QDateTime& when)
{
    const auto it = marks.constFind(task);
    if (it == marks.cend()) {
        return false;
    }
    const bool valid = !isExpired(*it, when);
    marks.erase(it);
    return valid;
}

bool NotificationPolicy::markShown(const TaskKey& task, Kind kind)
{
    const Shown shown {task, kind};
    if (m_shown.contains(shown)) {
        return false;
    }
    m_shown.insert(shown);
    return true;
}

QList<DesktopNotification> NotificationPolicy::notificationsFor(const QList<WatchEvent>& events)
{
    // Per profile and kind, in the order they first came.
    struct Bucket
    {
        QUuid profileId;
        Kind kind;
        QList<WatchEvent> events;
    };
    QList<Bucket> buckets;
    const auto add = [&buckets](Kind kind, const WatchEvent& event) {
        for (Bucket& bucket : buckets) {
            if (bucket.kind == kind && bucket.profileId == event.profileId) {
                bucket.events.append(event);
                return;
            }
        }
        buckets.append({event.profileId, kind, {event}});
    };

    for (const WatchEvent& event : events) {
        const TaskKey task {event.profileId, event.taskId};
        switch (event.kind) {
        case WatchEvent::Kind::Status: {
            // A new state: a burst of failures may be told again.
            clearShown(task, Kind::Failures);
            const SyncTaskStatus from = syncTaskStatusFromWireName(event.from);
            if (event.toStatus == SyncTaskStatus::Stopped) {
                clearShown(task, Kind::Started);
                const bool here = takeMark(m_stoppedHere, task, event.time);
                if (from == SyncTaskStatus::Synchronizing && !here
                    && markShown(task, Kind::Paused)) {
                    add(Kind::Paused, event);
                }
            } else if (event.toStatus == SyncTaskStatus::Synchronizing) {
                clearShown(task, Kind::Paused);
                const bool here = takeMark(m_startedHere, task, event.time);
                if (from == SyncTaskStatus::Stopped && !here && m_notifyExternalStarts
                    && markShown(task, Kind::Started)) {
                    add(Kind::Started, event);
                }
            }
            break;
        }
        case WatchEvent::Kind::Failures:
            if (event.failures >= m_failureThreshold && markShown(task, Kind::Failures)) {
                add(Kind::Failures, event);
            }
            break;
        case WatchEvent::Kind::SignIn: {
            const TaskKey profile {event.profileId, {}};
            if (!event.error.isError()) {
                clearShown(profile, Kind::SignIn);
            } else if (markShown(profile, Kind::SignIn)) {
                add(Kind::SignIn, event);
            }
            break;
        }
        }
    }

    QList<DesktopNotification> notifications;
    notifications.reserve(buckets.size());
    for (const Bucket& bucket : std::as_const(buckets)) {
        notifications.append(bucket.events.size() == 1 ? single(bucket.kind, bucket.events.first())
                                                       : group(bucket.kind, bucket.events));
    }
    return notifications;
}

QString NotificationPolicy::profileLabel(const WatchEvent& event) const
{
    if (m_profileLabel) {
        if (QString label = m_profileLabel(event.profileId, event.profileName); !label.isEmpty()) {
            return label;
        }
    }
    return event.profileName;
}

DesktopNotification NotificationPolicy::single(Kind kind, const WatchEvent& event) const
{
    DesktopNotification notification;
    notification.key = keyFor({kind, event.profileId, event.taskId});
    const QString profile = profileLabel(event);
    const QString task = quoted(event.taskName);
    switch (kind) {
    case Kind::Paused:
        notification.title = tr("Task paused");
        notification.body =
            tr("%1 in %2 stopped synchronizing, and was not stopped here.").arg(task, profile);
        notification.actions = {{u"start"_s, tr("Start again")}, {u"show"_s, tr("Show")}};
        break;
    case Kind::Failures:
        notification.title = tr("Objects failed to sync");
        notification.body =
            tr("%1 in %2: %3 more objects failed since the last refresh, %4 this month.")
                .arg(task, profile, DisplayText::count(event.failures),
                     DisplayText::count(event.failuresTotal));
        notification.actions = {{u"show"_s, tr("Show")}};
        break;
    case Kind::SignIn:
        notification.key = keyFor({kind, event.profileId, {}});
        notification.title = tr("Cannot sign in");
        notification.body = tr("%1 can no longer sign in: %2").arg(profile, event.error.summary());
        notification.actions = {{u"show"_s, tr("Show")}};
        notification.urgent = true;
        break;
    case Kind::Started:
        notification.title = tr("Task started");
        notification.body = tr("%1 in %2 was started elsewhere.").arg(task, profile);
        notification.actions = {{u"show"_s, tr("Show")}};
        break;
    }
    return notification;
}

DesktopNotification NotificationPolicy::group(Kind kind, const QList<WatchEvent>& events) const
{
    const WatchEvent& first = events.first();
    const int count = int(events.size());
    const QString profile = profileLabel(first);
    DesktopNotification notification;
    // One key per profile and kind: the next group replaces this one.
    notification.key = keyFor({kind, first.profileId, {}});
    notification.body = taskList(events, kind);
    notification.actions = {{u"show"_s, tr("Show")}};
    switch (kind) {
    case Kind::Paused:
        notification.title = tr("%n tasks paused in %1", nullptr, count).arg(profile);
        break;
    case Kind::Failures:
        notification.title =
            tr("Objects failed to sync in %n tasks in %1", nullptr, count).arg(profile);
        break;
    case Kind::SignIn:
        // One event a profile: never a group; kept for completeness.
        notification.title = tr("Cannot sign in");
        notification.urgent = true;
        break;
    case Kind::Started:
        notification.title = tr("%n tasks started in %1", nullptr, count).arg(profile);
        break;
    }
    return notification;
}

QString NotificationPolicy::taskList(const QList<WatchEvent>& events, Kind kind)
{
    QStringList lines;
    const qsizetype listed = std::min<qsizetype>(events.size(), maxListedTasks);
    for (qsizetype i = 0; i < listed; ++i) {
        const WatchEvent& event = events.at(i);
        lines.append(kind == Kind::Failures
                         ? tr("%1: %2 more failed")
                               .arg(quoted(event.taskName), DisplayText::count(event.failures))
                         : quoted(event.taskName));
    }
    if (const int more = int(events.size() - listed); more > 0) {
        lines.append(tr("and %n more", nullptr, more));
    }
    return lines.join(u'\n');
}

} // namespace OmsSync::Gui
