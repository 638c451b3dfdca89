// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTask.h"

#include <QUuid>

namespace OmsSync::Gui {

// A task as read through one profile. Two profiles may see the same task
// (one tenant, two ways to sign in), so the pair is what names a row, a
// start or a stop.
struct ProfileTask
{
    QUuid profileId;
    SyncTask task;

    bool operator==(const ProfileTask&) const = default;
};

} // namespace OmsSync::Gui
