"""`readouts watch`: feeds polled from a small news site served on 127.0.0.1 by this file
(feeds and article pages written here; the articles are invented), through the real
extraction engine and store.

The site has what a watcher meets in the wild: a feed that is not XML, a redirect loop,
a 404 and a 500 page (the 500 answers on the retry), a redirect, a page slower than the
timeout, pages over the size limit (with and without Content-Length), items that are not
HTML, conditional GET (ETag and Last-Modified) and, on a second poll, a new item. Server hits
are counted per path, to check that a restarted watcher fetches nothing twice.
"""
from __future__ import annotations

import fcntl
import os
import signal
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from readouts import __version__
from readouts.interfaces.cli import app
from readouts.store.database import Store
from readouts.interfaces.watch import (FetchError, Fetcher, Watcher, canonical_url, parse_interval, read_feeds,
                            user_agent)


# --------------------------------------------------------------------------- the site


class Site:
    """Routes (path -> function of the request headers giving status, headers, body), and
    what was asked: hits per path and every request's headers."""

    def __init__(self):
        self.routes: dict = {}
        self.hits: Counter = Counter()
        self.requests: list[tuple[str, dict]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.site = self
        self.server.handle_error = lambda request, address: None   # clients hanging up on slow pages
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def headers_of(self, path: str) -> list[dict]:
        return [h for p, h in self.requests if p == path]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        site: Site = self.server.site
        path = self.path.split("?")[0]
        with site.lock:
            site.hits[path] += 1
            site.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
        route = site.routes.get(path)
        status, headers, body = route(self.headers) if route else (404, {"Content-Type": "text/html"}, b"no such page")
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers and headers.get("Connection") != "close":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if headers.get("Connection") == "close":
            self.close_connection = True
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    s = Site()
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


def html_page(title: str, paragraphs: list[str], published: str, lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}T08:00:00Z"></head>'
            f'<body><header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>'
            f"<main><article><h1>{title}</h1>\n{body}</article></main>"
            f"<footer>Example News Network. All rights reserved.</footer></body></html>").encode("utf-8")


def ok(body: bytes, ctype: str = "text/html; charset=utf-8", **headers):
    return lambda h: (200, {"Content-Type": ctype, **headers}, body)


def rss(title: str, items: list[dict], lang: str = "en") -> bytes:
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
           f"<link>http://example.org/</link><language>{lang}</language><description>news</description>"]
    for it in items:
        out.append(f"<item><title>{it['title']}</title><link>{it['link']}</link><guid>{it['link']}</guid>"
                   f"<pubDate>{it.get('date', 'Tue, 12 Mar 2024 09:00:00 GMT')}</pubDate>"
                   + (f"<description>&lt;p&gt;{it['summary']}&lt;/p&gt;</description>" if it.get("summary") else "")
                   + "</item>")
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


def conditional(body: bytes, etag: str, ctype: str = "application/rss+xml"):
    """A feed served with an ETag, answering 304 to a request that sends it back."""
    def route(h):
        if h.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": ctype, "ETag": etag}, body
    return route


def failing_first(n: int, then):
    """HTTP 500 for the first n requests, then `then`."""
    count = Counter()

    def route(h):
        count["n"] += 1
        return (500, {"Content-Type": "text/plain"}, b"oops") if count["n"] <= n else then(h)
    return route


def slow(seconds: float, then):
    state = {"slow": True}

    def route(h):
        if state["slow"]:
            time.sleep(seconds)
        return then(h)
    route.state = state
    return route


# the articles (invented; each reports one contact between two politicians)
EN_NETANYAHU_BLINKEN = html_page("Netanyahu hosts Blinken for talks on the hostages", [
    "JERUSALEM - Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Jerusalem "
    "on Tuesday, an official in the Prime Minister's Office said.",
    "The two men spent most of the afternoon on the hostage negotiations and on aid deliveries, and agreed "
    "that their teams would stay in close touch."], "2024-03-12")
EN_MACRON_ERDOGAN = html_page("Macron and Erdogan speak by phone", [
    "PARIS - French President Emmanuel Macron spoke by phone on Wednesday with Turkish President Recep Tayyip "
    "Erdogan about the grain corridor in the Black Sea, the Elysee said in a short statement."], "2024-03-13")
