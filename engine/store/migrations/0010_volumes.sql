-- Schema 10: block storage (Cinder's part): volume types on libvirt storage pools, volumes with their one
-- attachment, snapshots, backups and transfers.

CREATE TABLE volume_types (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    -- libvirt's pool type: dir | logical | netfs | iscsi | rbd
    pool_type TEXT NOT NULL,
    -- JSON object of the pool XML's fields (path, source_host, ...)
    pool_options TEXT NOT NULL DEFAULT '{}',
    is_public INTEGER NOT NULL DEFAULT 1,
    -- JSON object of Cinder's extra specs
    extra_specs TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);

CREATE TABLE volume_type_access (
    type_id TEXT NOT NULL REFERENCES volume_types(id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    PRIMARY KEY (type_id, project_id)
);

CREATE TABLE volumes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL DEFAULT '',
    size_gb INTEGER NOT NULL,
    type_id TEXT NOT NULL REFERENCES volume_types(id),
    host_id TEXT NOT NULL DEFAULT '',
    availability_zone TEXT NOT NULL DEFAULT '',
    -- Cinder's status names: creating, available, in-use, ...
    status TEXT NOT NULL,
    bootable INTEGER NOT NULL DEFAULT 0,
    source_kind TEXT NOT NULL DEFAULT '',
    source_id TEXT NOT NULL DEFAULT '',
    image_id TEXT NOT NULL DEFAULT '',
    metadata TEXT NOT NULL DEFAULT '{}',
    format TEXT NOT NULL,
    storage_name TEXT NOT NULL,
    -- The one attachment (no multiattach): instance_id names instances(id); the services keep it.
    instance_id TEXT NOT NULL DEFAULT '',
    device TEXT NOT NULL DEFAULT '',
    attached_at TEXT NOT NULL DEFAULT '',
    delete_on_termination INTEGER NOT NULL DEFAULT 0,
    boot_index_zero INTEGER NOT NULL DEFAULT 0,
    transfer_id TEXT NOT NULL DEFAULT '',
    fault TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX volumes_project ON volumes(project_id);
CREATE INDEX volumes_instance ON volumes(instance_id);

CREATE TABLE volume_snapshots (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    volume_id TEXT NOT NULL REFERENCES volumes(id),
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    size_gb INTEGER NOT NULL,
    status TEXT NOT NULL,
    host_id TEXT NOT NULL DEFAULT '',
    storage_name TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    fault TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX volume_snapshots_volume ON volume_snapshots(volume_id);

-- A backup outlives its volume: volume_id and volume_name are kept as they were.
CREATE TABLE volume_backups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    volume_id TEXT NOT NULL DEFAULT '',
    volume_name TEXT NOT NULL DEFAULT '',
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    size_gb INTEGER NOT NULL,
    stored_bytes INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL,
    status TEXT NOT NULL,
    type_id TEXT NOT NULL DEFAULT '',
    fault TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- The auth key is never stored: only a salted hash of it (crypto_pwhash_str would be overkill for a
-- 16-byte random key; sha256 over salt + key is enough against a copied database).
CREATE TABLE volume_transfers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    volume_id TEXT NOT NULL UNIQUE REFERENCES volumes(id) ON DELETE CASCADE,
    project_id TEXT NOT NULL,
    salt TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
