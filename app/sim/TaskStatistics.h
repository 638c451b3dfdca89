// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace OmsSync::Sim {

struct SimTask;

// Believable, deterministic traffic figures for a task: each five-minute
// interval gets its own rates from a hash of the task id and the interval,
// scaled by how much of the interval the task spent synchronizing (up to
// now). So the figures are the same on every run, grow while a task runs and
// freeze while it is paused, and tests can move the clock to watch them grow.
// Activity added through the control API counts on top, in the interval that
// holds the moment it was added, from that moment on.
namespace TaskStatistics {

inline constexpr qint64 bucketMs = 5 * 60 * 1000;

struct Figures
{
    qint64 requests = 0;
    qint64 success = 0;
    qint64 failure = 0;
    qint64 skip = 0;
    qint64 sizeBytes = 0;

    Figures& operator+=(const Figures& other);
    bool operator==(const Figures&) const = default;
};

// The five-minute interval starting at bucketStartMs (a multiple of bucketMs).
Figures bucket(const SimTask& task, qint64 bucketStartMs, qint64 nowMs);
// Every five-minute interval that starts in [fromMs, toMs).
Figures range(const SimTask& task, qint64 fromMs, qint64 toMs, qint64 nowMs);
// From the start of the UTC month holding atMs up to and including atMs (at most now).
Figures month(const SimTask& task, qint64 atMs, qint64 nowMs);

} // namespace TaskStatistics

} // namespace OmsSync::Sim
