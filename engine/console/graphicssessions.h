#pragma once

#include "consoletype.h"
#include "graphicssession.h"

namespace sd {

// Makes the session for a graphical console type: VncSession or SpiceSession. Null for Serial, None and
// Auto (resolve Auto first with ConsoleService::choose).
GraphicsSession *createGraphicsSession(ConsoleType type, const ConsoleEndpoint &endpoint, QObject *parent = nullptr);

} // namespace sd
