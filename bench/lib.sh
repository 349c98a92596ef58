# Shared by the bench scripts: build if needed, start the packaged application on its own schema, sign in.
# Source it after setting PORT, SCHEMA and WORK.

PG_VERSION=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
BENCH_SESSION_KEY=${BENCH_SESSION_KEY:-bench-only-session-key-0123456789abcdef}

ensure_built() {
  if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -q -B -ntp package -DskipTests
  fi
}

reset_schema() {
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP SCHEMA IF EXISTS $1 CASCADE" >/dev/null 2>&1
}

APP_DIR=$(pwd)/target/quarkus-app
# The class-data-sharing archive the build makes is used when present. It records the class path as the build ran
# the application (quarkus-run.jar in its own folder), so the application is started from that folder.
CDS_OPTION=""
[ -f "$APP_DIR/app-cds.jsa" ] && CDS_OPTION="-XX:SharedArchiveFile=app-cds.jsa"
# The JVM options of the README's launch command. CompileThresholdScaling=5 lets a method run five times as often
# before the JIT compiles it: start-up code runs once, so on a small machine the compilers stop competing with it
# for the cores, and the hot paths of a running server are compiled a little later (docs/performance.md).
LAUNCH_OPTIONS="-XX:CompileThresholdScaling=5"

# start_app PORT SCHEMA LOG [extra java options...]: starts one instance in the background, sets LAST_PID.
start_app() {
  local port=$1 schema=$2 log=$3
  shift 3
  DESK_SESSION_KEY=$BENCH_SESSION_KEY DESK_DEMO_DATA=true QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=${schema}&logServerErrorDetail=false&connectTimeout=5&socketTimeout=60" \
  QUARKUS_FLYWAY_SCHEMAS=$schema \
    bash -c 'cd "$1" && shift && exec java "$@" -jar quarkus-run.jar' _ "$APP_DIR" $LAUNCH_OPTIONS "$@" $CDS_OPTION \
    >"$log" 2>&1 &
  LAST_PID=$!
}

# train_archive PORT SCHEMA LOG: one start that writes app-trained.jsa when it stops, holding every class a full
# start loads (the build's archive stops before the runtime starts, so it lacks Hibernate's, the REST layer's and
# the templates' classes); later starts use it. The README's launch command does the same once per installation.
train_archive() {
  local port=$1 schema=$2 log=$3 build_archive=$CDS_OPTION
  rm -f "$APP_DIR/app-trained.jsa"
  CDS_OPTION=""
  start_app "$port" "$schema" "$log" -XX:ArchiveClassesAtExit=app-trained.jsa
  CDS_OPTION=$build_archive
  wait_ready "$port" || return 1
  curl -fs -o /dev/null "http://127.0.0.1:$port/login"
  kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
  [ -f "$APP_DIR/app-trained.jsa" ] && CDS_OPTION="-XX:SharedArchiveFile=app-trained.jsa"
}

# start_ready PORT [extra java options...]: start_app on $SCHEMA with its log in $WORK, sets APP_PID and waits
# until it answers; stops the run with the log's end if it does not start.
start_ready() {
  local port=$1
  shift
  start_app "$port" "$SCHEMA" "$WORK/app.log" "$@"
  APP_PID=$LAST_PID
  wait_ready "$port" || { echo "application did not start"; tail -20 "$WORK/app.log"; exit 1; }
}

# need_wrk: stops the run unless wrk is installed.
need_wrk() { command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }; }

# wait_ready PORT: waits up to 60 s for readiness UP, asking every 50 ms so the start-up time is measured closely.
wait_ready() {
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  return 1
}

# sign_in PORT COOKIE_JAR USER PASSWORD: signs in through the form (with its CSRF token) like a browser.
sign_in() {
  local base="http://127.0.0.1:$1" jar=$2 token
  token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf-token=$token" \
    --data-urlencode "username=$3" --data-urlencode "password=$4" "$base/login"
}

# csrf_token PORT COOKIE_JAR PATH: the CSRF token of a page's form.
csrf_token() {
  local page
  page=$(curl -fs -c "$2" -b "$2" "http://127.0.0.1:$1$3")
  # The first token only, without a pipe that could end early (pipefail would count the cut-off as a failure).
  sed -n '0,/name="csrf-token"/s/.*name="csrf-token" value="\([^"]*\)".*/\1/p' <<<"$page"
}

# ensure_bench_build: the benchmark build carries the reference page (Maven profile "bench"); a normal build does not.
ensure_bench_build() {
  if ! unzip -l target/quarkus-app/app/*.jar 2>/dev/null | grep -q 'eu/competitiondesk/bench/ReferenceResource'; then
    ./mvnw -q -B -ntp package -DskipTests -Pbench
  fi
}

# seed_unless_kept PORT: with SEED=fresh (the default), a new schema migrated by one start of the application, then
# filled by bench/seed.sh; with SEED=keep, the schema of an earlier run as it is.
seed_unless_kept() {
  if [ "${SEED:-fresh}" = fresh ]; then
    reset_schema "$SCHEMA"
    start_app "$1" "$SCHEMA" "$WORK/first.log"
    wait_ready "$1" || { echo "application did not start"; tail -20 "$WORK/first.log"; exit 1; }
    kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
    echo "seeding (takes a few minutes)..."
    local started
    started=$(date +%s)
    bench/seed.sh "$SCHEMA"
    echo "seeded in $(( $(date +%s) - started )) s"
  fi
}

# The paths the load is driven through, on a schema seeded by bench/seed.sh (SCHEMA names it).
seed_query() { PGOPTIONS="-c search_path=$SCHEMA,public" psql -h 127.0.0.1 -U postgres -d postgres -At -c "$1"; }

# case_paths: 200 cases the demo officer is on (every hundredth seeded case).
case_paths() {
  seed_query "select string_agg('/cases/' || c.id, ' ') from (select c.id from case_file c join case_team_member m on m.case_id = c.id join app_user u on u.id = m.user_id where u.username = 'officer' and c.reference like 'SD.%' order by c.id limit 200) c"
}

# market_paths: 200 seeded markets.
market_paths() {
  seed_query "select string_agg('/cases/' || m.case_id || '/markets/' || m.id, ' ') from (select m.* from market m where m.name like 'Synthetic market %' order by m.id limit 200) m"
}

# list_paths: 56 case list queries, searches with and without a status filter in three sort orders, and two pages
# deep in unfiltered and type-filtered lists.
list_paths() {
  local paths="" q status sort
  for q in cloud search exclusivity payments tying browsers; do
    for status in "" INVESTIGATION CLOSED; do
      for sort in updated title opened; do
        paths="$paths /cases?q=$q&status=$status&sort=$sort&dir=desc"
      done
    done
  done
  echo "$paths /cases?sort=updated&dir=desc&page=40 /cases?type=MERGER&sort=reference&dir=asc&page=3"
}
