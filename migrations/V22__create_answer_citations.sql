-- Evidence that cites the case file: an answer can cite documents of its case, each with a pinpoint (page,
-- paragraph or annex). A cited document cannot be removed while an answer cites it (RESTRICT), so no citation is
-- ever left pointing at nothing.
CREATE TABLE assessment_answer_citation (
    answer_id   BIGINT       NOT NULL REFERENCES assessment_answer (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    document_id BIGINT       NOT NULL REFERENCES case_document (id) ON DELETE RESTRICT,
    pinpoint    VARCHAR(100),
    PRIMARY KEY (answer_id, position)
);
CREATE INDEX assessment_answer_citation_document_idx ON assessment_answer_citation (document_id);
