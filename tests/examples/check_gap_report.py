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
check(report.startswith("Gap report: contacts in the built-in registry\nDates: derived dates"),
      report[:200])
# The ten statements the registry carries: eight hold on the articles' own
# dates, and the two "five months" hold on the dates derived from the
# articles' words, and on the exact days of public record.
check(report.count("\n  [holds] ") == 8, "eight statements hold:\n" + report)
check(report.count("\n  [allowed; derived: holds; refined: holds] ") == 2,
      "two hold on derived dates:\n" + report)
# A gap nothing documents says so; one a statement documents names it.
check("5368 to 6574 days, from the mid-1980s to 2001-09-11/2001-12-31; no contact on record"
      in report, report)
check("152 to 182 days, from 2022-04-22/2022-05-25 to 2022-10-21/2022-10-24; documented silence "
      "(statement 7" in report, report)

# The five months of 2022, asked through the ordinary options, on derived
# dates (the default) and on documented ones.
for pair in ["Antony Blinken;Sergey Lavrov", "Mark Milley;Valery Gerasimov"]:
    j = json.loads(run("gap_report", "--actors", pair, "--from", "2022-01", "--to", "2022-10",
                       "--format", "json").stdout)
    check(j["dates"] == "derived" and j["longest_gap_days"] == [152, 182], j)
    check(j["longest_gap_record"]["record"] == "documented_silence", j)
    d = json.loads(run("gap_report", "--actors", pair, "--from", "2022-01", "--to", "2022-10",
                       "--dates", "documented", "--format", "json").stdout)
    check(d["dates"] == "documented" and d["longest_gap_days"][1] > 182, d)
check(run("gap_report", "--dates", "guessed", code=2).stderr.startswith("gap_report: --dates"),
      "--dates with a bad value")
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
# (The contacts table does not carry the registry's statements: which
# silences a source documents is the registry's, not the table's.)
def without_records(r):
    r = json.loads(json.dumps(r))
    for x in [r] + r["groups"]:
        x.pop("silence_record", None)
        x.pop("longest_gap_record", None)
    return r
check(without_records(from_csv) == without_records(builtin), f"CSV {from_csv} != built-in {builtin}")

# A spreadsheet that names people but not their states: the states and the
# level come from the offices the built-in registry knows they held.
sheet = os.path.join(work, "sheet.csv")
with open(sheet, "w", encoding="utf-8") as f:
    f.write("id,date,participants,medium\n1,2022-01-05,Joe Biden;Vladimir Putin,telephone\n")
named = json.loads(run("gap_report", "--csv", sheet, "--between", "USA,RUS", "--level", "leader",
                       "--format", "json").stdout)
check(named["contacts"] == 1, f"a contact naming only people: {named}")

# Your own data: the hand-written spreadsheet of docs and README (ids c1..c20,
# names with a space after ';', words for level and medium, dates at three
# precisions and a date-time, rows out of order), read as it is.
here = os.path.dirname(os.path.abspath(__file__))
calls = os.path.join(here, "..", "data", "calls.csv")
pair = "Ilse Vanberg and Tomás Quiroga"


def month_spans(path):
    """Each row's span of months (first, last) as year*12+month-1, computed
    here without hotline: YYYY, YYYY-MM, YYYY-MM-DD and date-times."""
    import csv
    spans = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            d = row["date"][:10]
            y = int(d[:4])
            if len(d) == 4:
                spans.append((y * 12, y * 12 + 11))
            else:
                m = y * 12 + int(d[5:7]) - 1
                spans.append((m, m))
    return spans


spans = month_spans(calls)
lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
certain = sum(1 for m in range(lo, hi + 1) if not any(a <= m <= b for a, b in spans))
possible = sum(1 for m in range(lo, hi + 1) if not any(a == m == b for a, b in spans))
p = run("gap_report", "--csv", calls)
check(f"  {pair}: 20 contacts, 2021 to 28 February 2024" in p.stdout, p.stdout)
check("\nforeign minister level\n" in p.stdout and "actor " not in p.stdout, p.stdout)
check("20 contacts read from" in p.stderr, p.stderr)
own = json.loads(run("gap_report", "--csv", calls, "--format", "json").stdout)
check(own["contacts"] == 20 and own["notes"] == [], own)
check(own["months_without"]["certain"] == certain and own["months_without"]["possible"] == possible,
      f"months without: {own['months_without']}, computed {certain} and {possible}")
