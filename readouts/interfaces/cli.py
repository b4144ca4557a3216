"""The `readouts` command line (Typer + Rich).

stdout carries results only (JSON Lines / CSV / tables / counts); problems with the
input and progress go to stderr. Exit status: 0 when anything could be processed,
1 when nothing could (every input failed, no such event/database), 2 on usage errors.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import time
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from readouts import __version__
from readouts.interfaces import coercion, standards
from readouts.interfaces.export import CsvWriter, events_table, write_csv, write_jsonl
from readouts.pipeline.ingest import Notice, iter_documents, parse_period, parse_published
from readouts.pipeline.confidence import DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:
    from rich.console import Console

SAMPLES_DIR = Path(__file__).parent.parent / "samples"

coercion.install()      # (plain option values read without importing Pydantic)

app = typer.Typer(
    name="readouts",
    help="Diplomatic contact events (calls, meetings, messages) from news in Hebrew, Arabic and English.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    cameo = "cameo"
    plover = "plover"
    parquet = "parquet"


class EventType(str, Enum):
    call = "call"
    meeting = "meeting"
    message = "message"


def _version(value: bool):
    if value:
        typer.echo(f"readouts {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit."),
         gazetteer: Optional[list[str]] = typer.Option(
             None, "--gazetteer", "-g", metavar="FILE",
             help="An extra gazetteer file (same format as the bundled one); repeatable.")):
    """Diplomatic contact events (calls, meetings, messages) from news in Hebrew, Arabic and English.

    Input: .txt, .html/.htm, .jsonl/.jsonl.gz files ({"id","title","text" or "html","published",...}
    per line), directories of those, or - for standard input.
    """
    if gazetteer:
        for g in gazetteer:
            if not os.path.isfile(g):
                raise typer.BadParameter(f"no such file: {g}", param_hint="--gazetteer")
        env = os.environ.get("READOUTS_GAZETTEER")
        os.environ["READOUTS_GAZETTEER"] = os.pathsep.join(([env] if env else []) + list(gazetteer))


# --------------------------------------------------------------------------- helpers

def _err_console() -> Console:
    from rich.console import Console
    return Console(stderr=True)


def _date_option(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    d = parse_published(value)
    if d is None:
        raise typer.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)", param_hint=name)
    from readouts.model import EARLIEST_PUBLISHED, LATEST_PUBLISHED, plausible_published
    if not plausible_published(d):
        raise typer.BadParameter(f"{value!r} is no publication date (years {EARLIEST_PUBLISHED.year}-"
                                 f"{LATEST_PUBLISHED.year})", param_hint=name)
    return d


def _date_prefix_option(value: Optional[str], name: str) -> Optional[str]:
    """--since/--until: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return parse_period(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=name)


class Reporter:
    """Errors and progress on stderr: a live Rich progress display when stderr is a
    terminal; otherwise a line every so often, and only for long runs."""

    def __init__(self, label: str = "documents", enabled: bool = True, every: float = 15.0,
                 max_errors: int | None = None):
        self.label = label
        self.max_errors = max_errors
        self.errors = 0
        self.notices = 0
        self.n = 0
        self.start = time.monotonic()
        self.last = self.start
        self.every = every
        self.tty = enabled and sys.stderr.isatty()
        self.enabled = enabled
        self.progress = None
        self.task = None

    def __enter__(self) -> "Reporter":
        if self.tty:
            from rich.progress import (BarColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn)
            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                     TextColumn("{task.completed} " + self.label),
                                     TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                     console=_err_console(), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("reading", total=None, rate="")
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()
        total = self.errors + self.notices
        if self.max_errors is not None and total > self.max_errors:
            print(f"... and {total - self.max_errors} more input problems "
                  f"({total} in all; `readouts extract` lists them)", file=sys.stderr, flush=True)

    def error(self, msg: str) -> None:
        notice = isinstance(msg, Notice)     # the input was still read: no failure
        if notice:
            self.notices += 1
        else:
            self.errors += 1
        if self.max_errors is not None and self.errors + self.notices > self.max_errors:
            return
        if self.progress is not None:
            from rich.markup import escape
            self.progress.console.print(escape(msg), style="yellow" if notice else "red",
                                        highlight=False, soft_wrap=True)
        else:
            print(msg, file=sys.stderr, flush=True)

    def step(self, what: str = "") -> None:
        self.n += 1
        now = time.monotonic()
        if self.progress is not None:
            if now - self.last > 0.2:
                rate = self.n / max(now - self.start, 1e-9)
                self.progress.update(self.task, completed=self.n, description=what[-40:] or "reading",
                                     rate=f"{rate:.0f}/s")
                self.last = now
        elif self.enabled and now - self.last >= self.every:
            rate = self.n / max(now - self.start, 1e-9)
            print(f"... {self.n} {self.label} ({rate:.0f}/s) {what}", file=sys.stderr, flush=True)
            self.last = now


@contextlib.contextmanager
def _pipe_safe():
    """`readouts extract ... | head`: stop quietly when the reader goes away."""
    try:
        yield
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        raise typer.Exit(0)


def _extract_safe(doc, rep: Reporter, unresolved: list | None = None):
    """One document's events, or None when its extraction failed (reported on stderr)."""
    from readouts.pipeline import parallel  # (the extractor: loaded by the commands that extract, only)
    res = parallel.extract_one(doc, unresolved is not None)
    if res.error:
        rep.error(res.error)
        return None
    if unresolved is not None:
        unresolved.extend(res.unresolved)
    return res.events


