#!/usr/bin/env python3
"""Writes docs/performance.md from the figures the perf scripts left in target/perf:

  jmh-*.json            JMH results (perf/benchmarks.sh)
  <time>/summary.md     the latest run of perf/run.sh: start-up, memory per session, Gatling figures

Figures that are missing are said to be missing; nothing is made up.
"""
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERF = ROOT / "target" / "perf"


def load(name):
    path = PERF / name
    return json.loads(path.read_text()) if path.exists() else None


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = os.cpu_count()
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = "%.0f GiB" % (int(line.split()[1]) / 1024 / 1024)
    except OSError:
        pass
    java = subprocess.run(["bash", "-c", "java -version 2>&1 | head -1"], capture_output=True, text=True).stdout.strip()
    maria = subprocess.run(["bash", "-c", "(mariadb --version || mysql --version) 2>/dev/null | head -1"],
                           capture_output=True, text=True).stdout.strip()
    return f"{cores} cores ({cpu}), {memory} RAM, {platform.system()} {platform.release()}; MariaDB client: {maria or 'n/a'}"


def jmh_rows(results, label):
    rows = []
    for result in results or []:
        method = result["benchmark"].rsplit(".", 1)[-1]
        params = ", ".join(f"{k}={v}" for k, v in (result.get("params") or {}).items())
        metric = result["primaryMetric"]
        percentiles = metric.get("scorePercentiles", {})
        unit = metric["scoreUnit"]
        if result["mode"] == "sample":
            rows.append(f"| {label}: `{method}` | {params} | p50 {percentiles.get('50.0', 0):.2f} · p95 **{percentiles.get('95.0', 0):.2f}** · "
                        f"p99 {percentiles.get('99.0', 0):.2f} {unit} | {result.get('threads', 1)} |")
        else:
            error = metric.get("scoreError")
            error_text = "" if error is None or error != error else f" ± {error:.1f}"
            rows.append(f"| {label}: `{method}` | {params} | **{metric['score']:.1f}**{error_text} {unit} | {result.get('threads', 1)} |")
    return rows


def main():
    out = []
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out.append("# Performance at workshop scale: measured figures\n")
    out.append(f"Written by `perf/report.py` on {now}, from what the perf scripts left in target/perf, on this machine: {machine()}. "
               "App and database on the same box. Regenerate with `perf/run-all.sh` (about 45 minutes); the parts: "
               "`perf/run.sh` (production jar, MariaDB, Gatling through the real Vaadin UI protocol, memory per "
               "session, start-up time) and `perf/benchmarks.sh` (JMH).\n")
    out.append((ROOT / "perf" / "notes.md").read_text() if (ROOT / "perf" / "notes.md").exists() else "")

    runs = sorted(d for d in PERF.iterdir() if d.is_dir() and (d / "summary.md").exists()) if PERF.exists() else []
    if runs:
        summary = (runs[-1] / "summary.md").read_text()
        # perf/run.sh's summary, one heading level down
        out.append("\n".join(("#" + line) if line.startswith("#") else line for line in summary.splitlines()))
        out.append(f"\n(from `{runs[-1].relative_to(ROOT)}`)\n")
    else:
        out.append("\n## Load through the UI (Gatling)\n\nNo run of perf/run.sh found in target/perf.\n")

    startup = PERF / "startup.md"
    out.append("## Start-up on the embedded default, plain and with a JDK AOT cache (perf/startup.sh)\n")
    out.append(startup.read_text() if startup.exists() else "Not measured.\n")
    out.append("")
    out.append("## JMH\n")
    out.append("| benchmark | parameters | result | threads |")
    out.append("|---|---|---|---|")
    out.extend(jmh_rows(load("jmh-search.json"), "judged queries, first page of ten"))
    out.extend(jmh_rows(load("jmh-certificates-1.json"), "certificates rendered"))
    out.extend(jmh_rows(load("jmh-certificates-2.json"), "certificates rendered"))
    out.extend(jmh_rows(load("jmh-scoring.json"), "scenario engine"))
    out.append("")
    out.append("Search engines: `service` is the library's search as users get it (Hibernate Search over Lucene with "
               "synonyms, codes, typo tolerance, facets, highlighting; the hits' fields are projected from the index, not loaded from MariaDB); `lucene` is a bare "
               "boolean query on the very same index files; `fulltext` is InnoDB FULLTEXT in natural language mode. "
               "Scenario engine: `replayAndScore` rebuilds an attempt from its stored moves and scores it, as every "
               "move does; `readAndCheckFile` parses and checks a scenario file, once per version. Certificates: one "
               "complete A4 certificate with logos, signatures, QR code and embedded font subsets.")
    out.append("")
    (ROOT / "docs" / "performance.md").write_text("\n".join(out) + "\n")
    print("wrote docs/performance.md")


if __name__ == "__main__":
    sys.exit(main())
