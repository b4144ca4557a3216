"""Read-only SQL over a readouts database, for the HTTP API (readouts.interfaces.api).

Every function takes a `sqlite3.Connection` opened by `connect()` (read-only, with
the `fold()` SQL function registered) and returns plain JSON-ready data.

Event filters are the ones of `readouts events` and are built by the store's own
`where_clause()`, so the API and the command line select the same events. An
actor filter that is a person *key* (see below) is matched exactly instead.

Person keys: a participant's gazetteer id (`event_participants.person_id`, e.g.
"Q7747" or "X-gabi-ashkenazi") or, for persons not in the gazetteer,
"name:" + their name. The API serves schema-2 databases only (create_app refuses
older ones), so person_id and events.sources are always there.
"""
from __future__ import annotations

import heapq
import json
import re
import sqlite3
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from readouts.store.database import (_EFF_DATE, _EFF_DATE_COMPUTED, FilterError, _fts_query, actor_args, actor_match,
                                     check_filters, where_clause)
from readouts.textnorm import fold

FILTERS = ("actor", "country", "type", "since", "until", "topic", "text", "min_confidence")
SORTS = ("date", "-date", "sources")
INTERVALS = ("day", "week", "month")
EVENT_TYPES = ("call", "meeting", "message")
RTL_LANGS = {"he", "ar", "fa", "ur", "yi", "ps"}

_KEY_RE = re.compile(r"^(Q[1-9][0-9]*|X-[a-z0-9-]+|name:.+)$", re.S)


# --------------------------------------------------------------------------- connection

# Bytes of the database file a connection reads through a memory map rather than read() calls
# (SQLite caps it at its SQLITE_MAX_MMAP_SIZE, 2 GiB in common builds): the pages come from the
# operating system's page cache, shared by every connection and server process, without a system
# call and a copy each. On the 1M-event database of bench/load_api.py this took the CPU per
# request of the benchmark's mix (one at a time) from 38 to 27 ms; the mapped pages are the file's,
# not the process's own memory (RssFile, not RssAnon). 0 turns it off.
MMAP_BYTES = 1 << 34


def connect(db_path: str | Path) -> sqlite3.Connection:
    """Open a database read-only (SQLite URI mode=ro, plus query_only), reading it through a
    memory map (MMAP_BYTES)."""
    p = Path(db_path)
    if not p.is_file():
        raise FileNotFoundError(f"no database at {db_path}")
    conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False,
                           timeout=30)
    conn.row_factory = sqlite3.Row
    conn.create_function("fold", 1, lambda s: fold(s) if s else s, deterministic=True)
    conn.execute("PRAGMA query_only = ON")
    conn.execute(f"PRAGMA mmap_size = {int(MMAP_BYTES)}")
    return conn


def _all(conn: sqlite3.Connection, sql: str, args, cols: str) -> list[list]:
    """The rows of `sql` (its result columns named `cols`), in its order, read as one JSON
    value: a request thread that fetches rows one at a time lets the other threads take the
    GIL between two rows, which makes a long result slow to read under many concurrent
    requests. (Texts, integers and NULLs: SQLite writes a REAL with 15 digits only.)"""
    row = conn.execute(f"SELECT json_group_array(json_array({cols})) FROM ({sql})", list(args)).fetchone()
    return _loads(row[0])


def _loads(text: str) -> Any:
    """A JSON value, read by orjson (twice as fast as json for a page's events), else by json (which
    also takes what orjson refuses, such as NaN)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


class Schema:
    """What this database has: whether it is a schema-2 readouts database (create_app
    refuses others), which tokenizer its search table uses, and whether it has the
    derived data of readouts.store.database.DERIVED (a database last written by an older readouts
    lacks them until the store opens it; it is served, only more slowly)."""

    def __init__(self, conn: sqlite3.Connection):
        # (one query: each request reads this)
        events, participants, search, derived, doc_counts, pairs, facets, months = conn.execute(
            "SELECT (SELECT group_concat(name) FROM pragma_table_info('events')),"
            " (SELECT group_concat(name) FROM pragma_table_info('event_participants')),"
            " (SELECT sql FROM sqlite_master WHERE name = 'search'),"
            " (SELECT COUNT(*) FROM sqlite_master WHERE name IN ('participant_names', 'event_counts')),"
            " (SELECT COUNT(*) FROM sqlite_master WHERE name = 'document_counts'),"
            " (SELECT COUNT(*) FROM sqlite_master WHERE name = 'pair_months'),"
            " (SELECT COUNT(*) FROM sqlite_master WHERE name IN ('country_days', 'person_days', 'pair_types')),"
            " (SELECT COUNT(*) FROM sqlite_master WHERE name IN ('event_months', 'country_months'))"
            ).fetchone()
        if not events:
            raise ValueError("not a readouts database (no events table)")
        self.has_person_id = "person_id" in (participants or "").split(",")
        self.trigram = bool(search and "trigram" in search)
        self.derived = "eff_date" in events.split(",") and derived == 2
        self.document_counts = bool(doc_counts)   # (added after the other derived data)
        # participants carry their event's type and effective date (also added later)
        self.participant_days = self.derived and "eff_date" in (participants or "").split(",")
        # events counted per pair of persons and month (readouts.store.database.DERIVED; added later still)
        self.pairs = self.participant_days and bool(pairs)
        # events counted per country or person, date and type (added after pair_months)
        self.facet_days = self.pair_types = self.pairs and facets == 3
        # event_counts and country_days summed per month (added after them)
        self.months = self.facet_days and months == 2

    @property
    def eff_date(self) -> str:
        """SQL expression of an event's effective date: its date, else its earliest
        report's publication date."""
        return _EFF_DATE if self.derived else _EFF_DATE_COMPUTED

    def events_by_id(self, e: str = "e") -> str:
        """The events table for reading the events of a set of ids: through the index that
        holds their dates, types, confidences and sources (events_cover)."""
        return f"events {e} INDEXED BY events_cover" if self.derived else f"events {e}"

    @staticmethod
    def key_sql(p: str = "p") -> str:
        """SQL expression of a participant's person key."""
        return f"COALESCE({p}.person_id, 'name:' || {p}.name)"

    @staticmethod
    def sources_sql(e: str = "e") -> str:
        """SQL expression of an event's number of distinct reporting documents."""
        return f"{e}.sources"

    def key_in(self, keys: list[str], p: str = "p") -> tuple[str, list[str]]:
        """SQL condition `{key_sql(p)} IN keys`, written so that SQLite looks the keys up in
        the participants' indexes, and its arguments."""
        if not self.derived:
            return f"{self.key_sql(p)} IN ({','.join('?' * len(keys))})", list(keys)
        named = [k for k in keys if k.startswith("name:")]
        sql = f"{p}.person_id IN ({','.join('?' * len(keys))})"
        args = list(keys)
        if named:
            q = ",".join("?" * len(named))
            # names are looked up by their folded form, which participant_names holds per key
            sql = (f"({sql} OR ({p}.person_id IS NULL AND {p}.name_folded IN"
                   f" (SELECT name_folded FROM participant_names WHERE key IN ({q}))"
                   f" AND 'name:' || {p}.name IN ({q})))")
            args += named + named
        return sql, args


def is_key(s: str) -> bool:
    return bool(_KEY_RE.match(s or ""))


# Filters that select a set of event ids through another table (participants, search), and
# the ones event_counts can count by (the others are read from the events' indexes).
SET_FILTERS = ("actor", "country", "text")
COUNTED_FILTERS = ("type", "since", "until")


