"""CAMEO and PLOVER exports, checked against expectations written by hand for the seed articles."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.interfaces.cli import app
from readouts.interfaces.standards import cameo_rows, plover_record

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> str:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    db = str(tmp_path_factory.mktemp("std") / "seeds.db")
    r = runner.invoke(app, ["ingest", str(SEEDS), "--db", db, "--jobs", "1"])
    assert r.exit_code == 0, r.output
    return db


def _export(db: str, fmt: str) -> str:
    r = runner.invoke(app, ["export", "--db", db, "--format", fmt])
    assert r.exit_code == 0, r.output
    return r.stdout


def test_cameo_rows_of_the_seeds(seeds_db):
    rows = list(csv.DictReader(io.StringIO(_export(seeds_db, "cameo")), delimiter="\t"))
    # Biden phoned Netanyahu on 17 February 2021: one directed row, telephone
    biden = [r for r in rows if r["source_name"] == "Joe Biden"]
    assert len(biden) == 1
    b = biden[0]
    assert (b["source_actor"], b["target_actor"], b["target_name"]) == ("USAGOV", "ISRGOV", "Benjamin Netanyahu")
    assert (b["cameo_code"], b["quad_class"], b["goldstein"], b["directed"], b["date"]) == ("041", "1", "1.0", "1", "2021-02-17")
    assert b["source_wikidata"] == "Q6279" and b["target_wikidata"] == "Q43723"
    # Netanyahu visited Putin in Moscow: Netanyahu makes the visit
    visit = [r for r in rows if r["cameo_code"] == "042"]
    assert [(r["source_name"], r["target_name"], r["location"], r["goldstein"]) for r in visit] == \
        [("Benjamin Netanyahu", "Vladimir Putin", "Moscow", "1.9")]
    # a meeting in Paris of an Israeli and a Russian: third location, no initiator, one undirected row
    third = [r for r in rows if r["cameo_code"] == "044"]
    assert len(third) == 1 and third[0]["directed"] == "0" and third[0]["location"] == "Paris"
    assert {third[0]["source_actor"], third[0]["target_actor"]} == {"ISRGOV", "RUSGOV"}
    assert all(r["num_articles"] == "1" and r["documents"] for r in rows)


def test_plover_records_of_the_seeds(seeds_db):
    recs = [json.loads(line) for line in _export(seeds_db, "plover").splitlines()]
    assert all(r["event_type"] == "CONSULT" for r in recs)
    biden = next(r for r in recs if any(a["name"] == "Joe Biden" for a in r["actor"]))
    assert biden["event_mode"] == "phone" and biden["event_date"] == "2021-02-17"
    assert [a["name"] for a in biden["recipient"]] == ["Benjamin Netanyahu"]
    assert biden["actor"][0]["sector"] == "GOV" and biden["actor"][0]["country"] == "USA"
    assert biden["sources"][0]["doc"] == "002_abffabad426bfcef" and biden["sources"][0]["sentence"]
    paris = next(r for r in recs if (r.get("location") or {}).get("name") == "Paris")
    assert paris["event_mode"] == "third-party" and paris["recipient"] == []
    assert {a["name"] for a in paris["actor"]} == {"Benjamin Netanyahu", "Vladimir Putin"}


def test_three_parties_with_no_initiator_make_three_pairs_and_a_multilateral_record():
    ev = {"id": "ev-x", "type": "meeting", "cameo": "040", "plover": {"event": "CONSULT", "mode": "meeting"},
          "participants": [{"name": "A", "country": "EGY", "role": "President"},
                           {"name": "B", "country": "JOR", "role": "King"},
                           {"name": "C", "country": None, "role": None}],
          "initiator": None, "date": "2020-01-02", "mentions": [{"doc": "d1", "url": "http://x/1", "sentence": "s"}]}
    rows = cameo_rows(ev)
    assert [(r["source_name"], r["target_name"]) for r in rows] == [("A", "B"), ("A", "C"), ("B", "C")]
    assert rows[1]["target_actor"] == "" and rows[0]["source_urls"] == "http://x/1"
    rec = plover_record(ev)
    assert rec["event_mode"] == "multilateral" and len(rec["actor"]) == 3
