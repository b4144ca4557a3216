#!/usr/bin/env python3
"""Benchmark: ingest a corpus file with `readouts ingest --jobs N` and report throughput and memory.

usage: python bench/bench_ingest.py [CORPUS.jsonl.gz] [--limit N] [--jobs 1,2] [--keep DB]

Runs the real CLI in a child process (the same code path users run) on a fresh database for
each number of worker processes, checks that every run stored the same events, and prints
articles/s, the speed-up over one process, the peak resident memory of the largest process,
the start-up time of `readouts extract` on one short article (with an empty cache, and then
with the cache it filled), and the I/O floor (reading and JSON-decoding the same file, no
extraction). Besides wall-clock rates it prints articles per CPU-second (user + system time of
the processes), which other load on the machine does not change much.
Default corpus: ../shared/corpus/ar-ant-2018.jsonl.gz.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "ar-ant-2018.jsonl.gz"

# runs a command and prints the peak RSS (KiB) of its largest process, children included, and the
# CPU seconds (user + system) of all of them
_MEASURE = ("import resource, subprocess, sys; "
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
            "sys.stderr.write(r.stderr[-2000:] if r.returncode else ''); "
            "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(u.ru_maxrss, u.ru_utime + u.ru_stime); sys.exit(r.returncode)")
STARTUP_RUNS = 3    # warm start-ups timed (the fastest is printed: the others waited for the machine)


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")


def _run(cmd: list[str], env: dict | None = None) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds of a command."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
    rss, cpu = proc.stdout.split()
    return wall, int(rss), float(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--jobs", default="1,2", help="comma-separated numbers of worker processes to time")
    ap.add_argument("--keep", help="keep the database of the last run at this path")
    args = ap.parse_args()
    exe = shutil.which("readouts", path=str(ROOT / ".venv" / "bin") + os.pathsep + os.environ.get("PATH", ""))
    if not exe:
        sys.exit("readouts is not installed (pip install -e .)")
    tmp = Path(tempfile.mkdtemp(prefix="readouts-bench-"))
    src = Path(args.corpus)
    if args.limit:
        part = tmp / "part.jsonl"
        with _open(src) as f, open(part, "w", encoding="utf-8") as out:
            out.writelines(itertools.islice(f, args.limit))
        src = part

    # the I/O floor: read and decode every line, nothing else
    t0 = time.perf_counter()
    with _open(src) as f:
        n_lines = sum(1 for line in f if json.loads(line) is not None)
    floor = time.perf_counter() - t0

    # start-up: one short article, from process start to its events on stdout; first with an empty
    # cache (the packs, automata and gazetteer are compiled), then with the cache that run filled
    note = tmp / "note.txt"
    note.write_text("التقى الرئيس المصري عبد الفتاح السيسي أمس الملك عبدالله الثاني في عمان.\n", encoding="utf-8")
    extract = [exe, "extract", str(note), "--published", "2023-05-01"]
    fresh = {**os.environ, "READOUTS_CACHE": str(tmp / "cache")}
    cold = _run(extract, fresh)
    time.sleep(2.5)            # (the cache trusts file signatures only once files are 2 s old)
    warm = min((_run(extract, fresh) for _ in range(STARTUP_RUNS)), key=lambda r: r[0])
    # (and an English one whose words are mostly not function words: its language is told by py3langid,
    # whose model the cache keeps too)
    note_en = tmp / "note-en.txt"
    note_en.write_text("Egypt's Foreign Minister Sameh Shoukry received the UN envoy Hans Grundberg in Cairo on Tuesday.\n",
                       encoding="utf-8")
    extract_en = [exe, "extract", str(note_en), "--published", "2023-05-01"]
    cold_en = _run(extract_en, fresh)
    time.sleep(2.5)
    warm_en = min((_run(extract_en, fresh) for _ in range(STARTUP_RUNS)), key=lambda r: r[0])

    print(f"corpus:          {Path(args.corpus).name} ({n_lines} articles)")
    print(f"I/O floor:       {n_lines / floor:.0f} articles/s (read + JSON-decode only)")
    print(f"start-up:        {warm[0]:.2f} s wall, {warm[2]:.2f} s CPU (`readouts extract` on one short article, "
          f"fastest of {STARTUP_RUNS}); with an empty cache {cold[0]:.2f} s wall, {cold[2]:.2f} s CPU")
    print(f"start-up (en):   {warm_en[0]:.2f} s wall, {warm_en[2]:.2f} s CPU (a short English article whose language "
          f"py3langid tells); after the Arabic one's first run filled the cache {cold_en[0]:.2f} s wall")
    base = None
    exported = None
    for jobs in (int(j) for j in args.jobs.split(",")):
        db = tmp / f"bench-{jobs}.db"
        wall, peak_kb, cpu = _run([exe, "ingest", str(src), "--db", str(db), "--jobs", str(jobs)])
        out = tmp / f"events-{jobs}.jsonl"
        subprocess.run([exe, "export", "--db", str(db), "--format", "jsonl", "--output", str(out)],
                       check=True, capture_output=True)
        events = out.read_bytes()
        same = "" if exported is None else ("  same events as --jobs 1" if events == exported
                                            else "  EVENTS DIFFER FROM --jobs 1")
        exported = exported if exported is not None else events
        n_events = events.count(b"\n")
        rate = n_lines / wall
        base = base or rate
        print(f"--jobs {jobs}:        {rate:.0f} articles/s ({wall:.1f} s, {rate / base:.2f}x, "
              f"{n_lines / floor / rate:.0f}x slower than the I/O floor), {n_lines / cpu:.0f} articles per "
              f"CPU-second, peak memory {peak_kb / 1024:.0f} MiB, {n_events} events{same}")
        if args.keep and jobs == int(args.jobs.split(",")[-1]):
            shutil.copy(db, args.keep)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
