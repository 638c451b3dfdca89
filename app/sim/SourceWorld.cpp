// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceWorld.h"

#include "DemoSeed.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

QList<SourceCloud> seededClouds()
{
    SourceCloud aliyun {
        u"Aliyun"_s,
        {{u"cn-hangzhou"_s, u"China (Hangzhou)"_s}, {u"cn-shanghai"_s, u"China (Shanghai)"_s}},
        latin1(SourceWorld::aliyunAccessKey),
        latin1(SourceWorld::aliyunSecretKey),
        {},
        {},
        {
            {u"media-assets-prod"_s,
             u"cn-hangzhou"_s,
             {u"images/logo.png"_s, u"images/banner.jpg"_s, u"videos/launch.mp4"_s},
             std::nullopt,
             {}},
            {u"shop-static"_s,
             u"cn-shanghai"_s,
             {u"index.html"_s, u"css/site.css"_s, u"js/app.js"_s},
             std::nullopt,
             {}},
        },
    };

    // COS bucket names end in the APPID; the photos are public behind a CDN.
    SourceCloud tencent {
        u"Tencent"_s,
        {{u"ap-guangzhou"_s, u"South China (Guangzhou)"_s},
         {u"ap-beijing"_s, u"North China (Beijing)"_s}},
        latin1(SourceWorld::tencentAccessKey),
        latin1(SourceWorld::tencentSecretKey),
        latin1(SourceWorld::tencentAppId),
        {},
        {
            {u"photos-1250000000"_s,
             u"ap-guangzhou"_s,
             {u"2024/01/beach.jpg"_s, u"2024/02/mountain.jpg"_s, u"albums/index.json"_s},
             SourceCdn {latin1(SourceWorld::tencentCdnDomain), u"NONE"_s, {}},
             {u"albums/index.json"_s}},
            {u"archive-1250000000"_s, u"ap-beijing"_s, {u"2023/archive.zip"_s}, std::nullopt, {}},
        },
    };

    SourceCloud aws {
        u"AWS"_s,
        {{u"us-east-1"_s, u"US East (N. Virginia)"_s}, {u"eu-west-1"_s, u"Europe (Ireland)"_s}},
        latin1(SourceWorld::awsAccessKey),
        latin1(SourceWorld::awsSecretKey),
        {},
        {},
        {
            {u"acme-analytics-logs"_s,
             u"us-east-1"_s,
             {u"logs/2025/03/01.json.gz"_s, u"logs/2025/03/02.json.gz"_s},
             std::nullopt,
             {}},
            {u"acme-eu-backups"_s, u"eu-west-1"_s, {u"db/2025-03-01.dump"_s}, std::nullopt, {}},
        },
    };

    SourceCloud azure {
        u"Azure"_s,
        {{u"eastasia"_s, u"East Asia"_s}},
        latin1(SourceWorld::azureAccountName),
        latin1(SourceWorld::azureAccountKey),
        {},
        latin1(SourceWorld::azureConnectionString),
        {
            {u"backupcontainer"_s,
             u"eastasia"_s,
             {u"vm/disk-0.vhd"_s, u"vm/disk-1.vhd"_s},
             std::nullopt,
             {}},
        },
    };

    SourceCloud baidu {
        u"Baidu"_s,
        {{u"bj"_s, u"North China (Beijing)"_s}},
        latin1(SourceWorld::baiduAccessKey),
        latin1(SourceWorld::baiduSecretKey),
        {},
        {},
        {
            {u"bos-quarterly-reports"_s,
             u"bj"_s,
             {u"2024/Q4.pdf"_s, u"2025/Q1.pdf"_s},
             std::nullopt,
             {}},
        },
    };

    // The demo's paused Qiniu task pulls through this private CDN.
    SourceCloud qiniu {
        u"Qiniu"_s,
        {{u"cn-east-1"_s, u"East China (Zhejiang)"_s}},
        latin1(SourceWorld::qiniuAccessKey),
        latin1(SourceWorld::qiniuSecretKey),
        {},
        {},
        {
            {u"video-origin"_s,
             u"cn-east-1"_s,
             {u"videos/intro.mp4"_s, u"videos/trailer.mp4"_s},
             SourceCdn {latin1(SourceWorld::qiniuCdnDomain), u"QINIU_PRIVATE_AUTHENTICATION"_s,
                        latin1(SourceWorld::qiniuCdnKey)},
             {u"videos/trailer.mp4"_s}},
        },
    };

    // OBS in the demo account, opened by its own keys: every demo task's
    // destination bucket, and the source of its HuaweiCloud one.
    const auto empty = [](const char* name, const char* region) {
        return SourceBucket {latin1(name), latin1(region), {}, std::nullopt, {}};
    };
    SourceCloud huawei {
        u"HuaweiCloud"_s,
        {{u"cn-north-4"_s, u"CN North-Beijing4"_s}, {u"cn-east-3"_s, u"CN East-Shanghai1"_s}},
        latin1(DemoSeed::accessKey),
        latin1(DemoSeed::secretKey),
        {},
        {},
        {
            {u"bj4-documents"_s,
             u"cn-north-4"_s,
             {u"contracts/2025-001.pdf"_s, u"handbook.pdf"_s},
             std::nullopt,
             {}},
            empty("media-assets-obs", "cn-north-4"),
            empty("acme-logs-archive", "cn-north-4"),
            empty("photos-backup", "cn-north-4"),
            empty("video-mirror", "cn-north-4"),
            empty("azure-backup-mirror", "cn-east-3"),
            empty("shop-static-obs", "cn-east-3"),
            empty("sh1-documents-replica", "cn-east-3"),
            empty("quarterly-reports", "cn-east-3"),
        },
    };

    return {aliyun, tencent, aws, azure, baidu, qiniu, huawei};
}

} // namespace

