// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "StartCredentials.h"
#include "SyncTask.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmsSync {

// What a new sync task is to be, without its keys: the CreateSyncTask fields
// a user chooses, checked against OMS's documented limits before anything
// is sent. An empty optional text is not sent, so that OMS's own default
// applies. The same value serves a new task, a clone and `oms-sync task
// create --from FILE`.
struct SyncTaskSpec
{
    QString sourceCloud; // src_cloud_type; empty: OMS's default, Aliyun
    QString sourceRegion;
    QString sourceBucket;
    QString destinationRegion;
    QString destinationBucket;
    QString description;
    QString appId; // Tencent's APPID, required for a Tencent source
    std::optional<SourceCdn> cdn;
    QString storageClass; // dst_storage_policy; empty: STANDARD
    QString consistencyCheck; // empty: size_last_modified
    bool metadataMigration = false;
    bool restoreArchived = false;
    bool kms = false;

    static constexpr int maxRegionLength = 100;
    static constexpr int maxBucketLength = 1024;
    static constexpr int maxDescriptionLength = 255;
    static constexpr int maxAppIdLength = 255;
    static constexpr int maxCdnDomainLength = 255;
    // Refused in a description by OMS (OMS.0078).
    static constexpr QStringView descriptionForbidden = u"<>()\"'&";

    static const QStringList& sourceClouds();
    static const QStringList& storageClasses();
    // As CreateSyncTask takes them; a task reports "transmission" as "no_check".
    static const QStringList& consistencyChecks();
    static const QStringList& cdnProtocols();
    static const QStringList& cdnAuthenticationTypes();

    // The first field that breaks a documented limit, named by its wire name
    // with the limit; no error when the task may be asked for.
    ApiError validate() const;
    // The body without keys, only the fields that have a value.
    QJsonObject toJson() const;
    // The whole CreateSyncTask body: these fields and the keys (validate
    // both first).
    QByteArray toCreateBody(const StartCredentials& keys) const;

    // From a JSON object with the CreateSyncTask field names (keys are not
    // taken: they never go into a file). Unknown fields and wrong types are
    // errors naming the field.
    static std::optional<SyncTaskSpec> fromJson(const QJsonObject& object, ApiError* error);
    // A new task like `task`: everything OMS reports that a create takes.
    static SyncTaskSpec fromTask(const SyncTask& task);

    bool operator==(const SyncTaskSpec&) const = default;
};

} // namespace OmsSync
