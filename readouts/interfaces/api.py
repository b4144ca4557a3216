"""Read-only HTTP API and web explorer over a readouts database.

    readouts serve --db news.db          # http://127.0.0.1:8000/  (API docs: /docs)

`create_app(db_path)` builds the FastAPI app: JSON endpoints under /api (SQL in
readouts.store.queries), the static explorer page (readouts/web, with its vendored
libraries) at /. The database is opened read-only (SQLite mode=ro, query_only);
the API has GET endpoints only.

Serving many clients: each process keeps a pool of read-only connections (a
connection keeps its page cache and parsed schema between requests), taken only to
compute an answer, and a cache of encoded JSON answers, keyed by the request and by the
database's data_version, so that the next request after any write is computed afresh; a
cached answer is sent from the event loop (CachedAnswers) without waiting for a thread.
`readouts serve --workers N` runs N such processes (see app_from_env), which share one
answer cache (SharedAnswers).
"""
from __future__ import annotations

import contextlib
import ctypes
import gzip
import inspect
import io
import json
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Annotated, Any, AsyncIterator, Callable, Iterator, Literal, NamedTuple, Optional

import anyio
import orjson
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders

from readouts import __version__
from readouts.interfaces import atom
from readouts.store import queries
from readouts.interfaces import standards
from readouts.pipeline.ingest import parse_period
from readouts.store.database import FilterError
from readouts.textnorm import fold
from readouts.knowledge.gazetteer import default as gazetteer   # loaded once, on the first actor request

WEB_DIR = Path(__file__).parent.parent / "web"
MAX_LIMIT = 500
MAX_OFFSET = 10**9
# /api/events counts the matching events up to this many where counting means reading them
COUNT_CAP = 10_000
# The pairs a network answer holds by default and at most (the pairs with most contacts): more
# than a page can draw, and each costs the server its names and the client its layout.
NETWORK_EDGES = 1000
MAX_EDGES = 20000
# Full-text search finds words of 3 letters or more through its trigram index; a query made
# only of shorter words would read every sentence, so it is refused (shorter words may come
# along with a longer one: they then only narrow its hits).
MIN_SEARCH_WORD = 3
# The answer cache of one server process: at most this many bytes of encoded JSON, each answer
# kept at most CACHE_SECONDS (and dropped as soon as the database changes).
CACHE_BYTES = 64 * 2**20
CACHE_SECONDS = 60.0
# Requests one server process works on at once (anyio's thread pool runs FastAPI's request
# functions; its default is 40). A few suffice to keep the CPU busy while SQLite reads; more
# only share the CPU between more requests, each holding its connection and its answer in memory,
# and leave the slowest to wait longest: bench/load_api.py with 50 clients on 2 cores, two workers
# of 2 threads against 2 of 8, answered as many requests/s with p95 6.5 s instead of 11.5 s.
THREADS = 2
# Answers from this size on are sent compressed to clients that accept gzip, compressed once when
# cached. Level 3, one of zlib's fast levels: on bench/api_mix.py's answers (500 of its requests, a
# 100,000-event database) it took 0.30 ms per request for 8.6 KiB, where zlib's default, 6, took
# 0.61 ms for 7.6 KiB and 1 took 0.26 ms for 9.3 KiB (9, GZipMiddleware's default, 4x as long as 6
# for 4% less).
GZIP_MIN = 1024
GZIP_LEVEL = 3

# The explorer inserts article text as text only; this policy is a second line of defence.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


def _date_param(value: Optional[str], name: str) -> Optional[str]:
    try:
        return parse_period(value)
    except ValueError as e:
        raise HTTPException(422, f"{name}: {e}")


