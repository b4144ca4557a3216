#!/usr/bin/env python3
"""Do two versions of the code give the same answers to bench/load_api.py's request mix?

usage: python bench/api_same.py DB --other /path/to/other/checkout [-n 500] [--seed 12] [--cache]

Draws -n requests as bench/api_mix.py does (the same kinds, weights, pools and seed: the same
requests), then asks for the first event of each page of events whole (/api/events/{id}); sends
them through FastAPI's TestClient to the app of this checkout and, in a child process with
PYTHONPATH=OTHER, to the app of the other checkout, both over DB (the answer cache off unless
--cache), and compares the status and the JSON of each answer byte for byte. Prints how many
differ (and the first few of them); exits 1 when any does. Not a test: a check to run on a
benchmark database when the code that answers changes.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load_api  # noqa: E402  (the mix of requests)


def answers(db: str, n: int, seed: int, cache: bool) -> list[dict]:
    """The mix's n requests (api_mix.py's draw) and this code's answers: url, status, body."""
    warnings.simplefilter("ignore")            # (TestClient warns of its httpx on import)
    from fastapi.testclient import TestClient

    from readouts.interfaces.api import create_app

    pools = load_api.pools(Path(db), seed)
    names = list(load_api.KINDS)
    weights = [load_api.KINDS[k][1] for k in names]
    rng = random.Random(seed * 7)
    app = create_app(db)
    out = []
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        if not cache:
            app.state.reader.cache_bytes = 0
        for _ in range(n):
            kind = rng.choices(names, weights)[0]
            path, params = load_api.KINDS[kind][2](rng, pools)
            resp = client.get(path, params=params)
            out.append({"kind": kind, "url": str(resp.request.url).split(":8000", 1)[1], "status": resp.status_code,
                        "body": resp.content.decode("utf-8")})
        # then the first event of each page, whole (/api/events/{id}: every mention)
        firsts = [json.loads(a["body"])["items"][:1] for a in out if a["url"].startswith("/api/events?")]
        for item in [i for items in firsts for i in items]:
            resp = client.get(f"/api/events/{item['id']}")
            out.append({"kind": "event", "url": f"/api/events/{item['id']}", "status": resp.status_code,
                        "body": resp.content.decode("utf-8")})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--other", help="the other checkout (its PYTHONPATH)")
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--cache", action="store_true", help="keep the answer cache on")
    ap.add_argument("--dump", help=argparse.SUPPRESS)   # (the child: write its answers to this file)
    args = ap.parse_args()
    import readouts
    if args.dump:
        Path(args.dump).write_text(json.dumps({"code": readouts.__file__, "answers": answers(
            args.db, args.n, args.seed, args.cache)}), encoding="utf-8")
        return 0
    if not args.other:
        ap.error("--other is required")
    dump = Path(args.db).with_suffix(".other-answers.json")
    env = {**os.environ, "PYTHONPATH": str(Path(args.other).resolve())}
    subprocess.run([sys.executable, __file__, args.db, "-n", str(args.n), "--seed", str(args.seed),
                    "--dump", str(dump)] + (["--cache"] if args.cache else []), env=env, check=True)
    other = json.loads(dump.read_text(encoding="utf-8"))
    dump.unlink()
    theirs = other["answers"]
    print(f"this code: {Path(readouts.__file__).parent}, the other: {Path(other['code']).parent}")
    ours = answers(args.db, args.n, args.seed, args.cache)
    differ = [(a, b) for a, b in zip(ours, theirs) if (a["url"], a["status"], a["body"]) != (b["url"], b["status"], b["body"])]
    digest = hashlib.sha256("".join(a["body"] for a in ours).encode()).hexdigest()[:16]
    kinds: dict[str, int] = {}
    for a in ours:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    print(f"{len(ours)} requests ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}),"
          f" {sum(len(a['body']) for a in ours):,} bytes of answers (sha256 {digest}): {len(differ)} differ")
    for a, b in differ[:5]:
        print(f"  {a['url']}: {a['status']} {len(a['body'])} bytes here, {b['status']} {len(b['body'])} there"
              f" ({b['url'] if b['url'] != a['url'] else 'same url'})")
    return 1 if differ or len(ours) != len(theirs) else 0


if __name__ == "__main__":
    sys.exit(main())
