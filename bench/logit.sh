#!/usr/bin/env bash
# The logit merger simulation at its size goal: POST /api/v1/merger-simulation/logit with a new random market of 100
# products each request (bench/logit.lua), one connection, after a JIT warm-up; prints requests/s and latency.
# Needs no seeded schema: it runs on the demo data of a fresh schema.
#
#   bench/logit.sh                    # defaults: PORT=8098 WARM=20s DURATION=20s HEAP=256m PRODUCTS=100
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8098}
WARM=${WARM:-20s}
DURATION=${DURATION:-20s}
HEAP=${HEAP:-256m}
export PRODUCTS=${PRODUCTS:-100}
SCHEMA=desk_logit
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
need_wrk
ensure_bench_build
reset_schema "$SCHEMA"
start_ready "$PORT" "-Xmx$HEAP"
sign_in "$PORT" "$WORK/jar" officer officer
export SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")
wrk -t1 -c1 -d"$WARM" -s bench/logit.lua "http://127.0.0.1:$PORT" >/dev/null
OUT=$(wrk -t1 -c1 -d"$DURATION" -s bench/logit.lua "http://127.0.0.1:$PORT")
set -- $(echo "$OUT" | grep '^RESULT')
echo "logit, $PRODUCTS products, a new market each request: $2 req/s; p50 $3 ms, p90 $4 ms, p99 $5 ms, max $6 ms;" \
  "$7 requests, $8 not 2xx, $9 socket errors, $(echo "$OUT" | awk '/^UNCONVERGED/ {print $2}') not converged"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
