"""readouts.interfaces.spark: the pipeline on Spark writes the tables a single-process `readouts ingest` of
the same input stores (same documents, events, ids, merges, mentions).

The merging stage is checked against the store without Spark (hand-made reports, every
merging case); the whole job runs in Spark local[2] on a 2,000-article sample of
../shared/corpus, on a WARC file built here and on Parquet input. One SparkSession serves the
module; without Java (scripts/test.sh installs it) those tests are skipped."""
from __future__ import annotations

import gzip
import json
import shutil
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from typer.testing import CliRunner

from readouts.interfaces import spark as rs
from readouts.store import tables
from readouts.interfaces.cli import app
from readouts.store.database import Store

from test_parquet import REPORTS, fill, snapshot
from test_warc import build_warc

ROOT = Path(__file__).parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ar-ant-2018.jsonl.gz"
SAMPLE = 2000


def table_rows(out: Path) -> dict[str, list]:
    """The tables of an output as compared: events by id, mentions and unresolved as sets,
    documents in order (without the time they were stored)."""
    def key(row):
        return json.dumps(row, sort_keys=True, ensure_ascii=False)
    docs = [{k: v for k, v in r.items() if k != "ingested_at"} for r in tables.read(out, "documents")]
    return {"documents": docs,
            "events": sorted(tables.read(out, "events"), key=lambda r: r["id"]),
            "mentions": sorted(tables.read(out, "mentions"), key=key),
            "unresolved": sorted(tables.read(out, "unresolved"), key=key)}


# --------------------------------------------------------------------------- merging, without Spark

@settings(max_examples=60, deadline=None, derandomize=True)
@given(REPORTS)
def test_the_merge_stage_replays_the_store(tmp_path_factory, reports):
    """Reports grouped by contact key, in any order, merged by merge_group: the events and
    mentions the store makes of them one document at a time (duplicates skipped as it does)."""
    tmp = tmp_path_factory.mktemp("merge")
    with Store(tmp / "s.db") as s:
        given_ = fill(s, reports)
        tables.export_store(s, tmp / "store")
    triples = [((0, i), d.id, d.content_hash) for i, (d, _) in enumerate(given_)]
    kept = rs.stored_keys(triples[::-1])        # (order given: none; the key decides)
    groups: dict = {}
    for i, (d, evs) in reversed(list(enumerate(given_))):
        if (0, i) in kept:
            for k, ev in enumerate(evs):
                payload = rs._event(d, ev)
                groups.setdefault(payload[0], []).append((((0, i), k), payload))
    rows = [r for items in groups.values() for r in rs.merge_group(reversed(items))]
    events = sorted((r[1] for r in rows if r[0] == "event"), key=lambda r: r["id"])
    mentions = [m for _, m in sorted((r[1], r[2]) for r in rows if r[0] == "mention")]
    want = table_rows(tmp / "store")
    assert events == want["events"]
    assert mentions == list(tables.read(tmp / "store", "mentions"))        # (in the store's order too)
    assert len(kept) == len(want["documents"])


def test_inputs_are_read_in_the_order_ingest_reads_them():
    names = ["b.jsonl", "sub/a.jsonl", "a.jsonl", "sub/deeper/x.jsonl", "sub/z.jsonl", "c/y.jsonl"]
    assert sorted(names, key=rs.walk_key) == ["a.jsonl", "b.jsonl", "c/y.jsonl", "sub/a.jsonl", "sub/z.jsonl",
                                              "sub/deeper/x.jsonl"]


# --------------------------------------------------------------------------- Spark

@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java: scripts/test.sh installs Debian's openjdk-17-jre-headless")
    pytest.importorskip("pyspark")
    session = rs.session("local[2]", [("spark.ui.enabled", "false"), ("spark.ui.showConsoleProgress", "false"),
                                      ("spark.driver.host", "127.0.0.1"), ("spark.driver.bindAddress", "127.0.0.1"),
                                      ("spark.sql.shuffle.partitions", "4")])
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is missing (../shared beside the checkout)")
    return make_sample(tmp_path_factory.mktemp("sample"))


