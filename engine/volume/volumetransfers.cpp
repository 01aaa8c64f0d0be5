// Volume transfers (Cinder's os-volume-transfer): the giving project makes a transfer, whose id and auth
// key are shown once; whoever has both accepts it into their own project. Only the key's salted hash is
// stored.

#include "volumeservice.h"

#include "core/ids.h"
#include "identity/policy.h"
#include "store/database.h"
#include "tasks/actionlog.h"
#include "volumerepository.h"
#include "volumetasks.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <sodium.h>

namespace sd {

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toHex());
}

QString keyHash(const QString &salt, const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash((salt + key).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<QList<VolumeTransfer>> VolumeService::listTransfers(const RequestContext &ctx, bool allProjects) const
{
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_transfer:list")); !p)
        return p.error();
    if (allProjects && !ctx.isAdmin())
        return makeError(ErrorCode::Forbidden, tr("All projects: only administrators may list every project's transfers"));
    return m_repo->transfers(allProjects ? QString() : ctx.projectId);
}

Result<VolumeTransfer> VolumeService::createTransfer(const RequestContext &ctx, const QString &volumeName,
                                                     const QString &name)
{
    const QString action = QStringLiteral("volume_transfer.create");
    auto volume = visible(ctx, volumeName);
    if (!volume)
        return volume.error();
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_transfer:create"), volume->projectId); !p)
        return p.error();
    const auto refused = [&](const Error &e) { return VolumeTasks::refuse(*this, ctx, action, *volume, e); };
    if (name.trimmed().size() > 255)
        return refused(makeError(ErrorCode::BadRequest, tr("Transfer name: %1 characters, at most 255").arg(name.size())));
    VolumeRepository::TransferRow row;
    row.transfer.id = newId();
    row.transfer.name = name.trimmed();
    row.transfer.volumeId = volume->id;
    row.transfer.volumeName = volume->label();
    row.transfer.projectId = volume->projectId;
    row.transfer.createdAt = QDateTime::currentDateTimeUtc();
    // Cinder's keys are 16 hex characters; 8 random bytes from libsodium.
    const QString key = randomHex(8);
    row.salt = randomHex(8);
    row.keyHash = keyHash(row.salt, key);
    auto claimed = VolumeTasks::claim(*this, volume->id, {VolumeStatus::Available}, VolumeStatus::AwaitingTransfer,
                                      tr("Create Transfer"));
    if (!claimed)
        return refused(claimed.error());
    const auto stored = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        if (auto w = m_repo->insertTransfer(db, row); !w)
            return w;
        Volume v = *claimed;
        v.transferId = row.transfer.id;
        return m_repo->save(db, v);
    });
    if (!stored) {
        VolumeTasks::setStatus(*this, volume->id, VolumeStatus::Available);
        return refused(stored.error());
    }
    emit volumeChanged(volume->id);
    emit transferChanged(row.transfer.id);
    m_s.log->record(ctx, action, QStringLiteral("volume"), volume->id, volume->label(), QDateTime::currentDateTimeUtc(),
                    QStringLiteral("succeeded"), row.transfer.id);
    VolumeTransfer answer = row.transfer;
    answer.authKey = key;
    return answer;
}