def _given(filters: dict, names) -> bool:
    return any(filters.get(k) not in (None, "", []) for k in names)


def _events(schema: Schema, filters: dict) -> str:
    """FROM clause over the events `e` matching the filters: those of a set of ids, or of a
    range of dates read from the index of dates (which holds the types and confidences too:
    SQLite would rather read the type index, then every event of that type)."""
    if _given(filters, SET_FILTERS):
        return f" FROM {schema.events_by_id()}"
    if schema.derived and _given(filters, ("since", "until")):
        return " FROM events e INDEXED BY events_eff"
    return " FROM events e"


def _counted(schema: Schema, filters: dict) -> bool:
    """Can event_counts answer these filters?"""
    return schema.derived and not _given(filters, set(FILTERS) - set(COUNTED_FILTERS))


def _count(conn, schema: Schema, cap: int | None = None, **filters) -> int:
    """How many events match; with a cap, counted up to cap + 1 only (a larger number means
    "more than cap") unless a summary tells the number at once: the counts per month where they
    answer (event_months, country_months, a person's own rows of pair_months: some hundred rows
    where event_counts has tens of thousands), else per date."""
    months, own = _month_counts(schema, filters), _own_months(schema, filters)
    if months or own:   # (a country's or a person's number with a cap, as counted up to it, as below)
        source, args = months or (f" FROM {own[0]} c WHERE c.a = ? AND c.b = c.a", own[1])
        n = conn.execute(f"SELECT COALESCE(SUM(c.n), 0){source}", args).fetchone()[0]
        return n if cap is None or _counted(schema, filters) else min(n, int(cap) + 1)
    if _counted(schema, filters):
        w, args = where_clause(schema.trigram, counts=True, **filters)
        return conn.execute(f"SELECT COALESCE(SUM(n), 0) FROM event_counts c{w}", args).fetchone()[0]
    facet = _facet_days(schema, filters)
    if facet:   # (exact at once; with a cap, as counted up to it)
        n = conn.execute(f"SELECT COALESCE(SUM(c.n), 0){facet[0]}", facet[1]).fetchone()[0]
        return n if cap is None else min(n, int(cap) + 1)
    w, args = where(conn, schema, **filters)  # (which also checks the values' bounds)
    by_participant = _by_participant(schema, filters)
    if by_participant:
        cond, args = by_participant
        ids = f"SELECT DISTINCT e.event_id{_participants(filters)} WHERE {cond}"
    else:
        ids = f"SELECT e.id{_events(schema, filters)}{w}"
    if cap is None:
        return conn.execute(f"SELECT COUNT(*) FROM ({ids})", args).fetchone()[0]
    return conn.execute(f"SELECT COUNT(*) FROM ({ids} LIMIT ?)", args + [int(cap) + 1]).fetchone()[0]


def _by_participant(schema: Schema, filters: dict) -> tuple[str, list[Any]] | None:
    """When the filters are one country or one actor (a person key, or a part of a name as
    where_clause matches it), with or without a type and dates: the condition on the participants
    `e` (event_participants, whose type and eff_date are their event's: the type and date
    conditions of where_clause apply to them as they are) that selects that country's or actor's
    participations in the matching events. Their events are then counted from one range of an
    index (participants_country_day, participants_person_day; a name's from those of its names)
    instead of being looked up one by one. None for other filters."""
    check_filters(**{k: filters.get(k) for k in ("actor", "country", "topic", "text")})
    if not schema.participant_days:
        return None
    given = {k for k in FILTERS if _given(filters, (k,))}
    actors, country = filters.get("actor"), filters.get("country")
    actors = [actors] if isinstance(actors, str) else list(actors or [])
    if given - set(COUNTED_FILTERS) == {"country"} and isinstance(country, str):
        cond, args = "e.country = ?", [country.strip().upper()]
    elif given - set(COUNTED_FILTERS) == {"actor"} and len(actors) == 1 and is_key(actors[0].strip()):
        cond, args = schema.key_in([actors[0].strip()], "e")
    elif given - set(COUNTED_FILTERS) == {"actor"} and len(actors) == 1:  # (a part of a name)
        cond, args = actor_match("e"), actor_args(actors[0])
    else:
        return None
    w, wargs = where_clause(schema.trigram, **{k: filters.get(k) for k in COUNTED_FILTERS})
    return (f"{cond} AND {w[len(' WHERE '):]}" if w else cond), args + wargs


def _name_key(conn, actor: str) -> str | None:
    """The person key that an actor filter of a part of a name (actor_match) stands for, when it
    matches the participations of one person only and every one of them (a person named in
    other ways too, or two persons, do not): the filter then selects the same events as that key,
    whose counts, pages and networks are kept (person_days, participants_person_day, pair_months).
    participant_names holds each participation's key, folded name and Wikidata id, which are all
    actor_match reads. None otherwise."""
    args = actor_args(actor)
    hit = ("name_folded LIKE ? ESCAPE '\\'", "lower(wikidata) = ?", "lower(key) = ? AND substr(key, 1, 5) != 'name:'")
    keys = [k for (k,) in conn.execute(" UNION ".join(f"SELECT key FROM participant_names WHERE {h}" for h in hit)
                                       + " LIMIT 2", args)]
    if len(keys) != 1 or not is_key(keys[0]):
        return None
    other = conn.execute(f"SELECT 1 FROM participant_names WHERE key = ? AND NOT ({' OR '.join(hit)}) LIMIT 1",
                         [keys[0]] + args).fetchone()
    return None if other else keys[0]


def _names_as_keys(conn, schema: Schema, filters: dict) -> dict:
    """The filters with each actor that is a part of a name replaced by the person key it stands
    for (_name_key), where there is one."""
    actors = filters.get("actor")
    values = [actors] if isinstance(actors, str) else list(actors or [])
    if not schema.derived or not values:
        return filters
    check_filters(actor=values)
    keys = [(_name_key(conn, a) if a and a.strip() and not is_key(a.strip()) else None) or a for a in values]
    if keys == values:
        return filters
    return {**filters, "actor": keys[0] if isinstance(actors, str) else keys}


def _facet_days(schema: Schema, filters: dict) -> tuple[str, list[Any]] | None:
    """When the filters are one country or one person key, with or without a type and dates: the
    rows `c` of country_days or person_days (c.day, c.type, c.n: that country's or person's events
    per date and type, each event once) that count the matching events, as a FROM clause, and its
    arguments; else None. (The dates and types of where_clause compare c.day and c.type as they
    compare event_counts'.)"""
    if not schema.facet_days:
        return None
    given = {k for k in FILTERS if _given(filters, (k,))}
    actors, country = filters.get("actor"), filters.get("country")
    actors = [actors] if isinstance(actors, str) else list(actors or [])
    check_filters(**{k: filters.get(k) for k in ("actor", "country", "topic", "text")})
    if given - set(COUNTED_FILTERS) == {"country"} and isinstance(country, str):
        source, args = " FROM country_days c WHERE c.country = ?", [country.strip().upper()]
    elif given - set(COUNTED_FILTERS) == {"actor"} and len(actors) == 1 and is_key(actors[0].strip()):
        source, args = " FROM person_days c WHERE c.key = ?", [actors[0].strip()]
    else:
        return None
    w, wargs = where_clause(schema.trigram, counts=True, **{k: filters.get(k) for k in COUNTED_FILTERS})
    return (f"{source} AND {w[len(' WHERE '):]}" if w else source), args + wargs


