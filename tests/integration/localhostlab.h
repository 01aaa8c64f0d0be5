#pragma once

// An engine on a temporary data dir with the fixture's libvirtd added as host "local" (qemu:///system),
// up and with live facts, and a folder for the guests' files that qemu may enter: how the network tests
// start. The console tests also launch the test guest through it and wait for its shell.

#include "compute/flavorservice.h"
#include "compute/instance/instanceservice.h"
#include "console/consoleservice.h"
#include "engine.h"
#include "guestconsole.h"
#include "hosts/hostmanager.h"
#include "image/imageservice.h"
#include "network/networkservice.h"
#include "network/subnetservice.h"
#include "tasks/taskrunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

    // Registers the test guest as image `test-guest` (once), makes flavor it.<name>, network it-<name>-net
    // with `cidr` (each test its own, as their networks may outlive them on the shared libvirtd), launches
    // instance it-<name> and waits until the guest's shell said it is ready on the serial console.
    // QVERIFY-style: the instance's id, empty after a failure.
    // adjust: changes to the launch (a boot volume, say) before it goes.
    QString launchTestGuest(const QString &name, const QString &cidr,
                            const std::function<void(LaunchSpec &)> &adjust = {})
    {
        QString id;
        launchInto(name, cidr, id, adjust);
        return id;
    }

    // The last lines of an instance's serial console log ("" when it cannot be read).
    QString consoleLog(const QString &instanceId, int lines = 400)
    {
        auto task = engine->instances().consoleLog(admin, instanceId, lines);
        if (!task)
            return {};
        auto text = engine->tasks().wait(*task);
        return text ? text->toString() : QString();
    }

    bool waitForConsole(const QString &instanceId, const QString &marker, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (consoleLog(instanceId).contains(marker))
                return true;
            QTest::qWait(1000);
        }
        return false;
    }

    Result<Instance> act(const QString &instanceId, InstanceAction action)
    {
        auto task = engine->instances().perform(admin, instanceId, action);
        if (!task)
            return task.error();
        if (!task->isEmpty())
            if (auto done = engine->tasks().wait(*task); !done)
                return done.error();
        return engine->instances().waitUntilSettled(instanceId, 120000);
    }

    // ConsoleService's answer for an instance, waited for with the event loop running.
    Result<ConsoleEndpoint> consoleEndpoint(const QString &instanceId)
    {
        QObject context;
        std::optional<Result<ConsoleEndpoint>> answer;
        engine->consoles().endpoint(admin, instanceId, &context, [&](Result<ConsoleEndpoint> e) { answer = std::move(e); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return makeError(ErrorCode::Internal, QStringLiteral("ConsoleService did not answer"));
        return *answer;
    }

    // Deletes an instance and waits until it is gone (cleanupTestCase).
    void removeInstance(const QString &instanceId)
    {
        if (!engine || instanceId.isEmpty())
            return;
        if (auto removed = engine->instances().remove(admin, instanceId); removed && !removed->isEmpty())
            (void)engine->tasks().wait(*removed);
        (void)engine->instances().waitUntilSettled(instanceId, 60000);
    }

private:
    void launchInto(const QString &name, const QString &cidr, QString &id,
                    const std::function<void(LaunchSpec &)> &adjust)
    {
        if (!engine->images().show(admin, QStringLiteral("test-guest"))) {
            ImageSpec image;
            image.name = QStringLiteral("test-guest");
            image.diskFormat = QStringLiteral("raw");
            image.visibility = ImageVisibility::Public;
            image.sourceFile = env("STACKDESK_TEST_GUEST");
            auto imported = engine->images().importNow(admin, image);
            QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        }
        FlavorSpec flavor;
        flavor.name = QStringLiteral("it.") + name;
        flavor.vcpus = 1;
        flavor.ramMb = 192;
        flavor.diskGb = 1;
        QVERIFY(engine->flavors().create(admin, flavor).ok());
        NetworkSpec net;
        net.name = QStringLiteral("it-%1-net").arg(name);
        QVERIFY(engine->networks().create(admin, net).ok());
        SubnetSpec sub;
        sub.name = QStringLiteral("it-%1-subnet").arg(name);
        sub.network = net.name;
        sub.cidr = cidr;
        QVERIFY(engine->subnets().create(admin, sub).ok());

        LaunchSpec spec;
        spec.name = QStringLiteral("it-") + name;
        spec.flavor = flavor.name;
        spec.image = QStringLiteral("test-guest");
        spec.nics = {{net.name, {}, {}}};
        if (adjust)
            adjust(spec);
        auto made = engine->instances().launch(admin, spec);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        const QString made0 = made->first().id;
        auto built = engine->instances().waitUntilSettled(made0, 300000);
        QVERIFY(built.ok());
        QVERIFY2(built->status() == QLatin1String("ACTIVE"),
                 qPrintable(built->status() + QStringLiteral(": ") + built->fault.message));
        id = made0;
        // The screen and the shell are settled once the guest says so.
        QVERIFY2(waitForConsole(id, QStringLiteral("STACKDESK-TEST-GUEST READY"), 240000),
                 qPrintable(consoleLog(id)));
    }
};

} // namespace sd::it
