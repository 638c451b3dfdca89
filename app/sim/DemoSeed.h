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

// A configuration document (the --config format) with times relative to nowMs.
QJsonObject configuration(qint64 nowMs);

} // namespace DemoSeed

} // namespace OmsSync::Sim
