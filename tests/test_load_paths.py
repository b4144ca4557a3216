"""What serving many clients rests on (bench/load_api.py measures the speed): the answer cache
that any write to the database empties, the pool of read-only connections, the refusal of
searches that only short words make, and `readouts serve --workers N` (whose processes share
one answer cache)."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from readouts.interfaces import api
from readouts.interfaces.api import Answer, Reader, SharedAnswers, create_app
from readouts.store.database import Store
from webfixtures import ROOT, free_port, web_db, web_db_copy  # noqa: F401  (fixtures)

LOCAL = "http://127.0.0.1:8000"


def test_a_write_to_the_database_invalidates_the_cached_answers(web_db_copy):
    with TestClient(create_app(web_db_copy), base_url=LOCAL) as c:
        reader = c.app.state.reader
        urls = ["/api/stats", "/api/timeline?interval=month", "/api/events?limit=500", "/api/network"]
        before = {u: c.get(u).json() for u in urls}
        hits = reader.hits
        assert {u: c.get(u).json() for u in urls} == before
        assert reader.hits == hits + len(urls)           # answered from the cache
        # another process's write: one event goes (its mentions and participants with it)
        with Store(str(web_db_copy)) as s:
            gone = s.conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()[0]
            s.conn.execute("DELETE FROM events WHERE id = ?", (gone,))
        after = {u: c.get(u).json() for u in urls}
        assert reader.hits == hits + len(urls)           # none of them from the cache
        assert after["/api/stats"]["events"] == before["/api/stats"]["events"] - 1
        assert after["/api/timeline?interval=month"]["total"] == before["/api/timeline?interval=month"]["total"] - 1
        assert after["/api/events?limit=500"]["total"] == before["/api/events?limit=500"]["total"] - 1
        assert gone not in {e["id"] for e in after["/api/events?limit=500"]["items"]}
        assert c.get(f"/api/events/{gone}").status_code == 404


def test_answers_are_compressed_once_for_clients_that_accept_gzip(web_db):
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        for _ in range(2):                               # computed, then from the cache
            zipped = c.get("/api/events", params={"limit": 100}, headers={"Accept-Encoding": "gzip"})
            plain = c.get("/api/events", params={"limit": 100}, headers={"Accept-Encoding": "identity"})
            assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
            assert "Accept-Encoding" in zipped.headers["vary"]
            assert int(zipped.headers["content-length"]) < len(plain.content)
            assert zipped.json() == plain.json() and plain.json()["total"] > 0
        small = c.get("/api/events/nope", headers={"Accept-Encoding": "gzip"})
        assert small.status_code == 404 and "content-encoding" not in small.headers


def test_the_cache_stays_within_its_size_and_time(web_db):
    reader = Reader(str(web_db), cache_bytes=1000, cache_seconds=0.2)
    made = []

    def make(n):
        made.append(n)
        return Answer(b"x" * n)

    for i in range(30):
        reader.cached(f"k{i}", lambda: make(100))
        assert reader._cached <= 1000
    assert len(reader._cache) == 10
    reader.cached("k29", lambda: make(100))              # still there
    reader.cached("big", lambda: make(900))              # larger than an eighth: not kept
    assert "big" not in reader._cache and len(made) == 31
    time.sleep(0.25)
    reader.cached("k29", lambda: make(100))              # expired: made again
    assert len(made) == 32
    reader.close()


def test_the_cache_keeps_one_form_of_an_answer_and_drops_expired_ones(web_db):
    """The answer cache kept both the JSON and the gzip of every large answer, and answers past
    their time until the cache was full: a server's memory grew by the whole cache (64 MiB a
    process) in the first minutes of bench/load_api.py. It keeps the gzip alone, and an expired
    answer goes when the next one comes in."""
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        reader = c.app.state.reader
        plain = c.get("/api/events", params={"limit": 500}, headers={"Accept-Encoding": "identity"})
        assert plain.status_code == 200 and len(plain.content) > 10_000
        assert 0 < reader._cached < len(plain.content) / 2          # the gzip only
        again = c.get("/api/events", params={"limit": 500}, headers={"Accept-Encoding": "identity"})
        assert reader.hits == 1 and again.content == plain.content  # decompressed for this client
        zipped = c.get("/api/events", params={"limit": 500}, headers={"Accept-Encoding": "gzip"})
        assert zipped.headers["content-encoding"] == "gzip" and zipped.content == plain.content
    reader = Reader(str(web_db), cache_seconds=0.2)
    for i in range(10):
        reader.cached(f"k{i}", lambda: Answer(b"x" * 100))
    time.sleep(0.25)
    reader.cached("new", lambda: Answer(b"y" * 100))
    assert list(reader._cache) == ["new"] and reader._cached == 100
    reader.close()


def _counting(monkeypatch, name: str) -> list:
    """Count the calls of queries.<name> (the SQL of an endpoint)."""
    from readouts.store import queries
    calls, real = [], getattr(queries, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(queries, name, counted)
    return calls


def test_a_cached_answer_goes_out_as_the_endpoint_sends_it_without_reaching_it(web_db, monkeypatch):
    """CachedAnswers sends a cached answer on the event loop: the same status, headers and bytes
    as the endpoint sends, the host check and the security headers as for any request, and the
    endpoint's SQL is not run again."""
    calls = _counting(monkeypatch, "events_page")
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        url = "/api/events?limit=100&sort=date"
        seen = []
        for _ in range(3):
            for enc in ("gzip", "identity"):
                r = c.get(url, headers={"Accept-Encoding": enc})
                seen.append((enc, r.status_code, sorted(r.headers.items()), r.content))
        assert len(calls) == 1 and c.app.state.reader.hits == 5
        for enc in ("gzip", "identity"):
            assert len({(st, tuple(h), body) for e, st, h, body in seen if e == enc}) == 1
        headers = dict(seen[0][2])
        assert headers["content-encoding"] == "gzip" and headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert c.get(url, headers={"Host": "attacker.example"}).status_code == 400   # still refused
        small = "/api/events?limit=1&type=nothing"   # (a short answer: never gzipped)
        assert c.get(small).status_code == 422 and c.get(small).status_code == 422   # errors are not kept
        assert c.get("/api/stats").content == c.get("/api/stats").content
        assert len(calls) == 1


