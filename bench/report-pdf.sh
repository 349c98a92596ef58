#!/usr/bin/env bash
# Measures how long exporting the demo case's report as PDF takes once the application is warm: starts the
# packaged application on its own schema, exports WARMUP reports, then times RUNS more through the API and prints
# the median, 90th percentile and maximum. Loopback only; it stops the application when done.
#
#   bench/report-pdf.sh            # defaults: PORT=8089 WARMUP=10 RUNS=30 EDITION=confidential
#   SIZE=large bench/report-pdf.sh # a case of 20 markets and 3 completed assessments, made from the demo case:
#                                  # exported as JSON, its markets and completed assessments repeated, imported
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8089}
WARMUP=${WARMUP:-10}
RUNS=${RUNS:-30}
EDITION=${EDITION:-confidential}
SIZE=${SIZE:-demo}
SCHEMA=desk_bench
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
. bench/lib.sh

ensure_built
reset_schema "$SCHEMA"
start_app "$PORT" "$SCHEMA" "$WORK/app.log"
APP_PID=$LAST_PID
wait_ready "$PORT" || { echo "application did not start"; tail -20 "$WORK/app.log"; exit 1; }

sign_in "$PORT" "$WORK/cookies" officer officer
CASE_ID=$(curl -fs -b "$WORK/cookies" "$BASE/api/v1/cases?q=AT.90001" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
LABEL="demo case PDF (export and store)"
if [ "$SIZE" = large ]; then
  curl -fs -b "$WORK/cookies" "$BASE/api/v1/cases/$CASE_ID/export" >"$WORK/demo.json"
  python3 - "$WORK/demo.json" "$WORK/large.json" <<'PY'
import json, sys
case = json.load(open(sys.argv[1]))
markets = case["markets"]
case["markets"] = [dict(markets[i % len(markets)], name=f"{markets[i % len(markets)]['name']} (copy {i + 1})")
                   for i in range(20)]
done = [a for a in case["assessments"] if a["status"] == "COMPLETED"]
assert done, "the demo case has no completed assessment"
case["assessments"] = [dict(done[i % len(done)], title=f"{done[i % len(done)]['title']} ({i + 1})") for i in range(3)]
case["reference"] = "AT.90977"
case["title"] = "Report benchmark: demo case with 20 markets and 3 completed assessments"
json.dump(case, open(sys.argv[2], "w"))
PY
  LOCATION=$(curl -fs -D - -o /dev/null -b "$WORK/cookies" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/large.json" "$BASE/api/v1/cases/import" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  CASE_ID=${LOCATION##*/}
  LABEL="20 markets, 3 completed assessments (export and store)"
fi

export_once() {
  curl -fs -b "$WORK/cookies" -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"edition\":\"${EDITION}\"}" "$BASE/api/v1/cases/${CASE_ID}/reports"
}
for _ in $(seq 1 "$WARMUP"); do export_once >/dev/null; done
for _ in $(seq 1 "$RUNS"); do export_once; done >"$WORK/times"

python3 - "$WORK/times" "$EDITION" "$RUNS" "$LABEL" <<'PY'
import statistics, sys
times = sorted(float(t) * 1000 for t in open(sys.argv[1]))
p90 = times[max(0, int(round(0.9 * len(times))) - 1)]
print("| report | edition | runs | median ms | p90 ms | max ms |")
print("| --- | --- | --- | --- | --- | --- |")
print(f"| {sys.argv[4]} | {sys.argv[2]} | {sys.argv[3]} | {statistics.median(times):.0f} | {p90:.0f} | {times[-1]:.0f} |")
PY
