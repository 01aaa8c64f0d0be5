-- Schema 6: key pairs (per user, as in Nova) and server groups (per project) with their members.

CREATE TABLE key_pairs (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- Nova's key pair type: 'ssh' (x509 is not offered).
    type TEXT NOT NULL DEFAULT 'ssh',
    -- The OpenSSH one-line public key ("ssh-ed25519 AAAA... comment"); the private key is never stored.
    public_key TEXT NOT NULL,
    -- SHA256:base64 of the key blob, as `ssh-keygen -l` prints it.
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
);

CREATE TABLE server_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL DEFAULT '',
    -- affinity | anti-affinity | soft-affinity | soft-anti-affinity
    policy TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX server_groups_project ON server_groups(project_id);

-- An instance belongs to at most one server group (Nova's rule); instance_id names instances(id), which
-- schema 7 creates, so the reference is kept by the services rather than by a foreign key.
CREATE TABLE server_group_members (
    group_id TEXT NOT NULL REFERENCES server_groups(id) ON DELETE CASCADE,
    instance_id TEXT NOT NULL UNIQUE,
    PRIMARY KEY (group_id, instance_id)
);
