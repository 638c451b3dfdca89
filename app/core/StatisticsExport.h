// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsRange.h"
#include "SyncTaskStatistics.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace OmsSync::StatisticsExport {

// The figures of a range as files for other programs: plain numbers (no
// thousands separators, bytes as integers), times as ISO 8601 UTC
// ("2026-12-01T08:05:00Z"). Columns follow allStatisticTypes and leave out a
// type that was not requested; with all five the CSV header is
// `time,requests,successes,failures,skips,bytes`.

// "requests", "successes", "failures", "skips", "bytes".
QString columnName(StatisticType type);
// The types the statistics hold, in column order.
QList<StatisticType> columns(const SyncTaskStatistics& statistics);
// "2026-12-01T08:05:00Z".
QString isoTime(qint64 epochMs);

QStringList header(const SyncTaskStatistics& statistics);
// One row's fields, under header(); an absent value is an empty field.
QStringList fields(const StatisticsRow& row, const QList<StatisticType>& columns);

// Header and rows, CRLF line ends, no byte order mark.
QByteArray csv(const SyncTaskStatistics& statistics);
// {"granularity": "ONE_HOUR", "points": [{"time": ..., "requests": ..., ...}]}
QJsonObject json(const SyncTaskStatistics& statistics);
// The same with the task and the range asked for ("task_id", "from", "to"),
// to the millisecond where the range has them (a preset ends at "now"), so
// that a reader can tell which points the answer must hold.
QJsonObject json(const SyncTaskStatistics& statistics, const QString& taskId,
                 const StatisticsRange& range);

} // namespace OmsSync::StatisticsExport
