// InstanceService::rebuild (Nova's rebuild): the instance gets a new root disk from an image (its own by
// default) and a new seed, on the same host, with the same ports and addresses.

#include "instanceservice.h"

#include "core/logging.h"
#include "core/namecheck.h"
#include "domainops.h"
#include "domainxmledit.h"
#include "image/imageservice.h"
#include "instancedisks.h"
#include "instancerepository.h"
#include "lifecyclesupport.h"
#include "seediso.h"
#include "store/database.h"
#include "tasks/taskrunner.h"

#include <QTemporaryDir>

#include <atomic>

namespace sd {

Result<QString> InstanceService::rebuild(const RequestContext &ctx, const QString &nameOrId, const RebuildSpec &spec)
{
    auto checked = LifecycleSupport::check(*this, ctx, nameOrId, InstanceAction::Rebuild, tr("Image"), spec.image);
    if (!checked)
        return checked.error();
    const Instance &instance = checked->instance;
    const HostInfo &host = checked->host;
    const Image &image = checked->image;
    const QString name = spec.name ? spec.name->trimmed() : instance.name;
    if (auto n = validateName(name); !n)
        return n.error();
    const QString description = spec.description.value_or(instance.description);
    if (auto d = checkedText(tr("Description"), description); !d)
        return d.error();
    // A new key pair is the caller's own (Nova 2.54); the kept one is the owner's, as at the launch.
    const QString keyName = spec.keyName.value_or(instance.keyName);
    const QString keyOwner = spec.keyName ? ctx.userId : instance.userId;
    auto seed = LifecycleSupport::seedFor(*this, instance, name, keyOwner, keyName,
                                          spec.keyName ? LifecycleSupport::Key::AskedFor : LifecycleSupport::Key::Kept,
                                          spec.adminPassword);
    if (!seed)
        return seed.error();
    DomainXmlChanges changes;
    changes.name = name;
    changes.imageId = image.id;
    auto newXml = DomainXmlEdit::apply(checked->ownXml, changes);
    if (!newXml)
        return newXml.error();
    auto cached = LifecycleSupport::cacheOnHost(*this, image.id, instance.hostId);
    if (!cached)
        return cached.error();

    m_repo->setTaskState(instance.id, QStringLiteral("rebuilding"));
    emit instanceChanged(instance.id);

    InstanceDisks::Request disks;
    disks.instanceId = instance.id;
    disks.baseFormat = image.diskFormat;
    disks.rootBytes = qMax(instance.flavor.diskGb << 30, image.virtualSize);
    disks.ephemeralGb = instance.flavor.ephemeralGb;
    disks.swapMb = instance.flavor.swapMb;
    const bool simulated = host.kind == HostKind::Simulated;
    disks.streamData = !simulated;
    // Once the old root disk is gone there is no going back: a failure after that leaves ERROR.
    auto pastReturn = std::make_shared<std::atomic<bool>>(false);
    HostConnection *connection = LifecycleSupport::connectionOf(*this, instance);
    TaskSpec task = LifecycleSupport::hostTask(*this, instance, host, InstanceAction::Rebuild);
    task.work = [this, connection, hostName = host.record.name, id = instance.id, domain = instance.domainName(),
                 xml = *newXml, seed = *seed, disks, simulated, imageId = image.id, imageName = image.name,
                 knownBase = *cached, pastReturn](TaskControl &control) mutable -> Result<QVariant> {
        auto conn = LifecycleSupport::live(connection, hostName);
        if (!conn)
            return conn.error();
        control.setProgress(10, tr("Finding image %1 on the host").arg(imageName));
        auto base = LifecycleSupport::cachedVolume(*conn, imageId, imageName, knownBase);
        if (!base)
            return base.error();
        disks.basePath = *base;
        control.setProgress(20, tr("Writing the NoCloud seed"));
        QTemporaryDir seedDir;
        auto iso = LifecycleSupport::writeSeed(seed, seedDir.path(), simulated);
        if (!iso)
            return iso.error();
        disks.seedFile = *iso;
        control.setProgress(30, tr("Stopping the domain"));
        if (auto r = DomainOps::destroy(*conn, domain); !r)
            return r.error();
        *pastReturn = true;
        LifecycleSupport::postTaskState(this, id, QStringLiteral("rebuild_spawning"));
        // Nova's default rebuild: every disk of the flavor is made again (the ephemeral disk too); the
        // volumes keep their names, so the domain's disk paths stay what they were.
        control.setProgress(50, tr("Creating the disks from %1").arg(imageName));
        if (auto r = InstanceDisks::remove(*conn, id); !r)
            return r.error();
        if (auto made = InstanceDisks::create(*conn, disks); !made)
            return made.error();
        control.setProgress(80, tr("Defining and starting the domain"));
        if (auto r = DomainOps::defineAndStart(*conn, xml); !r)
            return r.error();
        return QVariant(int(DomainOps::powerStateOf(*conn, domain)));
    };
    task.finish = [this, id = instance.id, previous = instance.vmState, xml = *newXml, imageId = image.id,
                   imageName = image.name, name, description, keyName, pastReturn](const Result<QVariant> &r)
        -> Result<QVariant> {
        if (!r) {
            LifecycleSupport::failed(*this, id, *pastReturn ? VmState::Error : previous, r.error());
            return r;
        }
        m_repo->setDomainXml(id, xml);
        m_repo->setImage(id, imageId, imageName);
        m_repo->setNameDescription(id, name, description);
        // The repository has no setter for the key: the one column, written here.
        QSqlDatabase db = m_db->connection();
        if (auto k = execSql(db, QStringLiteral("UPDATE instances SET key_name = ? WHERE id = ?"), {keyName, id}); !k)
            qCWarning(lcStore) << "instance" << id << "keeps its old key name:" << k.error().toString();
        m_repo->setStates(id, VmState::Active, QString(), powerStateFromInt(r->toInt()));
        m_repo->markLaunched(id);
        m_repo->clearFault(id);
        emit instanceChanged(id);
        return r;
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
