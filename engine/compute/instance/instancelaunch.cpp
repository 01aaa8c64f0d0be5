// InstanceService::prepare and launch: everything a launch checks, then the one transaction that takes
// quota, schedules, claims and makes the ports (split from instanceservice.cpp, which keeps the rest).

#include "instanceservice.h"

#include "bootvolumes.h"
#include "compute/flavorservice.h"
#include "domainops.h"
#include "instancedisks.h"
#include "hosts/hostconnection.h"
#include "compute/scheduler/scheduler.h"
#include "core/ids.h"
#include "core/logging.h"
#include "core/namecheck.h"
#include "hosts/hostmanager.h"
#include "identity/policy.h"
#include "image/imageservice.h"
#include "instancebuild.h"
#include "instancerepository.h"
#include "network/networkservice.h"
#include "network/portservice.h"
#include "network/securitygroupservice.h"
#include "quota/quotaservice.h"
#include "seediso.h"
#include "store/database.h"
#include "store/lookup.h"
#include "tasks/actionlog.h"
#include "tasks/taskrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>


namespace sd {

struct InstanceService::Prepared
{
    Flavor flavor;
    Image image;
    QString keyName;
    struct Nic
    {
        QString networkId;
        QString fixedIp;
        QString portId; // an existing port
    };
    QList<Nic> nics;
    QString serverGroupId;
    QString serverGroupPolicy;
    QString forcedHostId;
    QString zone;
    qint64 rootGb = 0;
    std::optional<BootVolumes::Plan> boot; // the root disk is a volume
};

namespace {

constexpr int kMaxCount = 1000;

qint64 gbCeil(qint64 bytes)
{
    return (bytes + (qint64(1) << 30) - 1) >> 30;
}

Result<QString> publicKeyOf(QSqlDatabase &db, const QString &userId, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT public_key FROM key_pairs WHERE user_id = ? AND name = ?"));
    q.addBindValue(userId);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return makeError(ErrorCode::NotFound, InstanceService::tr("Key pair '%1': you have no key pair of that name").arg(name));
}

} // namespace

Result<InstanceService::Prepared> InstanceService::prepare(const RequestContext &ctx, const LaunchSpec &spec) const
{
    Prepared p;
    if (auto n = validateName(spec.name.trimmed()); !n)
        return n.error();
    if (auto d = checkedText(tr("Description"), spec.description); !d)
        return d.error();
    if (spec.minCount < 1 || spec.maxCount < spec.minCount || spec.maxCount > kMaxCount)
        return makeError(ErrorCode::BadRequest, tr("Count: min %1 and max %2 must satisfy 1 <= min <= max <= %3")
                                                    .arg(spec.minCount)
                                                    .arg(spec.maxCount)
                                                    .arg(kMaxCount));
    if (spec.userData.size() > SeedIso::kMaxUserDataBytes)
        return makeError(ErrorCode::BadRequest, tr("User data: %1 bytes, at most %2 are allowed")
                                                    .arg(spec.userData.size())
                                                    .arg(SeedIso::kMaxUserDataBytes));
    if (auto m = validateMetadata(spec.metadata); !m)
        return m.error();

    auto flavor = m_s.flavors->show(ctx, spec.flavor);
    if (!flavor)
        return flavor.error();
    p.flavor = *flavor;

    if (spec.bootSource == BootSource::Image) {
        if (spec.image.isEmpty())
            return makeError(ErrorCode::BadRequest, tr("Image: choose the image to boot from"));
        auto image = m_s.images->show(ctx, spec.image);
        if (!image)
            return image.error();
        p.image = *image;
        if (image->status != ImageStatus::Active)
            return makeError(ErrorCode::BadRequest, tr("Image %1 is %2: only active images can boot")
                                                        .arg(image->name, imageStatusName(image->status)));
        if (image->diskFormat != QLatin1String("qcow2") && image->diskFormat != QLatin1String("raw"))
            return makeError(ErrorCode::BadRequest, tr("Image %1 is %2: instances boot from qcow2 or raw images")
                                                        .arg(image->name, image->diskFormat));
        if (flavor->ramMb < image->minRamMb)
            return makeError(ErrorCode::BadRequest, tr("Flavor %1 has %2 MB of RAM; image %3 needs at least %4 MB")
                                                        .arg(flavor->name)
                                                        .arg(flavor->ramMb)
                                                        .arg(image->name)
                                                        .arg(image->minRamMb));
        const qint64 needGb = qMax(image->minDiskGb, gbCeil(image->virtualSize));
        // Root disk 0 means "the image's size", as in Nova.
        p.rootGb = flavor->diskGb > 0 ? flavor->diskGb : qMax<qint64>(1, needGb);
        if (!spec.newVolume && flavor->diskGb > 0 && flavor->diskGb < needGb)
            return makeError(ErrorCode::BadRequest, tr("Flavor %1 has a %2 GB root disk; image %3 needs at least %4 GB")
                                                        .arg(flavor->name)
                                                        .arg(flavor->diskGb)
                                                        .arg(image->name)
                                                        .arg(needGb));
    }

    const bool volumeBacked = spec.bootSource != BootSource::Image || spec.newVolume;
    if (volumeBacked) {
        if (!m_bootVolumes)
            return makeError(ErrorCode::BadRequest, tr("Boot source: booting from a volume needs block storage"));
        auto plan = m_bootVolumes->planBoot(ctx, spec, spec.maxCount);
        if (!plan)
            return plan.error();
        p.boot = *plan;
        // Nova does not check a volume-backed instance's root disk against the flavor: the volume is the
        // root disk. min_ram still counts.
        p.rootGb = plan->sizeGb;
        if (spec.bootSource != BootSource::Image) {
            p.image = Image{};
            p.image.id = plan->imageId;
            p.image.name = plan->imageName;
        }
        if (flavor->ramMb < plan->minRamMb)
            return makeError(ErrorCode::BadRequest, tr("Flavor %1 has %2 MB of RAM; image %3 needs at least %4 MB")
                                                        .arg(flavor->name)
                                                        .arg(flavor->ramMb)
                                                        .arg(plan->imageName)
                                                        .arg(plan->minRamMb));
        if (!plan->hostId.isEmpty()) {
            if (!spec.host.isEmpty()) {
                auto h = m_s.hosts->show(ctx, spec.host);
                if (h && h->record.id != plan->hostId)
                    return makeError(ErrorCode::BadRequest,
                                     tr("Host %1: the boot volume's data is on another host, where the instance must run")
                                         .arg(spec.host));
            }
            p.forcedHostId = plan->hostId;
        }
    }

    QSqlDatabase db = m_db->connection();
    if (!spec.keyName.isEmpty()) {
        if (auto k = publicKeyOf(db, ctx.userId, spec.keyName); !k)
            return k.error();
        p.keyName = spec.keyName;
    }

    QList<NicRequest> nics = spec.nics;
    if (nics.isEmpty()) {
        // Nova's auto-allocation: with exactly one usable tenant network, that one.
        auto nets = m_s.networks->list(ctx, NetworkFilter{false, {}});
        if (!nets)
            return nets.error();
        QList<Network> usable;
        for (const Network &n : *nets)
            if (n.projectId == ctx.projectId || n.shared)
                usable.append(n);
        if (usable.size() != 1)
            return makeError(ErrorCode::BadRequest,
                             tr("Network: the project can use %n network(s); choose one", nullptr, int(usable.size())));
        nics.append({usable.first().id, {}, {}});
    }
    for (const NicRequest &nic : nics) {
        Prepared::Nic n;
        if (!nic.port.isEmpty()) {
            auto port = m_s.ports->show(ctx, nic.port);
            if (!port)
                return port.error();
            if (port->projectId != ctx.projectId)
                return makeError(ErrorCode::Forbidden, tr("Port %1 belongs to another project").arg(nic.port));
            if (!port->deviceId.isEmpty())
                return makeError(ErrorCode::Conflict, tr("Port %1 is already in use by %2").arg(nic.port, port->deviceId));
            n.portId = port->id;
            n.networkId = port->networkId;
        } else {
            auto net = m_s.networks->show(ctx, nic.network);
            if (!net)
                return net.error();
            if (net->projectId != ctx.projectId && !net->shared && !ctx.isAdmin())
                return makeError(ErrorCode::Forbidden,
                                 tr("Network %1 belongs to another project and is not shared").arg(net->name));
            if (!net->adminStateUp)
                return makeError(ErrorCode::Conflict, tr("Network %1 is down (admin state)").arg(net->name));
            if (net->subnetIds.isEmpty())
                return makeError(ErrorCode::BadRequest, tr("Network %1 has no subnet: an instance there would get no address")
                                                            .arg(net->name));
            n.networkId = net->id;
            n.fixedIp = nic.fixedIp;
            if (!nic.fixedIp.isEmpty() && spec.maxCount > 1)
                return makeError(ErrorCode::BadRequest, tr("Fixed IP %1: one address cannot go to %2 instances")
                                                            .arg(nic.fixedIp)
                                                            .arg(spec.maxCount));
        }
        p.nics.append(n);
    }
    if (spec.maxCount > 1 && std::any_of(p.nics.cbegin(), p.nics.cend(), [](const Prepared::Nic &n) { return !n.portId.isEmpty(); }))
        return makeError(ErrorCode::BadRequest, tr("Port: one port cannot go to %1 instances").arg(spec.maxCount));

    if (!spec.serverGroup.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, policy FROM server_groups WHERE project_id = ? AND (id = ? OR name = ?)"));
        bindValues(q, {ctx.projectId, spec.serverGroup, spec.serverGroup});
        q.exec();
        int found = 0;
        while (q.next()) {
            ++found;
            p.serverGroupId = q.value(0).toString();
            p.serverGroupPolicy = q.value(1).toString();
        }
        if (found == 0)
            return makeError(ErrorCode::NotFound, tr("Server group '%1': no such server group").arg(spec.serverGroup));
        if (found > 1)
            return makeError(ErrorCode::Conflict, tr("Server group name '%1' is used by %2 groups; give the ID")
                                                      .arg(spec.serverGroup)
                                                      .arg(found));
    }

    auto hosts = m_s.hosts->list(RequestContext::system());
    if (!hosts)
        return hosts.error();
    if (!spec.availabilityZone.isEmpty()) {
        QStringList zones;
        for (const HostInfo &h : *hosts)
            if (!zones.contains(h.record.availabilityZone))
                zones << h.record.availabilityZone;
        zones.sort();
        if (!zones.contains(spec.availabilityZone))
            return makeError(ErrorCode::BadRequest, tr("Availability zone '%1': no such zone (zones: %2)")
                                                        .arg(spec.availabilityZone, zones.join(QStringLiteral(", "))));
        p.zone = spec.availabilityZone;
    }
    if (!spec.host.isEmpty()) {
        if (!ctx.isAdmin())
            return makeError(ErrorCode::Forbidden, tr("Host: only administrators may choose the host"));
        auto h = m_s.hosts->show(ctx, spec.host);
        if (!h)
            return h.error();
        p.forcedHostId = h->record.id;
    }
    return p;
}

Result<QList<Instance>> InstanceService::launch(const RequestContext &ctx, const LaunchSpec &spec)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto launched = [&]() -> Result<QList<Instance>> {
        if (auto pol = m_policy->check(ctx, QStringLiteral("server:create"), ctx.projectId); !pol)
            return pol.error();
        auto prepared = prepare(ctx, spec);
        if (!prepared)
            return prepared.error();
        const Prepared &p = *prepared;
        const QString name = spec.name.trimmed();
        QStringList made;
        QStringList placed;
        QList<QString> changedPorts;
        auto tx = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
            // Nova's min/max: as many as the quota allows, but at least min.
            int count = spec.maxCount;
            Result<void> quota;
            for (; count >= spec.minCount; --count) {
                quota = m_s.quotas->check(db, ctx.projectId,
                                          {{QStringLiteral("instances"), count},
                                           {QStringLiteral("cores"), qint64(count) * p.flavor.vcpus},
                                           {QStringLiteral("ram"), qint64(count) * p.flavor.ramMb}});
                if (quota)
                    break;
            }
            if (!quota)
                return quota.error();
            if (auto m = m_s.quotas->check(db, ctx.projectId, {{QStringLiteral("metadata_items"), spec.metadata.size()}}); !m)
                return m;
            if (auto sg = SecurityGroupService::ensureDefault(db, ctx.projectId); !sg)
                return sg.error();

            QHash<QString, int> groupMembers;
            if (!p.serverGroupId.isEmpty()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT i.host_id, COUNT(*) FROM server_group_members m JOIN instances i "
                                         "ON i.id = m.instance_id WHERE m.group_id = ? AND i.deleted = 0 AND i.host_id <> '' "
                                         "GROUP BY i.host_id"));
                q.addBindValue(p.serverGroupId);
                q.exec();
                while (q.next())
                    groupMembers.insert(q.value(0).toString(), q.value(1).toInt());
                const qint64 members = countRows(db, QStringLiteral("SELECT COUNT(*) FROM server_group_members WHERE group_id = ?"),
                                                 {p.serverGroupId});
                // server_group_members limits the members of one group (Nova's meaning).
                const qint64 limit = m_s.quotas->limitOf(db, ctx.projectId, QStringLiteral("server_group_members"));
                if (limit >= 0 && members + count > limit)
                    return makeError(ErrorCode::QuotaExceeded,
                                     tr("Quota exceeded for server_group_members: the group has %1 members, %2 more "
                                        "would pass the limit of %3")
                                         .arg(members)
                                         .arg(count)
                                         .arg(limit));
            }

            // A volume-backed instance's root disk is in its volume's pool, not on the host's local disk.
            const qint64 diskGb =
                (p.boot ? 0 : p.rootGb) + p.flavor.ephemeralGb + gbCeil(p.flavor.swapMb << 20);
            for (int k = 0; k < count; ++k) {
                Instance i;
                i.id = newId();
                // Nova names the copies of a multi-instance launch name-1, name-2, ...
                i.name = count > 1 ? QStringLiteral("%1-%2").arg(name).arg(k + 1) : name;
                i.description = spec.description;
                i.projectId = ctx.projectId;
                i.userId = ctx.userId;
                i.flavor = {p.flavor.id, p.flavor.name, p.flavor.vcpus, p.flavor.ramMb,
                            p.boot ? p.flavor.diskGb : p.rootGb, p.flavor.ephemeralGb, p.flavor.swapMb};
                i.imageId = p.image.id;
                i.imageName = p.image.name;
                if (p.boot)
                    i.bootVolumeId = p.boot->volumeId; // a new volume's id comes once it is made
                i.keyName = p.keyName;
                i.serverGroupId = p.serverGroupId;
                i.vmState = VmState::Building;
                i.taskState = QStringLiteral("scheduling");

                ScheduleRequest req;
                req.vcpus = p.flavor.vcpus;
                req.ramMb = p.flavor.ramMb;
                req.diskGb = diskGb;
                req.availabilityZone = p.zone;
                req.forcedHost = p.forcedHostId;
                req.imageArchitecture = p.image.properties.value(QStringLiteral("architecture"));
                req.imageHypervisorType = p.image.properties.value(QStringLiteral("hypervisor_type"));
                req.groupPolicy = p.serverGroupPolicy;
                req.groupMembersOnHost = groupMembers;
                auto host = m_scheduler->select(hostCandidates(db), req);
                if (host) {
                    i.hostId = host->record.id;
                    i.availabilityZone = host->record.availabilityZone;
                    i.taskState = QStringLiteral("networking");
                } else {
                    i.vmState = VmState::Error;
                    i.taskState.clear();
                }
                if (auto e = InstanceRepository::insert(db, i, QString::fromUtf8(spec.userData)); !e)
                    return e;
                if (auto e = InstanceRepository::setMetadata(db, i.id, spec.metadata); !e)
                    return e;
                if (!p.serverGroupId.isEmpty())
                    if (auto e = execSql(db, QStringLiteral("INSERT INTO server_group_members (group_id, instance_id) VALUES (?,?)"),
                                         {p.serverGroupId, i.id});
                        !e)
                        return e;
                made << i.id;
                if (!host) {
                    if (auto e = execSql(db,
                                         QStringLiteral("INSERT INTO instance_faults (instance_id, code, message, details, "
                                                        "created_at) VALUES (?,?,?,?,?)"),
                                         {i.id, 500, host.error().message, host.error().details,
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
                        !e)
                        return e;
                    continue;
                }
                if (auto e = InstanceRepository::insertClaim(db, i.id, i.hostId, req.vcpus, req.ramMb, req.diskGb); !e)
                    return e;
                groupMembers[i.hostId] += 1;
                for (const Prepared::Nic &nic : p.nics) {
                    if (!nic.portId.isEmpty()) {
                        if (auto e = execSql(db, QStringLiteral("UPDATE ports SET device_id = ?, device_owner = ?, "
                                                            "preserve_on_delete = 1 WHERE id = ?"),
                                             {i.id, DeviceOwner::compute(i.availabilityZone), nic.portId});
                            !e)
                            return e;
                        changedPorts << nic.portId;
                        continue;
                    }
                    PortSpec ps;
                    ps.network = nic.networkId;
                    if (!nic.fixedIp.isEmpty())
                        ps.fixedIps.append({QString(), nic.fixedIp});
                    ps.securityGroups = spec.securityGroups;
                    ps.deviceOwner = DeviceOwner::compute(i.availabilityZone);
                    ps.deviceId = i.id;
                    if (auto q = m_s.quotas->check(db, ctx.projectId, {{QStringLiteral("ports"), 1}}); !q)
                        return q;
                    auto port = PortService::createIn(db, ctx.projectId, ps);
                    if (!port)
                        return port.error();
                    changedPorts << port->id;
                }
                placed << i.id;
            }
            return {};
        });
        if (!tx)
            return tx.error();
        for (const QString &port : changedPorts)
            emit m_s.ports->portChanged(port);
        QList<Instance> result;
        for (const QString &id : made) {
            emit instanceChanged(id);
            if (auto i = m_repo->find(id))
                result.append(*i);
        }
        for (const QString &id : placed) {
            if (p.boot) {
                // The boot volume: the existing one reserved, or a new one being made on the chosen host.
                auto instance = m_repo->find(id);
                auto volume = instance ? m_bootVolumes->provideBootVolume(ctx, spec, *p.boot, *instance)
                                       : Result<QString>(makeError(ErrorCode::NotFound, tr("Instance %1 is gone").arg(id)));
                if (!volume) {
                    failBuild(id, volume.error());
                    continue;
                }
                m_repo->setBootVolume(id, *volume);
            }
            startBuild(ctx, id);
        }
        for (Instance &i : result)
            if (auto now = m_repo->find(i.id))
                i = *now;
        return result;
    }();
    // One row per instance, so each instance's action log starts with its launch; a refused launch has no
    // instance and is logged by the name asked for.
    if (!launched)
        m_s.log->record(ctx, QStringLiteral("server.create"), QStringLiteral("instance"), QString(), spec.name, started,
                        QStringLiteral("failed"), launched.error().toString());
    else
        for (const Instance &i : *launched)
            m_s.log->record(ctx, QStringLiteral("server.create"), QStringLiteral("instance"), i.id, i.name, started,
                            i.vmState == VmState::Error ? QStringLiteral("failed") : QStringLiteral("succeeded"),
                            i.fault.message);
    return launched;
}


} // namespace sd