def test_workers_share_one_answer_cache_that_a_write_to_the_database_invalidates(web_db_copy, tmp_path,
                                                                                 monkeypatch):
    """Two server processes' apps over one SharedAnswers file: an answer one computed the other
    sends; after a write to the database neither sends an answer computed before it."""
    shared = str(tmp_path / "answers.sqlite")
    calls = _counting(monkeypatch, "events_page")
    with TestClient(create_app(web_db_copy, shared_cache=shared), base_url=LOCAL) as a, \
            TestClient(create_app(web_db_copy, shared_cache=shared), base_url=LOCAL) as b:
        url = "/api/events?limit=500"
        first = a.get(url).json()
        assert b.get(url).json() == first and len(calls) == 1 and b.app.state.reader.hits == 1
        with Store(str(web_db_copy)) as s:
            gone = s.conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()[0]
            s.conn.execute("DELETE FROM events WHERE id = ?", (gone,))
        after = b.get(url).json()
        assert len(calls) == 2 and after["total"] == first["total"] - 1
        assert a.get(url).json() == after                          # not a's answer from before
        assert gone not in {e["id"] for e in a.get(url).json()["items"]}


def test_the_shared_cache_stays_within_its_size_and_time(tmp_path, monkeypatch):
    monkeypatch.setattr(SharedAnswers, "PURGE_EVERY", 1)
    cache = SharedAnswers(str(tmp_path / "a.sqlite"), max_bytes=1000, seconds=0.3)
    epoch = cache.epoch()
    now = time.monotonic()
    for i in range(30):
        cache.put(f"k{i}", epoch, now + i * 1e-3, Answer(b"x" * 100))
        assert cache.size() <= 1000
    assert cache.get("k29", epoch, now) == Answer(b"x" * 100)            # the newest are kept
    assert cache.get("k0", epoch, now) is None                           # the oldest went
    cache.bump()
    assert cache.epoch() == epoch + 1 and cache.get("k29", epoch + 1, now) is None
    assert cache.get("k29", epoch, now + 1) is None                      # expired
    cache.put("new", epoch + 1, now, Answer(b"y" * 10, True))
    assert cache.size() == 10 and cache.get("new", epoch + 1, now) == Answer(b"y" * 10, True)
    cache.close()


def test_a_request_holds_a_connection_only_while_its_answer_is_computed(web_db, monkeypatch):
    """Requests waiting for one of the THREADS hold no connection: with many at once, a process
    opens as many connections as it computes answers at once (and one that watches the version)."""
    import anyio
    from readouts.store import queries
    opened, real = [], queries.connect

    def connect(path):
        opened.append(path)
        return real(path)
    monkeypatch.setattr(queries, "connect", connect)
    app = create_app(web_db)
    opened.clear()                                       # (create_app's probe and the watch)

    async def many():
        anyio.to_thread.current_default_thread_limiter().total_tokens = api.THREADS
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=LOCAL) as c:
            rs = await asyncio.gather(*(c.get("/api/events", params={"limit": 5, "offset": i}) for i in range(30)))
        assert all(r.status_code == 200 for r in rs)
    asyncio.run(many())
    assert 1 <= len(opened) <= api.THREADS
    app.state.reader.close()


