"""The confidence model's facts, read from sentences of our own in each language, and the stored
model's agreement with them (readouts/data/confidence.json, fitted by scripts/train_confidence.py)."""
from __future__ import annotations

import json
import math
from datetime import date

import pytest

from readouts.model import Document
from readouts.pipeline import confidence
from readouts.pipeline.extractor import extract

PUB = date(2018, 5, 2)

# one meeting of two foreign ministers of two states, and one of two ministers of the same state
CROSS_AND_SAME = {
    "ar": ("التقى وزير الخارجية المصري سامح شكري أمس في القاهرة وزير الخارجية الأردني أيمن الصفدي.",
           "التقى وزير الخارجية المصري سامح شكري أمس في القاهرة وزير الدفاع المصري صدقي صبحي."),
    "en": ("Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on Tuesday.",
           "Egyptian Foreign Minister Sameh Shoukry met Egyptian Defence Minister Sedki Sobhi in Cairo on Tuesday."),
    "he": ("שר החוץ המצרי סאמח שוכרי נפגש אתמול בקהיר עם שר החוץ הירדני איימן צפדי.",
           "שר החוץ המצרי סאמח שוכרי נפגש אתמול בקהיר עם שר ההגנה המצרי סידקי סובחי."),
}


def _one(text: str, title: str | None = None):
    evs = extract(Document(id="t", text=text, title=title, published=PUB))
    assert len(evs) == 1, [(e.type, [p.name for p in e.participants]) for e in evs]
    return evs[0]


@pytest.mark.parametrize("lang", sorted(CROSS_AND_SAME))
def test_a_meeting_inside_one_state_is_less_sure_than_one_between_states(lang):
    cross, same = (_one(t) for t in CROSS_AND_SAME[lang])
    assert {p.name for p in cross.participants} == {"Sameh Shoukry", "Ayman Safadi"}
    assert {p.name for p in same.participants} == {"Sameh Shoukry", "Sedki Sobhy"}
    assert cross._facts["same_country"] == 0.0 and same._facts["same_country"] == 1.0
    # two foreign ministers on the day: both hold a top office; the defence minister does not
    assert cross._facts["top_all"] == 1.0 and same._facts["top_all"] == 0.0 and same._facts["top_any"] == 1.0
    # (compared as log-odds: near 1 the logistic squeezes any gap; the same-state fact alone weighs
    # more than one unit of them)
    def odds(p: float) -> float:
        return math.log(p / (1 - p))
    assert odds(cross.confidence) > odds(same.confidence) + 1, (cross.confidence, same.confidence)


def test_the_document_facts_count_the_pairs_and_the_title():
    text = CROSS_AND_SAME["en"][0]
    alone = _one(text)
    assert alone._facts["few_pairs"] == 1.0 and alone._facts["many_pairs"] == 0.0
    assert alone._facts["title_event"] == 0.0
    titled = _one(text, title="Shoukry meets Safadi in Cairo")
    assert titled._facts["title_event"] == 1.0
    assert titled.confidence >= alone.confidence
    many = extract(Document(id="t", published=PUB, text=(
        "Egyptian Foreign Minister Sameh Shoukry met Jordanian Foreign Minister Ayman Safadi in Cairo on Tuesday. "
        "On Wednesday Shoukry met Saudi Foreign Minister Adel al-Jubeir in Cairo. "
        "On Thursday Shoukry met Emirati Foreign Minister Abdullah bin Zayed in Cairo. "
        "On Friday Shoukry met Bahraini Foreign Minister Khalid bin Ahmed Al Khalifa in Cairo.")))
    assert len({frozenset(p.name for p in e.participants) for e in many}) >= 4
    assert all(e._facts["many_pairs"] == 1.0 and e._facts["few_pairs"] == 0.0 for e in many)


def test_facts_of_one_event():
    f = confidence.features(weak=False, talks=False, caption=False, title=False, lead=True, unknown=0, role=False,
                            parties=2, dated_text=True, undated=False, type_="meeting", lang="ar", retyped=False,
                            top=[True, False], same_country=True, span=12, word_role="subject", tokens=50,
                            coarse_date=True)
    assert set(f) | set(confidence.document_features(2, False)) == set(confidence.FEATURES)
    assert (f["top_all"], f["top_any"], f["span8"], f["span16"], f["subject_word"], f["host_word"], f["long"],
            f["coarse_date"]) == (0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0)
    assert confidence.features(weak=False, talks=False, caption=False, title=False, lead=True, unknown=0,
                               role=False, parties=2, dated_text=True, undated=False, type_="meeting", lang="ar",
                               retyped=False)["top_all"] == 0.0      # no parties told: not all at the top
    # (names the gazetteer lacks weigh apart in English, where they are written as the persons are named)
    unknown_en = [confidence.features(weak=False, talks=False, caption=False, title=False, lead=True, unknown=n,
                                      role=False, parties=2, dated_text=True, undated=False, type_="meeting",
                                      lang=lang, retyped=False)["unknown_en"] for n, lang in ((1, "en"), (3, "en"), (1, "ar"))]
    assert unknown_en == [1.0, 2.0, 0.0]


def test_the_stored_model_weighs_every_fact():
    """A fact added to FEATURES without refitting the model would weigh nothing."""
    stored = json.loads(confidence.MODEL.read_text(encoding="utf-8"))
    assert set(stored["weights"]) == set(confidence.FEATURES)
