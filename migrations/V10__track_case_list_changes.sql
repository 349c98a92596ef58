-- The case list keeps the pages it has found (CaseSearch, KeptCaseResults) and must know when one may be out of
-- date. Every transaction that changes a case or a case team adds one to this counter when it commits, in the same
-- transaction, so a reader never sees new data under an old number. Every instance on the database reads it, so a
-- change made through one instance retires the pages kept by all of them.
CREATE TABLE case_list_version (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO case_list_version (singleton, version) VALUES (TRUE, 0);

-- A deferred trigger runs at commit, so the counter's row is locked only while the transaction commits: two
-- transactions that change cases in different orders cannot deadlock on it. The transaction-local setting makes
-- it one increment per transaction, however many rows changed (a bulk load changes hundreds of thousands).
CREATE FUNCTION case_list_changed() RETURNS trigger AS $$
BEGIN
    IF current_setting('desk.case_list_changed', true) IS DISTINCT FROM 'yes' THEN
        UPDATE case_list_version SET version = version + 1;
        PERFORM set_config('desk.case_list_changed', 'yes', true);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Party names reach the list through case_file.search_text (V9), so case_file's trigger sees party changes too.
CREATE CONSTRAINT TRIGGER case_file_list_changed AFTER INSERT OR UPDATE OR DELETE ON case_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_list_changed();
CREATE CONSTRAINT TRIGGER case_team_member_list_changed AFTER INSERT OR UPDATE OR DELETE ON case_team_member
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_list_changed();

-- Constraint triggers cannot fire on TRUNCATE; a truncation is rare and may take the row lock at once.
CREATE FUNCTION case_list_truncated() RETURNS trigger AS $$
BEGIN
    UPDATE case_list_version SET version = version + 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_file_list_truncated AFTER TRUNCATE ON case_file
    FOR EACH STATEMENT EXECUTE FUNCTION case_list_truncated();
CREATE TRIGGER case_team_member_list_truncated AFTER TRUNCATE ON case_team_member
    FOR EACH STATEMENT EXECUTE FUNCTION case_list_truncated();