_FREED = r"""
import sys
from readouts.interfaces import api
if sys.argv[1] == "steady":
    assert api.steady_malloc()
def anon():
    return int(next(ln for ln in open("/proc/self/status") if ln.startswith("RssAnon:")).split()[1])
start = anon()
for _ in range(3):               # a large answer made and freed, then smaller allocations
    answer = bytearray(8 << 20)
    del answer
    kept = [bytes(40) for _ in range(10)]
print(anon() - start)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc and /proc")
def test_a_server_process_gives_back_the_memory_of_a_freed_large_answer():
    """glibc raised the size from which it maps a block apart to that of a large block once freed,
    so the next large answers came from the heap, whose freed pages a process kept: the server's
    memory grew with every new large answer (bench/load_api.py). steady_malloc, called by each
    `readouts serve` process, keeps that size fixed."""
    def grew(how: str) -> int:
        return int(subprocess.run([sys.executable, "-c", _FREED, how], capture_output=True, text=True,
                                  check=True).stdout)
    if grew("default") < 6 * 1024:
        pytest.skip("this malloc gives a freed large block back by itself")
    assert grew("steady") < 2048                    # KiB: the 8 MiB went back


def test_connections_are_reused_and_read_only(web_db):
    reader = Reader(str(web_db))
    with reader.connection() as a:
        with reader.connection() as b:
            assert a is not b                            # one request per connection at a time
    with reader.connection() as c:
        assert c in (a, b)
        with pytest.raises(Exception, match="readonly|read-only"):
            c.execute("DELETE FROM events")
    reader.close()


def test_a_search_of_short_words_only_is_refused_with_a_reason(web_db):
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        for q in ("a", "ab", "ab c", "נת", "بو"):
            r = c.get("/api/events", params={"q": q})
            assert r.status_code == 422 and "3 or more letters" in r.text, (q, r.status_code)
            assert c.get("/api/timeline", params={"q": q}).status_code == 422
        # a short word along with a longer one narrows the longer one's hits
        longer = c.get("/api/events", params={"q": "Putin", "limit": 500}).json()
        both = c.get("/api/events", params={"q": "Putin ab", "limit": 500}).json()
        assert longer["total"] > 0 and both["total"] <= longer["total"]
        assert {e["id"] for e in both["items"]} <= {e["id"] for e in longer["items"]}
        docs = c.get("/openapi.json").json()
        q = next(p for p in docs["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "q")
        assert "3 letters or more" in q["description"]


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += [int(x) for x in (task / "children").read_text().split()]
    return out


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_serve_with_workers_keeps_the_host_check_and_the_policy(web_db):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "readouts.interfaces.cli", "serve", "--db", str(web_db), "--port", str(port),
                             "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(base + "/api/stats", timeout=5)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read().decode()
                time.sleep(0.3)
        assert r.status_code == 200 and r.json()["events"] > 0
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert httpx.get(base + "/api/stats", headers={"Host": "attacker.example"}).status_code == 400
        assert "script-src 'self' 'sha256-" in httpx.get(base + "/docs").headers["content-security-policy"]
        cmdlines = [Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace") for p in _children(proc.pid)]
        workers = [c for c in cmdlines if "spawn_main" in c and "resource_tracker" not in c]
        assert len(workers) == 2, cmdlines                # uvicorn's worker processes
        environ = Path(f"/proc/{_children(proc.pid)[0]}/environ").read_bytes().decode(errors="replace")
        shared = json.loads(next(v for v in environ.split("\0") if v.startswith("READOUTS_SERVE="))
                            .split("=", 1)[1])["shared_cache"]
        assert Path(shared).is_file()                     # the workers' one answer cache
    finally:
        proc.terminate()
        proc.wait(30)
    assert "2 workers" in proc.stdout.read().decode()
    assert not Path(shared).parent.exists()              # removed when the server stops


# --------------------------------------------------------------------------- bounded answers

def _walk(c, **params) -> list[str]:
    """The ids of every page of /api/events, following `next` (keyset paging)."""
    ids, after = [], None
    while True:
        page = c.get("/api/events", params={**params, **({"after": after} if after else {})}).json()
        ids += [e["id"] for e in page["items"]]
        assert len(ids) < 1000, "paging does not end"
        after = page["next"]
        if after is None:
            return ids


@pytest.mark.parametrize("filters", [{}, {"type": "call"}, {"since": "2024-01"}, {"actor": "Q43723"}])
def test_keyset_pages_equal_offset_pages(web_db, filters):
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        for sort in ("date", "-date", "sources"):
            whole = c.get("/api/events", params={**filters, "sort": sort, "limit": 500}).json()
            want = [e["id"] for e in whole["items"]]
            assert len(want) == whole["total"] >= 2
            assert _walk(c, **filters, sort=sort, limit=3) == want, (filters, sort)
            pages = [c.get("/api/events", params={**filters, "sort": sort, "limit": 3, "offset": o}).json()
                     for o in range(0, len(want), 3)]
            assert [p["next"] for p in pages] == [want[o + 2] if o + 3 <= len(want) else None
                                                 for o in range(0, len(want), 3)]
        assert c.get("/api/events", params={"after": "ev-nope"}).status_code == 422
        assert c.get("/api/events", params={"after": want[0], "offset": 3}).status_code == 422


def test_totals_that_must_be_read_are_counted_up_to_the_cap(web_db, monkeypatch):
    import readouts.interfaces.api
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        exact = {f: c.get("/api/events", params={**p, "limit": 500}).json()
                 for f, p in (("actor", {"actor": "Netanyahu"}), ("type", {"type": "call"}))}
        assert exact["actor"]["total"] > 3 and exact["type"]["total"] > 3
        assert not any(p["total_capped"] for p in exact.values())
        monkeypatch.setattr(readouts.interfaces.api, "COUNT_CAP", 3)
        capped = c.get("/api/events", params={"actor": "Netanyahu", "limit": 2, "offset": 2}).json()
        assert (capped["total"], capped["total_capped"]) == (3, True)
        # the pages past the cap are there all the same
        assert [e["id"] for e in capped["items"]] == [e["id"] for e in exact["actor"]["items"][2:4]]
        last = exact["actor"]["total"] - 1
        tail = c.get("/api/events", params={"actor": "Netanyahu", "offset": last}).json()
        assert [e["id"] for e in tail["items"]] == [exact["actor"]["items"][-1]["id"]]
        # a type and dates only: event_counts tells the exact number at once
        typed = c.get("/api/events", params={"type": "call", "limit": 1}).json()
        assert (typed["total"], typed["total_capped"]) == (exact["type"]["total"], False)


def test_a_network_keeps_the_pairs_with_most_contacts_up_to_its_limit(web_db):
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        full = c.get("/api/network").json()
        assert full["edges_total"] == len(full["edges"]) > 3 and not full["truncated"]
        top = sorted(full["edges"], key=lambda e: (-e["contacts"], e["source"], e["target"]))[:3]
        net = c.get("/api/network", params={"limit": 3}).json()
        assert net["truncated"] and net["edges_total"] == len(full["edges"])
        assert net["edges"] == sorted(top, key=lambda e: (e["source"], e["target"]))
        kept = {k for e in net["edges"] for k in (e["source"], e["target"])}
        assert net["nodes"] == [n for n in full["nodes"] if n["key"] in kept]
        assert c.get("/api/network", params={"limit": 0}).status_code == 422


@pytest.mark.parametrize("walk_max", [10_000, 3])
def test_a_dense_search_reads_the_events_in_order_and_finds_the_same(web_db, monkeypatch, walk_max):
    from readouts.store import queries
    conn = queries.connect(web_db)
    searches = [dict(text=q, sort=s, offset=o) for q in ("Netanyahu", "phone", "נתניהו", "اتصالا", "the pr")
                for s in queries.SORTS for o in (0, 1, 2)] + [dict(text="phone", type="call"), dict(text="minister", since="2024")]
    plain = [queries.events_page(conn, limit=1, **f) for f in searches]          # (no cap: the index search)
    assert sum(len(p["items"]) for p in plain) > 20 and sum(p["total"] > 1 for p in plain) > 20
    monkeypatch.setattr(queries, "DENSE_SEARCH", 1)    # every search is dense here
    monkeypatch.setattr(queries, "WALK_BATCH", 2)
    monkeypatch.setattr(queries, "WALK_MAX", walk_max)
    walked = [queries.events_page(conn, limit=1, cap=1, **f) for f in searches]
    conn.close()
    fell_back = 0   # (pages that WALK_MAX events did not fill are searched as any other: exact totals)
    for f, p, w in zip(searches, plain, walked):
        assert [e["id"] for e in w["items"]] == [e["id"] for e in p["items"]], f
        fell_back += p["total"] > 1 and not w["total_capped"]
        assert (w["total"], w["total_capped"]) in ((1, True) if p["total"] > 1 else (p["total"], False),
                                                   (p["total"], False) if walk_max < 10 else None), f
    assert (fell_back > 0) == (walk_max < 10)


def test_a_country_a_person_or_a_name_is_paged_from_the_participants_as_from_the_events(web_db, monkeypatch):
    """A country's or a person's events sorted by date are read from the participants' index, one
    range per type and undated events apart, a name's from its participations: the same pages
    and totals as the events' own path finds."""
    from readouts.store import queries
    conn = queries.connect(web_db)
    people = [k for (k,) in conn.execute("SELECT person_id FROM event_participants WHERE person_id IS NOT NULL"
                                         " GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 3")]
    cases = [dict(actor=k, **x) for k in people + ["Q1"] for x in ({}, {"type": "call"}, {"since": "2024-02"})]
    cases += [dict(country=c, **x) for c in ("ISR", "USA", "XXX") for x in ({}, {"type": "meeting"}, {"until": "2024"})]
    cases += [dict(actor=n, **x) for n in ("Netanyahu", "an", "nobody such") for x in ({}, {"type": "call"})]
    # a name's or a country's events counted from their participations: as many as the events' filters find
    schema = queries.Schema(conn)
    for f in cases:
        w, args = queries.where(conn, schema, **f)
        assert queries._count(conn, schema, **f) == conn.execute(f"SELECT COUNT(*) FROM events e{w}", args).fetchone()[0]
    pages = [dict(f, sort=s, offset=o, limit=n) for f in cases for s in ("date", "-date") for o, n in ((0, 500), (1, 2))]
    read: list[str] = []
    conn.set_trace_callback(read.append)
    fast = [queries.events_page(conn, cap=10, **p) for p in pages]
    assert any("INDEXED BY participants_" in sql and "ORDER BY e.eff_date" in sql for sql in read)
    assert not any("events_cover WHERE e.id IN" in sql and "ORDER BY" in sql for sql in read)  # (no set of ids sorted)
    monkeypatch.setattr(queries, "_participant_page", lambda *a: None)
    slow = [queries.events_page(conn, cap=10, **p) for p in pages]
    conn.close()
    assert sum(len(p["items"]) for p in fast) > 50 and max(len(p["items"]) for p in fast) >= 3
    for p, a, b in zip(pages, fast, slow):
        assert a == b, p


