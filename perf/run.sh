#!/usr/bin/env bash
# Load test of the production jar on MariaDB, through the real Vaadin UI protocol (Gatling, src/perf/java).
#
#   perf/run.sh                                   # smoke run: 20 users, short think time (a few minutes)
#   PERF_USERS=500 PERF_RAMP=300 PERF_HOLD=300 PERF_THINK_MIN=5 PERF_THINK_MAX=10 \
#     PERF_SYNC_LOGIN_RAMP=180 perf/run.sh        # the full run (see perf/README.md)
#
# Steps: build the production jar; (re)create the MariaDB database; start the app (mysql profile, demo data, its
# own port and data folder) and time its start until /actuator/health is UP, on the fresh database and once more
# on a restart; create the trainee accounts with SQL; read /actuator/uimemory with no sessions; run the trainee
# journey simulation and, once the ramp is at its peak, read /actuator/uimemory again; run the synchronised-start
# simulation; stop the app. Figures go to stdout and to target/perf/<time>/summary.md (+ summary.json).
#
# Settings (environment variables, defaults in brackets):
#   PERF_USERS [20]  PERF_RAMP [20] s  PERF_HOLD [30] s        journey simulation: concurrent users, ramp, hold
#   PERF_THINK_MIN [1] PERF_THINK_MAX [3] s                    think time between actions (issue: 5-10)
#   PERF_ACTIONS_MIN [10] PERF_ACTIONS_MAX [20]                moves per attempt before deciding
#   PERF_SEARCH_PERCENT [15]  PERF_CERTIFICATE_PERCENT [5]     share of users searching / holding a certificate
#   PERF_SYNC_USERS [=PERF_USERS]  PERF_SYNC_LOGIN_RAMP [30] s  PERF_SYNC_WINDOW [3] s   synchronised start
#   PERF_SIMULATIONS ["journey sync"]                          which simulations to run
#   PERF_PORT [8099]  PERF_DB [greenborder_perf]  PERF_DB_ROOT ["mariadb -uroot"]   PERF_FRESH_DB [1]
#   PERF_BUILD [1] (0: use the jar already in target/)         PERF_APP_JAVA_OPTS [] e.g. "-Xmx2g"
#   PERF_MEMORY_SETTLE [15] s                                  wait after the ramp before the peak memory reading
#   PERF_ADMIN [admin:ozone-layer-1987]                             an administrator for /actuator/uimemory (demo data)
#   PERF_PUSH [true]                                           hold Vaadin's push WebSocket open per page, as browsers do
#   PERF_JFR [1]                                               record the loaded app with JFR (default settings) and
#                                                              summarise hot methods, allocations and GC pauses
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${PERF_USERS:-20}
RAMP=${PERF_RAMP:-20}
HOLD=${PERF_HOLD:-30}
THINK_MIN=${PERF_THINK_MIN:-1}
THINK_MAX=${PERF_THINK_MAX:-3}
ACTIONS_MIN=${PERF_ACTIONS_MIN:-10}
ACTIONS_MAX=${PERF_ACTIONS_MAX:-20}
SEARCH_PERCENT=${PERF_SEARCH_PERCENT:-15}
CERTIFICATE_PERCENT=${PERF_CERTIFICATE_PERCENT:-5}
SYNC_USERS=${PERF_SYNC_USERS:-$USERS}
SYNC_LOGIN_RAMP=${PERF_SYNC_LOGIN_RAMP:-30}
SYNC_WINDOW=${PERF_SYNC_WINDOW:-3}
SIMULATIONS=${PERF_SIMULATIONS:-"journey sync"}
PORT=${PERF_PORT:-8099}
DB=${PERF_DB:-greenborder_perf}
DB_ROOT=${PERF_DB_ROOT:-"mariadb -uroot"}
FRESH_DB=${PERF_FRESH_DB:-1}
BUILD=${PERF_BUILD:-1}
APP_JAVA_OPTS=${PERF_APP_JAVA_OPTS:-}
MEMORY_SETTLE=${PERF_MEMORY_SETTLE:-15}
PUSH=${PERF_PUSH:-true}
ADMIN=${PERF_ADMIN:-admin:ozone-layer-1987}
JFR=${PERF_JFR:-1}

