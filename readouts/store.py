"""The event database: one SQLite file (WAL mode).

Documents are stored once (by id and by content hash); each document is added
together with its events and their mentions in one transaction, so an interrupted
ingest never leaves half a document behind, and re-ingesting is a no-op.

An event may carry mentions from several documents (cross-document merging is
done later by another stage): `mentions` links events to documents.

Full-text search: the `search` FTS5 table holds mention sentences and document
titles FOLDED with `textnorm.fold()` (niqqud, harakat, hamza and letter variants,
case and accents removed); queries are folded the same way. The trigram tokenizer
is used when available so that a word is found inside Hebrew/Arabic words carrying
clitic prefixes (ו־, ה־, ال, و...).
"""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator

from .model import Document, Event, EventMention
from .textnorm import fold

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    title         TEXT,
    text          TEXT NOT NULL,
    url           TEXT,
    source        TEXT,
    lang          TEXT,
    published     TEXT,              -- YYYY-MM-DD
    published_from TEXT,             -- metadata | html | cli | dateline
    origin        TEXT,              -- path or path:line it was read from
    ingested_at   TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    id             TEXT PRIMARY KEY, -- Event.make_id(): stable across re-ingests
    type           TEXT NOT NULL,    -- call | meeting | message
    date           TEXT,             -- YYYY-MM-DD | YYYY-MM | YYYY | NULL
    date_precision TEXT,
    date_hint      TEXT,
    initiator      TEXT,
    location       TEXT,
    topics         TEXT NOT NULL DEFAULT '[]',   -- JSON list
    cameo          TEXT,
    confidence     REAL,
    json           TEXT NOT NULL     -- Event.to_dict() as extracted (mentions: see table)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id     TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    name_folded  TEXT NOT NULL,      -- textnorm.fold(name), for actor search
    wikidata     TEXT,
    country      TEXT,
    role         TEXT,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX IF NOT EXISTS participants_wikidata ON event_participants(wikidata);
CREATE INDEX IF NOT EXISTS participants_country ON event_participants(country);
CREATE INDEX IF NOT EXISTS participants_name ON event_participants(name_folded);

CREATE TABLE IF NOT EXISTS mentions (
    id         INTEGER PRIMARY KEY,
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL REFERENCES documents(id),
    lang       TEXT,
    published  TEXT,
    sentence   TEXT,
    start      INTEGER,
    "end"      INTEGER,
    field      TEXT,
    source     TEXT,
    url        TEXT,
    title      TEXT,
    initiator  TEXT,
    date       TEXT,
    UNIQUE (event_id, doc_id, field, start, "end")
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);

-- Full-text search over mention sentences and document titles, FOLDED with textnorm.fold().
-- kind: 'mention' (ref = mentions.id) or 'title' (ref = documents.id).
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    body, kind UNINDEXED, ref UNINDEXED, doc_id UNINDEXED, tokenize = '{tokenizer}'
);

PRAGMA user_version = {version};
"""

PRAGMAS = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
"""

# The date an event is filtered and ordered by: its own, else its earliest report.
_EFF_DATE = "COALESCE(e.date, (SELECT MIN(m.published) FROM mentions m WHERE m.event_id = e.id))"


