-- Schema 4: images (Glance's catalogue), their tags, properties, member projects, and which hosts hold a
-- copy in their image cache pool.

CREATE TABLE images (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    disk_format TEXT NOT NULL DEFAULT '',
    container_format TEXT NOT NULL DEFAULT 'bare',
    size INTEGER NOT NULL DEFAULT 0,
    virtual_size INTEGER NOT NULL DEFAULT 0,
    checksum TEXT NOT NULL DEFAULT '',
    min_disk INTEGER NOT NULL DEFAULT 0,
    min_ram INTEGER NOT NULL DEFAULT 0,
    visibility TEXT NOT NULL,
    protected INTEGER NOT NULL DEFAULT 0,
    owner TEXT REFERENCES projects(id) ON DELETE SET NULL,
    -- The process that is uploading the data while status is saving: a row whose uploader died is removed.
    upload_pid INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX images_owner ON images(owner);
CREATE INDEX images_name ON images(name);

CREATE TABLE image_tags (
    image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (image_id, tag)
);

CREATE TABLE image_properties (
    image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (image_id, key)
);

CREATE TABLE image_members (
    image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (image_id, project_id)
);

CREATE TABLE host_image_cache (
    host_id TEXT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,
    image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    volume_path TEXT NOT NULL,
    cached_at TEXT NOT NULL,
    PRIMARY KEY (host_id, image_id)
);
