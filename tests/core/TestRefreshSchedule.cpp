// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshSchedule.h"

#include <QTest>

using namespace std::chrono_literals;
using OmsSync::RefreshSchedule;

class TestRefreshSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsTheIntervalWhileAllGoesWell()
    {
        RefreshSchedule schedule(60s);
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(60s));
        schedule.succeeded();
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(60s));
        QVERIFY(!schedule.isBackingOff());
    }

    void doublesAfterEachFailureUpToFifteenMinutes()
    {
        RefreshSchedule schedule(60s);
        const RefreshSchedule::Duration expected[] = {120s, 240s, 480s, 900s, 900s, 900s};
        for (const RefreshSchedule::Duration delay : expected) {
            schedule.failed();
            QCOMPARE(schedule.nextDelay(), delay);
        }
        QCOMPARE(schedule.failures(), 6);
        // Thousands of failures (a week offline) neither overflow nor grow.
        for (int i = 0; i < 5000; ++i) {
            schedule.failed();
        }
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(RefreshSchedule::maxBackoff));
    }

    void theFirstSuccessBringsTheIntervalBack()
    {
        RefreshSchedule schedule(10s);
        schedule.failed();
        schedule.failed();
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(40s));
        schedule.succeeded();
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(10s));
        QVERIFY(!schedule.isBackingOff());
    }

    void anIntervalLongerThanTheCapIsKept()
    {
        RefreshSchedule schedule(30min);
        schedule.failed();
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(30min));
    }

    void aChangedIntervalAppliesToTheBackOff()
    {
        RefreshSchedule schedule(60s);
        schedule.failed();
        schedule.setInterval(2s);
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(4s));
        // Zero or less would spin: one millisecond is the least.
        schedule.setInterval(0s);
        schedule.succeeded();
        QCOMPARE(schedule.nextDelay(), RefreshSchedule::Duration(1));
    }
};

QTEST_GUILESS_MAIN(TestRefreshSchedule)
#include "TestRefreshSchedule.moc"
