"""Read-only HTTP API and web explorer over a readouts database.

    readouts serve --db news.db          # http://127.0.0.1:8000/  (API docs: /docs)

`create_app(db_path)` builds the FastAPI app: JSON endpoints under /api (SQL in
readouts.queries), the static explorer page (readouts/web, with its vendored
libraries) at /. The database is opened read-only (SQLite mode=ro, query_only);
the API has GET endpoints only.
"""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Annotated, Iterator, Literal, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from . import __version__, atom, queries, standards
from .ingest import parse_period
from .store import FilterError
from .gazetteer import default as gazetteer   # loaded once, on the first actor request

WEB_DIR = Path(__file__).parent / "web"
MAX_LIMIT = 500
MAX_OFFSET = 10**9

# The explorer inserts article text as text only; this policy is a second line of defence.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


def _date_param(value: Optional[str], name: str) -> Optional[str]:
    try:
        return parse_period(value)
    except ValueError as e:
        raise HTTPException(422, f"{name}: {e}")


class EventFilters:
    """The filters of `readouts events`, as query parameters."""

    def __init__(
        self,
        actor: Annotated[Optional[list[str]], Query(
            description="Participant name (any part, case/accent-insensitive), Wikidata id or person key "
                        "(gazetteer id such as Q7747, or name:NAME); repeat for events with all of them.")] = None,
        country: Annotated[Optional[str], Query(description="ISO3 code of a participant's country.")] = None,
        type: Annotated[Optional[Literal["call", "meeting", "message"]], Query(description="Event type.")] = None,
        since: Annotated[Optional[str], Query(description="On or after (YYYY[-MM[-DD]]).")] = None,
        until: Annotated[Optional[str], Query(description="On or before (YYYY[-MM[-DD]]).")] = None,
        topic: Annotated[Optional[str], Query(description="Topic (substring, case-insensitive).")] = None,
        q: Annotated[Optional[str], Query(
            description="Words in an evidence sentence or article title (niqqud/harakat/hamza-insensitive).")] = None,
        min_confidence: Annotated[Optional[float], Query(
            ge=0.0, le=1.0, description="Only events at least this likely to be right (0–1; see "
                                        "`confidence` in the event format).")] = None,
    ):
        self.values = dict(
            actor=[a for a in (actor or []) if a and a.strip()] or None,
            country=(country or "").strip() or None, type=type,
            since=_date_param(since, "since"), until=_date_param(until, "until"),
            topic=(topic or "").strip() or None, text=(q or "").strip() or None, min_confidence=min_confidence)


def _found(value, missing: str):
    """The value a query found, or a 404 saying what was missing."""
    if value is None:
        raise HTTPException(404, missing)
    return value


def _db(request: Request) -> Iterator[sqlite3.Connection]:
    """One read-only connection per request (requests run in a thread pool)."""
    conn = queries.connect(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(_db)]
Filters = Annotated[EventFilters, Depends()]


# names a local server answers to; any other Host header is refused, so a web page on another
# site cannot reach the API through DNS rebinding
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def allowed_hosts(bind: str | None = None, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Host names to accept: the local names, the address the server binds to (unless it binds
    every address) and those the user adds; "*" anywhere accepts any host."""
    hosts = list(LOCAL_HOSTS)
    if bind and bind not in ("0.0.0.0", "::", ""):
        hosts.append(bind)
    hosts += [h.strip() for h in extra if h and h.strip()]
    return list(dict.fromkeys(hosts))


def _docs_csp(html: str) -> str:
    """The policy for the API docs page: the explorer's, plus the hash of the page's one inline
    script (Swagger UI's start-up call), so nothing else inline can run there."""
    import base64
    import hashlib
    import re

    inline = re.findall(r"<script>(.*?)</script>", html, re.S)
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(x.encode("utf-8")).digest()).decode() + "'"
                      for x in inline)
    return CSP.replace("script-src 'self'", f"script-src 'self' {hashes}".rstrip())


