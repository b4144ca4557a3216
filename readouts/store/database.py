"""The event database: one SQLite file (WAL mode).

Documents are stored once (by id and by content hash); each document is added
together with its events and their mentions in one transaction, so an interrupted
ingest never leaves half a document behind, and re-ingesting is a no-op.

An event carries mentions from every document that reports it: when a document is
added, each of its events either joins a stored event of the same contact (rules in
readouts.pipeline.merge) or becomes a new one, so merging is incremental and re-ingesting is
idempotent. The event row holds the fields reconciled over its reports; each mention row
keeps its own document's date, initiator, place and topics.

Full-text search: the `search` FTS5 table holds mention sentences and document
titles FOLDED with `textnorm.fold()` (niqqud, harakat, hamza and letter variants,
case and accents removed); queries are folded the same way. The trigram tokenizer
is used when available so that a word is found inside Hebrew/Arabic words carrying
clitic prefixes (ו־, ה־, ال, و...).
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import threading
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator

from readouts.pipeline import merge
from readouts.model import Document, Event, EventMention
from readouts.textnorm import fold
from readouts.knowledge.translit import searchable

try:
    import resource               # the file size limit (ulimit -f), for NoSpaceError
except ImportError:               # not on Windows
    resource = None

SCHEMA_VERSION = 2

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
    json           TEXT NOT NULL,    -- Event.to_dict(), fields reconciled over all reports (mentions: see table)
    pkey           TEXT,             -- sorted participant keys (gazetteer id or "name:..."), for merging
    date_basis     TEXT,             -- text | publication
    location_country TEXT,
    sources        INTEGER NOT NULL DEFAULT 1,   -- documents reporting it
    eff_date       TEXT              -- date, else the earliest mention's publication date (triggers keep it)
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
    person_id    TEXT,               -- gazetteer id (Q... or X-...), NULL for names the gazetteer lacks
    PRIMARY KEY (event_id, position)
);
-- (with event_id: the events of a person, name or country are read from the index alone)
CREATE INDEX IF NOT EXISTS participants_wikidata ON event_participants(wikidata, event_id);
CREATE INDEX IF NOT EXISTS participants_country ON event_participants(country, event_id);
CREATE INDEX IF NOT EXISTS participants_name ON event_participants(name_folded, event_id);

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
    date_precision TEXT,             -- this document's account of the contact:
    date_basis TEXT,
    location   TEXT,
    location_country TEXT,
    topics     TEXT,                 -- JSON list
    confidence REAL,
    UNIQUE (event_id, doc_id, field, start, "end")
);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);

-- Person mentions the gazetteer could not resolve, one row per document and surface form,
-- so users see what to add (readouts actors --unresolved).
CREATE TABLE IF NOT EXISTS unresolved (
    doc_id    TEXT NOT NULL REFERENCES documents(id),
    surface   TEXT NOT NULL,         -- as written (clitics stripped)
    folded    TEXT NOT NULL,
    kind      TEXT NOT NULL,         -- name | role | ambiguous
    office    TEXT,                  -- ISR.foreign_minister for role mentions and names after a title
    lang      TEXT,
    published TEXT,
    PRIMARY KEY (doc_id, folded, kind)
);
CREATE INDEX IF NOT EXISTS unresolved_folded ON unresolved(folded);

-- Full-text search over mention sentences and document titles, FOLDED with textnorm.fold().
-- kind: 'mention' (ref = mentions.id) or 'title' (ref = documents.id).
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    body, kind UNINDEXED, ref UNINDEXED, doc_id UNINDEXED, tokenize = '{tokenizer}'
);

PRAGMA user_version = {version};
"""

# Columns added after version 1 (ALTERed into older databases) and the indexes on them.
MIGRATIONS = {
    "events": [("pkey", "TEXT"), ("date_basis", "TEXT"), ("location_country", "TEXT"),
               ("sources", "INTEGER NOT NULL DEFAULT 1")],
    "event_participants": [("person_id", "TEXT")],
    "mentions": [("date_precision", "TEXT"), ("date_basis", "TEXT"), ("location", "TEXT"),
                 ("location_country", "TEXT"), ("topics", "TEXT"), ("confidence", "REAL")],
}
POST_MIGRATION = """
CREATE INDEX IF NOT EXISTS events_pkey ON events(pkey, type);
CREATE INDEX IF NOT EXISTS participants_person ON event_participants(person_id, event_id)
"""

# Derived data that make reading a large database fast, kept right by triggers whoever
# writes (an older readouts too) and added and filled by _derive() in an older database:
#   events.eff_date     the date an event is filtered and sorted by (_EFF_OF)
#   participant_names   the distinct keys, names, countries and Wikidata ids of participants,
#                       with how many participant rows carry them (actor filters, names)
#   event_counts        how many events there are per effective date and type (timelines, totals)
#   document_counts     how many documents there are per language and outlet (statistics)
#   event_participants.type, .eff_date
#                       copies of the participant's event's, so that a person's or a country's
#                       events are counted per type and date from one range of an index
#   pair_months         how many events of each type and month (PAIR_MONTH) each two persons took
#                       part in together, kept both ways (a, b) and (b, a), and each person alone
#                       (a = b: the person's own events): an actor page, a person's timeline and a
#                       network over months are read there, not counted over the events
#   pair_types          pair_months summed over the months (an actor page's counterparts, a
#                       person's network over all dates), kept by triggers on pair_months
#   country_days, person_days
#                       how many events of each date and type each country and each person took
#                       part in (a country's or a person's timeline and total)
#   event_months, country_months
#                       event_counts and country_days summed over the days of each month (a
#                       timeline of months, overall or of a country), kept by triggers on them
# and indexes that answer the API's filters and sorts from the index alone.
# (Statements, not a script: trigger bodies hold semicolons.)
_EFF_OF = "COALESCE({e}.date, (SELECT MIN(m.published) FROM mentions m WHERE m.event_id = {e}.id))"
_PKEY = "COALESCE({p}.person_id, 'name:' || {p}.name)"
_NAME_ROW = ("key = " + _PKEY + " AND name = {p}.name AND name_folded = {p}.name_folded"
             " AND country = COALESCE({p}.country, '') AND wikidata = COALESCE({p}.wikidata, '')")
_COUNT_ROW = "day = COALESCE({e}.eff_date, '') AND type = {e}.type"
_DOC_ROW = "lang = COALESCE({e}.lang, '') AND source = COALESCE({e}.source, '')"


def _add(table: str, row: str, values: str, ref: str, k: int) -> str:
    """Trigger statements adding k to the count `n` of a summary row (created when missing;
    removed when the count falls to 0)."""
    if k > 0:
        return (f"INSERT OR IGNORE INTO {table} VALUES ({values.format(e=ref, p=ref)}, 0);\n"
                f"    UPDATE {table} SET n = n + {k} WHERE {row.format(e=ref, p=ref)};")
    return (f"UPDATE {table} SET n = n - {-k} WHERE {row.format(e=ref, p=ref)};\n"
            f"    DELETE FROM {table} WHERE {row.format(e=ref, p=ref)} AND n <= 0;")


