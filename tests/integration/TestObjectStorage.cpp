// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OmsSync;
using OmsSync::Test::SimulatorProcess;

Q_DECLARE_METATYPE(OmsSync::SourceAccess)
Q_DECLARE_METATYPE(OmsSync::SourceCdn)
Q_DECLARE_METATYPE(OmsSync::BucketLocation)
Q_DECLARE_METATYPE(OmsSync::ObjectStorageJob::Query)

// The object-storage helpers through OmsClient against a real oms-sim and
// its seeded world of clouds, buckets and CDNs: each answer parsed, every
// rule checked before anything is sent, the keys never in a URL, and the
// POSTs retried like the reads they are. The parsers are checked on their
// own too, with answers no simulator gives.
class TestObjectStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorProcess> m_sim;
    QHash<QString, SourceAccess> m_keys; // the world's, by cloud

    std::unique_ptr<OmsClient> client()
    {
        CallPolicy policy;
        policy.timeout = 2s;
        policy.firstBackoff = 50ms;
        OmsClient::Endpoints endpoints {m_sim->baseUrl(), m_sim->baseUrl(), u"cn-north-4"_s, {}};
        auto client = std::make_unique<OmsClient>(endpoints, policy);
        IamPasswordAuthenticator::Account account {
            m_sim->baseUrl(), u"demo"_s, u"demo"_s, u"cn-north-4"_s, {}};
        client->setAuthenticator(std::make_unique<IamPasswordAuthenticator>(
            client->transport(), account, QString::fromLatin1(SimulatorProcess::demoPassword),
            policy));
        return client;
    }

    // Runs the job to its end; false when it did not finish in time.
    template<typename Inspect>
    static bool await(ObjectStorageJob* job, Inspect inspect, int timeoutMs = 20000)
    {
        bool done = false;
        QObject::connect(job, &OmsJob::finished, job, [&] {
            inspect(job);
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }

    SourceAccess keys(const QString& cloud) const { return m_keys.value(cloud); }
    SourceAccess qiniu() const { return keys(u"Qiniu"_s); }

    static SourceCdn qiniuCdn()
    {
        return {u"cdn.video.example.com"_s, u"https"_s, u"QINIU_PRIVATE_AUTHENTICATION"_s};
    }
    static QString qiniuCdnKey() { return u"qiniu-demo-cdn-key"_s; }

    // The helper requests that reached the simulator.
    QList<QJsonObject> helperRequests()
    {
        QList<QJsonObject> requests;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            if (entry[u"path"_s].toString().contains(u"/objectstorage/"_s)) {
                requests.append(entry.toObject());
            }
        }
        return requests;
    }

    // Every kind of helper call, for the rows of the tests that run each.
    ObjectStorageJob* ask(OmsClient& oms, ObjectStorageJob::Query query, const SourceAccess& access)
    {
        switch (query) {
        case ObjectStorageJob::Query::Clouds:
            return oms.listSourceClouds();
        case ObjectStorageJob::Query::Regions:
            return oms.listSourceRegions();
        case ObjectStorageJob::Query::Buckets:
            return oms.listBuckets(access);
        case ObjectStorageJob::Query::BucketLocation:
            return oms.locateBucket(access, u"video-origin"_s);
        case ObjectStorageJob::Query::Cdn:
            return oms.checkCdn(access, u"cn-east-1"_s, u"video-origin"_s, qiniuCdn(),
                                qiniuCdnKey(), {u"videos/intro.mp4"_s});
        }
        return nullptr;
    }

    static void addQueryRows()
    {
        QTest::addColumn<ObjectStorageJob::Query>("query");
        QTest::addColumn<QString>("route");
        QTest::newRow("clouds") << ObjectStorageJob::Query::Clouds << u"oms.storage.clouds"_s;
        QTest::newRow("regions") << ObjectStorageJob::Query::Regions << u"oms.storage.regions"_s;
        QTest::newRow("buckets") << ObjectStorageJob::Query::Buckets << u"oms.storage.buckets"_s;
        QTest::newRow("bucket location")
            << ObjectStorageJob::Query::BucketLocation << u"oms.storage.bucket-region"_s;
        QTest::newRow("cdn") << ObjectStorageJob::Query::Cdn << u"oms.storage.cdn-info"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
        const QJsonArray clouds = m_sim->state()[u"source_world"_s][u"clouds"_s].toArray();
        for (const QJsonValue& cloud : clouds) {
            const QString name = cloud[u"cloud_type"_s].toString();
            m_keys.insert(name,
                          SourceAccess {name,
                                        cloud[u"ak"_s].toString(),
                                        cloud[u"sk"_s].toString(),
                                        cloud[u"app_id"_s].toString(),
                                        {}});
        }
        QCOMPARE(m_keys.size(), 7);
        QCOMPARE(keys(u"HuaweiCloud"_s).ak, QString::fromLatin1(SimulatorProcess::demoAccessKey));
    }

    void init()
    {
        QVERIFY(m_sim->reset());
        QVERIFY(m_sim->clearLog());
    }

    void cleanupTestCase()
    {
        QVERIFY(m_sim->stop());
        m_sim.reset();
    }

    // ---- answers ---------------------------------------------------------

    void listsTheSourceClouds()
    {
        auto oms = client();
        QVERIFY(await(oms->listSourceClouds(), [](ObjectStorageJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->query(), ObjectStorageJob::Query::Clouds);
            QCOMPARE(job->names(), SyncTaskSpec::sourceClouds());
        }));
        const auto requests = helperRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first()[u"method"_s].toString(), u"GET"_s);
        QVERIFY(requests.first()[u"path"_s].toString().endsWith(u"/objectstorage/cloud-type"_s));
        QCOMPARE(requests.first()[u"query"_s].toString(), u"type=src"_s);
    }

    void listsEveryCloudsRegions()
    {
        auto oms = client();
        QVERIFY(await(oms->listSourceRegions(), [](ObjectStorageJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            const QList<SourceRegionInfo>& regions = job->regions();
            QCOMPARE(regions.size(), 11);
            QCOMPARE(regions.first(),
                     (SourceRegionInfo {u"Aliyun"_s, u"cn-hangzhou"_s, u"China (Hangzhou)"_s}));
            QCOMPARE(regions.last(),
                     (SourceRegionInfo {u"HuaweiCloud"_s, u"cn-east-3"_s, u"CN East-Shanghai1"_s}));
            QStringList clouds;
            for (const SourceRegionInfo& region : regions) {
                QVERIFY(!region.value.isEmpty());
                QVERIFY(!region.description.isEmpty());
                if (!clouds.contains(region.cloud)) {
                    clouds.append(region.cloud);
                }
            }
            QCOMPARE(clouds,
                     (QStringList {u"Aliyun"_s, u"Tencent"_s, u"AWS"_s, u"Azure"_s, u"Baidu"_s,
                                   u"Qiniu"_s, u"HuaweiCloud"_s}));
        }));
    }

    void listsTheBucketsOfTheKeys_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("connectionString");
        QTest::addColumn<QStringList>("buckets");
        QTest::newRow("Aliyun") << u"Aliyun"_s << QString()
                                << QStringList {u"media-assets-prod"_s, u"shop-static"_s};
        QTest::newRow("Tencent, with its APPID")
            << u"Tencent"_s << QString()
            << QStringList {u"photos-1250000000"_s, u"archive-1250000000"_s};
        QTest::newRow("Azure by account key")
            << u"Azure"_s << QString() << QStringList {u"backupcontainer"_s};
        QTest::newRow("Azure with its connection string too")
            << u"Azure"_s
            << u"DefaultEndpointsProtocol=https;AccountName=demoazureblob;"
               u"AccountKey=azure-demo-account-key;EndpointSuffix=core.windows.net"_s
            << QStringList {u"backupcontainer"_s};
        QTest::newRow("OBS of the demo account")
            << u"HuaweiCloud"_s << QString()
            << QStringList {
                   u"bj4-documents"_s,   u"media-assets-obs"_s,      u"acme-logs-archive"_s,
                   u"photos-backup"_s,   u"video-mirror"_s,          u"azure-backup-mirror"_s,
                   u"shop-static-obs"_s, u"sh1-documents-replica"_s, u"quarterly-reports"_s};
    }

    void listsTheBucketsOfTheKeys()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, connectionString);
        QFETCH(QStringList, buckets);
        SourceAccess access = keys(cloud);
        access.connectionString = connectionString;
        auto oms = client();
        QVERIFY(await(oms->listBuckets(access), [&](ObjectStorageJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->query(), ObjectStorageJob::Query::Buckets);
            QCOMPARE(job->names(), buckets);
        }));
        const auto requests = helperRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first()[u"method"_s].toString(), u"POST"_s);
        const QJsonObject body =
            QJsonDocument::fromJson(requests.first()[u"body"_s].toString().toUtf8()).object();
        QCOMPARE(body, access.toJson());
    }

    void locatesABucket_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<BucketLocation>("location");
        QTest::newRow("Aliyun in Shanghai")
            << u"Aliyun"_s << u"shop-static"_s
            << BucketLocation {u"cn-shanghai"_s, u"China (Shanghai)"_s, true};
        QTest::newRow("Tencent in Guangzhou")
            << u"Tencent"_s << u"photos-1250000000"_s
            << BucketLocation {u"ap-guangzhou"_s, u"South China (Guangzhou)"_s, true};
        QTest::newRow("OBS in Shanghai1")
            << u"HuaweiCloud"_s << u"shop-static-obs"_s
            << BucketLocation {u"cn-east-3"_s, u"CN East-Shanghai1"_s, true};
    }

    void locatesABucket()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, bucket);
        QFETCH(BucketLocation, location);
        auto oms = client();
        QVERIFY(await(oms->locateBucket(keys(cloud), bucket), [&](ObjectStorageJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
            QCOMPARE(job->query(), ObjectStorageJob::Query::BucketLocation);
            QCOMPARE(job->location(), location);
        }));
    }

    void checksACdn_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<SourceCdn>("cdn");
        QTest::addColumn<QString>("cdnKey");
        QTest::addColumn<QStringList>("objects");
        QTest::addColumn<bool>("sameCloud");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QList<CdnCheck::Key>>("checked");
        const QStringList videos {u"videos/intro.mp4"_s, u"videos/trailer.mp4"_s,
                                  u"videos/missing.mp4"_s};
        QTest::newRow("Qiniu's private CDN with its key")
            << u"Qiniu"_s << u"cn-east-1"_s << u"video-origin"_s << qiniuCdn() << qiniuCdnKey()
            << videos << true << true
            << QList<CdnCheck::Key> {{u"videos/intro.mp4"_s, true, true},
                                     {u"videos/trailer.mp4"_s, false, true}, // stale at the CDN
                                     {u"videos/missing.mp4"_s, false, false}};
        QTest::newRow("Qiniu's private CDN with a wrong key")
            << u"Qiniu"_s << u"cn-east-1"_s << u"video-origin"_s << qiniuCdn() << u"guess"_s
            << videos << true << false
            << QList<CdnCheck::Key> {{u"videos/intro.mp4"_s, false, true},
                                     {u"videos/trailer.mp4"_s, false, true},
                                     {u"videos/missing.mp4"_s, false, false}};
        QTest::newRow("Qiniu's private CDN without a key, no objects asked about")
            << u"Qiniu"_s << u"cn-east-1"_s << u"video-origin"_s << qiniuCdn() << QString()
            << QStringList() << true << false << QList<CdnCheck::Key>();
        QTest::newRow("Tencent's public CDN")
            << u"Tencent"_s << u"ap-guangzhou"_s << u"photos-1250000000"_s
            << SourceCdn {u"cdn.example-photos.com"_s, u"http"_s, u"NONE"_s} << QString()
            << QStringList {u"2024/01/beach.jpg"_s} << true << true
            << QList<CdnCheck::Key> {{u"2024/01/beach.jpg"_s, true, true}};
        QTest::newRow("a CDN no cloud serves")
            << u"Aliyun"_s << u"cn-hangzhou"_s << u"media-assets-prod"_s
            << SourceCdn {u"cdn.media.example.com"_s, u"https"_s, u"ALIYUN_OSS_A"_s} << u"k"_s
            << QStringList() << false << false << QList<CdnCheck::Key>();
    }

    void checksACdn()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, region);
        QFETCH(QString, bucket);
        QFETCH(SourceCdn, cdn);
        QFETCH(QString, cdnKey);
        QFETCH(QStringList, objects);
        QFETCH(bool, sameCloud);
        QFETCH(bool, available);
        QFETCH(QList<CdnCheck::Key>, checked);
        auto oms = client();
        QVERIFY(await(oms->checkCdn(keys(cloud), region, bucket, cdn, cdnKey, objects),
                      [&](ObjectStorageJob* job) {
                          QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
                          QCOMPARE(job->query(), ObjectStorageJob::Query::Cdn);
                          QCOMPARE(job->cdnCheck().sameCloudType, sameCloud);
                          QCOMPARE(job->cdnCheck().downloadAvailable, available);
                          QCOMPARE(job->cdnCheck().keys, checked);
                      }));
        // Only what was given is sent: no empty key, no empty prefix.
        const QJsonObject body =
            QJsonDocument::fromJson(helperRequests().first()[u"body"_s].toString().toUtf8())
                .object();
        QCOMPARE(body.contains(u"prefix"_s), !objects.isEmpty());
        QCOMPARE(body[u"source_cdn"_s].toObject().contains(u"authentication_key"_s),
                 !cdnKey.isEmpty());
    }

    // ---- refused before sending ------------------------------------------

    void refusesBeforeSending_data()
    {
        QTest::addColumn<int>("call"); // 0 buckets, 1 locate, 2 cdn
        QTest::addColumn<SourceAccess>("access");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("region");
        QTest::addColumn<SourceCdn>("cdn");
        QTest::addColumn<QString>("cdnKey");
        QTest::addColumn<QStringList>("objects");
        QTest::addColumn<QString>("field");
        const SourceAccess aliyun {u"Aliyun"_s, u"LTAI"_s, u"secret"_s, {}, {}};
        const auto with = [&aliyun](auto member, const QString& value) {
            SourceAccess access = aliyun;
            access.*member = value;
            return access;
        };
        const SourceCdn cdn = qiniuCdn();
        const auto keysRow = [&](const char* name, const SourceAccess& access,
                                 const QString& field) {
            QTest::newRow(name) << 0 << access << QString() << QString() << cdn << QString()
                                << QStringList() << field;
        };
        keysRow("no cloud_type", with(&SourceAccess::cloud, QString()), u"cloud_type"_s);
        keysRow("unknown cloud_type", with(&SourceAccess::cloud, u"Google"_s), u"cloud_type"_s);
        keysRow("cloud_type in lower case", with(&SourceAccess::cloud, u"aliyun"_s),
                u"cloud_type"_s);
        keysRow("no ak", with(&SourceAccess::ak, QString()), u"ak"_s);
        keysRow("ak of 101", with(&SourceAccess::ak, QString(101, u'a')), u"ak"_s);
        keysRow("ak with a line break", with(&SourceAccess::ak, u"LTAI\nX"_s), u"ak"_s);
        keysRow("no sk", with(&SourceAccess::sk, QString()), u"sk"_s);
        keysRow("sk of 101", with(&SourceAccess::sk, QString(101, u's')), u"sk"_s);
        keysRow("sk padded", with(&SourceAccess::sk, u" secret"_s), u"sk"_s);
        SourceAccess tencent = keys(u"Tencent"_s);
        tencent.appId.clear();
        keysRow("Tencent without app_id", tencent, u"app_id"_s);
        tencent.appId = QString(256, u'1');
        keysRow("app_id of 256", tencent, u"app_id"_s);
        keysRow("a connection string for Aliyun",
                with(&SourceAccess::connectionString, u"AccountName=x"_s), u"connection_string"_s);
        SourceAccess azure = keys(u"Azure"_s);
        azure.connectionString = QString(1025, u'c');
        keysRow("connection_string of 1025", azure, u"connection_string"_s);

        const auto locateRow = [&](const char* name, const SourceAccess& access,
                                   const QString& bucket, const QString& field) {
            QTest::newRow(name) << 1 << access << bucket << QString() << cdn << QString()
                                << QStringList() << field;
        };
        locateRow("locate: no bucket_name", aliyun, QString(), u"bucket_name"_s);
        locateRow("locate: bucket_name of 1025", aliyun, QString(1025, u'b'), u"bucket_name"_s);
        locateRow("locate: keys first", with(&SourceAccess::sk, QString()), QString(), u"sk"_s);

        const auto cdnRow = [&](const char* name, const QString& region, const QString& bucket,
                                const SourceCdn& source, const QString& key,
                                const QStringList& objects, const QString& field) {
            QTest::newRow(name) << 2 << qiniu() << bucket << region << source << key << objects
                                << field;
        };
        const auto changed = [&cdn](QString SourceCdn::*member, const QString& value) {
            SourceCdn copy = cdn;
            copy.*member = value;
            return copy;
        };
        const QString region = u"cn-east-1"_s;
        const QString bucket = u"video-origin"_s;
        cdnRow("cdn: no region", QString(), bucket, cdn, {}, {}, u"region"_s);
        cdnRow("cdn: region of 101", QString(101, u'r'), bucket, cdn, {}, {}, u"region"_s);
        cdnRow("cdn: no bucket", region, QString(), cdn, {}, {}, u"bucket"_s);
        cdnRow("cdn: no domain", region, bucket, changed(&SourceCdn::domain, {}), {}, {},
               u"source_cdn.domain"_s);
        cdnRow("cdn: domain of 256", region, bucket,
               changed(&SourceCdn::domain, QString(256, u'd')), {}, {}, u"source_cdn.domain"_s);
        cdnRow("cdn: no protocol", region, bucket, changed(&SourceCdn::protocol, {}), {}, {},
               u"source_cdn.protocol"_s);
        cdnRow("cdn: protocol ftp", region, bucket, changed(&SourceCdn::protocol, u"ftp"_s), {}, {},
               u"source_cdn.protocol"_s);
        cdnRow("cdn: no authentication type", region, bucket,
               changed(&SourceCdn::authenticationType, {}), {}, {},
               u"source_cdn.authentication_type"_s);
        cdnRow("cdn: unknown authentication type", region, bucket,
               changed(&SourceCdn::authenticationType, u"QINIU"_s), {}, {},
               u"source_cdn.authentication_type"_s);
        cdnRow("cdn: authentication key of 256", region, bucket, cdn, QString(256, u'k'), {},
               u"source_cdn.authentication_key"_s);
        QStringList tooMany;
        for (int i = 0; i < 101; ++i) {
            tooMany.append(u"k%1"_s.arg(i));
        }
        cdnRow("cdn: 101 object keys", region, bucket, cdn, {}, tooMany, u"prefix.keys"_s);
        cdnRow("cdn: an empty object key", region, bucket, cdn, {}, {u"a"_s, QString()},
               u"prefix.keys[1]"_s);
        cdnRow("cdn: an object key of 1025", region, bucket, cdn, {}, {QString(1025, u'o')},
               u"prefix.keys[0]"_s);
    }

    void refusesBeforeSending()
    {
        QFETCH(int, call);
        QFETCH(SourceAccess, access);
        QFETCH(QString, bucket);
        QFETCH(QString, region);
        QFETCH(SourceCdn, cdn);
        QFETCH(QString, cdnKey);
        QFETCH(QStringList, objects);
        QFETCH(QString, field);
        auto oms = client();
        ObjectStorageJob* job = call == 0 ? oms->listBuckets(access)
            : call == 1                   ? oms->locateBucket(access, bucket)
                        : oms->checkCdn(access, region, bucket, cdn, cdnKey, objects);
        bool finishedAtOnce = false;
        connect(job, &OmsJob::finished, this, [&] { finishedAtOnce = true; });
        // Always asynchronously, also when refused.
        QVERIFY(!finishedAtOnce);
        QVERIFY(await(job, [&](ObjectStorageJob* refused) {
            QCOMPARE(refused->error().kind(), ApiError::Kind::Validation);
            QCOMPARE(refused->error().field(), field);
            QVERIFY(refused->error().message().contains(field));
            if (!access.sk.isEmpty()) {
                QVERIFY(!refused->error().summary().contains(access.sk));
            }
        }));
        // Not even the sign-in: nothing at all was sent.
        QCOMPARE(m_sim->requestLog().size(), 0);
    }

    // ---- refused by the service ------------------------------------------

    void wrongKeysAreRefusedByTheCloud_data()
    {
        QTest::addColumn<ObjectStorageJob::Query>("query");
        QTest::newRow("buckets") << ObjectStorageJob::Query::Buckets;
        QTest::newRow("bucket location") << ObjectStorageJob::Query::BucketLocation;
        QTest::newRow("cdn") << ObjectStorageJob::Query::Cdn;
    }

    void wrongKeysAreRefusedByTheCloud()
    {
        QFETCH(ObjectStorageJob::Query, query);
        SourceAccess access = keys(u"Qiniu"_s);
        access.sk = u"not-the-secret"_s;
        auto oms = client();
        QVERIFY(await(ask(*oms, query, access), [&](ObjectStorageJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::Service);
            QCOMPARE(job->error().httpStatus(), 403);
            QCOMPARE(job->error().errorCode(), u"OMS.1017"_s);
            QVERIFY(!job->error().requestId().isEmpty());
            QVERIFY(!job->error().summary().contains(access.sk));
        }));
        // A refusal is an answer, not a fault: asked once.
        QCOMPARE(helperRequests().size(), 1);
    }

    void anUnknownBucketIsNotFound()
    {
        auto oms = client();
        QVERIFY(await(oms->locateBucket(keys(u"Aliyun"_s), u"no-such-bucket"_s),
                      [](ObjectStorageJob* job) {
                          QCOMPARE(job->error().kind(), ApiError::Kind::Service);
                          QCOMPARE(job->error().httpStatus(), 404);
                          QCOMPARE(job->error().errorCode(), u"OMS.1018"_s);
                          QVERIFY(!job->error().requestId().isEmpty());
                      }));
        // A bucket is found in its own region only.
        QVERIFY(await(oms->checkCdn(keys(u"Qiniu"_s), u"cn-north-1"_s, u"video-origin"_s,
                                    qiniuCdn(), qiniuCdnKey()),
                      [](ObjectStorageJob* job) {
                          QCOMPARE(job->error().httpStatus(), 404);
                          QCOMPARE(job->error().errorCode(), u"OMS.1018"_s);
                      }));
    }

    // ---- faults ----------------------------------------------------------

    void aBusyServiceIsAskedAgain_data() { addQueryRows(); }

    void aBusyServiceIsAskedAgain()
    {
        QFETCH(ObjectStorageJob::Query, query);
        QFETCH(QString, route);
        auto oms = client();
        QCOMPARE(m_sim
                     ->injectFault({{u"kind"_s, u"status"_s},
                                    {u"route"_s, route},
                                    {u"status"_s, 503},
                                    {u"count"_s, 1},
                                    {u"body"_s,
                                     QJsonObject {{u"error_code"_s, u"OMS.2004"_s},
                                                  {u"error_msg"_s, u"The service is busy."_s}}}})
                     .size(),
                 1);
        QVERIFY(await(ask(*oms, query, keys(u"Qiniu"_s)), [](ObjectStorageJob* job) {
            QVERIFY2(!job->error().isError(), qPrintable(job->error().summary()));
        }));
        const auto requests = helperRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0)[u"status"_s].toInt(), 503);
        QCOMPARE(requests.at(1)[u"status"_s].toInt(), 200);
        QCOMPARE(requests.at(0)[u"body"_s], requests.at(1)[u"body"_s]);
    }

    void aMalformedAnswerIsNamed_data()
    {
        QTest::addColumn<ObjectStorageJob::Query>("query");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("names");
        QTest::newRow("clouds: an object")
            << ObjectStorageJob::Query::Clouds << u"oms.storage.clouds"_s << u"{}"_s
            << u"not an array"_s;
        QTest::newRow("buckets: a number among the names")
            << ObjectStorageJob::Query::Buckets << u"oms.storage.buckets"_s << u"[\"a\", 3]"_s
            << u"[1]"_s;
        QTest::newRow("regions: no value")
            << ObjectStorageJob::Query::Regions << u"oms.storage.regions"_s
            << uR"([{"service_name": "AWS", "region_list": [{"cloud_type": "AWS"}]}])"_s
            << u"[0].region_list[0].value"_s;
        QTest::newRow("location: no support")
            << ObjectStorageJob::Query::BucketLocation << u"oms.storage.bucket-region"_s
            << uR"({"id": "cn-east-1", "name": "East China"})"_s << u"support"_s;
        QTest::newRow("cdn: not JSON") << ObjectStorageJob::Query::Cdn << u"oms.storage.cdn-info"_s
                                       << u"<html>"_s << u"not valid JSON"_s;
    }

    void aMalformedAnswerIsNamed()
    {
        QFETCH(ObjectStorageJob::Query, query);
        QFETCH(QString, route);
        QFETCH(QString, body);
        QFETCH(QString, names);
        m_sim->injectFault({{u"kind"_s, u"status"_s},
                            {u"route"_s, route},
                            {u"status"_s, 200},
                            {u"count"_s, 1},
                            {u"body"_s, body}});
        auto oms = client();
        QVERIFY(await(ask(*oms, query, keys(u"Qiniu"_s)), [&](ObjectStorageJob* job) {
            QCOMPARE(job->error().kind(), ApiError::Kind::MalformedReply);
            QVERIFY2(job->error().message().contains(names), qPrintable(job->error().message()));
            QVERIFY(!job->error().requestId().isEmpty());
        }));
    }

    // ---- the keys stay in the bodies ---------------------------------------

    void keysNeverReachAUrl()
    {
        auto oms = client();
        for (const QString& cloud : {u"Aliyun"_s, u"Tencent"_s, u"Qiniu"_s, u"HuaweiCloud"_s}) {
            QVERIFY(await(oms->listBuckets(keys(cloud)),
                          [](ObjectStorageJob* job) { QVERIFY(!job->error().isError()); }));
        }
        QVERIFY(await(oms->locateBucket(keys(u"Aliyun"_s), u"shop-static"_s),
                      [](ObjectStorageJob* job) { QVERIFY(!job->error().isError()); }));
        QVERIFY(await(oms->checkCdn(keys(u"Qiniu"_s), u"cn-east-1"_s, u"video-origin"_s, qiniuCdn(),
                                    qiniuCdnKey(), {u"videos/intro.mp4"_s}),
                      [](ObjectStorageJob* job) { QVERIFY(!job->error().isError()); }));
        const auto requests = helperRequests();
        QCOMPARE(requests.size(), 6);
        QStringList secrets {qiniuCdnKey()};
        for (const SourceAccess& access : std::as_const(m_keys)) {
            secrets << access.ak << access.sk;
        }
        for (const QJsonObject& request : requests) {
            const QString url =
                request[u"path"_s].toString() + u'?' + request[u"query"_s].toString();
            const QString headers =
                QString::fromUtf8(QJsonDocument(request[u"headers"_s].toArray()).toJson());
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY2(!url.contains(secret), qPrintable(url));
                QVERIFY2(!headers.contains(secret), qPrintable(request[u"path"_s].toString()));
            }
            QVERIFY(request[u"body"_s].toString().contains(u"\"sk\""_s));
        }
    }

    // ---- the parsers alone -----------------------------------------------

    void parsesNames_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("names"); // null: refused
        QTest::newRow("names") << QByteArray(R"(["a", "b"])") << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("none") << QByteArray("[]") << QStringList {};
        QTest::newRow("an empty name") << QByteArray(R"(["a", ""])") << QStringList {u"!"_s};
        QTest::newRow("null") << QByteArray("[null]") << QStringList {u"!"_s};
        QTest::newRow("an object") << QByteArray(R"({"buckets": []})") << QStringList {u"!"_s};
        QTest::newRow("empty body") << QByteArray() << QStringList {u"!"_s};
    }

    void parsesNames()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, names);
        QString error;
        const auto parsed = ObjectStorageJob::parseNames(body, &error);
        if (names == QStringList {u"!"_s}) {
            QVERIFY(!parsed);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, names);
    }

    void parsesRegions()
    {
        QString error;
        // A region without its cloud_type is its service's; booleans may be strings.
        const auto regions = ObjectStorageJob::parseRegions(
            R"([{"service_name": "AWS", "region_list": [
                    {"value": "us-east-1", "description": "US East"},
                    {"cloud_type": "AWS", "value": "eu-west-1"}]},
                {"service_name": "Baidu", "region_list": []}])",
            &error);
        QVERIFY2(regions, qPrintable(error));
        QCOMPARE(*regions,
                 (QList<SourceRegionInfo> {{u"AWS"_s, u"us-east-1"_s, u"US East"_s},
                                           {u"AWS"_s, u"eu-west-1"_s, QString()}}));
        for (const char* bad :
             {R"([{"region_list": []}])", R"([{"service_name": "AWS"}])",
              R"([{"service_name": "AWS", "region_list": [1]}])",
              R"([{"service_name": "AWS", "region_list": [{"value": 1}]}])", R"([3])"}) {
            QVERIFY2(!ObjectStorageJob::parseRegions(bad, &error), bad);
            QVERIFY(error.contains(u"[0]"_s));
        }
    }

    void parsesALocation()
    {
        QString error;
        const auto location =
            ObjectStorageJob::parseLocation(R"({"id": "bj", "support": "true"})", &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(*location, (BucketLocation {u"bj"_s, QString(), true}));
        QVERIFY(!ObjectStorageJob::parseLocation(R"({"id": "", "support": true})", &error));
        QVERIFY(error.contains(u"id"_s));
        QVERIFY(!ObjectStorageJob::parseLocation(R"({"id": "bj", "support": 1})", &error));
        QVERIFY(error.contains(u"support"_s));
        QVERIFY(!ObjectStorageJob::parseLocation(R"(["bj"])", &error));
    }

    void parsesACdnCheck()
    {
        QString error;
        const auto check = ObjectStorageJob::parseCdnCheck(
            R"({"is_same_cloud_type": false, "is_download_available": true})", &error);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(*check, (CdnCheck {false, true, {}}));
        QVERIFY(!ObjectStorageJob::parseCdnCheck(R"({"is_same_cloud_type": true})", &error));
        QVERIFY(error.contains(u"is_download_available"_s));
        QVERIFY(!ObjectStorageJob::parseCdnCheck(
            R"({"is_same_cloud_type": true, "is_download_available": true,
                "checked_keys": [{"key": "a", "is_etag_matching": true}]})",
            &error));
        QVERIFY(error.contains(u"checked_keys[0].is_object_existing"_s));
        QVERIFY(!ObjectStorageJob::parseCdnCheck(
            R"({"is_same_cloud_type": true, "is_download_available": true, "checked_keys": {}})",
            &error));
        QVERIFY(error.contains(u"checked_keys"_s));
    }

    // ---- the keys themselves ---------------------------------------------

    void accessBodyHasOnlyWhatIsGiven()
    {
        SourceAccess access {u"Tencent"_s, u"AK"_s, u"SK"_s, u"125"_s, {}};
        QCOMPARE(access.toJson(),
                 (QJsonObject {{u"cloud_type"_s, u"Tencent"_s},
                               {u"ak"_s, u"AK"_s},
                               {u"sk"_s, u"SK"_s},
                               {u"app_id"_s, u"125"_s}}));
        access = {u"Azure"_s, u"account"_s, u"key"_s, {}, u"AccountName=account"_s};
        QVERIFY(!access.validate().isError());
        QCOMPARE(access.toJson().value(u"connection_string"_s).toString(),
                 u"AccountName=account"_s);
        QVERIFY(!access.toJson().contains(u"app_id"_s));
        // Another cloud's APPID is not a secret and OMS ignores it.
        const SourceAccess aliyun {u"Aliyun"_s, u"a"_s, u"s"_s, u"125"_s, {}};
        QVERIFY(!aliyun.validate().isError());
        access.wipe();
        QCOMPARE(access, SourceAccess());
    }
};

QTEST_GUILESS_MAIN(TestObjectStorage)
#include "TestObjectStorage.moc"
