-- The archive's version: one counter raised by every transaction that changes what a public page shows
-- (statements, their officials and quotations, sources, the registry, corrections). Pages carry it as their
-- ETag, and every instance on this database reads it from here, so that caches agree across instances.
CREATE TABLE archive_version (
    id         INT PRIMARY KEY,
    version    BIGINT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
INSERT INTO archive_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
