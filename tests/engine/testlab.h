#pragma once

// A small engine on a temporary data dir, for tests: the demo lab's three simulated hosts, connected.

#include "engine.h"
#include "hosts/hostmanager.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sd::test {

struct TestLab
{
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    RequestContext admin;

    // Opens the lab; waitForHosts spins the event loop until every host answered its first connection.
    bool open(bool demo = true, bool waitForHosts = true)
    {
        auto e = Engine::open(EngineOptions{dir.path() + QStringLiteral("/data"), demo, true});
        if (!e.ok()) {
            qWarning() << e.error().toString();
            return false;
        }
        engine = std::move(e).value();
        auto ctx = engine->localAdminContext();
        if (!ctx.ok())
            return false;
        admin = *ctx;
        return !waitForHosts || engine->hosts().waitUntilSettled(10000);
    }

    HostInfo host(const QString &name)
    {
        auto h = engine->hosts().show(admin, name);
        return h.ok() ? *h : HostInfo();
    }
};

} // namespace sd::test
