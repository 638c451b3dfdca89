// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsRange.h"
#include "SyncTaskStatistics.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace OmsSync::Gui {

class StatisticsChart;
class StatisticsTableModel;

// The selected task's figures over a range the user picks (the last 24
// hours, 7 days, 30 days, or dates of their own): as a chart, or as a table
// with the same figures, which is also what a screen reader reads; exported
// to CSV or JSON. The panel only asks: the window loads what rangeChanged()
// asks for and hands it to setStatistics().
//
// The chart comes from a plugin (see StatisticsChart), loaded when the
// first figures with something to draw arrive; until then a sentence stands
// in its place. Without the plugin the figures are shown as a table, with a
// sentence that says so.
class StatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPanel(QWidget* parent = nullptr);

    // The task whose figures are shown: names the export.
    void setTask(const QString& taskId, const QString& taskName);
    // The range to load now: a preset ends at this moment.
    StatisticsRange range() const;
    StatisticsRange::Preset preset() const;
    void setPreset(StatisticsRange::Preset preset);
    // A custom range, as if typed and shown; false (with customRangeError()
    // set, nothing asked) when the range is refused.
    bool setCustomRange(const QDateTime& from, const QDateTime& to);
    QString customRangeError() const;

    // What was loaded for `range`. A stale answer (for a range no longer
    // selected) is ignored and false returned.
    bool setStatistics(const SyncTaskStatistics& statistics, const StatisticsRange& range);
    void showMessage(const QString& message);

    void setShowTable(bool table);
    bool isShowingTable() const;
    bool hasFigures() const { return m_hasFigures; }
    // The range of the figures shown.
    const StatisticsRange& loadedRange() const { return m_loadedRange; }

    // Writes the loaded figures: JSON for a path ending in .json, CSV (UTF-8
    // with a byte order mark) otherwise. Nothing is left behind on failure.
    bool exportTo(const QString& path, QString* error) const;

    // nullptr until the first figures with something to draw are shown, and
    // when the chart plugin cannot be loaded.
    StatisticsChart* chart() const { return m_chart; }
    // The sentence that says the chart could not be loaded; empty while
    // there is a chart or none was needed yet.
    QString chartProblem() const;
    QTableView* table() const { return m_table; }
    StatisticsTableModel* model() const { return m_model; }

protected:
    void paintEvent(QPaintEvent* event) override;

Q_SIGNALS:
    // Load range() for the task and call setStatistics().
    void rangeChanged();
    void exported(const QString& path);

private:
    void onPresetChosen();
    void applyCustomRange();
    bool checkCustomRange(const QDateTime& from, const QDateTime& to);
    void exportFigures();
    // Makes the chart when there is none yet; false when the plugin cannot
    // be loaded.
    bool loadChart();
    void makeChartAhead();
    void showPlaceholder(const QString& message);
    void updateView();
    void sizeColumns();

    QComboBox* m_rangeBox;
    QWidget* m_customRow;
    QDateTimeEdit* m_fromEdit;
    QDateTimeEdit* m_toEdit;
    QPushButton* m_showButton;
    QLabel* m_rangeError;
    QToolButton* m_tableToggle;
    QToolButton* m_exportButton;
    QLabel* m_chartProblem;
    QStackedWidget* m_views;
    // Where the chart will be, with the chart's name and its sentences
    // (deleted once the chart is made).
    QWidget* m_placeholder;
    QLabel* m_placeholderMessage;
    StatisticsChart* m_chart = nullptr;
    QTableView* m_table;
    StatisticsTableModel* m_model;
    QString m_taskId;
    QString m_taskName;
    std::optional<StatisticsRange> m_custom; // the custom range last shown
    StatisticsRange m_loadedRange;
    bool m_hasFigures = false;
    bool m_chartPreloaded = false;
    bool m_tableShowsFigures = false; // without a chart: figures, not a sentence
    bool m_tableSized = false; // its columns fit the figures it holds
};

} // namespace OmsSync::Gui
