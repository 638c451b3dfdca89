// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <csignal>

using OmsSync::TerminationSignals;

// The one watcher of the desktop application and oms-sim: SIGINT, SIGTERM
// and SIGHUP arrive as a Qt signal, the handler leaves errno alone, and the
// handling before is back once the watcher is gone.
class TestTerminationSignals : public QObject
{
    Q_OBJECT

private:
    static bool isDefault(int signalNumber)
    {
        struct sigaction current = {};
        return ::sigaction(signalNumber, nullptr, &current) == 0 && current.sa_handler == SIG_DFL;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Whoever started the test may have ignored some (nohup, a script's &).
        for (int signalNumber : TerminationSignals::handledSignals) {
            std::signal(signalNumber, SIG_DFL);
        }
    }

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
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(requested.size(), 3);
        QCOMPARE(requested.at(2).at(0).toInt(), SIGHUP);
    }

    void keepsErrnoAcrossTheHandler()
    {
        TerminationSignals termination;
        QVERIFY(termination.isValid());
        QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
        // More signals than the pipe holds, with no event loop to drain it:
        // the handler's later write()s fail (EAGAIN), which must not show
        // in the errno of the code the signal interrupted.
        constexpr int raised = 10000;
        int changed = 0;
        for (int i = 0; i < raised; ++i) {
            const int signalNumber = i % 2 ? SIGINT : SIGTERM;
            errno = EDOM;
            QCOMPARE(::raise(signalNumber), 0);
            changed += errno != EDOM;
        }
        QCOMPARE(changed, 0);
        // One wake-up drains the pipe. It was full, so writes did fail (the
        // check above meant something), and what it held is in order.
        QTRY_VERIFY(!requested.isEmpty());
        QVERIFY(requested.size() < raised);
        for (qsizetype i = 0; i < requested.size(); ++i) {
            QCOMPARE(requested.at(i).at(0).toInt(), i % 2 ? SIGINT : SIGTERM);
        }
        // Drained, it works as before.
        requested.clear();
        QCOMPARE(::raise(SIGINT), 0);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), SIGINT);
    }

    void restoresTheHandlingBeforeWhenGone()
    {
        {
            TerminationSignals termination;
            QVERIFY(termination.isValid());
            QVERIFY(!isDefault(SIGTERM));
            // One at a time: a second one would steal the first one's signals.
            TerminationSignals second;
            QVERIFY(!second.isValid());
        }
        for (int signalNumber : TerminationSignals::handledSignals) {
            QVERIFY(isDefault(signalNumber));
        }
        // A second one works again after the first is gone.
        TerminationSignals again;
        QVERIFY(again.isValid());
        QSignalSpy requested(&again, &TerminationSignals::terminationRequested);
        QCOMPARE(::raise(SIGTERM), 0);
        QTRY_COMPARE(requested.size(), 1);
    }

    void leavesAnIgnoredSignalIgnored()
    {
        std::signal(SIGHUP, SIG_IGN);
        {
            TerminationSignals termination;
            QVERIFY(termination.isValid());
            QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
            QCOMPARE(::raise(SIGHUP), 0); // ignored: the test goes on
            QCOMPARE(::raise(SIGTERM), 0);
            QTRY_COMPARE(requested.size(), 1);
            QCOMPARE(requested.at(0).at(0).toInt(), SIGTERM);
        }
        struct sigaction current = {};
        QCOMPARE(::sigaction(SIGHUP, nullptr, &current), 0);
        QVERIFY(current.sa_handler == SIG_IGN);
        std::signal(SIGHUP, SIG_DFL);
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "TestTerminationSignals.moc"
