"""Throughput (issue 11): the shortcuts of the per-document path give exactly what the long ways
give. Each shortcut is checked against the plain formulation it replaced, on generated text that
holds the characters the shortcut decides on (sentence marks, abbreviations, underscores, hyphens,
ta marbuta, letters of four scripts). Runs are seeded (derandomize) and bounded."""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from readouts.pipeline import clean
from readouts.pipeline import dates
from readouts.pipeline import language
from readouts import textnorm

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, database=None)


def _text_and_span(alphabet: list[str], max_size: int = 40):
    """A text made of the given pieces, with a stretch (start, end) of it."""
    @st.composite
    def build(draw):
        text = "".join(draw(st.lists(st.sampled_from(alphabet), max_size=max_size)))
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return text, start, end
    return build()


# ---------------------------------------------------------------------------- clean

SENTENCE_PIECES = [*"ab .!?؟…।۔•|\"'”״»)\n\tJ", "  ", ". ", " | ", " • ", '." ', "U.S.", "Mr.", "Sept.\n",
                   "د. ", "قال", "؟ "]


@SETTINGS
@given(_text_and_span(SENTENCE_PIECES))
def test_sentence_ends_are_the_regex_matches(case):
    """_sentence_ends tries only the positions next to a mark: it finds what finditer finds
    trying every position (the dandas' empty matches included)."""
    text, start, end = case
    assert [m.span() for m in clean._sentence_ends(text, start, end)] == \
        [m.span() for m in clean._SENT_END.finditer(text, start, end)]


@SETTINGS
@given(_text_and_span(SENTENCE_PIECES))
@example(("said Gen. J.F.K.", 0, 16)).via("the longest match: three initials")
@example(("on Sept.\n", 0, 9)).via("an abbreviation before the line break that $ may precede")
@example(("x J.F.K.\n", 0, 9)).via("both")
def test_an_abbreviation_is_found_at_the_end_alone(case):
    """Searching the last ABBREV_REACH characters finds an abbreviation ending the stretch
    whenever a search of the whole stretch does."""
    text, start, end = case
    assert clean._abbreviated(text, start, end) == (clean._ABBREV.search(text, start, end) is not None)


def test_the_reach_covers_the_longest_abbreviation():
    """(A longer word added to _ABBREV's list must lengthen ABBREV_REACH: word, period, line break.)"""
    words = re.search(r"\(\?:(Mr\|[^)]*)\)", clean._ABBREV.pattern).group(1).split("|")
    assert max(len(w) for w in words) + 2 <= clean.ABBREV_REACH
    assert len("J.F.K.") + 1 <= clean.ABBREV_REACH


@SETTINGS
@given(st.lists(st.sampled_from([*"ab ,.\n", "قال", "  "]), max_size=120).map("".join), st.integers(1, 20))
def test_words_are_counted_up_to_the_limit(line, limit):
    assert clean._words_upto(line, limit) == min(len(clean._WORD.findall(line)), limit)


# ---------------------------------------------------------------------------- tokenize

TOKEN_PIECES = [*"ab _-'\"ة׳״’.", "בן-גוריון", "ו-", "ה-", "ةع", "الخارجيةعادل", "وزارة", "#دونالد_توسك",
                "al-Sisi", "O'Brien", "ג'", "צה\"ל", "שלום"]


def _tokenize_every_token_split(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """tokenize() with every token taken apart by _parts (the path without the shortcut)."""
    out = []
    for m in textnorm.TOKEN_RE.finditer(text, start, end):
        out += [(m.start() + at, m.start() + at + len(part), part) for at, part in textnorm._parts(m.group()) if part]
    return out


@SETTINGS
@given(_text_and_span(TOKEN_PIECES))
def test_tokens_of_a_stretch_with_nothing_to_split_are_the_regex_matches(case):
    text, start, end = case
    assert textnorm.tokenize(text, start, end) == _tokenize_every_token_split(text, start, end)
    if start == 0 and end == len(text):
        assert textnorm.tokenize(text) == _tokenize_every_token_split(text, 0, len(text))


# ---------------------------------------------------------------------------- language

def _detect_by_all_counts(text: str, declared: str | None = None) -> str | None:
    """detect() counting every script's letters before deciding (the path without the shortcut)."""
    sample = text[:3000]
    counts = {"he": len(re.findall("[\u05d0-\u05ea]", sample)), "ar": len(re.findall("[\u0621-\u064a]", sample)),
              "latin": len(re.findall("[A-Za-z]", sample)), "ru": len(re.findall("[\u0400-\u04ff]", sample))}
    total = sum(counts.values())
    if total == 0:
        return declared
    best = max(counts, key=counts.get)
    if best in ("he", "ar", "ru") and counts[best] >= 0.3 * total:
        return best
    if declared and declared not in ("he", "ar", "ru"):
        return declared
    if language._mostly_english(sample):
        return "en"
    return language._latin_identifier().classify(sample)[0]


SCRIPT_PIECES = ["قال الرئيس ", "ب", "שלום ", "ש", "Putin met ", "x", "Путин ", "п", " ", "1", ".", "\n"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(SCRIPT_PIECES), max_size=60).map("".join),
       st.sampled_from([None, "ar", "he", "en", "fr"]))
def test_a_script_holding_most_of_the_sample_decides_as_all_counts_do(text, declared):
    assert language.detect(text, declared) == _detect_by_all_counts(text, declared)


def test_a_long_text_is_decided_on_its_sample_alone():
    text = "Putin met Macron in Paris. " * 200 + "قال الرئيس " * 2000
    assert language.detect(text) == _detect_by_all_counts(text) == "en"


# ---------------------------------------------------------------------------- dates

def test_digit_patterns_are_compiled_when_a_digit_is_first_read(monkeypatch):
    """A sentence with no digit compiles none of a language's digit patterns (a third of a
    second per language); the first one with a digit does, and finds its date."""
    fresh = dates._Lang("en")
    monkeypatch.setattr(dates, "_lang", lambda code: fresh)
    assert [e.hint for e in dates.find_dates("They met yesterday.", "en", None)] == ["relative=-1"]
    assert not {"patterns", "month_check", "cue_re"} & set(vars(fresh))
    assert [e.date for e in dates.find_dates("They met on 3 May 2016.", "en", None)] == ["2016-05-03"]
    assert {"patterns", "month_check"} <= set(vars(fresh))


LINE_PIECES = ["\n", "\n\n", "  ", ". ", "التقى الرئيس بنظيره", "شاهد أيضا", "العربية.نت", "تابعونا على", "(",
               "أ ف ب", "رويترز", "The President met", "Photo: AP", "Related:", "ו-", "הנשיא", "x" * 70]


@SETTINGS
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join), st.sampled_from(["ar", "en", "he"]))
def test_lines_folded_from_the_document_fold_are_cut_as_folded_alone(text, lang):
    """The cleaner reads each line's fold from the document's (when textnorm.sliceable_fold gives
    one): the segments are those it finds folding each line by itself."""
    from readouts.model import Document
    from readouts.pipeline.extractor import cleaner
    doc = Document(id="t", text=text, title="عنوان", lang=lang)
    folded = textnorm.sliceable_fold(text, textnorm.letter_folds(text))
    assert folded is not None
    c = cleaner(lang)
    assert c.segments(doc, None, folded) == c.segments(doc, None)
