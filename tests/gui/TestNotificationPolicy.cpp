// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationPolicy.h"
#include "TaskChangeDetector.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

namespace {

const QUuid beijing = QUuid::fromString("{6c3f2a58-1b0e-4d7a-9c1e-3f5b2d8e9a01}"_L1);
const QUuid shanghai = QUuid::fromString("{0e8d4c2b-7a61-4f3e-8b5d-2c9a1e7f6b02}"_L1);
const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);

WatchEvent status(const QUuid& profile, const QString& taskId, SyncTaskStatus from,
                  SyncTaskStatus to, const QDateTime& time = t0)
{
    WatchEvent event;
    event.kind = WatchEvent::Kind::Status;
    event.time = time;
    event.profileId = profile;
    event.profileName = profile == beijing ? u"Beijing"_s : u"Shanghai"_s;
    event.taskId = taskId;
    event.taskName = u"Task "_s + taskId;
    event.from = syncTaskStatusWireName(from);
    event.to = syncTaskStatusWireName(to);
    event.toStatus = to;
    return event;
}

WatchEvent paused(const QUuid& profile, const QString& taskId, const QDateTime& time = t0)
{
    return status(profile, taskId, SyncTaskStatus::Synchronizing, SyncTaskStatus::Stopped, time);
}

WatchEvent started(const QUuid& profile, const QString& taskId, const QDateTime& time = t0)
{
    return status(profile, taskId, SyncTaskStatus::Stopped, SyncTaskStatus::Synchronizing, time);
}

WatchEvent failures(const QUuid& profile, const QString& taskId, qint64 increase)
{
    WatchEvent event =
        status(profile, taskId, SyncTaskStatus::Synchronizing, SyncTaskStatus::Synchronizing);
    event.kind = WatchEvent::Kind::Failures;
    event.from.clear();
    event.failures = increase;
    event.failuresTotal = increase + 1000;
    return event;
}