_NAME_VALUES = _PKEY + ", {p}.name, {p}.name_folded, COALESCE({p}.country, ''), COALESCE({p}.wikidata, '')"
_COUNT_VALUES = "COALESCE({e}.eff_date, ''), {e}.type"
_DOC_VALUES = "COALESCE({e}.lang, ''), COALESCE({e}.source, '')"
_PART_COPY = ("UPDATE event_participants SET (type, eff_date) = (SELECT e.type, e.eff_date FROM events e"
              " WHERE e.id = {p}.event_id) WHERE rowid = {p}.rowid;")
# pair_months: the month of an event is the first 7 characters of its effective date ('' when
# it has none; a year-only date stays "YYYY"); a person's key is _PKEY. A participant counts once
# per event (another participant row of the same person in the event changes nothing).
PAIR_MONTH = "substr(COALESCE({e}.eff_date, ''), 1, 7)"
_OTHER_KEYS = ("SELECT DISTINCT " + _PKEY.format(p="o") + " AS k FROM event_participants o"
               " WHERE o.event_id = {p}.event_id AND o.rowid != {p}.rowid")
_EVENT_KEYS = "SELECT DISTINCT " + _PKEY.format(p="o") + " AS k FROM event_participants o WHERE o.event_id = {e}.id"
_PAIR_UPSERT = " ON CONFLICT (a, b, month, type) DO UPDATE SET n = n + excluded.n;"


def _pair_add(p: str) -> str:
    """Trigger statement counting participant `p` (NEW) in pair_months: with itself and with each
    other person of its event, both ways, in its event's month and type."""
    k, others = _PKEY.format(p=p), _OTHER_KEYS.format(p=p)
    return (f"INSERT INTO pair_months (a, b, month, type, n) SELECT x.a, x.b, {PAIR_MONTH.format(e='e')}, e.type, 1"
            f" FROM events e, (SELECT {k} AS a, {k} AS b UNION ALL SELECT {k}, o.k FROM ({others}) o"
            f" UNION ALL SELECT o.k, {k} FROM ({others}) o) x"
            f" WHERE e.id = {p}.event_id AND {k} NOT IN ({others}){_PAIR_UPSERT}")


def _pair_remove(p: str) -> str:
    """Trigger statements taking participant `p` (OLD) out of pair_months, in the month and type
    its row carries (its event's: the event may be gone, as in a cascading delete)."""
    k, others = _PKEY.format(p=p), _OTHER_KEYS.format(p=p)
    at = f"month = {PAIR_MONTH.format(e=p)} AND type = {p}.type"
    return (f"UPDATE pair_months SET n = n - 1 WHERE {at} AND {k} NOT IN ({others})"
            f" AND ((a = {k} AND (b = {k} OR b IN ({others}))) OR (b = {k} AND a IN ({others})));\n"
            f"    DELETE FROM pair_months WHERE {at} AND n <= 0 AND (a = {k} OR b = {k});")


# country_days, person_days: how many events of each effective date and type a country's (a
# participant's country) or a person's (_PKEY) participants took part in; an event counts once
# for a country or a person however many of its participants carry it. The participant rows
# carry their event's type and date (_PART_COPY), which a removal reads (the event may be gone).
FACET_DAYS = {"country_days": ("country", "{p}.country"), "person_days": ("key", _PKEY)}
_FACET_UPSERT = " ON CONFLICT ({col}, day, type) DO UPDATE SET n = n + excluded.n;"


def _facet_others(table: str, p: str) -> str:
    """SQL condition: another participant of p's event carries p's country or key."""
    expr = FACET_DAYS[table][1]
    return (f"EXISTS (SELECT 1 FROM event_participants o WHERE o.event_id = {p}.event_id AND o.rowid != {p}.rowid"
            f" AND {expr.format(p='o')} = {expr.format(p=p)})")


def _facet_add(table: str, p: str) -> str:
    """Trigger statement counting participant `p` (NEW) in `table`, unless its event already counts."""
    col, expr = FACET_DAYS[table]
    return (f"INSERT INTO {table} ({col}, day, type, n) SELECT {expr.format(p=p)}, COALESCE(e.eff_date, ''), e.type, 1"
            f" FROM events e WHERE e.id = {p}.event_id AND {expr.format(p=p)} IS NOT NULL"
            f" AND NOT {_facet_others(table, p)}{_FACET_UPSERT.format(col=col)}")


def _facet_remove(table: str, p: str) -> str:
    """Trigger statements taking participant `p` (OLD) out of `table`, in the date and type its
    row carries, unless another participant of its event still counts the event."""
    col, expr = FACET_DAYS[table]
    at = f"{col} = {expr.format(p=p)} AND day = COALESCE({p}.eff_date, '') AND type = {p}.type"
    return (f"UPDATE {table} SET n = n - 1 WHERE {at} AND NOT {_facet_others(table, p)};\n"
            f"    DELETE FROM {table} WHERE {at} AND n <= 0;")


def _facet_triggers(table: str) -> list[str]:
    col, expr = FACET_DAYS[table]
    changed = f"OLD.event_id IS NOT NEW.event_id OR {expr.format(p='OLD')} IS NOT {expr.format(p='NEW')}"
    cols = "event_id, country" if table == "country_days" else "event_id, person_id, name"
    values = f"SELECT DISTINCT {expr.format(p='o')} AS k FROM event_participants o WHERE o.event_id = NEW.id"
    return [
        f"""CREATE TABLE IF NOT EXISTS {table} (
    {col}  TEXT NOT NULL,
    day    TEXT NOT NULL,            -- events.eff_date, '' when none
    type   TEXT NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY ({col}, day, type)
) WITHOUT ROWID""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON event_participants BEGIN
    {_facet_add(table, "NEW")}
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_delete AFTER DELETE ON event_participants BEGIN
    {_facet_remove(table, "OLD")}
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_update AFTER UPDATE OF {cols} ON event_participants
WHEN {changed} BEGIN
    {_facet_remove(table, "OLD")}
    {_facet_add(table, "NEW")}
END""",
        # an event that changes date or type moves the counts of its countries or persons
        f"""CREATE TRIGGER IF NOT EXISTS {table}_events_update AFTER UPDATE OF eff_date, type ON events
WHEN OLD.eff_date IS NOT NEW.eff_date OR OLD.type IS NOT NEW.type BEGIN
    UPDATE {table} SET n = n - 1 WHERE day = COALESCE(OLD.eff_date, '') AND type = OLD.type AND {col} IN ({values});
    DELETE FROM {table} WHERE day = COALESCE(OLD.eff_date, '') AND type = OLD.type AND n <= 0 AND {col} IN ({values});
    INSERT INTO {table} ({col}, day, type, n) SELECT k, COALESCE(NEW.eff_date, ''), NEW.type, 1
        FROM ({values}) x WHERE k IS NOT NULL{_FACET_UPSERT.format(col=col)}
END""",
    ]


# event_months, country_months: event_counts' and country_days' counts summed per month, the
# month of a date being PAIR_MONTH's ('YYYY-MM'; a year-only date stays 'YYYY'; '' undated): a
# timeline of months reads a row per month and type (some hundreds) instead of one per date (some
# ten thousands). table -> (the summary it sums, the columns it keeps besides month and type).
MONTHS = {"event_months": ("event_counts", ()), "country_months": ("country_days", ("country",))}


