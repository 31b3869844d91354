#!/usr/bin/env python3
"""The figures of one perf/run.sh run as Markdown (stdout) and JSON (<out>/summary.json).

    perf_report.py <out dir> <figures file> <settings line>
"""
import json
import re
import sys
from pathlib import Path

KEY_REQUESTS = ["sign-in: submit", "home: page", "home: init", "home: navigate", "training: catalogue",
                "training: start scenario", "synchronised: start scenario", "attempt: inspect",
                "attempt: note red flag", "attempt: read document", "attempt: side by side", "attempt: decide",
                "attempt: confirm decision", "page scripts: server calls", "guidance: type query", "guidance: search",
                "certificates: download PDF", "verify: public page: navigate", "verify: API", "sign out"]


def figures(path):
    values = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            name, value = line.split("\t", 1)
            values[name] = value
    return values


def as_json(text):
    try:
        return json.loads(text) if text and text != "n/a" else None
    except ValueError:
        return None


def elapsed_seconds(console):
    """The run's length from Gatling's last console summary ('1m 5s elapsed' / '65s elapsed')."""
    found = None
    for match in re.finditer(r"((?:\d+h\s*)?(?:\d+m\s*)?\d+s) elapsed", console):
        found = match.group(1)
    if not found:
        return None
    seconds = 0
    for amount, unit in re.findall(r"(\d+)([hms])", found):
        seconds += int(amount) * {"h": 3600, "m": 60, "s": 1}[unit]
    return seconds


def fmt(value, unit=""):
    return "n/a" if value is None else f"{value}{unit}"


def jfr_rows(path, limit):
    """The rows of a `jfr view` table: the lines after its dashed rule, split on runs of two or more spaces."""
    if not path.exists():
        return []
    rows, started = [], False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("---"):
            started = True
            continue
        if started and line.strip():
            rows.append([cell.strip() for cell in re.split(r"\s{2,}", line.strip())])
        elif started and rows:
            break
    return rows[:limit]


def jfr_summary(out):
    hot = [tuple(r) for r in jfr_rows(out / "jfr-hot-methods.txt", 12) if len(r) == 3]
    allocation = [tuple(r) for r in jfr_rows(out / "jfr-allocation-by-class.txt", 8) if len(r) == 2]
    gc = []
    pauses = out / "jfr-gc-pauses.txt"
    if pauses.exists():
        gc = [line.strip() for line in pauses.read_text(encoding="utf-8", errors="replace").splitlines()
              if line.strip().startswith(("Total Pause Time", "Number of Pauses", "Median", "P95", "P99", "Maximum"))]
    return {"hot": hot, "allocation": allocation, "gc": gc} if hot or allocation or gc else None


