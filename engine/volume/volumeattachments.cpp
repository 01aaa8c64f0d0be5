// VolumeService::attach and detach (Nova's os-volume_attachments, Horizon's Manage Attachments and the
// instance's Attach / Detach Volume): the disk is plugged into the instance's domain on its host, and the
// instance's stored definition follows, so a simulated host, a rescue or an unshelve gets it back.

#include "volumeservice.h"

#include "compute/instance/instancerepository.h"
#include "compute/instance/instanceservice.h"
#include "hosts/hostmanager.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumestorage.h"
#include "volumetasks.h"
#include "volumetypeservice.h"

#include <QRegularExpression>

#include <libvirt/libvirt.h>

namespace sd {

namespace {

// What the guest sees as the disk's serial (/dev/disk/by-id/virtio-<serial>): Nova uses the volume id,
// which virtio cuts to 20 characters.
QString serialOf(const Volume &v)
{
    return v.id.left(20);
}

// The domain's persistent XML after a change, for the instance's stored definition.
Result<QString> definitionOf(virConnectPtr conn, const QString &domainName)
{
    const QByteArray name = domainName.toUtf8();
    virDomainPtr dom = virDomainLookupByName(conn, name.constData());
    if (!dom)
        return makeError(ErrorCode::NotFound, VolumeService::tr("Domain %1 is gone from its host").arg(domainName));
    char *xml = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    virDomainFree(dom);
    if (!xml)
        return makeError(ErrorCode::Internal, VolumeService::tr("Domain %1: its definition cannot be read").arg(domainName));
    const QString text = QString::fromUtf8(xml);
    free(xml);
    return text;
}

struct Plugged
{
    QString device;
    QString xml;
};

} // namespace

Result<QString> VolumeService::attach(const RequestContext &ctx, const QString &volumeName, const QString &instanceName,
                                      const QString &device)
{
    const QString action = QStringLiteral("volume.attach");
    auto instance = m_s.instances->checkedFor(ctx, instanceName, InstanceAction::AttachVolume);
    if (!instance)
        return instance.error();
    auto volume = visible(ctx, volumeName);
    if (!volume)
        return volume.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    if (volume->projectId != instance->projectId)
        return refused(makeError(ErrorCode::BadRequest, tr("Volume %1 belongs to project %2, instance %3 to project %4")
                                                            .arg(volume->label(), volume->projectName, instance->name,
                                                                 instance->projectName)));
    if (volume->attachment)
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is attached to instance %2: a volume attaches to "
                                                         "one instance at a time; detach it first")
                                                          .arg(volume->label(), volume->attachment->instanceName)));
    static const QRegularExpression deviceRe(QStringLiteral("^(/dev/)?vd[b-z]$"));
    if (!device.isEmpty() && !deviceRe.match(device).hasMatch())
        return refused(makeError(ErrorCode::BadRequest,
                                 tr("Device name '%1': use /dev/vdb to /dev/vdz, or leave it empty to take the next "
                                    "free one")
                                     .arg(device)));
    const auto type = m_s.types->find(volume->typeId);
    if (!type)
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1: its volume type is gone").arg(volume->label())));
    if (volume->hostId != instance->hostId && !type->shared())
        return refused(makeError(ErrorCode::Conflict,
                                 tr("Volume %1 is on host %2 (type %3 keeps it on that host's disk); instance %4 runs "
                                    "on host %5: attach it to an instance on %2, or use a shared type (NFS, iSCSI, RBD)")
                                     .arg(volume->label(), volume->hostName, type->name, instance->name,
                                          instance->hostName)));
    auto host = VolumeTasks::upHost(*this, instance->hostId, tr("Instance %1").arg(instance->name));
    if (!host)
        return refused(host.error());
    const bool live = instance->powerState == PowerState::Running || instance->powerState == PowerState::Paused;
    if (host->kind != HostKind::Simulated && live && !host->facts.capabilities.hotplug)
        return refused(makeError(ErrorCode::Conflict, tr("Host %1 cannot hot-plug disks; shut instance %2 off first")
                                                          .arg(host->record.name, instance->name)));
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::Available}, VolumeStatus::Attaching,
                                      tr("Attach"));
    if (!claimed)
        return refused(claimed.error());

    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Attach volume %1 to instance %2").arg(volume->label(), instance->name);
    job.targetId = volume->id;
    job.targetName = volume->label();
    job.hostId = instance->hostId;
    job.work = [ref = VolumeTasks::storageOf(*this, *volume), t = *type, domain = instance->domainName(),
                serial = serialOf(*volume), device, hostName = host->record.name,
                otherHost = volume->hostId != instance->hostId](virConnectPtr conn, bool simulated,
                                                                TaskControl &control) -> Result<QVariant> {
        if (otherHost)
            if (auto pool = VolumeStorage::ensurePool(conn, t, hostName, simulated); !pool)
                return pool.error();
        control.setProgress(40, tr("Plugging the disk in"));
        auto plugged = VolumeStorage::attach(conn, domain, ref, device, serial, simulated);
        if (!plugged)
            return plugged.error();
        auto xml = definitionOf(conn, domain);
        if (!xml)
            return xml.error();
        return QVariant(QStringList{*plugged, *xml});
    };
    job.finish = [this, id = volume->id, instanceId = instance->id,
                  hostId = instance->hostId](const Result<QVariant> &r) -> Result<QVariant> {
        auto v = m_repo->volume(id);
        if (!v)
            return r;
        if (!r) {
            VolumeTasks::fail(*this, id, VolumeStatus::Available, r.error());
            return r;
        }
        const QStringList answer = r.value().toStringList();
        VolumeAttachment a;
        a.instanceId = instanceId;
        a.hostId = hostId;
        a.device = QStringLiteral("/dev/") + answer.value(0);
        a.attachedAt = QDateTime::currentDateTimeUtc();
        v->attachment = a;
        v->status = VolumeStatus::InUse;
        v->fault.clear();
        (void)m_repo->save(*v);
        m_s.instances->repository().setDomainXml(instanceId, answer.value(1));
        emit volumeChanged(id);
        m_s.instances->notifyChanged(instanceId);
        return QVariant(a.device);
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task)
        VolumeTasks::fail(*this, volume->id, VolumeStatus::Available, task.error());
    return task;
}

