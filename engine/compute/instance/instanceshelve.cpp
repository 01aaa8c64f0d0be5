// InstanceService::shelve and unshelve: Nova's shelve with the offload at once (shelved_offload_time 0)
// and its unshelve, which schedules again and may land on another host.

#include "instanceservice.h"

#include "core/logging.h"
#include "domainops.h"
#include "hostcall.h"
#include "hosts/hostmanager.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "instancediskcopy.h"
#include "instancemoves.h"
#include "instancerepository.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

namespace sd {

Result<QString> InstanceService::shelve(const RequestContext &ctx, const QString &nameOrId)
{
    auto instance = checkedFor(ctx, nameOrId, InstanceAction::Shelve);
    if (!instance)
        return instance.error();
    auto source = InstanceMoves::upHost(*this, instance->hostId, instance->name);
    if (!source)
        return source.error();
    const Instance i = *instance;
    const InstanceMoves::End src = *source;
    m_repo->setTaskState(i.id, QStringLiteral("shelving"));
    emit instanceChanged(i.id);

    TaskSpec task = InstanceMoves::task(i, InstanceAction::Shelve, tr("Shelve instance %1").arg(i.name));
    task.work = [this, i, src](TaskControl &control) -> Result<QVariant> {
        control.setProgress(10, tr("Powering the instance off"));
        const QString domain = i.domainName();
        if (auto r = HostCall::run<void>(
                src.connection, src.name,
                [domain](virConnectPtr conn) { return InstanceMoves::powerOff(conn, domain); });
            !r)
            return r.error();
        InstanceMoves::setTaskState(this, i.id, QStringLiteral("shelving_offloading"));
        control.setProgress(60, tr("Removing the domain from %1; the disks stay").arg(src.name));
        if (auto r = HostCall::run<void>(
                src.connection, src.name,
                [domain](virConnectPtr conn) { return DomainOps::destroy(conn, domain); });
            !r) {
            // Put it back as it was: a running instance runs again.
            if (InstanceMoves::runs(i.powerState))
                static_cast<void>(
                    HostCall::run<PowerState>(src.connection, src.name, [domain](virConnectPtr conn) {
                        return DomainOps::perform(conn, domain, InstanceAction::Start);
                    }));
            return r.error();
        }
        return QVariant();
    };
    task.finish = [this, i, src](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            InstanceMoves::fail(*this, i.id, r.error());
            return r;
        }
        // Nova's offload: no host, no claims; the disks stay where they are (disk_host_id).
        const auto done =
            InstanceMoves::commit(*this, i.id, QString(), [&](QSqlDatabase &db) -> Result<void> {
                if (auto e = InstanceRepository::releaseClaims(db, i.id); !e)
                    return e;
                InstanceMoves::Settled s;
                s.hostId = QString();
                s.diskHostId = src.id;
                s.vmState = VmState::ShelvedOffloaded;
                s.power = PowerState::Shutdown;
                return InstanceMoves::settle(db, i.id, s);
            });
        if (!done)
            return done.error();
        InstanceMoves::unbindPorts(*this, i.id);
        return r;
    };
    return m_s.tasks->start(ctx, std::move(task));
}

