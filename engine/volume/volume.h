#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// Cinder's volume statuses, with Cinder's spelling ("in-use", "backing-up").
enum class VolumeStatus {
    Creating,
    Available,
    Reserved,
    Attaching,
    InUse,
    Detaching,
    Extending,
    Uploading,
    Retyping,
    BackingUp,
    RestoringBackup,
    Deleting,
    Error,
    ErrorDeleting,
    ErrorExtending,
    ErrorRestoring,
    AwaitingTransfer,
};
QString volumeStatusName(VolumeStatus status);
std::optional<VolumeStatus> volumeStatusFromName(const QString &name);
QList<VolumeStatus> allVolumeStatuses();
// A status that a running task will change again (Horizon polls such rows).
bool isTransitional(VolumeStatus status);

// The status of a snapshot or a backup (Cinder's words for both).
enum class CopyStatus { Creating, Available, Restoring, Deleting, Error, ErrorDeleting };
QString copyStatusName(CopyStatus status);
std::optional<CopyStatus> copyStatusFromName(const QString &name);

// The libvirt storage pool type a volume type stands for.
enum class PoolType { Dir, Logical, Netfs, Iscsi, Rbd };
QString poolTypeName(PoolType type); // libvirt's names: dir, logical, netfs, iscsi, rbd
std::optional<PoolType> poolTypeFromName(const QString &name);
QStringList poolTypeNames();
// Storage every host reaches (NFS, iSCSI, RBD): a volume on it can be attached to an instance on any host.
bool isSharedPoolType(PoolType type);
// qcow2 where the pool holds files (dir, netfs), raw on block devices and RBD.
QString volumeFormatFor(PoolType type);

// A volume type: a storage backend (one libvirt pool of this type on each host) with Cinder's extra
// specs and access.
struct VolumeType
{
    QString id;
    QString name;
    QString description;
    PoolType poolType = PoolType::Dir;
    // The pool XML's fields, by the names `volume type create --pool-option` takes (path, source_host,
    // source_path, source_device, source_name, iqn, auth_username, secret_uuid, ...).
    QMap<QString, QString> poolOptions;
    bool isPublic = true;
    QMap<QString, QString> extraSpecs;
    QStringList projectIds; // access of a private type
    QDateTime createdAt;

    // The libvirt pool name this type has on every host.
    QString poolName() const { return QStringLiteral("stackdesk-vt-") + name; }
    bool shared() const { return isSharedPoolType(poolType); }
};

struct VolumeAttachment
{
    QString instanceId;
    QString instanceName;
    QString hostId;
    QString device; // /dev/vdb
    QDateTime attachedAt;
};

struct Volume
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QString projectName;
    QString userId;
    qint64 sizeGb = 0;
    QString typeId;
    QString typeName;
    QString hostId;   // the host whose pool holds it
    QString hostName;
    QString availabilityZone;
    VolumeStatus status = VolumeStatus::Creating;
    bool bootable = false;
    // Where its data came from: "", "image", "snapshot", "volume", "backup", and that object's id.
    QString sourceKind;
    QString sourceId;
    QString imageId; // the image its data came from (Cinder's volume_image_metadata), also through copies
    QMap<QString, QString> metadata;
    QString format;     // qcow2 | raw
    QString storageName; // the libvirt volume's name in the type's pool
    std::optional<VolumeAttachment> attachment; // one instance at a time (no multiattach)
    bool deleteOnTermination = false;           // deleted with the instance it was made for
    bool bootIndexZero = false;                 // the root disk of its instance
    QString transferId;                         // while awaiting-transfer
    QString fault;                              // why the last action failed
    QDateTime createdAt;
    QDateTime updatedAt;

    QString label() const { return name.isEmpty() ? id : name; }
};

struct VolumeSnapshot
{
    QString id;
    QString name;
    QString description;
    QString volumeId;
    QString volumeName;
    QString projectId;
    QString projectName;
    qint64 sizeGb = 0;
    CopyStatus status = CopyStatus::Creating;
    QString hostId;
    QString storageName; // the libvirt volume holding it, in the volume's pool
    QMap<QString, QString> metadata;
    QString fault;
    QDateTime createdAt;

    QString label() const { return name.isEmpty() ? id : name; }
};

struct VolumeBackup
{
    QString id;
    QString name;
    QString description;
    QString volumeId; // may be gone since; the backup stays
    QString volumeName;
    QString projectId;
    QString projectName;
    qint64 sizeGb = 0;
    qint64 storedBytes = 0; // what the backup file holds
    QString format;         // of the data: qcow2 | raw
    CopyStatus status = CopyStatus::Creating;
    QString fault;
    QDateTime createdAt;

    QString label() const { return name.isEmpty() ? id : name; }
};

struct VolumeTransfer
{
    QString id;
    QString name;
    QString volumeId;
    QString volumeName;
    QString projectId; // the giving project
    QDateTime createdAt;
    QString authKey; // only in the answer to create: never stored, shown once
};

// `volume type create` and the Create Volume Type dialog.
struct VolumeTypeSpec
{
    QString name;
    QString description;
    PoolType poolType = PoolType::Dir;
    QMap<QString, QString> poolOptions;
    bool isPublic = true;
    QMap<QString, QString> extraSpecs;
};

struct VolumeTypeUpdate
{
    std::optional<QString> description;
    std::optional<bool> isPublic;
    QMap<QString, QString> setExtraSpecs;
    QStringList unsetExtraSpecs;
};

// `volume create` and the Create Volume dialog: at most one source.
struct VolumeSpec
{
    QString name;
    QString description;
    qint64 sizeGb = 0; // 0: the source's size (required without a source)
    QString type;      // name or id; empty: the default type
    QString image;
    QString snapshot;
    QString sourceVolume;
    std::optional<bool> bootable; // unset: true from an image, the source's flag from a copy
    QString availabilityZone;      // empty: any
    QMap<QString, QString> metadata;
    QString hostId; // engine-internal: make it on this host (an instance's boot volume, on its host)
};

struct VolumeUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> bootable;
    QMap<QString, QString> setMetadata;
    QStringList unsetMetadata;
};

struct VolumeListFilter
{
    bool allProjects = false; // admins
    QString project;          // name or id (admins)
    QString status;           // Cinder's name
    QString name;             // substring
    QString host;             // name or id (admins)
};

} // namespace sd