def _open_store(db: str, must_exist: bool = True):
    from readouts.store.database import Store
    if must_exist and not os.path.exists(db):
        typer.echo(f"error: no database at {db} (create one with: readouts ingest PATH... --db {db})",
                   err=True)
        raise typer.Exit(1)
    try:
        return Store(db)
    except Exception as e:
        typer.echo(f"error: cannot open database {db}: {e}", err=True)
        raise typer.Exit(1)


# --------------------------------------------------------------------------- commands

@app.command()
def extract(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, directories, or - for stdin."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date for documents without one in their metadata."),
    fmt: OutFormat = typer.Option(OutFormat.jsonl, "--format", "-f", help="Output format."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, metavar="N",
                             help="Worker processes (0: one per core). The output is the same for any N."),
    min_confidence: float = typer.Option(
        DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0, metavar="P",
        help="Print only events whose confidence is at least P (0: all of them)."),
):
    """Print the contact events of every document (stateless; nothing is stored).

    Events go to stdout (one JSON object per line with --format jsonl, the default);
    problems with the input go to stderr as FILE:LINE: problem. Events less likely to be
    right than --min-confidence (0.45 by default, where F1 on fresh samples peaks) are left out.

    Examples:

      readouts extract article.txt --published 2024-03-12

      readouts extract corpus.jsonl.gz > events.jsonl

      cat page.html | readouts extract - --format table
    """
    from readouts.pipeline import parallel
    pub = _date_option(published, "--published")
    out = sys.stdout
    ok = 0
    table_events: list[dict] = []
    csvw = CsvWriter(out) if fmt == OutFormat.csv else None
    with _pipe_safe(), Reporter() as rep:
        def read():
            for doc in iter_documents(paths, published=pub, errors=rep.error):
                rep.step(doc.id)
                yield doc
        for res in parallel.extract_all(read(), jobs or parallel.default_jobs()):
            if res.error:
                rep.error(res.error)
                continue
            events = [e for e in res.events if e.confidence is None or e.confidence >= min_confidence]
            ok += 1
            if fmt == OutFormat.jsonl:
                write_jsonl(events, out)
                out.flush()
            elif fmt == OutFormat.csv:
                csvw.write(events)
            else:
                table_events.extend(e.to_dict() for e in events)
    if fmt == OutFormat.table:
        from rich.console import Console
        con = Console()
        con.print(events_table(table_events, title=f"{len(table_events)} events in {ok} documents",
                               show_sentence=con.width >= 120))
    if ok == 0:
        typer.echo("error: no document could be processed", err=True)
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, directories, or - for stdin."),
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file (created if missing)."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date for documents without one in their metadata."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, metavar="N",
                             help="Worker processes extracting events (0: one per core); one process writes. "
                                  "The database is the same for any N."),
):
    """Extract events and store documents + events in a database.

    Documents already stored (same id or same content) are skipped, so re-running
    an ingest is harmless; each document is stored with its events in one
    transaction, so an interrupted run can simply be restarted.

    Examples:

      readouts ingest articles/ --db news.db

      readouts ingest /data/ar-2018.jsonl.gz --db news.db

      readouts ingest note.txt --published 2024-03-12

    On a full disk the ingest stops (exit status 1); what was stored is kept.
    """
    from readouts.pipeline import parallel
    from readouts.store.database import NoSpaceError
    pub = _date_option(published, "--published")
    store = _open_store(db, must_exist=False)
    read = stored = dups = failed = n_events = 0
    interrupted = False
    no_space = None
    events_before = store.count()
    with store, Reporter() as rep:
        def fresh():
            nonlocal read, dups
            for doc in iter_documents(paths, published=pub, errors=rep.error):
                read += 1
                rep.step(doc.id)
                if store.has(doc):
                    dups += 1
                    continue
                yield doc
        try:
            for res in parallel.extract_all(fresh(), jobs or parallel.default_jobs(), want_unresolved=True):
                doc, events = res.doc, res.events
                if res.error:
                    rep.error(res.error)
                    failed += 1
                    continue
                try:
                    added = store.add(doc, events, res.unresolved)
                except NoSpaceError:
                    raise                       # every next document would fail too: stop
                except Exception as e:
                    rep.error(f"{doc.origin or doc.id}: cannot store: {type(e).__name__}: {e}")
                    failed += 1
                    continue
                if added:
                    stored += 1
                    n_events += len(events)
                else:
                    dups += 1
            store.checkpoint()                  # now: a disk too full for it shows here
        except KeyboardInterrupt:
            interrupted = True
        except NoSpaceError as e:
            no_space = e
        input_failed = rep.errors - failed
        in_db = store.count()
    failed_total = failed + input_failed
    # (reports of one contact, in one article or several, merge into one event in the database:
    # the counts differ)
    lines = [("documents read", read), ("stored", stored), ("skipped (duplicates)", dups),
             ("failed", failed_total), ("events extracted", n_events),
             ("new events in database", in_db - events_before), ("events in database", in_db)]
    if rep.notices:
        lines.insert(4, ("input warnings", rep.notices))
    w = max(len(k) for k, _ in lines)
    for k, v in lines:
        typer.echo(f"{k + ':':<{w + 1}} {v}")
    typer.echo(f"database: {db}")
    if no_space is not None:
        typer.echo(f"error: cannot write to the database {db}: {no_space.reason}; what was stored is intact:"
                   " make room and run the same command again", err=True)
        raise typer.Exit(1)
    if interrupted:
        typer.echo("interrupted: run the same command again to continue", err=True)
        raise typer.Exit(130)
    if read == 0 or (stored == 0 and dups == 0):
        typer.echo("error: no document could be processed", err=True)
        raise typer.Exit(1)


