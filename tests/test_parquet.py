"""readouts.store.tables: the Parquet tables of `readouts export --format parquet`, read back by
`readouts load` into a store that then holds the same documents, events and mentions.
Events are built by hand (merged across documents, with disagreements) so these tests do not
depend on the extractor."""
from __future__ import annotations

import json
from datetime import date

import pyarrow.parquet as pq
from hypothesis import given, settings, strategies as st
from typer.testing import CliRunner

from readouts.store import tables
from readouts.interfaces.cli import app
from readouts.model import Document, Event, EventMention, Person
from readouts.store.database import Store

NETANYAHU = Person("Benjamin Netanyahu", "Q43723", "ISR", "Prime Minister of Israel", id="Q43723")
PUTIN = Person("Vladimir Putin", "Q7747", "RUS", "President of Russia", id="Q7747")
MACRON = Person("Emmanuel Macron", "Q3052772", "FRA", "President of France", id="Q3052772")
COHEN = Person("Yossi Cohen", None, "ISR", None)
PAIRS = [(NETANYAHU, PUTIN), (PUTIN, NETANYAHU), (MACRON, PUTIN), (COHEN, MACRON), (NETANYAHU, PUTIN, MACRON)]
DAYS = ["2023-06-01", "2023-06-02", "2023-06-03", "2023-06", "2023", None]
PUBLISHED = ["2023-06-01", "2023-06-04", "2023-07-31", None]
# (type, participants, date, publication date, confidence, initiator, location, topics, copies)
REPORT = st.tuples(st.sampled_from(("call", "meeting")), st.sampled_from(PAIRS), st.sampled_from(DAYS),
                   st.sampled_from(PUBLISHED), st.sampled_from((0.4, 0.7, 0.9)),
                   st.sampled_from((None, "Vladimir Putin", "Benjamin Netanyahu")),
                   st.sampled_from((None, "Moscow", "Paris")),
                   st.sampled_from(((), ("Syria",), ("Iran",), ("bilateral relations",))), st.sampled_from((1, 1, 2)))
REPORTS = st.lists(REPORT, min_size=1, max_size=12)


def report_doc(i: int, published: str | None, dup_of: int | None = None) -> Document:
    """Document i (the text of document `dup_of` when given: a duplicate the store skips)."""
    return Document(id=f"d{i}", text=f"Article number {dup_of if dup_of is not None else i}.", title=f"Title {i}",
                    published=date.fromisoformat(published) if published else None,
                    published_from="metadata" if published else None, lang="en", source="wire",
                    url=f"https://e.org/{i}", origin=f"test:{i}")


def report_events(d: Document, report) -> list[Event]:
    """The events a document reports, as the extractor gives them (one mention each; "two calls"
    as two copies with count_index 0 and 1)."""
    type_, people, day, _, conf, initiator, location, topics, copies = report
    out = []
    for k in range(copies):
        ev = Event(type_, list(people), initiator=initiator, date=day,
                   date_precision={10: "day", 7: "month", 4: "year"}.get(len(day or "")),
                   location=location if type_ == "meeting" else None, topics=list(topics),
                   confidence=conf * 0.9 ** k, count_index=k, date_basis="text" if day else None,
                   location_country={"Moscow": "RUS", "Paris": "FRA"}.get(location) if type_ == "meeting" else None,
                   date_hint="weekday=tuesday" if day is None else None)
        ev.mentions.append(EventMention(doc=d.id, lang=d.lang, published=d.published.isoformat() if d.published
                                        else None, sentence=f"Sentence {k} of {d.id}.", start=0, end=20,
                                        source=d.source, url=d.url, title=d.title, initiator=initiator, date=day))
        ev.id = ev.make_id()
        out.append(ev)
    return out


class Unresolved:
    def __init__(self, surface, kind="name", office=None):
        self.surface, self.kind, self.office = surface, kind, office


def fill(store: Store, reports, start: int = 0) -> list[tuple[Document, list[Event]]]:
    """Store a document per report (every fifth a duplicate of the one before); returns what
    was given to the store."""
    given_ = []
    for i, r in enumerate(reports, start):
        d = report_doc(i, r[3], dup_of=i - 1 if i % 5 == 4 else None)
        evs = report_events(d, r)
        store.add(d, evs, [Unresolved(f"Person {i}"), Unresolved("سلمان", "ambiguous")])
        given_.append((d, evs))
    return given_


def snapshot(store: Store) -> dict:
    """What a store holds that readouts shows: events with all mentions, documents, unresolved."""
    c = store.conn
    return {
        "events": sorted(store.iter_events(), key=lambda e: e["id"]),
        "documents": [tuple(r) for r in c.execute(
            "SELECT id, content_hash, title, text, url, source, lang, published, published_from, origin"
            " FROM documents ORDER BY rowid")],
        "mentions": sorted(tuple(r) for r in c.execute(
            "SELECT event_id, doc_id, lang, published, sentence, start, \"end\", field, source, url, title, initiator,"
            " date, date_precision, date_basis, location, location_country, topics, confidence FROM mentions")),
        "events_rows": sorted(tuple(r) for r in c.execute(
            "SELECT id, type, date, date_precision, date_hint, initiator, location, topics, cameo, confidence, json,"
            " pkey, date_basis, location_country, sources, eff_date FROM events")),
        "unresolved": sorted(tuple(r) for r in c.execute("SELECT * FROM unresolved")),
        "search": sorted(tuple(r) for r in c.execute("SELECT body, kind FROM search")),
    }


