// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeed.h"
#include "ReferenceSigner.h"
#include "Route.h"
#include "SimTestHelpers.h"
#include "SourceWorld.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;
using OmsSync::Sim::Route;
using OmsSync::Sim::SourceWorld;
using OmsSync::Sim::DemoSeed::accessKey;
using OmsSync::Sim::DemoSeed::secretKey;
using OmsSync::Test::ReferenceSigner;

namespace {

const QString removed = u"(remove)"_s;

QString text(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject aliyunKeys()
{
    return {{u"cloud_type"_s, u"Aliyun"_s},
            {u"ak"_s, text(SourceWorld::aliyunAccessKey)},
            {u"sk"_s, text(SourceWorld::aliyunSecretKey)}};
}

QJsonObject tencentKeys()
{
    return {{u"cloud_type"_s, u"Tencent"_s},
            {u"ak"_s, text(SourceWorld::tencentAccessKey)},
            {u"sk"_s, text(SourceWorld::tencentSecretKey)},
            {u"app_id"_s, text(SourceWorld::tencentAppId)}};
}

QJsonObject qiniuKeys()
{
    return {{u"cloud_type"_s, u"Qiniu"_s},
            {u"ak"_s, text(SourceWorld::qiniuAccessKey)},
            {u"sk"_s, text(SourceWorld::qiniuSecretKey)}};
}

// base with fields replaced, and those set to "(remove)" left out.
QJsonObject with(QJsonObject base, const QJsonObject& fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().toString() == removed) {
            base.remove(it.key());
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList strings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& value : array) {
        list.append(value.toString());
    }
    return list;
}

// A cdn-info request for the Qiniu bucket behind its private CDN, right in every field.
QJsonObject qiniuCdnRequest(const QJsonObject& cdnFields = {}, const QJsonObject& fields = {})
{
    const QJsonObject cdn = with({{u"domain"_s, text(SourceWorld::qiniuCdnDomain)},
                                  {u"protocol"_s, u"https"_s},
                                  {u"authentication_type"_s, u"QINIU_PRIVATE_AUTHENTICATION"_s},
                                  {u"authentication_key"_s, text(SourceWorld::qiniuCdnKey)}},
                                 cdnFields);
    return with(with(qiniuKeys(),
                     {{u"region"_s, u"cn-east-1"_s},
                      {u"bucket"_s, u"video-origin"_s},
                      {u"source_cdn"_s, cdn},
                      {u"prefix"_s,
                       QJsonObject {{u"keys"_s,
                                     QJsonArray {u"videos/intro.mp4"_s, u"videos/trailer.mp4"_s,
                                                 u"videos/missing.mp4"_s}}}}}),
                fields);
}

} // namespace

