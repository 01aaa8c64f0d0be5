#pragma once

#include "core/requestcontext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd {

class Database;

struct ServerGroupChoice
{
    QString id;
    QString name;
    QString policy; // affinity | anti-affinity | soft-affinity | soft-anti-affinity
};

// What the Launch Instance wizard offers on its Key Pair and Server Groups steps, read straight from the
// store: the key pair and server group services live on another branch, and launching only needs names.
// Read-only; InstanceService::prepare() still checks whatever is chosen.
class LaunchChoices
{
public:
    explicit LaunchChoices(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // The caller's own key pairs (Nova's are per user), by name.
    QStringList keyPairNames(const RequestContext &ctx) const;
    // The server groups of the caller's project, by name.
    QList<ServerGroupChoice> serverGroups(const RequestContext &ctx) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace sd
