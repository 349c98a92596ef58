#!/usr/bin/env bash
# Load at an authority's scale: 100,000 cases, 1,000,000 audit events, 2,000 markets of 50 firms (bench/seed.sql),
# the packaged application with a 256 MB heap, driven with wrk over loopback at 32 connections.
# Prints one table: requests per second and latency percentiles for the bare-stack reference page
# (bench/reference), the case list (search + filter + sort, 25 a page), a case page and a market page, then the
# concentration API with 10,000 firms at one connection; then start-up time and resident memory. The reference
# page, the case list and the market page run as an administrator (every case visible); the case list runs again,
# and the case page runs, as an officer on 1,000 of the cases. The case list then runs with a new random question
# per request (bench/questions.lua), as the officer and as an administrator, and at one connection per kind of
# question (full party name, party, word, reference, no text), and a case write (a note added) is timed under that load. The first
# case list runs rotate over a fixed set of questions; the case list keeps no pages, so each request is searched.
#
# The figures are for a warm server: every endpoint is first driven for JIT_WARMUP (the JIT compiler needs about a
# minute of traffic on two cores before the hot paths are compiled), then each is measured after WARMUP more.
#
#   bench/load.sh              # defaults: PORT=8095 DURATION=20s WARMUP=10s JIT_WARMUP=20s CONNECTIONS=32 HEAP=256m
#   SEED=keep bench/load.sh    # reuse the seeded schema of an earlier run
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8095}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
JIT_WARMUP=${JIT_WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-32}
HEAP=${HEAP:-256m}
SEED=${SEED:-fresh}
SCHEMA=desk_load
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
need_wrk

ensure_bench_build

seed_unless_kept "$PORT"
echo "rows: $(seed_query "select (select count(*) from case_file) || ' cases, ' || (select count(*) from audit_event) || ' audit events, ' || (select count(*) from market) || ' markets, ' || (select count(*) from share_row) || ' share rows'")"

