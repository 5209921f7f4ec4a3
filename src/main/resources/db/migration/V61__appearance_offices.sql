-- The offices an official's statements give them, each with its first and last day and how many statements give
-- it, read from this index alone: an official named in hundreds of thousands of statements has their page
-- without a read of each appearance's row or statement.
CREATE INDEX ix_appearance_official_role ON appearance (official_id, role, date_start);
