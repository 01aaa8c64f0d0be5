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
#include "volume/volumeservice.h"
#include "volume/volumetypeservice.h"

namespace sd {

namespace {
void readVolumes(LaunchOptions &o, Engine &engine, const RequestContext &ctx)
{
    // The project's own: an administrator's list would hold every project's, and the engine boots only
    // a volume of the instance's project.
    if (auto volumes = engine.volumes().list(ctx))
        for (const Volume &v : *volumes)
            if (v.projectId == ctx.projectId)
                o.volumes.append(v);
    if (auto snapshots = engine.volumes().listSnapshots(ctx))
        for (const VolumeSnapshot &s : *snapshots)
            if (s.projectId == ctx.projectId)
                o.volumeSnapshots.append(s);
    if (auto types = engine.volumeTypes().list(ctx))
        o.volumeTypes = *types;
    if (auto fallback = engine.volumeTypes().defaultType(ctx))
        o.defaultVolumeType = fallback->name;
    o.volumeQuota = VolumeQuota::read(engine, ctx, ctx.projectId);
    for (const Volume &v : std::as_const(o.volumes)) {
        if (v.imageId.isEmpty() || o.volumeImages.contains(v.imageId))
            continue;
        // The image may have been deleted since, or be another project's: then no min_ram is known.
        if (auto image = engine.images().show(ctx, v.imageId))
            o.volumeImages.insert(v.imageId, *image);
    }
}
} // namespace

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
    readVolumes(o, engine, ctx);
    o.keyPairs = engine.launchChoices().keyPairNames(ctx);
    o.serverGroups = engine.launchChoices().serverGroups(ctx);
    return o;
}

} // namespace sd
