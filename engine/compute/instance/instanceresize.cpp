// InstanceService::resize, confirmResize and revertResize, and the move they share with the cold
// migration (InstanceMoves::resizeTo): Nova's resize_prep -> resize_migrating -> resize_migrated ->
// resize_finish -> VERIFY_RESIZE, then confirm (the source goes) or revert (back as before).

#include "instanceservice.h"

#include "compute/flavorservice.h"
#include "core/logging.h"
#include "hostcall.h"
#include "hosts/hostmanager.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "instancediskcopy.h"
#include "instancemoves.h"
#include "instancerepository.h"
#include "migrationrepository.h"
#include "quota/quotaservice.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

namespace sd {

namespace {

InstanceDiskCopy::Request disksFor(InstanceService &service, const Instance &i, const InstanceFlavor &flavor,
                                   const InstanceMoves::End &host)
{
    InstanceDiskCopy::Request d;
    d.instanceId = i.id;
    d.flavor = flavor;
    d.simulated = host.simulated();
    d.basePath = service.services().imageCache->cachedPath(host.id, i.imageId);
    if (auto image = service.services().images->show(RequestContext::system(), i.imageId))
        d.baseFormat = image->diskFormat;
    return d;
}

Result<void> claimFor(QSqlDatabase &db, const QString &instanceId, const QString &hostId,
                      const InstanceFlavor &f)
{
    return InstanceRepository::insertClaim(db, instanceId, hostId, f.vcpus, f.ramMb,
                                           InstanceMoves::diskGbOf(f));
}

// On one host a resize holds the larger of both sizes in each dimension, until it is confirmed or reverted.
InstanceFlavor largerOf(const InstanceFlavor &a, const InstanceFlavor &b)
{
    InstanceFlavor f = b;
    f.vcpus = qMax(a.vcpus, b.vcpus);
    f.ramMb = qMax(a.ramMb, b.ramMb);
    f.diskGb = qMax(a.diskGb, b.diskGb);
    f.ephemeralGb = qMax(a.ephemeralGb, b.ephemeralGb);
    f.swapMb = qMax(a.swapMb, b.swapMb);
    return f;
}

struct Waiting
{
    Instance instance;
    std::optional<InstanceMigration> migration; // always set
};

// The instance a confirm or revert is for, with the move that waits for it.
Result<Waiting> waiting(InstanceService &service, const RequestContext &ctx, const QString &nameOrId,
                        InstanceAction action)
{
    auto instance = service.checkedFor(ctx, nameOrId, action);
    if (!instance)
        return instance.error();
    auto m = MigrationRepository(service.database()).latest(instance->id, {QStringLiteral("finished")});
    if (!m)
        return makeError(ErrorCode::Conflict,
                         InstanceService::tr("Instance %1 has no resize or migration waiting for "
                                             "confirmation")
                             .arg(instance->name));
    return Waiting{*instance, m};
}

} // namespace

Result<QString> InstanceService::resize(const RequestContext &ctx, const QString &nameOrId,
                                        const QString &flavorName)
{
    auto instance = checkedFor(ctx, nameOrId, InstanceAction::Resize);
    if (!instance)
        return instance.error();
    if (flavorName.trimmed().isEmpty())
        return makeError(ErrorCode::BadRequest,
                         tr("Flavor: choose the new flavor of %1").arg(instance->name));
    // show() hides private flavors of other projects: "no such flavor", as in Nova.
    auto flavor = m_s.flavors->show(ctx, flavorName);
    if (!flavor)
        return flavor.error();
    if (flavor->id == instance->flavor.id)
        return makeError(ErrorCode::BadRequest,
                         tr("Resize: instance %1 already has flavor %2").arg(instance->name, flavor->name));
    // Root disk 0 means "the image's size": the instance keeps the size it has.
    const qint64 rootGb = flavor->diskGb > 0 ? flavor->diskGb : instance->flavor.diskGb;
    if (rootGb < instance->flavor.diskGb)
        return makeError(ErrorCode::BadRequest,
                         tr("Flavor %1 has a %2 GB root disk, smaller than the %3 GB of instance "
                            "%4: disks cannot shrink; choose a flavor with at least %3 GB")
                             .arg(flavor->name)
                             .arg(rootGb)
                             .arg(instance->flavor.diskGb)
                             .arg(instance->name));
    if (auto image = m_s.images->show(RequestContext::system(), instance->imageId)) {
        if (flavor->ramMb < image->minRamMb)
            return makeError(ErrorCode::BadRequest,
                             tr("Flavor %1 has %2 MB of RAM; image %3 needs at least %4 MB")
                                 .arg(flavor->name)
                                 .arg(flavor->ramMb)
                                 .arg(image->name)
                                 .arg(image->minRamMb));
        if (rootGb < image->minDiskGb)
            return makeError(ErrorCode::BadRequest,
                             tr("Flavor %1 has a %2 GB root disk; image %3 needs at least %4 GB")
                                 .arg(flavor->name)
                                 .arg(rootGb)
                                 .arg(image->name)
                                 .arg(image->minDiskGb));
    }
    InstanceMoves::ResizeRequest req;
    req.flavor = {flavor->id, flavor->name,        flavor->vcpus, flavor->ramMb,
                  rootGb,     flavor->ephemeralGb, flavor->swapMb};
    return InstanceMoves::resizeTo(*this, ctx, *instance, req);
}

Result<QString> InstanceMoves::resizeTo(InstanceService &service, const RequestContext &ctx,
                                        const Instance &i, const ResizeRequest &req)
{
    auto source = upHost(service, i.hostId, i.name);
    if (!source)
        return source.error();
    const End src = *source;
    const QString action = QStringLiteral("server.") + instanceActionName(req.action);
    auto database = service.database();
    InstanceMigration migration = MigrationRepository::started(i, req.kind, req.flavor);
    const auto tx = database->transaction([&](QSqlDatabase &db) -> Result<void> {
        // Only the growth counts against the quota (Horizon's resize form shows the same).
        QHash<QString, qint64> growth;
        if (req.flavor.vcpus > i.flavor.vcpus)
            growth.insert(QStringLiteral("cores"), req.flavor.vcpus - i.flavor.vcpus);
        if (req.flavor.ramMb > i.flavor.ramMb)
            growth.insert(QStringLiteral("ram"), req.flavor.ramMb - i.flavor.ramMb);
        if (!growth.isEmpty())
            if (auto q = service.services().quotas->check(db, i.projectId, growth); !q)
                return q;
        Placement p;
        p.flavor = req.flavor;
        p.forcedHostId = req.forcedHostId;
        p.kind = src.kind;
        if (req.sameHostAllowed)
            p.ownHostId = src.id;
        else
            p.ignore.insert(src.id);
        auto chosen = schedule(service, db, i, p);
        if (!chosen)
            return chosen.error();
        migration.destHostId = chosen->record.id;
        // Same host: one claim of the larger size; another host: the source keeps its claim until confirmed.
        if (auto e = migration.sameHost() ? claimFor(db, i.id, src.id, largerOf(i.flavor, req.flavor))
                                          : claimFor(db, i.id, migration.destHostId, req.flavor);
            !e)
            return e;
        if (auto e = MigrationRepository::insert(db, migration); !e)
            return e;
        Settled s;
        s.flavor = req.flavor;
        s.vmState = i.vmState;
        s.power = i.powerState;
        s.taskState = QStringLiteral("resize_prep");
        return settle(db, i.id, s);
    });
    if (!tx)
        return auditedOn(service.services().log, ctx, action, QStringLiteral("instance"), i.id, i.name,
                         [&]() -> Result<QString> { return tx.error(); });
    service.notifyChanged(i.id);
    const bool moved = !migration.sameHost();
    // Everything taken above goes back when the move cannot even start.
    auto undo = [&service, database, i, migration, src, moved](const Error &e) {
        if (deleting(service, i.id))
            return; // deleted meanwhile: the delete released the claims and the ports
        const auto back = database->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (auto r = moved ? MigrationRepository::releaseClaimOn(db, i.id, migration.destHostId)
                               : claimFor(db, i.id, src.id, i.flavor);
                !r)
                return r;
            if (auto r = MigrationRepository::setStatus(db, migration.id, QStringLiteral("error"), e.message);
                !r)
                return r;
            Settled s;
            s.flavor = i.flavor;
            s.vmState = i.vmState;
            s.power = i.powerState;
            return settle(db, i.id, s);
        });
        if (!back)
            qCWarning(lcEngine) << "undoing the resize of" << i.id << "failed:" << back.error().toString();
        if (moved)
            static_cast<void>(bindPorts(service, i.id, src.id));
        fail(service, i.id, e);
    };
    auto destination = upHost(service, migration.destHostId, i.name);
    if (!destination) {
        undo(destination.error());
        return destination.error();
    }
    const End dst = *destination;
    QStringList prep;
    if (moved) {
        auto bound = bindPorts(service, i.id, dst.id);
        auto cached = bound ? ensureImage(service, i, dst.id) : Result<QStringList>(bound.error());
        if (!cached) {
            undo(cached.error());
            return cached.error();
        }
        prep << *bound << *cached;
    }
    const DomainSpec newSpec = domainSpec(service, i, req.flavor, dst);
    const DomainSpec oldSpec = domainSpec(service, i, i.flavor, src);
    InstanceDiskCopy::Request newDisks = disksFor(service, i, req.flavor, dst);
    const InstanceDiskCopy::Request oldDisks = disksFor(service, i, i.flavor, src);
    const bool wasRunning = runs(i.powerState);
    InstanceService *svc = &service;
    const auto ready = after(service, prep, [svc, dstId = dst.id, imageId = i.imageId] {
        return Result<QString>(svc->services().imageCache->cachedPath(dstId, imageId));
    });
    TaskSpec task =
        InstanceMoves::task(i, req.action,
                            req.kind == QLatin1String("resize")
                                ? tr("Resize instance %1 to %2 on %3").arg(i.name, req.flavor.name, dst.name)
                                : tr("Migrate instance %1 from %2 to %3").arg(i.name, src.name, dst.name));
    task.work = [svc, i, src, dst, moved, ready, newSpec, oldSpec, newDisks, oldDisks,
                 wasRunning](TaskControl &control) mutable -> Result<QVariant> {
        control.setProgress(5, tr("Preparing %1").arg(dst.name));
        const Result<QString> base = ready.get();
        if (!base)
            return base.error();
        newDisks.basePath = *base;
        setTaskState(svc, i.id, QStringLiteral("resize_migrating"));
        control.setProgress(10, tr("Powering the instance off"));
        const QString domain = i.domainName();
        if (auto r = HostCall::run<void>(src.connection, src.name,
                                         [domain](virConnectPtr c) { return powerOff(c, domain); });
            !r)
            return r.error();
        // Whatever fails from here puts the source back as it was: its domain, running if it ran.
        auto restoreSource = [&](const Error &e) -> Result<QVariant> {
            if (moved)
                static_cast<void>(HostCall::run<void>(
                    dst.connection, dst.name, [id = i.id](virConnectPtr c) { return removeFrom(c, id); }));
            static_cast<void>(HostCall::run<QString>(
                src.connection, src.name, [oldSpec, oldDisks, wasRunning](virConnectPtr c) {
                    return defineWithDisks(c, oldSpec, oldDisks, wasRunning);
                }));
            return e;
        };
        auto disks =
            moved ? InstanceDiskCopy::copy(src.connection, src.name, dst.connection, dst.name, newDisks,
                                           control)
                  : HostCall::run<QList<DomainDisk>>(
                        src.connection, src.name, [newDisks](virConnectPtr c) -> Result<QList<DomainDisk>> {
                            if (auto g = InstanceDiskCopy::growRoot(c, newDisks); !g)
                                return g.error();
                            return InstanceDiskCopy::disksOn(c, newDisks);
                        });
        if (!disks)
            return restoreSource(disks.error());
        setTaskState(svc, i.id, QStringLiteral("resize_migrated"));
        setTaskState(svc, i.id, QStringLiteral("resize_finish"));
        control.setProgress(90, tr("Defining the domain on %1").arg(dst.name));
        const QList<DomainDisk> list = *disks;
        auto xml =
            HostCall::run<QString>(dst.connection, dst.name, [newSpec, list, wasRunning](virConnectPtr c) {
                return define(c, newSpec, list, wasRunning, false);
            });
        if (!xml)
            return restoreSource(xml.error());
        return QVariant(*xml);
    };
    task.finish = [svc, database, i, migration, dst, undo,
                   wasRunning](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            undo(r.error());
            return r;
        }
        const auto done = commit(*svc, i.id, dst.id, [&](QSqlDatabase &db) -> Result<void> {
            if (auto e = MigrationRepository::setStatus(db, migration.id, QStringLiteral("finished")); !e)
                return e;
            Settled s;
            s.hostId = dst.id;
            s.zone = dst.zone;
            s.domainXml = r->toString();
            s.vmState = VmState::Resized;
            s.power = wasRunning ? PowerState::Running : PowerState::Shutdown;
            return settle(db, i.id, s);
        });
        return done ? r : Result<QVariant>(done.error());
    };
    return service.services().tasks->start(ctx, std::move(task));
}

