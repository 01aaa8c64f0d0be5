#include "graphicssessions.h"

#include "spicesession.h"
#include "vncsession.h"

namespace sd {

GraphicsSession *createGraphicsSession(ConsoleType type, const ConsoleEndpoint &endpoint, QObject *parent)
{
    switch (type) {
    case ConsoleType::Vnc: return new VncSession(endpoint, parent);
    case ConsoleType::Spice: return new SpiceSession(endpoint, parent);
    default: return nullptr;
    }
}

} // namespace sd
