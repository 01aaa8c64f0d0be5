-- Schema 8: what the instance actions beyond power need: shelved disks, rescue, resizes and migrations.

-- While shelved offloaded an instance has no host (host_id '') and claims nothing, but its disks stay
-- in the instances pool of the host they were made on; unshelving elsewhere copies them over.
ALTER TABLE instances ADD COLUMN disk_host_id TEXT NOT NULL DEFAULT '';
-- The image a rescue booted from; '' when the instance is not rescued.
ALTER TABLE instances ADD COLUMN rescue_image_id TEXT NOT NULL DEFAULT '';

-- Nova's migrations: one row per resize, cold migration or live migration. The row of a resize or cold
-- migration waiting for confirmation (status 'finished', the instance in VERIFY_RESIZE) holds what a
-- revert needs: the old flavor, the source host and the power state before.
CREATE TABLE instance_migrations (
    id TEXT PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    -- resize | migration | live-migration
    kind TEXT NOT NULL,
    -- pre-migrating | migrating | finished | confirmed | reverted | completed | error
    status TEXT NOT NULL,
    source_host_id TEXT NOT NULL,
    dest_host_id TEXT NOT NULL DEFAULT '',
    old_flavor_id TEXT NOT NULL,
    old_flavor_name TEXT NOT NULL,
    old_vcpus INTEGER NOT NULL,
    old_ram_mb INTEGER NOT NULL,
    old_disk_gb INTEGER NOT NULL,
    old_ephemeral_gb INTEGER NOT NULL DEFAULT 0,
    old_swap_mb INTEGER NOT NULL DEFAULT 0,
    new_flavor_id TEXT NOT NULL,
    new_flavor_name TEXT NOT NULL,
    new_vcpus INTEGER NOT NULL,
    new_ram_mb INTEGER NOT NULL,
    new_disk_gb INTEGER NOT NULL,
    new_ephemeral_gb INTEGER NOT NULL DEFAULT 0,
    new_swap_mb INTEGER NOT NULL DEFAULT 0,
    old_power_state INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX instance_migrations_instance ON instance_migrations(instance_id, created_at);