@app.command()
def watch(
    feeds: str = typer.Option(..., "--feeds", metavar="FILE", help="Feeds file: one feed URL a line (see above)."),
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file (created if missing)."),
    every: str = typer.Option("15m", "--every", metavar="DURATION", help="Time between polls: 30s, 15m, 1h, 1h30m."),
    once: bool = typer.Option(False, "--once", help="Poll every feed once and exit (for cron)."),
    delay: float = typer.Option(1.0, "--delay", min=0, metavar="SECONDS",
                                help="Politeness: time between two requests to the same host."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.01, metavar="SECONDS",
                                  help="Time to connect and to wait for data (a download takes at most 4 times it)."),
    retries: int = typer.Option(3, "--retries", min=0, max=10,
                                help="Further tries after a 5xx, 429 or timeout, waiting BACKOFF, 2×, 4×... seconds."),
    backoff: float = typer.Option(1.0, "--backoff", min=0, metavar="SECONDS", help="First wait before a retry."),
    max_mb: float = typer.Option(5.0, "--max-mb", min=0.001, metavar="MB", help="Largest feed or page downloaded."),
    max_attempts: int = typer.Option(3, "--max-attempts", min=1, max=100,
                                     help="Polls on which an item whose page and feed text failed is tried."),
    contact: Optional[str] = typer.Option(None, "--contact", envvar="READOUTS_CONTACT", metavar="URL",
                                          help="Your URL or e-mail, sent in the User-Agent so sites can reach you."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Log problems only (not every feed and item)."),
):
    """Watch news feeds: poll RSS/Atom feeds and ingest every new article into --db.

    The feeds file has one feed a line: its URL, then optional key=value fields:
    lang=he (the articles' language; default: the feed's, else detected) and
    outlet="Name" (the documents' source; default: the feed's title).
    Blank lines and # comments are ignored; bad lines are reported as FILE:LINE.

    Each new item's page is fetched and its main text, title and date extracted;
    when the page fails (404, not HTML, too large...) the feed's own text is
    stored instead. It is then ingested as `readouts ingest` does. What was seen
    is kept in the database, so a restarted watcher fetches nothing twice; failed
    items are tried again on the next polls. A summary follows each poll.
    Details: docs/WATCH.md.

    Examples:

      readouts watch --feeds feeds.txt --db news.db --every 15m

      readouts watch --feeds feeds.txt --db news.db --once -q     (from cron)

    A feeds file:

      # Hebrew and English news
      https://www.example.co.il/rss/news.xml lang=he outlet="Example Hadashot"
      https://www.example.com/world/atom.xml lang=en
    """
    try:
        from readouts.interfaces import watch as watching
    except ImportError as e:
        typer.echo(f"error: readouts watch needs {e.name}: pip install 'readouts[watch]'", err=True)
        raise typer.Exit(1)
    try:
        interval = watching.parse_interval(every)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--every")
    fetcher = watching.Fetcher(timeout=timeout, max_bytes=int(max_mb * 1_000_000), retries=retries,
                               backoff=backoff, delay=delay, contact=contact)
    with fetcher:
        code = watching.run(feeds, db, every=interval, once=once, fetcher=fetcher, max_attempts=max_attempts,
                            err_console=_err_console(), quiet=quiet)
    raise typer.Exit(code)


@app.command()
def events(
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file."),
    actor: Optional[list[str]] = typer.Option(None, "--actor", "-a",
                                              help="Participant name (any part, case/accent-insensitive) or Wikidata id; repeat for all of several."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="ISO3 code of a participant's country."),
    type_: Optional[EventType] = typer.Option(None, "--type", "-t", help="Event type."),
    since: Optional[str] = typer.Option(None, "--since", metavar="DATE", help="On or after (YYYY[-MM[-DD]])."),
    until: Optional[str] = typer.Option(None, "--until", metavar="DATE", help="On or before (YYYY[-MM[-DD]])."),
    topic: Optional[str] = typer.Option(None, "--topic", help="Topic (substring, case-insensitive)."),
    search: Optional[str] = typer.Option(None, "--search", "-s",
                                         help="Words in an evidence sentence or article title (niqqud/harakat/hamza-insensitive)."),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0, metavar="P",
        help="Only events at least this likely to be right (0–1; the confidence is calibrated on hand-labelled samples)."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, max=10**9,
                                        help="At most N events (table default: 100)."),
    fmt: OutFormat = typer.Option(OutFormat.table, "--format", "-f", help="Output format."),
):
    """List stored events, filtered.

    Dates without a known event date are compared by the article's publication date.

    Examples:

      readouts events --actor Netanyahu --type call --since 2023-10-07

      readouts events --country SAU --format csv > saudi.csv

      readouts events --search "נתניהו פוטין" --format jsonl

      readouts events --country ISR --min-confidence 0.7
    """
    from rich.console import Console
    since = _date_prefix_option(since, "--since")
    until = _date_prefix_option(until, "--until")
    filters = dict(actor=actor or None, country=country, type=type_.value if type_ else None,
                   since=since, until=until, topic=topic, text=search, min_confidence=min_confidence)
    from readouts.store.database import FilterError, check_filters
    try:
        check_filters(**filters)
    except FilterError as e:
        name, _, msg = str(e).partition(": ")
        raise typer.BadParameter(msg, param_hint={"q": "--search"}.get(name, f"--{name}"))
    store = _open_store(db)
    with store:
        if fmt == OutFormat.table:
            n = limit or 100
            evs = store.events(**filters, limit=n)
            total = store.count(**filters)
            con = Console()
            con.print(events_table(evs, title=f"{len(evs)} of {total} events", show_sentence=con.width >= 120))
            if total > len(evs):
                typer.echo(f"(showing {len(evs)} of {total}; use --limit or --format jsonl)", err=True)
            return
        evs = store.iter_events(**filters) if limit is None else store.events(**filters, limit=limit)
        with _pipe_safe():
            if fmt == OutFormat.jsonl:
                write_jsonl(evs, sys.stdout)
            else:
                write_csv(evs, sys.stdout)


