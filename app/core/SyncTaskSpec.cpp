// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTaskSpec.h"

#include "InputRules.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

ApiError checkChoice(const QString& field, const QString& value, const QStringList& allowed)
{
    if (value.isEmpty() || allowed.contains(value)) {
        return {};
    }
    return ApiError::validation(
        field,
        QCoreApplication::translate("OmsSync::SyncTaskSpec", "%1 must be one of %2, not “%3”.")
            .arg(field, allowed.join(u", "_s), value));
}

// Reads an optional string field; false (with `error` set) when it is there
// and not a string.
bool readText(const QJsonObject& object, const QString& key, QString* value, ApiError* error,
              const QString& field = {})
{
    const QJsonValue found = object.value(key);
    if (found.isUndefined()) {
        return true;
    }
    if (!found.isString()) {
        const QString name = field.isEmpty() ? key : field;
        *error = ApiError::validation(
            name,
            QCoreApplication::translate("OmsSync::SyncTaskSpec", "%1 must be a string.").arg(name));
        return false;
    }
    *value = found.toString();
    return true;
}

bool readFlag(const QJsonObject& object, const QString& field, bool* value, ApiError* error)
{
    const QJsonValue found = object.value(field);
    if (found.isUndefined()) {
        return true;
    }
    if (!found.isBool()) {
        *error = ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::SyncTaskSpec", "%1 must be true or false.")
                .arg(field));
        return false;
    }
    *value = found.toBool();
    return true;
}

} // namespace

const QStringList& SyncTaskSpec::sourceClouds()
{
    static const QStringList clouds {
        u"AWS"_s,       u"Azure"_s,         u"Aliyun"_s, u"Tencent"_s, u"HuaweiCloud"_s,
        u"QingCloud"_s, u"KingsoftCloud"_s, u"Baidu"_s,  u"Qiniu"_s,   u"UCloud"_s};
    return clouds;
}

const QStringList& SyncTaskSpec::storageClasses()
{
    static const QStringList classes {u"STANDARD"_s, u"IA"_s, u"ARCHIVE"_s, u"DEEP_ARCHIVE"_s,
                                      u"SRC_STORAGE_MAPPING"_s};
    return classes;
}

const QStringList& SyncTaskSpec::consistencyChecks()
{
    static const QStringList checks {u"size_last_modified"_s, u"crc64"_s, u"transmission"_s};
    return checks;
}

const QStringList& SyncTaskSpec::cdnProtocols()
{
    static const QStringList protocols {u"http"_s, u"https"_s};
    return protocols;
}

const QStringList& SyncTaskSpec::cdnAuthenticationTypes()
{
    static const QStringList types {u"NONE"_s,
                                    u"QINIU_PRIVATE_AUTHENTICATION"_s,
                                    u"ALIYUN_OSS_A"_s,
                                    u"ALIYUN_OSS_B"_s,
                                    u"ALIYUN_OSS_C"_s,
                                    u"KSYUN_PRIVATE_AUTHENTICATION"_s,
                                    u"AZURE_SAS_TOKEN"_s,
                                    u"TENCENT_COS_A"_s,
                                    u"TENCENT_COS_B"_s,
                                    u"TENCENT_COS_C"_s,
                                    u"TENCENT_COS_D"_s};
    return types;
}

