// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsTableModel.h"

#include "DisplayText.h"
#include "StatisticsExport.h"
#include "TabularClipboard.h"

#include <QDateTime>
#include <QLocale>

namespace OmsSync::Gui {

StatisticsTableModel::StatisticsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void StatisticsTableModel::setStatistics(const SyncTaskStatistics& statistics)
{
    // The same figures again (a refresh of an idle task): no reset, so the
    // view keeps its selection and scroll position and lays nothing out.
    if (statistics == m_statistics) {
        return;
    }
    beginResetModel();
    m_statistics = statistics;
    m_columns = StatisticsExport::columns(statistics);
    m_rows = statistics.rows();
    endResetModel();
}

std::optional<StatisticType> StatisticsTableModel::columnType(int column) const
{
    if (column < 1 || column > m_columns.size()) {
        return std::nullopt;
    }
    return m_columns.at(column - 1);
}

QString StatisticsTableModel::title(StatisticType type)
{
    switch (type) {
    case StatisticType::Request:
        return tr("Requests");
    case StatisticType::Success:
        return tr("Successes");
    case StatisticType::Failure:
        return tr("Failures");
    case StatisticType::Skip:
        return tr("Skips");
    case StatisticType::Size:
        return tr("Bytes");
    }
    return {};
}

int StatisticsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_rows.isEmpty() ? 0 : int(m_columns.size()) + 1;
}

QVariant StatisticsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const StatisticsRow& row = m_rows.at(index.row());
    const std::optional<StatisticType> type = columnType(index.column());
    if (!type) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.timeMs).toLocalTime(),
                                      QLocale::ShortFormat);
        case TabularClipboard::PlainTextRole:
            return StatisticsExport::isoTime(row.timeMs);
        case Qt::ToolTipRole:
            return DisplayText::exactTime(QDateTime::fromMSecsSinceEpoch(row.timeMs));
        default:
            return {};
        }
    }
    const std::optional<qint64> value = row.value(*type);
    switch (role) {
    case Qt::DisplayRole:
        return value ? QLocale().toString(*value) : QString();
    case TabularClipboard::PlainTextRole:
        return value ? QString::number(*value) : QString();
    case Qt::ToolTipRole:
        return value && *type == StatisticType::Size ? DisplayText::dataSize(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const std::optional<StatisticType> type = columnType(section);
    return type ? title(*type) : tr("Time");
}

} // namespace OmsSync::Gui
