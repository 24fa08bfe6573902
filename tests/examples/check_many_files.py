#!/usr/bin/python3
"""Many event files, many cores, many machines: gap_report and import_events
over a folder of GDELT 2.0 files (tests/examples/gdelt_files.py: reports of
one contact in several files, rows out of DATEADDED order) give the same
output, byte for byte, on 1 and 2 threads, from a directory, a quoted
pattern and a list of files, and the same contacts as one pass over the
files' concatenation; every row is counted; a bad row's error names its
file; gap_report --merge of the files' summaries gives the report over all
of them at once (text and JSON), summaries of another question are refused
with what differs; and, with --dask, examples/dask_gap_report.py on a
LocalCluster of two worker processes gives that report too.

Usage: check_many_files.py EXAMPLES_DIR SOURCE_DIR WORK_DIR [--dask]
"""
import os
import re
import shutil
import subprocess
import sys

examples, source, work = sys.argv[1:4]
dask = "--dask" in sys.argv[4:]
sys.path.insert(0, os.path.join(source, "tests", "examples"))
import gdelt_files  # noqa: E402

shutil.rmtree(work, ignore_errors=True)
folder = os.path.join(work, "events")
files = gdelt_files.write(folder, 12, 300, seed=7)
failures = []


def run(*args, code=0, stdin=None):
    p = subprocess.run([os.path.join(examples, args[0]), *args[1:]], stdin=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != code:
        failures.append(f"{' '.join(args)}: exit {p.returncode}, wanted {code}\n"
                        f"{p.stderr.decode(errors='replace')}")
    return p


def check(condition, what):
    if not condition:
        failures.append(what)


def concatenation():
    with open(os.path.join(work, "all.CSV"), "wb") as out:
        for f in files:
            with open(f, "rb") as i:
                out.write(i.read())
    return os.path.join(work, "all.CSV")


question = ["--as-of", "2024-01-10", "--burst", "3/2"]
for fmt in ["text", "json"]:
    one = run("gap_report", "--events", folder, "--jobs", "1", "--format", fmt, *question)
    two = run("gap_report", "--events", folder, "--jobs", "2", "--format", fmt, *question)
    check(one.stdout == two.stdout, f"gap_report {fmt}: --jobs 1 and --jobs 2 differ")
    check(one.stderr == two.stderr, f"gap_report {fmt}: --jobs 1 and 2 count differently")
    check(len(one.stdout) > 500, one.stdout)
    pattern = run("gap_report", "--events", os.path.join(folder, "*.export.CSV"), "--jobs", "2",
                  "--format", fmt, *question)
    check(pattern.stdout == one.stdout, f"gap_report {fmt}: a pattern gives other files")
    listed = run("gap_report", *[x for f in files for x in ["--events", f]], "--format", fmt,
                 *question)
    check(listed.stdout == one.stdout, f"gap_report {fmt}: the files listed give another report")

text = run("gap_report", "--events", folder, *question).stdout.decode()
# Reports of one contact in several files are collapsed as in one pass over
# the concatenation: the same report but for its title line.
with open(concatenation(), "rb") as f:
    cat = run("gap_report", "--events", "-", *question, stdin=f).stdout.decode()
check(cat.split("\n", 1)[1] == text.split("\n", 1)[1],
      f"gap_report over the files is not one pass over their concatenation:\n{text}\n{cat}")
check("12 event files, " in text.split("\n", 1)[0], text.split("\n", 1)[0])
check("came more than a week before" in text, "the rows out of order are not told")
counts = run("gap_report", "--events", folder).stderr.decode()
m = re.search(r"(\d+) rows, (\d+) kept as (\d+) contacts \((\d+) collapsed\), (\d+) skipped, "
              r"(\d+) bad", counts)
check(m is not None, counts)
if m:
    rows, kept, contacts, collapsed, skipped, bad = map(int, m.groups())
    check(rows == 12 * 300 and rows == kept + skipped + bad and kept == contacts + collapsed,
          counts)

# import_events: the same contacts CSV on 1 and 2 threads, and as one pass.
one = run("import_events", folder, "--jobs", "1")
two = run("import_events", os.path.join(folder, "*.CSV"), "--jobs", "2")
check(one.stdout == two.stdout and one.stdout.count(b"\n") > 100, "import_events: 1 and 2 differ")
check(one.stderr == two.stderr, "import_events: the summaries of 1 and 2 threads differ")
whole = run("import_events", concatenation())
check(whole.stdout == one.stdout, "import_events over the files is not one pass over them")
e = one.stderr.decode()
read = int(re.search(r"rows read: +(\d+)", e).group(1))
kept = int(re.search(r"from (\d+) rows", e).group(1))
skipped = int(re.search(r"rows skipped: +(\d+)", e).group(1))
check(read == 3600 and read == kept + skipped, e)
nc = run("import_events", folder, "--no-collapse", "--jobs", "2")
check(nc.stdout.count(b"\n") == kept + 1, "import_events --no-collapse: one contact per kept row")

# A bad row: the error names its file, whichever thread read it.
bad_folder = os.path.join(work, "bad")
shutil.copytree(folder, bad_folder)
bad_file = os.path.join(bad_folder, os.path.basename(files[5]))
with open(bad_file, "a") as f:
    f.write("x\tnot a row\n")
for program in [["gap_report", "--events"], ["import_events"]]:
    p = run(*program, bad_folder, "--jobs", "2", code=1)
    check(bad_file + ":301:" in p.stderr.decode(), f"{program[0]}: {p.stderr}")

# Summaries: each file on its own, merged: the report over all at once.
summaries = []
for f in files:
    out = os.path.join(work, os.path.basename(f) + ".summaries")
    p = run("gap_report", "--events", f, *question, "--summaries-out", out)
    check(p.stdout == b"", "--summaries-out prints no report")
    summaries.append(out)
for fmt in ["text", "json"]:
    direct = run("gap_report", "--events", folder, *question, "--format", fmt).stdout
    merged = run("gap_report", "--merge", *summaries, "--format", fmt).stdout
    check(merged == direct, f"--merge {fmt}: another report than over all the files at once")
# A tree of merges: summaries of summaries.
half = os.path.join(work, "half.summaries")
run("gap_report", "--merge", *summaries[:6], "--summaries-out", half)
check(run("gap_report", "--merge", half, *summaries[6:]).stdout.decode() == text, "a tree of merges")
# Summaries of another question are refused, saying what differs.
other = os.path.join(work, "other.summaries")
run("gap_report", "--events", files[0], "--as-of", "2024-01-11", "--summaries-out", other)
p = run("gap_report", "--merge", summaries[0], other, code=1)
check("as_of: 2024-01-10 in " in p.stderr.decode() and "2024-01-11 in " in p.stderr.decode(),
      p.stderr)
p = run("gap_report", "--merge", summaries[0], "--as-of", "2024-01-10", code=2)
check(b"the question" in p.stderr, p.stderr)

if dask:
    for fmt in ["text", "json"]:
        direct = run("gap_report", "--events", folder, "--format", fmt, *question).stdout
        p = subprocess.run(["/usr/bin/python3", os.path.join(source, "examples",
                                                             "dask_gap_report.py"),
                            os.path.join(examples, "gap_report"), folder, "--workers", "2",
                            "--format", fmt, "--", *question],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        check(p.returncode == 0, f"dask_gap_report.py: {p.stderr.decode(errors='replace')}")
        check(p.stdout == direct, f"dask {fmt}: another report than one process:\n"
                                  f"{p.stdout.decode()}\n{direct.decode()}")

if failures:
    for f in failures:
        print("FAIL:", f if isinstance(f, str) else repr(f))
    sys.exit(1)
print("many files: all checks passed")