ApiError SyncTaskSpec::validate() const
{
    // In the order the fields are asked for, so that the first problem named
    // is the first one on the screen.
    if (ApiError error = checkChoice(u"src_cloud_type"_s, sourceCloud, sourceClouds());
        error.isError()) {
        return error;
    }
    const std::tuple<QString, const QString*, int> texts[] = {
        {u"src_region"_s, &sourceRegion, maxRegionLength},
        {u"src_bucket"_s, &sourceBucket, maxBucketLength},
        {u"dst_region"_s, &destinationRegion, maxRegionLength},
        {u"dst_bucket"_s, &destinationBucket, maxBucketLength},
    };
    for (const auto& [field, value, maxLength] : texts) {
        if (ApiError error = InputRules::checkText(field, *value, 1, maxLength); error.isError()) {
            return error;
        }
    }
    if (sourceCloud == u"Tencent"_s && appId.isEmpty()) {
        return ApiError::validation(
            u"app_id"_s,
            QCoreApplication::translate("OmsSync::SyncTaskSpec",
                                        "app_id (the APPID) is required for a Tencent source."));
    }
    if (ApiError error = InputRules::checkText(u"app_id"_s, appId, 0, maxAppIdLength);
        error.isError()) {
        return error;
    }
    if (cdn) {
        if (ApiError error =
                InputRules::checkText(u"source_cdn.domain"_s, cdn->domain, 1, maxCdnDomainLength);
            error.isError()) {
            return error;
        }
        if (cdn->protocol.isEmpty()) {
            return ApiError::validation(
                u"source_cdn.protocol"_s,
                QCoreApplication::translate("OmsSync::SyncTaskSpec",
                                            "source_cdn.protocol must be http or https."));
        }
        if (ApiError error = checkChoice(u"source_cdn.protocol"_s, cdn->protocol, cdnProtocols());
            error.isError()) {
            return error;
        }
        if (ApiError error = checkChoice(u"source_cdn.authentication_type"_s,
                                         cdn->authenticationType, cdnAuthenticationTypes());
            error.isError()) {
            return error;
        }
    }
    if (ApiError error = checkChoice(u"dst_storage_policy"_s, storageClass, storageClasses());
        error.isError()) {
        return error;
    }
    if (ApiError error = checkChoice(u"consistency_check"_s, consistencyCheck, consistencyChecks());
        error.isError()) {
        return error;
    }
    if (ApiError error =
            InputRules::checkText(u"description"_s, description, 0, maxDescriptionLength);
        error.isError()) {
        return error;
    }
    for (const QChar c : description) {
        if (descriptionForbidden.contains(c)) {
            return ApiError::validation(
                u"description"_s,
                QCoreApplication::translate(
                    "OmsSync::SyncTaskSpec",
                    "description must not contain any of %1 (it holds “%2”).")
                    .arg(u"< > ( ) \" ' &"_s, QString(c)));
        }
    }
    return {};
}

QJsonObject SyncTaskSpec::toJson() const
{
    QJsonObject body {
        {u"src_region"_s, sourceRegion},
        {u"src_bucket"_s, sourceBucket},
        {u"dst_region"_s, destinationRegion},
        {u"dst_bucket"_s, destinationBucket},
    };
    const std::pair<QString, const QString*> optionalTexts[] = {
        {u"src_cloud_type"_s, &sourceCloud},
        {u"description"_s, &description},
        {u"app_id"_s, &appId},
        {u"dst_storage_policy"_s, &storageClass},
        {u"consistency_check"_s, &consistencyCheck},
    };
    for (const auto& [field, value] : optionalTexts) {
        if (!value->isEmpty()) {
            body.insert(field, *value);
        }
    }
    const std::pair<QString, bool> flags[] = {
        {u"enable_metadata_migration"_s, metadataMigration},
        {u"enable_restore"_s, restoreArchived},
        {u"enable_kms"_s, kms},
    };
    for (const auto& [field, value] : flags) {
        if (value) {
            body.insert(field, true);
        }
    }
    if (cdn) {
        body.insert(u"source_cdn"_s,
                    QJsonObject {
                        {u"domain"_s, cdn->domain},
                        {u"protocol"_s, cdn->protocol},
                        {u"authentication_type"_s,
                         cdn->authenticationType.isEmpty() ? u"NONE"_s : cdn->authenticationType}});
    }
    return body;
}

