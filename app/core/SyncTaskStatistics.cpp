// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTaskStatistics.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

constexpr std::array<std::pair<StatisticType, QStringView>, 5> wireNames {{
    {StatisticType::Request, u"REQUEST"},
    {StatisticType::Success, u"SUCCESS"},
    {StatisticType::Failure, u"FAILURE"},
    {StatisticType::Skip, u"SKIP"},
    {StatisticType::Size, u"SIZE"},
}};

} // namespace

QString statisticTypeWireName(StatisticType type)
{
    for (const auto& [known, name] : wireNames) {
        if (known == type) {
            return name.toString();
        }
    }
    return {};
}

std::optional<StatisticType> statisticTypeFromWireName(QStringView name)
{
    for (const auto& [type, known] : wireNames) {
        if (known == name) {
            return type;
        }
    }
    return std::nullopt;
}

const StatisticSeries* SyncTaskStatistics::find(StatisticType type) const
{
    const auto it = std::find_if(series.cbegin(), series.cend(),
                                 [type](const StatisticSeries& s) { return s.type() == type; });
    return it == series.cend() ? nullptr : &*it;
}

qint64 SyncTaskStatistics::stepMs() const
{
    if (granularity == u"FIVE_MINUTES") {
        return fiveMinutesMs;
    }
    if (granularity == u"ONE_HOUR") {
        return oneHourMs;
    }
    return 0;
}

QList<StatisticsRow> SyncTaskStatistics::rows() const
{
    QMap<qint64, StatisticsRow> byTime;
    for (const StatisticSeries& s : series) {
        const auto type = s.type();
        if (!type) {
            continue;
        }
        for (const StatisticPoint& point : s.points) {
            StatisticsRow& row = byTime[point.timeMs];
            row.timeMs = point.timeMs;
            row.values[static_cast<std::size_t>(*type)] = point.value;
        }
    }
    return byTime.values();
}

SyncTaskStatistics SyncTaskStatistics::join(const QList<SyncTaskStatistics>& pieces)
{
    SyncTaskStatistics joined;
    qint64 step = 0;
    for (const SyncTaskStatistics& piece : pieces) {
        if (joined.granularity.isEmpty() || piece.stepMs() > step) {
            joined.granularity = piece.granularity;
            step = piece.stepMs();
        }
    }
    // Series by data type, in the order the first piece that has one lists it.
    QList<QMap<qint64, qint64>> valuesByType;
    for (const SyncTaskStatistics& piece : pieces) {
        // This piece's points by series, summed into the joined granularity.
        QList<QMap<qint64, qint64>> pieceValues(joined.series.size());
        for (const StatisticSeries& s : piece.series) {
            const auto known =
                std::find_if(joined.series.cbegin(), joined.series.cend(),
                             [&s](const StatisticSeries& j) { return j.dataType == s.dataType; });
            const qsizetype index = known - joined.series.cbegin();
            if (known == joined.series.cend()) {
                joined.series.append(StatisticSeries {s.dataType, {}});
                valuesByType.append(QMap<qint64, qint64>());
                pieceValues.append(QMap<qint64, qint64>());
            }
            QMap<qint64, qint64>& values = pieceValues[index];
            for (const StatisticPoint& point : s.points) {
                // A finer point goes into the coarser interval that holds it.
                const qint64 at =
                    step > 0 ? point.timeMs - ((point.timeMs % step) + step) % step : point.timeMs;
                values[at] += point.value;
            }
        }
        for (qsizetype i = 0; i < pieceValues.size(); ++i) {
            QMap<qint64, qint64>& values = valuesByType[i];
            const QMap<qint64, qint64>& fresh = pieceValues.at(i);
            for (auto point = fresh.cbegin(); point != fresh.cend(); ++point) {
                // A moment an earlier piece already holds stays as it was.
                if (!values.contains(point.key())) {
                    values.insert(point.key(), point.value());
                }
            }
        }
    }
    for (qsizetype i = 0; i < joined.series.size(); ++i) {
        QList<StatisticPoint>& points = joined.series[i].points;
        const QMap<qint64, qint64>& values = valuesByType.at(i);
        points.reserve(values.size());
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            points.append({it.key(), it.value()});
        }
    }
    return joined;
}

QJsonObject SyncTaskStatistics::toJson() const
{
    QJsonArray datas;
    for (const StatisticSeries& s : series) {
        QJsonArray points;
        for (const StatisticPoint& point : s.points) {
            points.append(
                QJsonObject {{"time_stamp"_L1, point.timeMs}, {"statistic_num"_L1, point.value}});
        }
        datas.append(QJsonObject {{"data_type"_L1, s.dataType}, {"data"_L1, points}});
    }
    return QJsonObject {{"statistic_time_type"_L1, granularity}, {"statistic_datas"_L1, datas}};
}

std::optional<SyncTaskStatistics> SyncTaskStatistics::parse(const QByteArray& body, QString* error)
{
    const auto object = JsonFields::parseObject(body, error);
    if (!object) {
        return std::nullopt;
    }
    SyncTaskStatistics statistics;
    statistics.granularity = JsonFields::text(*object, "statistic_time_type"_L1);
    const QJsonArray datas = object->value("statistic_datas"_L1).toArray();
    for (const QJsonValue& seriesValue : datas) {
        const QJsonObject seriesObject = seriesValue.toObject();
        StatisticSeries series;
        series.dataType = JsonFields::text(seriesObject, "data_type"_L1);
        if (series.dataType.isEmpty()) {
            continue;
        }
        const QJsonArray data = seriesObject.value("data"_L1).toArray();
        series.points.reserve(data.size());
        for (const QJsonValue& pointValue : data) {
            const QJsonObject pointObject = pointValue.toObject();
            const auto time = JsonFields::integer(pointObject, "time_stamp"_L1);
            const auto value = JsonFields::integer(pointObject, "statistic_num"_L1);
            if (time) {
                series.points.append({*time, value.value_or(0)});
            }
        }
        std::stable_sort(
            series.points.begin(), series.points.end(),
            [](const StatisticPoint& a, const StatisticPoint& b) { return a.timeMs < b.timeMs; });
        statistics.series.append(std::move(series));
    }
    return statistics;
}

} // namespace OmsSync
