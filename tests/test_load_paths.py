"""What serving many clients rests on (bench/load_api.py measures the speed): the answer cache
that any write to the database empties, the pool of read-only connections, the refusal of
searches that only short words make, and `readouts serve --workers N`."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from readouts.api import Answer, Reader, create_app
from readouts.store import Store
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
    proc = subprocess.Popen([sys.executable, "-m", "readouts.cli", "serve", "--db", str(web_db), "--port", str(port),
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
    finally:
        proc.terminate()
        proc.wait(30)
    assert "2 workers" in proc.stdout.read().decode()
