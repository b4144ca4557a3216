#!/usr/bin/env python3
"""Where `pipeline.extract` spends its time: a sampling profile over the first articles of a corpus.

usage: python bench/profile_extract.py [CORPUS.jsonl.gz] [--limit 2000] [--passes 2] [--top 25]

Reads the articles, loads what extraction loads on first use (warm), then extracts them all
--passes times while the CPU-time timer (SIGPROF) stops the process every millisecond or so and
counts the Python function (and line) running then and every function it was called from. Prints
the articles per CPU-second of the profiled passes and, per function, its share of the samples
with its callees (cumulative) and without (self), and the costliest lines. Unlike cProfile, which
costs each Python call a good part of what it measures and so inflates functions of many small
calls, the samples add little and count where the time goes; a C call's time goes to the line of
Python that made it. Unix only. Default corpus: ../shared/corpus/ar-ant-2018.jsonl.gz.
"""
from __future__ import annotations

import argparse
import itertools
import signal
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "ar-ant-2018.jsonl.gz"
INTERVAL = 0.001      # seconds of CPU time between samples (the kernel may space them more)


def _where(code) -> str:
    return f"{Path(code.co_filename).name}:{code.co_name}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=2000, help="only the first N articles")
    ap.add_argument("--passes", type=int, default=2, help="extract the articles this many times")
    ap.add_argument("--top", type=int, default=25, help="rows of each table")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from readouts.pipeline.extractor import extract
    from readouts.pipeline.ingest import iter_documents
    from readouts.pipeline.parallel import warm

    docs = list(itertools.islice(iter_documents([args.corpus], errors=lambda msg: None), args.limit))
    warm()
    cumulative: Counter = Counter()
    own: Counter = Counter()
    lines: Counter = Counter()

    def sample(signum, frame) -> None:
        own[_where(frame.f_code)] += 1
        lines[f"{_where(frame.f_code)}:{frame.f_lineno}"] += 1
        seen = set()          # (a function found twice on the stack counts once)
        while frame is not None:
            seen.add(_where(frame.f_code))
            frame = frame.f_back
        cumulative.update(seen)

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    t0 = time.process_time()
    try:
        for _ in range(args.passes):
            for doc in docs:
                extract(doc, [])          # (a list: unresolved mentions are looked for, as ingest does)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - t0
    total = sum(own.values()) or 1
    print(f"{len(docs)} articles x {args.passes}: {len(docs) * args.passes / cpu:.0f} articles per CPU-second "
          f"(profiled), {total} samples")
    for title, table in (("with callees", cumulative), ("self", own), ("lines (self)", lines)):
        print(f"\n--- {title}")
        for name, n in table.most_common(args.top):
            print(f"{100 * n / total:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
