-- Grain state rows are rewritten on every change (a payment, a bill). Leaving a third of each page free lets
-- PostgreSQL update them in place (HOT updates: no index entries to add), and lz4 compresses large ledgers cheaply.
ALTER TABLE orleans_grain_state SET (fillfactor = 70);
ALTER TABLE orleans_grain_state ALTER COLUMN payload SET COMPRESSION lz4;