EN_ABDULLAH_SISI = html_page("Jordan's king and Egypt's president discuss Gaza", [
    "AMMAN - King Abdullah II of Jordan spoke by phone on Sunday with Egyptian President Abdel Fattah el-Sisi "
    "about the situation in Gaza, the Royal Court said."], "2024-03-12")
EN_BIDEN_TAMIM = html_page("Biden receives the Emir of Qatar", [
    "WASHINGTON - US President Joe Biden met Qatari Emir Tamim bin Hamad Al Thani at the White House on Monday "
    "to discuss the mediation efforts."], "2024-03-12")
HE_NETANYAHU_MACRON = html_page("נתניהו שוחח עם מקרון", [
    "ראש הממשלה בנימין נתניהו שוחח היום בטלפון עם נשיא צרפת עמנואל מקרון. השניים דנו במצב בגבול הצפון "
    "ובמאמצים להשיב את החטופים, כך נמסר מלשכת ראש הממשלה."], "2024-03-12", "he")
AR_ABDULLAH_BLINKEN = html_page("الملك عبدالله يستقبل بلينكن في عمّان", [
    "عمّان - استقبل الملك عبدالله الثاني اليوم الثلاثاء وزير الخارجية الأمريكي أنتوني بلينكن، وبحث الجانبان "
    "الأوضاع في غزة وسبل إيصال المساعدات الإنسانية إلى القطاع."], "2024-03-12", "ar")
HERZOG_SCHOLZ = ("Israeli President Isaac Herzog spoke by telephone on Monday with German Chancellor Olaf Scholz "
                 "about the release of the hostages.")
SISI_SAFADI = ("CAIRO - Egyptian President Abdel Fattah el-Sisi received Jordanian Foreign Minister Ayman Safadi "
               "in Cairo on Thursday to discuss the ceasefire talks.")

MAX_BYTES = 200_000
PAGES = ["/news/netanyahu-blinken", "/news/macron-erdogan", "/news/herzog-scholz", "/files/sisi-safadi.pdf",
         "/files/chart.png", "/news/slow", "/news/huge", "/news/huge-stream", "/he/old-link",
         "/he/netanyahu-macron", "/ar/abdullah-blinken", "/news/biden-tamim"]


def en_items(site: Site, new: bool = False) -> list[dict]:
    items = [
        {"title": "Netanyahu hosts Blinken", "link": site.url("/news/netanyahu-blinken")},
        {"title": "Macron and Erdogan speak", "link": site.url("/news/macron-erdogan")},
        {"title": "Herzog calls Scholz", "link": site.url("/news/herzog-scholz"), "summary": HERZOG_SCHOLZ},
        {"title": "Sisi receives Safadi (PDF)", "link": site.url("/files/sisi-safadi.pdf"), "summary": SISI_SAFADI},
        {"title": "Chart of the day", "link": site.url("/files/chart.png")},
        {"title": "Abdullah and Sisi", "link": site.url("/news/slow")},
        {"title": "A very long read", "link": site.url("/news/huge")},
        {"title": "An endless page", "link": site.url("/news/huge-stream")},
        # the first item again, with campaign tags: the same item
        {"title": "Netanyahu hosts Blinken", "link": site.url("/news/netanyahu-blinken?utm_source=rss&amp;utm_medium=feed")},
    ]
    if new:
        items.insert(0, {"title": "Biden receives the Emir", "link": site.url("/news/biden-tamim")})
    return items


