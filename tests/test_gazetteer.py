"""The gazetteer is data users rely on: validate it, and check the resolver on dates."""
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from readouts.gazetteer import DATA_DIR, Gazetteer, default
from readouts.textnorm import fold

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default()


def test_ids_unique_and_well_formed():
    """An id is defined once per file; a record in another file with the same id amends
    that person (names, offices, date of death) and must carry the same canonical name."""
    seen: dict[str, tuple[str, str]] = {}
    for f in sorted(DATA_DIR.glob("*.jsonl")):
        in_file = set()
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("//"):
                continue
            rec = json.loads(line)
            pid = rec["id"]
            assert re.fullmatch(r"Q[1-9][0-9]*|X-[a-z0-9-]+", pid), f"{f.name}:{i}: bad id {pid!r}"
            assert pid not in in_file, f"{f.name}:{i}: id {pid} twice in the file"
            in_file.add(pid)
            if pid in seen:
                assert rec["name"] == seen[pid][1], f"{f.name}:{i}: {pid} named {rec['name']!r}, elsewhere {seen[pid]}"
            else:
                seen[pid] = (f"{f.name}:{i}", rec["name"])


def test_offices_well_formed(gaz):
    for p in gaz.persons.values():
        for o in p.offices:
            assert "." in o.key, f"{p.name}: office key {o.key!r}"
            assert o.start is None or o.end is None or o.start <= o.end, f"{p.name}: {o.key} starts after it ends"
            assert o.key in gaz.office_labels, f"{p.name}: office {o.key} has no label"


def _partial_handovers() -> set[tuple[str, str, str]]:
    """(office, outgoing id, incoming id) where the records date the handover only to the same
    month or year ("end": "2018-05" and "start": "2018-05"): both held the office that month."""
    ends: dict[tuple[str, str], set[str]] = {}
    starts: dict[tuple[str, str], set[str]] = {}
    for f in sorted(DATA_DIR.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("//"):
                continue
            rec = json.loads(line)
            for o in rec.get("offices", []):
                for raw, into in ((o.get("end"), ends), (o.get("start"), starts)):
                    if raw and len(raw) < 10:
                        into.setdefault((o["office"], raw), set()).add(rec["id"])
    return {(key[0], a, b) for key, outs in ends.items() for a in outs for b in starts.get(key, ())}


def test_single_holder_offices_do_not_overlap(gaz):
    problems = []
    partial = _partial_handovers()
    for key, terms in gaz.by_office.items():
        if not gaz.office_labels.get(key, {}).get("single"):
            continue
        spans = sorted(((o.start or date.min, o.end or date.max, pid) for o, pid in terms if not o.acting))
        for (s1, e1, p1), (s2, e2, p2) in zip(spans, spans[1:]):
            # a handover on the same day is allowed, and one dated to the same month or year
            if p1 != p2 and s2 < e1 and (e1 - s2) > timedelta(days=1) and (key, p1, p2) not in partial:
                problems.append(f"{key}: {p1} until {e1} overlaps {p2} from {s2}")
    assert not problems, "\n".join(problems[:20])


def test_every_name_folds_to_something(gaz):
    for p in gaz.persons.values():
        for lang, names in list(p.names.items()) + list(p.short.items()):
            for n in names:
                assert fold(n).strip(), f"{p.name}: {lang} name {n!r} folds to nothing"


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/gold is not beside the checkout")
def test_gold_participants_are_in_the_gazetteer(gaz):
    """Every participant of the seeds, and nearly every distinct participant of a required dev
    event, is a gazetteer person (the rest are named as written: private persons, officials
    of provinces, historical figures)."""
    names = {p.name for p in gaz.persons.values()}
    seen: dict[str, set[str]] = {"seeds.jsonl": set(), "dev.jsonl": set()}
    for f, people in seen.items():
        for line in (SHARED / "gold" / f).read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line)["events"]:
                if not ev.get("optional"):
                    people.update(ev["participants"])
    assert seen["seeds.jsonl"] <= names, sorted(seen["seeds.jsonl"] - names)
    dev = seen["dev.jsonl"]
    missing = sorted(dev - names)
    assert len(missing) <= 0.15 * len(dev), (len(dev), missing)


@pytest.mark.parametrize("office,on,expected", [
    ("RUS.head_of_state", date(2009, 6, 1), "Dmitry Medvedev"),
    ("RUS.head_of_state", date(2015, 6, 1), "Vladimir Putin"),
    ("SAU.head_of_state", date(2014, 6, 1), "Abdullah of Saudi Arabia"),
    ("SAU.head_of_state", date(2015, 6, 1), "Salman of Saudi Arabia"),
    ("USA.head_of_state", date(2016, 6, 1), "Barack Obama"),
    ("USA.head_of_state", date(2018, 6, 1), "Donald Trump"),
    ("USA.head_of_state", date(2022, 6, 1), "Joe Biden"),
    ("ISR.head_of_government", date(2019, 6, 1), "Benjamin Netanyahu"),
    ("ISR.head_of_government", date(2021, 9, 1), "Naftali Bennett"),
    ("ISR.head_of_government", date(2022, 9, 1), "Yair Lapid"),
])
def test_office_holder_on_date(gaz, office, on, expected):
    holders = [gaz.persons[p].name for p in gaz.holders(office, on)]
    assert holders == [expected]
