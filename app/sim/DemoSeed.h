// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace OmsSync::Sim {

// What oms-sim serves when started without --config: the out-of-the-box
// demo of the product, and the state the README's curl examples show.
// Its sign-in is fixed (the demo, the README and scripts rely on it).
namespace DemoSeed {

inline constexpr char accountName[] = "demo";
inline constexpr char userName[] = "demo";
inline constexpr char password[] = "demo-password";
inline constexpr char accessKey[] = "DEMOACCESSKEY0000001";
inline constexpr char secretKey[] = "demoSecretKey0000000000000000000000000001";

// The demo's Qiniu task pauses by itself this long after the start (or a
// reset): the desktop application's demo then shows a task that OMS paused.
inline constexpr qint64 defaultPauseAfterSeconds = 3 * 60;
inline constexpr char pausingTaskId[] = "4e1a3c5b-7d9f-4b2e-8c6a-1f3e5d7b9a64";

// A configuration document (the --config format) with times relative to
// nowMs; pauseAfterSeconds 0 leaves every task as it is.
QJsonObject configuration(qint64 nowMs, qint64 pauseAfterSeconds = defaultPauseAfterSeconds);

} // namespace DemoSeed

} // namespace OmsSync::Sim
