-- Four eyes on every report: a second team member (a lead or a reviewer) approves a snapshot before it is final.
ALTER TABLE case_team_member DROP CONSTRAINT case_team_member_team_role_check;
ALTER TABLE case_team_member ADD CONSTRAINT case_team_member_team_role_check
    CHECK (team_role IN ('LEAD', 'OFFICER', 'REVIEWER', 'READER'));

-- A new export may replace a returned one; the link is written with the snapshot and, like it, never changes.
ALTER TABLE report_snapshot ADD COLUMN supersedes_id BIGINT REFERENCES report_snapshot (id);

-- The review of a snapshot. The snapshot's bytes carry the draft marking; on approval the same content is rendered
-- once more without it (final_content), so the approved file is the one that goes into the legal file.
CREATE TABLE report_review (
    snapshot_id     BIGINT PRIMARY KEY REFERENCES report_snapshot (id) ON DELETE CASCADE,
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETURNED')),
    content_json    BYTEA,
    requested_by    VARCHAR(64),
    requested_at    TIMESTAMPTZ,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    comment         VARCHAR(2000),
    final_content   BYTEA,
    final_sha256    VARCHAR(64),
    released_by     VARCHAR(64),
    released_at     TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0,
    CHECK (status <> 'APPROVED' OR final_content IS NOT NULL),
    CHECK (released_at IS NULL OR status = 'APPROVED')
);

-- Snapshots exported before reviews existed start as drafts; without their content they can be exported again.
INSERT INTO report_review (snapshot_id, status) SELECT id, 'DRAFT' FROM report_snapshot;
