#!/usr/bin/env python3
"""Benchmark: `readouts spark` (PySpark, local mode) on a corpus file; throughput against the I/O floor.

usage: python bench/bench_spark.py [CORPUS.jsonl.gz] [--limit N] [--master local[2]] [--partitions N]

Runs the Spark job (read, extract, deduplicate, merge, write the Parquet tables) on a fresh
output directory and prints the SparkSession's start-up time, the job's wall time and
articles/s, the events written, and the I/O floor: reading and JSON-decoding the same file,
no extraction. Default corpus: ../shared/corpus/ar-ant-2018.jsonl.gz; --limit N takes its
first N articles (written to a temporary file first).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "ar-ant-2018.jsonl.gz"


def io_floor(path: Path) -> tuple[int, float]:
    """Articles in the file and the seconds it takes to read and JSON-decode them all."""
    t0 = time.perf_counter()
    n = 0
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")) as f:
        for line in f:
            if line.strip():
                json.loads(line)
                n += 1
    return n, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=0, help="extraction partitions (0: 4 per core)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    from readouts.interfaces import spark as rs

    tmp = Path(tempfile.mkdtemp(prefix="bench_spark-"))
    try:
        corpus = args.corpus
        if args.limit:
            corpus = tmp / "corpus.jsonl"
            with gzip.open(args.corpus, "rt", encoding="utf-8") as f, open(corpus, "w", encoding="utf-8") as g:
                g.writelines(itertools.islice(f, args.limit))
        n, floor = io_floor(corpus)
        t0 = time.perf_counter()
        spark = rs.session(args.master, [("spark.ui.enabled", "false"), ("spark.ui.showConsoleProgress", "false")])
        spark.sparkContext.setLogLevel("ERROR")
        start = time.perf_counter() - t0
        problems: list[str] = []
        t0 = time.perf_counter()
        summary = rs.run(spark, [str(corpus)], str(tmp / "out"), partitions=args.partitions or None,
                         errors=problems.append)
        wall = time.perf_counter() - t0
        spark.stop()
        rate = summary.records / wall
        print(f"corpus:          {args.corpus.name}, {n} articles")
        print(f"spark {args.master}: {rate:.0f} articles/s ({summary.records} documents in {wall:.1f} s, "
              f"{summary.stored} stored, {summary.events} events, {summary.mentions} mentions, "
              f"{len(problems)} input problems); session start-up {start:.1f} s")
        print(f"I/O floor:       {n / floor:.0f} articles/s (read + JSON-decode only); Spark is "
              f"{n / floor / rate:.0f}x slower")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
