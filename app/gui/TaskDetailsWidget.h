// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTask.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;

namespace OmsSync::Gui {

class StatisticsChart;
class StatisticsPanel;

// Everything about the selected task: every field OMS reports, this month's
// figures, a chart of a range of them, and where OMS writes the lists of
// failed and skipped objects in the destination bucket (copyable; OMS has no
// API for them).
class TaskDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDetailsWidget(QWidget* parent = nullptr);

    void setTask(const std::optional<SyncTask>& task);
    // Several tasks are selected: details of one would mislead.
    void showSelectionCount(int count);
    QString taskId() const { return m_task ? m_task->id : QString(); }
    StatisticsPanel* statistics() const { return m_statistics; }
    // nullptr until figures are first drawn (see StatisticsPanel).
    StatisticsChart* chart() const;
    QSplitter* splitter() const { return m_splitter; }

    // The text shown for a field, by the field's objectName, for tests.
    QString fieldText(const QString& name) const;

private:
    QLabel* addField(QFormLayout* form, const QString& label, const QString& name);
    QLineEdit* addLocation(QFormLayout* form, const QString& label, const QString& name);
    void addSection(QFormLayout* form, const QString& title);
    void setField(const QString& name, const QString& text);
    void setRowShown(const QString& name, bool shown);

    std::optional<SyncTask> m_task;
    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    QLabel* m_statusIcon;
    QLabel* m_title;
    QFormLayout* m_form;
    QHash<QString, QLabel*> m_fields;
    QLineEdit* m_failedList;
    QLineEdit* m_skippedList;
    StatisticsPanel* m_statistics;
    QSplitter* m_splitter;
};

} // namespace OmsSync::Gui
