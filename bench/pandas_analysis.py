#!/usr/bin/python3
"""Workload A in pandas, on the data hotline_bench wrote: for every (pair of
states, level) group, the number of contacts, the longest gap (certain and
possible, as hotline::longest_gap defines them), the months of 2000-01 to
2024-12 certainly and possibly without contact, and the silence on
2025-01-01. The data is loaded before the timer starts; the results are
compared with hotline's (hotline.bin).

Usage: pandas_analysis.py DIR STATE_COUNT LEVEL_COUNT
Prints: seconds=S identical=yes|no [details]
"""
import sys
import time

import numpy as np
import pandas as pd

folder, n_states, n_levels = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
df = pd.DataFrame({
    "e": np.fromfile(f"{folder}/e.bin", dtype=np.int32).astype(np.int64),
    "l": np.fromfile(f"{folder}/l.bin", dtype=np.int32).astype(np.int64),
    "a": np.fromfile(f"{folder}/a.bin", dtype=np.int16).astype(np.int64),
    "b": np.fromfile(f"{folder}/b.bin", dtype=np.int16).astype(np.int64),
    "level": np.fromfile(f"{folder}/level.bin", dtype=np.int8).astype(np.int64),
})
WINDOW_FIRST = 2000 * 12  # months numbered year * 12 + month - 1
WINDOW_MONTHS = 300
DAY = int((np.datetime64("2025-01-01") - np.datetime64("1970-01-01")).astype(int))

start = time.perf_counter()
# Rows are in date order; groupby keeps that order within each group.
df["g"] = (np.minimum(df.a, df.b) * n_states + np.maximum(df.a, df.b)) * n_levels + df.level
g = df.groupby("g", sort=True)
count = g.size()

# Longest certain silence: the start of each contact minus the latest end
# of the contacts before it (0 when they overlap).
before = g["l"].cummax().groupby(df["g"]).shift(1)
certain = (df["e"] - before).clip(lower=0).groupby(df["g"]).max()

# Longest possible gap: each contact's start to the smallest end of the
# contacts after it; and, when two or more contacts may fall on or after the
# last one's start E, from E to the latest end among them.
rev = df.iloc[::-1]
after = rev.groupby("g")["l"].cummin().groupby(rev["g"]).shift(1)
core = (after - rev["e"]).groupby(rev["g"]).max()
last_e = g["e"].last()
near = df["l"] >= df["g"].map(last_e)
n_near = near.groupby(df["g"]).sum()
far = df["l"].where(near).groupby(df["g"]).max()
possible = core.where(n_near < 2, np.maximum(core, far - last_e))

# Months: each date touches the months from its first to its last day, and
# holds the month it lies within.
def month_number(days):
    d = pd.to_datetime(days, unit="D")
    return d.dt.year.to_numpy() * 12 + d.dt.month.to_numpy() - 1 - WINDOW_FIRST

me = month_number(df["e"])
ml = np.where(df["e"].to_numpy() == df["l"].to_numpy(), me, month_number(df["l"]))
gv = df["g"].to_numpy()
span = ml - me + 1
rows = np.repeat(np.arange(len(df)), span)
months = np.repeat(me, span) + (np.arange(len(rows)) - np.repeat(np.cumsum(span) - span, span))
inside = (months >= 0) & (months < WINDOW_MONTHS)
touched = pd.DataFrame({"g": gv[rows[inside]], "m": months[inside]}).drop_duplicates()
held_rows = (me == ml) & (me >= 0) & (me < WINDOW_MONTHS)
held = pd.DataFrame({"g": gv[held_rows], "m": me[held_rows]}).drop_duplicates()
certain_without = WINDOW_MONTHS - touched.groupby("g").size().reindex(count.index, fill_value=0)
possible_without = WINDOW_MONTHS - held.groupby("g").size().reindex(count.index, fill_value=0)

# Silence on DAY: from the latest day a contact on or before it may take,
# and from the latest start of one certainly before it.
on_or_before = df[df["e"] <= DAY]
cut = np.minimum(on_or_before["l"], DAY).groupby(on_or_before["g"]).max()
done = df[df["l"] <= DAY]
last_start = done["e"].groupby(done["g"]).max()
silence_min = (DAY - cut).reindex(count.index)
silence_max = (DAY - last_start).reindex(count.index)
seconds = time.perf_counter() - start

table = pd.DataFrame({
    "key": count.index.to_numpy(),
    "count": count.to_numpy(),
    "gap_min": certain.reindex(count.index).fillna(-1).to_numpy(),
    "gap_max": possible.reindex(count.index).fillna(-1).to_numpy(),
    "months_certain": certain_without.to_numpy(),
    "months_possible": possible_without.to_numpy(),
    "silence_min": silence_min.fillna(-1).to_numpy(),
    "silence_max": np.where(silence_min.isna(), -1, silence_max.fillna(-2)),
}).astype(np.int64)
ours = table.to_numpy()
theirs = np.fromfile(f"{folder}/hotline.bin", dtype=np.int64).reshape(-1, 8)
same = ours.shape == theirs.shape and bool((ours == theirs).all())
detail = ""
if not same:
    if ours.shape != theirs.shape:
        detail = f"groups: pandas {ours.shape[0]}, hotline {theirs.shape[0]}"
    else:
        bad = np.argwhere(ours != theirs)[0]
        detail = (f"first difference: group key {ours[bad[0], 0]}, column "
                  f"{table.columns[bad[1]]}: pandas {ours[bad[0]]} hotline {theirs[bad[0]]}")
print(f"seconds={seconds:.3f} identical={'yes' if same else 'no'} groups={len(table)} {detail}")
