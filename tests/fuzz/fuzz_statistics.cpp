// SPDX-License-Identifier: GPL-3.0-or-later
//
// ListSyncTaskStatistic reply bodies (SyncTaskStatistics::parse).
// Checks: no crash or sanitizer report; a refused body says why; every
// series has a data type and its points sorted by time (the chart draws them
// in that order); find() returns the first series of a type; and toJson()
// written out as JSON text parses back to the same statistics.

#include "FuzzCheck.h"
#include "SyncTaskStatistics.h"

#include <QJsonDocument>

#include <algorithm>

using namespace OmsSync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    QString error;
    const std::optional<SyncTaskStatistics> statistics = SyncTaskStatistics::parse(body, &error);
    if (!statistics) {
        OMS_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const StatisticSeries& series : statistics->series) {
        OMS_FUZZ_CHECK(!series.dataType.isEmpty());
        for (qsizetype i = 1; i < series.points.size(); ++i) {
            OMS_FUZZ_CHECK(series.points.at(i - 1).timeMs <= series.points.at(i).timeMs);
        }
    }
    for (const StatisticType type :
         {StatisticType::Request, StatisticType::Success, StatisticType::Failure,
          StatisticType::Skip, StatisticType::Size}) {
        const StatisticSeries* found = statistics->find(type);
        const auto first = std::find_if(statistics->series.cbegin(), statistics->series.cend(),
                                        [type](const StatisticSeries& s) {
                                            return statisticTypeFromWireName(s.dataType) == type;
                                        });
        OMS_FUZZ_CHECK(found == (first == statistics->series.cend() ? nullptr : &*first));
        OMS_FUZZ_CHECK(statisticTypeFromWireName(statisticTypeWireName(type)) == type);
    }

    const QByteArray text = QJsonDocument(statistics->toJson()).toJson(QJsonDocument::Compact);
    QString reparseError;
    const std::optional<SyncTaskStatistics> reparsed =
        SyncTaskStatistics::parse(text, &reparseError);
    OMS_FUZZ_CHECK(reparsed.has_value());
    OMS_FUZZ_CHECK(reparsed->granularity == statistics->granularity);
    OMS_FUZZ_CHECK(reparsed->series == statistics->series);
    return 0;
}
