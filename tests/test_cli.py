"""The `readouts` command line, run in-process with Typer's CliRunner (with a stand-in
extractor, so these tests do not depend on the extraction engine) and once as a
subprocess to check that stdout stays clean JSON Lines."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.pipeline import extractor as pipeline
from readouts.interfaces.cli import app
from readouts.model import Event, EventMention, Person

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent

PEOPLE = {
    "Putin": Person("Vladimir Putin", "Q7747", "RUS", "President of Russia"),
    "Netanyahu": Person("Benjamin Netanyahu", "Q43723", "ISR", "Prime Minister of Israel"),
    "Macron": Person("Emmanuel Macron", "Q3052772", "FRA", "President of France"),
    "Salman": Person("Salman of Saudi Arabia", "Q367825", "SAU", "King of Saudi Arabia"),
}


def fake_extract(doc, unresolved=None):
    """Stand-in extractor: one call between the known names of the first line."""
    if "RAISE" in doc.text:
        raise ValueError("boom")
    first = doc.text.strip().splitlines()[0]
    people = [p for k, p in PEOPLE.items() if k in first]
    if len(people) < 2:
        return []
    start = doc.text.index(first)
    ev = Event(type="call", participants=people, date=doc.published.isoformat() if doc.published else None,
               date_precision="day" if doc.published else None, topics=["Gaza"], confidence=0.9)
    ev.mentions.append(EventMention(doc=doc.id, lang=doc.lang, published=doc.published.isoformat() if doc.published else None,
                                    sentence=first, start=start, end=start + len(first), source=doc.source, url=doc.url))
    return [ev]


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(pipeline, "extract", fake_extract)


@pytest.fixture
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Netanyahu spoke with Putin by phone.\nMore text.\n", encoding="utf-8")
    (d / "b.txt").write_text("Macron called King Salman.\n", encoding="utf-8")
    (d / "c.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "title": "Call", "text": "Putin and Macron spoke.", "published": "2023-06-14T10:00:00",
                    "source": "wire", "lang": "en"}) + "\n"
        + "{broken\n", encoding="utf-8")
    (d / "bad.txt").write_bytes(b"\x00\x01\x02")
    return d


def jsonl(s: str) -> list[dict]:
    return [json.loads(line) for line in s.splitlines() if line.strip()]


COMMANDS = ["extract", "ingest", "events", "show", "export", "eval", "demo", "stats"]


@pytest.mark.parametrize("cmd", [None] + COMMANDS)
def test_help(cmd):
    args = ([cmd] if cmd else []) + ["--help"]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    assert "Usage" in r.stdout
    if cmd:
        assert "Example" in r.stdout


def test_no_args_shows_help():
    r = runner.invoke(app, [])
    assert "Usage" in r.output and r.exit_code in (0, 2)


def test_version():
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.startswith("readouts ")


def test_extract_jsonl(fake, inputs):
    r = runner.invoke(app, ["extract", str(inputs), "--published", "2024-03-12"])
    assert r.exit_code == 0, r.output
    evs = jsonl(r.stdout)
    assert sorted(e["mentions"][0]["doc"] for e in evs) == ["a", "b", "j1"]
    by_doc = {e["mentions"][0]["doc"]: e for e in evs}
    assert by_doc["a"]["date"] == "2024-03-12"          # --published applied
    assert by_doc["j1"]["date"] == "2023-06-14"         # metadata wins
    assert all(Event.from_dict(e).to_dict()["id"] == e["id"] for e in evs)
    assert f"{inputs / 'bad.txt'}: binary" in r.stderr
    assert f"{inputs / 'feed.jsonl'}:2: not valid JSON" in r.stderr


def test_extract_csv_and_table(fake, inputs):
    r = runner.invoke(app, ["extract", str(inputs / "a.txt"), str(inputs / "b.txt"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 2
    assert rows[0]["participants"] == "Vladimir Putin; Benjamin Netanyahu"
    assert rows[0]["countries"] == "RUS; ISR" and rows[0]["cameo"] == "041" and rows[0]["plover_mode"] == "phone"
    assert rows[0]["docs"] == "a" and rows[0]["n_mentions"] == "1" and rows[0]["first_sentence"].startswith("Netanyahu")
    r = runner.invoke(app, ["extract", str(inputs / "a.txt"), "--format", "table"])
    assert r.exit_code == 0 and "Putin" in r.stdout and "1 events" in r.stdout


def test_extract_stdin(fake):
    r = runner.invoke(app, ["extract", "-"], input="Netanyahu phoned Putin.\n")
    assert r.exit_code == 0, r.output
    (ev,) = jsonl(r.stdout)
    assert ev["mentions"][0]["doc"] == "stdin"
    line = json.dumps({"id": "s9", "text": "Macron and Salman talked."}) + "\n"
    r = runner.invoke(app, ["extract", "-"], input=line)
    assert [e["mentions"][0]["doc"] for e in jsonl(r.stdout)] == ["s9"]


def test_extract_exit_codes(fake, inputs, tmp_path):
    # some inputs bad: still success
    r = runner.invoke(app, ["extract", str(inputs / "bad.txt"), str(inputs / "c.txt")])
    assert r.exit_code == 0 and r.stdout == ""
    # every input bad: failure, with the reasons on stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = runner.invoke(app, ["extract", str(inputs / "bad.txt"), str(empty), str(tmp_path / "missing.txt")])
    assert r.exit_code == 1
    assert f"{empty}: empty file" in r.stderr and f"{tmp_path / 'missing.txt'}: no such file" in r.stderr
    # usage errors
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(inputs), "--published", "last tuesday"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(inputs), "--format", "xml"]).exit_code == 2


def test_extract_survives_extractor_crash(fake, tmp_path):
    (tmp_path / "x.txt").write_text("RAISE please")
    (tmp_path / "y.txt").write_text("Netanyahu and Putin spoke.")
    r = runner.invoke(app, ["extract", str(tmp_path)])
    assert r.exit_code == 0
    assert len(jsonl(r.stdout)) == 1
    assert f"{tmp_path / 'x.txt'}: extraction failed: ValueError: boom" in r.stderr


def counts(output: str) -> dict[str, int]:
    out = {}
    for line in output.splitlines():
        if ":" in line and line.split(":", 1)[1].strip().isdigit():
            k, v = line.split(":", 1)
            out[k.strip()] = int(v)
    return out


def test_ingest_events_show_export_round_trip(fake, inputs, tmp_path):
    db = str(tmp_path / "r.db")
    r = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--published", "2024-03-12"])
    assert r.exit_code == 0, r.output
    c = counts(r.stdout)
    assert c == {"documents read": 4, "stored": 4, "skipped (duplicates)": 0, "failed": 2, "events extracted": 3,
                 "new events in database": 3, "events in database": 3}
    assert f"{inputs / 'bad.txt'}:" in r.stderr and f"{inputs / 'feed.jsonl'}:2:" in r.stderr

    # re-ingest: a no-op
    r2 = runner.invoke(app, ["ingest", str(inputs), "--db", db])
    assert r2.exit_code == 0
    c2 = counts(r2.stdout)
    assert c2["stored"] == 0 and c2["skipped (duplicates)"] == 4 and c2["events extracted"] == 0 and c2["new events in database"] == 0
    stats = json.loads(runner.invoke(app, ["stats", "--db", db]).stdout)
    assert stats["documents"] == 4 and stats["events"] == 3

    r = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"])
    evs = jsonl(r.stdout)
    assert len(evs) == 3
    r = runner.invoke(app, ["events", "--db", db, "--actor", "putin", "--format", "jsonl"])
    assert len(jsonl(r.stdout)) == 2
    r = runner.invoke(app, ["events", "--db", db, "--country", "SAU", "--type", "call", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["participants"] for row in rows] == ["Emmanuel Macron; Salman of Saudi Arabia"]
    r = runner.invoke(app, ["events", "--db", db, "--since", "2024-01-01", "--search", "netanyahu", "--format", "jsonl"])
    assert [e["mentions"][0]["doc"] for e in jsonl(r.stdout)] == ["a"]
    r = runner.invoke(app, ["events", "--db", db, "--topic", "gaza", "--limit", "1", "--format", "jsonl"])
    assert len(jsonl(r.stdout)) == 1
    r = runner.invoke(app, ["events", "--db", db])
    assert r.exit_code == 0 and "3 of 3 events" in r.stdout
    assert runner.invoke(app, ["events", "--db", db, "--since", "someday"]).exit_code == 2

    target = next(e for e in evs if e["mentions"][0]["doc"] == "j1")
    r = runner.invoke(app, ["show", target["id"], "--db", db])
    assert r.exit_code == 0, r.output
    assert "Putin and Macron spoke." in r.stdout and "j1" in r.stdout and "wire" in r.stdout and "2023-06-14" in r.stdout
    r = runner.invoke(app, ["show", target["id"][:9], "--db", db, "--json"])
    assert r.exit_code in (0, 1)
    r = runner.invoke(app, ["show", target["id"], "--db", db, "--json"])
    assert json.loads(r.stdout)["id"] == target["id"]
    r = runner.invoke(app, ["show", "ev-doesnotexist", "--db", db])
    assert r.exit_code == 1 and "no event" in r.stderr

    out = tmp_path / "all.jsonl"
    r = runner.invoke(app, ["export", "--format", "jsonl", "--db", db, "--output", str(out)])
    assert r.exit_code == 0
    exported = jsonl(out.read_text(encoding="utf-8"))
    assert sorted(e["id"] for e in exported) == sorted(e["id"] for e in evs)
    assert all(Event.from_dict(e).to_dict()["id"] == e["id"] for e in exported)
    r = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert len(list(csv.DictReader(io.StringIO(r.stdout)))) == 3


def test_ingest_exit_codes(fake, inputs, tmp_path):
    db = str(tmp_path / "x.db")
    r = runner.invoke(app, ["ingest", str(inputs / "bad.txt"), str(tmp_path / "nope.txt"), "--db", db])
    assert r.exit_code == 1
    assert counts(r.stdout)["failed"] == 2
    r = runner.invoke(app, ["ingest", str(inputs / "bad.txt"), str(inputs / "c.txt"), "--db", db])
    assert r.exit_code == 0
    (tmp_path / "crash.txt").write_text("RAISE")
    r = runner.invoke(app, ["ingest", str(tmp_path / "crash.txt"), "--db", db])
    assert r.exit_code == 1 and "extraction failed" in r.stderr
    assert runner.invoke(app, ["ingest", str(inputs), "--db", db, "--published", "13/13/2020"]).exit_code == 2


def test_read_commands_need_a_database(tmp_path):
    for args in (["events"], ["show", "ev-x"], ["export"], ["stats"]):
        r = runner.invoke(app, args + ["--db", str(tmp_path / "none.db")])
        assert r.exit_code == 1 and "no database" in r.stderr
        assert not (tmp_path / "none.db").exists()


def test_eval(fake, inputs, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"doc": "a", "lang": "en", "published": None,
         "events": [{"type": "call", "participants": ["Benjamin Netanyahu", "Vladimir Putin"], "date": None}]},
        {"doc": "b", "lang": "en", "published": None,
         "events": [{"type": "meeting", "participants": ["Emmanuel Macron", "Salman of Saudi Arabia"], "date": None}]},
        {"doc": "j1", "lang": "he", "published": "2023-06-14",
         "events": [{"type": "call", "participants": ["Vladimir Putin", "Emmanuel Macron"], "date": "2023-06-15",
                     "initiator": "Emmanuel Macron"}]},
    ]) + "\n")
    r = runner.invoke(app, ["eval", str(gold), str(inputs), "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout.strip().splitlines()[-1])
    o = res["overall"]
    assert (o["tp"], o["fp"], o["fn"]) == (2, 1, 1)
    assert o["date_accuracy"] == 1.0 and o["initiator_accuracy"] == 0.0 and o["invented_dates"] == 0
    assert set(res["by_lang"]) == {"en", "he"} and res["by_lang"]["he"]["f1"] == 1.0
    r = runner.invoke(app, ["eval", str(gold), str(inputs), "--errors", "--published", "2020-01-01"])
    assert r.exit_code == 0
    assert "missed" in r.stdout and "spurious" in r.stdout and "all" in r.stdout and "invented date" in r.stdout
    r = runner.invoke(app, ["eval", str(gold), str(inputs / "c.txt")])
    assert r.exit_code == 1


def test_demo(fake, tmp_path):
    db = str(tmp_path / "demo.db")
    r = runner.invoke(app, ["demo", "--db", db])
    assert r.exit_code == 0, r.output
    assert "sample articles" in r.stdout
    st = json.loads(runner.invoke(app, ["stats", "--db", db]).stdout)
    assert 7 <= st["documents"] <= 11
    r = runner.invoke(app, ["demo", "--db", db])
    assert r.exit_code == 0 and "already there" in r.stdout


def test_subprocess_stdout_is_clean_jsonl(tmp_path):
    """The real entry point and the real extractor: stdout only JSON lines, problems on stderr."""
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    exe = Path(sys.executable).with_name("readouts")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "readouts.interfaces.cli"]
    r = subprocess.run(cmd + ["extract", str(ROOT / "readouts" / "samples"), str(tmp_path / "bad.txt"),
                              "--format", "jsonl"], capture_output=True, text=True, timeout=300,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.returncode == 0, r.stderr
    for line in r.stdout.splitlines():
        obj = json.loads(line)
        assert {"id", "type", "participants", "mentions"} <= set(obj)
    assert f"{tmp_path / 'bad.txt'}: binary" in r.stderr
    r = subprocess.run(cmd + ["--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "extract" in r.stdout


def test_extract_and_eval_leave_out_events_under_the_default_confidence(tmp_path):
    """The real extractor: a meeting of three officials of one state is found with a low
    confidence (three parties, all of one country); `extract` leaves it out by default, prints it
    with --min-confidence 0, and `eval` scores what `extract` prints."""
    from readouts.pipeline.confidence import DEFAULT_MIN_CONFIDENCE
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "hi", "lang": "ar", "published": "2015-08-03",
         "text": "التقى الرئيس المصري عبد الفتاح السيسي خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض أمس."},
        {"id": "lo", "lang": "ar", "published": "2015-08-03",
         "text": "التقى الرئيس المصري عبد الفتاح السيسي أمس رئيس الوزراء المصري إبراهيم محلب ووزير الخارجية سامح شكري."},
    ]) + "\n", encoding="utf-8")
    every = [json.loads(x) for x in runner.invoke(app, ["extract", str(docs), "--min-confidence", "0", "-j", "1"]
                                                 ).stdout.splitlines() if x.strip()]
    assert {e["mentions"][0]["doc"] for e in every} == {"hi", "lo"}
    low = [e for e in every if e["mentions"][0]["doc"] == "lo"]
    assert low and all(e["confidence"] < DEFAULT_MIN_CONFIDENCE for e in low)
    shown = [json.loads(x) for x in runner.invoke(app, ["extract", str(docs), "-j", "1"]).stdout.splitlines() if x.strip()]
    assert {e["mentions"][0]["doc"] for e in shown} == {"hi"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "lo", "lang": "ar", "published": "2015-08-03", "events": []}) + "\n",
                    encoding="utf-8")
    out = json.loads(runner.invoke(app, ["eval", str(gold), str(docs), "--json"]).stdout)
    assert out["overall"]["fp"] == 0
    out = json.loads(runner.invoke(app, ["eval", str(gold), str(docs), "--json", "--min-confidence", "0"]).stdout)
    assert out["overall"]["fp"] == len(low)
