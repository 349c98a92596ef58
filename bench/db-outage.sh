#!/usr/bin/env bash
# Stops PostgreSQL under load and starts it again, and shows that the application answers 503 quickly while the
# database is away, reports readiness DOWN, recovers on its own, and keeps no half-written case.
#
# Load: WRITERS loops each opening cases through POST /api/v1/cases (one case, its team lead and its audit event in
# one transaction). Every answer is logged with its reference; afterwards each 201 must be in the database with its
# audit event, and nothing else may be.
#
#   bench/db-outage.sh        # defaults: PORT=8091 WRITERS=4 BEFORE=8 OUTAGE=12 AFTER=10 (seconds)
# Needs root (it stops and starts the local PostgreSQL cluster); do not run it while tests use the database.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8091}
WRITERS=${WRITERS:-4}
BEFORE=${BEFORE:-8}
OUTAGE=${OUTAGE:-12}
AFTER=${AFTER:-10}
SCHEMA=desk_fault
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
. bench/lib.sh
pg() { pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main "$1"; }
trap 'kill $(jobs -p) 2>/dev/null || true; pg_isready -h 127.0.0.1 -q || pg start; rm -rf "$WORK"' EXIT

ensure_built
reset_schema "$SCHEMA"
start_ready "$PORT"
sign_in "$PORT" "$WORK/cookies" officer officer

writer() {
  local n=0
  while [ ! -f "$WORK/stop" ]; do
    n=$((n + 1))
    local ref="AT.$((7000000 + $1 * 100000 + n))"
    local out
    out=$(curl -s -o /dev/null -b "$WORK/cookies" -m 30 -w '%{http_code} %{time_total}' \
      -H 'Content-Type: application/json' \
      -d "{\"reference\":\"$ref\",\"title\":\"Outage probe $ref\",\"type\":\"ARTICLE_102\"}" "$BASE/api/v1/cases" \
      || echo "000 0")
    echo "$(date +%s.%N) $ref $out" >>"$WORK/writer-$1.log"
  done
}
ready_watch() {
  while [ ! -f "$WORK/stop" ]; do
    echo "$(date +%s.%N) $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/q/health/ready")" >>"$WORK/ready.log"
    sleep 0.5
  done
}
LOAD_PIDS=()
for w in $(seq 1 "$WRITERS"); do writer "$w" & LOAD_PIDS+=($!); done
ready_watch & LOAD_PIDS+=($!)

sleep "$BEFORE"
T_STOP=$(date +%s.%N); pg stop >/dev/null; echo "PostgreSQL stopped"
sleep "$OUTAGE"
T_START=$(date +%s.%N); pg start >/dev/null; echo "PostgreSQL started"
sleep "$AFTER"
touch "$WORK/stop"; wait "${LOAD_PIDS[@]}" 2>/dev/null || true
sleep 1

cat "$WORK"/writer-*.log >"$WORK/all.log"
psql -h 127.0.0.1 -U postgres -d postgres -At -c "
  select c.reference, (select count(*) from ${SCHEMA}.audit_event e where e.case_id = c.id and e.action = 'CASE_CREATED'),
         (select count(*) from ${SCHEMA}.case_team_member m where m.case_id = c.id)
    from ${SCHEMA}.case_file c where c.title like 'Outage probe %'" >"$WORK/db.txt"

python3 - "$WORK/all.log" "$WORK/ready.log" "$WORK/db.txt" "$T_STOP" "$T_START" <<'PY'
import sys
answers = [l.split() for l in open(sys.argv[1]) if l.strip()]
ready = [l.split() for l in open(sys.argv[2]) if l.strip()]
db = {r.split('|')[0]: r.split('|')[1:] for r in open(sys.argv[3]).read().split('\n') if r}
t_stop, t_start = float(sys.argv[4]), float(sys.argv[5])
def phase(t):
    return 'before' if t < t_stop else 'outage' if t < t_start else 'after'
rows = {}
for t, ref, code, secs in answers:
    # a request is placed in the phase it ended in; its time_total says how long it waited
    rows.setdefault(phase(float(t)), []).append((code, float(secs)))
print("| phase | requests | 201 | 503 | other | max answer s |")
print("| --- | --- | --- | --- | --- | --- |")
for p in ('before', 'outage', 'after'):
    r = rows.get(p, [])
    count = lambda c: sum(1 for x in r if x[0] == c)
    print(f"| {p} | {len(r)} | {count('201')} | {count('503')} | {len(r) - count('201') - count('503')} | "
          f"{max((x[1] for x in r), default=0):.2f} |")
created = {ref for t, ref, code, secs in answers if code == '201'}
unanswered = {ref for t, ref, code, secs in answers if code not in ('201', '503', '409')}
in_db = set(db)
half = [ref for ref, (audit, team) in db.items() if audit != '1' or team != '1']
down = [float(t) for t, code in ready if code != '200' and t_stop <= float(t)]
up_again = [float(t) for t, code in ready if code == '200' and float(t) > t_start]
print()
print(f"cases answered 201: {len(created)}; cases in the database: {len(in_db)}; "
      f"201 but missing: {len(created - in_db)}; in the database without a 201: {len(in_db - created)} "
      f"(of which unanswered or failed-in-flight: {len((in_db - created) & unanswered)})")
print(f"cases without exactly one audit event and one team lead: {len(half)}")
print(f"readiness DOWN {min(down) - t_stop:.1f} s after the stop" if down else "readiness never went DOWN")
print(f"readiness UP again {min(up_again) - t_start:.1f} s after the start" if up_again else "readiness never came back")
ok = not (created - in_db) and not half and down and up_again and not ((in_db - created) - unanswered)
print("RESULT:", "PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
