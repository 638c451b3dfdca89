// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NotificationPolicy.h"
#include "TraySummary.h"

#include <QObject>
#include <QSet>
#include <QUuid>

#include <chrono>

namespace OmsSync::Gui {

class DesktopNotifier;
class GuiSettings;
class MainWindow;
class TrayIcon;
class WatchController;

// What the watch shows outside the window: the tray icon with its menu of
// paused tasks, and a desktop notification for each change worth one. Both
// lead back to the window: "Start again" opens the task's credentials
// dialog filled with its remembered keys, "Show" selects the task.
class DesktopWatch : public QObject
{
    Q_OBJECT

public:
    // The notification telling that closing the window kept the watch going.
    static inline const QString trayHintKey = QStringLiteral("tray-hint");

    // Shows notifications on `notifier` (none: one on the session bus).
    DesktopWatch(WatchController* watch, MainWindow* window, GuiSettings* settings,
                 DesktopNotifier* notifier = nullptr, QObject* parent = nullptr);
    ~DesktopWatch() override;

    // Puts the icon in the tray, where there is one; it stays there until
    // the application quits. Returns whether it is there.
    bool showTrayIcon();
    // For --minimized: the tray icon without the window. A tray that is not
    // there yet (the desktop still starting its panel at login) is waited
    // for up to `wait`; then the window opens minimized instead.
    void startInTray(std::chrono::milliseconds wait);
    TrayIcon* trayIcon() const { return m_tray; }
    DesktopNotifier* notifier() const { return m_notifier; }
    NotificationPolicy& policy() { return m_policy; }

    // Reads the notification settings again.
    void applySettings();
    TraySummary traySummary() const;

    // Brings the window up with the task selected.
    void showTask(const QUuid& profileId, const QString& taskId);
    // Brings the window up and asks for the keys of the paused task.
    void startTask(const QUuid& profileId, const QString& taskId);

Q_SIGNALS:
    // The icon went into the tray: closing the window no longer quits.
    void trayIconShown();

private:
    void onChanges(const QList<WatchEvent>& events);
    void onAction(const QString& key, const QString& action);
    void onHiddenToTray(bool first);
    void toggleWindow();
    void updateTray();
    void forgetRemovedProfiles();

    WatchController* m_watch;
    MainWindow* m_window;
    GuiSettings* m_settings;
    DesktopNotifier* m_notifier;
    TrayIcon* m_tray = nullptr;
    NotificationPolicy m_policy;
    QSet<QUuid> m_profiles;
};

} // namespace OmsSync::Gui