def main():
    out = Path(sys.argv[1])
    values = figures(sys.argv[2])
    settings = sys.argv[3] if len(sys.argv) > 3 else ""
    report = {"settings": settings, "startup": {}, "memory": {}, "simulations": {}}
    lines = ["# Load test figures", "", f"Settings: {settings}", ""]

    first, restart = values.get("FIRST_START_MS"), values.get("RESTART_MS")
    report["startup"] = {"firstStartMs": first, "restartMs": restart}
    lines += ["## Start-up of the production jar (launch until /actuator/health is UP)", "",
              f"- first start on an empty database (migrations, demo data, guidance index): {fmt(first, ' ms')}",
              f"- restart on the same database: {fmt(restart, ' ms')}", ""]

    before, peak, after = (as_json(values.get(k)) for k in ("MEMORY_BEFORE", "MEMORY_PEAK", "MEMORY_AFTER"))
    lines += ["## Memory (/actuator/uimemory?gc=true)", ""]
    if before and peak and peak.get("sessions"):
        base = before.get("heapUsedAfterGcBytes")
        top = peak.get("heapUsedAfterGcBytes")
        per_session = (top - base) / peak["sessions"] / 1024 if base is not None and top is not None else None
        per_ui = (top - base) / peak["uis"] / 1024 if base is not None and top is not None and peak.get("uis") else None
        report["memory"] = {"before": before, "peak": peak, "after": after,
                            "kbPerSession": per_session, "kbPerUi": per_ui}
        lines += [f"- no sessions: live heap {base / 1048576:.1f} MB" if base is not None else "- no sessions: n/a",
                  f"- at the peak: {peak['sessions']} sessions, {peak.get('uis')} UIs, live heap {top / 1048576:.1f} MB"
                  if top is not None else "- at the peak: n/a",
                  f"- **per session: {per_session:.0f} KB** ((heap(N) − heap(0)) / N sessions)"
                  + (f"; per UI {per_ui:.0f} KB" if per_ui else "") if per_session is not None else "- per session: n/a"]
        early = as_json(values.get("MEMORY_EARLY"))
        if early and base is not None and top is not None and peak["sessions"] > early.get("sessions", 0) > 0:
            marginal = (top - early["heapUsedAfterGcBytes"]) / (peak["sessions"] - early["sessions"]) / 1024
            report["memory"]["early"] = early
            report["memory"]["kbPerAddedSession"] = marginal
            lines.append(f"- early in the ramp: {early['sessions']} sessions, live heap "
                         f"{early['heapUsedAfterGcBytes'] / 1048576:.1f} MB; **per added session: {marginal:.0f} KB** "
                         f"((heap(peak) − heap(early)) / (sessions(peak) − sessions(early)): without the one-off warm-up)")
        if after:
            lines.append(f"- after the run: {after.get('sessions')} sessions, {after.get('uis')} UIs, live heap "
                         f"{after.get('heapUsedAfterGcBytes', 0) / 1048576:.1f} MB (what stays: caches, lingering sessions)")
    else:
        report["memory"] = {"before": before, "peak": peak, "after": after}
        lines.append("- n/a (/actuator/uimemory not available in this build, or no peak reading)")
    rss = {k: values.get(k) for k in ("RSS_BEFORE_KB", "RSS_PEAK_KB", "RSS_END_KB")}
    report["memory"]["rssKb"] = rss
    lines.append(f"- process RSS: {fmt(rss['RSS_BEFORE_KB'], ' KB')} before, {fmt(rss['RSS_PEAK_KB'], ' KB')} at the peak, "
                 f"{fmt(rss['RSS_END_KB'], ' KB')} at the end; load average at the peak: {values.get('LOAD_AT_PEAK', 'n/a')}")
    lines.append("")

    for name, title in (("journey", "Trainee journeys (TraineeJourneySimulation)"),
                        ("sync", "Synchronised start (SynchronisedStartSimulation)")):
        path = out / f"{name}.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        console = out / f"{name}-console.log"
        duration = elapsed_seconds(console.read_text(encoding="utf-8", errors="replace")) if console.exists() else None
        data["durationSeconds"] = duration
        report["simulations"][name] = data
        g = data.get("global") or {}
        lines += [f"## {title}", "",
                  f"- requests: {fmt(g.get('total'))}, OK {fmt(g.get('ok'))}, **errors (KO) {fmt(g.get('ko'))}**",
                  f"- duration: {fmt(duration, ' s')}; throughput: {fmt(g.get('rps'))} requests/s (mean)",
                  f"- response time (ms): p50 {fmt(g.get('p50'))}, p75 {fmt(g.get('p75'))}, **p95 {fmt(g.get('p95'))}**, "
                  f"**p99 {fmt(g.get('p99'))}**, max {fmt(g.get('max'))}, mean {fmt(g.get('mean'))}",
                  f"- report: {data.get('results')}/index.html", ""]
        requests = data.get("requests", {})
        lines += ["| request | count | KO | p50 | p95 | p99 | max |", "|---|---:|---:|---:|---:|---:|---:|"]
        for request in KEY_REQUESTS + sorted(r for r in requests if r not in KEY_REQUESTS):
            r = requests.get(request)
            if r:
                lines.append(f"| {request} | {r.get('total')} | {r.get('ko')} | {r.get('p50')} | {r.get('p95')} | "
                             f"{r.get('p99')} | {r.get('max')} |")
        lines.append("")
        errors = data.get("errors") or {}
        if errors:
            lines += ["Errors:", ""] + [f"- {count} × {message}" for message, count in errors.items()] + [""]

    reads = out / "table-reads.tsv"
    if reads.exists():
        rows = [line.split("\t") for line in reads.read_text(encoding="utf-8").splitlines() if line.count("\t") == 2]
        report["tableReads"] = [{"table": t, "rows": int(r), "throughIndex": int(i)} for t, r, i in rows]
        lines += ["## Rows read per table during the load (MariaDB user statistics)", "",
                  "| table | rows read | through an index | by scanning |", "|---|---:|---:|---:|"]
        lines += [f"| {t} | {int(r):,} | {int(i):,} | {max(0, int(r) - int(i)):,} |" for t, r, i in rows[:15]]
        lines.append("")

    jfr = jfr_summary(out)
    if jfr:
        report["jfr"] = jfr
        lines += ["## Where the time and the allocations went (JFR, default settings, during the load)", ""]
        if jfr.get("hot"):
            lines += ["Methods sampled most often (self time):", "", "| method | samples | share |", "|---|---:|---:|"]
            lines += [f"| `{m}` | {n} | {pct} |" for m, n, pct in jfr["hot"]] + [""]
        if jfr.get("allocation"):
            lines += ["Allocation pressure by class: " + ", ".join(f"`{c}` {pct}" for c, pct in jfr["allocation"]), ""]
        if jfr.get("gc"):
            lines += ["GC pauses: " + "; ".join(jfr["gc"]), ""]

    report["appLog"] = {"errors": values.get("APP_LOG_ERRORS"), "pushErrors": values.get("APP_LOG_PUSH_ERRORS"),
                        "exceptions": values.get("APP_LOG_EXCEPTIONS")}
    lines += ["## The app's own log", "",
              f"- ERROR lines: {values.get('APP_LOG_ERRORS', 'n/a')} (server-side failures a client may not see; the run "
              "fails when there are any)",
              f"- Atmosphere ERROR lines (a push connection closed by both ends at once): {values.get('APP_LOG_PUSH_ERRORS', 'n/a')}",
              f"- exception lines: {values.get('APP_LOG_EXCEPTIONS', 'n/a')}", ""]
    (out / "summary.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
