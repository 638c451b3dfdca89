// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceAccess.h"

#include "InputRules.h"
#include "StartCredentials.h"
#include "SyncTaskSpec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace OmsSync {

ApiError SourceAccess::validate() const
{
    if (cloud.isEmpty()) {
        return ApiError::validation(
            u"cloud_type"_s,
            QCoreApplication::translate("OmsSync::SourceAccess", "cloud_type is required."));
    }
    if (!SyncTaskSpec::sourceClouds().contains(cloud)) {
        return ApiError::validation(
            u"cloud_type"_s,
            QCoreApplication::translate("OmsSync::SourceAccess",
                                        "cloud_type must be one of %1, not “%2”.")
                .arg(SyncTaskSpec::sourceClouds().join(u", "_s), cloud));
    }
    const std::pair<QString, const QString*> keys[] = {{u"ak"_s, &ak}, {u"sk"_s, &sk}};
    for (const auto& [field, value] : keys) {
        if (ApiError error = InputRules::checkText(field, *value, 1, maxKeyLength);
            error.isError()) {
            return error;
        }
    }
    if (cloud == u"Tencent"_s && appId.isEmpty()) {
        return ApiError::validation(
            u"app_id"_s,
            QCoreApplication::translate("OmsSync::SourceAccess",
                                        "app_id (the APPID) is required for Tencent."));
    }
    if (ApiError error = InputRules::checkText(u"app_id"_s, appId, 0, maxAppIdLength);
        error.isError()) {
        return error;
    }
    if (!connectionString.isEmpty() && cloud != u"Azure"_s) {
        // A secret no other cloud reads is not sent anywhere.
        return ApiError::validation(
            u"connection_string"_s,
            QCoreApplication::translate("OmsSync::SourceAccess",
                                        "connection_string is for Azure only, not %1.")
                .arg(cloud));
    }
    return InputRules::checkText(u"connection_string"_s, connectionString, 0,
                                 maxConnectionStringLength);
}

QJsonObject SourceAccess::toJson() const
{
    QJsonObject body {{u"cloud_type"_s, cloud}, {u"ak"_s, ak}, {u"sk"_s, sk}};
    if (!appId.isEmpty()) {
        body.insert(u"app_id"_s, appId);
    }
    if (!connectionString.isEmpty()) {
        body.insert(u"connection_string"_s, connectionString);
    }
    return body;
}

void SourceAccess::wipe()
{
    wipeString(ak);
    wipeString(sk);
    wipeString(connectionString);
    cloud.clear();
    appId.clear();
}

} // namespace OmsSync
