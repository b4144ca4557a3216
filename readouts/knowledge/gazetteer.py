"""The gazetteer of actors: persons, their names in each script, their offices.

Data lives in readouts/data/gazetteer/*.jsonl (persons) and offices*.json
(office labels); docs/DATA.md describes the format. Users add their own files
with the same format (READOUTS_GAZETTEER=path1:path2 or Gazetteer.load(extra=...)).
"""
from __future__ import annotations

import calendar
import json
import marshal
import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent.parent / "data" / "gazetteer"


def parse_partial(s: str | None, end: bool = False) -> date | None:
    """'2015', '2015-08' or '2015-08-03' → a date (first day, or last day when end=True)."""
    if not s:
        return None
    parts = [int(p) for p in str(s)[:10].split("-")]
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        d = parts[2]
    else:
        d = calendar.monthrange(y, m)[1] if end else 1
    return date(y, m, d)


_QID = __import__("re").compile(r"^Q[1-9][0-9]*$")
# States whose persons the news names either way round: Japan's own usage (and Arabic and Hebrew
# papers after it) puts the family name first ("KISHIDA Fumio"), Western usage last. A name of
# two words of such a person is also known the other way round.
FAMILY_NAME_EITHER_WAY = frozenset({"JPN"})


def slug_id(name: str) -> str:
    """The local id of a person without a known Wikidata id: X-benjamin-netanyahu."""
    import re
    from readouts.textnorm import strip_accents
    return "X-" + re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-")


