#pragma once

// Neutron's model, as StackDesk keeps it: networks with subnets, ports with fixed IPs from IPAM, routers,
// floating IPs and security groups. Plain values; the services in this folder own the rules.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

struct Network
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QString projectName;
    bool adminStateUp = true;
    bool shared = false;   // other projects may attach ports to it
    bool external = false; // router gateways and floating IPs come from it
    int mtu = 1500;
    QStringList subnetIds;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct NetworkSpec
{
    QString name;
    QString description;
    QString project; // name or id; empty: the caller's project (another project: admins only)
    bool adminStateUp = true;
    bool shared = false;
    bool external = false;
    int mtu = 1500;
};

struct NetworkUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    std::optional<bool> shared;
    std::optional<bool> external;
    std::optional<int> mtu;
};

struct AllocationPool
{
    QString start;
    QString end;
    bool operator==(const AllocationPool &o) const { return start == o.start && end == o.end; }
};

struct HostRoute
{
    QString destination; // CIDR
    QString nexthop;
    bool operator==(const HostRoute &o) const { return destination == o.destination && nexthop == o.nexthop; }
};

struct Subnet
{
    QString id;
    QString name;
    QString description;
    QString networkId;
    QString projectId;
    int ipVersion = 4;
    QString cidr;      // canonical: network address / prefix
    QString gatewayIp; // empty: no gateway
    bool enableDhcp = true;
    QList<AllocationPool> allocationPools;
    QStringList dnsNameservers;
    QList<HostRoute> hostRoutes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SubnetSpec
{
    QString name;
    QString description;
    QString network; // name or id
    QString cidr;
    int ipVersion = 0;        // 0: from the CIDR; 4 or 6 must match it
    QString gatewayIp;        // empty: the first address of the subnet
    bool noGateway = false;   // --gateway none
    bool enableDhcp = true;
    QList<AllocationPool> allocationPools; // empty: the whole subnet but the gateway (and, for IPv4, network/broadcast)
    QStringList dnsNameservers;
    QList<HostRoute> hostRoutes;
};

struct SubnetUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> gatewayIp; // "" with noGateway: remove the gateway
    bool noGateway = false;
    std::optional<bool> enableDhcp;
    std::optional<QStringList> dnsNameservers;
    std::optional<QList<HostRoute>> hostRoutes;
    std::optional<QList<AllocationPool>> allocationPools;
};

struct FixedIp
{
    QString subnetId;
    QString ipAddress;
    bool operator==(const FixedIp &o) const { return subnetId == o.subnetId && ipAddress == o.ipAddress; }
};

// A fixed IP as a user asks for it: a subnet (name or id), an address, or both; neither: any subnet.
struct FixedIpRequest
{
    QString subnet;
    QString ipAddress;
};

// Neutron's device_owner values StackDesk sets itself.
namespace DeviceOwner {
inline const QString RouterInterface = QStringLiteral("network:router_interface");
inline const QString RouterGateway = QStringLiteral("network:router_gateway");
inline const QString FloatingIp = QStringLiteral("network:floatingip");
inline const QString Dhcp = QStringLiteral("network:dhcp");
inline QString compute(const QString &zone) { return QStringLiteral("compute:") + zone; }
} // namespace DeviceOwner

struct Port
{
    QString id;
    QString name;
    QString description;
    QString networkId;
    QString projectId;
    QString macAddress;
    QList<FixedIp> fixedIps;
    QString deviceOwner;
    QString deviceId; // instance, router or floating IP that uses the port
    QStringList securityGroupIds;
    bool portSecurityEnabled = true;
    bool adminStateUp = true;
    QString hostId; // the host the port is bound to (where its instance runs), empty until bound
    QDateTime createdAt;
    QDateTime updatedAt;

