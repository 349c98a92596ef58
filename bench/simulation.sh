#!/usr/bin/env bash
# The merger simulation at its size goals, one connection after a JIT warm-up: each demand system with a new random
# market of PRODUCTS products every request (POST /api/v1/merger-simulation, bench/simulation.lua), then sensitivity
# runs of DRAWS draws of the 100-product logit (POST /api/v1/merger-simulation/sensitivity). Prints requests/s and
# latency per line. Needs no seeded schema: it runs on the demo data of a fresh schema.
#
#   bench/simulation.sh      # defaults: PORT=8097 WARM=15s DURATION=20s HEAP=256m PRODUCTS=100 DRAWS=1000
#                            # SYSTEMS="LOGIT CES AIDS PCAIDS LINEAR LOGLINEAR"
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8097}
WARM=${WARM:-15s}
DURATION=${DURATION:-20s}
HEAP=${HEAP:-256m}
SYSTEMS=${SYSTEMS:-LOGIT CES AIDS PCAIDS LINEAR LOGLINEAR}
SENSITIVITY_DRAWS=${DRAWS:-1000}
export PRODUCTS=${PRODUCTS:-100}
SCHEMA=desk_simulation
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
need_wrk
ensure_bench_build
reset_schema "$SCHEMA"
start_ready "$PORT" "-Xmx$HEAP"
sign_in "$PORT" "$WORK/jar" officer officer
export SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")
run() { # LABEL: one warm-up, one measured run of the current DEMAND and DRAWS
  wrk -t1 -c1 -d"$WARM" -s bench/simulation.lua "http://127.0.0.1:$PORT" >/dev/null
  OUT=$(wrk -t1 -c1 --timeout 30s -d"$DURATION" -s bench/simulation.lua "http://127.0.0.1:$PORT")
  set -- $(echo "$OUT" | grep '^RESULT')
  echo "$LABEL: $2 req/s; p50 $3 ms, p90 $4 ms, p99 $5 ms, max $6 ms;" \
    "$7 requests, $8 not 2xx, $9 socket errors, $(echo "$OUT" | awk '/^INVALID/ {print $2}') failing a check"
}
export DRAWS=0
for DEMAND in $SYSTEMS; do
  export DEMAND
  LABEL="$DEMAND, $PRODUCTS products, a new market each request" run
done
export DEMAND=LOGIT DRAWS=$SENSITIVITY_DRAWS
LABEL="sensitivity, $DRAWS draws of the $PRODUCTS-product logit, a new market each request" run
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
