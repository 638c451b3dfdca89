// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsChartView.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

QLineSeries* makeSeries(const QString& name, const QColor& color, QChart* chart)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    series->setPen(pen);
    chart->addSeries(series);
    return series;
}

} // namespace

StatisticsChartView::StatisticsChartView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_message(new QLabel(this))
    , m_chart(new QChart)
    // Given the chart at construction: QChartView(parent) would make a
    // default chart that setChart() later releases without deleting.
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    setObjectName(u"statisticsChart"_s);
    setAccessibleName(tr("Statistics of the last 24 hours"));
    m_message->setObjectName(u"statisticsMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart->setTitle(tr("Last 24 hours"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    // Colours that read on light and dark backgrounds alike.
    m_requests = makeSeries(tr("Requests"), QColor(0x3b, 0x82, 0xf6), m_chart);
    m_successes = makeSeries(tr("Successes"), QColor(0x22, 0xa0, 0x4a), m_chart);
    m_failures = makeSeries(tr("Failures"), QColor(0xe0, 0x36, 0x3e), m_chart);
    m_skips = makeSeries(tr("Skips"), QColor(0xd4, 0x9a, 0x06), m_chart);

    // The time labels in the user's clock ("15:00", "3:00 PM"). The counts
    // stay plain integers: with QChart::setLocalizeNumbers, Qt Charts 6.4
    // draws no value labels for a "%d" format, and decimals without one.
    m_timeAxis->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setLabelFormat(u"%d"_s);
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QLineSeries* s : {m_requests, m_successes, m_failures, m_skips}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_valueAxis);
    }

    m_view->setRenderHint(QPainter::Antialiasing);
    // Four antialiased series of 288 points take milliseconds to draw: the
    // chart is drawn once into a pixmap, and a repaint of the window around
    // it (a refresh changing the table) only copies that.
    m_chart->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    m_view->setMinimumSize(280, 200);
    m_view->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    applyPalette();
    showMessage(tr("Select a task to see its statistics."));
}

QLineSeries* StatisticsChartView::series(StatisticType type) const
{
    switch (type) {
    case StatisticType::Request:
        return m_requests;
    case StatisticType::Success:
        return m_successes;
    case StatisticType::Failure:
        return m_failures;
    case StatisticType::Skip:
        return m_skips;
    case StatisticType::Size:
        break;
    }
    return nullptr;
}

void StatisticsChartView::setStatistics(const SyncTaskStatistics& statistics, const QDateTime& from,
                                        const QDateTime& to)
{
    qint64 maximum = 0;
    bool anyPoint = false;
    for (StatisticType type : {StatisticType::Request, StatisticType::Success,
                               StatisticType::Failure, StatisticType::Skip}) {
        QList<QPointF> points;
        if (const StatisticSeries* found = statistics.find(type)) {
            points.reserve(found->points.size());
            for (const StatisticPoint& point : found->points) {
                points.append(QPointF(qreal(point.timeMs), qreal(point.value)));
                maximum = std::max(maximum, point.value);
            }
        }
        anyPoint = anyPoint || !points.isEmpty();
        series(type)->replace(points);
    }
    if (!anyPoint || maximum == 0) {
        // A flat line at zero says less than a sentence.
        showMessage(tr("Nothing was synchronized in the last 24 hours."));
        return;
    }
    m_timeAxis->setRange(from.toLocalTime(), to.toLocalTime());
    // Whole numbers on a scale that never ends exactly at the highest point.
    const qint64 top = std::max<qint64>(5, maximum + maximum / 10 + 1);
    m_valueAxis->setRange(0, qreal(top));
    m_valueAxis->applyNiceNumbers();
    m_stack->setCurrentWidget(m_view);
}

void StatisticsChartView::showMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

qsizetype StatisticsChartView::pointCount(StatisticType type) const
{
    const QLineSeries* s = series(type);
    return s ? s->count() : 0;
}

bool StatisticsChartView::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString StatisticsChartView::message() const
{
    return isShowingChart() ? QString() : m_message->text();
}

void StatisticsChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QWidget::changeEvent(event);
}

void StatisticsChartView::applyPalette()
{
    // Qt Charts has its own themes; the window's palette is what the user
    // chose, light or dark, so the chart takes its colours from there.
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setTitleBrush(pal.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace OmsSync::Gui
