// SPDX-License-Identifier: GPL-3.0-or-later
//
// The chart plugin is loaded ahead of the figures, on a worker thread, once
// the statistics panel has been painted with a task in it. A process of its
// own: whether Qt Charts is mapped is a fact about the whole process.

#include "GuiTest.h"
#include "StatisticsChart.h"
#include "StatisticsChartPlugin.h"
#include "StatisticsPanel.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

namespace {

bool pluginIsMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly)
        && maps.readAll().contains(StatisticsChartPlugin::fileName().toUtf8());
}

SyncTaskStatistics aRisingLine()
{
    SyncTaskStatistics statistics;
    statistics.granularity = u"FIVE_MINUTES"_s;
    StatisticSeries requests;
    requests.dataType = statisticTypeWireName(StatisticType::Request);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    for (int i = 0; i < 12; ++i) {
        requests.points.append({start + i * SyncTaskStatistics::fiveMinutesMs, 10 + i});
    }
    statistics.series.append(requests);
    return statistics;
}

} // namespace

class TestChartPreload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePluginLoadsOffTheUiThreadOnceThePanelIsSeenWithATask()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        QVERIFY(!pluginIsMapped());
        StatisticsPanel panel;
        panel.resize(600, 400);
        // Shown without a task: nothing to draw will come, nothing loads.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(200);
        QVERIFY(!pluginIsMapped());

        // A task in it, painted: the library loads while the figures are on
        // their way, and the UI thread goes on meanwhile. Then the chart is
        // made, saying what its stand-in said.
        panel.setTask(u"task-1"_s, u"Images"_s);
        panel.showMessage(u"Loading the statistics…"_s);
        QVERIFY(!pluginIsMapped());
        panel.update();
        QTRY_VERIFY_WITH_TIMEOUT(pluginIsMapped(), 10000);
        QTRY_VERIFY(panel.chart());
        QVERIFY(!panel.chart()->isShowingChart());
        QCOMPARE(panel.chart()->widget()->accessibleDescription(), u"Loading the statistics…"_s);

        // The figures then find it loaded: the chart is the plugin's.
        QVERIFY(panel.setStatistics(aRisingLine(), panel.range()));
        QVERIFY(panel.chart());
        QVERIFY(panel.chart()->isShowingChart());
        QCOMPARE(panel.chartProblem(), QString());
        QCOMPARE(panel.chart()->widget()->thread(), QThread::currentThread());
    }

    void aPreloadAfterTheChartIsLoadedDoesNothing()
    {
        QString error;
        StatisticsChartFactory* factory = StatisticsChartPlugin::factory(&error);
        QVERIFY2(factory, qPrintable(error));
        StatisticsChartPlugin::preload();
        QCOMPARE(StatisticsChartPlugin::factory(), factory);
    }
};

QTEST_MAIN(TestChartPreload)
#include "TestChartPreload.moc"
