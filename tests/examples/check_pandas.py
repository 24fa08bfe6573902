#!/usr/bin/python3
"""The README's pandas session, run as it is on the export, prints what the
README shows; and its dyad-month counts agree with a count made here from
the export's own date column, without the earliest/latest columns.

Usage: check_pandas.py EXAMPLES_DIR README WORK_DIR
"""
import collections
import csv
import os
import subprocess
import sys

examples, readme_path, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)
with open(readme_path, encoding="utf-8") as f:
    readme = f.read()

start = readme.find("```python\nimport pandas as pd\nc = pd.read_csv(\"contacts.csv\"")
code = readme[start + len("```python\n"):readme.find("```", start + 10)]
after = readme.find("```text\n", start)
shown = readme[after + len("```text\n"):readme.find("```", after + 8)]

exported = subprocess.run([os.path.join(examples, "export_registry"), "contacts"],
                          capture_output=True, text=True, check=True).stdout
with open(os.path.join(work, "contacts.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(exported)
ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=work)
failures = []
if start < 0 or ran.returncode != 0:
    failures.append(f"the README's pandas session did not run: {ran.stderr}")
elif ran.stdout != shown:
    failures.append(f"the README shows\n{shown}\nbut the session prints\n{ran.stdout}")

# Independently: a contact dated to a day, a mid-month or a month counts for
# that month (YYYY-MM, YYYY-MM-DD, or an interval within one month).
counts = collections.Counter()
for row in csv.DictReader(exported.splitlines()):
    d = row["date"]
    first, last = (d.split("/") + [d])[:2] if "/" in d else (d, d)
    if len(first) >= 7 and first[:7] == last[:7] and "X" not in first:
        counts["-".join(sorted(row["countries"].split(";"))), first[:7]] += 1
last8 = sorted(counts.items())[-8:]
for (dyad, month), n in last8:
    if f"{month}    {n}" not in shown:
        failures.append(f"{dyad} {month}: {n} contacts, not in the README's table")

for f in failures:
    print("FAILED:", f)
print(f"pandas session: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