@app.command()
def show(
    event_id: str = typer.Argument(..., metavar="EVENT_ID", help="Event id (or a unique prefix of it)."),
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file."),
    as_json: bool = typer.Option(False, "--json", help="Print the event as JSON instead."),
):
    """Show one event with every evidence sentence (document, outlet, date).

    Examples:

      readouts show ev-1f2e3d4c5b6a7988

      readouts show ev-1f2e --db news.db
    """
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.markup import escape
    store = _open_store(db)
    with store:
        ids = store.resolve_id(event_id)
        if not ids:
            typer.echo(f"error: no event {event_id} in {db}", err=True)
            raise typer.Exit(1)
        if len(ids) > 1:
            typer.echo(f"error: {event_id} is ambiguous: {', '.join(ids[:10])}", err=True)
            raise typer.Exit(1)
        ev = store.event(ids[0])
    if as_json:
        typer.echo(json.dumps(ev, ensure_ascii=False, indent=2))
        return
    con = Console()
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    parts = []
    for p in ev.get("participants") or []:
        extra = ", ".join(x for x in (p.get("name_latin"), p.get("role"), p.get("country"), p.get("wikidata")) if x)
        parts.append(escape(p["name"]) + (f" [dim]({escape(extra)})[/dim]" if extra else ""))
    date_s = ev.get("date") or "[dim]unknown[/dim]"
    if ev.get("date") and ev.get("date_precision") and ev["date_precision"] != "day":
        date_s += f" [dim]({ev['date_precision']})[/dim]"
    if ev.get("date_hint"):
        date_s += f" [dim]hint: {escape(ev['date_hint'])}[/dim]"
    rows = [("type", ev["type"]), ("participants", "\n".join(parts)),
            ("initiator", escape(ev.get("initiator") or "—")), ("date", date_s),
            ("location", escape(ev.get("location") or "—")),
            ("topics", escape(", ".join(ev.get("topics") or []) or "—")),
            ("CAMEO / PLOVER", f"{ev.get('cameo')} / {(ev.get('plover') or {}).get('event')} "
                               f"{(ev.get('plover') or {}).get('mode')}"),
            ("confidence", str(ev.get("confidence")))]
    for k, v in rows:
        head.add_row(k, v)
    con.print(Panel(head, title=f"[bold]{escape(ev['id'])}[/bold]", expand=False))
    mentions = ev.get("mentions") or []
    con.print(f"[bold]{len(mentions)} evidence sentence(s)[/bold]")
    for i, m in enumerate(mentions, 1):
        meta = " · ".join(escape(str(x)) for x in (m.get("doc"), m.get("source"), m.get("published"),
                                                  m.get("lang")) if x)
        con.print(f"[bold]{i}.[/bold] [cyan]{meta}[/cyan]")
        if m.get("title") and " ".join(m["title"].split()) != " ".join((m.get("sentence") or "").split()):
            con.print(f"   [dim]{escape(m['title'])}[/dim]")
        if m.get("url"):
            con.print(f"   [dim]{escape(m['url'])}[/dim]")
        if m.get("sentence"):
            con.print("   " + escape(" ".join(m["sentence"].split())))


@app.command("export")
def export_cmd(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="Output format."),
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0, metavar="P",
        help="Only events at least this likely to be right (0–1)."),
):
    """Write every stored event (with all mentions) as JSON Lines, CSV, CAMEO rows or PLOVER records.

    --format cameo writes tab-separated rows as ICEWS/GDELT users load them (source and target
    actor codes such as ISRGOV, CAMEO code 040-044, quad class, Goldstein value, sources, URLs);
    --format plover writes one JSON record per event (CONSULT with its mode, actors, recipients,
    sentences and URLs). docs/EXPORTS.md describes every field.

    Examples:

      readouts export --format jsonl --db news.db --output events.jsonl

      readouts export --format csv --min-confidence 0.7 > events.csv

      readouts export --format cameo --db news.db --output events.tsv
    """
    if fmt == ExportFormat.parquet:
        _export_parquet(db, output, min_confidence)
        return
    store = _open_store(db)
    with store:
        f = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        with _pipe_safe():
            n = standards.WRITERS[fmt.value][0](store.iter_events(min_confidence=min_confidence), f)
        if output:
            f.close()
    if output:
        typer.echo(f"{n} events written to {output}", err=True)


def _tables():
    """readouts.store.tables, or a clear exit when pyarrow is not installed."""
    try:
        from readouts.store import tables
    except ImportError:
        typer.echo("error: Parquet tables need pyarrow: pip install 'readouts[parquet]'", err=True)
        raise typer.Exit(1)
    return tables


