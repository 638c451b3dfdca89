// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestHelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SimTest;

namespace {

// The demo seed's cn-north-4 tasks, newest first.
constexpr char qiniuRunning[] = "4e1a3c5b-7d9f-4b2e-8c6a-1f3e5d7b9a64";
constexpr char tencentStopped[] = "3c9e1b7a-4d2f-4a8c-9e6b-0d1f2a3b4c53";
constexpr char aliyunRunning[] = "1f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31";
constexpr char awsStopped[] = "2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42";
// A cn-east-3 task that stopped more than a month ago.
constexpr char baiduLongStopped[] = "8a9c3f5d-7b8e-4d0f-a1c3-5e7b9d1f3a08";

constexpr qint64 hourMs = 3600'000;
constexpr qint64 dayMs = 24 * hourMs;

const QByteArray minimalStart =
    "{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"c\",\"dst_sk\":\"d\"}";

QStringList idsOf(const QJsonArray& tasks)
{
    QStringList ids;
    for (const QJsonValue& task : tasks) {
        ids.append(task[u"sync_task_id"_s].toString());
    }
    return ids;
}

QByteArray startBody(const QJsonObject& fields)
{
    QJsonObject body {{u"src_ak"_s, u"SRCAK"_s},
                      {u"src_sk"_s, u"SRCSK"_s},
                      {u"dst_ak"_s, u"DSTAK"_s},
                      {u"dst_sk"_s, u"DSTSK"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isUndefined() || it.value().toString() == u"(remove)"_s) {
            body.remove(it.key());
        } else {
            body.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray createBody(const QJsonObject& fields)
{
    QJsonObject body {{u"src_cloud_type"_s, u"Aliyun"_s},
                      {u"src_region"_s, u"cn-hangzhou"_s},
                      {u"src_bucket"_s, u"new-source"_s},
                      {u"dst_region"_s, u"cn-north-4"_s},
                      {u"dst_bucket"_s, u"new-destination"_s},
                      {u"src_ak"_s, u"SRCAK"_s},
                      {u"src_sk"_s, u"SRCSK"_s},
                      {u"dst_ak"_s, u"DSTAK"_s},
                      {u"dst_sk"_s, u"DSTSK"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().toString() == u"(remove)"_s) {
            body.remove(it.key());
        } else {
            body.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimulatorOms : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim; // the demo seed
    SimulatorProcess m_configured; // tests/data/sim/example-config.json
    Headers m_token;
    QByteArray m_tasks; // /v2/{cn-north-4 project}/sync-tasks

    Response get(const QByteArray& target) { return call(m_sim.port(), "GET", target, m_token); }
    Response send(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
                  const QByteArray& contentType = "application/json;charset=UTF-8")
    {
        Headers headers = m_token;
        if (!contentType.isEmpty()) {
            headers.emplaceBack("Content-Type", contentType);
        }
        return call(m_sim.port(), method, target, headers, body);
    }
    QString firstTaskId()
    {
        return idsOf(json(get(m_tasks + "?limit=1")).value(u"tasks"_s).toArray()).value(0);
    }

    QJsonObject show(const QByteArray& id, qint64 queryTime = 0)
    {
        const Response response = get(m_tasks + '/' + id + "?query_time="
                                      + QByteArray::number(queryTime ? queryTime : simNow()));
        if (response.status != 200) {
            qWarning("show %s: %d %s", id.constData(), response.status, response.body.constData());
        }
        return json(response);
    }
    qint64 simNow()
    {
        return m_sim.control("GET", u"/_sim/clock"_s).json().value(u"now_ms"_s).toInteger();
    }
    static void verifyOmsError(const Response& response, int status, const QString& code)
    {
        QCOMPARE(response.status, status);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), code);
        QVERIFY(!json(response).value(u"error_msg"_s).toString().isEmpty());
        QVERIFY(isRequestId(response.header("x-request-id")));
    }
    qint64 sumOf(const QByteArray& id, const QByteArray& type, qint64 from, qint64 to)
    {
        const Response response =
            get(m_tasks + '/' + id + "/statistics?data_type=" + type + "&start_time="
                + QByteArray::number(from) + "&end_time=" + QByteArray::number(to));
        qint64 sum = 0;
        for (const QJsonValue& point :
             json(response)[u"statistic_datas"_s][0][u"data"_s].toArray()) {
            sum += point[u"statistic_num"_s].toInteger();
        }
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        QVERIFY2(m_configured.startWithConfig(
                     QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/sim/example-config.json")),
                 qPrintable(m_configured.errorString()));
        m_tasks = "/v2/" + m_sim.projectId(u"cn-north-4"_s).toLatin1() + "/sync-tasks";
    }

    void init()
    {
        QVERIFY(m_sim.reset());
        QVERIFY(m_configured.reset());
        m_token = tokenHeaders(m_sim.port());
        QVERIFY(!m_token.first().second.isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString()));
        QVERIFY2(m_configured.stop(), qPrintable(m_configured.errorString()));
    }

    // ---- ListSyncTasks --------------------------------------------------

    void listsNewestFirst()
    {
        const Response response = get(m_tasks);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("content-type").startsWith("application/json"));
        const QJsonObject body = json(response);
        QCOMPARE(body.value(u"count"_s).toInt(), 4);
        const QJsonArray tasks = body.value(u"tasks"_s).toArray();
        QCOMPARE(
            idsOf(tasks),
            (QStringList {QString::fromLatin1(qiniuRunning), QString::fromLatin1(tencentStopped),
                          QString::fromLatin1(aliyunRunning), QString::fromLatin1(awsStopped)}));
        for (const QJsonValue& task : tasks) {
            for (const QString& field :
                 {u"src_cloud_type"_s, u"src_region"_s, u"src_bucket"_s, u"dst_bucket"_s,
                  u"dst_region"_s, u"description"_s, u"status"_s, u"object_overwrite_mode"_s,
                  u"dst_storage_policy"_s, u"consistency_check"_s}) {
                QVERIFY2(task[field].isString(), qPrintable(field));
            }
            QVERIFY(task[u"create_time"_s].toInteger() > 1'600'000'000'000);
            QVERIFY(task[u"enable_kms"_s].isBool());
            // Statistics of the month are for ShowSyncTask only.
            QVERIFY(!task.toObject().contains(u"monthly_acceptance_request"_s));
        }
        QCOMPARE(tasks.at(0)[u"source_cdn"_s][u"domain"_s].toString(), u"cdn.video.example.com"_s);
        QCOMPARE(tasks.at(1)[u"app_id"_s].toString(), u"1250000000"_s);
        QCOMPARE(tasks.at(1)[u"description"_s].toString(), u"腾讯云 COS 图片库同步到华为云 OBS"_s);
        QVERIFY(tasks.at(1).toObject().contains(u"last_start_time"_s));
        QVERIFY(!tasks.at(0).toObject().contains(u"last_start_time"_s)); // never restarted
    }

    void listParameters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("ids"); // for 200
        const QString d = QString::fromLatin1(qiniuRunning);
        const QString c = QString::fromLatin1(tencentStopped);
        const QString a = QString::fromLatin1(aliyunRunning);
        const QString b = QString::fromLatin1(awsStopped);
        QTest::newRow("limit 1") << QByteArray("limit=1") << 200 << QStringList {d};
        QTest::newRow("limit 100") << QByteArray("limit=100") << 200 << QStringList {d, c, a, b};
        QTest::newRow("offset 3") << QByteArray("offset=3") << 200 << QStringList {b};
        QTest::newRow("offset 2 limit 1")
            << QByteArray("limit=1&offset=2") << 200 << QStringList {a};
        QTest::newRow("offset past the end") << QByteArray("offset=4") << 200 << QStringList();
        QTest::newRow("offset 10000") << QByteArray("offset=10000") << 200 << QStringList();
        QTest::newRow("SYNCHRONIZING")
            << QByteArray("status=SYNCHRONIZING") << 200 << QStringList {d, a};
        QTest::newRow("STOPPED") << QByteArray("status=STOPPED&limit=10&offset=0") << 200
                                 << QStringList {c, b};
        QTest::newRow("leading zero") << QByteArray("limit=01") << 200 << QStringList {d};
        QTest::newRow("unknown parameter ignored")
            << QByteArray("marker=x") << 200 << QStringList {d, c, a, b};
        QTest::newRow("limit 0") << QByteArray("limit=0") << 400 << QStringList();
        QTest::newRow("limit 101") << QByteArray("limit=101") << 400 << QStringList();
        QTest::newRow("limit -1") << QByteArray("limit=-1") << 400 << QStringList();
        QTest::newRow("limit +5") << QByteArray("limit=%2B5") << 400 << QStringList();
        QTest::newRow("limit 1.5") << QByteArray("limit=1.5") << 400 << QStringList();
        QTest::newRow("limit text") << QByteArray("limit=ten") << 400 << QStringList();
        QTest::newRow("limit empty") << QByteArray("limit=") << 400 << QStringList();
        QTest::newRow("limit twice") << QByteArray("limit=1&limit=2") << 400 << QStringList();
        QTest::newRow("offset -1") << QByteArray("offset=-1") << 400 << QStringList();
        QTest::newRow("offset 10001") << QByteArray("offset=10001") << 400 << QStringList();
        QTest::newRow("status lower case") << QByteArray("status=stopped") << 400 << QStringList();
        QTest::newRow("status unknown") << QByteArray("status=RUNNING") << 400 << QStringList();
        QTest::newRow("status empty") << QByteArray("status=") << 400 << QStringList();
        QTest::newRow("broken escape") << QByteArray("limit=%zz") << 400 << QStringList();
    }

    void listParameters()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        QFETCH(QStringList, ids);
        const Response response = get(m_tasks + '?' + query);
        if (status != 200) {
            verifyOmsError(response, status, u"OMS.0064"_s);
            return;
        }
        QCOMPARE(response.status, 200);
        QCOMPARE(idsOf(json(response).value(u"tasks"_s).toArray()), ids);
        const int expectedCount = query.contains("status=") ? 2 : 4;
        QCOMPARE(json(response).value(u"count"_s).toInt(), expectedCount);
    }

    void pagesThroughManyTasks()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--synthetic-tasks"_s, u"250"_s}), qPrintable(sim.errorString()));
        const Headers token = tokenHeaders(sim.port());
        const QByteArray tasks = "/v2/" + sim.projectId(u"cn-north-4"_s).toLatin1() + "/sync-tasks";
        QSet<QString> seen;
        QList<qsizetype> pageSizes;
        for (int offset = 0; offset < 400; offset += 100) {
            const Response page =
                call(sim.port(), "GET", tasks + "?limit=100&offset=" + QByteArray::number(offset),
                     token);
            QCOMPARE(page.status, 200);
            QCOMPARE(json(page).value(u"count"_s).toInt(), 254);
            const QStringList ids = idsOf(json(page).value(u"tasks"_s).toArray());
            pageSizes.append(ids.size());
            for (const QString& id : ids) {
                QVERIFY2(!seen.contains(id), "a task on two pages");
                seen.insert(id);
            }
        }
        QCOMPARE(pageSizes, (QList<qsizetype> {100, 100, 54, 0}));
        QCOMPARE(seen.size(), 254);
        // Every third synthetic task is paused, plus the demo's two.
        const Response stopped = call(sim.port(), "GET", tasks + "?status=STOPPED&limit=1", token);
        QCOMPARE(json(stopped).value(u"count"_s).toInt(), 83 + 2);
        QVERIFY(sim.stop());
    }

