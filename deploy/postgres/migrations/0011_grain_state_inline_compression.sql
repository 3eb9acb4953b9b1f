-- A building's state holds every household's totals (about 18 KB of JSON, 6 KB once compressed) and is rewritten up
-- to once a second. Past the default 2 KB target PostgreSQL moved it out of line into the TOAST table: every write
-- inserted and deleted a chain of TOAST chunks besides the row. With the target at its maximum such a row is kept in
-- the page, compressed, and rewritten as one tuple.
ALTER TABLE orleans_grain_state SET (toast_tuple_target = 8160);
