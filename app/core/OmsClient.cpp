// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmsClient.h"

#include "Authenticator.h"
#include "InputRules.h"
#include "JsonFields.h"
#include "SyncTaskSpec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

QString encodedSegment(const QString& segment)
{
    return QString::fromLatin1(segment.toUtf8().toPercentEncoding());
}

QUrl withPath(QUrl base, const QString& encodedPath)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    base.setPath(path + encodedPath, QUrl::StrictMode);
    return base;
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiError checkChoice(const QString& field, const QString& value, const QStringList& allowed)
{
    if (allowed.contains(value)) {
        return {};
    }
    if (value.isEmpty()) {
        return ApiError::validation(
            field,
            QCoreApplication::translate("OmsSync::InputRules", "%1 is required.").arg(field));
    }
    // SyncTaskSpec's words, translated there already.
    return ApiError::validation(
        field,
        QCoreApplication::translate("OmsSync::SyncTaskSpec", "%1 must be one of %2, not “%3”.")
            .arg(field, allowed.join(u", "_s), value));
}

// The fields of a CDN check besides the keys, by the limits of CreateSyncTask's
// source_cdn and of the helper's prefix.keys.
ApiError checkCdnFields(const QString& region, const QString& bucket, const SourceCdn& cdn,
                        const QString& cdnKey, const QStringList& keys)
{
    const std::tuple<QString, const QString*, int> texts[] = {
        {u"region"_s, &region, SyncTaskSpec::maxRegionLength},
        {u"bucket"_s, &bucket, SyncTaskSpec::maxBucketLength},
        {u"source_cdn.domain"_s, &cdn.domain, SyncTaskSpec::maxCdnDomainLength},
    };
    for (const auto& [field, value, maxLength] : texts) {
        if (ApiError error = InputRules::checkText(field, *value, 1, maxLength); error.isError()) {
            return error;
        }
    }
    if (ApiError error =
            checkChoice(u"source_cdn.protocol"_s, cdn.protocol, SyncTaskSpec::cdnProtocols());
        error.isError()) {
        return error;
    }
    if (ApiError error = checkChoice(u"source_cdn.authentication_type"_s, cdn.authenticationType,
                                     SyncTaskSpec::cdnAuthenticationTypes());
        error.isError()) {
        return error;
    }
    if (ApiError error = InputRules::checkText(u"source_cdn.authentication_key"_s, cdnKey, 0,
                                               StartCredentials::maxCdnKeyLength);
        error.isError()) {
        return error;
    }
    if (keys.size() > ObjectStorageJob::maxCheckedKeys) {
        return ApiError::validation(
            u"prefix.keys"_s,
            OmsClient::tr("prefix.keys holds at most %1 object keys, not %2.")
                .arg(ObjectStorageJob::maxCheckedKeys)
                .arg(keys.size()));
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // Object keys may hold any character, white space at either end too.
        const QString field = u"prefix.keys[%1]"_s.arg(i);
        const qsizetype length = keys.at(i).size();
        if (length < 1 || length > ObjectStorageJob::maxObjectKeyLength) {
            return ApiError::validation(
                field,
                QCoreApplication::translate("OmsSync::InputRules",
                                            "%1 must be %2 to %3 characters long, not %4.")
                    .arg(field)
                    .arg(1)
                    .arg(ObjectStorageJob::maxObjectKeyLength)
                    .arg(length));
        }
    }
    return {};
}

} // namespace

OmsClient::OmsClient(Endpoints endpoints, CallPolicy policy, QObject* parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_policy(policy)
{ }

OmsClient::~OmsClient() = default;

void OmsClient::setAuthenticator(std::unique_ptr<Authenticator> authenticator)
{
    m_authenticator = std::move(authenticator);
    if (m_authenticator && m_ssl) {
        m_authenticator->setSslConfiguration(*m_ssl);
    }
}

ApiError OmsClient::addCaFile(const QString& path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        return ApiError::validation(u"ca_file"_s,
                                    tr("No PEM certificate could be read from %1.").arg(path));
    }
    if (!m_ssl) {
        m_ssl = QSslConfiguration::defaultConfiguration();
    }
    m_ssl->addCaCertificates(certificates);
    for (const QSslCertificate& certificate : certificates) {
        m_trust +=
            QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()) + u' ';
    }
    m_transport.setTrust(m_trust);
    if (m_authenticator) {
        m_authenticator->setSslConfiguration(*m_ssl);
    }
    return {};
}

ApiError OmsClient::checkEndpoint(const QString& field, QUrl& endpoint)
{
    const bool schemeOk = endpoint.scheme() == u"https" || endpoint.scheme() == u"http";
    if (!endpoint.isValid() || !schemeOk || endpoint.host().isEmpty()
        || !endpoint.userInfo().isEmpty() || endpoint.hasQuery() || endpoint.hasFragment()) {
        return ApiError::validation(
            field,
            tr("%1 must be an http or https URL with a host and nothing after the path.")
                .arg(field));
    }
    const int defaultPort = endpoint.scheme() == u"https" ? 443 : 80;
    if (endpoint.port() == defaultPort) {
        endpoint.setPort(-1);
    }
    return {};
}

