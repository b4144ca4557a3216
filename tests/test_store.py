"""readouts.store.database: idempotent, transactional ingest; folded full-text search; filters.
Events are built by hand so these tests do not depend on the extractor."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from readouts.store import queries
from readouts.model import Document, Event, EventMention, Person
from readouts.store.database import _EFF_DATE_COMPUTED, DERIVED, PARTICIPANT_INDEXES, SCHEMA_VERSION, Store
from readouts.textnorm import fold

NETANYAHU = Person("Benjamin Netanyahu", "Q43723", "ISR", "Prime Minister of Israel")
PUTIN = Person("Vladimir Putin", "Q7747", "RUS", "President of Russia")
MACRON = Person("Emmanuel Macron", "Q3052772", "FRA", "President of France")
SALMAN = Person("Salman of Saudi Arabia", "Q367825", "SAU", "King of Saudi Arabia")
ERDOGAN = Person("Recep Tayyip Erdoğan", "Q39723", "TUR", "President of Turkey")
BIDEN = Person("Joe Biden", "Q6279", "USA", "President of the United States")

HE_NIQQUD = "רֹאשׁ הַמֶּמְשָׁלָה בִּנְיָמִין נְתַנְיָהוּ שׂוֹחַח בַּטֶּלֶפוֹן עִם נְשִׂיא רוּסְיָה"
AR_HAMZA = "تلقّى الرئيسُ أردوغان اتصالاً هاتفياً من خادم الحرمين الشريفين الملك سلمان"


def doc(i, text=None, title=None, published=None, lang="en", source="wire"):
    """Document i; by default published 10*i days after 2023-12-10, so that events of
    different test documents are different contacts (see test_merge.py for merging)."""
    if published is None:
        published = date(2023, 12, 10) + timedelta(days=10 * i)
    elif published is False:
        published = None
    return Document(id=f"d{i}", text=text or f"Article number {i}.", title=title, published=published,
                    published_from="metadata" if published else None, lang=lang, source=source,
                    url=f"https://e.org/{i}", origin=f"test:{i}")


def event(d: Document, type_="call", people=(NETANYAHU, PUTIN), sentence=None, date_=None,
          precision=None, topics=(), count_index=0, confidence=0.8, **kw):
    s = sentence or d.text
    ev = Event(type=type_, participants=list(people), date=date_, date_precision=precision,
               topics=list(topics), confidence=confidence, count_index=count_index, **kw)
    ev.mentions.append(EventMention(doc=d.id, lang=d.lang, published=d.published.isoformat() if d.published else None,
                                    sentence=s, start=0, end=len(s), source=d.source, url=d.url))
    return ev


def counts(store: Store) -> tuple:
    c = store.conn
    return tuple(c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "events", "event_participants", "mentions", "search"))


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "t.db"))
    yield s
    s.close()


def test_schema_version_and_wal(store):
    assert store.schema_version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents", "events", "event_participants", "mentions", "search"} <= tables


def test_reopen_keeps_data(tmp_path):
    p = str(tmp_path / "r.db")
    with Store(p) as s:
        d = doc(1)
        assert s.add(d, [event(d)])
    with Store(p) as s:
        assert s.stats()["documents"] == 1 and s.stats()["events"] == 1


def test_reingest_is_noop(store):
    docs = [doc(i) for i in range(5)]
    for d in docs:
        assert store.add(d, [event(d), event(d, "meeting", (MACRON, SALMAN))]) is True
    before = counts(store)
    assert before[:2] == (5, 10)
    for d in docs:
        assert store.has(d)
        assert store.add(d, [event(d), event(d, "meeting", (MACRON, SALMAN))]) is False
    assert counts(store) == before


def test_same_content_other_id_and_same_id_other_content_are_duplicates(store):
    d = doc(1, text="Same text")
    assert store.add(d, [event(d)])
    twin = Document(id="other", text="Same text", title=None)
    twin.title = d.title
    assert store.has(twin) and store.add(twin, [event(twin)]) is False
    changed = Document(id="d1", text="Edited text")
    assert store.has(changed) and store.add(changed, []) is False
    assert counts(store)[:2] == (1, 1)


def test_event_ids_are_stable_and_two_calls_are_two_events(store):
    d = doc(1)
    evs = [event(d), event(d, count_index=1)]
    store.add(d, evs)
    ids = {e["id"] for e in store.events()}
    assert ids == {evs[0].make_id(), evs[1].make_id()} and len(ids) == 2


def test_document_without_events_is_stored(store):
    d = doc(1)
    assert store.add(d, []) and counts(store)[:2] == (1, 0)
    assert store.document("d1")["text"] == d.text


def test_event_with_mentions_from_several_documents(store):
    d1, d2 = doc(1, text="Netanyahu spoke with Putin.", published=date(2023, 12, 10)), doc(2, text="نتنياهو أجرى اتصالا مع بوتين", lang="ar",
                                                                   published=date(2023, 12, 11))
    ev = event(d1)
    ev.mentions.append(EventMention(doc="d2", lang="ar", published="2023-12-11", sentence=d2.text, start=0,
                                    end=len(d2.text)))
    store.add(d2, [])
    store.add(d1, [ev])
    got = store.event(ev.make_id())
    assert [m["doc"] for m in got["mentions"]] == ["d1", "d2"]
    # a later document reporting the same contact adds its mention to the event
    d3 = doc(3, text="Netanyahu and Putin talked.", published=date(2023, 12, 12))
    store.add(d3, [event(d3)])
    assert store.stats()["events"] == 1
    assert [m["doc"] for m in store.event(ev.make_id())["mentions"]] == ["d1", "d2", "d3"]


def test_interrupted_add_leaves_nothing_then_rerun_is_complete(store, monkeypatch):
    docs = [doc(i) for i in range(4)]
    batch = {d.id: [event(d), event(d, "meeting", (MACRON, SALMAN)), event(d, "message", (BIDEN, SALMAN))]
             for d in docs}
    store.add(docs[0], batch["d0"])
    real = Store._insert_event
    calls = {"n": 0}

    def flaky(self, d, ev, *a):
        calls["n"] += 1
        if d.id == "d1" and calls["n"] == 2:  # in the middle of d1's events
            raise RuntimeError("power cut")
        return real(self, d, ev, *a)

    monkeypatch.setattr(Store, "_insert_event", flaky)
    with pytest.raises(RuntimeError):
        for d in docs[1:]:
            store.add(d, batch[d.id])
    assert counts(store) == (1, 3, 6, 3, 3)  # d1 left no trace
    assert not store.has(docs[1])
    monkeypatch.setattr(Store, "_insert_event", real)
    for d in docs:  # rerun everything
        store.add(d, batch[d.id])
    assert counts(store) == (4, 12, 24, 12, 12)
    ids = [e["id"] for e in store.events()]
    assert len(ids) == len(set(ids)) == 12


KILL_SCRIPT = textwrap.dedent("""
    import sys, time
    from readouts.model import Document, Event, EventMention, Person
    from readouts.store.database import Store
    s = Store(sys.argv[1])
    slow = len(sys.argv) > 2
    real = Store._insert_event
    def insert(self, d, ev, *a):
        real(self, d, ev, *a)
        if slow:
            time.sleep(0.005)   # widen the window in which a transaction is open
    Store._insert_event = insert
    for i in range(150):
        d = Document(id=f"k{i}", text=f"Leaders spoke, report {i}.", published=None)
        evs = []
        for j in range(3):
            ev = Event(type="call", participants=[Person("A"), Person("B" + str(j))])
            ev.mentions.append(EventMention(doc=d.id, lang="en", published=None, sentence=d.text, start=0, end=10))
            evs.append(ev)
        s.add(d, evs)
        print(i, flush=True)
