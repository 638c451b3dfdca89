// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskSnapshotJob.h"

#include "OmsClient.h"

namespace OmsSync {

TaskSnapshotJob::TaskSnapshotJob(OmsClient* client, int maxDetails, std::optional<QStringList> only)
    : OmsJob(client)
    , m_maxDetails(std::max(maxDetails, 0))
    , m_only(std::move(only))
{ }

void TaskSnapshotJob::start()
{
    TaskListJob* job = client()->listTasks();
    connect(job, &OmsJob::finished, this, [this, job] { onList(job); });
}

void TaskSnapshotJob::onList(TaskListJob* job)
{
    if (job->error().isError()) {
        finish(job->error());
        return;
    }
    m_tasks = job->tasks();
    QStringList ids;
    for (const SyncTask& task : std::as_const(m_tasks)) {
        if (ids.size() == m_maxDetails) {
            break;
        }
        if (!m_only || m_only->contains(task.id)) {
            ids.append(task.id);
        }
    }
    if (ids.isEmpty()) {
        finish();
        return;
    }
    Q_EMIT listed(m_tasks);
    m_pending = int(ids.size());
    for (const QString& id : std::as_const(ids)) {
        TaskJob* detail = client()->showTask(id);
        connect(detail, &OmsJob::finished, this, [this, detail] { onDetails(detail); });
    }
}

void TaskSnapshotJob::onDetails(TaskJob* job)
{
    if (job->error().httpStatus() == 404) {
        m_vanished.append(job->taskId());
    } else if (job->error().isError()) {
        ++m_missingDetails;
    } else {
        for (SyncTask& task : m_tasks) {
            if (task.id == job->taskId()) {
                task = job->task();
                break;
            }
        }
    }
    if (--m_pending > 0) {
        return;
    }
    m_tasks.removeIf([this](const SyncTask& task) { return m_vanished.contains(task.id); });
    finish();
}

} // namespace OmsSync