def _export_parquet(db: str, output: Optional[str], min_confidence: Optional[float]) -> None:
    """The store's tables as Parquet under the directory `output` (docs/EXPORTS.md)."""
    if not output or min_confidence is not None:
        typer.echo("error: --format parquet writes every table of the database to a directory: give --output DIR"
                   " (and no --min-confidence)", err=True)
        raise typer.Exit(2)
    export_store = _tables().export_store
    with _open_store(db) as store:
        counts = export_store(store, output)
    typer.echo(", ".join(f"{n} {t}" for t, n in counts.items()) + f" written to {output}", err=True)


@app.command()
def load(
    directory: str = typer.Argument(..., metavar="DIR",
                                    help="Parquet tables written by readouts spark or export --format parquet."),
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file (created if missing)."),
):
    """Bring Parquet tables (readouts spark, export --format parquet) into a database.

    Documents are added one by one with their events, which merge with the stored ones as in
    an ingest; documents already stored are skipped, so an interrupted load can be run again.

    Example:

      readouts load out/ --db news.db && readouts serve --db news.db
    """
    from readouts.store.database import NoSpaceError
    load_tables, missing = _tables().load, _tables().missing
    lacking = missing(directory)
    if lacking:
        typer.echo(f"error: {directory}: no Parquet table {', '.join(lacking)} (write one with readouts spark"
                   " or readouts export --format parquet)", err=True)
        raise typer.Exit(1)
    store = _open_store(db, must_exist=False)
    with store, Reporter() as rep:
        try:
            counts = load_tables(directory, store, errors=rep.error)
        except KeyboardInterrupt:
            typer.echo("interrupted: run the same command again to continue", err=True)
            raise typer.Exit(130)
        except NoSpaceError as e:
            typer.echo(f"error: cannot write to the database {db}: {e.reason}; what was stored is intact:"
                       " make room and run the same command again", err=True)
            raise typer.Exit(1)
        in_db = store.count()
    typer.echo(f"documents read:          {counts['documents']}\nstored:                  {counts['stored']}\n"
               f"skipped (already there): {counts['skipped']}\nevents in database:      {in_db}\ndatabase: {db}")


@app.command()
def spark(
    paths: list[str] = typer.Argument(..., metavar="INPUT",
                                      help="JSON Lines, WARC or Parquet files, directories or globs: any path Spark "
                                           "reads (local, hdfs://, s3a://)."),
    output: str = typer.Option(..., "--output", "-o", metavar="DIR",
                               help="Directory (any path Spark writes) for the Parquet tables; replaced."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date for documents without one in their metadata."),
    master: Optional[str] = typer.Option(None, "--master", metavar="URL",
                                         help="Spark master (local[4], spark://host:7077, yarn); default: "
                                              "spark-submit's, else local[*]."),
    partitions: int = typer.Option(0, "--partitions", min=0, metavar="N",
                                   help="Partitions to extract in (0: four per core of the cluster)."),
    conf: list[str] = typer.Option([], "--conf", metavar="KEY=VALUE", help="A Spark setting (repeatable)."),
):
    """Extract and merge events with Apache Spark; write Parquet tables documents, events, mentions.

    The events are those `readouts ingest` of the same input would store (same ids, same merges).
    Needs PySpark (the spark extra of readouts) and Java 17; the README tells how to run it on a cluster.

    Examples:

      readouts spark news/2018/ --output out/ && readouts load out/ --db news.db

      readouts spark 's3a://bucket/cc-news/*.warc.gz' --output s3a://bucket/readouts/ --master yarn
    """
    pub = _date_option(published, "--published")
    settings = []
    for c in conf:
        key, eq, value = c.partition("=")
        if not eq or not key:
            raise typer.BadParameter(f"{c!r} is not KEY=VALUE", param_hint="--conf")
        settings.append((key, value))
    try:
        from readouts.interfaces import spark as spark_job
        session = spark_job.session(master, settings)
    except ImportError:
        typer.echo("error: readouts spark needs PySpark: pip install 'readouts[spark]'", err=True)
        raise typer.Exit(1)
    with Reporter() as rep:
        summary = spark_job.run(session, paths, output, published=pub, partitions=partitions or None,
                                errors=rep.error)
    typer.echo(f"input files:          {summary.inputs}\ndocuments read:       {summary.records}\n"
               f"stored:               {summary.stored}\nskipped (duplicates): {summary.duplicates}\n"
               f"failed:               {summary.failed}\nevents:               {summary.events}\n"
               f"mentions:             {summary.mentions}\noutput: {output}")
    if summary.stored == 0:
        typer.echo("error: no document could be processed", err=True)
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: str = typer.Argument(..., metavar="GOLD.jsonl", help="Gold file (shared/spec/EVENTS.md format)."),
    paths: list[str] = typer.Argument(..., metavar="PATH", help="The documents the gold file annotates."),
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="Publication date for documents without one."),
    show_errors: bool = typer.Option(False, "--errors", help="List every miss, spurious event and wrong date/initiator."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
    min_confidence: float = typer.Option(
        DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0, metavar="P",
        help="Score only events whose confidence is at least P, as `readouts extract` prints them (0: all)."),
):
    """Extract events from PATH and score them against GOLD.

    Prints precision / recall / F1 per language and overall, date accuracy,
    initiator accuracy and invented dates. Only documents named in GOLD are
    extracted and scored.

    Examples:

      readouts eval ../shared/gold/seeds.jsonl ../shared/seeds/

      readouts eval ../shared/gold/dev.jsonl ../shared/corpus/ --errors
    """
    from rich.console import Console
    from rich.table import Table
    from readouts.interfaces.evaluate import load_gold, score
    pub = _date_option(published, "--published")
    try:
        gold_docs = load_gold(gold)
    except (OSError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)
    wanted = {g["doc"] for g in gold_docs}
    system: list[dict] = []
    seen: set[str] = set()
    with Reporter(max_errors=5) as rep:
        for doc in iter_documents(paths, published=pub, errors=rep.error):
            rep.step(doc.id)
            if doc.id not in wanted or doc.id in seen:
                continue
            seen.add(doc.id)
            evs = _extract_safe(doc, rep)
            system.extend(e.to_dict() for e in evs or [] if e.confidence is None or e.confidence >= min_confidence)
    if not seen:
        typer.echo("error: none of the gold documents was found in the inputs", err=True)
        raise typer.Exit(1)
    missing = wanted - seen
    if missing:
        typer.echo(f"warning: {len(missing)} gold document(s) not found in the inputs "
                   f"(their events count as missed): {', '.join(sorted(missing)[:5])}"
                   + (" ..." if len(missing) > 5 else ""), err=True)
    res = score(gold_docs, system)
    if show_errors:
        for e in res["errors"]:
            typer.echo(f"{e.kind:16} {e.doc}: {e.brief()}")
    if as_json:
        typer.echo(json.dumps({"overall": res["overall"], "by_lang": res["by_lang"]}, ensure_ascii=False))
        return
    from rich import box
    t = Table(title="readouts eval", header_style="bold", box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False,
              collapse_padding=True,
              caption="date, init: accuracy (events judged); inv: invented dates")
    for col in ("lang", "docs", "tp", "fp", "fn", "P", "R", "F1", "date", "init", "inv"):
        t.add_column(col, justify="left" if col == "lang" else "right", no_wrap=True)

    def fmt_n(x):
        return "—" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))

    def add(name, r, style=None):
        t.add_row(name, str(r["docs"]), str(r["tp"]), str(r["fp"]), str(r["fn"]), fmt_n(r["precision"]),
                  fmt_n(r["recall"]), fmt_n(r["f1"]),
                  f"{fmt_n(r['date_accuracy'])} ({r['dated_events']})",
                  f"{fmt_n(r['initiator_accuracy'])} ({r['initiator_events']})",
                  str(r["invented_dates"]), style=style)

    for lang, r in res["by_lang"].items():
        add(lang, r)
    t.add_section()
    add("all", res["overall"], style="bold")
    Console().print(t)


