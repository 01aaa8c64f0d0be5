#include "instancebuild.h"

#include "console/consolepassword.h"

#include "bootvolumes.h"
#include "core/logging.h"
#include "domainops.h"
#include "domainxml.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "instancedisks.h"
#include "instancerepository.h"
#include "instanceservice.h"
#include "network/portservice.h"
#include "network/realize/networkrealizer.h"
#include "seediso.h"
#include "store/database.h"
#include "tasks/taskrunner.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <libvirt/libvirt.h>

namespace sd {

namespace {
// Nova's libvirt virt_type, chosen per host: KVM where the host offers it, else QEMU's emulation (TCG),
// slower but it boots. A local host whose /dev/kvm is kvm_pvm (nested, software KVM) offers KVM but its
// guests die with emulation failures, so it gets TCG too.
QString virtType(virConnectPtr conn, const QString &architecture, bool localHost)
{
    if (localHost && QFile::exists(QStringLiteral("/sys/module/kvm_pvm")))
        return QStringLiteral("qemu");
    const QByteArray arch = architecture.toUtf8();
    char *caps = virConnectGetDomainCapabilities(conn, nullptr, arch.constData(), nullptr, "kvm", 0);
    const bool kvm = caps != nullptr;
    free(caps);
    return kvm ? QStringLiteral("kvm") : QStringLiteral("qemu");
}
} // namespace

InstanceBuild::InstanceBuild(InstanceService *service, RequestContext ctx, QString instanceId, QString userData)
    : QObject(service), m_service(service), m_ctx(std::move(ctx)), m_id(std::move(instanceId)),
      m_userData(std::move(userData))
{
}

void InstanceBuild::start()
{
    auto i = m_service->repository().find(m_id);
    if (!i) {
        done();
        return;
    }
    m_hostId = i->hostId;
    bindPorts();
}

void InstanceBuild::abortForDelete(const RequestContext &ctx)
{
    m_deleteRequested = true;
    m_deleteCtx = ctx;
}

bool InstanceBuild::stoppedForDelete()
{
    if (!m_deleteRequested)
        return false;
    if (auto i = m_service->repository().find(m_id))
        if (auto r = m_service->startDelete(m_deleteCtx, *i); !r)
            qCWarning(lcEngine) << "delete after an aborted build failed:" << r.error().toString();
    done();
    return true;
}

void InstanceBuild::done()
{
    m_service->buildFinished(m_id);
}

void InstanceBuild::fail(const Error &error)
{
    if (stoppedForDelete())
        return;
    m_service->failBuild(m_id, error);
    done();
}

void InstanceBuild::whenTasksEnd(const QStringList &taskIds, std::function<void(const Result<void> &)> next)
{
    TaskRunner *tasks = m_service->m_s.tasks;
    auto pending = std::make_shared<QSet<QString>>();
    auto firstError = std::make_shared<std::optional<Error>>();
    for (const QString &id : taskIds) {
        if (id.isEmpty())
            continue;
        auto info = tasks->task(id);
        if (info && info->isFinished()) {
            if (info->state != TaskState::Succeeded && !*firstError)
                *firstError = info->error;
            continue;
        }
        pending->insert(id);
    }
    if (pending->isEmpty()) {
        next(*firstError ? Result<void>(**firstError) : Result<void>());
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(tasks, &TaskRunner::taskFinished, this, [=](const QString &id) {
        if (!pending->remove(id))
            return;
        if (auto info = tasks->task(id); info && info->state != TaskState::Succeeded && !*firstError)
            *firstError = info->state == TaskState::Cancelled
                              ? makeError(ErrorCode::Conflict, tr("A step of the build was cancelled"))
                              : info->error;
        if (!pending->isEmpty())
            return;
        disconnect(*connection);
        next(*firstError ? Result<void>(**firstError) : Result<void>());
    });
}

void InstanceBuild::bindPorts()
{
    if (stoppedForDelete())
        return;
    auto &repo = m_service->repository();
    repo.setTaskState(m_id, QStringLiteral("networking"));
    m_service->notifyChanged(m_id);
    PortFilter filter;
    filter.deviceId = m_id;
    auto ports = m_service->m_s.ports->list(RequestContext::system(), filter);
    if (!ports) {
        fail(ports.error());
        return;
    }
    QStringList taskIds;
    for (const Port &p : *ports) {
        auto task = m_service->m_s.realizer->bindPort(RequestContext::system(), p.id, m_hostId);
        if (!task) {
            fail(task.error());
            return;
        }
        taskIds << *task;
    }
    whenTasksEnd(taskIds, [this](const Result<void> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        cacheImage();
    });
}

void InstanceBuild::cacheImage()
{
    if (stoppedForDelete())
        return;
    auto &repo = m_service->repository();
    auto i = repo.find(m_id);
    if (!i) {
        done();
        return;
    }
    repo.setTaskState(m_id, QStringLiteral("block_device_mapping"));
    m_service->notifyChanged(m_id);
    if (!i->bootVolumeId.isEmpty()) {
        // Volume-backed: no image in the cache, the root is the volume once it can be booted.
        BootVolumes *volumes = m_service->m_bootVolumes;
        if (!volumes) {
            fail(makeError(ErrorCode::Internal, tr("Instance %1 boots from a volume, but block storage is not running")
                                                    .arg(i->name)));
            return;
        }
        volumes->whenBootVolumeReady(i->bootVolumeId, this, [this](const Result<void> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            spawn();
        });
        return;
    }
    ImageCache *cache = m_service->m_s.imageCache;
    m_basePath = cache->cachedPath(m_hostId, i->imageId);
    if (!m_basePath.isEmpty()) {
        spawn();
        return;
    }
    auto task = cache->ensureOnHost(RequestContext::system(), i->imageId, m_hostId);
    if (!task) {
        fail(task.error());
        return;
    }
    whenTasksEnd({*task}, [this, cache, imageId = i->imageId](const Result<void> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        m_basePath = cache->cachedPath(m_hostId, imageId);
        spawn();
    });
}

void InstanceBuild::spawn()
{
    if (stoppedForDelete())
        return;
    auto &repo = m_service->repository();
    auto i = repo.find(m_id);
    if (!i) {
        done();
        return;
    }
    auto host = m_service->m_s.hosts->show(RequestContext::system(), m_hostId);
    if (!host || host->state != HostState::Up) {
        fail(makeError(ErrorCode::HostUnavailable,
                       tr("Host %1 went down during the build").arg(host ? host->record.name : m_hostId)));
        return;
    }
    // A volume-backed instance needs no image (its volume's may even be deleted by now).
    const bool volumeBacked = !i->bootVolumeId.isEmpty();
    auto image = m_service->m_s.images->show(RequestContext::system(), i->imageId);
    if (!image && !volumeBacked) {
        fail(image.error());
        return;
    }
    std::optional<DomainDisk> rootVolume;
    if (volumeBacked) {
        auto root = m_service->m_bootVolumes->takeBootVolume(i->bootVolumeId, *i);
        if (!root) {
            fail(root.error());
            return;
        }
        rootVolume = *root;
    }
    repo.setTaskState(m_id, QStringLiteral("spawning"));
    m_service->notifyChanged(m_id);

    DomainSpec spec;
    spec.instanceId = i->id;
    spec.name = i->name;
    spec.vcpus = i->flavor.vcpus;
    spec.ramMb = i->flavor.ramMb;
    spec.projectId = i->projectId;
    spec.projectName = i->projectName;
    spec.userId = i->userId;
    spec.flavorId = i->flavor.id;
    spec.flavorName = i->flavor.name;
    spec.imageId = i->imageId;
    spec.architecture = image ? image->properties.value(QStringLiteral("architecture"), QStringLiteral("x86_64"))
                              : QStringLiteral("x86_64");
    spec.vnc = host->facts.capabilities.vnc || host->kind == HostKind::Simulated;
    spec.spice = host->facts.capabilities.spice;
    spec.graphicsPassword = ConsolePassword::forInstance(*m_service->m_db, i->id);
    PortFilter filter;
    filter.deviceId = m_id;
    if (auto ports = m_service->m_s.ports->list(RequestContext::system(), filter))
        for (const Port &p : *ports)
            spec.interfaceXml << m_service->m_s.realizer->interfaceXml(p, m_hostId);

    SeedData seed;
    seed.instanceId = i->id;
    seed.hostname = SeedIso::hostnameFor(i->name, i->id);
    seed.userData = m_userData.toUtf8();
    if (!i->keyName.isEmpty()) {
        QSqlQuery q(m_service->m_db->connection());
        q.prepare(QStringLiteral("SELECT public_key FROM key_pairs WHERE user_id = ? AND name = ?"));
        q.addBindValue(i->userId);
        q.addBindValue(i->keyName);
        if (q.exec() && q.next())
            seed.publicKeys << q.value(0).toString();
    }

    InstanceDisks::Request disks;
    disks.instanceId = i->id;
    disks.basePath = m_basePath;
    disks.baseFormat = image ? image->diskFormat : QString();
    disks.rootDisk = rootVolume;
    disks.rootBytes = i->flavor.diskGb << 30;
    disks.ephemeralGb = i->flavor.ephemeralGb;
    disks.swapMb = i->flavor.swapMb;
    const bool simulated = host->kind == HostKind::Simulated;
    const bool local = host->kind == HostKind::Local;
    disks.streamData = !simulated;

    HostConnection *connection = m_service->m_s.hosts->connectionOf(m_hostId);
    TaskSpec task;
    task.title = tr("Build instance %1 on %2").arg(i->name, host->record.name);
    task.action = QStringLiteral("server.build");
    task.targetKind = QStringLiteral("instance");
    task.targetId = i->id;
    task.targetName = i->name;
    task.runIn = connection;
    task.work = [connection, spec, seed, disks, simulated, local, hostName = host->record.name](TaskControl &control) mutable
        -> Result<QVariant> {
        virConnectPtr conn = connection ? connection->connection() : nullptr;
        if (!conn)
            return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
        QTemporaryDir seedDir;
        if (!simulated) {
            // libvirt's test driver keeps no volume data: only real hosts get a seed to read.
            control.setProgress(10, tr("Writing the NoCloud seed"));
            auto iso = SeedIso::build(seed, seedDir.path());
            if (!iso)
                return iso.error();
            disks.seedFile = *iso;
        }
        control.setProgress(30, tr("Creating the disks"));
        auto made = InstanceDisks::create(conn, disks);
        if (!made)
            return made.error();
        spec.disks = *made;
        if (simulated) {
            spec.domainType = QStringLiteral("test");
        } else {
            spec.domainType = virtType(conn, spec.architecture, local);
            if (auto log = InstanceDisks::consoleLogPath(conn, spec.instanceId))
                spec.consoleLogPath = *log;
        }
        control.setProgress(70, tr("Defining and starting the domain"));
        const QString xml = DomainXml::write(spec);
        if (auto r = DomainOps::defineAndStart(conn, xml); !r) {
            // Best effort: the define's error is the one to report; disks left behind are reported by the
            // next delete of the instance.
            static_cast<void>(InstanceDisks::remove(conn, spec.instanceId));
            return r.error();
        }
        return QVariant(xml);
    };
    task.finish = [this, bootVolume = i->bootVolumeId](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            fail(r.error());
            return r;
        }
        auto &repo = m_service->repository();
        repo.setDomainXml(m_id, r->toString());
        if (!bootVolume.isEmpty())
            m_service->m_bootVolumes->bootVolumeAttached(bootVolume);
        if (m_deleteRequested) {
            stoppedForDelete();
            return r;
        }
        repo.setStates(m_id, VmState::Active, QString(), PowerState::Running);
        repo.markLaunched(m_id);
        repo.clearFault(m_id);
        m_service->notifyChanged(m_id);
        done();
        return r;
    };
    m_service->m_s.tasks->start(m_ctx, std::move(task));
}

} // namespace sd
