// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsChartView.h"

#include "ReadableColor.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

constexpr qint64 hourMs = SyncTaskStatistics::oneHourMs;

// Colours that read on light and dark backgrounds alike, by type.
const QColor seriesColors[] = {QColor(0x3b, 0x82, 0xf6), QColor(0x22, 0xa0, 0x4a),
                               QColor(0xe0, 0x36, 0x3e), QColor(0xd4, 0x9a, 0x06),
                               QColor(0x8b, 0x5c, 0xf6)};

std::size_t slot(StatisticType type)
{
    return static_cast<std::size_t>(type);
}

// The statistics table's column titles, in its catalog context: a legend
// entry reads as the column it stands for, and the plugin links no table
// model for five words. TestStatisticsPanel compares the two.
QString columnTitle(StatisticType type)
{
    switch (type) {
    case StatisticType::Request:
        return QCoreApplication::translate("OmsSync::Gui::StatisticsTableModel", "Requests");
    case StatisticType::Success:
        return QCoreApplication::translate("OmsSync::Gui::StatisticsTableModel", "Successes");
    case StatisticType::Failure:
        return QCoreApplication::translate("OmsSync::Gui::StatisticsTableModel", "Failures");
    case StatisticType::Skip:
        return QCoreApplication::translate("OmsSync::Gui::StatisticsTableModel", "Skips");
    case StatisticType::Size:
        return QCoreApplication::translate("OmsSync::Gui::StatisticsTableModel", "Bytes");
    }
    return {};
}

// The locale's short date without its year: "12/3", "03/12", "12/3" for
// zh_CN. A month of ticks needs no year on each.
QString monthDayFormat()
{
    static const QRegularExpression year(u"^[^dM]*y+[^dM]*|[^dM]*y+[^dM]*$"_s);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.remove(year);
    return format.isEmpty() ? u"M/d"_s : format;
}

// The size axis in the largest binary unit under the highest point.
std::pair<qint64, QString> sizeUnit(qint64 maximum)
{
    static const char* const names[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    qint64 unit = 1;
    int index = 0;
    while (index + 1 < int(std::size(names)) && maximum / unit >= 1024) {
        unit *= 1024;
        ++index;
    }
    return {unit, QString::fromLatin1(names[index])};
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
    , m_countAxis(new QValueAxis(m_chart))
    , m_sizeAxis(new QValueAxis(m_chart))
{
    setObjectName(u"statisticsChart"_s);
    setAccessibleName(tr("Statistics chart"));
    m_message->setObjectName(u"statisticsMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    // The counts stay plain integers: with QChart::setLocalizeNumbers, Qt
    // Charts 6.4 draws no value labels for a "%d" format, and decimals
    // without one.
    m_timeAxis->setTickCount(7);
    m_countAxis->setLabelFormat(u"%d"_s);
    m_sizeAxis->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_sizeAxis, Qt::AlignRight);

    for (StatisticType type : allStatisticTypes) {
        auto* line = new QLineSeries(m_chart);
        line->setName(columnTitle(type));
        QPen pen;
        pen.setWidthF(2.0);
        if (type == StatisticType::Size) {
            // Dashed, as it is read on the other axis. One device pixel
            // wide: a wider dashed line goes through Qt's general stroker,
            // which took 30 ms of the UI thread for a month of points; this
            // one is drawn by the cosmetic line rasterizer in under one.
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.0);
            pen.setCosmetic(true);
            line->setName(tr("Synchronized bytes"));
        }
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(type == StatisticType::Size ? m_sizeAxis : m_countAxis);
        m_series[slot(type)] = line;
    }
    // A legend entry is a switch: the line goes, the entry stays, dimmed.
    const QList<QLegendMarker*> markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        const auto it = std::find(m_series.cbegin(), m_series.cend(), marker->series());
        if (it == m_series.cend()) {
            continue;
        }
        const auto type = static_cast<StatisticType>(it - m_series.cbegin());
        connect(marker, &QLegendMarker::clicked, this,
                [this, type] { setSeriesVisible(type, !isSeriesVisible(type)); });
    }

    m_view->setRenderHint(QPainter::Antialiasing);
    // Five antialiased series of hundreds of points take milliseconds to
    // draw: the chart is drawn once into a pixmap, and a repaint of the
    // window around it (a refresh changing the table) only copies that.
    m_chart->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    m_view->setMinimumSize(280, 200);
    m_view->setFrameShape(QFrame::NoFrame);
    // Tab reaches the chart, and a screen reader then reads its summary.
    m_view->setAccessibleName(accessibleName());
    m_view->viewport()->setAccessibleName(accessibleName());
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    applyPalette();
    showMessage(tr("Select a task to see its statistics."));
}

