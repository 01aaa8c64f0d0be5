// The instance's network actions on simulated hosts: Attach / Detach Interface (by network, with a fixed IP,
// by port; the domain's XML on the test driver and in the store follow), the refusals that change nothing,
// security groups on all the instance's ports, floating IPs through the instance.

#include "computelab.h"

#include "compute/instance/instancerepository.h"
#include "hosts/hostconnection.h"
#include "identity/projectservice.h"
#include "network/floatingipservice.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"
#include "network/subnetservice.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"

#include <QSignalSpy>

#include <libvirt/libvirt.h>

#include <atomic>

using namespace sd;
using namespace sd::test;

class TestInstanceNetworking : public QObject
{
    Q_OBJECT

private:
    // The domain's XML as the test driver has it now: live, or the persistent definition.
    static QString domainXml(ComputeLab &lab, const Instance &i, bool persistent = false)
    {
        HostConnection *connection = lab.engine->hosts().connectionOf(i.hostId);
        auto text = std::make_shared<QString>();
        auto done = std::make_shared<std::atomic<bool>>(false);
        connection->post([text, done, name = i.domainName(), persistent](virConnectPtr conn) {
            const QByteArray n = name.toUtf8();
            if (virDomainPtr dom = conn ? virDomainLookupByName(conn, n.constData()) : nullptr) {
                char *xml = virDomainGetXMLDesc(dom, persistent ? VIR_DOMAIN_XML_INACTIVE : 0);
                *text = QString::fromUtf8(xml);
                free(xml);
                virDomainFree(dom);
            }
            *done = true;
        });
        static_cast<void>(QTest::qWaitFor([&] { return done->load(); }, 5000));
        return *text;
    }

    static int domainState(ComputeLab &lab, const Instance &i)
    {
        HostConnection *connection = lab.engine->hosts().connectionOf(i.hostId);
        auto state = std::make_shared<std::atomic<int>>(-1);
        connection->post([state, name = i.domainName()](virConnectPtr conn) {
            const QByteArray n = name.toUtf8();
            if (virDomainPtr dom = conn ? virDomainLookupByName(conn, n.constData()) : nullptr) {
                int s = 0, reason = 0;
                virDomainGetState(dom, &s, &reason, 0);
                *state = s;
                virDomainFree(dom);
            } else {
                *state = 0;
            }
        });
        static_cast<void>(QTest::qWaitFor([&] { return state->load() >= 0; }, 5000));
        return state->load();
    }

    static QList<Port> portsOf(ComputeLab &lab, const QString &instanceId)
    {
        PortFilter f;
        f.deviceId = instanceId;
        return *lab.engine->ports().list(lab.admin, f);
    }

    static Result<QVariant> attach(ComputeLab &lab, const RequestContext &ctx, const QString &server,
                                   const InterfaceRequest &request)
    {
        auto task = lab.engine->instances().attachInterface(ctx, server, request);
        if (!task)
            return task.error();
        return lab.engine->tasks().wait(*task);
    }

    static Result<QVariant> detach(ComputeLab &lab, const RequestContext &ctx, const QString &server,
                                   const QString &port)
    {
        auto task = lab.engine->instances().detachInterface(ctx, server, port);
        if (!task)
            return task.error();
        return lab.engine->tasks().wait(*task);
    }

    // The lab with the demo member's instance `web` on network private, built.
    static Result<Instance> openWithWeb(ComputeLab &lab)
    {
        if (!lab.open())
            return makeError(ErrorCode::Internal, QStringLiteral("the lab did not open"));
        return lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("web")));
    }

    // A network of the caller's project, not shared, with one subnet and no router.
    static bool makeNetwork(ComputeLab &lab, const RequestContext &ctx, const QString &name,
                            const QString &cidr)
    {
        NetworkSpec spec;
        spec.name = name;
        auto net = lab.engine->networks().create(ctx, spec);
        if (!net)
            return false;
        SubnetSpec sub;
        sub.network = net->id;
        sub.cidr = cidr;
        return lab.engine->subnets().create(ctx, sub).ok();
    }

    static Instance reloaded(ComputeLab &lab, const QString &id)
    {
        return *lab.engine->instances().repository().find(id);
    }

    static QString storedXml(ComputeLab &lab, const QString &id)
    {
        return lab.engine->instances().repository().domainXml(id);
    }

    // What a refusal must leave alone: the instance's ports and its domain, on the host and in the store.
    struct Snapshot
    {
        QStringList ports;
        int allPorts = 0;
        QString live;
        QString stored;
        bool operator==(const Snapshot &) const = default;
    };
    static Snapshot snapshot(ComputeLab &lab, const Instance &i)
    {
        Snapshot s;
        for (const Port &p : portsOf(lab, i.id))
            s.ports << p.id;
        s.allPorts = int(lab.engine->ports().list(lab.admin)->size());
        s.live = domainXml(lab, i);
        s.stored = storedXml(lab, i.id);
        return s;
    }

