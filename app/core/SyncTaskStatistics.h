// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
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

// Every type, in the order tables, exports and `oms-sync task stats` list them.
inline constexpr std::array<StatisticType, 5> allStatisticTypes {
    StatisticType::Request, StatisticType::Success, StatisticType::Failure, StatisticType::Skip,
    StatisticType::Size};

// One moment across the series: what a row of a table or an export holds.
// A value is absent when its series was not requested or has no point here.
struct StatisticsRow
{
    qint64 timeMs = 0;
    std::array<std::optional<qint64>, allStatisticTypes.size()> values;

    std::optional<qint64> value(StatisticType type) const
    {
        return values[static_cast<std::size_t>(type)];
    }
    bool operator==(const StatisticsRow&) const = default;
};

// A reply of ListSyncTaskStatistic: one series per requested data type,
// sampled every five minutes or every hour depending on the time span.
struct SyncTaskStatistics
{
    QString granularity; // FIVE_MINUTES or ONE_HOUR
    QList<StatisticSeries> series;

    static constexpr qint64 fiveMinutesMs = 5 * 60 * 1000;
    static constexpr qint64 oneHourMs = 60 * 60 * 1000;

    const StatisticSeries* find(StatisticType type) const;
    // The time between two points: 5 minutes, an hour, or 0 for a
    // granularity this version does not know.
    qint64 stepMs() const;
    // The series side by side, one row per moment that any of them has,
    // sorted by time.
    QList<StatisticsRow> rows() const;
    QJsonObject toJson() const;
    bool operator==(const SyncTaskStatistics&) const = default;

    static std::optional<SyncTaskStatistics> parse(const QByteArray& body, QString* error);

    // The pieces of one long range, fetched one after the other, as one: at
    // the coarsest granularity any piece came back with (finer points are
    // summed into the coarser interval that holds them, so a short last
    // piece answered every five minutes fits between hourly ones), each
    // moment once (a moment two pieces both hold is taken from the first),
    // sorted by time.
    static SyncTaskStatistics join(const QList<SyncTaskStatistics>& pieces);
};

} // namespace OmsSync