@app.command()
def stats(db: str = typer.Option("readouts.db", "--db", help="SQLite database file.")):
    """Counts of documents, events and mentions in a database.

    Example:

      readouts stats --db news.db
    """
    store = _open_store(db)
    with store:
        typer.echo(json.dumps(store.stats(), ensure_ascii=False, indent=2))


@app.command()
def actors(
    name: Optional[str] = typer.Argument(None, help="A name in any script or language, or a gazetteer id."),
    unresolved: bool = typer.Option(False, "--unresolved",
                                    help="List the most frequent person mentions in --db the gazetteer could not resolve."),
    coverage: bool = typer.Option(False, "--coverage", help="Show which offices the gazetteer covers, and its gaps."),
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file (for --unresolved)."),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="How many unresolved mentions to list."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
):
    """Look up persons in the gazetteer, list unresolved mentions, or show coverage.

    Examples:

      readouts actors Netanyahu            (also: נתניהו, نتنياهو, Нетаньяху, Q43723)

      readouts actors --unresolved --db news.db -n 50

      readouts actors --coverage
    """
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.markup import escape
    from readouts.knowledge.gazetteer import default as default_gazetteer
    gaz = default_gazetteer()
    con = Console()
    if unresolved:
        _unresolved(db, limit, as_json, gaz, con)
        return
    if coverage:
        _coverage(gaz, as_json, con)
        return
    if not name:
        typer.echo("error: give a NAME, --unresolved or --coverage (see readouts actors --help)", err=True)
        raise typer.Exit(2)
    found = [gaz.persons[name]] if name in gaz.persons else gaz.search(name)
    if not found:
        typer.echo(f"no person named {name!r} in the gazetteer", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps([_person_json(gaz, p) for p in found[:10]], ensure_ascii=False, indent=2))
        return
    for p in found[:5]:
        t = Table(show_header=True, header_style="bold", box=None)
        t.add_column("office")
        t.add_column("key", style="dim")
        t.add_column("from")
        t.add_column("to")
        for o in sorted(p.offices, key=lambda o: o.start or date.min, reverse=True):
            t.add_row(escape(o.title or gaz.label(o.key)), o.key, o.start.isoformat() if o.start else "?",
                      o.end.isoformat() if o.end else ("?" if o.end is None and o.start is None else "in office"))
        lines = [f"[bold]{escape(p.name)}[/bold]  id {p.id}  wikidata {p.wikidata or '-'}  "
                 f"{p.country or ''}  {p.gender or ''}"]
        for lang in sorted(set(p.names) | set(p.short)):
            forms = p.names.get(lang, []) + [f"({s})" for s in p.short.get(lang, [])]
            lines.append(f"  {lang}: " + escape(", ".join(forms)))
        con.print(Panel("\n".join(lines), title=p.source or "", expand=False))
        if p.offices:
            con.print(t)
    if len(found) > 5:
        con.print(f"... and {len(found) - 5} more; be more specific")


def _person_json(gaz, p) -> dict:
    return {"id": p.id, "name": p.name, "wikidata": p.wikidata, "gender": p.gender, "country": p.country,
            "names": p.names, "short": p.short,
            "offices": [{"office": o.key, "label": o.title or gaz.label(o.key),
                         "start": o.start.isoformat() if o.start else None,
                         "end": o.end.isoformat() if o.end else None} for o in p.offices]}


