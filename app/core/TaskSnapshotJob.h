// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OmsJob.h"

#include <QStringList>

#include <optional>

namespace OmsSync {

// Every task of the profile (all pages) and, for the first `maxDetails` of
// them (of those in `only`, when given), this month's figures, asked for at
// once. It fails only when the list does: a task whose figures were not asked
// for or could not be read keeps none (monthly empty), and a task that
// vanished in between is left out. When figures are to follow, listed()
// comes first, with the list alone: a list shown at once is worth a round
// trip.
class TaskSnapshotJob : public OmsJob
{
    Q_OBJECT

public:
    TaskSnapshotJob(OmsClient* client, int maxDetails,
                    std::optional<QStringList> only = std::nullopt);
    void start();

    const QList<SyncTask>& tasks() const { return m_tasks; }
    // Figures that could not be read this time (not counting vanished tasks).
    int missingDetails() const { return m_missingDetails; }

Q_SIGNALS:
    // Every task, before any figures were asked for (monthly as listed).
    void listed(const QList<OmsSync::SyncTask>& tasks);

private:
    void onList(TaskListJob* job);
    void onDetails(TaskJob* job);

    int m_maxDetails;
    std::optional<QStringList> m_only;
    QList<SyncTask> m_tasks;
    QStringList m_vanished;
    int m_pending = 0;
    int m_missingDetails = 0;
};

} // namespace OmsSync
