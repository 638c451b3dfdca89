// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMonitor.h"

#include <QNetworkInformation>

namespace OmsSync {

NetworkMonitor::NetworkMonitor(QObject* parent)
    : QObject(parent)
{
    m_backend = QNetworkInformation::instance()
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
