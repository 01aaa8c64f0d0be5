#pragma once

#include <QString>

namespace sd {

// Resource ids are UUIDs without braces, as OpenStack prints them.
QString newId();
// "req-<uuid>", as in OpenStack's logs, so one action can be traced through the action log.
QString newRequestId();
bool looksLikeId(const QString &text);

} // namespace sd