def _month_counts(schema: Schema, filters: dict) -> tuple[str, list[Any]] | None:
    """When the filters are a type and dates of months or years at most, or those and one country:
    the rows `c` of event_months or country_months (c.month, c.type, c.n: the events per month and
    type, overall or of that country) that count the matching events, as a FROM clause, and its
    arguments; else None. (The first 7 characters of a date are as far from a bound of a month or
    a year as the date itself: where_clause's dates compare c.month as they compare c.day.)"""
    if not schema.months or any(v and len(str(v)) > 7 for v in (filters.get("since"), filters.get("until"))):
        return None
    rest = {k for k in FILTERS if _given(filters, (k,))} - set(COUNTED_FILTERS)
    country = filters.get("country")
    check_filters(**{k: filters.get(k) for k in ("actor", "country", "topic", "text")})
    if not rest:
        source, args = " FROM event_months c", []
    elif rest == {"country"} and isinstance(country, str):
        source, args = " FROM country_months c WHERE c.country = ?", [country.strip().upper()]
    else:
        return None
    w, wargs = where_clause(schema.trigram, counts=True, day="c.month", **{k: filters.get(k) for k in COUNTED_FILTERS})
    if w:
        source += f" AND {w[len(' WHERE '):]}" if args else w
    return source, args + wargs


def _by_month(schema: Schema, filters: dict) -> tuple[str, list[Any]] | None:
    """When pair_months can answer the filters (a type and dates of a month or a year at most, or
    none): its rows of the matching months, as a table expression, and its arguments; else None.
    The first 7 characters of a date are as far from a bound of a month or a year as the date
    itself, so the dates of where_clause compare the months in the same way (undated: month '').
    A since-bound also takes the year-only dates of its year (see where_clause): that is a range
    of months and one month more, read as two ranges of the index."""
    if not schema.pairs or _given(filters, set(FILTERS) - set(COUNTED_FILTERS)):
        return None
    since, until, type_ = filters.get("since"), filters.get("until"), filters.get("type")
    if any(v and len(str(v)) > 7 for v in (since, until)):
        return None
    check_filters(**{k: filters.get(k) for k in ("actor", "country", "topic", "text")})
    u = str(until) + {4: "-12-31", 7: "-31"}.get(len(str(until)), "") if until else None
    ranges: list[tuple[str, list[Any]]] = []
    if since:
        s = str(since)
        ranges.append(("month >= ?" + (" AND month <= ?" if u else ""), [s] + ([u] if u else [])))
        ranges += [("month = ?", [s[:4]])] if len(s) > 4 and (not u or s[:4] <= u) else []
    elif u:
        ranges.append(("month > '' AND month <= ?", [u]))
    else:
        ranges.append(("1", []))
    types = [type_] if isinstance(type_, str) else list(type_ or [])
    kind = f" AND type IN ({','.join('?' * len(types))})" if types else ""
    sql = " UNION ALL ".join(f"SELECT a, b, month, type, n FROM pair_months WHERE {cond}{kind}" for cond, _ in ranges)
    return f"({sql})", [x for _, args in ranges for x in args + [t.lower() for t in types]]


def _own_months(schema: Schema, filters: dict) -> tuple[str, list[Any]] | None:
    """When the filters are one person key, with or without a type and dates that _by_month can
    answer: _by_month's rows, with the key as a last argument for the condition `c.a = ?` on
    them (that person's rows); else None."""
    actors = filters.get("actor")
    actors = [actors] if isinstance(actors, str) else list(actors or [])
    if len(actors) != 1 or not is_key(actors[0].strip()):
        return None
    check_filters(actor=actors)
    by_month = _by_month(schema, {**filters, "actor": None})
    if by_month is None:
        return None
    source, args = by_month
    return source, args + [actors[0].strip()]


def _participants(filters: dict) -> str:
    """FROM clause over the participants `e` for _by_participant's condition: a country's through
    the index of countries, types and dates (SQLite would rather read the index of countries and
    event ids, then each participant's row for its type and date)."""
    return (" FROM event_participants e INDEXED BY participants_country_day" if _given(filters, ("country",))
            else " FROM event_participants e")


def where(conn: sqlite3.Connection, schema: Schema | None = None, **filters) -> tuple[str, list[Any]]:
    """WHERE clause (over `events e`) for the event filters of `readouts events`:
    actor (str or list; name part, Wikidata id or person key), country, type, since,
    until, topic, text."""
    schema = schema or Schema(conn)
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown filters: {', '.join(sorted(unknown))}")
    actors = filters.pop("actor", None)
    actors = [actors] if isinstance(actors, str) else list(actors or [])
    keys = [a.strip() for a in actors if a and is_key(a.strip())]
    names = [a for a in actors if a and a.strip() and not is_key(a.strip())]
    # an id that where_clause also understands (Wikidata) is matched as a key here
    clause, args = where_clause(schema.trigram, actor=names or None, derived=schema.derived, **filters)
    conds = [clause[len(" WHERE "):]] if clause else []
    for k in keys:
        cond, cargs = schema.key_in([k])
        conds.append(f"e.id IN (SELECT p.event_id FROM event_participants p WHERE {cond})")
        args += cargs
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


# --------------------------------------------------------------------------- events

def _participant_keys(conn, schema: Schema, ids: list[str]) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = defaultdict(dict)
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = ",".join("?" * len(chunk))
        for eid, position, key in _all(conn, f"SELECT p.event_id AS e, p.position AS i, {schema.key_sql('p')} AS k"
                                             f" FROM event_participants p WHERE p.event_id IN ({q})", chunk, "e, i, k"):
            out[eid][position] = key
    return out


_ORDER_MENTIONS = " ORDER BY m.published IS NULL, m.published, m.doc_id, m.start"
_SUMMARY_FIELDS = ("doc", "lang", "sentence", "source")


def _mentions(conn, ids: list[str], full: bool = True) -> dict[str, list[dict]]:
    """event id → its mentions (every column of `mentions`: doc, lang, published,
    sentence, start, end, field, source, url, title, initiator, date, ...; or, not full,
    the _SUMMARY_FIELDS)."""
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = ",".join("?" * len(chunk))
        if not full:
            for eid, *values in _all(conn, "SELECT m.event_id AS e, m.doc_id AS d, m.lang AS l, m.sentence AS s,"
                                     f" m.source AS o FROM mentions m WHERE m.event_id IN ({q}){_ORDER_MENTIONS}",
                                     chunk, "e, d, l, s, o"):
                out[eid].append(dict(zip(_SUMMARY_FIELDS, values)))
            continue
        for r in conn.execute(f"SELECT m.* FROM mentions m WHERE m.event_id IN ({q}){_ORDER_MENTIONS}", chunk):
            d = dict(r)
            eid = d.pop("event_id")
            d.pop("id", None)
            d = {"doc": d.pop("doc_id"), **d}
            if isinstance(d.get("topics"), str):
                try:
                    d["topics"] = json.loads(d["topics"])
                except ValueError:
                    pass
            out[eid].append(d)
    return out


def _event_dicts(conn, schema: Schema, rows: list[dict], full: bool) -> list[dict]:
    """Event dicts (of _rows' rows): the stored JSON, participants with their `key`, `sources` and
    `effective_date`; with every mention when full, else a summary of them."""
    ids = [r["id"] for r in rows]
    keys = _participant_keys(conn, schema, ids)
    ments = _mentions(conn, ids, full)
    out = []
    for r in rows:
        d = r["event"]
        for i, p in enumerate(d.get("participants") or []):
            p["key"] = keys.get(r["id"], {}).get(i) or p.get("id") or "name:" + (p.get("name") or "")
        ms = ments.get(r["id"], [])
        d["sources"] = r["sources"]
        d["effective_date"] = r["eff_date"]
        d["mentions_count"] = len(ms)
        d["langs"] = sorted({m["lang"] for m in ms if m["lang"]})
        d["outlets"] = sorted({m["source"] for m in ms if m["source"]})
        if full:
            d["mentions"] = ms
        else:
            first = next((m for m in ms if m["sentence"]), None)
            d["mentions"] = []
            d["evidence"] = ({"sentence": first["sentence"], "lang": first["lang"],
                              "doc": first["doc"], "source": first["source"]} if first else None)
        out.append(d)
    return out


