#pragma once

#include "network/networktypes.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace sd {

// A subnet's fields as Horizon's Subnet and Subnet Details steps have them: text as typed, one
// allocation pool ("start,end"), DNS name server or host route ("destination,nexthop") a line.
struct SubnetInput
{
    QString name;
    QString cidr;
    int ipVersion = 4;
    QString gatewayIp; // empty: the engine's default (the subnet's first address)
    bool noGateway = false;
    bool enableDhcp = true;
    QString pools;
    QString dns;
    QString routes;
};

enum class SubnetField
{
    Name,
    Cidr,
    IpVersion,
    Gateway,
    Pools,
    Dns,
    Routes,
};

// The live check behind the subnet steps: parses the lines, then asks SubnetService::resolve (the
// engine's own rules, without the store) one field at a time, so each refusal is shown under the field
// it is about, in the engine's words. No widgets: the wizard and the Create / Edit Subnet dialog share it.
class SubnetCheck
{
    Q_DECLARE_TR_FUNCTIONS(sd::SubnetCheck)

public:
    // siblings: the network's other subnets (an overlap with one is refused).
    static SubnetCheck run(const SubnetInput &input, const QList<Subnet> &siblings);

    bool ok() const { return problems.isEmpty(); }
    QString problem(SubnetField field) const { return problems.value(field); }
    // The first problem in the steps' order; empty when the subnet may be sent.
    QString first() const;
    // The field of first(); meaningful only when !ok().
    SubnetField firstField() const;
    // Whether a field is on the Subnet Details step (else on the Subnet step).
    static bool isDetail(SubnetField field);

    SubnetSpec spec;                // what would be sent, the network aside
    std::optional<Subnet> resolved; // the subnet the engine would make (defaults filled), when ok
    QMap<SubnetField, QString> problems;

    // The text forms the fields show for a subnet being edited.
    static QString poolsText(const QList<AllocationPool> &pools);
    static QString routesText(const QList<HostRoute> &routes);
};

} // namespace sd
