-- The catalog of SQL texts that the Orleans ADO.NET providers execute.
-- Each provider reads `SELECT QueryKey, QueryText FROM OrleansQuery` at start-up and runs
-- the texts by key, binding its parameters as @Name. Unquoted identifiers fold to lower case
-- in PostgreSQL; Npgsql matches the provider's column names case-insensitively.
CREATE TABLE OrleansQuery (
    QueryKey  varchar(64) PRIMARY KEY,
    QueryText text        NOT NULL
);

COMMENT ON TABLE OrleansQuery IS 'Query texts of the Orleans ADO.NET providers (clustering, grain storage, reminders), keyed by the provider''s query key.';