def build_site(site: Site) -> None:
    r = site.routes
    r["/feeds/en.xml"] = conditional(rss("Example Wire", en_items(site)), '"en-1"')
    r["/feeds/he.xml"] = conditional(rss("חדשות לדוגמה", [
        {"title": "נתניהו שוחח עם מקרון", "link": site.url("/he/old-link")}], lang="he-IL"), '"he-1"')
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<title>أخبار</title><id>urn:example:ar</id><updated>2024-03-12T10:00:00Z</updated>'
            f'<entry><title>الملك يستقبل بلينكن</title><link href="{site.url("/ar/abdullah-blinken")}"/>'
            '<id>urn:example:ar:1</id><updated>2024-03-12T10:00:00Z</updated></entry></feed>').encode("utf-8")
    modified = "Tue, 12 Mar 2024 12:00:00 GMT"

    def ar_feed(h):
        if h.get("If-Modified-Since") == modified:
            return 304, {}, b""
        return 200, {"Content-Type": "application/atom+xml", "Last-Modified": modified}, atom
    r["/feeds/ar.atom"] = ar_feed
    r["/feeds/broken.xml"] = ok(b"Our feeds moved {{{ <<< see the home page", "application/rss+xml")
    r["/feeds/loop.xml"] = lambda h: (302, {"Location": "/feeds/loop2.xml"}, b"")
    r["/feeds/loop2.xml"] = lambda h: (302, {"Location": site.url("/feeds/loop.xml")}, b"")

    r["/news/netanyahu-blinken"] = ok(EN_NETANYAHU_BLINKEN)
    r["/news/macron-erdogan"] = failing_first(1, ok(EN_MACRON_ERDOGAN))
    # /news/herzog-scholz: not served (404)
    r["/files/sisi-safadi.pdf"] = ok(b"%PDF-1.4 not really", "application/pdf")
    r["/files/chart.png"] = ok(b"\x89PNG\r\n\x1a\n....", "image/png")
    r["/news/slow"] = slow(1.0, ok(EN_ABDULLAH_SISI))
    r["/news/huge"] = ok(b"<html><body><p>" + b"x" * (MAX_BYTES + 100_000) + b"</p></body></html>")
    r["/news/huge-stream"] = ok(b"<html><body><p>" + b"y" * (MAX_BYTES + 100_000), Connection="close")
    r["/he/old-link"] = lambda h: (302, {"Location": "/he/netanyahu-macron"}, b"")
    r["/he/netanyahu-macron"] = ok(HE_NETANYAHU_MACRON)
    r["/ar/abdullah-blinken"] = ok(AR_ABDULLAH_BLINKEN)
    r["/news/biden-tamim"] = ok(EN_BIDEN_TAMIM)


def write_feeds(tmp_path: Path, site: Site, extra: str = "") -> Path:
    p = tmp_path / "feeds.txt"
    p.write_text(
        "# test feeds\n"
        f'{site.url("/feeds/en.xml")} lang=en outlet="Example Wire"\n'
        "\n"
        f'{site.url("/feeds/he.xml")} lang=he outlet="חדשות לדוגמה"\n'
        f"{site.url('/feeds/ar.atom')}   lang=ar   # Atom, with Last-Modified\n"
        f"{site.url('/feeds/broken.xml')}\n"
        f"{site.url('/feeds/loop.xml')}\n" + extra, encoding="utf-8")
    return p


def fast_fetcher(**kw) -> Fetcher:
    opts = dict(timeout=0.25, max_bytes=MAX_BYTES, retries=1, backoff=0.01, delay=0.0)
    opts.update(kw)
    return Fetcher(**opts)


def pairs(store: Store) -> set[frozenset]:
    return {frozenset(p["name"] for p in e["participants"]) for e in store.events()}


def page_hits(site: Site) -> dict[str, int]:
    return {p: site.hits[p] for p in PAGES}


# --------------------------------------------------------------------------- the watcher


