// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectStorageService.h"

#include "ErrorReplies.h"
#include "HttpRequest.h"
#include "OmsRequestChecks.h"
#include "QueryParameters.h"
#include "Route.h"
#include "SourceWorld.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

using namespace OmsRequestChecks;

namespace {

// cdn-info checks at most this many object keys a call.
constexpr qsizetype maxCheckedKeys = 100;

const QStringList& keysFields()
{
    static const QStringList fields {u"cloud_type"_s, u"ak"_s, u"sk"_s, u"app_id"_s,
                                     u"connection_string"_s};
    return fields;
}

// The simulator's codes (OMS documents none for these answers). The keys
// never appear in a message: they are secrets.
HttpResponse keysRefused(const QString& cloud)
{
    return ErrorReplies::oms(
        403, "OMS.1017",
        u"%1 refused the access keys: the AK/SK (with the APPID for Tencent, or the connection "
        u"string for Azure) are wrong or have no permission."_s.arg(cloud));
}

HttpResponse bucketNotFound(const QString& bucket)
{
    return ErrorReplies::oms(
        404, "OMS.1018",
        u"The bucket %1 does not exist, or the access keys cannot see it."_s.arg(bucket));
}

bool sameDomain(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ObjectStorageService::ObjectStorageService(const SourceWorld& world)
    : m_world(world)
{ }

HttpResponse ObjectStorageService::handle(const Route& route, const HttpRequest& request) const
{
    switch (route.kind) {
    case Route::Kind::ShowCloudTypes:
        return cloudTypes(request);
    case Route::Kind::ListDataCenters:
        return dataCenters();
    case Route::Kind::ListBuckets:
        return buckets(request);
    case Route::Kind::ShowBucketRegion:
        return bucketRegion(request);
    case Route::Kind::ShowCdnInfo:
        return cdnInfo(request);
    default:
        break;
    }
    return invalidParameter(u"no such object-storage helper."_s);
}

HttpResponse ObjectStorageService::cloudTypes(const HttpRequest& request) const
{
    const auto query = QueryParameters::parse(request.query);
    if (!query) {
        return invalidParameter(u"the query string is not correctly percent-encoded."_s);
    }
    const QString type = query->value(u"type");
    if (query->count(u"type") != 1 || (type != u"src"_s && type != u"dst"_s)) {
        return invalidParameter(u"type must be src or dst (once)."_s);
    }
    // OMS writes only to OBS.
    return HttpResponse::json(200,
                              type == u"src"_s ? QJsonArray::fromStringList(sourceCloudTypes())
                                               : QJsonArray {u"HuaweiCloud"_s});
}

HttpResponse ObjectStorageService::dataCenters() const
{
    QJsonArray services;
    for (const SourceCloud& cloud : m_world.clouds()) {
        QJsonArray regions;
        for (const SourceRegion& region : cloud.regions) {
            regions.append(QJsonObject {{u"cloud_type"_s, cloud.name},
                                        {u"value"_s, region.value},
                                        {u"description"_s, region.description}});
        }
        services.append(QJsonObject {{u"service_name"_s, cloud.name}, {u"region_list"_s, regions}});
    }
    return HttpResponse::json(200, services);
}

std::optional<QJsonObject> ObjectStorageService::keysBody(const HttpRequest& request,
                                                          const QStringList& extraFields,
                                                          HttpResponse* error)
{
    auto body = jsonBody(request, error);
    if (!body) {
        return std::nullopt;
    }
    QString problem;
    if (!rejectUnknownFields(*body, keysFields() + extraFields, &problem)
        || !checkEnum(*body, u"cloud_type"_s, sourceCloudTypes(), true, &problem)
        || !checkString(*body, u"ak"_s, 1, 100, true, &problem)
        || !checkString(*body, u"sk"_s, 1, 100, true, &problem)
        || !checkString(*body, u"app_id"_s, 1, 255, false, &problem)
        || !checkString(*body, u"connection_string"_s, 1, 1024, false, &problem)) {
        *error = invalidParameter(problem);
        return std::nullopt;
    }
    if (body->value(u"cloud_type"_s).toString() == u"Tencent"_s && !body->contains(u"app_id"_s)) {
        *error = invalidParameter(u"app_id is required for Tencent."_s);
        return std::nullopt;
    }
    return body;
}

const SourceCloud* ObjectStorageService::signIn(const QJsonObject& body, HttpResponse* error) const
{
    const QString cloudType = body.value(u"cloud_type"_s).toString();
    const SourceCloud* cloud = m_world.cloud(cloudType);
    const auto text = [&](const QString& key) {
        return body.value(key).toString();
    };
    // app_id and connection_string only mean something to Tencent and Azure.
    const bool opens = cloud && text(u"ak"_s) == cloud->ak && text(u"sk"_s) == cloud->sk
        && (cloud->appId.isEmpty() || text(u"app_id"_s) == cloud->appId)
        && (cloud->connectionString.isEmpty() || !body.contains(u"connection_string"_s)
            || text(u"connection_string"_s) == cloud->connectionString);
    if (!opens) {
        *error = keysRefused(cloudType);
        return nullptr;
    }
    return cloud;
}

HttpResponse ObjectStorageService::buckets(const HttpRequest& request) const
{
    HttpResponse error;
    const auto body = keysBody(request, {}, &error);
    if (!body) {
        return error;
    }
    const SourceCloud* cloud = signIn(*body, &error);
    if (!cloud) {
        return error;
    }
    QJsonArray names;
    for (const SourceBucket& bucket : cloud->buckets) {
        names.append(bucket.name);
    }
    return HttpResponse::json(200, names);
}

HttpResponse ObjectStorageService::bucketRegion(const HttpRequest& request) const
{
    HttpResponse error;
    const auto body = keysBody(request, {u"bucket_name"_s}, &error);
    if (!body) {
        return error;
    }
    QString problem;
    if (!checkString(*body, u"bucket_name"_s, 1, 1024, true, &problem)) {
        return invalidParameter(problem);
    }
    const SourceCloud* cloud = signIn(*body, &error);
    if (!cloud) {
        return error;
    }
    const QString name = body->value(u"bucket_name"_s).toString();
    const SourceBucket* bucket = cloud->bucket(name);
    if (!bucket) {
        return bucketNotFound(name);
    }
    const SourceRegion* region = cloud->region(bucket->region);
    // Every bucket of the world is in a region its cloud lists, and one OMS pulls from.
    return HttpResponse::json(200,
                              QJsonObject {{u"id"_s, bucket->region},
                                           {u"name"_s, region ? region->description : QString()},
                                           {u"support"_s, region != nullptr}});
}

HttpResponse ObjectStorageService::cdnInfo(const HttpRequest& request) const
{
    HttpResponse error;
    const auto body =
        keysBody(request, {u"region"_s, u"bucket"_s, u"source_cdn"_s, u"prefix"_s}, &error);
    if (!body) {
        return error;
    }
    QString problem;
    if (!checkString(*body, u"region"_s, 1, 100, true, &problem)
        || !checkString(*body, u"bucket"_s, 1, 1024, true, &problem)) {
        return invalidParameter(problem);
    }
    if (!body->value(u"source_cdn"_s).isObject()) {
        return invalidParameter(u"source_cdn is required, as an object."_s);
    }
    const QJsonObject cdn = body->value(u"source_cdn"_s).toObject();
    if (!rejectUnknownFields(
            cdn, {u"domain"_s, u"protocol"_s, u"authentication_type"_s, u"authentication_key"_s},
            &problem)
        || !checkString(cdn, u"domain"_s, 1, 255, true, &problem)
        || !checkEnum(cdn, u"protocol"_s, {u"http"_s, u"https"_s}, true, &problem)
        || !checkEnum(cdn, u"authentication_type"_s, cdnAuthenticationTypes(), true, &problem)
        || !checkString(cdn, u"authentication_key"_s, 0, 255, false, &problem)) {
        return invalidParameter(u"source_cdn: "_s + problem);
    }
    QStringList keys;
    if (body->contains(u"prefix"_s)) {
        const QJsonObject prefix = body->value(u"prefix"_s).toObject();
        const QJsonValue list = prefix.value(u"keys"_s);
        if (!body->value(u"prefix"_s).isObject()
            || !rejectUnknownFields(prefix, {u"keys"_s}, &problem) || !list.isArray()
            || list.toArray().isEmpty() || list.toArray().size() > maxCheckedKeys) {
            return invalidParameter(
                u"prefix must be {\"keys\": [...]} with 1 to %1 object keys."_s.arg(
                    maxCheckedKeys));
        }
        for (const QJsonValue& key : list.toArray()) {
            if (!key.isString() || key.toString().isEmpty() || key.toString().size() > 1024) {
                return invalidParameter(
                    u"each key of prefix.keys must be a string of 1 to 1024 characters."_s);
            }
            keys.append(key.toString());
        }
    }

    const SourceCloud* cloud = signIn(*body, &error);
    if (!cloud) {
        return error;
    }
    const QString name = body->value(u"bucket"_s).toString();
    const SourceBucket* bucket = cloud->bucket(name);
    if (!bucket || bucket->region != body->value(u"region"_s).toString()) {
        return bucketNotFound(name);
    }

    const QString domain = cdn.value(u"domain"_s).toString();
    const QString type = cdn.value(u"authentication_type"_s).toString();
    // A private CDN refuses unsigned and wrongly signed downloads alike.
    const bool downloadable = bucket->cdn && sameDomain(domain, bucket->cdn->domain)
        && type == bucket->cdn->authenticationType
        && (type == u"NONE"_s
            || cdn.value(u"authentication_key"_s).toString() == bucket->cdn->authenticationKey);
    QJsonArray checked;
    for (const QString& key : std::as_const(keys)) {
        const bool exists = bucket->objects.contains(key);
        checked.append(QJsonObject {
            {u"key"_s, key},
            {u"is_etag_matching"_s, exists && downloadable && !bucket->staleAtCdn.contains(key)},
            {u"is_object_existing"_s, exists}});
    }
    return HttpResponse::json(
        200,
        QJsonObject {{u"is_same_cloud_type"_s, m_world.cdnOwner(domain) == cloud},
                     {u"is_download_available"_s, downloadable},
                     {u"checked_keys"_s, checked}});
}

} // namespace OmsSync::Sim