class TestSimulatorSources : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim; // the demo seed
    Headers m_token; // cn-north-4
    QByteArray m_helpers; // /v2/{cn-north-4 project}/objectstorage/

    Response get(const QByteArray& helper, const Headers& headers)
    {
        return call(m_sim.port(), "GET", m_helpers + helper, headers);
    }
    Response get(const QByteArray& helper) { return get(helper, m_token); }
    Response post(const QByteArray& helper, const QByteArray& body,
                  const QByteArray& contentType = "application/json;charset=UTF-8")
    {
        Headers headers = m_token;
        if (!contentType.isEmpty()) {
            headers.emplaceBack("Content-Type", contentType);
        }
        return call(m_sim.port(), "POST", m_helpers + helper, headers, body);
    }
    Response post(const QByteArray& helper, const QJsonObject& body)
    {
        return post(helper, compact(body));
    }
    static void verifyOmsError(const Response& response, int status, const QString& code)
    {
        QCOMPARE(response.status, status);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), code);
        QVERIFY(!json(response).value(u"error_msg"_s).toString().isEmpty());
        QVERIFY(isRequestId(response.header("x-request-id")));
    }
    static QJsonArray array(const Response& response)
    {
        return QJsonDocument::fromJson(response.body).array();
    }
    QString routeOf(const QByteArray& method, const QByteArray& helper) const
    {
        const QByteArray path = m_helpers + helper.split('?').first();
        return Route::resolve(method, path).name();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_helpers = "/v2/" + m_sim.projectId(u"cn-north-4"_s).toLatin1() + "/objectstorage/";
    }

    void init()
    {
        QVERIFY(m_sim.reset());
        m_token = tokenHeaders(m_sim.port());
        QVERIFY(!m_token.first().second.isEmpty());
    }

    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    // ---- routing ---------------------------------------------------------

    void routesResolve_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("cloud types")
            << QByteArray("GET") << QByteArray("/v2/p/objectstorage/cloud-type")
            << u"oms.storage.clouds"_s;
        QTest::newRow("data centers")
            << QByteArray("GET") << QByteArray("/v2/p/objectstorage/data-center")
            << u"oms.storage.regions"_s;
        QTest::newRow("buckets") << QByteArray("POST") << QByteArray("/v2/p/objectstorage/buckets")
                                 << u"oms.storage.buckets"_s;
        QTest::newRow("bucket region")
            << QByteArray("POST") << QByteArray("/v2/p/objectstorage/buckets/regions")
            << u"oms.storage.bucket-region"_s;
        QTest::newRow("cdn info") << QByteArray("POST")
                                  << QByteArray("/v2/p/objectstorage/buckets/cdn-info")
                                  << u"oms.storage.cdn-info"_s;
        QTest::newRow("buckets by GET")
            << QByteArray("GET") << QByteArray("/v2/p/objectstorage/buckets") << u"unknown"_s;
        QTest::newRow("cloud types by POST")
            << QByteArray("POST") << QByteArray("/v2/p/objectstorage/cloud-type") << u"unknown"_s;
        QTest::newRow("trailing slash")
            << QByteArray("POST") << QByteArray("/v2/p/objectstorage/buckets/") << u"unknown"_s;
        QTest::newRow("no helper")
            << QByteArray("GET") << QByteArray("/v2/p/objectstorage") << u"unknown"_s;
        QTest::newRow("unknown helper")
            << QByteArray("GET") << QByteArray("/v2/p/objectstorage/objects") << u"unknown"_s;
        QTest::newRow("dot segment")
            << QByteArray("POST") << QByteArray("/v2/p/objectstorage/buckets/../buckets")
            << u"unknown"_s;
        QTest::newRow("v3") << QByteArray("GET") << QByteArray("/v3/p/objectstorage/data-center")
                            << u"unknown"_s;
    }

    void routesResolve()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, name);
        const Route route = Route::resolve(method, path);
        QCOMPARE(route.name(), name);
        const bool known = name != u"unknown"_s;
        QCOMPARE(route.isStorageHelper(), known);
        QCOMPARE(route.isOms(), known);
        QVERIFY(!route.hasTaskId());
        QCOMPARE(route.rawProjectId, known ? QByteArray("p") : QByteArray());
        QVERIFY(route.rawTaskId.isEmpty());
    }

    // The enumeration's groups after the new kinds went in.
    void routeGroupsStayApart()
    {
        const Route list = Route::resolve("GET", "/v2/p/sync-tasks");
        QVERIFY(list.isOms() && !list.isStorageHelper() && !list.hasTaskId());
        const Route create = Route::resolve("POST", "/v2/p/sync-tasks");
        QVERIFY(create.isOms() && !create.isStorageHelper() && !create.hasTaskId());
        const Route show = Route::resolve("GET", "/v2/p/sync-tasks/t");
        QVERIFY(show.isOms() && !show.isStorageHelper() && show.hasTaskId());
        const Route events = Route::resolve("POST", "/v2/p/sync-tasks/t/events");
        QVERIFY(events.isOms() && !events.isStorageHelper() && events.hasTaskId());
        const Route projects = Route::resolve("GET", "/v3/projects");
        QVERIFY(!projects.isOms() && !projects.isStorageHelper() && !projects.hasTaskId());
    }

    // ---- cloud-type ------------------------------------------------------

    void cloudTypes_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QStringList>("clouds"); // empty: refused
        QTest::newRow("src") << QByteArray("type=src")
                             << QStringList {u"AWS"_s,           u"Azure"_s,       u"Aliyun"_s,
                                             u"Tencent"_s,       u"HuaweiCloud"_s, u"QingCloud"_s,
                                             u"KingsoftCloud"_s, u"Baidu"_s,       u"Qiniu"_s,
                                             u"UCloud"_s};
        QTest::newRow("dst") << QByteArray("type=dst") << QStringList {u"HuaweiCloud"_s};
        QTest::newRow("no type") << QByteArray() << QStringList();
        QTest::newRow("empty type") << QByteArray("type=") << QStringList();
        QTest::newRow("other type") << QByteArray("type=all") << QStringList();
        QTest::newRow("upper case") << QByteArray("type=SRC") << QStringList();
        QTest::newRow("twice") << QByteArray("type=src&type=dst") << QStringList();
        QTest::newRow("broken escape") << QByteArray("type=%zz") << QStringList();
    }

    void cloudTypes()
    {
        QFETCH(QByteArray, query);
        QFETCH(QStringList, clouds);
        const Response response = get("cloud-type" + (query.isEmpty() ? query : '?' + query));
        if (clouds.isEmpty()) {
            verifyOmsError(response, 400, u"OMS.0064"_s);
            return;
        }
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("content-type").startsWith("application/json"));
        QVERIFY(QJsonDocument::fromJson(response.body).isArray());
        QCOMPARE(strings(array(response)), clouds);
    }

    // ---- data-center -----------------------------------------------------

    void dataCentersListEverySeededCloud()
    {
        const Response response = get("data-center");
        QCOMPARE(response.status, 200);
        const QJsonArray services = array(response);
        QStringList names;
        QHash<QString, QStringList> regions;
        for (const QJsonValue& service : services) {
            const QString name = service[u"service_name"_s].toString();
            names.append(name);
            const QJsonArray list = service[u"region_list"_s].toArray();
            QVERIFY2(!list.isEmpty(), qPrintable(name));
            for (const QJsonValue& region : list) {
                QCOMPARE(region[u"cloud_type"_s].toString(), name);
                QVERIFY(!region[u"description"_s].toString().isEmpty());
                regions[name].append(region[u"value"_s].toString());
            }
        }
        QCOMPARE(names,
                 (QStringList {u"Aliyun"_s, u"Tencent"_s, u"AWS"_s, u"Azure"_s, u"Baidu"_s,
                               u"Qiniu"_s, u"HuaweiCloud"_s}));
        QCOMPARE(regions.value(u"Aliyun"_s), (QStringList {u"cn-hangzhou"_s, u"cn-shanghai"_s}));
        QCOMPARE(regions.value(u"AWS"_s), (QStringList {u"us-east-1"_s, u"eu-west-1"_s}));
        QVERIFY(regions.value(u"Tencent"_s).contains(u"ap-guangzhou"_s));
        QCOMPARE(regions.value(u"HuaweiCloud"_s), (QStringList {u"cn-north-4"_s, u"cn-east-3"_s}));
        QCOMPARE(services.at(0)[u"region_list"_s][0][u"description"_s].toString(),
                 u"China (Hangzhou)"_s);
    }

    // ---- buckets ---------------------------------------------------------

    void bucketsOfTheKeys_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("buckets");
        QTest::newRow("Aliyun") << aliyunKeys()
                                << QStringList {u"media-assets-prod"_s, u"shop-static"_s};
        QTest::newRow("Tencent") << tencentKeys()
                                 << QStringList {u"photos-1250000000"_s, u"archive-1250000000"_s};
        QTest::newRow("AWS") << QJsonObject {{u"cloud_type"_s, u"AWS"_s},
                                             {u"ak"_s, text(SourceWorld::awsAccessKey)},
                                             {u"sk"_s, text(SourceWorld::awsSecretKey)}}
                             << QStringList {u"acme-analytics-logs"_s, u"acme-eu-backups"_s};
        QTest::newRow("Qiniu") << qiniuKeys() << QStringList {u"video-origin"_s};
        const QJsonObject azure {{u"cloud_type"_s, u"Azure"_s},
                                 {u"ak"_s, text(SourceWorld::azureAccountName)},
                                 {u"sk"_s, text(SourceWorld::azureAccountKey)}};
        QTest::newRow("Azure by account key") << azure << QStringList {u"backupcontainer"_s};
        QTest::newRow("Azure by connection string")
            << with(azure, {{u"connection_string"_s, text(SourceWorld::azureConnectionString)}})
            << QStringList {u"backupcontainer"_s};
        QTest::newRow("HuaweiCloud: the demo account's OBS")
            << QJsonObject {{u"cloud_type"_s, u"HuaweiCloud"_s},
                            {u"ak"_s, text(accessKey)},
                            {u"sk"_s, text(secretKey)}}
            << QStringList {
                   u"bj4-documents"_s,   u"media-assets-obs"_s,      u"acme-logs-archive"_s,
                   u"photos-backup"_s,   u"video-mirror"_s,          u"azure-backup-mirror"_s,
                   u"shop-static-obs"_s, u"sh1-documents-replica"_s, u"quarterly-reports"_s};
        QTest::newRow("app_id ignored elsewhere")
            << with(aliyunKeys(), {{u"app_id"_s, u"123"_s}})
            << QStringList {u"media-assets-prod"_s, u"shop-static"_s};
    }

    void bucketsOfTheKeys()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, buckets);
        const Response response = post("buckets", body);
        QCOMPARE(response.status, 200);
        QVERIFY(QJsonDocument::fromJson(response.body).isArray());
        QCOMPARE(strings(array(response)), buckets);
    }

    void bucketsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray json = "application/json";
        const auto row = [&](const char* name, const QJsonObject& body, int status,
                             const QString& code) {
            QTest::newRow(name) << compact(body) << json << status << code;
        };
        const QString invalid = u"OMS.0064"_s;
        const QString refused = u"OMS.1017"_s;
        row("no cloud_type", with(aliyunKeys(), {{u"cloud_type"_s, removed}}), 400, invalid);
        row("unknown cloud_type", with(aliyunKeys(), {{u"cloud_type"_s, u"Google"_s}}), 400,
            invalid);
        row("cloud_type in lower case", with(aliyunKeys(), {{u"cloud_type"_s, u"aliyun"_s}}), 400,
            invalid);
        row("cloud_type a number", with(aliyunKeys(), {{u"cloud_type"_s, 3}}), 400, invalid);
        row("no ak", with(aliyunKeys(), {{u"ak"_s, removed}}), 400, invalid);
        row("empty ak", with(aliyunKeys(), {{u"ak"_s, QString()}}), 400, invalid);
        row("ak of 101", with(aliyunKeys(), {{u"ak"_s, QString(101, u'a')}}), 400, invalid);
        row("ak a number", with(aliyunKeys(), {{u"ak"_s, 42}}), 400, invalid);
        row("no sk", with(aliyunKeys(), {{u"sk"_s, removed}}), 400, invalid);
        row("sk of 101", with(aliyunKeys(), {{u"sk"_s, QString(101, u's')}}), 400, invalid);
        row("unknown field", with(aliyunKeys(), {{u"region"_s, u"cn-hangzhou"_s}}), 400, invalid);
        row("Tencent without app_id", with(tencentKeys(), {{u"app_id"_s, removed}}), 400, invalid);
        row("app_id of 256", with(tencentKeys(), {{u"app_id"_s, QString(256, u'1')}}), 400,
            invalid);
        row("empty connection_string", with(aliyunKeys(), {{u"connection_string"_s, QString()}}),
            400, invalid);
        row("wrong sk", with(aliyunKeys(), {{u"sk"_s, u"not-the-secret"_s}}), 403, refused);
        row("wrong ak", with(aliyunKeys(), {{u"ak"_s, u"LTAIsomeoneelse0001"_s}}), 403, refused);
        row("Aliyun keys at AWS", with(aliyunKeys(), {{u"cloud_type"_s, u"AWS"_s}}), 403, refused);
        row("Tencent with another app_id", with(tencentKeys(), {{u"app_id"_s, u"1250000001"_s}}),
            403, refused);
        row("Azure with another connection string",
            QJsonObject {{u"cloud_type"_s, u"Azure"_s},
                         {u"ak"_s, text(SourceWorld::azureAccountName)},
                         {u"sk"_s, text(SourceWorld::azureAccountKey)},
                         {u"connection_string"_s, u"AccountName=other;AccountKey=x"_s}},
            403, refused);
        row("a cloud the world has no account at",
            with(aliyunKeys(), {{u"cloud_type"_s, u"QingCloud"_s}}), 403, refused);
        QTest::newRow("not JSON") << QByteArray("cloud_type=Aliyun") << json << 400 << invalid;
        QTest::newRow("a JSON array") << QByteArray("[]") << json << 400 << invalid;
        QTest::newRow("no body") << QByteArray() << json << 400 << invalid;
        QTest::newRow("text/plain")
            << compact(aliyunKeys()) << QByteArray("text/plain") << 400 << invalid;
    }

    void bucketsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Response response = post("buckets", body, contentType);
        verifyOmsError(response, status, code);
        // Keys are secrets: an answer never repeats them.
        const QJsonObject sent = QJsonDocument::fromJson(body).object();
        for (const QString& key : {u"sk"_s, u"connection_string"_s}) {
            const QString secret = sent.value(key).toString();
            if (secret.size() > 3) {
                QVERIFY2(!response.body.contains(secret.toUtf8()), qPrintable(key));
            }
        }
    }

    // ---- buckets/regions -------------------------------------------------

    void bucketRegion_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // for errors
        QTest::addColumn<QString>("id"); // for 200
        QTest::addColumn<QString>("name");
        const auto bucket = [](const QJsonObject& keys, const QJsonValue& name) {
            return with(keys, {{u"bucket_name"_s, name}});
        };
        QTest::newRow("Aliyun in Shanghai")
            << bucket(aliyunKeys(), u"shop-static"_s) << 200 << QString() << u"cn-shanghai"_s
            << u"China (Shanghai)"_s;
        QTest::newRow("Tencent in Guangzhou")
            << bucket(tencentKeys(), u"photos-1250000000"_s) << 200 << QString()
            << u"ap-guangzhou"_s << u"South China (Guangzhou)"_s;
        QTest::newRow("Qiniu") << bucket(qiniuKeys(), u"video-origin"_s) << 200 << QString()
                               << u"cn-east-1"_s << u"East China (Zhejiang)"_s;
        QTest::newRow("no bucket_name")
            << aliyunKeys() << 400 << u"OMS.0064"_s << QString() << QString();
        QTest::newRow("empty bucket_name")
            << bucket(aliyunKeys(), QString()) << 400 << u"OMS.0064"_s << QString() << QString();
        QTest::newRow("bucket_name a number")
            << bucket(aliyunKeys(), 7) << 400 << u"OMS.0064"_s << QString() << QString();
        QTest::newRow("unknown field")
            << with(bucket(aliyunKeys(), u"shop-static"_s), {{u"bucket"_s, u"shop-static"_s}})
            << 400 << u"OMS.0064"_s << QString() << QString();
        QTest::newRow("Tencent without app_id")
            << bucket(with(tencentKeys(), {{u"app_id"_s, removed}}), u"photos-1250000000"_s) << 400
            << u"OMS.0064"_s << QString() << QString();
        QTest::newRow("wrong keys for a bucket that exists")
            << bucket(with(aliyunKeys(), {{u"sk"_s, u"guess"_s}}), u"shop-static"_s) << 403
            << u"OMS.1017"_s << QString() << QString();
        QTest::newRow("unknown bucket") << bucket(aliyunKeys(), u"no-such-bucket"_s) << 404
                                        << u"OMS.1018"_s << QString() << QString();
        QTest::newRow("another cloud's bucket") << bucket(aliyunKeys(), u"video-origin"_s) << 404
                                                << u"OMS.1018"_s << QString() << QString();
    }

    void bucketRegion()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, id);
        QFETCH(QString, name);
        const Response response = post("buckets/regions", body);
        if (status != 200) {
            verifyOmsError(response, status, code);
            return;
        }
        QCOMPARE(response.status, 200);
        const QJsonObject region = json(response);
        QCOMPARE(region.value(u"id"_s).toString(), id);
        QCOMPARE(region.value(u"name"_s).toString(), name);
        QCOMPARE(region.value(u"support"_s), QJsonValue(true));
    }

    // Every demo task's buckets are in the world, where the task says, with
    // the keys that GET /_sim/state lists.
    void demoTasksFindTheirBuckets()
    {
        const QJsonObject state = m_sim.state();
        QHash<QString, QJsonObject> keys; // by cloud
        for (const QJsonValue& cloud : state[u"source_world"_s][u"clouds"_s].toArray()) {
            QJsonObject signIn {{u"cloud_type"_s, cloud[u"cloud_type"_s]},
                                {u"ak"_s, cloud[u"ak"_s]},
                                {u"sk"_s, cloud[u"sk"_s]}};
            if (cloud.toObject().contains(u"app_id"_s)) {
                signIn.insert(u"app_id"_s, cloud[u"app_id"_s]);
            }
            keys.insert(cloud[u"cloud_type"_s].toString(), signIn);
        }
        QCOMPARE(keys.value(u"Aliyun"_s), aliyunKeys());
        QCOMPARE(keys.value(u"Tencent"_s), tencentKeys());
        QCOMPARE(keys.value(u"HuaweiCloud"_s).value(u"ak"_s).toString(), text(accessKey));

        int tasks = 0;
        for (const QJsonValue& project : state[u"projects"_s].toArray()) {
            for (const QJsonValue& task : project[u"tasks"_s].toArray()) {
                ++tasks;
                const QString cloud = task[u"src_cloud_type"_s].toString();
                QVERIFY2(keys.contains(cloud), qPrintable(cloud));
                const Response source =
                    post("buckets/regions",
                         with(keys.value(cloud), {{u"bucket_name"_s, task[u"src_bucket"_s]}}));
                QVERIFY2(source.status == 200, source.body.constData());
                QCOMPARE(json(source).value(u"id"_s).toString(), task[u"src_region"_s].toString());
                const Response destination =
                    post("buckets/regions",
                         with(keys.value(u"HuaweiCloud"_s),
                              {{u"bucket_name"_s, task[u"dst_bucket"_s]}}));
                QVERIFY2(destination.status == 200, destination.body.constData());
                QCOMPARE(json(destination).value(u"id"_s).toString(),
                         task[u"dst_region"_s].toString());
            }
        }
        QCOMPARE(tasks, 8);
    }

    // ---- buckets/cdn-info ------------------------------------------------

    void cdnInfo_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("sameCloud");
        QTest::addColumn<bool>("downloadable");
        QTest::addColumn<QList<bool>>("etagMatching");
        QTest::addColumn<QList<bool>>("existing");
        const QList<bool> qiniuExisting {true, true, false};
        const QList<bool> none {false, false, false};
        QTest::newRow("Qiniu private CDN, right key")
            << qiniuCdnRequest() << true << true
            << QList<bool> {true, false, false} // the trailer is stale at the CDN
            << qiniuExisting;
        QTest::newRow("over http") << qiniuCdnRequest({{u"protocol"_s, u"http"_s}}) << true << true
                                   << QList<bool> {true, false, false} << qiniuExisting;
        QTest::newRow("domain in upper case")
            << qiniuCdnRequest({{u"domain"_s, u"CDN.VIDEO.EXAMPLE.COM"_s}}) << true << true
            << QList<bool> {true, false, false} << qiniuExisting;
        QTest::newRow("wrong authentication key")
            << qiniuCdnRequest({{u"authentication_key"_s, u"guess"_s}}) << true << false << none
            << qiniuExisting;
        QTest::newRow("no authentication key")
            << qiniuCdnRequest({{u"authentication_key"_s, removed}}) << true << false << none
            << qiniuExisting;
        QTest::newRow("unsigned against a private CDN")
            << qiniuCdnRequest({{u"authentication_type"_s, u"NONE"_s}}) << true << false << none
            << qiniuExisting;
        QTest::newRow("another kind of signature")
            << qiniuCdnRequest({{u"authentication_type"_s, u"ALIYUN_OSS_A"_s}}) << true << false
            << none << qiniuExisting;
        QTest::newRow("a domain no cloud serves")
            << qiniuCdnRequest({{u"domain"_s, u"cdn.unknown.example.net"_s}}) << false << false
            << none << qiniuExisting;
        QTest::newRow("no prefix") << qiniuCdnRequest({}, {{u"prefix"_s, removed}}) << true << true
                                   << QList<bool>() << QList<bool>();

        const QJsonObject tencent =
            with(tencentKeys(),
                 {{u"region"_s, u"ap-guangzhou"_s},
                  {u"bucket"_s, u"photos-1250000000"_s},
                  {u"source_cdn"_s,
                   QJsonObject {{u"domain"_s, text(SourceWorld::tencentCdnDomain)},
                                {u"protocol"_s, u"https"_s},
                                {u"authentication_type"_s, u"NONE"_s}}},
                  {u"prefix"_s,
                   QJsonObject {
                       {u"keys"_s, QJsonArray {u"2024/01/beach.jpg"_s, u"albums/index.json"_s}}}}});
        QTest::newRow("Tencent public CDN")
            << tencent << true << true << QList<bool> {true, false} << QList<bool> {true, true};
        QTest::newRow("Tencent bucket, Qiniu's CDN")
            << with(tencent,
                    {{u"source_cdn"_s,
                      QJsonObject {{u"domain"_s, text(SourceWorld::qiniuCdnDomain)},
                                   {u"protocol"_s, u"https"_s},
                                   {u"authentication_type"_s, u"NONE"_s}}}})
            << false << false << QList<bool> {false, false} << QList<bool> {true, true};
        QTest::newRow("a bucket without a CDN")
            << with(aliyunKeys(),
                    {{u"region"_s, u"cn-hangzhou"_s},
                     {u"bucket"_s, u"media-assets-prod"_s},
                     {u"source_cdn"_s,
                      QJsonObject {{u"domain"_s, u"cdn.media.example.com"_s},
                                   {u"protocol"_s, u"https"_s},
                                   {u"authentication_type"_s, u"ALIYUN_OSS_A"_s},
                                   {u"authentication_key"_s, u"k"_s}}},
                     {u"prefix"_s, QJsonObject {{u"keys"_s, QJsonArray {u"images/logo.png"_s}}}}})
            << false << false << QList<bool> {false} << QList<bool> {true};
    }

    void cdnInfo()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, sameCloud);
        QFETCH(bool, downloadable);
        QFETCH(QList<bool>, etagMatching);
        QFETCH(QList<bool>, existing);
        const Response response = post("buckets/cdn-info", body);
        QCOMPARE(response.status, 200);
        const QJsonObject info = json(response);
        QCOMPARE(info.value(u"is_same_cloud_type"_s), QJsonValue(sameCloud));
        QCOMPARE(info.value(u"is_download_available"_s), QJsonValue(downloadable));
        const QJsonArray checked = info.value(u"checked_keys"_s).toArray();
        const QJsonArray sentKeys = body[u"prefix"_s][u"keys"_s].toArray();
        QCOMPARE(checked.size(), sentKeys.size());
        QCOMPARE(checked.size(), existing.size());
        for (qsizetype i = 0; i < checked.size(); ++i) {
            QCOMPARE(checked.at(i)[u"key"_s].toString(), sentKeys.at(i).toString());
            QCOMPARE(checked.at(i)[u"is_object_existing"_s], QJsonValue(existing.at(i)));
            QCOMPARE(checked.at(i)[u"is_etag_matching"_s], QJsonValue(etagMatching.at(i)));
        }
    }

    void cdnInfoRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString invalid = u"OMS.0064"_s;
        const auto cdn = [](const QJsonObject& fields) {
            return qiniuCdnRequest(fields);
        };
        const auto field = [](const QJsonObject& fields) {
            return qiniuCdnRequest({}, fields);
        };
        QTest::newRow("protocol ftp") << cdn({{u"protocol"_s, u"ftp"_s}}) << 400 << invalid;
        QTest::newRow("protocol in upper case")
            << cdn({{u"protocol"_s, u"HTTPS"_s}}) << 400 << invalid;
        QTest::newRow("no protocol") << cdn({{u"protocol"_s, removed}}) << 400 << invalid;
        QTest::newRow("unknown authentication type")
            << cdn({{u"authentication_type"_s, u"QINIU"_s}}) << 400 << invalid;
        QTest::newRow("no authentication type")
            << cdn({{u"authentication_type"_s, removed}}) << 400 << invalid;
        QTest::newRow("authentication key of 256")
            << cdn({{u"authentication_key"_s, QString(256, u'k')}}) << 400 << invalid;
        QTest::newRow("no domain") << cdn({{u"domain"_s, removed}}) << 400 << invalid;
        QTest::newRow("empty domain") << cdn({{u"domain"_s, QString()}}) << 400 << invalid;
        QTest::newRow("unknown source_cdn field")
            << cdn({{u"crypto_type"_s, u"KMS"_s}}) << 400 << invalid;
        QTest::newRow("no source_cdn") << field({{u"source_cdn"_s, removed}}) << 400 << invalid;
        QTest::newRow("source_cdn a string")
            << field({{u"source_cdn"_s, u"cdn.video.example.com"_s}}) << 400 << invalid;
        QTest::newRow("no region") << field({{u"region"_s, removed}}) << 400 << invalid;
        QTest::newRow("no bucket") << field({{u"bucket"_s, removed}}) << 400 << invalid;
        QTest::newRow("bucket_name instead of bucket")
            << field({{u"bucket"_s, removed}, {u"bucket_name"_s, u"video-origin"_s}}) << 400
            << invalid;
        QTest::newRow("prefix a list")
            << field({{u"prefix"_s, QJsonArray {u"videos/intro.mp4"_s}}}) << 400 << invalid;
        QTest::newRow("prefix without keys")
            << field({{u"prefix"_s, QJsonObject {}}}) << 400 << invalid;
        QTest::newRow("no keys in prefix")
            << field({{u"prefix"_s, QJsonObject {{u"keys"_s, QJsonArray {}}}}}) << 400 << invalid;
        QTest::newRow("a key not a string")
            << field({{u"prefix"_s, QJsonObject {{u"keys"_s, QJsonArray {1}}}}}) << 400 << invalid;
        QTest::newRow("an empty key")
            << field({{u"prefix"_s, QJsonObject {{u"keys"_s, QJsonArray {QString()}}}}}) << 400
            << invalid;
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i) {
            tooMany.append(u"k%1"_s.arg(i));
        }
        QTest::newRow("101 keys") << field({{u"prefix"_s, QJsonObject {{u"keys"_s, tooMany}}}})
                                  << 400 << invalid;
        QTest::newRow("unknown prefix field") << field(
            {{u"prefix"_s, QJsonObject {{u"keys"_s, QJsonArray {u"a"_s}}, {u"marker"_s, u"b"_s}}}})
                                              << 400 << invalid;
        QTest::newRow("unknown field") << field({{u"task_type"_s, u"object"_s}}) << 400 << invalid;
        QTest::newRow("Tencent without app_id")
            << field({{u"cloud_type"_s, u"Tencent"_s}}) << 400 << invalid;
        QTest::newRow("wrong sk") << field({{u"sk"_s, u"guess"_s}}) << 403 << u"OMS.1017"_s;
        QTest::newRow("bucket in another region")
            << field({{u"region"_s, u"cn-north-1"_s}}) << 404 << u"OMS.1018"_s;
        QTest::newRow("unknown bucket")
            << field({{u"bucket"_s, u"video-elsewhere"_s}}) << 404 << u"OMS.1018"_s;
    }

    void cdnInfoRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Response response = post("buckets/cdn-info", body);
        verifyOmsError(response, status, code);
        QVERIFY(!response.body.contains(SourceWorld::qiniuCdnKey));
    }

    // ---- the gateway and the project -------------------------------------

    void callersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("helper");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("cloud-type")
            << QByteArray("GET") << QByteArray("cloud-type?type=src") << QByteArray();
        QTest::newRow("data-center")
            << QByteArray("GET") << QByteArray("data-center") << QByteArray();
        QTest::newRow("buckets") << QByteArray("POST") << QByteArray("buckets")
                                 << compact(aliyunKeys());
        QTest::newRow("buckets/regions")
            << QByteArray("POST") << QByteArray("buckets/regions")
            << compact(with(aliyunKeys(), {{u"bucket_name"_s, u"shop-static"_s}}));
        QTest::newRow("buckets/cdn-info")
            << QByteArray("POST") << QByteArray("buckets/cdn-info") << compact(qiniuCdnRequest());
    }

    void callersAreChecked()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, helper);
        QFETCH(QByteArray, body);
        const Headers jsonType {{"Content-Type", "application/json"}};

        const Response anonymous = call(m_sim.port(), method, m_helpers + helper, jsonType, body);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(json(anonymous).value(u"error_code"_s).toString(), u"APIGW.0301"_s);

        const Response forged = call(m_sim.port(), method, m_helpers + helper,
                                     jsonType + Headers {{"X-Auth-Token", "not-a-token"}}, body);
        QCOMPARE(forged.status, 401);

        // A token of cn-north-4 opens nothing in cn-east-3.
        const QByteArray otherProject =
            "/v2/" + m_sim.projectId(u"cn-east-3"_s).toLatin1() + "/objectstorage/" + helper;
        const Response elsewhere =
            call(m_sim.port(), method, otherProject, jsonType + m_token, body);
        verifyOmsError(elsewhere, 403, u"OMS.0206"_s);

        // And with the right token the same request is answered.
        const Response allowed =
            call(m_sim.port(), method, m_helpers + helper, jsonType + m_token, body);
        QCOMPARE(allowed.status, 200);
        // Refused or not, every request counts under the helper's route.
        QCOMPARE(m_sim.counters()[u"requests"_s][routeOf(method, helper)].toInt(), 4);
    }

    // The demo account's AK/SK signs a helper call as it signs any OMS call.
    void signedWithAkSk()
    {
        const QByteArray body = compact(aliyunKeys());
        ReferenceSigner signer;
        signer.method = "POST";
        signer.host = "127.0.0.1:" + QByteArray::number(m_sim.port());
        signer.path = m_helpers + "buckets";
        signer.headers = {
            {"Content-Type", "application/json;charset=UTF-8"},
            {"X-Sdk-Date", ReferenceSigner::sdkDate(QDateTime::currentMSecsSinceEpoch())}};
        signer.body = body;
        Headers headers = signer.headers;
        headers.emplaceBack("Authorization", signer.sign(accessKey, secretKey).authorization);
        const Response response = call(m_sim.port(), "POST", signer.target(), headers, body);
        QCOMPARE(response.status, 200);
        QCOMPARE(strings(array(response)),
                 (QStringList {u"media-assets-prod"_s, u"shop-static"_s}));

        // The same bytes with a wrong SK are turned away at the gateway.
        Headers wrong = signer.headers;
        wrong.emplaceBack("Authorization", signer.sign(accessKey, "wrong-secret").authorization);
        QCOMPARE(call(m_sim.port(), "POST", signer.target(), wrong, body).status, 401);
    }

    // ---- faults ----------------------------------------------------------

    void faultsApplyByRouteName_data() { callersAreChecked_data(); }

    void faultsApplyByRouteName()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, helper);
        QFETCH(QByteArray, body);
        const QString route = routeOf(method, helper);
        QVERIFY(route.startsWith(u"oms.storage."_s));
        QCOMPARE(m_sim
                     .injectFault({{u"kind"_s, u"status"_s},
                                   {u"route"_s, route},
                                   {u"status"_s, 503},
                                   {u"body"_s,
                                    QJsonObject {{u"error_code"_s, u"OMS.2004"_s},
                                                 {u"error_msg"_s, u"The service is busy."_s}}}})
                     .size(),
                 1);
        const Headers headers = m_token + Headers {{"Content-Type", "application/json"}};
        // Another helper is untouched by the fault.
        QCOMPARE(
            call(m_sim.port(), "GET",
                 m_helpers
                     + (route == u"oms.storage.regions"_s ? "cloud-type?type=dst" : "data-center"),
                 headers)
                .status,
            200);
        const Response busy = call(m_sim.port(), method, m_helpers + helper, headers, body);
        QCOMPARE(busy.status, 503);
        QCOMPARE(json(busy).value(u"error_code"_s).toString(), u"OMS.2004"_s);
        QCOMPARE(call(m_sim.port(), method, m_helpers + helper, headers, body).status, 200);
        const QJsonObject counters = m_sim.counters();
        QCOMPARE(counters.value(u"faults_applied"_s).toInt(), 1);
        QCOMPARE(counters[u"requests"_s][route].toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorSources)
#include "TestSimulatorSources.moc"
