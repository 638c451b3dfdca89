// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmsService.h"

#include "ErrorReplies.h"
#include "GatewayAuthenticator.h"
#include "HttpRequest.h"
#include "OmsRequestChecks.h"
#include "QueryParameters.h"
#include "SimClock.h"
#include "SimulatorState.h"
#include "SourceWorld.h"
#include "TaskStatistics.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

using namespace OmsRequestChecks;

namespace {

constexpr qsizetype maxProjectIdLength = 1024;
constexpr qsizetype maxTaskIdLength = 255;
constexpr qint64 maxListOffset = 10000;
// CreateSyncEvents takes at most this many object keys a call.
constexpr qsizetype maxSyncEventKeys = 10;
constexpr qint64 hourMs = 60 * 60 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
// Statistics come in five-minute points for up to a day, hourly beyond,
// for at most 31 days at a time.
constexpr qint64 maxFiveMinuteSpanMs = dayMs;
constexpr qint64 maxStatisticsSpanMs = 31 * dayMs;

HttpResponse taskNotFound()
{
    return ErrorReplies::oms(404, "OMS.1009",
                             u"No resources found: the sync task does not exist."_s);
}

HttpResponse wrongStatus(const QString& message)
{
    return ErrorReplies::oms(400, "OMS.1010", message);
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// An integer query parameter, present at most once, in [minimum, maximum].
// Plain digits only: "+5", " 5" and "5.0" are all refused, as OMS does.
std::optional<qint64> integerParameter(const QueryParameters& query, QStringView key,
                                       qint64 minimum, qint64 maximum, qint64 fallback,
                                       bool required, QString* problem)
{
    const qsizetype count = query.count(key);
    if (count == 0) {
        if (required) {
            *problem = u"%1 is required."_s.arg(key);
            return std::nullopt;
        }
        return fallback;
    }
    const QString text = query.value(key);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (count > 1 || !isDigits(text) || text.size() > 15 || !ok || value < minimum
        || value > maximum) {
        *problem = u"%1 must be an integer from %2 to %3."_s.arg(key).arg(minimum).arg(maximum);
        return std::nullopt;
    }
    return value;
}

// The optional encryption fields of start and create: a type of DEFAULT or
// KMS, and a 36-character KMS key id exactly when the type is KMS.
bool checkCrypto(const QJsonObject& body, QString* problem)
{
    static const std::pair<const char*, const char*> pairs[] = {
        {"src_crypto_type", "src_kms_key_id"},
        {"dst_crypto_type", "dst_kms_key_id"},
        {"source_cdn_crypto_type", "source_cdn_kms_key_id"},
    };
    for (const auto& [typeKey, keyIdKey] : pairs) {
        const QString type = QString::fromLatin1(typeKey);
        const QString keyId = QString::fromLatin1(keyIdKey);
        if (!checkEnum(body, type, {u"DEFAULT"_s, u"KMS"_s}, false, problem)
            || !checkString(body, keyId, 36, 36, false, problem)) {
            return false;
        }
        const bool kms = body.value(type).toString() == u"KMS"_s;
        if (kms != body.contains(keyId)) {
            *problem = kms ? u"%1 is required when %2 is KMS."_s.arg(keyId, type)
                           : u"%1 is only allowed when %2 is KMS."_s.arg(keyId, type);
            return false;
        }
    }
    return true;
}

QJsonObject withMonthly(const SimTask& task, qint64 queryTimeMs, qint64 nowMs)
{
    const TaskStatistics::Figures month = TaskStatistics::month(task, queryTimeMs, nowMs);
    QJsonObject object = task.toJson();
    object.insert(u"monthly_acceptance_request"_s, month.requests);
    object.insert(u"monthly_success_object"_s, month.success);
    object.insert(u"monthly_failure_object"_s, month.failure);
    object.insert(u"monthly_skip_object"_s, month.skip);
    object.insert(u"monthly_size"_s, month.sizeBytes);
    return object;
}

const QStringList& startFields()
{
    static const QStringList fields {
        u"src_ak"_s,
        u"src_sk"_s,
        u"dst_ak"_s,
        u"dst_sk"_s,
        u"source_cdn_authentication_key"_s,
        u"src_crypto_type"_s,
        u"dst_crypto_type"_s,
        u"source_cdn_crypto_type"_s,
        u"src_kms_key_id"_s,
        u"dst_kms_key_id"_s,
        u"source_cdn_kms_key_id"_s,
    };
    return fields;
}

} // namespace

OmsService::OmsService(SimulatorState& state, const SimClock& clock)
    : m_state(state)
    , m_clock(clock)
    , m_storage(SourceWorld::seeded())
{ }

bool OmsService::regionOffersSyncTasks(const QString& region)
{
    return region == u"cn-north-4"_s || region == u"cn-east-3"_s || region == u"cn-southwest-2"_s;
}

HttpResponse OmsService::handle(const Route& route, const HttpRequest& request,
                                const AuthResult& auth)
{
    const auto projectBytes = QueryParameters::percentDecode(route.rawProjectId, false);
    if (!projectBytes || projectBytes->isEmpty() || projectBytes->size() > maxProjectIdLength) {
        return invalidParameter(u"project_id must be 1 to 1024 characters long."_s);
    }
    const QString projectId = QString::fromUtf8(*projectBytes);
    SimProject* project = m_state.project(projectId);
    if (!project || project->domainId != auth.identity.domainId
        || (auth.kind == AuthKind::Token && auth.tokenProjectId != projectId)) {
        return ErrorReplies::oms(403, "OMS.0206",
                                 u"You do not have permission to access OMS in this project."_s);
    }
    if (request.hasHeader("x-project-id") && request.header("x-project-id") != *projectBytes) {
        return ErrorReplies::oms(403, "OMS.0206",
                                 u"The X-Project-Id header names another project than the path."_s);
    }

    if (route.isStorageHelper()) {
        return m_storage.handle(route, request);
    }

    QString taskId;
    if (route.hasTaskId()) {
        // One segment, decoded once: "a%2Fb" is the id "a/b", "%25" is "%".
        const auto taskBytes = QueryParameters::percentDecode(route.rawTaskId, false);
        if (!taskBytes) {
            return ErrorReplies::oms(400, "OMS.0054", u"Invalid sync task ID."_s);
        }
        taskId = QString::fromUtf8(*taskBytes);
        if (taskId.size() > maxTaskIdLength) {
            return ErrorReplies::oms(400, "OMS.0054",
                                     u"Invalid sync task ID: at most 255 characters."_s);
        }
    }

    const bool needsSyncTaskRegion = route.kind == Route::Kind::StartTask
        || route.kind == Route::Kind::StopTask || route.kind == Route::Kind::TaskStatistics
        || route.kind == Route::Kind::CreateTask || route.kind == Route::Kind::SyncEvents;
    if (needsSyncTaskRegion && !regionOffersSyncTasks(project->name)) {
        return ErrorReplies::oms(
            400, "OMS.0060", u"Sync tasks are not supported in region %1."_s.arg(project->name));
    }

    switch (route.kind) {
    case Route::Kind::ListTasks:
        return list(request, *project);
    case Route::Kind::CreateTask:
        return create(request, *project);
    case Route::Kind::ShowTask:
        return show(request, *project, taskId);
    case Route::Kind::DeleteTask:
        return remove(*project, taskId);
    case Route::Kind::StartTask:
        return start(request, *project, taskId);
    case Route::Kind::StopTask:
        return stop(request, *project, taskId);
    case Route::Kind::TaskStatistics:
        return statistics(request, *project, taskId);
    case Route::Kind::SyncEvents:
        return syncEvents(request, *project, taskId);
    default:
        break;
    }
    return taskNotFound();
}

HttpResponse OmsService::list(const HttpRequest& request, const SimProject& project)
{
    const auto query = QueryParameters::parse(request.query);
    if (!query) {
        return invalidParameter(u"the query string is not correctly percent-encoded."_s);
    }
    QString problem;
    const auto limit = integerParameter(*query, u"limit", 1, 100, 10, false, &problem);
    const auto offset = integerParameter(*query, u"offset", 0, maxListOffset, 0, false, &problem);
    if (!limit || !offset) {
        return invalidParameter(problem);
    }
    const qsizetype statusCount = query->count(u"status");
    const QString status = query->value(u"status");
    if (statusCount > 1
        || (statusCount == 1 && status != SimTask::synchronizing && status != SimTask::stopped)) {
        return invalidParameter(u"status must be SYNCHRONIZING or STOPPED."_s);
    }

    QList<const SimTask*> matching;
    for (const SimTask& task : project.tasks) {
        if (statusCount == 0 || task.status == status) {
            matching.append(&task);
        }
    }
    // Newest first; the id breaks ties so that pages never overlap.
    std::sort(matching.begin(), matching.end(), [](const SimTask* a, const SimTask* b) {
        return a->createTimeMs != b->createTimeMs ? a->createTimeMs > b->createTimeMs
                                                  : a->id < b->id;
    });
    QJsonArray tasks;
    for (qsizetype i = *offset; i < matching.size() && i < *offset + *limit; ++i) {
        tasks.append(matching.at(i)->toJson());
    }
    return HttpResponse::json(200,
                              QJsonObject {{u"tasks"_s, tasks}, {u"count"_s, matching.size()}});
}

HttpResponse OmsService::show(const HttpRequest& request, SimProject& project,
                              const QString& taskId)
{
    const auto query = QueryParameters::parse(request.query);
    if (!query) {
        return invalidParameter(u"the query string is not correctly percent-encoded."_s);
    }
    QString problem;
    // Documented first as a string, later as a long: on the wire both are digits.
    const auto queryTime =
        integerParameter(*query, u"query_time", 1, 999'999'999'999'999LL, 0, true, &problem);
    if (!queryTime) {
        return invalidParameter(problem);
    }
    const SimTask* task = project.task(taskId);
    if (!task) {
        return taskNotFound();
    }
    return HttpResponse::json(200, withMonthly(*task, *queryTime, m_clock.nowMs()));
}

HttpResponse OmsService::start(const HttpRequest& request, SimProject& project,
                               const QString& taskId)
{
    HttpResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    QString problem;
    if (!rejectUnknownFields(*body, startFields(), &problem)
        || !checkString(*body, u"src_ak"_s, 1, 100, true, &problem)
        || !checkString(*body, u"src_sk"_s, 1, 100, true, &problem)
        || !checkString(*body, u"dst_ak"_s, 1, 100, true, &problem)
        || !checkString(*body, u"dst_sk"_s, 1, 100, true, &problem)
        || !checkString(*body, u"source_cdn_authentication_key"_s, 0, 255, false, &problem)
        || !checkCrypto(*body, &problem)) {
        return invalidParameter(problem);
    }

    SimTask* task = project.task(taskId);
    if (!task) {
        return taskNotFound();
    }
    if (task->status != SimTask::stopped) {
        return wrongStatus(
            u"The sync task is %1: only a STOPPED task can be started."_s.arg(task->status));
    }
    if (const auto& expected = task->expectedStartKeys) {
        const auto text = [&](const char* key) {
            return body->value(QLatin1StringView(key)).toString();
        };
        if (text("src_ak") != expected->srcAk || text("src_sk") != expected->srcSk) {
            return ErrorReplies::oms(
                400, "OMS.1011",
                u"The source AK/SK is invalid or cannot access the source bucket."_s);
        }
        if (text("dst_ak") != expected->dstAk || text("dst_sk") != expected->dstSk) {
            return ErrorReplies::oms(
                400, "OMS.1011",
                u"The destination AK/SK is invalid or cannot access the destination bucket."_s);
        }
        if (expected->sourceCdnAuthenticationKey
            && text("source_cdn_authentication_key") != *expected->sourceCdnAuthenticationKey) {
            return ErrorReplies::oms(400, "OMS.1011",
                                     u"The CDN authentication key of the source is invalid."_s);
        }
    }
    task->start(m_clock.nowMs());
    return HttpResponse(200);
}

HttpResponse OmsService::stop(const HttpRequest& request, SimProject& project,
                              const QString& taskId)
{
    if (!request.body.isEmpty()) {
        return invalidParameter(u"StopSyncTask takes no request body."_s);
    }
    SimTask* task = project.task(taskId);
    if (!task) {
        return taskNotFound();
    }
    if (!task->stop(m_clock.nowMs())) {
        return wrongStatus(
            u"The sync task is %1: only a SYNCHRONIZING task can be stopped."_s.arg(task->status));
    }
    return HttpResponse(200);
}

HttpResponse OmsService::remove(SimProject& project, const QString& taskId)
{
    SimTask* task = project.task(taskId);
    if (!task) {
        return taskNotFound();
    }
    if (task->isSynchronizing()) {
        return wrongStatus(u"A SYNCHRONIZING sync task cannot be deleted: stop it first."_s);
    }
    project.tasks.removeIf([&](const SimTask& candidate) { return candidate.id == taskId; });
    return HttpResponse(200);
}

HttpResponse OmsService::syncEvents(const HttpRequest& request, SimProject& project,
                                    const QString& taskId)
{
    SimTask* task = project.task(taskId);
    if (!task) {
        return taskNotFound();
    }
    HttpResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    QString problem;
    if (!rejectUnknownFields(*body, {u"object_keys"_s}, &problem)) {
        return invalidParameter(problem);
    }
    const QJsonValue keys = body->value(u"object_keys"_s);
    if (!keys.isArray() || keys.toArray().isEmpty() || keys.toArray().size() > maxSyncEventKeys) {
        return invalidParameter(
            u"object_keys must be an array of 1 to %1 object keys."_s.arg(maxSyncEventKeys));
    }
    QStringList decoded;
    for (const QJsonValue& key : keys.toArray()) {
        const QString text = key.toString();
        if (!key.isString() || text.isEmpty() || text.size() > 16384) {
            return invalidParameter(
                u"each object key must be a string of 1 to 16384 characters."_s);
        }
        // Keys travel URL-encoded: a raw space, or a '%' that starts no escape, is refused.
        const auto bytes = QueryParameters::percentDecode(text.toUtf8(), false);
        if (!bytes || text.contains(u' ')) {
            return invalidParameter(u"object key %1 is not URL-encoded."_s.arg(text));
        }
        decoded.append(QString::fromUtf8(*bytes));
    }
    task->syncEvents.append(decoded);
    return HttpResponse(200);
}

HttpResponse OmsService::statistics(const HttpRequest& request, SimProject& project,
                                    const QString& taskId)
{
    const auto query = QueryParameters::parse(request.query);
    if (!query) {
        return invalidParameter(u"the query string is not correctly percent-encoded."_s);
    }
    static const QStringList knownTypes {u"REQUEST"_s, u"SUCCESS"_s, u"FAILURE"_s, u"SKIP"_s,
                                         u"SIZE"_s};
    if (query->count(u"data_type") != 1) {
        return invalidParameter(u"data_type is required (once)."_s);
    }
    const QStringList types = query->value(u"data_type").split(u',');
    if (QSet<QString>(types.begin(), types.end()).size() != types.size()) {
        return invalidParameter(u"data_type lists a type twice."_s);
    }
    for (const QString& type : types) {
        if (!knownTypes.contains(type)) {
            return invalidParameter(
                u"data_type must be a comma-separated list of REQUEST, SUCCESS, FAILURE, SKIP, SIZE."_s);
        }
    }
    QString problem;
    const auto startTime =
        integerParameter(*query, u"start_time", 0, 999'999'999'999'999LL, 0, true, &problem);
    const auto endTime =
        integerParameter(*query, u"end_time", 0, 999'999'999'999'999LL, 0, true, &problem);
    if (!startTime || !endTime) {
        return invalidParameter(problem);
    }
    if (*endTime <= *startTime) {
        return invalidParameter(u"end_time must be later than start_time."_s);
    }
    if (*endTime - *startTime > maxStatisticsSpanMs) {
        return invalidParameter(u"the time span may not exceed 31 days."_s);
    }
    const SimTask* task = project.task(taskId);
    if (!task) {
        return taskNotFound();
    }

    const bool fiveMinutes = *endTime - *startTime <= maxFiveMinuteSpanMs;
    const qint64 step = fiveMinutes ? TaskStatistics::bucketMs : hourMs;
    const qint64 now = m_clock.nowMs();
    const qint64 first = *startTime - *startTime % step;
    QList<QJsonArray> series(types.size());
    // Points up to now: the future has no traffic yet.
    for (qint64 at = first; at < *endTime && at <= now; at += step) {
        const TaskStatistics::Figures figures = TaskStatistics::range(*task, at, at + step, now);
        for (qsizetype i = 0; i < types.size(); ++i) {
            const QString& type = types.at(i);
            const qint64 value = type == u"REQUEST"_s ? figures.requests
                : type == u"SUCCESS"_s                ? figures.success
                : type == u"FAILURE"_s                ? figures.failure
                : type == u"SKIP"_s                   ? figures.skip
                                                      : figures.sizeBytes;
            series[i].append(QJsonObject {{u"time_stamp"_s, at}, {u"statistic_num"_s, value}});
        }
    }
    QJsonArray datas;
    for (qsizetype i = 0; i < types.size(); ++i) {
        datas.append(QJsonObject {{u"data_type"_s, types.at(i)}, {u"data"_s, series.at(i)}});
    }
    return HttpResponse::json(
        200,
        QJsonObject {{u"statistic_time_type"_s, fiveMinutes ? u"FIVE_MINUTES"_s : u"ONE_HOUR"_s},
                     {u"statistic_datas"_s, datas}});
}

HttpResponse OmsService::create(const HttpRequest& request, SimProject& project)
{
    HttpResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    static const QStringList known = QStringList {u"src_cloud_type"_s,
                                                  u"src_region"_s,
                                                  u"src_bucket"_s,
                                                  u"dst_region"_s,
                                                  u"dst_bucket"_s,
                                                  u"description"_s,
                                                  u"enable_kms"_s,
                                                  u"enable_restore"_s,
                                                  u"enable_metadata_migration"_s,
                                                  u"app_id"_s,
                                                  u"source_cdn"_s,
                                                  u"consistency_check"_s,
                                                  u"dst_storage_policy"_s}
        + startFields();
    QString problem;
    if (!rejectUnknownFields(*body, known, &problem)
        || !checkEnum(*body, u"src_cloud_type"_s, sourceCloudTypes(), false, &problem)
        || !checkString(*body, u"src_region"_s, 1, 100, true, &problem)
        || !checkString(*body, u"src_bucket"_s, 1, 1024, true, &problem)
        || !checkString(*body, u"dst_region"_s, 1, 100, true, &problem)
        || !checkString(*body, u"dst_bucket"_s, 1, 1024, true, &problem)
        || !checkString(*body, u"src_ak"_s, 1, 100, true, &problem)
        || !checkString(*body, u"src_sk"_s, 1, 100, true, &problem)
        || !checkString(*body, u"dst_ak"_s, 1, 100, true, &problem)
        || !checkString(*body, u"dst_sk"_s, 1, 100, true, &problem)
        || !checkString(*body, u"description"_s, 0, 255, false, &problem)
        || !checkString(*body, u"app_id"_s, 1, 255, false, &problem)
        || !checkString(*body, u"source_cdn_authentication_key"_s, 0, 255, false, &problem)
        || !checkBool(*body, u"enable_kms"_s, &problem)
        || !checkBool(*body, u"enable_restore"_s, &problem)
        || !checkBool(*body, u"enable_metadata_migration"_s, &problem)
        || !checkEnum(*body, u"consistency_check"_s,
                      {u"size_last_modified"_s, u"crc64"_s, u"transmission"_s}, false, &problem)
        || !checkEnum(
            *body, u"dst_storage_policy"_s,
            {u"STANDARD"_s, u"IA"_s, u"ARCHIVE"_s, u"DEEP_ARCHIVE"_s, u"SRC_STORAGE_MAPPING"_s},
            false, &problem)
        || !checkCrypto(*body, &problem)) {
        return invalidParameter(problem);
    }
    static const QString forbidden = u"<>()\"'&"_s;
    const QString description = body->value(u"description"_s).toString();
    if (std::any_of(description.begin(), description.end(),
                    [](QChar c) { return forbidden.contains(c); })) {
        return ErrorReplies::oms(400, "OMS.0078",
                                 u"description must not contain any of < > ( ) \" ' &."_s);
    }
    const QString cloud = body->value(u"src_cloud_type"_s).toString(u"Aliyun"_s);
    if (cloud == u"Tencent"_s && !body->contains(u"app_id"_s)) {
        return invalidParameter(u"app_id is required for a Tencent source."_s);
    }
    if (body->value(u"dst_region"_s).toString() != project.name) {
        return invalidParameter(
            u"dst_region must be the region of the project (%1)."_s.arg(project.name));
    }
    QJsonObject cdn;
    if (body->contains(u"source_cdn"_s)) {
        if (!body->value(u"source_cdn"_s).isObject()) {
            return invalidParameter(u"source_cdn must be an object."_s);
        }
        cdn = body->value(u"source_cdn"_s).toObject();
        if (!rejectUnknownFields(cdn, {u"domain"_s, u"protocol"_s, u"authentication_type"_s},
                                 &problem)
            || !checkString(cdn, u"domain"_s, 1, 255, true, &problem)
            || !checkEnum(cdn, u"protocol"_s, {u"http"_s, u"https"_s}, true, &problem)
            || !checkEnum(cdn, u"authentication_type"_s, cdnAuthenticationTypes(), true,
                          &problem)) {
            return invalidParameter(u"source_cdn: "_s + problem);
        }
    }
    if (project.tasks.size() >= m_state.config().maxTasksPerProject) {
        return ErrorReplies::oms(400, "OMS.1012",
                                 u"The number of sync tasks has reached the quota (%1)."_s.arg(
                                     m_state.config().maxTasksPerProject));
    }

    SimTask task;
    task.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    task.createTimeMs = m_clock.nowMs();
    task.status = SimTask::synchronizing;
    task.runs.append({task.createTimeMs, RunInterval::open});
    task.fields.insert(u"src_cloud_type"_s, cloud);
    for (const QString& key :
         {u"src_region"_s, u"src_bucket"_s, u"dst_region"_s, u"dst_bucket"_s, u"app_id"_s}) {
        if (body->contains(key)) {
            task.fields.insert(key, body->value(key));
        }
    }
    task.fields.insert(u"description"_s, body->value(u"description"_s).toString());
    for (const QString& key :
         {u"enable_kms"_s, u"enable_restore"_s, u"enable_metadata_migration"_s}) {
        task.fields.insert(key, body->value(key).toBool(false));
    }
    // Asked for as "transmission", reported as "no_check".
    const QString check = body->value(u"consistency_check"_s).toString(u"size_last_modified"_s);
    task.fields.insert(u"consistency_check"_s, check == u"transmission"_s ? u"no_check"_s : check);
    task.fields.insert(u"dst_storage_policy"_s,
                       body->value(u"dst_storage_policy"_s).toString(u"STANDARD"_s));
    // Not asked for at creation: OMS decides, and reports it.
    task.fields.insert(u"object_overwrite_mode"_s, u"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"_s);
    if (!cdn.isEmpty()) {
        task.fields.insert(u"source_cdn"_s, cdn);
    }
    project.tasks.append(task);
    return HttpResponse::json(200, QJsonObject {{u"sync_task_id"_s, task.id}});
}

} // namespace OmsSync::Sim
