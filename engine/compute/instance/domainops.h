#pragma once

#include "actiongate.h"
#include "core/result.h"
#include "instance.h"

#include <QCoreApplication>

typedef struct _virConnect *virConnectPtr;

namespace sd {

// What StackDesk does to a domain on its host, one libvirt call sequence per action. Runs on the
// host's worker thread.
class DomainOps
{
    Q_DECLARE_TR_FUNCTIONS(sd::DomainOps)

public:
    // Defines the domain from xml and starts it. On failure nothing stays defined.
    static Result<void> defineAndStart(virConnectPtr conn, const QString &xml);
    // Runs a power action; returns the power state the domain ended in.
    static Result<PowerState> perform(virConnectPtr conn, const QString &domainName, InstanceAction action);
    // Destroys and undefines the domain (with its managed save image and snapshot metadata). A domain
    // that is not there is fine.
    static Result<void> destroy(virConnectPtr conn, const QString &domainName);
    // The domain's power state now; NoState when there is no such domain.
    static PowerState powerStateOf(virConnectPtr conn, const QString &domainName, bool *exists = nullptr);
    // A soft shutdown waits this long for the guest before the domain is forced off (Nova's
    // shutdown_timeout is 60 s).
    static constexpr int kShutdownTimeoutMs = 60000;
};

PowerState powerStateFromLibvirt(int state);

} // namespace sd
