// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsChartViewFactory.h"

#include "StatisticsChartView.h"

namespace OmsSync::Gui {

StatisticsChartViewFactory::StatisticsChartViewFactory(QObject* parent)
    : QObject(parent)
{ }

StatisticsChart* StatisticsChartViewFactory::create(QWidget* parent)
{
    return new StatisticsChartView(parent);
}

} // namespace OmsSync::Gui
