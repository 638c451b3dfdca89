// SPDX-License-Identifier: GPL-3.0-or-later
//
// A new sync task's fields: every documented limit refused before sending,
// with the field named; the body holds only what has a value; a file never
// carries keys; a clone asks for what the original was created with.

#include "SyncTaskSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OmsSync;
using namespace Qt::StringLiterals;

namespace {

SyncTaskSpec validSpec()
{
    SyncTaskSpec spec;
    spec.sourceRegion = u"cn-hangzhou"_s;
    spec.sourceBucket = u"photos"_s;
    spec.destinationRegion = u"cn-north-4"_s;
    spec.destinationBucket = u"photos-backup"_s;
    return spec;
}

} // namespace

class TestSyncTaskSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMinimalSpecIsValidAndSendsOnlyWhatIsSet()
    {
        const SyncTaskSpec spec = validSpec();
        QVERIFY(!spec.validate().isError());
        const QJsonObject body = spec.toJson();
        QCOMPARE(
            body.keys(),
            (QStringList {u"dst_bucket"_s, u"dst_region"_s, u"src_bucket"_s, u"src_region"_s}));
    }

    void limits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // the field named, or empty: valid
        QTest::newRow("region 100") << u"src_region"_s << QString(100, u'r') << QString();
        QTest::newRow("region 101") << u"src_region"_s << QString(101, u'r') << u"src_region"_s;
        QTest::newRow("no source region") << u"src_region"_s << QString() << u"src_region"_s;
        QTest::newRow("bucket 1024") << u"dst_bucket"_s << QString(1024, u'b') << QString();
        QTest::newRow("bucket 1025") << u"dst_bucket"_s << QString(1025, u'b') << u"dst_bucket"_s;
        QTest::newRow("no destination bucket") << u"dst_bucket"_s << QString() << u"dst_bucket"_s;
        QTest::newRow("description 255") << u"description"_s << QString(255, u'd') << QString();
        QTest::newRow("description 256")
            << u"description"_s << QString(256, u'd') << u"description"_s;
        QTest::newRow("Chinese description") << u"description"_s << u"照片备份"_s << QString();
        for (const QChar c : SyncTaskSpec::descriptionForbidden) {
            QTest::addRow("description with %c", char(c.unicode()))
                << u"description"_s << u"a%1b"_s.arg(c) << u"description"_s;
        }
        QTest::newRow("line break") << u"description"_s << u"a\nb"_s << u"description"_s;
        QTest::newRow("unknown cloud")
            << u"src_cloud_type"_s << u"Dropbox"_s << u"src_cloud_type"_s;
        QTest::newRow("Tencent without app id")
            << u"src_cloud_type"_s << u"Tencent"_s << u"app_id"_s;
        QTest::newRow("storage class")
            << u"dst_storage_policy"_s << u"COLD"_s << u"dst_storage_policy"_s;
        QTest::newRow("no_check is only reported")
            << u"consistency_check"_s << u"no_check"_s << u"consistency_check"_s;
        QTest::newRow("transmission") << u"consistency_check"_s << u"transmission"_s << QString();
    }

    void limits()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QJsonObject object = validSpec().toJson();
        object.insert(field, value);
        ApiError readError;
        const std::optional<SyncTaskSpec> spec = SyncTaskSpec::fromJson(object, &readError);
        QVERIFY2(spec, qPrintable(readError.summary()));
        const ApiError problem = spec->validate();
        if (error.isEmpty()) {
            QVERIFY2(!problem.isError(), qPrintable(problem.summary()));
        } else {
            QVERIFY(problem.isError());
            QCOMPARE(problem.kind(), ApiError::Kind::Validation);
            QCOMPARE(problem.field(), error);
            QVERIFY2(problem.message().contains(error), qPrintable(problem.message()));
        }
    }

    void theLimitIsNamedInTheMessage()
    {
        SyncTaskSpec spec = validSpec();
        spec.description = QString(256, u'd');
        QVERIFY(spec.validate().message().contains(u"255"_s));
        spec = validSpec();
        spec.sourceBucket = QString(1025, u'b');
        QVERIFY(spec.validate().message().contains(u"1024"_s));
    }

    void aCdnNeedsADomainAndAProtocol()
    {
        SyncTaskSpec spec = validSpec();
        spec.cdn = SourceCdn {u"cdn.example.com"_s, QString(), u"NONE"_s};
        QCOMPARE(spec.validate().field(), u"source_cdn.protocol"_s);
        spec.cdn->protocol = u"ftp"_s;
        QCOMPARE(spec.validate().field(), u"source_cdn.protocol"_s);
        spec.cdn->protocol = u"https"_s;
        spec.cdn->domain.clear();
        QCOMPARE(spec.validate().field(), u"source_cdn.domain"_s);
        spec.cdn->domain = u"cdn.example.com"_s;
        spec.cdn->authenticationType = u"SECRET_HANDSHAKE"_s;
        QCOMPARE(spec.validate().field(), u"source_cdn.authentication_type"_s);
        spec.cdn->authenticationType.clear();
        QVERIFY(!spec.validate().isError());
        // No type chosen: none.
        QCOMPARE(spec.toJson().value(u"source_cdn"_s).toObject().value(u"authentication_type"_s),
                 u"NONE"_s);
    }

    void theCreateBodyCarriesTheKeysOnlyThere()
    {
        SyncTaskSpec spec = validSpec();
        spec.sourceCloud = u"Tencent"_s;
        spec.appId = u"1250000000"_s;
        spec.metadataMigration = true;
        StartCredentials keys {u"SAK"_s, u"SSK"_s, u"DAK"_s, u"DSK"_s, u"CDNKEY"_s};
        const QJsonObject body = QJsonDocument::fromJson(spec.toCreateBody(keys)).object();
        QCOMPARE(body.value(u"src_ak"_s), u"SAK"_s);
        QCOMPARE(body.value(u"dst_sk"_s), u"DSK"_s);
        QCOMPARE(body.value(u"source_cdn_authentication_key"_s), u"CDNKEY"_s);
        QCOMPARE(body.value(u"app_id"_s), u"1250000000"_s);
        QCOMPARE(body.value(u"enable_metadata_migration"_s), true);
        QVERIFY(!body.contains(u"enable_restore"_s));
        QVERIFY(!spec.toJson().contains(u"src_ak"_s));
    }

    void aFileNeverCarriesKeys_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* field :
             {"src_ak", "src_sk", "dst_ak", "dst_sk", "source_cdn_authentication_key"}) {
            QTest::newRow(field) << QString::fromLatin1(field);
        }
    }

    void aFileNeverCarriesKeys()
    {
        QFETCH(QString, field);
        QJsonObject object = validSpec().toJson();
        object.insert(field, u"secret"_s);
        ApiError error;
        QVERIFY(!SyncTaskSpec::fromJson(object, &error));
        QCOMPARE(error.field(), field);
        QVERIFY(!error.message().contains(u"secret\""_s));
    }

    void aFileIsReadStrictly()
    {
        ApiError error;
        QJsonObject object = validSpec().toJson();
        object.insert(u"task_name"_s, u"x"_s);
        QVERIFY(!SyncTaskSpec::fromJson(object, &error));
        QCOMPARE(error.field(), u"task_name"_s);

        object = validSpec().toJson();
        object.insert(u"enable_restore"_s, u"yes"_s);
        QVERIFY(!SyncTaskSpec::fromJson(object, &error));
        QCOMPARE(error.field(), u"enable_restore"_s);

        object = validSpec().toJson();
        object.insert(u"src_bucket"_s, 42);
        QVERIFY(!SyncTaskSpec::fromJson(object, &error));
        QCOMPARE(error.field(), u"src_bucket"_s);

        object = validSpec().toJson();
        object.insert(u"source_cdn"_s, QJsonObject {{u"domain"_s, QJsonArray()}});
        QVERIFY(!SyncTaskSpec::fromJson(object, &error));
        QCOMPARE(error.field(), u"source_cdn.domain"_s);

        // What toJson() writes reads back the same.
        SyncTaskSpec full = validSpec();
        full.sourceCloud = u"Aliyun"_s;
        full.description = u"照片"_s;
        full.cdn = SourceCdn {u"cdn.example.com"_s, u"https"_s, u"ALIYUN_OSS_A"_s};
        full.storageClass = u"IA"_s;
        full.consistencyCheck = u"crc64"_s;
        full.restoreArchived = true;
        full.kms = true;
        const std::optional<SyncTaskSpec> read = SyncTaskSpec::fromJson(full.toJson(), &error);
        QVERIFY(read);
        QCOMPARE(*read, full);
    }

    void aCloneAsksForWhatTheOriginalWasCreatedWith()
    {
        SyncTask task;
        task.id = u"t-1"_s;
        task.srcCloudType = u"Tencent"_s;
        task.srcRegion = u"ap-guangzhou"_s;
        task.srcBucket = u"src"_s;
        task.dstRegion = u"cn-north-4"_s;
        task.dstBucket = u"dst"_s;
        task.description = u"nightly"_s;
        task.appId = u"1250000000"_s;
        task.consistencyCheck = u"no_check"_s;
        task.dstStoragePolicy = u"ARCHIVE"_s;
        task.objectOverwriteMode = u"FULL_OVERWRITE"_s;
        task.enableRestore = true;
        const SyncTaskSpec spec = SyncTaskSpec::fromTask(task);
        QCOMPARE(spec.consistencyCheck, u"transmission"_s);
        QCOMPARE(spec.storageClass, u"ARCHIVE"_s);
        QCOMPARE(spec.appId, u"1250000000"_s);
        QVERIFY(spec.restoreArchived);
        QVERIFY(!spec.kms);
        QVERIFY(!spec.validate().isError());
        // The overwrite mode is OMS's to choose: never asked for.
        QVERIFY(!spec.toJson().contains(u"object_overwrite_mode"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncTaskSpec)
#include "TestSyncTaskSpec.moc"