""")


def test_killed_ingest_then_rerun_has_no_duplicates_and_no_loss(tmp_path):
    db = str(tmp_path / "kill.db")
    script = tmp_path / "ingest_script.py"
    script.write_text(KILL_SCRIPT)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    p = subprocess.Popen([sys.executable, str(script), db, "slow"], stdout=subprocess.PIPE, text=True, env=env)
    for line in p.stdout:
        if int(line) >= 20:
            break
    p.send_signal(signal.SIGKILL)
    p.wait()
    with Store(db) as s:
        n_docs, n_events, n_parts, n_mentions, _ = counts(s)
        assert 20 <= n_docs < 150
        assert (n_events, n_parts, n_mentions) == (3 * n_docs, 6 * n_docs, 3 * n_docs)  # no half documents
    subprocess.run([sys.executable, str(script), db], check=True, env=env, stdout=subprocess.DEVNULL)
    with Store(db) as s:
        assert counts(s)[:4] == (150, 450, 900, 450)
        assert s.conn.execute("SELECT COUNT(DISTINCT doc_id) FROM mentions").fetchone()[0] == 150


def test_fts_hebrew_niqqud_insensitive(store):
    d = doc(1, text=HE_NIQQUD, title="נתניהו שוחח עם פוטין", lang="he")
    store.add(d, [event(d)])
    e_id = event(d).make_id()
    for q in ("ראש הממשלה", "נתניהו", "שוחח בטלפון", "נְתַנְיָהוּ", "רוסיה"):
        assert [e["id"] for e in store.events(text=q)] == [e_id], q
    assert store.events(text="ביידן") == []


def test_fts_hebrew_final_letters_and_clitics(store):
    d = doc(1, text="ונתניהו נפגש הבוקר עם מלך ירדן בעמאן", title=None, lang="he")
    store.add(d, [event(d, "meeting", (NETANYAHU, Person("Abdullah II of Jordan", "Q57464", "JOR")))])
    assert len(store.events(text="נתניהו")) == 1   # inside "ונתניהו"
    assert len(store.events(text="עמאן")) == 1
    assert len(store.events(text="עמאנ")) == 1     # final/non-final nun fold together


def test_fts_arabic_hamza_and_harakat_variants(store):
    d = doc(1, text=AR_HAMZA, lang="ar")
    store.add(d, [event(d, people=(ERDOGAN, SALMAN))])
    for q in ("اردوغان", "أردوغان", "الرئيس اردوغان", "اتصالا هاتفيا", "تلقى", "إتصالاً", "الشريفين"):
        assert len(store.events(text=q)) == 1, q
    assert store.events(text="بوتين") == []


def test_fts_finds_document_title(store):
    d = doc(1, text="The two leaders spoke.", title="Macron phones King Salman")
    store.add(d, [event(d, people=(MACRON, SALMAN))])
    assert len(store.events(text="phones king")) == 1
    assert len(store.events(text="PHONES")) == 1
    assert store.events(text="phones queen") == []


def test_fts_short_and_odd_queries(store):
    d = doc(1, text="Talks on EU and G7 issues")
    store.add(d, [event(d)])
    assert len(store.events(text="G7")) == 1
    assert store.events(text='"') == []
    assert len(store.events(text="talks g7")) == 1


@pytest.fixture
def filled(store):
    d1 = doc(1, published=date(2023, 12, 10))
    d2 = doc(2, published=date(2024, 3, 12), lang="he")
    d3 = doc(3, published=date(2023, 6, 14), lang="ar")
    d4 = doc(4, published=False)
    store.add(d1, [event(d1, date_="2023-12-10", precision="day", topics=["Gaza", "hostages"])])
    store.add(d2, [event(d2, "meeting", (NETANYAHU, BIDEN), topics=["Iran"])])  # no date: published 2024-03-12
    store.add(d3, [event(d3, "call", (MACRON, SALMAN), date_="2023-06", precision="month", initiator="Emmanuel Macron")])
    store.add(d4, [event(d4, "message", (ERDOGAN, PUTIN))])  # no date at all
    return store


def names(evs):
    return [sorted(p["name"] for p in e["participants"]) for e in evs]


def test_filter_actor(filled):
    assert len(filled.events(actor="netanyahu")) == 2
    assert len(filled.events(actor="NETANYAHU")) == 2
    assert len(filled.events(actor="Erdogan")) == 1          # accent-insensitive
    assert len(filled.events(actor="erdoğan")) == 1
    assert len(filled.events(actor="Q7747")) == 2             # Wikidata id
    assert len(filled.events(actor="q7747")) == 2
    assert len(filled.events(actor="Salman")) == 1            # substring of the name
    assert len(filled.events(actor=["Netanyahu", "Biden"])) == 1  # all of several
    assert filled.events(actor="Lavrov") == []
    assert filled.events(actor="100%") == []


def test_filter_country_type_topic(filled):
    assert names(filled.events(country="SAU")) == [["Emmanuel Macron", "Salman of Saudi Arabia"]]
    assert len(filled.events(country="rus")) == 2
    assert len(filled.events(type="call")) == 2
    assert len(filled.events(type="message")) == 1
    assert len(filled.events(topic="gaza")) == 1
    assert len(filled.events(topic="host")) == 1
    assert filled.events(topic="Syria") == []
    assert len(filled.events(type="call", country="ISR")) == 1


def test_filter_min_confidence(store):
    d1, d2 = doc(1), doc(2)
    store.add(d1, [event(d1, confidence=0.9)])
    store.add(d2, [event(d2, "meeting", (NETANYAHU, BIDEN), confidence=0.4)])
    assert names(store.events(min_confidence=0.5)) == [["Benjamin Netanyahu", "Vladimir Putin"]]
    assert store.count(min_confidence=0.5) == 1
    assert store.count(min_confidence=0.4) == 2          # at least, not above
    assert store.count(min_confidence=0.95) == 0
    assert len(list(store.iter_events(min_confidence=0.5))) == 1
    assert len(store.events(min_confidence=0.0)) == 2


def test_filter_dates_fall_back_to_publication(filled):
    # the 2024-03-12 meeting has no event date: its article's publication date counts
    assert names(filled.events(since="2024-01-01")) == [["Benjamin Netanyahu", "Joe Biden"]]
    assert len(filled.events(since=date(2023, 12, 10))) == 2
    assert len(filled.events(until="2023-12-09")) == 1
    # month precision "2023-06" overlaps any day of June
    assert len(filled.events(since="2023-06-20", until="2023-06-30")) == 1
    assert len(filled.events(since="2023-07-01", until="2023-11-30")) == 0
    # coarse bounds: a year or month means all of it
    assert len(filled.events(since="2023", until="2023")) == 2
    assert len(filled.events(since="2023-06", until="2023-06")) == 1
    assert len(filled.events(since="2024")) == 1
    # an event without any date is left out of date-filtered lists, but listed otherwise
    assert len(filled.events()) == 4
    assert len(filled.events(since="1900-01-01")) == 3


def test_order_limit_offset_count(filled):
    all_ = filled.events()
    assert [e["date"] or e["mentions"][0]["published"] for e in all_][:3] == ["2023-06", "2023-12-10", "2024-03-12"]
    assert all_[-1]["type"] == "message"                     # undated last
    assert [e["id"] for e in filled.events(limit=2, offset=1)] == [e["id"] for e in all_[1:3]]
    assert filled.events(order="-date")[0]["mentions"][0]["published"] == "2024-03-12"
    assert filled.count() == 4 and filled.count(actor="netanyahu") == 2
    with pytest.raises(ValueError):
        filled.events(order="bogus")


def test_event_and_iter_events_and_stats(filled):
    evs = list(filled.iter_events(batch=3))
    assert len(evs) == 4 and len({e["id"] for e in evs}) == 4
    one = filled.event(evs[0]["id"])
    assert one == evs[0]
    assert one["mentions"][0]["doc"] == "d3" and one["mentions"][0]["sentence"]
    assert Event.from_dict(one).to_dict()["id"] == one["id"]
    assert filled.event("ev-nope") is None
    assert filled.resolve_id(evs[0]["id"][:8]) != []
    st = filled.stats()
    assert st["documents"] == 4 and st["events"] == 4 and st["mentions"] == 4
    assert st["events_by_type"] == {"call": 2, "meeting": 1, "message": 1}
    json.dumps(st)


def test_to_dict_round_trip_through_store(store):
    d = doc(1)
    ev = event(d, "meeting", (MACRON, SALMAN), date_="2023-06-16", precision="day", topics=["energy"],
               location="Paris", initiator="Salman of Saudi Arabia")
    ev.location_role = "host"
    store.add(d, [ev])
    got = store.event(ev.make_id())
    want = ev.to_dict()
    for k in ("id", "type", "participants", "initiator", "date", "date_precision", "location", "topics",
              "cameo", "plover", "confidence"):
        assert got[k] == want[k], k
    assert got["mentions"][0]["sentence"] == d.text and got["mentions"][0]["url"] == d.url


def test_concurrent_reader_sees_committed_docs_only(tmp_path):
    p = str(tmp_path / "c.db")
    w, r = Store(p), Store(p)
    d = doc(1)
    w.add(d, [event(d)])
    assert r.stats()["documents"] == 1
    w.close(), r.close()


# --------------------------------------------------------------------------- derived data

# Reports of contacts among a few persons, dated close together so that some of them merge:
# events gain mentions, dates and sources after they are stored, which the derived data
# (events.eff_date, participant_names) must follow.
COHEN = Person("Yossi Cohen", country="ISR")          # not in the gazetteer: key name:Yossi Cohen
BIBI = Person("Bibi Netanyahu", "Q43723", "ISR")       # another spelling of NETANYAHU's name
PAIRS = [(NETANYAHU, PUTIN), (PUTIN, NETANYAHU), (MACRON, SALMAN), (BIBI, BIDEN), (COHEN, PUTIN),
         (ERDOGAN, SALMAN, MACRON), (Person("Yossi Cohen"), MACRON)]
DAYS = ["2023-06-01", "2023-06-03", "2023-06", "2023", "2023-07-30", None]
PUBLISHED = ["2023-06-01", "2023-06-05", "2023-07-31", None]
REPORTS = st.lists(st.tuples(st.sampled_from(("call", "meeting")), st.sampled_from(PAIRS), st.sampled_from(DAYS),
                             st.sampled_from(PUBLISHED), st.sampled_from((0.4, 0.7, 0.9))), min_size=1, max_size=14)
FILTERS = [{}, {"actor": "netanyahu"}, {"actor": "q7747"}, {"actor": "Q43723"}, {"actor": "cohen"},
           {"actor": ["putin", "NETANYAHU"]}, {"actor": "name:Yossi Cohen"}, {"country": "isr"},
           {"type": "call", "country": "RUS"}, {"since": "2023-06-03"}, {"since": "2023-06"}, {"since": "2023-07-31"},
           {"until": "2023-06-02"}, {"since": "2023", "until": "2023-06"}, {"min_confidence": 0.6},
           {"actor": "putin", "since": "2023-06-02", "type": "meeting"},
           {"actor": "Q7747", "since": "2023-06-02", "type": "meeting"}, {"country": "isr", "until": "2023-06"},
           {"actor": "name:Yossi Cohen", "type": "call"}, {"actor": "Q7747", "since": "2023-06", "until": "2023"},
           {"type": "call", "until": "2023-06"}]


def fill_reports(store: Store, reports, first: int = 100) -> None:
    for i, (type_, people, day, pub, conf) in enumerate(reports):
        d = doc(first + i, published=date.fromisoformat(pub) if pub else False)
        store.add(d, [event(d, type_, people, date_=day, precision={10: "day", 7: "month", 4: "year"}.get(len(day or "")),
                            confidence=conf)])


def assert_derived_right(conn) -> None:
    """events.eff_date, participant_names, event_counts, document_counts and the participants'
    copies of their event's type and date equal what they are derived from."""
    assert dict(map(tuple, conn.execute("SELECT id, eff_date FROM events"))) == \
        dict(map(tuple, conn.execute(f"SELECT e.id, {_EFF_DATE_COMPUTED} FROM events e")))
    assert sorted(map(tuple, conn.execute("SELECT event_id, position, type, eff_date FROM event_participants"))) == \
        sorted(map(tuple, conn.execute(
            "SELECT p.event_id, p.position, e.type, e.eff_date FROM event_participants p JOIN events e ON e.id = p.event_id")))
    assert sorted(map(tuple, conn.execute("SELECT key, name, name_folded, country, wikidata, n FROM participant_names"))) == \
        sorted(map(tuple, conn.execute(
            "SELECT COALESCE(person_id, 'name:' || name), name, name_folded, COALESCE(country, ''),"
            " COALESCE(wikidata, ''), COUNT(*) FROM event_participants GROUP BY 1, 2, 3, 4, 5")))
    assert sorted(map(tuple, conn.execute("SELECT day, type, n FROM event_counts"))) == \
        sorted(map(tuple, conn.execute("SELECT COALESCE(eff_date, ''), type, COUNT(*) FROM events GROUP BY 1, 2")))
    assert sorted(map(tuple, conn.execute("SELECT lang, source, n FROM document_counts"))) == \
        sorted(map(tuple, conn.execute(
            "SELECT COALESCE(lang, ''), COALESCE(source, ''), COUNT(*) FROM documents GROUP BY 1, 2")))
    keys = "SELECT DISTINCT event_id, COALESCE(person_id, 'name:' || name) AS k FROM event_participants"
    assert sorted(map(tuple, conn.execute("SELECT a, b, month, type, n FROM pair_months"))) == \
        sorted(map(tuple, conn.execute(
            f"SELECT x.k, y.k, substr(COALESCE(e.eff_date, ''), 1, 7), e.type, COUNT(*) FROM ({keys}) x"
            f" JOIN ({keys}) y ON y.event_id = x.event_id JOIN events e ON e.id = x.event_id GROUP BY 1, 2, 3, 4")))
    assert sorted(map(tuple, conn.execute("SELECT a, b, type, n FROM pair_types"))) == \
        sorted(map(tuple, conn.execute("SELECT a, b, type, SUM(n) FROM pair_months GROUP BY 1, 2, 3")))
    # the events of each country and each person per date and type, an event once for each
    for table, col, expr in (("country_days", "country", "p.country"),
                             ("person_days", "key", "COALESCE(p.person_id, 'name:' || p.name)")):
        assert sorted(map(tuple, conn.execute(f"SELECT {col}, day, type, n FROM {table}"))) == \
            sorted(map(tuple, conn.execute(
                f"SELECT k, COALESCE(e.eff_date, ''), e.type, COUNT(*) FROM (SELECT DISTINCT p.event_id, {expr} AS k"
                f" FROM event_participants p WHERE {expr} IS NOT NULL) x JOIN events e ON e.id = x.event_id"
                " GROUP BY 1, 2, 3"))), table
    # the events per month and type, overall and of each country (a year-only date is its own month)
    assert sorted(map(tuple, conn.execute("SELECT month, type, n FROM event_months"))) == \
        sorted(map(tuple, conn.execute("SELECT substr(COALESCE(eff_date, ''), 1, 7), type, COUNT(*) FROM events"
                                       " GROUP BY 1, 2")))
    assert sorted(map(tuple, conn.execute("SELECT country, month, type, n FROM country_months"))) == \
        sorted(map(tuple, conn.execute("SELECT country, substr(day, 1, 7), type, SUM(n) FROM country_days"
                                       " GROUP BY 1, 2, 3")))


