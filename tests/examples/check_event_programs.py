#!/usr/bin/python3
"""End-to-end checks of the programs on event files as users get them:
zipped and gzipped (from a file and from standard input), GDELT exported as
CSV (BigQuery's names, R's write.csv with NA, codes read as numbers), ICEWS
with CR line endings; every row counted; directories and missing files
refused with a message; a full disk an error with exit 1.

Usage: check_event_programs.py EXAMPLES_DIR SHARED_DIR SOURCE_DIR WORK_DIR
"""
import csv
import io
import json
import os
import re
import subprocess
import sys

examples, shared, source, work = sys.argv[1:5]
os.makedirs(work, exist_ok=True)
failures = []
gdelt = os.path.join(shared, "data", "gdelt2_export_20240819130000_excerpt.tsv")
icews = os.path.join(shared, "data", "icews_events.2018.sample_excerpt.tab")
fixtures = os.path.join(source, "tests", "data", "compressed")


def run(*args, code=0, stdin=None, stdout=subprocess.PIPE):
    p = subprocess.run([os.path.join(examples, args[0]), *args[1:]], stdin=stdin, stdout=stdout,
                       stderr=subprocess.PIPE)
    if p.returncode != code:
        failures.append(f"{' '.join(args)}: exit {p.returncode}, wanted {code}\n"
                        f"{p.stderr.decode(errors='replace')}")
    return p


def check(condition, what):
    if not condition:
        failures.append(what)


def counts_add_up(stderr, what):
    """rows read = kept + skipped + bad, as import_events prints them."""
    text = stderr.decode()
    read = int(re.search(r"rows read: +(\d+)", text).group(1))
    kept = int(re.search(r"from (\d+) rows", text).group(1)) if "from " in text else \
        int(re.search(r"contacts kept: (\d+)", text).group(1))
    skipped = int(re.search(r"rows skipped: +(\d+)", text).group(1))
    bad = int(re.search(r"bad rows: +(\d+)", text).group(1))
    check(read == kept + skipped + bad, f"{what}: {read} rows read, {kept} + {skipped} + {bad}")


plain = run("import_events", gdelt)
check(plain.stdout.count(b"\n") == 3, plain.stdout)  # header and two contacts
counts_add_up(plain.stderr, "plain")

# Compressed: the same contacts, from a file and from standard input.
for name in ["gdelt2.export.CSV.zip", "gdelt2.CSV.gz", "gdelt2.two-members.gz",
             "gdelt2.streamed.zip", "gdelt2.two-members.zip"]:
    path = os.path.join(fixtures, name)
    got = run("import_events", path)
    check(got.stdout == plain.stdout, f"{name}: other contacts than the plain file")
    counts_add_up(got.stderr, name)
    with open(path, "rb") as f:
        piped = run("import_events", "-", stdin=f)
    check(piped.stdout == plain.stdout, f"{name} on standard input: other contacts")
def figures(p):
    """A report's JSON without the line that names its file."""
    r = json.loads(p.stdout)
    check(r.pop("selection", "").startswith("contacts in "), r)
    return r


report = figures(run("gap_report", "--events", gdelt, "--format", "json"))
check(report["contacts"] == 2, report)
for name in ["gdelt2.export.CSV.zip", "gdelt2.CSV.gz"]:
    path = os.path.join(fixtures, name)
    check(figures(run("gap_report", "--events", path, "--format", "json")) == report,
          f"gap_report --events {name}")
    with open(path, "rb") as f:
        piped = run("gap_report", "--events", "-", "--format", "json", stdin=f)
    check(figures(piped) == report, f"gap_report --events - < {name}")
    check(b"gdelt2 file <stdin>: 35 rows" in piped.stderr, piped.stderr)
svg = run("timeline_svg", "--events", os.path.join(fixtures, "gdelt2.CSV.gz")).stdout
check(svg.startswith(b"<svg") or b"<svg" in svg[:200], "timeline_svg --events .gz")

# Exports: GDELT's rows under GDELT's column names, as BigQuery (commas,
# quotes where needed), R's write.csv (a row-name column, all text quoted,
# NA) and pandas' default dtypes (codes as numbers) write them.
with open(gdelt, encoding="utf-8") as f:
    rows = [line.rstrip("\n").split("\t") for line in f]
names = {"GlobalEventsID": "GLOBALEVENTID", "Day": "SQLDATE", "DateAdded": "DATEADDED"}
rows[0] = [names.get(n, n) for n in rows[0]]


def write(name, text):
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


out = io.StringIO()
csv.writer(out, lineterminator="\n").writerows(rows)
bigquery = write("bigquery.csv", out.getvalue())
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
w.writerow([""] + rows[0])
for i, r in enumerate(rows[1:], 1):
    w.writerow([str(i)] + [v if v != "" else "NA" for v in r])
