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

# The case list's statements (CaseSearch), one per kind of question, each at page 8.
COLS="id, reference, title, case_type, status, opened_on, updated_at, title_key"
PARTIES=" left join lateral (select array_agg(p.name order by p.position, p.id) as party_names, array_agg(p.role order by p.position, p.id) as party_roles from case_party p where p.case_id = page.id) parties on true"
explain case_file_list_filters_idx "Case list, filters alone (an administrator): the count, up to 1,001, from the index on both filters." \
  "select count(*) from (select 1 from case_file c where true and c.status = 'CLOSED' and c.case_type = 'MERGER' limit 1001) capped"
explain case_file_list_title_idx "Case list, filters alone: the page, its ids walked in order from the sort column's index with the filters included, then its 25 rows and their parties." \
  "select page.*, parties.party_names, parties.party_roles from (select $COLS from case_file join (select id from case_file c where true and c.status = 'CLOSED' and c.case_type = 'MERGER' order by title_key desc, id desc limit 25 offset 175) keys using (id)) page$PARTIES order by title_key desc, id desc"
explain case_file_list_updated_idx "Case list, no text, no filter, recently changed first (also the start page's own cases)." \
  "select page.*, parties.party_names, parties.party_roles from (select $COLS from case_file join (select id from case_file c where true order by updated_at desc, id desc limit 25 offset 175) keys using (id)) page$PARTIES order by updated_at desc, id desc"
explain search_word_pkey "Case list, words: the known words the last one begins (at most 17), so it is searched as whole words." \
  "select word from search_word where word like lower('Cloud') || '%' collate \"C\" limit 17"
explain case_file_words_idx "Case list, a word, a status and a type (an administrator): the three intersected in the full-text index, the matches read once, counted, sorted for the page." \
  "with matches as materialized (select $COLS from case_file c where true and c.search_words @@ to_tsquery('simple', '(''cloud'')') and c.status = 'OPEN' and c.case_type = 'MERGER' limit 1001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select * from matches order by opened_on desc, id desc limit 25 offset 175) page on true$PARTIES order by opened_on desc, id desc"
explain case_file_words_idx "Case list, a party's name (a phrase; the last word, with more than 16 completions, a prefix)." \
  "with matches as materialized (select $COLS from case_file c where true and c.search_words @@ to_tsquery('simple', 'undertaking <-> 123:*') limit 1001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select * from matches order by reference asc, id asc limit 25 offset 175) page on true$PARTIES order by reference asc, id asc"
explain case_file_words_idx "Case list, a broad word and a status (1,001 to 5,000 matches): read once, up to 5,001, counted and sorted for the page in the counted statement." \
  "with matches as materialized (select $COLS from case_file c where true and c.search_words @@ to_tsquery('simple', '(''cloud'')') and c.status = 'OPEN' limit 5001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select * from matches order by updated_at desc, id desc limit 25 offset 175) page on true$PARTIES order by updated_at desc, id desc"
explain case_file_list_updated_idx "Case list, a broad word alone, not by title: the planner walks the sort column's index and tests the words on each row." \
  "select page.*, parties.party_names, parties.party_roles from (select $COLS from case_file c where true and c.search_words @@ to_tsquery('simple', '(''cloud'')') order by updated_at desc, id desc limit 25 offset 175) page$PARTIES order by updated_at desc, id desc"
explain case_file_reference_prefix_idx "Case list, a reference prefix." \
  "with matches as materialized (select $COLS from case_file c where true and c.reference like 'SD.0050%' limit 1001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select * from matches order by updated_at desc, id desc limit 25 offset 175) page on true$PARTIES order by updated_at desc, id desc"
explain case_team_member_list_idx "Case list as an officer, no words (a status, page 8 by title): the officer's team rows filtered, counted and sorted within their index, then the page's 25 cases read by their keys." \
  "with matches as materialized (select m.case_id as id, m.reference, m.title_key, m.case_type, m.status, m.opened_on, m.updated_at from case_team_member m where m.user_id = $OFFICER and m.status = 'OPEN' limit 1001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select $COLS from case_file join (select id from matches order by title_key asc, id asc limit 25 offset 175) keys using (id)) page on true$PARTIES order by title_key asc, id asc"
explain case_team_member_list_idx "Case list as an officer, a reference prefix: the same, the prefix tested on the team rows." \
  "with matches as materialized (select m.case_id as id, m.reference, m.title_key, m.case_type, m.status, m.opened_on, m.updated_at from case_team_member m where m.user_id = $OFFICER and m.reference like 'SD.00%' limit 1001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select $COLS from case_file join (select id from matches order by updated_at desc, id desc limit 25 offset 0) keys using (id)) page on true$PARTIES order by updated_at desc, id desc"
explain case_file_words_idx "Case list as an officer, a word: the word and the officer's membership of the team (the visibility condition) intersected in the full-text index." \
  "with matches as materialized (select $COLS from case_file c where c.team_user_ids @> array[cast($OFFICER as bigint)] and c.search_words @@ to_tsquery('simple', '(''cloud'')') limit 1001) select page.*, parties.party_names, parties.party_roles, total.matched from (select count(*) as matched from matches) total left join lateral (select * from matches order by title_key asc, id asc limit 25 offset 175) page on true$PARTIES order by title_key asc, id asc"
explain case_file_reference_uq "A case by its reference (duplicate check on create and import, API search by reference)." \
  "select id from case_file where reference = 'SD.0050000'"
explain case_party_case_idx "Parties of a case, in their order: a case page, and each row of a list page (in the list's statement)." \
  "select name, role from case_party where case_id = $CASE order by position, id"
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
