-- Access: the audit log of every mutation. Append-only: rows can be added and read, never changed or removed.
CREATE SCHEMA IF NOT EXISTS access;

CREATE TABLE access.audit_entry (
    sequence  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    username  text NOT NULL,
    role      text,
    operation text NOT NULL,
    target    text,
    result    text NOT NULL,
    group_id  text
);

CREATE INDEX audit_entry_by_group ON access.audit_entry (group_id, sequence DESC);

CREATE FUNCTION access.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access.audit_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON access.audit_entry
    FOR EACH ROW EXECUTE FUNCTION access.refuse_audit_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON access.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION access.refuse_audit_change();
