#!/usr/bin/env python3
"""CPU time per request of bench/load_api.py's request mix, sent one at a time in this process.

usage: python bench/api_mix.py DB [-n 1500] [--seed 12] [--cache] [--kinds search,network] [--top 15]

Builds the API app over DB (a database that bench/load_api.py built), sends it -n requests drawn
as load_api.py's clients draw them (the same kinds, weights and pools) through FastAPI's
TestClient, and prints the CPU time per request of this process (the app and the test client
together) overall and per kind of request, and the costliest requests. The answer cache is off
unless --cache (then it holds what one server process would hold). Unlike a load run, the
figures barely move with what else the machine runs: compare two versions of the code on the same
database, e.g. PYTHONPATH=/path/to/other/checkout python bench/api_mix.py DB.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load_api  # noqa: E402  (the mix of requests)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("-n", type=int, default=1500, help="requests to send")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--cache", action="store_true", help="keep the answer cache on")
    ap.add_argument("--kinds", default="", help="only the kinds whose names hold one of these words (comma-separated)")
    ap.add_argument("--top", type=int, default=15, help="print the costliest requests")
    args = ap.parse_args()
    warnings.simplefilter("ignore")            # (TestClient warns of its httpx on import)
    from fastapi.testclient import TestClient

    from readouts.interfaces.api import create_app

    pools = load_api.pools(Path(args.db), args.seed)
    names = [k for k in load_api.KINDS if not args.kinds or any(w in k for w in args.kinds.split(","))]
    weights = [load_api.KINDS[k][1] for k in names]
    app = create_app(args.db)
    rng = random.Random(args.seed * 7)
    per: dict[str, list[float]] = defaultdict(list)
    costly: list[tuple[float, str, str]] = []
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        if not args.cache:
            app.state.reader.cache_bytes = 0        # (nothing is small enough to be kept)
        warm = random.Random(args.seed - 1)         # every kind once: the gazetteer is loaded
        for kind in load_api.KINDS:
            path, params = load_api.KINDS[kind][2](warm, pools)
            client.get(path, params=params)
        start = time.process_time()
        for _ in range(args.n):
            kind = rng.choices(names, weights)[0]
            path, params = load_api.KINDS[kind][2](rng, pools)
            t0 = time.process_time()
            resp = client.get(path, params=params)
            ms = (time.process_time() - t0) * 1000
            if resp.status_code != 200:
                sys.exit(f"{resp.status_code} for {resp.request.url}: {resp.text[:300]}")
            per[kind].append(ms)
            costly.append((ms, kind, str(resp.request.url).split(":8000", 1)[1]))
        total = (time.process_time() - start) * 1000
    print(f"{args.n} requests, {total / args.n:.1f} ms of CPU per request (answer cache {'on' if args.cache else 'off'})")
    for kind, ms in sorted(per.items(), key=lambda kv: -sum(kv[1])):
        ms.sort()
        print(f"  {kind:20s} {len(ms):5d} requests  mean {sum(ms) / len(ms):6.1f} ms  p50 {ms[len(ms) // 2]:6.1f}"
              f"  max {ms[-1]:7.1f}  {100 * sum(ms) / total:4.1f}% of the CPU")
    for ms, kind, url in sorted(costly, reverse=True)[:args.top]:
        print(f"  {ms:8.1f} ms  {kind:20s} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
