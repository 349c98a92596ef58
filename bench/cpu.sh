#!/usr/bin/env bash
# CPU per request, split between the application and PostgreSQL: drives one page (or the list with a new question
# each request) with wrk at 32 connections on the schema seeded by bench/load.sh, warms it for WARM, then reads the
# CPU time of the Java process and of every PostgreSQL process from /proc over 20 s and divides by the requests
# served. Shows what a kind of request costs wherever it is spent, which requests per second alone do not.
#
#   bench/cpu.sh questions [party|word|reference|empty]   # the list, a new question each request (any kind if unset)
#   bench/cpu.sh reference                                # the bare-stack reference page
#   defaults: PORT=8097 WARM=40s HEAP=256m; USER_NAME=officer for an officer's questions (default seed-admin)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGE=${1:?questions or reference}
QUESTION_KIND=${2:-}
PORT=${PORT:-8097}
WARM=${WARM:-40s}
HEAP=${HEAP:-256m}
SCHEMA=desk_load
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
need_wrk
ensure_bench_build

case "$PAGE" in
  questions) SCRIPT=bench/questions.lua; export PATHS=/cases ;;
  reference) SCRIPT=bench/rotate.lua; export PATHS=/bench/reference ;;
  *) echo "unknown page: $PAGE"; exit 1 ;;
esac

start_ready "$PORT" "-Xmx$HEAP"
sign_in "$PORT" "$WORK/jar" "${USER_NAME:-seed-admin}" officer
export SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")

# utime + stime of the given processes, in clock ticks
ticks() {
  local sum=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && sum=$(( sum + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$sum"
}
KIND="$QUESTION_KIND" wrk -t2 -c32 -d"$WARM" -s "$SCRIPT" "http://127.0.0.1:$PORT" >/dev/null
JAVA0=$(ticks "$APP_PID"); PG0=$(ticks $(pgrep postgres))
RESULT=$(KIND="$QUESTION_KIND" wrk -t2 -c32 -d20s -s "$SCRIPT" "http://127.0.0.1:$PORT" | grep '^RESULT')
JAVA1=$(ticks "$APP_PID"); PG1=$(ticks $(pgrep postgres))
set -- $RESULT
python3 - "$2" "$7" "$(( JAVA1 - JAVA0 ))" "$(( PG1 - PG0 ))" "$(getconf CLK_TCK)" "$PAGE${QUESTION_KIND:+ $QUESTION_KIND}" <<'PY'
import sys
rps, requests, java, pg, hz, name = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
ms = lambda t: 1000.0 * t / hz / requests
print(f"{name}: {rps:.0f} req/s; CPU per request: application {ms(java):.2f} ms, PostgreSQL {ms(pg):.2f} ms")
PY
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