def _month_triggers(table: str) -> list[str]:
    """The table of months `table` and the triggers that keep it the sum of its source's rows: an
    insert adds a row's n to its month, a delete takes it away; an update of n alone (what the
    summaries' own triggers do) adds the difference, one of its keys moves the row's n."""
    source, keys = MONTHS[table]
    cols = ", ".join(keys + ("month", "type"))
    at = " AND ".join(f"{k} = {{r}}.{k}" for k in keys + ("type",)) + " AND month = substr({r}.day, 1, 7)"
    same = " AND ".join(f"OLD.{k} IS NEW.{k}" for k in keys + ("day", "type"))
    new_keys = "".join(f"NEW.{k}, " for k in keys)

    def add(n: str) -> str:   # (a month's row is there whenever n < 0: it holds that day's count)
        return (f"INSERT INTO {table} ({cols}, n) SELECT {new_keys}substr(NEW.day, 1, 7), NEW.type, {n}"
                f" WHERE {n} != 0\n        ON CONFLICT ({cols}) DO UPDATE SET n = n + excluded.n;")
    remove = (f"UPDATE {table} SET n = n - OLD.n WHERE {at.format(r='OLD')};\n"
              f"    DELETE FROM {table} WHERE {at.format(r='OLD')} AND n <= 0;")
    key_columns = "".join(f"{k:<6} TEXT NOT NULL,\n    " for k in keys)
    return [
        f"""CREATE TABLE IF NOT EXISTS {table} (
    {key_columns}month  TEXT NOT NULL,            -- PAIR_MONTH of {source}.day
    type   TEXT NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY ({cols})
) WITHOUT ROWID""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON {source} BEGIN
    {add("NEW.n")}
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_update AFTER UPDATE ON {source} WHEN {same} BEGIN
    {add("NEW.n - OLD.n")}
    DELETE FROM {table} WHERE {at.format(r='NEW')} AND n <= 0 AND NEW.n < OLD.n;
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_move AFTER UPDATE ON {source} WHEN NOT ({same}) BEGIN
    {remove}
    {add("NEW.n")}
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {table}_delete AFTER DELETE ON {source} BEGIN
    {remove}
END""",
    ]


# Indexes of older databases without event_id (see SCHEMA), rebuilt with it
PARTICIPANT_INDEXES = {"participants_wikidata": "wikidata", "participants_country": "country",
                       "participants_name": "name_folded", "participants_person": "person_id"}
def _counting(name: str, table: str, summary: str, row: str, values: str, columns: str) -> list[str]:
    """Triggers that keep `summary` counting the rows of `table`: one more on an insert, one less
    on a delete, and both on an update of `columns`."""
    return [
        f"""CREATE TRIGGER IF NOT EXISTS {name}_insert AFTER INSERT ON {table} BEGIN
    {_add(summary, row, values, "NEW", 1)}
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {name}_delete AFTER DELETE ON {table} BEGIN
    {_add(summary, row, values, "OLD", -1)}
END""",
        f"""CREATE TRIGGER IF NOT EXISTS {name}_update AFTER UPDATE OF {columns} ON {table} BEGIN
    {_add(summary, row, values, "OLD", -1)}
    {_add(summary, row, values, "NEW", 1)}
END""",
    ]


