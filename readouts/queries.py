"""Read-only SQL over a readouts database, for the HTTP API (readouts.api).

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

import json
import re
import sqlite3
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .store import _EFF_DATE as EFF_DATE   # an event's date, else its earliest report's publication
from .store import where_clause
from .textnorm import fold

FILTERS = ("actor", "country", "type", "since", "until", "topic", "text", "min_confidence")
SORTS = ("date", "-date", "sources")
INTERVALS = ("day", "week", "month")
EVENT_TYPES = ("call", "meeting", "message")
RTL_LANGS = {"he", "ar", "fa", "ur", "yi", "ps"}

_KEY_RE = re.compile(r"^(Q[1-9][0-9]*|X-[a-z0-9-]+|name:.+)$", re.S)


# --------------------------------------------------------------------------- connection

def connect(db_path: str | Path) -> sqlite3.Connection:
    """Open a database read-only (SQLite URI mode=ro, plus query_only)."""
    p = Path(db_path)
    if not p.is_file():
        raise FileNotFoundError(f"no database at {db_path}")
    conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False,
                           timeout=30)
    conn.row_factory = sqlite3.Row
    conn.create_function("fold", 1, lambda s: fold(s) if s else s, deterministic=True)
    conn.execute("PRAGMA query_only = ON")
    return conn


class Schema:
    """What this database has: whether it is a schema-2 readouts database (create_app
    refuses others) and which tokenizer its search table uses."""

    def __init__(self, conn: sqlite3.Connection):
        def cols(table):
            return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if not cols("events"):
            raise ValueError("not a readouts database (no events table)")
        self.has_person_id = "person_id" in cols("event_participants")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()
        self.trigram = bool(sql and "trigram" in sql[0])

    @staticmethod
    def key_sql(p: str = "p") -> str:
        """SQL expression of a participant's person key."""
        return f"COALESCE({p}.person_id, 'name:' || {p}.name)"

    @staticmethod
    def sources_sql(e: str = "e") -> str:
        """SQL expression of an event's number of distinct reporting documents."""
        return f"{e}.sources"


def is_key(s: str) -> bool:
    return bool(_KEY_RE.match(s or ""))


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
    clause, args = where_clause(schema.trigram, actor=names or None, **filters)
    conds = [clause[len(" WHERE "):]] if clause else []
    for k in keys:
        conds.append(f"EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id"
                     f" AND {schema.key_sql('p')} = ?)")
        args.append(k)
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


# --------------------------------------------------------------------------- events

def _participant_keys(conn, schema: Schema, ids: list[str]) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = defaultdict(dict)
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT p.event_id, p.position, {schema.key_sql('p')} AS key"
                              f" FROM event_participants p WHERE p.event_id IN ({q})", chunk):
            out[r["event_id"]][r["position"]] = r["key"]
    return out


def _mentions(conn, ids: list[str]) -> dict[str, list[dict]]:
    """event id → its mentions (every column of `mentions`: doc, lang, published,
    sentence, start, end, field, source, url, title, initiator, date, ...)."""
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = ",".join("?" * len(chunk))
        for r in conn.execute(
                f"SELECT m.* FROM mentions m WHERE m.event_id IN ({q})"
                " ORDER BY m.published IS NULL, m.published, m.doc_id, m.start", chunk):
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


def _event_dicts(conn, schema: Schema, rows: list[sqlite3.Row], full: bool) -> list[dict]:
    """Event dicts: the stored JSON, participants with their `key`, `sources` and
    `effective_date`; with every mention when full, else a summary of them."""
    ids = [r["id"] for r in rows]
    keys = _participant_keys(conn, schema, ids)
    ments = _mentions(conn, ids)
    out = []
    for r in rows:
        d = json.loads(r["json"])
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
    return (f"SELECT e.id, e.json, {schema.sources_sql('e')} AS sources, {EFF_DATE} AS eff_date"
            " FROM events e")


def _order_sql(sort: str, schema: Schema) -> str:
    if sort == "date":
        return f"{EFF_DATE} IS NULL, {EFF_DATE}, e.id"
    if sort == "-date":
        return f"{EFF_DATE} IS NULL, {EFF_DATE} DESC, e.id"
    if sort == "sources":
        return f"{schema.sources_sql('e')} DESC, {EFF_DATE} IS NULL, {EFF_DATE} DESC, e.id"
    raise ValueError(f"sort must be one of {', '.join(SORTS)}")


