// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "SimulatorProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using OmsSync::Test::SimulatorProcess;

// oms-sync task stats, and --format on task list and show, as scripts use
// them: real processes against oms-sim. The number of points is worked out
// from the range the command reports and the simulator's sampling (points
// at multiples of the step from the one holding the start, before the end
// and not after now), never written down.
class TestCliStats : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    static constexpr qint64 fiveMinutesMs = 5 * 60 * 1000;
    static constexpr qint64 hourMs = 60 * 60 * 1000;
    static constexpr qint64 dayMs = 24 * hourMs;

    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_home;

    Run run(const QStringList& arguments)
    {
        QProcessEnvironment environment =
            OmsSync::Test::CliProcess::privateEnvironment(m_home->path());
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        return OmsSync::Test::CliProcess(environment)
            .run(arguments,
                 {{u"OMS_SYNC_PASSWORD"_s, QString::fromLatin1(SimulatorProcess::demoPassword)}});
    }

    void addProfile(const QString& name)
    {
        const QString endpoint = m_sim->baseUrl().toString();
        QCOMPARE(run({u"profile"_s, u"add"_s, name, u"--region"_s, u"cn-north-4"_s, u"--user"_s,
                      u"demo"_s, u"--account"_s, u"demo"_s, u"--oms-endpoint"_s, endpoint,
                      u"--iam-endpoint"_s, endpoint})
                     .exitCode,
                 0);
    }

    QJsonArray tasks() { return run({u"--json"_s, u"task"_s, u"list"_s}).json().array(); }

    QString firstTask(const QString& status)
    {
        for (const QJsonValue& task : tasks()) {
            if (task.toObject().value(u"status"_s).toString() == status) {
                return task.toObject().value(u"sync_task_id"_s).toString();
            }
        }
        return {};
    }

    // The statistics requests the simulator answered, as [start, end) pairs.
    QList<std::pair<qint64, qint64>> statisticsRequests()
    {
        QList<std::pair<qint64, qint64>> requests;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            const QJsonObject object = entry.toObject();
            if (!object.value(u"path"_s).toString().endsWith(u"/statistics"_s)) {
                continue;
            }
            const QUrlQuery query(object.value(u"query"_s).toString());
            requests.append({query.queryItemValue(u"start_time"_s).toLongLong(),
                             query.queryItemValue(u"end_time"_s).toLongLong()});
        }
        return requests;
    }

    static qint64 msOf(const QString& isoTime)
    {
        const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
        return time.isValid() ? time.toMSecsSinceEpoch() : -1;
    }

    static qint64 floorTo(qint64 ms, qint64 step) { return ms - ms % step; }

    // The lines of a CSV, which must end each of them in CRLF and start
    // with no byte order mark.
    static QList<QStringList> csvRows(const QByteArray& text)
    {
        if (text.startsWith("\xEF\xBB\xBF") || !text.endsWith("\r\n")
            || text.count("\n") != text.count("\r\n")) {
            return {};
        }
        QList<QStringList> rows;
        for (const QString& line : QString::fromUtf8(text.chopped(2)).split(u"\r\n"_s)) {
            rows.append(line.split(u','));
        }
        return rows;
    }

    // Points every `step` from `first`, each once, and `count` of them.
    static bool isSeries(const QList<qint64>& times, qint64 first, qint64 step, qint64 count)
    {
        if (times.size() != count || times.isEmpty() || times.first() != first) {
            qWarning() << "got" << times.size() << "points from"
                       << (times.isEmpty() ? 0 : times.first()) << "expected" << count << "from"
                       << first;
            return false;
        }
        for (qsizetype i = 1; i < times.size(); ++i) {
            if (times.at(i) - times.at(i - 1) != step) {
                qWarning() << "a step of" << times.at(i) - times.at(i - 1) << "at" << i;
                return false;
            }
        }
        return true;
    }

    static QList<qint64> timesOf(const QJsonArray& points)
    {
        QList<qint64> times;
        for (const QJsonValue& point : points) {
            times.append(msOf(point.toObject().value(u"time"_s).toString()));
        }
        return times;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
        addProfile(u"demo"_s);
    }

    void cleanup()
    {
        QVERIFY(m_sim->stop());
        m_sim.reset();
        m_home.reset();
    }

    void presetsComeAtTheirGranularity_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("span");
        QTest::newRow("24h") << u"24h"_s << u"FIVE_MINUTES"_s << fiveMinutesMs << dayMs;
        QTest::newRow("7d") << u"7d"_s << u"ONE_HOUR"_s << hourMs << 7 * dayMs;
        QTest::newRow("30d") << u"30d"_s << u"ONE_HOUR"_s << hourMs << 30 * dayMs;
    }

    void presetsComeAtTheirGranularity()
    {
        QFETCH(QString, range);
        QFETCH(QString, granularity);
        QFETCH(qint64, step);
        QFETCH(qint64, span);
        const QString id = firstTask(u"SYNCHRONIZING"_s);
        m_sim->clearLog();
        const Run stats =
            run({u"task"_s, u"stats"_s, id, u"--range"_s, range, u"--format"_s, u"json"_s});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        const QJsonObject json = stats.json().object();
        QCOMPARE(json.value(u"task_id"_s).toString(), id);
        QCOMPARE(json.value(u"granularity"_s).toString(), granularity);
        const qint64 from = msOf(json.value(u"from"_s).toString());
        const qint64 to = msOf(json.value(u"to"_s).toString());
        QCOMPARE(to - from, span);
        QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - to) < 60000);
        // The simulator answered after `to`, so every point before it is due.
        const qint64 first = floorTo(from, step);
        QVERIFY(isSeries(timesOf(json.value(u"points"_s).toArray()), first, step,
                         (to - first + step - 1) / step));
        for (const QJsonValue& point : json.value(u"points"_s).toArray()) {
            QCOMPARE(point.toObject().keys(),
                     (QStringList {u"bytes"_s, u"failures"_s, u"requests"_s, u"skips"_s,
                                   u"successes"_s, u"time"_s}));
        }
        // A range OMS answers at once is one request.
        QCOMPARE(statisticsRequests(), (QList<std::pair<qint64, qint64>> {{from, to}}));
    }

    void theCsvOfADayHasItsHeaderAndEveryPoint()
    {
        const QString id = firstTask(u"SYNCHRONIZING"_s);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Run csv =
            run({u"task"_s, u"stats"_s, id, u"--range"_s, u"24h"_s, u"--format"_s, u"csv"_s});
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QVERIFY(csv.out.startsWith("time,requests,successes,failures,skips,bytes\r\n"));
        const QList<QStringList> rows = csvRows(csv.out);
        QVERIFY2(rows.size() > 1, csv.out.constData());
        QList<qint64> times;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), 6);
            times.append(msOf(row.first()));
            for (const QString& figure : row.mid(1)) {
                bool isNumber = false;
                QVERIFY(figure.toLongLong(&isNumber) >= 0 && isNumber);
            }
        }
        // The range ended at a moment between before and after: the first
        // point holds its start, the last is the last one before its end.
        const qint64 first = times.first();
        QVERIFY(first >= floorTo(before - dayMs, fiveMinutesMs));
        QVERIFY(first <= floorTo(after - dayMs, fiveMinutesMs));
        QVERIFY(times.last() < after && times.last() + fiveMinutesMs >= before);
        QVERIFY(isSeries(times, first, fiveMinutesMs, (times.last() - first) / fiveMinutesMs + 1));

        // And the table: a header and a line per point.
        const Run table = run({u"task"_s, u"stats"_s, id});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QList<QByteArray> lines = table.out.trimmed().split('\n');
        QVERIFY(lines.first().simplified() == "TIME REQUESTS SUCCESSES FAILURES SKIPS BYTES");
        QVERIFY(qAbs(lines.size() - rows.size()) <= 1);
    }

    void aLongRangeIsAskedForInPieces()
    {
        const QString id = firstTask(u"SYNCHRONIZING"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Neither end on a whole hour, to see where the pieces meet.
        const qint64 from = now - 50 * dayMs - 1234567;
        const qint64 to = now - 5 * dayMs;
        m_sim->clearLog();
        const Run stats =
            run({u"--json"_s, u"task"_s, u"stats"_s, id, u"--from"_s,
                 QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODateWithMs),
                 u"--to"_s, QString::number(to)});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        const QJsonObject json = stats.json().object();
        QCOMPARE(msOf(json.value(u"from"_s).toString()), from);
        QCOMPARE(msOf(json.value(u"to"_s).toString()), to);
        QCOMPARE(json.value(u"granularity"_s).toString(), u"ONE_HOUR"_s);
        const qint64 first = floorTo(from, hourMs);
        QVERIFY(isSeries(timesOf(json.value(u"points"_s).toArray()), first, hourMs,
                         (to - first + hourMs - 1) / hourMs));

        // More than the simulator answers at once (31 days): pieces that
        // meet, each within its limit.
        const auto requests = statisticsRequests();
        QVERIFY2(requests.size() >= 2, qPrintable(QString::number(requests.size())));
        QCOMPARE(requests.first().first, from);
        QCOMPARE(requests.last().second, to);
        for (qsizetype i = 0; i < requests.size(); ++i) {
            QVERIFY(requests.at(i).second - requests.at(i).first <= 31 * dayMs);
            if (i > 0) {
                QCOMPARE(requests.at(i).first, requests.at(i - 1).second);
            }
        }
    }

    void aMonthSumsToTheTasksMonthlyFigures()
    {
        const QString id = firstTask(u"SYNCHRONIZING"_s);
        // Stopped, its figures stay as they are between the two runs below;
        // while it ran, the second would see more than the first.
        QCOMPARE(run({u"task"_s, u"stop"_s, id}).exitCode, 0);
        QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime monthStart(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0),
                                   Qt::UTC);
        // In the first second of a month --from would be (almost) now.
        if (monthStart.msecsTo(now) < 1000) {
            QTest::qSleep(1100);
            now = QDateTime::currentDateTimeUtc();
        }
        const Run csv = run({u"task"_s, u"stats"_s, id, u"--from"_s,
                             monthStart.toString(Qt::ISODate), u"--format"_s, u"csv"_s});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QStringList> rows = csvRows(csv.out);
        QVERIFY2(!rows.isEmpty(), csv.out.constData());
        QCOMPARE(rows.first(),
                 (QStringList {u"time"_s, u"requests"_s, u"successes"_s, u"failures"_s, u"skips"_s,
                               u"bytes"_s}));
        QCOMPARE(msOf(rows.value(1).value(0)), monthStart.toMSecsSinceEpoch());
        qint64 sums[5] = {};
        for (const QStringList& row : rows.mid(1)) {
            for (int column = 0; column < 5; ++column) {
                sums[column] += row.value(column + 1).toLongLong();
            }
        }

        const Run shown = run({u"--json"_s, u"task"_s, u"show"_s, id});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject task = shown.json().object();
        QCOMPARE(task.value(u"status"_s).toString(), u"STOPPED"_s);
        const char* monthly[] = {"monthly_acceptance_request", "monthly_success_object",
                                 "monthly_failure_object", "monthly_skip_object", "monthly_size"};
        for (int column = 0; column < 5; ++column) {
            QCOMPARE(sums[column],
                     qint64(task.value(QString::fromLatin1(monthly[column])).toDouble(-1)));
        }
        // It ran this month (since before it began, or for the minutes of it
        // there have been), so the comparison compares something.
        if (monthStart.msecsTo(now) > fiveMinutesMs) {
            QVERIFY(sums[0] > 0);
        }
    }

    void typesChooseTheColumns()
    {
        const QString id = firstTask(u"SYNCHRONIZING"_s);
        const Run csv = run(
            {u"task"_s, u"stats"_s, id, u"--type"_s, u"failures,bytes"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QStringList> rows = csvRows(csv.out);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first(), (QStringList {u"time"_s, u"failures"_s, u"bytes"_s}));
        for (const QStringList& row : rows) {
            QCOMPARE(row.size(), 3);
        }

        // The API's names too, in any case and order; the columns keep theirs.
        const Run json =
            run({u"--json"_s, u"task"_s, u"stats"_s, id, u"--type"_s, u"Size,FAILURE"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray points = json.json().object().value(u"points"_s).toArray();
        QVERIFY(!points.isEmpty());
        for (const QJsonValue& point : points) {
            QCOMPARE(point.toObject().keys(), (QStringList {u"bytes"_s, u"failures"_s, u"time"_s}));
        }
        const Run table = run({u"task"_s, u"stats"_s, id, u"--type"_s, u"failures,bytes"_s});
        QCOMPARE(table.out.left(table.out.indexOf('\n')).simplified(),
                 QByteArray("TIME FAILURES BYTES"));
    }

    void listAndShowPrintCsv()
    {
        const QJsonArray all = tasks();
        QVERIFY(!all.isEmpty());
        const Run list = run({u"task"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(list.out.startsWith("sync_task_id,status,"));
        QList<QStringList> rows = csvRows(list.out);
        QCOMPARE(rows.size(), all.size() + 1);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(rows.at(i + 1).first(),
                     all.at(i).toObject().value(u"sync_task_id"_s).toString());
        }
        // --format json is --json.
        QCOMPARE(run({u"task"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array(), all);

        const QString id = all.first().toObject().value(u"sync_task_id"_s).toString();
        const Run show = run({u"task"_s, u"show"_s, id, u"--format"_s, u"csv"_s});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        QVERIFY(show.out.startsWith("sync_task_id,"));
        rows = csvRows(show.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).first(), id);
        QVERIFY(rows.first().contains(u"monthly_size"_s));

        addProfile(u"second"_s);
        const Run everyProfile =
            run({u"task"_s, u"list"_s, u"--all-profiles"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(everyProfile.exitCode == 0, everyProfile.err.constData());
        QVERIFY(everyProfile.out.startsWith("profile,sync_task_id,status,"));
        rows = csvRows(everyProfile.out);
        QCOMPARE(rows.size(), 2 * all.size() + 1);
        QCOMPARE(rows.at(1).first(), u"demo"_s);
        QCOMPARE(rows.last().first(), u"second"_s);
    }

    void refusesBadInputBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        const QStringList stats {u"task"_s, u"stats"_s, u"ID"_s};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("an unknown range")
            << stats + QStringList {u"--range"_s, u"1y"_s} << QByteArray("--range");
        QTest::newRow("a word for a time")
            << stats + QStringList {u"--from"_s, u"yesterday"_s} << QByteArray("--from");
        QTest::newRow("a range and --from")
            << stats + QStringList {u"--from"_s, u"2026-01-01"_s, u"--range"_s, u"7d"_s}
            << QByteArray("--range");
        QTest::newRow("--to alone")
            << stats + QStringList {u"--to"_s, now.toString(Qt::ISODate)} << QByteArray("--from");
        QTest::newRow("an unknown type")
            << stats + QStringList {u"--type"_s, u"foo"_s} << QByteArray("--type");
        QTest::newRow("a type twice")
            << stats + QStringList {u"--type"_s, u"requests,REQUEST"_s} << QByteArray("--type");
        QTest::newRow("an unknown format")
            << stats + QStringList {u"--format"_s, u"xml"_s} << QByteArray("--format");
        QTest::newRow("over 366 days")
            << stats
                + QStringList {u"--from"_s, now.addDays(-367).toString(Qt::ISODate), u"--to"_s,
                               now.toString(Qt::ISODate)}
            << QByteArray("--from and --to may be at most 366 days apart");
        QTest::newRow("from the future")
            << stats + QStringList {u"--from"_s, now.addSecs(3600).toString(Qt::ISODate)}
            << QByteArray("--from");
        QTest::newRow("from after to") << stats
                + QStringList {u"--from"_s, now.addDays(-1).toString(Qt::ISODate), u"--to"_s,
                               now.addDays(-2).toString(Qt::ISODate)}
                                       << QByteArray("--from");
        QTest::newRow("a bad task id")
            << QStringList {u"task"_s, u"stats"_s, u".."_s} << QByteArray("sync_task_id");
        QTest::newRow("list in xml") << QStringList {u"task"_s, u"list"_s, u"--format"_s, u"xml"_s}
                                     << QByteArray("--format");
        QTest::newRow("show as a table and --json")
            << QStringList {u"task"_s, u"show"_s, u"ID"_s, u"--format"_s, u"table"_s, u"--json"_s}
            << QByteArray("--format");
        QTest::newRow("--json and --format csv")
            << stats + QStringList {u"--json"_s, u"--format"_s, u"csv"_s} << QByteArray("--format");
        QTest::newRow("--format of a command without it")
            << QStringList {u"task"_s, u"stop"_s, u"ID"_s, u"--format"_s, u"csv"_s}
            << QByteArray("--format");
    }

    void refusesBadInputBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        arguments.replaceInStrings(u"ID"_s, firstTask(u"SYNCHRONIZING"_s));
        m_sim->clearLog();
        const Run refused = run(arguments);
        QCOMPARE(refused.exitCode, 2);
        if (arguments.contains(u"--json"_s)) {
            // --json asked for failures as JSON on standard output.
            QVERIFY2(refused.json().object().value(u"field"_s).toString().toUtf8() == says,
                     refused.out.constData());
        } else {
            QVERIFY2(refused.err.contains(says), refused.err.constData());
            QVERIFY(refused.out.isEmpty());
        }
        QCOMPARE(m_sim->requestLog().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "TestCliStats.moc"
