-- The standing's sealings ask, for each household of a chunk, whether it waits in the change feed. Without an index
-- each chunk hashed the whole feed: 4.4 s a chunk of 5,000 on a feed of seven million rows, and a month start's bill
-- run leaves a million (docs/benchmarks.md, 2026-12-04).
CREATE INDEX household_change_by_household ON journal.household_change (household_id);
