// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeed.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim::DemoSeed {

namespace {

constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;

struct Times
{
    qint64 created;
    qint64 lastStart = 0; // 0: never restarted
    qint64 stopped = 0; // 0: still running
};

QJsonObject task(const char* id, const char* cloud, const char* srcRegion, const char* srcBucket,
                 const char* dstBucket, const char* dstRegion, const QString& description,
                 const Times& times, qint64 nowMs)
{
    QJsonObject task {
        {u"sync_task_id"_s, QString::fromLatin1(id)},
        {u"src_cloud_type"_s, QString::fromLatin1(cloud)},
        {u"src_region"_s, QString::fromLatin1(srcRegion)},
        {u"src_bucket"_s, QString::fromLatin1(srcBucket)},
        {u"dst_bucket"_s, QString::fromLatin1(dstBucket)},
        {u"dst_region"_s, QString::fromLatin1(dstRegion)},
        {u"description"_s, description},
        {u"status"_s, times.stopped ? u"STOPPED"_s : u"SYNCHRONIZING"_s},
        {u"create_time"_s, nowMs - times.created},
    };
    if (times.lastStart) {
        task.insert(u"last_start_time"_s, nowMs - times.lastStart);
    }
    if (times.stopped) {
        task.insert(u"stop_time"_s, nowMs - times.stopped);
    }
    return task;
}

} // namespace

QJsonObject configuration(qint64 nowMs, qint64 pauseAfterSeconds)
{
    // cn-north-4: CN North-Beijing4
    QJsonObject aliyunMedia =
        task("1f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31", "Aliyun", "cn-hangzhou", "media-assets-prod",
             "media-assets-obs", "cn-north-4", u"Product images and videos from Aliyun OSS"_s,
             {40 * dayMs, 3 * dayMs, 0}, nowMs);
    aliyunMedia.insert(u"consistency_check"_s, u"crc64"_s);
    aliyunMedia.insert(u"enable_metadata_migration"_s, true);

    QJsonObject awsLogs =
        task("2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42", "AWS", "us-east-1", "acme-analytics-logs",
             "acme-logs-archive", "cn-north-4", u"Nightly analytics logs from Amazon S3"_s,
             {60 * dayMs, 20 * dayMs, 2 * dayMs}, nowMs);
    awsLogs.insert(u"dst_storage_policy"_s, u"IA"_s);
    awsLogs.insert(u"object_overwrite_mode"_s, u"CRC64_COMPARISON_OVERWRITE"_s);

    QJsonObject tencentPhotos =
        task("3c9e1b7a-4d2f-4a8c-9e6b-0d1f2a3b4c53", "Tencent", "ap-guangzhou", "photos-1250000000",
             "photos-backup", "cn-north-4", u"腾讯云 COS 图片库同步到华为云 OBS"_s,
             {25 * dayMs, 10 * dayMs, 6 * hourMs}, nowMs);
    tencentPhotos.insert(u"app_id"_s, u"1250000000"_s);

    QJsonObject qiniuVideo =
        task(pausingTaskId, "Qiniu", "cn-east-1", "video-origin", "video-mirror", "cn-north-4",
             u"Video library through the Qiniu CDN"_s, {18 * dayMs, 0, 0}, nowMs);
    qiniuVideo.insert(u"source_cdn"_s,
                      QJsonObject {{u"domain"_s, u"cdn.video.example.com"_s},
                                   {u"protocol"_s, u"https"_s},
                                   {u"authentication_type"_s, u"QINIU_PRIVATE_AUTHENTICATION"_s}});
    if (pauseAfterSeconds > 0) {
        qiniuVideo.insert(u"pause_after_s"_s, pauseAfterSeconds);
    }

    // cn-east-3: CN East-Shanghai1
    QJsonObject azureBackups =
        task("5b3d7f9a-1c2e-4d4f-a6b8-2e4c6a8d0f75", "Azure", "eastasia", "backupcontainer",
             "azure-backup-mirror", "cn-east-3", u"Azure Blob backups (paused for the audit)"_s,
             {90 * dayMs, 30 * dayMs, 5 * dayMs}, nowMs);
    azureBackups.insert(u"dst_storage_policy"_s, u"ARCHIVE"_s);

    QJsonObject aliyunShop = task("6d5f9b1c-3e4a-4f6b-8d0c-3a5e7c9f1b86", "Aliyun", "cn-shanghai",
                                  "shop-static", "shop-static-obs", "cn-east-3",
                                  u"Shop static files"_s, {12 * dayMs, 1 * dayMs, 0}, nowMs);
    aliyunShop.insert(u"enable_kms"_s, true);

    QJsonObject huaweiDocs =
        task("7f7b1d3e-5a6c-4b8d-9f2e-4c6a8e0b2d97", "HuaweiCloud", "cn-north-4", "bj4-documents",
             "sh1-documents-replica", "cn-east-3", u"Documents replica from Beijing4"_s,
             {33 * dayMs, 0, 0}, nowMs);
    huaweiDocs.insert(u"object_overwrite_mode"_s, u"NO_OVERWRITE"_s);

    QJsonObject baiduReports =
        task("8a9c3f5d-7b8e-4d0f-a1c3-5e7b9d1f3a08", "Baidu", "bj", "bos-quarterly-reports",
             "quarterly-reports", "cn-east-3", u"Quarterly reports from Baidu BOS"_s,
             {70 * dayMs, 45 * dayMs, 44 * dayMs}, nowMs);

    const QJsonObject account {
        {u"name"_s, QString::fromLatin1(accountName)},
        {u"users"_s,
         QJsonArray {QJsonObject {{u"name"_s, QString::fromLatin1(userName)},
                                  {u"password"_s, QString::fromLatin1(password)}}}},
        {u"access_keys"_s,
         QJsonArray {QJsonObject {{u"ak"_s, QString::fromLatin1(accessKey)},
                                  {u"sk"_s, QString::fromLatin1(secretKey)},
                                  {u"user"_s, QString::fromLatin1(userName)}}}},
        {u"projects"_s,
         QJsonArray {
             QJsonObject {
                 {u"name"_s, u"cn-north-4"_s},
                 {u"tasks"_s, QJsonArray {aliyunMedia, awsLogs, tencentPhotos, qiniuVideo}}},
             QJsonObject {
                 {u"name"_s, u"cn-east-3"_s},
                 {u"tasks"_s, QJsonArray {azureBackups, aliyunShop, huaweiDocs, baiduReports}}},
         }},
    };
    // The demo must be able to restart every paused task and create one more.
    return QJsonObject {{u"accounts"_s, QJsonArray {account}}, {u"max_tasks_per_project"_s, 5}};
}

} // namespace OmsSync::Sim::DemoSeed
