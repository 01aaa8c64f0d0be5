#pragma once

#include "compute/flavor.h"
#include "compute/instance/launchchoices.h"
#include "core/requestcontext.h"
#include "hosts/hostinfo.h"
#include "image/image.h"
#include "launchquota.h"
#include "network/networktypes.h"

#include <QHash>

namespace sd {

class Engine;

// Everything the Launch Instance steps offer, read once when the wizard opens (reads are fast and from
// the store): the same scope InstanceService::prepare() accepts, so what is listed can be launched.
struct LaunchOptions
{
    LaunchQuota quota;
    QStringList zones;
    QList<Image> images;     // usable by the project
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