BASE_URL="http://localhost:$PORT"
PASSWORD=perf-trainee-pw
# BCryptPasswordEncoder (cost 10) of "perf-trainee-pw", made once with spring-security-crypto:
#   java -cp spring-security-crypto-7.1.1.jar Hash.java perf-trainee-pw  (Hash: new BCryptPasswordEncoder().encode(args[0]))
PASSWORD_HASH='{bcrypt}$2a$10$6EKNUrFS8W/19DDXJB9MguwiJCJ4HIZzEpjSazC6I5yvjP5TleLq6'
# the pool's spares (AccountPool): concurrent users + max(10, users/10)
MAX_USERS=$(( USERS > SYNC_USERS ? USERS : SYNC_USERS ))
ACCOUNTS=$(( MAX_USERS + (MAX_USERS / 10 > 10 ? MAX_USERS / 10 : 10) ))

STAMP=$(date +%Y%m%d-%H%M%S)
OUT="target/perf/$STAMP"
mkdir -p "$OUT"
SUMMARY="$OUT/summary.md"
FIGURES="$OUT/figures.env"
: > "$FIGURES"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
figure() { printf '%s\t%s\n' "$1" "$2" >> "$FIGURES"; }  # name, value (one line)
sql() { $DB_ROOT "$@"; }

# --- a JDK 21+ for the app (the default java may be 17); ./mvnw finds its own the same way ---------------------
find_java() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null || true)
        if [ -n "$version" ] && [ "$version" -ge 21 ]; then
            echo "$candidate/bin/java"
            return
        fi
    done
    echo "No JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm)" >&2
    exit 1
}
JAVA=$(find_java)
JDK_BIN=$(dirname "$JAVA")

if curl -s -o /dev/null "$BASE_URL/"; then
    echo "Something already answers on port $PORT: stop it or set PERF_PORT." >&2
    exit 1
fi
$DB_ROOT -e "SELECT 1" > /dev/null || { echo "Cannot reach MariaDB/MySQL with: $DB_ROOT (set PERF_DB_ROOT)" >&2; exit 1; }

# --- build ---------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
    log "Building the production jar (./mvnw -Pproduction -DskipTests package)"
    ./mvnw -B -q -Pproduction -DskipTests package > "$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
fi
JAR=$(ls target/green-border-academy-*.jar | grep -v -- '-plain' | head -1)
cp "$JAR" "$OUT/app.jar"  # a later build may rewrite target/ while the app runs
log "Compiling the simulations (./mvnw -Pperf test-compile)"
./mvnw -B -q -Pperf -DskipTests test-compile > "$OUT/perf-compile.log" 2>&1 || { tail -40 "$OUT/perf-compile.log"; exit 1; }

# --- database ------------------------------------------------------------------------------------------------
log "Preparing database $DB"
if [ "$FRESH_DB" = 1 ]; then
    sql -e "DROP DATABASE IF EXISTS \`$DB\`"