def _select_events(schema: Schema) -> str:
    return (f"SELECT e.id, e.json, {schema.sources_sql('e')} AS sources, {schema.eff_date} AS eff_date"
            " FROM events e")


def _order_sql(sort: str, schema: Schema, dated: bool = False) -> str:
    """ORDER BY of a sort, undated events last; dated: the filters leave no undated event
    (since/until), so that the order is the one of the eff_date index."""
    eff = schema.eff_date
    if sort == "date":
        return f"{eff}, e.id" if dated else f"{eff} IS NULL, {eff}, e.id"
    if sort == "-date":
        return f"{eff} DESC, e.id"  # NULL is the smallest value: last when descending
    if sort == "sources":
        return f"{schema.sources_sql('e')} DESC, {eff} DESC, e.id"
    raise ValueError(f"sort must be one of {', '.join(SORTS)}")


# The index each sort reads in order (undated events last: see _order_sql)
_ORDER_INDEX = {"date": "events_eff_nulls_last", "dated": "events_eff", "-date": "events_eff",
                "sources": "events_sources"}


def _after(conn, schema: Schema, sort: str, after: str) -> list[tuple[str, list[Any]]]:
    """The events that come after the event `after` in a sort's order, as conditions on `e` to
    read one after the other: each a range of the sort's index, undated events last (an event
    id of a page is a cursor to the next page that no event added or removed before it moves)."""
    eff = schema.eff_date
    row = conn.execute(f"SELECT {eff} AS eff, {schema.sources_sql('e')} AS sources FROM events e WHERE e.id = ?",
                       (after,)).fetchone()
    if row is None:
        raise FilterError(f"after: no event {after!r}")
    date, sources = row
    if date is None:  # (the undated events come last, by id)
        dated = [(f"{eff} IS NULL AND e.id > ?", [after])]
    elif sort == "date":
        dated = [(f"{eff} >= ? AND ({eff} > ? OR e.id > ?)", [date, date, after]), (f"{eff} IS NULL", [])]
    else:
        dated = [(f"{eff} <= ? AND ({eff} < ? OR e.id > ?)", [date, date, after]), (f"{eff} IS NULL", [])]
    if sort != "sources":
        return dated
    n = schema.sources_sql("e")
    return [(f"{n} = ? AND {cond}", [sources] + args) for cond, args in dated] + [(f"{n} < ?", [sources])]


# A name's events are sorted from its participations when there are at most this many of them
NAME_SORT = 10_000


def _participant_page(conn, schema: Schema, sort: str, limit: int, offset: int, total: int | None,
                      filters: dict) -> list[str] | None:
    """The page of a country's or an actor's events, with or without a type and dates
    (_by_participant), sorted by date, read from their participations (which hold their events'
    types and dates) rather than by sorting the set of their events. A country's or a person's
    (a gazetteer key) in order from the index of country or person, type and date
    (participants_country_day, participants_person_day): one range per type (and, oldest first,
    one for the undated events of each type), merged, so that a page costs its own entries; a
    name's sorted, when there are at most NAME_SORT of them (`total`: how many match, counted;
    more are found sooner in the sort's own index). None for other filters and sorts."""
    by_participant = _by_participant(schema, filters) if sort in ("date", "-date") else None
    if by_participant is None:
        return None
    cond, args = by_participant
    actors = filters.get("actor")
    actor = (([actors] if isinstance(actors, str) else list(actors or [])) or [""])[0].strip()
    index = ("participants_country_day" if _given(filters, ("country",)) else
             "participants_person_day" if is_key(actor) and not actor.startswith("name:") else None)
    order = "d DESC, i" if sort == "-date" else "d IS NULL, d, i"   # (undated last: in DESC, the smallest)
    # (an event with two participants of one country or name is there twice: DISTINCT)
    if index is None:
        if total is None or total > NAME_SORT:
            return None
        return [r[0] for r in _all(conn, f"SELECT i FROM (SELECT DISTINCT e.event_id AS i, e.eff_date AS d"
                                         f" FROM event_participants e WHERE {cond}) ORDER BY {order} LIMIT ? OFFSET ?",
                                   args + [int(limit), int(offset)], "i")]
    # the types these participations have, one seek of the index each (a loose index scan)
    types = [t for (t,) in conn.execute(
        f"WITH RECURSIVE t(ty) AS (SELECT MIN(e.type) FROM event_participants e INDEXED BY {index} WHERE {cond}"
        f" UNION ALL SELECT (SELECT MIN(e.type) FROM event_participants e INDEXED BY {index} WHERE {cond}"
        " AND e.type > t.ty) FROM t WHERE t.ty IS NOT NULL) SELECT ty FROM t WHERE ty IS NOT NULL",
        args + args)]
    ranges = ([("", "e.eff_date DESC, e.event_id")] if sort == "-date" else
              [(" AND e.eff_date IS NOT NULL", "e.eff_date, e.event_id"), (" AND e.eff_date IS NULL", "e.event_id")])
    parts, part_args = [], []
    for type_ in types:
        for extra, within in ranges:
            parts.append(f"SELECT * FROM (SELECT DISTINCT e.event_id AS i, e.eff_date AS d FROM event_participants e"
                         f" INDEXED BY {index} WHERE {cond} AND e.type = ?{extra} ORDER BY {within} LIMIT ?)")
            part_args += args + [type_, int(offset) + int(limit)]
    if not parts:
        return []
    return [r[0] for r in _all(conn, f"SELECT i FROM ({' UNION ALL '.join(parts)}) ORDER BY {order} LIMIT ? OFFSET ?",
                               part_args + [int(limit), int(offset)], "i")]


def _page(conn, schema: Schema, sort: str, limit: int, offset: int = 0, total: int | None = None,
          after: str | None = None, **filters) -> tuple[list[str], int | None]:
    """The ids of the matching events from `offset` on, at most `limit`, sorted from an
    index alone; and the number of matching events when this query counted them.

    Two ways to find the ids: read the sort's index in order until the page is full,
    testing each event against the filters; or find every matching event (from a set of
    ids: an actor's, a country's, a search's) and sort them. The first reads about
    (offset + limit) * events / total index entries, the second `total`: whichever is
    less. A search finds its events at a cost worth paying once: the second way, counted
    by the same query. `after`: the page starts after that event (see _after; offset 0)."""
    if after is not None and offset:
        raise FilterError("after: a page starts after an event or at an offset, not both")
    ids = _participant_page(conn, schema, sort, limit, offset, total, filters) if after is None else None
    if ids is not None:
        return ids, None
    dated = bool(filters.get("since") or filters.get("until"))
    w, args = where(conn, schema, **filters)
    source, counted = " FROM events e", False
    if schema.derived:
        source = _events(schema, filters)
        if _given(filters, ("text",)) and after is None:
            counted = True
        elif not _given(filters, SET_FILTERS):
            source = f" FROM events e INDEXED BY {_ORDER_INDEX['dated' if dated and sort == 'date' else sort]}"
        elif total is not None:
            n = conn.execute("SELECT MAX(rowid) FROM events").fetchone()[0] or 1  # about how many events
            if total * total > (offset + limit) * n:
                source = f" FROM events e INDEXED BY {_ORDER_INDEX['dated' if dated and sort == 'date' else sort]}"
    order = _order_sql(sort, schema, dated)
    if counted:  # (the matching events found once, then counted and sorted: a window function
        # counting them, COUNT(*) OVER (), kept every row in a table of its own first)
        found = _all(conn, f"WITH found AS MATERIALIZED (SELECT e.id, e.eff_date, e.sources{source}{w})"
                           f" SELECT e.id AS i, (SELECT COUNT(*) FROM found) AS n FROM found e"
                           f" ORDER BY {order} LIMIT ? OFFSET ?", args + [int(limit), int(offset)], "i, n")
        return [r[0] for r in found], (found[0][1] if found else None)
    found: list[list] = []
    for cond, cargs in _after(conn, schema, sort, after) if after is not None else [("", [])]:
        where_ = f"{w} AND {cond}" if w and cond else f" WHERE {cond}" if cond else w
        found += _all(conn, f"SELECT e.id AS i, NULL AS n{source}{where_} ORDER BY {order} LIMIT ? OFFSET ?",
                      args + cargs + [int(limit) - len(found), int(offset)], "i, n")
        if len(found) >= limit:
            break
    return [r[0] for r in found], None