const SourceRegion* SourceCloud::region(const QString& value) const
{
    for (const SourceRegion& candidate : regions) {
        if (candidate.value == value) {
            return &candidate;
        }
    }
    return nullptr;
}

const SourceBucket* SourceCloud::bucket(const QString& bucketName) const
{
    for (const SourceBucket& candidate : buckets) {
        if (candidate.name == bucketName) {
            return &candidate;
        }
    }
    return nullptr;
}

SourceWorld::SourceWorld(QList<SourceCloud> clouds)
    : m_clouds(std::move(clouds))
{ }

const SourceWorld& SourceWorld::seeded()
{
    static const SourceWorld world(seededClouds());
    return world;
}

const SourceCloud* SourceWorld::cloud(const QString& name) const
{
    for (const SourceCloud& candidate : m_clouds) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

const SourceCloud* SourceWorld::cdnOwner(const QString& domain) const
{
    for (const SourceCloud& candidate : m_clouds) {
        for (const SourceBucket& bucket : candidate.buckets) {
            if (bucket.cdn && bucket.cdn->domain.compare(domain, Qt::CaseInsensitive) == 0) {
                return &candidate;
            }
        }
    }
    return nullptr;
}

QJsonObject SourceWorld::toJson() const
{
    QJsonArray clouds;
    for (const SourceCloud& cloud : m_clouds) {
        QJsonArray regions;
        for (const SourceRegion& region : cloud.regions) {
            regions.append(
                QJsonObject {{u"value"_s, region.value}, {u"description"_s, region.description}});
        }
        QJsonArray buckets;
        for (const SourceBucket& bucket : cloud.buckets) {
            QJsonObject object {{u"name"_s, bucket.name},
                                {u"region"_s, bucket.region},
                                {u"objects"_s, QJsonArray::fromStringList(bucket.objects)}};
            if (bucket.cdn) {
                object.insert(
                    u"cdn"_s,
                    QJsonObject {
                        {u"domain"_s, bucket.cdn->domain},
                        {u"authentication_type"_s, bucket.cdn->authenticationType},
                        {u"authentication_key"_s, bucket.cdn->authenticationKey},
                        {u"stale_objects"_s, QJsonArray::fromStringList(bucket.staleAtCdn)}});
            }
            buckets.append(object);
        }
        QJsonObject object {{u"cloud_type"_s, cloud.name},
                            {u"ak"_s, cloud.ak},
                            {u"sk"_s, cloud.sk},
                            {u"regions"_s, regions},
                            {u"buckets"_s, buckets}};
        if (!cloud.appId.isEmpty()) {
            object.insert(u"app_id"_s, cloud.appId);
        }
        if (!cloud.connectionString.isEmpty()) {
            object.insert(u"connection_string"_s, cloud.connectionString);
        }
        clouds.append(object);
    }
    return QJsonObject {{u"clouds"_s, clouds}};
}

} // namespace OmsSync::Sim
