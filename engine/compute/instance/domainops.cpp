#include "domainops.h"

#include "hosts/storagepool.h"

#include <QElapsedTimer>
#include <QThread>

#include <libvirt/libvirt.h>

#include <memory>

namespace sd {

namespace {
struct DomainFree
{
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
using Domain = std::unique_ptr<virDomain, DomainFree>;

Domain lookup(virConnectPtr conn, const QString &name)
{
    const QByteArray n = name.toUtf8();
    return Domain(virDomainLookupByName(conn, n.constData()));
}

Error hostError(const QString &what)
{
    return makeError(ErrorCode::HostUnavailable, DomainOps::tr("%1: %2").arg(what, StoragePool::lastError()));
}

int stateOf(virDomainPtr dom)
{
    int state = VIR_DOMAIN_NOSTATE, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0)
        return VIR_DOMAIN_NOSTATE;
    return state;
}

// Waits for the guest to power off by itself (ACPI); the domain is forced off when it does not.
Result<void> shutdownGracefully(virDomainPtr dom, int timeoutMs)
{
    if (virDomainShutdown(dom) == 0) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (stateOf(dom) == VIR_DOMAIN_SHUTOFF)
                return {};
            QThread::msleep(200);
        }
    }
    if (stateOf(dom) != VIR_DOMAIN_SHUTOFF && virDomainDestroy(dom) < 0)
        return hostError(DomainOps::tr("The domain cannot be powered off"));
    return {};
}
} // namespace

PowerState powerStateFromLibvirt(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED: return PowerState::Running;
    case VIR_DOMAIN_PAUSED: return PowerState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
    case VIR_DOMAIN_SHUTOFF: return PowerState::Shutdown;
    case VIR_DOMAIN_CRASHED: return PowerState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED: return PowerState::Suspended;
    default: return PowerState::NoState;
    }
}

Result<void> DomainOps::defineAndStart(virConnectPtr conn, const QString &xml)
{
    const QByteArray bytes = xml.toUtf8();
    Domain dom(virDomainDefineXML(conn, bytes.constData()));
    if (!dom)
        return hostError(tr("The domain cannot be defined"));
    if (virDomainCreate(dom.get()) < 0) {
        const Error e = hostError(tr("The domain cannot be started"));
        virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE);
        return e;
    }
    return {};
}

PowerState DomainOps::powerStateOf(virConnectPtr conn, const QString &domainName, bool *exists)
{
    Domain dom = lookup(conn, domainName);
    if (exists)
        *exists = bool(dom);
    if (!dom)
        return PowerState::NoState;
    // A managed-saved domain is off to libvirt but suspended to the user (Horizon's Suspend).
    if (stateOf(dom.get()) == VIR_DOMAIN_SHUTOFF && virDomainHasManagedSaveImage(dom.get(), 0) == 1)
        return PowerState::Suspended;
    return powerStateFromLibvirt(stateOf(dom.get()));
}

Result<PowerState> DomainOps::perform(virConnectPtr conn, const QString &domainName, InstanceAction action)
{
    Domain dom = lookup(conn, domainName);
    if (!dom)
        return makeError(ErrorCode::HostUnavailable, tr("Domain %1 is not on its host").arg(domainName));
    virDomainPtr d = dom.get();
    int rc = 0;
    switch (action) {
    case InstanceAction::Start:
    case InstanceAction::Resume:
        // Resume from a managed save: virDomainCreate restores the saved memory.
        if (stateOf(d) != VIR_DOMAIN_RUNNING)
            rc = virDomainCreate(d);
        break;
    case InstanceAction::Stop:
        if (stateOf(d) != VIR_DOMAIN_SHUTOFF) {
            if (auto r = shutdownGracefully(d, kShutdownTimeoutMs); !r)
                return r.error();
        }
        break;
    case InstanceAction::Reboot:
        rc = virDomainReboot(d, 0);
        break;
    case InstanceAction::HardReboot:
        // Nova's hard reboot: power off, then start from the definition again.
        if (stateOf(d) != VIR_DOMAIN_SHUTOFF && virDomainDestroy(d) < 0)
            return hostError(tr("The domain cannot be powered off"));
        if (virDomainHasManagedSaveImage(d, 0) == 1)
            virDomainManagedSaveRemove(d, 0);
        rc = virDomainCreate(d);
        break;
    case InstanceAction::Pause:
        rc = virDomainSuspend(d);
        break;
    case InstanceAction::Unpause:
        rc = virDomainResume(d);
        break;
    case InstanceAction::Suspend:
        // Managed save, not virDomainSuspend: Horizon's Suspend frees the host's RAM.
        rc = virDomainManagedSave(d, 0);
        break;
    default:
        return makeError(ErrorCode::Internal, tr("%1 is not a power action").arg(instanceActionName(action)));
    }
    if (rc < 0)
        return hostError(tr("%1 failed on the host").arg(ActionGate::label(action)));
    return powerStateOf(conn, domainName);
}

Result<void> DomainOps::destroy(virConnectPtr conn, const QString &domainName)
{
    Domain dom = lookup(conn, domainName);
    if (!dom)
        return {};
    if (stateOf(dom.get()) != VIR_DOMAIN_SHUTOFF && virDomainDestroy(dom.get()) < 0)
        return hostError(tr("Domain %1 cannot be powered off").arg(domainName));
    // No NVRAM flag: StackDesk's domains boot with BIOS, and libvirt's test driver refuses the flag.
    if (virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) < 0)
        return hostError(tr("Domain %1 cannot be undefined").arg(domainName));
    return {};
}

} // namespace sd
