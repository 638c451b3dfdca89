// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace OmsSync::Sim {

// Always on (unlike the request log): cheap numbers that tests assert on,
// e.g. that a client reused its connection or fetched one token, not ten.
// Control requests (/_sim/) are never counted, and neither is a connection
// that only carried them.
class Counters
{
public:
    void connectionUsed() { ++m_connections; }
    void request(const QString& route);
    void rejected() { ++m_rejected; }
    void faultApplied() { ++m_faults; }
    void clear() { *this = Counters(); }

    qint64 connections() const { return m_connections; }
    QJsonObject toJson() const;

private:
    qint64 m_connections = 0;
    qint64 m_requests = 0;
    qint64 m_rejected = 0;
    qint64 m_faults = 0;
    QMap<QString, qint64> m_perRoute;
};

} // namespace OmsSync::Sim
