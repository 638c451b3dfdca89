// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmsSync::Sim {

struct SourceRegion
{
    QString value; // what src_region takes, e.g. cn-hangzhou
    QString description; // e.g. China (Hangzhou)
};

// A CDN in front of a bucket, for tasks that pull through it (source_cdn).
struct SourceCdn
{
    QString domain;
    QString authenticationType; // one of OmsRequestChecks::cdnAuthenticationTypes()
    QString authenticationKey; // empty for NONE
};

struct SourceBucket
{
    QString name;
    QString region; // a SourceRegion::value of its cloud
    QStringList objects;
    std::optional<SourceCdn> cdn;
    // Objects whose copy at the CDN is older than the bucket's: another ETag.
    QStringList staleAtCdn;
};

// One account at a cloud and everything its keys can see.
struct SourceCloud
{
    QString name; // a cloud type, e.g. Aliyun
    QList<SourceRegion> regions;
    QString ak;
    QString sk;
    QString appId; // Tencent's APPID; empty elsewhere
    QString connectionString; // Azure's, an alternative to ak/sk; empty elsewhere
    QList<SourceBucket> buckets;

    const SourceRegion* region(const QString& value) const;
    const SourceBucket* bucket(const QString& bucketName) const;
};

// The object storage that oms-sim's OMS finds at other clouds and at OBS:
// the buckets behind the demo's sync tasks (each task's source and
// destination bucket is here, in its region), their objects and CDNs, and
// the fake keys that open them. It serves the helpers under
// /v2/{project_id}/objectstorage/ only: creating or starting a task does not
// consult it, so tests remain free to name any bucket and keys.
class SourceWorld
{
public:
    // Fake keys, for tests and the demo; GET /_sim/state lists them all.
    static constexpr char aliyunAccessKey[] = "LTAIdemoaliyun0001";
    static constexpr char aliyunSecretKey[] = "aliyun-demo-secret";
    static constexpr char tencentAccessKey[] = "AKIDdemotencent0001";
    static constexpr char tencentSecretKey[] = "tencent-demo-secret";
    static constexpr char tencentAppId[] = "1250000000";
    static constexpr char awsAccessKey[] = "AKIADEMOAWS000000001";
    static constexpr char awsSecretKey[] = "aws-demo-secret";
    static constexpr char azureAccountName[] = "demoazureblob"; // Azure's AK
    static constexpr char azureAccountKey[] = "azure-demo-account-key"; // Azure's SK
    static constexpr char azureConnectionString[] =
        "DefaultEndpointsProtocol=https;AccountName=demoazureblob;"
        "AccountKey=azure-demo-account-key;EndpointSuffix=core.windows.net";
    static constexpr char baiduAccessKey[] = "baidu-demo-ak";
    static constexpr char baiduSecretKey[] = "baidu-demo-secret";
    static constexpr char qiniuAccessKey[] = "qiniu-demo-ak";
    static constexpr char qiniuSecretKey[] = "qiniu-demo-secret";
    static constexpr char qiniuCdnDomain[] = "cdn.video.example.com";
    static constexpr char qiniuCdnKey[] = "qiniu-demo-cdn-key";
    static constexpr char tencentCdnDomain[] = "cdn.example-photos.com";
    // HuaweiCloud (OBS) answers to the demo account's own AK/SK (DemoSeed).

    // The one world oms-sim serves: fixed data, the same in every run.
    static const SourceWorld& seeded();

    const QList<SourceCloud>& clouds() const { return m_clouds; }
    const SourceCloud* cloud(const QString& name) const;
    // The cloud whose CDN serves this domain, if any.
    const SourceCloud* cdnOwner(const QString& domain) const;
    // For GET /_sim/state: every cloud with its keys, regions, buckets and CDNs.
    QJsonObject toJson() const;

private:
    explicit SourceWorld(QList<SourceCloud> clouds);

    QList<SourceCloud> m_clouds;
};

} // namespace OmsSync::Sim
