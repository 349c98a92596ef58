-- The case list page also keeps the users its officer filter offers (KeptCaseList), under the same version as its
-- pages. A user added, removed, renamed, (de)activated moves the version on; other changes to a user (a password,
-- a role, the row version) do not touch what the list shows, so they leave it alone.
CREATE CONSTRAINT TRIGGER app_user_list_changed AFTER INSERT OR DELETE OR UPDATE OF username, full_name, active
    ON app_user DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION case_list_changed();

CREATE TRIGGER app_user_list_truncated AFTER TRUNCATE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION case_list_truncated();
