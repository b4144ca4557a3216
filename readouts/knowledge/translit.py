"""A Latin spelling of a name written in Arabic or Hebrew script, for persons the gazetteer lacks.

A participant the gazetteer does not know is output as the article writes it ("عاطف الطراونة");
`name_latin` ("Atif al-Tarawna") lets an English-speaking user read and search it. Each word is
taken, when it can be, from the gazetteer itself: the words of the Arabic and Hebrew names of
its persons, aligned with the words of their English names ("محمد" -> "Mohammed", "بن" -> "bin"),
the spelling most of them use. Other words are spelt letter by letter, with the article as
"al-", a vowel guessed between two consonants the script writes without one, and a capital.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from readouts.textnorm import fold

_ARABIC = re.compile("[\u0600-\u06ff]")
_HEBREW = re.compile("[\u0590-\u05ff]")

# letters -> Latin, consonants and the letters that also write long vowels
_AR = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
       "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
       "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
       "ي": "y", "ى": "a", "ة": "a", "ء": "", "ئ": "", "ؤ": "", "گ": "g", "پ": "p", "چ": "ch", "ڤ": "v"}
_HE = {"א": "", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z", "ח": "ch", "ט": "t", "י": "y",
       "כ": "k", "ך": "ch", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "", "פ": "p",
       "ף": "f", "צ": "tz", "ץ": "tz", "ק": "k", "ר": "r", "ש": "sh", "ת": "t"}
_HE_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th", "ד": "dh"}
_VOWELS = set("aeiou")
# the letters that write a vowel between consonants: و/ו as "u"/"o", ي/י as "i"
_MID_VOWEL = {"w": "u", "y": "i", "v": "o"}
_AR_ARTICLE = "ال"
_GERESH = "'׳’"
_PARTICLES = {"bin", "ibn", "bint", "al", "el", "abu", "ben", "bat", "de", "van", "von"}


def searchable(name: str) -> str:
    """The folded name an actor search matches: its own letters, and its Latin spelling when it
    is written in Arabic or Hebrew ("حميد شبار" is found by "Shabar")."""
    spelt = latin(name)
    return fold(name) + (" " + fold(spelt) if spelt else "")


def latin(name: str | None) -> str | None:
    """The Latin spelling of a name in Arabic or Hebrew script; None for any other name."""
    if not name:
        return None
    script = "ar" if _ARABIC.search(name) else "he" if _HEBREW.search(name) else None
    if script is None:
        return None
    known = _known(script)
    out = [known.get(fold(w)) or _spell(w, script) for w in name.split()]
    return " ".join(x for x in out if x) or None


@lru_cache(maxsize=2)
def _known(script: str) -> dict[str, str]:
    """Folded word -> the Latin word most persons of the gazetteer spell it with (built once per
    gazetteer and kept in the cache)."""
    from readouts.knowledge.cache import cached
    from readouts.knowledge.gazetteer import sources
    return cached(f"translit-{script}", sources(), lambda: _align(script))


def _align(script: str) -> dict[str, str]:
    from readouts.knowledge.gazetteer import default as default_gazetteer
    seen: dict[str, Counter] = {}
    for p in default_gazetteer().persons.values():
        en = p.name.split()
        for written in p.names.get(script, []):
            words = written.split()
            if len(words) != len(en):
                continue
            for w, e in zip(words, en):
                if e[:1].isalpha() and e.isascii() and _agrees(_spell(w, script), e):
                    seen.setdefault(fold(w), Counter())[e] += 1
    return {w: c.most_common(1)[0][0] for w, c in seen.items()}


def _agrees(spelt: str, english: str) -> bool:
    """Do a word spelt letter by letter and an English word begin alike (names whose words the
    two scripts split differently must not pair "اليوسف" with "Al")?"""
    if not english[:1].isupper() and english not in _PARTICLES:
        return False                   # "of", "the": words of a title, not of a name
    a = spelt.lower().removeprefix("al-").lstrip("aeiou")
    b = english.lower().removeprefix("al-").removeprefix("el-").lstrip("aeiou")
    if not a or not b:
        return a == b
    return a[0] == b[0] or {a[0], b[0]} <= set("kcq") or {a[0], b[0]} <= set("jgy") or {a[0], b[0]} <= set("vwf")


def _spell(word: str, script: str) -> str:
    """One word spelt letter by letter."""
    prefix = ""
    if script == "ar":
        if word.startswith(_AR_ARTICLE) and len(word) > len(_AR_ARTICLE) + 1:
            prefix, word = "al-", word[len(_AR_ARTICLE):]
        letters = [_AR.get(ch, "") for ch in word]
        if word[:1] == "ع":
            letters[0] = "a"           # an ayn opening a word carries its vowel ("عبد": Abd)
    else:
        letters = []
        for i, ch in enumerate(word):
            if ch in _GERESH:
                continue
            if i + 1 < len(word) and word[i + 1] in _GERESH and ch in _HE_GERESH:
                letters.append(_HE_GERESH[ch])
            else:
                letters.append(_HE.get(ch, ""))
        if word.endswith("ה") and letters:
            letters[-1] = "a"          # a final he is a vowel
    letters = [x for x in letters if x]
    out = ""
    for i, x in enumerate(letters):
        if 0 < i < len(letters) - 1 and x in _MID_VOWEL and out[-1:] not in _VOWELS:
            x = _MID_VOWEL[x]          # "طراونة": the waw between consonants is a vowel
        elif i == len(letters) - 1 and i > 0 and x in ("w", "v") and out[-1:] not in _VOWELS:
            x = "o"                    # "טימקו", "ماركو": a waw ending a word after a consonant is its vowel
        if out and out[-1] not in _VOWELS and x[0] not in _VOWELS:
            out += "a"                 # a short vowel the script does not write
        out += x
    spelt = (out[:1].upper() + out[1:]) if out else ""
    return prefix + spelt if spelt else ""
