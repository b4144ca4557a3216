"""Merge across documents: one event per real-world contact.

Fourteen papers printing one agency report of a call, or three outlets reporting one
call in three languages, give one event with fourteen (or three) reports. This stage is
pure functions over plain data; readouts.store.database calls them when it adds a document, so
merging is incremental (a new article attaches to an existing event or makes a new one)
and needs no pass over the whole database.

Two reports are the same contact when they have
  - the same type (a call stays apart from a meeting on the same day),
  - the same participant set (gazetteer ids, or names as written for unknown persons),
  - compatible dates: equal or a day apart at day precision (time zones, "yesterday"
    written after midnight); the month or year containing the other's day at coarser
    precision; when a report has no date of its own (its date is its publication date)
    the other's date must fall within the few days before that publication,
  - compatible places: both unknown, one unknown, the same place, or a city inside the
    other's country,
  - topics that do not contradict: two reports that each name specific topics, none in
    common, are two conversations (the generic ones such as "bilateral relations" do not
    count),
  - and never two events of the same document (the extractor already kept them apart).

The merged event's fields are reconciled from its reports, one vote per document: the
most precise date stated in a text (majority among the most precise), the majority
initiator, the majority place, the union of topics; where reports disagree the counts are
kept in `disagreements` so users see that, say, the Kremlin says Putin called and the
Prime Minister's Office says Netanyahu did.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

# an article that gives no date reports a contact of the last few days
PUBLICATION_WINDOW = timedelta(days=3)
# topics too general to tell two conversations apart
GENERIC_TOPICS = frozenset({"bilateral relations", "regional security", "condolences", "congratulations",
                            "G20 and summits", "trade", "investment"})
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}


@dataclass
class Report:
    """One document's account of a contact (what the store keeps per document)."""
    doc: str
    type: str
    date: str | None                 # YYYY-MM-DD | YYYY-MM | YYYY | None
    precision: str | None
    basis: str | None                # "text" | "publication" | None
    published: str | None
    initiator: str | None = None
    location: str | None = None
    location_country: str | None = None
    topics: list[str] = field(default_factory=list)


def _day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s and len(s) == 10 else None
    except ValueError:
        return None


def _undated(r: Report) -> bool:
    """The article states no date for the contact (its date is at best the publication's)."""
    return r.basis == "publication" or not r.date


def anchor(r: Report) -> str | None:
    """The date a report places its contact near: the stated date, else the publication's."""
    return r.published if _undated(r) else r.date


def _dates_compatible(a: Report, b: Report) -> bool:
    if _undated(a) and _undated(b):
        da, db = _day(a.published), _day(b.published)
        # nothing known about either date: do not merge blindly
        return da is not None and db is not None and abs(da - db) <= PUBLICATION_WINDOW
    if _undated(a) or _undated(b):
        undated, dated = (a, b) if _undated(a) else (b, a)
        pub = _day(undated.published)
        if pub is None:
            return False
        d = _day(dated.date)
        if d is not None:
            return pub - PUBLICATION_WINDOW <= d <= pub + timedelta(days=1)
        return pub.isoformat().startswith(dated.date) or \
            (pub - PUBLICATION_WINDOW).isoformat().startswith(dated.date)
    return stated_dates_compatible(a.date, b.date)


def stated_dates_compatible(a: str, b: str) -> bool:
    """Can two dates a text states ("2018-06-12", "2018-06", "2018") be the date of one
    contact: days at most one apart, or one inside the other's month or year?"""
    da, db = _day(a), _day(b)
    if da and db:
        return abs(da - db) <= timedelta(days=1)
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short)


@lru_cache(maxsize=512)
def _country_names(cc: str) -> frozenset[str]:
    from readouts.knowledge.countries import by_alpha3
    c = by_alpha3(cc)
    if c is None:
        return frozenset({cc})
    return frozenset({cc, c.name, c.common_name or c.name, c.official_name or c.name})


def _places_compatible(a: Report, b: Report) -> bool:
    if not a.location or not b.location or a.location == b.location:
        return True
    ca, cb = a.location_country, b.location_country
    # "Riyadh" and "Saudi Arabia": the city lies in the country the other report names
    return bool(ca and ca == cb and (a.location in _country_names(ca) or b.location in _country_names(cb)))


def _topics_compatible(a: Report, b: Report) -> bool:
    ta = set(a.topics) - GENERIC_TOPICS
    tb = set(b.topics) - GENERIC_TOPICS
    return not (ta and tb and not ta & tb)


