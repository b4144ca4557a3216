"""Import a PETRARCH/TABARI actor dictionary into a readouts gazetteer file.

A TABARI .actors file lists actors as a primary name, `+alias` lines and dated role codes:

    BENJAMIN_NETANYAHU_  # CountryInfo.txt
    +BINYAMIN_NETANYAHU_
    +PRIME_MINISTER_BENJAMIN_NETANYAHU
    	[ISRGOV 960618-990706]
    	[ISRGOV >090401]

`convert()` turns every person in it (an actor with at least one dated role) into a record
of the gazetteer format (docs/DATA.md): English names and surname from the aliases (aliases
that carry a title such as PRIME_MINISTER_ are left out: titles belong to the language
packs), and one office per dated role code (`ISR.government` for ISRGOV, with the code kept
in `title`). A person the gazetteer already has (same full English name, or the same
surname and country with a matching first name) keeps its id, so loading the output
extends that person with new aliases and roles instead of creating a duplicate; others
get local `X-` ids. Write the result to a file and load it with READOUTS_GAZETTEER or
`readouts --gazetteer FILE`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from readouts.knowledge.gazetteer import Gazetteer, slug_id
from readouts.textnorm import fold

# CAMEO sector codes after the country code → office kind in the gazetteer
SECTORS = {"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
           "OPP": "opposition", "SPY": "intelligence", "COP": "police"}
# words that make an alias a title + name ("PRIME_MINISTER_X", "ISRAELI_PRESIDENT_X")
TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "KING", "QUEEN", "PRINCE", "PRINCESS", "SHEIKH", "SHEIK",
               "EMIR", "AMIR", "SULTAN", "GENERAL", "GEN", "CHANCELLOR", "SECRETARY", "FOREIGN", "DEFENSE",
               "DEFENCE", "DEPUTY", "VICE", "LEADER", "CHAIRMAN", "CHIEF", "AMBASSADOR", "SENATOR", "DR",
               "MR", "MRS", "MS", "COLONEL", "COL", "MARSHAL", "ADMIRAL", "AYATOLLAH", "PREMIER", "CROWN",
               "GOVERNOR", "SPEAKER", "MAYOR", "JUDGE", "JUSTICE", "POPE", "BISHOP", "SHAH", "FORMER"}
_CODE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([^\]]*)\]")
_DATE = re.compile(r"^(\d{6}|\d{8})$")


@dataclass
class Actor:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)  # country, sector, start, end
    countries: list[str] = field(default_factory=list)
    line: int = 0


def _date(s: str) -> str | None:
    s = s.strip()
    if not _DATE.match(s):
        return None
    if len(s) == 8:
        y, rest = s[:4], s[4:]
    else:
        yy = int(s[:2])
        y, rest = str(2000 + yy if yy <= 30 else 1900 + yy), s[2:]
    m, d = rest[:2], rest[2:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def _span(text: str) -> tuple[str | None, str | None] | None:
    """'960618-990706' → (start, end); '>090401' → (start, None); '<090401' → (None, end)."""
    text = text.strip()
    if not text:
        return None
    if text.startswith(">"):
        return (_date(text[1:]), None) if _date(text[1:]) else None
    if text.startswith("<"):
        return (None, _date(text[1:])) if _date(text[1:]) else None
    if "-" in text:
        a, b = text.split("-", 1)
        if _date(a) and _date(b):
            return _date(a), _date(b)
    return None


def parse(lines: Iterable[str]) -> Iterator[Actor]:
    """Actors of a TABARI dictionary, in file order."""
    cur: Actor | None = None
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1] in (" ", "\t"):
            if cur is None:
                continue
            for cc, sector, when in _CODE.findall(line):
                span = _span(when)
                if span:
                    cur.roles.append((cc, sector, span[0], span[1]))
                elif not when.strip() and cc not in cur.countries:
                    cur.countries.append(cc)
            continue
        if line.startswith("+"):
            if cur is not None:
                cur.aliases.append(line[1:].strip())
            continue
        if cur is not None:
            yield cur
        cur = Actor(line.strip(), line=n)
    if cur is not None:
        yield cur


def _words(token: str) -> list[str]:
    return [w for w in token.strip("_ ").split("_") if w]


def _pretty(words: list[str]) -> str:
    def cap(w: str) -> str:
        return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
    return " ".join(cap(w) for w in words)


def _names(actor: Actor) -> tuple[list[str], list[str]]:
    """Full names (2+ words, no titles) and one-word forms from the primary name and aliases."""
    full, short = [], []
    for token in [actor.name] + actor.aliases:
        ws = _words(token)
        if not ws or any(w.rstrip(".") in TITLE_WORDS for w in ws) or any(ch.isdigit() for ch in token):
            continue
        name = _pretty(ws)
        (full if len(ws) > 1 else short).append(name)
    return list(dict.fromkeys(full)), list(dict.fromkeys(short))


def is_person(actor: Actor) -> bool:
    """Persons have dated roles and a name of two to five words."""
    return bool(actor.roles) and 2 <= len(_words(actor.name)) <= 5


class Matcher:
    """Finds the gazetteer person a PETRARCH actor is, without guessing between two."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.by_full: dict[str, set[str]] = {}
        for p in gaz.persons.values():
            for n in [p.name] + p.names.get("en", []):
                self.by_full.setdefault(fold(n), set()).add(p.id)

    def find(self, full: list[str], country: str | None) -> str | None:
        hits: set[str] = set()
        for n in full:
            hits |= self.by_full.get(fold(n), set())
        if len(hits) > 1 and country:
            hits = {h for h in hits if self.gaz.persons[h].country == country} or hits
        return next(iter(hits)) if len(hits) == 1 else None


