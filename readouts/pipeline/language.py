"""Detect the language of a document: script first, then py3langid for Latin text."""
from __future__ import annotations

import re
from pathlib import Path

# (runs of letters: counting a run's length makes one object per word, not one per letter)
_HE = re.compile(r"[\u05d0-\u05ea]+")
_AR = re.compile(r"[\u0621-\u064a]+")
_LATIN = re.compile(r"[A-Za-z]+")
_CYR = re.compile(r"[\u0400-\u04ff]+")


def _letters(script: re.Pattern, sample: str) -> int:
    """How many letters of a script the sample holds."""
    return sum(map(len, script.findall(sample)))


def detect(text: str, declared: str | None = None) -> str | None:
    sample = text[:3000]
    # A script holding more than half of the sample's characters outnumbers the other three
    # together, so it is the answer whatever they count: most articles are read by one count.
    ar = _letters(_AR, sample)
    if ar > len(sample) / 2:
        return "ar"
    he = _letters(_HE, sample)
    if he > len(sample) / 2:
        return "he"
    counts = {"he": he, "ar": ar, "latin": _letters(_LATIN, sample), "ru": _letters(_CYR, sample)}
    total = sum(counts.values())
    if total == 0:
        return declared
    best = max(counts, key=counts.get)
    if best in ("he", "ar", "ru") and counts[best] >= 0.3 * total:
        return best
    if declared and declared not in ("he", "ar", "ru"):
        return declared
    if _mostly_english(sample):
        return "en"
    lang, _ = _latin_identifier().classify(sample)
    return lang


# English function words: in a short line the proper names outweigh them for a character
# model ("Putin met Erdogan in Ankara" reads as Turkish), but no other language is mostly them
_EN_WORDS = frozenset("""a an the of in on at to for from with by and or but as is are was were be been
has have had will would not no that this these those it its he she they his her their who which what
when after before over under about into than then there met meets meeting talks talked called calls
phoned said says told visited visit held hold spoke speak discussed during between also new""".split())
_WORD = re.compile(r"[^\W\d_]+")


def _mostly_english(sample: str) -> bool:
    """Whether most lowercase words of a Latin-script sample are English function words (in a
    headline in title case, a third of all its words)."""
    words = _WORD.findall(sample[:1000])
    lower = [w for w in words if w.islower()]
    if len(lower) >= 2:
        return sum(w in _EN_WORDS for w in lower) >= 0.6 * len(lower)
    hits = sum(w.lower() in _EN_WORDS for w in words)
    return hits >= 2 and hits >= len(words) / 3


_LATIN_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "tr", "pl", "sv", "ro", "cs", "da", "no", "fi", "hu"]
_ident = None


def _build_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(_LATIN_LANGS)
    # the model of all 97 languages is kept only to restrict it again, which readouts never
    # does: without it the cache entry is 43 MB instead of 72
    ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    return ident


def _latin_identifier():
    """py3langid over the common Latin-script languages (short English lines are otherwise
    often taken for Indonesian or Pidgin), from the cache of compiled knowledge: decompressing
    its model took 0.45 s, most of the start-up of `extract` on a short English article."""
    global _ident
    if _ident is None:
        from importlib.util import find_spec
        from readouts.knowledge.cache import cached
        home = Path(find_spec("py3langid").origin).parent     # (its model and the code reading it)
        _ident = cached("langid-latin", [home], _build_identifier, extra=",".join(_LATIN_LANGS))
    return _ident
