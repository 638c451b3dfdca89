// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace OmsSync::Gui {

// What the tray icon tells at a glance about every watched profile.
struct TraySummary
{
    struct PausedTask
    {
        QUuid profileId;
        QString profileName;
        QString taskId;
        QString taskName;

        friend bool operator==(const PausedTask&, const PausedTask&) = default;
    };
    struct ProfileError
    {
        QUuid profileId;
        QString profileName;
        QString error; // one line
        friend bool operator==(const ProfileError&, const ProfileError&) = default;
    };

    int running = 0; // tasks
    int paused = 0; // tasks
    int profilesWithError = 0;
    int profilesWatched = 0;
    QList<PausedTask> pausedTasks;
    QList<ProfileError> profileErrors;

    friend bool operator==(const TraySummary&, const TraySummary&) = default;
};

} // namespace OmsSync::Gui
