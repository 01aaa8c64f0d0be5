#include "launchoptions.h"

#include "models/imagemodel.h"
#include "models/networkmodel.h"

#include "compute/flavorservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"

namespace sd {

LaunchOptions LaunchOptions::read(Engine &engine, const RequestContext &ctx)
{
    LaunchOptions o;
    o.quota = LaunchQuota::read(engine, ctx);
    // Zone names are public in Nova (os-availability-zone); the host list behind them is not, hence the
    // engine's own context for this one read.
    if (auto hosts = engine.hosts().list(RequestContext::system()))
        for (const HostInfo &h : *hosts)
            if (!h.record.availabilityZone.isEmpty() && !o.zones.contains(h.record.availabilityZone))
                o.zones.append(h.record.availabilityZone);
    o.zones.sort();
    if (ctx.isAdmin())
        if (auto hosts = engine.hosts().list(ctx))
            o.hosts = *hosts;
    if (auto images = engine.images().list(ctx))
        for (const Image &image : *images)
            if (ImageModel::usableBy(image, ctx.projectId))
                o.images.append(image);
    if (auto flavors = engine.flavors().list(ctx))
        for (const Flavor &f : *flavors)
            if (f.isPublic || f.projectIds.contains(ctx.projectId))
                o.flavors.append(f);
    if (auto networks = engine.networks().list(ctx, NetworkFilter{false, {}}))
        for (const Network &n : *networks) {
            o.networkNames.insert(n.id, n.name);
            if (n.projectId != ctx.projectId && !n.shared)
                continue;
            o.networks.append(n);
            if (auto subnets = engine.subnets().list(ctx, n.id))
                for (const Subnet &s : *subnets)
                    o.subnetsByNetwork[n.id].append(NetworkModel::subnetText(s));
        }
    if (auto ports = engine.ports().list(ctx, PortFilter{{}, {}, {}, ctx.projectId}))
        for (const Port &p : *ports)
            if (p.projectId == ctx.projectId && p.deviceId.isEmpty() && p.deviceOwner.isEmpty())
                o.ports.append(p);
    if (auto groups = engine.securityGroups().list(ctx, ctx.projectId))
        o.securityGroups = *groups;
    o.keyPairs = engine.launchChoices().keyPairNames(ctx);
    o.serverGroups = engine.launchChoices().serverGroups(ctx);
    return o;
}

} // namespace sd