Result<QString> VolumeService::detach(const RequestContext &ctx, const QString &volumeName, const QString &instanceName)
{
    const QString action = QStringLiteral("volume.detach");
    auto instance = m_s.instances->checkedFor(ctx, instanceName, InstanceAction::DetachVolume);
    if (!instance)
        return instance.error();
    auto volume = visible(ctx, volumeName);
    if (!volume)
        return volume.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    if (!volume->attachment || volume->attachment->instanceId != instance->id)
        return refused(makeError(ErrorCode::BadRequest,
                                 tr("Volume %1 is not attached to instance %2").arg(volume->label(), instance->name)));
    if (volume->bootIndexZero)
        return refused(makeError(ErrorCode::Conflict, tr("Volume %1 is the root disk of instance %2: it cannot be "
                                                         "detached (delete the instance, or rebuild it)")
                                                          .arg(volume->label(), instance->name)));
    auto host = VolumeTasks::upHost(*this, instance->hostId, tr("Instance %1").arg(instance->name));
    if (!host)
        return refused(host.error());
    const bool live = instance->powerState == PowerState::Running || instance->powerState == PowerState::Paused;
    if (host->kind != HostKind::Simulated && live && !host->facts.capabilities.hotplug)
        return refused(makeError(ErrorCode::Conflict, tr("Host %1 cannot hot-unplug disks; shut instance %2 off first")
                                                          .arg(host->record.name, instance->name)));
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::InUse}, VolumeStatus::Detaching, tr("Detach"));
    if (!claimed)
        return refused(claimed.error());

    VolumeTasks::Job job;
    job.action = action;
    job.title = tr("Detach volume %1 from instance %2").arg(volume->label(), instance->name);
    job.targetId = volume->id;
    job.targetName = volume->label();
    job.hostId = instance->hostId;
    job.work = [domain = instance->domainName(), serial = serialOf(*volume)](virConnectPtr conn, bool simulated,
                                                                            TaskControl &control) -> Result<QVariant> {
        control.setProgress(40, tr("Unplugging the disk"));
        if (auto r = VolumeStorage::detach(conn, domain, serial, simulated); !r)
            return r.error();
        auto xml = definitionOf(conn, domain);
        if (!xml)
            return xml.error();
        return QVariant(*xml);
    };
    job.finish = [this, id = volume->id, instanceId = instance->id](const Result<QVariant> &r) -> Result<QVariant> {
        auto v = m_repo->volume(id);
        if (!v)
            return r;
        if (!r) {
            VolumeTasks::fail(*this, id, VolumeStatus::InUse, r.error());
            return r;
        }
        v->attachment.reset();
        v->status = VolumeStatus::Available;
        v->fault.clear();
        (void)m_repo->save(*v);
        m_s.instances->repository().setDomainXml(instanceId, r.value().toString());
        emit volumeChanged(id);
        m_s.instances->notifyChanged(instanceId);
        return r;
    };
    auto task = VolumeTasks::start(*this, ctx, std::move(job));
    if (!task)
        VolumeTasks::fail(*this, volume->id, VolumeStatus::InUse, task.error());
    return task;
}

void VolumeService::instanceGone(const QString &instanceId)
{
    for (Volume v : m_repo->attachedTo(instanceId)) {
        const bool drop = v.deleteOnTermination;
        v.attachment.reset();
        v.bootIndexZero = false;
        // A boot volume whose making failed stays in error; the rest are free again.
        if (v.status != VolumeStatus::Error)
            v.status = VolumeStatus::Available;
        (void)m_repo->save(v);
        emit volumeChanged(v.id);
        if (drop)
            if (auto r = remove(RequestContext::system(), v.id); !r)
                VolumeTasks::fail(*this, v.id, VolumeStatus::Available, r.error());
    }
}

Result<void> VolumeService::guardInstanceAction(const Instance &instance, InstanceAction action) const
{
    switch (action) {
    case InstanceAction::Shelve:
    case InstanceAction::Resize:
    case InstanceAction::Migrate:
    case InstanceAction::LiveMigrate:
        break;
    default:
        return {};
    }
    const QList<Volume> attached = m_repo->attachedTo(instance.id);
    if (attached.isEmpty())
        return {};
    QStringList names;
    for (const Volume &v : attached)
        names << v.label();
    return makeError(ErrorCode::Conflict,
                     tr("Instance %1 has volume(s) %2 attached, whose data stays in host %3's pools: detach them "
                        "before %4")
                         .arg(instance.name, names.join(QStringLiteral(", ")), instance.hostName,
                              ActionGate::label(action)));
}

} // namespace sd
