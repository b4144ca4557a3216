"""Scoring extracted events against gold annotations (the spec's format, section 4).

Gold: one JSON object per document: {"doc", "lang", "published", "events": [...]}; gold
events have "type", "participants" (names), "initiator", "date", optionally "optional": true.
System: events in the `Event.to_dict()` format (or Event objects); an event counts for
every document one of its mentions names. Only documents present in the gold are scored.

Per document, a system event matches a gold event when the type is equal and the
participant-name sets are equal after lower-casing and stripping accents, punctuation
and parenthesised disambiguators. Among candidates the closest date wins. Optional gold
events, matched or not, count neither way. Date accuracy: ±1 day at day precision,
month or year equal at coarser precision. Invented dates: a system date where the gold
date is null and the document has no publication date.

The numbers agree with shared/tools/score.py; `score()` additionally splits them by
language.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from readouts.model import Event
from readouts.textnorm import strip_accents


def norm_name(name: Any) -> str:
    """Participant/initiator name as compared: no disambiguator, accents, case, punctuation."""
    if isinstance(name, dict):
        name = name.get("name") or ""
    s = re.sub(r"\([^)]*\)", " ", str(name if name is not None else ""))
    s = strip_accents(s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def _parse(s) -> tuple | None:
    if not s:
        return None
    parts = str(s)[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else None
        d = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None
    return (y, m, d)


def date_ok(gold, system) -> bool | None:
    """None when gold has no date; else whether system agrees at gold's precision."""
    g, s = _parse(gold), _parse(system)
    if g is None:
        return None
    if s is None:
        return False
    if g[2] is not None:
        if s[2] is None:
            return False
        try:
            return abs((date(*g) - date(*s)).days) <= 1
        except (ValueError, TypeError):
            return False
    if g[1] is not None:
        return s[:2] == g[:2]
    return s[0] == g[0]


def _gap(gold, system) -> int:
    g, s = _parse(gold), _parse(system)
    if g is None or s is None or None in g or None in s:
        return 10 ** 6
    try:
        return abs((date(*g) - date(*s)).days)
    except (ValueError, TypeError):
        return 10 ** 6


def event_key(ev: dict) -> tuple:
    return (ev.get("type"), frozenset(norm_name(p) for p in ev.get("participants") or []))


@dataclass
class ScoreError:
    kind: str          # missed | spurious | wrong date | wrong initiator | invented date
    doc: str
    lang: str | None
    detail: dict

    def brief(self) -> str:
        ev = self.detail.get("event", self.detail) if isinstance(self.detail, dict) else self.detail
        if isinstance(ev, dict) and "participants" in ev:
            names = [p.get("name") if isinstance(p, dict) else p for p in ev.get("participants") or []]
            s = f"{ev.get('type')} {' + '.join(map(str, names))} date={ev.get('date')}"
        else:
            s = json.dumps(ev, ensure_ascii=False)[:300]
        if self.kind == "wrong date":
            s += f" (gold {self.detail.get('gold')}, system {self.detail.get('system')})"
        elif self.kind == "wrong initiator":
            s = f"gold {self.detail.get('gold')}, system {self.detail.get('system')}"
        elif self.kind == "invented date":
            s += f" (system {self.detail.get('system')})"
        return s

    def to_dict(self) -> dict:
        return {"kind": self.kind, "doc": self.doc, "lang": self.lang, "detail": self.detail}


class _Tally:
    def __init__(self):
        self.docs = self.tp = self.fp = self.fn = 0
        self.date_n = self.date_hit = self.init_n = self.init_hit = self.invented = 0

    def result(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "docs": self.docs, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "date_accuracy": round(self.date_hit / self.date_n, 4) if self.date_n else None,
            "dated_events": self.date_n,
            "invented_dates": self.invented,
            "initiator_accuracy": round(self.init_hit / self.init_n, 4) if self.init_n else None,
            "initiator_events": self.init_n,
        }


def _as_dict(ev) -> dict:
    return ev.to_dict() if isinstance(ev, Event) else ev


def score(gold_docs: Iterable[dict], system_events: Iterable[Event | dict]) -> dict[str, Any]:
    """{"overall": {...}, "by_lang": {lang: {...}}, "errors": [ScoreError, ...]}.

    Each score dict has docs, tp, fp, fn, precision, recall, f1, date_accuracy,
    dated_events, invented_dates, initiator_accuracy, initiator_events."""
    per_doc: dict[str, list[dict]] = {}
    for ev in system_events:
        ev = _as_dict(ev)
        docs = {m.get("doc") for m in ev.get("mentions") or [] if isinstance(m, dict)}
        for d in docs:
            per_doc.setdefault(d, []).append(ev)
    overall = _Tally()
    by_lang: dict[str, _Tally] = {}
    errors: list[ScoreError] = []
    for gd in gold_docs:
        doc = gd["doc"]
        lang = gd.get("lang") or "unknown"
        tallies = (overall, by_lang.setdefault(lang, _Tally()))
        for t in tallies:
            t.docs += 1

        def bump(attr: str, n: int = 1):
            for t in tallies:
                setattr(t, attr, getattr(t, attr) + n)

        gold = list(gd.get("events") or [])
        system = list(per_doc.get(doc, []))
        used: set[int] = set()
        for g in sorted(gold, key=lambda e: bool(e.get("optional"))):
            gk = event_key(g)
            cands = [i for i, s in enumerate(system) if i not in used and event_key(s) == gk]
            if not cands:
                if not g.get("optional"):
                    bump("fn")
                    errors.append(ScoreError("missed", doc, lang, g))
                continue
            best = min(cands, key=lambda i: _gap(g.get("date"), system[i].get("date")))
            used.add(best)
            if g.get("optional"):
                continue
            bump("tp")
            sysd = system[best].get("date")
            ok = date_ok(g.get("date"), sysd)
            if ok is None and sysd and not gd.get("published"):
                bump("invented")
                errors.append(ScoreError("invented date", doc, lang, {"system": sysd, "event": g}))
            if ok is not None:
                bump("date_n")
                bump("date_hit", int(ok))
                if not ok:
                    errors.append(ScoreError("wrong date", doc, lang,
                                             {"gold": g.get("date"), "system": sysd, "event": g}))
            if g.get("initiator"):
                bump("init_n")
                si = system[best].get("initiator")
                if norm_name(si or "") == norm_name(g["initiator"]):
                    bump("init_hit")
                else:
                    errors.append(ScoreError("wrong initiator", doc, lang,
                                             {"gold": g["initiator"], "system": si, "event": g}))
        for i, s in enumerate(system):
            if i not in used:
                bump("fp")
                errors.append(ScoreError("spurious", doc, lang, s))
    return {"overall": overall.result(),
            "by_lang": {k: v.result() for k, v in sorted(by_lang.items())},
            "errors": errors}


def load_jsonl(path: str) -> list[dict]:
    """Objects of a JSON Lines file; ValueError naming path:line on a bad line."""
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{i}: not JSON: {e.msg}") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{i}: not a JSON object")
            out.append(obj)
    return out


def load_gold(path: str) -> list[dict]:
    gold = load_jsonl(path)
    for i, g in enumerate(gold, 1):
        if "doc" not in g:
            raise ValueError(f"{path}: gold document #{i} has no \"doc\"")
    return gold


def score_files(gold_path: str, system_path: str) -> dict[str, Any]:
    return score(load_gold(gold_path), load_jsonl(system_path))
