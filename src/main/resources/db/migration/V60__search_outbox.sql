-- Several nodes: Hibernate Search's outbox-polling coordination (used when archive.cluster.enabled=true).
-- A transaction that changes statements writes its index changes as events into hsearch_outbox_event, in the
-- same transaction as the data; each node's agent (a row of hsearch_agent, kept alive by its pulse) takes a
-- share of the events and applies them to the shared index. The tables Hibernate Search 8.2 maps, with the
-- names and types it expects (ddl-auto=validate checks them); a single node (H2, Lucene) leaves them empty.
-- Plain SQL that runs the same on H2 2.x and PostgreSQL 15+.

CREATE TABLE hsearch_outbox_event (
    id             UUID NOT NULL PRIMARY KEY,
    entity_name    VARCHAR(256) NOT NULL,
    entity_id      VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER NOT NULL,
    tenant_id      VARCHAR(255),
    payload        BYTEA NOT NULL,
    retries        INTEGER NOT NULL,
    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED'))
);
CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                   UUID NOT NULL PRIMARY KEY,
    type                 VARCHAR(255) NOT NULL
        CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 VARCHAR(255) NOT NULL,
    tenant_id            VARCHAR(255),
    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    payload              BYTEA
);
