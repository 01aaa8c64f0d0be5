#pragma once

#include "column.h"

#include "network/networktypes.h"

#include <QDateTime>
#include <QVariantHash>

namespace sd::cli {

// How Neutron's values read in stackctl's output, shared by the network commands: the structured fields
// (allocation pools, host routes, fixed IPs) as lists of maps, so json and yaml print arrays of objects as
// the OpenStack client does, and a row picked from a record's fields by column key.
namespace NetworkValues {

QVariant orNull(const QString &text);
QVariant orNull(const QDateTime &time);
// "UP" or "DOWN", the OpenStack client's State column.
QString state(bool adminStateUp);
// [{start, end}, ...]
QVariant pools(const QList<AllocationPool> &pools);
// [{destination, nexthop}, ...]
QVariant hostRoutes(const QList<HostRoute> &routes);
// [{subnet_id, ip_address}, ...]
QVariant fixedIps(const QList<FixedIp> &ips);
// Every field of a security group rule, as Neutron names them: a group's `rules` and `rule show`.
QVariantHash rule(const SecurityGroupRule &rule);
// The OpenStack client's Port Range: "22:22", "8000:8080"; empty for any port and for ICMP (whose
// port_range_min/max are type and code).
QString portRange(const SecurityGroupRule &rule);
// The values of `fields` in the order of `columns`; a key the record lacks prints as none.
Row row(const QList<Column> &columns, const QVariantHash &fields);

} // namespace NetworkValues

} // namespace sd::cli