fi
sql -e "CREATE DATABASE IF NOT EXISTS \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'greenborder'@'localhost' IDENTIFIED BY 'greenborder';
        CREATE USER IF NOT EXISTS 'greenborder'@'127.0.0.1' IDENTIFIED BY 'greenborder';
        GRANT ALL ON \`$DB\`.* TO 'greenborder'@'localhost';
        GRANT ALL ON \`$DB\`.* TO 'greenborder'@'127.0.0.1';"

# --- the app -------------------------------------------------------------------------------------------------
DATA_DIR=$(mktemp -d /tmp/gba-perf-data.XXXXXX)
APP_PID=
START_MS=
# Every virtual user comes from 127.0.0.1, so the certificate check's per-address limit (30 a minute, meant for
# scrapers) would refuse real-looking traffic: it is lifted for the load test only. The sign-in throttle counts
# failures only, and a run has none.
start_app() {  # sets APP_PID and START_MS (launch until health is UP)
    local started
    started=$(date +%s%N)
    SPRING_PROFILES_ACTIVE=mysql \
    MYSQL_URL="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC" \
    MYSQL_USER=greenborder MYSQL_PASSWORD=greenborder \
    GBA_DEMO_DATA_ENABLED=true GBA_DATA_DIR="$DATA_DIR" PORT="$PORT" GBA_PUBLIC_URL="$BASE_URL" \
    GBA_VERIFY_LOOKUPS_PER_MINUTE=100000 GBA_TWO_FACTOR_ENFORCED=false \
        "$JAVA" $APP_JAVA_OPTS -jar "$OUT/app.jar" >> "$OUT/app.log" 2>&1 &
    APP_PID=$!
    local deadline=$(( $(date +%s) + 600 ))
    until curl -s "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -60 "$OUT/app.log" >&2
            echo "The app stopped while starting (log: $OUT/app.log)" >&2
            exit 1
        fi
        [ "$(date +%s)" -lt "$deadline" ] || { echo "The app was not UP within 600 s" >&2; exit 1; }
        sleep 0.5
    done
    START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        log "Stopping the app (pid $APP_PID)"
        kill "$APP_PID"
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
    fi
    APP_PID=
}
trap 'stop_app; rm -rf "$DATA_DIR"' EXIT

log "Starting the app on $BASE_URL (database $DB, data $DATA_DIR)"
start_app
FIRST_START_MS=$START_MS
figure FIRST_START_MS "$FIRST_START_MS"
log "UP after $FIRST_START_MS ms (first start: migrations, demo data, guidance index)"

# --- accounts ------------------------------------------------------------------------------------------------
log "Creating $ACCOUNTS trainee accounts (perf-trainee-0001 …) and giving the certificate holders the perf password"
{
    echo "INSERT INTO app_user (username, full_name, email, organisation, country_code, password_hash, enabled, created_at, version) VALUES"
    countries=(LA TH VN KH MM ID MY PH)
    for i in $(seq 1 "$ACCOUNTS"); do
        n=$(printf %04d "$i")
        country=${countries[$(( i % ${#countries[@]} ))]}
        separator=","; [ "$i" = "$ACCOUNTS" ] && separator=""
        echo "('perf-trainee-$n', 'Perf Trainee $n', 'perf-trainee-$n@example.org', 'Customs Department', '$country', '$PASSWORD_HASH', TRUE, UTC_TIMESTAMP(6), 0)$separator"
    done
    echo "ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash), enabled = TRUE;"
    echo "INSERT IGNORE INTO app_user_role (user_id, role) SELECT id, 'TRAINEE' FROM app_user WHERE username LIKE 'perf-trainee-%';"
    # demo accounts holding a current certificate have random passwords: give them the perf one (this database only)
    echo "UPDATE app_user SET password_hash = '$PASSWORD_HASH' WHERE username IN
            (SELECT holder_username FROM certificate WHERE current_key IS NOT NULL AND holder_username IS NOT NULL);"
} > "$OUT/accounts.sql"
sql "$DB" < "$OUT/accounts.sql"
HOLDERS=$(sql -N "$DB" -e "SELECT GROUP_CONCAT(DISTINCT holder_username ORDER BY holder_username) FROM certificate
                           WHERE current_key IS NOT NULL AND holder_username IS NOT NULL")
[ "$HOLDERS" = "NULL" ] && HOLDERS=
log "Certificate holders: ${HOLDERS:-none}"

log "Restarting the app to time a start on an existing database"
stop_app
start_app
RESTART_MS=$START_MS
figure RESTART_MS "$RESTART_MS"
log "UP after $RESTART_MS ms (restart)"
if [ "$JFR" = 1 ]; then  # started after the timed start, so that it weighs on the load only; written when the app stops
    # JFR's "default" settings (about 1 % overhead); "profile" samples more and visibly slowed a 500-user run
    "$JDK_BIN/jcmd" "$APP_PID" JFR.start name=load settings=default dumponexit=true filename="$OUT/app.jfr" > /dev/null
fi

# --- memory per session --------------------------------------------------------------------------------------
uimemory() {  # prints the endpoint's JSON, or nothing when it is not there
    curl -s -f -u "$ADMIN" "$BASE_URL/actuator/uimemory?gc=true" 2>/dev/null || true
}
json_field() { python3 -c 'import json,sys; d=json.loads(sys.argv[1] or "{}"); print(d.get(sys.argv[2], ""))' "$1" "$2" 2>/dev/null || true; }
rss_kb() { ps -o rss= -p "$APP_PID" 2>/dev/null | tr -d ' ' || true; }

MEMORY_BEFORE=$(uimemory)
figure MEMORY_BEFORE "${MEMORY_BEFORE:-n/a}"
figure RSS_BEFORE_KB "$(rss_kb)"
log "uimemory with no sessions: ${MEMORY_BEFORE:-n/a (endpoint not there)}"

# --- table reads: MariaDB's user statistics count rows read per table and per index during the load ------------
USERSTAT_BEFORE=$(sql -N -e "SELECT @@userstat" 2>/dev/null || echo "")
if [ -n "$USERSTAT_BEFORE" ]; then
    sql -e "SET GLOBAL userstat=1; FLUSH TABLE_STATISTICS; FLUSH INDEX_STATISTICS"
fi

# --- simulations ---------------------------------------------------------------------------------------------
common_properties=(
    -Dperf.baseUrl="$BASE_URL" -Dperf.thinkMin="$THINK_MIN" -Dperf.thinkMax="$THINK_MAX"
    -Dperf.actionsMin="$ACTIONS_MIN" -Dperf.actionsMax="$ACTIONS_MAX" -Dperf.accounts="$ACCOUNTS"
    -Dperf.password="$PASSWORD" -Dperf.holders="$HOLDERS" -Dperf.holderPassword="$PASSWORD" -Dperf.push="$PUSH"
)
STATUS=0

run_simulation() {  # name, class, console log, extra -D properties...; fails when the run had errors
    local name=$1 class=$2 console=$3
    shift 3
    log "Running $name ($class)"
    set +e
    ./mvnw -B -Pperf -DskipTests gatling:test -Dgatling.simulationClass="$class" "${common_properties[@]}" "$@" \
        > "$console" 2>&1
    local rc=$?
    set -e
    local report
    report=$(sed -n 's#.*Reports generated, please open the following file: file://\(.*\)/index.html#\1#p' "$console" | tail -1)
    if [ -z "$report" ]; then
        log "$name produced no report (exit $rc): see $console"
        tail -30 "$console" >&2
        return 1
    fi
    python3 perf/gatling_summary.py "$report" "$console" > "$OUT/$name.json"
    return "$rc"
}

for simulation in $SIMULATIONS; do
    case "$simulation" in
        journey)
            console="$OUT/journey-console.log"
            run_simulation journey org.greenborder.academy.perf.TraineeJourneySimulation "$console" \
                -Dperf.users="$USERS" -Dperf.ramp="$RAMP" -Dperf.hold="$HOLD" \
                -Dperf.searchPercent="$SEARCH_PERCENT" -Dperf.certificatePercent="$CERTIFICATE_PERCENT" &
            runner=$!
            # the peak: the ramp is done and users think between their moves
            until grep -q "TraineeJourneySimulation started" "$console" 2>/dev/null || ! kill -0 "$runner" 2>/dev/null; do sleep 1; done
            # an early reading when a fifth of the users are in: the peak minus it, per added session, is the cost
            # of a session without the one-off warm-up (caches, compiled queries) that the first users pay for
            kill -0 "$runner" 2>/dev/null && sleep $(( RAMP / 5 ))
            if kill -0 "$runner" 2>/dev/null; then
                MEMORY_EARLY=$(uimemory)
                figure MEMORY_EARLY "${MEMORY_EARLY:-n/a}"
                log "uimemory early in the ramp: ${MEMORY_EARLY:-n/a}"
            fi
            kill -0 "$runner" 2>/dev/null && sleep $(( RAMP - RAMP / 5 + MEMORY_SETTLE ))
            if kill -0 "$runner" 2>/dev/null; then
                MEMORY_PEAK=$(uimemory)
                figure MEMORY_PEAK "${MEMORY_PEAK:-n/a}"
                figure RSS_PEAK_KB "$(rss_kb)"
                figure LOAD_AT_PEAK "$(cut -d' ' -f1-3 /proc/loadavg)"
                # what the live heap holds at the peak (after the endpoint's GC): the largest classes
                "$JDK_BIN/jcmd" "$APP_PID" GC.class_histogram > "$OUT/histogram-peak.txt" 2>/dev/null || true
                log "uimemory at the peak: ${MEMORY_PEAK:-n/a}"
            fi
            wait "$runner" || STATUS=1
            MEMORY_AFTER=$(uimemory)
            figure MEMORY_AFTER "${MEMORY_AFTER:-n/a}"
            ;;
        sync)
            run_simulation sync org.greenborder.academy.perf.SynchronisedStartSimulation "$OUT/sync-console.log" \
                -Dperf.users="$SYNC_USERS" -Dperf.loginRamp="$SYNC_LOGIN_RAMP" -Dperf.startWindow="$SYNC_WINDOW" || STATUS=1
            ;;
        *) echo "Unknown simulation $simulation (journey, sync)" >&2; STATUS=1 ;;
    esac
done
figure RSS_END_KB "$(rss_kb)"
stop_app
if [ -n "$USERSTAT_BEFORE" ]; then
    # rows each table gave, and how many of them came through an index: the rest were read by scanning
    sql -N -e "SELECT t.TABLE_NAME, t.ROWS_READ, COALESCE((SELECT SUM(i.ROWS_READ) FROM information_schema.INDEX_STATISTICS i
                 WHERE i.TABLE_SCHEMA = t.TABLE_SCHEMA AND i.TABLE_NAME = t.TABLE_NAME), 0)
               FROM information_schema.TABLE_STATISTICS t WHERE t.TABLE_SCHEMA = '$DB' ORDER BY t.ROWS_READ DESC" \
        > "$OUT/table-reads.tsv" || true
    sql -e "SET GLOBAL userstat=$USERSTAT_BEFORE"
fi
if [ -s "$OUT/app.jfr" ]; then
    log "Summarising the flight recording ($OUT/app.jfr)"
    for view in hot-methods allocation-by-class gc-pauses; do
        "$JDK_BIN/jfr" view --width 200 "$view" "$OUT/app.jfr" > "$OUT/jfr-$view.txt" 2>&1 || true
    done
fi
# what the server logged that a client may never see (Vaadin's error handler logs uncaught exceptions at ERROR);
# Atmosphere's "Failed to cancel resource" when both ends close a push connection at once is counted apart
APP_ERRORS=$(grep -E '^[0-9TZ:.-]+ +ERROR ' "$OUT/app.log" | grep -c -v ' o\.atmosphere\.' || true)
figure APP_LOG_ERRORS "$APP_ERRORS"
figure APP_LOG_PUSH_ERRORS "$(grep -E '^[0-9TZ:.-]+ +ERROR ' "$OUT/app.log" | grep -c ' o\.atmosphere\.' || true)"
figure APP_LOG_EXCEPTIONS "$(grep -c -E '^(Caused by: |[a-z]+(\.[a-z0-9_]+)+\.[A-Za-z]*(Exception|Error)\b)' "$OUT/app.log" || true)"
[ "$APP_ERRORS" = 0 ] || STATUS=1

# --- figures -------------------------------------------------------------------------------------------------
python3 perf/perf_report.py "$OUT" "$FIGURES" \
    "users=$USERS ramp=${RAMP}s hold=${HOLD}s think=${THINK_MIN}-${THINK_MAX}s actions=$ACTIONS_MIN-$ACTIONS_MAX search=$SEARCH_PERCENT% certificates=$CERTIFICATE_PERCENT% | sync: users=$SYNC_USERS loginRamp=${SYNC_LOGIN_RAMP}s window=${SYNC_WINDOW}s | accounts=$ACCOUNTS push=$PUSH app JVM: ${APP_JAVA_OPTS:-default} | $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB" \
    > "$SUMMARY"
cp "$SUMMARY" target/perf/latest-summary.md
cat "$SUMMARY"
log "Figures: $SUMMARY (and $OUT/*.json); app log: $OUT/app.log"
exit $STATUS
