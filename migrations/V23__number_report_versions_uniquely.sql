-- A report version names one document of a case: two snapshots may no longer share a number. Exports made at the
-- same moment before this change could have been given the same number (it was a count plus one); each such later
-- snapshot takes the next free number of its case, in the order it was made, and the audit trail says so, because
-- its file still reads the number it was exported with.
CREATE TEMPORARY TABLE renumbered_report ON COMMIT DROP AS
SELECT s.id, s.case_id, s.report_version AS was,
       (SELECT max(m.report_version) FROM report_snapshot m WHERE m.case_id = s.case_id)
           + row_number() OVER (PARTITION BY s.case_id ORDER BY s.id) AS now_is
  FROM report_snapshot s
 WHERE EXISTS (SELECT 1 FROM report_snapshot e
                WHERE e.case_id = s.case_id AND e.report_version = s.report_version AND e.id < s.id);

ALTER TABLE report_snapshot DISABLE TRIGGER report_snapshot_no_update;
UPDATE report_snapshot s SET report_version = r.now_is FROM renumbered_report r WHERE r.id = s.id;
ALTER TABLE report_snapshot ENABLE TRIGGER report_snapshot_no_update;

INSERT INTO audit_event (occurred_at, actor, case_id, action, summary)
SELECT now(), 'system', r.case_id, 'REPORT_RENUMBERED',
       'Report ' || r.id || ' shared version ' || r.was || ' with an earlier export and is now version ' || r.now_is
       || '; its file still reads version ' || r.was
  FROM renumbered_report r;

ALTER TABLE report_snapshot ADD CONSTRAINT report_snapshot_case_version_key UNIQUE (case_id, report_version);