def _unresolved(db: str, limit: int, as_json: bool, gaz, con: Console) -> None:
    from rich.table import Table
    from rich.markup import escape
    store = _open_store(db)
    with store:
        rows = store.conn.execute(
            "SELECT kind, CASE WHEN kind = 'role' THEN office ELSE folded END AS k,"
            " COUNT(DISTINCT doc_id) AS docs, group_concat(DISTINCT lang) AS langs,"
            " MIN(published) AS first, MAX(published) AS last"
            " FROM unresolved GROUP BY kind, k ORDER BY docs DESC, k LIMIT ?", (limit,)).fetchall()
        out = []
        for r in rows:
            surface, office = store.conn.execute(
                "SELECT surface, (SELECT office FROM unresolved u2 WHERE u2.kind = u.kind AND (CASE WHEN"
                " u2.kind = 'role' THEN u2.office ELSE u2.folded END) = ? GROUP BY office ORDER BY COUNT(*) DESC"
                " LIMIT 1) FROM unresolved u WHERE kind = ? AND (CASE WHEN kind = 'role' THEN office"
                " ELSE folded END) = ? GROUP BY surface ORDER BY COUNT(*) DESC LIMIT 1",
                (r["k"], r["kind"], r["k"])).fetchone()
            out.append({"mention": surface, "kind": r["kind"], "office": office,
                        "office_label": gaz.label(office) if office else None,
                        "documents": r["docs"], "languages": r["langs"], "first": r["first"], "last": r["last"]})
    if as_json:
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    t = Table(title=f"most frequent unresolved person mentions in {db}", header_style="bold")
    for col in ("#", "mention", "kind", "office", "docs", "lang", "dates"):
        t.add_column(col)
    for i, u in enumerate(out, 1):
        t.add_row(str(i), escape(u["mention"]), u["kind"], escape(u["office_label"] or ""), str(u["documents"]),
                  u["languages"] or "", f"{u['first'] or '?'} … {u['last'] or '?'}")
    con.print(t)
    if not out:
        con.print("no unresolved mentions (or the database was built before readouts recorded them)")


def _coverage(gaz, as_json: bool, con: Console) -> None:
    from rich.table import Table
    from rich.markup import escape
    from readouts.knowledge import coverage as cov
    rep = cov.report(gaz)
    offices = [o for e in rep for o in e.offices]
    summary = {scope: {"offices": len(os_), "without_gaps": sum(1 for o in os_ if not o.gaps),
                       "holders": len({h for o in os_ for h in o.holders})}
               for scope, os_ in (("required", [o for o in offices if o.required]),
                                  ("wider", [o for o in offices if not o.required]))}
    if as_json:
        typer.echo(json.dumps({"entities": [{"code": e.code, "persons": e.persons, "offices": [
            {"office": o.key, "since": o.since.isoformat(), "required": o.required, "holders": len(o.holders),
             "gaps": [[a.isoformat(), b.isoformat()] for a, b in o.gaps]}
            for o in e.offices]} for e in rep], "persons": len(gaz.persons), "summary": summary,
            "names": cov.names_per_language(gaz)}, indent=2))
        return
    t = Table(title="gazetteer coverage (readouts/data/coverage.toml): required core since 2000; wider scope: "
                    "every state's leaders, foreign and defence ministers since 2000, and below the cabinet since 2010",
              header_style="bold")
    for col in ("country/org", "required covered", "wider covered", "holders", "persons", "gaps (no holder known)"):
        t.add_column(col)
    for e in rep:
        req = [o for o in e.offices if o.required]
        wide = [o for o in e.offices if not o.required]
        gaps = "; ".join(f"{o.key.split('.', 1)[1]} {a.isoformat()}…{b.isoformat()}"
                         for o in e.offices for a, b in o.gaps)
        t.add_row(e.code, f"{sum(1 for o in req if not o.gaps)}/{len(req)}" if req else "",
                  f"{sum(1 for o in wide if not o.gaps)}/{len(wide)}" if wide else "",
                  str(sum(len(o.holders) for o in e.offices)), str(e.persons), escape(gaps))
    con.print(t)
    for scope, v in summary.items():
        con.print(f"{scope}: {v['without_gaps']} of {v['offices']} offices without gaps, {v['holders']} holders")
    names = cov.names_per_language(gaz)
    con.print(f"persons: {len(gaz.persons)}   names (full + short) per language: "
              + ", ".join(f"{k} {v}" for k, v in names.items()))


@app.command("import-petrarch")
def import_petrarch(
    path: str = typer.Argument(..., metavar="FILE", help="A PETRARCH/TABARI .actors dictionary."),
    out: str = typer.Option(..., "--out", "-o", help="Gazetteer file (JSON Lines) to write."),
):
    """Convert a PETRARCH/TABARI actor dictionary into a gazetteer file of your own.

    Persons already in the gazetteer keep their ids (the file adds English aliases and
    dated roles to them); the others get local X- ids. Load the file with
    READOUTS_GAZETTEER=FILE or `readouts --gazetteer FILE ...`.

    Example:

      readouts import-petrarch Phoenix.Countries.actors.txt -o petrarch.jsonl
    """
    from readouts.knowledge.gazetteer import default as default_gazetteer
    from readouts.knowledge.petrarch import convert_file
    try:
        records, stats = convert_file(path, default_gazetteer())
    except OSError as e:
        typer.echo(f"error: {path}: {e.strerror or e}", err=True)
        raise typer.Exit(1)
    if not records:
        typer.echo(f"error: {path}: no persons found (is it a TABARI .actors file?)", err=True)
        raise typer.Exit(1)
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for k, v in stats.items():
        typer.echo(f"{k + ':':<16} {v}")
    typer.echo(f"written: {out} ({len(records)} records); use it with READOUTS_GAZETTEER={out}")


