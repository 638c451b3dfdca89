// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QString>

// Checks shared by every request builder: a value is refused before anything
// is sent when it breaks a documented limit or could break the request itself
// (a line break in a header, a control character in a path).
namespace OmsSync::InputRules {

// Length in characters between min and max, no control characters, no
// leading or trailing white space (a padded header would not match its
// signature on the server).
ApiError checkText(const QString& field, const QString& value, int minLength, int maxLength);

// A sync task id: 1..255 characters, no control characters, and not "." or
// ".." (URL normalisation would turn those into another path).
ApiError checkTaskId(const QString& id);

// A project id: 1..1024 characters from the set OMS uses.
ApiError checkProjectId(const QString& projectId);

bool hasControlCharacters(const QString& value);

} // namespace OmsSync::InputRules
