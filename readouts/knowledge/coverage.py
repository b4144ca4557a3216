"""How much of the world the gazetteer covers, and where it has holes.

`readouts/data/coverage.toml` says which offices must be covered since which date for
which countries and organisations: the required core (tests fail on its gaps) and the
wider scopes `[world]` (every state's leaders and foreign and defence ministers since
2000) and `[deep]` (speakers, chiefs of staff, intelligence chiefs and ambassadors since
2010), whose gaps are reported. `report()` walks every office and finds the stretches of
time when the gazetteer knows no holder (gaps), so the table users see is checked against
the data rather than written by hand.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from readouts.knowledge.gazetteer import Gazetteer

SPEC = Path(__file__).parent.parent / "data" / "coverage.toml"
# interregnums shorter than this are normal (caretakers, swearing-in days) and not reported
GAP_DAYS = 45


@dataclass
class OfficeCoverage:
    key: str
    holders: list[str]
    gaps: list[tuple[date, date]] = field(default_factory=list)
    since: date = date(2000, 1, 1)
    required: bool = True          # in the core the tests hold; False: a wider scope, reported


@dataclass
class EntityCoverage:
    code: str
    offices: list[OfficeCoverage]
    persons: int


def required_offices(spec: dict | None = None) -> dict[str, list[str]]:
    """{entity code: [office keys]} the spec asks for."""
    spec = spec or tomllib.loads(SPEC.read_text(encoding="utf-8"))
    groups = spec["groups"]
    states = list(dict.fromkeys(c for g in ("g20", "arab_league", "others") for c in groups[g]))
    st = spec["states"]
    out: dict[str, list[str]] = {}
    for c in states:
        kinds = [k for k in st["offices"]
                 if not (k == "head_of_government" and c in st["no_head_of_government"])
                 and not (k == "head_of_state" and c in st["no_head_of_state"])]
        out[c] = [f"{c}.{k}" for k in kinds]
    for c, kinds in spec["extra"].items():
        out.setdefault(c, []).extend(f"{c}.{k}" for k in kinds if f"{c}.{k}" not in out.get(c, []))
    return out


def scoped_offices(spec: dict | None = None) -> dict[str, list[tuple[str, date, bool]]]:
    """{entity code: [(office key, covered since, required)]}: the core, then the wider scopes."""
    spec = spec or tomllib.loads(SPEC.read_text(encoding="utf-8"))
    since = date.fromisoformat(spec["since"])
    out = {c: [(k, since, True) for k in keys] for c, keys in required_offices(spec).items()}
    w = spec.get("world")
    if w:
        wsince = date.fromisoformat(w["since"])
        for c in w["states"]:
            for k in w["offices"]:
                if c in w.get(f"no_{k}", []):
                    continue
                _add(out, c, f"{c}.{k}", wsince)
    d = spec.get("deep")
    if d:
        dsince = date.fromisoformat(d["since"])
        for c in d["states"]:
            for k in d["offices"]:
                if k.startswith("ambassador_to_") and k.endswith(c):
                    continue                      # no state is its own ambassador
                _add(out, c, f"{c}.{k}", dsince)
    return out


def _add(out: dict, code: str, key: str, since: date) -> None:
    if all(k != key for k, _, _ in out.get(code, [])):
        out.setdefault(code, []).append((key, since, False))


def gaps(gaz: Gazetteer, key: str, since: date, until: date) -> list[tuple[date, date]]:
    """Stretches between since and until, longer than GAP_DAYS, when nobody held `key`."""
    spans = sorted((o.start or date.min, o.end or until) for o, _ in gaz.by_office.get(key, []))
    out, cursor = [], since
    for s, e in spans:
        if s > cursor and (s - cursor).days > GAP_DAYS:
            out.append((cursor, s - timedelta(days=1)))
        cursor = max(cursor, e)
    if cursor < until and (until - cursor).days > GAP_DAYS:
        out.append((cursor, until))
    return out


def _vacant(spec: dict, key: str, today: date) -> list[tuple[date, date]]:
    return [(date.fromisoformat(v.get("start", "1900-01-01")), date.fromisoformat(v["end"]) if "end" in v else today)
            for v in spec.get("vacancy", []) if v["office"] == key]


def _minus(gs: list[tuple[date, date]], vacant: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Gaps not explained by a known vacancy (a gap within a few weeks of one counts as it)."""
    slack = timedelta(days=GAP_DAYS)
    return [g for g in gs if not any(v0 - slack <= g[0] and g[1] <= v1 + slack for v0, v1 in vacant)]


def report(gaz: Gazetteer, today: date | None = None, wide: bool = True) -> list[EntityCoverage]:
    """Coverage per country or organisation; wide=False: the required core only."""
    spec = tomllib.loads(SPEC.read_text(encoding="utf-8"))
    today = today or date.today()
    members: dict[str, set[str]] = {}
    for p in gaz.persons.values():
        for c in {p.country, *(o.country for o in p.offices)}:
            members.setdefault(c, set()).add(p.id)
    out = []
    for code, keys in scoped_offices(spec).items():
        offices = []
        for k, since, required in keys:
            if not (required or wide):
                continue
            holders = list(dict.fromkeys(pid for o, pid in gaz.by_office.get(k, [])
                                         if (o.end or today) >= since))
            offices.append(OfficeCoverage(k, holders, _minus(gaps(gaz, k, since, today), _vacant(spec, k, today)),
                                          since, required))
        if not offices:
            continue
        out.append(EntityCoverage(code, offices, len(members.get(code, ()))))
    return out


def names_per_language(gaz: Gazetteer) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in gaz.persons.values():
        for table in (p.names, p.short):
            for lang, ns in table.items():
                counts[lang] = counts.get(lang, 0) + len(ns)
    return dict(sorted(counts.items()))
