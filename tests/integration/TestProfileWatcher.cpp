// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileService.h"
#include "ProfileSession.h"
#include "ProfileWatcher.h"
#include "SimulatorProcess.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OmsSync;
using OmsSync::Test::SimulatorProcess;

// ProfileWatcher against a real oms-sim: what a refresh brings, the back-off
// after a failure and the way back, refreshes asked for while one runs, and
// nothing sent while paused.
class TestProfileWatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileService> m_service;
    QPointer<ProfileSession> m_session;

    std::unique_ptr<ProfileWatcher> makeWatcher(std::chrono::milliseconds interval)
    {
        auto watcher = std::make_unique<ProfileWatcher>(
            m_session->profile().id,
            [this](QObject*, ProfileWatcher::SessionReady ready) { ready(m_session, {}); });
        watcher->setInterval(interval);
        return watcher;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));

        m_service = std::make_unique<ProfileService>(
            ProfileService::Options {m_dir.filePath(u"profiles.ini"_s), true});
        Profile profile;
        profile.name = u"Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.authMethod = AuthMethod::Password;
        profile.accountName = QString::fromLatin1(SimulatorProcess::demoAccount);
        profile.userName = QString::fromLatin1(SimulatorProcess::demoUser);
        profile.omsEndpoint = m_sim->baseUrl();
        profile.iamEndpoint = m_sim->baseUrl();
        QVERIFY(!m_service->saveProfile(profile, {}, this, [](const ApiError&) {}).isError());
        m_service->setSecretOverride(profile.id,
                                     QString::fromLatin1(SimulatorProcess::demoPassword));

        CallPolicy policy;
        policy.timeout = 5s;
        policy.maxRetries = 0; // a refused list fails the refresh at once
        policy.firstBackoff = 50ms;
        m_session = m_service->createSession(profile, policy, this);
        std::optional<ApiError> opened;
        m_session->open(this, [&opened](const ApiError& error) { opened = error; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 15000);
        QVERIFY2(!opened->isError(), qPrintable(opened->summary()));
    }

    void cleanupTestCase() { QVERIFY(m_sim->stop()); }

    void init() { QVERIFY(m_sim->clearFaults()); }

    void aRefreshBringsEveryTaskWithItsFigures()
    {
        auto watcher = makeWatcher(1h);
        QSignalSpy refreshed(watcher.get(), &ProfileWatcher::refreshed);
        watcher->start();
        QVERIFY(refreshed.wait(15000));
        const auto tasks = refreshed.constFirst().constFirst().value<QList<SyncTask>>();
        QVERIFY(!tasks.isEmpty());
        for (const SyncTask& task : tasks) {
            QVERIFY2(task.monthly.has_value(), qPrintable(task.id));
        }
        QVERIFY(watcher->lastSuccess().isValid());
        // The next one is planned an interval ahead, and nothing else runs.
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(watcher->nextRefresh());
        QVERIFY2(ahead > 3500 && ahead <= 3600, qPrintable(QString::number(ahead)));
        QVERIFY(!watcher->isRefreshing());
    }

    void everyTasksFiguresComeOnlyNowAndThen()
    {
        auto watcher = makeWatcher(1h);
        watcher->setAllFiguresInterval(10min);
        QSignalSpy refreshed(watcher.get(), &ProfileWatcher::refreshed);
        watcher->start();
        QVERIFY(refreshed.wait(15000));
        const auto withFigures = [&refreshed] {
            QStringList ids;
            for (const SyncTask& task :
                 refreshed.takeFirst().constFirst().value<QList<SyncTask>>()) {
                if (task.monthly) {
                    ids.append(task.id);
                }
            }
            return ids;
        };
        const auto first = refreshed.constFirst().constFirst().value<QList<SyncTask>>();
        QVERIFY(first.size() >= 2);
        QCOMPARE(withFigures().size(), first.size()); // the first refresh: every task's

        // The last refresh brought every task's figures: focus sends nothing.
        const QString shown = first.at(1).id;
        watcher->setFocusedTasks({shown});
        QVERIFY(!watcher->isRefreshing());
        watcher->refreshNow();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(withFigures(), QStringList {shown});

        // Another task looked at gets its figures at once.
        const QString next = first.at(0).id;
        watcher->setFocusedTasks({next});
        QVERIFY(watcher->isRefreshing());
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(withFigures(), QStringList {next});
    }

    // The list is handed on before the figures, which take a round trip
    // more; a refresh that asks for no figures brings its list once.
    void theListComesBeforeItsFigures()
    {
        QVERIFY(!m_sim
                     ->injectFault({{u"kind"_s, u"delay"_s},
                                    {u"route"_s, u"oms.tasks.show"_s},
                                    {u"count"_s, -1},
                                    {u"delay_ms"_s, 1500}})
                     .isEmpty());
        auto watcher = makeWatcher(1h);
        watcher->setAllFiguresInterval(10min);
        QStringList order;
        QList<SyncTask> listed;
        QList<SyncTask> refreshed;
        connect(watcher.get(), &ProfileWatcher::listed, this, [&](const QList<SyncTask>& tasks) {
            order.append(u"listed"_s);
            listed = tasks;
        });
        connect(watcher.get(), &ProfileWatcher::refreshed, this, [&](const QList<SyncTask>& tasks) {
            order.append(u"refreshed"_s);
            refreshed = tasks;
        });
        watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(order, QStringList {u"listed"_s}, 15000);
        QVERIFY(watcher->isRefreshing()); // the figures are held back
        QVERIFY(!listed.isEmpty());
        for (const SyncTask& task : std::as_const(listed)) {
            QVERIFY2(!task.monthly, qPrintable(task.id));
        }
        QTRY_COMPARE_WITH_TIMEOUT(order, (QStringList {u"listed"_s, u"refreshed"_s}), 15000);
        QCOMPARE(refreshed.size(), listed.size());
        for (qsizetype i = 0; i < refreshed.size(); ++i) {
            QCOMPARE(refreshed.at(i).id, listed.at(i).id);
            QVERIFY2(refreshed.at(i).monthly, qPrintable(refreshed.at(i).id));
        }

        // Nothing looked at and every figure fresh: the list is the refresh.
        watcher->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 15000);
        QCOMPARE(order.last(), u"refreshed"_s);
    }

    void aFailureBacksOffAndASuccessComesBack()
    {
        auto watcher = makeWatcher(5min);
        QSignalSpy refreshed(watcher.get(), &ProfileWatcher::refreshed);
        QSignalSpy failed(watcher.get(), &ProfileWatcher::failed);
        m_sim->injectFault({{u"kind"_s, u"status"_s},
                            {u"status"_s, 503},
                            {u"route"_s, u"oms.tasks.list"_s},
                            {u"count"_s, 2}});
        watcher->start();
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().httpStatus(), 503);
        QCOMPARE(watcher->schedule().failures(), 1);
        // Twice the interval...
        qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(watcher->nextRefresh());
        QVERIFY2(ahead > 590 && ahead <= 600, qPrintable(QString::number(ahead)));

        watcher->refreshNow();
        QVERIFY(failed.wait(15000));
        QCOMPARE(watcher->schedule().failures(), 2);
        // ...but never more than fifteen minutes.
        ahead = QDateTime::currentDateTimeUtc().secsTo(watcher->nextRefresh());
        QVERIFY2(ahead > 890 && ahead <= 900, qPrintable(QString::number(ahead)));

        watcher->refreshNow();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(watcher->schedule().failures(), 0);
        ahead = QDateTime::currentDateTimeUtc().secsTo(watcher->nextRefresh());
        QVERIFY2(ahead > 290 && ahead <= 300, qPrintable(QString::number(ahead)));
    }

    void refreshesAskedForMeanwhileBecomeOneMore()
    {
        auto watcher = makeWatcher(1h);
        QSignalSpy started(watcher.get(), &ProfileWatcher::refreshStarted);
        QSignalSpy refreshed(watcher.get(), &ProfileWatcher::refreshed);
        watcher->start();
        QVERIFY(watcher->isRefreshing());
        watcher->refreshNow();
        watcher->refreshNow();
        watcher->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 15000);
        QVERIFY(!watcher->isRefreshing());
        QCOMPARE(started.size(), 2);
    }

    void nothingIsSentWhilePaused()
    {
        auto watcher = makeWatcher(1h);
        QSignalSpy started(watcher.get(), &ProfileWatcher::refreshStarted);
        QSignalSpy refreshed(watcher.get(), &ProfileWatcher::refreshed);
        watcher->setPaused(true);
        watcher->start();
        watcher->refreshNow();
        QVERIFY(!watcher->isRefreshing());
        QCOMPARE(started.size(), 0);
        // Resuming runs the refresh that came due, once.
        watcher->setPaused(false);
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(started.size(), 1);
    }

    void aStoppedWatcherDropsTheAnswerOnItsWay()
    {
        auto watcher = makeWatcher(1h);
        QSignalSpy refreshed(watcher.get(), &ProfileWatcher::refreshed);
        QSignalSpy failed(watcher.get(), &ProfileWatcher::failed);
        watcher->start();
        watcher->stop();
        QVERIFY(!watcher->isRefreshing());
        QVERIFY(!watcher->nextRefresh().isValid());
        // The list answered meanwhile is not reported: run one more to know
        // the first had time to come back.
        auto other = makeWatcher(1h);
        QSignalSpy otherRefreshed(other.get(), &ProfileWatcher::refreshed);
        other->start();
        QVERIFY(otherRefreshed.wait(15000));
        QTest::qWait(200);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileWatcher)
#include "TestProfileWatcher.moc"