QLineSeries* StatisticsChartView::series(StatisticType type) const
{
    return m_series[slot(type)];
}

void StatisticsChartView::setStatistics(const SyncTaskStatistics& statistics,
                                        const StatisticsRange& range)
{
    // A refresh mostly brings the same points again: replacing five series
    // of hundreds of points and laying the chart out anew would cost the UI
    // thread milliseconds for nothing. Then only the title and the time axis
    // follow the range, which moves with the clock.
    const bool samePoints = isShowingChart() && statistics == m_statistics;
    if (!samePoints) {
        m_statistics = statistics;
        m_rows = statistics.rows();
        if (!plotPoints()) {
            // A flat line at zero says less than a sentence.
            showMessage(tr("Nothing was synchronized in this range."));
            return;
        }
    }

    QString period;
    switch (range.preset) {
    case StatisticsRange::Preset::Last24Hours:
        period = tr("Last 24 hours");
        break;
    case StatisticsRange::Preset::Last7Days:
        period = tr("Last 7 days");
        break;
    case StatisticsRange::Preset::Last30Days:
        period = tr("Last 30 days");
        break;
    case StatisticsRange::Preset::Custom:
        period = tr("%1 to %2")
                     .arg(QLocale().toString(range.from.toLocalTime(), QLocale::ShortFormat),
                          QLocale().toString(range.to.toLocalTime(), QLocale::ShortFormat));
        break;
    }
    const qint64 step = statistics.stepMs();
    const QString granularity = step == SyncTaskStatistics::fiveMinutesMs ? tr("every 5 minutes")
        : step == hourMs                                                  ? tr("hourly")
                                                                          : statistics.granularity;
    m_chart->setTitle(granularity.isEmpty() ? period : tr("%1, %2").arg(period, granularity));
    m_summary = summaryText();
    const QString description =
        m_summary + u'\n' + tr("Show the statistics as a table to read every figure.");
    setAccessibleDescription(description);
    m_view->setAccessibleDescription(description);

    const qint64 spanMs = range.from.msecsTo(range.to);
    const QString time = QLocale().timeFormat(QLocale::ShortFormat);
    m_timeAxis->setFormat(spanMs <= 36 * hourMs       ? time
                              : spanMs <= 72 * hourMs ? monthDayFormat() + u' ' + time
                                                      : monthDayFormat());
    m_timeAxis->setRange(range.from.toLocalTime(), range.to.toLocalTime());
    if (!samePoints) {
        updateValueAxes();
    }
    m_stack->setCurrentWidget(m_view);
}

bool StatisticsChartView::plotPoints()
{
    ++m_plots;
    qint64 anyValue = 0;
    for (StatisticType type : allStatisticTypes) {
        QList<QPointF> points;
        if (const StatisticSeries* found = m_statistics.find(type)) {
            points.reserve(found->points.size());
            for (const StatisticPoint& point : found->points) {
                points.append(QPointF(qreal(point.timeMs), qreal(point.value)));
                anyValue = std::max(anyValue, point.value);
            }
        }
        series(type)->replace(points);
    }
    m_sizeUnit = 1; // as just drawn: updateValueAxes() scales it
    // A legend entry for a series OMS did not send would switch nothing.
    for (QLegendMarker* marker : m_chart->legend()->markers()) {
        const auto* line = static_cast<QLineSeries*>(marker->series());
        marker->setVisible(line->count() > 0);
    }
    return anyValue > 0;
}