DERIVED = [
    """CREATE TABLE IF NOT EXISTS participant_names (
    key         TEXT NOT NULL,       -- person key: person_id, else 'name:' || name
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    country     TEXT NOT NULL,       -- '' when none
    wikidata    TEXT NOT NULL,       -- '' when none
    n           INTEGER NOT NULL,    -- event_participants rows with these values
    PRIMARY KEY (key, name, country, name_folded, wikidata)
) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS event_counts (
    day   TEXT NOT NULL,             -- events.eff_date, '' when none
    type  TEXT NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (day, type)
) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS document_counts (
    lang    TEXT NOT NULL,           -- documents.lang, '' when none
    source  TEXT NOT NULL,           -- documents.source (the outlet), '' when none
    n       INTEGER NOT NULL,
    PRIMARY KEY (lang, source)
) WITHOUT ROWID""",
    # an actor filter's Wikidata id or key (actor_match compares them lowercased), found without
    # reading every row of participant_names
    "CREATE INDEX IF NOT EXISTS participant_names_wikidata ON participant_names(lower(wikidata))",
    "CREATE INDEX IF NOT EXISTS participant_names_key ON participant_names(lower(key))",
    # sorts by date (undated last) and by sources, and date ranges, with the columns filtered on
    "CREATE INDEX IF NOT EXISTS events_eff ON events(eff_date DESC, id, type, confidence)",
    "CREATE INDEX IF NOT EXISTS events_eff_nulls_last ON events(eff_date IS NULL, eff_date, id, type, confidence)",
    "CREATE INDEX IF NOT EXISTS events_sources ON events(sources DESC, eff_date DESC, id, type, confidence)",
    # the events of a set of ids (an actor's, a country's, a search's), and their participants' keys
    "CREATE INDEX IF NOT EXISTS events_cover ON events(id, eff_date, type, confidence, sources)",
    "CREATE INDEX IF NOT EXISTS participants_event ON event_participants(event_id, person_id, name)",
    "CREATE INDEX IF NOT EXISTS participants_person_day ON event_participants(person_id, type, eff_date, event_id)",
    "CREATE INDEX IF NOT EXISTS participants_country_day ON event_participants(country, type, eff_date, event_id)",
    f"""CREATE TRIGGER IF NOT EXISTS participants_event_insert AFTER INSERT ON event_participants BEGIN
    {_PART_COPY.format(p="NEW")}
END""",
    f"""CREATE TRIGGER IF NOT EXISTS participants_event_update AFTER UPDATE OF event_id ON event_participants BEGIN
    {_PART_COPY.format(p="NEW")}
END""",
    """CREATE TRIGGER IF NOT EXISTS events_participants_update AFTER UPDATE OF eff_date, type ON events
WHEN OLD.eff_date IS NOT NEW.eff_date OR OLD.type IS NOT NEW.type BEGIN
    UPDATE event_participants SET type = NEW.type, eff_date = NEW.eff_date WHERE event_id = NEW.id;
END""",
    f"""CREATE TRIGGER IF NOT EXISTS events_insert AFTER INSERT ON events BEGIN
    {_add("event_counts", _COUNT_ROW, _COUNT_VALUES, "NEW", 1)}
    UPDATE events SET eff_date = {_EFF_OF.format(e="NEW")} WHERE rowid = NEW.rowid;
END""",
    f"""CREATE TRIGGER IF NOT EXISTS events_delete AFTER DELETE ON events BEGIN
    {_add("event_counts", _COUNT_ROW, _COUNT_VALUES, "OLD", -1)}
END""",
    f"""CREATE TRIGGER IF NOT EXISTS events_eff_update AFTER UPDATE OF id, date ON events BEGIN
    UPDATE events SET eff_date = {_EFF_OF.format(e="NEW")} WHERE rowid = NEW.rowid;
END""",
    f"""CREATE TRIGGER IF NOT EXISTS events_counts_update AFTER UPDATE OF eff_date, type ON events
WHEN OLD.eff_date IS NOT NEW.eff_date OR OLD.type IS NOT NEW.type BEGIN
    {_add("event_counts", _COUNT_ROW, _COUNT_VALUES, "OLD", -1)}
    {_add("event_counts", _COUNT_ROW, _COUNT_VALUES, "NEW", 1)}
END""",
    f"""CREATE TRIGGER IF NOT EXISTS mentions_eff_insert AFTER INSERT ON mentions BEGIN
    UPDATE events SET eff_date = {_EFF_OF.format(e="events")} WHERE id = NEW.event_id AND date IS NULL;
END""",
    f"""CREATE TRIGGER IF NOT EXISTS mentions_eff_update AFTER UPDATE OF event_id, published ON mentions BEGIN
    UPDATE events SET eff_date = {_EFF_OF.format(e="events")} WHERE id IN (OLD.event_id, NEW.event_id) AND date IS NULL;
END""",
    f"""CREATE TRIGGER IF NOT EXISTS mentions_eff_delete AFTER DELETE ON mentions BEGIN
    UPDATE events SET eff_date = {_EFF_OF.format(e="events")} WHERE id = OLD.event_id AND date IS NULL;
END""",
    """CREATE TABLE IF NOT EXISTS pair_months (
    a      TEXT NOT NULL,            -- person key
    b      TEXT NOT NULL,            -- person key (a itself: a's own events)
    month  TEXT NOT NULL,            -- PAIR_MONTH of the events
    type   TEXT NOT NULL,
    n      INTEGER NOT NULL,         -- events of a and b together in that month, of that type
    PRIMARY KEY (a, b, month, type)
) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS pair_months_month ON pair_months(month, a, b, type, n)",
    f"""CREATE TRIGGER IF NOT EXISTS participants_pairs_insert AFTER INSERT ON event_participants BEGIN
    {_pair_add("NEW")}
END""",
    f"""CREATE TRIGGER IF NOT EXISTS participants_pairs_delete AFTER DELETE ON event_participants BEGIN
    {_pair_remove("OLD")}
END""",
    f"""CREATE TRIGGER IF NOT EXISTS participants_pairs_update AFTER UPDATE OF event_id, person_id, name
ON event_participants WHEN OLD.event_id IS NOT NEW.event_id OR {_PKEY.format(p="OLD")} IS NOT {_PKEY.format(p="NEW")}
BEGIN
    {_pair_remove("OLD")}
    {_pair_add("NEW")}
END""",
    # an event that changes month or type moves its pairs (all its persons', each with each)
    f"""CREATE TRIGGER IF NOT EXISTS events_pairs_update AFTER UPDATE OF eff_date, type ON events
WHEN {PAIR_MONTH.format(e="OLD")} IS NOT {PAIR_MONTH.format(e="NEW")} OR OLD.type IS NOT NEW.type BEGIN
    UPDATE pair_months SET n = n - 1 WHERE month = {PAIR_MONTH.format(e="OLD")} AND type = OLD.type
        AND a IN ({_EVENT_KEYS.format(e="NEW")}) AND b IN ({_EVENT_KEYS.format(e="NEW")});
    DELETE FROM pair_months WHERE month = {PAIR_MONTH.format(e="OLD")} AND type = OLD.type AND n <= 0
        AND a IN ({_EVENT_KEYS.format(e="NEW")});
    INSERT INTO pair_months (a, b, month, type, n) SELECT x.k, y.k, {PAIR_MONTH.format(e="NEW")}, NEW.type, 1
        FROM ({_EVENT_KEYS.format(e="NEW")}) x, ({_EVENT_KEYS.format(e="NEW")}) y WHERE true{_PAIR_UPSERT}
END""",
    # pair_types: pair_months summed over the months (an actor page's counterparts, a person's
    # network over all dates), kept by triggers on pair_months itself
    """CREATE TABLE IF NOT EXISTS pair_types (
    a      TEXT NOT NULL,            -- person key
    b      TEXT NOT NULL,            -- person key (a itself: a's own events)
    type   TEXT NOT NULL,
    n      INTEGER NOT NULL,         -- events of a and b together, of that type
    PRIMARY KEY (a, b, type)
) WITHOUT ROWID""",
    """CREATE TRIGGER IF NOT EXISTS pair_types_insert AFTER INSERT ON pair_months BEGIN
    INSERT INTO pair_types (a, b, type, n) VALUES (NEW.a, NEW.b, NEW.type, NEW.n)
        ON CONFLICT (a, b, type) DO UPDATE SET n = n + excluded.n;
END""",
    """CREATE TRIGGER IF NOT EXISTS pair_types_update AFTER UPDATE ON pair_months BEGIN
    UPDATE pair_types SET n = n - OLD.n WHERE a = OLD.a AND b = OLD.b AND type = OLD.type;
    DELETE FROM pair_types WHERE a = OLD.a AND b = OLD.b AND type = OLD.type AND n <= 0;
    INSERT INTO pair_types (a, b, type, n) SELECT NEW.a, NEW.b, NEW.type, NEW.n WHERE NEW.n > 0
        ON CONFLICT (a, b, type) DO UPDATE SET n = n + excluded.n;
END""",
    """CREATE TRIGGER IF NOT EXISTS pair_types_delete AFTER DELETE ON pair_months BEGIN
    UPDATE pair_types SET n = n - OLD.n WHERE a = OLD.a AND b = OLD.b AND type = OLD.type;
    DELETE FROM pair_types WHERE a = OLD.a AND b = OLD.b AND type = OLD.type AND n <= 0;
END""",
    *_facet_triggers("country_days"),
    *_facet_triggers("person_days"),
    *_month_triggers("event_months"),
    *_month_triggers("country_months"),
    *_counting("documents_counts", "documents", "document_counts", _DOC_ROW, _DOC_VALUES, "lang, source"),
    *_counting("participants_names", "event_participants", "participant_names", _NAME_ROW, _NAME_VALUES,
               "person_id, name, name_folded, country, wikidata"),
]

PRAGMAS = """
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
"""

# The store copies the write-ahead log into the database file itself, every CHECKPOINT_EVERY
# documents stored (about SQLite's default of 1000 pages for news articles of a few KB).
# SQLite's automatic checkpoint is off: it runs inside a COMMIT and ignores its errors, so a
# disk too full for the database file to grow went unnoticed until the log itself could not
# grow; and a checkpoint of our own is a point a test can stop the process at (see _Fault).
CHECKPOINT_EVERY = 50

# A document's text longer than this (in characters) is written into its row in pieces of this
# size (incremental blob I/O into a text of its length in bytes) instead of being bound whole: a
# bound string is encoded to UTF-8 (a copy the string keeps), copied by SQLite and copied again
# into the row's record, three copies of a book-sized text at once (bench/bench_memory.py).
LONG_TEXT = 1 << 20

# The date an event is filtered and ordered by: its own, else its earliest report (the
# events.eff_date column; _EFF_DATE_COMPUTED computes it where that column is missing).
_EFF_DATE = "e.eff_date"
_EFF_DATE_COMPUTED = _EFF_OF.format(e="e")


def _iso(d) -> str | None:
    if d is None:
        return None
    if isinstance(d, (date, datetime)):
        return d.isoformat()[:10]
    return str(d)


def document_row(doc: Document, ingested_at: str) -> dict[str, Any]:
    """The documents row of an article (the store writes it; the Parquet tables hold the same)."""
    return {"id": doc.id, "content_hash": doc.content_hash, "title": doc.title, "text": doc.text,
            "url": doc.url, "source": doc.source, "lang": doc.lang, "published": _iso(doc.published),
            "published_from": doc.published_from, "origin": doc.origin, "ingested_at": ingested_at}


def mention_rows(doc: Document, ev: Event, event_id: str,
                 mentions: list[EventMention] | None = None) -> list[dict[str, Any]]:
    """The mentions rows of one event of `doc` (its `mentions`, by default the event's own): the
    evidence, and what this document says of the contact; `topics` as a list."""
    out = []
    for m in ev.mentions if mentions is None else mentions:
        doc_id = m.doc or doc.id
        own = doc_id == doc.id
        out.append({
            "event_id": event_id, "doc_id": doc_id, "lang": m.lang or (doc.lang if own else None),
            "published": m.published or (_iso(doc.published) if own else None), "sentence": m.sentence,
            "start": m.start, "end": m.end, "field": m.field or "text",
            "source": m.source or (doc.source if own else None), "url": m.url or (doc.url if own else None),
            "title": m.title or (doc.title if own else None), "initiator": ev.initiator, "date": ev.date,
            "date_precision": ev.date_precision, "date_basis": ev.date_basis, "location": ev.location,
            "location_country": ev.location_country, "topics": list(ev.topics), "confidence": ev.confidence})
    return out


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class NoSpaceError(OSError):
    """The database cannot grow: its disk is full or the file size limit (ulimit -f) is
    reached. What was stored before is intact; run again once there is room. `reason` says
    which, for a message."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


_SQLITE_IOERR, _SQLITE_FULL = 10, 13
_FRAME = 65536 + 24               # one write-ahead log frame of the largest page size


def _no_space(path: str, e: BaseException) -> NoSpaceError | None:
    """`e` as a NoSpaceError when it is a write that failed for want of room, else None.

    SQLite reports ENOSPC as SQLITE_FULL, but EFBIG (a write past this process's file size
    limit) as a plain I/O error: that one is recognised by a file of the database having
    reached the limit."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is None or code & 0xFF not in (_SQLITE_IOERR, _SQLITE_FULL):
        return None
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0] if resource else None
    if limit is not None and limit != resource.RLIM_INFINITY:
        largest = max((os.path.getsize(f) for f in (path, path + "-wal") if os.path.exists(f)), default=0)
        if largest + _FRAME >= limit:
            return NoSpaceError(path, f"file too large: the file size limit (ulimit -f) of {limit} bytes"
                                      " is reached")
    if code & 0xFF == _SQLITE_FULL:
        free = shutil.disk_usage(os.path.dirname(os.path.abspath(path))).free
        return NoSpaceError(path, f"disk full ({free / 2**20:.1f} MiB free)")
    return None


class _Fault:
    """Fault injection, for tests/test_faults.py only: READOUTS_FAULT=POINT:N makes the process
    kill itself with SIGKILL (no cleanup at all, as a power cut or the OOM killer) at the N-th
    POINT of this process, to show that an ingest killed anywhere can simply be run again:

      txn                inside the N-th write transaction, its rows written, before COMMIT
      commit             right after the N-th COMMIT (between two documents)
      checkpoint-before  right before the N-th write-ahead log checkpoint
      checkpoint-during  (POINT:N:BYTES) in the middle of the N-th checkpoint, once it has
                         copied the pages of the log that lie in the first BYTES of the database
                         file: a file size limit of BYTES makes its next write fail (Python
                         ignores SIGXFSZ) and the process dies at that failure
      checkpoint-after   right after the N-th checkpoint

    It says on stderr where it struck. READOUTS_FAULT is read once, at import; unset, the hook
    costs one `is None` test per document."""

    def __init__(self, spec: str):
        point, n, *limit = spec.split(":")
        self.point, self.n = point, int(n)
        self.limit = int(limit[0]) if limit else 0
        self.seen: dict[str, int] = {}

    def at(self, event: str) -> None:
        """The store reached `event`: txn, commit, checkpoint-before, then checkpoint-after
        or checkpoint-failed (of the same checkpoint)."""
        if event in ("txn", "commit", "checkpoint-before"):
            self.seen[event] = self.seen.get(event, 0) + 1
        if self.seen.get("checkpoint-before" if event.startswith("checkpoint") else event) != self.n:
            return
        if event == self.point:
            self._kill(event)
        elif self.point == "checkpoint-during" and event == "checkpoint-before":
            resource.setrlimit(resource.RLIMIT_FSIZE, (self.limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        elif self.point == "checkpoint-during" and event in ("checkpoint-failed", "checkpoint-after"):
            self._kill(f"checkpoint-during (pages copied up to byte {self.limit})" if event == "checkpoint-failed"
                       else f"checkpoint-after (nothing to copy past byte {self.limit})")

    def _kill(self, where: str) -> None:
        os.write(2, f"readouts: READOUTS_FAULT: SIGKILL at {where} #{self.n}\n".encode())
        os.kill(os.getpid(), signal.SIGKILL)


_FAULT = _Fault(os.environ["READOUTS_FAULT"]) if os.environ.get("READOUTS_FAULT") else None


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
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")   # see CHECKPOINT_EVERY
        self._uncheckpointed = 0      # documents stored since the last checkpoint
        self._init_schema()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on the store's connection (autocommit otherwise), under the
        store's lock: committed at the end of the block, rolled back if it raises."""
        with self._lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")

    # ------------------------------------------------------------------ schema
    def _init_schema(self) -> None:
        with self._lock:
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"{self.path}: database schema version {version} is newer than "
                                   f"this readouts ({SCHEMA_VERSION}); upgrade readouts")
            with self.transaction():
                tokenizer = "trigram" if _has_trigram() else "unicode61"  # SQLite < 3.34: word tokens
                for stmt in _split_sql(SCHEMA.format(tokenizer=tokenizer, version=SCHEMA_VERSION)):
                    self.conn.execute(stmt)
                self._migrate()
                for stmt in _split_sql(POST_MIGRATION):
                    self.conn.execute(stmt)
                self._derive()
        sql = self.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()[0]
        self.trigram = "trigram" in sql

    def _migrate(self) -> None:
        """Bring a version-1 database up to date: add the new columns and fill them from
        what is stored (participant keys from the participants, one source per event)."""
        added = False
        for table, cols in MIGRATIONS.items():
            have = {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}
            for name, decl in cols:
                if name not in have:
                    self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
                    added = True
        if added:
            self.conn.execute(
                "UPDATE events SET pkey = (SELECT group_concat(k, ',') FROM (SELECT COALESCE(p.wikidata,"
                " 'name:' || p.name) AS k FROM event_participants p WHERE p.event_id = events.id ORDER BY k))")
            self.conn.execute("UPDATE event_participants SET person_id = wikidata WHERE person_id IS NULL")
            self.conn.execute("UPDATE events SET sources = (SELECT MAX(1, COUNT(DISTINCT m.doc_id))"
                              " FROM mentions m WHERE m.event_id = events.id)")
            self.conn.execute(
                "UPDATE mentions SET date_precision = (SELECT e.date_precision FROM events e WHERE e.id ="
                " mentions.event_id), location = (SELECT e.location FROM events e WHERE e.id ="
                " mentions.event_id), topics = (SELECT e.topics FROM events e WHERE e.id = mentions.event_id)")

    def _derive(self) -> None:
        """Create the derived data (DERIVED) and, in a database written before them, fill them."""
        c = self.conn
        have = {r[0]: r[1] for r in c.execute("SELECT name, sql FROM sqlite_master")}
        for name, col in PARTICIPANT_INDEXES.items():
            if name in have and "event_id" not in have[name]:
                c.execute(f"DROP INDEX {name}")
                c.execute(f"CREATE INDEX {name} ON event_participants({col}, event_id)")
        if "eff_date" not in {r[1] for r in c.execute("PRAGMA table_info(events)")}:
            c.execute("ALTER TABLE events ADD COLUMN eff_date TEXT")
            c.execute(f"UPDATE events SET eff_date = {_EFF_OF.format(e='events')}")
        if "eff_date" not in {r[1] for r in c.execute("PRAGMA table_info(event_participants)")}:
            c.execute("ALTER TABLE event_participants ADD COLUMN type TEXT")
            c.execute("ALTER TABLE event_participants ADD COLUMN eff_date TEXT")
            c.execute("UPDATE event_participants SET (type, eff_date) = (SELECT e.type, e.eff_date FROM events e"
                      " WHERE e.id = event_participants.event_id)")
        for stmt in DERIVED:
            c.execute(stmt)
        if "participant_names" not in have:
            c.execute(f"INSERT INTO participant_names SELECT {_NAME_VALUES.format(p='p')}, COUNT(*)"
                      " FROM event_participants p GROUP BY 1, 2, 3, 4, 5")
        if "event_counts" not in have:
            c.execute(f"INSERT INTO event_counts SELECT {_COUNT_VALUES.format(e='e')}, COUNT(*) FROM events e"
                      " GROUP BY 1, 2")
        if "pair_months" not in have:   # (pair_types follows, through its triggers)
            keys = f"SELECT DISTINCT event_id, {_PKEY.format(p='p')} AS k FROM event_participants p"
            c.execute(f"INSERT INTO pair_months SELECT x.k, y.k, {PAIR_MONTH.format(e='e')}, e.type, COUNT(*)"
                      f" FROM ({keys}) x JOIN ({keys}) y ON y.event_id = x.event_id JOIN events e ON e.id = x.event_id"
                      " GROUP BY 1, 2, 3, 4")
        elif "pair_types" not in have:
            c.execute("INSERT INTO pair_types SELECT a, b, type, SUM(n) FROM pair_months GROUP BY 1, 2, 3")
        for table, (col, expr) in FACET_DAYS.items():
            if table not in have:   # (from the participants' copies of their events' dates and types)
                c.execute(f"INSERT INTO {table} SELECT k, COALESCE(eff_date, ''), type, COUNT(*) FROM"
                          f" (SELECT DISTINCT event_id, {expr.format(p='p')} AS k, eff_date, type"
                          f" FROM event_participants p WHERE {expr.format(p='p')} IS NOT NULL) GROUP BY 1, 2, 3")
        for table, (source, keys) in MONTHS.items():
            if table not in have and source in have:   # (else filled through its triggers, as its source is)
                cols = "".join(f"{k}, " for k in keys)
                c.execute(f"INSERT INTO {table} SELECT {cols}substr(day, 1, 7), type, SUM(n) FROM {source}"
                          f" GROUP BY {', '.join(str(i + 1) for i in range(len(keys) + 2))}")
        if "document_counts" not in have:
            c.execute(f"INSERT INTO document_counts SELECT {_DOC_VALUES.format(e='d')}, COUNT(*) FROM documents d"
                      " GROUP BY 1, 2")

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

    def add(self, doc: Document, events: Iterable[Event], unresolved: Iterable = (),
            merge: bool = True) -> bool:
        """Store a document with its events in one transaction; each event joins the
        stored event of the same contact when there is one (merge=False: never).

        `unresolved`: the document's person mentions the gazetteer could not resolve
        (objects with surface, kind, office), kept for `readouts actors --unresolved`.
        Returns False (and changes nothing) when a document with the same id or the
        same content is already stored. Raises NoSpaceError (and stores nothing) when
        the disk is full."""
        events = list(events)
        with self._lock:
            if self._uncheckpointed >= CHECKPOINT_EVERY:
                self.checkpoint()
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                if c.execute("SELECT 1 FROM documents WHERE id = ? OR content_hash = ? LIMIT 1",
                             (doc.id, doc.content_hash)).fetchone():
                    c.execute("ROLLBACK")
                    return False
                self._insert_doc(doc)
                for ev in events:
                    self._insert_event(doc, ev, merge)
                for u in unresolved:
                    c.execute("INSERT OR IGNORE INTO unresolved (doc_id, surface, folded, kind, office, lang,"
                              " published) VALUES (?,?,?,?,?,?,?)",
                              (doc.id, u.surface, fold(u.surface), u.kind, u.office, doc.lang,
                               _iso(doc.published)))
                if _FAULT is not None:
                    _FAULT.at("txn")
                c.execute("COMMIT")
            except BaseException as e:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                full = _no_space(self.path, e)
                if full is not None:
                    raise full from e
                raise
            self._uncheckpointed += 1
            if _FAULT is not None:
                _FAULT.at("commit")
            return True

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file (PASSIVE: readers are not waited
        for). Raises NoSpaceError when the database file cannot grow; another failure is left
        to the next checkpoint, as SQLite's automatic one does (the log keeps everything)."""
        with self._lock:
            self._uncheckpointed = 0
            if _FAULT is not None:
                _FAULT.at("checkpoint-before")
            try:
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except sqlite3.Error as e:
                if _FAULT is not None:
                    _FAULT.at("checkpoint-failed")
                full = _no_space(self.path, e)
                if full is not None:
                    raise full from e
            if _FAULT is not None:
                _FAULT.at("checkpoint-after")

    def _insert_doc(self, doc: Document) -> None:
        c = self.conn
        row = document_row(doc, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        long_ = len(doc.text) > LONG_TEXT
        if long_:  # (see LONG_TEXT) room for the text's bytes now, the text written in pieces below
            row["text"] = sum(len(doc.text[k:k + LONG_TEXT].encode("utf-8"))
                              for k in range(0, len(doc.text), LONG_TEXT))
        rowid = c.execute(
            "INSERT INTO documents (id, content_hash, title, text, url, source, lang, published,"
            " published_from, origin, ingested_at) VALUES (:id, :content_hash, :title, "
            + ("CAST(zeroblob(:text) AS TEXT)" if long_ else ":text")
            + ", :url, :source, :lang, :published, :published_from, :origin, :ingested_at)", row).lastrowid
        if long_:
            with c.blobopen("documents", "text", rowid) as blob:
                for k in range(0, len(doc.text), LONG_TEXT):
                    blob.write(doc.text[k:k + LONG_TEXT].encode("utf-8"))
        if doc.title:
            c.execute("INSERT INTO search (body, kind, ref, doc_id) VALUES (?, 'title', ?, ?)",
                      (fold(doc.title), doc.id, doc.id))

    # ------------------------------------------------------------------ merging
    def _reports(self, event_id: str) -> list[merge.Report]:
        rows = self.conn.execute(
            "SELECT m.doc_id, e.type, m.date, m.date_precision, m.date_basis, m.published, m.initiator,"
            " m.location, m.location_country, m.topics FROM mentions m JOIN events e ON e.id = m.event_id"
            " WHERE m.event_id = ? ORDER BY m.id", (event_id,)).fetchall()
        return [merge.Report(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], json.loads(r[9] or "[]"))
                for r in rows]

    def _same_contact(self, pkey: str, report: merge.Report) -> tuple[str, list[merge.Report]] | None:
        """The stored event this report is another account of, if any, with its reports."""
        bounds = merge.window(report)
        args: list[Any] = [pkey, report.type]
        window = ""
        if bounds:
            window = " AND (date IS NULL OR date BETWEEN ? AND ?)"
            args += list(bounds)
        ids = self.conn.execute(f"SELECT id FROM events WHERE pkey = ? AND type = ?{window} ORDER BY rowid",
                                args).fetchall()
        return merge.closest(report, ((eid, self._reports(eid)) for (eid,) in ids))

    def _reconcile(self, event_id: str, reports: list[merge.Report]) -> None:
        """Recompute a merged event's fields from all its reports."""
        c = self.conn
        row = c.execute("SELECT json FROM events WHERE id = ?", (event_id,)).fetchone()
        conf = c.execute("SELECT MAX(confidence) FROM mentions WHERE event_id = ?", (event_id,)).fetchone()[0]
        d = merge.reconciled_event(json.loads(row[0]), reports, conf)
        c.execute("UPDATE events SET date = ?, date_precision = ?, date_basis = ?, initiator = ?, location = ?,"
                  " topics = ?, sources = ?, confidence = ?, date_hint = ?, json = ? WHERE id = ?",
                  (d["date"], d["date_precision"], d["date_basis"], d["initiator"], d["location"],
                   json.dumps(d["topics"], ensure_ascii=False), d["sources"], d["confidence"], d.get("date_hint"),
                   json.dumps(d, ensure_ascii=False), event_id))

    def _insert_event(self, doc: Document, ev: Event, merge_events: bool = True) -> None:
        c = self.conn
        d = ev.to_dict()
        pkey = ",".join(ev.participant_key())
        published = _iso(doc.published)
        report = merge.Report(doc.id, ev.type, ev.date, ev.date_precision, ev.date_basis, published,
                              ev.initiator, ev.location, ev.location_country, list(ev.topics))
        same = self._same_contact(pkey, report) if merge_events else None
        eid = same[0] if same else d["id"]
        joined = same is not None
        if not joined and not c.execute("SELECT 1 FROM events WHERE id = ?", (eid,)).fetchone():
            stored = dict(d)
            stored["mentions"] = []  # mentions live in their table (several documents)
            c.execute(
                "INSERT INTO events (id, type, date, date_precision, date_hint, initiator, location,"
                " topics, cameo, confidence, json, pkey, date_basis, location_country, sources)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
                (eid, d["type"], d.get("date"), d.get("date_precision"), d.get("date_hint"),
                 d.get("initiator"), d.get("location"), json.dumps(d.get("topics") or [], ensure_ascii=False),
                 d.get("cameo"), d.get("confidence"), json.dumps(stored, ensure_ascii=False), pkey,
                 ev.date_basis, ev.location_country))
            for i, p in enumerate(ev.participants):
                c.execute(
                    "INSERT INTO event_participants (event_id, position, name, name_folded, wikidata,"
                    " country, role, person_id) VALUES (?,?,?,?,?,?,?,?)",
                    (eid, i, p.name, searchable(p.name or ""), p.wikidata,
                     (p.country or None) and p.country.upper(), p.role, p.id))
        mentions = list(ev.mentions) or [EventMention(doc=doc.id, lang=doc.lang, published=None,
                                                      sentence="", start=None, end=None)]
        for row in mention_rows(doc, ev, eid, mentions):
            row["topics"] = json.dumps(row["topics"], ensure_ascii=False)
            cur = c.execute(
                "INSERT OR IGNORE INTO mentions (event_id, doc_id, lang, published, sentence, start,"
                ' "end", field, source, url, title, initiator, date, date_precision, date_basis, location,'
                " location_country, topics, confidence) VALUES (:event_id, :doc_id, :lang, :published,"
                " :sentence, :start, :end, :field, :source, :url, :title, :initiator, :date, :date_precision,"
                " :date_basis, :location, :location_country, :topics, :confidence)",
                row)
            if cur.rowcount and row["sentence"]:
                c.execute("INSERT INTO search (body, kind, ref, doc_id) VALUES (?, 'mention', ?, ?)",
                          (fold(row["sentence"]), cur.lastrowid, row["doc_id"]))
        if joined:
            self._reconcile(eid, same[1] + [report])

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

    def _where(self, *args, **filters) -> tuple[str, list[Any]]:
        return where_clause(self.trigram, *args, **filters)

    _ORDERS = {
        "date": f"{_EFF_DATE} IS NULL, {_EFF_DATE}, e.id",
        "-date": f"{_EFF_DATE} DESC, e.id",  # (undated events last: NULL is the smallest value)
        "confidence": "e.confidence DESC, e.id",
        "sources": "e.sources DESC, e.id",
        "id": "e.id",
    }

    def events(self, actor=None, country=None, type=None, since=None, until=None, topic=None,
               text=None, min_confidence=None, limit: int | None = None, offset: int = 0, order: str = "date") -> list[dict]:
        """Events matching all given filters, as Event.to_dict() dicts with all mentions.

        actor: participant name (case/accent-insensitive substring) or Wikidata id (a list
        means all of them); country: ISO3 of a participant; type: call|meeting|message;
        since/until: date or "YYYY-MM-DD", against the event date or, when it is null, the
        earliest mention's publication date; topic: substring of a topic; text: words that
        must all occur in a mention sentence or the document title (folded search);
        min_confidence: only events whose confidence is at least this (0–1)."""
        where, args = self._where(actor, country, type, since, until, topic, text, min_confidence)
        order_sql = self._ORDERS.get(order)
        if order_sql is None:
            raise ValueError(f"order must be one of {', '.join(self._ORDERS)}")
        if order == "date" and (since or until):
            order_sql = f"{_EFF_DATE}, e.id"  # no undated event matches: the eff_date index's order
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
              text=None, min_confidence=None) -> int:
        """How many events `events()` would return with these filters and no limit."""
        where, args = self._where(actor, country, type, since, until, topic, text, min_confidence)
        with self._lock:
            return self.conn.execute(f"SELECT COUNT(*) FROM events e{where}", args).fetchone()[0]

    def event(self, id: str) -> dict | None:
        """One event with all its mentions, or None."""
        with self._lock:
            rows = self.conn.execute("SELECT e.id, e.json FROM events e WHERE e.id = ?", (id,)).fetchall()
            return self._rows_to_dicts(rows)[0] if rows else None

    def resolve_id(self, prefix: str) -> list[str]:
        """Event ids equal to or starting with `prefix` (for abbreviated ids)."""
        if len(prefix) > 200:
            return []
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
                "participants": one("SELECT COUNT(DISTINCT COALESCE(person_id, name)) FROM event_participants"),
                "merged_events": one("SELECT COUNT(*) FROM events WHERE sources > 1"),
                "unresolved_mentions": one("SELECT COUNT(*) FROM unresolved"),
                "events_by_type": dict(c.execute("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC").fetchall()),
                "documents_by_lang": {k or "unknown": v for k, v in c.execute(
                    "SELECT lang, COUNT(*) FROM documents GROUP BY lang ORDER BY 2 DESC").fetchall()},
                "first_date": one("SELECT MIN(date) FROM events"),
                "last_date": one("SELECT MAX(date) FROM events"),
            }


