// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskFilterProxyModel.h"

#include "SyncTask.h"
#include "TaskTableModel.h"

namespace OmsSync::Gui {

TaskFilterProxyModel::TaskFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void TaskFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status) {
        return;
    }
    m_status = filter;
    invalidateFilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = SyncTaskStatus(index.data(TaskTableModel::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Synchronizing:
        if (status != SyncTaskStatus::Synchronizing) {
            return false;
        }
        break;
    case StatusFilter::Paused:
        if (status != SyncTaskStatus::Stopped) {
            return false;
        }
        break;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = index.data(TaskTableModel::FilterTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

bool TaskFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        return m_order.compare(a.toString(), b.toString()) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace OmsSync::Gui
