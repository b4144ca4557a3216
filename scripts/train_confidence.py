#!/usr/bin/env python3
"""Learn readouts' confidence model from the hand-labelled samples, and show how well it is calibrated.

    python scripts/train_confidence.py [--shared ../shared] [--texts FILE.jsonl ...] [--write]

Every labelled file (eval/labelled/*.jsonl, eval/labelled/web/*.jsonl and
../shared/gold/dev.jsonl) is extracted with the current pipeline (its documents read from the
corpus, or, for the web samples, whose text the repository does not keep, from the JSON Lines
files given with --texts; a labelled file none of whose documents is found is left out); each
event readouts prints is labelled right (its type and participants match a gold event, names
as the text writes them accepted) or wrong (it matches none). Events matching only an optional
gold event are left out. The judged random events (eval/judged/*.jsonl)
label the events the pipeline still prints for them by their verdict: they are the events users
meet, harder than those of the samples. A logistic model over the facts in
`readouts.pipeline.confidence.FEATURES` is fitted by gradient descent with an L2 penalty.

Calibration is reported honestly: each labelled file in turn is held out, the model is fitted
on the others and scores the held-out events; the table bins those held-out scores and prints
how many events in each bin were right. `--write` then fits on everything and stores
readouts/data/confidence.json.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readouts.pipeline import confidence  # noqa: E402
from readouts.interfaces.evaluate import norm_name  # noqa: E402
from readouts.pipeline.ingest import iter_documents  # noqa: E402
from readouts.pipeline.extractor import extract  # noqa: E402


def gold_files(shared: Path) -> list[Path]:
    labelled = ROOT / "eval" / "labelled"
    return sorted(labelled.glob("*.jsonl")) + sorted((labelled / "web").glob("*.jsonl")) + [shared / "gold" / "dev.jsonl"]


def judged_files() -> list[Path]:
    return sorted((ROOT / "eval" / "judged").glob("*.jsonl"))


def label_judged(path: Path, docs: dict, cache: dict) -> list[tuple[dict, int]]:
    """Events drawn at random from a database and judged by hand (eval/judged): each event the
    pipeline prints today for the judged event's first document with the same type and the same
    names is right when the verdict was "right", wrong when "partly" or "wrong". Judged events
    the pipeline no longer prints are left out."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        j = json.loads(line)
        doc = docs.get(j["docs"][0])
        if doc is None:
            continue
        if doc.id not in cache:
            cache[doc.id] = [(ev._facts, ev.to_dict()) for ev in extract(doc)]
        want = {norm_name(p) for p in j["participants"]}
        hit = next((f for f, d in cache[doc.id] if d["type"] == j["type"]
                    and {norm_name(p["name"]) for p in d["participants"]} == want), None)
        if hit is not None:
            rows.append((hit, int(j["verdict"] == "right")))
    return rows


def matches(ev: dict, g: dict) -> bool:
    """Type equal and every participant named canonically or as the text writes them."""
    if ev["type"] != g.get("type"):
        return False
    got = {norm_name(p) for p in ev["participants"]}
    aliases = g.get("aliases") or {}
    want = [{norm_name(p)} | {norm_name(a) for a in aliases.get(p, [])} for p in g.get("participants", [])]
    if len(got) != len(want):
        return False

    def assign(i: int, left: frozenset) -> bool:
        if i == len(want):
            return not left
        return any(assign(i + 1, left - {n}) for n in want[i] & left)
    return assign(0, frozenset(got))


