#!/usr/bin/env bash
# A team at work on an authority's volume: CONNECTIONS users (default 32) over a random mix of case-list questions
# (as typed: full party names of several words, short names, words, reference prefixes, none; as an administrator
# and as an officer), case pages, market pages, section saves, notes and report exports (bench/java/MixedLoad.java),
# on the 100,000-case seed (bench/seed.sql), with bench/slow-clients.sh's 200 slow connections alongside. Prints
# p50/p90/p99 per kind of request, every unexpected status, and the writes acknowledged but not found afterwards.
# Goals: no 5xx, no lost write, p99 under 100 ms for every kind of list question and for the case list as a whole.
#
#   bench/mixed-load.sh              # defaults: PORT=8095 DURATION=60 WARMUP=180 CONNECTIONS=32 HEAP=512m SLOW=200
#   SEED=keep bench/mixed-load.sh    # reuse the seeded schema of an earlier run (bench/load.sh seeds the same one)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8095}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-180}
CONNECTIONS=${CONNECTIONS:-32}
HEAP=${HEAP:-512m}
SLOW=${SLOW:-200}
SEED=${SEED:-fresh}
SCHEMA=desk_load
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

ensure_built
seed_unless_kept "$PORT"
# The writes of an earlier run go, so every run starts from the same state (a case page shows its notes, and a run
# adds thousands of them).
seed_query "delete from case_note where body like 'Mixed load note %'; delete from assessment where title like 'Mixed load %';
  delete from report_snapshot where created_by = 'officer' and case_id = (select id from case_file where reference = 'AT.90001')" >/dev/null
# Each note or save updates its case's row and the team rows copying it: vacuum what a run writes, as autovacuum keeps
# a running installation (it may be off on a benchmark machine's PostgreSQL: SHOW autovacuum).
for table in case_note case_file case_team_member assessment assessment_answer report_snapshot report_review; do
  psql -h 127.0.0.1 -U postgres -d postgres -qc "VACUUM (ANALYZE) $SCHEMA.$table"
done
echo "rows: $(seed_query "select (select count(*) from case_file) || ' cases, ' || (select count(*) from audit_event) || ' audit events, ' || (select count(*) from market) || ' markets'")"

start_ready "$PORT" "-Xmx$HEAP"
sign_in "$PORT" "$WORK/jar" officer officer
sign_in "$PORT" "$WORK/admin.jar" seed-admin officer
OFFICER=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")
FORM_COOKIE=$(awk '$6 == "desk-form-token" {print $7}' "$WORK/jar")
ADMIN=$(awk '$6 == "desk-session" {print $7}' "$WORK/admin.jar")
DEMO=$(seed_query "select id from case_file where reference = 'AT.90001'")
CSRF=$(csrf_token "$PORT" "$WORK/jar" "/cases/$DEMO")

# Eight assessments of the demo case to save sections of, so that saves meet each other now and then, not always.
SECTIONS=""
for i in 1 2 3 4 5 6 7 8; do
  NEW=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$WORK/jar" -c "$WORK/jar" --data-urlencode "csrf-token=$CSRF" \
    --data-urlencode "questionnaire=dma-designation" --data-urlencode "title=Mixed load $i" "$BASE/cases/$DEMO/assessments")
  SECTIONS="$SECTIONS ${NEW#$BASE}/sections/undertaking"
done

cat >"$WORK/setup" <<SETUP
admin=desk-session=$ADMIN
officer=desk-session=$OFFICER
formCookie=desk-form-token=$FORM_COOKIE
csrf=$CSRF
cases=$(case_paths) /cases/$DEMO
markets=$(market_paths)
sections=$SECTIONS
exportCase=$DEMO
schema=$SCHEMA
SETUP

# The slow clients run through the whole measurement, warm-up included.
BASE=$BASE SLOW=$SLOW SLOW_ONLY=1 SECONDS_TO_RUN=$(( WARMUP + DURATION + 5 )) SLOW_PATH="/cases/$DEMO/notes" \
  SLOW_COOKIE="desk-session=$OFFICER; desk-form-token=$FORM_COOKIE" bench/slow-clients.sh >"$WORK/slow.txt" &
SLOW_PID=$!
java bench/java/MixedLoad.java "$BASE" "$CONNECTIONS" "$WARMUP" "$DURATION" "$WORK/setup" | tee "$WORK/result"
wait "$SLOW_PID" || true
cat "$WORK/slow.txt"
ERRORS=$(grep -c ' ERROR ' "$WORK/app.log" || true)
echo "ERROR lines in the application log: $ERRORS"
RSS=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
echo "resident memory after the load: $((RSS / 1024)) MB (-Xmx$HEAP)"
python3 - "$WORK/result" <<'PY'
import sys
kinds, server_errors, lost = {}, None, None
for line in open(sys.argv[1]):
    if line.startswith("KIND\t"):
        _, name, p99 = line.rstrip("\n").split("\t")
        kinds[name] = float(p99)
    elif line.startswith("SERVER_ERRORS"):
        server_errors = int(line.split()[1])
    elif line.startswith("LOST"):
        lost = int(line.split()[1])
checks = [(f"no 5xx ({server_errors})", server_errors == 0), (f"no lost write ({lost})", lost == 0)]
for name, p99 in kinds.items():
    if name.startswith("case list"):
        checks.append((f"{name}: p99 {p99:.1f} ms < 100 ms", p99 < 100))
for text, ok in checks:
    print(("PASS " if ok else "FAIL ") + text)
sys.exit(0 if all(ok for _, ok in checks) else 1)
PY