def strip_derived(path) -> None:
    """Make a database look like one written before the derived data existed."""
    with sqlite3.connect(path) as c:
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            c.execute(f"DROP TRIGGER {name}")
        for stmt in DERIVED:
            kind, name = re.match(r"CREATE (TABLE|INDEX) IF NOT EXISTS (\w+)", stmt).groups() if "TRIGGER" not in stmt \
                else (None, None)
            if kind:
                c.execute(f"DROP {kind} IF EXISTS {name}")  # (an index goes with its table)
        for name, col in PARTICIPANT_INDEXES.items():  # without event_id, as they were
            c.execute(f"DROP INDEX {name}")
            c.execute(f"CREATE INDEX {name} ON event_participants({col})")
        c.execute("ALTER TABLE events DROP COLUMN eff_date")
        c.execute("ALTER TABLE event_participants DROP COLUMN type")
        c.execute("ALTER TABLE event_participants DROP COLUMN eff_date")


def expected_ids(conn, filters: dict, order: str, keys: bool) -> list[str]:
    """The events matching `filters` in `order`, computed in Python from the base tables
    (the documented semantics; keys: person keys are matched exactly, as the API does)."""
    evs = {r[0]: {"type": r[1], "date": r[2], "conf": r[3], "sources": r[4], "parts": [], "pubs": []}
           for r in conn.execute("SELECT id, type, date, confidence, sources FROM events")}
    for r in conn.execute("SELECT event_id, name, name_folded, wikidata, person_id, country FROM event_participants"):
        evs[r[0]]["parts"].append(r)
    for eid, pub in conn.execute("SELECT event_id, published FROM mentions"):
        evs[eid]["pubs"].append(pub)
    out = []
    for eid, e in evs.items():
        eff = e["date"] if e["date"] is not None else min((p for p in e["pubs"] if p), default=None)
        ok = all(any((p[4] or "name:" + p[1]) == a for p in e["parts"]) if keys and queries.is_key(a) else
                 any(fold(a) in p[2] or (p[3] or "").lower() == a.lower() or (p[4] or "").lower() == a.lower()
                     for p in e["parts"])
                 for a in ([filters["actor"]] if isinstance(filters.get("actor"), str) else filters.get("actor", [])))
        ok &= not filters.get("country") or any(p[5] == filters["country"].upper() for p in e["parts"])
        ok &= not filters.get("type") or e["type"] == filters["type"]
        ok &= not filters.get("since") or (eff is not None and eff + "~" >= filters["since"])
        u = filters.get("until")
        ok &= not u or (eff is not None and eff <= u + {4: "-12-31", 7: "-31"}.get(len(u), ""))
        ok &= filters.get("min_confidence") is None or e["conf"] >= filters["min_confidence"]
        if ok:
            out.append((eid, eff, e["sources"]))
    out.sort(key=lambda x: x[0])
    if order == "date":
        out.sort(key=lambda x: (x[1] is None, x[1] or ""))
    else:  # -date and sources: latest first, undated last
        out.sort(key=lambda x: x[1] or "", reverse=True)
        out.sort(key=lambda x: x[1] is None)
        if order == "sources":
            out.sort(key=lambda x: -x[2])
    return [x[0] for x in out]


