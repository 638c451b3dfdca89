// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>
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
    // Loading a backend costs milliseconds and, without NetworkManager,
    // GLib's GIO: a window that must paint first asks for it `lookUpAfter`
    // later, counting the network as up meanwhile.
    explicit NetworkMonitor(QObject* parent = nullptr,
                            std::chrono::milliseconds lookUpAfter = std::chrono::milliseconds(0));
    ~NetworkMonitor() override;

    bool isOnline() const;
    // A backend reports the machine's state (otherwise isOnline() is a guess).
    bool hasBackend() const { return m_backend; }
    // Tests (and `--offline` style diagnostics) decide the state themselves.
    void setOverride(std::optional<bool> online);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void loadBackend();
    void update();

    bool m_backend = false;
    bool m_online = true;
    std::optional<bool> m_override;
};

} // namespace OmsSync