@app.command()
def demo(db: str = typer.Option("readouts-demo.db", "--db", help="Database to create or reuse.")):
    """Ingest the bundled sample articles (readouts/samples/) and show their events.

    The samples are short invented articles in Hebrew, Arabic and English,
    including a denied and a planned contact that must not become events.

    Example:

      readouts demo && readouts show <EVENT_ID> --db readouts-demo.db
    """
    from rich.console import Console
    from readouts.store.database import Store
    files = sorted(str(p) for p in SAMPLES_DIR.iterdir()
                   if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".jsonl"))
    if not files:
        typer.echo(f"error: no sample articles in {SAMPLES_DIR}", err=True)
        raise typer.Exit(1)
    stored = dups = 0
    with Store(db) as store, Reporter() as rep:
        for doc in iter_documents(files, errors=rep.error):
            if store.has(doc):
                dups += 1
                continue
            unresolved: list = []
            evs = _extract_safe(doc, rep, unresolved)
            if evs is not None and store.add(doc, evs, unresolved):
                stored += 1
        evs = store.events()
        st = store.stats()
    con = Console()
    con.print(events_table(evs, title=f"{len(evs)} events from {st['documents']} sample articles",
                           show_sentence=con.width >= 120))
    typer.echo(f"database: {db} ({stored} documents added, {dups} already there)")
    if not evs:
        typer.echo("no events found: the extraction engine (readouts.pipeline.extractor) found none", err=True)
    else:
        typer.echo(f"try: readouts show {evs[0]['id']} --db {db}")


@app.command()
def serve(
    db: str = typer.Option("readouts.db", "--db", help="SQLite database file (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    allow_host: Optional[list[str]] = typer.Option(
        None, "--allow-host", metavar="NAME",
        help="Also answer requests addressed to this host name (repeatable; '*' for any). By default "
             "only localhost, 127.0.0.1, ::1 and the --host address are accepted."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, max=64,
        help="Server processes answering requests, each with its own read-only connections, all sharing "
             "one answer cache (default: one per CPU core)."),
):
    """Explore a database in the browser: web explorer at / and a read-only JSON API
    under /api (documentation at /docs).

    Requests whose Host header names another host are refused (400), so a web page elsewhere
    cannot read the API through DNS rebinding; serving on a network name needs --allow-host.

    Examples:

      readouts serve --db news.db

      readouts serve --db news.db --port 8080

      readouts serve --db news.db --host 0.0.0.0 --allow-host news.example.org

      readouts serve --db news.db --workers 4
    """
    import sqlite3

    import uvicorn

    from readouts.interfaces.api import SERVE_ENV, allowed_hosts, create_app, steady_malloc
    if not os.path.isfile(db):
        typer.echo(f"error: no database at {db} (create one with: readouts ingest PATH... --db {db})", err=True)
        raise typer.Exit(1)
    hosts = allowed_hosts(host, allow_host or [])
    try:
        web = create_app(db, hosts=hosts)   # (checked here, so that a bad database is one message)
    except (ValueError, sqlite3.Error) as e:
        typer.echo(f"error: cannot serve {db}: {e}", err=True)
        raise typer.Exit(1)
    workers = workers or os.cpu_count() or 1
    typer.echo(f"readouts: serving {db} (read-only) at http://{host}:{port}/ with {workers} worker"
               f"{'s' if workers > 1 else ''}  (API docs: /docs; Ctrl+C stops)", err=True)
    # (a client that reuses a kept-alive connection just as the server closes it sees its request
    # fail: uvicorn's 5 s made that happen under load; a page's requests come seconds apart)
    keep_alive = 30
    if workers == 1:
        steady_malloc()
        uvicorn.run(web, host=host, port=port, log_level="warning", timeout_keep_alive=keep_alive)
        return
    # each worker process builds the same app (readouts.interfaces.api.app_from_env) from these arguments;
    # uvicorn kills a worker that does not answer its health check in time, with the requests it
    # is serving: on a busy machine a worker may take more than uvicorn's 5 s to answer (see
    # timeout_worker_healthcheck below). The workers share one answer cache (api.SharedAnswers): a file in a
    # directory of this run's own, removed when it stops, with the room of one cache per worker
    import shutil
    import tempfile

    from readouts.interfaces.api import CACHE_BYTES, CACHE_SECONDS, SharedAnswers
    shm = "/dev/shm"
    run_dir = tempfile.mkdtemp(prefix="readouts-serve-",
                               dir=shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None)
    try:
        cache = os.path.join(run_dir, "answers.sqlite")
        SharedAnswers(cache, CACHE_BYTES * workers, CACHE_SECONDS).close()   # (its tables made once)
        os.environ[SERVE_ENV] = json.dumps({"db_path": os.path.abspath(db), "hosts": hosts,
                                            "shared_cache": cache, "shared_bytes": CACHE_BYTES * workers})
        uvicorn.run("readouts.interfaces.api:app_from_env", factory=True, workers=workers, host=host, port=port,
                    log_level="warning", timeout_keep_alive=keep_alive, timeout_worker_healthcheck=60)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    app()
