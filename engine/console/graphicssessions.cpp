#include "graphicssessions.h"

#include "vncsession.h"

namespace sd {

GraphicsSession *createGraphicsSession(ConsoleType type, const ConsoleEndpoint &endpoint, QObject *parent)
{
    switch (type) {
    case ConsoleType::Vnc: return new VncSession(endpoint, parent);
    default: return nullptr;
    }
}

} // namespace sd
