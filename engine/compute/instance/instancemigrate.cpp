// InstanceService::migrate: the cold migration (a resize to the same flavor on another host, ending in
// VERIFY_RESIZE) and the live migration (ends ACTIVE on the new host). Real hosts migrate with
// libvirt's own migration between the two hosts' connections; libvirt's test driver has none, so on
// simulated hosts the engine moves the domain: define and start on the target, destroy and undefine
// on the source (DESIGN.md §3, as virt-manager's test suite does).

#include "instanceservice.h"

#include "core/logging.h"
#include "hostcall.h"
#include "hosts/hostmanager.h"
#include "hosts/libvirteventloop.h"
#include "image/imagecache.h"
#include "image/imageservice.h"
#include "instancediskcopy.h"
#include "instancedisks.h"
#include "instancemoves.h"
#include "instancerepository.h"
#include "migrationrepository.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <libvirt/libvirt.h>

namespace sd {

namespace {

// libvirt's migration of a running domain to the host behind dest, with its disks copied when block
// is set (the target volumes exist already, empty: NON_SHARED_INC fills them). Runs on the source's
// thread; dest is a reference of the target's connection, which libvirt allows any thread to use.
Result<void> migrateLive(virConnectPtr conn, virConnectPtr dest, const QString &domainName,
                         const QString &destXml, bool block)
{
    const QByteArray name = domainName.toUtf8();
    virDomainPtr dom = virDomainLookupByName(conn, name.constData());
    if (!dom)
        return makeError(ErrorCode::Conflict,
                         InstanceService::tr("Domain %1 is not on its host").arg(domainName));
    const QByteArray xml = destXml.toUtf8();
    virTypedParameterPtr params = nullptr;
    int count = 0, max = 0;
    virTypedParamsAddString(&params, &count, &max, VIR_MIGRATE_PARAM_DEST_XML, xml.constData());
    virTypedParamsAddString(&params, &count, &max, VIR_MIGRATE_PARAM_PERSIST_XML, xml.constData());
    unsigned int flags = VIR_MIGRATE_LIVE | VIR_MIGRATE_PERSIST_DEST | VIR_MIGRATE_UNDEFINE_SOURCE;
    if (block)
        flags |= VIR_MIGRATE_NON_SHARED_INC;
    virDomainPtr moved = virDomainMigrate3(dom, dest, params, unsigned(count), flags);
    virTypedParamsFree(params, count);
    virDomainFree(dom);
    if (!moved)
        return makeError(ErrorCode::HostUnavailable,
                         InstanceService::tr("libvirt's migration failed: %1").arg(lastLibvirtError()));
    virDomainFree(moved);
    return {};
}

} // namespace

Result<QString> InstanceService::migrate(const RequestContext &ctx, const QString &nameOrId,
                                         const MigrateSpec &spec)
{
    auto instance =
        checkedFor(ctx, nameOrId, spec.live ? InstanceAction::LiveMigrate : InstanceAction::Migrate);
    if (!instance)
        return instance.error();
    auto forced = InstanceMoves::chosenHost(*this, ctx, *instance, spec.host);
    if (!forced)
        return forced.error();
    if (!spec.live) {
        // Nova: a cold migration is a resize to the same flavor, never on the same host.
        InstanceMoves::ResizeRequest req;
        req.flavor = instance->flavor;
        req.kind = QStringLiteral("migration");
        req.forcedHostId = *forced;
        req.sameHostAllowed = false;
        req.action = InstanceAction::Migrate;
        return InstanceMoves::resizeTo(*this, ctx, *instance, req);
    }

    const Instance i = *instance;
    auto source = InstanceMoves::upHost(*this, i.hostId, i.name);
    if (!source)
        return source.error();
    const InstanceMoves::End src = *source;
    InstanceMigration migration = MigrationRepository::started(i, QStringLiteral("live-migration"), i.flavor);
    const auto tx = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        InstanceMoves::Placement p;
        p.flavor = i.flavor;
        p.forcedHostId = *forced;
        p.ignore.insert(src.id);
        p.kind = src.kind;
        auto chosen = InstanceMoves::schedule(*this, db, i, p);
        if (!chosen)
            return chosen.error();
        migration.destHostId = chosen->record.id;
        // Both ends hold the instance while it moves: the target's claim is taken now.
        if (auto e = InstanceRepository::insertClaim(db, i.id, migration.destHostId, i.flavor.vcpus,
                                                     i.flavor.ramMb, InstanceMoves::diskGbOf(i.flavor));
            !e)
            return e;
        if (auto e = MigrationRepository::insert(db, migration); !e)
            return e;
        return execSql(db, QStringLiteral("UPDATE instances SET task_state = 'migrating' WHERE id = ?"),
                       {i.id});
    });
    if (!tx)
        return auditedOn(m_s.log, ctx, QStringLiteral("server.live-migration"), QStringLiteral("instance"),
                         i.id, i.name, [&]() -> Result<QString> { return tx.error(); });
    emit instanceChanged(i.id);
    // The instance stays on the source, as it was, when the move fails at any point.
    auto undo = [this, i, migration, src](const Error &e) {
        if (InstanceMoves::deleting(*this, i.id))
            return; // deleted meanwhile: the delete released the claims and the ports
        const auto back = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            if (auto r = MigrationRepository::releaseClaimOn(db, i.id, migration.destHostId); !r)
                return r;
            return MigrationRepository::setStatus(db, migration.id, QStringLiteral("error"), e.message);
        });
        if (!back)
            qCWarning(lcEngine) << "undoing the live migration of" << i.id
                                << "failed:" << back.error().toString();
        static_cast<void>(InstanceMoves::bindPorts(*this, i.id, src.id));
        InstanceMoves::fail(*this, i.id, e);
    };
    auto destination = InstanceMoves::upHost(*this, migration.destHostId, i.name);
    auto bound = destination ? InstanceMoves::bindPorts(*this, i.id, migration.destHostId)
                             : Result<QStringList>(destination.error());
    auto cached = bound ? InstanceMoves::ensureImage(*this, i, migration.destHostId)
                        : Result<QStringList>(bound.error());
    if (!cached) {
        undo(cached.error());
        return cached.error();
    }
    const InstanceMoves::End dst = *destination;
    const QStringList prep = *bound + *cached;
    const DomainSpec destSpec = InstanceMoves::domainSpec(*this, i, i.flavor, dst);
    InstanceDiskCopy::Request disks;
    disks.instanceId = i.id;
    disks.flavor = i.flavor;
    disks.simulated = dst.simulated();
    disks.withData = false; // the migration itself copies the data
    if (auto image = m_s.images->show(RequestContext::system(), i.imageId))
        disks.baseFormat = image->diskFormat;
    const bool block = spec.blockMigration;
    const bool paused = i.powerState == PowerState::Paused;
    const auto ready = InstanceMoves::after(*this, prep, [this, dstId = dst.id, imageId = i.imageId] {
        return Result<QString>(m_s.imageCache->cachedPath(dstId, imageId));
    });
    TaskSpec task =
        InstanceMoves::task(i, InstanceAction::LiveMigrate,
                            tr("Live-migrate instance %1 from %2 to %3").arg(i.name, src.name, dst.name));
    task.work = [i, src, dst, ready, destSpec, disks, block,
                 paused](TaskControl &control) mutable -> Result<QVariant> {
        control.setProgress(5, tr("Preparing %1").arg(dst.name));
        const Result<QString> base = ready.get();
        if (!base)
            return base.error();
        disks.basePath = *base;
        auto removeTarget = [&](const Error &e) -> Result<QVariant> {
            static_cast<void>(HostCall::run<void>(dst.connection, dst.name, [id = i.id](virConnectPtr c) {
                return InstanceMoves::removeFrom(c, id);
            }));
            return e;
        };
        QList<DomainDisk> made;
        if (dst.simulated() || block) {
            auto created =
                InstanceDiskCopy::copy(src.connection, src.name, dst.connection, dst.name, disks, control);
            if (!created)
                return created.error();
            made = *created;
        } else {
            // Shared storage: the target sees the source's volumes under the same paths.
            auto shared =
                HostCall::run<QList<DomainDisk>>(src.connection, src.name, [disks](virConnectPtr c) {
                    return InstanceDiskCopy::disksOn(c, disks);
                });
            if (!shared)
                return shared.error();
            made = *shared;
        }
        control.setProgress(50, tr("Moving the running domain to %1").arg(dst.name));
        QString xml;
        if (dst.simulated()) {
            auto defined =
                HostCall::run<QString>(dst.connection, dst.name, [destSpec, made, paused](virConnectPtr c) {
                    return InstanceMoves::define(c, destSpec, made, true, paused);
                });
            if (!defined)
                return removeTarget(defined.error());
            xml = *defined;
            // Only now does the source let go: until here the instance ran there untouched.
            if (auto r = HostCall::run<void>(
                    src.connection, src.name,
                    [id = i.id](virConnectPtr c) { return InstanceMoves::removeFrom(c, id); });
                !r)
                return removeTarget(r.error());
        } else {
            auto written = HostCall::run<QString>(dst.connection, dst.name,
                                                  [destSpec, made](virConnectPtr c) -> Result<QString> {
                                                      return InstanceMoves::writeXml(c, destSpec, made);
                                                  });
            if (!written)
                return removeTarget(written.error());
            xml = *written;
            // A reference of the target's connection for virDomainMigrate3 on the source's thread.
            auto destConn =
                HostCall::run<quintptr>(dst.connection, dst.name, [](virConnectPtr c) -> Result<quintptr> {
                    virConnectRef(c);
                    return quintptr(c);
                });
            if (!destConn)
                return removeTarget(destConn.error());
            auto dconn = reinterpret_cast<virConnectPtr>(*destConn);
            auto migrated = HostCall::run<void>(src.connection, src.name,
                                                [dconn, d = i.domainName(), xml, block](virConnectPtr c) {
                                                    return migrateLive(c, dconn, d, xml, block);
                                                });
            virConnectClose(dconn);
            if (!migrated)
                return block ? removeTarget(migrated.error()) : Result<QVariant>(migrated.error());
            // UNDEFINE_SOURCE took the domain; the copied-from disks are left on the source.
            if (block)
                static_cast<void>(HostCall::run<void>(src.connection, src.name, [id = i.id](virConnectPtr c) {
                    return InstanceDisks::remove(c, id);
                }));
        }
        return QVariant(xml);
    };
    task.finish = [this, i, migration, dst, undo](const Result<QVariant> &r) -> Result<QVariant> {
        if (!r) {
            undo(r.error());
            return r;
        }
        const auto done = InstanceMoves::commit(*this, i.id, dst.id, [&](QSqlDatabase &db) -> Result<void> {
            if (auto e = MigrationRepository::releaseClaimOn(db, i.id, migration.sourceHostId); !e)
                return e;
            if (auto e = MigrationRepository::setStatus(db, migration.id, QStringLiteral("completed")); !e)
                return e;
            InstanceMoves::Settled s;
            s.hostId = dst.id;
            s.zone = dst.zone;
            s.domainXml = r->toString();
            s.vmState = i.vmState;
            s.power = i.powerState;
            return InstanceMoves::settle(db, i.id, s);
        });
        return done ? r : Result<QVariant>(done.error());
    };
    return m_s.tasks->start(ctx, std::move(task));
}

} // namespace sd
