-- An officer's case list, and any list filtered by a team member, starts from the user's team rows. Until now each
-- of those rows pointed at its case, and every question read each of the user's cases by its key (about 6 ms for
-- 1,000 cases) before it could filter, count and sort them. Each team row now carries the case's list columns, kept
-- in step by triggers, and one index over the user's rows includes them: a question without words is answered from
-- that index alone, and only the page's 25 cases are read (docs/performance.md, "Case list").

ALTER TABLE case_team_member
    ADD COLUMN reference  VARCHAR(20),
    ADD COLUMN title_key  TEXT,
    ADD COLUMN case_type  VARCHAR(30),
    ADD COLUMN status     VARCHAR(20),
    ADD COLUMN opened_on  DATE,
    ADD COLUMN updated_at TIMESTAMPTZ;

-- A new team row (or one moved to another case) takes its case's columns.
CREATE FUNCTION case_team_member_list_columns() RETURNS trigger AS $$
BEGIN
    SELECT c.reference, c.title_key, c.case_type, c.status, c.opened_on, c.updated_at
      INTO NEW.reference, NEW.title_key, NEW.case_type, NEW.status, NEW.opened_on, NEW.updated_at
      FROM case_file c WHERE c.id = NEW.case_id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_team_member_list_columns BEFORE INSERT OR UPDATE OF case_id ON case_team_member
    FOR EACH ROW EXECUTE FUNCTION case_team_member_list_columns();

-- A case whose list columns change passes them to its team rows (a handful per case).
CREATE FUNCTION case_file_team_list_columns() RETURNS trigger AS $$
BEGIN
    UPDATE case_team_member m
       SET reference = NEW.reference, title_key = NEW.title_key, case_type = NEW.case_type, status = NEW.status,
           opened_on = NEW.opened_on, updated_at = NEW.updated_at
     WHERE m.case_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_file_team_list_columns AFTER UPDATE ON case_file
    FOR EACH ROW WHEN ((OLD.reference, OLD.title_key, OLD.case_type, OLD.status, OLD.opened_on, OLD.updated_at)
        IS DISTINCT FROM (NEW.reference, NEW.title_key, NEW.case_type, NEW.status, NEW.opened_on, NEW.updated_at))
    EXECUTE FUNCTION case_file_team_list_columns();

UPDATE case_team_member m
   SET reference = c.reference, title_key = c.title_key, case_type = c.case_type, status = c.status,
       opened_on = c.opened_on, updated_at = c.updated_at
  FROM case_file c WHERE c.id = m.case_id;

ALTER TABLE case_team_member
    ALTER COLUMN reference SET NOT NULL,
    ALTER COLUMN title_key SET NOT NULL,
    ALTER COLUMN case_type SET NOT NULL,
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN opened_on SET NOT NULL,
    ALTER COLUMN updated_at SET NOT NULL;

-- Same key as the index it replaces, so the visibility condition of questions with words still starts from it.
DROP INDEX case_team_member_user_idx;
CREATE INDEX case_team_member_list_idx ON case_team_member (user_id, case_id)
    INCLUDE (reference, title_key, case_type, status, opened_on, updated_at);
