"""Confidence: how likely an extracted event is right, learnt from the labelled sets.

Each event carries a few facts about how it was found (a weak or strong contact word, a
caption, names the gazetteer lacks, roles resolved by office, several parties, a date told
by the text, ...). A logistic model over those facts, trained by scripts/train_confidence.py
on the hand-labelled samples in eval/labelled/ and ../shared/gold/dev.jsonl and stored in
readouts/data/confidence.json, turns them into the probability that the event is right
(type and participants). Without the model file every event gets the prior.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).parent.parent / "data" / "confidence.json"
# the confidence under which `readouts extract` and `readouts eval` leave an event out unless told
# otherwise (--min-confidence 0 keeps all; the store keeps all, so that several reports of a contact
# are merged whatever each one's confidence). Chosen on fresh samples the model was not fitted on:
# on s25-s28 (1,016 documents, 106 required events), F1 0.692 -> 0.729 before any fix on them.
DEFAULT_MIN_CONFIDENCE = 0.45

FEATURES = ("weak", "talks", "caption", "title", "lead", "unknown", "role", "parties3", "dated_text",
            "undated", "call", "message", "lang_he", "lang_en", "retyped")


def features(*, weak: bool, talks: bool, caption: bool, title: bool, lead: bool, unknown: int, role: bool,
             parties: int, dated_text: bool, undated: bool, type_: str, lang: str, retyped: bool) -> dict[str, float]:
    """The facts about one event that the model weighs (all 0/1 but `unknown`, a count)."""
    return {"weak": float(weak), "talks": float(talks), "caption": float(caption), "title": float(title),
            "lead": float(lead), "unknown": float(min(unknown, 2)), "role": float(role),
            "parties3": float(parties > 2), "dated_text": float(dated_text), "undated": float(undated),
            "call": float(type_ == "call"), "message": float(type_ == "message"),
            "lang_he": float(lang == "he"), "lang_en": float(lang == "en"), "retyped": float(retyped)}


@lru_cache(maxsize=1)
def model() -> dict:
    if MODEL.exists():
        return json.loads(MODEL.read_text(encoding="utf-8"))
    return {"bias": 0.0, "weights": {}}


def score(f: dict[str, float]) -> float:
    """The probability that an event with these facts is right."""
    m = model()
    z = m["bias"] + sum(m["weights"].get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-z))
