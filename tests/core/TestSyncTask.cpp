// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTask.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::SyncTask;
using OmsSync::SyncTaskPage;
using OmsSync::SyncTaskStatus;

Q_DECLARE_METATYPE(OmsSync::SyncTaskStatus)

class TestSyncTask : public QObject
{
    Q_OBJECT

private:
    static QJsonObject object(const char* json)
    {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }

private Q_SLOTS:
    void parsesEveryDocumentedField()
    {
        const SyncTask task = SyncTask::fromJson(object(R"({
            "sync_task_id": "a1b2c3", "src_cloud_type": "Aliyun", "src_region": "cn-hangzhou",
            "src_bucket": "photos", "create_time": 1700000000000, "last_start_time": 1700000360000,
            "dst_bucket": "photos-obs", "dst_region": "cn-north-4",
            "description": "照片同步", "status": "SYNCHRONIZING", "enable_kms": true,
            "enable_metadata_migration": false, "enable_restore": true, "app_id": "1250000000",
            "source_cdn": {"domain": "cdn.example.com", "protocol": "https",
                           "authentication_type": "QINIU_PRIVATE_AUTHENTICATION"},
            "object_overwrite_mode": "CRC64_COMPARISON_OVERWRITE",
            "dst_storage_policy": "IA", "consistency_check": "crc64",
            "monthly_acceptance_request": 120, "monthly_success_object": 100,
            "monthly_failure_object": 7, "monthly_skip_object": 13, "monthly_size": 123456789
        })"));
        QCOMPARE(task.id, u"a1b2c3"_s);
        QCOMPARE(task.srcCloudType, u"Aliyun"_s);
        QCOMPARE(task.srcRegion, u"cn-hangzhou"_s);
        QCOMPARE(task.srcBucket, u"photos"_s);
        QCOMPARE(task.createTime.toMSecsSinceEpoch(), 1700000000000);
        QCOMPARE(task.lastStartTime.toMSecsSinceEpoch(), 1700000360000);
        QCOMPARE(task.dstBucket, u"photos-obs"_s);
        QCOMPARE(task.dstRegion, u"cn-north-4"_s);
        QCOMPARE(task.description, u"照片同步"_s);
        QCOMPARE(task.status, SyncTaskStatus::Synchronizing);
        QCOMPARE(task.enableKms, std::optional<bool>(true));
        QCOMPARE(task.enableMetadataMigration, std::optional<bool>(false));
        QCOMPARE(task.enableRestore, std::optional<bool>(true));
        QCOMPARE(task.appId, u"1250000000"_s);
        QVERIFY(task.sourceCdn.has_value());
        QCOMPARE(task.sourceCdn->domain, u"cdn.example.com"_s);
        QCOMPARE(task.sourceCdn->protocol, u"https"_s);
        QCOMPARE(task.sourceCdn->authenticationType, u"QINIU_PRIVATE_AUTHENTICATION"_s);
        QCOMPARE(task.objectOverwriteMode, u"CRC64_COMPARISON_OVERWRITE"_s);
        QCOMPARE(task.dstStoragePolicy, u"IA"_s);
        QCOMPARE(task.consistencyCheck, u"crc64"_s);
        QVERIFY(task.monthly.has_value());
        QCOMPARE(task.monthly->requests, 120);
        QCOMPARE(task.monthly->successObjects, 100);
        QCOMPARE(task.monthly->failureObjects, 7);
        QCOMPARE(task.monthly->skipObjects, 13);
        QCOMPARE(task.monthly->sizeBytes, 123456789);
        QVERIFY(task.canStop());
        QVERIFY(!task.canStart());
        QCOMPARE(task.failedObjectListPrefix(), u"oms/sync_task/a1b2c3/failed_object_lists/"_s);
        QCOMPARE(task.skippedObjectListPrefix(), u"oms/sync_task/a1b2c3/skip_object_lists/"_s);
    }

    void toleratesFieldShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<SyncTaskStatus>("status");
        QTest::addColumn<qint64>("createTime"); // -1: absent
        QTest::addColumn<bool>("hasCdn");
        QTest::addColumn<bool>("hasMonthly");
        QTest::addColumn<QString>("description");