@settings(max_examples=40, deadline=None, derandomize=True)
@given(REPORTS)
def test_export_then_load_gives_the_same_store(tmp_path_factory, reports):
    tmp = tmp_path_factory.mktemp("rt")
    with Store(tmp / "a.db") as a:
        fill(a, reports)
        tables.export_store(a, tmp / "out")
        with Store(tmp / "b.db") as b:
            counts = tables.load(tmp / "out", b)
            assert snapshot(b) == snapshot(a)
            assert counts["stored"] == a.stats()["documents"]
            # again: nothing is added twice
            again = tables.load(tmp / "out", b)
            assert again["stored"] == 0 and again["skipped"] == counts["stored"]
            assert snapshot(b) == snapshot(a)


def test_tables_have_the_documented_columns_and_merged_events(tmp_path):
    reports = [("call", (NETANYAHU, PUTIN), "2023-06-01", "2023-06-01", 0.9, "Vladimir Putin", None, ("Syria",), 1),
               ("call", (PUTIN, NETANYAHU), "2023-06-02", "2023-06-02", 0.7, "Benjamin Netanyahu", None, (), 1),
               ("meeting", (MACRON, PUTIN), None, "2023-06-04", 0.4, None, "Moscow", (), 2)]
    with Store(tmp_path / "a.db") as a:
        fill(a, reports)
        counts = tables.export_store(a, tmp_path / "out")
    assert counts == {"documents": 3, "events": 3, "mentions": 4, "unresolved": 6}
    for name in tables.TABLES:
        assert pq.read_schema(next((tmp_path / "out" / name).glob("*.parquet"))).names == tables.SCHEMAS[name].names
    events = {e["type"] + str(e["sources"]): e for e in tables.read(tmp_path / "out", "events")}
    call = events["call2"]
    assert call["disagreements"] == {"initiator": {"Benjamin Netanyahu": 1, "Vladimir Putin": 1}, "date": {
        "2023-06-01": 1, "2023-06-02": 1}}
    assert [p["id"] for p in call["participants"]] == ["Q43723", "Q7747"] and call["plover"]["mode"] == "phone"
    assert events["meeting1"]["location_country"] == "RUS" and events["meeting1"]["date_hint"] == "weekday=tuesday"


def test_load_merges_with_what_the_database_holds(tmp_path):
    """A report loaded into a database that holds another report of the same contact joins it,
    as an ingest of both would have."""
    first = [("call", (NETANYAHU, PUTIN), "2023-06-01", "2023-06-01", 0.9, None, None, (), 1)]
    second = [("call", (PUTIN, NETANYAHU), "2023-06-02", "2023-06-02", 0.7, None, None, (), 1)]
    with Store(tmp_path / "both.db") as both, Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        fill(both, first + second)
        fill(one, first)
        fill(two, second, start=1)
        tables.export_store(two, tmp_path / "two")
        tables.load(tmp_path / "two", one)
        assert snapshot(one)["events"] == snapshot(both)["events"]
        assert [e["sources"] for e in snapshot(one)["events"]] == [2]


def test_cli_export_parquet_and_load(tmp_path):
    reports = [("call", (NETANYAHU, PUTIN), "2023-06-01", "2023-06-01", 0.9, None, None, (), 1),
               ("call", (NETANYAHU, PUTIN), "2023-06-02", "2023-06-02", 0.7, None, None, (), 1)]
    with Store(tmp_path / "a.db") as a:
        fill(a, reports)
        before = snapshot(a)
    runner = CliRunner()
    res = runner.invoke(app, ["export", "--format", "parquet", "--db", str(tmp_path / "a.db"),
                              "--output", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["export", "--format", "parquet", "--db", str(tmp_path / "a.db")])
    assert res.exit_code == 2 and "--output DIR" in res.output
    res = runner.invoke(app, ["load", str(tmp_path / "out"), "--db", str(tmp_path / "b.db")])
    assert res.exit_code == 0, res.output
    assert "stored:                  2" in res.output and "events in database:      1" in res.output
    with Store(tmp_path / "b.db") as b:
        assert snapshot(b) == before
    res = runner.invoke(app, ["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "c.db")])
    assert res.exit_code == 1 and "no Parquet table documents, events, mentions" in res.output


def test_read_gives_rows_in_file_then_row_order(tmp_path):
    rows = [{k: None for k in tables.SCHEMAS["unresolved"].names} | {"doc_id": f"d{i}", "surface": "x", "kind": "name"}
            for i in range(5)]
    assert tables.write(tmp_path, "unresolved", rows[:3]) == 3
    (tmp_path / "unresolved" / "part-00000.parquet").rename(tmp_path / "unresolved" / "part-00001.parquet")
    tables.write(tmp_path / "other", "unresolved", rows[3:])
    (tmp_path / "other" / "unresolved" / "part-00000.parquet").rename(tmp_path / "unresolved" / "part-00000.parquet")
    assert [r["doc_id"] for r in tables.read(tmp_path, "unresolved")] == ["d3", "d4", "d0", "d1", "d2"]
    assert json.dumps(list(tables.read(tmp_path, "unresolved"))[0]["office"]) == "null"