def test_a_search_reads_its_hits_by_rowid_and_finds_every_event_of_its_words(web_db):
    """A search takes the kinds and refs of its hits from the search table's content table by rowid
    (FTS5 would read them with a statement per hit) and finds the events of every sentence and
    title holding its words, as a reading of all of them finds."""
    from readouts.store import queries
    from readouts.textnorm import fold
    conn = queries.connect(web_db)
    read: list[str] = []
    conn.set_trace_callback(read.append)
    words = ["netanyahu", "phone", "נתניהו", "اتصالا", "minister"]
    found = {w: {e["id"] for e in queries.events_page(conn, limit=500, text=w)["items"]} for w in words}
    conn.set_trace_callback(None)
    assert not any("search_content' T WHERE T.'rowid'=?" in sql for sql in read)
    texts = conn.execute("SELECT m.event_id, m.sentence, d.title FROM mentions m JOIN documents d ON d.id = m.doc_id"
                         ).fetchall()
    conn.close()
    for w in words:
        want = {e for e, sentence, title in texts if any(t and w in fold(t) for t in (sentence, title))}
        assert found[w] == want and want, w


def test_counts_by_date_read_a_range_of_event_counts_and_leave_undated_events_out(web_db_copy):
    """A total of a type and dates only is summed over a range of event_counts' primary key (not
    all its rows) and is the number of matching events: undated events (day '') are in no range."""
    from readouts.store import queries
    from readouts.store.database import where_clause
    with Store(str(web_db_copy)) as s:   # an undated event, which an upper bound alone must leave out
        s.conn.execute("UPDATE events SET date = NULL WHERE id = (SELECT id FROM events ORDER BY id LIMIT 1)")
        s.conn.execute("UPDATE mentions SET published = NULL")
    conn = queries.connect(web_db_copy)
    schema = queries.Schema(conn)
    assert conn.execute("SELECT SUM(n) FROM event_counts WHERE day = ''").fetchone()[0] >= 1
    for f in ({"until": "2030"}, {"since": "2024-02", "until": "2024"}, {"since": "2024", "type": "call"},
              {"until": "2024-06-15", "type": "meeting"}):
        w, args = queries.where(conn, schema, **f)
        assert queries._count(conn, schema, **f) == conn.execute(f"SELECT COUNT(*) FROM events e{w}", args).fetchone()[0]
        cw, cargs = where_clause(schema.trigram, counts=True, **f)
        plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT SUM(n) FROM event_counts c{cw}", cargs))
        assert "SEARCH c USING PRIMARY KEY" in plan, (f, plan)
    conn.close()