def _search_param(q: Optional[str]) -> Optional[str]:
    """The search words, or a 422 when none is long enough to be looked up (MIN_SEARCH_WORD)."""
    q = (q or "").strip() or None
    if q and not any(len(w.replace('"', "")) >= MIN_SEARCH_WORD for w in fold(q).split()):
        raise HTTPException(422, f"q: give at least one word of {MIN_SEARCH_WORD} or more letters "
                                 "(shorter words can only narrow a search)")
    return q


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
            description="Words in an evidence sentence or article title (niqqud/harakat/hamza-insensitive). "
                        f"At least one word must have {MIN_SEARCH_WORD} letters or more (else 422): "
                        "shorter words only narrow the events the longer ones find.")] = None,
        min_confidence: Annotated[Optional[float], Query(
            ge=0.0, le=1.0, description="Only events at least this likely to be right (0–1; see "
                                        "`confidence` in the event format).")] = None,
    ):
        self.values = dict(
            actor=[a for a in (actor or []) if a and a.strip()] or None,
            country=(country or "").strip() or None, type=type,
            since=_date_param(since, "since"), until=_date_param(until, "until"),
            topic=(topic or "").strip() or None, text=_search_param(q), min_confidence=min_confidence)


def _found(value, missing: str):
    """The value a query found, or a 404 saying what was missing."""
    if value is None:
        raise HTTPException(404, missing)
    return value


class Answer(NamedTuple):
    """An answer as kept: its JSON, gzipped when it is large enough to compress (then in that form
    only: a cache of both kept the JSON of every large answer for the few clients that do not
    take gzip, who get it decompressed)."""
    data: bytes
    gzipped: bool = False

    @classmethod
    def of(cls, value: Any) -> "Answer":
        body = orjson.dumps(value)
        return cls(gzip.compress(body, GZIP_LEVEL, mtime=0), True) if len(body) >= GZIP_MIN else cls(body)

    @property
    def body(self) -> bytes:
        """The JSON."""
        return gzip.decompress(self.data) if self.gzipped else self.data

    @property
    def size(self) -> int:
        return len(self.data)


