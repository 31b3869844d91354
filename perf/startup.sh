#!/usr/bin/env bash
# Start-up of the production jar on the embedded default (H2 + on-disk index, demo data), until /actuator/health
# is UP: a first start on an empty data folder, two plain restarts, then two restarts with a JDK AOT cache
# (JEP 483/514, JDK 24+) made by one training run of the extracted jar. Figures in target/perf/startup.md.
#   perf/startup.sh            # builds the production jar first
#   PERF_BUILD=0 perf/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_BIN=${JAVA_BIN:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)/bin/java}
[ -x "$JAVA_BIN" ] || JAVA_BIN=java
PORT=${PERF_STARTUP_PORT:-8097}
if [ "${PERF_BUILD:-1}" = 1 ]; then ./mvnw -q -B -Pproduction -DskipTests package; fi
JAR=$(ls target/green-border-academy-*.jar | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA_BIN" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP="$WORK/app/$(basename "$JAR")"
mkdir -p target/perf
OUT=target/perf/startup.md

start_until_up() { # label, extra JVM options
  local t0 t1 pid
  t0=$(date +%s%N)
  PORT=$PORT GBA_DATA_DIR="$WORK/data" "$JAVA_BIN" $2 -jar "$APP" > "$WORK/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 0.1; done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "| $1 | $(( (t1 - t0) / 1000000 )) ms |" | tee -a "$OUT"
}

{
  echo "| start (embedded default: H2, on-disk index, demo data; $("$JAVA_BIN" -version 2>&1 | head -1)) | until health UP |"
  echo "|---|---|"
} > "$OUT"
start_until_up "first start, empty data folder (migrations, demo data, guidance index)" ""
start_until_up "restart" ""
start_until_up "restart again" ""
# training run: the context starts and exits at once; the JVM writes what it loaded and linked
PORT=$PORT GBA_DATA_DIR="$WORK/data" "$JAVA_BIN" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh \
  -jar "$APP" > "$WORK/training.log" 2>&1
start_until_up "restart with the AOT cache" "-XX:AOTCache=$WORK/app.aot"
start_until_up "restart with the AOT cache, again" "-XX:AOTCache=$WORK/app.aot"
echo "[perf] start-up figures in $OUT"
