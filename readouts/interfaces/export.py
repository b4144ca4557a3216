"""Writing events (dicts in the `Event.to_dict()` format) as JSON Lines, CSV, or a Rich table."""
from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, Any, Iterable, TextIO

from readouts.model import Event

if TYPE_CHECKING:
    from rich.table import Table

CSV_COLUMNS = [
    "id", "type", "date", "date_precision", "participants", "wikidata", "countries", "initiator",
    "location", "topics", "cameo", "plover_event", "plover_mode", "confidence", "n_mentions", "docs",
    "first_sentence",
]
FORMATS = ("jsonl", "csv", "table")


def as_dict(ev: Event | dict) -> dict[str, Any]:
    return ev.to_dict() if isinstance(ev, Event) else ev


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _unique(values: Iterable[Any]) -> list[Any]:
    seen, out = set(), []
    for v in values:
        if v not in (None, "") and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def flatten(ev: Event | dict) -> dict[str, Any]:
    """One CSV row (CSV_COLUMNS) for an event; lists are joined with '; '."""
    d = as_dict(ev)
    parts = d.get("participants") or []
    mentions = d.get("mentions") or []
    plover = d.get("plover") or {}
    first = next((m.get("sentence") for m in mentions if m.get("sentence")), "") or ""
    return {
        "id": d.get("id") or "",
        "type": d.get("type") or "",
        "date": d.get("date") or "",
        "date_precision": d.get("date_precision") or "",
        "participants": _join(p.get("name") for p in parts),
        "wikidata": _join(p.get("wikidata") for p in parts),
        "countries": _join(_unique(p.get("country") for p in parts)),
        "initiator": d.get("initiator") or "",
        "location": d.get("location") or "",
        "topics": _join(d.get("topics") or []),
        "cameo": d.get("cameo") or "",
        "plover_event": plover.get("event") or "",
        "plover_mode": plover.get("mode") or "",
        "confidence": "" if d.get("confidence") is None else d.get("confidence"),
        "n_mentions": len(mentions),
        "docs": _join(_unique(m.get("doc") for m in mentions)),
        "first_sentence": " ".join(first.split()),
    }


def write_jsonl(events: Iterable[Event | dict], out: TextIO, flush: bool = False) -> int:
    """One JSON object per line (UTF-8, not ASCII-escaped). Returns the count written."""
    n = 0
    for ev in events:
        out.write(json.dumps(as_dict(ev), ensure_ascii=False) + "\n")
        n += 1
        if flush:
            out.flush()
    return n


class CsvWriter:
    """Incremental CSV writer: header once, then rows as events come."""

    def __init__(self, out: TextIO, header: bool = True):
        self.w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        if header:
            self.w.writeheader()

    def write(self, events: Iterable[Event | dict]) -> int:
        n = 0
        for ev in events:
            self.w.writerow(flatten(ev))
            n += 1
        return n


def write_csv(events: Iterable[Event | dict], out: TextIO) -> int:
    return CsvWriter(out).write(events)


def _short_date(d: dict) -> str:
    if d.get("date"):
        return d["date"]
    pubs = sorted(m.get("published") for m in d.get("mentions") or [] if m.get("published"))
    return f"[dim]({pubs[0]})[/dim]" if pubs else "[dim]?[/dim]"


def events_table(events: Iterable[Event | dict], title: str | None = None,
                 show_sentence: bool = True) -> Table:
    """A Rich table: id, type, date (publication date in brackets when unknown),
    participants (initiator marked with →), location, topics, sources, evidence."""
    from rich.table import Table       # (not imported by the other formats)
    t = Table(title=title, show_lines=False, header_style="bold", expand=False)
    t.add_column("id", style="dim", no_wrap=True)
    t.add_column("type")
    t.add_column("date", no_wrap=True)
    t.add_column("participants", min_width=16)
    t.add_column("where", max_width=16)
    t.add_column("topics", max_width=24)
    t.add_column("docs", justify="right")
    if show_sentence:
        t.add_column("evidence", overflow="fold", ratio=1, min_width=30)
    style = {"call": "cyan", "meeting": "green", "message": "magenta"}
    from rich.markup import escape
    for ev in events:
        d = as_dict(ev)
        init = d.get("initiator")
        names = [("→ " if p.get("name") == init else "") + escape(p.get("name") or "")
                 for p in d.get("participants") or []]
        mentions = d.get("mentions") or []
        docs = _unique(m.get("doc") for m in mentions)
        row = [escape(d.get("id") or ""), f"[{style.get(d.get('type'), 'white')}]{d.get('type')}[/]",
               _short_date(d), "\n".join(names), escape(d.get("location") or ""),
               escape(", ".join(d.get("topics") or [])), str(len(docs))]
        if show_sentence:
            first = next((m.get("sentence") for m in mentions if m.get("sentence")), "") or ""
            first = " ".join(first.split())
            row.append(escape(first[:160] + ("…" if len(first) > 160 else "")))
        t.add_row(*row)
    return t


def write(events: Iterable[Event | dict], fmt: str, out: TextIO, console=None) -> int:
    """Write events in `fmt` (jsonl | csv | table). Returns the count written."""
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "csv":
        return write_csv(events, out)
    if fmt == "table":
        from rich.console import Console
        evs = [as_dict(e) for e in events]
        con = console or Console(file=out)
        con.print(events_table(evs, show_sentence=con.width >= 120))
        return len(evs)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
