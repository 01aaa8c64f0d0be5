// Image figures: uploading a 1 GiB image into the store, and copying it into a simulated and (when a
// real libvirt URI is given) a real host's image cache, each next to `cp` and `qemu-img convert` of the
// same file on the same disk; and listing 5,000 images.
//
// Run: build/tests/bench/bench_images [size-MiB] [real-host-URI]
// e.g. bench_images 1024 qemu:///system (with a libvirtd running; the pool stackdesk-images is created).

#include "engine.h"
#include "hosts/hostmanager.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "tasks/taskrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

using namespace sd;

namespace {

QTextStream out(stdout);

double seconds(QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e9;
}

double timeCommand(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        out << program << " failed: " << p.readAllStandardError() << Qt::endl;
    return seconds(t);
}

void report(const QString &what, qint64 bytes, double secs, double cpSecs)
{
    const double mbs = bytes / 1048576.0 / secs;
    out << QStringLiteral("%1: %2 s, %3 MB/s, %4 x cp").arg(what, -46).arg(secs, 0, 'f', 2).arg(mbs, 0, 'f', 0)
               .arg(cpSecs / secs, 0, 'f', 2)
        << Qt::endl;
}

// A file of incompressible data: 64 MiB of random bytes repeated.
QString makeFile(const QString &path, int mib)
{
    QByteArray block(64 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(7);
    gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    for (int written = 0; written < mib; written += 64)
        f.write(block.constData(), qMin<qint64>(block.size(), qint64(mib - written) * 1048576));
    return path;
}

template<typename Fn>
double timed(Fn &&fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return seconds(t);
}

bool waitTask(Engine &engine, const Result<QString> &task, const QString &what)
{
    if (!task) {
        out << what << ": " << task.error().toString() << Qt::endl;
        return false;
    }
    auto done = engine.tasks().wait(*task);
    if (!done)
        out << what << ": " << done.error().toString() << Qt::endl;
    return done.ok();
}

void listBench(Engine &engine, const RequestContext &admin, const QString &dbFile)
{
    const int count = 5000;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        db.setDatabaseName(dbFile);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < count; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            q.prepare(QStringLiteral("INSERT INTO images (id, name, status, disk_format, size, virtual_size, "
                                     "checksum, visibility, owner, created_at, updated_at) VALUES "
                                     "(?, ?, 'active', 'qcow2', 13463552, 67108864, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("image-%1").arg(i));
            q.addBindValue(QString(64, QLatin1Char('a')));
            q.addBindValue(i % 3 ? QStringLiteral("private") : QStringLiteral("public"));
            q.addBindValue(admin.projectId);
            q.addBindValue(QStringLiteral("2026-11-28T00:00:00.000Z"));
            q.addBindValue(QStringLiteral("2026-11-28T00:00:00.000Z"));
            q.exec();
            for (const char *key : {"os_distro", "os_version", "hw_disk_bus"}) {
                q.prepare(QStringLiteral("INSERT INTO image_properties (image_id, key, value) VALUES (?, ?, 'x')"));
                q.addBindValue(id);
                q.addBindValue(QLatin1String(key));
                q.exec();
            }
            q.prepare(QStringLiteral("INSERT INTO image_tags (image_id, tag) VALUES (?, 'bench')"));
            q.addBindValue(id);
            q.exec();
        }
        q.exec(QStringLiteral("COMMIT"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    QList<double> times;
    qsizetype listed = 0;
    for (int i = 0; i < 5; ++i)
        times.append(timed([&] { listed = engine.images().list(admin)->size(); }) * 1000);
    std::sort(times.begin(), times.end());
    out << QStringLiteral("image list of %1 images (3 properties, 1 tag each): median %2 ms, min %3 ms")
               .arg(listed).arg(times.at(2), 0, 'f', 1).arg(times.first(), 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int mib = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1024;
    const QString realUri = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir dir(QStringLiteral("/var/tmp/sd-bench-XXXXXX"));
    const qint64 bytes = qint64(mib) * 1048576;
    const QString source = makeFile(dir.filePath(QStringLiteral("source.raw")), mib);
    out << QStringLiteral("image of %1 MiB in %2 (page cache warm: every copy reads from memory)")
               .arg(mib).arg(dir.path())
        << Qt::endl;

    const double cp = timeCommand(QStringLiteral("cp"), {source, dir.filePath(QStringLiteral("cp.raw"))});
    report(QStringLiteral("cp"), bytes, cp, cp);
    const double convert = timeCommand(QStringLiteral("qemu-img"),
                                       {QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                                        QStringLiteral("-O"), QStringLiteral("raw"), source,
                                        dir.filePath(QStringLiteral("convert.raw"))});
    report(QStringLiteral("qemu-img convert"), bytes, convert, cp);
    QFile::remove(dir.filePath(QStringLiteral("cp.raw")));
    QFile::remove(dir.filePath(QStringLiteral("convert.raw")));

    auto opened = Engine::open(EngineOptions{dir.filePath(QStringLiteral("data")), true, true, {}});
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    Engine &engine = **opened;
    engine.hosts().waitUntilSettled(10000);
    const RequestContext admin = *engine.localAdminContext();

    ImageSpec spec;
    spec.name = QStringLiteral("bench");
    spec.sourceFile = source;
    spec.diskFormat = QStringLiteral("raw");
    QString imageTask;
    const double upload = timed([&] {
        auto task = engine.images().create(admin, spec);
        if (waitTask(engine, task, QStringLiteral("upload")))
            imageTask = *task;
    });
    if (imageTask.isEmpty())
        return 1;
    report(QStringLiteral("upload into the store (copy + sha256 + check)"), bytes, upload, cp);
    const QString imageId = engine.tasks().wait(imageTask)->toString();

    const double simulated = timed([&] {
        waitTask(engine, engine.imageCache().ensureOnHost(admin, imageId, QStringLiteral("compute-1")),
                 QStringLiteral("simulated cache"));
    });
    out << QStringLiteral("%1: %2 ms (the test driver keeps no data: volume and bookkeeping only)")
               .arg(QStringLiteral("into a simulated host's cache"), -46).arg(simulated * 1000, 0, 'f', 1)
        << Qt::endl;

    if (!realUri.isEmpty()) {
        HostSpec host;
        host.name = QStringLiteral("real");
        host.uri = realUri;
        if (waitTask(engine, engine.hosts().add(admin, host), QStringLiteral("add host"))) {
            QElapsedTimer up;
            up.start();
            while (engine.hosts().show(admin, QStringLiteral("real"))->state != HostState::Up && up.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QString path;
            const double real = timed([&] {
                auto task = engine.imageCache().ensureOnHost(admin, imageId, QStringLiteral("real"));
                if (waitTask(engine, task, QStringLiteral("real cache")))
                    path = engine.tasks().wait(*task)->toString();
            });
            report(QStringLiteral("into a real host's cache (virStorageVolUpload)"), bytes, real, cp);
            if (!path.isEmpty())
                QProcess::execute(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), realUri,
                                                            QStringLiteral("vol-delete"), path});
        }
    }
    listBench(engine, admin, engine.dataDir().databaseFile());
    return 0;
}
