"""Letter folding and tokenisation shared by every stage.

Folding makes spelling variants compare equal without changing string length
assumptions elsewhere: we fold token by token, and tokens keep their offsets
into the original text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel. Hebrew: niqqud
# and cantillation marks.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05c7]")
_AR_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك", "ۀ": "ه", "ھ": "ه",
    # the Maghreb's letters for g, v and p ("شنڨريحة", "ولد مرزوگ"): the letters the names are otherwise written with
    "ڨ": "ق", "ڭ": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
}
_HE_MAP = {
    "׳": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "״": '"', "“": '"', "”": '"',
    "ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ", "־": "-",
}
# Latin letters with no decomposition that NFKD would strip to a base letter (Turkish dotless "ı" of
# "Kalın"; Polish "ł"; "đ"). (Not Nordic "ø": "Støre" would fold to the English word "store".)
_LATIN_MAP = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}
# (no letter one of the maps gives is one another changes: they apply in one pass)
_LETTERS = {**_AR_MAP, **_HE_MAP, **_LATIN_MAP}
# str.translate looks each character up in a dict, and a character the dict lacks costs a
# KeyError: for a word that is cheap, for a line of text it took most of the folding. A word is
# translated through a string indexed by code point (a lookup that does not fail); a longer
# string is changed by one search (and replace) per letter of the maps, six times faster.
_TABLE = "".join(_LETTERS.get(chr(i), chr(i)) for i in range(max(map(ord, _LETTERS)) + 1))
_PAIRS = tuple(_LETTERS.items())
SHORT = 64        # strings up to this long are words and names: they repeat, and their folds are kept


_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]")


def fold(s: str) -> str:
    """Fold a string for matching: case, accents, Arabic and Hebrew letter variants."""
    # words and names repeat and are cached; lines and sentences do not, and caching them would
    # keep whole articles alive
    return _fold_cached(s) if len(s) <= SHORT else _fold(s)


@lru_cache(maxsize=262144)
def _fold_cached(s: str) -> str:
    return _fold(s)


def _spelt_out(s: str) -> str:
    """s with the ligature of "الله" ("عبدﷲ") written out in its letters (longer: no sliceable fold)."""
    return s.replace("\ufdf2", "الله") if "\ufdf2" in s else s


def strip_accents(s: str) -> str:
    """The string with its accents (combining marks after NFKD decomposition) off: "Güngör" -> "Gungor"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _fold(s: str) -> str:
    if not s:
        return s
    s = _spelt_out(_MARKS.sub("", s))
    if len(s) <= SHORT:
        s = s.translate(_TABLE)
    else:
        for letter, into in _PAIRS:
            if letter in s:
                s = s.replace(letter, into)
    if not s.isascii() and _ACCENTED.search(s):
        s = strip_accents(s)
    return s.lower()


def letter_folds(text: str) -> tuple[str, ...]:
    """Folded forms of a whole text that hold fold(w) for every word w of it, and for every stretch
    of a word: folding goes letter by letter, except that fold() decomposes the accents of a word
    that has accented letters only, so a text that has any is given both ways."""
    s = _spelt_out(_MARKS.sub("", text))
    for letter, into in _PAIRS:
        if letter in s:
            s = s.replace(letter, into)
    if s.isascii() or not _ACCENTED.search(s):
        return (s.lower(),)
    return s.lower(), strip_accents(s).lower()


def sliceable_fold(text: str, folds: tuple[str, ...]) -> str | None:
    """letter_folds(text) (given as folds) when it has one form, as long as text, whose slices are
    the letter_folds of text's slices (no mark removed, no letter lowered into two or by its
    context as a final sigma is), so that a sentence's fold is read from its document's; else None."""
    if len(folds) != 1 or len(folds[0]) != len(text) or "\u03a3" in text or _MARKS.search(text) is not None:
        return None
    return folds[0]


# A token: letters/digits, allowing inner apostrophes/quotes (Hebrew acronyms רה"מ, ג'ון, צה"ל, and
# "כ”ץ" with a typographic quote for the gershayim after a Hebrew letter,
# English O'Brien) and a trailing geresh (Hebrew transliteration ג'). Niqqud/harakat are inside \w? no:
# they are combining marks, so allow them explicitly.
TOKEN_RE = re.compile(
    r"[\w\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640]+"
    r"(?:(?:[\"'׳״’\-]|(?<=[\u05d0-\u05ea])”)[\w\u0591-\u05c7\u064b-\u065f\u0640]+)*"
    r"(?:(?<=[\u05d0-\u05ea])['׳’](?![\w]))?"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each token of text[start:end]. Underscores separate words
    ("#دونالد_توسك", "#Benjamin_Netanyahu": hashtags join a name's words with them)."""
    end = len(text) if end is None else end
    if _SPLIT_HINT.search(text, start, end) is None:
        # (nothing in the stretch that _parts would split on: every token is one word)
        return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        g = m.group()
        # (most tokens are one word; g.find(..., -1) looks before the last letter without a copy)
        if "_" not in g and not (g.find("ة", 0, -1) >= 0 and _TA_MARBUTA_GLUE.search(g)) and \
                not ("-" in g and _HEBREW_PAIR.match(g)):
            out.append((m.start(), m.end(), g))
        else:
            at0 = m.start()
            out += [(at0 + at, at0 + at + len(part), part) for at, part in _parts(g) if part]
    return out


# Hebrew joins two names with a hyphen ("פגישת אובמה-נתניהו", "בן-גוריון"): the parts are words of
# their own, unless the first is a clitic chain the matcher reads ("ו-פוטין", "וה-").
_HEBREW_PAIR = re.compile(r"(?![ובהלכמש]{1,3}-)[\u05d0-\u05ea]")
# Arabic ta marbuta ends a word: a letter right after it begins the next one, glued where a
# scraper lost the space ("وزير الخارجيةعادل الجبير")
_TA_MARBUTA_GLUE = re.compile("(?<=ة)(?=[\u0621-\u064a])")
# what a token must hold for _parts to split it: an underscore, a hyphen, a glued ta marbuta
_SPLIT_HINT = re.compile("[_-]|ة(?=[\u0621-\u064a])")


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