def test_polls_restarts_and_fetches_nothing_twice(site, tmp_path):
    build_site(site)
    feeds, problems = read_feeds(str(write_feeds(tmp_path, site)))
    assert problems == [] and len(feeds) == 5
    db = str(tmp_path / "news.db")
    log: list[tuple[str, str]] = []

    # ---- first poll
    with Store(db) as store, fast_fetcher() as f:
        st = Watcher(store, feeds, f, max_attempts=2, log=lambda lv, m: log.append((lv, m))).poll()
        got = pairs(store)
    assert (st.feeds, st.not_modified, st.feeds_failed) == (5, 0, 2)
    assert (st.new, st.seen) == (10, 1)              # 9 + 1 + 1 items; the utm_ link is the first one
    assert st.fetched == 4                           # en x2 (one after a 500), he (redirected), ar
    assert st.from_feed == 2                         # 404 and PDF: their feed summaries
    assert st.stored == 6 and st.duplicates == 0
    assert (st.failed, st.retry_later) == (4, 4)     # PNG, slow, huge, huge-stream: no feed text
    assert st.events == 6 and st.events_added == 6
    assert got == {frozenset(p) for p in [
        ("Benjamin Netanyahu", "Antony Blinken"), ("Emmanuel Macron", "Recep Tayyip Erdoğan"),
        ("Isaac Herzog", "Olaf Scholz"), ("Abdel Fattah el-Sisi", "Ayman Safadi"),
        ("Benjamin Netanyahu", "Emmanuel Macron"), ("Abdullah II of Jordan", "Antony Blinken")]}
    assert site.hits["/news/macron-erdogan"] == 2                    # 500, then the retry
    assert site.hits["/news/slow"] == 2                              # timed out twice
    assert site.hits["/feeds/loop.xml"] + site.hits["/feeds/loop2.xml"] == 6   # 1 + 5 redirects
    errors = "\n".join(m for lv, m in log if lv == "error")
    assert f"{site.url('/feeds/broken.xml')}: not an RSS or Atom feed" in errors
    assert f"{site.url('/feeds/loop.xml')}: more than 5 redirects" in errors
    assert "timed out" in errors and "too large (300,0" in errors and "too large (more than 200,000" in errors
    assert "not an HTML page (Content-Type image/png)" in errors
    warnings = "\n".join(m for lv, m in log if lv == "warn")
    assert "HTTP 404" in warnings and "Content-Type application/pdf" in warnings

    with Store(db) as store:
        docs = {r["url"]: dict(r) for r in store.conn.execute("SELECT * FROM documents")}
    he = docs[site.url("/he/netanyahu-macron")]                       # stored under the redirect's target
    assert (he["lang"], he["source"], he["published"]) == ("he", "חדשות לדוגמה", "2024-03-12")
    pdf = docs[site.url("/files/sisi-safadi.pdf")]
    assert pdf["text"] == SISI_SAFADI and pdf["title"] == "Sisi receives Safadi (PDF)"
    assert pdf["source"] == "Example Wire" and pdf["published_from"] == "metadata"
    ar = docs[site.url("/ar/abdullah-blinken")]
    assert ar["lang"] == "ar" and ar["source"] == "أخبار"             # outlet: the feed's title
    after_first = page_hits(site)

    # ---- the site changes: a new item, the slow page answers quickly now
    site.routes["/feeds/en.xml"] = conditional(rss("Example Wire", en_items(site, new=True)), '"en-2"')
    site.routes["/news/slow"].state["slow"] = False

    # ---- a restarted watcher (new store, new fetcher): state comes from the database
    with Store(db) as store, fast_fetcher() as f:
        st = Watcher(store, feeds, f, max_attempts=2).poll()
        got = pairs(store)
    assert (st.feeds, st.not_modified, st.feeds_failed) == (5, 2, 2)
    assert (st.new, st.seen) == (1, 9)
    assert (st.fetched, st.stored, st.from_feed) == (2, 2, 0)        # the new item, and the slow one retried
    assert (st.failed, st.retry_later) == (3, 0)                     # second and last attempt
    assert st.events == 2
    assert {frozenset(("Joe Biden", "Tamim bin Hamad Al Thani")),
            frozenset(("Abdullah II of Jordan", "Abdel Fattah el-Sisi"))} <= got
    assert site.headers_of("/feeds/he.xml")[-1]["if-none-match"] == '"he-1"'
    assert site.headers_of("/feeds/ar.atom")[-1]["if-modified-since"] == "Tue, 12 Mar 2024 12:00:00 GMT"
    after_second = page_hits(site)
    changed = {p for p in PAGES if after_second[p] != after_first[p]}
    assert changed == {"/news/biden-tamim", "/news/slow", "/files/chart.png", "/news/huge", "/news/huge-stream"}
    assert after_second["/news/slow"] == 3 and after_second["/news/biden-tamim"] == 1

    # ---- and again: nothing new, nothing fetched
    with Store(db) as store, fast_fetcher() as f:
        st = Watcher(store, feeds, f, max_attempts=2).poll()
        states = dict(store.conn.execute("SELECT status, COUNT(*) FROM watch_items GROUP BY status").fetchall())
        n_docs = store.stats()["documents"]
    assert (st.not_modified, st.new, st.fetched, st.stored, st.failed, st.events_added) == (3, 0, 0, 0, 0, 0)
    assert page_hits(site) == after_second
    assert states == {"stored": 8, "failed": 3} and n_docs == 8


