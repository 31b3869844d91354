#!/usr/bin/env bash
# Every performance figure of docs/performance.md, measured on this machine, then the document written:
#   1. perf/run.sh with 500 trainees at 5-10 s think time, and a synchronised start of 500 (production jar,
#      MariaDB, Gatling through the Vaadin UI protocol), with start-up time and memory per session;
#   2. perf/startup.sh: start-up on the embedded default, plain and with a JDK AOT cache;
#   3. perf/benchmarks.sh: JMH for search (three engines), certificate rendering and scoring;
#   4. perf/report.py: docs/performance.md from target/perf.
# About 45 minutes on 2 cores. Nothing else should run on the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
PERF_USERS=${PERF_USERS:-500} PERF_RAMP=${PERF_RAMP:-300} PERF_HOLD=${PERF_HOLD:-300} \
  PERF_THINK_MIN=${PERF_THINK_MIN:-5} PERF_THINK_MAX=${PERF_THINK_MAX:-10} \
  PERF_SYNC_LOGIN_RAMP=${PERF_SYNC_LOGIN_RAMP:-180} perf/run.sh
PERF_BUILD=0 perf/startup.sh
perf/benchmarks.sh
python3 perf/report.py
