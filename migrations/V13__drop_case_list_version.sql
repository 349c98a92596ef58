-- The case list no longer keeps whole pages (issue: a list fast for every question), so nothing reads the list
-- version any more: its triggers, which made every case write update one shared row at commit, go with it.
DROP TRIGGER IF EXISTS case_file_list_changed ON case_file;
DROP TRIGGER IF EXISTS case_team_member_list_changed ON case_team_member;
DROP TRIGGER IF EXISTS case_file_list_truncated ON case_file;
DROP TRIGGER IF EXISTS case_team_member_list_truncated ON case_team_member;
DROP TRIGGER IF EXISTS app_user_list_changed ON app_user;
DROP TRIGGER IF EXISTS app_user_list_truncated ON app_user;
DROP FUNCTION IF EXISTS case_list_changed();
DROP FUNCTION IF EXISTS case_list_truncated();
DROP TABLE IF EXISTS case_list_version;