check([(g["level"], g["who"]) for g in own["groups"]] == [("foreign_minister", pair)], own)
chosen = json.loads(run("gap_report", "--csv", calls, "--actors", "Ilse Vanberg;Tomás Quiroga",
                        "--medium", "meeting", "--format", "json").stdout)
check(chosen["contacts"] == 5, chosen)
p = run("gap_report", "--csv", calls, "--actors", "Tomas Quiroga", code=2)
check("no person named 'Tomas Quiroga' in " in p.stderr and "Tomás Quiroga" in p.stderr, p.stderr)

# A journalist's claims, checked against the contacts table: in text and in
# JSON, with the verdict on each layer and the source as written.
claims = os.path.join(here, "..", "data", "claims.csv")
text = run("gap_report", "--csv", calls, "--statements", claims).stdout
check("  [holds] no contacts of Ilse Vanberg and Tomás Quiroga after March 2024, as of 30 June "
      "2024\n" in text, text)
check("  [contradicted] 5 contacts of Ilse Vanberg and Tomás Quiroga in March 2021\n" in text, text)
verdicts = json.loads(run("gap_report", "--csv", calls, "--statements", claims, "--format",
                          "json").stdout)["statements"]
check([(v["id"], v["verdicts"]["derived"]["verdict"], v["source"]) for v in verdicts] ==
      [(1, "holds", "Le Soir"), (2, "allowed", "Le Soir"), (3, "contradicted", "A blog"),
       (4, "contradicted", "A blog")], verdicts)
bad_claims = os.path.join(work, "bad_claims.csv")
with open(bad_claims, "w", encoding="utf-8") as f:
    f.write("kind,people,since,as_of\nsilence since,Nobody Known,2024-03,2024-06-30\n")
p = run("gap_report", "--csv", calls, "--statements", bad_claims, code=1)
check("bad_claims.csv:2" in p.stderr and "no person named 'Nobody Known'" in p.stderr, p.stderr)

# The README's "Your own data" section shows this file and this report as
# they are (run from the project's root, as ./run report runs it).
root = os.path.join(here, "..", "..")
with open(calls, encoding="utf-8") as f:
    head = "".join(f.readlines()[:4])
check("```csv\n" + head + "```" in readme, "README.md does not show tests/data/calls.csv's first rows")
p = subprocess.run([os.path.join(examples, "gap_report"), "--csv", "tests/data/calls.csv",
                    "--as-of", "2024-06-30"], capture_output=True, text=True, cwd=root)
start = readme.find("```text\nGap report: contacts in tests/data/calls.csv")
shown = readme[start + len("```text\n"):readme.find("```", start + 8)] if start >= 0 else ""
check(p.returncode == 0 and shown == p.stdout,
      "README.md does not show gap_report's report of tests/data/calls.csv as it is now")

# The same rows with only date, participants and countries; and from
# standard input.
import csv as csvmod
with open(calls, encoding="utf-8", newline="") as f:
    rows = list(csvmod.reader(f))


def write(name, table):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csvmod.writer(f).writerows(table)
    return path


three = write("three.csv", [r[1:4] for r in rows])
few = json.loads(run("gap_report", "--csv", three, "--format", "json").stdout)
check(few["contacts"] == 20 and [g["who"] for g in few["groups"]] == [pair], few)
check(few["months_without"] == own["months_without"], few)
with open(three, encoding="utf-8") as f:
    piped = subprocess.run([os.path.join(examples, "gap_report"), "--csv", "-", "--format", "json"],
                           stdin=f, capture_output=True, text=True)
check(piped.returncode == 0 and json.loads(piped.stdout)["contacts"] == 20, piped.stderr)

