// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTaskStatistics.h"

#include "JsonFields.h"

#include <QJsonArray>

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