    // ---- ShowSyncTask ---------------------------------------------------

    void showAddsThisMonthsFigures()
    {
        const QJsonObject running = show(aliyunRunning);
        QCOMPARE(running.value(u"sync_task_id"_s).toString(), QString::fromLatin1(aliyunRunning));
        QCOMPARE(running.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        QCOMPARE(running.value(u"consistency_check"_s).toString(), u"crc64"_s);
        const qint64 requests = running.value(u"monthly_acceptance_request"_s).toInteger();
        const qint64 success = running.value(u"monthly_success_object"_s).toInteger();
        QVERIFY(requests > 0);
        QVERIFY(success > 0 && success <= requests);
        QVERIFY(running.value(u"monthly_failure_object"_s).toInteger() < requests / 10 + 1);
        QVERIFY(running.value(u"monthly_skip_object"_s).isDouble());
        QVERIFY(running.value(u"monthly_size"_s).toInteger() > success);

        // Stopped before this month began: nothing this month.
        const QByteArray east =
            "/v2/" + m_sim.projectId(u"cn-east-3"_s).toLatin1() + "/sync-tasks/";
        const Response old =
            call(m_sim.port(), "GET",
                 east + baiduLongStopped + "?query_time=" + QByteArray::number(simNow()),
                 tokenHeaders(m_sim.port(), u"cn-east-3"_s));
        QCOMPARE(old.status, 200);
        QCOMPARE(json(old).value(u"monthly_acceptance_request"_s).toInteger(), 0);
        QCOMPARE(json(old).value(u"status"_s).toString(), u"STOPPED"_s);
    }

    void showParameters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("digits") << QByteArray("query_time=1764316800000") << 200;
        QTest::newRow("one") << QByteArray("query_time=1") << 200;
        QTest::newRow("missing") << QByteArray() << 400;
        QTest::newRow("empty") << QByteArray("query_time=") << 400;
        QTest::newRow("zero") << QByteArray("query_time=0") << 400;
        QTest::newRow("negative") << QByteArray("query_time=-1") << 400;
        QTest::newRow("decimal") << QByteArray("query_time=1.5") << 400;
        QTest::newRow("quoted") << QByteArray("query_time=%221764316800000%22") << 400;
        QTest::newRow("ISO date") << QByteArray("query_time=2025-11-28") << 400;
        QTest::newRow("twice") << QByteArray("query_time=1&query_time=2") << 400;
        QTest::newRow("16 digits") << QByteArray("query_time=1764316800000000") << 400;
        QTest::newRow("other name") << QByteArray("queryTime=1764316800000") << 400;
    }