# Start-up: one training start writes the class-data-sharing archive of a full start (as the README's launch
# command does once per installation), then three starts on the seeded database, each timed from launch to
# readiness UP.
train_archive "$PORT" "$SCHEMA" "$WORK/train.log" || { echo "training start failed"; tail -20 "$WORK/train.log"; exit 1; }
echo "class-data-sharing archive: ${CDS_OPTION#*=}"
STARTS=()
for _ in 1 2 3; do
  T0=$(date +%s%N)
  start_app "$PORT" "$SCHEMA" "$WORK/app.log" "-Xmx$HEAP"
  wait_ready "$PORT" || { echo "application did not start"; tail -20 "$WORK/app.log"; exit 1; }
  STARTS+=($(( ($(date +%s%N) - T0) / 1000000 )))
  RSS_READY=$(awk '/VmRSS/ {print $2}' "/proc/$LAST_PID/status")
  if [ ${#STARTS[@]} -lt 3 ]; then kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true; fi
done
APP_PID=$LAST_PID

sign_in "$PORT" "$WORK/jar" officer officer
OFFICER_SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")
sign_in "$PORT" "$WORK/admin.jar" seed-admin officer
ADMIN_SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/admin.jar")
export SESSION=$OFFICER_SESSION

CASES=$(case_paths)
MARKETS=$(market_paths)
LISTS=$(list_paths)

python3 - "$WORK/body.json" <<'PY'
import json, sys
firms = [{"firm": f"Firm {i}", "share": 0.009} for i in range(10000)]
json.dump({"shares": firms, "merger": ["Firm 1", "Firm 2"]}, open(sys.argv[1], "w"))
PY
curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/body.json" "$BASE/api/v1/concentration" | grep -q 200 \
  || { echo "the concentration API refused the 10,000-firm body"; exit 1; }

# run_questions NAME CONNECTIONS [KIND]: the case list with a new random question per request (bench/questions.lua).
run_questions() {
  local name=$1 connections=$2 kind=${3:-}
  local threads=$(( connections < 2 ? 1 : 2 ))
  KIND="$kind" wrk -t"$threads" -c"$connections" -d"$WARMUP" -s bench/questions.lua "$BASE" >/dev/null
  local line
  line=$(KIND="$kind" wrk -t"$threads" -c"$connections" -d"$DURATION" -s bench/questions.lua "$BASE" | grep '^RESULT')
  set -- $line
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$connections" "$2" "$3" "$4" "$5" "$6" \
    "$7" "$8" "$9"
  echo "$name $2 $5 $8 $9" >>"$WORK/results"
  echo "$name $3" >>"$WORK/medians"
}

run() { # run NAME CONNECTIONS PATHS [BODY_FILE]
  local name=$1 connections=$2 paths=$3 body=${4:-}
  local threads=$(( connections < 2 ? 1 : 2 ))
  PATHS="$paths" BODY_FILE="$body" wrk -t"$threads" -c"$connections" -d"$WARMUP" -s bench/rotate.lua "$BASE" >/dev/null
  local line
  line=$(PATHS="$paths" BODY_FILE="$body" wrk -t"$threads" -c"$connections" -d"$DURATION" -s bench/rotate.lua "$BASE" \
    | grep '^RESULT')
  set -- $line
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$connections" "$2" "$3" "$4" "$5" "$6" \
    "$7" "$8" "$9"
  echo "$name $2 $5 $8 $9" >>"$WORK/results"
}

SESSION=$ADMIN_SESSION
for paths in "/bench/reference" "$LISTS" "$MARKETS"; do
  PATHS="$paths" wrk -t2 -c"$CONNECTIONS" -d"$JIT_WARMUP" -s bench/rotate.lua "$BASE" >/dev/null
done
SESSION=$OFFICER_SESSION
PATHS="$CASES" wrk -t2 -c"$CONNECTIONS" -d"$JIT_WARMUP" -s bench/rotate.lua "$BASE" >/dev/null
PATHS=/api/v1/concentration BODY_FILE="$WORK/body.json" wrk -t1 -c1 -d"$JIT_WARMUP" -s bench/rotate.lua "$BASE" >/dev/null

echo
echo "| endpoint | connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | non-2xx | socket errors |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
SESSION=$ADMIN_SESSION
run "reference page (1 query, 1 render)" "$CONNECTIONS" "/bench/reference"
run "case list (search, filter, sort)" "$CONNECTIONS" "$LISTS"
SESSION=$OFFICER_SESSION
run "case list as an officer (1,000 cases)" "$CONNECTIONS" "$LISTS"
run "case page" "$CONNECTIONS" "$CASES"
run_questions "case list as an officer, a new question each request" "$CONNECTIONS"
SESSION=$ADMIN_SESSION
run_questions "case list, a new question each request" "$CONNECTIONS"
for kind in fullname party word reference empty; do
  run_questions "case list, one user, $kind questions" 1 "$kind"
done
run "market page (50 firms)" "$CONNECTIONS" "$MARKETS"
run "POST /api/v1/concentration, 10,000 firms" 1 "/api/v1/concentration" "$WORK/body.json"

# A case write under the same load: the officer adds notes to their cases through the case page's form, one at a
# time, while the administrator's list takes new questions at full load. Last, so the notes it adds do not weigh on
# the case page's figures.
FORM_TOKEN=$(csrf_token "$PORT" "$WORK/jar" "${CASES%% *}")
FORM_COOKIE=$(awk '$6 == "desk-form-token" {print $7}' "$WORK/jar")
# The write path gets its own JIT warm-up first, like every endpoint above.
SESSION=$OFFICER_SESSION FORM_TOKEN=$FORM_TOKEN FORM_COOKIE=$FORM_COOKIE PATHS="$CASES" \
  wrk -t1 -c1 -d"$JIT_WARMUP" -s bench/notes.lua "$BASE" >/dev/null
SESSION=$ADMIN_SESSION wrk -t2 -c"$CONNECTIONS" -d"$(( ${WARMUP%s} + ${DURATION%s} + 2 ))s" -s bench/questions.lua \
  "$BASE" >/dev/null &
LIST_LOAD=$!
sleep "${WARMUP%s}"
line=$(SESSION=$OFFICER_SESSION FORM_TOKEN=$FORM_TOKEN FORM_COOKIE=$FORM_COOKIE PATHS="$CASES" \
  wrk -t1 -c1 -d"$DURATION" -s bench/notes.lua "$BASE" | grep '^RESULT')
wait "$LIST_LOAD"
set -- $line
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "note added, under the list load" 1 "$2" "$3" "$4" "$5" \
  "$6" "$7" "$8" "$9"
echo "note added, under the list load $2 $5 $8 $9" >>"$WORK/results"
RSS_LOADED=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)
ERRORS=$(grep -c ' ERROR ' "$WORK/app.log" || true)

echo
echo "start-up to readiness UP, -Xmx$HEAP, seeded database: ${STARTS[*]} ms"
echo "resident memory: $((RSS_READY / 1024)) MB when ready, $((RSS_LOADED / 1024)) MB after the load"
echo "OutOfMemoryError in the log: $OOM; ERROR lines in the log: $ERRORS"
if [ "$ERRORS" -gt 0 ]; then grep -h -A3 ' ERROR ' "$WORK/app.log" | cut -c1-300 | head -20; fi
MEDIANS="$WORK/medians" python3 - "$WORK/results" "$OOM" "${STARTS[@]}" <<'PY'
import os, sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split()
    rows[" ".join(parts[:-4])] = [float(x) for x in parts[-4:]]
oom = int(sys.argv[2])
starts = sorted(int(x) for x in sys.argv[3:])
checks = []
ref = rows["reference page (1 query, 1 render)"]
for name in ("case list (search, filter, sort)", "case list as an officer (1,000 cases)", "case page",
             "market page (50 firms)", "note added, under the list load"):
    rps, p99, non2xx, socket = rows[name]
    checks.append((f"{name}: p99 {p99:.1f} ms < 100 ms", p99 < 100))
    checks.append((f"{name}: no errors ({int(non2xx)} non-2xx, {int(socket)} socket)", non2xx == 0 and socket == 0))
medians = {}
for line in open(os.environ["MEDIANS"]):
    name, median = line.rsplit(" ", 1)
    medians[name] = float(median)
for kind in ("fullname", "party", "word", "reference", "empty"):
    name = f"case list, one user, {kind} questions"
    checks.append((f"{name}: median {medians[name]:.1f} ms < 5 ms", medians[name] < 5))
for name in ("case list, a new question each request", "case list as an officer, a new question each request"):
    rps, p99, non2xx, socket = rows[name]
    checks.append((f"{name}: p99 {p99:.1f} ms < 100 ms", p99 < 100))
    checks.append((f"{name}: no errors ({int(non2xx)} non-2xx, {int(socket)} socket)", non2xx == 0 and socket == 0))
for name in ("case list, a new question each request", "case list as an officer, a new question each request"):
    new = rows[name]
    checks.append((f"{name}: {new[0]:.0f} req/s >= half the reference's {ref[0]:.0f} req/s", new[0] >= ref[0] / 2))
lst = rows["case list (search, filter, sort)"]
checks.append((f"case list {lst[0]:.0f} req/s >= half the reference's {ref[0]:.0f} req/s", lst[0] >= ref[0] / 2))
api = rows["POST /api/v1/concentration, 10,000 firms"]
checks.append((f"concentration API, 10,000 firms: p99 {api[1]:.1f} ms < 50 ms", api[1] < 50))
checks.append((f"start-up median {starts[1]} ms < 5000 ms", starts[1] < 5000))
checks.append((f"no OutOfMemoryError with the small heap ({oom})", oom == 0))
for text, ok in checks:
    print(("ok    " if ok else "FAIL  ") + text)
print("RESULT:", "PASS" if all(ok for _, ok in checks) else "FAIL")
PY
