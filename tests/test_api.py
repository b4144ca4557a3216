"""readouts.interfaces.api / readouts.store.queries: the read-only HTTP API over a database built from
the sample articles (tests/webfixtures.py), checked against the store and the events."""
from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from readouts.store import queries
from readouts.interfaces.api import create_app
from readouts.store.database import Store
from webfixtures import HOSTILE_DOC, PUTIN, ROOT, web_db, web_db_copy  # noqa: F401  (fixtures)

NETANYAHU = "Q43723"
LOCAL = "http://127.0.0.1:8000"   # the API answers local host names only


@pytest.fixture(scope="module")
def client(web_db):
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        yield c


def get(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, params, r.text)
    return r.json()


def all_events(client, **filters):
    """Every matching event, through the API's pagination."""
    out, offset = [], 0
    while True:
        page = get(client, "/api/events", limit=4, offset=offset, sort="date", **filters)
        out += page["items"]
        offset += 4
        if offset >= page["total"]:
            return out


def event_of_doc(client, doc_id):
    ids = get(client, f"/api/documents/{doc_id}")["event_ids"]
    assert ids, f"no event extracted from {doc_id}"
    return ids[0]


# --------------------------------------------------------------------------- events

def test_events_page_shape_and_total(client, web_db):
    page = get(client, "/api/events")
    with sqlite3.connect(web_db) as c:
        n = c.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert page["total"] == n >= 10
    assert page["limit"] == 50 and page["offset"] == 0 and len(page["items"]) == n
    ev = page["items"][0]
    for k in ("id", "type", "participants", "date", "sources", "effective_date", "evidence", "langs"):
        assert k in ev
    assert all(p["key"] for e in page["items"] for p in e["participants"])


def test_pagination_covers_every_event_once(client):
    total = get(client, "/api/events")["total"]
    pages = [get(client, "/api/events", limit=3, offset=o, sort="date") for o in range(0, total + 3, 3)]
    ids = [e["id"] for p in pages for e in p["items"]]
    assert len(ids) == len(set(ids)) == total
    assert [len(p["items"]) for p in pages][-1] == 0          # past the end: empty page, same total
    assert {p["total"] for p in pages} == {total}
    assert get(client, "/api/events", limit=500)["limit"] == 500


@pytest.mark.parametrize("params", [{"limit": 501}, {"limit": 0}, {"offset": -1}, {"sort": "confidence"},
                                    {"type": "visit"}, {"since": "2023-13"}, {"until": "yesterday"},
                                    {"since": "2023-02-30"}, {"min_confidence": 1.5}, {"min_confidence": -0.1},
                                    {"min_confidence": "high"}])
def test_bad_parameters_are_422(client, params):
    assert client.get("/api/events", params=params).status_code == 422


@pytest.mark.parametrize("filters", [
    {"actor": "Putin"}, {"actor": PUTIN}, {"actor": "putin"}, {"country": "RUS"}, {"country": "sau"},
    {"type": "call"}, {"type": "meeting"}, {"since": "2023-08"}, {"until": "2023"},
    {"since": "2023-06-15", "until": "2023-12-31"}, {"topic": "gaza"}, {"q": "Elysee"}, {"q": "נתניהו"},
    {"q": "اتصالاً"}, {"actor": ["Netanyahu", "Putin"]}, {"country": "ISR", "type": "call", "since": "2024"},
])
def test_filters_narrow_like_the_store(client, web_db_copy, filters):
    """The API selects exactly what `readouts events` (Store) selects with the same filters."""
    everything = get(client, "/api/events")["total"]
    got = all_events(client, **filters)
    api_ids = {e["id"] for e in got}
    store_filters = {("text" if k == "q" else k): v for k, v in filters.items()}
    with Store(str(web_db_copy)) as s:
        store_ids = {e["id"] for e in s.events(**store_filters)}
    assert api_ids == store_ids
    assert 0 < len(api_ids) < everything, "each of these filters should select some but not all events"