    void showParameters()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        const Response response = get(m_tasks + '/' + awsStopped
                                      + (query.isEmpty() ? QByteArray() : QByteArray('?' + query)));
        if (status == 200) {
            QCOMPARE(response.status, 200);
            QVERIFY(json(response).contains(u"monthly_size"_s));
        } else {
            verifyOmsError(response, status, u"OMS.0064"_s);
        }
    }

    void taskIdsAreOnePathSegment_data()
    {
        QTest::addColumn<QByteArray>("segment");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << QByteArray("nope") << 404 << u"OMS.1009"_s;
        QTest::newRow("encoded slash") << QByteArray("a%2Fb") << 404 << u"OMS.1009"_s;
        QTest::newRow("encoded question mark") << QByteArray("what%3F") << 404 << u"OMS.1009"_s;
        QTest::newRow("encoded hash") << QByteArray("tag%23one") << 404 << u"OMS.1009"_s;
        QTest::newRow("encoded percent") << QByteArray("100%25done") << 404 << u"OMS.1009"_s;
        QTest::newRow("encoded dot dot") << QByteArray("%2E%2E") << 404 << u"OMS.1009"_s;
        QTest::newRow("dots inside an id") << QByteArray("a..b") << 404 << u"OMS.1009"_s;
        QTest::newRow("a real id, encoded")
            << QByteArray("%31f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31") << 200 << QString();
        QTest::newRow("a real id, encoded twice")
            << QByteArray("%2531f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31") << 404 << u"OMS.1009"_s;
        QTest::newRow("empty id") << QByteArray() << 404 << u"OMS.1009"_s;
        QTest::newRow("255 characters") << QByteArray(255, 'x') << 404 << u"OMS.1009"_s;
        QTest::newRow("256 characters") << QByteArray(256, 'x') << 400 << u"OMS.0054"_s;
        QTest::newRow("broken escape") << QByteArray("a%zz") << 400 << u"OMS.0054"_s;
        // A raw ".." would be resolved by a gateway: no such API.
        QTest::newRow("raw dot dot") << QByteArray("..") << 404 << u"APIGW.0101"_s;
    }

    void taskIdsAreOnePathSegment()
    {
        QFETCH(QByteArray, segment);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Response response = get(m_tasks + '/' + segment + "?query_time=1");
        if (status == 200) {
            QCOMPARE(response.status, 200);
            QCOMPARE(json(response).value(u"sync_task_id"_s).toString(),
                     QString::fromLatin1(aliyunRunning));
        } else {
            verifyOmsError(response, status, code);
        }
    }

    void unknownTasksOnEveryRoute_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<QByteArray>("body");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QTest::newRow("start") << QByteArray("POST") << QByteArray("/start") << minimalStart;
        QTest::newRow("stop") << QByteArray("POST") << QByteArray("/stop") << QByteArray();
        QTest::newRow("delete") << QByteArray("DELETE") << QByteArray() << QByteArray();
        QTest::newRow("statistics") << QByteArray("GET")
                                    << QByteArray("/statistics?data_type=REQUEST&start_time="
                                                  + QByteArray::number(now - hourMs)
                                                  + "&end_time=" + QByteArray::number(now))
                                    << QByteArray();
    }

    void unknownTasksOnEveryRoute()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, suffix);
        QFETCH(QByteArray, body);
        verifyOmsError(send(method, m_tasks + "/no-such-task" + suffix, body), 404, u"OMS.1009"_s);
    }

    // ---- StartSyncTask / StopSyncTask -----------------------------------

    void startAndStopMoveTheTask()
    {
        const qint64 before = simNow();
        const Response started = send("POST", m_tasks + '/' + awsStopped + "/start", minimalStart);
        QCOMPARE(started.status, 200);
        QCOMPARE(started.body, QByteArray());
        QCOMPARE(started.header("content-length"), "0");
        const qint64 after = simNow();
        QJsonObject task = show(awsStopped);
        QCOMPARE(task.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        const qint64 lastStart = task.value(u"last_start_time"_s).toInteger();
        QVERIFY(lastStart >= before && lastStart <= after);

        verifyOmsError(send("POST", m_tasks + '/' + awsStopped + "/start", minimalStart), 400,
                       u"OMS.1010"_s);
        const Response stopped = send("POST", m_tasks + '/' + awsStopped + "/stop", {}, {});
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.body, QByteArray());
        task = show(awsStopped);
        QCOMPARE(task.value(u"status"_s).toString(), u"STOPPED"_s);
        QCOMPARE(task.value(u"last_start_time"_s).toInteger(), lastStart);
        verifyOmsError(send("POST", m_tasks + '/' + awsStopped + "/stop", {}, {}), 400,
                       u"OMS.1010"_s);

        // The list tells the same story.
        const Response list = get(m_tasks + "?status=STOPPED");
        QVERIFY(idsOf(json(list).value(u"tasks"_s).toArray())
                    .contains(QString::fromLatin1(awsStopped)));
    }

    void startBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        const QByteArray json = "application/json;charset=UTF-8";
        const QString kmsId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;
        QTest::newRow("four keys") << startBody({}) << json << 200;
        QTest::newRow("plain application/json")
            << startBody({}) << QByteArray("application/json") << 200;
        QTest::newRow("keys of 100 characters")
            << startBody({{u"src_ak"_s, QString(100, u'a')}, {u"dst_sk"_s, QString(100, u'b')}})
            << json << 200;
        QTest::newRow("empty CDN key")
            << startBody({{u"source_cdn_authentication_key"_s, QString()}}) << json << 200;
        QTest::newRow("CDN key of 255")
            << startBody({{u"source_cdn_authentication_key"_s, QString(255, u'k')}}) << json << 200;
        QTest::newRow("KMS with key id")
            << startBody({{u"src_crypto_type"_s, u"KMS"_s}, {u"src_kms_key_id"_s, kmsId}}) << json
            << 200;
        QTest::newRow("DEFAULT crypto")
            << startBody({{u"dst_crypto_type"_s, u"DEFAULT"_s}}) << json << 200;
        QTest::newRow("non-ASCII key")
            << startBody({{u"src_sk"_s, u"clé-密钥-ключ"_s}}) << json << 200;

        QTest::newRow("no src_ak") << startBody({{u"src_ak"_s, u"(remove)"_s}}) << json << 400;
        QTest::newRow("no dst_sk") << startBody({{u"dst_sk"_s, u"(remove)"_s}}) << json << 400;
        QTest::newRow("empty src_ak") << startBody({{u"src_ak"_s, QString()}}) << json << 400;
        QTest::newRow("src_sk of 101")
            << startBody({{u"src_sk"_s, QString(101, u's')}}) << json << 400;
        QTest::newRow("dst_ak a number") << startBody({{u"dst_ak"_s, 12345}}) << json << 400;
        QTest::newRow("dst_ak null")
            << startBody({{u"dst_ak"_s, QJsonValue(QJsonValue::Null)}}) << json << 400;
        QTest::newRow("unknown field") << startBody({{u"src_token"_s, u"x"_s}}) << json << 400;
        QTest::newRow("field in another case") << startBody({{u"SRC_AK"_s, u"x"_s}}) << json << 400;
        QTest::newRow("CDN key of 256")
            << startBody({{u"source_cdn_authentication_key"_s, QString(256, u'k')}}) << json << 400;
        QTest::newRow("CDN key a number")
            << startBody({{u"source_cdn_authentication_key"_s, 1}}) << json << 400;
        QTest::newRow("crypto type AES")
            << startBody({{u"src_crypto_type"_s, u"AES"_s}}) << json << 400;
        QTest::newRow("crypto type lower case")
            << startBody({{u"dst_crypto_type"_s, u"kms"_s}}) << json << 400;
        QTest::newRow("KMS without key id")
            << startBody({{u"src_crypto_type"_s, u"KMS"_s}}) << json << 400;
        QTest::newRow("key id without KMS")
            << startBody({{u"dst_kms_key_id"_s, kmsId}}) << json << 400;
        QTest::newRow("key id of 35") << startBody(
            {{u"source_cdn_crypto_type"_s, u"KMS"_s}, {u"source_cdn_kms_key_id"_s, kmsId.left(35)}})
                                      << json << 400;
        QTest::newRow("array body") << QByteArray("[]") << json << 400;
        QTest::newRow("not JSON") << QByteArray("src_ak=a") << json << 400;
        QTest::newRow("empty body") << QByteArray() << json << 400;
        QTest::newRow("text/plain") << startBody({}) << QByteArray("text/plain") << 400;
        QTest::newRow("form encoded")
            << startBody({}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("no content type") << startBody({}) << QByteArray() << 400;
    }

    void startBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const Response response =
            send("POST", m_tasks + '/' + tencentStopped + "/start", body, contentType);
        const QString expectedStatus = status == 200 ? u"SYNCHRONIZING"_s : u"STOPPED"_s;
        if (status == 200) {
            QCOMPARE(response.status, 200);
        } else {
            verifyOmsError(response, status, u"OMS.0064"_s);
        }
        QCOMPARE(show(tencentStopped).value(u"status"_s).toString(), expectedStatus);
    }

    void startNeedsTheExpectedKeys_data()
    {
        QTest::addColumn<QByteArray>("task");
        QTest::addColumn<QJsonObject>("keys");
        QTest::addColumn<int>("status");
        const QJsonObject right {{u"src_ak"_s, u"AKIAEXAMPLESOURCE001"_s},
                                 {u"src_sk"_s, u"source/secret/key/0000000000000000000001"_s},
                                 {u"dst_ak"_s, u"HWEXAMPLEDESTINATION"_s},
                                 {u"dst_sk"_s, u"destinationSecretKey00000000000000000001"_s}};
        QJsonObject wrongSource = right;
        wrongSource.insert(u"src_sk"_s, u"source/secret/key/0000000000000000000002"_s);
        QJsonObject wrongDestination = right;
        wrongDestination.insert(u"dst_ak"_s, u"HWEXAMPLEDESTINATIOM"_s);
        QJsonObject swapped = right;
        swapped.insert(u"src_ak"_s, right.value(u"dst_ak"_s));
        swapped.insert(u"dst_ak"_s, right.value(u"src_ak"_s));
        QTest::newRow("right keys") << QByteArray("expects-keys") << right << 200;
        QTest::newRow("wrong source SK") << QByteArray("expects-keys") << wrongSource << 400;
        QTest::newRow("wrong destination AK")
            << QByteArray("expects-keys") << wrongDestination << 400;
        QTest::newRow("swapped AKs") << QByteArray("expects-keys") << swapped << 400;

        QJsonObject cdn {{u"src_ak"_s, u"LTAIEXAMPLE000000001"_s},
                         {u"src_sk"_s, u"aliyunSecret000000000000000000"_s},
                         {u"dst_ak"_s, u"HWEXAMPLEDESTINATION"_s},
                         {u"dst_sk"_s, u"destinationSecretKey00000000000000000001"_s}};
        QTest::newRow("CDN key missing") << QByteArray("cdn-with-key") << cdn << 400;
        cdn.insert(u"source_cdn_authentication_key"_s, u"cdn-signing-key-2"_s);
        QTest::newRow("CDN key wrong") << QByteArray("cdn-with-key") << cdn << 400;
        cdn.insert(u"source_cdn_authentication_key"_s, u"cdn-signing-key-1"_s);
        QTest::newRow("CDN key right") << QByteArray("cdn-with-key") << cdn << 200;
    }

    void startNeedsTheExpectedKeys()
    {
        QFETCH(QByteArray, task);
        QFETCH(QJsonObject, keys);
        QFETCH(int, status);
        const quint16 port = m_configured.port();
        const Headers token = [&] {
            const Response issued =
                requestToken(port, u"cn-north-4"_s, u"acme"_s, u"bob"_s, u"bob-Passw0rd!"_s);
            return Headers {{"X-Auth-Token", issued.header("x-subject-token")},
                            {"Content-Type", "application/json"}};
        }();
        const QByteArray tasks = "/v2/0f1e2d3c4b5a69788796a5b4c3d2e1f0/sync-tasks/";
        const Response response = call(port, "POST", tasks + task + "/start", token,
                                       QJsonDocument(keys).toJson(QJsonDocument::Compact));
        if (status == 200) {
            QCOMPARE(response.status, 200);
        } else {
            verifyOmsError(response, status, u"OMS.1011"_s);
            // Never a hint at which part of a key was wrong, and never the key.
            QVERIFY(!response.body.contains("0000000000000000000002"));
        }
        const Response shown = call(port, "GET", tasks + task + "?query_time=1", token);
        QCOMPARE(json(shown).value(u"status"_s).toString(),
                 status == 200 ? u"SYNCHRONIZING"_s : u"STOPPED"_s);
    }

    void stopTakesNoBody()
    {
        verifyOmsError(send("POST", m_tasks + '/' + aliyunRunning + "/stop", "{}"), 400,
                       u"OMS.0064"_s);
        QCOMPARE(show(aliyunRunning).value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
    }

    void unknownStatusesAndFieldsAreServedVerbatim()
    {
        const quint16 port = m_configured.port();
        const Response issued =
            requestToken(port, u"cn-north-4"_s, u"acme"_s, u"alice"_s, u"alice-Passw0rd!"_s);
        const Headers token {{"X-Auth-Token", issued.header("x-subject-token")},
                             {"Content-Type", "application/json"}};
        const QByteArray path = "/v2/0f1e2d3c4b5a69788796a5b4c3d2e1f0/sync-tasks/from-the-future";
        const QJsonObject task = json(call(port, "GET", path + "?query_time=1", token));
        QCOMPARE(task.value(u"status"_s).toString(), u"PAUSING"_s);
        QCOMPARE(task.value(u"sync_speed_limit"_s)[u"unit"_s].toString(), u"MB/s"_s);
        QVERIFY(!task.contains(u"enable_kms"_s));
        // Neither running nor stopped: neither start nor stop applies.
        verifyOmsError(call(port, "POST", path + "/start", token, minimalStart), 400,
                       u"OMS.1010"_s);
        verifyOmsError(call(port, "POST", path + "/stop", token), 400, u"OMS.1010"_s);
    }

    void regionsWithoutSyncTaskOperations()
    {
        const quint16 port = m_configured.port();
        const Response issued =
            requestToken(port, u"ap-southeast-1"_s, u"acme"_s, u"alice"_s, u"alice-Passw0rd!"_s);
        const Headers token {{"X-Auth-Token", issued.header("x-subject-token")},
                             {"Content-Type", "application/json"}};
        const QByteArray tasks = "/v2/"
            + m_configured.projectId(u"ap-southeast-1"_s, u"acme"_s).toLatin1() + "/sync-tasks";
        const Response list = call(port, "GET", tasks, token);
        QCOMPARE(list.status, 200);
        QCOMPARE(json(list).value(u"count"_s).toInt(), 3);
        const QByteArray id = json(list)[u"tasks"_s][0][u"sync_task_id"_s].toString().toLatin1();
        QCOMPARE(call(port, "GET", tasks + '/' + id + "?query_time=1", token).status, 200);
        verifyOmsError(call(port, "POST", tasks + '/' + id + "/stop", token), 400, u"OMS.0060"_s);
        verifyOmsError(
            call(port, "POST", tasks, token, createBody({{u"dst_region"_s, u"ap-southeast-1"_s}})),
            400, u"OMS.0060"_s);
    }

    // ---- DeleteSyncTask --------------------------------------------------

    void deleteOnlyWhenStopped()
    {
        verifyOmsError(send("DELETE", m_tasks + '/' + aliyunRunning, {}, {}), 400, u"OMS.1010"_s);
        const Response deleted = send("DELETE", m_tasks + '/' + awsStopped, {}, {});
        QCOMPARE(deleted.status, 200);
        verifyOmsError(get(m_tasks + '/' + awsStopped + "?query_time=1"), 404, u"OMS.1009"_s);
        QCOMPARE(json(get(m_tasks)).value(u"count"_s).toInt(), 3);
        verifyOmsError(send("DELETE", m_tasks + '/' + awsStopped, {}, {}), 404, u"OMS.1009"_s);
    }

    // ---- ListSyncTaskStatistic -------------------------------------------

    void statisticsShape_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<qint64>("step");
        QTest::newRow("an hour") << hourMs << u"FIVE_MINUTES"_s << qint64(300'000);
        QTest::newRow("a day") << dayMs << u"FIVE_MINUTES"_s << qint64(300'000);
        QTest::newRow("two days") << 2 * dayMs << u"ONE_HOUR"_s << hourMs;
        QTest::newRow("31 days") << 31 * dayMs << u"ONE_HOUR"_s << hourMs;
    }

    void statisticsShape()
    {
        QFETCH(qint64, span);
        QFETCH(QString, granularity);
        QFETCH(qint64, step);
        const qint64 end = simNow();
        const Response response =
            get(m_tasks + '/' + aliyunRunning
                + "/statistics?data_type=REQUEST%2CSUCCESS%2CFAILURE%2CSKIP%2CSIZE" + "&start_time="
                + QByteArray::number(end - span) + "&end_time=" + QByteArray::number(end));
        QCOMPARE(response.status, 200);
        const QJsonObject body = json(response);
        QCOMPARE(body.value(u"statistic_time_type"_s).toString(), granularity);
        const QJsonArray series = body.value(u"statistic_datas"_s).toArray();
        QCOMPARE(series.size(), 5);
        const QStringList types {u"REQUEST"_s, u"SUCCESS"_s, u"FAILURE"_s, u"SKIP"_s, u"SIZE"_s};
        for (qsizetype i = 0; i < series.size(); ++i) {
            QCOMPARE(series.at(i)[u"data_type"_s].toString(), types.at(i));
            const QJsonArray points = series.at(i)[u"data"_s].toArray();
            QVERIFY(points.size() >= span / step);
            QVERIFY(points.size() <= span / step + 1);
            for (qsizetype p = 0; p < points.size(); ++p) {
                const qint64 at = points.at(p)[u"time_stamp"_s].toInteger();
                QCOMPARE(at % step, 0);
                QVERIFY(at > end - span - step && at <= end);
                if (p > 0) {
                    QCOMPARE(at - points.at(p - 1)[u"time_stamp"_s].toInteger(), step);
                }
                QVERIFY(points.at(p)[u"statistic_num"_s].toInteger() >= 0);
            }
        }
        // The task ran through the last hour: some traffic, successes no more than requests.
        qint64 requests = 0;
        qint64 successes = 0;
        for (qsizetype p = 0; p < series.at(0)[u"data"_s].toArray().size(); ++p) {
            requests += series.at(0)[u"data"_s][p][u"statistic_num"_s].toInteger();
            successes += series.at(1)[u"data"_s][p][u"statistic_num"_s].toInteger();
        }
        QVERIFY(requests > 0);
        QVERIFY(successes <= requests);
    }

    void statisticsParameters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("status");
        const QByteArray end = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray hourAgo = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - hourMs);
        const QByteArray times = "&start_time=" + hourAgo + "&end_time=" + end;
        QTest::newRow("one type") << QByteArray("data_type=SIZE" + times) << 200;
        QTest::newRow("literal commas") << QByteArray("data_type=SKIP,FAILURE" + times) << 200;
        QTest::newRow("no data_type") << QByteArray(times.mid(1)) << 400;
        QTest::newRow("empty data_type") << QByteArray("data_type=" + times) << 400;
        QTest::newRow("unknown type") << QByteArray("data_type=BANDWIDTH" + times) << 400;
        QTest::newRow("lower case") << QByteArray("data_type=request" + times) << 400;
        QTest::newRow("a type twice") << QByteArray("data_type=SIZE,SIZE" + times) << 400;
        QTest::newRow("trailing comma") << QByteArray("data_type=SIZE," + times) << 400;
        QTest::newRow("space after comma") << QByteArray("data_type=SIZE,%20SKIP" + times) << 400;
        QTest::newRow("data_type twice")
            << QByteArray("data_type=SIZE&data_type=SKIP" + times) << 400;
        QTest::newRow("no start_time") << QByteArray("data_type=SIZE&end_time=" + end) << 400;
        QTest::newRow("no end_time") << QByteArray("data_type=SIZE&start_time=" + hourAgo) << 400;
        QTest::newRow("start_time text")
            << QByteArray("data_type=SIZE&start_time=yesterday&end_time=" + end) << 400;
        QTest::newRow("end before start")
            << QByteArray("data_type=SIZE&start_time=" + end + "&end_time=" + hourAgo) << 400;
        QTest::newRow("end equals start")
            << QByteArray("data_type=SIZE&start_time=" + end + "&end_time=" + end) << 400;
        QTest::newRow("31 days and a second") << QByteArray(
            "data_type=SIZE&start_time=" + QByteArray::number(end.toLongLong() - 31 * dayMs - 1000)
            + "&end_time=" + end) << 400;
    }

    void statisticsParameters()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, status);
        const Response response = get(m_tasks + '/' + aliyunRunning + "/statistics?" + query);
        if (status == 200) {
            QCOMPARE(response.status, 200);
        } else {
            verifyOmsError(response, status, u"OMS.0064"_s);
        }
    }

    // Figures grow while a task runs and stand still while it is paused;
    // the clock moves instead of the test sleeping.
    void statisticsGrowWhileRunning()
    {
        const qint64 t0 = simNow();
        const qint64 runningBefore = sumOf(aliyunRunning, "REQUEST", t0 - hourMs, t0 + 2 * hourMs);
        const qint64 stoppedBefore = sumOf(awsStopped, "REQUEST", t0 - 3 * dayMs, t0 + 2 * hourMs);
        const qint64 monthBefore =
            show(aliyunRunning).value(u"monthly_acceptance_request"_s).toInteger();
        m_sim.shiftClock(hourMs);
        const qint64 runningAfter = sumOf(aliyunRunning, "REQUEST", t0 - hourMs, t0 + 2 * hourMs);
        const qint64 stoppedAfter = sumOf(awsStopped, "REQUEST", t0 - 3 * dayMs, t0 + 2 * hourMs);
        QVERIFY2(runningAfter > runningBefore + 1000,
                 qPrintable(u"%1 -> %2"_s.arg(runningBefore).arg(runningAfter)));
        QCOMPARE(stoppedAfter, stoppedBefore);
        QVERIFY(stoppedBefore > 0); // it ran until two days ago
        // The same past, the same figures: they are derived, not random. (A
        // window reaching into the present grows with the real time between
        // two requests, however short.)
        const qint64 pastHour = sumOf(aliyunRunning, "REQUEST", t0 - hourMs, t0);
        QVERIFY(pastHour > 0);
        QCOMPARE(sumOf(aliyunRunning, "REQUEST", t0 - hourMs, t0), pastHour);
        // This month's figures grow too (unless the shift crossed into a new month).
        const qint64 monthAfter =
            show(aliyunRunning).value(u"monthly_acceptance_request"_s).toInteger();
        const QDate before = QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC).date();
        const QDate after = QDateTime::fromMSecsSinceEpoch(t0 + hourMs, Qt::UTC).date();
        if (before.month() == after.month()) {
            QVERIFY(monthAfter > monthBefore);
        }

        // Started, the paused task's figures move on as well.
        QCOMPARE(send("POST", m_tasks + '/' + awsStopped + "/start", minimalStart).status, 200);
        const qint64 t1 = simNow();
        m_sim.shiftClock(30 * 60'000);
        QVERIFY(sumOf(awsStopped, "REQUEST", t1, t1 + hourMs) > 0);
    }

    // ---- CreateSyncTask --------------------------------------------------

    void createStartsATaskUpToTheQuota()
    {
        const Response created =
            send("POST", m_tasks, createBody({{u"description"_s, u"new one"_s}}));
        QCOMPARE(created.status, 200);
        const QString id = json(created).value(u"sync_task_id"_s).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        const QJsonObject task = show(id.toLatin1());
        QCOMPARE(task.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        QCOMPARE(task.value(u"description"_s).toString(), u"new one"_s);
        QCOMPARE(task.value(u"src_bucket"_s).toString(), u"new-source"_s);
        QVERIFY(qAbs(task.value(u"create_time"_s).toInteger() - simNow()) < 60'000);
        QCOMPARE(json(get(m_tasks)).value(u"count"_s).toInt(), 5);
        QCOMPARE(idsOf(json(get(m_tasks + "?limit=1")).value(u"tasks"_s).toArray()),
                 QStringList {id});
        // Five is the quota.
        verifyOmsError(send("POST", m_tasks, createBody({})), 400, u"OMS.1012"_s);
        QCOMPARE(json(get(m_tasks)).value(u"count"_s).toInt(), 5);
    }

    void createBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        const QByteArray json = "application/json;charset=UTF-8";
        QTest::newRow("minimal") << createBody({}) << json << 200;
        QTest::newRow("everything")
            << createBody({{u"description"_s, u"全部字段"_s},
                           {u"enable_kms"_s, true},
                           {u"enable_restore"_s, false},
                           {u"enable_metadata_migration"_s, true},
                           {u"src_cloud_type"_s, u"Tencent"_s},
                           {u"app_id"_s, u"1250000000"_s},
                           {u"source_cdn"_s,
                            QJsonObject {{u"domain"_s, u"cdn.example.com"_s},
                                         {u"protocol"_s, u"https"_s},
                                         {u"authentication_type"_s, u"TENCENT_COS_A"_s}}},
                           {u"source_cdn_authentication_key"_s, u"k"_s},
                           {u"consistency_check"_s, u"crc64"_s},
                           {u"dst_storage_policy"_s, u"IA"_s}})
            << json << 200;
        QTest::newRow("transmission check")
            << createBody({{u"consistency_check"_s, u"transmission"_s}}) << json << 200;
        QTest::newRow("no_check is only an answer")
            << createBody({{u"consistency_check"_s, u"no_check"_s}}) << json << 400;
        QTest::newRow("overwrite mode is not asked for")
            << createBody({{u"object_overwrite_mode"_s, u"NO_OVERWRITE"_s}}) << json << 400;
        QTest::newRow("unknown field") << createBody({{u"task_name"_s, u"x"_s}}) << json << 400;
        QTest::newRow("no src_cloud_type: Aliyun")
            << createBody({{u"src_cloud_type"_s, u"(remove)"_s}}) << json << 200;
        QTest::newRow("unknown cloud")
            << createBody({{u"src_cloud_type"_s, u"Dropbox"_s}}) << json << 400;
        QTest::newRow("no src_sk") << createBody({{u"src_sk"_s, u"(remove)"_s}}) << json << 400;
        QTest::newRow("no dst_bucket")
            << createBody({{u"dst_bucket"_s, u"(remove)"_s}}) << json << 400;
        QTest::newRow("another region")
            << createBody({{u"dst_region"_s, u"cn-east-3"_s}}) << json << 400;
        QTest::newRow("Tencent without app_id")
            << createBody({{u"src_cloud_type"_s, u"Tencent"_s}}) << json << 400;
        QTest::newRow("description of 256")
            << createBody({{u"description"_s, QString(256, u'd')}}) << json << 400;
        QTest::newRow("enable_kms as text")
            << createBody({{u"enable_kms"_s, u"true"_s}}) << json << 400;
        QTest::newRow("unknown storage policy")
            << createBody({{u"dst_storage_policy"_s, u"COLD"_s}}) << json << 400;
        QTest::newRow("CDN without protocol") << createBody(
            {{u"source_cdn"_s,
              QJsonObject {{u"domain"_s, u"d"_s}, {u"authentication_type"_s, u"NONE"_s}}}})
                                              << json << 400;
        QTest::newRow("text/plain") << createBody({}) << QByteArray("text/plain") << 400;
    }

    void createBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const Response response = send("POST", m_tasks, body, contentType);
        if (status == 200) {
            QCOMPARE(response.status, 200);
            QCOMPARE(json(get(m_tasks)).value(u"count"_s).toInt(), 5);
        } else {
            verifyOmsError(response, status, u"OMS.0064"_s);
            QCOMPARE(json(get(m_tasks)).value(u"count"_s).toInt(), 4);
        }
    }

    void createFillsWhatWasNotAskedFor()
    {
        const Response created = send("POST", m_tasks,
                                      createBody({{u"src_cloud_type"_s, u"(remove)"_s},
                                                  {u"consistency_check"_s, u"transmission"_s}}));
        QCOMPARE(created.status, 200);
        const QJsonObject task = show(json(created).value(u"sync_task_id"_s).toString().toLatin1());
        QCOMPARE(task.value(u"src_cloud_type"_s).toString(), u"Aliyun"_s);
        QCOMPARE(task.value(u"consistency_check"_s).toString(), u"no_check"_s);
        QCOMPARE(task.value(u"dst_storage_policy"_s).toString(), u"STANDARD"_s);
        QCOMPARE(task.value(u"object_overwrite_mode"_s).toString(),
                 u"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"_s);
    }

    void createRefusesMarkupInTheDescription_data()
    {
        QTest::addColumn<QString>("description");
        for (const QChar c : u"<>()\"'&"_s) {
            QTest::newRow(QString(c).toUtf8().constData()) << u"a %1 b"_s.arg(c);
        }
    }

    void createRefusesMarkupInTheDescription()
    {
        QFETCH(QString, description);
        verifyOmsError(send("POST", m_tasks, createBody({{u"description"_s, description}})), 400,
                       u"OMS.0078"_s);
        QCOMPARE(json(get(m_tasks)).value(u"count"_s).toInt(), 4);
    }

    void syncEvents_data()
    {
        QTest::addColumn<QJsonValue>("keys");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("recorded");
        QTest::newRow("one") << QJsonValue(QJsonArray {u"test%2F001.txt"_s}) << 200
                             << QStringList {u"test/001.txt"_s};
        QJsonArray ten;
        QStringList tenDecoded;
        for (int i = 0; i < 10; ++i) {
            ten.append(u"dir%2Fk%1%2B"_s.arg(i));
            tenDecoded.append(u"dir/k%1+"_s.arg(i));
        }
        QTest::newRow("ten") << QJsonValue(ten) << 200 << tenDecoded;
        QJsonArray eleven = ten;
        eleven.append(u"k10"_s);
        QTest::newRow("eleven") << QJsonValue(eleven) << 400 << QStringList();
        QTest::newRow("none") << QJsonValue(QJsonArray()) << 400 << QStringList();
        QTest::newRow("not encoded")
            << QJsonValue(QJsonArray {u"a b.txt"_s}) << 400 << QStringList();
        QTest::newRow("bad escape") << QJsonValue(QJsonArray {u"a%zz"_s}) << 400 << QStringList();
        QTest::newRow("empty key") << QJsonValue(QJsonArray {u""_s}) << 400 << QStringList();
        QTest::newRow("not a list") << QJsonValue(u"a.txt"_s) << 400 << QStringList();
    }

    void syncEvents()
    {
        QFETCH(QJsonValue, keys);
        QFETCH(int, status);
        QFETCH(QStringList, recorded);
        const QString id = firstTaskId();
        const QByteArray body =
            QJsonDocument(QJsonObject {{u"object_keys"_s, keys}}).toJson(QJsonDocument::Compact);
        const Response response = send("POST", m_tasks + '/' + id.toLatin1() + "/events", body);
        QList<QStringList> events;
        const QJsonArray projects =
            m_sim.control("GET", u"/_sim/state"_s).json().value(u"projects"_s).toArray();
        for (const QJsonValue& project : projects) {
            for (const QJsonValue& task : project.toObject().value(u"tasks"_s).toArray()) {
                if (task.toObject().value(u"sync_task_id"_s).toString() == id) {
                    for (const QJsonValue& call :
                         task.toObject().value(u"_sync_events"_s).toArray()) {
                        QStringList callKeys;
                        for (const QJsonValue& key : call.toArray()) {
                            callKeys.append(key.toString());
                        }
                        events.append(callKeys);
                    }
                }
            }
        }
        if (status == 200) {
            QCOMPARE(response.status, 200);
            QCOMPARE(events, QList<QStringList> {recorded});
        } else {
            verifyOmsError(response, status, u"OMS.0064"_s);
            QVERIFY(events.isEmpty());
        }
        verifyOmsError(send("POST", m_tasks + "/no-such-task/events", body), 404, u"OMS.1009"_s);
    }

    // ---- The gateway around it -------------------------------------------

    void unknownRoutes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("PUT tasks") << QByteArray("PUT") << QByteArray();
        QTest::newRow("PATCH a task") << QByteArray("PATCH") << QByteArray("/x");
        QTest::newRow("GET start") << QByteArray("GET") << QByteArray("/x/start");
        QTest::newRow("POST pause") << QByteArray("POST") << QByteArray("/x/pause");
        QTest::newRow("too deep") << QByteArray("GET") << QByteArray("/x/statistics/more");
        QTest::newRow("HEAD list") << QByteArray("HEAD") << QByteArray("/../x");
    }

    void unknownRoutes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, suffix);
        // Routing comes before authentication: no token needed for a 404.
        const Response response = call(m_sim.port(), method, m_tasks + suffix);
        QCOMPARE(response.status, 404);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"APIGW.0101"_s);
        QCOMPARE(call(m_sim.port(), "GET", "/v1/" + m_tasks.mid(4)).status, 404);
        QCOMPARE(call(m_sim.port(), "GET", "/").status, 404);
    }

    void projectIdLimits()
    {
        verifyOmsError(get("/v2/" + QByteArray(1025, 'p') + "/sync-tasks"), 400, u"OMS.0064"_s);
        verifyOmsError(get("/v2/%zz/sync-tasks"), 400, u"OMS.0064"_s);
        verifyOmsError(get("/v2//sync-tasks"), 400, u"OMS.0064"_s);
        // A well-formed id of no project of the caller's.
        verifyOmsError(get("/v2/" + QByteArray(1024, 'p') + "/sync-tasks"), 403, u"OMS.0206"_s);
    }

    void everyResponseHasItsOwnRequestId()
    {
        QSet<QByteArray> ids;
        const QList<Response> responses {
            get(m_tasks),
            get(m_tasks + "?limit=0"),
            call(m_sim.port(), "GET", m_tasks),
            get(m_tasks + "/nope?query_time=1"),
            call(m_sim.port(), "GET", "/nothing"),
            requestToken(m_sim.port(), u"cn-north-4"_s),
            send("POST", m_tasks + '/' + awsStopped + "/start", minimalStart)};
        for (const Response& response : responses) {
            QVERIFY2(isRequestId(response.header("x-request-id")), response.body.constData());
            ids.insert(response.header("x-request-id"));
        }
        QCOMPARE(ids.size(), responses.size());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorOms)
#include "TestSimulatorOms.moc"
