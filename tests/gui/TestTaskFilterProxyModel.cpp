// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TaskFilterProxyModel.h"
#include "TaskTableModel.h"

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using Test::makeTask;
using StatusFilter = TaskFilterProxyModel::StatusFilter;

class TestTaskFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    TaskTableModel m_model;
    TaskFilterProxyModel m_proxy;
    // For every test: the source and the proxy, through all they do.
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QStringList visibleIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_proxy.rowCount(); ++row) {
            ids.append(m_proxy.index(row, 0).data(TaskTableModel::TaskIdRole).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SyncTask photos = makeTask(u"t1"_s, SyncTaskStatus::Synchronizing, u"Photos from OSS"_s);
        SyncTask logs = makeTask(u"t2"_s, SyncTaskStatus::Stopped, u"Nightly logs"_s);
        logs.srcCloudType = u"AWS"_s;
        logs.srcBucket = u"acme-analytics-logs"_s;
        SyncTask reports = makeTask(u"t10"_s, SyncTaskStatus::Stopped, u"每日报表"_s);
        reports.dstRegion = u"cn-east-3"_s;
        m_model.setTasks({photos, logs, reports});
        m_proxy.setSourceModel(&m_model);
    }

    void init()
    {
        m_modelTester = Test::modelTester(&m_model);
        m_proxyTester = Test::modelTester(&m_proxy);
        m_proxy.setFilterText({});
        m_proxy.setStatusFilter(StatusFilter::All);
        m_proxy.sort(-1);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
    }

    void passesTheModelTester()
    {
        m_proxy.setFilterText(u"logs"_s);
        m_proxy.setStatusFilter(StatusFilter::Paused);
        m_proxy.sort(TaskTableModel::TaskColumn);
        QCOMPARE(m_proxy.rowCount(), 1);

        // The source merges, updates and resets under a sorted, filtered proxy.
        const QList<SyncTask> before {m_model.task(0), m_model.task(1), m_model.task(2)};
        m_proxy.setFilterText({});
        SyncTask more = Test::makeTask(u"t3"_s, SyncTaskStatus::Stopped, u"Archive"_s);
        m_model.setTasks({before.at(0), before.at(2), more});
        QCOMPARE(visibleIds().size(), 2); // t10 and t3, both paused
        more.status = SyncTaskStatus::Synchronizing;
        m_model.updateTask(more);
        QCOMPARE(visibleIds(), QStringList {u"t10"_s});
        m_proxy.setStatusFilter(StatusFilter::All);
        QCOMPARE(m_proxy.rowCount(), 3);
        m_model.clear();
        QCOMPARE(m_proxy.rowCount(), 0);
        m_model.setTasks(before);
        QCOMPARE(m_proxy.rowCount(), 3);
    }

    void filtersByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing") << QString() << QStringList {u"t1"_s, u"t2"_s, u"t10"_s};
        QTest::newRow("description, any case") << u"PHOTOS"_s << QStringList {u"t1"_s};
        QTest::newRow("source bucket") << u"analytics"_s << QStringList {u"t2"_s};
        QTest::newRow("cloud display name") << u"alibaba"_s << QStringList {u"t1"_s, u"t10"_s};
        QTest::newRow("cloud wire name") << u"aws"_s << QStringList {u"t2"_s};
        QTest::newRow("destination region name") << u"shanghai1"_s << QStringList {u"t10"_s};
        QTest::newRow("id") << u"t10"_s << QStringList {u"t10"_s};
        QTest::newRow("Chinese") << u"报表"_s << QStringList {u"t10"_s};
        QTest::newRow("status word") << u"paused"_s << QStringList {u"t2"_s, u"t10"_s};
        QTest::newRow("every word must match") << u"nightly aws"_s << QStringList {u"t2"_s};
        QTest::newRow("a word that matches nothing") << u"nightly azure"_s << QStringList {};
    }

    void filtersByText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy.setFilterText(text);
        QCOMPARE(visibleIds(), expected);
    }

    void filtersByStatus()
    {
        m_proxy.setStatusFilter(StatusFilter::Synchronizing);
        QCOMPARE(visibleIds(), QStringList {u"t1"_s});
        m_proxy.setStatusFilter(StatusFilter::Paused);
        QCOMPARE(visibleIds(), (QStringList {u"t2"_s, u"t10"_s}));
        // Both filters at once.
        m_proxy.setFilterText(u"nightly"_s);
        QCOMPARE(visibleIds(), QStringList {u"t2"_s});
        m_proxy.setStatusFilter(StatusFilter::Synchronizing);
        QCOMPARE(visibleIds(), QStringList {});
    }

    void followsChangesOfTheSource()
    {
        m_proxy.setStatusFilter(StatusFilter::Synchronizing);
        QCOMPARE(visibleIds(), QStringList {u"t1"_s});
        SyncTask started = m_model.task(m_model.rowOf(u"t2"_s));
        started.status = SyncTaskStatus::Synchronizing;
        m_model.updateTask(started);
        QCOMPARE(visibleIds(), (QStringList {u"t1"_s, u"t2"_s}));
        started.status = SyncTaskStatus::Stopped;
        m_model.updateTask(started);
        QCOMPARE(visibleIds(), QStringList {u"t1"_s});
    }

    void sortsNamesNaturally()
    {
        m_proxy.sort(TaskTableModel::TaskColumn, Qt::AscendingOrder);
        // Names sort by the collator; "t10"'s name is Chinese, after Latin ones.
        QCOMPARE(visibleIds().first(2), (QStringList {u"t2"_s, u"t1"_s}));
        m_proxy.sort(TaskTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(m_proxy.index(0, 0).data().toString(), u"Paused"_s);
        QCOMPARE(m_proxy.index(2, 0).data().toString(), u"Synchronizing"_s);
    }
};

QTEST_MAIN(TestTaskFilterProxyModel)
#include "TestTaskFilterProxyModel.moc"
