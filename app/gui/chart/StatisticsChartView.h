// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsChart.h"

#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QValueAxis;

namespace OmsSync::Gui {

// A range of a task's statistics: requests, successes, failures and skips as
// lines on one axis, synchronized bytes on an axis of their own. Hovering a
// point shows its exact time and values; clicking a legend entry hides or
// shows its line. Colours follow the palette; when there is nothing to draw
// (no data yet, loading, an error) a sentence says why instead of an empty
// grid. Built into the chart plugin only: the application reaches it as a
// StatisticsChart made by StatisticsChartViewFactory.
class StatisticsChartView : public QWidget, public StatisticsChart
{
    Q_OBJECT

public:
    explicit StatisticsChartView(QWidget* parent = nullptr);

    QWidget* widget() override { return this; }

    void setStatistics(const SyncTaskStatistics& statistics, const StatisticsRange& range) override;
    void showMessage(const QString& message) override;

    void setSeriesVisible(StatisticType type, bool visible) override;
    bool isSeriesVisible(StatisticType type) const override;
    QString pointText(qint64 timeMs) const override;

    qsizetype pointCount(StatisticType type) const override;
    int plotCount() const override { return m_plots; }
    bool isShowingChart() const override;
    QString message() const override;
    QString title() const override;
    QString summary() const override;
    QColor seriesColor(StatisticType type) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void applySeriesColor(StatisticType type);
    // Puts m_statistics into the series; false when every value is zero.
    bool plotPoints();
    QString summaryText() const;
    void updateValueAxes();
    QLineSeries* series(StatisticType type) const;

    QStackedLayout* m_stack;
    QLabel* m_message;
    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_countAxis;
    QValueAxis* m_sizeAxis;
    std::array<QLineSeries*, allStatisticTypes.size()> m_series {};
    SyncTaskStatistics m_statistics;
    QList<StatisticsRow> m_rows;
    QString m_summary;
    qint64 m_sizeUnit = 1; // bytes per unit of the size axis
    int m_plots = 0;
};

} // namespace OmsSync::Gui
