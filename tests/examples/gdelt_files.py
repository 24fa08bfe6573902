#!/usr/bin/python3
"""A folder of GDELT 2.0 export files shaped as GDELT publishes them (61
tab-separated columns, no header, one DATEADDED per file as for the
15-minute files), for the tests and the benchmark of many files.

Four files share each day of DATEADDED, and reports of one contact (same
day, states and medium) fall in several files, so collapsing across the
files' boundaries matters; every tenth file has a few rows added a week
before (out of DATEADDED order), and some rows are of other codes, of one
state or without a country (skipped, counted).

Usage: gdelt_files.py OUT_DIR FILES ROWS_PER_FILE [SEED]
"""
import os
import random
import sys

STATES = ["USA", "RUS", "CHN", "UKR", "FRA", "GBR", "IND", "IRN", "TUR", "DEU"]  # CAMEO country codes
CODES = ["040", "041", "042", "043", "044", "045", "046", "057", "010", "190", "071", "036"]
TYPES = ["GOV", "MIL", "", "", "BUS", "LEG"]


def day(base, offset):
    import datetime
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=base + offset)
    return d.strftime("%Y%m%d")


def write(out_dir, files, rows, seed=1):
    rng = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    event_id = 1_000_000
    names = []
    for f in range(files):
        added_day = f // 4
        added = day(added_day, 0) + "%02d%02d00" % (f % 4 * 6, 15 * (f % 4))
        name = os.path.join(out_dir, "%s.export.CSV" % added)
        lines = []
        for r in range(rows):
            event_id += 1
            back = 7 + rng.randint(1, 3) if f % 10 == 9 and r % 50 == 0 else 0
            event_day = day(added_day, -rng.randint(0, 6) - back)
            a = rng.choice(STATES)
            b = rng.choice(STATES) if rng.random() < 0.9 else a
            if rng.random() < 0.03:
                b = ""
            code = rng.choice(CODES)
            c = [""] * 61
            c[0] = str(event_id)
            c[1] = event_day
            c[2] = event_day[:6]
            c[3] = event_day[:4]
            c[4] = "%s.%04d" % (event_day[:4], 100 * int(event_day[4:6]))
            c[5], c[6], c[7], c[12] = a + "GOV", "GOVERNMENT", a, rng.choice(TYPES)
            c[15], c[16], c[17], c[22] = b + "GOV", "GOVERNMENT", b, rng.choice(TYPES)
            c[25] = "1"
            c[26], c[27], c[28] = code, code[:3], code[:2]
            c[29], c[30] = "1", "1.0"
            c[31] = c[32] = c[33] = str(rng.randint(1, 9))
            c[34] = "%.4f" % rng.uniform(-5, 5)
            c[51] = "4"
            c[52] = rng.choice(["Moscow, Moskva, Russia", "Washington, District of Columbia, "
                                "United States", "Geneva, Geneve, Switzerland", ""])
            c[53] = "RS"
            # Rows GDELT added a week or more before the file's day: out
            # of the order of DATEADDED.
            c[59] = day(added_day, -back) + "000000" if back else added
            c[60] = "https://example.org/%d" % event_id
            lines.append("\t".join(c))
        with open(name, "w", newline="\n") as out:
            out.write("\n".join(lines) + "\n")
        names.append(name)
    return names


if __name__ == "__main__":
    out_dir, files, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    for n in write(out_dir, files, rows, seed):
        print(n)
