// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopNotifier.h"

#include "BuildInfo.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QVariantMap>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotifier, "omssync.gui.notifier", QtWarningMsg)

namespace OmsSync::Gui {

namespace {

const auto service = u"org.freedesktop.Notifications"_s;
const auto path = u"/org/freedesktop/Notifications"_s;
const auto interface = u"org.freedesktop.Notifications"_s;

QDBusMessage methodCall(const QString& method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_server = Server::Missing;
        return;
    }
    // Any sender: naming the service would make QtDBus look its owner up
    // with a blocking call. Ids this object did not get are ignored.
    m_bus.connect(QString(), path, interface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), path, interface, u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
    // A server that starts, stops or is replaced (another desktop's) has
    // other capabilities and knows none of the ids.
    m_watcher =
        new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &DesktopNotifier::serverChanged);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_waiting.removeIf([](const DesktopNotification& n) { return !n.always; });
    }
}

void DesktopNotifier::setFallbackTrayIcon(QSystemTrayIcon* icon)
{
    disconnect(m_trayClicked);
    m_tray = icon;
    if (icon) {
        m_trayClicked = connect(icon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayKey.isEmpty()) {
                Q_EMIT actionInvoked(m_trayKey, u"default"_s);
            }
        });
    }
}

void DesktopNotifier::notify(const DesktopNotification& notification)
{
    if (!m_enabled && !notification.always) {
        return;
    }
    switch (m_server) {
    case Server::Available:
        send(notification);
        break;
    case Server::Missing:
        showInTray(notification);
        break;
    case Server::Unknown:
        // A later one of the same key replaces the waiting one.
        m_waiting.removeIf(
            [&notification](const DesktopNotification& n) { return n.key == notification.key; });
        m_waiting.append(notification);
        askCapabilities();
        break;
    }
}

void DesktopNotifier::close(const QString& key)
{
    m_waiting.removeIf([&key](const DesktopNotification& n) { return n.key == key; });
    if (const auto it = m_sending.find(key); it != m_sending.end()) {
        it->reset();
        m_closeWhenShown.insert(key);
        return;
    }
    if (const uint id = m_ids.value(key); id != 0) {
        closeOnServer(id);
    }
}

void DesktopNotifier::closeOnServer(uint id)
{
    QDBusMessage call = methodCall(u"CloseNotification"_s);
    call << id;
    m_bus.asyncCall(call);
}

void DesktopNotifier::askCapabilities()
{
    if (m_asking) {
        return;
    }
    m_asking = true;
    // The bus starts an activatable server for this call; an error means
    // there is none.
    auto* watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(methodCall(u"GetCapabilities"_s)), this);
    const quint64 generation = m_generation;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return;
        }
        m_asking = false;
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcNotifier) << "no notification server:" << reply.error().message();
            m_server = Server::Missing;
            m_capabilities.clear();
        } else {
            m_server = Server::Available;
            m_capabilities = reply.value();
        }
        flush();
    });
}

void DesktopNotifier::flush()
{
    const QList<DesktopNotification> waiting = std::exchange(m_waiting, {});
    for (const DesktopNotification& notification : waiting) {
        notify(notification);
    }
}

void DesktopNotifier::send(const DesktopNotification& notification)
{
    if (const auto it = m_sending.find(notification.key); it != m_sending.end()) {
        *it = notification;
        return;
    }
    m_sending.insert(notification.key, std::nullopt);

    QStringList actions;
    if (m_capabilities.contains("actions"_L1)) {
        actions << u"default"_s << tr("Show");
        for (const auto& [id, label] : notification.actions) {
            actions << id << label;
        }
    }
    const QString body = m_capabilities.contains("body-markup"_L1)
        ? notification.body.toHtmlEscaped()
        : notification.body;
    const QVariantMap hints {
        {u"desktop-entry"_s, QString::fromLatin1(BuildInfo::appId)},
        // 1 normal, 2 critical (stays until dismissed on most servers).
        {u"urgency"_s, QVariant::fromValue(uchar(notification.urgent ? 2 : 1))},
    };
    const uint replaces = m_ids.value(notification.key);
    QDBusMessage call = methodCall(u"Notify"_s);
    call << QString::fromLatin1(BuildInfo::productName) << replaces
         << QString::fromLatin1(BuildInfo::appId) << notification.title << body << actions << hints
         << qint32(m_expireTimeout);

    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const quint64 generation = m_generation;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, generation, notification, replaces] {
                watcher->deleteLater();
                if (generation != m_generation) {
                    return;
                }
                const QString& key = notification.key;
                const std::optional<DesktopNotification> next = m_sending.take(key);
                const bool closeNow = m_closeWhenShown.remove(key) && !next;
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCWarning(lcNotifier) << "notification not shown:" << reply.error().name()
                                          << reply.error().message();
                    if (reply.error().type() == QDBusError::ServiceUnknown) {
                        // Gone between two calls: the tray shows it, and
                        // the next notification asks again.
                        serverChanged();
                        showInTray(next.value_or(notification));
                        return;
                    }
                } else {
                    const uint id = reply.value();
                    if (replaces != 0 && replaces != id) {
                        m_keys.remove(replaces);
                    }
                    m_ids.insert(key, id);
                    m_keys.insert(id, key);
                    Q_EMIT shown(key);
                    if (closeNow) {
                        closeOnServer(id);
                        return;
                    }
                }
                if (next) {
                    notify(*next);
                }
            });
}

void DesktopNotifier::showInTray(const DesktopNotification& notification)
{
    if (!m_tray) {
        qCInfo(lcNotifier) << "no notification server and no tray icon:" << notification.title;
        return;
    }
    m_trayKey = notification.key;
    m_tray->showMessage(notification.title, notification.body,
                        notification.urgent ? QSystemTrayIcon::Warning
                                            : QSystemTrayIcon::Information,
                        m_expireTimeout > 0 ? m_expireTimeout : defaultTrayTimeout);
    Q_EMIT shownInTray(notification.key);
}

void DesktopNotifier::serverChanged()
{
    ++m_generation;
    m_asking = false;
    m_server = Server::Unknown;
    m_capabilities.clear();
    m_ids.clear();
    m_keys.clear();
    m_sending.clear();
    m_closeWhenShown.clear();
    // Notifications that waited for the old server's answer ask the new one.
    if (!m_waiting.isEmpty()) {
        askCapabilities();
    }
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (const QString key = m_keys.value(id); !key.isEmpty()) {
        Q_EMIT actionInvoked(key, action);
    }
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    const QString key = m_keys.take(id);
    if (key.isEmpty()) {
        return;
    }
    if (m_ids.value(key) == id) {
        m_ids.remove(key);
    }
    Q_EMIT closed(key);
}

} // namespace OmsSync::Gui
