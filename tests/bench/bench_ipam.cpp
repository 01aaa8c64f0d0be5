// IPAM figures: allocate and release 60,000 addresses in a /16 through the port service's own path
// (PortService::createIn / removeIn inside write transactions, as routers and instances use it), in
// batches of 1,000 per transaction, and one port per transaction for comparison.
//
// Run: build/tests/bench/bench_ipam [addresses]

#include "engine.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/subnetservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60000;
    QTemporaryDir dir;
    auto opened = Engine::open(EngineOptions{dir.path(), false, false, {}});
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    Engine &engine = **opened;
    const RequestContext admin = *engine.localAdminContext();
    NetworkSpec n;
    n.name = QStringLiteral("big");
    auto network = engine.networks().create(admin, n);
    SubnetSpec s;
    s.network = QStringLiteral("big");
    s.cidr = QStringLiteral("10.100.0.0/16");
    auto subnet = engine.subnets().create(admin, s);
    if (!network || !subnet) {
        out << "setup failed" << Qt::endl;
        return 1;
    }
    auto db = Database::open(engine.dataDir().databaseFile());
    PortSpec port;
    port.network = network->id;
    port.portSecurityEnabled = false;

    QStringList ids;
    ids.reserve(count);
    QElapsedTimer t;
    t.start();
    for (int done = 0; done < count;) {
        const int batch = qMin(1000, count - done);
        auto r = (*db)->transaction([&](QSqlDatabase &tx) -> Result<void> {
            for (int i = 0; i < batch; ++i) {
                auto p = PortService::createIn(tx, admin.projectId, port);
                if (!p)
                    return p.error();
                ids.append(p->id);
            }
            return {};
        });
        if (!r) {
            out << "allocation failed after " << done << ": " << r.error().toString() << Qt::endl;
            return 1;
        }
        done += batch;
    }
    const double allocate = t.nsecsElapsed() / 1e6;
    QSqlDatabase conn = (*db)->connection();
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT COUNT(DISTINCT ip_address), COUNT(*) FROM ip_allocations"));
    q.next();
    out << QStringLiteral("allocate %1 addresses in a /16 (1,000 per transaction): %2 ms, %3 µs each; %4 distinct of %5")
               .arg(count).arg(allocate, 0, 'f', 0).arg(allocate * 1000 / count, 0, 'f', 1)
               .arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong())
        << Qt::endl;

    t.restart();
    for (int done = 0; done < ids.size();) {
        const int batch = qMin<int>(1000, int(ids.size()) - done);
        (void)(*db)->transaction([&](QSqlDatabase &tx) -> Result<void> {
            for (int i = 0; i < batch; ++i)
                if (auto r = PortService::removeIn(tx, ids[done + i]); !r)
                    return r;
            return {};
        });
        done += batch;
    }
    const double release = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("release them: %1 ms, %2 µs each").arg(release, 0, 'f', 0).arg(release * 1000 / count, 0, 'f', 1)
        << Qt::endl;

    // The path a user's `port create` takes: one transaction (and policy and quota check) per port.
    const int single = 500;
    t.restart();
    for (int i = 0; i < single; ++i)
        if (!engine.ports().create(admin, port)) {
            out << "port create failed" << Qt::endl;
            return 1;
        }
    const double one = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("port create through the service, one transaction each (%1 after the cursor wrapped): %2 ms each")
               .arg(single).arg(one / single, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
