#!/usr/bin/env python3
"""Benchmark: ingest a corpus file with `readouts ingest` and report throughput and peak memory.

usage: python bench/bench_ingest.py [CORPUS.jsonl.gz] [--limit N] [--keep DB]

Runs the real CLI in a child process (the same code path users run) on a fresh
database, then prints articles/s, events stored and the child's peak resident
memory. Default corpus: ../shared/corpus/ar-ant-2018.jsonl.gz.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "ar-ant-2018.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--keep", help="keep the database at this path")
    args = ap.parse_args()
    exe = shutil.which("readouts", path=str(ROOT / ".venv" / "bin") + os.pathsep + os.environ.get("PATH", ""))
    if not exe:
        sys.exit("readouts is not installed (pip install -e .)")
    tmp = Path(tempfile.mkdtemp(prefix="readouts-bench-"))
    src = Path(args.corpus)
    if args.limit:
        part = tmp / "part.jsonl"
        with gzip.open(src, "rt", encoding="utf-8") as f, open(part, "w", encoding="utf-8") as out:
            out.writelines(itertools.islice(f, args.limit))
        src = part
    with (gzip.open(src, "rt", encoding="utf-8") if src.suffix == ".gz" else open(src, encoding="utf-8")) as f:
        n_lines = sum(1 for _ in f)
    db = Path(args.keep) if args.keep else tmp / "bench.db"
    t0 = time.perf_counter()
    proc = subprocess.run([exe, "ingest", str(src), "--db", str(db)], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return proc.returncode
    print(proc.stdout.strip())
    print(f"corpus:          {Path(args.corpus).name} ({n_lines} lines)")
    print(f"wall time:       {wall:.1f} s")
    print(f"throughput:      {n_lines / wall:.0f} articles/s (one process, one core)")
    print(f"peak memory:     {peak_kb / 1024:.0f} MiB (max RSS of the ingest process)")
    print(f"database size:   {db.stat().st_size / 2**20:.1f} MiB")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