@dataclass
class Office:
    key: str
    start: date | None
    end: date | None
    title: str | None = None
    acting: bool = False

    @property
    def country(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def kind(self) -> str:
        return self.key.split(".", 1)[1]

    def held_on(self, d: date) -> bool:
        return (self.start is None or self.start <= d) and (self.end is None or d <= self.end)


@dataclass
class PersonRecord:
    id: str
    name: str
    gender: str | None
    country: str | None
    names: dict[str, list[str]]
    short: dict[str, list[str]]
    offices: list[Office] = field(default_factory=list)
    source: str | None = None
    died: date | None = None

    def alive_on(self, d: date | None) -> bool:
        return d is None or self.died is None or d <= self.died

    def in_career(self, d: date | None) -> bool:
        """Had the person taken up a recorded office by that date? A surname alone names a
        politician only once they are one: "جونسون" in 2015 is not Boris Johnson."""
        return d is None or not self.offices or any(o.start is None or o.start <= d for o in self.offices)

    @property
    def wikidata(self) -> str | None:
        return self.id if _QID.match(self.id) else None

    def offices_on(self, d: date | None) -> list[Office]:
        if d is None:
            return []
        return [o for o in self.offices if o.held_on(d)]

    def holds(self, key: str, d: date | None) -> bool:
        return any(o.key == key and (d is None or o.held_on(d)) for o in self.offices)

    # A record is pickled (into the cache) with its names and short forms packed in one string of
    # bytes, unpacked when first read: a run reads those of a few persons, and unpacking the
    # names of every person took half the time of loading the gazetteer.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        if "_packed" not in state:
            state["_packed"] = marshal.dumps((state.pop("names"), state.pop("short")))
        return state

    def __setstate__(self, state: dict) -> None:
        # (as unpickling does without it, but found on the class: unpickling looks this name up on
        # every record, and without it that lookup went through __getattr__ and its exception)
        self.__dict__.update(state)

    def __getattr__(self, attr: str):
        # (called only for an attribute the record lacks: the names of a record still packed)
        packed = self.__dict__.get("_packed")
        if packed is None or attr not in ("names", "short"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")
        self.names, self.short = marshal.loads(packed)
        del self._packed
        return self.__dict__[attr]


class Packed(Mapping):
    """A read-only mapping whose values are kept pickled, each unpickled when first read: the
    persons and the office holders of a gazetteer loaded from the cache. (Unpickling the ten
    thousand persons and fifteen thousand offices at once took a seventh of a short run's
    start-up; a run reads a few of them.)"""
    __slots__ = ("_packed", "_open")

    def __init__(self, packed: dict[str, bytes]):
        self._packed = packed
        self._open: dict = {}

    def __getitem__(self, key):
        try:
            return self._open[key]
        except KeyError:
            got = self._open[key] = pickle.loads(self._packed[key])
            return got

    def get(self, key, default=None):
        if key in self._open:
            return self._open[key]
        if key not in self._packed:
            return default
        return self[key]

    def peek(self, key, default=None):
        """The value, unpickled for this read only when it is not open yet (not kept): for a scan of
        many values that keeps a little of each (actors.holders_by_surname)."""
        if key in self._open:
            return self._open[key]
        got = self._packed.get(key)
        return default if got is None else pickle.loads(got)

    def __contains__(self, key) -> bool:
        return key in self._packed

    def __iter__(self):
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def packed(self) -> dict[str, bytes]:
        """The pickles of the values (of those read since, as they are now)."""
        return {k: pickle.dumps(self._open[k], protocol=pickle.HIGHEST_PROTOCOL) if k in self._open else b
                for k, b in self._packed.items()}


def _packed(mapping) -> dict[str, bytes]:
    if isinstance(mapping, Packed):
        return mapping.packed()
    return {k: pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for k, v in mapping.items()}


class Gazetteer:
    def __init__(self):
        self.persons: dict[str, PersonRecord] = {}
        self.office_labels: dict[str, dict] = {}
        self.by_office: dict[str, list[tuple[Office, str]]] = {}

    # A gazetteer is pickled (into the cache) with each person and each office's holders pickled
    # apart, and loaded with them still packed (Packed): read-only then, as the extractor uses it.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["persons"] = _packed(self.persons)
        state["by_office"] = _packed(self.by_office)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.persons = Packed(state["persons"])
        self.by_office = Packed(state["by_office"])

    # ---- loading -------------------------------------------------------------------------
    def add_person(self, rec: dict, source: str | None = None) -> PersonRecord:
        offices = [Office(o["office"], parse_partial(o.get("start")), parse_partial(o.get("end"), end=True),
                          o.get("title"), bool(o.get("acting"))) for o in rec.get("offices", [])]
        pid = rec.get("id") or slug_id(rec["name"])
        if pid in self.persons:          # a later file extends an earlier record
            p = self.persons[pid]
            for lang, ns in (rec.get("names") or {}).items():
                p.names.setdefault(lang, []).extend(n for n in ns if n not in p.names.get(lang, []))
            for lang, ns in (rec.get("short") or {}).items():
                p.short.setdefault(lang, []).extend(n for n in ns if n not in p.short.get(lang, []))
            known = {(o.key, o.start) for o in p.offices}
            p.offices.extend(o for o in offices if (o.key, o.start) not in known)
            p.died = p.died or parse_partial(rec.get("died"), end=True)
            p.gender = p.gender or rec.get("gender")
            p.country = p.country or rec.get("country")
        else:
            p = PersonRecord(pid, rec["name"], rec.get("gender"), rec.get("country"),
                             {k: list(v) for k, v in (rec.get("names") or {}).items()},
                             {k: list(v) for k, v in (rec.get("short") or {}).items()}, offices, source,
                             parse_partial(rec.get("died"), end=True))
            self.persons[pid] = p
        return p

    def load_file(self, path: Path) -> int:
        n = 0
        if path.suffix == ".json":
            with open(path, encoding="utf-8") as f:
                self.office_labels.update(json.load(f))
            return 0
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("//"):
                    continue
                try:
                    self.add_person(json.loads(line), f"{path.name}:{i}")
                except (json.JSONDecodeError, KeyError, ValueError) as e:
                    raise ValueError(f"{path}:{i}: bad gazetteer record: {e}") from None
                n += 1
        return n

    def index(self) -> None:
        self.by_office = {}
        for p in self.persons.values():
            if p.country in FAMILY_NAME_EITHER_WAY:
                for ns in p.names.values():
                    ns.extend(r for r in [" ".join(n.split()[::-1]) for n in ns if len(n.split()) == 2] if r not in ns)
            for o in p.offices:
                self.by_office.setdefault(o.key, []).append((o, p.id))

    @classmethod
    def load(cls, extra: list[str | Path] | None = None) -> "Gazetteer":
        g = cls()
        data = Path(os.environ.get("READOUTS_GAZETTEER_DIR") or DATA_DIR)   # replaces the bundled files
        files = sorted(data.glob("*.json")) + sorted(data.glob("*.jsonl"))
        env = os.environ.get("READOUTS_GAZETTEER")
        more = [Path(p) for p in (extra or [])] + ([Path(p) for p in env.split(os.pathsep) if p] if env else [])
        for f in files + more:
            g.load_file(f)
        g.index()
        return g

    # ---- queries ---------------------------------------------------------------------------
    def holders(self, key: str, on: date | None) -> list[str]:
        """Persons holding office `key` on a date (all who ever held it when on is None).
        An office may be an alias of another ("EU.foreign_minister" → "EU.high_representative")."""
        if on is None:
            return self.holders_between(key, date.min, date.max, prefer=False)
        return self.holders_between(key, on, on)

    def holders_between(self, key: str, first: date, last: date, prefer: bool = True) -> list[str]:
        """Persons who held office `key` on some day from `first` to `last` (one day, or an undated
        article's time as far as the offices of those it names tell it)."""
        entry = self.office_labels.get(key, {})
        key = entry.get("alias", key)
        if prefer and entry.get("prefer"):
            # "رئيس كوريا الشمالية", "his North Korean counterpart": the news mean the leader who
            # holds power, not the nominal head of state, whenever there is one
            preferred = self.holders_between(entry["prefer"], first, last)
            if preferred:
                return preferred
        out = []
        for o, pid in self.by_office.get(key, []):
            if (o.start is None or o.start <= last) and (o.end is None or first <= o.end) and pid not in out:
                out.append(pid)
        return out

    def label(self, key: str) -> str:
        entry = self.office_labels.get(key, {})
        lab = entry.get("label") or self.office_labels.get(entry.get("alias", ""), {}).get("label")
        if lab:
            return lab
        country, kind = key.split(".", 1)
        return f"{kind.replace('_', ' ')} ({country})" if country else kind.replace("_", " ")

    def role_on(self, pid: str, d: date | None) -> str | None:
        """The most senior office a person held on a date, as an English label."""
        p = self.persons.get(pid)
        if not p:
            return None
        offs = p.offices_on(d) if d else []
        if not offs and d is None and p.offices:
            offs = [max(p.offices, key=lambda o: o.start or date.min)]
        if not offs:
            return None
        rank = ["head_of_state", "supreme_leader", "head_of_government", "crown_prince", "vice_president",
                "foreign_minister", "defence_minister", "secretary_general", "deputy_crown_prince"]
        offs.sort(key=lambda o: rank.index(o.kind) if o.kind in rank else len(rank))
        return self.label(offs[0].key)

    def search(self, text: str) -> list[PersonRecord]:
        from readouts.textnorm import fold
        q = fold(text)
        out = []
        for p in self.persons.values():
            forms = [p.name, p.id] + [n for ns in p.names.values() for n in ns] + [n for ns in p.short.values() for n in ns]
            if any(q == fold(f) for f in forms):
                out.insert(0, p)
            elif any(q in fold(f) for f in forms):
                out.append(p)
        return out


def sources() -> list[Path]:
    """What the default gazetteer is read from: the bundled files (or READOUTS_GAZETTEER_DIR)
    and the files READOUTS_GAZETTEER adds."""
    env = os.environ.get("READOUTS_GAZETTEER")
    return [Path(os.environ.get("READOUTS_GAZETTEER_DIR") or DATA_DIR)] + \
        ([Path(p) for p in env.split(os.pathsep) if p] if env else [])


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    from readouts.knowledge.cache import cached
    return cached("gazetteer", sources(), Gazetteer.load)
