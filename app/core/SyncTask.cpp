// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTask.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

QDateTime epochMs(const QJsonObject& object, QLatin1StringView key)
{
    const auto ms = JsonFields::integer(object, key);
    // Zero is what OMS sends for "never" in last_start_time.
    if (!ms || *ms <= 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

void putText(QJsonObject& object, QLatin1StringView key, const QString& value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void putFlag(QJsonObject& object, QLatin1StringView key, std::optional<bool> value)
{
    if (value) {
        object.insert(key, *value);
    }
}

void putTime(QJsonObject& object, QLatin1StringView key, const QDateTime& value)
{
    if (value.isValid()) {
        object.insert(key, value.toMSecsSinceEpoch());
    }
}

} // namespace

QString syncTaskStatusWireName(SyncTaskStatus status)
{
    switch (status) {
    case SyncTaskStatus::Synchronizing:
        return u"SYNCHRONIZING"_s;
    case SyncTaskStatus::Stopped:
        return u"STOPPED"_s;
    case SyncTaskStatus::Unknown:
        break;
    }
    return {};
}

SyncTaskStatus syncTaskStatusFromWireName(QStringView name)
{
    if (name == u"SYNCHRONIZING") {
        return SyncTaskStatus::Synchronizing;
    }
    if (name == u"STOPPED") {
        return SyncTaskStatus::Stopped;
    }
    return SyncTaskStatus::Unknown;
}

SyncTask SyncTask::fromJson(const QJsonObject& object)
{
    SyncTask task;
    task.id = JsonFields::text(object, "sync_task_id"_L1);
    task.srcCloudType = JsonFields::text(object, "src_cloud_type"_L1);
    task.srcRegion = JsonFields::text(object, "src_region"_L1);
    task.srcBucket = JsonFields::text(object, "src_bucket"_L1);
    task.dstBucket = JsonFields::text(object, "dst_bucket"_L1);
    task.dstRegion = JsonFields::text(object, "dst_region"_L1);
    task.description = JsonFields::text(object, "description"_L1);
    task.statusText = JsonFields::text(object, "status"_L1);
    task.status = syncTaskStatusFromWireName(task.statusText);
    task.createTime = epochMs(object, "create_time"_L1);
    task.lastStartTime = epochMs(object, "last_start_time"_L1);
    task.enableKms = JsonFields::flag(object, "enable_kms"_L1);
    task.enableMetadataMigration = JsonFields::flag(object, "enable_metadata_migration"_L1);
    task.enableRestore = JsonFields::flag(object, "enable_restore"_L1);
    task.appId = JsonFields::text(object, "app_id"_L1);
    task.objectOverwriteMode = JsonFields::text(object, "object_overwrite_mode"_L1);
    task.dstStoragePolicy = JsonFields::text(object, "dst_storage_policy"_L1);
    task.consistencyCheck = JsonFields::text(object, "consistency_check"_L1);

    const QJsonValue cdn = object.value("source_cdn"_L1);
    if (cdn.isObject()) {
        const QJsonObject cdnObject = cdn.toObject();
        SourceCdn sourceCdn;
        sourceCdn.domain = JsonFields::text(cdnObject, "domain"_L1);
        sourceCdn.protocol = JsonFields::text(cdnObject, "protocol"_L1);
        sourceCdn.authenticationType = JsonFields::text(cdnObject, "authentication_type"_L1);
        // An empty object is how some replies say "no CDN source".
        if (!sourceCdn.domain.isEmpty()) {
            task.sourceCdn = sourceCdn;
        }
    }

    const auto requests = JsonFields::integer(object, "monthly_acceptance_request"_L1);
    const auto success = JsonFields::integer(object, "monthly_success_object"_L1);
    const auto failure = JsonFields::integer(object, "monthly_failure_object"_L1);
    const auto skip = JsonFields::integer(object, "monthly_skip_object"_L1);
    const auto size = JsonFields::integer(object, "monthly_size"_L1);
    if (requests || success || failure || skip || size) {
        task.monthly = MonthlyStatistics {requests.value_or(0), success.value_or(0),
                                          failure.value_or(0), skip.value_or(0), size.value_or(0)};
    }
    return task;
}

QJsonObject SyncTask::toJson() const
{
    QJsonObject object;
    putText(object, "sync_task_id"_L1, id);
    putText(object, "src_cloud_type"_L1, srcCloudType);
    putText(object, "src_region"_L1, srcRegion);
    putText(object, "src_bucket"_L1, srcBucket);
    putTime(object, "create_time"_L1, createTime);
    putTime(object, "last_start_time"_L1, lastStartTime);
    putText(object, "dst_bucket"_L1, dstBucket);
    putText(object, "dst_region"_L1, dstRegion);
    putText(object, "description"_L1, description);
    putText(object, "status"_L1, statusText);
    putFlag(object, "enable_kms"_L1, enableKms);
    putFlag(object, "enable_metadata_migration"_L1, enableMetadataMigration);
    putFlag(object, "enable_restore"_L1, enableRestore);
    putText(object, "app_id"_L1, appId);
    if (sourceCdn) {
        QJsonObject cdn;
        putText(cdn, "domain"_L1, sourceCdn->domain);
        putText(cdn, "protocol"_L1, sourceCdn->protocol);
        putText(cdn, "authentication_type"_L1, sourceCdn->authenticationType);
        object.insert("source_cdn"_L1, cdn);
    }
    putText(object, "object_overwrite_mode"_L1, objectOverwriteMode);
    putText(object, "dst_storage_policy"_L1, dstStoragePolicy);
    putText(object, "consistency_check"_L1, consistencyCheck);
    if (monthly) {
        object.insert("monthly_acceptance_request"_L1, monthly->requests);
        object.insert("monthly_success_object"_L1, monthly->successObjects);
        object.insert("monthly_failure_object"_L1, monthly->failureObjects);
        object.insert("monthly_skip_object"_L1, monthly->skipObjects);
        object.insert("monthly_size"_L1, monthly->sizeBytes);
    }
    return object;
}

QString SyncTask::failedObjectListPrefix() const
{
    return u"oms/sync_task/"_s + id + u"/failed_object_lists/"_s;
}

QString SyncTask::skippedObjectListPrefix() const
{
    return u"oms/sync_task/"_s + id + u"/skip_object_lists/"_s;
}

std::optional<SyncTaskPage> SyncTaskPage::parse(const QByteArray& body, QString* error)
{
    const auto object = JsonFields::parseObject(body, error);
    if (!object) {
        return std::nullopt;
    }
    const QJsonValue tasks = object->value("tasks"_L1);
    if (!tasks.isArray() && !tasks.isUndefined() && !tasks.isNull()) {
        if (error) {
            *error = QCoreApplication::translate("OmsSync::SyncTaskPage",
                                                 "The task list reply has no \"tasks\" array.");
        }
        return std::nullopt;
    }
    SyncTaskPage page;
    const QJsonArray array = tasks.toArray();
    page.tasks.reserve(array.size());
    for (const QJsonValue& value : array) {
        if (value.isObject()) {
            page.tasks.append(SyncTask::fromJson(value.toObject()));
        }
    }
    page.count = JsonFields::integer(*object, "count"_L1).value_or(page.tasks.size());
    if (page.count < page.tasks.size()) {
        page.count = page.tasks.size();
    }
    return page;
}

} // namespace OmsSync
