-- Orleans grain state (Microsoft.Orleans.Persistence.AdoNet) on PostgreSQL.
--
-- Contract: a grain is identified by ServiceId, GrainTypeString and its key as
-- (GrainIdN0, GrainIdN1, GrainIdExtensionString); the hashes the provider also sends are not
-- needed for identity here. Version is the ETag: a write names the version it read (null for
-- none) and gets the next one back as NewGrainStateVersion, or no row when someone else wrote
-- in between (the provider then raises InconsistentStateException). The payload is the
-- serializer's bytes: this project writes UTF-8 JSON.

CREATE TABLE orleans_grain_state (
    service_id   varchar(150) NOT NULL,
    grain_type   varchar(512) NOT NULL,
    grain_n0     bigint       NOT NULL,
    grain_n1     bigint       NOT NULL,
    grain_key    varchar(512) NOT NULL DEFAULT '',
    payload      bytea,
    version      integer      NOT NULL,
    modified_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, grain_n0, grain_n1, grain_key)
);

COMMENT ON COLUMN orleans_grain_state.payload IS 'Grain state as UTF-8 JSON; read it with convert_from(payload, ''UTF8'')::jsonb';

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $q$
SELECT payload AS "PayloadBinary", version AS "Version"
  FROM orleans_grain_state
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
   AND grain_key = coalesce(@GrainIdExtensionString, '');
$q$),
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleans_grain_state
       SET payload = @PayloadBinary, version = version + 1, modified_at = now()
     WHERE @GrainStateVersion IS NOT NULL
       AND service_id = @ServiceId AND grain_type = @GrainTypeString
       AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
       AND grain_key = coalesce(@GrainIdExtensionString, '')
       AND version = @GrainStateVersion
    RETURNING version),
inserted AS (
    INSERT INTO orleans_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''), @PayloadBinary, 1
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted;
$q$),
('ClearStorageKey', $q$
UPDATE orleans_grain_state
   SET payload = NULL, version = version + 1, modified_at = now()
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
   AND grain_key = coalesce(@GrainIdExtensionString, '')
   AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion";
$q$),
('DeleteStorageKey', $q$
DELETE FROM orleans_grain_state
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
   AND grain_key = coalesce(@GrainIdExtensionString, '')
   AND version = @GrainStateVersion
RETURNING version + 1 AS "NewGrainStateVersion";
$q$);
