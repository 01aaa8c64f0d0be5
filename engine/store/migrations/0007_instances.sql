-- Schema 7: instances (Nova's servers), their metadata, the resources they claim on hosts, and faults.

CREATE TABLE instances (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    project_id TEXT NOT NULL REFERENCES projects(id),
    user_id TEXT NOT NULL DEFAULT '',
    -- '' until scheduled, and again while shelved offloaded.
    host_id TEXT NOT NULL DEFAULT '',
    availability_zone TEXT NOT NULL DEFAULT '',
    requested_zone TEXT NOT NULL DEFAULT '',
    requested_host TEXT NOT NULL DEFAULT '',
    -- A copy of the flavor: flavors may be deleted while instances use them (Nova's rule).
    flavor_id TEXT NOT NULL,
    flavor_name TEXT NOT NULL,
    vcpus INTEGER NOT NULL,
    ram_mb INTEGER NOT NULL,
    disk_gb INTEGER NOT NULL,
    ephemeral_gb INTEGER NOT NULL DEFAULT 0,
    swap_mb INTEGER NOT NULL DEFAULT 0,
    image_id TEXT NOT NULL DEFAULT '',
    image_name TEXT NOT NULL DEFAULT '',
    key_name TEXT NOT NULL DEFAULT '',
    -- Kept so a rebuild can write the seed again; at most 64 KiB (the API checks it).
    user_data TEXT NOT NULL DEFAULT '',
    server_group_id TEXT NOT NULL DEFAULT '',
    -- Nova's three states: vm_state (stable), task_state ('' when none), power_state (libvirt's view).
    vm_state TEXT NOT NULL,
    task_state TEXT NOT NULL DEFAULT '',
    power_state INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    locked_by TEXT NOT NULL DEFAULT '',
    -- The domain XML last defined for the instance: simulated hosts get it back at each connect.
    domain_xml TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    launched_at TEXT NOT NULL DEFAULT '',
    terminated_at TEXT NOT NULL DEFAULT '',
    -- Deleted instances stay, as in Nova, for usage and the action log; lists leave them out.
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX instances_project ON instances(project_id, deleted);
CREATE INDEX instances_host ON instances(host_id, deleted);

CREATE TABLE instance_metadata (
    instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (instance_id, key)
);

-- What an instance holds on a host. The scheduler subtracts these from a host's capacity; they are
-- taken in the same transaction as the instance row, so concurrent launches never overcommit a host.
CREATE TABLE instance_claims (
    instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    host_id TEXT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,
    vcpus INTEGER NOT NULL,
    ram_mb INTEGER NOT NULL,
    disk_gb INTEGER NOT NULL,
    PRIMARY KEY (instance_id, host_id)
);
CREATE INDEX instance_claims_host ON instance_claims(host_id);

-- The last fault of an instance (Nova's instance_faults, newest wins).
CREATE TABLE instance_faults (
    instance_id TEXT PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
    code INTEGER NOT NULL,
    message TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
