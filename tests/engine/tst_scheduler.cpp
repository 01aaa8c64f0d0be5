// The filter scheduler on hand-made hosts: each filter removes what it should and says why; the
// weighers spread or stack; NoValidHost explains each filter.

#include "compute/scheduler/scheduler.h"

#include <QTest>

using namespace sd;

namespace {
HostCandidate host(const QString &name, int vcpus, qint64 ramMb, qint64 diskGb, const QString &zone = QStringLiteral("nova"))
{
    HostCandidate h;
    h.record.id = name + QStringLiteral("-id");
    h.record.name = name;
    h.record.availabilityZone = zone;
    h.record.cpuAllocationRatio = 1.0;
    h.record.ramAllocationRatio = 1.0;
    h.record.diskAllocationRatio = 1.0;
    h.record.reservedHostMemoryMb = 0;
    h.state = HostState::Up;
    h.hypervisorType = QStringLiteral("QEMU");
    h.architecture = QStringLiteral("x86_64");
    h.totalVcpus = vcpus;
    h.totalRamMb = ramMb;
    h.totalDiskGb = diskGb;
    return h;
}

ScheduleRequest request(int vcpus, qint64 ramMb, qint64 diskGb)
{
    ScheduleRequest r;
    r.vcpus = vcpus;
    r.ramMb = ramMb;
    r.diskGb = diskGb;
    return r;
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spreadsByFreeRamByDefault()
    {
        const Scheduler s;
        auto picked = s.select({host(QStringLiteral("a"), 8, 4096, 100), host(QStringLiteral("b"), 8, 8192, 100)},
                               request(1, 512, 1));
        QVERIFY(picked.ok());
        QCOMPARE(picked->record.name, QStringLiteral("b"));
    }

    void negativeRamMultiplierStacks()
    {
        SchedulerOptions o;
        o.ramWeightMultiplier = -1.0;
        const Scheduler s(o);
        auto picked = s.select({host(QStringLiteral("a"), 8, 4096, 100), host(QStringLiteral("b"), 8, 8192, 100)},
                               request(1, 512, 1));
        QVERIFY(picked.ok());
        QCOMPARE(picked->record.name, QStringLiteral("a"));
    }

    void equalHostsGoByName()
    {
        const Scheduler s;
        auto picked = s.select({host(QStringLiteral("c"), 8, 4096, 100), host(QStringLiteral("a"), 8, 4096, 100)},
                               request(1, 512, 1));
        QCOMPARE(picked->record.name, QStringLiteral("a"));
    }

    void ramFilterCountsRatioReservedAndClaims()
    {
        HostCandidate h = host(QStringLiteral("host-b"), 8, 4096, 100);
        h.record.ramAllocationRatio = 1.5;  // 6144
        h.record.reservedHostMemoryMb = 512; // 5632
        h.claimedRamMb = 5220;               // 412 free
        const Scheduler s;
        auto picked = s.select({h}, request(1, 2048, 1));
        QVERIFY(!picked.ok());
        QCOMPARE(picked.error().code, ErrorCode::NoValidHost);
        QVERIFY2(picked.error().message.contains(QStringLiteral("RAM: removed 1 host(s): host-b has 412 MB free, needs 2048 MB")),
                 qPrintable(picked.error().message));
        h.claimedRamMb = 3000;
        QVERIFY(s.select({h}, request(1, 2048, 1)).ok());
    }

    void coreFilterUsesCpuRatio()
    {
        HostCandidate h = host(QStringLiteral("h"), 2, 8192, 100);
        h.record.cpuAllocationRatio = 4.0;
        h.claimedVcpus = 7;
        const Scheduler s;
        QVERIFY(s.select({h}, request(1, 512, 1)).ok());
        auto refused = s.select({h}, request(2, 512, 1));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("h has 1 vCPUs free, needs 2")));
    }

    void diskFilter()
    {
        HostCandidate h = host(QStringLiteral("h"), 8, 8192, 20);
        h.claimedDiskGb = 15;
        const Scheduler s;
        auto refused = s.select({h}, request(1, 512, 10));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("h has 5 GB of disk free, needs 10 GB")));
    }

    void disabledAndDownHostsAreRemoved()
    {
        HostCandidate off = host(QStringLiteral("off"), 8, 8192, 100);
        off.record.enabled = false;
        off.record.disabledReason = QStringLiteral("RAM upgrade");
        HostCandidate down = host(QStringLiteral("down"), 8, 8192, 100);
        down.state = HostState::Down;
        const Scheduler s;
        auto refused = s.select({off, down}, request(1, 512, 1));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("off is disabled (RAM upgrade)")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("down is down")));
    }

    void availabilityZone()
    {
        const Scheduler s;
        ScheduleRequest r = request(1, 512, 1);
        r.availabilityZone = QStringLiteral("zone-b");
        auto picked = s.select({host(QStringLiteral("a"), 8, 9000, 100, QStringLiteral("zone-a")),
                                host(QStringLiteral("b"), 8, 4096, 100, QStringLiteral("zone-b"))},
                               r);
        QCOMPARE(picked->record.name, QStringLiteral("b"));
    }

    void imageProperties()
    {
        const Scheduler s;
        ScheduleRequest r = request(1, 512, 1);
        r.imageArchitecture = QStringLiteral("aarch64");
        auto refused = s.select({host(QStringLiteral("x"), 8, 8192, 100)}, r);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("x is x86_64, the image needs aarch64")));
        r.imageArchitecture.clear();
        r.imageHypervisorType = QStringLiteral("kvm");
        QVERIFY(s.select({host(QStringLiteral("x"), 8, 8192, 100)}, r).ok());
        r.imageHypervisorType = QStringLiteral("xen");
        QVERIFY(!s.select({host(QStringLiteral("x"), 8, 8192, 100)}, r).ok());
    }

    void affinityKeepsTheGroupTogether()
    {
        const Scheduler s;
        ScheduleRequest r = request(1, 512, 1);
        r.groupPolicy = QStringLiteral("affinity");
        r.groupMembersOnHost = {{QStringLiteral("a-id"), 1}};
        auto picked = s.select({host(QStringLiteral("a"), 8, 1024, 100), host(QStringLiteral("b"), 8, 9000, 100)}, r);
        QCOMPARE(picked->record.name, QStringLiteral("a"));
    }

    void antiAffinitySpreadsAcrossHosts()
    {
        const Scheduler s;
        ScheduleRequest r = request(1, 512, 1);
        r.groupPolicy = QStringLiteral("anti-affinity");
        r.groupMembersOnHost = {{QStringLiteral("b-id"), 1}};
        auto picked = s.select({host(QStringLiteral("a"), 8, 1024, 100), host(QStringLiteral("b"), 8, 9000, 100)}, r);
        QCOMPARE(picked->record.name, QStringLiteral("a"));
        r.groupMembersOnHost.insert(QStringLiteral("a-id"), 1);
        auto refused = s.select({host(QStringLiteral("a"), 8, 1024, 100), host(QStringLiteral("b"), 8, 9000, 100)}, r);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Server group: removed 2 host(s)")));
    }

    void softAntiAffinityPrefersEmptyHostsButDoesNotRefuse()
    {
        const Scheduler s;
        ScheduleRequest r = request(1, 512, 1);
        r.groupPolicy = QStringLiteral("soft-anti-affinity");
        r.groupMembersOnHost = {{QStringLiteral("b-id"), 2}};
        auto picked = s.select({host(QStringLiteral("a"), 8, 4096, 100), host(QStringLiteral("b"), 8, 5000, 100)}, r);
        QCOMPARE(picked->record.name, QStringLiteral("a"));
        r.groupMembersOnHost.insert(QStringLiteral("a-id"), 3);
        QVERIFY(s.select({host(QStringLiteral("a"), 8, 4096, 100), host(QStringLiteral("b"), 8, 5000, 100)}, r).ok());
    }

    void forcedHost()
    {
        const Scheduler s;
        ScheduleRequest r = request(1, 512, 1);
        r.forcedHost = QStringLiteral("a-id");
        auto picked = s.select({host(QStringLiteral("a"), 8, 1024, 100), host(QStringLiteral("b"), 8, 9000, 100)}, r);
        QCOMPARE(picked->record.name, QStringLiteral("a"));
    }

    void noValidHostExplainsEachFilter()
    {
        HostCandidate small = host(QStringLiteral("small"), 8, 1024, 100);
        HostCandidate other = host(QStringLiteral("other"), 8, 8192, 100, QStringLiteral("zone-b"));
        const Scheduler s;
        ScheduleRequest r = request(1, 2048, 1);
        r.availabilityZone = QStringLiteral("nova");
        auto refused = s.select({small, other}, r);
        QVERIFY(!refused.ok());
        const QString m = refused.error().message;
        QVERIFY2(m.startsWith(QStringLiteral("No valid host was found for 1 vCPUs, 2048 MB RAM, 1 GB disk.")), qPrintable(m));
        QVERIFY(m.contains(QStringLiteral("Availability zone: removed 1 host(s): other is in zone-b, not nova")));
        QVERIFY(m.contains(QStringLiteral("RAM: removed 1 host(s): small has 1024 MB free, needs 2048 MB")));
        QCOMPARE(refused.error().details.count(QLatin1Char('\n')), 1);
    }

    void noHostsAtAll()
    {
        const Scheduler s;
        auto refused = s.select({}, request(1, 512, 1));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("the cloud has no hosts")));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
