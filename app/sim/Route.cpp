// SPDX-License-Identifier: GPL-3.0-or-later
#include "Route.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

QString Route::name() const
{
    switch (kind) {
    case Kind::Unknown:
        return u"unknown"_s;
    case Kind::Control:
        return u"control"_s;
    case Kind::IamTokens:
        return u"iam.tokens.create"_s;
    case Kind::IamProjects:
        return u"iam.projects.list"_s;
    case Kind::ShowCloudTypes:
        return u"oms.storage.clouds"_s;
    case Kind::ListDataCenters:
        return u"oms.storage.regions"_s;
    case Kind::ListBuckets:
        return u"oms.storage.buckets"_s;
    case Kind::ShowBucketRegion:
        return u"oms.storage.bucket-region"_s;
    case Kind::ShowCdnInfo:
        return u"oms.storage.cdn-info"_s;
    case Kind::ListTasks:
        return u"oms.tasks.list"_s;
    case Kind::CreateTask:
        return u"oms.tasks.create"_s;
    case Kind::ShowTask:
        return u"oms.tasks.show"_s;
    case Kind::DeleteTask:
        return u"oms.tasks.delete"_s;
    case Kind::StartTask:
        return u"oms.tasks.start"_s;
    case Kind::StopTask:
        return u"oms.tasks.stop"_s;
    case Kind::TaskStatistics:
        return u"oms.tasks.statistics"_s;
    case Kind::SyncEvents:
        return u"oms.tasks.events.create"_s;
    }
    return u"unknown"_s;
}

Route Route::resolve(QByteArrayView method, QByteArrayView rawPath)
{
    Route route;
    if (rawPath.startsWith("/_sim/") || rawPath == "/_sim") {
        route.kind = Kind::Control;
        return route;
    }
    if (!rawPath.startsWith('/')) {
        return route;
    }
    const QList<QByteArray> segments = rawPath.sliced(1).toByteArray().split('/');
    for (const QByteArray& segment : segments) {
        if (segment == "." || segment == "..") {
            return route;
        }
    }
    const auto is = [&](qsizetype index, QByteArrayView text) {
        return segments.size() > index && segments.at(index) == text;
    };

    if (segments.size() == 3 && is(0, "v3") && is(1, "auth") && is(2, "tokens")) {
        if (method == "POST") {
            route.kind = Kind::IamTokens;
        }
        return route;
    }
    if (segments.size() == 2 && is(0, "v3") && is(1, "projects")) {
        if (method == "GET") {
            route.kind = Kind::IamProjects;
        }
        return route;
    }
    if (segments.size() >= 4 && is(0, "v2") && is(2, "objectstorage")) {
        const QByteArray helper = segments.mid(3).join('/');
        if (method == "GET" && helper == "cloud-type") {
            route.kind = Kind::ShowCloudTypes;
        } else if (method == "GET" && helper == "data-center") {
            route.kind = Kind::ListDataCenters;
        } else if (method == "POST" && helper == "buckets") {
            route.kind = Kind::ListBuckets;
        } else if (method == "POST" && helper == "buckets/regions") {
            route.kind = Kind::ShowBucketRegion;
        } else if (method == "POST" && helper == "buckets/cdn-info") {
            route.kind = Kind::ShowCdnInfo;
        }
        if (route.kind != Kind::Unknown) {
            route.rawProjectId = segments.at(1);
        }
        return route;
    }
    if (segments.size() < 3 || !is(0, "v2") || !is(2, "sync-tasks")) {
        return route;
    }
    route.rawProjectId = segments.at(1);
    switch (segments.size()) {
    case 3:
        route.kind = method == "GET" ? Kind::ListTasks
            : method == "POST"       ? Kind::CreateTask
                                     : Kind::Unknown;
        break;
    case 4:
        route.rawTaskId = segments.at(3);
        route.kind = method == "GET" ? Kind::ShowTask
            : method == "DELETE"     ? Kind::DeleteTask
                                     : Kind::Unknown;
        break;
    case 5:
        route.rawTaskId = segments.at(3);
        if (method == "POST" && is(4, "start")) {
            route.kind = Kind::StartTask;
        } else if (method == "POST" && is(4, "stop")) {
            route.kind = Kind::StopTask;
        } else if (method == "GET" && is(4, "statistics")) {
            route.kind = Kind::TaskStatistics;
        } else if (method == "POST" && is(4, "events")) {
            route.kind = Kind::SyncEvents;
        }
        break;
    default:
        break;
    }
    if (route.kind == Kind::Unknown) {
        route.rawProjectId.clear();
        route.rawTaskId.clear();
    }
    return route;
}

} // namespace OmsSync::Sim
