// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTask.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace OmsSync {

struct Profile;

// The tasks each profile showed last, kept between runs so that a window
// opens with them instead of an empty list while the first refresh is under
// way. One JSON file per profile, in a folder only the user can enter (0700,
// files 0600), under the user's cache folder: deleting it loses nothing.
//
// A task list holds no secret (OMS never returns keys), and the file names no
// account: where the tasks came from (region, account, user, AK id) is kept
// as a hash, so that a profile edited to point elsewhere shows nothing stale.
//
// Reading happens at start-up, on the caller's thread; writing happens on a
// thread of its own, and only when the list changed or the saved time grew
// old, so that a watch of many profiles does not write every minute.
class TaskListCache
{
public:
    struct Entry
    {
        QList<SyncTask> tasks;
        QDateTime asOf; // when the tasks were fetched (UTC)
    };

    // An unchanged list is written again only after this long, so that the
    // "as of" time a window shows next time is at most this old.
    static constexpr std::chrono::minutes rewriteAfter {10};
    // A larger file is not ours (200 profiles of 5 tasks take about 1 MiB
    // in all, spread over 200 files).
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    // `directory` is created (0700) at the first write.
    explicit TaskListCache(const QString& directory);
    // Waits for the writes under way.
    ~TaskListCache();
    TaskListCache(const TaskListCache&) = delete;
    TaskListCache& operator=(const TaskListCache&) = delete;

    // `<XDG_CACHE_HOME>/<organization>/<application>/task-lists`, and a
    // folder of its own under it for `subfolder` (the demo's).
    static QString standardDirectory(const QString& subfolder = {});

    QString directory() const { return m_directory; }
    QString fileName(const QUuid& profileId) const;

    // What `profile` showed last, if it came from where the profile points
    // now and the file reads well; nothing otherwise.
    std::optional<Entry> recall(const Profile& profile);
    // Keeps `tasks` for next time (in the background).
    void remember(const Profile& profile, const QList<SyncTask>& tasks, const QDateTime& asOf);
    // The profile is gone: so is its file.
    void forget(const QUuid& profileId);
    // Removes the files of profiles not in `profileIds` (removed while the
    // application was closed).
    void retainOnly(const QList<QUuid>& profileIds);
    // Blocks until the background writes are done (tests, shutdown).
    void waitForWrites();
    // Files written so far (tests: an unchanged list is not written again).
    int writes() const;

private:
    static QByteArray sourceOf(const Profile& profile);
    void run(std::function<void()> work);

    QString m_directory;
    // What each file holds, as far as this process knows.
    struct Kept
    {
        QByteArray source;
        Entry entry;
    };
    QHash<QUuid, Kept> m_kept;
    std::unique_ptr<QThreadPool> m_writer;
    std::shared_ptr<std::atomic<int>> m_writes;
};

} // namespace OmsSync
