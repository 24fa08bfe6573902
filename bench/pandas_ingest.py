#!/usr/bin/python3
"""Workload B in pandas: read_csv (C engine) of the export CSV or of a
GDELT 2.0 file. Prints seconds, rows and the process's peak memory (VmHWM:
the interpreter and pandas themselves included).

Usage: pandas_ingest.py csv|gdelt FILE
"""
import sys
import time

import pandas as pd

kind, file = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if kind == "csv":
    frame = pd.read_csv(file, engine="c", keep_default_na=False, dtype=str)
else:
    frame = pd.read_csv(file, engine="c", sep="\t", header=None, keep_default_na=False, dtype=str)
seconds = time.perf_counter() - start
peak = 0.0
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
print(f"seconds={seconds:.6f} rows={len(frame)} peak_mib={peak:.1f}")