def expected_timeline(conn, filters: dict, interval: str) -> dict:
    """queries.timeline's periods, undated and total, computed in Python (expected_ids)."""
    effs = dict(conn.execute(f"SELECT e.id, {_EFF_DATE_COMPUTED} FROM events e"))
    types = dict(conn.execute("SELECT id, type FROM events"))
    per, undated, n = {}, {}, 0
    for eid in expected_ids(conn, filters, "date", keys=True):
        d, n = effs[eid], n + 1
        period = queries._period(d[:10], interval) if d and re.match(r"^\d{4}", d) else None
        counts = undated if period is None else per.setdefault(period, {})
        counts[types[eid]] = counts.get(types[eid], 0) + 1
    return {"total": n, "periods": {p: c for p, c in sorted(per.items())}, "undated": undated}


def api_answers(db) -> list:
    """What the API's queries answer for every filter (events, timeline, network), for
    every person (actor pages) and overall (stats)."""
    conn = queries.connect(db)
    try:
        out = [queries.stats(conn)]
        for f in FILTERS:
            out += [queries.events_page(conn, limit=1000, sort=s, **f) for s in queries.SORTS]
            out += [queries.timeline(conn, interval=i, **f) for i in queries.INTERVALS]
            out.append(queries.network(conn, **f))
        keys = [r[0] for r in conn.execute("SELECT DISTINCT COALESCE(person_id, 'name:' || name) FROM event_participants")]
        out += [queries.actor(conn, k) for k in sorted(keys)]
        return out
    finally:
        conn.close()


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(reports=REPORTS)
def test_derived_data_follow_every_write_and_filters_keep_their_meaning(tmp_path_factory, reports):
    db = tmp_path_factory.mktemp("derived") / "d.db"
    with Store(str(db)) as s:
        fill_reports(s, reports)
        assert_derived_right(s.conn)
        for f in FILTERS:  # the command line's filters and orders
            for order in ("date", "-date"):
                want = expected_ids(s.conn, f, order, keys=False)
                assert [e["id"] for e in s.events(order=order, **f)] == want, (f, order)
                assert [e["id"] for e in s.events(order=order, limit=2, offset=1, **f)] == want[1:3]
            assert s.count(**f) == len(want)
        conn = queries.connect(db)
        for f in FILTERS:  # the API's
            for sort in queries.SORTS:
                want = expected_ids(s.conn, f, sort, keys=True)
                page = queries.events_page(conn, limit=2, offset=1, sort=sort, **f)
                assert page["total"] == len(want) and [e["id"] for e in page["items"]] == want[1:3], (f, sort)
                walked, after = [], None   # keyset paging: page after page from `next`
                while after is not None or not walked:
                    page = queries.events_page(conn, limit=2, sort=sort, after=after, **f)
                    walked += [e["id"] for e in page["items"]] or [None]
                    after = page["next"]
                assert [i for i in walked if i] == want, (f, sort)
            for interval in queries.INTERVALS:
                got = queries.timeline(conn, interval=interval, **f)
                assert {"total": got["total"], "periods": {p["period"]: p["counts"] for p in got["periods"]},
                        "undated": got["undated"]["counts"]} == expected_timeline(s.conn, f, interval), (f, interval)
        conn.close()
        # any writer keeps them right: the triggers follow deletions and updates too
        s.conn.execute("UPDATE mentions SET published = '2023-05-30' WHERE id = (SELECT MAX(id) FROM mentions)")
        s.conn.execute("UPDATE event_participants SET country = 'FRA', name = 'Yosef Cohen' WHERE person_id IS NULL")
        s.conn.execute("UPDATE documents SET source = NULL, lang = 'ar' WHERE id = (SELECT MIN(id) FROM documents)")
        s.conn.execute("UPDATE events SET type = 'message' WHERE id = (SELECT MAX(id) FROM events)")
        assert_derived_right(s.conn)
        # a person twice in one event counts once; a participant moved to another event
        s.conn.execute("INSERT INTO event_participants (event_id, position, name, name_folded, person_id)"
                       " SELECT event_id, 99, name, name_folded, person_id FROM event_participants WHERE position = 0")
        assert_derived_right(s.conn)
        s.conn.execute("UPDATE event_participants SET event_id = (SELECT MIN(id) FROM events), position = 98"
                       " WHERE rowid = (SELECT MAX(rowid) FROM event_participants WHERE position < 90)")
        assert_derived_right(s.conn)
        s.conn.execute("DELETE FROM event_participants WHERE position = 99 AND rowid % 2 = 0")
        assert_derived_right(s.conn)
        s.conn.execute("DELETE FROM events WHERE id = (SELECT MIN(id) FROM events)")
        assert_derived_right(s.conn)
    # a database written before the derived data: served as it is (computing them), the same
    old = db.with_name("old.db")
    with sqlite3.connect(db) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    strip_derived(old)
    changed = api_answers(db)
    assert api_answers(old) == changed
    with Store(str(old)) as s:  # then brought up to date when the store opens it
        assert_derived_right(s.conn)
        for name in PARTICIPANT_INDEXES:
            assert "event_id" in s.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    assert api_answers(old) == changed


