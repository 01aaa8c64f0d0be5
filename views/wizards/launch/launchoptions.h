#pragma once

#include "compute/flavor.h"
#include "compute/instance/launchchoices.h"
#include "core/requestcontext.h"
#include "hosts/hostinfo.h"
#include "image/image.h"
#include "launchquota.h"
#include "models/volumequota.h"
#include "network/networktypes.h"
#include "volume/volume.h"

#include <QHash>

namespace sd {

class Engine;

// Everything the Launch Instance steps offer, read once when the wizard opens (reads are fast and from
// the store): the same scope InstanceService::prepare() accepts, so what is listed can be launched.
struct LaunchOptions
{
    LaunchQuota quota;
    QStringList zones;
    QList<Image> images; // usable by the project
    // Boot from volume: the project's volumes and volume snapshots in every status (the Source step
    // greys those that cannot boot, with the reason), the volume types it may use, and the images its
    // volumes were made from (their min_ram still counts for the flavor).
    QList<Volume> volumes;
    QList<VolumeSnapshot> volumeSnapshots;
    QList<VolumeType> volumeTypes;
    QString defaultVolumeType; // name; empty when there is none
    QHash<QString, Image> volumeImages;
    VolumeQuota volumeQuota;
    QList<Flavor> flavors;   // the project may use
    QList<Network> networks; // the project's own and shared ones, not external
    QHash<QString, QStringList> subnetsByNetwork;
    QHash<QString, QString> networkNames;
    QList<Port> ports; // the project's ports no device uses
    QList<SecurityGroup> securityGroups;
    QStringList keyPairs;
    QList<ServerGroupChoice> serverGroups;
    QList<HostInfo> hosts; // administrators only

    static LaunchOptions read(Engine &engine, const RequestContext &ctx);
};

} // namespace sd
