-- A reviewer's comment on a report version, anchored to a paragraph number of that version. A version's comments
-- stay with it (the author reads them on the returned version); the same comment sent twice is kept once.
CREATE TABLE report_comment (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    report_version  INTEGER NOT NULL,
    paragraph       INTEGER NOT NULL CHECK (paragraph > 0),
    text            VARCHAR(2000) NOT NULL,
    author          VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX report_comment_once ON report_comment (case_id, report_version, paragraph, author, md5(text));
CREATE INDEX report_comment_version ON report_comment (case_id, report_version);