class FilterError(ValueError):
    """An event filter too long or too many to run (the message names it)."""


# bounds on what a filter may hold: longer values are no names or search words, and a LIKE
# pattern or full-text query past SQLite's limits fails deep inside the database
MAX_FILTER_CHARS = {"actor": 200, "country": 16, "topic": 200, "text": 500}
MAX_ACTORS = 10


def check_filters(**filters) -> None:
    """Raise FilterError when a filter value is out of bounds (see MAX_FILTER_CHARS)."""
    for name, limit in MAX_FILTER_CHARS.items():
        value = filters.get(name)
        values = [value] if isinstance(value, str) else list(value or [])
        if name == "actor" and len(values) > MAX_ACTORS:
            raise FilterError(f"actor: at most {MAX_ACTORS} values (got {len(values)})")
        for v in values:
            if isinstance(v, str) and len(v) > limit:
                raise FilterError(f"{'q' if name == 'text' else name}: at most {limit} characters (got {len(v)})")
            # SQLite reads a LIKE pattern and a full-text query only up to a NUL: the filter would
            # mean something else (an empty pattern, every event) or fail inside FTS5
            if isinstance(v, str) and "\x00" in v:
                raise FilterError(f"{'q' if name == 'text' else name}: contains a NUL character")


def actor_match(p: str) -> str:
    """SQL condition on the participant `p` for one actor filter (any part of a name, a Wikidata id
    or a person key; its arguments: actor_args) in a database with the derived data: the few
    distinct names and ids that match, then the participants carrying them."""
    return (f"({p}.name_folded IN (SELECT name_folded FROM participant_names WHERE name_folded LIKE ? ESCAPE '\\')"
            f" OR {p}.wikidata IN (SELECT wikidata FROM participant_names WHERE lower(wikidata) = ?)"
            f" OR {p}.person_id IN (SELECT key FROM participant_names WHERE lower(key) = ?))")


