// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace OmsSync {

// When a watched profile is asked again: every interval while it answers;
// after failures the wait doubles, up to 15 minutes, so that a service in
// trouble (or an IAM user that a wrong password could get locked) is not
// asked every minute; the first success brings the interval back.
class RefreshSchedule
{
public:
    using Duration = std::chrono::milliseconds;
    static constexpr Duration maxBackoff = std::chrono::minutes(15);

    explicit RefreshSchedule(Duration interval = std::chrono::seconds(60));

    void setInterval(Duration interval);
    Duration interval() const { return m_interval; }

    void succeeded() { m_failures = 0; }
    void failed() { ++m_failures; }
    int failures() const { return m_failures; }
    bool isBackingOff() const { return m_failures > 0; }

    // The wait before the next refresh: the interval doubled once per failure
    // in a row, never beyond maxBackoff (nor below the interval, when the
    // interval itself is longer).
    Duration nextDelay() const;

private:
    Duration m_interval;
    int m_failures = 0;
};

} // namespace OmsSync
