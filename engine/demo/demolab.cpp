#include "demolab.h"

#include "compute/flavorservice.h"
#include "core/ids.h"
#include "hosts/hostfacts.h"
#include "identity/identitystore.h"
#include "engine.h"
#include "image/imageservice.h"
#include "identity/projectservice.h"
#include "network/networkservice.h"
#include "network/securitygroupservice.h"
#include "network/routerservice.h"
#include "network/subnetservice.h"
#include "identity/passwordhasher.h"
#include "store/database.h"
#include "store/hostrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sd {

const QList<DemoLab::HostTemplate> &DemoLab::hosts()
{
    static const QList<HostTemplate> list = {
        {"compute-1", "zone-a"},
        {"compute-2", "zone-a"},
        {"compute-3", "zone-b"},
    };
    return list;
}

Result<QString> DemoLab::seed(const DataDir &dir, const std::shared_ptr<Database> &db, IdentityStore &identity)
{
    HostRepository repo(db);
    for (const HostTemplate &t : hosts()) {
        const QString name = QLatin1String(t.name);
        const QString target = dir.hostsPath() + QLatin1Char('/') + name + QStringLiteral(".xml");
        QFile::remove(target);
        if (!QFile::copy(QStringLiteral(":/stackdesk/demo/") + name + QStringLiteral(".xml"), target))
            return makeError(ErrorCode::Internal, tr("Demo lab: cannot write %1").arg(target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        if (repo.byName(name))
            continue;
        HostRecord record;
        record.id = newId();
        record.name = name;
        record.uri = QStringLiteral("test://") + target;
        record.availabilityZone = QLatin1String(t.zone);
        if (auto r = repo.insert(record, HostFacts()); !r)
            return r.error();
    }

    const QString password = PasswordHasher::generate();
    if (auto admin = identity.bootstrapAdmin(QStringLiteral("admin"), password, QStringLiteral("admin")); !admin)
        return admin.error();
    // A student's view of the cloud: user demo, member of project demo.
    const QString demoPassword = PasswordHasher::generate();
    if (auto demo = identity.bootstrap(QStringLiteral("demo"), demoPassword, QStringLiteral("demo"),
                                       QStringLiteral("member"));
        !demo)
        return demo.error();

    QFile readme(dir.path() + QStringLiteral("/README.txt"));
    if (readme.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        readme.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        readme.write(tr("StackDesk demo lab\n\n"
                        "Simulated hosts (libvirt's test driver): compute-1 and compute-2 in zone-a, compute-3 in "
                        "zone-b.\n\n"
                        "Administrator: user admin, project admin, password %1\n"
                        "Member: user demo, project demo, password %2\n\n"
                        "Delete this folder to start the demo lab afresh.\n")
                         .arg(password, demoPassword)
                         .toUtf8());
    }
    return password;
}

Result<void> DemoLab::seedFlavors(FlavorService &flavors, const RequestContext &admin)
{
    const struct
    {
        const char *name;
        int vcpus;
        qint64 ramMb, diskGb;
    } sizes[] = {{"m1.tiny", 1, 512, 1},
                 {"m1.small", 1, 2048, 20},
                 {"m1.medium", 2, 4096, 40},
                 {"m1.large", 4, 8192, 80},
                 {"m1.xlarge", 8, 16384, 160}};
    for (const auto &s : sizes) {
        FlavorSpec spec;
        spec.name = QLatin1String(s.name);
        spec.vcpus = s.vcpus;
        spec.ramMb = s.ramMb;
        spec.diskGb = s.diskGb;
        if (auto r = flavors.create(admin, spec); !r)
            return r.error();
    }
    return {};
}

Result<void> DemoLab::seedNetworks(Engine &engine, const RequestContext &admin)
{
    NetworkSpec publicNet;
    publicNet.name = QStringLiteral("public");
    publicNet.external = true;
    publicNet.shared = false;
    auto pub = engine.networks().create(admin, publicNet);
    if (!pub)
        return pub.error();
    SubnetSpec publicSubnet;
    publicSubnet.name = QStringLiteral("public-subnet");
    publicSubnet.network = pub->id;
    publicSubnet.cidr = QStringLiteral("172.24.4.0/24");
    publicSubnet.enableDhcp = false;
    if (auto s = engine.subnets().create(admin, publicSubnet); !s)
        return s.error();

    NetworkSpec privateNet;
    privateNet.name = QStringLiteral("private");
    privateNet.project = QStringLiteral("demo");
    auto priv = engine.networks().create(admin, privateNet);
    if (!priv)
        return priv.error();
    SubnetSpec privateSubnet;
    privateSubnet.name = QStringLiteral("private-subnet");
    privateSubnet.network = priv->id;
    privateSubnet.cidr = QStringLiteral("10.0.0.0/24");
    privateSubnet.dnsNameservers = {QStringLiteral("10.0.0.1")};
    auto sub = engine.subnets().create(admin, privateSubnet);
    if (!sub)
        return sub.error();

    RouterSpec router;
    router.name = QStringLiteral("router1");
    router.project = QStringLiteral("demo");
    router.externalNetwork = pub->id;
    auto r = engine.routers().create(admin, router);
    if (!r)
        return r.error();
    if (auto i = engine.routers().addInterface(admin, r->id, sub->id); !i)
        return i.error();
    // Each project's default security group, there from the start rather than on first look.
    if (auto groups = engine.securityGroups().list(admin); !groups)
        return groups.error();
    auto demo = engine.projects().show(admin, QStringLiteral("demo"));
    if (!demo)
        return demo.error();
    RequestContext inDemo = admin;
    inDemo.projectId = demo->id;
    inDemo.projectName = demo->name;
    if (auto groups = engine.securityGroups().list(inDemo); !groups)
        return groups.error();
    return {};
}

QString DemoLab::findImage()
{
    const QString fromEnv = qEnvironmentVariable("STACKDESK_DEMO_IMAGE");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv) ? fromEnv : QString();
    const QDir app(QCoreApplication::applicationDirPath());
    // Installed: bin/../share/stackdesk. Build tree: build/app/gui/../../share/stackdesk.
    for (const QString &relative : {QStringLiteral("../share/stackdesk/tiny-linux.qcow2"),
                                    QStringLiteral("../../share/stackdesk/tiny-linux.qcow2")})
        if (const QString path = QDir::cleanPath(app.filePath(relative)); QFile::exists(path))
            return path;
    return {};
}

Result<void> DemoLab::seedImage(const DataDir &dir, ImageService &images, const RequestContext &admin,
                                const QString &file)
{
    QFile readme(dir.path() + QStringLiteral("/README.txt"));
    if (file.isEmpty()) {
        if (readme.open(QIODevice::Append))
            readme.write(tr("\nNo tiny-linux image: it is built with scripts/build-demo-image.sh (needs Debian's "
                            "package mirror once). Then delete this folder to recreate the demo lab, or upload it "
                            "yourself: stackctl --demo image create --file tiny-linux.qcow2 --public tiny-linux\n")
                             .toUtf8());
        return {};
    }
    ImageSpec spec;
    spec.name = QStringLiteral("tiny-linux");
    spec.diskFormat = QStringLiteral("qcow2");
    spec.minDiskGb = 1;
    spec.minRamMb = 64;
    spec.visibility = ImageVisibility::Public;
    spec.sourceFile = file;
    spec.properties = {{QStringLiteral("os_type"), QStringLiteral("linux")},
                       {QStringLiteral("os_distro"), QStringLiteral("debian")},
                       {QStringLiteral("architecture"), QStringLiteral("x86_64")},
                       {QStringLiteral("description"),
                        QStringLiteral("Debian kernel + busybox: serial console, DHCP on every NIC")}};
    auto image = images.importNow(admin, spec);
    if (!image)
        return makeError(image.error().code, tr("Demo lab: image tiny-linux: %1").arg(image.error().message),
                         image.error().details);
    return {};
}

} // namespace sd