Result<Volume> VolumeService::acceptTransfer(const RequestContext &ctx, const QString &transferId, const QString &authKey)
{
    const QString action = QStringLiteral("volume_transfer.accept");
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto refused = [&](const Error &e) -> Error {
        m_s.log->record(ctx, action, QStringLiteral("volume_transfer"), transferId, transferId, started,
                        QStringLiteral("failed"), e.toString());
        return e;
    };
    if (auto p = m_policy->check(ctx, QStringLiteral("volume_transfer:accept"), ctx.projectId); !p)
        return refused(p.error());
    auto row = m_repo->transfer(transferId.trimmed());
    if (!row)
        return refused(makeError(ErrorCode::NotFound, tr("Transfer '%1': no such volume transfer").arg(transferId)));
    const QByteArray given = keyHash(row->salt, authKey.trimmed()).toLatin1();
    const QByteArray stored = row->keyHash.toLatin1();
    if (given.size() != stored.size() || sodium_memcmp(given.constData(), stored.constData(), size_t(given.size())) != 0)
        return refused(makeError(ErrorCode::Forbidden,
                                 tr("Transfer %1: the authorization key is wrong").arg(row->transfer.id)));
    if (row->transfer.projectId == ctx.projectId)
        return refused(makeError(ErrorCode::BadRequest, tr("Transfer %1: volume %2 is in your project already")
                                                            .arg(row->transfer.id, row->transfer.volumeName)));
    auto volume = m_repo->volume(row->transfer.volumeId);
    if (!volume)
        return refused(makeError(ErrorCode::NotFound, tr("Transfer %1: its volume is gone").arg(row->transfer.id)));
    const QList<VolumeSnapshot> snapshots = m_repo->snapshots(QString(), volume->id);
    qint64 gigabytes = volume->sizeGb;
    for (const VolumeSnapshot &s : snapshots)
        gigabytes += s.sizeGb;
    const auto done = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
        if (auto q = VolumeTasks::checkQuota(*this, db, ctx.projectId, 1, snapshots.size(), gigabytes, 0); !q)
            return q;
        Volume v = *volume;
        v.projectId = ctx.projectId;
        v.userId = ctx.userId;
        v.status = VolumeStatus::Available;
        v.transferId.clear();
        if (auto w = m_repo->save(db, v); !w)
            return w;
        if (auto w = execSql(db, QStringLiteral("UPDATE volume_snapshots SET project_id = ? WHERE volume_id = ?"),
                             {ctx.projectId, v.id});
            !w)
            return w;
        return m_repo->removeTransfer(db, row->transfer.id);
    });
    if (!done)
        return refused(done.error());
    emit transferRemoved(row->transfer.id);
    emit volumeChanged(volume->id);
    for (const VolumeSnapshot &s : snapshots)
        emit snapshotChanged(s.id);
    m_s.log->record(ctx, action, QStringLiteral("volume"), volume->id, volume->label(), started,
                    QStringLiteral("succeeded"), row->transfer.id);
    return *m_repo->volume(volume->id);
}

Result<void> VolumeService::removeTransfer(const RequestContext &ctx, const QString &nameOrId)
{
    return audited(m_s.log, ctx, QStringLiteral("volume_transfer.delete"), QStringLiteral("volume_transfer"), nameOrId,
                   [&]() -> Result<void> {
                       std::optional<VolumeRepository::TransferRow> row = m_repo->transfer(nameOrId);
                       if (!row) {
                           const QStringList ids = m_repo->transferIdsByName(nameOrId);
                           for (const QString &id : ids)
                               if (auto r = m_repo->transfer(id); r && (ctx.isAdmin() || r->transfer.projectId == ctx.projectId)) {
                                   if (row)
                                       return makeError(ErrorCode::Conflict,
                                                        tr("Transfer '%1': several transfers have this name; use the ID")
                                                            .arg(nameOrId));
                                   row = r;
                               }
                       }
                       if (!row || (!ctx.isAdmin() && row->transfer.projectId != ctx.projectId))
                           return makeError(ErrorCode::NotFound, tr("Transfer '%1': no such volume transfer").arg(nameOrId));
                       if (auto p = m_policy->check(ctx, QStringLiteral("volume_transfer:delete"), row->transfer.projectId);
                           !p)
                           return p.error();
                       const auto done = m_db->transaction([&](QSqlDatabase &db) -> Result<void> {
                           if (auto w = m_repo->removeTransfer(db, row->transfer.id); !w)
                               return w;
                           if (auto v = m_repo->volume(row->transfer.volumeId)) {
                               v->status = VolumeStatus::Available;
                               v->transferId.clear();
                               return m_repo->save(db, *v);
                           }
                           return {};
                       });
                       if (!done)
                           return done;
                       emit transferRemoved(row->transfer.id);
                       emit volumeChanged(row->transfer.volumeId);
                       return {};
                   });
}

} // namespace sd
