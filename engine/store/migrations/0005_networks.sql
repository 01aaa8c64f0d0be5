-- Schema 5: Neutron's model. Router gateways, router interfaces and floating IPs hold their addresses
-- through ports (device_owner network:router_gateway, network:router_interface, network:floatingip), as
-- in Neutron, so one IPAM table guards every address.

CREATE TABLE networks (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    admin_state_up INTEGER NOT NULL DEFAULT 1,
    shared INTEGER NOT NULL DEFAULT 0,
    external INTEGER NOT NULL DEFAULT 0,
    mtu INTEGER NOT NULL DEFAULT 1500,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX networks_project ON networks(project_id);

CREATE TABLE subnets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    ip_version INTEGER NOT NULL,
    cidr TEXT NOT NULL,
    gateway_ip TEXT NOT NULL DEFAULT '',
    enable_dhcp INTEGER NOT NULL DEFAULT 1,
    -- IPAM's cursor: the next address to try, so allocation does not rescan the pool from its start.
    next_ip_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX subnets_network ON subnets(network_id);

CREATE TABLE subnet_pools (
    subnet_id TEXT NOT NULL REFERENCES subnets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_ip TEXT NOT NULL,
    end_ip TEXT NOT NULL,
    PRIMARY KEY (subnet_id, position)
);

CREATE TABLE subnet_dns (
    subnet_id TEXT NOT NULL REFERENCES subnets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    address TEXT NOT NULL,
    PRIMARY KEY (subnet_id, position)
);

CREATE TABLE subnet_routes (
    subnet_id TEXT NOT NULL REFERENCES subnets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    destination TEXT NOT NULL,
    nexthop TEXT NOT NULL,
    PRIMARY KEY (subnet_id, position)
);

CREATE TABLE ports (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    network_id TEXT NOT NULL REFERENCES networks(id),
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    mac_address TEXT NOT NULL,
    device_owner TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    port_security INTEGER NOT NULL DEFAULT 1,
    admin_state_up INTEGER NOT NULL DEFAULT 1,
    host_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ports_network ON ports(network_id);
CREATE INDEX ports_device ON ports(device_id);
CREATE UNIQUE INDEX ports_mac ON ports(network_id, mac_address);

-- IPAM: one row per allocated address; the unique index is the last word on double allocation.
CREATE TABLE ip_allocations (
    subnet_id TEXT NOT NULL REFERENCES subnets(id),
    ip_key TEXT NOT NULL,
    ip_address TEXT NOT NULL,
    port_id TEXT NOT NULL REFERENCES ports(id) ON DELETE CASCADE,
    PRIMARY KEY (subnet_id, ip_key)
);
CREATE INDEX ip_allocations_port ON ip_allocations(port_id);

CREATE TABLE security_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX security_groups_project ON security_groups(project_id);

CREATE TABLE security_group_rules (
    id TEXT PRIMARY KEY,
    security_group_id TEXT NOT NULL REFERENCES security_groups(id) ON DELETE CASCADE,
    direction TEXT NOT NULL,
    ethertype TEXT NOT NULL,
    protocol TEXT NOT NULL DEFAULT '',
    port_range_min INTEGER NOT NULL DEFAULT -1,
    port_range_max INTEGER NOT NULL DEFAULT -1,
    remote_ip_prefix TEXT NOT NULL DEFAULT '',
    remote_group_id TEXT REFERENCES security_groups(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX security_group_rules_group ON security_group_rules(security_group_id);

CREATE TABLE port_security_groups (
    port_id TEXT NOT NULL REFERENCES ports(id) ON DELETE CASCADE,
    security_group_id TEXT NOT NULL REFERENCES security_groups(id),
    PRIMARY KEY (port_id, security_group_id)
);

CREATE TABLE routers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    admin_state_up INTEGER NOT NULL DEFAULT 1,
    external_network_id TEXT REFERENCES networks(id),
    enable_snat INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE floating_ips (
    id TEXT PRIMARY KEY,
    floating_network_id TEXT NOT NULL REFERENCES networks(id),
    -- The port on the external network that holds the address.
    floating_port_id TEXT NOT NULL REFERENCES ports(id),
    floating_ip_address TEXT NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    port_id TEXT REFERENCES ports(id) ON DELETE SET NULL,
    fixed_ip_address TEXT NOT NULL DEFAULT '',
    router_id TEXT REFERENCES routers(id),
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
