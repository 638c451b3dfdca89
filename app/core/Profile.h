// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace OmsSync {

enum class AuthMethod { Password, Token, AkSk };

QString authMethodName(AuthMethod method); // password, token, aksk
std::optional<AuthMethod> authMethodFromName(QStringView name);

// A region profile: where to connect and who signs in. Only what is safe to
// show a colleague lives here; the password, token or SK is in the keychain
// under the profile's id, so a rename keeps it.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Profile)

public:
    QUuid id;
    QString name;
    QString regionId;
    QString projectId; // empty: found from the region at first use
    AuthMethod authMethod = AuthMethod::Password;
    QString userName; // IAM user (password sign-in)
    QString accountName; // IAM account, the "domain" (password sign-in)
    QString accessKeyId; // AK (AK/SK sign-in)
    QUrl omsEndpoint; // empty: the region's
    QUrl iamEndpoint; // empty: the region's
    QString caFile; // PEM certificates trusted in addition to the system's
    QUrl proxy; // empty: the system proxy

    static constexpr int maxNameLength = 64;

    QUrl effectiveOmsEndpoint() const;
    QUrl effectiveIamEndpoint() const;

    // The first field that is missing or malformed, by its CLI/JSON name.
    ApiError validate() const;

    // Export format, also `oms-sync --json profile list`: never a secret.
    QJsonObject toJson() const;
    static std::optional<Profile> fromJson(const QJsonObject& object, QString* error);

    bool operator==(const Profile&) const = default;
};

} // namespace OmsSync
