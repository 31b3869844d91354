#!/usr/bin/env bash
# The JMH part of the performance figures (issue 8): search on three engines, certificate rendering, scoring.
# Writes JMH's JSON results to target/perf/jmh-*.json; perf/report.py turns them into docs/performance.md.
# Needs MariaDB on 127.0.0.1:3306 (root without password, as on this machine) for the FULLTEXT comparison.
#   perf/benchmarks.sh            # everything (about 25 minutes on 2 cores)
#   QUICK=1 perf/benchmarks.sh    # one short iteration each, to check that it runs
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/perf

SQL=$(command -v mariadb || command -v mysql)
"$SQL" -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS greenborder_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'greenborder'@'localhost' IDENTIFIED BY 'greenborder';
CREATE USER IF NOT EXISTS 'greenborder'@'127.0.0.1' IDENTIFIED BY 'greenborder';
GRANT ALL PRIVILEGES ON greenborder_bench.* TO 'greenborder'@'localhost';
GRANT ALL PRIVILEGES ON greenborder_bench.* TO 'greenborder'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL

short=""
if [ "${QUICK:-0}" = "1" ]; then short="-wi 1 -i 1 -w 2 -r 2"; fi

run() { # name, JMH arguments
  local name=$1; shift
  echo "[perf] JMH $name: $*"
  ./mvnw -q -B -Pbenchmark -DskipTests test-compile exec:exec \
    -Djmh.args="$* $short -rf json -rff $(pwd)/target/perf/jmh-$name.json" | tee "target/perf/jmh-$name.log" \
    | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' || true
}

run search "SearchEngineBenchmark"
run certificates-1 "CertificateRenderBenchmark -p layout=FORMAL -p script=latin,lao -t 1"
run certificates-2 "CertificateRenderBenchmark -p layout=FORMAL -p script=latin,lao -t 2"
run scoring "ScoringBenchmark"
echo "[perf] JMH results in target/perf/jmh-*.json"
