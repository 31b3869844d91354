#!/usr/bin/env python3
"""Figures of one Gatling run, read from its HTML report's statistics and error tables (Gatling 3.15 writes no
stats.json; the console output of the run is the fallback for the errors).

    gatling_summary.py <results dir> [<console log>]   ->  JSON on stdout
"""
import html
import json
import re
import sys
from pathlib import Path

COLUMNS = {2: "total", 3: "ok", 4: "ko", 5: "koPercent", 6: "rps", 7: "min", 8: "p50", 9: "p75", 10: "p95",
           11: "p99", 12: "max", 13: "mean", 14: "stdDev"}


def number(text):
    text = text.strip().replace(",", "")
    if text in ("", "-"):
        return None
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return None


def rows(report):
    """Every row of the statistics table: 'All Requests' first, then one per request name."""
    for match in re.finditer(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', report, re.S):
        cells = match.group(2)
        name = re.search(r'class="ellipsed-name">(.*?)</span>', cells, re.S)
        if not name:
            continue
        values = {}
        for column, key in COLUMNS.items():
            cell = re.search(r'class="value [a-z]+ col-%d">([^<]*)</td>' % column, cells)
            if cell:
                values[key] = number(cell.group(1))
        if values:
            yield html.unescape(name.group(1).strip()), values


def report_errors(report):
    """The report's error table: message -> count."""
    found = {}
    for match in re.finditer(r'<td class="error-col-1 total ko">(.*?)<span[^>]*>[^<]*</span></td>\s*'
                             r'<td class="value error-col-2 total ko">(\d+)</td>', report, re.S):
        found[html.unescape(match.group(1).strip())] = int(match.group(2))
    return found


def errors(console):
    """The last '---- Errors ----' block of the console summary: message -> count."""
    blocks = console.split("---- Errors ---")
    if len(blocks) < 2:
        return {}
    found = {}
    lines = blocks[-1].split("\n")[1:]
    current = None
    for line in lines:
        if line.startswith("====") or line.startswith("---- "):
            break
        entry = re.match(r"> (.*?)\s+(\d+)\s+\(\s*([\d.]+)%\)\s*$", line)
        if entry:
            current = entry.group(1).strip()
            found[current] = int(entry.group(2))
        elif current and line.strip():
            # Gatling wraps long messages on the next line
            count = found.pop(current)
            current = current + line.strip()
            found[current] = count
    return found


def main():
    results = Path(sys.argv[1])
    report = (results / "index.html").read_text(encoding="utf-8")
    table = dict(rows(report))
    summary = {"results": str(results), "global": table.pop("All Requests", None), "requests": table}
    summary["errors"] = report_errors(report)
    if not summary["errors"] and len(sys.argv) > 2 and Path(sys.argv[2]).exists():
        # a run that crashed before its report: the console's error block (long messages are wrapped there)
        summary["errors"] = errors(Path(sys.argv[2]).read_text(encoding="utf-8", errors="replace"))
    json.dump(summary, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