def events_page(conn, limit: int = 50, offset: int = 0, sort: str = "-date", **filters) -> dict:
    """{total, limit, offset, items}: one page of matching events (mentions summarised)."""
    schema = Schema(conn)
    w, args = where(conn, schema, **filters)
    total = conn.execute(f"SELECT COUNT(*) FROM events e{w}", args).fetchone()[0]
    rows = conn.execute(f"{_select_events(schema)}{w} ORDER BY {_order_sql(sort, schema)} LIMIT ? OFFSET ?",
                        args + [int(limit), int(offset)]).fetchall()
    return {"total": total, "limit": limit, "offset": offset,
            "items": _event_dicts(conn, schema, rows, full=False)}


def events_all(conn, sort: str = "-date", limit: int = 100_000, **filters) -> list[dict]:
    """Every matching event with all its mentions (for downloads), up to `limit`."""
    schema = Schema(conn)
    w, args = where(conn, schema, **filters)
    rows = conn.execute(f"{_select_events(schema)}{w} ORDER BY {_order_sql(sort, schema)} LIMIT ?",
                        args + [int(limit)]).fetchall()
    return _event_dicts(conn, schema, rows, full=True)


def count_events(conn, **filters) -> int:
    w, args = where(conn, **filters)
    return conn.execute(f"SELECT COUNT(*) FROM events e{w}", args).fetchone()[0]