# Ids of the file's own people are the file's: never the built-in
# registry's people with the same numbers.
numbered = write("numbered.csv", [rows[0] + ["participant_ids"]] + [r + ["1;2"] for r in rows[1:]])
p = run("gap_report", "--csv", numbered)
check(pair in p.stdout and "Kosygin" not in p.stdout, p.stdout)
swapped = write("swapped.csv", [rows[0] + ["participant_ids"], rows[1] + ["1;2"], rows[2] + ["2;1"]])
p = run("gap_report", "--csv", swapped, code=1)
check("swapped.csv:3" in p.stderr and "id 2 is 'Tomás Quiroga' on line 2, not 'Ilse Vanberg'"
      in p.stderr, p.stderr)
twice = write("twice.csv", rows[:3] + [["c1"] + rows[3][1:]])
p = run("gap_report", "--csv", twice, code=1)
check("twice.csv:4:1: id: id 'c1' is also the id of the row on line 3" in p.stderr, p.stderr)

# People the file names without states: an actors table gives their offices;
# without one, the built-in registry's offices, and the report says so.
actors = write("actors.csv", [
    ["id", "name", "role", "country", "title", "start", "end", "source"],
    ["1", "Ilse Vanberg", "foreign minister", "BEL", "Minister", "2020-10-01", "2025-01-01", ""],
    ["2", "Tomás Quiroga", "foreign_minister", "ARG", "Minister", "2019-12-10", "2023-12-10", ""]])
unplaced = write("unplaced.csv", [["date", "participants"], ["2021-03-04", "Ilse Vanberg;Tomás Quiroga"],
                                  ["2022-05", "Tomás Quiroga; Ilse Vanberg"]])
placed = json.loads(run("gap_report", "--csv", unplaced, "--actors-csv", actors, "--format",
                        "json").stdout)
check([(g["level"], g["who"]) for g in placed["groups"]] == [("foreign_minister", pair)], placed)
p = run("gap_report", "--csv", unplaced, code=1)
check("no state is known for 'Ilse Vanberg' on 2021-03-04" in p.stderr, p.stderr)
leaders = write("leaders.csv", [["date", "participants", "medium"],
                                ["2022-01-05", "Joe Biden;Vladimir Putin", "telephone"],
                                ["2022-02-12", "Joe Biden; Vladimir Putin", "phone call"]])
p = run("gap_report", "--csv", leaders)
check("Note: the file gives no countries for Joe Biden (2 rows) and Vladimir Putin (2 rows)"
      in p.stdout and "leader level\n  Joe Biden and Vladimir Putin: 2 contacts" in p.stdout,
      p.stdout)
looked = json.loads(run("gap_report", "--csv", leaders, "--format", "json").stdout)
check(len(looked["notes"]) == 1 and "built-in registry" in looked["notes"][0], looked)

# One run shows every problem: --lenient lists bad rows (at most 20, and
# counts the rest) and reports the rest; strict stops at the first.
messy = write("messy.csv", [["Date", " Participants ", "countries", "Notes"],
                            ["2021-01-01", "A;B", "BEL;ARG", "x"],
                            ["2015-02-29", "A;B", "BEL;ARG", "y"],
                            ["2021-02-01", "A;B", "BEL;XYZ", "z"],
                            ["2021-03", "A;B", "BEL;ARG", ""]] +
              [["2021-13-01", "A;B", "BEL;ARG", ""]] * 25)
p = run("gap_report", "--csv", messy, code=1)
check(p.stderr.count("messy.csv:") == 1 and "messy.csv:3:1: date:" in p.stderr, p.stderr)
p = run("gap_report", "--csv", messy, "--lenient")
check("2 contacts read from" in p.stderr and "27 bad rows skipped" in p.stderr, p.stderr)
check("columns not read: Notes" in p.stderr, p.stderr)
check("messy.csv:4:3: countries: unknown country 'XYZ'" in p.stderr, p.stderr)
check(p.stderr.count("bad row: ") == 20 and "and 7 more bad rows" in p.stderr, p.stderr)
check("2 contacts, from 1 January 2021 to March 2021" in p.stdout, p.stdout)

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
