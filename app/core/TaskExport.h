// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTask.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace OmsSync::TaskExport {

// Tasks as rows for a spreadsheet or a script: the API's field names as the
// header, plain values (times ISO 8601 UTC, figures as integers). The
// monthly figures are empty for a task listed without them.
QStringList header();
QStringList fields(const SyncTask& task);
// Header and one row per task, CRLF line ends, no byte order mark.
QByteArray csv(const QList<SyncTask>& tasks);

} // namespace OmsSync::TaskExport