void OmsClient::whenProjectKnown(QObject* context, std::function<void(const ApiError&)> ready)
{
    if (!m_endpoints.projectId.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [ready = std::move(ready)] { ready({}); }, Qt::QueuedConnection);
        return;
    }
    m_projectWaiters.append({context, std::move(ready)});
    if (m_projectWaiters.size() == 1) {
        resolveProject();
    }
}

void OmsClient::resolveProject()
{
    if (!m_authenticator) {
        onProjectsListed(nullptr);
        return;
    }
    // A password sign-in names the project of its token; other sign-ins ask
    // IAM for the project of the region.
    m_authenticator->prepare(this, [this](const ApiError& error) {
        if (error.isError() || !m_authenticator->projectId().isEmpty()) {
            if (!error.isError()) {
                m_endpoints.projectId = m_authenticator->projectId();
            }
            const auto waiters = std::exchange(m_projectWaiters, {});
            for (const auto& [context, ready] : waiters) {
                if (context) {
                    ready(error);
                }
            }
            return;
        }
        ApiRequest request;
        request.verb = "GET";
        request.url = withPath(m_endpoints.iam, u"/v3/projects"_s);
        QUrlQuery query;
        query.addQueryItem(u"name"_s, m_endpoints.regionId);
        request.url.setQuery(query);
        request.idempotent = true;
        auto* lookup =
            new ApiCall(&m_transport, m_authenticator.get(), std::move(request), m_policy, this);
        if (m_ssl) {
            lookup->setSslConfiguration(*m_ssl);
        }
        connect(lookup, &ApiCall::finished, this, [this, lookup] { onProjectsListed(lookup); });
        m_projectLookup = lookup;
        lookup->start();
    });
}

void OmsClient::onProjectsListed(ApiCall* call)
{
    ApiError error;
    if (!call) {
        error = ApiError::validation(u"auth"_s, tr("The profile has no sign-in."));
    } else {
        call->deleteLater();
        error = call->error();
        if (!error.isError()) {
            QString parseError;
            const auto body = JsonFields::parseObject(call->body(), &parseError);
            const QJsonArray projects = body ? body->value("projects"_L1).toArray() : QJsonArray();
            for (const QJsonValue& project : projects) {
                const QJsonObject object = project.toObject();
                if (JsonFields::text(object, "name"_L1) == m_endpoints.regionId) {
                    m_endpoints.projectId = JsonFields::text(object, "id"_L1);
                    break;
                }
            }
            if (!body) {
                error = ApiError::malformedReply(parseError, call->httpStatus(), call->requestId());
            } else if (m_endpoints.projectId.isEmpty()) {
                error =
                    ApiError::validation(u"project_id"_s,
                                         tr("IAM knows no project for region %1 in this account.")
                                             .arg(m_endpoints.regionId));
            }
        }
    }
    const auto waiters = std::exchange(m_projectWaiters, {});
    for (const auto& [context, ready] : waiters) {
        if (context) {
            ready(error);
        }
    }
}

ApiCall* OmsClient::call(const QByteArray& verb, const QStringList& segments,
                         const QUrlQuery& query, QByteArray body, QByteArray contentType)
{
    return projectCall(u"sync-tasks"_s, verb, segments, query, std::move(body),
                       std::move(contentType));
}

ApiCall* OmsClient::objectStorageCall(const QByteArray& verb, const QStringList& segments,
                                      const QUrlQuery& query, QByteArray body,
                                      QByteArray contentType)
{
    return projectCall(u"objectstorage"_s, verb, segments, query, std::move(body),
                       std::move(contentType));
}

ApiCall* OmsClient::projectCall(const QString& collection, const QByteArray& verb,
                                const QStringList& segments, const QUrlQuery& query,
                                QByteArray body, QByteArray contentType)
{
    QString path =
        u"/v2/"_s + encodedSegment(m_endpoints.projectId) + u'/' + encodedSegment(collection);
    for (const QString& segment : segments) {
        path += u'/' + encodedSegment(segment);
    }
    ApiRequest request;
    request.verb = verb;
    request.url = withPath(m_endpoints.oms, path);
    if (!query.isEmpty()) {
        // Every reserved character encoded, '+' included: servers read a
        // literal '+' as a space, and the signature must mean what they read.
        QStringList pairs;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            pairs.append(encodedSegment(key) + u'=' + encodedSegment(value));
        }
        request.url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
    }
    request.body = std::move(body);
    request.contentType =
        contentType.isEmpty() && verb != "GET" ? "application/json"_ba : std::move(contentType);
    request.headers.append({"X-Project-Id"_ba, m_endpoints.projectId.toUtf8()});
    request.idempotent = verb == "GET";
    auto* apiCall = new ApiCall(&m_transport, m_authenticator.get(), std::move(request), m_policy);
    if (m_ssl) {
        apiCall->setSslConfiguration(*m_ssl);
    }
    return apiCall;
}

