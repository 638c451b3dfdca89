// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

namespace OmsSync {

// How hard one call tries. The defaults are the product's; tests shorten
// the waits. A header of its own, so that code which only passes a policy on
// (widgets, controllers, oms-sync) does not compile against Qt Network.
struct CallPolicy
{
    std::chrono::milliseconds timeout {30000}; // without progress, per attempt
    int maxRetries = 3; // reads only, on 429, 502, 503, 504 and connection errors
    int maxTimeoutRetries = 2; // reads only
    std::chrono::milliseconds firstBackoff {500}; // doubled after each retry
    std::chrono::milliseconds maxRetryAfter {30000}; // a longer Retry-After is not waited for
    qint64 maxReplyBytes = 8 * 1024 * 1024;
};

} // namespace OmsSync