def create_app(db_path: str | Path, hosts: list[str] | None = None) -> FastAPI:
    """The API + explorer over the database at db_path (which must exist); `hosts`: the Host
    header values to accept (default: allowed_hosts(), the local names)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no database at {db_path} (create one with: readouts ingest PATH... --db {db_path})")
    probe = queries.connect(db_path)  # fail now, not on the first request, if it is no readouts db
    try:
        schema = queries.Schema(probe)
    finally:
        probe.close()
    if not schema.has_person_id:
        raise ValueError(f"{db_path} was written by an older readouts; upgrade it once with "
                         f"`readouts stats --db {db_path}` (that migrates it), then serve it again")

    app = FastAPI(
        title="readouts",
        version=__version__,
        description="Diplomatic contact events (calls, meetings, messages) extracted from news. Read-only.",
        docs_url=None,  # served below from the bundled Swagger UI, so /docs works offline
    )
    app.state.db_path = str(db_path)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    hosts = allowed_hosts() if hosts is None else hosts
    if "*" not in hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)

    def docs_page():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="readouts API",
                                   swagger_js_url="/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger-ui.css",
                                   swagger_favicon_url="/favicon.svg")

    docs_csp = _docs_csp(bytes(docs_page().body).decode("utf-8"))

    @app.middleware("http")
    async def headers(request: Request, call_next):
        resp = await call_next(request)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        resp.headers.setdefault("Content-Security-Policy",
                                docs_csp if request.url.path == "/docs" else CSP)
        return resp

    @app.get("/api/events", tags=["events"], summary="Events matching the filters, one page")
    def list_events(conn: Conn, f: Filters,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                    sort: Annotated[Literal["date", "-date", "sources"], Query(
                        description="date (oldest first), -date (newest first) or sources (most reported first). "
                                    "Events without any date come last.")] = "-date"):
        """{total, limit, offset, items}: events as in `readouts events --format jsonl`, each with
        its participants' person `key`, `sources`, `effective_date` (its date, else its earliest
        report's publication date), `langs`, `outlets` and the first `evidence` sentence
        (`mentions` is empty here: GET /api/events/{id} has them all)."""
        return queries.events_page(conn, limit=limit, offset=offset, sort=sort, **f.values)

    @app.get("/api/events.atom", tags=["events"], summary="An Atom feed of the events matching the filters",
             response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
    def events_feed(request: Request, conn: Conn, f: Filters,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100):
        """The newest events matching the same filters as /api/events, as an Atom feed to follow
        in a feed reader (`/api/events.atom?actor=Netanyahu&type=call`)."""
        page = queries.events_page(conn, limit=limit, offset=0, sort="-date", **f.values)
        what = ", ".join(f"{k}={' & '.join(map(str, v)) if isinstance(v, list) else v}"
                         for k, v in f.values.items() if v not in (None, "", [])) or "all events"
        body = atom.feed(page["items"], self_url=str(request.url), site_url=str(request.base_url),
                         title=f"readouts: {what}")
        return Response(body, media_type="application/atom+xml")

    @app.get("/api/export.{fmt}", tags=["events"], summary="Download the events matching the filters",
             response_class=Response)
    def export_events(conn: Conn, f: Filters, fmt: Literal["csv", "jsonl", "plover", "cameo"]):
        """Every event matching the filters, with all its mentions, as a file: `csv`, `jsonl`
        (readouts' event format), `plover` (PLOVER records, JSON Lines) or `cameo` (tab-separated
        CAMEO dyads); the same as `readouts export --format FMT` (docs/EXPORTS.md)."""
        write, kind, ext = standards.WRITERS[fmt]
        buf = io.StringIO()
        write(queries.events_all(conn, **f.values), buf)
        return Response(buf.getvalue().encode("utf-8"), media_type=f"{kind}; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="readouts-events.{ext}"'})

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with all its mentions")
    def get_event(event_id: str, conn: Conn):
        return _found(queries.event(conn, event_id), f"no event {event_id}")

    @app.get("/api/actors", tags=["actors"], summary="Persons appearing in events, with event counts")
    def list_actors(conn: Conn, q: Annotated[Optional[str], Query(
                        max_length=200,
                        description="Any part of a name (in any language the gazetteer knows) or a key.")] = None,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50):
        return {"items": queries.actors(conn, q=q, limit=limit, gazetteer=gazetteer())}

    @app.get("/api/actors/{key:path}", tags=["actors"], summary="One person: offices, contacts, counterparts")
    def get_actor(key: str, conn: Conn,
                  top: Annotated[int, Query(ge=1, le=200, description="How many counterparts.")] = 20):
        return _found(queries.actor(conn, key, gazetteer=gazetteer(), top=top), f"no actor {key}")

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], summary="A stored article and its events")
    def get_document(doc_id: str, conn: Conn):
        return _found(queries.document(conn, doc_id), f"no document {doc_id}")

    @app.get("/api/timeline", tags=["aggregates"], summary="Event counts per period and type")
    def get_timeline(conn: Conn, f: Filters,
                     interval: Annotated[Literal["day", "week", "month"], Query()] = "month"):
        return queries.timeline(conn, interval=interval, **f.values)

    @app.get("/api/network", tags=["aggregates"], summary="Who talks to whom")
    def get_network(conn: Conn, f: Filters,
                    min_contacts: Annotated[int, Query(ge=1, description="Keep pairs with at least this many events.")] = 1):
        """nodes: persons (key, name, country, contacts = matching events they took part in);
        edges: pairs of persons in the same events (source, target, contacts, by_type)."""
        return queries.network(conn, min_contacts=min_contacts, **f.values)

    @app.get("/api/stats", tags=["aggregates"], summary="Counts of documents, events, mentions, actors")
    def get_stats(conn: Conn):
        return queries.stats(conn)

    @app.get("/api/{rest:path}", include_in_schema=False)
    def api_not_found(rest: str):
        raise HTTPException(404, f"no such endpoint: /api/{rest}")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return docs_page()

    @app.exception_handler(FilterError)
    async def filter_error(request: Request, exc: FilterError):
        # the shape FastAPI gives its own validation errors
        return JSONResponse({"detail": [{"type": "value_error", "loc": ["query"], "msg": str(exc)}]},
                            status_code=422)

    @app.exception_handler(sqlite3.OperationalError)
    async def db_error(request: Request, exc: sqlite3.OperationalError):
        return JSONResponse({"detail": f"database error: {exc}"}, status_code=503)

    app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    return app
