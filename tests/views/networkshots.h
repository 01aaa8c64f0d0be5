#pragma once

// The networks and routers part of sd_screenshots: Project › Network › Networks and Routers (as the demo
// member) and their Admin panels (standalone until the main window lists them), the Create Network
// wizard's three steps (with a refused address), a network's details with its Subnets and Ports tabs,
// Create Subnet with an overlap, Create Port, Edit Network, Create Router, Set Gateway, a router's
// Interfaces tab and Add Interface.

#include "testlab.h"

#include "dialogs/editnetworkdialog.h"
#include "dialogs/portdialog.h"
#include "dialogs/routerdialog.h"
#include "dialogs/routergatewaydialog.h"
#include "dialogs/routerinterfacedialog.h"
#include "dialogs/subnetdialog.h"
#include "panels/networkactions.h"
#include "panels/networkdetailsdialog.h"
#include "panels/networkspanel.h"
#include "panels/routeractions.h"
#include "panels/routerdetailsdialog.h"
#include "panels/routerspanel.h"
#include "panels/tablepane.h"
#include "wizards/createnetwork/createnetworkwizard.h"
#include "wizards/createnetwork/networkpage.h"
#include "wizards/createnetwork/subnetdetailspage.h"
#include "wizards/createnetwork/subnetpage.h"

#include "engine.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/subnetservice.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

