// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTaskStatistics.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::StatisticPoint;
using OmsSync::StatisticsRow;
using OmsSync::StatisticType;
using OmsSync::SyncTaskStatistics;

class TestSyncTaskStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSeries()
    {
        QString error;
        const auto statistics = SyncTaskStatistics::parse(R"({
            "statistic_time_type": "FIVE_MINUTES",
            "statistic_datas": [
                {"data_type": "SUCCESS", "data": [
                    {"time_stamp": 1700000300000, "statistic_num": 4},
                    {"time_stamp": "1700000000000", "statistic_num": "3"}]},
                {"data_type": "FAILURE", "data": []},
                {"data_type": "NEW_KIND", "data": [{"time_stamp": 1, "statistic_num": 1}]}
            ],
            "future_field": 1
        })",
                                                          &error);
        QVERIFY2(statistics.has_value(), qPrintable(error));
        QCOMPARE(statistics->granularity, u"FIVE_MINUTES"_s);
        QCOMPARE(statistics->series.size(), 3);

        const auto* success = statistics->find(StatisticType::Success);
        QVERIFY(success);
        QCOMPARE(success->points.size(), 2);
        // Sorted by time although the reply was not.
        QCOMPARE(success->points.at(0).timeMs, 1700000000000);
        QCOMPARE(success->points.at(0).value, 3);
        QCOMPARE(success->points.at(1).value, 4);

        QVERIFY(statistics->find(StatisticType::Failure));
        QVERIFY(!statistics->find(StatisticType::Request));
        QCOMPARE(statistics->series.at(2).dataType, u"NEW_KIND"_s);
        QVERIFY(!statistics->series.at(2).type().has_value());
    }

    void toleratesBrokenEntries_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("points");

        QTest::newRow("empty object") << QByteArray("{}") << true << 0 << 0;
        QTest::newRow("series without type skipped")
            << QByteArray(R"({"statistic_datas":[{"data":[{"time_stamp":1}]}]})") << true << 0 << 0;
        QTest::newRow("point without time skipped") << QByteArray(
            R"({"statistic_datas":[{"data_type":"SIZE","data":[{"statistic_num":1},{"time_stamp":2}]}]})")
                                                    << true << 1 << 1;
        QTest::newRow("datas of wrong type")
            << QByteArray(R"({"statistic_datas":"nope"})") << true << 0 << 0;
        QTest::newRow("not json") << QByteArray("nope") << false << 0 << 0;
        QTest::newRow("array") << QByteArray("[1]") << false << 0 << 0;
    }

    void toleratesBrokenEntries()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, series);
        QFETCH(int, points);

        QString error;
        const auto statistics = SyncTaskStatistics::parse(body, &error);
        QCOMPARE(statistics.has_value(), ok);
        if (ok) {
            QCOMPARE(statistics->series.size(), series);
            int total = 0;
            for (const auto& s : statistics->series) {
                total += s.points.size();
            }
            QCOMPARE(total, points);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void putsTheSeriesSideBySide()
    {
        SyncTaskStatistics statistics;
        statistics.granularity = u"FIVE_MINUTES"_s;
        statistics.series = {{u"FAILURE"_s, {{600'000, 3}, {300'000, 2}}},
                             {u"REQUEST"_s, {{300'000, 10}}},
                             {u"FUTURE_KIND"_s, {{0, 99}}}};
        QCOMPARE(statistics.stepMs(), SyncTaskStatistics::fiveMinutesMs);
        const QList<StatisticsRow> rows = statistics.rows();
        QCOMPARE(rows.size(), 2); // a type this version does not know adds no row
        QCOMPARE(rows.at(0).timeMs, qint64(300'000));
        QCOMPARE(rows.at(0).value(StatisticType::Request).value_or(-1), qint64(10));
        QCOMPARE(rows.at(0).value(StatisticType::Failure).value_or(-1), qint64(2));
        QVERIFY(!rows.at(1).value(StatisticType::Request).has_value());
        QCOMPARE(rows.at(1).value(StatisticType::Failure).value_or(-1), qint64(3));
        QVERIFY(!rows.at(1).value(StatisticType::Size).has_value());
    }

    void joinsPiecesWithoutGapsOrDuplicates()
    {
        constexpr qint64 hour = SyncTaskStatistics::oneHourMs;
        constexpr qint64 fiveMinutes = SyncTaskStatistics::fiveMinutesMs;
        SyncTaskStatistics first;
        first.granularity = u"ONE_HOUR"_s;
        first.series = {{u"REQUEST"_s, {{0, 1}, {hour, 2}, {2 * hour, 3}}},
                        {u"SIZE"_s, {{0, 100}, {hour, 200}, {2 * hour, 300}}}};
        // Overlaps the first piece at 2h: that moment is taken from the first.
        SyncTaskStatistics second;
        second.granularity = u"ONE_HOUR"_s;
        second.series = {{u"SIZE"_s, {{2 * hour, 999}, {3 * hour, 400}}},
                         {u"REQUEST"_s, {{2 * hour, 999}, {3 * hour, 4}}}};
        // A short last piece, answered every five minutes, summed into hours.
        SyncTaskStatistics third;
        third.granularity = u"FIVE_MINUTES"_s;
        third.series = {
            {u"REQUEST"_s,
             {{4 * hour, 1}, {4 * hour + fiveMinutes, 2}, {5 * hour + 11 * fiveMinutes, 7}}},
            {u"SIZE"_s, {{4 * hour, 10}, {4 * hour + fiveMinutes, 20}}}};

        const SyncTaskStatistics joined = SyncTaskStatistics::join({first, second, third});
        QCOMPARE(joined.granularity, u"ONE_HOUR"_s);
        QCOMPARE(joined.series.size(), 2);
        QCOMPARE(joined.series.at(0).dataType, u"REQUEST"_s); // the first piece's order
        const QList<StatisticPoint> expectedRequests {{0, 1},        {hour, 2},     {2 * hour, 3},
                                                      {3 * hour, 4}, {4 * hour, 3}, {5 * hour, 7}};
        QCOMPARE(joined.series.at(0).points, expectedRequests);
        const QList<StatisticPoint> expectedSizes {
            {0, 100}, {hour, 200}, {2 * hour, 300}, {3 * hour, 400}, {4 * hour, 30}};
        QCOMPARE(joined.series.at(1).points, expectedSizes);

        // One piece joins to itself.
        QCOMPARE(SyncTaskStatistics::join({first}), first);
        QCOMPARE(SyncTaskStatistics::join({}).series.size(), 0);
    }

    void roundTripsThroughJson()
    {
        const QByteArray body =
            R"({"statistic_time_type":"ONE_HOUR","statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":10,"statistic_num":2}]}]})";
        const auto statistics = SyncTaskStatistics::parse(body, nullptr);
        QVERIFY(statistics.has_value());
        QCOMPARE(statistics->toJson(), QJsonDocument::fromJson(body).object());
    }
};

QTEST_GUILESS_MAIN(TestSyncTaskStatistics)
#include "TestSyncTaskStatistics.moc"
