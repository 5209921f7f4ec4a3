-- The statement's first day, kept on each quotation as it is on each appearance (V1): an official's latest
-- quotations are read newest first from an index, without joining and sorting every quotation of theirs with its
-- statement (a minute for an official quoted in hundreds of thousands of statements).
ALTER TABLE quotation ADD COLUMN date_start DATE;
UPDATE quotation SET date_start = (SELECT s.date_start FROM statement s WHERE s.id = quotation.statement_id);
CREATE INDEX ix_quotation_official_date ON quotation (official_id, date_start DESC, statement_id DESC, position);
