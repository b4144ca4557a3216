"""Throughput (issue 11): the phrase matcher's shortcuts give exactly what the long ways give.

tokens_of reads a stretch with nothing to split straight from the token regex; it must give the
tokens tokenize() gives, folded by fold(). PhraseMatcher.find runs one automaton word per phrase
(a phrase that takes clitics is found once, at a token's start or inside a token); it must find
what trying every phrase at every token start, after every clitic chain, finds. Runs are seeded
(derandomize) and bounded."""
from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings, strategies as st

from readouts.knowledge.lexicon import lexicon
from readouts.knowledge.matcher import _BARE, _NAMES, GLUED_MIN, Match, tokens_of
from readouts.textnorm import fold, letter_folds, sliceable_fold, tokenize

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, database=None)


# ---------------------------------------------------------------------------- tokens_of

TOKEN_PIECES = [*"ab _-'\"ة׳״’. ", "ALİ", "Ünal", "بِسْمِ", "بن-غوريون", "בן-גוריון", "ו-", "ةع", "الخارجيةعادل",
                "#دونالد_توسك", "al-Sisi", "O'Brien", "ג'", "צה\"ל", "x" * 70, "ا" * 66]


def _text_and_span_of(pieces):
    """A strategy: a text glued from pieces, and a stretch (start, end) of it."""
    @st.composite
    def draw_case(draw):
        text = "".join(draw(st.lists(st.sampled_from(pieces), max_size=30)))
        start = draw(st.integers(0, len(text)))
        return text, start, draw(st.integers(start, len(text)))
    return draw_case()


@SETTINGS
@given(_text_and_span_of(TOKEN_PIECES))
def test_tokens_are_tokenize_folded(case):
    text, start, end = case
    got = [(t.start, t.end, t.surface, t.folded) for t in tokens_of(text, start, end)]
    assert got == [(s, e, w, fold(w)) for s, e, w in tokenize(text, start, end)]


# ---------------------------------------------------------------------------- find

def _naive_find(matcher, tokens) -> list[tuple]:
    """Every phrase of the table tried at every token start, bare and after each clitic chain
    the token begins with, ending anywhere in a later (or the same) token; the suffix rules as
    find() applies them."""
    table = matcher._table()
    s, starts = matcher.stream(tokens)
    out = []
    for first, tok in enumerate(tokens):
        ways = [("", starts[first])] + [(c, starts[first] + len(c)) for c in matcher.chains
                                        if tok.folded.startswith(c) and len(tok.folded) > len(c)]
        for pre, begin in ways:
            for end_idx in range(begin, len(s) - 1):
                key = s[begin:end_idx + 1]
                if s[end_idx] == " " or key not in table:
                    continue
                entries = table[key]
                if pre:
                    if len(key) < GLUED_MIN:
                        continue
                    entries = [e for e in entries if e[2]]
                last = max(k for k, at in enumerate(starts) if at <= end_idx)
                rest = s[end_idx + 1:starts[last] + len(tokens[last].folded)]
                for kind, value, _pfx, stem in entries:
                    suffix = ""
                    if rest:
                        if kind in _NAMES and rest not in matcher.name_suffixes:
                            continue
                        if kind in _BARE and not stem:
                            continue
                        if stem and len(rest) <= 4:
                            suffix = rest
                        elif rest in matcher.suffixes:
                            suffix = rest
                        else:
                            continue
                    out.append((kind, repr(value), key, first, last, tokens[first].start, tokens[last].end,
                                pre, suffix))
    return sorted(out)


@lru_cache(maxsize=None)
def _words(lang: str) -> list[str]:
    """Words of the language's phrases, with its clitic chains and suffixes, for sentences that
    hold many matches (and near misses)."""
    m = lexicon(lang).matcher
    table = m._table()
    # (and phrases some of whose entries take clitics and some not)
    mixed = [p for p in sorted(table) if len({e[2] for e in table[p]}) > 1][:40]
    phrases = sorted(table)[::97] + mixed
    words = sorted({w for p in phrases for w in p.split()})
    return words + m.chains[:12] + m.suffixes[:8] + ["x", "و", "ال", "ب"]


@st.composite
def _sentence(draw, lang: str):
    words = _words(lang)
    parts = draw(st.lists(st.lists(st.sampled_from(words), min_size=1, max_size=3).map("".join),
                          min_size=1, max_size=9))
    return " ".join(parts)


def _matches(found: list[Match]) -> list[tuple]:
    return sorted((m.kind, repr(m.value), m.phrase, m.first, m.last, m.start, m.end, m.prefix, m.suffix)
                  for m in found)


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(_sentence("ar"))
def test_arabic_matches_are_every_phrase_tried_everywhere(text):
    m = lexicon("ar").matcher
    tokens = tokens_of(text)
    assert _matches(m.find(tokens)) == _naive_find(m, tokens)


@settings(max_examples=50, deadline=None, derandomize=True, database=None)
@given(_sentence("he"))
def test_hebrew_matches_are_every_phrase_tried_everywhere(text):
    m = lexicon("he").matcher
    tokens = tokens_of(text)
    assert _matches(m.find(tokens)) == _naive_find(m, tokens)


