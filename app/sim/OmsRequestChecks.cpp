// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmsRequestChecks.h"

#include "ErrorReplies.h"
#include "HttpRequest.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim::OmsRequestChecks {

HttpResponse invalidParameter(const QString& message)
{
    return ErrorReplies::oms(400, "OMS.0064", u"Invalid request parameters: "_s + message);
}

std::optional<QJsonObject> jsonBody(const HttpRequest& request, HttpResponse* error)
{
    if (!request.hasJsonContentType()) {
        *error = invalidParameter(u"the Content-Type must be application/json."_s);
        return std::nullopt;
    }
    if (request.body.isEmpty()) {
        *error = invalidParameter(u"the request body is missing."_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        *error = invalidParameter(u"the request body is not a JSON object."_s);
        return std::nullopt;
    }
    return document.object();
}

bool rejectUnknownFields(const QJsonObject& body, const QStringList& known, QString* problem)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            *problem = u"unknown field %1."_s.arg(it.key());
            return false;
        }
    }
    return true;
}

bool checkString(const QJsonObject& body, const QString& key, qsizetype minimum, qsizetype maximum,
                 bool required, QString* problem)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined()) {
        if (required) {
            *problem = u"%1 is required."_s.arg(key);
        }
        return !required;
    }
    if (!value.isString()) {
        *problem = u"%1 must be a string."_s.arg(key);
        return false;
    }
    const qsizetype length = value.toString().size();
    if (length < minimum || length > maximum) {
        *problem = u"%1 must be %2 to %3 characters long."_s.arg(key).arg(minimum).arg(maximum);
        return false;
    }
    return true;
}

bool checkEnum(const QJsonObject& body, const QString& key, const QStringList& allowed,
               bool required, QString* problem)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() && !required) {
        return true;
    }
    if (!value.isString() || !allowed.contains(value.toString())) {
        *problem = u"%1 must be one of %2."_s.arg(key, allowed.join(u", "_s));
        return false;
    }
    return true;
}

bool checkBool(const QJsonObject& body, const QString& key, QString* problem)
{
    const QJsonValue value = body.value(key);
    if (!value.isUndefined() && !value.isBool()) {
        *problem = u"%1 must be true or false."_s.arg(key);
        return false;
    }
    return true;
}

const QStringList& sourceCloudTypes()
{
    static const QStringList clouds {
        u"AWS"_s,       u"Azure"_s,         u"Aliyun"_s, u"Tencent"_s, u"HuaweiCloud"_s,
        u"QingCloud"_s, u"KingsoftCloud"_s, u"Baidu"_s,  u"Qiniu"_s,   u"UCloud"_s};
    return clouds;
}

const QStringList& cdnAuthenticationTypes()
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

} // namespace OmsSync::Sim::OmsRequestChecks