# A search without an actor or a country that finds DENSE_SEARCH sentences and titles or more (the
# most frequent words of a large database, where sorting all its events costs seconds) reads the
# events in the page's order instead, testing their sentences and titles, a batch of WALK_BATCH
# events at a time, up to WALK_MAX events (then the search is answered as any other); its total is
# counted up to the cap.
DENSE_SEARCH = 50_000
WALK_BATCH = 2_000
WALK_MAX = 50_000


def _dense(conn, schema: Schema, text: str) -> bool:
    """Does the search find DENSE_SEARCH sentences and titles or more? (from the index alone,
    without the words too short for it)"""
    check_filters(text=text)
    match = _fts_query(text, schema.trigram)[0]
    return bool(match) and schema.trigram and conn.execute(
        "SELECT COUNT(*) FROM (SELECT rowid FROM search WHERE search MATCH ? LIMIT ?)",
        (match, DENSE_SEARCH)).fetchone()[0] >= DENSE_SEARCH


def _walk_search(conn, schema: Schema, sort: str, limit: int, offset: int, filters: dict) -> list[str] | None:
    """The page of a dense search: the events of the other filters in the sort's order (keyset
    pages of _page), those kept that have a sentence or an article title holding every word of
    the search (folded, as the search index holds them: what its trigrams find); None when
    WALK_MAX events leave the page unfilled."""
    words = [w for w in (x.replace('"', "") for x in fold(filters["text"]).split()) if w]
    rest = {**filters, "text": None}
    found: list[str] = []
    after, walked = None, 0
    while len(found) < offset + limit:
        if walked >= WALK_MAX:
            return None
        batch = _page(conn, schema, sort, WALK_BATCH, after=after, **rest)[0]
        walked += len(batch)
        q = ",".join("?" * len(batch))
        hits = {e for e, sentence, title in _all(
                    conn, "SELECT m.event_id AS e, m.sentence AS s, d.title AS t FROM mentions m"
                          f" JOIN documents d ON d.id = m.doc_id WHERE m.event_id IN ({q})", batch, "e, s, t")
                if any(text and all(w in fold(text) for w in words) for text in (sentence, title))}
        found += [i for i in batch if i in hits]
        if len(batch) < WALK_BATCH:
            break
        after = batch[-1]
    return found[offset:offset + limit]


def _search_count(conn, schema: Schema, cap: int, filters: dict) -> int:
    """How many events a search (with the other filters) finds, counted up to cap + 1: its
    sentences' and titles' events one by one, as the index finds them."""
    match, extra, extra_args = _fts_query(filters["text"], schema.trigram)
    found = " AND ".join(["search MATCH ?"] + extra)
    hits = (f"SELECT m.event_id AS i FROM search JOIN mentions m ON m.id = search.ref"
            f" WHERE {found} AND search.kind = 'mention' UNION ALL"
            f" SELECT m.event_id AS i FROM search JOIN mentions m ON m.doc_id = search.ref"
            f" WHERE {found} AND search.kind = 'title'")
    w, args = where(conn, schema, **{**filters, "text": None})
    join = f" CROSS JOIN {schema.events_by_id()} ON e.id = x.i{' AND ' + w[len(' WHERE '):] if w else ''}"
    return conn.execute(f"SELECT COUNT(*) FROM (SELECT DISTINCT x.i FROM ({hits}) x{join if w else ''} LIMIT ?)",
                        [match] + extra_args + [match] + extra_args + (args if w else []) + [int(cap) + 1]
                        ).fetchone()[0]


def _rows(conn, schema: Schema, ids: list[str]) -> list[dict]:
    """The rows (_select_events) of those of these events that there are, in this order, each
    with its stored JSON read (`event`). The rows come back as one JSON value (see _all) and the
    events' JSON texts as another, an array of them, read at once: as strings in the array of rows,
    SQLite escaped them and orjson unescaped them before reading each (twice as long)."""
    rows: dict[str, dict] = {}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        found, events = conn.execute(
            "SELECT json_group_array(json_array(id, sources, eff_date)), '[' || group_concat(json, ',') || ']'"
            f" FROM ({_select_events(schema)} WHERE e.id IN ({','.join('?' * len(chunk))}))", chunk).fetchone()
        for (i, sources, eff_date), event in zip(_loads(found), _loads(events) if events else []):
            rows[i] = {"id": i, "event": event, "sources": sources, "eff_date": eff_date}
    return [rows[i] for i in ids if i in rows]


def events_page(conn, limit: int = 50, offset: int = 0, sort: str = "-date", cap: int | None = None,
                after: str | None = None, **filters) -> dict:
    """{total, total_capped, limit, offset, after, next, items}: one page of matching events
    (mentions summarised), from `offset` on or after the event `after` (keyset paging: `next`,
    the last event of a full page, is where the next page starts; None after a page that is
    not full). With a cap, the events are counted up to `cap` only, where counting means
    reading them (event_counts and a search tell the number without that): when more match,
    total is cap and total_capped true ("cap or more")."""
    schema = Schema(conn)
    filters = _names_as_keys(conn, schema, filters)
    cap = None if _counted(schema, filters) else cap   # (exact at once)
    total = None
    if cap is not None and schema.derived and _given(filters, ("text",)) and after is None \
            and not _given(filters, ("actor", "country")) and _dense(conn, schema, filters["text"]):
        ids = _walk_search(conn, schema, sort, limit, offset, filters)
        total = _search_count(conn, schema, cap, filters) if ids is not None else None
    if total is None and schema.derived and _given(filters, ("text",)) and after is None:
        ids, total = _page(conn, schema, sort, limit, offset, **filters)
        cap = None if total is not None else cap       # (counted by the same query)
    if total is None:
        total = _count(conn, schema, cap, **filters)
        more = total > offset or (cap is not None and total > cap)
        ids = _page(conn, schema, sort, limit, offset, total, after, **filters)[0] if more else []
    capped = cap is not None and total > cap
    return {"total": min(total, cap) if capped else total, "total_capped": capped, "limit": limit, "offset": offset,
            "after": after, "next": ids[-1] if len(ids) == limit else None,
            "items": _event_dicts(conn, schema, _rows(conn, schema, ids), full=False)}


