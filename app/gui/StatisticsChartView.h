// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTaskStatistics.h"

#include <QDateTime>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QValueAxis;

namespace OmsSync::Gui {

// The last 24 hours of a task's 5-minute statistics: requests, successes,
// failures and skips as lines over time. Colours follow the palette; when
// there is nothing to draw (no data yet, loading, an error) a sentence says
// why instead of an empty grid.
class StatisticsChartView : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsChartView(QWidget* parent = nullptr);

    void setStatistics(const SyncTaskStatistics& statistics, const QDateTime& from,
                       const QDateTime& to);
    void showMessage(const QString& message);

    // For tests: the points drawn for one series.
    qsizetype pointCount(StatisticType type) const;
    bool isShowingChart() const;
    QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    QLineSeries* series(StatisticType type) const;

    QStackedLayout* m_stack;
    QLabel* m_message;
    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QLineSeries* m_requests;
    QLineSeries* m_successes;
    QLineSeries* m_failures;
    QLineSeries* m_skips;
};

} // namespace OmsSync::Gui
