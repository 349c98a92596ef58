#!/usr/bin/env bash
# Runs two instances of the packaged application on one database and shows that they act as one:
#   1. a session opened on A works on B, and signing out on B ends it on A too;
#   2. the same case saved through A and through B at the same moment, ROUNDS times: each round must give one
#      303 (saved) and one 409 (conflict page), and the stored title must be the winner's.
#
#   bench/two-instances.sh        # defaults: PORT_A=8093 PORT_B=8094 ROUNDS=20
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A=${PORT_A:-8093}
PORT_B=${PORT_B:-8094}
ROUNDS=${ROUNDS:-20}
SCHEMA=desk_pair
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
FAILED=0
check() { # check DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "ok    $1 ($3)"; else echo "FAIL  $1: expected $2, got $3"; FAILED=1; fi
}

ensure_built
reset_schema "$SCHEMA"
# One after the other: the first migrates the schema and loads the demo case, the second finds both done.
start_app "$PORT_A" "$SCHEMA" "$WORK/a.log"
wait_ready "$PORT_A" || { echo "instance A did not start"; tail -20 "$WORK/a.log"; exit 1; }
start_app "$PORT_B" "$SCHEMA" "$WORK/b.log"
wait_ready "$PORT_B" || { echo "instance B did not start"; tail -20 "$WORK/b.log"; exit 1; }

echo "## Sessions"
sign_in "$PORT_A" "$WORK/a.jar" officer officer
SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/a.jar")
check "signed in on A, case list on A" 200 "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/a.jar" "$A/cases")"
check "same cookie, case list on B" 200 "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/a.jar" "$B/cases")"
token=$(csrf_token "$PORT_B" "$WORK/a.jar" /cases)
check "sign out on B" 303 "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/a.jar" -c "$WORK/a.jar" \
  --data-urlencode "csrf-token=$token" "$B/logout")"
# Replay the cookie as it was before signing out: the session must be over on both instances.
check "the old cookie on A after sign-out on B" 401 "$(curl -s -o /dev/null -w '%{http_code}' \
  -H "Cookie: desk-session=$SESSION" "$A/api/v1/cases")"
check "the old cookie on B" 401 "$(curl -s -o /dev/null -w '%{http_code}' \
  -H "Cookie: desk-session=$SESSION" "$B/api/v1/cases")"

echo "## Saving the same case through both at once"
sign_in "$PORT_A" "$WORK/a.jar" officer officer
sign_in "$PORT_B" "$WORK/b.jar" officer officer
REFERENCE="AT.$((40000 + RANDOM))"
CASE_ID=$(curl -s -b "$WORK/a.jar" -H 'Content-Type: application/json' \
  -d "{\"reference\":\"$REFERENCE\",\"title\":\"Saved by nobody yet\",\"type\":\"ARTICLE_102\"}" "$A/api/v1/cases" \
  | tee "$WORK/opened.json" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))' || true)
[ -n "$CASE_ID" ] || { echo "could not open the case:"; cat "$WORK/opened.json"; exit 1; }

# save JAR BASE TITLE VERSION TOKEN OUT: posts the edit form and writes the status to OUT.
save() {
  curl -s -o "$6.body" -w '%{http_code}' -b "$1" -c "$1" --data-urlencode "csrf-token=$5" \
    --data-urlencode "version=$4" --data-urlencode "reference=$REFERENCE" --data-urlencode "title=$3" \
    --data-urlencode "type=ARTICLE_102" --data-urlencode "openedOn=2025-03-14" "$2/cases/$CASE_ID/edit" >"$6"
}
form_value() { sed -n "s/.*name=\"$2\" value=\"\([^\"]*\)\".*/\1/p" "$1" | head -1; }

SAVED=0; CONFLICTS=0; WON_A=0; WON_B=0; OTHER=0; WRONG_TITLE=0; BOTH_SHOWN=0
for round in $(seq 1 "$ROUNDS"); do
  curl -s -b "$WORK/a.jar" -c "$WORK/a.jar" "$A/cases/$CASE_ID/edit" >"$WORK/a.form"
  curl -s -b "$WORK/b.jar" -c "$WORK/b.jar" "$B/cases/$CASE_ID/edit" >"$WORK/b.form"
  save "$WORK/a.jar" "$A" "Saved through A in round $round" "$(form_value "$WORK/a.form" version)" \
    "$(form_value "$WORK/a.form" csrf-token)" "$WORK/a.status" &
  SAVE_A=$!
  save "$WORK/b.jar" "$B" "Saved through B in round $round" "$(form_value "$WORK/b.form" version)" \
    "$(form_value "$WORK/b.form" csrf-token)" "$WORK/b.status" &
  wait "$SAVE_A" $!
  statuses="$(cat "$WORK/a.status") $(cat "$WORK/b.status")"
  case "$statuses" in
    "303 409") winner=A; loser=b ;;
    "409 303") winner=B; loser=a ;;
    *) echo "round $round: $statuses"; OTHER=$((OTHER + 1)); continue ;;
  esac
  SAVED=$((SAVED + 1)); CONFLICTS=$((CONFLICTS + 1))
  if [ "$winner" = A ]; then WON_A=$((WON_A + 1)); else WON_B=$((WON_B + 1)); fi
  stored=$(curl -s -b "$WORK/a.jar" "$A/api/v1/cases/$CASE_ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')
  [ "$stored" = "Saved through $winner in round $round" ] || { echo "round $round: stored '$stored'"; WRONG_TITLE=$((WRONG_TITLE + 1)); }
  grep -q "Saved through $winner in round $round" "$WORK/$loser.status.body" \
    && grep -q "Saved through ${loser^^} in round $round" "$WORK/$loser.status.body" && BOTH_SHOWN=$((BOTH_SHOWN + 1))
done
echo
echo "| rounds | one 303 and one 409 | saved through A / B | other outcomes | stored title is the winner's | conflict page shows both titles |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| $ROUNDS | $SAVED | $WON_A / $WON_B | $OTHER | $((SAVED - WRONG_TITLE)) | $BOTH_SHOWN |"
check "rounds with one save and one conflict" "$ROUNDS" "$SAVED"
check "rounds where the stored title is the winner's" "$ROUNDS" "$((SAVED - WRONG_TITLE))"
check "conflict pages showing both titles" "$ROUNDS" "$BOTH_SHOWN"
echo "RESULT: $([ "$FAILED" = 0 ] && echo PASS || echo FAIL)"
exit "$FAILED"
