"""End to end: extract over the shared seeds and the dev sample, scored with readouts.interfaces.evaluate.

Reads ../shared (beside the checkout); skipped when that folder is absent.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.interfaces.evaluate import event_key, load_gold, score
from readouts.pipeline.ingest import iter_documents
from readouts.pipeline.extractor import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"

if not SHARED.is_dir():
    pytest.skip(f"shared data folder {SHARED} not present (seeds, gold and corpus live beside the checkout)",
                allow_module_level=True)

SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
DEV_GOLD = SHARED / "gold" / "dev.jsonl"
CORPUS = SHARED / "corpus"
LABELLED = Path(__file__).resolve().parents[1] / "eval" / "labelled"

# floors held at agreed thresholds (date accuracy on dev: 1.0 today)
# dev.jsonl grew to 311 documents (55 required events) and is error analysis, not a target: the
# floor guards against regressions at about today's figure (0.79 after the gazetteer and name work)
DEV_F1_FLOOR = 0.75
DEV_DATE_FLOOR = 0.9


def _ignore(_msg: str) -> None:
    pass


def _names(ev) -> set[str]:
    return {p.name for p in ev.participants}


@pytest.fixture(scope="module")
def seed_docs():
    if not SEEDS.is_dir() or not SEED_GOLD.is_file():
        pytest.skip("shared/seeds or shared/gold/seeds.jsonl missing")
    docs = list(iter_documents(sorted(str(p) for p in SEEDS.glob("*.txt")), errors=_ignore))
    assert len(docs) >= 5
    return {d.id: d for d in docs}


@pytest.fixture(scope="module")
def seed_events(seed_docs):
    return {doc_id: extract(doc) for doc_id, doc in seed_docs.items()}


def _seed(seed_docs, seed_events, prefix: str):
    ids = [i for i in seed_docs if i.startswith(prefix)]
    assert len(ids) == 1, f"seed {prefix} not found among {sorted(seed_docs)}"
    return seed_docs[ids[0]], seed_events[ids[0]]


# ---------------------------------------------------------------- seeds, scored

def test_seeds_score_perfect(seed_events):
    result = score(load_gold(str(SEED_GOLD)), [e for evs in seed_events.values() for e in evs])
    overall = result["overall"]
    errors = [f"{e.kind} {e.doc}: {e.brief()}" for e in result["errors"] if e.kind in ("missed", "spurious")]
    assert overall["f1"] == 1.0, errors
    assert overall["invented_dates"] == 0


def test_seeds_every_event_has_a_mention_in_its_document(seed_events):
    for doc_id, evs in seed_events.items():
        for ev in evs:
            assert ev.mentions and ev.mentions[0].doc == doc_id


# ---------------------------------------------------------------- seeds, specific facts

def test_seed_001_date_and_no_teaser_event(seed_docs, seed_events):
    doc, evs = _seed(seed_docs, seed_events, "001_")
    calls = [e for e in evs if e.type == "call" and _names(e) == {"Vladimir Putin", "Benjamin Netanyahu"}]
    assert len(calls) == 1
    assert calls[0].date == "2023-12-10"
    # nothing from the related-article teaser after "إقرأ أيضاً"
    for ev in evs:
        assert not ({"Wang Yi", "Sergey Lavrov"} & _names(ev)), ev.to_dict()
    cut = doc.text.find("إقرأ أيضاً")
    assert cut > 0
    for ev in evs:
        for m in ev.mentions:
            assert m.field == "title" or m.start < cut


def test_seed_002_initiator_and_date(seed_docs, seed_events):
    _, evs = _seed(seed_docs, seed_events, "002_")
    calls = [e for e in evs if e.type == "call" and _names(e) == {"Joe Biden", "Benjamin Netanyahu"}]
    assert len(calls) == 1
    assert calls[0].initiator == "Joe Biden"
    assert calls[0].date == "2021-02-17"


def test_seed_000_three_ashkenazi_calls_and_no_biden_event(seed_docs, seed_events):
    _, evs = _seed(seed_docs, seed_events, "000_")
    ashkenazi = [e for e in evs if "Gabi Ashkenazi" in _names(e)]
    assert len(ashkenazi) == 3
    assert all(e.type == "call" for e in ashkenazi)
    assert {frozenset(_names(e)) for e in ashkenazi} == {
        frozenset({"Gabi Ashkenazi", "Antony Blinken"}),
        frozenset({"Gabi Ashkenazi", "Sergey Lavrov"}),
        frozenset({"Gabi Ashkenazi", "Heiko Maas"}),
    }
    # Biden: only the optional retrospective Netanyahu-Biden call may appear ("טרם קיבל שיחה" is negated)
    biden = [e for e in evs if "Joe Biden" in _names(e)]
    assert len(biden) <= 1
    for e in biden:
        assert e.type == "call" and _names(e) == {"Benjamin Netanyahu", "Joe Biden"}
    # no publication date in the text: no date may be invented
    assert all(e.date is None for e in evs)


def test_seed_004_nothing_from_teaser_list(seed_docs, seed_events):
    doc, evs = _seed(seed_docs, seed_events, "004_")
    cut = doc.text.find("עוד כתבות שיעניינו אותך")
    assert cut > 0
    assert evs, "seed 004 reports Netanyahu-Putin calls"
    for ev in evs:
        assert _names(ev) == {"Benjamin Netanyahu", "Vladimir Putin"}, ev.to_dict()
        for m in ev.mentions:
            assert m.field == "title" or m.start < cut
    calls = [e for e in evs if e.type == "call"]
    assert len(calls) == 2                     # "שתי שיחות": two calls


# ---------------------------------------------------------------- dev sample

@pytest.fixture(scope="module")
def dev_result():
    if not DEV_GOLD.is_file() or not CORPUS.is_dir():
        pytest.skip("shared/gold/dev.jsonl or shared/corpus missing")
    gold = load_gold(str(DEV_GOLD))
    wanted = {g["doc"] for g in gold}
    found = {}
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        for doc in iter_documents([str(path)], errors=_ignore):     # streamed; only gold ids kept
            if doc.id in wanted and doc.id not in found:
                found[doc.id] = doc
    missing = wanted - set(found)
    assert not missing, f"dev documents not found in corpus: {sorted(missing)[:5]}"
    events = [e for d in found.values() for e in extract(d)]
    return score(gold, events) | {"gold": gold, "events": events}


def test_dev_f1_floor(dev_result):
    overall = dev_result["overall"]
    errors = [f"{e.kind} {e.doc}: {e.brief()}" for e in dev_result["errors"] if e.kind in ("missed", "spurious")]
    assert overall["f1"] >= DEV_F1_FLOOR, (overall, errors)


def test_dev_date_accuracy_floor(dev_result):
    overall = dev_result["overall"]
    assert overall["date_accuracy"] is not None and overall["dated_events"] > 0
    errors = [f"{e.doc}: {e.brief()}" for e in dev_result["errors"] if e.kind == "wrong date"]
    assert overall["date_accuracy"] >= DEV_DATE_FLOOR, (overall, errors)


def test_dev_no_invented_dates(dev_result):
    assert dev_result["overall"]["invented_dates"] == 0


@pytest.fixture(scope="module")
def labelled_result(dev_result):
    """The dev gold and every blind sample of eval/labelled, extracted (the dev set alone now holds
    too few wrong events to compare)."""
    gold = list(dev_result["gold"])
    seen = {g["doc"] for g in gold}
    for path in sorted(LABELLED.glob("*.jsonl")):
        for g in load_gold(str(path)):
            if g["doc"] not in seen:
                seen.add(g["doc"])
                gold.append(g)
    wanted = {g["doc"] for g in gold} - {g["doc"] for g in dev_result["gold"]}
    events = list(dev_result["events"])
    for path in sorted(CORPUS.glob("*.jsonl.gz")):
        for doc in iter_documents([str(path)], errors=_ignore):
            if doc.id in wanted:
                wanted.discard(doc.id)
                events += extract(doc)
    return {"gold": gold, "events": events}


def test_confidence_ranks_right_events_above_wrong_ones(labelled_result):
    """The calibrated confidence means something: events that match a gold event score higher on
    average than events that match none, and keeping only events at 0.7 or more raises precision."""
    by_doc = {g["doc"]: [e for e in g.get("events") or []] for g in labelled_result["gold"]}
    right, wrong = [], []
    for ev in labelled_result["events"]:
        d = ev.to_dict()
        gold = by_doc.get(d["mentions"][0]["doc"], [])
        hit = [g for g in gold if event_key(g) == event_key(d)]
        if hit and all(g.get("optional") for g in hit):
            continue
        (right if hit else wrong).append(ev.confidence)
    assert len(right) >= 200 and len(wrong) >= 40, (len(right), len(wrong))
    assert all(0.0 < c < 1.0 for c in right + wrong)
    assert sum(right) / len(right) > sum(wrong) / len(wrong) + 0.1, (right, wrong)
    share = len(right) / (len(right) + len(wrong))
    kept_right = sum(c >= 0.7 for c in right)
    kept = kept_right + sum(c >= 0.7 for c in wrong)
    assert kept_right / kept > share, (kept_right, kept, share)
