#pragma once

// The security groups, floating IPs and topology part of sd_screenshots, standalone until the main window
// lists them: Project › Network › Security Groups with Manage Rules and the Add Rule dialog (a template,
// and a refused port range), Floating IPs for the project (one address associated but modelled only)
// with Allocate and Associate, Admin › Network › Floating IPs, and the Network Topology with a router's
// balloon and without labels.

#include "testlab.h"

#include "dialogs/addsecuritygroupruledialog.h"
#include "dialogs/allocatefloatingipdialog.h"
#include "dialogs/associatefloatingipdialog.h"
#include "dialogs/floatingipportcombo.h"
#include "panels/floatingipactions.h"
#include "panels/floatingipspanel.h"
#include "panels/securitygroupruleactions.h"
#include "panels/securitygrouprulespage.h"
#include "panels/securitygroupspanel.h"
#include "panels/tablepane.h"
#include "topology/topologyactions.h"
#include "topology/topologydetailspopup.h"
#include "topology/topologymodel.h"
#include "topology/topologypanel.h"
#include "topology/topologyscene.h"
#include "topology/topologyview.h"

#include "engine.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/routerservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

namespace sd::test {

// A project worth looking at: a web group with HTTP and HTTPS, SSH on default, a second tenant network
// on router1, three instance ports, one floating IP associated and one spare.
inline void seedNetSecurity(Engine &engine, const RequestContext &member)
{
    (void)engine.securityGroups().create(member, QStringLiteral("web"),
                                         QStringLiteral("HTTP and HTTPS from anywhere"));
    for (int port : {80, 443}) {
        SecurityGroupRuleSpec rule;
        rule.group = QStringLiteral("web");
        rule.protocol = QStringLiteral("tcp");
        rule.portRangeMin = port;
        rule.portRangeMax = port;
        rule.remoteIpPrefix = QStringLiteral("0.0.0.0/0");
        (void)engine.securityGroups().createRule(member, rule);
    }
    SecurityGroupRuleSpec ssh;
    ssh.group = QStringLiteral("default");
    ssh.protocol = QStringLiteral("tcp");
    ssh.portRangeMin = 22;
    ssh.portRangeMax = 22;
    ssh.remoteIpPrefix = QStringLiteral("192.168.0.0/16");
    ssh.description = QStringLiteral("Administrators' VPN");
    (void)engine.securityGroups().createRule(member, ssh);
    SecurityGroupRuleSpec ping;
    ping.group = QStringLiteral("default");
    ping.protocol = QStringLiteral("icmp");
    ping.portRangeMin = 8;
    ping.portRangeMax = 0;
    ping.remoteIpPrefix = QStringLiteral("0.0.0.0/0");
    (void)engine.securityGroups().createRule(member, ping);

    NetworkSpec db;
    db.name = QStringLiteral("backend");
    (void)engine.networks().create(member, db);
    SubnetSpec dbSubnet;
    dbSubnet.name = QStringLiteral("backend-subnet");
    dbSubnet.network = QStringLiteral("backend");
    dbSubnet.cidr = QStringLiteral("10.77.0.0/24");
    if (auto s = engine.subnets().create(member, dbSubnet))
        (void)engine.routers().addInterface(member, QStringLiteral("router1"), s->id);

    const auto instancePort = [&](const QString &name, const QString &network, const QString &device) {
        PortSpec spec;
        spec.name = name;
        spec.network = network;
        spec.deviceOwner = DeviceOwner::compute(QStringLiteral("nova"));
        spec.deviceId = device;
        return engine.ports().create(member, spec);
    };
    auto web1 = instancePort(QStringLiteral("web-1"), QStringLiteral("private"),
                             QStringLiteral("3f2a9c1e-0001-4000-8000-000000000001"));
    (void)instancePort(QStringLiteral("web-2"), QStringLiteral("private"),
                       QStringLiteral("3f2a9c1e-0002-4000-8000-000000000002"));
    (void)instancePort(QStringLiteral("backend-1"), QStringLiteral("backend"),
                       QStringLiteral("3f2a9c1e-0003-4000-8000-000000000003"));

    FloatingIpSpec fip;
    fip.network = QStringLiteral("public");
    fip.description = QStringLiteral("web-1's public address");
    if (web1)
        fip.port = web1->id;
    (void)engine.floatingIps().create(member, fip);
    FloatingIpSpec spare;
    spare.network = QStringLiteral("public");
    spare.description = QStringLiteral("spare for the demo");
    (void)engine.floatingIps().create(member, spare);
}

template <typename Save> bool shootNetSecurity(TestLab &lab, const QString &out, Save save)
{
    Engine &engine = *lab.engine;
    const RequestContext member = lab.loginAs(QStringLiteral("demo"), QStringLiteral("demo"));
    seedNetSecurity(engine, member);
    bool ok = true;

    SecurityGroupsPanel groups(engine, member);
    groups.resize(1180, 560);
    groups.show();
    ok = QTest::qWaitForWindowExposed(&groups) && ok;
    groups.table()->selectByName({QStringLiteral("web")});
    ok = save(&groups, out + QStringLiteral("/securitygroups.png")) && ok;
    ok = groups.showRules(QStringLiteral("default")) && ok;
    ok = save(&groups, out + QStringLiteral("/securitygrouprules.png")) && ok;

    groups.rulesPage()->actions()->addAction()->trigger();
    if (auto *add = groups.rulesPage()->findChild<AddSecurityGroupRuleDialog *>()) {
        ok = QTest::qWaitForWindowExposed(add) && ok;
        add->selectTemplate(QStringLiteral("https"));
        ok = save(add, out + QStringLiteral("/addrule-template.png")) && ok;
        add->selectTemplate(QStringLiteral("custom_tcp"));
        add->openPortCombo()->setCurrentIndex(add->openPortCombo()->findData(QStringLiteral("range")));
        add->fromPortEdit()->setText(QStringLiteral("23"));
        add->toPortEdit()->setText(QStringLiteral("22"));
        ok = save(add, out + QStringLiteral("/addrule-invalid.png")) && ok;
        add->selectTemplate(QStringLiteral("custom_icmp"));
        add->remoteCombo()->setCurrentIndex(add->remoteCombo()->findData(QStringLiteral("group")));
        ok = save(add, out + QStringLiteral("/addrule-icmp-group.png")) && ok;
        add->reject();
    } else {
        ok = false;
    }

    FloatingIpsPanel fips(engine, member, FloatingIpModel::Scope::Project);
    fips.resize(1180, 480);
    fips.show();
    ok = QTest::qWaitForWindowExposed(&fips) && ok;
    ok = save(&fips, out + QStringLiteral("/floatingips.png")) && ok;
    fips.actions()->allocateAction()->trigger();
    if (auto *allocate = fips.findChild<AllocateFloatingIpDialog *>()) {
        ok = QTest::qWaitForWindowExposed(allocate) && ok;
        ok = save(allocate, out + QStringLiteral("/allocatefloatingip.png")) && ok;
        allocate->reject();
    } else {
        ok = false;
    }
    for (const FloatingIp &f : fips.model()->items())
        if (f.portId.isEmpty())
            fips.selectAddresses({f.floatingIpAddress});
    fips.actions()->associateAction()->trigger();
    if (auto *associate = fips.findChild<AssociateFloatingIpDialog *>()) {
        ok = QTest::qWaitForWindowExposed(associate) && ok;
        associate->portCombo()->showPopup();
        ok = save(associate, out + QStringLiteral("/associatefloatingip.png")) && ok;
        associate->portCombo()->hidePopup();
        associate->reject();
    } else {
        ok = false;
    }

    FloatingIpsPanel adminFips(engine, lab.admin, FloatingIpModel::Scope::Admin);
    adminFips.resize(1180, 480);
    adminFips.show();
    ok = QTest::qWaitForWindowExposed(&adminFips) && ok;
    ok = save(&adminFips, out + QStringLiteral("/admin-floatingips.png")) && ok;

    TopologyPanel topology(engine, member);
    topology.resize(1180, 640);
    topology.show();
    ok = QTest::qWaitForWindowExposed(&topology) && ok;
    ok = save(&topology, out + QStringLiteral("/topology.png")) && ok;
    QString router;
    for (const Router &r : topology.model()->snapshot().routers)
        router = r.id;
    if (TopologyDetailsPopup *popup = topology.actions()->detailsFor(QStringLiteral("router"), router)) {
        popup->popup(topology.mapToGlobal(QPoint(420, 200)));
        ok = QTest::qWaitForWindowExposed(popup) && ok;
        ok = save(popup, out + QStringLiteral("/topology-router.png")) && ok;
        popup->close();
    } else {
        ok = false;
    }
    topology.labelsAction()->trigger();
    topology.view()->setZoom(0.6);
    ok = save(&topology, out + QStringLiteral("/topology-nolabels.png")) && ok;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

} // namespace sd::test
