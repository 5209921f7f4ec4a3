-- PostgreSQL: nothing to change. H2's V60_1 (db/vendor/h2) raises the cache of its identity counters, which H2
-- writes to disk each time the cache runs out; PostgreSQL's sequences cost no such write, and a cache there
-- would be per connection (ids out of insertion order). This file keeps the two histories at the same version.
SELECT 1;
