// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskTableModel.h"

#include "DisplayText.h"
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
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TaskTableModel::rowOf(const QString& taskId) const
{
    for (qsizetype row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id == taskId) {
            return int(row);
        }
    }
    return -1;
}

void TaskTableModel::setTasks(const QList<SyncTask>& tasks)
{
    QSet<QString> incoming;
    for (const SyncTask& task : tasks) {
        incoming.insert(task.id);
    }
    // Rows that are gone, from the bottom so the indexes stay valid.
    for (int row = int(m_tasks.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_tasks.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_tasks.removeAt(row);
            endRemoveRows();
        }
    }
    for (const SyncTask& task : tasks) {
        const int row = rowOf(task.id);
        if (row >= 0) {
            if (m_tasks.at(row) != task) {
                m_tasks[row] = task;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            const int end = int(m_tasks.size());
            beginInsertRows({}, end, end);
            m_tasks.append(task);
            endInsertRows();
        }
    }
}

void TaskTableModel::updateTask(const SyncTask& task)
{
    const int row = rowOf(task.id);
    if (row < 0 || m_tasks.at(row) == task) {
        return;
    }
    m_tasks[row] = task;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TaskTableModel::clear()
{
    if (m_tasks.isEmpty()) {
        return;
    }
    beginResetModel();
    m_tasks.clear();
    endResetModel();
}

void TaskTableModel::setReferenceTime(const QDateTime& now)
{
    m_referenceTime = now;
    refreshTimes();
}

void TaskTableModel::refreshTimes()
{
    if (!m_tasks.isEmpty()) {
        Q_EMIT dataChanged(index(0, LastStartedColumn),
                           index(int(m_tasks.size()) - 1, LastStartedColumn),
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
    const SyncTask& task = m_tasks.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, column);
    case Qt::ToolTipRole:
        return toolTipData(task, column);
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(Icons::taskStatus(task.status)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == SyncedColumn || column == FailedColumn || column == SizeColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::AccessibleTextRole: {
        const QVariant secondary = data(index, TwoLineDelegate::SecondaryTextRole);
        const QString display = displayData(task, column).toString();
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
        default:
            return {};
        }
    case TaskIdRole:
        return task.id;
    case StatusRole:
        return int(task.status);
    case SortRole:
        return sortData(task, column);
    case FilterTextRole:
        return QStringList {task.id,           task.description,
                            task.srcCloudType, DisplayText::cloud(task.srcCloudType),
                            task.srcRegion,    task.srcBucket,
                            task.dstRegion,    DisplayText::region(task.dstRegion),
                            task.dstBucket,    DisplayText::taskStatus(task)}
            .join(u'\n')
            .toLower();
    default:
        return {};
    }
}

QVariant TaskTableModel::displayData(const SyncTask& task, int column) const
{
    switch (column) {
    case StatusColumn:
        return DisplayText::taskStatus(task);
    case TaskColumn:
        return task.description.isEmpty() ? task.id : task.description;
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
    default:
        return {};
    }
}

QVariant TaskTableModel::toolTipData(const SyncTask& task, int column) const
{
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
    default:
        return {};
    }
}

QVariant TaskTableModel::sortData(const SyncTask& task, int column) const
{
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
        return QString(displayData(task, column).toString() + u'\n' + task.srcBucket);
    case DestinationColumn:
        return QString(displayData(task, column).toString() + u'\n' + task.dstBucket);
    default:
        return displayData(task, column);
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