namespace sd::test {

inline void seedNetworks(Engine &engine, const RequestContext &admin, const RequestContext &member)
{
    NetworkSpec web;
    web.name = QStringLiteral("web-tier");
    (void)engine.networks().create(member, web);
    SubnetSpec webSubnet;
    webSubnet.name = QStringLiteral("web-subnet");
    webSubnet.network = web.name;
    webSubnet.cidr = QStringLiteral("192.168.10.0/24");
    webSubnet.dnsNameservers = {QStringLiteral("8.8.8.8")};
    (void)engine.subnets().create(member, webSubnet);
    SubnetSpec webV6;
    webV6.name = QStringLiteral("web-v6");
    webV6.network = web.name;
    webV6.cidr = QStringLiteral("fd00:10::/64");
    (void)engine.subnets().create(member, webV6);
    PortSpec port;
    port.name = QStringLiteral("db-vip");
    port.network = web.name;
    port.fixedIps = {FixedIpRequest{QString(), QStringLiteral("192.168.10.50")}};
    (void)engine.ports().create(member, port);
    (void)engine.routers().addInterface(member, QStringLiteral("router1"), QStringLiteral("web-subnet"));

    NetworkSpec course;
    course.name = QStringLiteral("course-shared");
    course.shared = true;
    (void)engine.networks().create(admin, course);
    SubnetSpec courseSubnet;
    courseSubnet.name = QStringLiteral("course-subnet");
    courseSubnet.network = course.name;
    courseSubnet.cidr = QStringLiteral("10.50.0.0/16");
    (void)engine.subnets().create(admin, courseSubnet);
    NetworkSpec held;
    held.name = QStringLiteral("maintenance");
    held.adminStateUp = false;
    (void)engine.networks().create(member, held);
    RouterSpec lab;
    lab.name = QStringLiteral("lab-router");
    (void)engine.routers().create(member, lab);
}

// save: the caller's function that waits a moment and writes widget's PNG.
template <typename Save> bool shootNetworks(TestLab &lab, const QString &out, Save save)
{
    Engine &engine = *lab.engine;
    const RequestContext &admin = lab.admin;
    const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
    seedNetworks(engine, admin, member);
    bool ok = true;

    NetworksPanel project(engine, member, NetworkModel::Scope::Project);
    project.resize(1180, 560);
    project.show();
    ok = QTest::qWaitForWindowExposed(&project) && ok;
    project.selectNetworks({QStringLiteral("web-tier")});
    ok = save(&project, out + QStringLiteral("/networks.png")) && ok;

    NetworksPanel all(engine, admin, NetworkModel::Scope::Admin);
    all.resize(1180, 560);
    all.show();
    ok = QTest::qWaitForWindowExposed(&all) && ok;
    all.selectNetworks({QStringLiteral("public")});
    ok = save(&all, out + QStringLiteral("/networks-admin.png")) && ok;

    {
        CreateNetworkWizard wizard(engine, admin, NetworkModel::Scope::Admin, &all);
        wizard.show();
        ok = QTest::qWaitForWindowExposed(&wizard) && ok;
        QTest::keyClicks(wizard.networkPage()->nameEdit(), QStringLiteral("db-tier"));
        ok = save(&wizard, out + QStringLiteral("/createnetwork.png")) && ok;
        wizard.next();
        wizard.subnetPage()->nameEdit()->setText(QStringLiteral("db-subnet"));
        QTest::keyClicks(wizard.subnetPage()->cidrEdit(), QStringLiteral("10.0.0.0/33"));
        ok = save(&wizard, out + QStringLiteral("/createnetwork-subnet-invalid.png")) && ok;
        wizard.subnetPage()->cidrEdit()->setText(QStringLiteral("10.30.0.0/24"));
        wizard.subnetPage()->gatewayEdit()->setText(QStringLiteral("10.31.0.1"));
        ok = save(&wizard, out + QStringLiteral("/createnetwork-gateway-invalid.png")) && ok;
        wizard.subnetPage()->gatewayEdit()->clear();
        ok = save(&wizard, out + QStringLiteral("/createnetwork-subnet.png")) && ok;
        wizard.next();
        wizard.detailsPage()->poolsEdit()->setPlainText(
            QStringLiteral("10.30.0.10,10.30.0.99\n10.30.0.200,10.30.1.20"));
        wizard.detailsPage()->dnsEdit()->setPlainText(QStringLiteral("8.8.8.8"));
        ok = save(&wizard, out + QStringLiteral("/createnetwork-details-invalid.png")) && ok;
        wizard.detailsPage()->poolsEdit()->clear();
        wizard.detailsPage()->routesEdit()->setPlainText(QStringLiteral("192.168.200.0/24,10.30.0.254"));
        ok = save(&wizard, out + QStringLiteral("/createnetwork-details.png")) && ok;
        wizard.reject();
    }

    project.selectNetworks({QStringLiteral("web-tier")});
    project.actions()->detailsAction()->trigger();
    if (auto *details = project.findChild<NetworkDetailsDialog *>()) {
        ok = QTest::qWaitForWindowExposed(details) && ok;
        ok = save(details, out + QStringLiteral("/network-details.png")) && ok;
        details->tabs()->setCurrentIndex(1);
        ok = save(details, out + QStringLiteral("/network-subnets.png")) && ok;
        details->tabs()->setCurrentIndex(2);
        details->portTable()->selectByName({QStringLiteral("db-vip")});
        ok = save(details, out + QStringLiteral("/network-ports.png")) && ok;

        auto network = engine.networks().show(member, QStringLiteral("web-tier"));
        if (network) {
            SubnetDialog subnet(engine, member, *network, std::nullopt, details);
            subnet.show();
            ok = QTest::qWaitForWindowExposed(&subnet) && ok;
            subnet.subnetPage()->nameEdit()->setText(QStringLiteral("web-more"));
            subnet.subnetPage()->cidrEdit()->setText(QStringLiteral("192.168.10.128/25"));
            ok = save(&subnet, out + QStringLiteral("/createsubnet-overlap.png")) && ok;
            subnet.reject();

            PortDialog port(engine, member, *network, std::nullopt, details);
            port.show();
            ok = QTest::qWaitForWindowExposed(&port) && ok;
            port.nameEdit()->setText(QStringLiteral("cache-vip"));
            port.subnetCombo()->setCurrentIndex(1);
            port.ipEdit()->setText(QStringLiteral("192.168.11.5"));
            ok = save(&port, out + QStringLiteral("/createport-invalid.png")) && ok;
            port.ipEdit()->setText(QStringLiteral("192.168.10.60"));
            ok = save(&port, out + QStringLiteral("/createport.png")) && ok;
            port.reject();

            EditNetworkDialog edit(engine, admin, *network, true, &all);
            edit.show();
            ok = QTest::qWaitForWindowExposed(&edit) && ok;
            ok = save(&edit, out + QStringLiteral("/editnetwork.png")) && ok;
            edit.reject();
        }
        details->close();
    } else {
        ok = false;
    }

    RoutersPanel routers(engine, member, RouterModel::Scope::Project);
    routers.resize(1180, 480);
    routers.show();
    ok = QTest::qWaitForWindowExposed(&routers) && ok;
    routers.selectRouters({QStringLiteral("lab-router")});
    ok = save(&routers, out + QStringLiteral("/routers.png")) && ok;
    RoutersPanel allRouters(engine, admin, RouterModel::Scope::Admin);
    allRouters.resize(1180, 480);
    allRouters.show();
    ok = QTest::qWaitForWindowExposed(&allRouters) && ok;
    ok = save(&allRouters, out + QStringLiteral("/routers-admin.png")) && ok;
    {
        RouterDialog create(engine, member, std::nullopt, false, &routers);
        create.show();
        ok = QTest::qWaitForWindowExposed(&create) && ok;
        create.nameEdit()->setText(QStringLiteral("edge"));
        ok = save(&create, out + QStringLiteral("/createrouter.png")) && ok;
        create.reject();
    }
    if (auto labRouter = engine.routers().show(member, QStringLiteral("lab-router"))) {
        RouterGatewayDialog gateway(engine, member, *labRouter, &routers);
        gateway.show();
        ok = QTest::qWaitForWindowExposed(&gateway) && ok;
        ok = save(&gateway, out + QStringLiteral("/setgateway.png")) && ok;
        gateway.reject();
    }
    routers.selectRouters({QStringLiteral("router1")});
    routers.actions()->detailsAction()->trigger();
    if (auto *details = routers.findChild<RouterDetailsDialog *>()) {
        ok = QTest::qWaitForWindowExposed(details) && ok;
        ok = save(details, out + QStringLiteral("/router-details.png")) && ok;
        details->tabs()->setCurrentIndex(1);
        ok = save(details, out + QStringLiteral("/router-interfaces.png")) && ok;
        if (auto router1 = engine.routers().show(member, QStringLiteral("router1"))) {
            RouterInterfaceDialog add(engine, member, *router1, details);
            add.show();
            ok = QTest::qWaitForWindowExposed(&add) && ok;
            ok = save(&add, out + QStringLiteral("/addinterface.png")) && ok;
            add.reject();
        }
        details->close();
    } else {
        ok = false;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

} // namespace sd::test
