#!/usr/bin/env bash
# Slow clients against a working officer: SLOW connections (default 200) announce a form body and send it a byte at a
# time (bench/java/SlowClients.java), half to the sign-in form and half to a signed-in form route, reopening when the
# server drops them, while a signed-in officer loads the case list, the demo case's page and a section form over
# USER_CONNECTIONS connections (wrk, bench/rotate.lua). Prints the officer's latencies, how the slow clients were
# answered, and whether the goal held: the officer's p99 under 500 ms and none of their requests failed.
#
#   bench/slow-clients.sh        # defaults: PORT=8096 SLOW=200 DURATION=30s WARMUP=10s USER_CONNECTIONS=4
# With SLOW_ONLY=1 it only runs the slow clients against an application already at BASE (bench/mixed-load.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8096}
SLOW=${SLOW:-200}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
USER_CONNECTIONS=${USER_CONNECTIONS:-4}
SCHEMA=${SCHEMA:-desk_slow}
BASE=${BASE:-http://127.0.0.1:$PORT}
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
need_wrk

# run_slow_clients SECONDS SIGNED_IN_PATH COOKIE: the slow clients in the foreground, their summary on stdout.
run_slow_clients() {
  java bench/java/SlowClients.java "$BASE" "$SLOW" "$1" "$2" "$3"
}

if [ "${SLOW_ONLY:-}" = 1 ]; then
  run_slow_clients "${SECONDS_TO_RUN:-60}" "$SLOW_PATH" "$SLOW_COOKIE"
  exit 0
fi

ensure_built
reset_schema "$SCHEMA"
start_ready "$PORT"

sign_in "$PORT" "$WORK/jar" officer officer
export SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")
FORM_COOKIE=$(awk '$6 == "desk-form-token" {print $7}' "$WORK/jar")
CASE=$(curl -fs -b "$WORK/jar" "$BASE/api/v1/cases?q=AT.90001" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
ASSESSMENT=$(curl -fs -b "$WORK/jar" "$BASE/cases/$CASE" | grep -o "/cases/$CASE/assessments/[0-9]*" | head -1)
SECTION=$(curl -fs -b "$WORK/jar" "$BASE$ASSESSMENT" | grep -o "$ASSESSMENT/sections/[a-z0-9-]*" | head -1)
PATHS="/cases /cases/$CASE $SECTION"
echo "officer's pages: $PATHS"

PATHS="$PATHS" wrk -t1 -c"$USER_CONNECTIONS" -d"$WARMUP" -s bench/rotate.lua "$BASE" >/dev/null
SECONDS_SLOW=$(( ${DURATION%s} + 10 ))
run_slow_clients "$SECONDS_SLOW" "/cases/$CASE/notes" "desk-session=$SESSION; desk-form-token=$FORM_COOKIE" \
  >"$WORK/slow.txt" &
SLOW_PID=$!
sleep 5
line=$(PATHS="$PATHS" wrk -t1 -c"$USER_CONNECTIONS" -d"$DURATION" -s bench/rotate.lua "$BASE" | grep '^RESULT')
wait "$SLOW_PID"
set -- $line
echo
echo "| while $SLOW slow clients dawdle | connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | non-2xx | socket errors |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '| case list, case page, section form | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$USER_CONNECTIONS" \
  "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$9"
echo
cat "$WORK/slow.txt"
ERRORS=$(grep -c ' ERROR ' "$WORK/app.log" || true)
echo "ERROR lines in the application log: $ERRORS"
python3 - "$5" "$8" "$9" <<'PY'
import sys
p99, non2xx, socket = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
checks = [(f"officer's p99 {p99:.1f} ms < 500 ms", p99 < 500),
          (f"none of the officer's requests failed ({non2xx} non-2xx, {socket} socket errors)", non2xx == 0 and socket == 0)]
for text, ok in checks:
    print(("PASS " if ok else "FAIL ") + text)
sys.exit(0 if all(ok for _, ok in checks) else 1)
PY
