"""readouts.interfaces.evaluate agrees with the reference scorer shared/tools/score.py."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from readouts.interfaces.evaluate import date_ok, norm_name, score, score_files
from readouts.model import Event, EventMention, Person

REF = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"

GOLD = [
    {"doc": "he1", "lang": "he", "published": "2024-03-12", "events": [
        {"type": "call", "participants": ["Benjamin Netanyahu", "Vladimir Putin"], "initiator": "Vladimir Putin",
         "date": "2024-03-12"},
        {"type": "meeting", "participants": ["Benjamin Netanyahu", "Kyriakos Mitsotakis"], "date": None,
         "optional": True},
        {"type": "call", "participants": ["Benjamin Netanyahu", "Joe Biden"], "date": "2024-03"},
    ]},
    {"doc": "he2", "lang": "he", "published": None, "events": [
        {"type": "meeting", "participants": ["Antony Blinken", "Benjamin Netanyahu"], "date": None,
         "initiator": "Antony Blinken"},
    ]},
    {"doc": "ar1", "lang": "ar", "published": "2023-06-14", "events": [
        {"type": "call", "participants": ["Salman of Saudi Arabia", "Emmanuel Macron"],
         "initiator": "Emmanuel Macron", "date": "2023-06-14"},
        {"type": "message", "participants": ["Abdullah II of Jordan", "Vladimir Putin"], "date": "2023"},
    ]},
    {"doc": "ar2", "lang": "ar", "published": "2018-06-18", "events": []},
    {"doc": "en1", "lang": "en", "published": "2023-10-22", "events": [
        {"type": "call", "participants": ["Joe Biden", "Abdullah II of Jordan"], "date": "2023-10-22"},
        {"type": "meeting", "participants": ["Recep Tayyip Erdoğan", "Joe Biden"], "date": "2023-10-01"},
    ]},
]


def ev(type_, names, docs, date=None, initiator=None):
    e = Event(type=type_, participants=[Person(n) for n in names], date=date, initiator=initiator)
    for d in docs:
        e.mentions.append(EventMention(doc=d, lang=None, published=None, sentence="s", start=0, end=1))
    return e


SYSTEM = [
    ev("call", ["vladimir putin", "Benjamin Netanyahu"], ["he1"], "2024-03-13", "Vladimir Putin"),  # ±1 day ok
    ev("call", ["Benjamin Netanyahu", "Joe Biden"], ["he1"], "2024-04-02"),                        # wrong month
    ev("meeting", ["Benjamin Netanyahu", "Kyriakos Mitsotakis"], ["he1"]),                          # optional
    ev("meeting", ["Antony Blinken", "Benjamin Netanyahu"], ["he2"], "2021-05-25", "Benjamin Netanyahu"),  # invented, wrong init
    ev("call", ["Salman of Saudi Arabia (monarch)", "Emmanuel Macron"], ["ar1", "ar2"], "2023-06-14"),  # disambiguator; ar2 spurious
    ev("message", ["Abdullah II of Jordan", "Vladimir Putin"], ["ar1"], "2023-02"),
    ev("call", ["Joe Biden", "Abdullah II of Jordan"], ["en1"], "2023-10-20", None),             # wrong day
    ev("meeting", ["Recep Tayyip Erdogan", "Joe Biden"], ["en1"], "2023-10-01"),                  # accents
    ev("call", ["Joe Biden", "Abdullah II of Jordan"], ["en1"], "2023-10-22"),                    # best date wins
    ev("call", ["Nobody"], ["not-in-gold"]),
]


def load_ref():
    if not REF.exists():
        pytest.skip("shared/tools/score.py not available")
    spec = importlib.util.spec_from_file_location("ref_score", REF)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_agrees_with_reference_scorer_overall():
    ref = load_ref()
    sys_dicts = [e.to_dict() for e in SYSTEM]
    want, want_errors = ref.score(GOLD, sys_dicts)
    got = score(GOLD, SYSTEM)
    assert got["overall"] == want
    assert sorted((e.kind if e.kind != "invented date" else "invented date", e.doc) for e in got["errors"]) == \
        sorted((k, d) for k, d, _ in want_errors)


def test_per_language_agrees_with_reference_on_subsets():
    ref = load_ref()
    sys_dicts = [e.to_dict() for e in SYSTEM]
    got = score(GOLD, sys_dicts)
    assert set(got["by_lang"]) == {"ar", "en", "he"}
    for lang, res in got["by_lang"].items():
        want, _ = ref.score([g for g in GOLD if g["lang"] == lang], sys_dicts)
        assert res == want, lang


def test_expected_numbers():
    r = score(GOLD, SYSTEM)["overall"]
    assert (r["tp"], r["fp"], r["fn"]) == (7, 2, 0)
    assert r["invented_dates"] == 1
    assert r["date_accuracy"] == round(5 / 6, 4)   # he1 call ok, Biden month wrong, Macron ok, message year ok, en1 call ok, Erdogan ok
    assert r["initiator_accuracy"] == round(1 / 3, 4)  # Putin ok; Blinken wrong; Macron missing


def test_files_and_cli_style(tmp_path):
    ref = load_ref()
    g = tmp_path / "gold.jsonl"
    s = tmp_path / "sys.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in GOLD))
    s.write_text("".join(json.dumps(e.to_dict()) + "\n" for e in SYSTEM))
    assert score_files(str(g), str(s))["overall"] == ref.score(ref.load_jsonl(str(g)), ref.load_jsonl(str(s)))[0]


def test_helpers():
    assert norm_name("Salman (king)") == "salman"
    assert norm_name("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert norm_name({"name": "Abdullah II of Jordan"}) == "abdullah ii of jordan"
    assert date_ok("2024-03-12", "2024-03-11") is True
    assert date_ok("2024-03-12", "2024-03-14") is False
    assert date_ok("2024-03", "2024-03-30") is True
    assert date_ok("2024", "2023-12-31") is False
    assert date_ok(None, "2024-01-01") is None
    assert date_ok("2024-03-12", "2024-03") is False


def test_empty_system():
    r = score(GOLD, [])
    assert r["overall"]["tp"] == 0 and r["overall"]["fn"] == 7 and r["overall"]["f1"] == 0.0
