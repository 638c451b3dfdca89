// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace OmsSync::Sim {

// The simulator's idea of "now": the real clock plus an offset that tests
// move (POST /_sim/clock) to expire tokens, skew signatures and let
// statistics grow without sleeping.
class SimClock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace OmsSync::Sim
