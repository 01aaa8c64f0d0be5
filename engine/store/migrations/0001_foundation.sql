-- Schema 1: hosts, the facts last seen on them, the beginnings of identity, and the action log.

CREATE TABLE hosts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    uri TEXT NOT NULL UNIQUE,
    availability_zone TEXT NOT NULL DEFAULT 'nova',
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT NOT NULL DEFAULT '',
    cpu_allocation_ratio REAL NOT NULL DEFAULT 16.0,
    ram_allocation_ratio REAL NOT NULL DEFAULT 1.5,
    disk_allocation_ratio REAL NOT NULL DEFAULT 1.0,
    reserved_host_memory_mb INTEGER NOT NULL DEFAULT 512,
    reserved_host_disk_mb INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- What a host showed the last time it answered: lists stay useful while a host is down.
CREATE TABLE host_facts (
    host_id TEXT PRIMARY KEY REFERENCES hosts(id) ON DELETE CASCADE,
    hostname TEXT NOT NULL DEFAULT '',
    hypervisor_type TEXT NOT NULL DEFAULT '',
    hypervisor_version INTEGER NOT NULL DEFAULT 0,
    libvirt_version INTEGER NOT NULL DEFAULT 0,
    cpu_model TEXT NOT NULL DEFAULT '',
    vcpus INTEGER NOT NULL DEFAULT 0,
    memory_mb INTEGER NOT NULL DEFAULT 0,
    disk_gb INTEGER NOT NULL DEFAULT 0,
    capabilities TEXT NOT NULL DEFAULT '',
    last_seen_at TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    default_project_id TEXT REFERENCES projects(id) ON DELETE SET NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE role_assignments (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, project_id, role_id)
);

CREATE TABLE action_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    project_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    target_kind TEXT NOT NULL DEFAULT '',
    target_id TEXT NOT NULL DEFAULT '',
    target_name TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_log_target ON action_log(target_kind, target_id);