def convert(lines: Iterable[str], gaz: Gazetteer, source: str = "petrarch") -> tuple[list[dict], dict]:
    """Gazetteer records for the persons of a TABARI dictionary, and counts of what was done."""
    match = Matcher(gaz)
    out: dict[str, dict] = {}
    stats = {"actors": 0, "persons": 0, "matched": 0, "new": 0, "aliases_added": 0, "roles_added": 0}
    for actor in parse(lines):
        stats["actors"] += 1
        if not is_person(actor):
            continue
        stats["persons"] += 1
        full, short = _names(actor)
        if not full:
            continue
        codes = [r[0] for r in actor.roles] + actor.countries
        country = max(dict.fromkeys(codes), key=codes.count) if codes else None   # ties: the first listed
        pid = match.find(full, country)
        known = gaz.persons.get(pid) if pid else None
        if known is None:
            pid = slug_id(full[0])
            if pid in gaz.persons:                 # same slug, other person: keep them apart
                pid = f"{pid}-{(country or 'xxx').lower()}"
        rec = out.get(pid)
        if rec is None:
            rec = {"id": pid, "name": known.name if known else full[0],
                   "country": known.country if known else country,
                   "names": {"en": []}, "short": {"en": []}, "offices": [],
                   "source": f"{source}:{actor.line}"}
            if known is None:
                rec["gender"] = None
            out[pid] = rec
            stats["matched" if known else "new"] += 1
        have = {fold(n) for n in (known.names.get("en", []) + [known.name] if known else [])}
        have_short = {fold(n) for n in (known.short.get("en", []) if known else [])}
        for n in full:
            if fold(n) not in have and n not in rec["names"]["en"]:
                rec["names"]["en"].append(n)
                stats["aliases_added"] += 1
        # one-word forms only for persons already known: a surname shared by thousands of
        # imported persons would make the gazetteer's own leaders ambiguous
        for n in (short if known else []):
            if fold(n) not in have_short and n not in rec["short"]["en"]:
                rec["short"]["en"].append(n)
        for cc, sector, start, end in actor.roles:
            kind = SECTORS.get(sector[:3]) if sector else None
            if kind is None:
                continue
            office = {"office": f"{cc}.{kind}", "start": start, "end": end, "title": f"PETRARCH {cc}{sector}"}
            if office not in rec["offices"]:
                rec["offices"].append(office)
                stats["roles_added"] += 1
    records = []
    for rec in out.values():
        if not rec["short"]["en"]:
            del rec["short"]
        records.append(rec)
    return records, stats


def convert_file(path: str | Path, gaz: Gazetteer) -> tuple[list[dict], dict]:
    with open(path, encoding="utf-8", errors="replace") as f:
        return convert(f, gaz, source=Path(path).name)
