#pragma once

#include "core/datadir.h"
#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace sd {

class Database;
class FlavorService;
class IdentityStore;
class ImageService;
class Engine;
struct RequestContext;

// The demo lab (DESIGN.md §7): simulated hosts in two availability zones, each from its own test-driver
// node XML with its own CPU, RAM and disk, and the administrator. Created once, on first use.
class DemoLab
{
    Q_DECLARE_TR_FUNCTIONS(sd::DemoLab)

public:
    struct HostTemplate
    {
        const char *name;
        const char *zone;
    };
    static const QList<HostTemplate> &hosts();

    // Seeds an empty data dir. Returns the administrator's generated password, which is also written
    // to README.txt in the demo dir.
    static Result<QString> seed(const DataDir &dir, const std::shared_ptr<Database> &db, IdentityStore &identity);
    // Nova's classic m1.* flavors.
    static Result<void> seedFlavors(FlavorService &flavors, const RequestContext &admin);
    // The bootable test guest as the public image `tiny-linux`; without a file the demo has no image, and
    // its README says how to get one.
    static Result<void> seedImage(const DataDir &dir, ImageService &images, const RequestContext &admin,
                                  const QString &file);
    // Neutron's devstack layout: external network `public` (172.24.4.0/24), and in project demo a router
    // `router1` with its gateway on public and tenant network `private` (10.0.0.0/24) behind it.
    static Result<void> seedNetworks(Engine &engine, const RequestContext &admin);
    // tiny-linux.qcow2 as the build (scripts/build-demo-image.sh) or an install left it:
    // $STACKDESK_DEMO_IMAGE, then share/stackdesk/ beside or above the running program. Empty when none.
    static QString findImage();
};

} // namespace sd
