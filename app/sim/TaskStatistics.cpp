// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskStatistics.h"

#include "SimulatorState.h"

#include <QDateTime>

#include <limits>

namespace OmsSync::Sim::TaskStatistics {

namespace {

// FNV-1a and a splitmix64 finaliser: stable across runs and platforms,
// unlike qHash with its per-process seed.
quint64 hashOf(const QString& taskId, qint64 bucketIndex)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const QByteArray bytes = taskId.toUtf8();
    for (const char c : bytes) {
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    }
    hash ^= static_cast<quint64>(bucketIndex);
    hash += 0x9e3779b97f4a7c15ULL;
    hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9ULL;
    hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebULL;
    return hash ^ (hash >> 31);
}

qint64 floorToBucket(qint64 ms)
{
    const qint64 remainder = ms % bucketMs;
    return ms - (remainder < 0 ? remainder + bucketMs : remainder);
}

qint64 runningMsIn(const SimTask& task, qint64 fromMs, qint64 toMs)
{
    qint64 total = 0;
    for (const RunInterval& run : task.runs) {
        const qint64 start = qMax(run.startMs, fromMs);
        const qint64 end = qMin(run.endMs, toMs);
        if (end > start) {
            total += end - start;
        }
    }
    return total;
}

// Activity added at a moment up to now, in the intervals starting in [fromMs, toMs).
Figures activityIn(const SimTask& task, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    Figures total;
    for (const TaskActivity& added : task.activity) {
        const qint64 interval = floorToBucket(added.atMs);
        if (added.atMs <= nowMs && interval >= fromMs && interval < toMs) {
            total += added.figures;
        }
    }
    return total;
}

// The generated figures of one interval.
Figures generated(const SimTask& task, qint64 bucketStartMs, qint64 nowMs)
{
    const qint64 running = runningMsIn(task, bucketStartMs, qMin(bucketStartMs + bucketMs, nowMs));
    if (running <= 0) {
        return {};
    }
    const quint64 hash = hashOf(task.id, bucketStartMs / bucketMs);
    const qint64 fullRequests = 120 + qint64(hash % 900);
    // Mostly clean intervals with an occasional bad one, as real traffic has.
    const qint64 failurePermille =
        (hash >> 20) % 12 == 0 ? qint64((hash >> 24) % 40) : qint64((hash >> 24) % 3);
    const qint64 skipPermille = qint64((hash >> 32) % 60);
    const qint64 averageObjectBytes = 48 * 1024 + qint64((hash >> 40) % (6 * 1024 * 1024));

    // Every figure is monotonic in the running time, so a growing interval
    // never makes any series go down.
    Figures figures;
    figures.requests = fullRequests * running / bucketMs;
    figures.failure = figures.requests * failurePermille / 1000;
    figures.skip = figures.requests * skipPermille / 1000;
    figures.success = figures.requests * (1000 - failurePermille - skipPermille) / 1000;
    figures.sizeBytes = figures.success * averageObjectBytes;
    return figures;
}

} // namespace

Figures& Figures::operator+=(const Figures& other)
{
    requests += other.requests;
    success += other.success;
    failure += other.failure;
    skip += other.skip;
    sizeBytes += other.sizeBytes;
    return *this;
}

Figures bucket(const SimTask& task, qint64 bucketStartMs, qint64 nowMs)
{
    Figures figures = generated(task, bucketStartMs, nowMs);
    figures += activityIn(task, bucketStartMs, bucketStartMs + bucketMs, nowMs);
    return figures;
}

Figures range(const SimTask& task, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    Figures total;
    qint64 lastBucket = std::numeric_limits<qint64>::min();
    // Only intervals with running time can contribute: walk the runs, not the range.
    for (const RunInterval& run : task.runs) {
        const qint64 start = qMax(run.startMs, fromMs);
        const qint64 end = qMin(qMin(run.endMs, toMs), nowMs);
        if (end <= start) {
            continue;
        }
        for (qint64 b = floorToBucket(start); b < end; b += bucketMs) {
            // An interval that starts before fromMs belongs to the previous range.
            if (b <= lastBucket || b < fromMs || b >= toMs) {
                continue;
            }
            total += generated(task, b, nowMs);
            lastBucket = b;
        }
    }
    total += activityIn(task, fromMs, toMs, nowMs);
    return total;
}

Figures month(const SimTask& task, qint64 atMs, qint64 nowMs)
{
    const qint64 until = qMin(atMs, nowMs);
    const QDate day = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).date();
    const qint64 monthStart =
        QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // The interval holding `until` counts only up to `until`, activity added
    // at `until` included (so an answer at that moment already shows it).
    return range(task, monthStart, until + 1, until);
}

} // namespace OmsSync::Sim::TaskStatistics
