// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QString>

namespace OmsSync::Gui {

// "Start at login": an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/io.github.omssyncdesk.OmsSyncDesk.desktop, that
// runs the application with --minimized. The file is the setting: what the
// user's desktop shows in its own autostart list is what this reads.
class AutostartEntry
{
public:
    static QString fileName();
    static bool isEnabled();
    // Writes (atomically) or removes the entry; an error names the file.
    static ApiError setEnabled(bool enabled);
    // The command line the entry runs.
    static QString command();
};

} // namespace OmsSync::Gui