def make_sample(d: Path) -> Path:
    """In d, 2,000 politics articles of ANT in two files (the second gzipped, in a
    subdirectory), with a duplicate of an article under another id, a line that is not JSON
    and one whose date cannot be read."""
    lines = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            if json.loads(line)["id"].split("-")[2] in ("middleEast", "internationalNews"):
                lines.append(line)
                if len(lines) == SAMPLE:
                    break
    dup = json.loads(lines[3])
    dup["id"] = "copy-of-3"
    odd = json.loads(lines[4])
    odd["published"] = "sometime"
    lines[10:10] = [json.dumps(dup, ensure_ascii=False) + "\n", "{not json\n"]
    lines[20] = json.dumps(odd, ensure_ascii=False) + "\n"
    (d / "sub").mkdir()
    (d / "a.jsonl").write_text("".join(lines[:1000]), encoding="utf-8")
    with gzip.open(d / "sub" / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(lines[1000:])
    (d / ".hidden.jsonl").write_text(lines[0], encoding="utf-8")
    return d


def ingest(paths: list[Path], db: Path) -> int:
    """`readouts ingest` of paths into db; returns the duplicates it skipped."""
    res = CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--jobs", "2"])
    assert res.exit_code == 0, res.output
    return int(res.output.split("skipped (duplicates):")[1].split()[0])


def test_spark_stores_what_ingest_stores(spark, sample, tmp_path):
    duplicates = ingest([sample], tmp_path / "ingest.db")
    with Store(tmp_path / "ingest.db") as s:
        tables.export_store(s, tmp_path / "want")
        want_store = snapshot(s)
    problems: list[str] = []
    summary = rs.run(spark, [str(sample)], str(tmp_path / "out"), errors=problems.append)
    got, want = table_rows(tmp_path / "out"), table_rows(tmp_path / "want")
    assert got["events"] == want["events"]
    assert got["mentions"] == want["mentions"]
    assert got["documents"] == want["documents"]
    assert got["unresolved"] == want["unresolved"]
    # the sample exercises merging across documents and deduplication
    assert sum(e["sources"] > 1 for e in got["events"]) >= 10
    assert summary.duplicates == duplicates >= 1 and summary.stored == len(want["documents"])
    assert f"{sample}/a.jsonl:12: not valid JSON (Expecting property name enclosed in double quotes at column 2)" \
        in problems
    assert any(p.startswith(f"{sample}/a.jsonl:21: \"published\" is not a date") for p in problems)
    # loaded into a database: the explorer's events
    res = CliRunner().invoke(app, ["load", str(tmp_path / "out"), "--db", str(tmp_path / "loaded.db")])
    assert res.exit_code == 0, res.output
    with Store(tmp_path / "loaded.db") as s:
        loaded = snapshot(s)
    assert loaded["events"] == want_store["events"] and loaded["events_rows"] == want_store["events_rows"]


def test_spark_reads_warc_and_parquet_as_ingest_reads_them(spark, tmp_path):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is missing (../shared beside the checkout)")
    build_warc(tmp_path / "crawl.warc.gz")
    lines = list(islice(gzip.open(CORPUS, "rt", encoding="utf-8"), 1690, 1790))
    (tmp_path / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    rows = [json.loads(line) for line in lines]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "news.parquet")
    ingest([tmp_path / "crawl.warc.gz", tmp_path / "news.jsonl"], tmp_path / "ingest.db")
    with Store(tmp_path / "ingest.db") as s:
        tables.export_store(s, tmp_path / "want")
    res = CliRunner().invoke(app, ["spark", str(tmp_path / "crawl.warc.gz"), str(tmp_path / "news.parquet"),
                                   "--output", str(tmp_path / "out")])      # (the module's session)
    assert res.exit_code == 0, res.output
    got, want = table_rows(tmp_path / "out"), table_rows(tmp_path / "want")
    assert got["events"] == want["events"] and got["mentions"] == want["mentions"]
    assert [d["id"] for d in got["documents"]] == [d["id"] for d in want["documents"]]
    problems = [line for line in res.output.splitlines() if line.startswith(str(tmp_path / "crawl"))]
    assert len(problems) == 1 and problems[0].startswith(f"{tmp_path}/crawl.warc.gz@") and \
        problems[0].endswith(": no main text found in the HTML")
    assert "input files:          2" in res.output and {e["type"] for e in got["events"]} >= {"call"}