def test_month_summaries_added_to_a_database_that_has_the_earlier_ones(tmp_path):
    """A database written before event_months and country_months (with every other summary) gets
    them when the store opens it, filled from event_counts and country_days, and they then follow
    inserts, merges and deletes; timelines of months read from them answer as without them."""
    db = tmp_path / "m.db"
    with Store(str(db)) as s:
        fill_reports(s, [("call", PAIRS[0], "2023-06-01", "2023-06-01", 0.9),
                         ("call", PAIRS[1], "2023-06-03", "2023-06-05", 0.7),   # (merges with the first)
                         ("meeting", PAIRS[5], "2023", None, 0.4), ("message", PAIRS[4], None, "2023-07-31", 0.9),
                         ("meeting", PAIRS[2], "2023-07-30", None, 0.7)])
    with sqlite3.connect(db) as c:   # as an older readouts left it
        for table in ("event_months", "country_months"):
            for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
                                     (table + "%",)).fetchall():
                c.execute(f"DROP TRIGGER {name}")
            c.execute(f"DROP TABLE {table}")
    filters = [{}, {"type": "call"}, {"since": "2023-06"}, {"until": "2023"}, {"country": "isr"},
               {"country": "RUS", "type": "call", "since": "2023", "until": "2023-07"}]
    conn = queries.connect(db)
    assert not queries.Schema(conn).months
    before = [queries.timeline(conn, interval="month", **f) for f in filters]
    conn.close()
    with Store(str(db)) as s:
        assert s.conn.execute("SELECT SUM(n) FROM event_months").fetchone()[0] == \
            s.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] > 0
        assert_derived_right(s.conn)
        conn = queries.connect(db)
        assert queries.Schema(conn).months
        assert [queries.timeline(conn, interval="month", **f) for f in filters] == before
        # inserts and merges, then deletes, by the store and by any writer
        fill_reports(s, [("call", PAIRS[3], "2023-06-02", "2023-06-02", 0.9), ("call", PAIRS[0], "2023-06-01", None, 0.9),
                         ("meeting", PAIRS[6], "2024-01-05", "2024-01-06", 0.9)], first=200)
        assert s.conn.execute("SELECT MAX(sources) FROM events").fetchone()[0] > 1   # (some merged)
        assert_derived_right(s.conn)
        s.conn.execute("UPDATE events SET date = '2022-12-31' WHERE id = (SELECT MIN(id) FROM events)")
        assert_derived_right(s.conn)
        # a writer that moves a row of a summary (its date, its country) moves its count between months
        for table, col in (("event_counts", "day"), ("country_days", "country")):
            was = s.conn.execute(f"SELECT MAX({col}) FROM {table}").fetchone()[0]
            s.conn.execute(f"UPDATE {table} SET {col} = 'ZZZ' WHERE {col} = ?", (was,))
            assert sorted(map(tuple, s.conn.execute("SELECT month, type, n FROM event_months"))) == sorted(map(
                tuple, s.conn.execute("SELECT substr(day, 1, 7), type, SUM(n) FROM event_counts GROUP BY 1, 2")))
            assert sorted(map(tuple, s.conn.execute("SELECT country, month, type, n FROM country_months"))) == sorted(map(
                tuple, s.conn.execute("SELECT country, substr(day, 1, 7), type, SUM(n) FROM country_days GROUP BY 1, 2, 3")))
            s.conn.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = 'ZZZ'", (was,))
        assert_derived_right(s.conn)
        s.conn.execute("DELETE FROM event_participants WHERE country = 'RUS' AND position = 1")
        s.conn.execute("DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)")
        assert_derived_right(s.conn)
        for f in filters:
            for interval in queries.INTERVALS:
                got = queries.timeline(conn, interval=interval, **f)
                assert {"total": got["total"], "periods": {p["period"]: p["counts"] for p in got["periods"]},
                        "undated": got["undated"]["counts"]} == expected_timeline(s.conn, f, interval), (f, interval)
        conn.close()