void StatisticsChartView::updateValueAxes()
{
    qint64 countTop = 0;
    for (StatisticType type : {StatisticType::Request, StatisticType::Success,
                               StatisticType::Failure, StatisticType::Skip}) {
        if (const StatisticSeries* found = m_statistics.find(type);
            found && isSeriesVisible(type)) {
            for (const StatisticPoint& point : found->points) {
                countTop = std::max(countTop, point.value);
            }
        }
    }
    // Whole numbers on a scale that never ends exactly at the highest point.
    m_countAxis->setRange(0, qreal(std::max<qint64>(5, countTop + countTop / 10 + 1)));
    m_countAxis->applyNiceNumbers();

    qint64 sizeTop = 0;
    const StatisticSeries* sizes = m_statistics.find(StatisticType::Size);
    if (sizes) {
        for (const StatisticPoint& point : sizes->points) {
            sizeTop = std::max(sizeTop, point.value);
        }
    }
    const auto [unit, unitName] = sizeUnit(sizeTop);
    if (unit != m_sizeUnit && sizes) {
        // The line is drawn in the axis' unit, so its labels stay short.
        QList<QPointF> points;
        points.reserve(sizes->points.size());
        for (const StatisticPoint& point : sizes->points) {
            points.append(QPointF(qreal(point.timeMs), qreal(point.value) / qreal(unit)));
        }
        series(StatisticType::Size)->replace(points);
    }
    m_sizeUnit = unit;
    const qreal scaledTop = qreal(sizeTop) / qreal(unit);
    m_sizeAxis->setRange(0, std::max(5.0, scaledTop * 1.1));
    m_sizeAxis->applyNiceNumbers();
    m_sizeAxis->setTitleText(tr("Bytes (%1)").arg(unitName));
    m_sizeAxis->setVisible(sizes && !sizes->points.isEmpty()
                           && isSeriesVisible(StatisticType::Size));
}

void StatisticsChartView::setSeriesVisible(StatisticType type, bool visible)
{
    series(type)->setVisible(visible);
    applySeriesColor(type);
    updateValueAxes();
}

void StatisticsChartView::applySeriesColor(StatisticType type)
{
    QLineSeries* line = series(type);
    // Lines need 3:1 against the plot's background to be seen (WCAG 1.4.11):
    // the blue and red that read well on white are too dark on a dark theme.
    const QColor color = ReadableColor::on(
        seriesColors[slot(type)], palette().color(QPalette::Base), ReadableColor::graphicsContrast);
    QPen pen = line->pen();
    pen.setColor(color);
    line->setPen(pen);
    for (QLegendMarker* marker : m_chart->legend()->markers(line)) {
        // Qt hides the entry with its series; it stays, as the way back.
        marker->setVisible(line->count() > 0);
        QColor label = palette().color(QPalette::Text);
        QColor brush = color;
        if (!line->isVisible()) {
            label.setAlphaF(0.4f);
            brush.setAlphaF(0.25f);
        }
        marker->setLabelBrush(label);
        marker->setBrush(brush);
        marker->setPen(QPen(brush));
    }
}

QColor StatisticsChartView::seriesColor(StatisticType type) const
{
    return series(type)->pen().color();
}

bool StatisticsChartView::isSeriesVisible(StatisticType type) const
{
    return series(type)->isVisible();
}

