// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsExport.h"

#include "Csv.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OmsSync::StatisticsExport {

QString columnName(StatisticType type)
{
    switch (type) {
    case StatisticType::Request:
        return u"requests"_s;
    case StatisticType::Success:
        return u"successes"_s;
    case StatisticType::Failure:
        return u"failures"_s;
    case StatisticType::Skip:
        return u"skips"_s;
    case StatisticType::Size:
        return u"bytes"_s;
    }
    return {};
}

QList<StatisticType> columns(const SyncTaskStatistics& statistics)
{
    QList<StatisticType> types;
    for (StatisticType type : allStatisticTypes) {
        if (statistics.find(type)) {
            types.append(type);
        }
    }
    return types;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

QStringList header(const SyncTaskStatistics& statistics)
{
    QStringList names {u"time"_s};
    for (StatisticType type : columns(statistics)) {
        names.append(columnName(type));
    }
    return names;
}

QStringList fields(const StatisticsRow& row, const QList<StatisticType>& columns)
{
    QStringList values {isoTime(row.timeMs)};
    for (StatisticType type : columns) {
        const auto value = row.value(type);
        values.append(value ? QString::number(*value) : QString());
    }
    return values;
}

QByteArray csv(const SyncTaskStatistics& statistics)
{
    const QList<StatisticType> types = columns(statistics);
    QString text = Csv::row(header(statistics));
    for (const StatisticsRow& row : statistics.rows()) {
        text += Csv::row(fields(row, types));
    }
    return text.toUtf8();
}

QJsonObject json(const SyncTaskStatistics& statistics)
{
    const QList<StatisticType> types = columns(statistics);
    QJsonArray points;
    for (const StatisticsRow& row : statistics.rows()) {
        QJsonObject point {{u"time"_s, isoTime(row.timeMs)}};
        for (StatisticType type : types) {
            if (const auto value = row.value(type)) {
                point.insert(columnName(type), *value);
            }
        }
        points.append(point);
    }
    return QJsonObject {{u"granularity"_s, statistics.granularity}, {u"points"_s, points}};
}

QJsonObject json(const SyncTaskStatistics& statistics, const QString& taskId,
                 const StatisticsRange& range)
{
    const auto time = [](const QDateTime& at) {
        return at.toUTC().toString(at.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
    };
    QJsonObject object = json(statistics);
    object.insert(u"task_id"_s, taskId);
    object.insert(u"from"_s, time(range.from));
    object.insert(u"to"_s, time(range.to));
    return object;
}

} // namespace OmsSync::StatisticsExport
