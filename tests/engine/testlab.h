#pragma once

// A small engine on a temporary data dir, for tests: the demo lab's three simulated hosts, connected.

#include "engine.h"
#include "hosts/hostmanager.h"

#include <QFile>
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
        auto e = Engine::open(EngineOptions{dir.path() + QStringLiteral("/data"), demo, true, {}});
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

    // A password from the demo lab's README.txt ("Member: user demo, project demo, password XXX").
    QString demoPassword(const QString &user) const
    {
        QFile f(engine->dataDir().path() + QStringLiteral("/README.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("user %1,").arg(user)))
                return line.section(QStringLiteral("password "), 1).trimmed();
        return {};
    }

    // The demo user's context in project demo, through a real login.
    RequestContext loginAs(const QString &user, const QString &project)
    {
        auto ctx = engine->login(user, demoPassword(user), project);
        return ctx.ok() ? *ctx : RequestContext();
    }

    HostInfo host(const QString &name)
    {
        auto h = engine->hosts().show(admin, name);
        return h.ok() ? *h : HostInfo();
    }
};

} // namespace sd::test
