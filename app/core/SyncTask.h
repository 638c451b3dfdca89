// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace OmsSync {

// OMS knows two states only; anything else a future service might send is
// kept verbatim in SyncTask::statusText and treated as Unknown.
enum class SyncTaskStatus { Unknown, Synchronizing, Stopped };

QString syncTaskStatusWireName(SyncTaskStatus status);
SyncTaskStatus syncTaskStatusFromWireName(QStringView name);

struct SourceCdn
{
    QString domain;
    QString protocol;
    QString authenticationType;

    bool operator==(const SourceCdn&) const = default;
};

// "This month" figures that ShowSyncTask adds to a task.
struct MonthlyStatistics
{
    qint64 requests = 0;
    qint64 successObjects = 0;
    qint64 failureObjects = 0;
    qint64 skipObjects = 0;
    qint64 sizeBytes = 0;

    bool operator==(const MonthlyStatistics&) const = default;
};

// One synchronization task as ListSyncTasks and ShowSyncTask describe it.
// Every field is optional on the wire: a missing one is left empty here.
struct SyncTask
{
    QString id;
    QString srcCloudType;
    QString srcRegion;
    QString srcBucket;
    QString dstBucket;
    QString dstRegion;
    QString description;
    SyncTaskStatus status = SyncTaskStatus::Unknown;
    QString statusText; // as sent, also when it is not one of the known states
    QDateTime createTime; // invalid when absent
    QDateTime lastStartTime; // invalid when the task was never restarted
    std::optional<bool> enableKms;
    std::optional<bool> enableMetadataMigration;
    std::optional<bool> enableRestore;
    QString appId;
    std::optional<SourceCdn> sourceCdn;
    QString objectOverwriteMode;
    QString dstStoragePolicy;
    QString consistencyCheck;
    std::optional<MonthlyStatistics> monthly; // present in ShowSyncTask replies

    static SyncTask fromJson(const QJsonObject& object);
    // The API's own field names, for `oms-sync --json`; absent fields are left out.
    QJsonObject toJson() const;

    // What the user calls the task: its description, or its id without one.
    QString displayName() const { return description.isEmpty() ? id : description; }

    bool canStart() const { return status == SyncTaskStatus::Stopped; }
    bool canStop() const { return status == SyncTaskStatus::Synchronizing; }

    // OMS has no API for failed or skipped objects: it writes lists into the
    // destination bucket under these prefixes.
    QString failedObjectListPrefix() const;
    QString skippedObjectListPrefix() const;

    bool operator==(const SyncTask&) const = default;
};

// One page of ListSyncTasks: `count` is the number of tasks matching the
// query in total, not the number on this page.
struct SyncTaskPage
{
    QList<SyncTask> tasks;
    qint64 count = 0;

    static std::optional<SyncTaskPage> parse(const QByteArray& body, QString* error);
};

} // namespace OmsSync