WatchEvent signIn(const QUuid& profile, bool lost)
{
    WatchEvent event;
    event.kind = WatchEvent::Kind::SignIn;
    event.time = t0;
    event.profileId = profile;
    event.profileName = profile == beijing ? u"Beijing"_s : u"Shanghai"_s;
    if (lost) {
        event.error =
            ApiError::network(u"The password is wrong"_s).withKind(ApiError::Kind::Authentication);
    }
    return event;
}

} // namespace

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void aPausedTaskNamesTaskAndProfile()
    {
        NotificationPolicy policy;
        policy.setProfileLabel([](const QUuid& id, const QString& name) {
            return id == beijing ? name + u" (CN North-Beijing4)"_s : QString();
        });
        const QList<DesktopNotification> shown = policy.notificationsFor({paused(beijing, u"7"_s)});
        QCOMPARE(shown.size(), 1);
        const DesktopNotification& n = shown.first();
        QCOMPARE(n.title, u"Task paused"_s);
        QVERIFY2(n.body.contains(u"“Task 7”"_s), qPrintable(n.body));
        QVERIFY2(n.body.contains(u"Beijing (CN North-Beijing4)"_s), qPrintable(n.body));
        QCOMPARE(n.actions.size(), 2);
        QCOMPARE(n.actions.at(0).first, u"start"_s);
        QCOMPARE(n.actions.at(0).second, u"Start again"_s);
        QCOMPARE(n.actions.at(1).first, u"show"_s);
        QVERIFY(!n.urgent);

        const auto target = NotificationPolicy::targetOf(n.key);
        QVERIFY(target);
        QCOMPARE(target->kind, NotificationPolicy::Kind::Paused);
        QCOMPARE(target->profileId, beijing);
        QCOMPARE(target->taskId, u"7"_s);

        // An empty label falls back to the profile's name.
        const auto other = policy.notificationsFor({paused(shanghai, u"8"_s)});
        QCOMPARE(other.size(), 1);
        QVERIFY2(other.first().body.contains(u"in Shanghai"_s), qPrintable(other.first().body));
    }

    void onlyRunningToStoppedIsAPause()
    {
        NotificationPolicy policy;
        // The first report of a task (no "from"), and other changes.
        WatchEvent initial = paused(beijing, u"1"_s);
        initial.from.clear();
        QVERIFY(policy.notificationsFor({initial}).isEmpty());
        QVERIFY(policy
                    .notificationsFor(
                        {status(beijing, u"2"_s, SyncTaskStatus::Unknown, SyncTaskStatus::Stopped)})
                    .isEmpty());
        QVERIFY(policy.notificationsFor({started(beijing, u"3"_s)}).isEmpty());
        QCOMPARE(policy.notificationsFor({paused(beijing, u"3"_s)}).size(), 1);
    }

    void aTaskStoppedHereIsNotNews()
    {
        NotificationPolicy policy;
        policy.noteStoppedHere(beijing, u"1"_s, t0);
        QVERIFY(policy.notificationsFor({paused(beijing, u"1"_s, t0.addSecs(30))}).isEmpty());
        // The mark is used once: the next pause is someone else's.
        policy.notificationsFor({started(beijing, u"1"_s, t0.addSecs(60))});
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s, t0.addSecs(90))}).size(), 1);

        // Another task, another profile: not covered by the mark.
        policy.noteStoppedHere(beijing, u"2"_s, t0);
        QCOMPARE(policy.notificationsFor({paused(shanghai, u"2"_s, t0.addSecs(30))}).size(), 1);
        QVERIFY(policy.notificationsFor({paused(beijing, u"2"_s, t0.addSecs(30))}).isEmpty());
    }

    void aMarkLapses()
    {
        NotificationPolicy policy;
        policy.noteStoppedHere(beijing, u"1"_s, t0);
        const QDateTime late = t0.addSecs(11 * 60);
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s, late)}).size(), 1);

        policy.noteStoppedHere(beijing, u"2"_s, t0);
        QVERIFY(policy.notificationsFor({paused(beijing, u"2"_s, t0.addSecs(9 * 60))}).isEmpty());
    }

    void externalStartsAreOffByDefault()
    {
        NotificationPolicy policy;
        QVERIFY(!policy.notifiesExternalStarts());
        QVERIFY(policy.notificationsFor({started(beijing, u"1"_s)}).isEmpty());

        policy.setNotifyExternalStarts(true);
        policy.notificationsFor({paused(beijing, u"1"_s)});
        const auto shown = policy.notificationsFor({started(beijing, u"1"_s)});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, u"Task started"_s);
        QCOMPARE(NotificationPolicy::targetOf(shown.first().key)->kind,
                 NotificationPolicy::Kind::Started);

        // Started here: no notification, and the mark is spent.
        policy.noteStartedHere(beijing, u"2"_s, t0);
        QVERIFY(policy.notificationsFor({started(beijing, u"2"_s)}).isEmpty());
        policy.notificationsFor({paused(beijing, u"2"_s)});
        QCOMPARE(policy.notificationsFor({started(beijing, u"2"_s)}).size(), 1);
    }

    void aStartHereIsUsedEvenWhenStartsAreNotTold()
    {
        NotificationPolicy policy;
        policy.noteStartedHere(beijing, u"1"_s, t0);
        QVERIFY(policy.notificationsFor({started(beijing, u"1"_s)}).isEmpty());
        policy.setNotifyExternalStarts(true);
        policy.notificationsFor({paused(beijing, u"1"_s)});
        QCOMPARE(policy.notificationsFor({started(beijing, u"1"_s)}).size(), 1);
    }

    void oncePerTaskAndKindUntilItChanges()
    {
        NotificationPolicy policy;
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s)}).size(), 1);
        // The same change seen again (a second window on the watch, a
        // detector that started over): the task stayed paused.
        QVERIFY(policy.notificationsFor({paused(beijing, u"1"_s)}).isEmpty());
        QVERIFY(
            policy.notificationsFor({paused(beijing, u"1"_s), paused(beijing, u"1"_s)}).isEmpty());
        // Started, paused again: told again.
        QVERIFY(policy.notificationsFor({started(beijing, u"1"_s)}).isEmpty());
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s)}).size(), 1);
    }

    void failuresOverTheThreshold()
    {
        NotificationPolicy policy;
        QCOMPARE(policy.failureThreshold(), 100);
        QVERIFY(policy.notificationsFor({failures(beijing, u"1"_s, 99)}).isEmpty());
        const auto shown = policy.notificationsFor({failures(beijing, u"1"_s, 250)});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, u"Objects failed to sync"_s);
        QVERIFY2(shown.first().body.contains(u"250"_s), qPrintable(shown.first().body));
        QVERIFY2(shown.first().body.contains(u"1,250"_s), qPrintable(shown.first().body));
        QCOMPARE(NotificationPolicy::targetOf(shown.first().key)->kind,
                 NotificationPolicy::Kind::Failures);

        // More failures while nothing else changed: not again.
        QVERIFY(policy.notificationsFor({failures(beijing, u"1"_s, 500)}).isEmpty());
        // The task paused (told) and runs again: a new burst is told.
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s)}).size(), 1);
        policy.notificationsFor({started(beijing, u"1"_s)});
        QCOMPARE(policy.notificationsFor({failures(beijing, u"1"_s, 500)}).size(), 1);

        policy.setFailureThreshold(1000);
        QVERIFY(policy.notificationsFor({failures(beijing, u"2"_s, 999)}).isEmpty());
        QCOMPARE(policy.notificationsFor({failures(beijing, u"2"_s, 1000)}).size(), 1);
        policy.setFailureThreshold(0);
        QCOMPARE(policy.failureThreshold(), 1);
    }

    void signInLostOnceUntilItWorksAgain()
    {
        NotificationPolicy policy;
        const auto shown = policy.notificationsFor({signIn(beijing, true)});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, u"Cannot sign in"_s);
        QVERIFY2(shown.first().body.contains(u"Beijing can no longer sign in"_s),
                 qPrintable(shown.first().body));
        QVERIFY2(shown.first().body.contains(u"The password is wrong"_s),
                 qPrintable(shown.first().body));
        QVERIFY(shown.first().urgent);
        const auto target = NotificationPolicy::targetOf(shown.first().key);
        QCOMPARE(target->kind, NotificationPolicy::Kind::SignIn);
        QCOMPARE(target->profileId, beijing);
        QVERIFY(target->taskId.isEmpty());

        QVERIFY(policy.notificationsFor({signIn(beijing, true)}).isEmpty());
        // Another profile is its own.
        QCOMPARE(policy.notificationsFor({signIn(shanghai, true)}).size(), 1);
        // Signs in again (nothing to tell), then loses it again.
        QVERIFY(policy.notificationsFor({signIn(beijing, false)}).isEmpty());
        QCOMPARE(policy.notificationsFor({signIn(beijing, true)}).size(), 1);
    }

    void groupsOneKindInOneProfile()
    {
        NotificationPolicy policy;
        policy.setProfileLabel([](const QUuid&, const QString&) { return u"CN North-Beijing4"_s; });
        const auto shown = policy.notificationsFor({
            paused(beijing, u"1"_s),
            paused(beijing, u"2"_s),
            failures(beijing, u"9"_s, 300),
            paused(beijing, u"3"_s),
            paused(shanghai, u"4"_s),
        });
        QCOMPARE(shown.size(), 3);
        const DesktopNotification& group = shown.at(0);
        QCOMPARE(group.title, u"3 tasks paused in CN North-Beijing4"_s);
        QCOMPARE(group.body, u"“Task 1”\n“Task 2”\n“Task 3”"_s);
        const auto target = NotificationPolicy::targetOf(group.key);
        QCOMPARE(target->kind, NotificationPolicy::Kind::Paused);
        QCOMPARE(target->profileId, beijing);
        QVERIFY(target->taskId.isEmpty());
        QCOMPARE(group.actions.size(), 1);
        QCOMPARE(group.actions.first().first, u"show"_s);

        QCOMPARE(shown.at(1).title, u"Objects failed to sync"_s); // one: no group
        QCOMPARE(NotificationPolicy::targetOf(shown.at(2).key)->profileId, shanghai);
        QCOMPARE(shown.at(2).title, u"Task paused"_s);

        // The next group of the profile replaces this one: the same key.
        const auto next = policy.notificationsFor({paused(beijing, u"5"_s), paused(beijing, u"6"_s),
                                                   paused(beijing, u"7"_s), paused(beijing, u"8"_s),
                                                   paused(beijing, u"9"_s)});
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().key, group.key);
        QCOMPARE(next.first().title, u"5 tasks paused in CN North-Beijing4"_s);
        QCOMPARE(next.first().body, u"“Task 5”\n“Task 6”\n“Task 7”\nand 2 more"_s);
    }

    void groupsFailuresAndStarts()
    {
        NotificationPolicy policy;
        policy.setNotifyExternalStarts(true);
        const auto shown = policy.notificationsFor({
            failures(shanghai, u"1"_s, 150),
            failures(shanghai, u"2"_s, 2500),
            started(shanghai, u"3"_s),
            started(shanghai, u"4"_s),
        });
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).title, u"Objects failed to sync in 2 tasks in Shanghai"_s);
        QCOMPARE(shown.at(0).body, u"“Task 1”: 150 more failed\n“Task 2”: 2,500 more failed"_s);
        QCOMPARE(NotificationPolicy::targetOf(shown.at(0).key)->kind,
                 NotificationPolicy::Kind::Failures);
        QCOMPARE(shown.at(1).title, u"2 tasks started in Shanghai"_s);
    }

    void forgetsAProfile()
    {
        NotificationPolicy policy;
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s), signIn(beijing, true)}).size(),
                 2);
        policy.noteStoppedHere(beijing, u"2"_s, t0);
        policy.forget(beijing);
        QCOMPARE(policy.notificationsFor({paused(beijing, u"1"_s), signIn(beijing, true)}).size(),
                 2);
        QCOMPARE(policy.notificationsFor({paused(beijing, u"2"_s)}).size(), 1);
    }

    void keysRoundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("taskId");
        QTest::newRow("paused") << int(NotificationPolicy::Kind::Paused) << u"42"_s;
        QTest::newRow("failures") << int(NotificationPolicy::Kind::Failures) << u"a/b:c"_s;
        QTest::newRow("sign-in") << int(NotificationPolicy::Kind::SignIn) << QString();
        QTest::newRow("started group") << int(NotificationPolicy::Kind::Started) << QString();
    }

    void keysRoundTrip()
    {
        QFETCH(int, kind);
        QFETCH(QString, taskId);
        const NotificationPolicy::Target target {NotificationPolicy::Kind(kind), shanghai, taskId};
        const QString key = NotificationPolicy::keyFor(target);
        QCOMPARE(NotificationPolicy::targetOf(key), target);
    }

    void strangeKeysDecodeToNothing()
    {
        for (const QString& key : {u""_s, u"paused"_s, u"paused/"_s, u"paused/not-a-uuid/1"_s,
                                   u"exploded/6c3f2a58-1b0e-4d7a-9c1e-3f5b2d8e9a01/1"_s}) {
            QVERIFY2(!NotificationPolicy::targetOf(key), qPrintable(key));
        }
    }

    // The events the watch's own detector makes, end to end: a pause seen
    // by two refreshes notifies once.
    void withTheDetector()
    {
        TaskChangeDetector detector;
        NotificationPolicy policy;
        detector.setFailureThreshold(policy.failureThreshold());
        Profile profile;
        profile.id = beijing;
        profile.name = u"Beijing"_s;
        SyncTask task;
        task.id = u"1"_s;
        task.description = u"Photos"_s;
        task.status = SyncTaskStatus::Synchronizing;
        QVERIFY(policy.notificationsFor(detector.tasksSeen(profile, {task}, t0)).isEmpty());
        task.status = SyncTaskStatus::Stopped;
        const auto shown = policy.notificationsFor(detector.tasksSeen(profile, {task}, t0));
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().body.contains(u"“Photos”"_s));
        QVERIFY(policy.notificationsFor(detector.tasksSeen(profile, {task}, t0)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "TestNotificationPolicy.moc"