TaskListJob* OmsClient::listTasks(std::optional<SyncTaskStatus> status)
{
    auto* job = new TaskListJob(this, status);
    job->start();
    return job;
}

TaskJob* OmsClient::showTask(const QString& taskId)
{
    auto* job = new TaskJob(this, taskId);
    job->start();
    return job;
}

TaskSnapshotJob* OmsClient::snapshotTasks(int maxDetails, const std::optional<QStringList>& only)
{
    auto* job = new TaskSnapshotJob(this, maxDetails, only);
    job->start();
    return job;
}

TaskActionJob* OmsClient::startTask(const QString& taskId, const StartCredentials& credentials)
{
    const ApiError error = credentials.validate();
    auto* job = new TaskActionJob(this, TaskActionJob::Action::Start, taskId,
                                  error.isError() ? QByteArray() : credentials.toJsonBody());
    if (error.isError()) {
        job->refuse(error);
        return job;
    }
    job->start();
    return job;
}

TaskActionJob* OmsClient::stopTask(const QString& taskId)
{
    auto* job = new TaskActionJob(this, TaskActionJob::Action::Stop, taskId, {});
    job->start();
    return job;
}

TaskCreateJob* OmsClient::createTask(const SyncTaskSpec& spec, const StartCredentials& keys)
{
    ApiError error = spec.validate();
    if (!error.isError()) {
        error = keys.validate();
    }
    auto* job =
        new TaskCreateJob(this, spec, error.isError() ? QByteArray() : spec.toCreateBody(keys));
    if (error.isError()) {
        job->refuse(error);
        return job;
    }
    job->start();
    return job;
}

TaskActionJob* OmsClient::deleteTask(const QString& taskId)
{
    auto* job = new TaskActionJob(this, TaskActionJob::Action::Delete, taskId, {});
    job->start();
    return job;
}

SyncEventsJob* OmsClient::syncObjects(const QString& taskId, const QStringList& objectKeys)
{
    auto* job = new SyncEventsJob(this, taskId, objectKeys);
    job->start();
    return job;
}

StatisticsJob* OmsClient::statistics(const QString& taskId, const QDateTime& from,
                                     const QDateTime& to, const QList<StatisticType>& types)
{
    auto* job = new StatisticsJob(this, taskId, from, to, types);
    job->start();
    return job;
}

ObjectStorageJob* OmsClient::startObjectStorageJob(ObjectStorageJob::Query query,
                                                   const ApiError& refusal, QByteArray body)
{
    auto* job = new ObjectStorageJob(this, query, std::move(body));
    if (refusal.isError()) {
        job->refuse(refusal);
    } else {
        job->start();
    }
    return job;
}

ObjectStorageJob* OmsClient::listSourceClouds()
{
    return startObjectStorageJob(ObjectStorageJob::Query::Clouds, {}, {});
}

ObjectStorageJob* OmsClient::listSourceRegions()
{
    return startObjectStorageJob(ObjectStorageJob::Query::Regions, {}, {});
}

ObjectStorageJob* OmsClient::listBuckets(const SourceAccess& access)
{
    const ApiError error = access.validate();
    return startObjectStorageJob(ObjectStorageJob::Query::Buckets, error,
                                 error.isError() ? QByteArray() : compactJson(access.toJson()));
}

ObjectStorageJob* OmsClient::locateBucket(const SourceAccess& access, const QString& bucket)
{
    ApiError error = access.validate();
    if (!error.isError()) {
        error = InputRules::checkText(u"bucket_name"_s, bucket, 1, SyncTaskSpec::maxBucketLength);
    }
    QByteArray body;
    if (!error.isError()) {
        QJsonObject fields = access.toJson();
        fields.insert("bucket_name"_L1, bucket);
        body = compactJson(fields);
    }
    return startObjectStorageJob(ObjectStorageJob::Query::BucketLocation, error, std::move(body));
}

ObjectStorageJob* OmsClient::checkCdn(const SourceAccess& access, const QString& region,
                                      const QString& bucket, const SourceCdn& cdn,
                                      const QString& cdnKey, const QStringList& keys)
{
    ApiError error = access.validate();
    if (!error.isError()) {
        error = checkCdnFields(region, bucket, cdn, cdnKey, keys);
    }
    QByteArray body;
    if (!error.isError()) {
        QJsonObject source {{"domain"_L1, cdn.domain},
                            {"protocol"_L1, cdn.protocol},
                            {"authentication_type"_L1, cdn.authenticationType}};
        if (!cdnKey.isEmpty()) {
            source.insert("authentication_key"_L1, cdnKey);
        }
        QJsonObject fields = access.toJson();
        fields.insert("region"_L1, region);
        fields.insert("bucket"_L1, bucket);
        fields.insert("source_cdn"_L1, source);
        if (!keys.isEmpty()) {
            fields.insert("prefix"_L1, QJsonObject {{"keys"_L1, QJsonArray::fromStringList(keys)}});
        }
        body = compactJson(fields);
    }
    return startObjectStorageJob(ObjectStorageJob::Query::Cdn, error, std::move(body));
}

} // namespace OmsSync