def test_a_network_of_a_country_in_some_dates_finds_its_events_from_their_participations(web_db):
    """The events of a country's (or a name's) network in some dates are found in the index of
    participations by country, type and date (not the country's every event, then their dates),
    and its pairs and contacts are those of the matching events, counted one by one here."""
    from collections import Counter
    from readouts.store import queries
    conn = queries.connect(web_db)
    schema = queries.Schema(conn)
    read: list[str] = []
    for f in ({"country": "ISR", "since": "2024"}, {"country": "USA", "until": "2024-06", "type": "call"},
              {"actor": "Netanyahu", "since": "2023"}):
        conn.set_trace_callback(read.append)
        net = queries.network(conn, **f)
        conn.set_trace_callback(None)
        w, args = queries.where(conn, schema, **f)
        pairs, contacts = Counter(), Counter()
        for (eid,) in conn.execute(f"SELECT e.id FROM events e{w}", args).fetchall():
            keys = sorted({k for (k,) in conn.execute("SELECT COALESCE(person_id, 'name:' || name) FROM"
                                                      " event_participants WHERE event_id = ?", (eid,))})
            contacts.update(keys)
            pairs.update((a, b) for i, a in enumerate(keys) for b in keys[i + 1:])
        assert {(e["source"], e["target"]): e["contacts"] for e in net["edges"]} == dict(pairs) and pairs, f
        assert {n["key"]: n["contacts"] for n in net["nodes"]} == {k: contacts[k] for k in {x for ab in pairs for x in ab}}
    conn.close()
    assert not any("WHERE e.id IN (SELECT p.event_id FROM event_participants p WHERE" in sql for sql in read)


