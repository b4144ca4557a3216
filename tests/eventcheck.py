"""Small assertions shared by the extractor rule tests of every language."""
from __future__ import annotations


def names(ev) -> set[str]:
    return {p.name for p in ev.participants}


def one(evs, type_: str, *people: str):
    """The single event of the list; checks its type and participants."""
    assert len(evs) == 1, [(e.type, sorted(names(e))) for e in evs]
    ev = evs[0]
    assert ev.type == type_
    assert names(ev) == set(people)
    return ev


def with_pair(evs, *people: str):
    return [e for e in evs if names(e) == set(people)]