def test_min_confidence_filter(client):
    confs = sorted(e["confidence"] for e in all_events(client))
    assert len(set(confs)) > 1, "the sample events should not all have one confidence"
    cut = confs[len(confs) // 2]
    got = all_events(client, min_confidence=cut)
    assert got and all(e["confidence"] >= cut for e in got)
    assert len(got) == sum(c >= cut for c in confs) < len(confs) or confs[0] == cut


def test_filter_semantics(client):
    for e in all_events(client, actor="Putin"):
        assert any("Putin" in p["name"] for p in e["participants"])
    for e in all_events(client, country="RUS"):
        assert any(p["country"] == "RUS" for p in e["participants"])
    for e in all_events(client, type="call"):
        assert e["type"] == "call"
    for e in all_events(client, since="2023-08", until="2023-12"):
        assert "2023-08" <= e["effective_date"][:7] <= "2023-12"
    for e in all_events(client, topic="gaza"):
        assert any("gaza" in t.lower() for t in e["topics"])
    both = {e["id"] for e in all_events(client, actor=["Netanyahu", "Putin"])}
    assert both == ({e["id"] for e in all_events(client, actor="Netanyahu")}
                    & {e["id"] for e in all_events(client, actor="Putin")})


def test_actor_filter_by_person_key(client):
    by_key = {e["id"] for e in all_events(client, actor=PUTIN)}
    assert by_key and all(any(p["key"] == PUTIN for p in e["participants"])
                          for e in all_events(client, actor=PUTIN))
    # every participant key selects the events it takes part in, "name:..." keys included
    keys = {p["key"] for e in all_events(client) for p in e["participants"]}
    for k in keys:
        evs = all_events(client, actor=k)
        assert evs and all(any(p["key"] == k for p in e["participants"]) for e in evs)


def test_sorting(client):
    asc = get(client, "/api/events", sort="date")["items"]
    dates = [e["effective_date"] for e in asc if e["effective_date"]]
    assert dates == sorted(dates) and len(dates) < len(asc)
    assert all(e["effective_date"] is None for e in asc[len(dates):])   # undated last
    desc = get(client, "/api/events", sort="-date")["items"]
    ddates = [e["effective_date"] for e in desc if e["effective_date"]]
    assert ddates == sorted(ddates, reverse=True)
    by_sources = get(client, "/api/events", sort="sources")["items"]
    counts = [e["sources"] for e in by_sources]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2


def test_event_with_all_mentions(client):
    eid = event_of_doc(client, "web-en-putin-netanyahu")
    ev = get(client, f"/api/events/{eid}")
    assert {p["key"] for p in ev["participants"]} == {PUTIN, NETANYAHU}
    docs = {m["doc"] for m in ev["mentions"]}
    assert docs == {"he-netanyahu-putin-call", "web-en-putin-netanyahu"}   # merged across documents
    assert ev["sources"] == 2 and {m["lang"] for m in ev["mentions"]} == {"he", "en"}
    for m in ev["mentions"]:
        assert m["sentence"] and "published" in m and "source" in m and "url" in m
    he = next(m for m in ev["mentions"] if m["lang"] == "he")
    text = get(client, f"/api/documents/{he['doc']}")["text"]
    assert text[he["start"]:he["end"]] == he["sentence"]        # offsets point into the original text


def test_unknown_ids_are_404(client):
    for url in ("/api/events/ev-0000000000000000", "/api/documents/no-such-doc", "/api/actors/Q999999999",
                "/api/actors/name:Nobody Atall", "/api/nothing-here"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "detail" in r.json()


# --------------------------------------------------------------------------- actors

def test_actor_list_counts(client):
    items = get(client, "/api/actors", limit=500)["items"]
    assert items == sorted(items, key=lambda a: (-a["events"], a["key"]))
    for a in items:
        assert a["events"] == get(client, "/api/events", actor=a["key"])["total"]
    assert [a["key"] for a in get(client, "/api/actors", q="Putin")["items"]] == [PUTIN]
    # names in other scripts are found through the gazetteer
    assert PUTIN in [a["key"] for a in get(client, "/api/actors", q="פוטין")["items"]]
    assert PUTIN in [a["key"] for a in get(client, "/api/actors", q="بوتين")["items"]]
    assert len(get(client, "/api/actors", limit=2)["items"]) == 2
    assert get(client, "/api/actors", q="zzzz-nobody")["items"] == []


def test_actor_page(client):
    a = get(client, f"/api/actors/{PUTIN}")
    assert a["name"] == "Vladimir Putin" and a["country"] == "RUS" and a["in_gazetteer"]
    assert "פוטין" in " ".join(a["names"]["he"]) and a["names"]["ar"]
    heads = [o for o in a["offices"] if o["office"] == "RUS.head_of_state"]
    assert heads and heads[0]["start"] and "President" in heads[0]["label"]
    evs = all_events(client, actor=PUTIN)
    assert a["events"] == len(evs) == sum(a["events_by_type"].values())
    assert a["events_by_type"] == dict(Counter(e["type"] for e in evs))
    assert sum(m["total"] for m in a["contacts_by_month"]) + a["undated"]["total"] == len(evs)
    months = Counter(e["effective_date"][:7] for e in evs if e["effective_date"])
    assert {m["period"]: m["total"] for m in a["contacts_by_month"]} == dict(months)
    expected = Counter(p["key"] for e in evs for p in e["participants"] if p["key"] != PUTIN)
    assert {c["key"]: c["contacts"] for c in a["counterparts"]} == dict(expected)
    assert NETANYAHU in {c["key"] for c in a["counterparts"]}


# --------------------------------------------------------------------------- documents

def test_document(client, web_db):
    d = get(client, f"/api/documents/{HOSTILE_DOC}")
    with sqlite3.connect(web_db) as c:
        text, title, url = c.execute("SELECT text, title, url FROM documents WHERE id = ?", (HOSTILE_DOC,)).fetchone()
    assert d["text"] == text and d["title"] == title and d["url"] == url   # stored as is; escaping is the page's job
    assert "<script>" in d["title"] and d["lang"] == "en" and d["published"] == "2024-01-15"
    assert d["event_ids"]
    for eid in d["event_ids"]:
        assert HOSTILE_DOC in {m["doc"] for m in get(client, f"/api/events/{eid}")["mentions"]}


# --------------------------------------------------------------------------- timeline

@pytest.mark.parametrize("interval", ["day", "week", "month"])
@pytest.mark.parametrize("filters", [{}, {"type": "call"}, {"actor": "Netanyahu"}, {"since": "2023", "until": "2023"}])
def test_timeline_sums_equal_event_counts(client, interval, filters):
    tl = get(client, "/api/timeline", interval=interval, **filters)
    total = get(client, "/api/events", **filters)["total"]
    assert tl["total"] == total
    assert sum(p["total"] for p in tl["periods"]) + tl["undated"]["total"] == total
    for p in tl["periods"]:
        assert sum(p["counts"].values()) == p["total"]
    periods = [p["period"] for p in tl["periods"]]
    assert periods == sorted(periods)
    if "type" not in filters:
        for t in ("call", "meeting", "message"):
            n = sum(p["counts"].get(t, 0) for p in tl["periods"]) + tl["undated"]["counts"].get(t, 0)
            assert n == get(client, "/api/events", type=t, **filters)["total"]


def test_timeline_periods(client):
    week = get(client, "/api/timeline", interval="week")
    import datetime
    for p in week["periods"]:
        assert datetime.date.fromisoformat(p["period"]).weekday() == 0   # weeks start on Monday
    month = get(client, "/api/timeline", interval="month")
    evs = [e for e in all_events(client) if e["effective_date"]]
    assert {p["period"]: p["total"] for p in month["periods"]} == dict(Counter(e["effective_date"][:7] for e in evs))
    assert client.get("/api/timeline", params={"interval": "year"}).status_code == 422


# --------------------------------------------------------------------------- network

def expected_edges(events):
    pairs: dict[tuple, Counter] = {}
    for e in events:
        keys = sorted({p["key"] for p in e["participants"]})
        for a, b in itertools.combinations(keys, 2):
            pairs.setdefault((a, b), Counter())[e["type"]] += 1
    return pairs


@pytest.mark.parametrize("filters", [{}, {"since": "2023-06", "until": "2023-12"}, {"type": "meeting"},
                                     {"country": "SAU"}, {"actor": "Netanyahu"}])
def test_network_edges_match_events(client, filters):
    net = get(client, "/api/network", **filters)
    evs = all_events(client, **filters)
    assert net["events"] == len(evs)
    want = expected_edges(evs)
    got = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(got) == set(want)
    for k, e in got.items():
        assert e["by_type"] == dict(want[k]) and e["contacts"] == sum(want[k].values())
    nodes = {n["key"]: n for n in net["nodes"]}
    assert set(nodes) == {k for pair in want for k in pair}
    for k, n in nodes.items():
        assert n["contacts"] == sum(1 for e in evs if k in {p["key"] for p in e["participants"]})
        assert n["name"]


def test_network_min_contacts(client):
    full = get(client, "/api/network")
    for m in (1, 2):
        net = get(client, "/api/network", min_contacts=m)
        assert all(e["contacts"] >= m for e in net["edges"])
        assert len(net["edges"]) == sum(1 for e in full["edges"] if e["contacts"] >= m)
        assert {n["key"] for n in net["nodes"]} == {k for e in net["edges"] for k in (e["source"], e["target"])}
    assert client.get("/api/network", params={"min_contacts": 0}).status_code == 422


def test_stats(client, web_db_copy):
    st = get(client, "/api/stats")
    with Store(str(web_db_copy)) as s:
        ref = s.stats()
    for k in ("documents", "events", "mentions", "events_by_type", "documents_by_lang"):
        assert st[k] == ref[k], k
    assert st["actors"] == len(get(client, "/api/actors", limit=500)["items"])
    assert st["multi_source_events"] >= 1 and st["first_date"] <= st["last_date"]


# --------------------------------------------------------------------------- read-only, serving

def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only(web_db):
    before = sha(web_db)
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        eid = get(c, "/api/events", limit=1)["items"][0]["id"]
        for method, url in [("POST", "/api/events"), ("PUT", f"/api/events/{eid}"), ("DELETE", f"/api/events/{eid}"),
                            ("PATCH", f"/api/events/{eid}"), ("DELETE", f"/api/documents/{HOSTILE_DOC}"),
                            ("POST", "/api/actors"), ("POST", "/"), ("PUT", "/index.html")]:
            r = c.request(method, url, json={"id": eid})
            assert r.status_code == 405, (method, url, r.status_code)
        assert get(c, f"/api/events/{eid}")["id"] == eid
    assert sha(web_db) == before
    conn = queries.connect(web_db)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM events")
    conn.close()
    assert sha(web_db) == before


def test_missing_or_old_database(tmp_path, web_db_copy):
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "nope.db")
    r = subprocess.run([sys.executable, "-m", "readouts.interfaces.cli", "serve", "--db", str(tmp_path / "nope.db")],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 1 and "no database at" in r.stderr
    # a database from before person keys (schema 1) is refused with advice, not served wrongly
    with sqlite3.connect(web_db_copy) as c:
        c.execute("DROP INDEX IF EXISTS participants_person")
        for kind, name in c.execute("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')"
                                    " AND sql LIKE '%person_id%'").fetchall():
            c.execute(f"DROP {kind} {name}")   # (readouts.store.database.DERIVED: newer than schema 1)
        c.execute("ALTER TABLE event_participants DROP COLUMN person_id")
    with pytest.raises(ValueError, match="readouts stats"):
        create_app(web_db_copy)


def test_static_page_docs_and_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert 'src="app.js"' in r.text and "vendor/vis-network.min.js" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    for f in ("app.js", "app.css", "vendor/vis-network.min.js", "vendor/vis-timeline-graph2d.min.js",
              "vendor/swagger-ui-bundle.js"):
        assert client.get("/" + f).status_code == 200, f
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/vendor/swagger-ui-bundle.js" in docs.text   # works offline
    paths = set(get(client, "/openapi.json")["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/actors", "/api/actors/{key}", "/api/documents/{doc_id}",
            "/api/timeline", "/api/network", "/api/stats"} <= paths
    assert all(set(ops) == {"get"} for ops in get(client, "/openapi.json")["paths"].values())


def test_vendor_files_match_pinned_packages():
    pins = json.loads((ROOT / "web" / "package.json").read_text())["dependencies"]
    lock = json.loads((ROOT / "web" / "package-lock.json").read_text())["packages"]
    versions = (ROOT / "readouts" / "web" / "vendor" / "VERSIONS.txt").read_text()
    for name, version in pins.items():
        assert version[0].isdigit(), f"{name} must be pinned to an exact version"
        assert lock[f"node_modules/{name}"]["version"] == version
        assert f"{name} {version} " in versions
    head = (ROOT / "readouts" / "web" / "vendor" / "vis-network.min.js").read_text()[:400]
    assert f"@version {pins['vis-network']}" in head


def test_an_atom_feed_of_a_filter_is_read_by_a_feed_parser(client):
    feedparser = pytest.importorskip("feedparser")
    r = client.get("/api/events.atom", params={"actor": "Netanyahu", "type": "call"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    same = all_events(client, actor="Netanyahu", type="call")
    assert len(feed.entries) == len(same) > 0
    assert {e.id for e in feed.entries} == {"urn:readouts:event:" + ev["id"] for ev in same}
    first = feed.entries[0]
    assert "Benjamin Netanyahu" in first.title and "call" in first.title
    assert first.link.endswith("#/event/" + first.id.rsplit(":", 1)[1])
    assert "actor=Netanyahu" in feed.feed.title and "type=call" in feed.feed.title
    # newest first, as a reader expects
    stamps = [e.updated for e in feed.entries]
    assert stamps == sorted(stamps, reverse=True)
    # no match: a valid, empty feed
    empty = feedparser.parse(client.get("/api/events.atom", params={"actor": "Nobody Atall"}).content)
    assert not empty.bozo and empty.entries == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "plover", "cameo"])
def test_the_filtered_events_download_in_every_format(client, fmt):
    import csv as csvmod
    import io
    same = all_events(client, type="call", min_confidence=0.5)
    r = client.get(f"/api/export.{fmt}", params={"type": "call", "min_confidence": 0.5})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    body = r.content.decode("utf-8")
    ids = {ev["id"] for ev in same}
    assert ids
    if fmt == "csv":
        got = {row["id"] for row in csvmod.DictReader(io.StringIO(body))}
    elif fmt == "cameo":
        got = {row["event_id"] for row in csvmod.DictReader(io.StringIO(body), delimiter="\t")}
    else:
        recs = [json.loads(line) for line in body.splitlines()]
        got = {rec.get("id") or rec.get("event_id") for rec in recs}
        if fmt == "jsonl":
            assert all(rec["mentions"] for rec in recs)      # every evidence sentence comes along
    assert got == ids


# --------------------------------------------------------------------------- bounds and hosts

def test_out_of_range_parameters_answer_422(client):
    """Every parameter is bounded: a huge offset or a filter value past SQLite's limits is a 422
    naming the parameter, never a 500 or 503."""
    for path, params, what in [
            ("/api/events", {"offset": 9223372036854775808}, "offset"),
            ("/api/events", {"limit": 100_000}, "limit"),
            ("/api/events", {"actor": "x" * 50_000}, "actor"),
            ("/api/events", {"q": "word" * 5_000}, "q"),
            ("/api/events", {"topic": "t" * 5_000}, "topic"),
            ("/api/timeline", {"actor": "y" * 300}, "actor"),
            ("/api/network", {"q": "z" * 600}, "q"),
            ("/api/events.atom", {"country": "C" * 100}, "country"),
            ("/api/export.csv", {"actor": "a" * 201}, "actor"),
            ("/api/actors", {"q": "b" * 50_000}, "q"),
            ("/api/events", [("actor", "Putin")] * 11, "actor"),
            ("/api/network", {"min_contacts": 10**20}, "min_contacts")]:
        r = client.get(path, params=params)
        assert r.status_code == 422, (path, what, r.status_code, r.text[:200])
        assert what in r.text[:400], (path, r.text[:200])
    # values within the bounds still work
    assert client.get("/api/events", params={"actor": "P" * 200}).status_code == 200
    assert client.get("/api/events", params={"offset": 10**9}).json()["items"] == []


def test_a_nul_character_in_a_filter_answers_422(client):
    """SQLite reads a LIKE pattern or a full-text query only up to a NUL character: q=%00abc was a
    503 from FTS5 ("unterminated string") and actor=%00ab matched every event (an empty pattern)."""
    everything = client.get("/api/events").json()["total"]
    assert everything > 0
    for path, params, what in [("/api/events", {"q": "\x00abc"}, "q"), ("/api/events", {"q": "Putin\x00 phone"}, "q"),
                               ("/api/events", {"actor": "\x00ab"}, "actor"), ("/api/timeline", {"topic": "\x00"}, "topic"),
                               ("/api/network", {"country": "IS\x00"}, "country"), ("/api/actors", {"q": "\x00Put"}, "q")]:
        r = client.get(path, params=params)
        assert r.status_code == 422, (path, params, r.status_code, r.text[:200])
        assert f"{what}: contains a NUL character" in r.text[:400], r.text[:200]


def test_cli_refuses_overlong_filters(web_db):
    from typer.testing import CliRunner
    from readouts.interfaces.cli import app
    r = CliRunner().invoke(app, ["events", "--db", str(web_db), "--actor", "a" * 50_000])
    assert r.exit_code == 2 and "at most 200 characters" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(app, ["events", "--db", str(web_db), "--search", "w " * 1000])
    assert r.exit_code == 2 and "--search" in r.output


def test_foreign_host_header_is_refused(web_db):
    """A DNS-rebinding page reaches the server under its own host name: only the local names
    (and those the user allows) are answered."""
    from readouts.interfaces.api import allowed_hosts
    with TestClient(create_app(web_db), base_url=LOCAL) as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"Host": "localhost:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"Host": "attacker.example:8000"}).status_code == 400
        assert c.get("/", headers={"Host": "attacker.example"}).status_code == 400
    with TestClient(create_app(web_db, hosts=allowed_hosts("0.0.0.0", ["news.example.org"])),
                    base_url="http://news.example.org") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"Host": "other.example"}).status_code == 400
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")      # binding every address names no host


def test_docs_page_has_a_policy_that_admits_only_its_own_script(client):
    import base64
    import re
    r = client.get("/docs")
    csp = r.headers["content-security-policy"]
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in \
        csp.split("script-src", 1)[1].split(";", 1)[0]
    inline = re.findall(r"<script>(.*?)</script>", r.text, re.S)
    assert len(inline) == 1
    digest = base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
