// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace OmsSync::Test {

// Fills the file system of `dir` with one-page files named "0", "1", ...
// until it is full, for tests on a small tmpfs of their own
// (tests/fixtures/with-tmpfs.sh). Returns how many pages it wrote; removing
// "<dir>/0" afterwards leaves exactly one page free.
int fillWithPages(const QString& dir);

} // namespace OmsSync::Test
