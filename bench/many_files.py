#!/usr/bin/python3
"""Many files, 1 vs 2 threads: gap_report over a folder of GDELT 2.0 export
files (tests/examples/gdelt_files.py: 61 columns, reports of one contact in
several files), read with --jobs 1 and --jobs 2, the median wall time of
`repeat` runs each; the reports must be identical, byte for byte.

Usage: many_files.py GAP_REPORT WORK_DIR [--small] [--repeat N]
"""
import os
import resource
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "tests", "examples"))
import gdelt_files  # noqa: E402

gap_report, work = sys.argv[1], sys.argv[2]
small = "--small" in sys.argv[3:]
repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else (
    1 if small else 5)
files, rows = (8, 2000) if small else (16, 40000)
folder = os.path.join(work, f"many-files-{files}x{rows}")
if not os.path.isdir(folder) or len(os.listdir(folder)) != files:
    gdelt_files.write(folder, files, rows, seed=3)
size = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))


def timed(jobs):
    times = []
    cpu = []
    out = None
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run([gap_report, "--events", folder, "--jobs", str(jobs), "--as-of",
                            "2024-02-01"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           check=True)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if out is not None and p.stdout != out:
            sys.exit("many files: two runs gave different reports")
        out = p.stdout
    return statistics.median(times), statistics.median(cpu), out


def threads_cpu(jobs):
    """The CPU time of each thread of one run, from /proc (Linux; empty
    elsewhere): the last sample of each thread's utime + stime, in seconds."""
    if not os.path.isdir("/proc/self/task"):
        return []
    tick = os.sysconf("SC_CLK_TCK")
    p = subprocess.Popen([gap_report, "--events", folder, "--jobs", str(jobs), "--as-of",
                          "2024-02-01"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = {}
    while p.poll() is None:
        try:
            for t in os.listdir(f"/proc/{p.pid}/task"):
                with open(f"/proc/{p.pid}/task/{t}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                seen[int(t)] = (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            pass
        time.sleep(0.005)
    return [seen[t] for t in sorted(seen)]


load = os.getloadavg()[0]
one, cpu_one, report_one = timed(1)
two, cpu_two, report_two = timed(2)
if report_one != report_two:
    sys.exit("many files: --jobs 1 and --jobs 2 gave different reports")
split = threads_cpu(2)
print(f"many files, 1 vs 2 threads: {files} GDELT 2.0 files, {files * rows} rows, "
      f"{size / 1e6:.0f} MB; gap_report --events DIR: {one:.3f} s on 1 thread "
      f"({size / 1e6 / one:.0f} MB/s), {two:.3f} s on 2 ({size / 1e6 / two:.0f} MB/s): "
      f"{one / two:.2f}x, identical reports (median of {repeat}; CPU time {cpu_one:.3f} s and "
      f"{cpu_two:.3f} s; load average {load:.1f} on {os.cpu_count()} cores before: other "
      f"processes' load takes cores from the 2 threads; CPU time of each thread of a --jobs 2 "
      f"run, main first: {', '.join('%.2f s' % t for t in split) or 'not known here'})")