QString StatisticsChartView::pointText(qint64 timeMs) const
{
    if (m_rows.isEmpty()) {
        return {};
    }
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), timeMs,
                               [](const StatisticsRow& row, qint64 t) { return row.timeMs < t; });
    if (it == m_rows.cend()) {
        --it;
    } else if (it != m_rows.cbegin() && timeMs - std::prev(it)->timeMs < it->timeMs - timeMs) {
        --it;
    }
    const StatisticsRow& row = *it;
    const qint64 step = m_statistics.stepMs();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(row.timeMs).toLocalTime();
    QString text = QLocale().toString(start, QLocale::ShortFormat);
    if (step > 0) {
        text =
            tr("%1 to %2")
                .arg(text, QLocale().toString(start.addMSecs(step).time(), QLocale::ShortFormat));
    }
    for (StatisticType type : allStatisticTypes) {
        const std::optional<qint64> value = row.value(type);
        if (!value) {
            continue;
        }
        // Sizes read at a glance, with the exact count beside them where
        // the short form rounds.
        QString shown = QLocale().toString(*value);
        if (type == StatisticType::Size) {
            shown = *value < 1024
                ? QLocale().formattedDataSize(*value)
                : tr("%1 (%2 bytes)")
                      .arg(QLocale().formattedDataSize(*value), QLocale().toString(*value));
        }
        text += u'\n' + tr("%1: %2").arg(columnTitle(type), shown);
    }
    return text;
}

QString StatisticsChartView::summaryText() const
{
    // What a glance at the lines tells: the title, then for each series its
    // total and its highest point with when it was.
    QStringList sentences {m_chart->title()};
    for (StatisticType type : allStatisticTypes) {
        const StatisticSeries* found = m_statistics.find(type);
        if (!found || found->points.isEmpty()) {
            continue;
        }
        qint64 total = 0;
        const StatisticPoint* highest = &found->points.first();
        for (const StatisticPoint& point : found->points) {
            total += point.value;
            if (point.value > highest->value) {
                highest = &point;
            }
        }
        const auto amount = [type](qint64 value) {
            return type == StatisticType::Size ? QLocale().formattedDataSize(value)
                                               : QLocale().toString(value);
        };
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(highest->timeMs).toLocalTime(), QLocale::ShortFormat);
        sentences.append(
            tr("%1: %2 in all, at most %3 at %4.", "series: total, peak, its time")
                .arg(series(type)->name(), amount(total), amount(highest->value), when));
    }
    return sentences.join(u' ');
}

QString StatisticsChartView::summary() const
{
    return isShowingChart() ? m_summary : QString();
}

void StatisticsChartView::showMessage(const QString& message)
{
    setAccessibleDescription(message);
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

qsizetype StatisticsChartView::pointCount(StatisticType type) const
{
    return series(type)->count();
}

bool StatisticsChartView::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString StatisticsChartView::message() const
{
    return isShowingChart() ? QString() : m_message->text();
}

QString StatisticsChartView::title() const
{
    return m_chart->title();
}

bool StatisticsChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport()) {
        return QWidget::eventFilter(watched, event);
    }
    // The tip opens as any other does, after the pointer rests (QEvent::ToolTip),
    // and then follows it from point to point while it is open.
    const bool asked = event->type() == QEvent::ToolTip;
    if (asked || (event->type() == QEvent::MouseMove && QToolTip::isVisible())) {
        const QPoint at = asked ? static_cast<QHelpEvent*>(event)->pos()
                                : static_cast<QMouseEvent*>(event)->position().toPoint();
        const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(at));
        const QString text = m_chart->plotArea().contains(inChart)
            ? pointText(qint64(m_chart->mapToValue(inChart, series(StatisticType::Request)).x()))
            : QString();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(m_view->viewport()->mapToGlobal(at), text, m_view->viewport());
        }
        return asked;
    }
    if (event->type() == QEvent::Leave) {
        QToolTip::hideText();
    }
    return QWidget::eventFilter(watched, event);
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
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_countAxis),
          static_cast<QAbstractAxis*>(m_sizeAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_sizeAxis->setGridLineVisible(false);
    for (StatisticType type : allStatisticTypes) {
        applySeriesColor(type);
    }
}

} // namespace OmsSync::Gui
