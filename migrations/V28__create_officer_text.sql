-- The officer's own reasoning, in paragraphs ("passages"), kept with the case under what it comments on: a
-- conclusion of an assessment, a market, or the report's introduction or closing. Each save adds a revision; the
-- highest is the text in force, the earlier ones its history. Two saves made from the same revision cannot both
-- land: the second is refused as a conflict by the unique key.
CREATE TABLE officer_text (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    anchor      VARCHAR(120) NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision > 0),
    passages    TEXT NOT NULL,
    saved_by    VARCHAR(255) NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT officer_text_revision_key UNIQUE (case_id, anchor, revision)
);

CREATE FUNCTION officer_text_is_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'officer_text keeps its revisions: save a new one instead';
END $$;
CREATE TRIGGER officer_text_no_update BEFORE UPDATE ON officer_text
    FOR EACH ROW EXECUTE FUNCTION officer_text_is_history();