def compatible(new: Report, reports: list[Report]) -> bool:
    """May `new` join the event these reports describe?"""
    if any(r.doc == new.doc for r in reports):
        return False
    return all(r.type == new.type and _dates_compatible(new, r) and _places_compatible(new, r)
               and _topics_compatible(new, r) for r in reports)


def distance(new: Report, reports: list[Report]) -> float:
    """How far apart in time (days); the closest compatible event wins."""
    a = _day(anchor(new))
    best = None
    for r in reports:
        b = _day(anchor(r))
        d = abs((a - b).days) if a and b else 2.0
        best = d if best is None else min(best, d)
    return best if best is not None else 2.0


@dataclass
class Reconciled:
    date: str | None
    precision: str | None
    basis: str | None
    initiator: str | None
    location: str | None
    topics: list[str]
    sources: int
    disagreements: dict[str, dict[str, int]]


def _majority(values: list[str]) -> tuple[str | None, dict[str, int]]:
    votes = Counter(v for v in values if v)
    if not votes:
        return None, {}
    top = max(votes.values())
    winner = sorted(v for v, n in votes.items() if n == top)[0]
    return winner, (dict(votes.most_common()) if len(votes) > 1 else {})


def reconcile(reports: list[Report]) -> Reconciled:
    """The merged event's fields from all its reports (one vote per document)."""
    by_doc: dict[str, Report] = {}
    for r in reports:
        by_doc.setdefault(r.doc, r)
    reps = list(by_doc.values())
    disagreements: dict[str, dict[str, int]] = {}
    stated = [r for r in reps if not _undated(r)]
    if stated:
        best = max(PRECISION_RANK[r.precision] for r in stated)
        top = [r for r in stated if PRECISION_RANK[r.precision] == best]
        votes = Counter(r.date for r in top)
        n = max(votes.values())
        d = min(v for v, k in votes.items() if k == n)
        precision = next(r.precision for r in top if r.date == d)
        basis = "text"
        if len(votes) > 1:
            disagreements["date"] = dict(votes.most_common())
    else:
        pubs = sorted(r.published for r in reps if r.published)
        d = pubs[0] if pubs else None
        precision = "day" if d else None
        basis = "publication" if d else None
    initiator, votes_i = _majority([r.initiator for r in reps])
    if votes_i:
        disagreements["initiator"] = votes_i
    location, votes_l = _majority([r.location for r in reps])
    if votes_l:
        disagreements["location"] = votes_l
    topics = sorted({t for r in reps for t in r.topics})
    return Reconciled(d, precision, basis, initiator, location, topics, len(reps), disagreements)


# ---------------------------------------------------------------- choosing and updating the event
# (the store applies these to its rows, readouts.interfaces.spark to the reports of one contact key grouped
# on a cluster: one set of rules, so both merge alike)

# a stored event is looked for among those dated this near the new report (or undated)
CANDIDATE_WINDOW = timedelta(days=40)


def window(r: Report) -> tuple[str, str] | None:
    """The range of event dates (compared as text) among which an event `r` may join is looked
    for; None: no bound (the report has no day to anchor on)."""
    a = anchor(r)
    if not a or len(a) != 10:
        return None
    d = date.fromisoformat(a)
    return (d - CANDIDATE_WINDOW).isoformat(), (d + CANDIDATE_WINDOW).isoformat()


def in_window(event_date: str | None, bounds: tuple[str, str] | None) -> bool:
    """Is an event of this (reconciled) date a candidate? As SQL's `date IS NULL OR date BETWEEN`."""
    return bounds is None or event_date is None or bounds[0] <= event_date <= bounds[1]


def closest(new: Report, candidates) -> tuple[str, list[Report]] | None:
    """Among (event id, its reports) pairs, in the order the events were made, the event `new`
    joins: the nearest in time of those it is compatible with (the first on a tie), or None."""
    best = None
    for eid, reps in candidates:
        if compatible(new, reps):
            dist = distance(new, reps)
            if best is None or dist < best[0]:
                best = (dist, eid, reps)
    return (best[1], best[2]) if best else None


def reconciled_event(d: dict, reports: list[Report], best_confidence: float | None) -> dict:
    """An event record (Event.to_dict() without mentions) updated from all its reports;
    `best_confidence`: the highest confidence among its mentions. More sources, more confidence."""
    r = reconcile(reports)
    conf = min(0.99, (best_confidence or d.get("confidence") or 0.5) + 0.02 * (r.sources - 1))
    d = dict(d)
    d.update(date=r.date, date_precision=r.precision, date_basis=r.basis, initiator=r.initiator,
             location=r.location, topics=r.topics, sources=r.sources, disagreements=r.disagreements,
             confidence=round(conf, 3))
    if r.basis == "text":
        d["date_hint"] = None
    return d