def test_a_country_or_a_person_timeline_and_total_are_read_from_their_days(web_db_copy):
    """A country's or a person's timeline (any interval) and total, with or without a type and
    dates, are summed over country_days or person_days (not counted over their participations),
    and are what the events' own filters find, after writes too: an event deleted, a participant
    moved to another country."""
    from collections import Counter
    from readouts.store import queries

    def check():
        conn = queries.connect(web_db_copy)
        schema = queries.Schema(conn)
        assert schema.facet_days
        people = [k for (k,) in conn.execute("SELECT person_id FROM event_participants WHERE person_id IS NOT NULL"
                                             " GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT 2")]
        cases = [dict(actor=k, **x) for k in people + ["Q1"] for x in ({}, {"type": "call"}, {"since": "2024-02"})]
        cases += [dict(country=c, **x) for c in ("ISR", "USA", "FRA", "XXX")
                  for x in ({}, {"type": "meeting"}, {"until": "2024"}, {"since": "2024-03", "until": "2024-05"})]
        read: list[str] = []
        for f in cases:
            w, args = queries.where(conn, schema, **f)
            ids = [i for (i,) in conn.execute(f"SELECT e.id FROM events e{w}", args)]
            conn.set_trace_callback(read.append)
            assert queries._count(conn, schema, **f) == len(ids), f
            got = {i: queries.timeline(conn, interval=i, **f) for i in queries.INTERVALS}
            conn.set_trace_callback(None)
            for interval, t in got.items():
                want = Counter()
                for (d,) in conn.execute(f"SELECT eff_date FROM events WHERE id IN ({','.join('?' * len(ids))})", ids):
                    want[queries._period_of(d, interval)] += 1
                assert t["total"] == len(ids), (f, interval)
                assert {p["period"]: p["total"] for p in t["periods"]} == {k: v for k, v in want.items() if k}, f
                assert t["undated"]["total"] == want.get(None, 0)
        assert any("FROM country_days c" in sql for sql in read) and any("FROM person_days c" in sql for sql in read)
        assert not any("FROM event_participants" in sql for sql in read)
        conn.close()

    check()
    with Store(str(web_db_copy)) as s:
        s.conn.execute("DELETE FROM events WHERE id IN (SELECT event_id FROM event_participants WHERE country = 'USA'"
                       " ORDER BY event_id LIMIT 3)")
        s.conn.execute("UPDATE event_participants SET country = 'FRA' WHERE rowid IN (SELECT rowid FROM"
                       " event_participants WHERE country = 'ISR' ORDER BY rowid LIMIT 5)")
        s.conn.execute("UPDATE events SET type = 'call' WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 20)")
    check()


