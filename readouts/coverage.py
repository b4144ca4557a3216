"""How much of the world the gazetteer covers, and where it has holes.

`readouts/data/coverage.toml` says which offices must be covered since which date for
which countries and organisations. `report()` walks every required office and finds the
stretches of time when the gazetteer knows no holder (gaps), so the table users see is
checked against the data rather than written by hand.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .gazetteer import Gazetteer

SPEC = Path(__file__).parent / "data" / "coverage.toml"
# interregnums shorter than this are normal (caretakers, swearing-in days) and not reported
GAP_DAYS = 45


@dataclass
class OfficeCoverage:
    key: str
    holders: list[str]
    gaps: list[tuple[date, date]] = field(default_factory=list)


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


def report(gaz: Gazetteer, today: date | None = None) -> list[EntityCoverage]:
    spec = tomllib.loads(SPEC.read_text(encoding="utf-8"))
    since = date.fromisoformat(spec["since"])
    today = today or date.today()
    out = []
    for code, keys in required_offices(spec).items():
        offices = []
        for k in keys:
            holders = list(dict.fromkeys(pid for o, pid in gaz.by_office.get(k, [])
                                         if (o.end or today) >= since))
            offices.append(OfficeCoverage(k, holders, _minus(gaps(gaz, k, since, today), _vacant(spec, k, today))))
        persons = {p.id for p in gaz.persons.values()
                   if p.country == code or any(o.country == code for o in p.offices)}
        out.append(EntityCoverage(code, offices, len(persons)))
    return out


def names_per_language(gaz: Gazetteer) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in gaz.persons.values():
        for table in (p.names, p.short):
            for lang, ns in table.items():
                counts[lang] = counts.get(lang, 0) + len(ns)
    return dict(sorted(counts.items()))
