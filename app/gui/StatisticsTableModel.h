// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTaskStatistics.h"

#include <QAbstractTableModel>

namespace OmsSync::Gui {

// A range's figures as a table, one row per point in time: the chart's text
// alternative and what a screen reader reads. The cells show the locale's
// numbers and times; TabularClipboard::PlainTextRole gives the plain values
// an export writes.
class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit StatisticsTableModel(QObject* parent = nullptr);

    void setStatistics(const SyncTaskStatistics& statistics);
    const SyncTaskStatistics& statistics() const { return m_statistics; }
    // The type a column shows; nullopt for the time column.
    std::optional<StatisticType> columnType(int column) const;
    // The column-header title of a type, in the user's language.
    static QString title(StatisticType type);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SyncTaskStatistics m_statistics;
    QList<StatisticType> m_columns;
    QList<StatisticsRow> m_rows;
};

} // namespace OmsSync::Gui