def test_actor_pages_and_a_persons_network_over_all_dates_read_pair_types(web_db_copy, monkeypatch):
    """An actor page's counterparts and a person's network over all dates (with or without a type)
    are read from pair_types (pair_months summed over the months), and are what pair_months alone
    gives, after writes too."""
    from readouts.store import queries

    def answers(conn, keys):
        return [(queries.actor(conn, k), queries.network(conn, actor=k), queries.network(conn, actor=k, type="call"))
                for k in keys]

    for write in (False, True):
        if write:
            with Store(str(web_db_copy)) as s:
                s.conn.execute("DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 5)")
                s.conn.execute("UPDATE events SET type = 'call' WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 30)")
        conn = queries.connect(web_db_copy)
        keys = [k for (k,) in conn.execute("SELECT COALESCE(person_id, 'name:' || name) FROM event_participants"
                                           " GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 4")]
        keys += [k for (k,) in conn.execute("SELECT 'name:' || name FROM event_participants WHERE person_id IS NULL"
                                            " ORDER BY name LIMIT 1")]
        read: list[str] = []
        conn.set_trace_callback(read.append)
        fast = answers(conn, keys)
        conn.set_trace_callback(None)
        assert any("FROM pair_types" in sql for sql in read)
        assert not any("FROM pair_months WHERE a = ?" in sql and "AND b" not in sql for sql in read)
        with monkeypatch.context() as m:
            init = queries.Schema.__init__

            def without(self, c):
                init(self, c)
                self.pair_types = False
            m.setattr(queries.Schema, "__init__", without)
            slow = answers(conn, keys)
        conn.close()
        assert fast == slow and any(a["counterparts"] for a, _, _ in fast)


def test_read_only_connections_read_the_database_through_a_memory_map(web_db):
    """The server's connections map the database file (queries.MMAP_BYTES, up to SQLite's own cap)
    and still see every write of another connection."""
    from readouts.store import queries
    conn = queries.connect(web_db)
    try:
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] > 0
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_name_of_one_person_is_answered_from_that_persons_kept_counts(web_db_copy, monkeypatch):
    """A part of a name typed into the actor filter that matches every participation of one person,
    and no one else's, selects that person's events: its totals, pages, timelines and networks are
    read from the person's kept counts (person_days, pair_months) and index, not from the
    participations of the name; a name of two persons, or of one of a person's names only, is read
    as before. The answers are the same either way."""
    from readouts.store import queries
    with Store(str(web_db_copy)) as s:   # Putin, in one of his events, under a longer name
        s.conn.execute("UPDATE event_participants SET name = 'Vladimir Vladimirovich Putin',"
                       " name_folded = 'vladimir vladimirovich putin' WHERE rowid ="
                       " (SELECT MIN(rowid) FROM event_participants WHERE person_id = 'Q7747')")
    conn = queries.connect(web_db_copy)
    expected = {"Netanyahu": "Q43723", " lavrov ": "Q58217", "Putin": "Q7747", "q7747": "Q7747",
                "Blinken": "Q7821917", "Vladimir Putin": None, "Salman": None, "nobody": None}
    assert {name: queries._name_key(conn, name) for name in expected} == expected

    def answers(actor):
        return [queries.events_page(conn, cap=2, actor=actor), queries.events_page(conn, limit=2, sort="date", actor=actor),
                queries.events_page(conn, actor=actor, type="call"), queries.count_events(conn, actor=actor),
                queries.timeline(conn, actor=actor), queries.timeline(conn, interval="day", actor=actor, since="2024"),
                queries.network(conn, actor=actor)]

    filters = [[name] for name in expected] + [["Netanyahu", "Putin"], ["Salman", "Macron"]]
    read: list[str] = []
    conn.set_trace_callback(read.append)
    fast = [answers(a) for a in filters]
    conn.set_trace_callback(None)
    by_key = [answers([expected.get(name) or name for name in a]) for a in filters]
    monkeypatch.setattr(queries, "_name_key", lambda conn, actor: None)
    slow = [answers(a) for a in filters]
    conn.close()
    assert fast == slow == by_key
    assert any(a[0]["total"] for a in fast) and any(a[6]["edges"] for a in fast)
    assert any("FROM person_days" in sql and "'Q43723'" in sql for sql in read)
    assert not any("FROM person_days" in sql and "'Q7747'" in sql and "vladimir putin" in sql for sql in read)


def test_an_actor_filters_id_or_key_is_looked_up_in_an_index_of_participant_names(web_db):
    """actor_match compares a Wikidata id and a key lowercased: participant_names has indexes of
    both, so a name filter does not read that table through for them (only for the name's LIKE)."""
    from readouts.store import queries
    from readouts.store.database import actor_args, actor_match
    conn = queries.connect(web_db)
    plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM event_participants e"
                                               f" WHERE {actor_match('e')}", actor_args("Putin")))
    n = conn.execute(f"SELECT COUNT(*) FROM event_participants e WHERE {actor_match('e')}", actor_args("q7747")).fetchone()[0]
    conn.close()
    assert "participant_names_wikidata (<expr>=?)" in plan and "participant_names_key (<expr>=?)" in plan, plan
    assert n == 3


