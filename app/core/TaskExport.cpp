// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskExport.h"

#include "Csv.h"

using namespace Qt::StringLiterals;

namespace OmsSync::TaskExport {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString number(const std::optional<MonthlyStatistics>& monthly, qint64 MonthlyStatistics::*field)
{
    return monthly ? QString::number((*monthly).*field) : QString();
}

} // namespace

QStringList header()
{
    return {u"sync_task_id"_s,
            u"status"_s,
            u"src_cloud_type"_s,
            u"src_region"_s,
            u"src_bucket"_s,
            u"dst_region"_s,
            u"dst_bucket"_s,
            u"description"_s,
            u"create_time"_s,
            u"last_start_time"_s,
            u"monthly_acceptance_request"_s,
            u"monthly_success_object"_s,
            u"monthly_failure_object"_s,
            u"monthly_skip_object"_s,
            u"monthly_size"_s};
}

QStringList fields(const SyncTask& task)
{
    return {task.id,
            task.statusText,
            task.srcCloudType,
            task.srcRegion,
            task.srcBucket,
            task.dstRegion,
            task.dstBucket,
            task.description,
            isoTime(task.createTime),
            isoTime(task.lastStartTime),
            number(task.monthly, &MonthlyStatistics::requests),
            number(task.monthly, &MonthlyStatistics::successObjects),
            number(task.monthly, &MonthlyStatistics::failureObjects),
            number(task.monthly, &MonthlyStatistics::skipObjects),
            number(task.monthly, &MonthlyStatistics::sizeBytes)};
}

QByteArray csv(const QList<SyncTask>& tasks)
{
    QString text = Csv::row(header());
    for (const SyncTask& task : tasks) {
        text += Csv::row(fields(task));
    }
    return text.toUtf8();
}

} // namespace OmsSync::TaskExport
