// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DesktopNotification.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

class QDBusServiceWatcher;
class QSystemTrayIcon;

namespace OmsSync::Gui {

// Shows DesktopNotifications through the desktop's notification server
// (org.freedesktop.Notifications), and through the tray icon's message
// balloon where no server runs. Every D-Bus call is asynchronous: a server
// that hangs never freezes the window. A notification whose key is still on
// screen is replaced, not stacked.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Server {
        Unknown, // not asked yet, or asking
        Available,
        Missing, // no server on the bus, or no bus: the tray shows messages
    };

    // On the session bus.
    explicit DesktopNotifier(QObject* parent = nullptr);
    explicit DesktopNotifier(const QDBusConnection& bus, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Where messages go when no server runs; the icon must be visible for
    // them to show. Clicking one is the action "default".
    void setFallbackTrayIcon(QSystemTrayIcon* icon);
    // Milliseconds a notification stays; -1 leaves it to the server, 0
    // keeps it until dismissed.
    void setExpireTimeout(int milliseconds) { m_expireTimeout = milliseconds; }
    int expireTimeout() const { return m_expireTimeout; }

    void notify(const DesktopNotification& notification);
    // Takes the notification of `key` off the screen, if the server still shows it.
    void close(const QString& key);

    Server server() const { return m_server; }
    // What the server said it can do (GetCapabilities), once it answered.
    const QStringList& capabilities() const { return m_capabilities; }
    // The server's id of the notification of `key` while it shows it, else 0.
    uint serverId(const QString& key) const { return m_ids.value(key); }

    static constexpr int defaultTrayTimeout = 10000; // ms

Q_SIGNALS:
    // `action` is one of the notification's action ids, or "default" when
    // the notification itself was clicked.
    void actionInvoked(const QString& key, const QString& action);
    void closed(const QString& key);
    // The server accepted the notification (its id in `serverId`).
    void shown(const QString& key);
    // The notification went to the tray icon's message balloon instead.
    void shownInTray(const QString& key);

private Q_SLOTS:
    // Signals of the server, connected by name through QtDBus.
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);

private:
    void askCapabilities();
    void send(const DesktopNotification& notification);
    void showInTray(const DesktopNotification& notification);
    void flush();
    void serverChanged();
    void closeOnServer(uint id);

    QDBusConnection m_bus;
    QDBusServiceWatcher* m_watcher = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    QMetaObject::Connection m_trayClicked;
    QString m_trayKey; // the notification the tray's balloon shows
    bool m_enabled = true;
    int m_expireTimeout = -1;
    Server m_server = Server::Unknown;
    bool m_asking = false;
    // Bumped when the server goes or comes: answers of the one before are stale.
    quint64 m_generation = 0;
    QStringList m_capabilities;
    QList<DesktopNotification> m_waiting; // until the capabilities are known
    QHash<QString, uint> m_ids; // key → the server's id, while shown
    QHash<uint, QString> m_keys;
    // Keys whose Notify awaits its answer, with the notification that came
    // meanwhile: it is sent with the answered id, so that it replaces.
    QHash<QString, std::optional<DesktopNotification>> m_sending;
    QSet<QString> m_closeWhenShown; // close() came while sending
};

} // namespace OmsSync::Gui
