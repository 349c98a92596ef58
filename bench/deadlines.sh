#!/usr/bin/env bash
# Measures the deadlines page as officers use it: the demo officer on 1,000 of 100,000 seeded cases (bench/seed.sql,
# a key date each), each request a new question drawn at random (no filter, one of the officer's cases, one kind, or
# both), one connection, after WARMUP requests; and the personal calendar feed of the same 1,000 deadlines.
# Each page request is followed by one for the bare-stack reference page (benchmark build), measured in the same run.
# Prints the median, 90th percentile and maximum of each. Starts the packaged application on its own schema, seeded
# once (a few minutes; SEED=keep reuses it). Loopback only; it stops the application when done.
#
#   bench/deadlines.sh            # defaults: PORT=8093 WARMUP=200 RUNS=500 SEED=fresh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8093}
WARMUP=${WARMUP:-200}
RUNS=${RUNS:-500}
SEED=${SEED:-fresh}
SCHEMA=desk_deadlines
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
. bench/lib.sh

ensure_bench_build
if [ "$SEED" = fresh ]; then
  reset_schema "$SCHEMA"
  start_app "$PORT" "$SCHEMA" "$WORK/first.log"
  wait_ready "$PORT" || { echo "application did not start"; tail -20 "$WORK/first.log"; exit 1; }
  kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
  echo "seeding 100,000 cases (takes a few minutes)..."
  bench/seed.sh "$SCHEMA" 100000 10000 20 10
fi
start_ready "$PORT"
sign_in "$PORT" "$WORK/cookies" officer officer

CASES=$(psql -h 127.0.0.1 -U postgres -d postgres -Atc \
  "select m.case_id from $SCHEMA.case_team_member m join $SCHEMA.app_user u on u.id = m.user_id where u.username = 'officer'" \
  | tr '\n' ' ')
python3 - "$WARMUP" "$RUNS" $CASES >"$WORK/plan" <<'PY'
import random, sys
warmup, runs, cases = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
rng = random.Random(1)
kinds = ["", "STATUTORY_DEADLINE", "INTERNAL_DEADLINE", "MILESTONE"]
for _ in range(warmup + runs):
    case = rng.choice([""] + cases) if rng.random() < 0.5 else ""
    print("/deadlines?case=%s&kind=%s" % (case, rng.choice(kinds)))
PY
echo "officer's cases: $(wc -w <<<"$CASES")"

token=$(csrf_token "$PORT" "$WORK/cookies" /deadlines)
curl -fs -b "$WORK/cookies" -c "$WORK/cookies" -D "$WORK/made" -o /dev/null --data-urlencode "csrf-token=$token" \
  "$BASE/deadlines/calendar"
location=$(sed -n 's/^[Ll]ocation: \([^#\r]*\).*/\1/p' "$WORK/made")
feed=$(curl -fs -b "$WORK/cookies" "$BASE${location#http://127.0.0.1:$PORT}" | grep -o '/calendar/[A-Za-z0-9_-]*\.ics' | head -1)

n=0
while read -r path; do
  n=$((n + 1))
  t=$(curl -fs -b "$WORK/cookies" -o /dev/null -w '%{time_total}' "$BASE$path")
  r=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/bench/reference")
  [ "$n" -gt "$WARMUP" ] && echo "page $t" && echo "reference $r"
done <"$WORK/plan" >"$WORK/times"
for n in $(seq 1 $((WARMUP / 4 + RUNS / 4))); do
  t=$(curl -fs -o /dev/null -w '%{time_total}' "$BASE$feed")
  [ "$n" -gt $((WARMUP / 4)) ] && echo "feed $t"
done >>"$WORK/times"

python3 - "$WORK/times" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    kind, t = line.split()
    rows.setdefault(kind, []).append(float(t) * 1000)
print("| request | runs | median ms | p90 ms | max ms |")
print("| --- | --- | --- | --- | --- |")
names = {"page": "deadlines page, a new question each request (1,000 cases)", "feed": "calendar feed (1,000 deadlines)",
         "reference": "reference page (1 query, 1 render), after each page"}
for kind, values in rows.items():
    values.sort()
    p90 = values[min(len(values) - 1, int(0.9 * len(values)))]
    print("| %s | %d | %.1f | %.1f | %.1f |" % (names[kind], len(values), statistics.median(values), p90, values[-1]))
PY
