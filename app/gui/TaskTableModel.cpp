// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskTableModel.h"

#include "DisplayText.h"
#include "FontCoverage.h"
#include "Icons.h"
#include "TwoLineDelegate.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

TaskTableModel::TaskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TaskTableModel::rowOf(const QString& taskId, const QUuid& profileId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const ProfileTask& known = m_rows.at(row);
        if (known.task.id == taskId && (profileId.isNull() || known.profileId == profileId)) {
            return int(row);
        }
    }
    return -1;
}

void TaskTableModel::setTasks(const QList<SyncTask>& tasks, const QUuid& profileId)
{
    QHash<QString, const SyncTask*> incoming;
    incoming.reserve(tasks.size());
    for (const SyncTask& task : tasks) {
        incoming.insert(task.id, &task);
        for (const QString* shown : {&task.description, &task.srcBucket, &task.dstBucket}) {
            FontCoverage::check(*shown);
        }
    }
    // One pass over the rows: the profile's rows that stay are updated in
    // place, those that are gone removed from the bottom (so the indexes
    // above stay valid). A quadratic search would show at fifty profiles.
    QSet<QString> present;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        ProfileTask& known = m_rows[row];
        if (known.profileId != profileId) {
            continue;
        }
        const SyncTask* fresh = incoming.value(known.task.id);
        if (!fresh || present.contains(known.task.id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            continue;
        }
        present.insert(known.task.id);
        if (known.task != *fresh) {
            known.task = *fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    QList<ProfileTask> added;
    for (const SyncTask& task : tasks) {
        if (!present.contains(task.id)) {
            present.insert(task.id);
            added.append({profileId, task});
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void TaskTableModel::keepProfiles(const QList<QUuid>& profileIds)
{
    const QSet<QUuid> keep(profileIds.cbegin(), profileIds.cend());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_rows.at(row).profileId)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
}

void TaskTableModel::updateTask(const SyncTask& task, const QUuid& profileId)
{
    const int row = rowOf(task.id, profileId);
    if (row < 0 || m_rows.at(row).task == task) {
        return;
    }
    m_rows[row].task = task;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TaskTableModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TaskTableModel::setProfileLabels(const QHash<QUuid, ProfileLabel>& labels)
{
    m_labels = labels;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, ProfileColumn), index(int(m_rows.size()) - 1, ProfileColumn));
    }
}

TaskTableModel::ProfileLabel TaskTableModel::label(const QUuid& profileId) const
{
    return m_labels.value(profileId);
}

void TaskTableModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    refreshTimes();
}

void TaskTableModel::refreshTimes()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, LastStartedColumn),
                           index(int(m_rows.size()) - 1, LastStartedColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QDateTime TaskTableModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProfileTask& row = m_rows.at(index.row());
    const SyncTask& task = row.task;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(Icons::taskStatus(task.status)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == SyncedColumn || column == FailedColumn || column == SizeColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::AccessibleTextRole: {
        const QVariant secondary = data(index, TwoLineDelegate::SecondaryTextRole);
        const QString display = displayData(row, column).toString();
        return secondary.isValid() ? display + u", "_s + secondary.toString() : display;
    }
    case TwoLineDelegate::SecondaryTextRole:
        switch (column) {
        case TaskColumn:
            return task.description.isEmpty() ? QVariant() : QVariant(task.id);
        case SourceColumn:
            return task.srcBucket;
        case DestinationColumn:
            return task.dstBucket;
        case ProfileColumn: {
            const QString region = label(row.profileId).region;
            return region.isEmpty() ? QVariant() : QVariant(region);
        }
        default:
            return {};
        }
    case ProfileIdRole:
        return row.profileId;
    case TaskIdRole:
        return task.id;
    case StatusRole:
        return int(task.status);
    case SortRole:
        return sortData(row, column);
    case FilterTextRole:
        return QStringList {task.id,
                            task.description,
                            task.srcCloudType,
                            DisplayText::cloud(task.srcCloudType),
                            task.srcRegion,
                            task.srcBucket,
                            task.dstRegion,
                            DisplayText::region(task.dstRegion),
                            task.dstBucket,
                            DisplayText::taskStatus(task),
                            label(row.profileId).name}
            .join(u'\n')
            .toLower();
    default:
        return {};
    }
}

