"""Throughput (issue 11): an article whose sentences with a contact word name nobody is not read
further (extractor._may_tell_contact). The shortcut must give exactly the events of the full
reading: checked on the shipped samples and on generated articles made of sentences that name
people in full, by surname alone, by title, or nobody, around contact words."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from readouts.model import Document
from readouts.pipeline import extractor

SAMPLES = Path(extractor.__file__).resolve().parents[1] / "samples" / "samples.jsonl"
SETTINGS = settings(max_examples=120, deadline=None, derandomize=True, database=None)


def _events(doc: Document, full: bool, monkeypatch) -> list[dict]:
    with monkeypatch.context() as m:
        if full:      # the full reading: every article may tell of a contact
            m.setattr(extractor, "_may_tell_contact", lambda d, sents, lex, *rest: (True, {}))
        unresolved: list = []
        events = extractor.extract(doc, unresolved)
    return [e.to_dict() for e in events]


def _doc(text: str, lang: str) -> Document:
    return Document(id="t", text=text, published=date(2023, 5, 2), lang=lang)


def test_a_surname_named_in_full_elsewhere_keeps_the_article(monkeypatch):
    """The contact sentence names the two ministers by surname alone, which only the sentence
    before writes in full (article_surnames): its contact is found."""
    text = ("Estonian Foreign Minister Jonas Kettleworth and Latvian Defence Minister Amos Pribble "
            "landed in Riyadh on Monday. On Tuesday, Kettleworth met Pribble.")
    got = _events(_doc(text, "en"), False, monkeypatch)
    assert [[p["name"] for p in e["participants"]] for e in got] == [["Jonas Kettleworth", "Amos Pribble"]]
    assert got == _events(_doc(text, "en"), True, monkeypatch)


def test_an_article_whose_contact_sentence_names_nobody_gives_nothing(monkeypatch):
    text = "Senator Jonas Kettleworth landed in Riyadh on Monday. The meeting was postponed."
    unresolved: list = []
    assert extractor.extract(_doc(text, "en"), unresolved) == []
    assert unresolved == []          # (its other sentences are not analysed)
    assert _events(_doc(text, "en"), True, monkeypatch) == []


@pytest.mark.parametrize("text, lang", [
    ("وصل السناتور جوناس كيتلورث إلى عمان أمس. والتقى كيتلورث الملقي. وكان هاني الملقي قد عاد من لندن.", "ar"),
    # (family names of the article written without it: "ملقي" after "هاني الملقي", "زعبي" after "عماد الزعبي")
    ("وصل رئيس الوزراء الأردني هاني الملقي والنائب عماد الزعبي إلى عمان أمس. والتقى ملقي زعبي في المطار.", "ar"),
    ("Senator Jonas Kettleworth landed in Amman. Kettleworth met Mulki. Hani Mulki had come back from London.", "en"),
])
def test_surnames_named_in_full_after_a_title_and_a_given_name_keep_the_article(text, lang, monkeypatch):
    """The contact sentence names both by surname alone: one is written in full after a name
    title, the other after his given name, each in a sentence of its own that the check reads."""
    got = _events(_doc(text, lang), False, monkeypatch)
    assert len(got) == 1 and len(got[0]["participants"]) == 2
    assert got == _events(_doc(text, lang), True, monkeypatch)


@pytest.mark.parametrize("line", SAMPLES.read_text(encoding="utf-8").splitlines())
def test_the_samples_are_read_as_in_full(line, monkeypatch):
    obj = json.loads(line)
    def doc():
        return Document(id=obj["id"], text=obj["text"], title=obj.get("title"), lang=obj.get("lang"),
                        published=date.fromisoformat(obj["published"][:10]) if obj.get("published") else None)
    assert _events(doc(), False, monkeypatch) == _events(doc(), True, monkeypatch)


EN = ["Estonian Foreign Minister Jonas Kettleworth", "Latvian Defence Minister Amos Pribble", "Kettleworth",
      "Pribble", "Senator Jonas Kettleworth", "Mitch McConnell", "McConnell", "the two leaders", "he",
      "President Joe Biden", "the delegation", "Saudi Crown Prince Mohammed bin Salman", "Salman"]
EN_VERBS = ["met", "spoke by phone with", "received", "held talks with", "sent a letter to", "landed in Riyadh with",
            "praised", "visited", "discussed the budget with", "will meet"]
AR = ["وزير الخارجية الإستوني يوناس كيتلورث", "كيتلورث", "ولي العهد السعودي الأمير محمد بن سلمان", "بن سلمان",
      "هاني الملقي", "الملقي", "الرئيس", "الوفد", "الجانبان"]
AR_VERBS = ["التقى", "استقبل", "أجرى اتصالا هاتفيا مع", "بحث مع", "وصل إلى الرياض مع", "سيلتقي", "أشاد ب"]


def _article(parts, verbs, stop):
    sentence = st.tuples(st.sampled_from(parts), st.sampled_from(verbs), st.sampled_from(parts)).map(
        lambda t: " ".join(t) + stop)
    return st.lists(sentence, min_size=1, max_size=4).map(" ".join)


@SETTINGS
@given(_article(EN, EN_VERBS, "."))
def test_generated_english_articles_are_read_as_in_full(text):
    mp = pytest.MonkeyPatch()
    try:
        assert _events(_doc(text, "en"), False, mp) == _events(_doc(text, "en"), True, mp)
    finally:
        mp.undo()


@SETTINGS
@given(_article(AR, AR_VERBS, "."))
def test_generated_arabic_articles_are_read_as_in_full(text):
    mp = pytest.MonkeyPatch()
    try:
        assert _events(_doc(text, "ar"), False, mp) == _events(_doc(text, "ar"), True, mp)
    finally:
        mp.undo()