def actor_args(actor: str) -> list[str]:
    """The arguments of actor_match (and of the actor condition of an older database)."""
    return ["%" + _like_escape(fold(actor.strip())) + "%", actor.strip().lower(), actor.strip().lower()]


def where_clause(trigram: bool, actor=None, country=None, type=None, since=None, until=None, topic=None,
                 text=None, min_confidence=None, *, derived: bool = True,
                 counts: bool = False, day: str = "c.day") -> tuple[str, list[Any]]:
    """WHERE clause (over `events e`) and its arguments for the event filters of
    Store.events(); trigram: whether the search table uses the trigram tokenizer;
    derived: whether the database has the derived data (DERIVED; a read-only older
    database may not); counts: the clause is over `event_counts c` instead, for the
    filters it can answer (type, since, until), its dates in the column `day` (c.month for the
    summaries of months, whose months compare to bounds of months and years as their dates
    do). Raises FilterError for a value out of bounds.

    Each filter is written so that SQLite can start from an index: a set of event ids
    (actor, country, text) or a range of effective dates (since, until)."""
    check_filters(actor=actor, country=country, topic=topic, text=text)
    if counts and any((actor, country, topic, text, min_confidence is not None)):
        raise ValueError("event_counts has no actors, countries, topics, texts or confidences")
    # (event_counts' day is '' for undated events: no date bound takes them, and a bare c.day
    # lets SQLite read a range of its primary key)
    eff = day if counts else _EFF_DATE if derived else _EFF_DATE_COMPUTED
    conds: list[str] = []
    args: list[Any] = []
    actors = [actor] if isinstance(actor, str) else list(actor or [])
    for a in actors:
        if not a or not a.strip():
            continue
        if derived:
            conds.append(f"e.id IN (SELECT p.event_id FROM event_participants p WHERE {actor_match('p')})")
        else:
            conds.append(
                "EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND"
                " (p.name_folded LIKE ? ESCAPE '\\' OR lower(p.wikidata) = ? OR lower(p.person_id) = ?))")
        args += actor_args(a)
    countries = [country] if isinstance(country, str) else list(country or [])
    for cc in countries:
        if cc:
            conds.append("e.id IN (SELECT p.event_id FROM event_participants p WHERE p.country = ?)")
            args.append(cc.strip().upper())
    if type:
        types = [type] if isinstance(type, str) else list(type)
        conds.append(f"{'c' if counts else 'e'}.type IN ({','.join('?' * len(types))})")
        args += [t.lower() for t in types]
    if since:
        # a coarse date ("2023-12") overlaps any day of its period: the dates from `since` on and
        # those of the year or month it starts with (dates are YYYY[-MM[-DD]]); the range lets
        # SQLite read an index
        s = _iso(since)
        periods = [s[:k] for k in (4, 7) if k < len(s) and s[k] < "~"]  # as ({eff} || '~') >= s
        conds.append(f"{eff} >= ? AND ({eff} >= ?{''.join(f' OR {eff} = ?' for _ in periods)})")
        args += [min([s] + periods), s] + periods
    if until:
        u = _iso(until)
        u += {4: "-12-31", 7: "-31"}.get(len(u), "")  # "2023" = up to the end of 2023
        conds.append(f"{eff} > '' AND {eff} <= ?" if counts else f"{eff} <= ?")
        args.append(u)
    if min_confidence is not None:
        conds.append("e.confidence >= ?")
        args.append(float(min_confidence))
    if topic:
        conds.append("EXISTS (SELECT 1 FROM json_each(e.topics) j WHERE instr(fold(j.value), ?) > 0)")
        args.append(fold(topic.strip()))
    if text and text.strip():
        match, extra, extra_args = _fts_query(text, trigram)
        if not match and not extra:
            extra = ["0"]
        where = " AND ".join((["search MATCH ?"] if match else []) + extra)
        hit_args = ([match] if match else []) + extra_args
        # the hits are found once (a table expression used twice is computed once), then looked
        # up by mention id and by document id rather than scanning all mentions; their kinds and
        # refs are read by rowid from the search table's content table (search_content: body,
        # kind, ref, doc_id are its c0-c3), which is faster than FTS5 reading them row by row.
        # (UNION ALL: the list of an IN holds each id once anyway; a UNION sorted them once more)
        conds.append(
            "e.id IN (WITH hits AS (SELECT c1 AS kind, c2 AS ref FROM search_content"
            f" WHERE id IN (SELECT rowid FROM search WHERE {where}))"
            " SELECT m.event_id FROM mentions m WHERE m.id IN (SELECT ref FROM hits WHERE kind = 'mention')"
            " UNION ALL SELECT m.event_id FROM mentions m WHERE m.doc_id IN (SELECT ref FROM hits WHERE kind = 'title'))")
        args += hit_args
    return (" WHERE " + " AND ".join(conds)) if conds else "", args


def _fts_query(text: str, trigram: bool) -> tuple[str | None, list[str], list[str]]:
    """FTS5 MATCH expression for a (folded) query; words too short for trigrams are
    checked with instr() instead."""
    words = [w.replace('"', "") for w in fold(text).split()]
    words = [w for w in words if w]
    long_ = [w for w in words if len(w) >= 3 or not trigram]
    short = [w for w in words if w not in long_]
    match = " AND ".join(f'"{w}"' for w in long_) or None
    extra = ["instr(body, ?) > 0" for _ in short]
    return match, extra, short


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