class SharedAnswers:
    """The answer cache of the worker processes of one `readouts serve --workers N`: an SQLite
    file of its own (made by serve in a temporary directory, removed when it stops), so that an
    answer one worker computed is sent by every other (with 50 clients and two workers on the
    1M-event database of bench/load_api.py, each worker's own cache held about 30% of the
    requests of a run, the two together about 40%).

    Whether an answer is still right is told by an epoch kept in the file: each worker watches
    its own data_version (which moves when any connection commits to the database) and adds one
    to the epoch when it has moved, before it reads the epoch; an answer is kept under the epoch
    read before computing it and sent only under that epoch. An answer computed before a commit
    is therefore never sent by a worker that has seen that commit (and a worker looks before each
    request, and when it starts). (Each worker moves the epoch for a commit, so after one the
    answers are computed afresh up to once per worker: a server's database changes seldom.)
    Answers are kept `seconds` at most (time.monotonic(), one clock for every process of the
    machine on Linux) and `max_bytes` in all, give or take the answers put since the last purge
    (the oldest go first)."""

    SCHEMA = ("CREATE TABLE IF NOT EXISTS epoch (id INTEGER PRIMARY KEY CHECK (id = 0), n INTEGER NOT NULL)",
              "INSERT OR IGNORE INTO epoch VALUES (0, 0)",
              "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, epoch INTEGER NOT NULL,"
              " expires REAL NOT NULL, gzipped INTEGER NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL)",
              "CREATE INDEX IF NOT EXISTS answers_expires ON answers(expires)")
    PURGE_EVERY = 64         # answers put between two purges (or an eighth of max_bytes)

    def __init__(self, path: str, max_bytes: int, seconds: float):
        self.path, self.max_bytes, self.seconds = path, max_bytes, seconds
        # one connection reads (on the event loop too: in WAL mode it never waits for a writer),
        # another writes (in the request threads: it may wait for another process's write)
        self._writer = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._write_lock = threading.Lock()
        with self._write_lock:
            c = self._writer
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = OFF")       # (a cache: nothing to keep after a crash)
            for sql in self.SCHEMA:
                c.execute(sql)
        self._reader = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._lock = threading.Lock()
        self._puts = self._added = 0     # answers and bytes put since the last purge

    def bump(self) -> None:
        with self._write_lock:
            self._writer.execute("UPDATE epoch SET n = n + 1")

    def epoch(self) -> int:
        with self._lock:
            return self._reader.execute("SELECT n FROM epoch").fetchone()[0]

    def get(self, key: str, epoch: int, now: float) -> Answer | None:
        with self._lock:
            row = self._reader.execute("SELECT data, gzipped FROM answers WHERE key = ? AND epoch = ? AND expires > ?",
                                       (key, epoch, now)).fetchone()
        return None if row is None else Answer(row[0], bool(row[1]))

    def put(self, key: str, epoch: int, now: float, answer: Answer) -> None:
        with self._write_lock:
            c = self._writer
            c.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                      (key, epoch, now + self.seconds, int(answer.gzipped), answer.size, answer.data))
            self._puts += 1
            self._added += answer.size
            if self._puts % self.PURGE_EVERY == 0 or self._added > self.max_bytes // 8:
                self._purge(epoch, now)
                self._added = 0

    def _purge(self, epoch: int, now: float) -> None:
        """Drop the expired answers and those of past epochs, then the oldest while too many bytes."""
        c = self._writer
        c.execute("DELETE FROM answers WHERE expires <= ? OR epoch < ?", (now, epoch))
        if c.execute("SELECT COALESCE(SUM(size), 0) FROM answers").fetchone()[0] > self.max_bytes:
            # the newest answers (the last to expire) that fill 3/4 of the room are kept
            c.execute("DELETE FROM answers WHERE key IN (SELECT key FROM (SELECT key, SUM(size) OVER"
                      " (ORDER BY expires DESC, key) AS room FROM answers) WHERE room > ?)", (self.max_bytes * 3 // 4,))

    def size(self) -> int:
        with self._lock:
            return self._reader.execute("SELECT COALESCE(SUM(size), 0) FROM answers").fetchone()[0]

    def close(self) -> None:
        with self._lock, self._write_lock:
            self._reader.close()
            self._writer.close()


class Reader:
    """The read side of one server process: a pool of read-only connections to the database
    (requests run in a thread pool; a connection serves one request at a time) and a cache of
    encoded answers that is right as long as the database's data_version has not moved: its own,
    or, with `shared` (the path of a SharedAnswers file), the one of all the server's processes."""

    def __init__(self, db_path: str, cache_bytes: int = CACHE_BYTES, cache_seconds: float = CACHE_SECONDS,
                 shared: str | None = None, shared_bytes: int | None = None):
        self.db_path = db_path
        self.cache_bytes, self.cache_seconds = cache_bytes, cache_seconds
        self._shared = (SharedAnswers(shared, cache_bytes if shared_bytes is None else shared_bytes, cache_seconds)
                        if shared else None)
        self._seen: int | None = None     # the data_version the shared epoch was last moved for
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        # data_version is a property of one connection (it moves when any other connection
        # commits), so one connection, kept for that only, watches it for the whole process
        self._watch = queries.connect(db_path)
        self._watch_lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[int, float, Answer]] = OrderedDict()
        self._cached = 0          # bytes in the cache
        if self._shared is not None:   # (what was kept before this process saw the database is not sent)
            self.data_version()
        self.hits = self.misses = 0

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        conn = conn or queries.connect(self.db_path)
        try:
            yield conn
        finally:
            if conn.in_transaction:  # (reads run in autocommit; never keep a snapshot open)
                conn.rollback()
            with self._lock:
                self._idle.append(conn)

    def data_version(self) -> int:
        """The version of the database answers are kept for: its data_version as this process
        sees it, or the shared cache's epoch (moved first when that data_version has moved)."""
        with self._watch_lock:
            version = self._watch.execute("PRAGMA data_version").fetchone()[0]
            if self._shared is None:
                return version
            if version != self._seen:
                self._shared.bump()
                self._seen = version
        return self._shared.epoch()

    def _hit(self, key: str, version: int, now: float) -> Answer | None:
        """The answer cached under key for this data_version and not yet expired (counted as a
        hit), else None."""
        if self._shared is not None:
            answer = self._shared.get(key, version, now)
            if answer is not None:
                with self._lock:
                    self.hits += 1
            return answer
        with self._lock:
            hit = self._cache.get(key)
            if hit and hit[0] == version and hit[1] > now:
                self._cache.move_to_end(key)
                self.hits += 1
                return hit[2]
        return None

    def peek(self, key: str) -> Answer | None:
        """The answer cached under key while the database is unchanged, else None (nothing is
        computed, nor counted as a miss)."""
        return self._hit(key, self.data_version(), time.monotonic())

    def cached(self, key: str, make: Callable[[], Answer]) -> Answer:
        """The answer cached under key while the database is unchanged, else make() (cached)."""
        version, now = self.data_version(), time.monotonic()
        hit = self._hit(key, version, now)
        if hit is not None:
            return hit
        with self._lock:
            self.misses += 1
        answer = make()
        if answer.size <= self.cache_bytes // 8 and self._shared is not None:
            self._shared.put(key, version, now, answer)
        elif answer.size <= self.cache_bytes // 8:  # (one huge answer does not empty the cache)
            with self._lock:
                old = self._cache.pop(key, None)
                self._cached += answer.size - (old[2].size if old else 0)
                self._cache[key] = (version, now + self.cache_seconds, answer)
                # the least recently used first, while the cache is too large or they have
                # expired (an expired answer is never sent: it is only memory)
                while self._cache and (self._cached > self.cache_bytes or next(iter(self._cache.values()))[1] <= now):
                    self._cached -= self._cache.popitem(last=False)[1][2].size
        return answer

    def close(self) -> None:
        with self._lock:
            for conn in self._idle + [self._watch]:
                conn.close()
            self._idle.clear()
        if self._shared is not None:
            self._shared.close()


async def _db(request: Request) -> AsyncIterator[sqlite3.Connection]:
    """A read-only connection of the pool for one request, taken and given back on the event loop
    (see _on_the_loop; only the first requests of a process open connections there)."""
    with request.app.state.reader.connection() as conn:
        yield conn


def _on_the_loop(make: Callable[..., Any]) -> Callable[..., Any]:
    """A dependency that calls make (with make's own parameters) on the event loop: FastAPI runs a
    dependency that is no coroutine, a class among them, in its thread pool, and each such call
    costs the request two thread switches and a wait for one of the THREADS (through TestClient,
    an actor page or a timeline of a person took 0.2-0.25 ms less CPU with EventFilters and _db on
    the loop). Only for quick work that never blocks."""
    async def dependency(**params):
        return make(**params)
    dependency.__signature__ = inspect.signature(make)
    dependency.__doc__ = make.__doc__
    return dependency


def _cache_key(scope) -> str:
    """The answer cache's key of a request: its path (as routed) and its query string."""
    return scope.get("root_path", "") + scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")


def _response(answer: Answer, accept_encoding: str) -> Response:
    """The response carrying an answer: gzipped as kept to a client that accepts gzip."""
    if answer.gzipped and "gzip" in accept_encoding:
        # (GZipMiddleware passes an encoded response on as it is)
        return Response(answer.data, media_type="application/json",
                        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(answer.body, media_type="application/json",
                    headers={"Vary": "Accept-Encoding"} if answer.gzipped else None)


def _json(request: Request, compute: Callable[[sqlite3.Connection], Any]) -> Response:
    """compute(connection)'s answer as JSON, encoded (orjson) and compressed once, and cached under
    the request's path and query (see Reader.cached and CachedAnswers). A connection of the pool
    is taken only to compute the answer, in the request's thread: taken by a dependency on the
    event loop, it was held by every request waiting for one of the THREADS (with 50 clients, some
    25 connections per process, each filling its page cache and its cache of statements: the
    server's memory grew through a whole run)."""
    reader = request.app.state.reader

    def make() -> Answer:
        with reader.connection() as conn:
            return Answer.of(compute(conn))
    return _response(reader.cached(_cache_key(request.scope), make), request.headers.get("accept-encoding", ""))


class CachedAnswers:
    """ASGI middleware answering a GET under /api/ whose answer the process's cache holds for
    the database as it is (Reader.peek) at once, on the event loop: without routing and checking
    the query's parameters again, and without waiting for one of the THREADS behind requests
    being computed (with 50 clients, a cached answer waited there as long as a computed one).
    The response is the one _json makes of the cached answer; the middlewares around this one
    (the host check, compression, the security headers) treat it as any other."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].startswith("/api/"):
            answer = scope["app"].state.reader.peek(_cache_key(scope))
            if answer is not None:
                accept = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"accept-encoding"), "")
                return await _response(answer, accept)(scope, receive, send)
        await self.app(scope, receive, send)


Conn = Annotated[sqlite3.Connection, Depends(_db)]
Filters = Annotated[EventFilters, Depends(_on_the_loop(EventFilters))]


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


class SecurityHeaders:
    """ASGI middleware adding the security headers (the policy, no MIME sniffing, no referrer)
    to every response that lacks them; `docs_csp` is the policy of the /docs page. (Plain ASGI:
    it costs no extra task per request, as an @app.middleware("http") function does.)"""

    def __init__(self, app, docs_csp: str):
        self.app, self.docs_csp = app, docs_csp

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        csp = self.docs_csp if scope["path"] == "/docs" else CSP

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Content-Security-Policy", csp)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def steady_malloc() -> bool:
    """Ask glibc's malloc (where there is one) to keep a server's memory steady: two arenas
    instead of eight per core (request threads each filled one of their own), and a fixed size
    (1 MiB) from which a block is mapped apart, and so given back when freed (after freeing a
    large mapped block, glibc raised that size to the block's, and the next large answers and
    query results came from the heap, where their freed pages stayed). bench/load_api.py, 50
    clients for 60 s on a 100,000-event database, alternating runs: the server's RssAnon grew by
    64-95 KiB per request before (with the answer cache of both forms), 38-40 KiB with this (and
    the cache of one form), at the same CPU per request within the noise (a fixed 128 KiB also
    held memory so, but took about 15% more CPU: a mapping per large block). False where there
    is no such malloc."""
    try:
        libc = ctypes.CDLL(None)
        return bool(libc.mallopt(MALLOC_ARENA_MAX, 2)) and bool(libc.mallopt(MALLOC_MMAP_THRESHOLD, 1 << 20))
    except (OSError, AttributeError):
        return False


MALLOC_MMAP_THRESHOLD, MALLOC_ARENA_MAX = -3, -8   # glibc's M_MMAP_THRESHOLD, M_ARENA_MAX


# how `readouts serve --workers N` hands create_app's arguments to its worker processes
SERVE_ENV = "READOUTS_SERVE"


def app_from_env() -> FastAPI:
    """The app of one worker process of `readouts serve --workers N` (uvicorn imports it by
    name in each process): create_app() with the arguments that READOUTS_SERVE holds as JSON."""
    steady_malloc()
    return create_app(**json.loads(os.environ[SERVE_ENV]))


def create_app(db_path: str | Path, hosts: list[str] | None = None, shared_cache: str | None = None,
               shared_bytes: int | None = None) -> FastAPI:
    """The API + explorer over the database at db_path (which must exist); `hosts`: the Host
    header values to accept (default: allowed_hosts(), the local names); `shared_cache`: the
    path of the answer cache this process shares with the other processes of the server
    (SharedAnswers; made if missing), of `shared_bytes` at most; else a cache of its own."""
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

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield
        app.state.reader.close()

    app = FastAPI(
        lifespan=lifespan,
        title="readouts",
        version=__version__,
        description="Diplomatic contact events (calls, meetings, messages) extracted from news. Read-only.",
        docs_url=None,  # served below from the bundled Swagger UI, so /docs works offline
    )
    app.state.db_path = str(db_path)
    app.state.reader = Reader(str(db_path), shared=shared_cache, shared_bytes=shared_bytes)
    # (innermost first: cached answers go out through compression, the host check and the headers)
    app.add_middleware(CachedAnswers)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN, compresslevel=GZIP_LEVEL)
    hosts = allowed_hosts() if hosts is None else hosts
    if "*" not in hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)

    def docs_page():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="readouts API",
                                   swagger_js_url="/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger-ui.css",
                                   swagger_favicon_url="/favicon.svg")

    app.add_middleware(SecurityHeaders, docs_csp=_docs_csp(bytes(docs_page().body).decode("utf-8")))

    @app.get("/api/events", tags=["events"], summary="Events matching the filters, one page")
    def list_events(request: Request, f: Filters,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                    sort: Annotated[Literal["date", "-date", "sources"], Query(
                        description="date (oldest first), -date (newest first) or sources (most reported first). "
                                    "Events without any date come last.")] = "-date",
                    after: Annotated[Optional[str], Query(max_length=200, description=(
                        "The page starts after this event (the `next` of the page before; not with offset): "
                        "each page costs the same however deep."))] = None):
        """{total, total_capped, limit, offset, after, next, items}: events as in `readouts events
        --format jsonl`, each with its participants' person `key`, `sources`, `effective_date` (its
        date, else its earliest report's publication date), `langs`, `outlets` and the first
        `evidence` sentence (`mentions` is empty here: GET /api/events/{id} has them all).
        `total` is exact for a type and dates alone, and for a search; with an actor, a country, a
        topic or a confidence, and for a search of words in 50,000 sentences or more, the matching
        events are counted up to 10,000 (COUNT_CAP): when more match, total is 10000 and
        total_capped true ("10,000 or more")."""
        return _json(request, lambda conn: queries.events_page(conn, limit=limit, offset=offset, sort=sort,
                                                               cap=COUNT_CAP, after=after, **f.values))

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
    def get_event(request: Request, event_id: str):
        return _json(request, lambda conn: _found(queries.event(conn, event_id), f"no event {event_id}"))

    @app.get("/api/actors", tags=["actors"], summary="Persons appearing in events, with event counts")
    def list_actors(request: Request, q: Annotated[Optional[str], Query(
                        max_length=200,
                        description="Any part of a name (in any language the gazetteer knows) or a key.")] = None,
                    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50):
        return _json(request, lambda conn: {"items": queries.actors(conn, q=q, limit=limit, gazetteer=gazetteer())})

    @app.get("/api/actors/{key:path}", tags=["actors"], summary="One person: offices, contacts, counterparts")
    def get_actor(request: Request, key: str,
                  top: Annotated[int, Query(ge=1, le=200, description="How many counterparts.")] = 20):
        return _json(request, lambda conn: _found(queries.actor(conn, key, gazetteer=gazetteer(), top=top),
                                             f"no actor {key}"))

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], summary="A stored article and its events")
    def get_document(request: Request, doc_id: str):
        return _json(request, lambda conn: _found(queries.document(conn, doc_id), f"no document {doc_id}"))

    @app.get("/api/timeline", tags=["aggregates"], summary="Event counts per period and type")
    def get_timeline(request: Request, f: Filters,
                     interval: Annotated[Literal["day", "week", "month"], Query()] = "month"):
        return _json(request, lambda conn: queries.timeline(conn, interval=interval, **f.values))

    @app.get("/api/network", tags=["aggregates"], summary="Who talks to whom")
    def get_network(request: Request, f: Filters,
                    min_contacts: Annotated[int, Query(ge=1, le=MAX_OFFSET, description="Keep pairs with at least this many events.")] = 1,
                    limit: Annotated[int, Query(ge=1, le=MAX_EDGES, description=(
                        "Keep at most this many pairs: those with most contacts."))] = NETWORK_EDGES):
        """nodes: persons (key, name, country, contacts = matching events they took part in);
        edges: pairs of persons in the same events (source, target, contacts, by_type), at most
        `limit` (the pairs with most contacts); edges_total: the pairs before the limit, truncated:
        whether the limit left some out; events: the matching events."""
        return _json(request, lambda conn: queries.network(conn, min_contacts=min_contacts, limit=limit, **f.values))

    @app.get("/api/stats", tags=["aggregates"], summary="Counts of documents, events, mentions, actors")
    def get_stats(request: Request):
        return _json(request, lambda conn: queries.stats(conn))

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
