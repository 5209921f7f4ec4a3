-- Each party of a statement keeps the statement's first day and precision beside its code, as appearance keeps the
-- day beside the official (V1): a list of one party is counted, its calendar counted by day and its pages read
-- newest or oldest first from the index of (code, day, precision, statement) alone and in its order. With the code
-- alone every statement had its parties probed: the count and the calendar of a party took 9 s at 1,000,000
-- statements, and a page of a rare party read every statement.
-- The index of (code, statement) stays: it answers "has this statement this party" from the index alone, for a
-- party and a type, an official or words, and for a second party; through the primary key it read each row.
-- It is dropped while the columns are filled (one statement, on H2 and PostgreSQL alike) and made again after.
DROP INDEX ix_statement_party_code;
ALTER TABLE statement_party ADD COLUMN date_start DATE;
ALTER TABLE statement_party ADD COLUMN date_precision VARCHAR(10);
UPDATE statement_party SET (date_start, date_precision) =
    (SELECT s.date_start, s.date_precision FROM statement s WHERE s.id = statement_party.statement_id);
CREATE INDEX ix_statement_party_code ON statement_party (code, statement_id);
CREATE INDEX ix_statement_party_dates ON statement_party (code, date_start, date_precision, statement_id);
