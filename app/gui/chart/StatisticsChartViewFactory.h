// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsChart.h"

#include <QObject>

namespace OmsSync::Gui {

// The root object of the chart plugin (oms-sync-desk-chart): what
// StatisticsChartPlugin finds in it, and the only way the application makes
// a StatisticsChartView.
class StatisticsChartViewFactory : public QObject, public StatisticsChartFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OMS_SYNC_STATISTICS_CHART_FACTORY_IID)
    Q_INTERFACES(OmsSync::Gui::StatisticsChartFactory)

public:
    explicit StatisticsChartViewFactory(QObject* parent = nullptr);

    StatisticsChart* create(QWidget* parent) override;
};

} // namespace OmsSync::Gui
