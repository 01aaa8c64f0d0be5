#pragma once

// An engine on a temporary data dir with the fixture's libvirtd added as host "local" (qemu:///system),
// up and with live facts, and a folder for the guests' files that qemu may enter: how the network tests
// start.

#include "engine.h"
#include "guestconsole.h"
#include "hosts/hostmanager.h"
#include "tasks/taskrunner.h"

#include <QTemporaryDir>
#include <QTest>

namespace sd::it {

struct LocalHostLab
{
    QTemporaryDir data;
    // qemu runs as libvirt-qemu: its files must sit in a folder it can enter.
    QTemporaryDir vmDir{QStringLiteral("/tmp/sd-it-XXXXXX")};
    std::unique_ptr<Engine> engine;
    RequestContext admin;
    QString hostId;

    // QVERIFY-style: check QTest::currentTestFailed() after it.
    void open()
    {
        QVERIFY(vmDir.isValid());
        QVERIFY(letQemuIn(vmDir.path()));
        auto opened = Engine::open(EngineOptions{data.path() + QStringLiteral("/data"), false, true, {}});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        engine = std::move(opened).value();
        admin = *engine->localAdminContext();
        HostSpec spec;
        spec.name = QStringLiteral("local");
        spec.uri = QStringLiteral("qemu:///system");
        auto task = engine->hosts().add(admin, spec);
        QVERIFY(task.ok());
        const auto added = engine->tasks().wait(*task);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        hostId = added->toString();
        QTRY_COMPARE_WITH_TIMEOUT(engine->hosts().show(admin, hostId)->state, HostState::Up, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(engine->hosts().show(admin, hostId)->factsLive, 30000);
    }

    HostInfo host() const { return *engine->hosts().show(admin, hostId); }
};

} // namespace sd::it
