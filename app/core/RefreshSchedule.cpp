// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshSchedule.h"

#include <algorithm>

namespace OmsSync {

RefreshSchedule::RefreshSchedule(Duration interval)
    : m_interval(std::max(interval, Duration(1)))
{ }

void RefreshSchedule::setInterval(Duration interval)
{
    m_interval = std::max(interval, Duration(1));
}

RefreshSchedule::Duration RefreshSchedule::nextDelay() const
{
    const Duration ceiling = std::max(maxBackoff, m_interval);
    Duration delay = m_interval;
    // Doubling stops at the ceiling, long before the count could overflow it.
    for (int i = 0; i < m_failures && delay < ceiling; ++i) {
        delay *= 2;
    }
    return std::min(delay, ceiling);
}

} // namespace OmsSync