private Q_SLOTS:
    void attachByNetworkPlugsANewBoundPort()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        QCOMPARE(portsOf(lab, web->id).size(), 1);
        QSignalSpy changed(&lab.engine->instances(), &InstanceService::instanceChanged);

        InterfaceRequest request;
        request.network = QStringLiteral("private");
        auto done = attach(lab, lab.demo, QStringLiteral("web"), request);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
        const QList<Port> ports = portsOf(lab, web->id);
        QCOMPARE(ports.size(), 2);
        const Port added = ports.last();
        QCOMPARE(done->toString(), added.id);
        QCOMPARE(added.deviceOwner, QStringLiteral("compute:") + web->availabilityZone);
        QCOMPARE(added.hostId, web->hostId);
        QCOMPARE(added.status(), QStringLiteral("ACTIVE"));
        // The new port is filtered like the first one (the instance's groups).
        QCOMPARE(added.securityGroupIds, ports.first().securityGroupIds);
        QVERIFY(!changed.isEmpty());
        // Both the definition and the running domain have it, and so has the XML a reconnect re-applies.
        QVERIFY(domainXml(lab, *web).contains(added.macAddress));
        QVERIFY(domainXml(lab, *web, true).contains(added.macAddress));
        QVERIFY(storedXml(lab, web->id).contains(added.macAddress));
        QVERIFY(storedXml(lab, web->id).contains(ports.first().macAddress));
        QCOMPARE(storedXml(lab, web->id).count(QStringLiteral("<interface")), 2);
        QCOMPARE(domainState(lab, *web), int(VIR_DOMAIN_RUNNING));
        const Instance after = reloaded(lab, web->id);
        QCOMPARE(after.status(), QStringLiteral("ACTIVE"));
        QCOMPARE(after.addresses.size(), 2);
        QCOMPARE(after.addresses.last().portId, added.id);
        QVERIFY(after.addresses.last().address.startsWith(QStringLiteral("10.0.0.")));
        // The action log has the attach.
        bool logged = false;
        const QList<ActionLogEntry> events = *lab.engine->instances().events(lab.demo, web->id);
        for (const ActionLogEntry &e : events)
            logged = logged || (e.action == QStringLiteral("server.attach_interface") &&
                                e.outcome == QStringLiteral("succeeded"));
        QVERIFY(logged);
    }

    void attachWithAFixedIpAndToStoppedOrPausedInstances()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        QVERIFY(lab.act(lab.demo, web->id, InstanceAction::Stop).ok());
        InterfaceRequest request{QStringLiteral("private"), QStringLiteral("10.0.0.77"), {}};
        QVERIFY(attach(lab, lab.demo, web->id, request).ok());
        Port added = portsOf(lab, web->id).last();
        QCOMPARE(added.fixedIps.size(), 1);
        QCOMPARE(added.fixedIps.first().ipAddress, QStringLiteral("10.0.0.77"));
        // Shut off: only the definition changes, and the domain stays off.
        QVERIFY(domainXml(lab, *web, true).contains(added.macAddress));
        QCOMPARE(domainState(lab, *web), int(VIR_DOMAIN_SHUTOFF));
        QCOMPARE(reloaded(lab, web->id).status(), QStringLiteral("SHUTOFF"));

        QVERIFY(lab.act(lab.demo, web->id, InstanceAction::Start).ok());
        QVERIFY(lab.act(lab.demo, web->id, InstanceAction::Pause).ok());
        request.fixedIp = QStringLiteral("10.0.0.78");
        QVERIFY(attach(lab, lab.demo, web->id, request).ok());
        added = portsOf(lab, web->id).last();
        QVERIFY(domainXml(lab, *web).contains(added.macAddress));
        QCOMPARE(domainState(lab, *web), int(VIR_DOMAIN_PAUSED));
        QCOMPARE(reloaded(lab, web->id).status(), QStringLiteral("PAUSED"));
        QCOMPARE(portsOf(lab, web->id).size(), 3);
    }

    void attachAnExistingPortAndDetachHandsItBack()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        PortSpec spec;
        spec.name = QStringLiteral("mine");
        spec.network = QStringLiteral("private");
        auto mine = lab.engine->ports().create(lab.demo, spec);
        QVERIFY(mine.ok());
        QVERIFY(attach(lab, lab.demo, QStringLiteral("web"), InterfaceRequest{{}, {}, QStringLiteral("mine")})
                    .ok());
        auto bound = lab.engine->ports().show(lab.demo, QStringLiteral("mine"));
        QCOMPARE(bound->deviceId, web->id);
        QCOMPARE(bound->hostId, web->hostId);
        QVERIFY(domainXml(lab, *web).contains(mine->macAddress));

        // The user made it: detached, it stays, unbound, with its address.
        QVERIFY(detach(lab, lab.demo, QStringLiteral("web"), QStringLiteral("mine")).ok());
        auto back = lab.engine->ports().show(lab.demo, QStringLiteral("mine"));
        QVERIFY(back.ok());
        QVERIFY(back->deviceId.isEmpty());
        QVERIFY(back->deviceOwner.isEmpty());
        QVERIFY(back->hostId.isEmpty());
        QCOMPARE(back->fixedIps, mine->fixedIps);
        QVERIFY(!domainXml(lab, *web).contains(mine->macAddress));
        QVERIFY(!domainXml(lab, *web, true).contains(mine->macAddress));
        QVERIFY(!storedXml(lab, web->id).contains(mine->macAddress));
        QCOMPARE(portsOf(lab, web->id).size(), 1);
        // And it can go to the instance again.
        QVERIFY(attach(lab, lab.demo, QStringLiteral("web"), InterfaceRequest{{}, {}, QStringLiteral("mine")})
                    .ok());
        QCOMPARE(portsOf(lab, web->id).size(), 2);
    }

    void deletingTheInstanceKeepsTheUsersPorts()
    {
        ComputeLab lab;
        QVERIFY(lab.open());
        PortSpec spec;
        spec.network = QStringLiteral("private");
        spec.name = QStringLiteral("launched-with");
        auto launchedWith = lab.engine->ports().create(lab.demo, spec);
        spec.name = QStringLiteral("attached");
        auto attached = lab.engine->ports().create(lab.demo, spec);
        QVERIFY(launchedWith.ok() && attached.ok());
        LaunchSpec launch = lab.spec(QStringLiteral("web"));
        launch.nics = {{{}, {}, QStringLiteral("launched-with")}, {QStringLiteral("private"), {}, {}}};
        auto web = lab.launchAndWait(lab.demo, launch);
        QVERIFY(web.ok());
        QCOMPARE(web->status(), QStringLiteral("ACTIVE"));
        QVERIFY(attach(lab, lab.demo, web->id, InterfaceRequest{{}, {}, QStringLiteral("attached")}).ok());
        const QList<Port> ports = portsOf(lab, web->id);
        QCOMPARE(ports.size(), 3);
        QString made;
        for (const Port &p : ports)
            if (p.id != launchedWith->id && p.id != attached->id)
                made = p.id;
        QSignalSpy changed(&lab.engine->ports(), &PortService::portChanged);
        QSignalSpy removed(&lab.engine->ports(), &PortService::portRemoved);
        auto task = lab.engine->instances().remove(lab.demo, web->id);
        QVERIFY(task.ok());
        QVERIFY(lab.engine->tasks().wait(*task).ok());
        // As Nova: the port the instance made goes, the ones it was given stay, unbound, with their
        // addresses.
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), made);
        for (const auto &[name, before] : {std::pair{QStringLiteral("launched-with"), *launchedWith},
                                           std::pair{QStringLiteral("attached"), *attached}}) {
            auto kept = lab.engine->ports().show(lab.demo, name);
            QVERIFY(kept.ok());
            QVERIFY(kept->deviceId.isEmpty());
            QVERIFY(kept->hostId.isEmpty());
            QCOMPARE(kept->fixedIps, before.fixedIps);
        }
        QVERIFY(changed.size() >= 2);
    }

    void detachDeletesThePortTheInstanceMade()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        QVERIFY(attach(lab, lab.demo, web->id, InterfaceRequest{QStringLiteral("private"), {}, {}}).ok());
        const Port added = portsOf(lab, web->id).last();
        QSignalSpy removed(&lab.engine->ports(), &PortService::portRemoved);
        QVERIFY(detach(lab, lab.demo, web->id, added.id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), added.id);
        QCOMPARE(lab.engine->ports().show(lab.admin, added.id).error().code, ErrorCode::NotFound);
        QVERIFY(!domainXml(lab, *web).contains(added.macAddress));
        QVERIFY(!storedXml(lab, web->id).contains(added.macAddress));
        // The port made at launch is a port the instance made too; Nova lets the last one go as well.
        const Port first = portsOf(lab, web->id).first();
        QVERIFY(detach(lab, lab.demo, web->id, first.id).ok());
        QVERIFY(portsOf(lab, web->id).isEmpty());
        QCOMPARE(storedXml(lab, web->id).count(QStringLiteral("<interface")), 0);
        QVERIFY(reloaded(lab, web->id).addresses.isEmpty());
        QCOMPARE(reloaded(lab, web->id).status(), QStringLiteral("ACTIVE"));
    }

    void refusalsChangeNothing()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        auto db = lab.launchAndWait(lab.demo, lab.spec(QStringLiteral("db")));
        QVERIFY(db.ok());
        // A network of project admin, not shared.
        QVERIFY(makeNetwork(lab, lab.admin, QStringLiteral("secret"), QStringLiteral("10.9.0.0/24")));

        const Snapshot before = snapshot(lab, *web);
        const QString webIp = web->addresses.first().address;
        const struct
        {
            InterfaceRequest request;
            QString message;
        } cases[] = {
            {{QStringLiteral("private"), QStringLiteral("192.168.9.9"), {}},
             QStringLiteral("192.168.9.9 is in none of network private's subnets")},
            {{QStringLiteral("private"), webIp, {}},
             QStringLiteral("IP address %1 is already in use").arg(webIp)},
            {{QStringLiteral("private"), QStringLiteral("10.0.0.1"), {}}, QStringLiteral("10.0.0.1")},
            {{QStringLiteral("private"), QStringLiteral("not-an-ip"), {}}, QStringLiteral("not-an-ip")},
            {{{}, {}, db->addresses.first().portId}, QStringLiteral("is in use by %1").arg(db->id)},
            {{{}, {}, web->addresses.first().portId}, QStringLiteral("is attached to instance web already")},
            {{QStringLiteral("secret"), {}, {}}, QStringLiteral("Network 'secret'")},
            {{QStringLiteral("public"), {}, {}}, QStringLiteral("Network public is external")},
            {{QStringLiteral("private"), {}, QStringLiteral("x")},
             QStringLiteral("give a network or a port")},
            {{{}, {}, {}}, QStringLiteral("give a network or a port")},
            {{{}, QStringLiteral("10.0.0.90"), web->addresses.first().portId},
             QStringLiteral("Fixed IP 10.0.0.90")},
        };
        for (const auto &c : cases) {
            auto r = attach(lab, lab.demo, QStringLiteral("web"), c.request);
            QVERIFY2(!r.ok(), qPrintable(c.message));
            QVERIFY2(r.error().message.contains(c.message), qPrintable(r.error().message));
            QVERIFY(snapshot(lab, *web) == before);
        }
        // Detach: only the instance's own ports.
        auto other = detach(lab, lab.demo, QStringLiteral("web"), db->addresses.first().portId);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::NotFound);
        QVERIFY(other.error().message.contains(QStringLiteral("instance web has no such port")));
        QVERIFY(snapshot(lab, *web) == before);

        // The port quota counts the new port.
        auto demoProject = lab.engine->projects().show(lab.admin, QStringLiteral("demo"));
        QSqlDatabase store = lab.engine->instances().database()->connection();
        const qint64 used = lab.engine->quotas().usage(store, demoProject->id).value(QStringLiteral("ports"));
        QVERIFY(used >= 2);
        QVERIFY(lab.engine->quotas().set(lab.admin, demoProject->id, {{QStringLiteral("ports"), used}}).ok());
        auto quota =
            attach(lab, lab.demo, QStringLiteral("web"), InterfaceRequest{QStringLiteral("private"), {}, {}});
        QVERIFY(!quota.ok());
        QCOMPARE(quota.error().code, ErrorCode::QuotaExceeded);
        QVERIFY(snapshot(lab, *web) == before);
        QVERIFY(lab.engine->quotas().set(lab.admin, demoProject->id, {{QStringLiteral("ports"), -1}}).ok());

        // The state is named; a suspended instance cannot take an interface.
        QVERIFY(lab.act(lab.demo, web->id, InstanceAction::Suspend).ok());
        auto suspended =
            attach(lab, lab.demo, QStringLiteral("web"), InterfaceRequest{QStringLiteral("private"), {}, {}});
        QVERIFY(!suspended.ok());
        QVERIFY2(suspended.error().message.contains(
                     QStringLiteral("Instance web is SUSPENDED: Attach Interface needs it")),
                 qPrintable(suspended.error().message));
        auto suspendedDetach = detach(lab, lab.demo, QStringLiteral("web"), web->addresses.first().portId);
        QVERIFY(suspendedDetach.error().message.contains(QStringLiteral("SUSPENDED")));
        QVERIFY(lab.act(lab.demo, web->id, InstanceAction::Resume).ok());

        // Locked: members are refused, administrators are not.
        QVERIFY(lab.engine->instances().perform(lab.demo, web->id, InstanceAction::Lock).ok());
        auto locked =
            attach(lab, lab.demo, QStringLiteral("web"), InterfaceRequest{QStringLiteral("private"), {}, {}});
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QStringLiteral("Instance web is locked")));
        QCOMPARE(portsOf(lab, web->id).size(), 1);
        QVERIFY(attach(lab, lab.admin, web->id, InterfaceRequest{QStringLiteral("private"), {}, {}}).ok());
        QCOMPARE(portsOf(lab, web->id).size(), 2);
        // The refusals past the checks are in the action log.
        int failed = 0;
        const QList<ActionLogEntry> events = *lab.engine->instances().events(lab.demo, web->id);
        for (const ActionLogEntry &e : events)
            if (e.action == QStringLiteral("server.attach_interface") &&
                e.outcome == QStringLiteral("failed"))
                ++failed;
        QVERIFY(failed >= 10);
    }

    void securityGroupsGoOnEveryPort()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        QVERIFY(attach(lab, lab.demo, web->id, InterfaceRequest{QStringLiteral("private"), {}, {}}).ok());
        auto group = lab.engine->securityGroups().create(lab.demo, QStringLiteral("webgroup"), QString());
        QVERIFY(group.ok());
        const auto groupsOnPorts = [&] {
            QList<bool> has;
            for (const Port &p : portsOf(lab, web->id))
                has << p.securityGroupIds.contains(group->id);
            return has;
        };
        InstanceService &instances = lab.engine->instances();
        // One port has it already: the add completes the other.
        PortUpdate one;
        one.securityGroups = portsOf(lab, web->id).first().securityGroupIds + QStringList{group->id};
        QVERIFY(lab.engine->ports().update(lab.demo, portsOf(lab, web->id).first().id, one).ok());
        QCOMPARE(groupsOnPorts(), (QList<bool>{true, false}));
        QSignalSpy portChanged(&lab.engine->ports(), &PortService::portChanged);
        QVERIFY(instances.addSecurityGroup(lab.demo, QStringLiteral("web"), QStringLiteral("webgroup")).ok());
        QCOMPARE(groupsOnPorts(), (QList<bool>{true, true}));
        QCOMPARE(portChanged.size(), 1);
        auto again = instances.addSecurityGroup(lab.demo, QStringLiteral("web"), QStringLiteral("webgroup"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message,
                 QStringLiteral("Security group 'webgroup' is already on instance web"));

        QVERIFY(instances.removeSecurityGroup(lab.demo, QStringLiteral("web"), group->id).ok());
        QCOMPARE(groupsOnPorts(), (QList<bool>{false, false}));
        auto gone =
            instances.removeSecurityGroup(lab.demo, QStringLiteral("web"), QStringLiteral("webgroup"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().message, QStringLiteral("Instance web has no security group 'webgroup'"));
        // The default group is still on both.
        for (const Port &p : portsOf(lab, web->id))
            QCOMPARE(p.securityGroupIds.size(), 1);

        // A group of another project is not the instance's to use, even for an administrator.
        auto adminGroup =
            lab.engine->securityGroups().create(lab.admin, QStringLiteral("admins-only"), QString());
        QVERIFY(adminGroup.ok());
        for (const RequestContext &ctx : {lab.demo, lab.admin}) {
            auto foreign = instances.addSecurityGroup(ctx, web->id, QStringLiteral("admins-only"));
            QVERIFY(!foreign.ok());
            QCOMPARE(foreign.error().code, ErrorCode::NotFound);
        }
        QCOMPARE(instances.addSecurityGroup(lab.demo, web->id, QStringLiteral("nosuch")).error().code,
                 ErrorCode::NotFound);
        for (const Port &p : portsOf(lab, web->id))
            QVERIFY(!p.securityGroupIds.contains(adminGroup->id));
        // Locked instances refuse members here too.
        QVERIFY(instances.perform(lab.demo, web->id, InstanceAction::Lock).ok());
        auto locked = instances.addSecurityGroup(lab.demo, web->id, QStringLiteral("webgroup"));
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        QCOMPARE(groupsOnPorts(), (QList<bool>{false, false}));
        // Port security off on one port: the group cannot go on it, and so on none.
        QVERIFY(instances.perform(lab.demo, web->id, InstanceAction::Unlock).ok());
        PortUpdate off;
        off.portSecurityEnabled = false;
        QVERIFY(lab.engine->ports().update(lab.demo, portsOf(lab, web->id).last().id, off).ok());
        auto insecure = instances.addSecurityGroup(lab.demo, web->id, QStringLiteral("webgroup"));
        QVERIFY(!insecure.ok());
        QVERIFY(insecure.error().message.contains(QStringLiteral("port security off")));
        QCOMPARE(groupsOnPorts(), (QList<bool>{false, false}));
    }

    void floatingIpsThroughTheInstance()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        FloatingIpSpec spec;
        spec.network = QStringLiteral("public");
        auto fip = lab.engine->floatingIps().create(lab.demo, spec);
        QVERIFY(fip.ok());
        InstanceService &instances = lab.engine->instances();

        QVERIFY(instances.addFloatingIp(lab.demo, QStringLiteral("web"), fip->floatingIpAddress).ok());
        auto associated = lab.engine->floatingIps().show(lab.demo, fip->id);
        QCOMPARE(associated->portId, web->addresses.first().portId);
        QCOMPARE(associated->fixedIpAddress, web->addresses.first().address);
        Instance after = reloaded(lab, web->id);
        QCOMPARE(after.addresses.size(), 2);
        QCOMPARE(after.addresses.last().address, fip->floatingIpAddress);
        QVERIFY(after.addresses.last().floating);
        QVERIFY(!after.addresses.first().floating);
        auto twice = instances.addFloatingIp(lab.demo, QStringLiteral("web"), fip->id);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("is on instance web already")));

        QVERIFY(instances.removeFloatingIp(lab.demo, QStringLiteral("web"), fip->floatingIpAddress).ok());
        QVERIFY(lab.engine->floatingIps().show(lab.demo, fip->id)->portId.isEmpty());
        QCOMPARE(reloaded(lab, web->id).addresses.size(), 1);
        auto notThere = instances.removeFloatingIp(lab.demo, QStringLiteral("web"), fip->floatingIpAddress);
        QVERIFY(!notThere.ok());
        QCOMPARE(notThere.error().message,
                 QStringLiteral("Floating IP %1 is not on instance web").arg(fip->floatingIpAddress));

        // A fixed IP the instance does not have, and a network no router reaches.
        auto wrongFixed = instances.addFloatingIp(lab.demo, QStringLiteral("web"), fip->floatingIpAddress,
                                                  QStringLiteral("10.0.0.250"));
        QVERIFY(wrongFixed.error().message.contains(
            QStringLiteral("Fixed IP 10.0.0.250: instance web has no such address")));
        QVERIFY(makeNetwork(lab, lab.demo, QStringLiteral("isolated"), QStringLiteral("10.5.0.0/24")));
        LaunchSpec lonelySpec = lab.spec(QStringLiteral("lonely"));
        lonelySpec.nics = {{QStringLiteral("isolated"), {}, {}}};
        auto lonely = lab.launchAndWait(lab.demo, lonelySpec);
        QVERIFY(lonely.ok());
        auto unreachable =
            instances.addFloatingIp(lab.demo, QStringLiteral("lonely"), fip->floatingIpAddress);
        QVERIFY(!unreachable.ok());
        QCOMPARE(
            unreachable.error().message,
            QStringLiteral("Floating IP %1: no router links its network to the networks of instance lonely")
                .arg(fip->floatingIpAddress));
        // With an interface on private, lonely is reachable through it.
        QVERIFY(attach(lab, lab.demo, QStringLiteral("lonely"),
                       InterfaceRequest{QStringLiteral("private"), {}, {}})
                    .ok());
        QVERIFY(instances.addFloatingIp(lab.demo, QStringLiteral("lonely"), fip->floatingIpAddress).ok());
        const Port privatePort = portsOf(lab, lonely->id).last();
        QCOMPARE(lab.engine->floatingIps().show(lab.demo, fip->id)->portId, privatePort.id);

        // Detaching the port disassociates its floating IP first; the address stays allocated.
        QSignalSpy fipChanged(&lab.engine->floatingIps(), &FloatingIpService::floatingIpChanged);
        QVERIFY(detach(lab, lab.demo, QStringLiteral("lonely"), privatePort.id).ok());
        QCOMPARE(fipChanged.size(), 1);
        auto kept = lab.engine->floatingIps().show(lab.demo, fip->id);
        QVERIFY(kept.ok());
        QVERIFY(kept->portId.isEmpty());

        // A floating IP of another project.
        FloatingIpSpec adminSpec;
        adminSpec.network = QStringLiteral("public");
        auto adminFip = lab.engine->floatingIps().create(lab.admin, adminSpec);
        QVERIFY(adminFip.ok());
        auto foreign = instances.addFloatingIp(lab.admin, web->id, adminFip->floatingIpAddress);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, ErrorCode::Forbidden);
        QCOMPARE(instances.addFloatingIp(lab.demo, web->id, adminFip->floatingIpAddress).error().code,
                 ErrorCode::NotFound);
        QVERIFY(lab.engine->floatingIps().show(lab.admin, adminFip->id)->portId.isEmpty());
    }

    void simulatedHostsGetTheAttachedInterfaceBack()
    {
        ComputeLab lab;
        auto web = openWithWeb(lab);
        QVERIFY(web.ok());
        QVERIFY(attach(lab, lab.demo, web->id, InterfaceRequest{QStringLiteral("private"), {}, {}}).ok());
        const Port added = portsOf(lab, web->id).last();
        lab.engine.reset();
        // A new engine's test driver starts empty: the stored XML brings the interface back.
        auto e = Engine::open(EngineOptions{lab.dir.path() + QStringLiteral("/data"), true, true, {}});
        QVERIFY(e.ok());
        lab.engine = std::move(e).value();
        QVERIFY(lab.engine->hosts().waitUntilSettled(10000));
        QTRY_VERIFY_WITH_TIMEOUT(domainXml(lab, *web).contains(added.macAddress), 10000);
        QCOMPARE(domainState(lab, *web), int(VIR_DOMAIN_RUNNING));
    }
};

QTEST_GUILESS_MAIN(TestInstanceNetworking)
#include "tst_instancenetworking.moc"
