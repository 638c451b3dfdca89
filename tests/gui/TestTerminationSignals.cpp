// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace OmsSync::Gui;

class TestTerminationSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsSignalsIntoAQtSignal()
    {
        TerminationSignals termination;
        QVERIFY(termination.isValid());
        QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), SIGTERM);
        QCOMPARE(::raise(SIGINT), 0);
        QTRY_COMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).toInt(), SIGINT);
    }

    void restoresTheDefaultsWhenGone()
    {
        {
            TerminationSignals termination;
            QVERIFY(termination.isValid());
        }
        struct sigaction current
        {
        };
        QCOMPARE(::sigaction(SIGTERM, nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_DFL);
        // A second one works again after the first is gone.
        TerminationSignals again;
        QVERIFY(again.isValid());
    }
};

QTEST_MAIN(TestTerminationSignals)
#include "TestTerminationSignals.moc"