def test_item_stored_before_a_crash_is_not_fetched_again(site, tmp_path):
    """A watcher killed between storing a document and marking its item: the next one sees the
    document and marks the item without fetching the page."""
    site.routes["/feeds/en.xml"] = ok(rss("W", [{"title": "N", "link": site.url("/news/netanyahu-blinken")}]),
                                      "application/rss+xml")
    site.routes["/news/netanyahu-blinken"] = ok(EN_NETANYAHU_BLINKEN)
    (tmp_path / "f.txt").write_text(site.url("/feeds/en.xml") + "\n", encoding="utf-8")
    feeds, _ = read_feeds(str(tmp_path / "f.txt"))
    db = str(tmp_path / "news.db")
    with Store(db) as store, fast_fetcher() as f:
        Watcher(store, feeds, f).poll()
        store.conn.execute("UPDATE watch_items SET status = 'pending'")   # the mark that was lost
    with Store(db) as store, fast_fetcher() as f:
        st = Watcher(store, feeds, f).poll()
        status = store.conn.execute("SELECT status FROM watch_items").fetchone()[0]
    assert site.hits["/news/netanyahu-blinken"] == 1
    assert (st.fetched, st.stored, status) == (0, 0, "stored")


def test_same_article_under_two_links_is_stored_once(site, tmp_path):
    site.routes["/feeds/en.xml"] = ok(rss("W", [{"title": "N", "link": site.url("/a")},
                                                {"title": "N", "link": site.url("/b")}]), "application/rss+xml")
    site.routes["/a"] = site.routes["/b"] = ok(EN_NETANYAHU_BLINKEN)
    (tmp_path / "f.txt").write_text(site.url("/feeds/en.xml") + "\n", encoding="utf-8")
    feeds, _ = read_feeds(str(tmp_path / "f.txt"))
    with Store(str(tmp_path / "news.db")) as store, fast_fetcher() as f:
        st = Watcher(store, feeds, f).poll()
        dup = store.conn.execute("SELECT doc_id FROM watch_items WHERE status = 'duplicate'").fetchone()[0]
        stored = store.conn.execute("SELECT doc_id FROM watch_items WHERE status = 'stored'").fetchone()[0]
    assert (st.new, st.fetched, st.stored, st.duplicates) == (2, 2, 1, 1)
    assert dup == stored


# --------------------------------------------------------------------------- the fetcher


class FakeClock:
    """Time that passes only when slept through."""

    def __init__(self):
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.slept.append(round(s, 6))
        self.now += s


def test_fetcher_politeness_per_host(site):
    site.routes["/p"] = ok(b"<html><body>hi</body></html>")
    clock = FakeClock()
    with Fetcher(delay=5.0, clock=clock, sleep=clock.sleep) as f:
        f.get(site.url("/p"))
        f.get(site.url("/p"))                              # same host: waits its turn
        f.get(site.url("/p").replace("127.0.0.1", "localhost"))   # another host name: does not
    assert clock.slept == [5.0]


def test_fetcher_backoff_and_bounded_retries(site):
    site.routes["/flaky"] = failing_first(2, ok(b"fine"))
    site.routes["/down"] = lambda h: (503, {}, b"down")
    site.routes["/later"] = lambda h: (503, {"Retry-After": "3600"}, b"come back in an hour")
    site.routes["/gone"] = lambda h: (404, {}, b"")
    clock = FakeClock()
    with Fetcher(retries=3, backoff=1.0, delay=0.0, clock=clock, sleep=clock.sleep) as f:
        assert f.get(site.url("/flaky")).body == b"fine"
        assert clock.slept == [1.0, 2.0] and site.hits["/flaky"] == 3
        clock.slept.clear()
        with pytest.raises(FetchError) as e:
            f.get(site.url("/down"))
        assert e.value.transient and "HTTP 503" in e.value.reason and "4 tries" in e.value.reason
        assert clock.slept == [1.0, 2.0, 4.0] and site.hits["/down"] == 4
        clock.slept.clear()
        with pytest.raises(FetchError) as e:
            f.get(site.url("/later"))                       # longer than max_backoff: not waited for
        assert site.hits["/later"] == 1 and clock.slept == [] and "wait 3600" in e.value.reason
        with pytest.raises(FetchError) as e:
            f.get(site.url("/gone"))
        assert not e.value.transient and site.hits["/gone"] == 1