def test_a_phrase_at_a_token_start_is_reported_once():
    """A phrase that takes clitics, at the start of a token, is one match per entry (the
    automaton word that finds it inside tokens finds it there too: it is not counted twice)."""
    m = lexicon("ar").matcher
    tokens = tokens_of("التقى الرئيس بوتين وبوتين")
    found = [(x.kind, x.first, x.prefix) for x in m.find(tokens) if x.phrase == "بوتين"]
    assert found and len(found) == len(set(found))
    assert {p for _, first, p in found if first == 2} == {""}
    assert {p for _, first, p in found if first == 3} == {"و"}


def test_after_a_clitic_only_the_entries_that_take_clitics_are_found():
    """A phrase some of whose entries take clitics and some not: glued to a chain, only the
    former are found, as the long way finds them."""
    for lang in ("ar", "he"):
        m = lexicon(lang).matcher
        table = m._table()
        mixed = [p for p in sorted(table) if len({e[2] for e in table[p]}) > 1 and len(p) >= GLUED_MIN]
        assert mixed
        for phrase in mixed:
            tokens = tokens_of(f"{m.chains[0]}{phrase} x {phrase}")
            assert _matches(m.find(tokens)) == _naive_find(m, tokens)


# ---------------------------------------------------------------------------- may_find

FOLD_PIECES = TOKEN_PIECES + ["Σ", "É", "ﻻ", "ﺍ", "İ", "é", "ß", "ـ", "ً", "ּ", "ך", "ة", "أ", "Ǆ"]


@SETTINGS
@given(_text_and_span_of(FOLD_PIECES))
def test_every_word_folded_is_in_a_fold_of_the_whole_text(case):
    """A word's fold (of any stretch of the text) is in one of the whole text's letter folds."""
    text, start, end = case
    folds = letter_folds(text)
    for t in tokens_of(text, start, end):
        assert any(t.folded in f for f in folds), (t.surface, t.folded, folds)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(_sentence("ar"), st.sampled_from(["trigger", "country", "role"]))
def test_a_text_may_find_denies_holds_no_match_of_the_kind(text, kind):
    """may_find answers False only for texts in which find() matches no phrase of the kind, in
    any stretch; and it answers True for a text holding a phrase of the kind."""
    m = lexicon("ar").matcher
    tokens = tokens_of(text)
    kinds = {x.kind for x in m.find(tokens)}
    if not m.may_find(kind, text):
        assert kind not in kinds
        for cut in range(1, len(tokens)):
            assert kind not in {x.kind for x in m.find(tokens[:cut])}
    if kind in kinds:
        assert m.may_find(kind, None, text)


def test_every_trigger_found_is_let_through():
    """Each trigger phrase, bare, after a clitic, before a suffix, at the end of the text: where
    find() matches it, may_find lets the text through."""
    m = lexicon("ar").matcher
    phrases = [p for p, entries in sorted(m._table().items()) if any(e[0] == "trigger" for e in entries)]
    assert phrases
    for p in phrases:
        for text in (p, f"{m.chains[0]}{p}", f"{p}{m.suffixes[-1]}", f"x {p}. x"):
            if any(x.kind == "trigger" for x in m.find(tokens_of(text))):
                assert m.may_find("trigger", text), text


def test_the_gate_reads_the_title_too():
    m = lexicon("ar").matcher
    assert not m.may_find("trigger", "العاصمة جميلة", "")
    assert m.may_find("trigger", "التقى الرئيس بنظيره", "العاصمة جميلة")
    assert m.may_find("trigger", None, "وبحث الوزير مع نظيره")
    assert not m.may_find("no such kind", "التقى الرئيس بنظيره")


@SETTINGS
@given(_text_and_span_of(FOLD_PIECES))
def test_a_sliceable_fold_gives_each_stretch_its_own_fold(case):
    """sliceable_fold answers a fold of the whole text only when its slices are the letter folds
    and the folds of the text's slices (the cleaner's lines, the gate's sentences); marks, a
    capital sigma, a letter lowered into two or an accented letter make it answer None."""
    text, start, end = case
    folded = sliceable_fold(text, letter_folds(text))
    if folded is None:
        return
    assert letter_folds(text[start:end]) == (folded[start:end],)
    assert fold(text[start:end]) == folded[start:end]


def test_what_a_sliceable_fold_refuses():
    for text in ("بِسْمِ الله", "ΟΔΥΣΣΕΥΣ", "İstanbul", "Élysée", "وزير الخارجيـة"):
        assert sliceable_fold(text, letter_folds(text)) is None, text
    assert sliceable_fold("التقى الرئيس بنظيره", letter_folds("التقى الرئيس بنظيره")) == "التقي الرييس بنظيره"


def test_a_pack_phrase_with_choices_in_braces_is_each_of_its_forms():
    from readouts.knowledge.matcher import PhraseMatcher, expand_phrase
    assert sorted(expand_phrase("presented {his|their|} {diplomatic |}credentials to")) == sorted([
        "presented his diplomatic credentials to", "presented his credentials to",
        "presented their diplomatic credentials to", "presented their credentials to",
        "presented diplomatic credentials to", "presented credentials to"])
    # braces with no choice are left as they are ("{adj} capital" is formatted elsewhere)
    assert expand_phrase("the {adj} capital") == ["the {adj} capital"]
    # each form is found, and a form written twice is one entry
    m = PhraseMatcher(lexicon("en").pack)
    m.add_many("trigger", ["handed {her|his} letters to", "handed her letters to"], "x")
    m.build()
    text = "She handed her letters to him; he handed his letters to her."
    found = [x for x in m.find(tokens_of(text)) if x.kind == "trigger"]
    assert [x.phrase for x in found] == ["handed her letters to", "handed his letters to"]
