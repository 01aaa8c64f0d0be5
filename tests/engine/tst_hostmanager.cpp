#include "testlab.h"

#include "hosts/hostprobe.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QFile>
#include <QSignalSpy>

using namespace sd;
using sd::test::TestLab;

namespace {

// A domain as StackDesk creates them: named sd-<uuid>, with StackDesk's metadata element.
QString stackDeskDomainXml(const QString &uuid, int vcpus, int memoryMb)
{
    return QStringLiteral("<domain type='test'><name>sd-%1</name><uuid>%1</uuid>"
                          "<metadata><sd:instance xmlns:sd='%4'><sd:project>demo</sd:project></sd:instance></metadata>"
                          "<memory unit='MiB'>%3</memory><vcpu>%2</vcpu>"
                          "<os><type>hvm</type></os></domain>")
        .arg(uuid)
        .arg(vcpus)
        .arg(memoryMb)
        .arg(QLatin1String(kInstanceMetadataNamespace));
}

} // namespace

class TestHostManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoLabHasThreeHostsUpInTwoZones()
    {
        TestLab lab;
        QVERIFY(lab.open());
        const auto hosts = lab.engine->hosts().list(lab.admin);
        QVERIFY(hosts.ok());
        QCOMPARE(hosts->size(), 3);
        struct Expected
        {
            const char *name, *zone;
            int vcpus;
            qint64 memoryMb, diskGb;
        } expected[] = {{"compute-1", "zone-a", 16, 65536, 100},
                        {"compute-2", "zone-a", 8, 32768, 100},
                        {"compute-3", "zone-b", 32, 131072, 100}};
        // Disk: libvirt's test driver gives each pool 100 GiB, whatever the node XML says.
        for (int i = 0; i < 3; ++i) {
            const HostInfo &h = hosts->at(i);
            QCOMPARE(h.record.name, QLatin1String(expected[i].name));
            QCOMPARE(h.record.availabilityZone, QLatin1String(expected[i].zone));
            QCOMPARE(h.state, HostState::Up);
            QCOMPARE(h.kind, HostKind::Simulated);
            QCOMPARE(h.facts.vcpus, expected[i].vcpus);
            QCOMPARE(h.facts.memoryMb, expected[i].memoryMb);
            QCOMPARE(h.facts.diskGb, expected[i].diskGb);
            QCOMPARE(h.facts.hypervisorType, QStringLiteral("TEST"));
            QVERIFY(h.facts.libvirtVersion >= 9000000);
            // The test driver lacks these (DESIGN.md §3); they must be detected as missing, not assumed.
            QVERIFY(!h.facts.capabilities.hotplug);
            QVERIFY(!h.facts.capabilities.migration);
            QVERIFY(!h.facts.capabilities.fdPassing);
        }
    }

    void demoLabIsCreatedOnceThenReopened()
    {
        TestLab lab;
        QVERIFY(lab.open());
        QVERIFY(!lab.engine->firstRunPassword().isEmpty());
        QVERIFY(QFile::exists(lab.engine->dataDir().path() + QStringLiteral("/README.txt")));
        lab.engine.reset();
        auto again = Engine::open(EngineOptions{lab.dir.path() + QStringLiteral("/data"), true, false});
        QVERIFY(again.ok());
        QVERIFY((*again)->firstRunPassword().isEmpty());
        QCOMPARE((*again)->hosts().list(*(*again)->localAdminContext())->size(), 3);
    }

    void addConnectsBeforeStoring()
    {
        TestLab lab;
        QVERIFY(lab.open());
        QSignalSpy changed(&lab.engine->hosts(), &HostManager::hostChanged);
        HostSpec spec;
        spec.name = QStringLiteral("extra");
        spec.uri = QStringLiteral("test:///default");
        spec.availabilityZone = QStringLiteral("zone-c");
        auto task = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(task.ok());
        const auto result = lab.engine->tasks().wait(*task);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(changed.count() >= 1);
        QTRY_COMPARE(lab.host(QStringLiteral("extra")).state, HostState::Up);
        QCOMPARE(lab.host(QStringLiteral("extra")).record.availabilityZone, QStringLiteral("zone-c"));
        QCOMPARE(lab.engine->actionLog().recent(1).first().action, QStringLiteral("host.add"));
    }

    void addRefusesBadInputWithoutStoringAnything_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<double>("cpuRatio");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("duplicate name") << "compute-1" << "test:///default" << 16.0 << int(ErrorCode::Conflict)
                                        << "compute-1";
        QTest::newRow("empty name") << "" << "test:///default" << 16.0 << int(ErrorCode::BadRequest) << "empty";
        QTest::newRow("name with space") << "my host" << "test:///default" << 16.0 << int(ErrorCode::BadRequest)
                                         << "my host";
        QTest::newRow("malformed uri") << "h1" << "not a uri" << 16.0 << int(ErrorCode::BadRequest) << "not a uri";
        QTest::newRow("missing node file") << "h1" << "test:///nonexistent/node.xml" << 16.0
                                           << int(ErrorCode::BadRequest) << "does not exist";
        QTest::newRow("zero ratio") << "h1" << "test:///default" << 0.0 << int(ErrorCode::BadRequest)
                                    << "CPU allocation ratio 0";
    }
    void addRefusesBadInputWithoutStoringAnything()
    {
        QFETCH(QString, name);
        QFETCH(QString, uri);
        QFETCH(double, cpuRatio);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        TestLab lab;
        QVERIFY(lab.open());
        HostSpec spec;
        spec.name = name;
        spec.uri = uri;
        spec.cpuAllocationRatio = cpuRatio;
        const auto r = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        QCOMPARE(lab.engine->hosts().list(lab.admin)->size(), 3);
    }

    void duplicateUriIsRefused()
    {
        TestLab lab;
        QVERIFY(lab.open());
        HostSpec spec;
        spec.name = QStringLiteral("again");
        spec.uri = lab.host(QStringLiteral("compute-2")).record.uri;
        const auto r = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY2(r.error().message.contains(QStringLiteral("compute-2")), qPrintable(r.error().message));
    }

    void unreachableHostIsNotStored()
    {
        TestLab lab;
        QVERIFY(lab.open());
        HostSpec spec;
        spec.name = QStringLiteral("ghost");
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        spec.uri = QStringLiteral("qemu+tcp://127.0.0.1:1/system");
        auto task = lab.engine->hosts().add(lab.admin, spec);
        QVERIFY(task.ok());
        const auto result = lab.engine->tasks().wait(*task);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::HostUnavailable);
        QVERIFY2(result.error().message.contains(spec.uri), qPrintable(result.error().message));
        QVERIFY(!lab.engine->hosts().show(lab.admin, QStringLiteral("ghost")).ok());
    }

    void disableKeepsReasonAndEnableClearsIt()
    {
        TestLab lab;
        QVERIFY(lab.open());
        auto off = lab.engine->hosts().disable(lab.admin, QStringLiteral("compute-2"), QStringLiteral("new RAM"));
        QVERIFY(off.ok());
        QVERIFY(!off->record.enabled);
        QCOMPARE(off->statusName(), QStringLiteral("disabled"));
        QCOMPARE(lab.host(QStringLiteral("compute-2")).record.disabledReason, QStringLiteral("new RAM"));
        // A host can be named by its URI too.
        auto on = lab.engine->hosts().enable(lab.admin, lab.host(QStringLiteral("compute-2")).record.uri);
        QVERIFY(on.ok());
        QVERIFY(on->record.enabled);
        QVERIFY(on->record.disabledReason.isEmpty());
    }

    void updateChecksEveryFieldBeforeChangingAny()
    {
        TestLab lab;
        QVERIFY(lab.open());
        HostUpdate bad;
        bad.availabilityZone = QStringLiteral("zone-z");
        bad.ramAllocationRatio = -1.0;
        const auto refused = lab.engine->hosts().update(lab.admin, QStringLiteral("compute-1"), bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("RAM allocation ratio -1")),
                 qPrintable(refused.error().message));
        QCOMPARE(lab.host(QStringLiteral("compute-1")).record.availabilityZone, QStringLiteral("zone-a"));

        HostUpdate good;
        good.availabilityZone = QStringLiteral("zone-z");
        good.cpuAllocationRatio = 4.0;
        good.name = QStringLiteral("compute-1b");
        QVERIFY(lab.engine->hosts().update(lab.admin, QStringLiteral("compute-1"), good).ok());
        const HostInfo h = lab.host(QStringLiteral("compute-1b"));
        QCOMPARE(h.record.availabilityZone, QStringLiteral("zone-z"));
        QCOMPARE(h.record.cpuAllocationRatio, 4.0);

        HostUpdate clash;
        clash.name = QStringLiteral("compute-2");
        const auto dup = lab.engine->hosts().update(lab.admin, QStringLiteral("compute-1b"), clash);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
    }

    void simulatedHostGetsStoredStateBackAndRemoveIsRefusedWhileItHasOurDomains()
    {
        TestLab lab;
        QVERIFY(lab.open());
        const QString uuid = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        HostManager &hosts = lab.engine->hosts();
        const QString target = lab.host(QStringLiteral("compute-3")).record.id;
        hosts.addSimulatedStateProvider([&](const HostRecord &r) {
            SimulatedState s;
            if (r.id == target)
                s.domains.append({stackDeskDomainXml(uuid, 2, 2048), true});
            return s;
        });
        // Reconnect: the test driver starts empty, the provider's domain must come back, running.
        hosts.disconnectAll();
        hosts.connectAll();
        QVERIFY(hosts.waitUntilSettled(10000));
        QTRY_COMPARE(lab.host(QStringLiteral("compute-3")).facts.runningDomains(), 1);
        const HostInfo h = lab.host(QStringLiteral("compute-3"));
        QCOMPARE(h.facts.usedVcpus(), 2);
        QCOMPARE(h.facts.usedMemoryMb(), qint64(2048));
        QCOMPARE(h.facts.stackDeskDomainNames(), QStringList{QStringLiteral("sd-") + uuid});
        QCOMPARE(lab.host(QStringLiteral("compute-1")).facts.runningDomains(), 0);

        auto task = hosts.remove(lab.admin, QStringLiteral("compute-3"));
        QVERIFY(task.ok());
        const auto refused = lab.engine->tasks().wait(*task);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("sd-") + uuid), qPrintable(refused.error().message));
        QVERIFY(hosts.show(lab.admin, QStringLiteral("compute-3")).ok());

        auto forced = hosts.remove(lab.admin, QStringLiteral("compute-3"), true);
        QVERIFY(forced.ok());
        QVERIFY(lab.engine->tasks().wait(*forced).ok());
        QCOMPARE(hosts.show(lab.admin, QStringLiteral("compute-3")).error().code, ErrorCode::NotFound);
    }

    void removeOfAnEmptyHostSucceeds()
    {
        TestLab lab;
        QVERIFY(lab.open());
        QSignalSpy removed(&lab.engine->hosts(), &HostManager::hostRemoved);
        auto task = lab.engine->hosts().remove(lab.admin, QStringLiteral("compute-2"));
        QVERIFY(task.ok());
        QVERIFY(lab.engine->tasks().wait(*task).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(lab.engine->hosts().list(lab.admin)->size(), 2);
        const auto unknown = lab.engine->hosts().remove(lab.admin, QStringLiteral("compute-9"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY(unknown.error().message.contains(QStringLiteral("compute-9")));
    }

    void nonAdminsAreRefusedByThePolicy()
    {
        TestLab lab;
        QVERIFY(lab.open());
        RequestContext member = lab.admin;
        member.roles = {QStringLiteral("member")};
        const auto list = lab.engine->hosts().list(member);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code, ErrorCode::Forbidden);
        QCOMPARE(lab.engine->hosts().disable(member, QStringLiteral("compute-1"), QString()).error().code,
                 ErrorCode::Forbidden);
        QVERIFY(lab.host(QStringLiteral("compute-1")).record.enabled);
        QCOMPARE(lab.engine->hosts().list(RequestContext()).error().code, ErrorCode::Forbidden);
    }

    void hostThatCannotBeReachedIsDownThenComesBackByItself()
    {
        TestLab lab;
        QVERIFY(lab.open());
        const QString uri = lab.host(QStringLiteral("compute-2")).record.uri;
        const QString file = uri.mid(int(qstrlen("test://")));
        const QString moved = file + QStringLiteral(".away");
        lab.engine->hosts().disconnectAll();
        QVERIFY(QFile::rename(file, moved));
        lab.engine->hosts().connectAll();
        QVERIFY(lab.engine->hosts().waitUntilSettled(10000));
        const HostInfo down = lab.host(QStringLiteral("compute-2"));
        QCOMPARE(down.state, HostState::Down);
        QVERIFY2(down.lastError.contains(uri), qPrintable(down.lastError));
        // The other hosts are not held up by the one that is down.
        QCOMPARE(lab.host(QStringLiteral("compute-1")).state, HostState::Up);
        QCOMPARE(lab.host(QStringLiteral("compute-3")).state, HostState::Up);
        // Reconnect with backoff: the host returns without anyone asking.
        QVERIFY(QFile::rename(moved, file));
        QTRY_COMPARE_WITH_TIMEOUT(lab.host(QStringLiteral("compute-2")).state, HostState::Up, 20000);
        QVERIFY(lab.host(QStringLiteral("compute-2")).lastError.isEmpty());
    }

    void storedFactsSurviveWhileNotConnected()
    {
        TestLab lab;
        QVERIFY(lab.open());
        lab.engine->hosts().disconnectAll();
        const HostInfo h = lab.host(QStringLiteral("compute-1"));
        QCOMPARE(h.state, HostState::Down);
        QVERIFY(!h.factsLive);
        QCOMPARE(h.facts.vcpus, 16);
        QVERIFY(h.facts.capabilities == lab.host(QStringLiteral("compute-2")).facts.capabilities);
    }
};

QTEST_GUILESS_MAIN(TestHostManager)
#include "tst_hostmanager.moc"
