#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

typedef struct _virStream *virStreamPtr;

namespace sd {

// Where one instance's console is, as ConsoleService found it when it was asked: what a session needs to
// connect and what a status line shows. Sessions never talk to libvirt themselves: a new socket for a
// graphics channel comes from openGraphicsFd, which runs on the host's worker thread.
struct ConsoleEndpoint
{
    QString instanceId;
    QString instanceName;
    QString hostName;
    QString domainName;
    // The domain's graphics devices in the order of its XML ("vnc", "spice"); index = libvirt's idx.
    QStringList graphics;
    bool serial = false;  // the domain has a serial console and the host can open it
    QString password;     // of the graphics devices (empty: none set)

    // Opens a new connected socket to graphics device `index` (virDomainOpenGraphicsFD on local hosts).
    // `done` runs in the thread of `context` with the fd (owned by the caller from then on) or the reason
    // it could not be opened. It looks the instance up again each time, so a reconnect after a migration
    // reaches the new host. Never blocks the caller.
    using FdCallback = std::function<void(Result<int>)>;
    std::function<void(int index, QObject *context, FdCallback done)> openGraphicsFd;

    // Opens the serial console: a non-blocking virStream joined to the domain's console by
    // virDomainOpenConsole (VIR_DOMAIN_CONSOLE_FORCE, so a stale session elsewhere is taken over). `done`
    // runs in the thread of `context` and owns the stream (virStreamFinish/Abort, then virStreamFree).
    using StreamCallback = std::function<void(Result<virStreamPtr>)>;
    std::function<void(QObject *context, StreamCallback done)> openSerial;

    int graphicsIndex(const QString &type) const { return graphics.indexOf(type); }
};

} // namespace sd
