"""Detect the language of a document: script first, then py3langid for Latin text."""
from __future__ import annotations

import re

_HE = re.compile(r"[\u05d0-\u05ea]")
_AR = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_CYR = re.compile(r"[\u0400-\u04ff]")


def detect(text: str, declared: str | None = None) -> str | None:
    sample = text[:3000]
    counts = {"he": len(_HE.findall(sample)), "ar": len(_AR.findall(sample)),
              "latin": len(_LATIN.findall(sample)), "ru": len(_CYR.findall(sample))}
    total = sum(counts.values())
    if total == 0:
        return declared
    best = max(counts, key=counts.get)
    if best in ("he", "ar", "ru") and counts[best] >= 0.3 * total:
        return best
    if declared and declared not in ("he", "ar", "ru"):
        return declared
    lang, _ = _latin_identifier().classify(sample)
    return lang


_LATIN_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "tr", "pl", "sv", "ro", "cs", "da", "no", "fi", "hu"]
_ident = None


def _latin_identifier():
    """py3langid over the common Latin-script languages (short English lines are otherwise
    often taken for Indonesian or Pidgin)."""
    global _ident
    if _ident is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
        _ident = LanguageIdentifier.from_model_file(MODEL_FILE)
        _ident.set_languages(_LATIN_LANGS)
    return _ident
