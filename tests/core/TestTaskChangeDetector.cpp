// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskChangeDetector.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;

namespace {

Profile makeProfile(const QString& name)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    return profile;
}

SyncTask makeTask(const QString& id, SyncTaskStatus status, std::optional<qint64> failures = {})
{
    SyncTask task;
    task.id = id;
    task.description = u"Task "_s + id;
    task.status = status;
    task.statusText = syncTaskStatusWireName(status);
    if (failures) {
        task.monthly = MonthlyStatistics {};
        task.monthly->failureObjects = *failures;
    }
    return task;
}

const QDateTime at = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);

ApiError signInRefused()
{
    return ApiError::fromHttpReply(
        401,
        R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"})",
        "req-1");
}

} // namespace

class TestTaskChangeDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstRefreshOnlyRecords()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        QVERIFY(
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 5)}, at)
                .isEmpty());
        QVERIFY(detector.hasSeen(profile.id));
    }

    void theInitialStateIsReportedWhenAsked()
    {
        TaskChangeDetector detector;
        detector.setReportInitial(true);
        const Profile profile = makeProfile(u"Beijing4"_s);
        const QList<WatchEvent> events =
            detector.tasksSeen(profile,
                               {makeTask(u"a"_s, SyncTaskStatus::Synchronizing),
                                makeTask(u"b"_s, SyncTaskStatus::Stopped)},
                               at);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).taskId, u"b"_s);
        QVERIFY(events.at(1).from.isEmpty());
        QCOMPARE(events.at(1).to, u"STOPPED"_s);
        // JSON: from is null for a first sight.
        QVERIFY(events.at(1).toJson().value(u"from"_s).isNull());
        // Only the first refresh.
        QVERIFY(detector
                    .tasksSeen(profile,
                               {makeTask(u"a"_s, SyncTaskStatus::Synchronizing),
                                makeTask(u"b"_s, SyncTaskStatus::Stopped)},
                               at)
                    .isEmpty());
    }

    void aStatusChangeIsOneEvent()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing)}, at);
        const QList<WatchEvent> events =
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Stopped)}, at);
        QCOMPARE(events.size(), 1);
        const WatchEvent& event = events.constFirst();
        QCOMPARE(event.kind, WatchEvent::Kind::Status);
        QCOMPARE(event.from, u"SYNCHRONIZING"_s);
        QCOMPARE(event.to, u"STOPPED"_s);
        QCOMPARE(event.toStatus, SyncTaskStatus::Stopped);
        QCOMPARE(event.profileName, u"Beijing4"_s);
        QCOMPARE(event.taskName, u"Task a"_s);
        const QJsonObject json = event.toJson();
        QCOMPARE(json.value(u"event"_s).toString(), u"status"_s);
        QCOMPARE(json.value(u"time"_s).toString(), u"2026-12-03T10:00:00Z"_s);
        QCOMPARE(json.value(u"profile"_s).toString(), u"Beijing4"_s);
        QCOMPARE(json.value(u"task_id"_s).toString(), u"a"_s);
        QCOMPARE(json.value(u"task_name"_s).toString(), u"Task a"_s);
        QCOMPARE(json.value(u"from"_s).toString(), u"SYNCHRONIZING"_s);
        QCOMPARE(json.value(u"to"_s).toString(), u"STOPPED"_s);
        // Unchanged: nothing more.
        QVERIFY(
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Stopped)}, at).isEmpty());
    }

    void failuresMustGrowByTheThreshold()
    {
        TaskChangeDetector detector;
        detector.setFailureThreshold(100);
        const Profile profile = makeProfile(u"Beijing4"_s);
        detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 1000)}, at);
        QVERIFY(
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 1099)}, at)
                .isEmpty());
        const QList<WatchEvent> events = detector.tasksSeen(
            profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 1250)}, at);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().kind, WatchEvent::Kind::Failures);
        QCOMPARE(events.constFirst().failures, 151);
        QCOMPARE(events.constFirst().failuresTotal, 1250);
        QCOMPARE(events.constFirst().toJson().value(u"failures"_s).toInteger(), 151);
    }

    void aNewMonthIsNoBurst()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 5000)}, at);
        QVERIFY(
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 3)}, at)
                .isEmpty());
        // Counted from the new month's figure.
        QCOMPARE(
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 10)}, at)
                .constFirst()
                .failures,
            7);
    }

    void missingFiguresKeepTheLastBaseline()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 10)}, at);
        QVERIFY(detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing)}, at)
                    .isEmpty());
        QCOMPARE(
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing, 15)}, at)
                .constFirst()
                .failures,
            5);
    }

    void aLostSignInIsToldOnceUntilItWorksAgain()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing)}, at);
        const QList<WatchEvent> lost = detector.refreshFailed(profile, signInRefused(), at);
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.constFirst().kind, WatchEvent::Kind::SignIn);
        QVERIFY(lost.constFirst().error.isError());
        QVERIFY(lost.constFirst().toJson().value(u"error"_s).toString().contains(u"APIGW.0301"_s));
        QVERIFY(detector.isSignInLost(profile.id));
        QVERIFY(detector.refreshFailed(profile, signInRefused(), at).isEmpty());

        const QList<WatchEvent> back =
            detector.tasksSeen(profile, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing)}, at);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.constFirst().kind, WatchEvent::Kind::SignIn);
        QVERIFY(!back.constFirst().error.isError());
        QVERIFY(back.constFirst().toJson().value(u"error"_s).isNull());
        QVERIFY(!detector.isSignInLost(profile.id));
        // And again, once.
        QCOMPARE(detector.refreshFailed(profile, signInRefused(), at).size(), 1);
    }

    void otherFailuresAreNoSignInEvent()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        detector.tasksSeen(profile, {}, at);
        QVERIFY(detector.refreshFailed(profile, ApiError::network(u"refused"_s), at).isEmpty());
        QVERIFY(detector.refreshFailed(profile, ApiError::timeout(u"slow"_s), at).isEmpty());
        QVERIFY(!detector.isSignInLost(profile.id));
    }

    void aProfileThatNeverSignedInIsNotReported()
    {
        TaskChangeDetector detector;
        const Profile profile = makeProfile(u"Beijing4"_s);
        QVERIFY(detector.refreshFailed(profile, signInRefused(), at).isEmpty());
        // Its first success is a first sight, not a recovery.
        QVERIFY(detector.tasksSeen(profile, {}, at).isEmpty());
    }

    void profilesAreApart()
    {
        TaskChangeDetector detector;
        const Profile one = makeProfile(u"One"_s);
        const Profile two = makeProfile(u"Two"_s);
        detector.tasksSeen(one, {makeTask(u"a"_s, SyncTaskStatus::Synchronizing)}, at);
        // The same task id seen by another profile for the first time.
        QVERIFY(detector.tasksSeen(two, {makeTask(u"a"_s, SyncTaskStatus::Stopped)}, at).isEmpty());
        detector.forget(one.id);
        QVERIFY(!detector.hasSeen(one.id));
        QVERIFY(detector.hasSeen(two.id));
    }
};

QTEST_GUILESS_MAIN(TestTaskChangeDetector)
#include "TestTaskChangeDetector.moc"