def events_all(conn, sort: str = "-date", limit: int = 100_000, **filters) -> list[dict]:
    """Every matching event with all its mentions (for downloads), up to `limit`."""
    schema = Schema(conn)
    return _event_dicts(conn, schema, _rows(conn, schema, _page(conn, schema, sort, limit, **filters)[0]),
                        full=True)


def count_events(conn, **filters) -> int:
    schema = Schema(conn)
    return _count(conn, schema, **_names_as_keys(conn, schema, filters))


def event(conn, event_id: str) -> dict | None:
    """One event with all its mentions, or None."""
    schema = Schema(conn)
    rows = _rows(conn, schema, [event_id])
    return _event_dicts(conn, schema, rows, full=True)[0] if rows else None


# --------------------------------------------------------------------------- documents

DOC_FIELDS = ("id", "title", "url", "source", "lang", "published", "published_from", "origin",
              "ingested_at", "text")


def document(conn, doc_id: str) -> dict | None:
    """A stored document with the ids of the events it reports, or None."""
    r = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if r is None:
        return None
    d = {k: r[k] for k in DOC_FIELDS if k in r.keys()}
    d["event_ids"] = [x[0] for x in conn.execute(
        "SELECT event_id FROM mentions WHERE doc_id = ? GROUP BY event_id ORDER BY MIN(start), event_id",
        (doc_id,))]
    d["mentions"] = [{"event_id": m["event_id"], "field": m["field"], "start": m["start"], "end": m["e"]}
                     for m in conn.execute('SELECT event_id, field, start, "end" AS e FROM mentions'
                                           " WHERE doc_id = ? ORDER BY start", (doc_id,))]
    return d


# --------------------------------------------------------------------------- actors

def _majority_names(conn, schema: Schema, keys: list[str] | None = None) -> dict[str, dict]:
    """key → {name, country}: the most frequent name and country seen for each person (of equals,
    the first in SQLite's order of texts)."""
    # (plain dicts, counted in the rows' order, and max(), which keeps the first of equals as
    # Counter.most_common(1) does: a network's thousand or more persons cost a Python call each
    # for every Counter made and every new name counted)
    names: dict[str, dict[str, int]] = {}
    countries: dict[str, dict[str, int]] = {}
    if schema.derived:  # the counts per key, name and country are kept in participant_names
        sql, key = "SELECT key AS k, name AS m, country AS c, SUM(n) AS n FROM participant_names", "key"
    else:
        key = schema.key_sql("p")
        sql = f"SELECT {key} AS k, p.name AS m, p.country AS c, COUNT(*) AS n FROM event_participants p"
    chunks = [None] if keys is None else [keys[k:k + 500] for k in range(0, len(keys), 500)]
    for chunk in chunks:
        where = f" WHERE {key} IN ({','.join('?' * len(chunk))})" if chunk is not None else ""
        for k, name, country, n in _all(conn, f"{sql}{where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3", chunk or [],
                                        "k, m, c, n"):
            named = names.get(k)
            if named is None:
                named = names[k] = {}
                countries[k] = {}
            named[name] = named.get(name, 0) + n
            if country:
                held = countries[k]
                held[country] = held.get(country, 0) + n
    return {k: {"name": max(c, key=c.__getitem__),
                "country": max(countries[k], key=countries[k].__getitem__) if countries[k] else None}
            for k, c in names.items()}


def actors(conn, q: str | None = None, limit: int = 50, gazetteer=None) -> list[dict]:
    """Persons appearing in events, most events first: [{key, name, country, events}].
    q matches any part of a participant name (folded), a key, or — through the
    gazetteer — any of the person's names in any language."""
    schema = Schema(conn)
    key = schema.key_sql("p")
    conds, args = [], []
    if q and q.strip():
        q = q.strip()
        if "\x00" in q:  # (see check_filters)
            raise FilterError("q: contains a NUL character")
        ors = ["p.name_folded LIKE ? ESCAPE '\\'", f"lower({key}) = ?"]
        args += ["%" + fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                 q.lower()]
        if gazetteer is not None:
            ids = [p.id for p in gazetteer.search(q)][:200]
            if ids:
                ors.append(f"{key} IN ({','.join('?' * len(ids))})")
                args += ids
        conds.append("(" + " OR ".join(ors) + ")")
    w = (" WHERE " + " AND ".join(conds)) if conds else ""
    rows = conn.execute(f"SELECT {key} AS key, COUNT(DISTINCT p.event_id) AS n FROM event_participants p{w}"
                        f" GROUP BY key ORDER BY n DESC, key LIMIT ?", args + [int(limit)]).fetchall()
    info = _majority_names(conn, schema, [r["key"] for r in rows])
    return [{"key": r["key"], "name": info[r["key"]]["name"], "country": info[r["key"]]["country"],
             "events": r["n"]} for r in rows]


def _participations(conn, schema: Schema, ids_sql: str, args) -> dict[str, tuple[str, str | None, set[str]]]:
    """event id → (type, effective date, its participants' person keys) for the events whose ids
    `ids_sql` selects: one pass over the participants' and the events' indexes, aggregated here
    (an actor page's or a network's counts, per month, type and pair of persons, all come from
    it; SQLite took seconds to group a self-join of a frequent person's participants)."""
    out: dict[str, tuple[str, str | None, set[str]]] = {}
    for eid, type_, eff, key in _all(
            conn, f"SELECT e.id AS i, e.type AS t, {schema.eff_date} AS d, {schema.key_sql('p')} AS k"
                  f" FROM event_participants p JOIN {schema.events_by_id()} ON e.id = p.event_id"
                  f" WHERE p.event_id IN ({ids_sql})", args, "i, t, d, k"):
        ev = out.get(eid)
        if ev is None:
            ev = out[eid] = (type_, eff, set())
        ev[2].add(key)
    return out


def _office_dict(o, gazetteer) -> dict:
    return {"office": o.key, "label": gazetteer.label(o.key), "title": o.title,
            "start": o.start.isoformat() if o.start else None,
            "end": o.end.isoformat() if o.end else None, "acting": o.acting, "country": o.country}


def _pairs_of(conn, schema: Schema, key: str) -> list[tuple[str, str | None, str, int]]:
    """(person, month, type, events): for each person (the key itself included) the number of
    events of each month (or effective date) and type they share with the person `key`. Read
    from pair_months, else counted over the person's events."""
    if schema.pair_types:  # (the person's own rows per month; the others' summed over the months)
        return _all(conn, "SELECT b, month, type, n FROM pair_months WHERE a = ?1 AND b = ?1 UNION ALL"
                          " SELECT b, NULL, type, n FROM pair_types WHERE a = ?1 AND b != ?1", [key], "b, month, type, n")
    if schema.pairs:
        return _all(conn, "SELECT b, month, type, n FROM pair_months WHERE a = ?", [key], "b, month, type, n")
    cond, args = schema.key_in([key])
    events = _participations(conn, schema, f"SELECT p.event_id FROM event_participants p WHERE {cond}", args)
    return [(k, eff, type_, 1) for type_, eff, keys in events.values() for k in keys]


