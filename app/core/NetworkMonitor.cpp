// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMonitor.h"

#include <QNetworkInformation>
#include <QTimer>

namespace OmsSync {

NetworkMonitor::NetworkMonitor(QObject* parent, std::chrono::milliseconds lookUpAfter)
    : QObject(parent)
{
    if (lookUpAfter.count() > 0) {
        QTimer::singleShot(lookUpAfter, this, &NetworkMonitor::loadBackend);
    } else {
        loadBackend();
    }
}

void NetworkMonitor::loadBackend()
{
    // NetworkManager's backend first: it talks D-Bus, which is loaded
    // anyway, where the others would bring GLib's GIO along.
    m_backend = QNetworkInformation::instance()
        || QNetworkInformation::loadBackendByName(u"networkmanager")
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (m_backend) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &NetworkMonitor::update);
    }
    update();
}

NetworkMonitor::~NetworkMonitor() = default;

bool NetworkMonitor::isOnline() const
{
    return m_online;
}

void NetworkMonitor::setOverride(std::optional<bool> online)
{
    m_override = online;
    update();
}

void NetworkMonitor::update()
{
    bool online = true;
    if (m_override) {
        online = *m_override;
    } else if (m_backend) {
        online = QNetworkInformation::instance()->reachability()
            != QNetworkInformation::Reachability::Disconnected;
    }
    if (online != m_online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
}

} // namespace OmsSync
