// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NaturalOrder.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace OmsSync::Gui {

// Filters the task table by text (every word must appear in the task's id,
// description, clouds, regions, buckets or status, in any case) and by
// status, and sorts each column by its natural value, not its text: names
// as people read them, in the order of the locale (see NaturalOrder).
class TaskFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Synchronizing, Paused };
    Q_ENUM(StatusFilter)

    explicit TaskFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QStringList m_words;
    StatusFilter m_status = StatusFilter::All;
    NaturalOrder m_order;
};

} // namespace OmsSync::Gui
