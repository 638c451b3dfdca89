// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTask.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace OmsSync::Gui {

// The sync tasks of one profile as table rows. New lists are merged row by
// row (update, remove, append) rather than reset, so a refresh keeps the
// selection, the scroll position and an open context menu's task.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TaskColumn, // description, and the id under it
        SourceColumn, // cloud and region, and the bucket under it
        DestinationColumn, // region, and the bucket under it
        LastStartedColumn,
        SyncedColumn, // this month's synchronized objects
        FailedColumn, // this month's failed objects
        SizeColumn, // this month's synchronized bytes
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StatusRole, // SyncTaskStatus as int
        SortRole, // a value that sorts the column naturally
        FilterTextRole, // everything a text filter may match, lower case
        // TwoLineDelegate::SecondaryTextRole is served too.
    };

    explicit TaskTableModel(QObject* parent = nullptr);

    void setTasks(const QList<SyncTask>& tasks);
    // Replaces the task with the same id; unknown ids are ignored.
    void updateTask(const SyncTask& task);
    void clear();

    const QList<SyncTask>& tasks() const { return m_tasks; }
    const SyncTask& task(int row) const { return m_tasks.at(row); }
    int rowOf(const QString& taskId) const;

    // "Last started" is relative to this moment; invalid: the current time.
    void setReferenceTime(const QDateTime& now);
    // Relative times age: the view calls this now and then.
    void refreshTimes();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const SyncTask& task, int column) const;
    QVariant toolTipData(const SyncTask& task, int column) const;
    QVariant sortData(const SyncTask& task, int column) const;
    QDateTime now() const;

    QList<SyncTask> m_tasks;
    QDateTime m_referenceTime;
};

} // namespace OmsSync::Gui
