// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace OmsSync::Gui {

// What the desktop application remembers about itself: window geometry,
// column layout, the refresh interval, the language. Kept in a file of its own next to the
// profiles (never in the profile store's keys), so the GUI cannot disturb the
// locked edits ProfileStore and oms-sync make to theirs.
class GuiSettings
{
public:
    // The user's GUI settings file.
    GuiSettings();
    // A file of its own: the demo and tests.
    explicit GuiSettings(const QString& iniPath);
    ~GuiSettings();

    QString fileName() const;

    static constexpr int defaultAutoRefreshSeconds = 60;
    static constexpr int minAutoRefreshSeconds = 10;
    static constexpr int maxAutoRefreshSeconds = 3600;
    // 0: off.
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);

    // The watch: notifications, and what the tray does.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    static constexpr int defaultFailureThreshold = 100;
    // Failed objects one refresh must add to a task to be worth a notification.
    int failureThreshold() const;
    void setFailureThreshold(int objects);
    bool notifyExternalStarts() const;
    void setNotifyExternalStarts(bool notify);
    // Closing the window keeps watching in the tray (where there is one).
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    // The first close to the tray says so once.
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    // The overview ("All profiles") was selected last, rather than a profile.
    bool overviewSelected() const;
    void setOverviewSelected(bool selected);

    // A locale name of Translations::available(), or empty for the system's
    // language. Read once at start: the windows are built in one language.
    QString language() const;
    void setLanguage(const QString& language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray taskHeaderState() const;
    void setTaskHeaderState(const QByteArray& state);
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& state);
    int statusFilter() const;
    void setStatusFilter(int filter);
    // The chart's range by its oms-sync name ("24h", "7d", "30d"); a custom
    // range is not kept, as it would be stale by the next run.
    QString statisticsRange() const;
    void setStatisticsRange(const QString& name);

    void sync();

private:
    QByteArray bytes(const QString& key) const;
    void setBytes(const QString& key, const QByteArray& value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace OmsSync::Gui
