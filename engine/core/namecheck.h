#pragma once

#include "result.h"

namespace sd {

// Names of projects, users, roles, groups: not empty, at most 255 characters (Keystone's limit), no
// control characters. Anything else, quotes and semicolons included, is stored verbatim.
Result<QString> checkedName(const QString &field, const QString &name);
// Free text (descriptions): at most 65535 characters.
Result<QString> checkedText(const QString &field, const QString &text);

} // namespace sd