        QTest::newRow("empty object") << QByteArray("{}") << SyncTaskStatus::Unknown << qint64(-1)
                                      << false << false << QString();
        QTest::newRow("unknown fields ignored")
            << QByteArray(R"({"status":"STOPPED","brand_new":{"x":[1,2]},"create_time":5})")
            << SyncTaskStatus::Stopped << qint64(5) << false << false << QString();
        QTest::newRow("epoch as string")
            << QByteArray(R"({"create_time":"1700000000000"})") << SyncTaskStatus::Unknown
            << qint64(1700000000000) << false << false << QString();
        QTest::newRow("epoch garbage is absent")
            << QByteArray(R"({"create_time":"soon"})") << SyncTaskStatus::Unknown << qint64(-1)
            << false << false << QString();
        QTest::newRow("epoch fraction is absent")
            << QByteArray(R"({"create_time":1.5})") << SyncTaskStatus::Unknown << qint64(-1)
            << false << false << QString();
        QTest::newRow("epoch huge is absent")
            << QByteArray(R"({"create_time":1e300})") << SyncTaskStatus::Unknown << qint64(-1)
            << false << false << QString();
        QTest::newRow("unknown status kept as unknown")
            << QByteArray(R"({"status":"MIGRATING"})") << SyncTaskStatus::Unknown << qint64(-1)
            << false << false << QString();
        QTest::newRow("status is case sensitive")
            << QByteArray(R"({"status":"stopped"})") << SyncTaskStatus::Unknown << qint64(-1)
            << false << false << QString();
        QTest::newRow("empty cdn object means none")
            << QByteArray(R"({"source_cdn":{}})") << SyncTaskStatus::Unknown << qint64(-1) << false
            << false << QString();
        QTest::newRow("cdn of wrong type ignored")
            << QByteArray(R"({"source_cdn":"cdn.example.com"})") << SyncTaskStatus::Unknown
            << qint64(-1) << false << false << QString();
        QTest::newRow("one monthly figure is enough")
            << QByteArray(R"({"monthly_size":"42"})") << SyncTaskStatus::Unknown << qint64(-1)
            << false << true << QString();
        QTest::newRow("null fields are absent")
            << QByteArray(R"({"description":null,"status":null,"create_time":null})")
            << SyncTaskStatus::Unknown << qint64(-1) << false << false << QString();
        QTest::newRow("number in a string field")
            << QByteArray(R"({"description":12})") << SyncTaskStatus::Unknown << qint64(-1) << false
            << false << u"12"_s;
    }

    void toleratesFieldShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(SyncTaskStatus, status);
        QFETCH(qint64, createTime);
        QFETCH(bool, hasCdn);
        QFETCH(bool, hasMonthly);
        QFETCH(QString, description);

        const SyncTask task = SyncTask::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(task.status, status);
        QCOMPARE(task.createTime.isValid(), createTime >= 0);
        if (createTime >= 0) {
            QCOMPARE(task.createTime.toMSecsSinceEpoch(), createTime);
        }
        QCOMPARE(task.sourceCdn.has_value(), hasCdn);
        QCOMPARE(task.monthly.has_value(), hasMonthly);
        QCOMPARE(task.description, description);
    }

    void zeroLastStartMeansNever()
    {
        const SyncTask task = SyncTask::fromJson(object(R"({"last_start_time":0})"));
        QVERIFY(!task.lastStartTime.isValid());
    }

    void unknownStatusIsKeptVerbatim()
    {
        const SyncTask task = SyncTask::fromJson(object(R"({"status":"MIGRATING"})"));
        QCOMPARE(task.statusText, u"MIGRATING"_s);
        QVERIFY(!task.canStart());
        QVERIFY(!task.canStop());
    }

    void roundTripsThroughApiFieldNames()
    {
        const QJsonObject original = object(R"({
            "sync_task_id": "t-1", "src_cloud_type": "AWS", "src_region": "us-east-1",
            "src_bucket": "a", "create_time": 1, "last_start_time": 2, "dst_bucket": "b",
            "dst_region": "cn-east-3", "description": "d", "status": "STOPPED",
            "enable_kms": false, "enable_metadata_migration": true, "enable_restore": false,
            "app_id": "x", "source_cdn": {"domain": "c", "protocol": "http",
            "authentication_type": "NONE"}, "object_overwrite_mode": "FULL_OVERWRITE",
            "dst_storage_policy": "STANDARD", "consistency_check": "size_last_modified",
            "monthly_acceptance_request": 1, "monthly_success_object": 2,
            "monthly_failure_object": 3, "monthly_skip_object": 4, "monthly_size": 5})");
        const SyncTask task = SyncTask::fromJson(original);
        QCOMPARE(task.toJson(), original);
        QCOMPARE(SyncTask::fromJson(task.toJson()), task);
    }

    void absentFieldsStayAbsentInJson()
    {
        const QJsonObject json = SyncTask::fromJson(object(R"({"sync_task_id":"x"})")).toJson();
        QCOMPARE(json.keys(), QStringList {u"sync_task_id"_s});
    }

    void parsesPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<qint64>("count");

        QTest::newRow("page") << QByteArray(R"({"tasks":[{"sync_task_id":"a"},{}],"count":12})")
                              << true << 2 << qint64(12);
        QTest::newRow("count as string")
            << QByteArray(R"({"tasks":[],"count":"7"})") << true << 0 << qint64(7);
        QTest::newRow("count missing counts the page")
            << QByteArray(R"({"tasks":[{},{},{}]})") << true << 3 << qint64(3);
        QTest::newRow("no tasks at all") << QByteArray(R"({"count":0})") << true << 0 << qint64(0);
        QTest::newRow("non-object entries skipped")
            << QByteArray(R"({"tasks":[1,"x",null,{}],"count":4})") << true << 1 << qint64(4);
        QTest::newRow("tasks of wrong type")
            << QByteArray(R"({"tasks":{"a":1}})") << false << 0 << qint64(0);
        QTest::newRow("top level array") << QByteArray("[]") << false << 0 << qint64(0);
        QTest::newRow("truncated") << QByteArray("{\"tasks\":[{\"sync") << false << 0 << qint64(0);
        QTest::newRow("html") << QByteArray("<html>502</html>") << false << 0 << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << 0 << qint64(0);
    }

    void parsesPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, tasks);
        QFETCH(qint64, count);

        QString error;
        const auto page = SyncTaskPage::parse(body, &error);
        QCOMPARE(page.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ok) {
            QCOMPARE(page->tasks.size(), tasks);
            QCOMPARE(page->count, count);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncTask)
#include "TestSyncTask.moc"
