#include "networkapplier.h"

#include "hosts/libvirteventloop.h"
#include "networkshape.h"

#include <libvirt/libvirt.h>

#include <memory>

namespace sd {

namespace {

struct NetworkFree
{
    void operator()(virNetworkPtr n) const { virNetworkFree(n); }
};
using NetworkHandle = std::unique_ptr<virNetwork, NetworkFree>;

QString xmlOf(virNetworkPtr net, unsigned flags)
{
    char *xml = virNetworkGetXMLDesc(net, flags);
    if (!xml)
        return {};
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return text;
}

// Applies one list of DHCP host changes to the <ip> at ipIndex, on the live network or its stored
// definition (flags), removals first so an address can move from one MAC to another.
bool updateDhcpHosts(virNetworkPtr net, int ipIndex, const DhcpHostChanges &changes, unsigned flags,
                     const QString &name, ApplyReport &report)
{
    const struct
    {
        const QList<DhcpHost> &hosts;
        unsigned command;
        const char *verb;
    } steps[] = {{changes.removed, VIR_NETWORK_UPDATE_COMMAND_DELETE, "removed"},
                 {changes.modified, VIR_NETWORK_UPDATE_COMMAND_MODIFY, "changed"},
                 {changes.added, VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, "added"}};
    bool ok = true;
    for (const auto &step : steps)
        for (const DhcpHost &h : step.hosts) {
            if (virNetworkUpdate(net, step.command, VIR_NETWORK_SECTION_IP_DHCP_HOST, ipIndex,
                                 h.toXml().toUtf8().constData(), flags) < 0) {
                report.problems << NetworkApplier::tr("%1: DHCP entry %2 → %3 could not be %4: %5")
                                       .arg(name, h.mac, h.ip, QLatin1String(step.verb), lastLibvirtError());
                ok = false;
            } else if (flags & VIR_NETWORK_UPDATE_AFFECT_LIVE) {
                report.actions << NetworkApplier::tr("%1: DHCP entry %2 → %3 %4")
                                      .arg(name, h.mac, h.ip, QLatin1String(step.verb));
            }
        }
    return ok;
}

// The DHCP entries of one side (the stored definition or the running network) made equal to the plan's.
void syncDhcpHosts(virNetworkPtr net, const NetworkShape &have, const NetworkShape &want, unsigned flags,
                   const QString &name, ApplyReport &report)
{
    const int index = have.dhcpIpIndex();
    if (index < 0)
        return;
    const DhcpHostChanges changes = DhcpHostChanges::between(have.dhcpHosts(), want.dhcpHosts());
    if (!changes.isEmpty())
        updateDhcpHosts(net, index, changes, flags, name, report);
}

bool start(virNetworkPtr net, const QString &name, ApplyReport &report)
{
    if (virNetworkCreate(net) < 0) {
        report.problems << NetworkApplier::tr("%1 could not be started: %2").arg(name, lastLibvirtError());
        return false;
    }
    return true;
}

} // namespace

void NetworkApplier::ensure(virConnectPtr conn, const PlannedNetwork &planned, ApplyReport &report)
{
    const QByteArray name = planned.name.toUtf8();
    const QByteArray xml = planned.xml.toUtf8();
    NetworkHandle net(virNetworkLookupByName(conn, name.constData()));
    if (!net) {
        // Started first, as a transient network, and only then defined: a network that cannot run (its
        // subnet is taken on this host, say) is never on the host, not even between a define and an
        // undefine where a look at the host (or a retry of this realisation) could see it.
        NetworkHandle running(virNetworkCreateXML(conn, xml.constData()));
        if (!running) {
            report.problems << tr("%1 could not be started: %2").arg(planned.name, lastLibvirtError());
            return;
        }
        net.reset(virNetworkDefineXML(conn, xml.constData()));
        if (!net) {
            report.problems << tr("%1 could not be defined: %2").arg(planned.name, lastLibvirtError());
            virNetworkDestroy(running.get());
            return;
        }
        virNetworkSetAutostart(net.get(), 1);
        report.actions << tr("%1: defined and started").arg(planned.name);
        return;
    }

    // The stored definition; libvirt's test driver has only the one (it refuses VIR_NETWORK_XML_INACTIVE).
    QString stored = xmlOf(net.get(), VIR_NETWORK_XML_INACTIVE);
    const bool oneDefinition = stored.isEmpty();
    if (oneDefinition)
        stored = xmlOf(net.get(), 0);
    const QString owner = NetworkXml::networkIdOf(stored);
    if (owner != planned.networkId) {
        report.problems
            << (owner.isEmpty()
                    ? tr("%1 exists on the host but is not StackDesk's; rename or remove it")
                          .arg(planned.name)
                    : tr("%1 on the host belongs to StackDesk network %2 (the first 8 hex digits of both "
                         "ids are the same); remove one of them from this host")
                          .arg(planned.name, owner));
        return;
    }
    const NetworkShape want = NetworkShape::read(planned.xml);
    const NetworkShape config = NetworkShape::read(stored);
    const bool active = virNetworkIsActive(net.get()) == 1;
    if (!config.sameLayout(want)) {
        const NetworkShape live = active ? NetworkShape::read(xmlOf(net.get(), 0)) : NetworkShape();
        // Restarting a network unplugs the guests' interfaces from its bridge: with guests on it, the new
        // definition waits for the next restart and only the DHCP entries change at once.
        const bool restart = active && live.connections == 0;
        // Stopped before it is redefined: libvirt's test driver would otherwise keep the old definition.
        if (restart && virNetworkDestroy(net.get()) < 0) {
            report.problems << tr("%1 could not be stopped for its new settings: %2")
                                   .arg(planned.name, lastLibvirtError());
            return;
        }
        if (!virNetworkDefineXML(conn, xml.constData())) {
            report.problems << tr("%1 could not be redefined: %2").arg(planned.name, lastLibvirtError());
            if (restart)
                start(net.get(), planned.name, report); // back as it was
            return;
        }
        report.actions << tr("%1: definition updated").arg(planned.name);
        if (active && !restart) {
            report.notes << tr("%1: the new settings apply when the network is restarted; %n guest "
                               "interface(s) use it now",
                               nullptr, live.connections)
                                .arg(planned.name);
            syncDhcpHosts(net.get(), live, want, VIR_NETWORK_UPDATE_AFFECT_LIVE, planned.name, report);
        } else if (start(net.get(), planned.name, report)) {
            report.actions << (restart ? tr("%1: restarted with the new settings") : tr("%1: started"))
                                  .arg(planned.name);
        }
    } else if (oneDefinition || !active) {
        // Entries of a stopped network go into its definition; it starts with them.
        const unsigned flags =
            VIR_NETWORK_UPDATE_AFFECT_CONFIG | (active ? VIR_NETWORK_UPDATE_AFFECT_LIVE : 0);
        syncDhcpHosts(net.get(), config, want, flags, planned.name, report);
        if (!active && start(net.get(), planned.name, report))
            report.actions << tr("%1: started").arg(planned.name);
    } else {
        // The running network and its stored definition can differ (a change waiting for a restart):
        // each gets its own changes.
        syncDhcpHosts(net.get(), config, want, VIR_NETWORK_UPDATE_AFFECT_CONFIG, planned.name, report);
        syncDhcpHosts(net.get(), NetworkShape::read(xmlOf(net.get(), 0)), want,
                      VIR_NETWORK_UPDATE_AFFECT_LIVE, planned.name, report);
    }
    int autostart = 0;
    if (virNetworkGetAutostart(net.get(), &autostart) == 0 && !autostart)
        virNetworkSetAutostart(net.get(), 1);
}

bool NetworkApplier::update(virConnectPtr conn, const PlannedNetwork &before, const PlannedNetwork &after,
                            ApplyReport &report)
{
    if (before.networkId != after.networkId || before.name != after.name ||
        before.layoutXml != after.layoutXml)
        return false;
    if (before.dhcpHosts == after.dhcpHosts)
        return true;
    const QByteArray name = after.name.toUtf8();
    NetworkHandle net(virNetworkLookupByName(conn, name.constData()));
    if (!net || virNetworkIsActive(net.get()) != 1)
        return false;
    // The layout alone is small to read: it says which <ip> holds the entries, as virNetworkUpdate counts.
    const int index = NetworkShape::read(after.layoutXml).dhcpIpIndex();
    if (index < 0)
        return false;
    const DhcpHostChanges changes = DhcpHostChanges::between(before.dhcpHosts, after.dhcpHosts);
    // Both sides at once: the running network and its stored definition held before's entries (the test
    // driver has only the one definition, which takes both flags as well).
    ApplyReport step;
    if (!updateDhcpHosts(net.get(), index, changes,
                         VIR_NETWORK_UPDATE_AFFECT_LIVE | VIR_NETWORK_UPDATE_AFFECT_CONFIG, after.name, step))
        return false;
    report.actions << step.actions;
    return true;
}

void NetworkApplier::removeUnplanned(virConnectPtr conn, const QSet<QString> &keep, ApplyReport &report)
{
    virNetworkPtr *list = nullptr;
    const int count = virConnectListAllNetworks(conn, &list, 0);
    if (count < 0) {
        report.problems << tr("Listing the host's networks failed: %1").arg(lastLibvirtError());
        return;
    }
    for (int i = 0; i < count; ++i) {
        NetworkHandle net(list[i]);
        const QString name = QString::fromUtf8(virNetworkGetName(net.get()));
        if (!name.startsWith(QLatin1String("sd-net-")) || keep.contains(name))
            continue;
        // Only networks that carry StackDesk's metadata: a look-alike name is someone else's.
        QString stored = xmlOf(net.get(), VIR_NETWORK_XML_INACTIVE);
        if (stored.isEmpty())
            stored = xmlOf(net.get(), 0); // the test driver's only definition
        if (NetworkXml::networkIdOf(stored).isEmpty())
            continue;
        if (virNetworkIsActive(net.get()) == 1) {
            const int users = NetworkShape::read(xmlOf(net.get(), 0)).connections;
            if (users > 0) {
                report.notes
                    << tr("%1 is no longer needed but %n guest interface(s) still use it; it stays until "
                          "they are gone",
                          nullptr, users)
                           .arg(name);
                continue;
            }
            if (virNetworkDestroy(net.get()) < 0) {
                report.problems << tr("%1 could not be stopped: %2").arg(name, lastLibvirtError());
                continue;
            }
        }
        if (virNetworkIsPersistent(net.get()) == 1 && virNetworkUndefine(net.get()) < 0) {
            report.problems << tr("%1 could not be undefined: %2").arg(name, lastLibvirtError());
            continue;
        }
        report.actions << tr("%1: removed (no port on this host uses it)").arg(name);
    }
    free(list);
}

} // namespace sd
