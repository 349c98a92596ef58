-- The audit trail only grows: no event can be changed or removed through the application's connection.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$ LANGUAGE plpgsql;

-- Cases are never deleted, so the case reference of an event never needs to be cleared: refuse that too.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_case_id_fkey;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_case_id_fkey FOREIGN KEY (case_id) REFERENCES case_file (id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