QVariant TaskTableModel::displayData(const ProfileTask& row, int column) const
{
    const SyncTask& task = row.task;
    switch (column) {
    case StatusColumn:
        return DisplayText::taskStatus(task);
    case TaskColumn:
        return task.displayName();
    case SourceColumn:
        return task.srcRegion.isEmpty()
            ? DisplayText::cloud(task.srcCloudType)
            : tr("%1 · %2", "cloud · region")
                  .arg(DisplayText::cloud(task.srcCloudType), task.srcRegion);
    case DestinationColumn:
        return DisplayText::region(task.dstRegion);
    case LastStartedColumn:
        return DisplayText::relativeTime(task.lastStartTime, now());
    case SyncedColumn:
        return task.monthly ? DisplayText::count(task.monthly->successObjects) : QString();
    case FailedColumn:
        return task.monthly ? DisplayText::count(task.monthly->failureObjects) : QString();
    case SizeColumn:
        return task.monthly ? DisplayText::dataSize(task.monthly->sizeBytes) : QString();
    case ProfileColumn:
        return label(row.profileId).name;
    default:
        return {};
    }
}

QVariant TaskTableModel::toolTipData(const ProfileTask& row, int column) const
{
    const SyncTask& task = row.task;
    switch (column) {
    case StatusColumn:
        return task.statusText.isEmpty()
            ? DisplayText::taskStatus(task)
            : tr("%1 (%2)").arg(DisplayText::taskStatus(task), task.statusText);
    case TaskColumn:
        return task.description.isEmpty() ? tr("Task id: %1").arg(task.id)
                                          : tr("%1\nTask id: %2").arg(task.description, task.id);
    case SourceColumn:
        return tr("%1, region %2, bucket %3")
            .arg(DisplayText::cloud(task.srcCloudType), task.srcRegion, task.srcBucket);
    case DestinationColumn:
        return tr("Huawei Cloud OBS, %1 (%2), bucket %3")
            .arg(DisplayText::region(task.dstRegion), task.dstRegion, task.dstBucket);
    case LastStartedColumn:
        if (!task.lastStartTime.isValid()) {
            return task.createTime.isValid()
                ? tr("Never restarted; created %1").arg(DisplayText::exactTime(task.createTime))
                : tr("Never restarted");
        }
        return DisplayText::exactTime(task.lastStartTime);
    case SyncedColumn:
    case FailedColumn:
    case SizeColumn:
        if (!task.monthly) {
            return tr("This month's figures are being loaded.");
        }
        return tr("This month: %1 requests, %2 objects synchronized, %3 failed, %4 skipped, %5")
            .arg(DisplayText::count(task.monthly->requests),
                 DisplayText::count(task.monthly->successObjects),
                 DisplayText::count(task.monthly->failureObjects),
                 DisplayText::count(task.monthly->skipObjects),
                 DisplayText::dataSize(task.monthly->sizeBytes));
    case ProfileColumn: {
        const ProfileLabel profile = label(row.profileId);
        return profile.region.isEmpty()
            ? profile.name
            : tr("Profile %1, region %2").arg(profile.name, profile.region);
    }
    default:
        return {};
    }
}

QVariant TaskTableModel::sortData(const ProfileTask& row, int column) const
{
    const SyncTask& task = row.task;
    switch (column) {
    case StatusColumn:
        return DisplayText::taskStatus(task);
    case LastStartedColumn:
        // Never restarted sorts as the oldest.
        return task.lastStartTime.isValid() ? task.lastStartTime.toMSecsSinceEpoch() : qint64(0);
    case SyncedColumn:
        return task.monthly ? task.monthly->successObjects : qint64(-1);
    case FailedColumn:
        return task.monthly ? task.monthly->failureObjects : qint64(-1);
    case SizeColumn:
        return task.monthly ? task.monthly->sizeBytes : qint64(-1);
    case SourceColumn:
        return QString(displayData(row, column).toString() + u'\n' + task.srcBucket);
    case DestinationColumn:
        return QString(displayData(row, column).toString() + u'\n' + task.dstBucket);
    default:
        return displayData(row, column);
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn:
            return tr("Status");
        case TaskColumn:
            return tr("Task");
        case SourceColumn:
            return tr("Source");
        case DestinationColumn:
            return tr("Destination");
        case LastStartedColumn:
            return tr("Last started");
        case SyncedColumn:
            return tr("Synced");
        case FailedColumn:
            return tr("Failed");
        case SizeColumn:
            return tr("Size");
        case ProfileColumn:
            return tr("Profile");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SyncedColumn:
            return tr("Objects synchronized this month");
        case FailedColumn:
            return tr("Objects that failed to synchronize this month");
        case SizeColumn:
            return tr("Data synchronized this month");
        case LastStartedColumn:
            return tr("When the task was last started");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole
        && (section == SyncedColumn || section == FailedColumn || section == SizeColumn)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

} // namespace OmsSync::Gui
