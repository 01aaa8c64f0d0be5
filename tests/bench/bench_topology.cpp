// Network Topology figures: a synthetic project with 50 networks (2 external), 20 routers and 500
// instances (one port each) — issue 5's size — laid out, turned into scene items, and painted once
// offscreen: the whole picture scaled into a 1920x1080 image, and one 1920x1080 window at 100%.
//
// Run: build/tests/bench/bench_topology [networks] [routers] [instances]

#include "topology/topologylayout.h"
#include "topology/topologyscene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

using namespace sd;

namespace {

QTextStream out(stdout);

QString id(const char *kind, int i)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(i, 4, 10, QLatin1Char('0'));
}

TopologySnapshot syntheticLab(int networks, int routers, int instances)
{
    TopologySnapshot s;
    const int external = std::min(2, networks);
    for (int n = 0; n < networks; ++n) {
        Network net;
        net.id = id("net", n);
        net.name = n < external ? QStringLiteral("public-%1").arg(n) : QStringLiteral("tenant-net-%1").arg(n);
        net.external = n < external;
        net.projectId = QStringLiteral("p");
        Subnet sub;
        sub.id = id("subnet", n);
        sub.name = net.name + QStringLiteral("-subnet");
        sub.networkId = net.id;
        sub.cidr =
            n < external ? QStringLiteral("172.24.%1.0/24").arg(n) : QStringLiteral("10.%1.0.0/24").arg(n);
        sub.gatewayIp = sub.cidr.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".1");
        net.subnetIds = {sub.id};
        s.networks.insert(net.id, net);
        s.subnets.insert(sub.id, sub);
    }
    // Each router has a gateway on an external network and interfaces on the tenant networks in turn.
    const int tenants = networks - external;
    for (int r = 0; r < routers; ++r) {
        Router router;
        router.id = id("router", r);
        router.name = QStringLiteral("router-%1").arg(r);
        router.projectId = QStringLiteral("p");
        if (external > 0) {
            router.externalNetworkId = id("net", r % external);
            router.externalFixedIps = {
                {id("subnet", r % external), QStringLiteral("172.24.%1.%2").arg(r % external).arg(10 + r)}};
        }
        for (int t = r; tenants > 0 && t < tenants; t += routers) {
            const int n = external + t;
            router.interfaces.append(
                {id("rport", n), id("subnet", n), s.subnets.value(id("subnet", n)).gatewayIp});
        }
        s.routers.insert(router.id, router);
    }
    for (int i = 0; i < instances; ++i) {
        Port port;
        port.id = id("port", i);
        port.name = QStringLiteral("vm-%1").arg(i);
        port.deviceId = id("instance", i);
        port.deviceOwner = DeviceOwner::compute(QStringLiteral("nova"));
        port.projectId = QStringLiteral("p");
        const int n = tenants > 0 ? external + i % tenants : 0;
        port.networkId = id("net", n);
        port.hostId = i % 3 ? QStringLiteral("compute-1") : QString();
        port.fixedIps = {
            {id("subnet", n), QStringLiteral("10.%1.0.%2").arg(n).arg(10 + i / std::max(1, tenants))}};
        s.ports.insert(port.id, port);
    }
    return s;
}

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int networks = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const int routers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    const int instances = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 500;
    const TopologySnapshot snapshot = syntheticLab(networks, routers, instances);

    // The layout alone, as the panel runs it after each burst of notifications: the median of 21 runs.
    QList<double> runs;
    TopologyGeometry geometry;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        geometry = TopologyLayout::compute(snapshot);
        runs.append(ms(t));
    }
    std::sort(runs.begin(), runs.end());

    QElapsedTimer t;
    t.start();
    TopologyScene scene;
    scene.setGeometry(geometry);
    const double build = ms(t);

    QImage whole(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    whole.fill(Qt::white);
    t.restart();
    {
        QPainter painter(&whole);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, whole.rect(), geometry.bounds, Qt::KeepAspectRatio);
    }
    const double paintWhole = ms(t);

    QImage window(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    window.fill(Qt::white);
    t.restart();
    {
        QPainter painter(&window);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, window.rect(), QRectF(0, 0, 1920, 1080));
    }
    const double paintWindow = ms(t);

    out << QStringLiteral(
               "topology: %1 networks, %2 routers, %3 instance ports -> %4 bars, %5 nodes, %6 links, "
               "scene %7 x %8 px")
               .arg(networks)
               .arg(routers)
               .arg(instances)
               .arg(geometry.bars.size())
               .arg(geometry.nodes.size())
               .arg(geometry.links.size())
               .arg(qRound(geometry.bounds.width()))
               .arg(qRound(geometry.bounds.height()))
        << Qt::endl;
    out << QStringLiteral("layout (median of 21):            %1 ms").arg(runs.at(runs.size() / 2), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("scene items built:                %1 ms").arg(build, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("paint whole scene into 1920x1080: %1 ms").arg(paintWhole, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("paint one 1920x1080 window, 100%: %1 ms").arg(paintWindow, 0, 'f', 2) << Qt::endl;
    if (argc > 4)
        whole.save(QString::fromLocal8Bit(argv[4]));
    return 0;
}
