// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"
#include "StatisticsExport.h"
#include "StatisticsRange.h"
#include "TaskExport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;

// What leaves the application as a file or on the clipboard: plain numbers,
// ISO 8601 UTC times, fields quoted as RFC 4180 says.
class TestStatisticsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"images"_s << u"images"_s;
        QTest::newRow("chinese") << u"图片同步"_s << u"图片同步"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line break") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("leading space") << u" a"_s << u"\" a\""_s;
        QTest::newRow("trailing space") << u"a "_s << u"\"a \""_s;
    }

    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(Csv::field(text), field);
    }

    void joinsRowsForFilesAndForTheClipboard()
    {
        QCOMPARE(Csv::row({u"a"_s, u"b,c"_s, QString()}), u"a,\"b,c\",\r\n"_s);
        QCOMPARE(Csv::tabRow({u"a\tb"_s, u"line\r\nbreak"_s, u"x\ny"_s}),
                 u"a b\tline break\tx y\n"_s);
        QCOMPARE(QByteArray(Csv::utf8Bom), QByteArray("\xEF\xBB\xBF"));
    }

    void writesStatisticsAsPlainNumbersAndUtcTimes()
    {
        SyncTaskStatistics statistics;
        statistics.granularity = u"ONE_HOUR"_s;
        const qint64 t0 = 1'764'576'000'000; // 2025-12-01T08:00:00Z
        statistics.series = {{u"SIZE"_s, {{t0, 3'000'000'000}, {t0 + 3'600'000, 0}}},
                             {u"REQUEST"_s, {{t0, 1234567}}}};

        QCOMPARE(StatisticsExport::isoTime(t0), u"2025-12-01T08:00:00Z"_s);
        QCOMPARE(StatisticsExport::header(statistics),
                 QStringList({u"time"_s, u"requests"_s, u"bytes"_s}));
        QCOMPARE(StatisticsExport::csv(statistics),
                 QByteArray("time,requests,bytes\r\n"
                            "2025-12-01T08:00:00Z,1234567,3000000000\r\n"
                            "2025-12-01T09:00:00Z,,0\r\n"));

        const QJsonObject json = StatisticsExport::json(statistics);
        QCOMPARE(json.value("granularity"_L1).toString(), u"ONE_HOUR"_s);
        const QJsonArray points = json.value("points"_L1).toArray();
        QCOMPARE(points.size(), 2);
        const QJsonObject first = points.at(0).toObject();
        QCOMPARE(first.value("time"_L1).toString(), u"2025-12-01T08:00:00Z"_s);
        QCOMPARE(first.value("requests"_L1).toInteger(), 1234567);
        QCOMPARE(first.value("bytes"_L1).toInteger(), 3'000'000'000);
        // An absent value is left out, not written as zero.
        QVERIFY(!points.at(1).toObject().contains("requests"_L1));

        // With what it is of: the range to the millisecond where it has them.
        const QJsonObject of = StatisticsExport::json(
            statistics, u"t-1"_s,
            StatisticsRange::custom(QDateTime::fromMSecsSinceEpoch(t0 + 250, Qt::UTC),
                                    QDateTime::fromMSecsSinceEpoch(t0 + 7'200'000, Qt::UTC)));
        QCOMPARE(of.value("task_id"_L1).toString(), u"t-1"_s);
        QCOMPARE(of.value("from"_L1).toString(), u"2025-12-01T08:00:00.250Z"_s);
        QCOMPARE(of.value("to"_L1).toString(), u"2025-12-01T10:00:00Z"_s);
        QCOMPARE(of.value("points"_L1), json.value("points"_L1));

        SyncTaskStatistics all;
        for (StatisticType type : allStatisticTypes) {
            all.series.append({statisticTypeWireName(type), {}});
        }
        QCOMPARE(StatisticsExport::header(all).join(u','),
                 u"time,requests,successes,failures,skips,bytes"_s);
    }

    void writesTasksWithTheApisFieldNames()
    {
        SyncTask task;
        task.id = u"t-1"_s;
        task.statusText = u"STOPPED"_s;
        task.srcCloudType = u"Aliyun"_s;
        task.srcBucket = u"图片"_s;
        task.description = u"nightly, all"_s;
        task.createTime = QDateTime::fromMSecsSinceEpoch(1'764'576'000'000, Qt::UTC);
        QCOMPARE(TaskExport::header().first(), u"sync_task_id"_s);
        QCOMPARE(TaskExport::header().size(), TaskExport::fields(task).size());

        QStringList row = TaskExport::fields(task);
        QCOMPARE(row.at(TaskExport::header().indexOf(u"create_time"_s)), u"2025-12-01T08:00:00Z"_s);
        QCOMPARE(row.at(TaskExport::header().indexOf(u"last_start_time"_s)), QString());
        QCOMPARE(row.at(TaskExport::header().indexOf(u"monthly_size"_s)), QString());

        task.monthly = MonthlyStatistics {5, 4, 1, 0, 1'234'567'890'123};
        row = TaskExport::fields(task);
        QCOMPARE(row.at(TaskExport::header().indexOf(u"monthly_size"_s)), u"1234567890123"_s);
        QCOMPARE(row.at(TaskExport::header().indexOf(u"monthly_failure_object"_s)), u"1"_s);

        const QString csv = QString::fromUtf8(TaskExport::csv({task}));
        QVERIFY(csv.startsWith(u"sync_task_id,status,"_s));
        QVERIFY(csv.contains(u"t-1,STOPPED,Aliyun,,图片,"_s));
        QVERIFY(csv.contains(u"\"nightly, all\""_s));
        QCOMPARE(csv.count(u"\r\n"_s), 2);
    }

    void presetsEndNow()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
        const auto day = StatisticsRange::last(StatisticsRange::Preset::Last24Hours, now);
        QCOMPARE(day.to, now);
        QCOMPARE(day.from.secsTo(day.to), 24 * 3600);
        QCOMPARE(StatisticsRange::last(StatisticsRange::Preset::Last7Days, now).from.daysTo(now),
                 7);
        QCOMPARE(StatisticsRange::last(StatisticsRange::Preset::Last30Days, now).from.daysTo(now),
                 30);
        for (auto preset :
             {StatisticsRange::Preset::Last24Hours, StatisticsRange::Preset::Last7Days,
              StatisticsRange::Preset::Last30Days}) {
            QCOMPARE(StatisticsRange::presetFromName(StatisticsRange::presetName(preset)), preset);
        }
        QVERIFY(!StatisticsRange::presetFromName(u"1y").has_value());
        QVERIFY(!StatisticsRange::presetFromName(u"custom").has_value());
    }

    void readsTimesAsUsersTypeThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochMs"); // -1: refused
        QTest::newRow("epoch ms") << u"1764576000000"_s << qint64(1'764'576'000'000);
        QTest::newRow("utc") << u"2025-12-01T08:00:00Z"_s << qint64(1'764'576'000'000);
        QTest::newRow("offset") << u"2025-12-01T16:00:00+08:00"_s << qint64(1'764'576'000'000);
        QTest::newRow("milliseconds") << u"2025-12-01T08:00:00.250Z"_s << qint64(1'764'576'000'250);
        QTest::newRow("spaces") << u" 2025-12-01T08:00Z "_s << qint64(1'764'576'000'000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("words") << u"yesterday"_s << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(-1);
        QTest::newRow("bad month") << u"2025-13-01"_s << qint64(-1);
    }

    void readsTimesAsUsersTypeThem()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochMs);
        const auto time = StatisticsRange::parseTime(text);
        QCOMPARE(time.has_value(), epochMs >= 0);
        if (time) {
            QCOMPARE(time->toMSecsSinceEpoch(), epochMs);
            QCOMPARE(time->timeSpec(), Qt::UTC);
        }
    }

    void readsADateAloneAsLocalMidnight()
    {
        const auto time = StatisticsRange::parseTime(u"2025-12-01");
        QVERIFY(time.has_value());
        QCOMPARE(*time, QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::LocalTime));
        const auto withoutOffset = StatisticsRange::parseTime(u"2025-12-01T08:00");
        QVERIFY(withoutOffset.has_value());
        QCOMPARE(*withoutOffset, QDateTime(QDate(2025, 12, 1), QTime(8, 0), Qt::LocalTime));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsExport)
#include "TestStatisticsExport.moc"
