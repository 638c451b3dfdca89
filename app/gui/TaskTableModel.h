// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileTask.h"
#include "SyncTask.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace OmsSync::Gui {

// Sync tasks as table rows, each with the profile it was read through: one
// profile's, or every profile's in the overview. A profile's new list is
// merged row by row (update, remove, append) rather than reset, so a refresh
// keeps the selection, the scroll position and an open context menu's task,
// and touches no other profile's rows.
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
        ProfileColumn, // the profile, and its region under it (shown in the overview)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StatusRole, // SyncTaskStatus as int
        SortRole, // a value that sorts the column naturally
        FilterTextRole, // everything a text filter may match, lower case
        ProfileIdRole, // QUuid
        // TwoLineDelegate::SecondaryTextRole is served too.
    };

    struct ProfileLabel
    {
        QString name;
        QString region; // display name
    };

    explicit TaskTableModel(QObject* parent = nullptr);

    // The rows of `profileId` become `tasks`; other profiles' rows stay.
    void setTasks(const QList<SyncTask>& tasks, const QUuid& profileId = {});
    // Drops the rows of every profile not in `profileIds`.
    void keepProfiles(const QList<QUuid>& profileIds);
    // Replaces the profile's task with the same id; unknown ones are ignored.
    void updateTask(const SyncTask& task, const QUuid& profileId = {});
    void clear();
    // What the profile column shows.
    void setProfileLabels(const QHash<QUuid, ProfileLabel>& labels);

    const QList<ProfileTask>& rows() const { return m_rows; }
    const SyncTask& task(int row) const { return m_rows.at(row).task; }
    const QUuid& profileId(int row) const { return m_rows.at(row).profileId; }
    // The first row of the task (of the profile, when given), or -1.
    int rowOf(const QString& taskId, const QUuid& profileId = {}) const;

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
    QVariant displayData(const ProfileTask& row, int column) const;
    QVariant toolTipData(const ProfileTask& row, int column) const;
    QVariant sortData(const ProfileTask& row, int column) const;
    ProfileLabel label(const QUuid& profileId) const;
    QDateTime now() const;

    QList<ProfileTask> m_rows;
    QHash<QUuid, ProfileLabel> m_labels;
    QDateTime m_referenceTime;
};

} // namespace OmsSync::Gui