def label_file(path: Path, docs: dict) -> list[tuple[dict, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        doc = docs.get(g["doc"])
        if doc is None:
            continue
        gold = g.get("events") or []
        used: set[int] = set()
        for ev in extract(doc):
            d = ev.to_dict()
            hit = [i for i, ge in enumerate(gold) if i not in used and matches(d, ge)]
            if hit:
                used.add(hit[0])
                if gold[hit[0]].get("optional"):
                    continue
                rows.append((ev._facts, 1))
            else:
                rows.append((ev._facts, 0))
    return rows


def fit(rows: list[tuple[dict, int]], l2: float = 1.0, steps: int = 3000, lr: float = 0.5) -> dict:
    """Logistic regression by full-batch gradient descent with an L2 penalty (numpy, which
    py3langid brings), over the facts in `confidence.FEATURES`."""
    import numpy as np
    names = confidence.FEATURES
    x = np.array([[f.get(k, 0.0) for k in names] for f, _ in rows], dtype=float)
    y = np.array([v for _, v in rows], dtype=float)
    n = len(y)
    w = np.zeros(len(names))
    b = 0.0
    for _ in range(steps):
        d = 1.0 / (1.0 + np.exp(-(x @ w + b))) - y
        w -= lr * (x.T @ d / n + l2 * w / n)
        b -= lr * d.sum() / n
    return {"bias": round(float(b), 4), "weights": {k: round(float(v), 4) for k, v in zip(names, w)}}


def predict(m: dict, f: dict) -> float:
    z = m["bias"] + sum(m["weights"].get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-z))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (gold, corpus)")
    ap.add_argument("--texts", nargs="*", default=[], metavar="FILE",
                    help="JSON Lines files holding documents the corpus lacks (the web samples' pages)")
    ap.add_argument("--write", action="store_true", help="store the model fitted on all files")
    a = ap.parse_args()
    shared = Path(a.shared)
    files = gold_files(shared)
    judged = judged_files()
    wanted = set()
    for p in files:
        wanted |= {json.loads(l)["doc"] for l in p.read_text(encoding="utf-8").splitlines() if l.strip()}
    for p in judged:
        wanted |= {json.loads(l)["docs"][0] for l in p.read_text(encoding="utf-8").splitlines() if l.strip()}
    docs = {}
    for d in iter_documents([str(shared / "corpus"), *a.texts], errors=lambda *x: None):
        if d.id in wanted and d.id not in docs:
            docs[d.id] = d
    print(f"{len(docs)} of {len(wanted)} labelled documents found", file=sys.stderr)

    def found(p: Path) -> bool:
        return any(json.loads(l)["doc"] in docs for l in p.read_text(encoding="utf-8").splitlines() if l.strip())
    files = [p for p in files if found(p)]
    by_file = {p.name: label_file(p, docs) for p in files}
    cache: dict = {}
    by_file.update({p.name: label_judged(p, docs, cache) for p in judged})
    for name, rows in by_file.items():
        print(f"{name}: {len(rows)} events, {sum(y for _, y in rows)} right")
    held = []
    held_labelled = []            # (score, right) of the events of the labelled samples, held out
    for name in by_file:
        m = fit([r for k, rs in by_file.items() if k != name for r in rs])
        held += [(predict(m, f), y) for f, y in by_file[name]]
        if name in {p.name for p in files}:
            held_labelled += [(predict(m, f), y) for f, y in by_file[name]]
    held_judged = []
    for name in (p.name for p in judged):
        m = fit([r for k, rs in by_file.items() if k != name for r in rs])
        held_judged += [(predict(m, f), y) for f, y in by_file[name]]
    edges = [0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    for title, rows in (("held-out calibration (each file scored by a model fitted on the others)", held),
                        ("the judged random events alone (held out the same way)", held_judged)):
        print(f"\n{title}")
        print(f"{'confidence':>12} {'events':>7} {'right':>6} {'share right':>12}")
        for lo, hi in zip(edges, edges[1:]):
            b = [y for p, y in rows if lo <= p < hi]
            if b:
                print(f"{lo:>5.1f}–{min(hi, 1.0):<5.1f} {len(b):>7} {sum(b):>6} {sum(b) / len(b):>12.2f}")
        top = [y for p, y in rows if p >= 0.8]
        print(f"confidence >= 0.8: {sum(top)} of {len(top)} right")
    brier = sum((p - y) ** 2 for p, y in held) / len(held)
    base = sum(y for _, y in held) / len(held)
    print(f"Brier score {brier:.3f} (a constant {base:.2f} would score {base * (1 - base):.3f})")
    for t in (0.5, 0.6, 0.7):
        kept = [y for p, y in held if p >= t]
        print(f"--min-confidence {t}: keeps {len(kept)}/{len(held)} events, {sum(kept) / max(len(kept), 1):.2f} right "
              f"(all: {base:.2f}), keeps {sum(kept)}/{sum(y for _, y in held)} right events")
    # the threshold for `readouts extract`: F1 over the labelled samples, each event scored by a
    # model not fitted on its file (a right event left out is a gold event missed)
    required = sum(1 for p in files for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
                   for e in (json.loads(line).get("events") or []) if not e.get("optional"))
    print(f"\nheld-out F1 by --min-confidence ({required} required gold events in the labelled files):")
    best = None
    for t in [x / 100 for x in range(0, 80, 5)]:
        tp = sum(y for p, y in held_labelled if p >= t)
        fp = sum(1 - y for p, y in held_labelled if p >= t)
        f1 = 2 * tp / (2 * tp + fp + (required - tp)) if tp else 0.0
        print(f"  {t:.2f}: kept {tp + fp}, right {tp}, F1 {f1:.3f}")
        if best is None or f1 > best[1] + 1e-9:
            best = (t, f1)
    print(f"best: {best[0]:.2f} (F1 {best[1]:.3f}); readouts uses {confidence.DEFAULT_MIN_CONFIDENCE}")
    if a.write:
        m = fit([r for rs in by_file.values() for r in rs])
        m["trained_on"] = sorted(by_file)
        m["events"] = sum(len(rs) for rs in by_file.values())
        confidence.MODEL.write_text(json.dumps(m, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {confidence.MODEL.relative_to(ROOT)}: {json.dumps(m['weights'])} bias {m['bias']}")


if __name__ == "__main__":
    main()
