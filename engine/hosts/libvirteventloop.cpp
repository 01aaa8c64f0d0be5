#include "libvirteventloop.h"

#include "core/logging.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <mutex>
#include <thread>

namespace sd {

namespace {

// libvirt prints every error to stderr unless told otherwise; we report errors ourselves, in the
// user's words, so keep them out of the terminal and route them to the debug log instead.
void quietErrorHandler(void *, virErrorPtr error)
{
    if (error && error->message)
        qCDebug(lcHosts) << "libvirt:" << error->message;
}

} // namespace

void LibvirtEventLoop::ensureStarted()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        virSetErrorFunc(nullptr, quietErrorHandler);
        if (virEventRegisterDefaultImpl() < 0) {
            qCWarning(lcHosts) << "cannot register libvirt's event loop:" << lastLibvirtError();
            return;
        }
        // Detached on purpose: it runs for the life of the process, like libvirt's own clients do.
        std::thread([] {
            for (;;) {
                if (virEventRunDefaultImpl() < 0)
                    qCWarning(lcHosts) << "libvirt event loop:" << lastLibvirtError();
            }
        }).detach();
    });
}

QString lastLibvirtError()
{
    const virErrorPtr err = virGetLastError();
    if (!err || !err->message)
        return QStringLiteral("unknown libvirt error");
    return QString::fromUtf8(err->message);
}

} // namespace sd
