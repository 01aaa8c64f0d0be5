#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "volume.h"

#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class HostManager;
class Policy;
class TaskRunner;

// Cinder's volume types, each a storage backend: one libvirt pool of the type's kind on every host,
// defined there when the first volume of the type lands on the host. Types are admin business; members
// see the public ones and the private ones their project was given.
class VolumeTypeService : public QObject
{
    Q_OBJECT

public:
    // The type the demo lab and a new data dir have: a dir pool on every host.
    static constexpr const char *kDefaultName = "standard";
    static constexpr const char *kDefaultPath = "/var/lib/libvirt/images/stackdesk-volumes";

    VolumeTypeService(std::shared_ptr<Database> db, const Policy *policy, ActionLog *log, HostManager *hosts,
                      TaskRunner *tasks, QObject *parent = nullptr);

    Result<QList<VolumeType>> list(const RequestContext &ctx) const;
    Result<VolumeType> show(const RequestContext &ctx, const QString &nameOrId) const;
    // Checks the name and the pool options, stores the type, then prepares its pool on every host that is
    // up and real (a path that does not exist or is not writable is found here); a host that refuses
    // makes the whole create fail and nothing stays. Returns the task id of the preparation (empty when
    // there is no real host to prepare).
    Result<QString> create(const RequestContext &ctx, const VolumeTypeSpec &spec);
    Result<VolumeType> update(const RequestContext &ctx, const QString &nameOrId, const VolumeTypeUpdate &change);
    // Refused while volumes or snapshots use it; removes its pools from the hosts.
    Result<QString> remove(const RequestContext &ctx, const QString &nameOrId);
    Result<VolumeType> addAccess(const RequestContext &ctx, const QString &nameOrId, const QString &project);
    Result<VolumeType> removeAccess(const RequestContext &ctx, const QString &nameOrId, const QString &project);

    // The type a volume gets when none is given: `standard`, else the first public one.
    Result<VolumeType> defaultType(const RequestContext &ctx) const;
    // Engine-internal: by id, without access checks.
    std::optional<VolumeType> find(const QString &id) const;
    // Stores the default type (a dir pool at kDefaultPath) when the data dir has no type yet.
    Result<void> seedDefault();

    static Result<void> validateName(const QString &name);
    static Result<void> validateExtraSpec(const QString &key, const QString &value);

Q_SIGNALS:
    void typeChanged(const QString &id);
    void typeRemoved(const QString &id);

private:
    Result<VolumeType> visible(const RequestContext &ctx, const QString &nameOrId) const;
    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    ActionLog *m_log;
    HostManager *m_hosts;
    TaskRunner *m_tasks;
};

} // namespace sd
