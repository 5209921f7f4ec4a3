-- H2 only (db/vendor/h2, picked by spring.flyway.locations' {vendor}): H2 writes an identity column's counter to
-- disk each time its cache of values runs out, and each such write stores every page changed so far, those of
-- the open transaction too. With the default cache of 32, an import's batch of 200 files (five or six rows
-- each) stored the database some thirty extra times: a third of the importer's commit. A cache of 1,000 values
-- writes the counter once per batch or less. Ids are never reused: after a crash the counter resumes past the
-- values it had handed out (a gap), as before. PostgreSQL's own V60_1 changes nothing.
ALTER TABLE statement ALTER COLUMN id SET CACHE 1000;
ALTER TABLE source_file ALTER COLUMN id SET CACHE 1000;
ALTER TABLE import_file ALTER COLUMN id SET CACHE 1000;
ALTER TABLE appearance ALTER COLUMN id SET CACHE 1000;
ALTER TABLE quotation ALTER COLUMN id SET CACHE 1000;
ALTER TABLE official ALTER COLUMN id SET CACHE 1000;
ALTER TABLE official_alias ALTER COLUMN id SET CACHE 1000;
ALTER TABLE official_office ALTER COLUMN id SET CACHE 1000;