def test_fetcher_sends_user_agent_and_follows_relative_redirects(site):
    site.routes["/r1"] = lambda h: (301, {"Location": "r2"}, b"")
    site.routes["/r2"] = lambda h: (308, {"Location": "/final?x=1"}, b"")
    site.routes["/final"] = ok(b"here")
    with fast_fetcher(contact="mailto:news@example.org") as f:
        r = f.get(site.url("/r1"))
    assert (r.status, r.url, r.body) == (200, site.url("/final?x=1"), b"here")
    ua = site.headers_of("/r1")[0]["user-agent"]
    assert ua == f"readouts/{__version__} (+mailto:news@example.org)" == user_agent("mailto:news@example.org")


# --------------------------------------------------------------------------- feeds file, durations, URLs


def test_feeds_file(tmp_path):
    p = tmp_path / "feeds.txt"
    p.write_text(
        "# comment\n"
        "\n"
        "https://a.example/rss lang=HE outlet=\"ידיעות לדוגמה\"  # a trailing comment\n"
        "https://b.example/atom.xml\n"
        "ftp://c.example/feed\n"
        "https://d.example/rss language=en\n"
        "https://e.example/rss lang=english\n"
        "https://f.example/rss outlet=\"unclosed\n"
        "https://a.example/rss\n"
        "https://g.example/rss lang\n", encoding="utf-8")
    feeds, problems = read_feeds(str(p))
    assert [(f.url, f.lang, f.outlet, f.where) for f in feeds] == [
        ("https://a.example/rss", "he", "ידיעות לדוגמה", f"{p}:3"), ("https://b.example/atom.xml", None, None, f"{p}:4")]
    assert [m.split(": ", 1)[0] for m in problems] == [f"{p}:{n}" for n in (5, 6, 7, 8, 9, 10)]
    assert "not an http(s) URL" in problems[0] and "unknown key 'language'" in problems[1]
    assert "not an ISO 639 code" in problems[2] and "quotation" in problems[3]
    assert f"already listed at {p}:3" in problems[4] and "not key=value" in problems[5]


def test_parse_interval():
    assert [parse_interval(s) for s in ("30s", "15m", "1h", "1h30m", "90", "2d", " 1.5m ")] == \
        [30, 900, 3600, 5400, 90, 172800, 90]
    for bad in ("", "0s", "15x", "m", "1h-5m", "soon"):
        with pytest.raises(ValueError):
            parse_interval(bad)


def test_canonical_url():
    assert canonical_url("HTTPS://News.Example.COM:443/a/b?id=3&utm_source=rss&fbclid=x#top") == \
        "https://news.example.com/a/b?id=3"
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"
    assert canonical_url("http://user:pw@example.com/x?b=2&a=1") == "http://example.com/x?b=2&a=1"


# --------------------------------------------------------------------------- the command

runner = CliRunner()


def test_cli_once(site, tmp_path):
    build_site(site)
    feeds = write_feeds(tmp_path, site, extra="https://x.example/rss lang=xx-yy\n")
    db = str(tmp_path / "news.db")
    args = ["watch", "--feeds", str(feeds), "--db", db, "--once", "--delay", "0", "--backoff", "0.01",
            "--timeout", "0.25", "--retries", "1", "--max-mb", str(MAX_BYTES / 1e6), "--max-attempts", "2"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert f"{feeds}:8: lang='xx-yy' is not an ISO 639 code" in r.stderr
    summary = dict(line.split(":", 1) for line in r.stdout.splitlines())
    summary = {k.strip(): v.strip() for k, v in summary.items()}
    assert summary["feeds polled"] == "5" and summary["items new"] == "10"
    assert (summary["pages fetched"], summary["from feed text"], summary["stored"]) == ("4", "2", "6")
    assert summary["failed"] == "4 (4 to be retried)" and summary["events stored"] == "6"
    hits = page_hits(site)
    r = runner.invoke(app, args)                          # the same cron job again
    assert r.exit_code == 0, r.output
    summary = {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in r.stdout.splitlines())}
    assert (summary["items new"], summary["skipped (seen)"], summary["stored"]) == ("0", "0", "0")
    assert summary["not modified"] == "3" and summary["failed"] == "4"      # the last attempt of the four
    changed = {p for p in PAGES if page_hits(site)[p] != hits[p]}
    assert changed == {"/files/chart.png", "/news/slow", "/news/huge", "/news/huge-stream"}


