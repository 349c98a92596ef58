-- A report version is one content state of a case: its confidential and public editions and its PDF and DOCX files
-- are renditions of that one version, reviewed once. A rendition carries the fingerprint of the case content it was
-- rendered from (edition, author and date aside), so an export of unchanged content joins the version it belongs to;
-- each edition and format is rendered once per version. Renditions exported before this change keep their numbers
-- and have no fingerprint: the next export of any content starts a new version.
ALTER TABLE report_snapshot ADD COLUMN content_fingerprint VARCHAR(64);
ALTER TABLE report_snapshot DROP CONSTRAINT report_snapshot_case_version_key;
ALTER TABLE report_snapshot
    ADD CONSTRAINT report_snapshot_rendition_key UNIQUE (case_id, report_version, edition, format);