r_export = write("r_write.csv", out.getvalue().replace('"NA"', "NA"))
code, root = rows[0].index("EventCode"), rows[0].index("EventRootCode")
numbers = [rows[0]] + [[v.lstrip("0") or "0" if i in (code, code + 1, root) else v
                        for i, v in enumerate(r)] for r in rows[1:]]
out = io.StringIO()
csv.writer(out, lineterminator="\n").writerows(numbers)
as_numbers = write("codes_as_numbers.csv", out.getvalue())
for path in [bigquery, r_export, as_numbers]:
    got = run("import_events", path)
    check(got.stdout == plain.stdout, f"{os.path.basename(path)}: other contacts than the TSV")
    counts_add_up(got.stderr, path)
check(b"leading zero" in run("import_events", as_numbers).stderr, "codes given back are told")

# Collapsed contacts keep the location of their first report: the same
# locations as one contact per row gives, on a file long enough for the
# reader's buffer to move on (the excerpt's rows over 300 days).
big_rows = []
for day in range(300):
    for r in rows[1:]:
        r = list(r)
        r[0] = str(1000000 + len(big_rows))
        r[1] = f"2024{1 + day // 28:02d}{1 + day % 28:02d}" if day < 336 else r[1]
        r[59] = r[1] + "120000"
        big_rows.append("\t".join(r))
big = write("big.tsv", "\n".join(big_rows) + "\n")
loc = lambda out: {line.split(",")[0]: line for line in out.decode().splitlines()[1:]}
collapsed = run("import_events", "--codes", "all", big).stdout
one_per_row = run("import_events", "--codes", "all", "--no-collapse", big).stdout
check(b"\0" not in collapsed, "a NUL byte in the collapsed contacts")
with_location = [line for line in csv.reader(io.StringIO(collapsed.decode()))][1:]
per_row = {tuple(r[1:8]): r[8] for r in reversed(list(csv.reader(io.StringIO(one_per_row.decode())))[1:])}
check(len(with_location) > 1000, len(with_location))
check(all(per_row.get(tuple(r[1:8])) == r[8] for r in with_location),
      "a collapsed contact's location is not its first report's")

# A file out of DATEADDED order is told, not counted twice in silence.
backwards = write("backwards.tsv", "\n".join(reversed(big_rows)) + "\n")
told = run("import_events", "--codes", "all", backwards).stderr
check(b"rows out of order: " in told, told)
check(b"rows out of order" not in run("import_events", "--codes", "all", big).stderr,
      "a file in order is said to be out of order")

# ICEWS with CR line endings: every row read.
with open(icews, "rb") as f:
    tab = f.read()
icews_plain = run("import_events", icews)
cr = os.path.join(work, "icews_cr.tab")
with open(cr, "wb") as f:
    f.write(tab.replace(b"\n", b"\r"))
icews_cr = run("import_events", cr)
check(icews_cr.stdout == icews_plain.stdout, "CR line endings: other contacts")
check(b"rows read:     47" in icews_cr.stderr, icews_cr.stderr)

# What cannot be read is refused, naming it. (A directory of event files is
# read as its files: check_many_files.py; a contacts table is one file.)
folder = work
p = run("gap_report", "--csv", folder, code=1)
check(f"{folder}: a directory, not a file".encode() in p.stderr, f"--csv: {p.stderr}")
empty = os.path.join(work, "empty-folder")
os.makedirs(empty, exist_ok=True)
for args in [("import_events", empty), ("gap_report", "--events", empty),
             ("timeline_svg", "--events", empty)]:
    p = run(*args, code=1)
    check(f"{empty}: the directory holds no event files".encode() in p.stderr,
          f"{args}: {p.stderr}")
p = run("gap_report", "--events", os.path.join(work, "*.no-such"), code=1)
check(b"no file matches the pattern" in p.stderr, p.stderr)
p = run("import_events", os.path.join(work, "no-such.zip"), code=1)
check(b"no-such.zip: no such file" in p.stderr, p.stderr)
p = run("import_events", os.path.join(fixtures, "gdelt2.truncated.zip"), code=1)
check(b"truncated archive" in p.stderr, p.stderr)

# A full disk is an error, with exit 1 and a message.
if os.path.exists("/dev/full"):
    for args in [("gap_report",), ("gap_report", "--format", "json"), ("timeline_svg",),
                 ("export_registry", "contacts"), ("import_events", gdelt),
                 ("import_events", "--no-collapse", gdelt)]:
        with open("/dev/full", "wb") as full:
            p = run(*args, code=1, stdout=full)
        check(b"cannot write to standard output" in p.stderr, f"{args} > /dev/full: {p.stderr}")
else:
    failures.append("no /dev/full on this machine: the full-disk checks cannot run")

if failures:
    print("\n\n".join(failures))
    sys.exit(1)
print("event programs: all checks passed")
