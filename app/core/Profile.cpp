// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "InputRules.h"
#include "OmsClient.h"
#include "Region.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

QUrl regionEndpoint(const QString& regionId, bool oms)
{
    if (const auto region = Region::find(regionId)) {
        return oms ? region->omsEndpoint() : region->iamEndpoint();
    }
    // A region the table does not know yet follows the documented pattern.
    const QString host = (oms ? u"oms."_s : u"iam."_s) + regionId + u".myhuaweicloud.com"_s;
    return QUrl(u"https://"_s + host);
}

} // namespace

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return u"password"_s;
    case AuthMethod::Token:
        return u"token"_s;
    case AuthMethod::AkSk:
        return u"aksk"_s;
    }
    return {};
}

std::optional<AuthMethod> authMethodFromName(QStringView name)
{
    for (AuthMethod method : {AuthMethod::Password, AuthMethod::Token, AuthMethod::AkSk}) {
        if (name == authMethodName(method)) {
            return method;
        }
    }
    return std::nullopt;
}

QUrl Profile::effectiveOmsEndpoint() const
{
    return omsEndpoint.isEmpty() ? regionEndpoint(regionId, true) : omsEndpoint;
}

QUrl Profile::effectiveIamEndpoint() const
{
    return iamEndpoint.isEmpty() ? regionEndpoint(regionId, false) : iamEndpoint;
}

ApiError Profile::validate() const
{
    if (ApiError error = InputRules::checkText(u"name"_s, name, 1, maxNameLength);
        error.isError()) {
        return error;
    }
    if (!Region::isWellFormedId(regionId)) {
        return ApiError::validation(u"region"_s,
                                    tr("region must be a region id such as cn-north-4 (lower-case "
                                       "letters, digits and dashes)."));
    }
    if (!projectId.isEmpty()) {
        if (ApiError error = InputRules::checkProjectId(projectId); error.isError()) {
            return error;
        }
    }
    switch (authMethod) {
    case AuthMethod::Password:
        if (ApiError error = InputRules::checkText(u"user"_s, userName, 1, 64); error.isError()) {
            return error;
        }
        if (ApiError error = InputRules::checkText(u"account"_s, accountName, 1, 64);
            error.isError()) {
            return error;
        }
        break;
    case AuthMethod::AkSk:
        if (ApiError error = InputRules::checkText(u"ak"_s, accessKeyId, 1, 128); error.isError()) {
            return error;
        }
        break;
    case AuthMethod::Token:
        break;
    }
    for (const auto& [field, endpoint] :
         {std::pair {u"oms_endpoint"_s, omsEndpoint}, std::pair {u"iam_endpoint"_s, iamEndpoint}}) {
        QUrl copy = endpoint;
        if (!copy.isEmpty()) {
            if (ApiError error = OmsClient::checkEndpoint(field, copy); error.isError()) {
                return error;
            }
        }
    }
    if (!proxy.isEmpty()
        && (!proxy.isValid() || proxy.host().isEmpty()
            || (proxy.scheme() != u"http" && proxy.scheme() != u"socks5"))) {
        return ApiError::validation(u"proxy"_s,
                                    tr("proxy must be an http:// or socks5:// URL with a host."));
    }
    if (!proxy.password().isEmpty()) {
        return ApiError::validation(
            u"proxy"_s, tr("proxy must not contain a password; it belongs in the keychain."));
    }
    return {};
}

QJsonObject Profile::toJson() const
{
    QJsonObject object {
        {"id"_L1, id.toString(QUuid::WithoutBraces)},
        {"name"_L1, name},
        {"region"_L1, regionId},
        {"project_id"_L1, projectId},
        {"auth"_L1, authMethodName(authMethod)},
    };
    auto put = [&object](QLatin1StringView key, const QString& value) {
        if (!value.isEmpty()) {
            object.insert(key, value);
        }
    };
    put("user"_L1, userName);
    put("account"_L1, accountName);
    put("ak"_L1, accessKeyId);
    put("oms_endpoint"_L1, omsEndpoint.toString());
    put("iam_endpoint"_L1, iamEndpoint.toString());
    put("ca_file"_L1, caFile);
    put("proxy"_L1, proxy.toString());
    return object;
}

std::optional<Profile> Profile::fromJson(const QJsonObject& object, QString* error)
{
    Profile profile;
    profile.id = QUuid::fromString(object.value("id"_L1).toString());
    profile.name = object.value("name"_L1).toString();
    profile.regionId = object.value("region"_L1).toString();
    profile.projectId = object.value("project_id"_L1).toString();
    const auto method = authMethodFromName(object.value("auth"_L1).toString(u"password"_s));
    if (!method) {
        if (error) {
            *error = tr("auth must be password, token or aksk.");
        }
        return std::nullopt;
    }
    profile.authMethod = *method;
    profile.userName = object.value("user"_L1).toString();
    profile.accountName = object.value("account"_L1).toString();
    profile.accessKeyId = object.value("ak"_L1).toString();
    profile.omsEndpoint = QUrl(object.value("oms_endpoint"_L1).toString(), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(object.value("iam_endpoint"_L1).toString(), QUrl::StrictMode);
    profile.caFile = object.value("ca_file"_L1).toString();
    profile.proxy = QUrl(object.value("proxy"_L1).toString(), QUrl::StrictMode);
    if (const ApiError invalid = profile.validate(); invalid.isError()) {
        if (error) {
            *error = invalid.summary();
        }
        return std::nullopt;
    }
    return profile;
}

} // namespace OmsSync
