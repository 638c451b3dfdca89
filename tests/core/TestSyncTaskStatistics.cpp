// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTaskStatistics.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
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
