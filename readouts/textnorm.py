"""Letter folding and tokenisation shared by every stage.

Folding makes spelling variants compare equal without changing string length
assumptions elsewhere: we fold token by token, and tokens keep their offsets
into the original text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Hebrew: niqqud and cantillation marks.
_HE_MARKS = re.compile("[\u0591-\u05c7]")
_AR_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك", "ۀ": "ه", "ھ": "ه",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
})
_HE_MAP = str.maketrans({
    "׳": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "״": '"', "“": '"', "”": '"',
    "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ", "־": "-",
})


_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]")


def fold(s: str) -> str:
    """Fold a string for matching: case, accents, Arabic and Hebrew letter variants."""
    # words and names repeat and are cached; lines and sentences do not, and caching them would
    # keep whole articles alive
    return _fold_cached(s) if len(s) <= 64 else _fold(s)


@lru_cache(maxsize=262144)
def _fold_cached(s: str) -> str:
    return _fold(s)


def _fold(s: str) -> str:
    if not s:
        return s
    s = _AR_MARKS.sub("", s)
    s = _HE_MARKS.sub("", s)
    s = s.translate(_AR_MAP).translate(_HE_MAP)
    if not s.isascii() and _ACCENTED.search(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


# A token: letters/digits, allowing inner apostrophes/quotes (Hebrew acronyms רה"מ, ג'ון, צה"ל,
# English O'Brien) and a trailing geresh (Hebrew transliteration ג'). Niqqud/harakat are inside \w? no:
# they are combining marks, so allow them explicitly.
TOKEN_RE = re.compile(
    r"[\w\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640]+"
    r"(?:[\"'׳״’\-][\w\u0591-\u05c7\u064b-\u065f\u0640]+)*"
    r"(?:(?<=[\u05d0-\u05ea])['׳’](?![\w]))?"
)


def tokenize(text: str, start: int = 0, end: int | None = None):
    """Yield (start, end, surface) for each token of text[start:end]. Underscores separate
    words ("#دونالد_توسك", "#Benjamin_Netanyahu": hashtags join a name's words with them)."""
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        g = m.group()
        if "_" not in g and not ("ة" in g[:-1] and _TA_MARBUTA_GLUE.search(g)) and \
                not ("-" in g and _HEBREW_PAIR.match(g)):
            yield m.start(), m.end(), g
            continue
        for at, part in _parts(g):
            if part:
                yield m.start() + at, m.start() + at + len(part), part


# Hebrew joins two names with a hyphen ("פגישת אובמה-נתניהו", "בן-גוריון"): the parts are words of
# their own, unless the first is a clitic chain the matcher reads ("ו-פוטין", "וה-").
_HEBREW_PAIR = re.compile(r"(?![ובהלכמש]{1,3}-)[\u05d0-\u05ea]")
# Arabic ta marbuta ends a word: a letter right after it begins the next one, glued where a
# scraper lost the space ("وزير الخارجيةعادل الجبير")
_TA_MARBUTA_GLUE = re.compile("(?<=ة)(?=[\u0621-\u064a])")


def _parts(g: str) -> list[tuple[int, str]]:
    """The words of one token with their offsets in it."""
    out = []
    pos = 0
    for piece in g.split("_"):
        subs = piece.split("-") if "-" in piece and _HEBREW_PAIR.match(piece) else [piece]
        for k, sub in enumerate(subs):
            at = pos
            for word in _TA_MARBUTA_GLUE.split(sub):
                out.append((at, word))
                at += len(word)
            pos += len(sub) + (1 if k < len(subs) - 1 else 0)     # (a hyphen between the parts)
        pos += 1                                                   # (the underscore)
    return out