def test_cli_refuses_a_second_watcher_and_bad_input(tmp_path):
    db = str(tmp_path / "news.db")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://example.org/rss\n", encoding="utf-8")
    with open(db + ".watch-lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        r = runner.invoke(app, ["watch", "--feeds", str(feeds), "--db", db, "--once"])
    assert r.exit_code == 1 and "another `readouts watch` is using" in r.stderr
    with Store(db) as store:
        assert store.conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'watch%'").fetchall() == []
    feeds.write_text("# nothing but a comment\n", encoding="utf-8")
    r = runner.invoke(app, ["watch", "--feeds", str(feeds), "--db", db, "--once"])
    assert r.exit_code == 1 and "no feeds in" in r.stderr
    r = runner.invoke(app, ["watch", "--feeds", str(feeds), "--db", db, "--every", "soon"])
    assert r.exit_code == 2 and "not a duration" in r.stderr
    r = runner.invoke(app, ["watch", "--feeds", str(tmp_path / "missing.txt"), "--db", db, "--once"])
    assert r.exit_code == 2 and "cannot read" in r.stderr


def test_interrupted_poll_is_finished_by_the_next_run(site, tmp_path):
    """A watcher killed (SIGTERM, as cron's timeout or systemd sends it) in the middle of a poll
    reports how far it got; the next run fetches what was left and nothing twice."""
    site.routes["/feeds/en.xml"] = ok(rss("W", [{"title": "A", "link": site.url("/a")},
                                                {"title": "B", "link": site.url("/b")}]), "application/rss+xml")
    page_a = ok(EN_NETANYAHU_BLINKEN)

    def kill_first_time(h):
        if site.hits["/a"] == 1:
            os.kill(os.getpid(), signal.SIGTERM)       # arrives while the watcher waits for the page
            time.sleep(0.5)
        return page_a(h)
    site.routes["/a"] = kill_first_time
    site.routes["/b"] = ok(EN_MACRON_ERDOGAN)
    (tmp_path / "f.txt").write_text(site.url("/feeds/en.xml") + "\n", encoding="utf-8")
    args = ["watch", "--feeds", str(tmp_path / "f.txt"), "--db", str(tmp_path / "news.db"), "--once",
            "--delay", "0", "--timeout", "5"]
    old = signal.getsignal(signal.SIGTERM)
    r = runner.invoke(app, args)
    assert signal.getsignal(signal.SIGTERM) is old      # the watcher's handler is gone again
    assert r.exit_code == 130 and "interrupted" in r.stderr
    assert "items new:          2" in r.stdout and "stored:           0" in r.stdout
    assert (site.hits["/a"], site.hits["/b"]) == (1, 0)
    r = runner.invoke(app, args)
    assert r.exit_code == 0 and "stored:           2" in r.stdout
    assert (site.hits["/a"], site.hits["/b"]) == (2, 1)


def test_loop_polls_every_interval_until_ctrl_c(site, tmp_path, monkeypatch):
    """Without --once: a summary per poll, the feeds file read again before each poll, and
    Ctrl-C while waiting stops it cleanly."""
    import readouts.interfaces.watch as watch_mod
    site.routes["/feeds/en.xml"] = conditional(rss("W", []), '"e"')
    site.routes["/feeds/more.xml"] = ok(rss("M", []), "application/rss+xml")
    feeds = tmp_path / "f.txt"
    feeds.write_text(site.url("/feeds/en.xml") + "\n", encoding="utf-8")
    waits: list[float] = []

    def sleep(s):
        waits.append(s)
        if len(waits) == 1:
            with open(feeds, "a", encoding="utf-8") as f:    # edited while the watcher waits
                f.write(site.url("/feeds/more.xml") + " lang=en\n")
        else:
            raise KeyboardInterrupt
    monkeypatch.setattr(watch_mod, "time", SimpleNamespace(monotonic=time.monotonic, sleep=sleep))
    r = runner.invoke(app, ["watch", "--feeds", str(feeds), "--db", str(tmp_path / "news.db"),
                            "--every", "1h", "--delay", "0"])
    assert r.exit_code == 0 and "stopped" in r.stderr
    lines = r.stdout.splitlines()
    assert [ln.split(" at ")[0] for ln in lines if ln.startswith("poll ")] == ["poll 1", "poll 2"]
    assert [ln.split()[-1] for ln in lines if ln.startswith("feeds polled")] == ["1", "2"]
    assert [ln.split()[-1] for ln in lines if "not modified" in ln] == ["0", "1"]
    assert len(waits) == 2 and all(3590 < w <= 3600 for w in waits)
