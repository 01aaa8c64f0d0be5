#pragma once

#include "core/result.h"
#include "networktypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sd {

// IP address management for one subnet, inside the caller's write transaction (BEGIN IMMEDIATE, so
// allocations are serialised) with the ip_allocations primary key as the backstop. Automatic allocation
// walks the allocation pools from a per-subnet cursor, so handing out a /16 one address at a time stays
// linear; released addresses are reused once the cursor wraps round, as Neutron does not hurry to reuse.
class Ipam
{
    Q_DECLARE_TR_FUNCTIONS(sd::Ipam)

public:
    // requested empty: the next free address of the pools. Returns the address. Only a router interface
    // may take the subnet's gateway address.
    static Result<QString> allocate(QSqlDatabase &db, const Subnet &subnet, const QString &requested,
                                    const QString &portId, bool routerInterface = false);
    static Result<void> release(QSqlDatabase &db, const QString &subnetId, const QString &ip);
    // Addresses in the pools, and how many of them are taken (Horizon's "IP availability").
    static quint64 poolSize(const Subnet &subnet);
    static qint64 allocatedInPools(QSqlDatabase &db, const Subnet &subnet);
};

} // namespace sd
