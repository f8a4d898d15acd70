-- Hash chain over the audit trail. Writers keep inserting audit_event rows in their own
-- transactions. A single chainer at a time (under a PostgreSQL advisory lock) later links
-- each committed event into audit_chain, in the order it reads them, so no business
-- transaction waits for the chain. The columns sequence, previous_hash and hash of
-- audit_event stay unused, because filling them would need UPDATE on audit rows.
CREATE TABLE audit_chain (
    sequence      bigint      PRIMARY KEY CHECK (sequence >= 1),
    event_id      uuid        NOT NULL UNIQUE REFERENCES audit_event (id),
    previous_hash bytea       NOT NULL CHECK (octet_length(previous_hash) = 32),
    hash          bytea       NOT NULL CHECK (octet_length(hash) = 32),
    chained_at    timestamptz NOT NULL
);

-- Rejects every UPDATE, DELETE and TRUNCATE, from any role, so that even the owner must
-- first disable the trigger, which needs ALTER TABLE rights and leaves a trace in the
-- server log when statement logging is on.
CREATE FUNCTION audit_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Table % is append-only, so % is rejected', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_chain FROM ${appRole};
