// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTask.h"

#include <QIcon>
#include <QString>

namespace OmsSync::Gui {

// The application's own SVG icons (resources/icons), drawn for any scale and
// the current palette. The desktop theme is not asked: the same picture
// means the same thing on every desktop, and screenshots in the README match.
class Icons
{
public:
    static QIcon application();
    // resources/icons/actions/<name>.svg: start, stop, refresh, ...
    static QIcon action(const QString& name);
    // resources/icons/status/<name>.svg: synchronizing, paused, error, ...
    static QIcon status(const QString& name);
    static QIcon taskStatus(SyncTaskStatus status);

    static QString applicationIconPath();

private:
    static QIcon load(const QString& path);
};

} // namespace OmsSync::Gui