def event(conn, event_id: str) -> dict | None:
    """One event with all its mentions, or None."""
    schema = Schema(conn)
    rows = conn.execute(f"{_select_events(schema)} WHERE e.id = ?", (event_id,)).fetchall()
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
    """key → {name, country}: the most frequent name and country seen for each person."""
    names: dict[str, Counter] = defaultdict(Counter)
    countries: dict[str, Counter] = defaultdict(Counter)
    sql = f"SELECT {schema.key_sql('p')} AS key, p.name, p.country, COUNT(*) AS n FROM event_participants p"
    args: list = []
    if keys is not None:
        if not keys:
            return {}
        sql += f" WHERE {schema.key_sql('p')} IN ({','.join('?' * len(keys))})"
        args = list(keys)
    for r in conn.execute(sql + " GROUP BY key, p.name, p.country", args):
        names[r["key"]][r["name"]] += r["n"]
        if r["country"]:
            countries[r["key"]][r["country"]] += r["n"]
    return {k: {"name": c.most_common(1)[0][0],
                "country": countries[k].most_common(1)[0][0] if countries[k] else None}
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


def _office_dict(o, gazetteer) -> dict:
    return {"office": o.key, "label": gazetteer.label(o.key), "title": o.title,
            "start": o.start.isoformat() if o.start else None,
            "end": o.end.isoformat() if o.end else None, "acting": o.acting, "country": o.country}


def actor(conn, key: str, gazetteer=None, top: int = 20) -> dict | None:
    """A person: gazetteer record (names per language, offices with dates) when the
    key is a gazetteer id, event counts by type, contacts per month, top counterparts.
    None when the key is neither in the events nor in the gazetteer."""
    schema = Schema(conn)
    k = schema.key_sql("p")
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
    mine = f"SELECT p.event_id FROM event_participants p WHERE {k} = ?"
    out["events"] = conn.execute(f"SELECT COUNT(DISTINCT event_id) FROM ({mine})", (key,)).fetchone()[0]
    out["events_by_type"] = dict(conn.execute(
        f"SELECT e.type, COUNT(*) FROM events e WHERE e.id IN ({mine}) GROUP BY e.type ORDER BY 2 DESC",
        (key,)).fetchall())
    per_month: dict[str, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    for r in conn.execute(f"SELECT e.type, {EFF_DATE} AS d FROM events e WHERE e.id IN ({mine})", (key,)):
        if r["d"] and len(r["d"]) >= 7:
            per_month[r["d"][:7]][r["type"]] += 1
        else:
            undated[r["type"]] += 1
    out["contacts_by_month"] = [{"period": m, "counts": dict(c), "total": sum(c.values())}
                                for m, c in sorted(per_month.items())]
    out["undated"] = {"counts": dict(undated), "total": sum(undated.values())}
    rows = conn.execute(
        f"SELECT {schema.key_sql('o')} AS key, e.type, COUNT(DISTINCT e.id) AS n"
        " FROM event_participants o JOIN events e ON e.id = o.event_id"
        f" WHERE o.event_id IN ({mine}) AND {schema.key_sql('o')} != ? GROUP BY 1, 2", (key, key)).fetchall()
    cp: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        cp[r["key"]][r["type"]] += r["n"]
    names = _majority_names(conn, schema, list(cp))
    ranked = sorted(cp.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    out["counterparts"] = [{"key": ck, "name": names[ck]["name"], "country": names[ck]["country"],
                            "contacts": sum(c.values()), "by_type": dict(c)} for ck, c in ranked]
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


def timeline(conn, interval: str = "month", **filters) -> dict:
    """Counts of matching events per period and type. An event counts on its date
    (else its earliest report's publication date); a coarse date ("2023-06") counts
    in the period of its first day; events with no date at all are `undated`.
    The totals of all periods plus undated equal the number of matching events."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    w, args = where(conn, **filters)
    per: dict[str, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    n = 0
    for r in conn.execute(f"SELECT e.type, {EFF_DATE} AS d FROM events e{w}", args):
        n += 1
        d = r["d"]
        if d and re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", d):
            try:
                per[_period(d[:10], interval)][r["type"]] += 1
                continue
            except ValueError:
                pass
        undated[r["type"]] += 1
    types = sorted({t for c in per.values() for t in c} | set(undated))
    return {"interval": interval, "total": n, "types": types,
            "periods": [{"period": p, "counts": dict(c), "total": sum(c.values())}
                        for p, c in sorted(per.items())],
            "undated": {"counts": dict(undated), "total": sum(undated.values())}}


# --------------------------------------------------------------------------- network

def network(conn, min_contacts: int = 1, **filters) -> dict:
    """Who talks to whom among the matching events.

    edges: one per pair of persons who took part in the same event, with the number
    of such events (`contacts`) and its split by type; only pairs with at least
    `min_contacts` events are kept. nodes: the persons on the kept edges, with the
    number of matching events they took part in (`contacts`)."""
    schema = Schema(conn)
    w, args = where(conn, schema, **filters)
    ka, kb = schema.key_sql("a"), schema.key_sql("b")
    matching = f"SELECT e.id FROM events e{w}"
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in conn.execute(
            f"SELECT {ka} AS a, {kb} AS b, e.type, COUNT(DISTINCT e.id) AS n"
            " FROM event_participants a JOIN event_participants b ON b.event_id = a.event_id"
            f" AND {ka} < {kb} JOIN events e ON e.id = a.event_id"
            f" WHERE a.event_id IN ({matching}) GROUP BY 1, 2, 3", args):
        pairs[(r["a"], r["b"])][r["type"]] += r["n"]
    edges = [{"source": a, "target": b, "contacts": sum(c.values()), "by_type": dict(c)}
             for (a, b), c in sorted(pairs.items()) if sum(c.values()) >= max(1, int(min_contacts))]
    keys = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    contacts = {}
    if keys:
        k = schema.key_sql("p")
        for kk in range(0, len(keys), 500):
            chunk = keys[kk:kk + 500]
            contacts.update({r[0]: r[1] for r in conn.execute(
                f"SELECT {k}, COUNT(DISTINCT p.event_id) FROM event_participants p"
                f" WHERE p.event_id IN ({matching}) AND {k} IN ({','.join('?' * len(chunk))}) GROUP BY 1",
                args + chunk)})
    names = _majority_names(conn, schema, keys)
    nodes = [{"key": k, "name": names[k]["name"], "country": names[k]["country"],
              "contacts": contacts.get(k, 0)} for k in keys]
    return {"nodes": nodes, "edges": edges,
            "events": conn.execute(f"SELECT COUNT(*) FROM events e{w}", args).fetchone()[0]}


# --------------------------------------------------------------------------- stats

def stats(conn) -> dict[str, Any]:
    schema = Schema(conn)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "schema_version": one("PRAGMA user_version"),
        "documents": one("SELECT COUNT(*) FROM documents"),
        "events": one("SELECT COUNT(*) FROM events"),
        "mentions": one("SELECT COUNT(*) FROM mentions"),
        "actors": one(f"SELECT COUNT(DISTINCT {schema.key_sql('p')}) FROM event_participants p"),
        "events_by_type": dict(conn.execute(
            "SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()),
        "documents_by_lang": {k or "unknown": v for k, v in conn.execute(
            "SELECT lang, COUNT(*) FROM documents GROUP BY lang ORDER BY 2 DESC").fetchall()},
        "outlets": {k: v for k, v in conn.execute(
            "SELECT source, COUNT(*) FROM documents WHERE source IS NOT NULL"
            " GROUP BY source ORDER BY 2 DESC, 1 LIMIT 50").fetchall()},
        "first_date": one(f"SELECT MIN({EFF_DATE}) FROM events e"),
        "last_date": one(f"SELECT MAX({EFF_DATE}) FROM events e"),
        "undated_events": one(f"SELECT COUNT(*) FROM events e WHERE {EFF_DATE} IS NULL"),
        "multi_source_events": one(f"SELECT COUNT(*) FROM events e WHERE {schema.sources_sql('e')} > 1"),
    }
