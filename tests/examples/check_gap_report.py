#!/usr/bin/python3
"""End-to-end checks of gap_report as a person runs it.

Usage: check_gap_report.py EXAMPLES_DIR SHARED_DIR WORK_DIR
"""
import json
import os
import subprocess
import sys

examples, shared, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
failures = []


def run(*args, code=0):
    p = subprocess.run([os.path.join(examples, args[0]), *args[1:]], capture_output=True, text=True)
    if p.returncode != code:
        failures.append(f"{' '.join(args)}: exit {p.returncode}, wanted {code}\n{p.stderr}")
    return p


def check(condition, what):
    if not condition:
        failures.append(what)


# With no arguments: the report over the built-in registry, with every one of
# the articles' statements found to hold.
report = run("gap_report").stdout
check(report.startswith("Gap report: contacts in the built-in registry\n33 contacts"), report[:200])
# The ten statements the registry carries: eight hold on the articles' own
# dates, and the two "five months" hold on the exact days of public record.
check(report.count("\n  [holds] ") == 8, "eight statements hold:\n" + report)
check(report.count("\n  [allowed; refined: holds] ") == 2, "two hold on refined dates:\n" + report)
check("contradicted" not in report, "a statement is contradicted:\n" + report)
check("Barack Obama and Vladimir Putin: 8 contacts, March 2014 to February 2016" in report,
      "the Obama-Putin group")

# The README shows this output as it is.
readme_path = os.path.join(os.path.dirname(__file__), "..", "..", "README.md")
with open(readme_path, encoding="utf-8") as f:
    readme = f.read()
start = readme.find("```text\nGap report: contacts in the built-in registry")
shown = readme[start + len("```text\n"):readme.find("```", start + 8)] if start >= 0 else ""
check(shown == report, "README.md does not show gap_report's output as it is now")

# JSON: one object with the figures of the selection.
q = ["--between", "USA,RUS", "--level", "leader", "--as-of", "2022-10-25", "--format", "json"]
builtin = json.loads(run("gap_report", *q).stdout)
check(builtin["contacts"] == 14, builtin)
check(builtin["first"] == "1967" and builtin["last"] == "2022-02-11/2022-02-20", builtin)
check(builtin["silence_days"] == [247, 256], builtin)
check(set(builtin) >= {"contacts", "first", "last", "longest_gap_days", "months_without",
                        "silence_days", "bursts"}, builtin)
calls = json.loads(run("gap_report", "--actors", "Lloyd Austin;Sergei Shoigu", "--burst", "2/3",
                       "--format", "json").stdout)
check(calls["contacts"] == 2 and len(calls["bursts"]) == 1 and calls["bursts"][0]["count"] == 2,
      calls)
check("silence_days" not in calls, "silence only with --as-of")
none = json.loads(run("gap_report", "--from", "1990-01", "--to", "1990-12", "--format",
                      "json").stdout)
check(none["contacts"] == 0 and none["first"] is None, none)

# The export CSV read back gives the same answers as the built-in registry.
exported = run("export_registry", "contacts").stdout
path = os.path.join(work, "contacts.csv")
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(exported)
from_csv = json.loads(run("gap_report", "--csv", path, *q).stdout)
del builtin["selection"], from_csv["selection"]
check(from_csv == builtin, f"CSV {from_csv} != built-in {builtin}")

# A spreadsheet that names people but not their states: the states and the
# level come from the offices the built-in registry knows they held.
sheet = os.path.join(work, "sheet.csv")
with open(sheet, "w", encoding="utf-8") as f:
    f.write("id,date,participants,medium\n1,2022-01-05,Joe Biden;Vladimir Putin,telephone\n")
named = json.loads(run("gap_report", "--csv", sheet, "--between", "USA,RUS", "--level", "leader",
                       "--format", "json").stdout)
check(named["contacts"] == 1, f"a contact naming only people: {named}")

# Real event data: the GDELT 2.0 excerpt, format detected.
events = os.path.join(shared, "data", "gdelt2_export_20240819130000_excerpt.tsv")
p = run("gap_report", "--events", events, "--format", "json")
check("35 rows" in p.stderr, p.stderr)
check(json.loads(p.stdout)["contacts"] >= 1, p.stdout)

# Bad arguments: a clear message and exit code 2. A missing file: exit 1.
for args, message in [(["--level", "boss"], "--level: unknown value 'boss'"),
                      (["--between", "USA"], "--between: expected two states"),
                      (["--between", "USA,XYZ"], "unknown country code 'XYZ'"),
                      (["--as-of", "2015-02-30"], "day does not exist in that month"),
                      (["--from", "2014"], "expected a month as YYYY-MM"),
                      (["--actors", "Barak Obama"], "no person named 'Barak Obama'"),
                      (["--format", "xml"], "expected text or json"),
                      (["--burst", "1/3"], "--burst: expected K/D"),
                      (["--csv", path, "--events", events], "give one source"),
                      (["--from", "2022-05", "--to", "2022-01"], "--to: the month is before"),
                      (["--frobnicate"], "unknown option '--frobnicate'")]:
    p = run("gap_report", *args, code=2)
    check(message in p.stderr, f"{args}: stderr {p.stderr!r} lacks {message!r}")
p = run("gap_report", "--csv", os.path.join(work, "no such file.csv"), code=1)
check("no such file.csv" in p.stderr, p.stderr)

for f in failures:
    print("FAILED:", f)
print(f"gap_report: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
