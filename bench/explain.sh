#!/usr/bin/env bash
# Shows, for each index of the schema, a query the application runs that uses it, with PostgreSQL's plan
# (EXPLAIN ANALYZE) on the seeded volume of bench/load.sh. Prints Markdown for docs/performance.md.
#   bench/explain.sh [SCHEMA]      # default desk_load, seeded by bench/load.sh or bench/seed.sh
set -euo pipefail
SCHEMA=${1:-desk_load}
q() { PGOPTIONS="-c search_path=$SCHEMA,public" psql -h 127.0.0.1 -U postgres -d postgres -At -c "$1"; }
OFFICER=$(q "select id from app_user where username = 'officer'")
CASE=$(q "select min(case_id) from market where name like 'Synthetic market %'")
MARKET=$(q "select min(id) from market where case_id = $CASE")
DATASET=$(q "select min(id) from share_dataset where market_id = $MARKET")
IDS=$(q "select string_agg(id::text, ',') from (select id from case_file order by updated_at desc, id desc limit 25) c")

explain() { # explain INDEX PURPOSE SQL
  echo "### \`$1\`"
  echo
  echo "$2"
  echo
  echo '```'
  echo "$3" | sed 's/^ *//'
  echo '--'
  psql -h 127.0.0.1 -U postgres -d postgres -At -c "SET search_path TO $SCHEMA, public; EXPLAIN (ANALYZE, COSTS OFF) $3" \
    | grep -v '^SET$'
  echo '```'
  echo
}

explain case_file_updated_idx "Case list, default order (recently changed first), page of 25, as an admin." \
  "select id, reference, title from case_file order by updated_at desc, id desc limit 25"
explain case_file_opened_idx "Case list sorted by opening date." \
  "select id, reference from case_file order by opened_on desc, id desc limit 25 offset 975"
explain case_file_status_idx "Case list filtered by status, by opening date." \
  "select id, reference from case_file where status = 'CLOSED' order by opened_on desc limit 25"
explain case_file_type_idx "Case list filtered by type, by opening date." \
  "select id, reference from case_file where case_type = 'MERGER' order by opened_on desc limit 25"
explain case_file_search_trgm "Case list text search: contains, in reference, title or a party's name, one trigram-indexed column kept by triggers (migration V9); the count stops at 1,001." \
  "select c.id from case_file c where c.search_text like '%browsers%' limit 1001"
explain case_team_member_user_idx "What an officer may see: the visibility condition of every list, here counting the officer's cases." \
  "select count(*) from case_file c where exists (select 1 from case_team_member m where m.case_id = c.id and m.user_id = $OFFICER)"
explain case_file_reference_uq "A case by its reference (duplicate check on create and import, API search by reference)." \
  "select id from case_file where reference = 'SD.0050000'"
explain case_party_case_idx "Parties of the 25 cases on a list page, in one query." \
  "select case_id, name from case_party where case_id in ($IDS) order by case_id, position"
explain case_key_date_case_idx "Key dates on a case page." \
  "select label, due_on from case_key_date where case_id = $CASE order by due_on"
explain audit_event_case_idx "A case's history and its audit trail page, newest first." \
  "select occurred_at, action from audit_event where case_id = $CASE order by occurred_at desc limit 50"
explain audit_event_time_idx "The admin audit trail, one date range, newest first." \
  "select occurred_at, action from audit_event where occurred_at >= '2010-01-01' and occurred_at < '2010-02-01' order by occurred_at desc limit 50"
explain market_case_idx "Markets on a case page, by name." \
  "select id, name from market where case_id = $CASE order by name"
explain share_dataset_market_idx "Datasets of a market, by period." \
  "select id, period from share_dataset where market_id = $MARKET order by period"
explain share_row_dataset_idx "Rows of a dataset on the market page, in their order." \
  "select firm, share from share_row where dataset_id = $DATASET order by position"
explain user_session_token_uq "Every signed-in request: the session behind the cookie (by the token's HMAC)." \
  "select id from user_session where token_hash = decode('00', 'hex')"
explain app_user_username_uq "Sign-in: the account by user name, case-insensitive." \
  "select id from app_user where lower(username) = lower('Officer')"
explain case_note_case_idx "Notes on a case page, oldest first." \
  "select body from case_note where case_id = $CASE order by created_at"
explain assessment_case_idx "Assessments on a case page." \
  "select id from assessment where case_id = $CASE order by created_at"
explain report_snapshot_case_idx "Exported reports on a case page." \
  "select id from report_snapshot where case_id = $CASE order by created_at desc"
explain case_document_case_idx "Documents of a case." \
  "select id from case_document where case_id = $CASE order by uploaded_at desc"
explain user_session_open_by_user_idx "Sign-out everywhere (password change, deactivation): a user's open sessions." \
  "select id from user_session where user_id = $OFFICER and ended_at is null"
explain login_attempt_user_idx "Sign-in throttle: recent failures for one account." \
  "select count(*) from login_attempt where lower(username) = 'officer' and attempted_at > now() - interval '15 minutes' and not succeeded"
explain login_attempt_address_idx "Sign-in throttle: recent failures from one client address." \
  "select count(*) from login_attempt where client_address = '198.51.100.1' and attempted_at > now() - interval '15 minutes' and not succeeded"
