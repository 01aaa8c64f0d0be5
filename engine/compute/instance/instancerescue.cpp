// InstanceService::rescue and unrescue (Nova's rescue): the instance boots from a fresh disk of the
// rescue image, its own root disk attached second, so a broken system can be repaired from outside;
// unrescue boots its own domain again.

#include "instanceservice.h"

#include "domainops.h"
#include "domainxmledit.h"
#include "image/imageservice.h"
#include "instancedisks.h"
#include "instancerepository.h"
#include "lifecyclesupport.h"
#include "seediso.h"
#include "tasks/taskrunner.h"

#include <QTemporaryDir>

namespace sd {

namespace {
// The rescue boot's volumes, beside the instance's own (so a delete removes them with the rest).
const QString kRescueDisk = QStringLiteral("disk.rescue");
const QString kRescueSeed = QStringLiteral("seed.rescue.iso");
} // namespace

Result<QString> InstanceService::rescue(const RequestContext &ctx, const QString &nameOrId, const RescueSpec &spec)
{
    // Nova's default rescue image is the instance's own image.
    auto checked = LifecycleSupport::check(*this, ctx, nameOrId, InstanceAction::Rescue, tr("Rescue image"), spec.image);
    if (!checked)
        return checked.error();
    const Instance &instance = checked->instance;
    const HostInfo &host = checked->host;
    const Image &image = checked->image;
    const QString ownXml = checked->ownXml;
    auto seed = LifecycleSupport::seedFor(*this, instance, instance.name, instance.userId, instance.keyName,
                                          LifecycleSupport::Key::Kept, spec.adminPassword);
    if (!seed)
        return seed.error();
    auto cached = LifecycleSupport::cacheOnHost(*this, image.id, instance.hostId);
    if (!cached)
        return cached.error();

    m_repo->setTaskState(instance.id, QStringLiteral("rescuing"));
    emit instanceChanged(instance.id);

    const bool simulated = host.kind == HostKind::Simulated;
    const bool wasRunning = instance.powerState == PowerState::Running;
    // At least the image's own size, as Nova sizes disk.rescue.
    const qint64 rescueBytes = qMax<qint64>(image.virtualSize, qint64(1) << 30);
    HostConnection *connection = LifecycleSupport::connectionOf(*this, instance);
    TaskSpec task = LifecycleSupport::hostTask(*this, instance, host, InstanceAction::Rescue);
    task.work = [connection, hostName = host.record.name, id = instance.id, domain = instance.domainName(),
                 ownXml, seed = *seed, simulated, wasRunning, rescueBytes, imageId = image.id,
                 imageName = image.name, imageFormat = image.diskFormat,
                 knownBase = *cached](TaskControl &control) -> Result<QVariant> {
        auto conn = LifecycleSupport::live(connection, hostName);
        if (!conn)
            return conn.error();
        control.setProgress(10, tr("Finding rescue image %1 on the host").arg(imageName));
        auto base = LifecycleSupport::cachedVolume(*conn, imageId, imageName, knownBase);
        if (!base)
            return base.error();
        DomainXmlChanges changes;
        control.setProgress(20, tr("Writing the rescue seed"));
        QTemporaryDir seedDir;
        auto iso = LifecycleSupport::writeSeed(seed, seedDir.path(), simulated);
        if (!iso)
            return iso.error();
        if (!iso->isEmpty()) {
            auto seedPath = InstanceDisks::createSeed(*conn, id, kRescueSeed, *iso, true);
            if (!seedPath)
                return seedPath.error();
            changes.seedPath = *seedPath;
        }
        const auto dropRescueVolumes = [&] {
            // Best effort on a path that already failed: that failure is the one to report.
            static_cast<void>(InstanceDisks::removeVolume(*conn, id, kRescueDisk));
            static_cast<void>(InstanceDisks::removeVolume(*conn, id, kRescueSeed));
        };
        control.setProgress(40, tr("Creating the rescue disk"));
        auto disk = InstanceDisks::createOverlay(*conn, id, kRescueDisk, *base, imageFormat, rescueBytes);
        if (!disk) {
            dropRescueVolumes();
            return disk.error();
        }
        changes.firstDisk = {*disk, QStringLiteral("qcow2"), QStringLiteral("vda"), false, 1};
        auto rescueXml = DomainXmlEdit::apply(ownXml, changes);
        if (!rescueXml) {
            dropRescueVolumes();
            return rescueXml.error();
        }
        control.setProgress(60, tr("Stopping the instance's own domain"));
        if (auto r = DomainOps::destroy(*conn, domain); !r) {
            dropRescueVolumes();
            return r.error();
        }
        control.setProgress(80, tr("Booting the rescue system"));
        if (auto r = DomainOps::defineAndStart(*conn, *rescueXml); !r) {
            dropRescueVolumes();
            // Back as it was: the instance's own domain, running when it ran.
            const Result<void> back = LifecycleSupport::defineOwn(*conn, ownXml, wasRunning);
            if (!back)
                return makeError(r.error().code, tr("%1; and the instance's own domain could not be defined again: %2")
                                                     .arg(r.error().message, back.error().message));
            return r.error();
        }
        return QVariant(int(DomainOps::powerStateOf(*conn, domain)));
    };
    task.finish = [this, id = instance.id, previous = instance.vmState, imageId = image.id](const Result<QVariant> &r)
        -> Result<QVariant> {
        if (!r) {
            LifecycleSupport::failed(*this, id, previous, r.error());
            return r;
        }
        m_repo->setRescueImage(id, imageId);
        m_repo->setStates(id, VmState::Rescued, QString(), powerStateFromInt(r->toInt()));
        m_repo->clearFault(id);
        emit instanceChanged(id);
        return r;
    };
    return m_s.tasks->start(ctx, std::move(task));
}

Result<QString> InstanceService::unrescue(const RequestContext &ctx, const QString &nameOrId)
{
    // The instance's own domain, as the build (or the last rebuild) defined it: rescue never changed it.
    auto checked = LifecycleSupport::check(*this, ctx, nameOrId, InstanceAction::Unrescue);
    if (!checked)
        return checked.error();
    const Instance &instance = checked->instance;
    const HostInfo &host = checked->host;
    const QString ownXml = checked->ownXml;

    m_repo->setTaskState(instance.id, QStringLiteral("unrescuing"));
    emit instanceChanged(instance.id);

    HostConnection *connection = LifecycleSupport::connectionOf(*this, instance);
    TaskSpec task = LifecycleSupport::hostTask(*this, instance, host, InstanceAction::Unrescue);
    task.work = [connection, hostName = host.record.name, id = instance.id, domain = instance.domainName(),
                 ownXml](TaskControl &control) -> Result<QVariant> {
        auto conn = LifecycleSupport::live(connection, hostName);
        if (!conn)
            return conn.error();
        control.setProgress(20, tr("Stopping the rescue system"));
        if (auto r = DomainOps::destroy(*conn, domain); !r)
            return r.error();
        control.setProgress(50, tr("Removing the rescue disk"));
        if (auto r = InstanceDisks::removeVolume(*conn, id, kRescueDisk); !r)
            return r.error();
        if (auto r = InstanceDisks::removeVolume(*conn, id, kRescueSeed); !r)
            return r.error();
        control.setProgress(70, tr("Booting the instance's own domain"));
        if (auto r = DomainOps::defineAndStart(*conn, ownXml); !r)
            return r.error();
        return QVariant(int(DomainOps::powerStateOf(*conn, domain)));
    };
    task.finish = [this, id = instance.id](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            // Still rescued, so unrescue can be tried again: each step finds what is already done (no
            // rescue domain, no rescue disk) and goes on.
            LifecycleSupport::failed(*this, id, VmState::Rescued, r.error());
            return r;
        }
        m_repo->setRescueImage(id, QString());
        m_repo->setStates(id, VmState::Active, QString(), powerStateFromInt(r->toInt()));
        m_repo->clearFault(id);
        emit instanceChanged(id);
        return r;
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
