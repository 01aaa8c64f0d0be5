// The foundation on a real host: libvirtd (in its own network namespace, started by the ctest fixture)
// added as qemu:///system, a StackDesk domain booted from the small test guest under QEMU, its serial
// output read until the guest's shell prompt, and the host going down when the daemon dies and coming
// back by itself.

#include "engine.h"
#include "guestconsole.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "hosts/hostprobe.h"
#include "tasks/taskrunner.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <signal.h>

using namespace sd;
using namespace sd::it;

class TestRealHost : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    // qemu runs as libvirt-qemu: its files must sit in a folder it can enter.
    QTemporaryDir m_vmDir{QStringLiteral("/tmp/sd-it-XXXXXX")};
    std::unique_ptr<Engine> m_engine;
    RequestContext m_admin;
    QString m_hostId;

    HostInfo host(const QString &name) { return *m_engine->hosts().show(m_admin, name); }

    void refreshFacts()
    {
        QMetaObject::invokeMethod(m_engine->hosts().connectionOf(m_hostId), "refreshFacts", Qt::QueuedConnection);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_vmDir.isValid());
        QVERIFY(letQemuIn(m_vmDir.path()));
        auto engine = Engine::open(EngineOptions{m_data.path() + QStringLiteral("/data"), false, true, {}});
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().toString()));
        m_engine = std::move(engine).value();
        m_admin = *m_engine->localAdminContext();
    }

    void addsTheLocalHostWithItsCapabilities()
    {
        HostSpec spec;
        spec.name = QStringLiteral("local");
        spec.uri = QStringLiteral("qemu:///system");
        auto task = m_engine->hosts().add(m_admin, spec);
        QVERIFY(task.ok());
        const auto added = m_engine->tasks().wait(*task);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        m_hostId = added->toString();
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).state, HostState::Up, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(host(QStringLiteral("local")).factsLive, 30000);
        const HostInfo h = host(QStringLiteral("local"));
        QCOMPARE(h.kind, HostKind::Local);
        QCOMPARE(h.facts.hypervisorType, QStringLiteral("QEMU"));
        QVERIFY(h.facts.vcpus > 0);
        QVERIFY(h.facts.memoryMb > 0);
        QVERIFY(h.facts.freeMemoryMb > 0);
        QVERIFY(h.facts.hypervisorVersion >= 7000000);
        // A real local QEMU host can do what the test driver cannot.
        QVERIFY(h.facts.capabilities.hotplug);
        QVERIFY(h.facts.capabilities.migration);
        QVERIFY(h.facts.capabilities.console);
        QVERIFY(h.facts.capabilities.fdPassing);
        QVERIFY(h.facts.capabilities.vnc);
        qInfo() << "capabilities of qemu:///system:" << h.facts.capabilities.toList();
    }

    // Nova's image cache on a real host: the pool is created on first use and the volume gets the image's
    // bytes through a virStorageVolUpload stream.
    void copiesAnImageIntoTheHostsImageCache()
    {
        QVERIFY(!m_hostId.isEmpty());
        ImageSpec spec;
        spec.name = QStringLiteral("test-guest");
        spec.sourceFile = env("STACKDESK_TEST_GUEST");
        spec.diskFormat = QStringLiteral("raw");
        auto upload = m_engine->images().create(m_admin, spec);
        QVERIFY2(upload.ok(), qPrintable(upload.ok() ? QString() : upload.error().toString()));
        const auto imageId = m_engine->tasks().wait(*upload);
        QVERIFY2(imageId.ok(), qPrintable(imageId.ok() ? QString() : imageId.error().toString()));
        const Image image = *m_engine->images().show(m_admin, imageId->toString());

        auto cache = m_engine->imageCache().ensureOnHost(m_admin, image.id, QStringLiteral("local"));
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().toString()));
        const auto path = m_engine->tasks().wait(*cache);
        QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().toString()));
        QFile copy(path->toString());
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(path->toString()));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        QVERIFY(sha.addData(&copy));
        QCOMPARE(QString::fromLatin1(sha.result().toHex()), image.checksum);
        QCOMPARE(m_engine->imageCache().list(m_admin, QStringLiteral("local"))->size(), 1);

        // Leave the machine's libvirt as it was.
        virConnectPtr conn = virConnectOpen("qemu:///system");
        QVERIFY(conn);
        if (virStoragePoolPtr pool = virStoragePoolLookupByName(conn, ImageCache::kPoolName)) {
            if (virStorageVolPtr vol = virStorageVolLookupByName(pool, image.id.toUtf8().constData())) {
                virStorageVolDelete(vol, 0);
                virStorageVolFree(vol);
            }
            virStoragePoolDestroy(pool);
            virStoragePoolDelete(pool, 0);
            virStoragePoolUndefine(pool);
            virStoragePoolFree(pool);
        }
        virConnectClose(conn);
    }

    void bootsAStackDeskDomainAndReadsItsSerialConsole()
    {
        QVERIFY(!m_hostId.isEmpty());
        const QString guest = env("STACKDESK_TEST_GUEST");
        const QString base = m_vmDir.filePath(QStringLiteral("test-guest.img"));
        const QString overlay = m_vmDir.filePath(QStringLiteral("root.qcow2"));
        const QString serialLog = m_vmDir.filePath(QStringLiteral("serial.log"));
        QVERIFY(QFile::copy(guest, base));
        QVERIFY(makeOverlay(base, overlay));

        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        virConnectPtr conn = virConnectOpen("qemu:///system");
        QVERIFY(conn);
        virDomainPtr dom = virDomainDefineXML(conn, testGuestDomainXml(uuid, overlay, serialLog).toUtf8().constData());
        QVERIFY2(dom, virGetLastErrorMessage());
        // Whatever fails below, leave no StackDesk domain behind for the tests that follow.
        auto cleanup = qScopeGuard([&] {
            if (dom) {
                virDomainDestroy(dom);
                virDomainUndefine(dom);
                virDomainFree(dom);
            }
            virConnectClose(conn);
        });
        QElapsedTimer boot;
        boot.start();
        QVERIFY2(virDomainCreate(dom) == 0, virGetLastErrorMessage());

        // StackDesk sees its own domain running on the host.
        refreshFacts();
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).facts.stackDeskDomainNames(),
                                  QStringList{QStringLiteral("sd-") + uuid}, 15000);
        QCOMPARE(host(QStringLiteral("local")).facts.runningDomains(), 1);

        // The serial console reaches the guest's shell prompt.
        const auto serialText = [&] {
            QFile f(serialLog);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(serialText().contains(QStringLiteral("stackdesk-guest# ")), 180000);
        QVERIFY(serialText().contains(QStringLiteral("STACKDESK-TEST-GUEST READY")));
        qInfo() << "guest reached its shell prompt after" << boot.elapsed() << "ms (" << virtType() << ")";

        // A host with StackDesk's domains on it cannot be removed.
        auto task = m_engine->hosts().remove(m_admin, QStringLiteral("local"));
        QVERIFY(task.ok());
        const auto refused = m_engine->tasks().wait(*task);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("sd-") + uuid), qPrintable(refused.error().message));

        QCOMPARE(virDomainDestroy(dom), 0);
        QCOMPARE(virDomainUndefine(dom), 0);
        virDomainFree(dom);
        dom = nullptr;
        refreshFacts();
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).facts.domains.size(), 0, 15000);
    }

    void goesDownWhenTheDaemonDiesAndComesBackByItself()
    {
        QVERIFY(!m_hostId.isEmpty());
        // A second, simulated host must not be held up by the real one.
        HostSpec sim;
        sim.name = QStringLiteral("sim");
        sim.uri = QStringLiteral("test:///default");
        QVERIFY(m_engine->tasks().wait(*m_engine->hosts().add(m_admin, sim)).ok());
        QTRY_COMPARE(host(QStringLiteral("sim")).state, HostState::Up);

        const QString state = env("STACKDESK_LIBVIRTD_STATE");
        QFile pidFile(state + QStringLiteral("/libvirtd.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
        QVERIFY(pid > 1);

        // The main thread keeps ticking while the host is lost: nothing waits on it.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start();

        QSignalSpy notices(m_engine.get(), &Engine::notification);
        // A hung daemon (stopped, socket still open) is found by keepalive: 2 s interval, 3 misses.
        QElapsedTimer hung;
        hung.start();
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).state, HostState::Down, 10000);
        qInfo() << "host turned down" << hung.elapsed() << "ms after libvirtd stopped answering";
        // The user is told, without anything blocking: a notification naming the host.
        QVERIFY(!notices.isEmpty());
        QVERIFY2(notices.last().at(0).toString().startsWith(QStringLiteral("Host local is down")),
                 qPrintable(notices.last().at(0).toString()));
        QCOMPARE(host(QStringLiteral("sim")).state, HostState::Up);
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).state, HostState::Up, 30000);

        // A dead daemon closes the socket: the host is down at once.
        QElapsedTimer down;
        down.start();
        QCOMPARE(::kill(pid, SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).state, HostState::Down, 10000);
        qInfo() << "host turned down" << down.elapsed() << "ms after libvirtd was killed";
        QVERIFY(!host(QStringLiteral("local")).lastError.isEmpty());
        QCOMPARE(host(QStringLiteral("sim")).state, HostState::Up);
        QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("main thread stalled for %1 ms").arg(longestGap)));
        ticker.stop();

        // Start the daemon again; the host reconnects by itself (backoff at most 8 s).
        QCOMPARE(QProcess::execute(env("STACKDESK_LIBVIRTD_SCRIPT"), {QStringLiteral("start"), state}), 0);
        QElapsedTimer up;
        up.start();
        QTRY_COMPARE_WITH_TIMEOUT(host(QStringLiteral("local")).state, HostState::Up, 30000);
        qInfo() << "host back up" << up.elapsed() << "ms after libvirtd answered again";
        QVERIFY(host(QStringLiteral("local")).lastError.isEmpty());

        // With no StackDesk domains left, the host can be removed.
        QVERIFY(m_engine->tasks().wait(*m_engine->hosts().remove(m_admin, QStringLiteral("local"))).ok());
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_GUILESS_MAIN(TestRealHost)
#include "tst_realhost.moc"
