// Launch figures (issue 6, Performance): N m1.tiny instances across 10 simulated hosts through the engine
// (quota, scheduler and claims, ports, image cache, disks, domain XML, define + start) and their deletes,
// beside a plain loop of virDomainDefineXML + virDomainCreate on the same test driver.
//
// Run: build/tests/bench/bench_launch [instances]

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"
#include "quota/quotaservice.h"
#include "tasks/taskrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <libvirt/libvirt.h>

using namespace sd;

namespace {
// The plain libvirt loop: the floor any engine on this driver stands on.
double plainLoopMs(const QString &nodeXml, int count)
{
    const QByteArray uri = "test://" + QFile::encodeName(nodeXml);
    virConnectPtr conn = virConnectOpen(uri.constData());
    if (!conn)
        return -1;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray xml = QStringLiteral("<domain type='test'><name>plain-%1</name><uuid>%1</uuid>"
                                              "<memory unit='MiB'>512</memory><vcpu>1</vcpu>"
                                              "<os><type arch='x86_64'>hvm</type></os></domain>")
                                   .arg(uuid)
                                   .toUtf8();
        virDomainPtr d = virDomainDefineXML(conn, xml.constData());
        if (!d || virDomainCreate(d) < 0)
            return -1;
        virDomainFree(d);
    }
    const double ms = t.nsecsElapsed() / 1e6;
    virConnectClose(conn);
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    auto opened = Engine::open(EngineOptions{dir.path() + QStringLiteral("/data"), true, true, {}});
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    Engine &engine = **opened;
    const RequestContext admin = *engine.localAdminContext();
    engine.hosts().waitUntilSettled(10000);
    // Seven more simulated hosts like compute-1, for ten in all.
    const QString hostsDir = engine.dataDir().path() + QStringLiteral("/hosts");
    const QString nodeXml = hostsDir + QStringLiteral("/compute-1.xml");
    for (int i = 4; i <= 10; ++i) {
        const QString file = hostsDir + QStringLiteral("/compute-%1.xml").arg(i);
        QFile::copy(nodeXml, file);
        HostSpec h;
        h.name = QStringLiteral("compute-%1").arg(i);
        h.uri = QStringLiteral("test://") + file;
        auto task = engine.hosts().add(admin, h);
        if (!task || !engine.tasks().wait(*task)) {
            out << "adding " << h.name << " failed" << Qt::endl;
            return 1;
        }
    }
    // The test driver gives every pool 100 GiB, so each host takes 100 m1.tiny; the demo's compute-2 (32
    // GiB) ran out of RAM at 95 at Nova's 1.5, and the last launches were NoValidHost. A RAM ratio of 2.0
    // there (an administrator's setting) lets the ten hosts take all 1,000.
    HostUpdate roomier;
    roomier.ramAllocationRatio = 2.0;
    if (!engine.hosts().update(admin, QStringLiteral("compute-2"), roomier)) {
        out << "compute-2's RAM ratio could not be set" << Qt::endl;
        return 1;
    }
    engine.hosts().waitUntilSettled(10000);
    const QString image = dir.filePath(QStringLiteral("tiny.qcow2"));
    QProcess::execute(QStringLiteral("qemu-img"), {"create", "-q", "-f", "qcow2", image, "64M"});
    ImageSpec spec;
    spec.name = QStringLiteral("tiny");
    spec.diskFormat = QStringLiteral("qcow2");
    spec.visibility = ImageVisibility::Public;
    spec.sourceFile = image;
    if (!engine.images().importNow(admin, spec)) {
        out << "image import failed" << Qt::endl;
        return 1;
    }
    QHash<QString, qint64> unlimited;
    for (const char *r : {"instances", "cores", "ram", "ports"})
        unlimited.insert(QLatin1String(r), -1);
    if (!engine.quotas().set(admin, QStringLiteral("admin"), unlimited)) {
        out << "quota failed" << Qt::endl;
        return 1;
    }
    // A tenant network big enough for every instance's port.
    NetworkSpec net;
    net.name = QStringLiteral("bench");
    SubnetSpec sub;
    sub.network = net.name;
    sub.cidr = QStringLiteral("10.200.0.0/20");
    if (!engine.networks().create(admin, net) || !engine.subnets().create(admin, sub)) {
        out << "network failed" << Qt::endl;
        return 1;
    }
    LaunchSpec launch;
    launch.flavor = QStringLiteral("m1.tiny");
    launch.image = QStringLiteral("tiny");
    launch.nics = {{QStringLiteral("bench"), {}, {}}};

    QElapsedTimer t;
    t.start();
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        launch.name = QStringLiteral("bench-%1").arg(i);
        auto made = engine.instances().launch(admin, launch);
        if (!made) {
            out << "launch " << i << " failed: " << made.error().toString() << Qt::endl;
            return 1;
        }
        ids << made->first().id;
        // Let the builds run while launches are made, as a GUI's event loop would.
        QCoreApplication::processEvents();
    }
    const double submitted = t.nsecsElapsed() / 1e6;
    int active = 0;
    QString firstFault;
    for (const QString &id : ids) {
        auto i = engine.instances().waitUntilSettled(id, 600000);
        if (i && i->status() == QLatin1String("ACTIVE"))
            ++active;
        else if (firstFault.isEmpty())
            firstFault = i ? i->fault.message : i.error().toString();
    }
    const double launched = t.nsecsElapsed() / 1e6;
    QHash<QString, int> perHost;
    const auto all = engine.instances().list(admin);
    if (all)
        for (const Instance &i : *all)
            perHost[i.hostName] += 1;

    t.restart();
    QStringList tasks;
    for (const QString &id : ids)
        if (auto task = engine.instances().remove(admin, id); task && !task->isEmpty())
            tasks << *task;
    for (const QString &task : tasks)
        static_cast<void>(engine.tasks().wait(task));
    const double deleted = t.nsecsElapsed() / 1e6;

    const double plain = plainLoopMs(nodeXml, count);
    out << "instances: " << count << " on " << perHost.size() << " hosts, " << active << " ACTIVE" << Qt::endl;
    if (!firstFault.isEmpty())
        out << "first failure: " << firstFault << Qt::endl;
    out << "launch calls: " << submitted << " ms; all ACTIVE after " << launched << " ms ("
        << launched / count << " ms each)" << Qt::endl;
    out << "delete: " << deleted << " ms (" << deleted / count << " ms each)" << Qt::endl;
    out << "plain virDomainDefineXML + virDomainCreate loop: " << plain << " ms (" << plain / count
        << " ms each); engine/plain ratio: " << launched / plain << Qt::endl;
    QStringList spread;
    for (auto it = perHost.cbegin(); it != perHost.cend(); ++it)
        spread << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    spread.sort();
    out << "spread: " << spread.join(QStringLiteral(", ")) << Qt::endl;
    return 0;
}
