// Instances table figures (issue 6, Performance): N instances (10,000 by default) written straight into
// the store, one port with an address each, then the real InstanceModel and InstanceFilterProxy of the
// Instances panel: model load, one filter keystroke, a sort by a column (targets 300 ms, 50 ms,
// 100 ms); and the real Admin › Compute › Instances panel shown with all of them: its load, a keystroke
// typed into its filter field, a click on a column header, and the process's resident memory (target
// under 250 MB).
//
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_instancetable [instances]

#include "compute/instance/instancerepository.h"
#include "engine.h"
#include "hosts/hostmanager.h"
#include "models/instancefilterproxy.h"
#include "models/instancemodel.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/subnetservice.h"
#include "panels/instancespanel.h"
#include "widgets/filteredit.h"

#include "core/ids.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sd;

namespace {

QTextStream out(stdout);

// Resident memory of this process in MB, as the kernel counts it (VmRSS).
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// The instances go into the store in one transaction through the repository (and PortService's own
// in-transaction create for the ports): what a long-running cloud has, without launching each one.
bool fill(const QString &dbFile, const RequestContext &admin, const QStringList &hostIds,
          const QStringList &hostZones, int count)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-fill"));
    db.setDatabaseName(dbFile);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open() || !db.transaction()) {
        out << "store: " << db.lastError().text() << Qt::endl;
        return false;
    }
    const char *flavors[] = {"m1.tiny", "m1.small", "m1.medium", "m1.large"};
    const char *states[] = {"active", "active", "active", "stopped", "paused", "error"};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int k = 0; k < count; ++k) {
        Instance i;
        i.id = newId();
        i.name = QStringLiteral("web-%1").arg(k, 5, 10, QLatin1Char('0'));
        i.projectId = admin.projectId;
        i.userId = admin.userId;
        i.hostId = hostIds.at(k % hostIds.size());
        i.availabilityZone = hostZones.at(k % hostZones.size());
        i.flavor = {QStringLiteral("flavor-%1").arg(k % 4),
                    QLatin1String(flavors[k % 4]),
                    1 << (k % 4),
                    qint64(512) << (k % 4),
                    qint64(1) << (k % 4),
                    0,
                    0};
        i.imageId = QStringLiteral("image-%1").arg(k % 7);
        i.imageName = QStringLiteral("cirros-0.%1").arg(k % 7);
        i.keyName = k % 3 ? QStringLiteral("ops-key") : QString();
        i.vmState = vmStateFromName(QLatin1String(states[k % 6]));
        i.powerState = i.vmState == VmState::Active ? PowerState::Running : PowerState::Shutdown;
        i.createdAt = start.addSecs(k * 97);
        if (auto e = InstanceRepository::insert(db, i, QString()); !e) {
            out << "instance " << k << ": " << e.error().toString() << Qt::endl;
            return false;
        }
        PortSpec port;
        port.network = QStringLiteral("bench");
        port.deviceOwner = DeviceOwner::compute(i.availabilityZone);
        port.deviceId = i.id;
        port.noSecurityGroups = true;
        if (auto p = PortService::createIn(db, admin.projectId, port); !p) {
            out << "port " << k << ": " << p.error().toString() << Qt::endl;
            return false;
        }
    }
    if (!db.commit()) {
        out << "commit: " << db.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    // No host connections: the table reads the store only (DESIGN.md §2), and idle simulated hosts would
    // only add their own memory to the figure.
    auto opened = Engine::open(EngineOptions{dir.path() + QStringLiteral("/data"), true, false, {}});
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    Engine &engine = **opened;
    const RequestContext admin = *engine.localAdminContext();
    NetworkSpec net;
    net.name = QStringLiteral("bench");
    SubnetSpec sub;
    sub.network = net.name;
    sub.cidr = QStringLiteral("10.64.0.0/16");
    if (!engine.networks().create(admin, net) || !engine.subnets().create(admin, sub)) {
        out << "network failed" << Qt::endl;
        return 1;
    }
    QStringList hostIds, hostZones;
    if (auto hosts = engine.hosts().list(admin))
        for (const HostInfo &h : *hosts) {
            hostIds << h.record.id;
            hostZones << h.record.availabilityZone;
        }
    if (hostIds.isEmpty()) {
        out << "no hosts" << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (!fill(engine.dataDir().path() + QStringLiteral("/stackdesk.db"), admin, hostIds, hostZones, count))
        return 1;
    out << "filled " << count << " instances (one port each) into the store in " << msSince(t) << " ms"
        << Qt::endl;
    const double rssBefore = rssMb();

    // The model and proxy alone, as the panel builds them.
    {
        t.restart();
        InstanceModel model(engine, admin, InstanceModel::Scope::Admin);
        const double load = msSince(t);
        InstanceFilterProxy proxy;
        t.restart();
        proxy.setInstanceModel(&model);
        proxy.sort(model.columnOf(InstanceModel::Project));
        const double firstSort = msSince(t);
        t.restart();
        proxy.setFilterFixedString(QStringLiteral("7"));
        const double key1 = msSince(t);
        const int shown1 = proxy.rowCount();
        t.restart();
        proxy.setFilterFixedString(QStringLiteral("77"));
        const double key2 = msSince(t);
        const int shown2 = proxy.rowCount();
        proxy.setFilterFixedString(QString());
        t.restart();
        proxy.sort(model.columnOf(InstanceModel::Name), Qt::DescendingOrder);
        const double sortName = msSince(t);
        t.restart();
        proxy.sort(model.columnOf(InstanceModel::IpAddress));
        const double sortIp = msSince(t);
        t.restart();
        proxy.sort(model.columnOf(InstanceModel::Age));
        const double sortAge = msSince(t);
        out << "model: load " << model.rowCount() << " rows " << load << " ms (target 300); proxy attach + "
            << "sort by Project " << firstSort << " ms" << Qt::endl;
        out << "model: filter keystroke '7' " << key1 << " ms (" << shown1 << " rows), then '77' " << key2
            << " ms (" << shown2 << " rows) (target 50)" << Qt::endl;
        out << "model: sort by Instance Name (descending) " << sortName << " ms, IP Address " << sortIp
            << " ms, Age " << sortAge << " ms (target 100)" << Qt::endl;
    }

    // The real panel, shown, with every row loaded.
    t.restart();
    InstancesPanel panel(engine, admin, InstanceModel::Scope::Admin);
    const double built = msSince(t);
    panel.resize(1600, 1000);
    t.restart();
    panel.show();
    QApplication::processEvents();
    const double shown = msSince(t);
    out << "panel: " << panel.model()->rowCount() << " rows; built in " << built
        << " ms, shown and painted in " << shown << " ms" << Qt::endl;
    t.restart();
    panel.filterEdit()->setText(QStringLiteral("7"));
    QApplication::processEvents();
    const double typed1 = msSince(t);
    t.restart();
    panel.filterEdit()->setText(QStringLiteral("77"));
    QApplication::processEvents();
    const double typed2 = msSince(t);
    out << "panel: keystroke '7' " << typed1 << " ms (" << panel.proxy()->rowCount()
        << " rows after '77': " << typed2 << " ms), filter and repaint" << Qt::endl;
    panel.filterEdit()->clear();
    QApplication::processEvents();
    const int hostColumn = panel.model()->columnOf(InstanceModel::Host);
    t.restart();
    panel.view()->horizontalHeader()->setSortIndicator(hostColumn, Qt::DescendingOrder);
    QApplication::processEvents();
    out << "panel: header click on Host " << msSince(t) << " ms, sort and repaint" << Qt::endl;
    const double rss = rssMb();
    out << "memory: VmRSS " << rss << " MB with the panel shown (" << rssBefore
        << " MB before the table; target under 250 MB)" << Qt::endl;
    return 0;
}
