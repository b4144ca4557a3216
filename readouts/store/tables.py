"""The Parquet tables of a readouts output: `documents`, `events`, `mentions`, `unresolved`.

One layout, whoever writes it: `readouts export --format parquet` from the SQLite store and
`readouts spark` from a cluster; `readouts load` brings either into a store. A table is a
directory DIR/NAME/ of Parquet files (part-*.parquet, read in name order), as Spark writes it.

  documents   the store's documents (text included), in the order they were stored
  events      readouts' event records (`readouts export --format jsonl`) without their mentions,
              plus `location_country`; one row per event
  mentions    one row per report of an event by a document: the evidence sentence and what that
              document says of the contact (date, initiator, place, topics, confidence), in the
              order they were stored (the order matters to `load`, see below)
  unresolved  person mentions the gazetteer could not resolve (`readouts actors --unresolved`)

`load` replays the output document by document through `Store.add`, each document with the
events it reports as that document told them (the event's participants and type, its mention's
own date, initiator, place, topics and confidence): merging is the store's own, so loading into
an empty database gives the very events of the output, and loading into one that holds other
documents merges with them as an ingest would. Documents already stored are skipped, so a load
can be run again after an interruption.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from readouts.model import Document, Event
from readouts.store.database import _iso, document_row, mention_rows  # noqa: F401  (one definition of the rows, the store's)

_S = pa.string()
_PERSON = pa.struct([("name", _S), ("id", _S), ("wikidata", _S), ("country", _S), ("role", _S), ("name_latin", _S)])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("id", _S), ("content_hash", _S), ("title", _S), ("text", _S), ("url", _S), ("source", _S),
        ("lang", _S), ("published", _S), ("published_from", _S), ("origin", _S), ("ingested_at", _S)]),
    "events": pa.schema([
        ("id", _S), ("type", _S), ("participants", pa.list_(_PERSON)), ("initiator", _S), ("date", _S),
        ("date_precision", _S), ("date_hint", _S), ("date_basis", _S), ("location", _S),
        ("location_country", _S), ("topics", pa.list_(_S)), ("cameo", _S),
        ("plover", pa.struct([("event", _S), ("mode", _S)])), ("confidence", pa.float64()),
        ("sources", pa.int64()), ("disagreements", pa.map_(_S, pa.map_(_S, pa.int64())))]),
    "mentions": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("lang", _S), ("published", _S), ("sentence", _S),
        ("start", pa.int64()), ("end", pa.int64()), ("field", _S), ("source", _S), ("url", _S), ("title", _S),
        ("initiator", _S), ("date", _S), ("date_precision", _S), ("date_basis", _S), ("location", _S),
        ("location_country", _S), ("topics", pa.list_(_S)), ("confidence", pa.float64())]),
    "unresolved": pa.schema([
        ("doc_id", _S), ("surface", _S), ("kind", _S), ("office", _S), ("lang", _S), ("published", _S)]),
}
TABLES = tuple(SCHEMAS)
BATCH = 2000          # rows per write (a Parquet row group)


# --------------------------------------------------------------------------- rows

def event_row(d: dict, location_country: str | None) -> dict[str, Any]:
    """The events row of an event record (Event.to_dict(), its mentions left out)."""
    row = {k: d.get(k) for k in SCHEMAS["events"].names}
    row["location_country"] = location_country
    row["topics"] = list(d.get("topics") or [])
    row["disagreements"] = dict(d.get("disagreements") or {})
    return row


def unresolved_row(doc: Document, u) -> dict[str, Any]:
    return {"doc_id": doc.id, "surface": u.surface, "kind": u.kind, "office": u.office, "lang": doc.lang,
            "published": _iso(doc.published)}


# --------------------------------------------------------------------------- files

def _parts(out: str | os.PathLike, name: str) -> list[Path]:
    d = Path(out) / name
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if p.suffix == ".parquet" and not p.name.startswith(("_", ".")))


def write(out: str | os.PathLike, name: str, rows: Iterable[dict]) -> int:
    """Write a table as OUT/NAME/part-00000.parquet (replacing the table's earlier files).
    Returns the rows written."""
    d = Path(out) / name
    d.mkdir(parents=True, exist_ok=True)
    for p in _parts(out, name):
        p.unlink()
    schema = SCHEMAS[name]
    n = 0
    with pq.ParquetWriter(d / "part-00000.parquet", schema) as w:
        batch: list[dict] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        w.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n


def _plain(v):
    """A value read from Parquet as the rows carry it: maps (lists of pairs) as dicts."""
    if isinstance(v, list) and v and isinstance(v[0], tuple):
        return {k: _plain(x) for k, x in v}
    return v


def read(out: str | os.PathLike, name: str, columns: list[str] | None = None) -> Iterator[dict]:
    """The rows of a table, file after file in name order, each file in its row order."""
    maps = [f.name for f in SCHEMAS[name] if pa.types.is_map(f.type)]
    for p in _parts(out, name):
        for batch in pq.ParquetFile(p).iter_batches(batch_size=BATCH, columns=columns):
            for row in batch.to_pylist():
                for k in maps:
                    if k in row:
                        row[k] = _plain(row[k]) if row[k] else {}
                yield row


def missing(out: str | os.PathLike) -> list[str]:
    """The tables `load` needs that OUT lacks (unresolved is optional)."""
    return [t for t in ("documents", "events", "mentions") if not _parts(out, t)]


# --------------------------------------------------------------------------- SQLite -> Parquet

def export_store(store, out: str | os.PathLike) -> dict[str, int]:
    """Write the store's tables to OUT (rows in the order they were stored)."""
    c = store.conn

    def rows(sql: str, make: Callable[[dict], dict]) -> Iterator[dict]:
        cur = c.execute(sql)
        while True:
            got = cur.fetchmany(BATCH)
            if not got:
                return
            for r in got:
                yield make(dict(r))

    def event(r: dict) -> dict:
        return event_row(json.loads(r["json"]), r["location_country"])

    def mention(r: dict) -> dict:
        r["topics"] = json.loads(r["topics"] or "[]")
        return {k: r[k] for k in SCHEMAS["mentions"].names}

    names = SCHEMAS["documents"].names
    return {
        "documents": write(out, "documents", rows(f"SELECT {', '.join(names)} FROM documents ORDER BY rowid",
                                                  lambda r: r)),
        "events": write(out, "events", rows("SELECT json, location_country FROM events ORDER BY rowid", event)),
        "mentions": write(out, "mentions", rows("SELECT * FROM mentions ORDER BY id", mention)),
        "unresolved": write(out, "unresolved", rows(
            "SELECT doc_id, surface, kind, office, lang, published FROM unresolved ORDER BY rowid", lambda r: r)),
    }


# --------------------------------------------------------------------------- Parquet -> SQLite

class _Unresolved:
    __slots__ = ("surface", "kind", "office")

    def __init__(self, row: dict):
        self.surface, self.kind, self.office = row["surface"], row["kind"], row["office"]


def _document(row: dict) -> Document:
    pub = row.get("published")
    return Document(id=row["id"], text=row["text"], title=row.get("title"), url=row.get("url"),
                    source=row.get("source"), lang=row.get("lang"),
                    published=date.fromisoformat(pub) if pub else None,
                    published_from=row.get("published_from"), origin=row.get("origin"))


def document_event(ev_row: dict, m: dict, first: bool) -> Event:
    """One document's account of an event, as the extractor gave it to the store: the event's
    type and participants with the document's own date, initiator, place, topics and confidence
    (which its mention row keeps). The first document of an event made it: it gets its id."""
    mention = {k: m.get(k) for k in ("lang", "published", "sentence", "start", "end", "field", "source", "url",
                                     "title", "initiator", "date")}
    mention["doc"] = m["doc_id"]
    d = {**ev_row, "mentions": [mention], "id": ev_row["id"] if first else "", "sources": 1, "disagreements": {},
         "initiator": m["initiator"], "date": m["date"], "date_precision": m["date_precision"],
         "date_basis": m["date_basis"], "location": m["location"], "topics": list(m["topics"] or []),
         "confidence": m["confidence"]}
    ev = Event.from_dict(d)
    ev.location_country = m["location_country"]
    return ev


def load(out: str | os.PathLike, store, errors: Callable[[str], None] | None = None) -> dict[str, int]:
    """Add the documents of OUT (with their events, merged by the store) to `store`; documents
    it already holds are skipped. Returns counts: documents read, stored, skipped."""
    events = {r["id"]: r for r in read(out, "events")}
    by_doc: dict[str, list[dict]] = {}
    for m in read(out, "mentions"):             # (in the order they were stored)
        by_doc.setdefault(m["doc_id"], []).append(m)
    unresolved: dict[str, list[_Unresolved]] = {}
    for u in read(out, "unresolved"):
        unresolved.setdefault(u["doc_id"], []).append(_Unresolved(u))
    seen: set[str] = set()
    counts = {"documents": 0, "stored": 0, "skipped": 0}
    for row in read(out, "documents"):
        doc = _document(row)
        evs = []
        for m in by_doc.pop(doc.id, []):
            ev_row = events.get(m["event_id"])
            if ev_row is None:
                if errors:
                    errors(f"{out}: mention of {doc.id} names event {m['event_id']}, which events lacks; left out")
                continue
            evs.append(document_event(ev_row, m, m["event_id"] not in seen))
            seen.add(m["event_id"])
        counts["documents"] += 1
        if store.add(doc, evs, unresolved.pop(doc.id, [])):
            counts["stored"] += 1
        else:
            counts["skipped"] += 1
    store.checkpoint()
    for doc_id in by_doc:
        if errors:
            errors(f"{out}: mentions of document {doc_id}, which documents lacks; left out")
    return counts
