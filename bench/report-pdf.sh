#!/usr/bin/env bash
# Measures report exports as officers make them: a mix of cases, editions and formats, not one report repeated.
# Starts the packaged application (benchmark build, with the bare-stack reference page) on its own schema, imports a
# large case made from the demo case (exported as JSON, its markets repeated to 20, which carry 10 kept scenarios, and
# its completed assessments to 3), then times RUNS exports through the API, each of a case, an edition and a format
# drawn at random from the eight (demo or large, confidential or public, PDF or DOCX), after WARMUP exports of the
# same mix. Before each export the officer rewrites the report's introduction (three paragraphs, one confidential)
# through its form, untimed: a version is a content state and unchanged content is never rendered twice, so each
# timed export renders a new version, officer paragraphs included. Each export is followed by one request for the
# reference page (one query, one render), so the stack's own cost is measured in the same run under the same
# conditions. Prints the median, 90th percentile and maximum per kind, for the whole mix and for the reference.
# Loopback only; it stops the application when done.
#
#   bench/report-pdf.sh            # defaults: PORT=8089 WARMUP=20 RUNS=80 SEED=1
#   EXTRA_JAVA="-XX:StartFlightRecording=settings=profile" JFR_OUT=/tmp/report.jfr bench/report-pdf.sh
#                                  # also records where the time goes, dumped before the application stops
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8089}
WARMUP=${WARMUP:-20}
RUNS=${RUNS:-80}
SEED=${SEED:-1}
SCHEMA=desk_bench
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
. bench/lib.sh

ensure_bench_build
reset_schema "$SCHEMA"
start_ready "$PORT" ${EXTRA_JAVA:-}

sign_in "$PORT" "$WORK/cookies" officer officer
DEMO_ID=$(curl -fs -b "$WORK/cookies" "$BASE/api/v1/cases?q=AT.90001" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -fs -b "$WORK/cookies" "$BASE/api/v1/cases/$DEMO_ID/export" >"$WORK/demo.json"
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
LARGE_ID=${LOCATION##*/}

# One line per export: "case edition", in a random order fixed by SEED.
python3 - "$WARMUP" "$RUNS" "$SEED" >"$WORK/plan" <<'PY'
import random, sys
warmup, runs, seed = map(int, sys.argv[1:])
rng = random.Random(seed)
pairs = [(c, e, f) for c in ("demo", "large") for e in ("confidential", "public") for f in ("pdf", "docx")]
for _ in range(warmup + runs):
    print(*rng.choice(pairs))
PY

case_id() { if [ "$1" = large ]; then echo "$LARGE_ID"; else echo "$DEMO_ID"; fi; }

# The officer's introduction, rewritten before each export: revision n of the case's text.
declare -A REVISION=([demo]=0 [large]=0)
rewrite_introduction() {
  local id form token
  id=$(case_id "$1")
  form="/cases/$id/officer-text/introduction"
  token=$(csrf_token "$PORT" "$WORK/cookies" "$form")
  curl -fs -b "$WORK/cookies" -c "$WORK/cookies" -o /dev/null \
    --data-urlencode "csrf-token=$token" --data-urlencode "revision=${REVISION[$1]}" \
    --data-urlencode "passage=Draft $2 of the case team's reading. The exclusivity reserved the developer's compute to one cloud provider; whether it foreclosed rival providers turns on the share of demand it tied, its duration and the terms on which it was later loosened." \
    --data-urlencode "passage=The assessment below takes the public market-share figures as its basis and states, for each legal question, the rule applied, the answers relied on and the source of each rule." \
    --data-urlencode "passage=The parties' internal forecasts of committed spend, provided in confidence, are consistent with the public figures and are not relied on for any conclusion." \
    --data-urlencode "confidential=3" "$BASE$form"
  REVISION[$1]=$(( REVISION[$1] + 1 ))
}

export_once() {
  curl -fs -b "$WORK/cookies" -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"edition\":\"$2\",\"format\":\"$3\"}" "$BASE/api/v1/cases/$(case_id "$1")/reports"
}
reference_once() {
  curl -fs -b "$WORK/cookies" -o /dev/null -w '%{time_total}\n' "$BASE/bench/reference"
}

n=0
while read -r kase edition format; do
  n=$((n + 1))
  rewrite_introduction "$kase" "$n"
  t=$(export_once "$kase" "$edition" "$format")
  r=$(reference_once)
  [ "$n" -gt "$WARMUP" ] && echo "$kase $edition $format $t $r"
done <"$WORK/plan" >"$WORK/times"
[ -n "${JFR_OUT:-}" ] && jcmd "$(pgrep -f quarkus-run.jar | head -1)" JFR.dump filename="$JFR_OUT" >/dev/null

python3 - "$WORK/times" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
names = {"demo": "demo case", "large": "20 markets, 10 scenarios, 3 completed assessments"}

def line(label, times):
    times = sorted(float(t) * 1000 for t in times)
    p90 = times[max(0, int(round(0.9 * len(times))) - 1)]
    print(f"| {label} | {len(times)} | {statistics.median(times):.0f} | {p90:.0f} | {times[-1]:.0f} |")

print("| request | runs | median ms | p90 ms | max ms |")
print("| --- | --- | --- | --- | --- |")
for fmt in ("pdf", "docx"):
    for kase in ("demo", "large"):
        for edition in ("confidential", "public"):
            times = [r[3] for r in rows if r[0] == kase and r[1] == edition and r[2] == fmt]
            if times:
                line(f"{fmt.upper()} export and store: {names[kase]}, {edition}", times)
        line(f"{fmt.upper()} export and store: {names[kase]}, both editions",
             [r[3] for r in rows if r[0] == kase and r[2] == fmt])
line("export and store: the whole mix", [r[3] for r in rows])
line("reference page (1 query, 1 render), after each export", [r[4] for r in rows])
PY