QByteArray SyncTaskSpec::toCreateBody(const StartCredentials& keys) const
{
    QJsonObject body = toJson();
    body.insert(u"src_ak"_s, keys.sourceAk);
    body.insert(u"src_sk"_s, keys.sourceSk);
    body.insert(u"dst_ak"_s, keys.destinationAk);
    body.insert(u"dst_sk"_s, keys.destinationSk);
    if (!keys.cdnKey.isEmpty()) {
        body.insert(u"source_cdn_authentication_key"_s, keys.cdnKey);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<SyncTaskSpec> SyncTaskSpec::fromJson(const QJsonObject& object, ApiError* error)
{
    static const QStringList known {u"src_cloud_type"_s,
                                    u"src_region"_s,
                                    u"src_bucket"_s,
                                    u"dst_region"_s,
                                    u"dst_bucket"_s,
                                    u"description"_s,
                                    u"app_id"_s,
                                    u"source_cdn"_s,
                                    u"dst_storage_policy"_s,
                                    u"consistency_check"_s,
                                    u"enable_metadata_migration"_s,
                                    u"enable_restore"_s,
                                    u"enable_kms"_s};
    static const QStringList keys {u"src_ak"_s, u"src_sk"_s, u"dst_ak"_s, u"dst_sk"_s,
                                   u"source_cdn_authentication_key"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (keys.contains(it.key())) {
            *error = ApiError::validation(
                it.key(),
                QCoreApplication::translate(
                    "OmsSync::SyncTaskSpec",
                    "%1 is a secret: it is read from the environment or the keychain, "
                    "never from a file.")
                    .arg(it.key()));
            return std::nullopt;
        }
        if (!known.contains(it.key())) {
            *error = ApiError::validation(
                it.key(),
                QCoreApplication::translate("OmsSync::SyncTaskSpec",
                                            "%1 is not a field of a new sync task.")
                    .arg(it.key()));
            return std::nullopt;
        }
    }
    SyncTaskSpec spec;
    const std::pair<QString, QString*> texts[] = {
        {u"src_cloud_type"_s, &spec.sourceCloud},
        {u"src_region"_s, &spec.sourceRegion},
        {u"src_bucket"_s, &spec.sourceBucket},
        {u"dst_region"_s, &spec.destinationRegion},
        {u"dst_bucket"_s, &spec.destinationBucket},
        {u"description"_s, &spec.description},
        {u"app_id"_s, &spec.appId},
        {u"dst_storage_policy"_s, &spec.storageClass},
        {u"consistency_check"_s, &spec.consistencyCheck},
    };
    for (const auto& [field, value] : texts) {
        if (!readText(object, field, value, error)) {
            return std::nullopt;
        }
    }
    const std::pair<QString, bool*> flags[] = {
        {u"enable_metadata_migration"_s, &spec.metadataMigration},
        {u"enable_restore"_s, &spec.restoreArchived},
        {u"enable_kms"_s, &spec.kms},
    };
    for (const auto& [field, value] : flags) {
        if (!readFlag(object, field, value, error)) {
            return std::nullopt;
        }
    }
    if (const QJsonValue cdn = object.value(u"source_cdn"_s); !cdn.isUndefined()) {
        if (!cdn.isObject()) {
            *error = ApiError::validation(
                u"source_cdn"_s,
                QCoreApplication::translate("OmsSync::SyncTaskSpec",
                                            "source_cdn must be an object with domain, protocol "
                                            "and authentication_type."));
            return std::nullopt;
        }
        const QJsonObject fields = cdn.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() != u"domain"_s && it.key() != u"protocol"_s
                && it.key() != u"authentication_type"_s) {
                *error = ApiError::validation(
                    u"source_cdn."_s + it.key(),
                    QCoreApplication::translate("OmsSync::SyncTaskSpec",
                                                "source_cdn.%1 is not a field of source_cdn.")
                        .arg(it.key()));
                return std::nullopt;
            }
        }
        SourceCdn source;
        if (!readText(fields, u"domain"_s, &source.domain, error, u"source_cdn.domain"_s)
            || !readText(fields, u"protocol"_s, &source.protocol, error, u"source_cdn.protocol"_s)
            || !readText(fields, u"authentication_type"_s, &source.authenticationType, error,
                         u"source_cdn.authentication_type"_s)) {
            return std::nullopt;
        }
        spec.cdn = source;
    }
    return spec;
}

SyncTaskSpec SyncTaskSpec::fromTask(const SyncTask& task)
{
    SyncTaskSpec spec;
    spec.sourceCloud = task.srcCloudType;
    spec.sourceRegion = task.srcRegion;
    spec.sourceBucket = task.srcBucket;
    spec.destinationRegion = task.dstRegion;
    spec.destinationBucket = task.dstBucket;
    spec.description = task.description;
    spec.appId = task.appId;
    spec.cdn = task.sourceCdn;
    spec.storageClass = task.dstStoragePolicy;
    // A task reports the "transmission" check it was created with as "no_check".
    spec.consistencyCheck =
        task.consistencyCheck == u"no_check"_s ? u"transmission"_s : task.consistencyCheck;
    spec.metadataMigration = task.enableMetadataMigration.value_or(false);
    spec.restoreArchived = task.enableRestore.value_or(false);
    spec.kms = task.enableKms.value_or(false);
    return spec;
}

} // namespace OmsSync
