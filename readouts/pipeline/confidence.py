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

FEATURES = ("weak", "talks", "caption", "title", "lead", "unknown", "unknown_en", "role", "parties3", "dated_text",
            "undated", "call", "message", "lang_he", "lang_en", "retyped",
            # how the parties were read and who they are
            "top_all", "top_any", "same_country", "free_name", "titled_free", "credentials", "roster", "span8", "span16",
            "subject", "split",
            # the word, the sentence and what else the event has
            "host_word", "neutral_word", "subject_word", "present", "long", "initiator", "location",
            "background", "coarse_date",
            # the document: how many contacts it tells, whether its title tells one
            "few_pairs", "many_pairs", "title_event")

TOP_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})


def features(*, weak: bool, talks: bool, caption: bool, title: bool, lead: bool, unknown: int, role: bool,
             parties: int, dated_text: bool, undated: bool, type_: str, lang: str, retyped: bool,
             top: list[bool] = (), same_country: bool = False, free_name: bool = False, titled_free: bool = False,
             credentials: bool = False, roster: bool = False, span: int = 0,
             subject: bool = False, split: bool = False, word_role: str = "", present: bool = False,
             tokens: int = 0, initiator: bool = False, location: bool = False, background: bool = False,
             coarse_date: bool = False) -> dict[str, float]:
    """The facts about one event that the model weighs (all 0/1 but `unknown`, a count).

    top: for each party, whether he held a head of state's or government's or a foreign
    minister's office on the date; span: tokens from the contact word to the farthest party;
    free_name: a party read as a name the gazetteer lacks; titled_free: every such party's name
    follows a title of office ("the Nigerian High Commissioner, Ambassador X"); credentials: the
    contact word is one of a ceremony of credentials ("presented his credentials to"); roster: an
    envoy listed in a sentence after the ceremony's (`events.rosters`); subject:
    the sentence's subject is a party; split: the candidate was split into one contact per counterpart; word_role: the
    contact word's role in the pack (host, neutral, subject, ...); tokens: the sentence's
    length; background: dated more than 60 days before publication; coarse_date: dated to a
    month or a year. The document's facts are added by `document_features`."""
    return {"weak": float(weak), "talks": float(talks), "caption": float(caption), "title": float(title),
            "lead": float(lead), "unknown": float(min(unknown, 2)),
            # (a name the gazetteer lacks is more often a real official's in English, written as he is named)
            "unknown_en": float(min(unknown, 2)) * float(lang == "en"), "role": float(role),
            "parties3": float(parties > 2), "dated_text": float(dated_text), "undated": float(undated),
            "call": float(type_ == "call"), "message": float(type_ == "message"),
            "lang_he": float(lang == "he"), "lang_en": float(lang == "en"), "retyped": float(retyped),
            "top_all": float(bool(top) and all(top)), "top_any": float(any(top)),
            "same_country": float(same_country), "free_name": float(free_name),
            "titled_free": float(free_name and titled_free), "credentials": float(credentials), "roster": float(roster),
            "span8": float(span > 8), "span16": float(span > 16), "subject": float(subject), "split": float(split),
            "host_word": float(word_role == "host"), "neutral_word": float(word_role == "neutral"),
            "subject_word": float(word_role == "subject"), "present": float(present), "long": float(tokens > 45),
            "initiator": float(initiator), "location": float(location), "background": float(background),
            "coarse_date": float(coarse_date)}


def document_features(pairs: int, title_event: bool) -> dict[str, float]:
    """The facts of the document an event comes from: how many distinct pairs (or groups) of
    parties its events have, and whether one of its events is told in its title."""
    return {"few_pairs": float(pairs == 1), "many_pairs": float(pairs >= 4), "title_event": float(title_event)}


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
