#pragma once

#include "core/result.h"
#include "volume.h"

#include <QSqlDatabase>

#include <memory>

namespace sd {

class Database;

// The volume tables: rows in, structs out. No policy here; the services decide who may do what. Every
// write that needs to be atomic with other writes takes the transaction's connection.
class VolumeRepository
{
public:
    explicit VolumeRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    std::optional<Volume> volume(const QString &id) const;
    // Ids by name in one project (names need not be unique, as in Cinder).
    QStringList volumeIdsByName(const QString &name, const QString &projectId) const;
    QStringList volumeIdsByName(const QString &name) const;
    QList<Volume> volumes(const QString &projectId /* empty: all */) const;
    QList<Volume> attachedTo(const QString &instanceId) const;
    Result<void> insert(QSqlDatabase &db, const Volume &v) const;
    // Writes every column of the row (the caller read it, changed it, and writes it back).
    Result<void> save(QSqlDatabase &db, const Volume &v) const;
    Result<void> save(const Volume &v) const;
    Result<void> setStatus(const QString &id, VolumeStatus status, const QString &fault = QString()) const;
    Result<void> removeVolume(const QString &id) const;

    std::optional<VolumeSnapshot> snapshot(const QString &id) const;
    QStringList snapshotIdsByName(const QString &name, const QString &projectId) const;
    QList<VolumeSnapshot> snapshots(const QString &projectId, const QString &volumeId = {}) const;
    Result<void> insertSnapshot(QSqlDatabase &db, const VolumeSnapshot &s) const;
    Result<void> saveSnapshot(const VolumeSnapshot &s) const;
    Result<void> removeSnapshot(const QString &id) const;
    qint64 snapshotCount(const QString &volumeId) const;

    std::optional<VolumeBackup> backup(const QString &id) const;
    QStringList backupIdsByName(const QString &name, const QString &projectId) const;
    QList<VolumeBackup> backups(const QString &projectId) const;
    Result<void> insertBackup(QSqlDatabase &db, const VolumeBackup &b) const;
    Result<void> saveBackup(const VolumeBackup &b) const;
    Result<void> removeBackup(const QString &id) const;

    struct TransferRow
    {
        VolumeTransfer transfer;
        QString salt;
        QString keyHash;
    };
    std::optional<TransferRow> transfer(const QString &id) const;
    QStringList transferIdsByName(const QString &name) const;
    QList<VolumeTransfer> transfers(const QString &projectId) const;
    Result<void> insertTransfer(QSqlDatabase &db, const TransferRow &t) const;
    Result<void> removeTransfer(QSqlDatabase &db, const QString &id) const;

    // Quota usage of a project.
    static qint64 volumeCount(QSqlDatabase &db, const QString &projectId);
    static qint64 snapshotCountOf(QSqlDatabase &db, const QString &projectId);
    static qint64 gigabytes(QSqlDatabase &db, const QString &projectId);
    static qint64 backupCount(QSqlDatabase &db, const QString &projectId);

    static QString toJson(const QMap<QString, QString> &map);
    static QMap<QString, QString> fromJson(const QString &json);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace sd
