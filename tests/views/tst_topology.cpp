// Project › Network › Network Topology: the layout (pure geometry) places every network and router of the
// demo lab without overlaps and joins router1 to public and private; a larger synthetic project keeps
// nodes off each other's lines; the panel follows the engine's notifications (a new network, an instance
// port, a router interface), and its balloons' actions (Add Interface, Create Subnet) reach the engine.

#include "viewhelpers.h"
#include "viewtestlab.h"

#include "topology/devicenodeitem.h"
#include "topology/networkbaritem.h"
#include "topology/topologyactions.h"
#include "topology/topologydetailspopup.h"
#include "topology/topologyinterfacedialog.h"
#include "topology/topologylayout.h"
#include "topology/topologymodel.h"
#include "topology/topologypanel.h"
#include "topology/topologyscene.h"
#include "topology/topologysubnetdialog.h"
#include "topology/topologyview.h"

#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/subnetservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QWheelEvent>

using namespace sd;

namespace {

QString idOf(const TopologySnapshot &s, const QString &name)
{
    for (const Network &n : s.networks)
        if (n.name == name)
            return n.id;
    for (const Router &r : s.routers)
        if (r.name == name)
            return r.id;
    return {};
}

// Every pair of boxes apart: nodes from nodes and from bars, bars from bars.
QString firstOverlap(const TopologyGeometry &g)
{
    for (int i = 0; i < g.nodes.size(); ++i) {
        for (int j = i + 1; j < g.nodes.size(); ++j)
            if (g.nodes[i].rect.intersects(g.nodes[j].rect))
                return QStringLiteral("node %1 overlaps node %2").arg(g.nodes[i].name, g.nodes[j].name);
        for (const TopologyBar &b : g.bars)
            if (g.nodes[i].rect.intersects(b.rect))
                return QStringLiteral("node %1 overlaps network %2").arg(g.nodes[i].name, b.name);
    }
    for (int i = 0; i < g.bars.size(); ++i)
        for (int j = i + 1; j < g.bars.size(); ++j)
            if (g.bars[i].rect.intersects(g.bars[j].rect))
                return QStringLiteral("network %1 overlaps network %2").arg(g.bars[i].name, g.bars[j].name);
    return {};
}

// A line that crosses a node it does not belong to, or does not end at its node and its bar.
QString firstBadLink(const TopologyGeometry &g)
{
    for (const TopologyLink &l : g.links) {
        const TopologyNode *own = g.node(l.nodeId);
        const TopologyBar *bar = g.bar(l.networkId);
        if (!own || !bar)
            return QStringLiteral("link %1 -> %2 has no node or bar").arg(l.nodeId, l.networkId);
        const QPointF nodeEnd = l.barOnRight ? l.line.p1() : l.line.p2();
        const QPointF barEnd = l.barOnRight ? l.line.p2() : l.line.p1();
        if (!qFuzzyCompare(nodeEnd.x(), l.barOnRight ? own->rect.right() : own->rect.left()) ||
            !qFuzzyCompare(barEnd.x(), l.barOnRight ? bar->rect.left() : bar->rect.right()) ||
            !own->rect.contains(QPointF(own->rect.center().x(), nodeEnd.y())) ||
            !bar->rect.contains(barEnd - QPointF(l.barOnRight ? -1 : 1, 0)))
            return QStringLiteral("link %1 -> %2 does not join its node and bar").arg(own->name, bar->name);
        const QRectF band = QRectF(l.line.p1(), l.line.p2()).normalized().adjusted(0, -0.5, 0, 0.5);
        for (const TopologyNode &n : g.nodes)
            if (n.id != l.nodeId && n.rect.intersects(band))
                return QStringLiteral("link of %1 to %2 crosses node %3").arg(own->name, bar->name, n.name);
    }
    return {};
}

// Twelve networks (one external), five routers each on three tenant networks, and sixty instances, some
// with a second port on a network far to the right.
TopologySnapshot syntheticProject()
{
    TopologySnapshot s;
    for (int n = 0; n < 12; ++n) {
        Network net;
        net.id = QStringLiteral("net-%1").arg(n, 2, 10, QLatin1Char('0'));
        net.name = QStringLiteral("net-%1").arg(n, 2, 10, QLatin1Char('0'));
        net.external = n == 0;
        Subnet sub;
        sub.id = QStringLiteral("sub-%1").arg(n);
        sub.networkId = net.id;
        sub.cidr = QStringLiteral("10.%1.0.0/24").arg(n);
        s.networks.insert(net.id, net);
        s.subnets.insert(sub.id, sub);
    }
    for (int r = 0; r < 5; ++r) {
        Router router;
        router.id = QStringLiteral("router-%1").arg(r);
        router.name = router.id;
        router.externalNetworkId = QStringLiteral("net-00");
        for (int k = 0; k < 3; ++k) {
            const int n = 1 + (r * 2 + k * 3) % 11;
            router.interfaces.append({QStringLiteral("rp-%1-%2").arg(r).arg(k),
                                      QStringLiteral("sub-%1").arg(n), QStringLiteral("10.%1.0.1").arg(n)});
        }
        s.routers.insert(router.id, router);
    }
    for (int i = 0; i < 60; ++i) {
        const auto addPort = [&](int n, int which) {
            Port p;
            p.id = QStringLiteral("port-%1-%2").arg(i).arg(which);
            p.deviceId = QStringLiteral("vm-%1").arg(i);
            p.deviceOwner = DeviceOwner::compute(QStringLiteral("nova"));
            p.networkId = QStringLiteral("net-%1").arg(n, 2, 10, QLatin1Char('0'));
            p.fixedIps = {{QStringLiteral("sub-%1").arg(n), QStringLiteral("10.%1.0.%2").arg(n).arg(10 + i)}};
            s.ports.insert(p.id, p);
        };
        addPort(1 + i % 11, 0);
        if (i % 7 == 0)
            addPort(1 + (i + 5) % 11, 1);
    }
    return s;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT

private:
    test::ViewTestLab lab;
    RequestContext member;
    std::unique_ptr<TopologyPanel> panel;

    static void deleteClosedDialogs() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    const TopologyGeometry &shown() const { return panel->scene()->geometry(); }

    QString routerId() const { return idOf(panel->model()->snapshot(), QStringLiteral("router1")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(lab.open());
        member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(member.isValid());
        panel = std::make_unique<TopologyPanel>(*lab.engine, member);
        panel->resize(1200, 760);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    }

    void init()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w) || qobject_cast<TopologyDetailsPopup *>(w))
                w->deleteLater();
        deleteClosedDialogs();
    }

    void cleanupTestCase() { panel.reset(); }

    void demoLabLaidOutWithoutOverlaps()
    {
        TopologyModel model(*lab.engine, member);
        const TopologySnapshot &s = model.snapshot();
        const QString publicId = idOf(s, QStringLiteral("public"));
        const QString privateId = idOf(s, QStringLiteral("private"));
        const QString router = idOf(s, QStringLiteral("router1"));
        QVERIFY(!publicId.isEmpty());
        QVERIFY(!privateId.isEmpty());
        QVERIFY(!router.isEmpty());

        const TopologyGeometry g = TopologyLayout::compute(s);
        QCOMPARE(g.bars.size(), s.networks.size());
        for (const Network &n : s.networks)
            QVERIFY2(g.bar(n.id), qPrintable(n.name));
        QCOMPARE(g.nodes.size(), s.routers.size());
        QVERIFY(g.node(router));
        QVERIFY2(firstOverlap(g).isEmpty(), qPrintable(firstOverlap(g)));
        QVERIFY(g.connects(router, publicId));
        QVERIFY(g.connects(router, privateId));
        // External first, as traffic leaves the cloud on the left; the router between its two networks.
        QCOMPARE(g.bars.first().networkId, publicId);
        QVERIFY(g.bar(publicId)->external);
        QVERIFY(g.node(router)->rect.left() > g.bar(publicId)->rect.right());
        QVERIFY(g.node(router)->rect.right() < g.bar(privateId)->rect.left());
        QVERIFY2(firstBadLink(g).isEmpty(), qPrintable(firstBadLink(g)));
        for (const TopologyLink &l : g.links)
            if (l.nodeId == router && l.networkId == privateId)
                QCOMPARE(l.address, QStringLiteral("10.0.0.1"));
        QVERIFY(g.bounds.contains(g.bar(privateId)->rect));
    }

    void largerProjectKeepsNodesOffEachOthersLines()
    {
        const TopologySnapshot s = syntheticProject();
        const TopologyGeometry g = TopologyLayout::compute(s);
        QCOMPARE(g.bars.size(), 12);
        QCOMPARE(g.nodes.size(), 5 + 60);
        QCOMPARE(g.links.size(), 5 * 4 + 60 + 9);
        QVERIFY2(firstOverlap(g).isEmpty(), qPrintable(firstOverlap(g)));
        QVERIFY2(firstBadLink(g).isEmpty(), qPrintable(firstBadLink(g)));
        for (const TopologyNode &n : g.nodes)
            QVERIFY2(n.rect.bottom() <= g.bars.first().rect.bottom(), qPrintable(n.name));
        for (const TopologyBar &b : g.bars)
            QCOMPARE(b.rect.height(), g.bars.first().rect.height());
        // Each router's networks stand next to each other after the external one.
        QVERIFY(g.bars.first().external);
    }

    void sceneDrawsTheDemoLab()
    {
        panel->relayout();
        QVERIFY(!panel->showsEmptyState());
        QCOMPARE(panel->scene()->barItems().size(), panel->model()->snapshot().networks.size());
        QCOMPARE(panel->scene()->nodeItems().size(), 1);
        QCOMPARE(panel->scene()->nodeItems().first()->node().name, QStringLiteral("router1"));
        QCOMPARE(panel->scene()->linkItems().size(), 2);
    }

    void newNetworkAppearsFromTheNotification()
    {
        NetworkSpec spec;
        spec.name = QStringLiteral("extra");
        auto extra = lab.engine->networks().create(member, spec);
        QVERIFY(extra.ok());
        SubnetSpec subnet;
        subnet.name = QStringLiteral("extra-subnet");
        subnet.network = extra->id;
        subnet.cidr = QStringLiteral("10.8.0.0/24");
        QVERIFY(lab.engine->subnets().create(member, subnet).ok());
        QTRY_VERIFY(shown().bar(extra->id));
        QCOMPARE(shown().bar(extra->id)->cidrs, QStringList{QStringLiteral("10.8.0.0/24")});
        QVERIFY(!shown().connects(routerId(), extra->id));
    }

    void instancePortsAreNodesOtherPortsAreNot()
    {
        PortSpec plain;
        plain.name = QStringLiteral("plain");
        plain.network = QStringLiteral("private");
        QVERIFY(lab.engine->ports().create(member, plain).ok());
        PortSpec vm;
        vm.name = QStringLiteral("vm-port");
        vm.network = QStringLiteral("private");
        vm.deviceOwner = DeviceOwner::compute(QStringLiteral("nova"));
        vm.deviceId = QStringLiteral("0b5c2f8e-1111-4222-8333-944455556666");
        auto port = lab.engine->ports().create(member, vm);
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        QTRY_VERIFY(shown().node(vm.deviceId));
        QCOMPARE(shown().node(vm.deviceId)->kind, TopologyNode::Kind::Instance);
        QVERIFY(shown().connects(vm.deviceId, idOf(panel->model()->snapshot(), QStringLiteral("private"))));
        QCOMPARE(shown().nodes.size(), 2); // router1 and the instance, not the plain port
        QVERIFY2(firstOverlap(shown()).isEmpty(), qPrintable(firstOverlap(shown())));
        QVERIFY(lab.engine->ports().remove(member, port->id).ok());
        QTRY_VERIFY(!shown().node(vm.deviceId));
    }

    void routerBalloonAddsAnInterface()
    {
        const QString extra = idOf(panel->model()->snapshot(), QStringLiteral("extra"));
        QVERIFY(!extra.isEmpty());
        TopologyDetailsPopup *popup = panel->actions()->detailsFor(QStringLiteral("router"), routerId());
        QVERIFY(popup);
        QVERIFY(popup->text().contains(QStringLiteral("router1")));
        QVERIFY2(popup->text().contains(QStringLiteral("public (172.24.4.")), qPrintable(popup->text()));
        QVERIFY(popup->text().contains(QStringLiteral("private-subnet (10.0.0.0/24): 10.0.0.1")));
        auto *add = popup->findChild<QPushButton *>(QStringLiteral("TopologyAddInterfaceButton"));
        QVERIFY(add);
        popup->popup(panel->mapToGlobal(QPoint(100, 100)));
        add->click();
        auto *dialog = test::openedDialog<TopologyInterfaceDialog>(panel.get());
        QVERIFY(dialog);
        // Subnets on the router already and external ones are not offered.
        for (int i = 0; i < dialog->subnetCombo()->count(); ++i)
            QVERIFY(!dialog->subnetCombo()->itemText(i).contains(QStringLiteral("private-subnet")));
        QVERIFY(dialog->selectSubnet(QStringLiteral("extra-subnet")));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        auto router = lab.engine->routers().show(member, routerId());
        QVERIFY(router.ok());
        QCOMPARE(router->interfaces.size(), 2);
        QTRY_VERIFY(shown().connects(routerId(), extra));
        QVERIFY2(firstOverlap(shown()).isEmpty(), qPrintable(firstOverlap(shown())));
    }

    void networkBalloonCreatesASubnet()
    {
        const QString extra = idOf(panel->model()->snapshot(), QStringLiteral("extra"));
        TopologyDetailsPopup *popup = panel->actions()->detailsFor(QStringLiteral("network"), extra);
        QVERIFY(popup);
        QVERIFY(popup->text().contains(QStringLiteral("extra-subnet  10.8.0.0/24 (gateway 10.8.0.1)")));
        QVERIFY(popup->findChild<QPushButton *>(QStringLiteral("TopologyDeleteNetworkButton")));
        auto *create = popup->findChild<QPushButton *>(QStringLiteral("TopologyCreateSubnetButton"));
        QVERIFY(create);
        popup->popup(panel->mapToGlobal(QPoint(100, 100)));
        create->click();
        auto *dialog = test::openedDialog<TopologySubnetDialog>(panel.get());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->cidrEdit(), QStringLiteral("10.9.0.1/24"));
        // The engine's own check, naming the network address.
        QVERIFY2(dialog->problemText().contains(QStringLiteral("10.9.0.0/24")),
                 qPrintable(dialog->problemText()));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->cidrEdit()->setText(QStringLiteral("10.8.0.0/25"));
        QVERIFY2(!dialog->problemText().isEmpty(), "overlaps extra-subnet");
        dialog->cidrEdit()->setText(QStringLiteral("10.9.0.0/24"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QCOMPARE(lab.engine->subnets().list(member, extra)->size(), 2);
        QTRY_COMPARE(shown().bar(extra)->cidrs.size(), 2);
    }

    void externalNetworkOffersMembersNoActions()
    {
        const QString publicId = idOf(panel->model()->snapshot(), QStringLiteral("public"));
        std::unique_ptr<TopologyDetailsPopup> popup(
            panel->actions()->detailsFor(QStringLiteral("network"), publicId));
        QVERIFY(popup);
        QVERIFY(!popup->findChild<QPushButton *>(QStringLiteral("TopologyDeleteNetworkButton")));
        QVERIFY(!popup->findChild<QPushButton *>(QStringLiteral("TopologyCreateSubnetButton")));
    }

    void clickOnARouterOpensItsBalloon()
    {
        panel->view()->setZoom(1.0);
        const DeviceNodeItem *router = panel->scene()->nodeItems().first();
        panel->view()->ensureVisible(router);
        const QPoint at = panel->view()->mapFromScene(router->sceneBoundingRect().center());
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, at);
        TopologyDetailsPopup *popup = nullptr;
        QTRY_VERIFY((popup = panel->findChild<TopologyDetailsPopup *>()));
        QVERIFY(popup->isVisible());
        QVERIFY(popup->text().contains(QStringLiteral("router1")));
        popup->close();
    }

    void zoomAndLabels()
    {
        TopologyView *view = panel->view();
        view->setZoom(1.0);
        panel->zoomInAction()->trigger();
        QCOMPARE(view->zoom(), 1.25);
        panel->zoomOutAction()->trigger();
        QCOMPARE(view->zoom(), 1.0);
        QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->zoom(), 1.25);
        panel->fitAction()->trigger();
        QVERIFY(view->zoom() <= 1.0);

        QVERIFY(panel->labelsAction()->isChecked());
        panel->labelsAction()->trigger();
        QVERIFY(!panel->scene()->showLabels());
        // A redraw keeps the choice.
        panel->relayout();
        QVERIFY(!panel->scene()->showLabels());
        panel->labelsAction()->trigger();
        QVERIFY(panel->scene()->showLabels());
    }
};

SD_GUI_TEST_MAIN(TestTopology)
#include "tst_topology.moc"
