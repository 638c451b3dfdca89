// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsRange.h"
#include "SyncTaskStatistics.h"

#include <QColor>
#include <QObject>
#include <QString>

class QWidget;

namespace OmsSync::Gui {

// A range of a task's statistics drawn as lines, as StatisticsPanel shows
// it. Qt Charts, which draws it, costs every start of the application
// libraries and relocations for a chart most sessions never open, so the
// drawing lives in a plugin (app/gui/chart) that StatisticsChartPlugin loads
// the first time a chart is wanted; this is all the application knows of it.
//
// Not a QObject: the metaobject of a QObject interface would live in the
// executable, where the plugin cannot link it. widget() is the QObject.
class StatisticsChart
{
public:
    virtual ~StatisticsChart() = default;

    // The chart itself, owned by the parent it was created with.
    virtual QWidget* widget() = 0;

    virtual void setStatistics(const SyncTaskStatistics& statistics,
                               const StatisticsRange& range) = 0;
    // A sentence instead of an empty grid: no data yet, loading, an error.
    virtual void showMessage(const QString& message) = 0;

    virtual void setSeriesVisible(StatisticType type, bool visible) = 0;
    virtual bool isSeriesVisible(StatisticType type) const = 0;
    // What hovering shows for the point nearest `timeMs`: its interval and
    // every value; empty without points.
    virtual QString pointText(qint64 timeMs) const = 0;

    // For tests: the points drawn for one series, and how many times the
    // points were plotted anew.
    virtual qsizetype pointCount(StatisticType type) const = 0;
    virtual int plotCount() const = 0;
    virtual bool isShowingChart() const = 0;
    // The sentence shown; empty while the chart is.
    virtual QString message() const = 0;
    // "Last 7 days, hourly": the chart's title.
    virtual QString title() const = 0;
    // The title, then each series' total and highest point: what a screen
    // reader announces as the chart's description. Empty without a chart.
    virtual QString summary() const = 0;
    virtual QColor seriesColor(StatisticType type) const = 0;
};

// What the chart plugin's root object is: it makes the charts.
class StatisticsChartFactory
{
public:
    virtual ~StatisticsChartFactory() = default;

    // A new chart, its widget a child of `parent`.
    virtual StatisticsChart* create(QWidget* parent) = 0;
};

} // namespace OmsSync::Gui

// The interfaces' version: in a plugin built against other ones,
// qobject_cast finds no factory, and the plugin is refused rather than
// called with the wrong layout. Change it with either class.
#define OMS_SYNC_STATISTICS_CHART_FACTORY_IID "io.github.omssyncdesk.StatisticsChartFactory/1"
Q_DECLARE_INTERFACE(OmsSync::Gui::StatisticsChartFactory, OMS_SYNC_STATISTICS_CHART_FACTORY_IID)
