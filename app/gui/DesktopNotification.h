// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace OmsSync::Gui {

// One desktop notification as the application means it, before a
// notification server or the tray's message balloon shows it.
struct DesktopNotification
{
    // Says what the notification is about (NotificationPolicy::targetOf reads
    // it back). A notification shown with the key of one still on screen
    // replaces it instead of stacking.
    QString key;
    QString title;
    QString body; // plain text
    // Buttons (id, label), where the server shows actions. Clicking the
    // notification itself is the action "default", which DesktopNotifier
    // always adds.
    QList<std::pair<QString, QString>> actions;
    bool urgent = false;
    // Shown even while notifications are turned off: a hint said once, that
    // the user would otherwise never see.
    bool always = false;

    friend bool operator==(const DesktopNotification&, const DesktopNotification&) = default;
};

} // namespace OmsSync::Gui
