// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "Authenticator.h"
#include "ObjectStorageJob.h"
#include "OmsJob.h"
#include "SourceAccess.h"
#include "StartCredentials.h"
#include "TaskSnapshotJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace OmsSync {

// The OMS sync-task API of one profile, with the object-storage helpers that
// fill in a new task: builds and validates requests, hands them to the
// authenticator and the HttpTransport, and reports back through job objects.
// Never blocks; one connection pool per client.
class OmsClient : public QObject
{
    Q_OBJECT

public:
    struct Endpoints
    {
        QUrl oms;
        QUrl iam;
        QString regionId;
        QString projectId; // empty: found from the region
    };

    OmsClient(Endpoints endpoints, CallPolicy policy, QObject* parent = nullptr);
    ~OmsClient() override;

    // The client owns the authenticator (and deletes the previous one).
    void setAuthenticator(std::unique_ptr<Authenticator> authenticator);
    Authenticator* authenticator() const { return m_authenticator.get(); }
    // Adds the certificates of a PEM file to the trusted ones (never fewer:
    // TLS verification stays on). An error names the file when it has none.
    ApiError addCaFile(const QString& path);
    HttpTransport* transport() { return &m_transport; }
    const CallPolicy& policy() const { return m_policy; }
    QString projectId() const { return m_endpoints.projectId; }

    TaskListJob* listTasks(std::optional<SyncTaskStatus> status = std::nullopt);
    TaskJob* showTask(const QString& taskId);
    // The task list and, for the first `maxDetails` tasks (of `only`, when
    // given), this month's figures.
    TaskSnapshotJob* snapshotTasks(int maxDetails,
                                   const std::optional<QStringList>& only = std::nullopt);
    TaskActionJob* startTask(const QString& taskId, const StartCredentials& credentials);
    TaskActionJob* stopTask(const QString& taskId);
    // Refused before sending unless both the fields and the keys are valid.
    TaskCreateJob* createTask(const SyncTaskSpec& spec, const StartCredentials& keys);
    TaskActionJob* deleteTask(const QString& taskId);
    SyncEventsJob* syncObjects(const QString& taskId, const QStringList& objectKeys);
    StatisticsJob* statistics(const QString& taskId, const QDateTime& from, const QDateTime& to,
                              const QList<StatisticType>& types);

    // The helpers with which a new task is filled in (under
    // /v2/{project_id}/objectstorage/). Those with keys are refused before
    // sending unless every field is valid; all of them only read, so a
    // failed one is retried like a read.
    ObjectStorageJob* listSourceClouds(); // GET cloud-type?type=src
    ObjectStorageJob* listSourceRegions(); // GET data-center
    ObjectStorageJob* listBuckets(const SourceAccess& access); // POST buckets
    ObjectStorageJob* locateBucket(const SourceAccess& access,
                                   const QString& bucket); // POST buckets/regions
    // POST buckets/cdn-info: whether OMS can download the bucket's objects
    // through the CDN, and for each of `keys` (up to 100) whether it exists
    // and the CDN serves the same version. cdnKey: the CDN's authentication
    // key, empty when it has none.
    ObjectStorageJob* checkCdn(const SourceAccess& access, const QString& region,
                               const QString& bucket, const SourceCdn& cdn, const QString& cdnKey,
                               const QStringList& keys = {});

    // Runs `ready` once the project id is known (from the profile, the sign-in,
    // or IAM's project list for the region). Used by the jobs.
    void whenProjectKnown(QObject* context, std::function<void(const ApiError&)> ready);
    // A call under /v2/{project_id}/sync-tasks/{segments...}. Each segment is
    // encoded as exactly one path segment.
    ApiCall* call(const QByteArray& verb, const QStringList& segments, const QUrlQuery& query,
                  QByteArray body = {}, QByteArray contentType = {});
    // The same under /v2/{project_id}/objectstorage/{segments...}.
    ApiCall* objectStorageCall(const QByteArray& verb, const QStringList& segments,
                               const QUrlQuery& query, QByteArray body = {},
                               QByteArray contentType = {});

    // Well-formed endpoint: http or https, a host, no user info, query or
    // fragment; a default port is dropped since signatures cover host[:port].
    static ApiError checkEndpoint(const QString& field, QUrl& endpoint);

private:
    // A call under /v2/{project_id}/{collection}/{segments...}; reads
    // (GET) are idempotent.
    ApiCall* projectCall(const QString& collection, const QByteArray& verb,
                         const QStringList& segments, const QUrlQuery& query, QByteArray body,
                         QByteArray contentType);
    ObjectStorageJob* startObjectStorageJob(ObjectStorageJob::Query query, const ApiError& refusal,
                                            QByteArray body);
    void resolveProject();
    void onProjectsListed(ApiCall* call);

    HttpTransport m_transport;
    Endpoints m_endpoints;
    CallPolicy m_policy;
    // Only with a CA file of the profile's own: Qt's default configuration
    // serves every other https call, and asking for it up front would load
    // the TLS backend (OpenSSL) into a process that may only speak http.
    std::optional<QSslConfiguration> m_ssl;
    QString m_trust; // the certificates added to m_ssl's, by their digests
    // After m_transport: gone before it, as it may hold requests of its own.
    std::unique_ptr<Authenticator> m_authenticator;
    QPointer<ApiCall> m_projectLookup;
    QList<std::pair<QPointer<QObject>, std::function<void(const ApiError&)>>> m_projectWaiters;
};

} // namespace OmsSync
