// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace OmsSync {

// The series ListSyncTaskStatistic can return, by their wire names.
enum class StatisticType { Request, Success, Failure, Skip, Size };

QString statisticTypeWireName(StatisticType type);
std::optional<StatisticType> statisticTypeFromWireName(QStringView name);

struct StatisticPoint
{
    qint64 timeMs = 0; // epoch milliseconds, start of the interval
    qint64 value = 0;

    bool operator==(const StatisticPoint&) const = default;
};

struct StatisticSeries
{
    QString dataType; // as sent: REQUEST, SUCCESS, FAILURE, SKIP, SIZE or newer
    QList<StatisticPoint> points; // sorted by time

    std::optional<StatisticType> type() const { return statisticTypeFromWireName(dataType); }
    bool operator==(const StatisticSeries&) const = default;
};

// A reply of ListSyncTaskStatistic: one series per requested data type,
// sampled every five minutes or every hour depending on the time span.
struct SyncTaskStatistics
{
    QString granularity; // FIVE_MINUTES or ONE_HOUR
    QList<StatisticSeries> series;

    const StatisticSeries* find(StatisticType type) const;
    QJsonObject toJson() const;

    static std::optional<SyncTaskStatistics> parse(const QByteArray& body, QString* error);
};

} // namespace OmsSync
