-- Sign-ins and administrative changes (issue 12). Entries are only ever added: a trigger refuses UPDATE, DELETE and
-- TRUNCATE for every database role (REVOKE would not bind the table owner, the role the application connects as).
CREATE TABLE audit_entry (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    subject        VARCHAR(200),
    details        TEXT,
    remote_address VARCHAR(100)
);

CREATE INDEX audit_entry_newest ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_by_action ON audit_entry (action, occurred_at DESC);
CREATE INDEX audit_entry_by_actor ON audit_entry (lower(actor), occurred_at DESC);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Audit entries are never changed or deleted (table %, %)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_entry_never_changed BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_entry_never_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
