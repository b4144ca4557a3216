"""Watching news feeds: poll RSS/Atom feeds, fetch the page of every new item and ingest it
exactly as `readouts ingest` does (same extraction, same store, same duplicate rules).

Everything the watcher knows lives in the database next to the documents, in two tables it
creates itself (see SCHEMA): the feeds' HTTP validators (ETag / Last-Modified, sent back so an
unchanged feed costs a 304) and every item ever seen with its state. Items are recorded as
"pending" in the same transaction that stores the feed's new validators, and marked done only
after their document is stored, so a watcher stopped at any point (Ctrl-C, kill, crash) and
started again neither fetches a page twice nor loses an item.

Downloads go through `Fetcher`: bytes fetched with httpx (feedparser never touches the
network), with timeouts, a size limit, at most 5 redirects, bounded retries with exponential
back-off on 5xx / 429 / timeouts, a delay between two requests to the same host, and a
User-Agent naming readouts and its version. See docs/WATCH.md.
"""
from __future__ import annotations

import contextlib
import hashlib
import html
import io
import json
import re
import shlex
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
import httpx

from readouts import __version__
from readouts.pipeline import parallel
from readouts.pipeline.ingest import InputProblem, decode_bytes, extract_html, plausible_published
from readouts.model import Document
from readouts.store.database import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS watch_feeds (
    url           TEXT PRIMARY KEY,   -- as written in the feeds file
    etag          TEXT,               -- validators of the last good response, sent back as
    last_modified TEXT,               --   If-None-Match / If-Modified-Since
    last_polled   TEXT,               -- UTC, ISO 8601
    last_status   TEXT,               -- 200 | 304 | error
    last_error    TEXT,
    failures      INTEGER NOT NULL DEFAULT 0    -- failed polls in a row
);
CREATE TABLE IF NOT EXISTS watch_items (
    key        TEXT PRIMARY KEY,      -- canonical link, or "guid:" + the feed's id when no link
    url        TEXT,                  -- the link as the feed gives it (fetched)
    guid       TEXT,
    feed       TEXT NOT NULL,         -- watch_feeds.url of the feed it was first seen in
    first_seen TEXT NOT NULL,
    fetched_at TEXT,                  -- last attempt
    status     TEXT NOT NULL,         -- pending | stored | duplicate | failed
    attempts   INTEGER NOT NULL DEFAULT 0,
    error      TEXT,                  -- why the last attempt failed
    doc_id     TEXT,                  -- documents.id (for a duplicate: of the copy already stored)
    entry      TEXT NOT NULL          -- JSON: what the feed said (title, text, published, lang, outlet)
);
CREATE INDEX IF NOT EXISTS watch_items_status ON watch_items(status);
CREATE INDEX IF NOT EXISTS watch_items_guid ON watch_items(feed, guid);
"""

DEFAULT_CONTACT = None   # the project has no public home page yet; --contact / READOUTS_CONTACT
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = HTML_TYPES + ("text/plain",)
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1"


def user_agent(contact: str | None = DEFAULT_CONTACT) -> str:
    """readouts/<version> (+<contact>): who is fetching, and where to complain."""
    return f"readouts/{__version__} (+{contact})" if contact else f"readouts/{__version__} (news watcher)"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- feeds file

@dataclass
class Feed:
    url: str
    lang: str | None = None       # declared language of its articles (else the feed's, else detected)
    outlet: str | None = None     # documents.source (else the feed's title, else the host)
    where: str = ""               # file:line


FEED_KEYS = ("lang", "outlet")
_LANG = re.compile(r"[a-z]{2,3}")


def parse_feed_line(line: str) -> Feed | None:
    """One line of a feeds file: URL [lang=xx] [outlet="Name"]; None for a blank or comment
    line; ValueError saying what is wrong otherwise."""
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    try:
        words = shlex.split(line, comments=True)
    except ValueError as e:                  # an unclosed quote
        raise ValueError(str(e).lower()) from None
    if not words:
        return None
    url, fields_ = words[0], words[1:]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    feed = Feed(url=url)
    for f in fields_:
        key, eq, value = f.partition("=")
        if not eq:
            raise ValueError(f"{f!r} is not key=value (keys: {', '.join(FEED_KEYS)})")
        if key not in FEED_KEYS:
            raise ValueError(f"unknown key {key!r} (keys: {', '.join(FEED_KEYS)})")
        if getattr(feed, key) is not None:
            raise ValueError(f"{key} given twice")
        if key == "lang":
            value = value.lower()
            if not _LANG.fullmatch(value):
                raise ValueError(f"lang={value!r} is not an ISO 639 code such as en, he or ar")
        elif not value.strip():
            raise ValueError("empty outlet")
        setattr(feed, key, value)
    return feed


def read_feeds(path: str) -> tuple[list[Feed], list[str]]:
    """The feeds of a feeds file, and its bad lines as "file:line: problem" (skipped).
    OSError when the file cannot be read."""
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    feeds: list[Feed] = []
    problems: list[str] = []
    first: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        where = f"{path}:{n}"
        try:
            feed = parse_feed_line(line)
        except ValueError as e:
            problems.append(f"{where}: {e}")
            continue
        if feed is None:
            continue
        if feed.url in first:
            problems.append(f"{where}: {feed.url} is already listed at {first[feed.url]}")
            continue
        feed.where = first[feed.url] = where
        feeds.append(feed)
    return feeds, problems


_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "30s", "15m", "1h", "1h30m" or "90" (seconds); ValueError otherwise."""
    s = text.strip().lower()
    pos, total = 0, 0.0
    while pos < len(s):
        m = _INTERVAL.match(s, pos)
        if not m or not m.group(0):
            raise ValueError(f"{text!r} is not a duration (use e.g. 30s, 15m, 1h or 1h30m)")
        total += float(m.group(1)) * _UNIT[m.group(2)]
        pos = m.end()
        while pos < len(s) and s[pos] == " ":
            pos += 1
    if total < 1:
        raise ValueError(f"{text!r}: the interval must be at least 1 second")
    return total