def _iso(d) -> str | None:
    if d is None:
        return None
    if isinstance(d, (date, datetime)):
        return d.isoformat()[:10]
    return str(d)


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    """SQLite event store. `Store(path)`; use as a context manager or call close()."""

    def __init__(self, path: str = "readouts.db"):
        self.path = str(path)
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None,
                                    check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.create_function("fold", 1, lambda s: fold(s) if s else s, deterministic=True)
        for stmt in PRAGMAS.strip().splitlines():
            self.conn.execute(stmt)
        self._init_schema()

    # ------------------------------------------------------------------ schema
    def _init_schema(self) -> None:
        with self._lock:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"{self.path}: database schema version {version} is newer than "
                                   f"this readouts ({SCHEMA_VERSION}); upgrade readouts")
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                tokenizer = "trigram" if _has_trigram() else "unicode61"  # SQLite < 3.34: word tokens
                for stmt in _split_sql(SCHEMA.format(tokenizer=tokenizer, version=SCHEMA_VERSION)):
                    self.conn.execute(stmt)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        sql = self.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()[0]
        self.trigram = "trigram" in sql

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    def has(self, doc: Document) -> bool:
        """Is this document (same id or same content) already stored?"""
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ? OR content_hash = ? LIMIT 1",
                                (doc.id, doc.content_hash)).fetchone()
        return row is not None

    def add(self, doc: Document, events: Iterable[Event]) -> bool:
        """Store a document with its events in one transaction.

        Returns False (and changes nothing) when a document with the same id or the
        same content is already stored."""
        events = list(events)
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                if c.execute("SELECT 1 FROM documents WHERE id = ? OR content_hash = ? LIMIT 1",
                             (doc.id, doc.content_hash)).fetchone():
                    c.execute("ROLLBACK")
                    return False
                self._insert_doc(doc)
                for ev in events:
                    self._insert_event(doc, ev)
                c.execute("COMMIT")
                return True
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise

    def _insert_doc(self, doc: Document) -> None:
        c = self.conn
        c.execute(
            "INSERT INTO documents (id, content_hash, title, text, url, source, lang, published,"
            " published_from, origin, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.content_hash, doc.title, doc.text, doc.url, doc.source, doc.lang,
             _iso(doc.published), doc.published_from, doc.origin,
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        if doc.title:
            c.execute("INSERT INTO search (body, kind, ref, doc_id) VALUES (?, 'title', ?, ?)",
                      (fold(doc.title), doc.id, doc.id))

    def _insert_event(self, doc: Document, ev: Event) -> None:
        c = self.conn
        d = ev.to_dict()
        eid = d["id"]
        exists = c.execute("SELECT 1 FROM events WHERE id = ?", (eid,)).fetchone()
        if not exists:
            stored = dict(d)
            stored["mentions"] = []  # mentions live in their table (several documents)
            c.execute(
                "INSERT INTO events (id, type, date, date_precision, date_hint, initiator, location,"
                " topics, cameo, confidence, json) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (eid, d["type"], d.get("date"), d.get("date_precision"), d.get("date_hint"),
                 d.get("initiator"), d.get("location"), json.dumps(d.get("topics") or [], ensure_ascii=False),
                 d.get("cameo"), d.get("confidence"), json.dumps(stored, ensure_ascii=False)))
            for i, p in enumerate(d.get("participants") or []):
                c.execute(
                    "INSERT INTO event_participants (event_id, position, name, name_folded, wikidata,"
                    " country, role) VALUES (?,?,?,?,?,?,?)",
                    (eid, i, p["name"], fold(p["name"] or ""), p.get("wikidata"),
                     (p.get("country") or None) and p["country"].upper(), p.get("role")))
        mentions = list(ev.mentions) or [EventMention(doc=doc.id, lang=doc.lang, published=None,
                                                      sentence="", start=None, end=None)]
        for m in mentions:
            doc_id = m.doc or doc.id
            own = doc_id == doc.id
            row = (eid, doc_id, m.lang or (doc.lang if own else None),
                   m.published or (_iso(doc.published) if own else None),
                   m.sentence, m.start, m.end, m.field or "text",
                   m.source or (doc.source if own else None), m.url or (doc.url if own else None),
                   m.title or (doc.title if own else None), m.initiator, m.date)
            cur = c.execute(
                "INSERT OR IGNORE INTO mentions (event_id, doc_id, lang, published, sentence, start,"
                ' "end", field, source, url, title, initiator, date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
                row)
            if cur.rowcount and m.sentence:
                c.execute("INSERT INTO search (body, kind, ref, doc_id) VALUES (?, 'mention', ?, ?)",
                          (fold(m.sentence), cur.lastrowid, doc_id))

    # ------------------------------------------------------------------ reading
    def _mentions_for(self, ids: list[str]) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {i: [] for i in ids}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            q = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f'SELECT m.*, m."end" AS end_ FROM mentions m WHERE m.event_id IN ({q})'
                    " ORDER BY m.published IS NULL, m.published, m.doc_id, m.start", chunk):
                out[r["event_id"]].append({
                    "doc": r["doc_id"], "lang": r["lang"], "published": r["published"],
                    "sentence": r["sentence"], "start": r["start"], "end": r["end_"],
                    "field": r["field"], "source": r["source"], "url": r["url"], "title": r["title"],
                    "initiator": r["initiator"], "date": r["date"]})
        return out

    def _rows_to_dicts(self, rows: list[sqlite3.Row]) -> list[dict]:
        ids = [r["id"] for r in rows]
        ments = self._mentions_for(ids)
        out = []
        for r in rows:
            d = json.loads(r["json"])
            d["mentions"] = ments.get(r["id"], [])
            out.append(d)
        return out

    def _where(self, actor=None, country=None, type=None, since=None, until=None, topic=None,
               text=None) -> tuple[str, list[Any]]:
        conds: list[str] = []
        args: list[Any] = []
        actors = [actor] if isinstance(actor, str) else list(actor or [])
        for a in actors:
            if not a or not a.strip():
                continue
            conds.append(
                "EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND"
                " (p.name_folded LIKE ? ESCAPE '\\' OR lower(p.wikidata) = ?))")
            args += ["%" + _like_escape(fold(a.strip())) + "%", a.strip().lower()]
        countries = [country] if isinstance(country, str) else list(country or [])
        for cc in countries:
            if cc:
                conds.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id"
                             " AND p.country = ?)")
                args.append(cc.strip().upper())
        if type:
            types = [type] if isinstance(type, str) else list(type)
            conds.append(f"e.type IN ({','.join('?' * len(types))})")
            args += [t.lower() for t in types]
        if since:
            # a coarse date ("2023-12") overlaps any day of its period
            conds.append(f"({_EFF_DATE} || '~') >= ?")
            args.append(_iso(since))
        if until:
            u = _iso(until)
            u += {4: "-12-31", 7: "-31"}.get(len(u), "")  # "2023" = up to the end of 2023
            conds.append(f"{_EFF_DATE} <= ?")
            args.append(u)
        if topic:
            conds.append("EXISTS (SELECT 1 FROM json_each(e.topics) j WHERE instr(fold(j.value), ?) > 0)")
            args.append(fold(topic.strip()))
        if text and text.strip():
            match, extra, extra_args = self._fts_query(text)
            if not match and not extra:
                extra = ["0"]
            where = " AND ".join((["search MATCH ?"] if match else []) + extra)
            hit_args = ([match] if match else []) + extra_args
            conds.append(
                "e.id IN (SELECT event_id FROM mentions WHERE"
                f" id IN (SELECT ref FROM search WHERE {where} AND kind = 'mention')"
                f" OR doc_id IN (SELECT ref FROM search WHERE {where} AND kind = 'title'))")
            args += hit_args + hit_args
        return (" WHERE " + " AND ".join(conds)) if conds else "", args

    def _fts_query(self, text: str) -> tuple[str | None, list[str], list[str]]:
        """FTS5 MATCH expression for a (folded) query; words too short for trigrams are
        checked with instr() instead."""
        words = [w.replace('"', "") for w in fold(text).split()]
        words = [w for w in words if w]
        long_ = [w for w in words if len(w) >= 3 or not self.trigram]
        short = [w for w in words if w not in long_]
        match = " AND ".join(f'"{w}"' for w in long_) or None
        extra = ["instr(body, ?) > 0" for _ in short]
        return match, extra, short

    _ORDERS = {
        "date": f"{_EFF_DATE} IS NULL, {_EFF_DATE}, e.id",
        "-date": f"{_EFF_DATE} IS NULL, {_EFF_DATE} DESC, e.id",
        "confidence": "e.confidence DESC, e.id",
        "id": "e.id",
    }

    def events(self, actor=None, country=None, type=None, since=None, until=None, topic=None,
               text=None, limit: int | None = None, offset: int = 0, order: str = "date") -> list[dict]:
        """Events matching all given filters, as Event.to_dict() dicts with all mentions.

        actor: participant name (case/accent-insensitive substring) or Wikidata id (a list
        means all of them); country: ISO3 of a participant; type: call|meeting|message;
        since/until: date or "YYYY-MM-DD", against the event date or, when it is null, the
        earliest mention's publication date; topic: substring of a topic; text: words that
        must all occur in a mention sentence or the document title (folded search)."""
        where, args = self._where(actor, country, type, since, until, topic, text)
        order_sql = self._ORDERS.get(order)
        if order_sql is None:
            raise ValueError(f"order must be one of {', '.join(self._ORDERS)}")
        sql = f"SELECT e.id, e.json FROM events e{where} ORDER BY {order_sql}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [int(limit), int(offset)]
        elif offset:
            sql += " LIMIT -1 OFFSET ?"
            args.append(int(offset))
        with self._lock:
            rows = self.conn.execute(sql, args).fetchall()
            return self._rows_to_dicts(rows)

    def count(self, actor=None, country=None, type=None, since=None, until=None, topic=None,
              text=None) -> int:
        """How many events `events()` would return with these filters and no limit."""
        where, args = self._where(actor, country, type, since, until, topic, text)
        with self._lock:
            return self.conn.execute(f"SELECT COUNT(*) FROM events e{where}", args).fetchone()[0]

    def event(self, id: str) -> dict | None:
        """One event with all its mentions, or None."""
        with self._lock:
            rows = self.conn.execute("SELECT e.id, e.json FROM events e WHERE e.id = ?", (id,)).fetchall()
            return self._rows_to_dicts(rows)[0] if rows else None

    def resolve_id(self, prefix: str) -> list[str]:
        """Event ids equal to or starting with `prefix` (for abbreviated ids)."""
        with self._lock:
            if self.conn.execute("SELECT 1 FROM events WHERE id = ?", (prefix,)).fetchone():
                return [prefix]
            return [r[0] for r in self.conn.execute(
                "SELECT id FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 20",
                (_like_escape(prefix) + "%",))]

    def iter_events(self, batch: int = 500, **filters) -> Iterator[dict]:
        """Every event (or those matching `filters`, as in events()), in date order,
        streamed from one cursor in batches."""
        where, args = self._where(**filters)
        cur = self.conn.cursor()
        cur.execute(f"SELECT e.id, e.json FROM events e{where} ORDER BY {self._ORDERS['date']}", args)
        try:
            while True:
                with self._lock:
                    rows = cur.fetchmany(batch)
                    if not rows:
                        return
                    chunk = self._rows_to_dicts(rows)
                yield from chunk
        finally:
            try:
                cur.close()
            except sqlite3.ProgrammingError:  # the store was closed first
                pass

    def document(self, id: str) -> dict | None:
        with self._lock:
            r = self.conn.execute("SELECT * FROM documents WHERE id = ?", (id,)).fetchone()
            return dict(r) if r else None

    def stats(self) -> dict[str, Any]:
        with self._lock:
            c = self.conn
            one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
            return {
                "schema_version": self.schema_version,
                "documents": one("SELECT COUNT(*) FROM documents"),
                "events": one("SELECT COUNT(*) FROM events"),
                "mentions": one("SELECT COUNT(*) FROM mentions"),
                "participants": one("SELECT COUNT(DISTINCT COALESCE(wikidata, name)) FROM event_participants"),
                "events_by_type": dict(c.execute("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()),
                "documents_by_lang": {k or "unknown": v for k, v in c.execute(
                    "SELECT lang, COUNT(*) FROM documents GROUP BY lang ORDER BY 2 DESC").fetchall()},
                "first_date": one("SELECT MIN(date) FROM events"),
                "last_date": one("SELECT MAX(date) FROM events"),
            }


def _has_trigram() -> bool:
    try:
        c = sqlite3.connect(":memory:")
        c.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram')")
        c.close()
        return True
    except sqlite3.OperationalError:
        return False


def _split_sql(script: str) -> list[str]:
    """Statements of a schema script (no semicolons inside our statements' literals)."""
    out = []
    for part in script.split(";"):
        lines = [ln for ln in part.splitlines() if ln.strip()]
        if lines:
            out.append("\n".join(lines))
    return out