Result<QString> InstanceService::confirmResize(const RequestContext &ctx, const QString &nameOrId)
{
    auto w = waiting(*this, ctx, nameOrId, InstanceAction::ConfirmResize);
    if (!w)
        return w.error();
    const Instance i = w->instance;
    const std::optional<InstanceMigration> m = w->migration;
    // Confirmed: the instance rests as its power says, holding the new size only where it is now.
    auto confirm = [this, i, m](QSqlDatabase &db) -> Result<void> {
        if (auto e = m->sameHost() ? claimFor(db, i.id, i.hostId, m->newFlavor)
                                   : MigrationRepository::releaseClaimOn(db, i.id, m->sourceHostId);
            !e)
            return e;
        if (auto e = MigrationRepository::setStatus(db, m->id, QStringLiteral("confirmed")); !e)
            return e;
        InstanceMoves::Settled s;
        s.vmState = InstanceMoves::restingState(i.powerState);
        s.power = i.powerState;
        return InstanceMoves::settle(db, i.id, s);
    };
    if (m->sameHost())
        return auditedOn(m_s.log, ctx, QStringLiteral("server.confirmResize"), QStringLiteral("instance"),
                         i.id, i.name, [&]() -> Result<QString> {
                             if (auto done = InstanceMoves::commit(*this, i.id, QString(), confirm); !done)
                                 return done.error();
                             return QString();
                         });
    auto source = InstanceMoves::upHost(*this, m->sourceHostId, i.name);
    if (!source)
        return source.error();
    const InstanceMoves::End src = *source;
    m_repo->setTaskState(i.id, QStringLiteral("resize_confirming"));
    emit instanceChanged(i.id);
    TaskSpec task =
        InstanceMoves::task(i, InstanceAction::ConfirmResize,
                            tr("Confirm the move of %1 (remove it from %2)").arg(i.name, src.name));
    task.work = [i, src](TaskControl &control) -> Result<QVariant> {
        control.setProgress(20, tr("Removing the domain and the disks from %1").arg(src.name));
        if (auto r = HostCall::run<void>(
                src.connection, src.name,
                [id = i.id](virConnectPtr c) { return InstanceMoves::removeFrom(c, id); });
            !r)
            return r.error();
        return QVariant();
    };
    task.finish = [this, i, confirm](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            InstanceMoves::fail(*this, i.id, r.error());
            return r;
        }
        const auto done = InstanceMoves::commit(*this, i.id, QString(), confirm);
        return done ? r : Result<QVariant>(done.error());
    };
    return m_s.tasks->start(ctx, std::move(task));
}

