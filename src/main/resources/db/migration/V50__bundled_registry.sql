-- The registry shipped with Communique (extraction/officials.json) grows from release to release. Each
-- spelling of it is offered to the archive once: these rows say which were offered, and to whom. A newer
-- bundle adds only what is not here yet, so what an admin renamed, merged or took away is never brought back.
CREATE TABLE bundled_spelling (
    entry       VARCHAR(200) NOT NULL, -- the bundled official's name, as the bundle gives it
    spelling    VARCHAR(200) NOT NULL, -- one of its spellings (the name itself among them)
    official_id BIGINT REFERENCES official (id), -- who received it; NULL when several officials could have
    offered_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (entry, spelling)
);

-- the bundles already offered, by a digest of their entries: a node that starts with one of them does nothing
CREATE TABLE bundled_registry (
    digest     VARCHAR(64) PRIMARY KEY,
    entries    INT NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
