#!/usr/bin/python3
"""The gap report of a folder of event files, on a dask.distributed cluster.

Each worker runs gap_report on one file with --summaries-out and sends the
summaries back (text: the workers need not share a file system with the
client); the client writes them in the order of the files and folds them
with gap_report --merge. The report is the one gap_report gives over the
whole folder in one process (gap_report --events FOLDER), byte for byte:
the summaries carry what collapsing across the files' boundaries needs
(docs/scale.md).

    dask_gap_report.py GAP_REPORT FOLDER [--workers N | --scheduler ADDRESS]
                       [--format text|json] [-- gap_report options ...]

With no --scheduler, a LocalCluster of N worker processes (default 2) on
127.0.0.1. The options after -- are the question (--between, --level,
--as-of, ...), given to every worker; --format goes to the merge. Needs
Debian's python3-dask and python3-distributed; gap_report must be at the
same path on every worker.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def event_files(folder):
    """The folder's files in the order gap_report reads a directory: by name,
    without hidden files and zip's __MACOSX forks."""
    names = sorted(n for n in os.listdir(folder)
                   if not n.startswith(".") and n != "__MACOSX"
                   and os.path.isfile(os.path.join(folder, n)))
    return [os.path.join(folder, n) for n in names]


def summarise(gap_report, path, question):
    """On a worker: the summaries of one event file, as text."""
    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "summaries.csv")
        p = subprocess.run([gap_report, "--events", path, *question, "--jobs", "1",
                            "--summaries-out", out], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise RuntimeError(f"gap_report on {path}: {p.stderr.decode(errors='replace')}")
        with open(out, encoding="utf-8") as f:
            return f.read()


def main(argv):
    question = []
    if "--" in argv:
        question = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gap_report")
    parser.add_argument("folder")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="the address of a running cluster's scheduler")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    a = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    files = event_files(a.folder)
    if not files:
        sys.exit(f"dask_gap_report.py: {a.folder} holds no event files")
    gap_report = os.path.abspath(a.gap_report)
    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(summarise, [gap_report] * len(files), files,
                             [question] * len(files), pure=False)
        summaries = client.gather(futures)  # in the order of the files
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    with tempfile.TemporaryDirectory() as work:
        paths = []
        for i, text in enumerate(summaries):
            paths.append(os.path.join(work, "%06d.summaries.csv" % i))
            with open(paths[-1], "w", encoding="utf-8", newline="") as f:
                f.write(text)
        p = subprocess.run([gap_report, "--merge", *paths, "--format", a.format],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sys.stderr.write(p.stderr.decode(errors="replace"))
    sys.stdout.buffer.write(p.stdout)
    return p.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