Result<QString> InstanceService::revertResize(const RequestContext &ctx, const QString &nameOrId)
{
    auto w = waiting(*this, ctx, nameOrId, InstanceAction::RevertResize);
    if (!w)
        return w.error();
    const Instance i = w->instance;
    const std::optional<InstanceMigration> m = w->migration;
    auto source = InstanceMoves::upHost(*this, m->sourceHostId, i.name);
    if (!source)
        return source.error();
    auto destination = InstanceMoves::upHost(*this, i.hostId, i.name);
    if (!destination)
        return destination.error();
    const InstanceMoves::End src = *source;
    const InstanceMoves::End dst = *destination;
    const bool moved = !m->sameHost();
    QStringList prep;
    if (moved) {
        auto bound = InstanceMoves::bindPorts(*this, i.id, src.id);
        if (!bound)
            return bound.error();
        prep = *bound;
    }
    m_repo->setTaskState(i.id, QStringLiteral("resize_reverting"));
    emit instanceChanged(i.id);
    const DomainSpec oldSpec = InstanceMoves::domainSpec(*this, i, m->oldFlavor, src);
    const InstanceDiskCopy::Request oldDisks = disksFor(*this, i, m->oldFlavor, src);
    const bool start = InstanceMoves::runs(m->oldPowerState);
    const auto ready = InstanceMoves::after(*this, prep, [] { return Result<QString>(QString()); });
    TaskSpec task = InstanceMoves::task(
        i, InstanceAction::RevertResize,
        tr("Revert the move of %1 (back to %2, flavor %3)").arg(i.name, src.name, m->oldFlavor.name));
    task.work = [i, src, dst, moved, ready, oldSpec, oldDisks,
                 start](TaskControl &control) -> Result<QVariant> {
        if (const Result<QString> bound = ready.get(); !bound)
            return bound.error();
        control.setProgress(20, tr("Powering the instance off on %1").arg(dst.name));
        if (auto r = HostCall::run<void>(
                dst.connection, dst.name,
                [d = i.domainName()](virConnectPtr c) { return InstanceMoves::powerOff(c, d); });
            !r)
            return r.error();
        // The source's disks were kept as they were (on the same host the root disk keeps the size it grew
        // to: qcow2 volumes are not shrunk); its domain is written again with the old size.
        control.setProgress(50, tr("Defining the domain on %1 again").arg(src.name));
        auto xml =
            HostCall::run<QString>(src.connection, src.name, [oldSpec, oldDisks, start](virConnectPtr c) {
                return InstanceMoves::defineWithDisks(c, oldSpec, oldDisks, start);
            });
        if (!xml)
            return xml.error();
        if (moved) {
            control.setProgress(80, tr("Removing the instance from %1").arg(dst.name));
            auto removed = HostCall::run<void>(dst.connection, dst.name, [id = i.id](virConnectPtr c) {
                return InstanceMoves::removeFrom(c, id);
            });
            if (!removed)
                qCWarning(lcEngine) << "instance" << i.id << ": left on" << dst.name
                                    << "after the revert:" << removed.error().message;
        }
        return QVariant(*xml);
    };
    task.finish = [this, i, m, src, dst, moved, start](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            if (moved)
                static_cast<void>(InstanceMoves::bindPorts(*this, i.id, dst.id));
            InstanceMoves::fail(*this, i.id, r.error());
            return r;
        }
        const PowerState power = start ? PowerState::Running : PowerState::Shutdown;
        const auto done = InstanceMoves::commit(*this, i.id, src.id, [&](QSqlDatabase &db) -> Result<void> {
            if (auto e = moved ? MigrationRepository::releaseClaimOn(db, i.id, dst.id)
                               : claimFor(db, i.id, src.id, m->oldFlavor);
                !e)
                return e;
            if (auto e = MigrationRepository::setStatus(db, m->id, QStringLiteral("reverted")); !e)
                return e;
            InstanceMoves::Settled s;
            s.hostId = src.id;
            s.zone = src.zone;
            s.flavor = m->oldFlavor;
            s.domainXml = r->toString();
            s.vmState = InstanceMoves::restingState(power);
            s.power = power;
            return InstanceMoves::settle(db, i.id, s);
        });
        return done ? r : Result<QVariant>(done.error());
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