    // Neutron's status: ACTIVE when up and bound to a host, or owned by the network itself (router and
    // floating-IP ports work wherever the network is); DOWN otherwise.
    QString status() const
    {
        const bool live = !hostId.isEmpty() || deviceOwner.startsWith(QLatin1String("network:"));
        return adminStateUp && live ? QStringLiteral("ACTIVE") : QStringLiteral("DOWN");
    }
};

struct PortSpec
{
    QString name;
    QString description;
    QString network; // name or id
    QString project; // empty: the caller's project
    QList<FixedIpRequest> fixedIps; // empty: one address from each subnet with free addresses... as Neutron: one IPv4 + one IPv6 at most
    bool noFixedIp = false;         // --no-fixed-ip
    QString macAddress;             // empty: generated (fa:16:3e:xx:xx:xx, as Neutron)
    QStringList securityGroups;     // names or ids; empty: the project's default group (when port security is on)
    bool noSecurityGroups = false;  // --no-security-group: port security on, but no group (all traffic dropped)
    bool portSecurityEnabled = true;
    bool adminStateUp = true;
    QString deviceOwner;
    QString deviceId;
};

struct PortUpdate
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<bool> adminStateUp;
    std::optional<bool> portSecurityEnabled;
    std::optional<QStringList> securityGroups; // replace
    std::optional<QList<FixedIpRequest>> fixedIps; // replace
    std::optional<QString> deviceOwner;
    std::optional<QString> deviceId;
    std::optional<QString> hostId;
};

struct RouterInterface
{
    QString portId;
    QString subnetId;
    QString ipAddress;
};

struct Router
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QString projectName;
    bool adminStateUp = true;
    QString externalNetworkId; // empty: no gateway
    QList<FixedIp> externalFixedIps;
    bool enableSnat = true;
    QList<RouterInterface> interfaces;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString status() const { return adminStateUp ? QStringLiteral("ACTIVE") : QStringLiteral("DOWN"); }
};

struct RouterSpec
{
    QString name;
    QString description;
    QString project;
    bool adminStateUp = true;
    QString externalNetwork; // name or id, optional
};

struct FloatingIp
{
    QString id;
    QString floatingIpAddress;
    QString floatingNetworkId;
    QString projectId;
    QString portId;       // empty: not associated
    QString fixedIpAddress;
    QString routerId;     // the router that connects the port's subnet to the external network
    QString description;
    QString hostId;       // where it is realised (the port's host)
    QDateTime createdAt;
    QDateTime updatedAt;

    QString status() const { return portId.isEmpty() ? QStringLiteral("DOWN") : QStringLiteral("ACTIVE"); }
};

struct FloatingIpSpec
{
    QString network; // external network, name or id
    QString project;
    QString floatingIpAddress; // empty: any free address
    QString port;              // optional: associate at once
    QString fixedIpAddress;    // with port: which of its addresses
    QString description;
};

struct SecurityGroupRule
{
    QString id;
    QString securityGroupId;
    QString direction = QStringLiteral("ingress"); // ingress | egress
    QString ethertype = QStringLiteral("IPv4");    // IPv4 | IPv6
    QString protocol;                              // empty: any; tcp, udp, icmp, icmpv6 or a number 0-255
    int portRangeMin = -1;                         // -1: any (for icmp: type)
    int portRangeMax = -1;                         // -1: any (for icmp: code)
    QString remoteIpPrefix;                        // CIDR, or empty
    QString remoteGroupId;                         // or empty
    QString description;
    QDateTime createdAt;
};

struct SecurityGroupRuleSpec
{
    QString group;     // name or id
    QString direction = QStringLiteral("ingress");
    QString ethertype = QStringLiteral("IPv4");
    QString protocol;  // "any" or empty: any
    std::optional<int> portRangeMin;
    std::optional<int> portRangeMax;
    QString remoteIpPrefix;
    QString remoteGroup; // name or id
    QString description;
};

struct SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QString projectName;
    QList<SecurityGroupRule> rules;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace sd