# --------------------------------------------------------------------------- URLs

_TRACKING = re.compile(r"(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src)$", re.I)


def canonical_url(url: str) -> str:
    """The URL an item is known by: scheme and host lower-cased, default port, user info,
    fragment and tracking parameters (utm_*, fbclid, ...) dropped, the rest kept as written,
    so the same article linked with different campaign tags is one item."""
    p = urlsplit(url.strip())
    scheme = p.scheme.lower()
    host = (p.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = p.port
    except ValueError:
        port = None
    if port and port != {"http": 80, "https": 443}.get(scheme):
        host += f":{port}"
    query = "&".join(q for q in p.query.split("&") if q and not _TRACKING.match(q.split("=", 1)[0]))
    return urlunsplit((scheme, host, p.path or "/", query, ""))


def item_doc_id(key: str) -> str:
    """A document id stable across runs and machines for an item key."""
    return "web-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _host(url: str | None) -> str:
    """The host name of a URL (one server whatever the port, for politeness)."""
    try:
        return urlsplit(url or "").hostname or ""
    except ValueError:
        return ""


# --------------------------------------------------------------------------- HTTP

class FetchError(Exception):
    """A download that failed; `transient` when trying again later may succeed (5xx, 429,
    timeouts, broken connections)."""

    def __init__(self, reason: str, transient: bool = False, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after


@dataclass
class Response:
    url: str                 # after redirects
    status: int
    headers: httpx.Headers
    body: bytes = b""

    @property
    def mime(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    """Seconds of a Retry-After header given in seconds (HTTP dates are not worth the bother)."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


class Fetcher:
    """GET with the safeguards a well-behaved crawler needs (see the module docstring).

    timeout: seconds to connect and to wait for each piece of data; a whole download may
    take at most 4 times that. retries: further tries on a transient failure, waiting
    backoff, 2*backoff, 4*backoff... seconds (at most max_backoff; a Retry-After longer
    than that is not waited for). delay: seconds between the starts of two requests to one host.
    `clock` and `sleep` are replaceable so that tests need not wait."""

    def __init__(self, *, timeout: float = 20.0, max_bytes: int = 5_000_000, retries: int = 3,
                 backoff: float = 1.0, max_backoff: float = 60.0, delay: float = 1.0,
                 max_redirects: int = MAX_REDIRECTS, contact: str | None = DEFAULT_CONTACT,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.delay = delay
        self.max_redirects = max_redirects
        self.clock = clock
        self.sleep = sleep
        self.user_agent = user_agent(contact)
        self.on_retry: Callable[[str, str, float], None] | None = None   # (url, reason, wait): for logs
        self._last: dict[str, float] = {}
        self.client = httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False,
                                   headers={"User-Agent": self.user_agent})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """The response to GET url after redirects: 2xx with its body, or 304. FetchError otherwise."""
        for _ in range(self.max_redirects + 1):
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError(f"not an http(s) URL: {url[:200]}")
            r = self._retrying(url, headers or {})
            if r.status not in REDIRECTS:
                return r
            location = r.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {r.status} redirect without a Location")
            url = urljoin(r.url, location.strip())
        raise FetchError(f"more than {self.max_redirects} redirects")

    def _retrying(self, url: str, headers: dict[str, str]) -> Response:
        for attempt in range(self.retries + 1):
            try:
                return self._once(url, headers)
            except FetchError as e:
                if not e.transient:
                    raise
                if attempt == self.retries:
                    if self.retries:
                        e.reason += f" ({self.retries + 1} tries)"
                    raise
                if e.retry_after is not None and e.retry_after > self.max_backoff:
                    e.reason += f" (the server asks to wait {e.retry_after:g} s)"
                    raise
                wait = min(self.max_backoff, max(self.backoff * 2 ** attempt, e.retry_after or 0))
                if self.on_retry:
                    self.on_retry(url, e.reason, wait)
                self.sleep(wait)
        raise AssertionError("unreachable")

    def _wait_turn(self, url: str) -> None:
        """Politeness: start no two requests to one host less than `delay` seconds apart."""
        host = _host(url)
        last = self._last.get(host)
        if last is not None:
            wait = last + self.delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self._wait_turn(url)
        deadline = time.monotonic() + 4 * self.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                status = r.status_code
                if status == 429 or status >= 500:
                    raise FetchError(f"HTTP {status} {r.reason_phrase}".strip(), transient=True,
                                     retry_after=_retry_after(r.headers.get("retry-after")))
                if status in REDIRECTS or status == 304:
                    return Response(str(r.url), status, r.headers)
                if not 200 <= status < 300:
                    raise FetchError(f"HTTP {status} {r.reason_phrase}".strip())
                length = r.headers.get("content-length", "")
                if length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(f"too large ({int(length):,} bytes; the limit is {self.max_bytes:,})")
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"too large (more than {self.max_bytes:,} bytes)")
                    if time.monotonic() > deadline:
                        raise FetchError(f"too slow (over {4 * self.timeout:g} s)", transient=True)
                return Response(str(r.url), status, r.headers, bytes(body))
        except httpx.TimeoutException:
            raise FetchError(f"timed out (no answer within {self.timeout:g} s)", transient=True) from None
        except (httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError) as e:
            raise FetchError(f"connection failed: {type(e).__name__}: {e}", transient=True) from None
        except (httpx.HTTPError, httpx.InvalidURL) as e:
            raise FetchError(f"{type(e).__name__}: {e}") from None


# --------------------------------------------------------------------------- pages and entries

_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode_page(body: bytes, content_type: str = "") -> str:
    """A page's text: the charset of Content-Type or of a <meta> tag when it decodes the bytes,
    else readouts' own guess (UTF-8, Windows-1255 Hebrew, Windows-1256 Arabic)."""
    m = _CHARSET.search(content_type) or _CHARSET.search(body[:4096].decode("ascii", "replace"))
    if m:
        try:
            return body.decode(m.group(1)).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body)


def page_content(resp: Response) -> tuple[str, str | None, date | None]:
    """Main text, title and date of a fetched article page; InputProblem when it is no page
    of text (PDF, image...) or has no main text."""
    mime = resp.mime
    if mime and mime not in TEXT_TYPES:
        raise InputProblem(f"not an HTML page (Content-Type {mime})")
    text = decode_page(resp.body, resp.headers.get("content-type", ""))
    head = text.lstrip()[:2000].lower()
    if mime == "text/plain" or (not mime and not head.startswith(("<!doctype", "<html", "<?xml"))):
        text = text.replace("\r\n", "\n").strip()
        if not text:
            raise InputProblem("empty page")
        return text, None, None
    return extract_html(text, url=resp.url)


_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def snippet_text(value: str, is_html: bool) -> str:
    """Plain text of a feed's summary or content (feedparser has already sanitised its HTML)."""
    if is_html:
        value = html.unescape(_TAG.sub(" ", _BLOCK.sub("\n", value)))
    lines = (" ".join(ln.split()) for ln in value.splitlines())
    return "\n".join(ln for ln in lines if ln)


def _entry_text(e) -> str:
    """The longest text the feed gives for an entry: full content (content:encoded, Atom
    content) or the summary."""
    best = ""
    for d in list(e.get("content") or []) + [e.get("summary_detail") or {}]:
        value = d.get("value") or ""
        t = snippet_text(value, "html" in (d.get("type") or "text/html"))
        if len(t) > len(best):
            best = t
    return best


def _entry_date(e) -> str | None:
    for k in ("published_parsed", "updated_parsed", "created_parsed"):
        t = e.get(k)
        if t:
            try:
                d = date(t.tm_year, t.tm_mon, t.tm_mday)
            except ValueError:
                continue
            if plausible_published(d):
                return d.isoformat()
    return None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _primary_lang(code: str | None) -> str | None:
    """"he-IL" -> "he"."""
    lang = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return lang if _LANG.fullmatch(lang) else None


# --------------------------------------------------------------------------- the watcher

@dataclass
class PollStats:
    feeds: int = 0
    not_modified: int = 0
    feeds_failed: int = 0
    new: int = 0
    seen: int = 0
    fetched: int = 0
    from_feed: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    retry_later: int = 0
    events: int = 0
    events_in_db: int = 0
    events_added: int = 0

    def lines(self) -> list[tuple[str, str]]:
        """The summary of a poll, as (label, value) rows."""
        failed = f"{self.failed}" + (f" ({self.retry_later} to be retried)" if self.retry_later else "")
        return [("feeds polled", str(self.feeds)), ("  not modified", str(self.not_modified)),
                ("  failed", str(self.feeds_failed)), ("items new", str(self.new)),
                ("  skipped (seen)", str(self.seen)), ("  pages fetched", str(self.fetched)),
                ("  from feed text", str(self.from_feed)), ("  stored", str(self.stored)),
                ("  duplicates", str(self.duplicates)), ("  failed", failed),
                ("events stored", str(self.events)),
                ("events in database", f"{self.events_in_db} ({self.events_added:+d}; reports of one contact are merged)")]


Log = Callable[[str, str], None]     # (level: info | warn | error, message)


def _no_log(level: str, msg: str) -> None:
    pass


def init_schema(store: Store) -> None:
    with store.transaction() as c:
        for stmt in SCHEMA.split(";"):
            if stmt.strip():
                c.execute(stmt)


class Watcher:
    """Polls `feeds` into `store`. An item whose page and feed text both fail is tried again on
    the next polls, `max_attempts` times in all; a page that fails only transiently is, too,
    before its item falls back to the feed's text."""

    def __init__(self, store: Store, feeds: list[Feed], fetcher: Fetcher, *, max_attempts: int = 3,
                 log: Log = _no_log, status: Callable[[str], None] = lambda s: None):
        self.store = store
        self.feeds = feeds
        self.fetcher = fetcher
        self.max_attempts = max_attempts
        self.log = log
        self.status = status
        fetcher.on_retry = lambda url, why, wait: log("info", f"{url}: {why}; trying again in {wait:g} s")
        init_schema(store)

    def poll(self, stats: PollStats | None = None) -> PollStats:
        """Poll every feed once, then fetch and ingest every pending item (new ones and earlier
        failures due for another try). `stats` is filled as it goes (for an interrupted poll)."""
        st = stats if stats is not None else PollStats()
        before = self.store.count()
        try:
            for feed in self.feeds:
                self.status(f"feed {feed.url}")
                self._poll_feed(feed, st)
            for row in self._pending():
                self.status(f"page {row['url'] or row['key']}")
                self._process(row, st)
        finally:
            st.events_in_db = self.store.count()
            st.events_added = st.events_in_db - before
        return st

    # ------------------------------------------------------------------ feeds
    def _feed_failed(self, feed: Feed, reason: str, st: PollStats) -> None:
        st.feeds_failed += 1
        c = self.store.conn
        c.execute(
            "INSERT INTO watch_feeds (url, last_polled, last_status, last_error, failures) VALUES (?,?,'error',?,1)"
            " ON CONFLICT(url) DO UPDATE SET last_polled = excluded.last_polled, last_status = 'error',"
            " last_error = excluded.last_error, failures = failures + 1", (feed.url, _now(), reason))
        n = c.execute("SELECT failures FROM watch_feeds WHERE url = ?", (feed.url,)).fetchone()[0]
        self.log("error", f"{feed.url}: {reason}" + (f" (failed {n} polls in a row)" if n > 1 else ""))

    def _poll_feed(self, feed: Feed, st: PollStats) -> None:
        st.feeds += 1
        c = self.store.conn
        row = c.execute("SELECT etag, last_modified FROM watch_feeds WHERE url = ?", (feed.url,)).fetchone()
        headers = {"Accept": FEED_ACCEPT}
        if row and row["etag"]:
            headers["If-None-Match"] = row["etag"]
        if row and row["last_modified"]:
            headers["If-Modified-Since"] = row["last_modified"]
        try:
            resp = self.fetcher.get(feed.url, headers)
        except FetchError as e:
            self._feed_failed(feed, e.reason, st)
            return
        if resp.status == 304:
            st.not_modified += 1
            self.log("info", f"{feed.url}: not modified")
            c.execute("UPDATE watch_feeds SET last_polled = ?, last_status = '304', last_error = NULL,"
                      " failures = 0 WHERE url = ?", (_now(), feed.url))
            return
        # a stream, never the bytes themselves: feedparser would take bytes for a file name
        parsed = feedparser.parse(io.BytesIO(resp.body), response_headers={
            "content-location": resp.url, "content-type": resp.headers.get("content-type", "")})
        if not parsed.get("version") and not parsed.entries:
            why = parsed.get("bozo_exception")
            self._feed_failed(feed, "not an RSS or Atom feed" + (f" ({why})" if why else ""), st)
            return
        if parsed.get("bozo"):
            self.log("warn", f"{feed.url}: malformed feed, read what could be read ({parsed.get('bozo_exception')})")
        new = self._record_entries(feed, parsed, resp, st)
        self.log("info", f"{feed.url}: {_plural(len(parsed.entries), 'item')}, {new} new")

    def _record_entries(self, feed: Feed, parsed, resp: Response, st: PollStats) -> int:
        """Record the feed's unseen entries as pending, in the transaction that stores its new
        validators: the next poll may get a 304, so no entry may be lost in between."""
        lang = feed.lang or _primary_lang(parsed.feed.get("language"))
        outlet = feed.outlet or parsed.feed.get("title") or _host(feed.url)
        now = _now()
        new = 0
        with self.store.transaction() as c:
            for i, e in enumerate(parsed.entries, 1):
                link, guid = e.get("link"), e.get("id")
                if link and urlsplit(link).scheme in ("http", "https"):
                    key = canonical_url(link)
                elif guid:
                    key, link = "guid:" + guid, None
                else:
                    self.log("warn", f"{feed.url}: item {i} has neither a link nor an id; ignored")
                    continue
                if c.execute("SELECT 1 FROM watch_items WHERE key = ? OR (feed = ? AND guid = ?)",
                             (key, feed.url, guid)).fetchone():
                    st.seen += 1
                    continue
                entry = {"title": snippet_text(e.get("title") or "", False) or None, "text": _entry_text(e),
                         "published": _entry_date(e), "lang": lang, "outlet": outlet}
                c.execute("INSERT INTO watch_items (key, url, guid, feed, first_seen, status, entry)"
                          " VALUES (?,?,?,?,?,'pending',?)",
                          (key, link, guid, feed.url, now, json.dumps(entry, ensure_ascii=False)))
                st.new += 1
                new += 1
            c.execute(
                "INSERT INTO watch_feeds (url, etag, last_modified, last_polled, last_status, failures)"
                " VALUES (?,?,?,?,'200',0) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,"
                " last_modified = excluded.last_modified, last_polled = excluded.last_polled,"
                " last_status = '200', last_error = NULL, failures = 0",
                (feed.url, resp.headers.get("etag"), resp.headers.get("last-modified"), now))
        return new

    # ------------------------------------------------------------------ items
    def _pending(self) -> Iterator:
        """Pending items, one host after another in turn, so that the politeness delay of one
        host is spent fetching from the others."""
        rows = self.store.conn.execute(
            "SELECT * FROM watch_items WHERE status = 'pending' ORDER BY rowid").fetchall()
        queues: dict[str, deque] = {}
        for r in rows:
            queues.setdefault(_host(r["url"]), deque()).append(r)
        while queues:
            for host in list(queues):
                yield queues[host].popleft()
                if not queues[host]:
                    del queues[host]

    def _finish(self, key: str, status: str, attempts: int, error: str | None = None,
                doc_id: str | None = None) -> None:
        self.store.conn.execute(
            "UPDATE watch_items SET status = ?, attempts = ?, error = ?, doc_id = ?, fetched_at = ?"
            " WHERE key = ?", (status, attempts, error, doc_id, _now(), key))

    def _fetch_page(self, url: str | None) -> tuple[str, str | None, date | None, str]:
        if not url:
            raise FetchError("the feed gives no link")
        resp = self.fetcher.get(url, {"Accept": PAGE_ACCEPT})
        if resp.status == 304:      # never asked for: a confused server
            raise FetchError("HTTP 304 to an unconditional request")
        try:
            text, title, pub = page_content(resp)
        except InputProblem as e:
            raise FetchError(str(e)) from None
        return text, title, pub, resp.url

    def _process(self, row, st: PollStats) -> None:
        key, url = row["key"], row["url"]
        entry = json.loads(row["entry"])
        doc_id = item_doc_id(key)
        attempts = row["attempts"] + 1
        if self.store.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            # stored by a watcher stopped before it could mark the item
            self._finish(key, "stored", row["attempts"], doc_id=doc_id)
            return
        label = url or key
        try:
            text, title, pub, final_url = self._fetch_page(url)
            st.fetched += 1
            pub_from = "html" if pub else None
        except FetchError as e:
            last = attempts >= self.max_attempts
            if not entry["text"] or (e.transient and not last):
                self._finish(key, "failed" if last else "pending", attempts, e.reason)
                st.failed += 1
                st.retry_later += not last
                self.log("error", f"{label}: {e.reason}; " + (
                    f"gave up after {attempts} attempts" if last
                    else f"will try again on the next poll (attempt {attempts} of {self.max_attempts})"))
                return
            self.log("warn", f"{label}: {e.reason}; stored the feed's text instead")
            st.from_feed += 1
            text, title, pub, pub_from, final_url = entry["text"], None, None, None, url
        if pub is None and entry["published"]:
            pub, pub_from = date.fromisoformat(entry["published"]), "metadata"
        doc = Document(id=doc_id, text=text, title=title or entry["title"], url=final_url,
                       source=entry["outlet"], lang=entry["lang"], published=pub,
                       published_from=pub_from, origin=label)
        self._ingest(doc, key, attempts, st)

    def _ingest(self, doc: Document, key: str, attempts: int, st: PollStats) -> None:
        """Extract and store one document as `readouts ingest` does."""
        if self.store.has(doc):
            self._duplicate(doc, key, attempts, st)
            return
        res = parallel.extract_one(doc, want_unresolved=True)
        if res.error:
            self._finish(key, "failed", attempts, res.error)
            st.failed += 1
            self.log("error", res.error)
            return
        try:
            added = self.store.add(doc, res.events, res.unresolved)
        except Exception as e:
            self._finish(key, "failed", attempts, f"cannot store: {type(e).__name__}: {e}")
            st.failed += 1
            self.log("error", f"{doc.origin}: cannot store: {type(e).__name__}: {e}")
            return
        if not added:
            self._duplicate(doc, key, attempts, st)
            return
        self._finish(key, "stored", attempts, doc_id=doc.id)
        st.stored += 1
        st.events += len(res.events)
        self.log("info", f"stored {doc.origin}: {_plural(len(res.events), 'event')}")

    def _duplicate(self, doc: Document, key: str, attempts: int, st: PollStats) -> None:
        row = self.store.conn.execute("SELECT id FROM documents WHERE id = ? OR content_hash = ? LIMIT 1",
                                      (doc.id, doc.content_hash)).fetchone()
        self._finish(key, "duplicate", attempts, doc_id=row[0] if row else None)
        st.duplicates += 1
        self.log("info", f"{doc.origin}: same text as a stored document ({row[0] if row else '?'})")


# --------------------------------------------------------------------------- running

class ConsoleLog:
    """The watcher's log on stderr with Rich: problems in colour, progress lines dimmed, and a
    spinner naming the URL being fetched when stderr is a terminal."""

    STYLES = {"info": "dim", "warn": "yellow", "error": "red"}

    def __init__(self, console, quiet: bool = False):
        self.console = console
        self.quiet = quiet
        self._status = None

    def __call__(self, level: str, msg: str) -> None:
        if self.quiet and level == "info":
            return
        self.console.print(msg, style=self.STYLES.get(level), markup=False, highlight=False, soft_wrap=True)

    def status(self, msg: str) -> None:
        if self._status is not None:
            self._status.update(msg[-100:])

    @contextlib.contextmanager
    def spinning(self) -> Iterator[None]:
        if not self.console.is_terminal:
            yield
            return
        with self.console.status("starting") as s:
            self._status = s
            try:
                yield
            finally:
                self._status = None


@contextlib.contextmanager
def watcher_lock(db: str) -> Iterator[bool]:
    """Whether this process may watch `db`: one watcher per database at a time (a cron job
    overlapping a slow earlier run must not fetch the same pages). An advisory lock on
    DB.watch-lock, released by the system when the process ends however it ends."""
    try:
        import fcntl
    except ImportError:          # not POSIX: no lock
        yield True
        return
    with open(db + ".watch-lock", "a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """`kill` (SIGTERM, as from systemd or a cron timeout) stops the watcher like Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def print_summary(st: PollStats, out=None) -> None:
    out = out or sys.stdout
    w = max(len(k) for k, _ in st.lines())
    for k, v in st.lines():
        print(f"{k + ':':<{w + 1}} {v}", file=out, flush=True)


def run(feeds_path: str, db: str, *, every: float, once: bool, fetcher: Fetcher, max_attempts: int,
        err_console, out=None, quiet: bool = False) -> int:
    """`readouts watch`: poll until interrupted (or once); the exit status."""
    out = out or sys.stdout
    log = ConsoleLog(err_console, quiet)
    try:
        feeds, problems = read_feeds(feeds_path)
    except (OSError, UnicodeDecodeError) as e:
        log("error", f"error: cannot read {feeds_path}: {getattr(e, 'strerror', None) or e}")
        return 2
    for p in problems:
        log("error", p)
    if not feeds:
        log("error", f"error: no feeds in {feeds_path} (one URL per line; see readouts watch --help)")
        return 1
    try:
        store = Store(db)
    except Exception as e:
        log("error", f"error: cannot open database {db}: {e}")
        return 1
    with store, watcher_lock(db) as mine, _sigterm_as_interrupt():
        if not mine:
            log("error", f"error: another `readouts watch` is using {db}; not starting a second one")
            return 1
        watcher = Watcher(store, feeds, fetcher, max_attempts=max_attempts, log=log, status=log.status)
        return _loop(watcher, feeds_path, every, once, log, out)


def _reload(watcher: Watcher, feeds_path: str, log: ConsoleLog) -> None:
    """A long-running watcher follows edits of its feeds file (kept as it was when unreadable)."""
    try:
        feeds, problems = read_feeds(feeds_path)
    except (OSError, UnicodeDecodeError) as e:
        log("warn", f"cannot read {feeds_path} ({getattr(e, 'strerror', None) or e}); polling the feeds read before")
        return
    for p in problems:
        log("error", p)
    if feeds:
        watcher.feeds = feeds


def _loop(watcher: Watcher, feeds_path: str, every: float, once: bool, log: ConsoleLog, out) -> int:
    n = 0
    while True:
        n += 1
        started = time.monotonic()
        st = PollStats()
        if not once:
            if n > 1:
                _reload(watcher, feeds_path, log)
            print(f"poll {n} at {_now()}", file=out, flush=True)
        try:
            with log.spinning():
                watcher.poll(st)
        except KeyboardInterrupt:
            print_summary(st, out)
            log("error", "interrupted: what was not done is done by the next run")
            return 130
        try:       # a poll is done: Ctrl-C from here on is a clean stop
            print_summary(st, out)
            if once:
                return 1 if st.feeds and st.feeds_failed == st.feeds else 0
            wait = max(0.0, started + every - time.monotonic())
            log("info", f"next poll in {wait:.0f} s (Ctrl-C stops)")
            time.sleep(wait)
        except KeyboardInterrupt:
            log("warn", "stopped")
            return 0
