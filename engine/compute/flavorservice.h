#pragma once

#include "core/requestcontext.h"
#include "core/result.h"
#include "flavor.h"

#include <QObject>

#include <memory>

namespace sd {

class ActionLog;
class Database;
class Policy;

// Flavors, as in Nova: admins create and delete them; everyone sees the public ones and the private ones
// their project was given access to. Flavors are immutable except for description, extra specs and
// access, so instances that copied one stay right.
class FlavorService : public QObject
{
    Q_OBJECT

public:
    FlavorService(std::shared_ptr<Database> db, const Policy *policy, QObject *parent = nullptr);
    void setActionLog(ActionLog *log) { m_log = log; }

    // A flavor needs at least this much RAM; smaller ones cannot boot anything.
    static constexpr qint64 kMinimumRamMb = 64;

    Result<QList<Flavor>> list(const RequestContext &ctx) const;
    Result<Flavor> show(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Flavor> create(const RequestContext &ctx, const FlavorSpec &spec);
    Result<void> remove(const RequestContext &ctx, const QString &nameOrId);
    Result<Flavor> setDescription(const RequestContext &ctx, const QString &nameOrId,
                                  const QString &description);
    Result<Flavor> setExtraSpecs(const RequestContext &ctx, const QString &nameOrId,
                                 const QMap<QString, QString> &specs);
    Result<Flavor> unsetExtraSpecs(const RequestContext &ctx, const QString &nameOrId,
                                   const QStringList &keys);
    Result<Flavor> addProjectAccess(const RequestContext &ctx, const QString &nameOrId,
                                    const QString &project);
    Result<Flavor> removeProjectAccess(const RequestContext &ctx, const QString &nameOrId,
                                       const QString &project);

    static Result<void> validate(const FlavorSpec &spec);
    static Result<void> validateExtraSpec(const QString &key, const QString &value);

Q_SIGNALS:
    void flavorChanged(const QString &id);
    void flavorRemoved(const QString &id);

private:
    std::optional<Flavor> find(const QString &nameOrId) const;
    bool visibleTo(const RequestContext &ctx, const Flavor &flavor) const;
    // The flavor an update names, after the policy check: the start of every change but create and delete.
    Result<Flavor> editable(const RequestContext &ctx, const QString &nameOrId) const;
    Result<Flavor> changed(const QString &id);

    std::shared_ptr<Database> m_db;
    const Policy *m_policy;
    ActionLog *m_log = nullptr;
};

} // namespace sd
