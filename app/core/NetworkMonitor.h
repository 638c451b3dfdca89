// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <optional>

namespace OmsSync {

// Whether the machine is connected at all, from QNetworkInformation where a
// backend answers (NetworkManager on Linux). Without one the network counts
// as up: a watch that never runs would be worse than one request too many.
// Only "disconnected" counts as down: "local" still reaches a proxy, a
// company mirror or oms-sim on loopback.
class NetworkMonitor : public QObject
{
    Q_OBJECT

public:
    explicit NetworkMonitor(QObject* parent = nullptr);
    ~NetworkMonitor() override;

    bool isOnline() const;
    // A backend reports the machine's state (otherwise isOnline() is a guess).
    bool hasBackend() const { return m_backend; }
    // Tests (and `--offline` style diagnostics) decide the state themselves.
    void setOverride(std::optional<bool> online);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void update();

    bool m_backend = false;
    bool m_online = true;
    std::optional<bool> m_override;
};

} // namespace OmsSync