def test_a_persons_name_and_country_are_the_most_frequent_ones_the_first_of_equals(web_db_copy):
    """The name and country given for a person (actor pages, networks, counterparts) are the ones
    most of its participations carry; of equally frequent ones, the first in SQLite's order of
    texts (code points); a person with no country has None. The same from participant_names as
    counted over the participants."""
    from collections import defaultdict
    from readouts.store import queries
    with Store(str(web_db_copy)) as s:
        rows = [r for (r,) in s.conn.execute("SELECT rowid FROM event_participants WHERE person_id = 'Q43723'"
                                             " ORDER BY rowid")]
        assert len(rows) >= 4
        # (two names twice each and two countries twice each: the first of equals; a row with no
        # country counts for none)
        for rowid, name, country in zip(rows, ["Bibi", "Netanyahu B.", "Bibi", "Netanyahu B.", "Benjamin Netanyahu"],
                                        ["USA", "ISR", "ISR", "USA", None]):
            s.conn.execute("UPDATE event_participants SET name = ?, name_folded = lower(?), country = ? WHERE rowid = ?",
                           (name, name, country, rowid))
        s.conn.execute("UPDATE event_participants SET country = NULL WHERE person_id = 'Q58217'")
    conn = queries.connect(web_db_copy)
    names, countries = defaultdict(lambda: defaultdict(int)), defaultdict(lambda: defaultdict(int))
    for key, name, country in conn.execute("SELECT COALESCE(person_id, 'name:' || name), name, country"
                                           " FROM event_participants"):
        names[key][name] += 1
        if country:
            countries[key][country] += 1

    def first_of_most(counts):
        return min(counts, key=lambda x: (-counts[x], x)) if counts else None
    want = {k: {"name": first_of_most(names[k]), "country": first_of_most(countries[k])} for k in names}
    assert want["Q43723"] == {"name": "Bibi", "country": "ISR"} and want["Q58217"]["country"] is None
    schema = queries.Schema(conn)
    assert queries._majority_names(conn, schema) == want
    assert queries._majority_names(conn, schema, ["Q43723", "Q58217", "Q0"]) == {k: want[k] for k in ("Q43723", "Q58217")}
    schema.derived = False             # (counted over the participants)
    assert queries._majority_names(conn, schema) == want
    conn.close()


def test_a_timeline_of_days_or_weeks_reads_the_kept_days_in_their_order(web_db_copy):
    """A timeline of days or weeks from event_counts, country_days or person_days (one row per date
    and type) reads their rows as they are, without SQLite grouping (sorting) them; its periods and
    their counts (in the order of the types) are those counted over the events."""
    from collections import Counter
    from readouts.store import queries
    with Store(str(web_db_copy)) as s:   # a coarse date, whose day is that of its first day
        s.conn.execute("UPDATE events SET date = '2024-03' WHERE id = (SELECT id FROM events WHERE type = 'meeting'"
                       " ORDER BY id LIMIT 1)")
    conn = queries.connect(web_db_copy)
    for f in ({}, {"country": "ISR"}, {"actor": "Q43723"}, {"type": "call", "since": "2024-02"}):
        w, args = queries.where(conn, queries.Schema(conn), **f)
        events = conn.execute(f"SELECT e.type, e.eff_date FROM events e{w}", args).fetchall()
        for interval in ("day", "week"):
            read: list[str] = []
            conn.set_trace_callback(read.append)
            t = queries.timeline(conn, interval=interval, **f)
            conn.set_trace_callback(None)
            assert not any("GROUP BY" in sql for sql in read if "_days c" in sql or "event_counts c" in sql), read
            want: dict = {}
            for type_, d in events:
                want.setdefault(queries._period_of(d, interval), Counter())[type_] += 1
            assert {p["period"]: p["counts"] for p in t["periods"]} == {k: dict(v) for k, v in want.items() if k}, f
            assert all(list(p["counts"]) == sorted(p["counts"]) for p in t["periods"])
            assert t["total"] == len(events) and (len(t["periods"]) >= 2 or f)
    conn.close()


def test_stored_json_that_orjson_refuses_is_still_read(web_db_copy):
    """Event JSON and query results are read with orjson; a stored value it refuses (a NaN that
    Python's json wrote) is read by json instead."""
    import math
    from readouts.store import queries
    with Store(str(web_db_copy)) as s:
        eid = s.conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()[0]
        s.conn.execute("UPDATE events SET json = json_set(json, '$.note', 'x') WHERE id = ?", (eid,))
        s.conn.execute("UPDATE events SET json = replace(json, '\"x\"', 'NaN') WHERE id = ?", (eid,))
    conn = queries.connect(web_db_copy)
    ev = queries.event(conn, eid)
    page = queries.events_page(conn, limit=500)
    conn.close()
    assert ev["id"] == eid and math.isnan(ev["note"])
    assert eid in {e["id"] for e in page["items"]}
