// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QString>

namespace OmsSync {

// The keys of an account at a source cloud (or at OBS, the destination) for
// the helpers that list its buckets, find a bucket's region or check a CDN.
// Secrets: never log or persist them, and wipe() them when done.
//
// Every cloud signs in with ak and sk (Azure: the storage account's name and
// key). Tencent needs its APPID besides. An Azure connection string does not
// replace them: OMS takes it in addition, and then it must belong to the same
// account.
struct SourceAccess
{
    QString cloud; // cloud_type, one of SyncTaskSpec::sourceClouds(); HuaweiCloud for OBS
    QString ak;
    QString sk;
    QString appId; // Tencent's APPID; not a secret, and ignored by other clouds
    QString connectionString; // Azure only, optional

    static constexpr int maxKeyLength = 100;
    static constexpr int maxAppIdLength = 255;
    // OMS documents no limit; a connection string with a SAS token stays far below.
    static constexpr int maxConnectionStringLength = 1024;

    // The first field that cannot be sent, named by its wire name with the
    // limit; no error when the keys may be sent.
    ApiError validate() const;
    // The body fields cloud_type, ak, sk, and app_id and connection_string
    // when given.
    QJsonObject toJson() const;

    // Overwrites the secrets before releasing them (see StartCredentials::wipe).
    void wipe();

    bool operator==(const SourceAccess&) const = default;
};

} // namespace OmsSync