Result<QString> InstanceService::unshelve(const RequestContext &ctx, const QString &nameOrId,
                                          const QString &availabilityZone, const QString &host)
{
    auto instance = checkedFor(ctx, nameOrId, InstanceAction::Unshelve);
    if (!instance)
        return instance.error();
    InstanceMoves::Placement placement;
    placement.flavor = instance->flavor;
    if (!host.isEmpty()) {
        if (!ctx.isAdmin())
            return makeError(
                ErrorCode::Forbidden,
                tr("Host: only administrators may choose where %1 is unshelved").arg(instance->name));
        auto h = m_s.hosts->show(ctx, host);
        if (!h)
            return h.error();
        placement.forcedHostId = h->record.id;
    }
    if (!availabilityZone.isEmpty()) {
        auto hosts = m_s.hosts->list(RequestContext::system());
        if (!hosts)
            return hosts.error();
        QStringList zones;
        for (const HostInfo &h : *hosts)
            if (!zones.contains(h.record.availabilityZone))
                zones << h.record.availabilityZone;
        zones.sort();
        if (!zones.contains(availabilityZone))
            return makeError(ErrorCode::BadRequest,
                             tr("Availability zone '%1': no such zone (zones: %2)")
                                 .arg(availabilityZone, zones.join(QStringLiteral(", "))));
        placement.zone = availabilityZone;
    }
    // The disks are on the host that shelved it: it must be up to give them.
    auto diskHost = InstanceMoves::upHost(*this, instance->diskHostId, instance->name);
    if (!diskHost)
        return diskHost.error();
    placement.kind = diskHost->kind;

    const Instance i = *instance;
    QString destId;
    const auto tx = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        auto chosen = InstanceMoves::schedule(*this, db, i, placement);
        if (!chosen)
            return chosen.error();
        destId = chosen->record.id;
        return InstanceRepository::insertClaim(db, i.id, destId, i.flavor.vcpus, i.flavor.ramMb,
                                               InstanceMoves::diskGbOf(i.flavor));
    });
    if (!tx)
        return auditedOn(m_s.log, ctx, QStringLiteral("server.unshelve"), QStringLiteral("instance"), i.id,
                         i.name, [&]() -> Result<QString> { return tx.error(); });
    auto dest = InstanceMoves::upHost(*this, destId, i.name);
    QStringList prep;
    auto failEarly = [&](const Error &e) -> Result<QString> {
        const auto released = m_db->transaction(
            [&](QSqlDatabase &db) -> Result<void> { return InstanceRepository::releaseClaims(db, i.id); });
        static_cast<void>(released);
        InstanceMoves::unbindPorts(*this, i.id);
        return e;
    };
    if (!dest)
        return failEarly(dest.error());
    auto bound = InstanceMoves::bindPorts(*this, i.id, destId);
    if (!bound)
        return failEarly(bound.error());
    auto cached = InstanceMoves::ensureImage(*this, i, destId);
    if (!cached)
        return failEarly(cached.error());
    prep << *bound << *cached;
    m_repo->setTaskState(i.id, QStringLiteral("unshelving"));
    emit instanceChanged(i.id);

    const InstanceMoves::End src = *diskHost;
    const InstanceMoves::End dst = *dest;
    const DomainSpec spec = InstanceMoves::domainSpec(*this, i, i.flavor, dst);
    InstanceDiskCopy::Request disks;
    disks.instanceId = i.id;
    disks.flavor = i.flavor;
    disks.simulated = dst.simulated();
    if (auto image = m_s.images->show(RequestContext::system(), i.imageId))
        disks.baseFormat = image->diskFormat;
    const auto ready = InstanceMoves::after(*this, prep, [this, dstId = dest->id, imageId = i.imageId] {
        return Result<QString>(m_s.imageCache->cachedPath(dstId, imageId));
    });
    TaskSpec task = InstanceMoves::task(i, InstanceAction::Unshelve,
                                        tr("Unshelve instance %1 on %2").arg(i.name, dst.name));
    task.work = [this, i, src, dst, spec, disks, ready](TaskControl &control) mutable -> Result<QVariant> {
        control.setProgress(5, tr("Binding the ports and caching the image on %1").arg(dst.name));
        const Result<QString> base = ready.get();
        if (!base)
            return base.error();
        disks.basePath = *base;
        InstanceMoves::setTaskState(this, i.id, QStringLiteral("spawning"));
        const bool moved = src.id != dst.id;
        auto made =
            moved ? InstanceDiskCopy::copy(src.connection, src.name, dst.connection, dst.name, disks, control)
                  : HostCall::run<QList<DomainDisk>>(dst.connection, dst.name, [disks](virConnectPtr conn) {
                        return InstanceDiskCopy::disksOn(conn, disks);
                    });
        if (!made)
            return made.error();
        control.setProgress(90, tr("Defining and starting the domain on %1").arg(dst.name));
        const QList<DomainDisk> list = *made;
        auto xml = HostCall::run<QString>(dst.connection, dst.name, [spec, list](virConnectPtr conn) {
            return InstanceMoves::define(conn, spec, list, true, false);
        });
        if (!xml) {
            if (moved)
                static_cast<void>(
                    HostCall::run<void>(dst.connection, dst.name, [id = i.id](virConnectPtr conn) {
                        return InstanceMoves::removeFrom(conn, id);
                    }));
            return xml.error();
        }
        if (moved) {
            // The copy runs now; the old host's disks are left over. Their removal failing does not undo it.
            auto removed = HostCall::run<void>(src.connection, src.name, [id = i.id](virConnectPtr conn) {
                return InstanceMoves::removeFrom(conn, id);
            });
            if (!removed)
                qCWarning(lcEngine) << "instance" << i.id << ": disks left on" << src.name << ":"
                                    << removed.error().message;
        }
        return QVariant(*xml);
    };
    task.finish = [this, i, dst](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            // Back to SHELVED_OFFLOADED as it was: no claim, no binding.
            const auto released = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                return InstanceRepository::releaseClaims(db, i.id);
            });
            static_cast<void>(released);
            InstanceMoves::unbindPorts(*this, i.id);
            InstanceMoves::fail(*this, i.id, r.error());
            return r;
        }
        const auto done = InstanceMoves::commit(*this, i.id, dst.id, [&](QSqlDatabase &db) -> Result<void> {
            InstanceMoves::Settled s;
            s.hostId = dst.id;
            s.zone = dst.zone;
            s.diskHostId = QString();
            s.domainXml = r->toString();
            s.vmState = VmState::Active;
            s.power = PowerState::Running;
            return InstanceMoves::settle(db, i.id, s);
        });
        return done ? r : Result<QVariant>(done.error());
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
