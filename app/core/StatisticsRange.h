// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace OmsSync {

// The stretch of time a chart or `oms-sync task stats` shows: one of the
// ranges people ask for most, ending now, or one of their own.
struct StatisticsRange
{
    enum class Preset { Last24Hours, Last7Days, Last30Days, Custom };

    // A range of one's own may span a year, a leap day included: thirteen
    // requests at most, and more than anyone reads in one table.
    static constexpr int maxCustomDays = 366;
    static constexpr qint64 maxCustomMs = qint64(maxCustomDays) * 24 * 60 * 60 * 1000;

    Preset preset = Preset::Last24Hours;
    QDateTime from; // UTC
    QDateTime to; // UTC, later than from

    // The preset ending at `now` (Custom is not one: use custom()).
    static StatisticsRange last(Preset preset, const QDateTime& now);
    static StatisticsRange custom(const QDateTime& from, const QDateTime& to);

    // "24h", "7d", "30d": the names oms-sync and the settings use.
    static QString presetName(Preset preset);
    static std::optional<Preset> presetFromName(QStringView name);

    // A moment as a user types it: epoch milliseconds, or ISO 8601 with a
    // date and optionally a time ("2026-12-01", "2026-12-01T08:00",
    // "2026-12-01T08:00:00Z", "...+08:00"). Without an offset the time is
    // local, as `date` reads it.
    static std::optional<QDateTime> parseTime(QStringView text);

    bool operator==(const StatisticsRange&) const = default;
};

} // namespace OmsSync
