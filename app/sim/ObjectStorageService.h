// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace OmsSync::Sim {

class SourceWorld;
struct HttpRequest;
struct Route;
struct SourceBucket;
struct SourceCloud;

// The OMS helpers under /v2/{project_id}/objectstorage/ with which a client
// fills in a new sync task: the clouds, their regions, the buckets a pair of
// keys opens, a bucket's region, and whether a CDN serves a bucket's objects.
// They answer from the SourceWorld, as strictly as the sync-task API checks
// its bodies.
class ObjectStorageService
{
public:
    explicit ObjectStorageService(const SourceWorld& world);

    // The gateway and OmsService have checked the caller and the project.
    HttpResponse handle(const Route& route, const HttpRequest& request) const;

private:
    HttpResponse cloudTypes(const HttpRequest& request) const;
    HttpResponse dataCenters() const;
    HttpResponse buckets(const HttpRequest& request) const;
    HttpResponse bucketRegion(const HttpRequest& request) const;
    HttpResponse cdnInfo(const HttpRequest& request) const;

    // The body of a POST helper: a JSON object of the keys' fields and
    // extraFields, the keys' fields well formed. Checks nothing else.
    static std::optional<QJsonObject> keysBody(const HttpRequest& request,
                                               const QStringList& extraFields, HttpResponse* error);
    // The account the body's keys open at its cloud_type; nullptr and the
    // answer when the cloud refuses them.
    const SourceCloud* signIn(const QJsonObject& body, HttpResponse* error) const;

    const SourceWorld& m_world;
};

} // namespace OmsSync::Sim
