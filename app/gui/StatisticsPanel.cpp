// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsPanel.h"

#include "Csv.h"
#include "FileDialog.h"
#include "Icons.h"
#include "MessageBox.h"
#include "ProblemLabel.h"
#include "StatisticsChart.h"
#include "StatisticsChartPlugin.h"
#include "StatisticsExport.h"
#include "StatisticsTableModel.h"
#include "TabularClipboard.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

using Preset = StatisticsRange::Preset;

// A file name from what the user calls the task: characters no file
// system takes become dashes; Chinese stays.
QString fileNameStem(const QString& name)
{
    static const QRegularExpression unsafe(uR"([\\/:*?"<>|\x00-\x1f]+)"_s);
    QString stem = name.trimmed();
    stem.replace(unsafe, u"-"_s);
    return stem.isEmpty() ? u"statistics"_s : stem.left(80);
}

// Whether the chart would draw lines for these figures, not its sentence
// that nothing was synchronized (a paused task's are all zero).
bool hasLines(const SyncTaskStatistics& statistics)
{
    for (StatisticType type : allStatisticTypes) {
        if (const StatisticSeries* found = statistics.find(type)) {
            for (const StatisticPoint& point : found->points) {
                if (point.value > 0) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

StatisticsPanel::StatisticsPanel(QWidget* parent)
    : QWidget(parent)
    , m_rangeBox(new QComboBox(this))
    , m_customRow(new QWidget(this))
    , m_fromEdit(new QDateTimeEdit(m_customRow))
    , m_toEdit(new QDateTimeEdit(m_customRow))
    , m_showButton(new QPushButton(tr("Show"), m_customRow))
    , m_rangeError(new ProblemLabel(this))
    , m_tableToggle(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_chartProblem(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_placeholder(new QWidget(m_views))
    , m_placeholderMessage(new QLabel(m_placeholder))
    , m_table(new QTableView(this))
    , m_model(new StatisticsTableModel(this))
{
    setObjectName(u"statisticsPanel"_s);

    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    m_rangeBox->setObjectName(u"statisticsRange"_s);
    m_rangeBox->setAccessibleName(tr("Statistics range"));
    m_rangeBox->addItem(tr("Last 24 hours"), int(Preset::Last24Hours));
    m_rangeBox->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_rangeBox->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_rangeBox->addItem(tr("Custom range…"), int(Preset::Custom));
    m_rangeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_rangeBox, &QComboBox::activated, this, &StatisticsPanel::onPresetChosen);

    m_tableToggle->setObjectName(u"statisticsTableToggle"_s);
    m_tableToggle->setText(tr("Show as Ta&ble"));
    m_tableToggle->setToolTip(tr("The same figures as a table, to read or copy exact values"));
    m_tableToggle->setCheckable(true);
    m_tableToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_tableToggle, &QToolButton::toggled, this, &StatisticsPanel::updateView);

    m_exportButton->setObjectName(u"statisticsExport"_s);
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setIcon(Icons::action(u"export"_s));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setToolTip(tr("Save the figures of this range as CSV or JSON"));
    m_exportButton->setEnabled(false);
    connect(m_exportButton, &QToolButton::clicked, this, &StatisticsPanel::exportFigures);

    auto* top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_rangeBox);
    top->addStretch(1);
    top->addWidget(m_tableToggle);
    top->addWidget(m_exportButton);

    // The custom range, shown only when chosen: From, To and Show.
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_fromEdit->setObjectName(u"statisticsFrom"_s);
    m_fromEdit->setDateTime(now.addDays(-7));
    m_toEdit->setObjectName(u"statisticsTo"_s);
    m_toEdit->setDateTime(now);
    auto* fromLabel = new QLabel(tr("Fro&m:"), m_customRow);
    fromLabel->setBuddy(m_fromEdit);
    auto* toLabel = new QLabel(tr("T&o:"), m_customRow);
    toLabel->setBuddy(m_toEdit);
    m_fromEdit->setAccessibleName(tr("Range from"));
    m_toEdit->setAccessibleName(tr("Range to"));
    m_showButton->setObjectName(u"statisticsShowRange"_s);
    m_showButton->setAutoDefault(false);
    connect(m_showButton, &QPushButton::clicked, this, &StatisticsPanel::applyCustomRange);
    auto* custom = new QHBoxLayout(m_customRow);
    custom->setContentsMargins(0, 0, 0, 0);
    custom->addWidget(fromLabel);
    custom->addWidget(m_fromEdit);
    custom->addWidget(toLabel);
    custom->addWidget(m_toEdit);
    custom->addWidget(m_showButton);
    custom->addStretch(1);
    m_customRow->hide();

    m_rangeError->setObjectName(u"statisticsRangeError"_s);
    m_rangeError->hide();

    m_table->setObjectName(u"statisticsTable"_s);
    m_table->setAccessibleName(tr("Statistics table"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Sized to the figures when it is shown (sizeColumns()), not by the
    // header on every reset: that measures each row's text even while the
    // chart hides the table, on the UI thread, with every answer.
    // Qt measures 1,000 rows per column by default: tens of milliseconds on
    // the UI thread for a month of five-minute figures, for widths that
    // differ by a digit at most.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(Icons::action(u"copy"_s), tr("&Copy"), m_table);
    copy->setObjectName(u"statisticsCopy"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { TabularClipboard::copySelection(m_table); });
    auto* selectAll = new QAction(tr("Select &All"), m_table);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, m_table, &QTableView::selectAll);
    m_table->addAction(copy);
    m_table->addAction(selectAll);

    m_chartProblem->setObjectName(u"statisticsChartProblem"_s);
    m_chartProblem->setWordWrap(true);
    m_chartProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartProblem->hide();

    // Named as the chart is, and saying what it says before it has
    // figures, so that a screen reader meets the same place either way.
    m_placeholder->setObjectName(u"statisticsChart"_s);
    m_placeholder->setAccessibleName(tr("Statistics chart"));
    m_placeholderMessage->setObjectName(u"statisticsMessage"_s);
    m_placeholderMessage->setAlignment(Qt::AlignCenter);
    m_placeholderMessage->setWordWrap(true);
    m_placeholderMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->setContentsMargins(0, 0, 0, 0);
    placeholderLayout->addWidget(m_placeholderMessage);
    showPlaceholder(tr("Select a task to see its statistics."));

    m_views->addWidget(m_placeholder);
    m_views->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_customRow);
    layout->addWidget(m_rangeError);
    layout->addWidget(m_chartProblem);
    layout->addWidget(m_views, 1);
}

void StatisticsPanel::setTask(const QString& taskId, const QString& taskName)
{
    if (taskId != m_taskId) {
        m_hasFigures = false;
        m_model->setStatistics({});
        m_exportButton->setEnabled(false);
    }
    m_taskId = taskId;
    m_taskName = taskName;
}

void StatisticsPanel::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    // Seen with a task: its figures are on their way, and the chart's
    // library loads meanwhile on a worker thread. Not before the window's
    // first paint, which it would only slow down.
    if (!m_chart && !m_chartPreloaded && !m_taskId.isEmpty()) {
        m_chartPreloaded = true;
        QTimer::singleShot(0, this, [this] {
            StatisticsChartPlugin::preload().then(this, [this] { makeChartAhead(); });
        });
    }
}

void StatisticsPanel::makeChartAhead()
{
    // The chart is made in an event of its own, so that the figures, when
    // they come, only have to be drawn. A plugin that cannot be loaded is
    // reported then, with the figures it leaves as a table.
    if (m_chart || !m_chartProblem->isHidden() || !StatisticsChartPlugin::factory()) {
        return;
    }
    const QString message = m_placeholderMessage->text();
    if (loadChart()) {
        m_chart->showMessage(message);
        updateView();
    }
}

StatisticsRange::Preset StatisticsPanel::preset() const
{
    return static_cast<Preset>(m_rangeBox->currentData().toInt());
}

StatisticsRange StatisticsPanel::range() const
{
    if (preset() == Preset::Custom && m_custom) {
        return *m_custom;
    }
    const Preset chosen = preset() == Preset::Custom ? Preset::Last24Hours : preset();
    return StatisticsRange::last(chosen, QDateTime::currentDateTimeUtc());
}

void StatisticsPanel::setPreset(Preset preset)
{
    const int index = m_rangeBox->findData(int(preset));
    if (index >= 0 && index != m_rangeBox->currentIndex()) {
        m_rangeBox->setCurrentIndex(index);
        onPresetChosen();
    }
}

void StatisticsPanel::onPresetChosen()
{
    const bool custom = preset() == Preset::Custom;
    m_customRow->setVisible(custom);
    if (!custom) {
        m_rangeError->hide();
        Q_EMIT rangeChanged();
    } else if (m_custom) {
        Q_EMIT rangeChanged();
    } else {
        // Nothing to load until a range is given; the figures shown stay.
        m_fromEdit->setFocus(Qt::OtherFocusReason);
    }
}

bool StatisticsPanel::checkCustomRange(const QDateTime& from, const QDateTime& to)
{
    QString problem;
    if (!from.isValid() || !to.isValid()) {
        problem = tr("Give both “From” and “To”.");
    } else if (from >= to) {
        problem = tr("“From” must be before “To”.");
    } else if (from.msecsTo(to) > StatisticsRange::maxCustomMs) {
        problem = tr("A range may span at most %1 days.").arg(StatisticsRange::maxCustomDays);
    } else if (from > QDateTime::currentDateTimeUtc()) {
        problem = tr("“From” is in the future: there are no figures yet.");
    }
    m_rangeError->setText(problem);
    m_rangeError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

bool StatisticsPanel::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    setPreset(Preset::Custom);
    m_fromEdit->setDateTime(from.toLocalTime());
    m_toEdit->setDateTime(to.toLocalTime());
    applyCustomRange();
    return m_rangeError->isHidden();
}

QString StatisticsPanel::customRangeError() const
{
    return m_rangeError->isHidden() ? QString() : m_rangeError->text();
}

void StatisticsPanel::applyCustomRange()
{
    const QDateTime from = m_fromEdit->dateTime().toUTC();
    const QDateTime to = m_toEdit->dateTime().toUTC();
    if (!checkCustomRange(from, to)) {
        return;
    }
    m_custom = StatisticsRange::custom(from, to);
    Q_EMIT rangeChanged();
}

bool StatisticsPanel::setStatistics(const SyncTaskStatistics& statistics,
                                    const StatisticsRange& range)
{
    const StatisticsRange wanted = this->range();
    if (range.preset != wanted.preset || (range.preset == Preset::Custom && range != wanted)) {
        return false;
    }
    m_loadedRange = range;
    m_model->setStatistics(statistics);
    m_tableSized = false;
    m_hasFigures = m_model->rowCount() > 0;
    m_exportButton->setEnabled(m_hasFigures);
    if (!m_chart && !hasLines(statistics)) {
        // The chart's sentence, without loading Qt Charts to say it.
        showPlaceholder(tr("Nothing was synchronized in this range."));
    } else if (loadChart()) {
        m_chart->setStatistics(statistics, range);
    } else {
        m_tableShowsFigures = true;
    }
    updateView();
    return true;
}

void StatisticsPanel::showMessage(const QString& message)
{
    if (m_chart) {
        m_chart->showMessage(message);
    } else {
        showPlaceholder(message);
    }
    updateView();
}

void StatisticsPanel::showPlaceholder(const QString& message)
{
    m_tableShowsFigures = false;
    m_placeholder->setAccessibleDescription(message);
    m_placeholderMessage->setText(message);
}

bool StatisticsPanel::loadChart()
{
    if (m_chart) {
        return true;
    }
    if (!m_chartProblem->isHidden()) {
        return false; // refused once: the panel stays a table
    }
    QString error;
    StatisticsChartFactory* factory = StatisticsChartPlugin::factory(&error);
    if (!factory) {
        m_chartProblem->setText(
            tr("The chart could not be loaded (%1); the figures are shown as a table.").arg(error));
        m_chartProblem->show();
        m_tableToggle->setChecked(true);
        m_tableToggle->setEnabled(false);
        return false;
    }
    m_chart = factory->create(m_views);
    m_views->insertWidget(0, m_chart->widget());
    // Shown before the stand-in goes, or the stack would show the table in
    // between and have it measure its rows for nothing.
    m_views->setCurrentWidget(m_chart->widget());
    // The chart takes the stand-in's place, name and object name.
    delete m_placeholder;
    m_placeholder = nullptr;
    m_placeholderMessage = nullptr;
    return true;
}

QString StatisticsPanel::chartProblem() const
{
    return m_chartProblem->isHidden() ? QString() : m_chartProblem->text();
}

void StatisticsPanel::setShowTable(bool table)
{
    // Without the chart plugin the table is all there is.
    m_tableToggle->setChecked(table || !m_chartProblem->isHidden());
}

bool StatisticsPanel::isShowingTable() const
{
    return m_views->currentWidget() == m_table;
}

void StatisticsPanel::updateView()
{
    // Without figures the chart's sentence says why, in either mode.
    const bool table =
        m_chart ? m_tableToggle->isChecked() && m_chart->isShowingChart() : m_tableShowsFigures;
    if (table) {
        m_views->setCurrentWidget(m_table);
        sizeColumns();
    } else {
        m_views->setCurrentWidget(m_chart ? m_chart->widget() : m_placeholder);
    }
}

void StatisticsPanel::sizeColumns()
{
    if (m_tableSized) {
        return;
    }
    m_tableSized = true;
    // The last one stretches to the edge: sized, it would stop short of it.
    for (int column = 0; column < m_model->columnCount() - 1; ++column) {
        m_table->resizeColumnToContents(column);
    }
}

bool StatisticsPanel::exportTo(const QString& path, QString* error) const
{
    const SyncTaskStatistics& statistics = m_model->statistics();
    QByteArray bytes;
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        const QJsonObject json = StatisticsExport::json(statistics, m_taskId, m_loadedRange);
        bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        bytes = QByteArray(Csv::utf8Bom) + StatisticsExport::csv(statistics);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void StatisticsPanel::exportFigures()
{
    if (!m_hasFigures) {
        return;
    }
    const QString stem = fileNameStem(m_taskName) + u'-'
        + m_loadedRange.from.toLocalTime().toString(u"yyyyMMdd"_s) + u'-'
        + m_loadedRange.to.toLocalTime().toString(u"yyyyMMdd"_s);
    const QString path =
        FileDialog::saveFileName(this,
                                 {tr("Export Statistics"), QDir::home().filePath(stem + u".csv"_s),
                                  tr("CSV files (*.csv);;JSON files (*.json)")});
    if (path.isEmpty()) {
        return;
    }
    QString error;
    // A name typed without a suffix gets the default format's.
    const QString target = QFileInfo(path).suffix().isEmpty() ? path + u".csv"_s : path;
    if (!exportTo(target, &error)) {
        MessageBox::Question question;
        question.title = tr("Export Statistics");
        question.text =
            tr("The statistics could not be saved to %1.").arg(QDir::toNativeSeparators(target));
        question.informativeText = error;
        MessageBox::critical(this, question);
        return;
    }
    Q_EMIT exported(target);
}

} // namespace OmsSync::Gui