def actor(conn, key: str, gazetteer=None, top: int = 20) -> dict | None:
    """A person: gazetteer record (names per language, offices with dates) when the
    key is a gazetteer id, event counts by type, contacts per month, top counterparts.
    None when the key is neither in the events nor in the gazetteer."""
    schema = Schema(conn)
    info = _majority_names(conn, schema, [key]).get(key)
    rec = gazetteer.persons.get(key) if gazetteer is not None and not key.startswith("name:") else None
    if info is None and rec is None:
        return None
    out: dict[str, Any] = {
        "key": key,
        "name": rec.name if rec else info["name"],
        "country": (rec.country if rec and rec.country else None) or (info or {}).get("country"),
        "wikidata": rec.wikidata if rec else (key if re.match(r"^Q\d+$", key) else None),
        "in_gazetteer": rec is not None,
        "gender": rec.gender if rec else None,
        "names": {lang: list(ns) for lang, ns in rec.names.items()} if rec else {},
        "short": {lang: list(ns) for lang, ns in rec.short.items()} if rec else {},
        "offices": sorted((_office_dict(o, gazetteer) for o in rec.offices),
                          key=lambda o: (o["start"] or "", o["office"])) if rec else [],
    }
    per_month: dict[str, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    by_type: Counter = Counter()
    cp: dict[str, Counter] = defaultdict(Counter)  # counterpart → events together, by type
    for other, month, type_, n in _pairs_of(conn, schema, key):
        if other != key:
            cp[other][type_] += n
            continue
        by_type[type_] += n
        if month is not None and len(month) >= 7:
            per_month[month[:7]][type_] += n
        else:
            undated[type_] += n
    out["events"] = sum(by_type.values())
    out["events_by_type"] = dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))
    out["contacts_by_month"] = [{"period": m, "counts": dict(sorted(c.items())), "total": sum(c.values())}
                                for m, c in sorted(per_month.items())]
    out["undated"] = {"counts": dict(sorted(undated.items())), "total": sum(undated.values())}
    # the `top` counterparts with most events together, by type
    ranked = sorted(cp.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:max(0, int(top))]
    names = _majority_names(conn, schema, [ck for ck, _ in ranked])
    out["counterparts"] = [{"key": ck, "name": names[ck]["name"], "country": names[ck]["country"],
                            "contacts": sum(c.values()), "by_type": dict(sorted(c.items()))} for ck, c in ranked]
    return out


# --------------------------------------------------------------------------- timeline

def _period(d: str, interval: str) -> str:
    """The period (its first day, or YYYY-MM for months) of a possibly coarse date."""
    if interval == "month":
        return d[:7] if len(d) >= 7 else d[:4] + "-01"
    day = date.fromisoformat(d if len(d) >= 10 else (d + "-01" if len(d) == 7 else d[:4] + "-01-01"))
    if interval == "week":
        day -= timedelta(days=day.weekday())  # ISO weeks start on Monday
    return day.isoformat()


# (the dates of 27 years are some 10,000: the cache holds those of days and of weeks both, which a
# timeline of each reads in date order; with room for one interval's only, days and weeks in turn
# evicted each other's dates, every date a miss)
@lru_cache(maxsize=1 << 15)
def _period_of(d: str | None, interval: str) -> str | None:
    """The period of an effective date, None when it is no date."""
    if d and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", d):
        try:
            return _period(d[:10], interval)
        except ValueError:
            pass
    return None


def timeline(conn, interval: str = "month", **filters) -> dict:
    """Counts of matching events per period and type. An event counts on its date
    (else its earliest report's publication date); a coarse date ("2023-06") counts
    in the period of its first day; events with no date at all are `undated`.
    The totals of all periods plus undated equal the number of matching events."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    schema = Schema(conn)
    filters = _names_as_keys(conn, schema, filters)
    by_participant = _by_participant(schema, filters)
    # (months from a summary of months where there is one: a person's own rows of pair_months are a
    # few hundred, where its person_days are a row per date and type, many thousands for a frequent one)
    months = _month_counts(schema, filters) if interval == "month" else None
    own = _own_months(schema, filters) if interval == "month" and not months else None
    facet = None if months or own else _facet_days(schema, filters)
    if months:  # the counts per month and type are kept (overall, or a country's)
        source, args = months
        d = "NULLIF(c.month, '')"
    elif _counted(schema, filters):  # the counts per date and type are kept
        w, args = where_clause(schema.trigram, counts=True, **filters)
        d, source = "NULLIF(c.day, '')", f" FROM event_counts c{w}"
    elif facet:  # a country's or a person's events per date and type are kept
        source, args = facet
        d = "NULLIF(c.day, '')"
    elif own:  # a person's events per month and type are kept (with the person itself)
        rows, args = own
        d, source = "c.month", f" FROM {rows} c WHERE c.a = ? AND c.b = c.a"
    elif by_participant:  # a country's or a person's participations, with their events' dates
        cond, args = by_participant
        d, source = "e.eff_date", f"{_participants(filters)} WHERE {cond}"
    else:
        w, args = where(conn, schema, **filters)
        d, source = schema.eff_date, f"{_events(schema, filters)}{w}"
    # months are made by SQLite (few rows come back) from the dates that start with a year, as
    # _period makes them; other periods, and odd dates, by _period_of
    month = "0"
    if interval == "month":
        month = f"{d} GLOB '[0-9][0-9][0-9][0-9]*'"
        d = (f"CASE WHEN NOT {month} THEN {d} WHEN length({d}) >= 7 THEN substr({d}, 1, 7)"
             f" ELSE substr({d}, 1, 4) || '-01' END")
    kept = bool(months or own or facet or source.startswith(" FROM event_counts"))
    table, count = ("c", "SUM(c.n)") if kept else \
        ("e", "COUNT(DISTINCT e.event_id)") if by_participant else ("e", "COUNT(*)")
    # (plain dicts: a timeline of days has some 10,000 periods, and Counters cost a Python call
    # per new key; each period's counts are given in the order of the types)
    per: dict[str, dict[str, int]] = {}
    undated: dict[str, int] = {}
    types: set[str] = set()
    n = 0
    if kept and not own and interval != "month":
        per, undated, types, n, ordered = _kept_days(conn, source, args, interval)
    else:
        ordered = set()
        for type_, made, day, k in _all(conn, f"SELECT {table}.type AS t, {month} AS m, {d} AS d, {count} AS n"
                                              f"{source} GROUP BY 1, 2, 3", args, "t, m, d, n"):
            n += k
            period = day if made else _period_of(day, interval)
            counts = undated if period is None else per.get(period)
            if counts is None:
                counts = per[period] = {}
            counts[type_] = counts.get(type_, 0) + k
            types.add(type_)
    return {"interval": interval, "total": n, "types": sorted(types),
            "periods": [{"period": p, "counts": c if p in ordered else _by_type(c), "total": sum(c.values())}
                        for p, c in sorted(per.items())],
            "undated": {"counts": _by_type(undated), "total": sum(undated.values())}}


def _kept_days(conn, source: str, args: list[Any], interval: str) -> tuple[dict, dict, set, int, set]:
    """A timeline of days or weeks from the rows `c` (c.day, c.type, c.n) of event_counts, country_days
    or person_days that `source` selects: (counts per period and type, undated counts per type,
    the types, the events, the periods whose counts are already in the order of the types). Those
    tables hold a row per date and type, in that order: they are read in their own order, not
    grouped (a sort of every row) by SQLite, and a date's period is found once, at its first row;
    a period of one date (every period of days but for coarse dates) has its counts in order."""
    per: dict[str, dict[str, int]] = {}
    undated: dict[str, int] = {}
    types: set[str] = set()
    merged: set[str] = set()
    n = 0
    last, counts = None, undated
    for type_, day, k in _all(conn, f"SELECT c.type AS t, c.day AS d, c.n AS n{source} ORDER BY c.day, c.type", args,
                              "t, d, n"):
        n += k
        if day != last:
            last = day
            period = _period_of(day or None, interval)
            counts = undated if period is None else per.get(period)
            if counts is None:
                counts = per[period] = {}
            elif period is not None:
                merged.add(period)
        counts[type_] = counts.get(type_, 0) + k
        types.add(type_)
    return per, undated, types, n, per.keys() - merged


def _by_type(counts: dict[str, int]) -> dict[str, int]:
    """Counts per type, in the order of the types."""
    return counts if len(counts) < 2 else dict(sorted(counts.items()))


# --------------------------------------------------------------------------- network

def _add_pairs(pairs: dict, contacts: Counter | None, type_: str, keys, skip: str | None = None) -> None:
    """Count one event of type_ with these persons: each pair (in SQLite's order of texts, by code
    point), except those of `skip`; and each person in contacts (when given)."""
    ordered = sorted(keys)
    if contacts is not None:
        contacts.update(ordered)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if skip not in (a, b):
                counts = pairs[(a, b)]
                counts[type_] = counts.get(type_, 0) + 1


def _network_counts(conn, schema: Schema, filters: dict) -> tuple[dict[tuple[str, str], dict[str, int]], Counter]:
    """The pairs of persons in the matching events with their events by type, and each person's
    matching events. Read from pair_months when the filters are dates of months or years and a
    type (all its rows in those months), or one person and such filters: the person's own rows,
    and the events of three persons or more of that person for the pairs of the others. Else
    counted over the matching events: a country's or an actor's found from their participations
    (_by_participant), other filters' from the events."""
    # (a pair's counts by type in a plain dict: a network of a month has thousands of pairs, and a
    # Counter costs Python calls to make and to count a new type in)
    pairs: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    contacts: Counter = Counter()
    by_month, own = _by_month(schema, filters), _own_months(schema, filters)
    if own and schema.pair_types and not _given(filters, ("since", "until")):
        # (a person's pairs over all dates: pair_types, pair_months summed over the months)
        type_ = filters.get("type")
        types = [type_] if isinstance(type_, str) else list(type_ or [])
        kind = f" WHERE type IN ({','.join('?' * len(types))})" if types else ""
        own = (f"(SELECT a, b, type, n FROM pair_types{kind})", [t.lower() for t in types] + own[1][-1:])
    if by_month or own:
        source, args = own or by_month
        # (a person's rows are summed over its months by SQLite; the rows of all persons in some
        # months are fewer than a person's over the years, and summed here without sorting them)
        rows = _all(conn, f"SELECT a, b, type, SUM(n) AS n FROM {source} c WHERE c.a = ? GROUP BY a, b, type" if own
                    else f"SELECT a, b, type, n FROM {source} c WHERE a <= b", args, "a, b, type, n")
        for a, b, type_, n in rows:  # (a person with itself: its own events)
            if b == a or own:
                contacts[b] += n
            if b != a:
                counts = pairs[(a, b) if a < b else (b, a)]
                counts[type_] = counts.get(type_, 0) + n
    if own:
        key = args[-1]
        cond, cargs = _by_participant(schema, filters)
        larger = (f"SELECT e.event_id FROM event_participants e WHERE {cond}"
                  " AND (SELECT COUNT(*) FROM event_participants q WHERE q.event_id = e.event_id) > 2")
        for type_, _, keys in _participations(conn, schema, larger, cargs).values():
            _add_pairs(pairs, None, type_, keys, skip=key)
    elif not by_month:
        by_participant = _by_participant(schema, filters)
        if by_participant:  # (a country's or an actor's events in some dates, from their participations)
            cond, args = by_participant
            ids = f"SELECT e.event_id{_participants(filters)} WHERE {cond}"
        else:
            w, args = where(conn, schema, **filters)
            ids = f"SELECT e.id{_events(schema, filters)}{w}"
        for type_, _, keys in _participations(conn, schema, ids, args).values():
            _add_pairs(pairs, contacts, type_, keys)
    return pairs, contacts


