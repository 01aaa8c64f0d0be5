#pragma once

#include <QString>

namespace sd {

// libvirt's event loop is process-wide (virEventRegisterDefaultImpl), so it is the one piece of global
// state besides the Engine: a single thread that runs virEventRunDefaultImpl for every connection's
// keepalive, close callbacks and domain events. It must be registered before the first connection opens.
class LibvirtEventLoop
{
public:
    static void ensureStarted();
};

// The last libvirt error of this thread as a sentence, e.g. "Failed to connect socket to
// '/run/libvirt/libvirt-sock': No such file or directory".
QString lastLibvirtError();

} // namespace sd
