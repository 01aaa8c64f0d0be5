#include "lifecyclesupport.h"

#include "compute/scheduler/filters.h"
#include "domainops.h"
#include "hosts/hostconnection.h"
#include "hosts/hostmanager.h"
#include "hosts/storagepool.h"
#include "image/cachepool.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "instancerepository.h"
#include "instanceservice.h"
#include "store/database.h"

#include <QPointer>
#include <QSqlQuery>

#include <libvirt/libvirt.h>

namespace sd {

namespace {
qint64 gbCeil(qint64 bytes)
{
    return (bytes + (qint64(1) << 30) - 1) >> 30;
}
} // namespace

Result<LifecycleSupport::Checked> LifecycleSupport::check(InstanceService &service, const RequestContext &ctx,
                                                         const QString &nameOrId, InstanceAction action,
                                                         const QString &imageField, const QString &image)
{
    Checked c;
    auto instance = service.checkedFor(ctx, nameOrId, action);
    if (!instance)
        return instance.error();
    c.instance = *instance;
    auto host = upHost(service, c.instance);
    if (!host)
        return host.error();
    c.host = *host;
    if (!imageField.isEmpty()) {
        auto bootable = bootableImage(service, ctx, image.isEmpty() ? c.instance.imageId : image, c.instance, imageField);
        if (!bootable)
            return bootable.error();
        c.image = *bootable;
    }
    c.ownXml = service.repository().domainXml(c.instance.id);
    if (c.ownXml.isEmpty())
        return makeError(ErrorCode::Conflict, tr("Instance %1 has no domain yet: %2 needs one")
                                                  .arg(c.instance.name, ActionGate::label(action)));
    return c;
}

Result<HostInfo> LifecycleSupport::upHost(InstanceService &service, const Instance &instance)
{
    if (instance.hostId.isEmpty())
        return makeError(ErrorCode::HostUnavailable, tr("Instance %1 is on no host").arg(instance.name));
    auto info = service.services().hosts->show(RequestContext::system(), instance.hostId);
    if (!info)
        return makeError(ErrorCode::HostUnavailable, tr("Instance %1 is on no host").arg(instance.name));
    if (info->state != HostState::Up)
        return makeError(ErrorCode::HostUnavailable, tr("Host %1 of instance %2 is %3; try again when it is up")
                                                         .arg(info->record.name, instance.name, hostStateName(info->state)));
    return info;
}

HostConnection *LifecycleSupport::connectionOf(InstanceService &service, const Instance &instance)
{
    return service.services().hosts->connectionOf(instance.hostId);
}

TaskSpec LifecycleSupport::hostTask(InstanceService &service, const Instance &instance, const HostInfo &host,
                                    InstanceAction action)
{
    TaskSpec task;
    task.title = tr("%1: instance %2 on %3").arg(ActionGate::label(action), instance.name, host.record.name);
    task.action = QStringLiteral("server.") + instanceActionName(action);
    task.targetKind = QStringLiteral("instance");
    task.targetId = instance.id;
    task.targetName = instance.name;
    task.runIn = connectionOf(service, instance);
    return task;
}

Result<virConnectPtr> LifecycleSupport::live(HostConnection *connection, const QString &hostName)
{
    virConnectPtr conn = connection ? connection->connection() : nullptr;
    if (!conn)
        return makeError(ErrorCode::HostUnavailable, tr("Host %1 went down").arg(hostName));
    return conn;
}

Result<Image> LifecycleSupport::bootableImage(InstanceService &service, const RequestContext &ctx,
                                              const QString &nameOrId, const Instance &instance, const QString &field)
{
    if (nameOrId.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest, tr("%1: give an image name or ID").arg(field));
    // Its own message names the image: "Image 'foo': no such image".
    auto image = service.services().images->show(ctx, nameOrId);
    if (!image)
        return image.error();
    // An admin sees every image; the instance boots only what its own project may use (Glance's rules).
    if (!ImageService::usableBy(instance.projectId, *image))
        return makeError(ErrorCode::Forbidden, tr("%1 %2 is private to another project; instance %3 cannot boot it")
                                                   .arg(field, image->name, instance.name));
    if (image->status != ImageStatus::Active)
        return makeError(ErrorCode::BadRequest, tr("%1 %2 is %3: only active images can boot")
                                                    .arg(field, image->name, imageStatusName(image->status)));
    if (image->diskFormat != QLatin1String("qcow2") && image->diskFormat != QLatin1String("raw"))
        return makeError(ErrorCode::BadRequest, tr("%1 %2 is %3: instances boot from qcow2 or raw images")
                                                    .arg(field, image->name, image->diskFormat));
    const InstanceFlavor &flavor = instance.flavor;
    if (flavor.ramMb < image->minRamMb)
        return makeError(ErrorCode::BadRequest, tr("%1 %2 needs at least %3 MB of RAM; flavor %4 of instance %5 has %6 MB")
                                                    .arg(field, image->name)
                                                    .arg(image->minRamMb)
                                                    .arg(flavor.name, instance.name)
                                                    .arg(flavor.ramMb));
    const qint64 needGb = qMax(image->minDiskGb, gbCeil(image->virtualSize));
    if (flavor.diskGb > 0 && flavor.diskGb < needGb)
        return makeError(ErrorCode::BadRequest, tr("%1 %2 needs a root disk of at least %3 GB; flavor %4 of instance %5 has %6 GB")
                                                    .arg(field, image->name)
                                                    .arg(needGb)
                                                    .arg(flavor.name, instance.name)
                                                    .arg(flavor.diskGb));
    // The instance stays on its host: the scheduler's image-properties filter, asked about that host only.
    QSqlDatabase db = service.database()->connection();
    ScheduleRequest request;
    request.imageArchitecture = image->properties.value(QStringLiteral("architecture"));
    request.imageHypervisorType = image->properties.value(QStringLiteral("hypervisor_type"));
    for (const HostCandidate &host : service.hostCandidates(db)) {
        QString why;
        if (host.record.id == instance.hostId && !ImagePropertiesFilter().passes(host, request, &why))
            return makeError(ErrorCode::BadRequest, tr("%1 %2 cannot boot on the host of instance %3: %4")
                                                        .arg(field, image->name, instance.name, why));
    }
    return image;
}

Result<QString> LifecycleSupport::cacheOnHost(InstanceService &service, const QString &imageId, const QString &hostId)
{
    ImageCache *cache = service.services().imageCache;
    const QString known = cache->cachedPath(hostId, imageId);
    if (!known.isEmpty())
        return known;
    auto task = cache->ensureOnHost(RequestContext::system(), imageId, hostId);
    if (!task)
        return task.error();
    return QString();
}

Result<QString> LifecycleSupport::cachedVolume(virConnectPtr conn, const QString &imageId, const QString &imageName,
                                               const QString &knownPath)
{
    if (!knownPath.isEmpty())
        return knownPath;
    auto pool = StoragePool::running(conn, QLatin1String(ImageCache::kPoolName), QLatin1String(CachePool::kDefaultPath));
    if (!pool)
        return pool.error();
    const QByteArray name = imageId.toUtf8();
    StorageVolHandle vol(virStorageVolLookupByName(pool->get(), name.constData()));
    if (!vol)
        return makeError(ErrorCode::HostUnavailable,
                         tr("Image %1 could not be copied to the host (see its image.cache task): %2")
                             .arg(imageName, StoragePool::lastError()));
    char *path = virStorageVolGetPath(vol.get());
    const QString result = QString::fromUtf8(path);
    free(path);
    return result;
}

Result<void> LifecycleSupport::defineOwn(virConnectPtr conn, const QString &xml, bool start)
{
    if (start)
        return DomainOps::defineAndStart(conn, xml);
    const QByteArray bytes = xml.toUtf8();
    virDomainPtr dom = virDomainDefineXML(conn, bytes.constData());
    if (!dom)
        return makeError(ErrorCode::HostUnavailable, tr("The domain cannot be defined: %1").arg(StoragePool::lastError()));
    virDomainFree(dom);
    return {};
}

Result<QString> LifecycleSupport::writeSeed(const SeedData &seed, const QString &dir, bool simulated)
{
    if (simulated)
        return QString();
    return SeedIso::build(seed, dir);
}

Result<QString> LifecycleSupport::publicKey(InstanceService &service, const QString &userId, const QString &keyName)
{
    QSqlQuery q(service.database()->connection());
    q.prepare(QStringLiteral("SELECT public_key FROM key_pairs WHERE user_id = ? AND name = ?"));
    q.addBindValue(userId);
    q.addBindValue(keyName);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return makeError(ErrorCode::NotFound, tr("Key pair '%1': you have no key pair of that name").arg(keyName));
}

Result<SeedData> LifecycleSupport::seedFor(InstanceService &service, const Instance &instance, const QString &name,
                                           const QString &keyOwner, const QString &keyName, Key key,
                                           const QString &adminPassword)
{
    SeedData seed;
    seed.instanceId = instance.id;
    seed.hostname = SeedIso::hostnameFor(name, instance.id);
    seed.userData = service.repository().userData(instance.id).toUtf8();
    seed.adminPassword = adminPassword;
    if (!keyName.isEmpty()) {
        if (auto publicKeyText = publicKey(service, keyOwner, keyName))
            seed.publicKeys << *publicKeyText;
        else if (key == Key::AskedFor)
            return publicKeyText.error();
    }
    return seed;
}

void LifecycleSupport::postTaskState(InstanceService *service, const QString &instanceId, const QString &taskState)
{
    QPointer<InstanceService> target = service;
    QMetaObject::invokeMethod(
        service,
        [target, instanceId, taskState] {
            if (!target)
                return;
            target->repository().setTaskState(instanceId, taskState);
            target->notifyChanged(instanceId);
        },
        Qt::QueuedConnection);
}

void LifecycleSupport::failed(InstanceService &service, const QString &instanceId, VmState state, const Error &error)
{
    InstanceRepository &repo = service.repository();
    repo.setStates(instanceId, state, QString());
    repo.setFault(instanceId, {500, error.message, error.details, {}});
    service.notifyChanged(instanceId);
}

} // namespace sd
