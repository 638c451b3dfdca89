// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OmsJob.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmsSync {

// A region OMS can pull from: `value` is what src_region takes.
struct SourceRegionInfo
{
    QString cloud; // cloud_type
    QString value;
    QString description;

    bool operator==(const SourceRegionInfo&) const = default;
};

// Where a bucket is: `id` is its region's value, `name` what the cloud calls
// it, and `supported` whether OMS can sync from there.
struct BucketLocation
{
    QString id;
    QString name;
    bool supported = false;

    bool operator==(const BucketLocation&) const = default;
};

// Whether OMS can download a bucket's objects through a CDN. A wrong domain
// or key is not an error: the download is just not available.
struct CdnCheck
{
    struct Key
    {
        QString key;
        bool etagMatching = false; // the CDN serves the bucket's version of it
        bool existing = false; // in the bucket

        bool operator==(const Key&) const = default;
    };

    bool sameCloudType = false; // the CDN belongs to the bucket's cloud
    bool downloadAvailable = false;
    QList<Key> keys; // those asked about, in that order

    bool operator==(const CdnCheck&) const = default;
};

// One call of the helpers under /v2/{project_id}/objectstorage/ with which a
// new task is filled in. They only read, so a failed call is retried like a
// read (POST included). The body of a call with keys is held until it is
// handed over, and wiped.
class ObjectStorageJob : public OmsJob
{
    Q_OBJECT

public:
    enum class Query { Clouds, Regions, Buckets, BucketLocation, Cdn };

    // A CDN check asks about at most this many object keys, each at most this long.
    static constexpr qsizetype maxCheckedKeys = 100;
    static constexpr qsizetype maxObjectKeyLength = 1024;

    // `body`: the JSON body of a POST query, already checked.
    ObjectStorageJob(OmsClient* client, Query query, QByteArray body = {});
    ~ObjectStorageJob() override;
    void start();

    Query query() const { return m_query; }
    // Clouds: the source cloud types; Buckets: the bucket names.
    const QStringList& names() const { return m_names; }
    // Regions: every cloud's regions in one list, each with its cloud.
    const QList<SourceRegionInfo>& regions() const { return m_regions; }
    const BucketLocation& location() const { return m_location; }
    const CdnCheck& cdnCheck() const { return m_cdnCheck; }

    // The answers, strictly: nullopt, with *error naming what is wrong
    // (without quoting the body), unless the answer has the documented shape.
    static std::optional<QStringList> parseNames(const QByteArray& body, QString* error);
    static std::optional<QList<SourceRegionInfo>> parseRegions(const QByteArray& body,
                                                               QString* error);
    static std::optional<BucketLocation> parseLocation(const QByteArray& body, QString* error);
    static std::optional<CdnCheck> parseCdnCheck(const QByteArray& body, QString* error);

private:
    void send();
    void onAnswer(ApiCall* call);

    Query m_query;
    QByteArray m_body; // may hold keys: wiped once handed to the call
    QStringList m_names;
    QList<SourceRegionInfo> m_regions;
    BucketLocation m_location;
    CdnCheck m_cdnCheck;
};

} // namespace OmsSync
