// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"
#include "FileDialog.h"
#include "GuiTest.h"
#include "ReadableColor.h"
#include "StatisticsChart.h"
#include "StatisticsChartPlugin.h"
#include "StatisticsChartView.h"
#include "StatisticsPanel.h"
#include "StatisticsTableModel.h"
#include "TabularClipboard.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLegendMarker>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

namespace {

constexpr qint64 step = SyncTaskStatistics::fiveMinutesMs;
// 2026-12-01T08:00:00Z
constexpr qint64 firstPointMs = 1796112000000;

// Twelve five-minute points of every type; values that need a thousands
// separator, so the table's locale and the export's plain numbers differ.
SyncTaskStatistics twelvePoints()
{
    SyncTaskStatistics statistics;
    statistics.granularity = u"FIVE_MINUTES"_s;
    for (StatisticType type : allStatisticTypes) {
        StatisticSeries series;
        series.dataType = statisticTypeWireName(type);
        for (int i = 0; i < 12; ++i) {
            const qint64 base = type == StatisticType::Size ? 3'000'000'000LL : 1000;
            series.points.append({firstPointMs + i * step, base + i * 10 + int(type)});
        }
        statistics.series.append(series);
    }
    return statistics;
}

// A paused task's figures: every point zero.
SyncTaskStatistics twelveZeros()
{
    SyncTaskStatistics statistics = twelvePoints();
    for (StatisticSeries& series : statistics.series) {
        for (StatisticPoint& point : series.points) {
            point.value = 0;
        }
    }
    return statistics;
}

StatisticsRange rangeOfTwelve()
{
    StatisticsRange range =
        StatisticsRange::custom(QDateTime::fromMSecsSinceEpoch(firstPointMs, Qt::UTC),
                                QDateTime::fromMSecsSinceEpoch(firstPointMs + 12 * step, Qt::UTC));
    range.preset = StatisticsRange::Preset::Last24Hours;
    return range;
}

// Whether this process has the chart plugin mapped (Linux: any other system
// answers yes, and the check of laziness is skipped there).
bool pluginIsMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly)) {
        return true;
    }
    return maps.readAll().contains(StatisticsChartPlugin::fileName().toUtf8());
}

} // namespace

class TestStatisticsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Qt's raster engine draws long lines on the global thread pool (the
    // hover test's chart). Its threads would otherwise still be ending when
    // the process exits, and LeakSanitizer, checking meanwhile, reports a
    // thread's data as lost in about one run in forty. Joined here, as the
    // application joins them when it quits.
    void cleanupTestCase() { QVERIFY(QThreadPool::globalInstance()->waitForDone(30000)); }

    // First: no other test has loaded the plugin yet.
    void theChartPluginIsLoadedForTheFirstFigures()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        QVERIFY(!pluginIsMapped());
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"Images"_s);
        panel.showMessage(u"Loading the statistics…"_s);
        QVERIFY(!panel.chart());
        QVERIFY(!pluginIsMapped());
        // The place of the chart says what the chart would say.
        auto* standIn = panel.findChild<QWidget*>(u"statisticsChart"_s);
        QVERIFY(standIn);
        QCOMPARE(standIn->accessibleName(), u"Statistics chart"_s);
        QCOMPARE(standIn->accessibleDescription(), u"Loading the statistics…"_s);
        QCOMPARE(panel.findChild<QLabel*>(u"statisticsMessage"_s)->text(),
                 u"Loading the statistics…"_s);
        // Nothing to draw: the chart's sentence, and still no chart.
        QVERIFY(panel.setStatistics(twelveZeros(), rangeOfTwelve()));
        QVERIFY(!panel.chart());
        QVERIFY(!pluginIsMapped());
        QCOMPARE(standIn->accessibleDescription(), u"Nothing was synchronized in this range."_s);
        QVERIFY(!panel.isShowingTable());
        QVERIFY(panel.hasFigures()); // the zeros can be exported

        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QVERIFY(pluginIsMapped());
        QVERIFY(panel.chart());
        QVERIFY(panel.chart()->isShowingChart());
        QCOMPARE(panel.chartProblem(), QString());
        // The plugin's chart, not the one this test links: a class of the
        // same name with a metaobject of its own.
        QWidget* chart = panel.chart()->widget();
        QCOMPARE(chart->metaObject()->className(), "OmsSync::Gui::StatisticsChartView");
        QVERIFY(chart->metaObject() != &StatisticsChartView::staticMetaObject);
        // It took the stand-in's place: one "statisticsChart", named as before.
        const QList<QWidget*> named = panel.findChildren<QWidget*>(u"statisticsChart"_s);
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.constFirst(), chart);
        QCOMPARE(chart->accessibleName(), u"Statistics chart"_s);
        QVERIFY(panel.findChild<QToolButton*>(u"statisticsTableToggle"_s)->isEnabled());
    }

    void withoutThePluginTheFiguresAreShownAsATable()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        qputenv(StatisticsChartPlugin::environmentVariable, QFile::encodeName(empty.path()));
        StatisticsChartPlugin::setSearchPathsForTesting(QStringList());
        const auto restore = qScopeGuard([] {
            qunsetenv(StatisticsChartPlugin::environmentVariable);
            StatisticsChartPlugin::setSearchPathsForTesting(std::nullopt);
        });
        QCOMPARE(StatisticsChartPlugin::searchPaths(), QStringList {empty.path()});

        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"^The statistics chart plugin could not be loaded: "_s
                               + QRegularExpression::escape(StatisticsChartPlugin::fileName())));
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"Images"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QVERIFY(!panel.chart());
        QVERIFY(panel.isShowingTable());
        QCOMPARE(panel.model()->rowCount(), 12);
        const QString problem = panel.chartProblem();
        QVERIFY2(problem.startsWith(u"The chart could not be loaded ("_s), qPrintable(problem));
        QVERIFY2(problem.endsWith(u"); the figures are shown as a table."_s), qPrintable(problem));
        QVERIFY2(problem.contains(StatisticsChartPlugin::fileName()), qPrintable(problem));
        QVERIFY2(problem.contains(QDir::toNativeSeparators(empty.path())), qPrintable(problem));
        auto* sentence = panel.findChild<QLabel*>(u"statisticsChartProblem"_s);
        QVERIFY(sentence && !sentence->isHidden());
        QCOMPARE(sentence->text(), problem);
        auto* toggle = panel.findChild<QToolButton*>(u"statisticsTableToggle"_s);
        QVERIFY(toggle->isChecked());
        QVERIFY(!toggle->isEnabled());
        panel.setShowTable(false);
        QVERIFY(panel.isShowingTable());
        QVERIFY(panel.findChild<QToolButton*>(u"statisticsExport"_s)->isEnabled());

        // Without figures a sentence says why, as the chart would.
        panel.showMessage(u"Loading the statistics…"_s);
        QVERIFY(!panel.isShowingTable());
        QCOMPARE(panel.findChild<QLabel*>(u"statisticsMessage"_s)->text(),
                 u"Loading the statistics…"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QVERIFY(panel.isShowingTable());
        QVERIFY(panel.setStatistics(SyncTaskStatistics(), rangeOfTwelve()));
        QVERIFY(!panel.isShowingTable());
        QCOMPARE(panel.findChild<QLabel*>(u"statisticsMessage"_s)->text(),
                 u"Nothing was synchronized in this range."_s);

        // Looked for once: another panel is told without a second warning.
        QTest::failOnWarning(QRegularExpression(u"chart plugin"_s));
        StatisticsPanel another;
        QVERIFY(another.setStatistics(twelvePoints(), rangeOfTwelve()));
        QVERIFY(another.isShowingTable());
        QCOMPARE(another.chartProblem(), problem);
    }

    void aFileThatIsNoChartPluginIsNamedAndRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile notAPlugin(dir.filePath(StatisticsChartPlugin::fileName()));
        QVERIFY(notAPlugin.open(QIODevice::WriteOnly));
        notAPlugin.write("not a shared object\n");
        notAPlugin.close();
        StatisticsChartPlugin::setSearchPathsForTesting(QStringList {dir.path()});
        const auto restore =
            qScopeGuard([] { StatisticsChartPlugin::setSearchPathsForTesting(std::nullopt); });

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"chart plugin could not be loaded"_s));
        QString error;
        QVERIFY(!StatisticsChartPlugin::factory(&error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(notAPlugin.fileName())),
                 qPrintable(error));

        // And the usual places again: the build tree's plugin.
        StatisticsChartPlugin::setSearchPathsForTesting(std::nullopt);
        QVERIFY2(StatisticsChartPlugin::factory(&error), qPrintable(error));
        QCOMPARE(error, QString());
    }

    void showsTheFiguresAsAChartAndAsATable()
    {
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"Images"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QVERIFY(panel.chart()->isShowingChart());
        for (StatisticType type : allStatisticTypes) {
            QCOMPARE(panel.chart()->pointCount(type), 12);
        }
        QVERIFY(panel.chart()->title().contains(u"every 5 minutes"_s));
        QVERIFY(!panel.isShowingTable());

        panel.setShowTable(true);
        QVERIFY(panel.isShowingTable());
        const StatisticsTableModel* model = panel.model();
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->columnCount(), 6);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Requests"_s);
        QCOMPARE(model->headerData(5, Qt::Horizontal).toString(), u"Bytes"_s);
        // On screen in the locale's numbers, plain for a spreadsheet.
        QCOMPARE(model->index(1, 1).data().toString(), u"1,010"_s);
        QCOMPARE(model->index(1, 1).data(TabularClipboard::PlainTextRole).toString(), u"1010"_s);
        QCOMPARE(model->index(0, 5).data(TabularClipboard::PlainTextRole).toString(),
                 u"3000000004"_s);
        QCOMPARE(model->index(0, 0).data(TabularClipboard::PlainTextRole).toString(),
                 u"2026-12-01T08:00:00Z"_s);
        // Without figures, the sentence says why in either view.
        panel.showMessage(u"The statistics could not be loaded."_s);
        QVERIFY(!panel.isShowingTable());
        QCOMPARE(panel.chart()->message(), u"The statistics could not be loaded."_s);
    }

    void theTableIsSizedToItsFiguresWhenShown()
    {
        StatisticsPanel panel;
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setTask(u"task-1"_s, u"Images"_s);
        QHeaderView* header = panel.table()->horizontalHeader();
        // Public there, where QTableView hides it.
        const QAbstractItemView* table = panel.table();
        const auto fitsItsFigures = [table, header] {
            for (int column = 0; column < header->count() - 1; ++column) {
                const int wanted =
                    std::max(table->sizeHintForColumn(column), header->sectionSizeHint(column));
                if (header->sectionSize(column) < wanted) {
                    qWarning("column %d: %d, its figures need %d", column,
                             header->sectionSize(column), wanted);
                    return false;
                }
            }
            return true;
        };
        // Behind the chart the figures are not measured: that costs the UI
        // thread a text layout of every row with each answer.
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QVERIFY(!panel.isShowingTable());
        QCOMPARE(header->sectionSize(0), header->defaultSectionSize());

        panel.setShowTable(true);
        QVERIFY(panel.isShowingTable());
        QVERIFY(fitsItsFigures());
        // The last column still reaches the table's right edge.
        QTRY_COMPARE(header->length(), header->viewport()->width());

        // Wider figures while the table is shown widen its columns.
        SyncTaskStatistics wider = twelvePoints();
        for (StatisticSeries& series : wider.series) {
            for (StatisticPoint& point : series.points) {
                point.value *= 1'000'000;
            }
        }
        const int before = header->sectionSize(1);
        QVERIFY(panel.setStatistics(wider, rangeOfTwelve()));
        QVERIFY(panel.isShowingTable());
        QVERIFY(fitsItsFigures());
        QVERIFY(header->sectionSize(1) > before);
        QTRY_COMPARE(header->length(), header->viewport()->width());
    }

    void theChartSummarizesItselfForScreenReaders()
    {
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"Images"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        StatisticsChart* chart = panel.chart();
        QVERIFY(chart);
        const QString summary = chart->summary();
        QVERIFY2(summary.startsWith(chart->title()), qPrintable(summary));
        const SyncTaskStatistics statistics = twelvePoints();
        const StatisticSeries* requests = statistics.find(StatisticType::Request);
        qint64 total = 0;
        for (const StatisticPoint& point : requests->points) {
            total += point.value;
        }
        // The highest request count is the last point's.
        const QString expected = u"Requests: %1 in all, at most %2 at %3."_s.arg(
            QLocale().toString(total), QLocale().toString(requests->points.last().value),
            QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(requests->points.last().timeMs).toLocalTime(),
                QLocale::ShortFormat));
        QVERIFY2(summary.contains(expected), qPrintable(summary + u" lacks "_s + expected));
        QVERIFY2(summary.contains(u"Synchronized bytes: "_s), qPrintable(summary));
        QVERIFY(chart->widget()->accessibleDescription().startsWith(summary));
        // The view itself, where Tab lands, carries it too.
        const auto* view = chart->widget()->findChild<QChartView*>();
        QCOMPARE(view->accessibleName(), chart->widget()->accessibleName());
        QVERIFY(view->accessibleDescription().startsWith(summary));

        panel.showMessage(u"The statistics could not be loaded."_s);
        QVERIFY(chart->summary().isEmpty());
        QCOMPARE(chart->widget()->accessibleDescription(),
                 u"The statistics could not be loaded."_s);
    }

    void theSamePointsAgainAreNotPlottedAgain()
    {
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"Images"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        StatisticsChart* chart = panel.chart();
        QVERIFY(chart);
        QCOMPARE(chart->plotCount(), 1);
        QSignalSpy resets(panel.model(), &QAbstractItemModel::modelReset);

        // A refresh a minute later: the same figures, a range moved with
        // the clock. The axis follows; the series and the table stay.
        StatisticsRange later = rangeOfTwelve();
        later.from = later.from.addSecs(60);
        later.to = later.to.addSecs(60);
        QVERIFY(panel.setStatistics(twelvePoints(), later));
        QCOMPARE(chart->plotCount(), 1);
        QCOMPARE(resets.count(), 0);
        const auto* axis = qobject_cast<QDateTimeAxis*>(
            chart->widget()->findChild<QChartView*>()->chart()->axes(Qt::Horizontal).constFirst());
        QCOMPARE(axis->max(), later.to.toLocalTime());

        // New figures are plotted.
        SyncTaskStatistics changed = twelvePoints();
        changed.series[0].points.last().value += 1;
        QVERIFY(panel.setStatistics(changed, later));
        QCOMPARE(chart->plotCount(), 2);
        QCOMPARE(resets.count(), 1);

        // After a message, the same figures are drawn again.
        panel.showMessage(u"Loading…"_s);
        QVERIFY(panel.setStatistics(changed, later));
        QVERIFY(chart->isShowingChart());
        QCOMPARE(chart->plotCount(), 3);
    }

    void theLinesStayVisibleOnADarkPalette()
    {
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"Images"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        for (const QColor& base :
             {QColor(Qt::white), QColor(0x1e, 0x1e, 0x1e), QColor(Qt::black)}) {
            QPalette palette = panel.palette();
            palette.setColor(QPalette::Base, base);
            palette.setColor(QPalette::Text, base.lightness() > 128 ? Qt::black : Qt::white);
            panel.setPalette(palette);
            for (StatisticType type : allStatisticTypes) {
                const QColor line = panel.chart()->seriesColor(type);
                QVERIFY2(ReadableColor::contrastRatio(line, base) >= 3.0,
                         qPrintable(line.name() + u" on "_s + base.name()));
            }
        }
    }

    void hoveringAPointShowsItsExactTimeAndValues()
    {
        StatisticsChartView chart;
        chart.setStatistics(twelvePoints(), rangeOfTwelve());
        // Nearer the third point than the second.
        const QString text = chart.pointText(firstPointMs + 2 * step - 60'000);
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(firstPointMs + 2 * step).toLocalTime();
        QVERIFY2(text.startsWith(QLocale().toString(start, QLocale::ShortFormat)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Requests: 1,020"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Failures: 1,022"_s), qPrintable(text));
        QVERIFY2(text.contains(u"3,000,000,024 bytes"_s), qPrintable(text));
        // Past the end: the last point.
        QVERIFY(chart.pointText(firstPointMs + 100 * step).contains(u"Requests: 1,110"_s));

        // The tip itself, as the pointer resting over the middle of the chart asks for it.
        chart.resize(800, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QWidget* viewport = chart.findChild<QChartView*>()->viewport();
        const QPoint middle = viewport->rect().center();
        QHelpEvent help(QEvent::ToolTip, middle, viewport->mapToGlobal(middle));
        QApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Requests: "_s), qPrintable(QToolTip::text()));
        // Outside the plot area there is nothing to tell.
        QHelpEvent corner(QEvent::ToolTip, QPoint(1, 1), viewport->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(viewport, &corner);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void aLegendEntryHidesAndShowsItsLine()
    {
        StatisticsChartView chart;
        chart.setStatistics(twelvePoints(), rangeOfTwelve());
        // A marker is a graphics item: visible only in a shown chart.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QChart* qchart = chart.findChild<QChartView*>()->chart();
        QLegendMarker* failures = nullptr;
        for (QLegendMarker* marker : qchart->legend()->markers()) {
            if (marker->label() == u"Failures"_s) {
                failures = marker;
            }
        }
        QVERIFY(failures);
        // Each entry reads as the table's column for the same figures.
        const QList<QLegendMarker*> markers = qchart->legend()->markers();
        QCOMPARE(markers.size(), qsizetype(allStatisticTypes.size()));
        for (StatisticType type : allStatisticTypes) {
            QCOMPARE(markers.at(qsizetype(type))->label(),
                     type == StatisticType::Size ? u"Synchronized bytes"_s
                                                 : StatisticsTableModel::title(type));
        }
        Q_EMIT failures->clicked();
        QVERIFY(!chart.isSeriesVisible(StatisticType::Failure));
        QVERIFY(failures->isVisible()); // the way back stays
        QVERIFY(chart.isSeriesVisible(StatisticType::Request));
        Q_EMIT failures->clicked();
        QVERIFY(chart.isSeriesVisible(StatisticType::Failure));
    }

    void copiesTheSelectedCellsAsTabSeparatedRows()
    {
        StatisticsPanel panel;
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        panel.setShowTable(true);
        QTableView* table = panel.table();
        const QAbstractItemModel* model = table->model();
        table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 2)),
                                        QItemSelectionModel::Select);
        QCOMPARE(TabularClipboard::selectionText(table),
                 u"Time\tRequests\tSuccesses\n"
                 "2026-12-01T08:00:00Z\t1000\t1001\n"
                 "2026-12-01T08:05:00Z\t1010\t1011\n"_s);
        QVERIFY(TabularClipboard::copySelection(table));
        QCOMPARE(QGuiApplication::clipboard()->text(), TabularClipboard::selectionText(table));
        table->clearSelection();
        QVERIFY(!TabularClipboard::copySelection(table));
    }

    void exportsCsvWithAByteOrderMarkAndJson()
    {
        StatisticsPanel panel;
        panel.setTask(u"task-1"_s, u"图片同步 / images"_s);
        QVERIFY(panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QTemporaryDir dir;
        QString error;

        QVERIFY2(panel.exportTo(dir.filePath(u"f.csv"_s), &error), qPrintable(error));
        QFile csv(dir.filePath(u"f.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith(Csv::utf8Bom));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 14);
        QCOMPARE(lines.at(0), QByteArray("time,requests,successes,failures,skips,bytes\r"));
        QCOMPARE(lines.at(1), QByteArray("2026-12-01T08:00:00Z,1000,1001,1002,1003,3000000004\r"));

        QVERIFY2(panel.exportTo(dir.filePath(u"f.json"_s), &error), qPrintable(error));
        QFile file(dir.filePath(u"f.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"granularity"_s).toString(), u"FIVE_MINUTES"_s);
        QCOMPARE(json.value(u"task_id"_s).toString(), u"task-1"_s);
        QCOMPARE(json.value(u"from"_s).toString(), u"2026-12-01T08:00:00Z"_s);
        const QJsonArray points = json.value(u"points"_s).toArray();
        QCOMPARE(points.size(), 12);
        QCOMPARE(points.at(11).toObject().value(u"bytes"_s).toInteger(), 3000000114LL);

        // From the button: a name typed without a suffix is a CSV file; the
        // suggested name is the task's, made safe for a file system.
        QSignalSpy exported(&panel, &StatisticsPanel::exported);
        FileDialog::setNextFileName(dir.filePath(u"typed"_s));
        panel.findChild<QToolButton*>(u"statisticsExport"_s)->click();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), dir.filePath(u"typed.csv"_s));
        QVERIFY(QFile::exists(dir.filePath(u"typed.csv"_s)));
        QVERIFY(FileDialog::lastRequest().directory.endsWith(
            u"图片同步 - images-20261201-20261201.csv"_s));

        // A place that cannot be written: an error, and no file.
        QVERIFY(!panel.exportTo(dir.filePath(u"missing/f.csv"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"missing/f.csv"_s)));
    }

    void aCustomRangeIsCheckedBeforeAnythingIsAsked()
    {
        StatisticsPanel panel;
        QSignalSpy changed(&panel, &StatisticsPanel::rangeChanged);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        QVERIFY(!panel.setCustomRange(now, now.addDays(-2)));
        QVERIFY(panel.customRangeError().contains(u"“From” must be before “To”"_s));
        QVERIFY(!panel.setCustomRange(now.addDays(-400), now));
        QVERIFY(panel.customRangeError().contains(u"366 days"_s));
        QVERIFY(!panel.setCustomRange(now.addDays(1), now.addDays(2)));
        QVERIFY(panel.customRangeError().contains(u"future"_s));
        QCOMPARE(changed.size(), 0);

        QVERIFY(panel.setCustomRange(now.addDays(-45), now));
        QCOMPARE(panel.customRangeError(), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.range().preset, StatisticsRange::Preset::Custom);
        // The editors keep whole minutes.
        QVERIFY(qAbs(panel.range().from.secsTo(now.addDays(-45))) < 60);
    }

    void aPresetAsksAgainAndAnAnswerForAnotherRangeIsDropped()
    {
        StatisticsPanel panel;
        QSignalSpy changed(&panel, &StatisticsPanel::rangeChanged);
        panel.setPreset(StatisticsRange::Preset::Last7Days);
        QCOMPARE(changed.size(), 1);
        const StatisticsRange range = panel.range();
        QCOMPARE(range.preset, StatisticsRange::Preset::Last7Days);
        QVERIFY(qAbs(range.from.secsTo(QDateTime::currentDateTimeUtc().addDays(-7))) < 5);
        // A slow answer for the 24 hours asked for before.
        QVERIFY(!panel.setStatistics(twelvePoints(), rangeOfTwelve()));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.hasFigures());
    }
};

QTEST_MAIN(TestStatisticsPanel)
#include "TestStatisticsPanel.moc"
