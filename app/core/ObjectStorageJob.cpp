// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObjectStorageJob.h"

#include "JsonFields.h"
#include "OmsClient.h"
#include "StartCredentials.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

void setError(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
}

std::optional<QJsonArray> parseArray(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // JsonFields' words, translated there already.
        setError(error,
                 QCoreApplication::translate("OmsSync::JsonFields",
                                             "The reply is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isArray()) {
        setError(error, ObjectStorageJob::tr("The reply is JSON but not an array."));
        return std::nullopt;
    }
    return document.array();
}

// A string at `where` in the reply: absent only when not `required`, and
// never empty when required.
bool readText(const QJsonValue& value, const QString& where, bool required, QString* out,
              QString* error)
{
    if (value.isUndefined() && !required) {
        return true;
    }
    if (!value.isString() || (required && value.toString().isEmpty())) {
        setError(
            error,
            ObjectStorageJob::tr("The reply's %1 is missing, empty or not a string.").arg(where));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readFlag(const QJsonObject& object, QLatin1StringView key, const QString& where, bool* out,
              QString* error)
{
    // true/false, or as a string: the OMS references spell booleans both ways.
    const auto flag = JsonFields::flag(object, key);
    if (!flag) {
        setError(
            error,
            ObjectStorageJob::tr("The reply's %1 is missing or not true or false.").arg(where));
        return false;
    }
    *out = *flag;
    return true;
}

bool isObject(const QJsonValue& value, const QString& where, QString* error)
{
    if (!value.isObject()) {
        setError(error, ObjectStorageJob::tr("The reply's %1 is not an object.").arg(where));
    }
    return value.isObject();
}

QString item(const QString& where, qsizetype index)
{
    return where + u'[' + QString::number(index) + u']';
}

} // namespace

ObjectStorageJob::ObjectStorageJob(OmsClient* client, Query query, QByteArray body)
    : OmsJob(client)
    , m_query(query)
    , m_body(std::move(body))
{ }

ObjectStorageJob::~ObjectStorageJob()
{
    wipeBytes(m_body);
}

void ObjectStorageJob::start()
{
    whenReady(nullptr, [this] { send(); });
}

void ObjectStorageJob::send()
{
    ApiCall* call = nullptr;
    switch (m_query) {
    case Query::Clouds: {
        QUrlQuery query;
        query.addQueryItem(u"type"_s, u"src"_s);
        call = client()->objectStorageCall("GET", {u"cloud-type"_s}, query);
        break;
    }
    case Query::Regions:
        call = client()->objectStorageCall("GET", {u"data-center"_s}, {});
        break;
    case Query::Buckets:
    case Query::BucketLocation:
    case Query::Cdn: {
        QStringList segments {u"buckets"_s};
        if (m_query == Query::BucketLocation) {
            segments.append(u"regions"_s);
        } else if (m_query == Query::Cdn) {
            segments.append(u"cdn-info"_s);
        }
        call = client()->objectStorageCall("POST", segments, {}, m_body,
                                           "application/json;charset=UTF-8"_ba);
        // The call holds the one copy left, and wipes it.
        wipeBytes(m_body);
        // These POSTs only read: sending one twice does no harm.
        call->setIdempotent(true);
        break;
    }
    }
    run(call, [this](ApiCall* answered) { onAnswer(answered); });
}

void ObjectStorageJob::onAnswer(ApiCall* call)
{
    switch (m_query) {
    case Query::Clouds:
    case Query::Buckets:
        if (auto names = replyOrFinish(call, &ObjectStorageJob::parseNames)) {
            m_names = std::move(*names);
            finish();
        }
        return;
    case Query::Regions:
        if (auto regions = replyOrFinish(call, &ObjectStorageJob::parseRegions)) {
            m_regions = std::move(*regions);
            finish();
        }
        return;
    case Query::BucketLocation:
        if (auto location = replyOrFinish(call, &ObjectStorageJob::parseLocation)) {
            m_location = std::move(*location);
            finish();
        }
        return;
    case Query::Cdn:
        if (auto check = replyOrFinish(call, &ObjectStorageJob::parseCdnCheck)) {
            m_cdnCheck = std::move(*check);
            finish();
        }
        return;
    }
}

std::optional<QStringList> ObjectStorageJob::parseNames(const QByteArray& body, QString* error)
{
    const auto array = parseArray(body, error);
    if (!array) {
        return std::nullopt;
    }
    QStringList names;
    for (qsizetype i = 0; i < array->size(); ++i) {
        QString name;
        if (!readText(array->at(i), item({}, i), true, &name, error)) {
            return std::nullopt;
        }
        names.append(name);
    }
    return names;
}

std::optional<QList<SourceRegionInfo>> ObjectStorageJob::parseRegions(const QByteArray& body,
                                                                      QString* error)
{
    const auto services = parseArray(body, error);
    if (!services) {
        return std::nullopt;
    }
    QList<SourceRegionInfo> regions;
    for (qsizetype i = 0; i < services->size(); ++i) {
        const QString where = item({}, i);
        if (!isObject(services->at(i), where, error)) {
            return std::nullopt;
        }
        const QJsonObject service = services->at(i).toObject();
        QString serviceName;
        if (!readText(service.value("service_name"_L1), where + u".service_name"_s, true,
                      &serviceName, error)) {
            return std::nullopt;
        }
        const QJsonValue list = service.value("region_list"_L1);
        if (!list.isArray()) {
            setError(
                error,
                tr("The reply's %1 is missing or not an array.").arg(where + u".region_list"_s));
            return std::nullopt;
        }
        const QJsonArray regionList = list.toArray();
        for (qsizetype j = 0; j < regionList.size(); ++j) {
            const QString at = item(where + u".region_list"_s, j);
            if (!isObject(regionList.at(j), at, error)) {
                return std::nullopt;
            }
            const QJsonObject region = regionList.at(j).toObject();
            // A region names its cloud; the service it is listed under says
            // the same when it does not.
            SourceRegionInfo info {serviceName, {}, {}};
            if (!readText(region.value("cloud_type"_L1), at + u".cloud_type"_s, false, &info.cloud,
                          error)
                || !readText(region.value("value"_L1), at + u".value"_s, true, &info.value, error)
                || !readText(region.value("description"_L1), at + u".description"_s, false,
                             &info.description, error)) {
                return std::nullopt;
            }
            if (info.cloud.isEmpty()) {
                info.cloud = serviceName;
            }
            regions.append(info);
        }
    }
    return regions;
}

std::optional<BucketLocation> ObjectStorageJob::parseLocation(const QByteArray& body,
                                                              QString* error)
{
    const auto object = JsonFields::parseObject(body, error);
    if (!object) {
        return std::nullopt;
    }
    BucketLocation location;
    if (!readText(object->value("id"_L1), u"id"_s, true, &location.id, error)
        || !readText(object->value("name"_L1), u"name"_s, false, &location.name, error)
        || !readFlag(*object, "support"_L1, u"support"_s, &location.supported, error)) {
        return std::nullopt;
    }
    return location;
}

std::optional<CdnCheck> ObjectStorageJob::parseCdnCheck(const QByteArray& body, QString* error)
{
    const auto object = JsonFields::parseObject(body, error);
    if (!object) {
        return std::nullopt;
    }
    CdnCheck check;
    if (!readFlag(*object, "is_same_cloud_type"_L1, u"is_same_cloud_type"_s, &check.sameCloudType,
                  error)
        || !readFlag(*object, "is_download_available"_L1, u"is_download_available"_s,
                     &check.downloadAvailable, error)) {
        return std::nullopt;
    }
    // Absent when no keys were asked about.
    const QJsonValue keys = object->value("checked_keys"_L1);
    if (keys.isUndefined() || keys.isNull()) {
        return check;
    }
    if (!keys.isArray()) {
        setError(error, tr("The reply's %1 is missing or not an array.").arg(u"checked_keys"_s));
        return std::nullopt;
    }
    const QJsonArray list = keys.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = item(u"checked_keys"_s, i);
        if (!isObject(list.at(i), where, error)) {
            return std::nullopt;
        }
        const QJsonObject entry = list.at(i).toObject();
        CdnCheck::Key key;
        if (!readText(entry.value("key"_L1), where + u".key"_s, true, &key.key, error)
            || !readFlag(entry, "is_etag_matching"_L1, where + u".is_etag_matching"_s,
                         &key.etagMatching, error)
            || !readFlag(entry, "is_object_existing"_L1, where + u".is_object_existing"_s,
                         &key.existing, error)) {
            return std::nullopt;
        }
        check.keys.append(key);
    }
    return check;
}

} // namespace OmsSync