def network(conn, min_contacts: int = 1, limit: int | None = None, **filters) -> dict:
    """Who talks to whom among the matching events.

    edges: one per pair of persons who took part in the same event, with the number
    of such events (`contacts`) and its split by type; only pairs with at least
    `min_contacts` events are kept, and of those the `limit` with most contacts (ties: the
    first pairs in order), in the order of their pairs; `edges_total`: how many pairs were
    kept before the limit, `truncated`: whether the limit left some out. nodes: the persons on
    the edges, with the number of matching events they took part in (`contacts`)."""
    schema = Schema(conn)
    filters = _names_as_keys(conn, schema, filters)
    pairs, contacts = _network_counts(conn, schema, filters)
    least = max(1, int(min_contacts))
    kept = [(ab, n, c) for ab, c in pairs.items() for n in (sum(c.values()),) if n >= least]
    total = len(kept)
    if limit is not None and total > limit:
        kept = heapq.nsmallest(int(limit), kept, key=lambda x: (-x[1], x[0]))
    edges = [{"source": a, "target": b, "contacts": n, "by_type": dict(sorted(c.items()))}
             for (a, b), n, c in sorted(kept, key=lambda x: x[0])]
    keys = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    names = _majority_names(conn, schema, keys)
    nodes = [{"key": k, "name": names[k]["name"], "country": names[k]["country"],
              "contacts": contacts.get(k, 0)} for k in keys]
    return {"nodes": nodes, "edges": edges, "events": _count(conn, schema, **filters),
            "edges_total": total, "truncated": total > len(edges)}


# --------------------------------------------------------------------------- stats

def stats(conn) -> dict[str, Any]:
    """Counts of the whole database; what document_counts and event_counts keep is read there
    (a few rows) rather than counted over every document and event."""
    schema = Schema(conn)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    if schema.document_counts:
        docs = "SELECT NULLIF(lang, '') AS lang, SUM(n) FROM document_counts GROUP BY lang"
        outlets = "SELECT source, SUM(n) FROM document_counts WHERE source != '' GROUP BY source"
    else:
        docs = "SELECT lang, COUNT(*) FROM documents GROUP BY lang"
        outlets = "SELECT source, COUNT(*) FROM documents WHERE source IS NOT NULL GROUP BY source"
    return {
        "schema_version": one("PRAGMA user_version"),
        "documents": one("SELECT COALESCE(SUM(n), 0) FROM document_counts" if schema.document_counts else
                         "SELECT COUNT(*) FROM documents"),
        "events": one("SELECT COALESCE(SUM(n), 0) FROM event_counts" if schema.derived else
                      "SELECT COUNT(*) FROM events"),
        "mentions": one("SELECT COUNT(*) FROM mentions"),
        "actors": one("SELECT COUNT(DISTINCT key) FROM participant_names" if schema.derived else
                      f"SELECT COUNT(DISTINCT {schema.key_sql('p')}) FROM event_participants p"),
        "events_by_type": dict(conn.execute(
            "SELECT type, SUM(n) FROM event_counts GROUP BY type ORDER BY 2 DESC" if schema.derived else
            "SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()),
        "documents_by_lang": {k or "unknown": v for k, v in conn.execute(f"{docs} ORDER BY 2 DESC").fetchall()},
        "outlets": dict(conn.execute(f"{outlets} ORDER BY 2 DESC, 1 LIMIT 50").fetchall()),
        "first_date": one(f"SELECT MIN({schema.eff_date}) FROM events e"),
        "last_date": one(f"SELECT MAX({schema.eff_date}) FROM events e"),
        "undated_events": one(f"SELECT COUNT(*) FROM events e WHERE {schema.eff_date} IS NULL"),
        "multi_source_events": one(f"SELECT COUNT(*) FROM events e WHERE {schema.sources_sql('e')} > 1"),
    }
