#pragma once

#include "core/result.h"
#include "instance.h"
#include "network/networktypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sd {

// The store side of an instance's ports, for Attach/Detach Interface and the security-group actions:
// which ports are the instance's, making or taking one for it, and handing one back. Each call runs in
// the caller's transaction; policy and quota are the caller's.
class InstancePorts
{
    Q_DECLARE_TR_FUNCTIONS(sd::InstancePorts)

public:
    // The instance's ports, oldest first.
    static QList<Port> of(QSqlDatabase &db, const QString &instanceId);
    // The security groups every port of the instance with port security has: what a new interface gets,
    // so it is filtered like the others. Empty (the project's default group) when the instance has none.
    static QStringList commonGroups(const QList<Port> &ports);

    // A new port of the instance on the network, with fixedIp when given (checked by IPAM: in a subnet of
    // the network, not the gateway, free). The instance made it, so its detach deletes it.
    static Result<Port> create(QSqlDatabase &db, const Instance &instance, const QString &networkId,
                               const QString &fixedIp, const QStringList &groupIds);
    // An existing port handed to the instance; its detach gives it back unbound (preserve_on_delete).
    static Result<Port> claim(QSqlDatabase &db, const Instance &instance, const Port &port);
    struct Released
    {
        bool found = true; // false: the port was gone already (its instance was deleted meanwhile)
        bool deleted = false;
        QStringList floatingIps; // disassociated from the port
    };
    // Deletes the port when the instance made it (its addresses go back to IPAM), else unbinds it and
    // clears its device. With disassociate, its floating IPs are disassociated first (they stay allocated
    // to the project): a detach does so; undoing an attach leaves a user's port as it came.
    static Result<Released> release(QSqlDatabase &db, const QString &portId, bool disassociate);
};

} // namespace sd
