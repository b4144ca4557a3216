"""How alike two spellings of a name are: across scripts and transliterations, by sound, by
skeleton, with words in order."""
from __future__ import annotations

from difflib import SequenceMatcher

from readouts.knowledge.lexicon import SOUND_KEY_MIN, name_skeleton, one_sound, sound_key, word_skeleton
from readouts.knowledge.translit import latin
from readouts.textnorm import fold


def _fits_title(country: str, not_for: frozenset, only_for: frozenset) -> bool:
    """Can a title that never names the holders of `not_for`, and names only those of `only_for`
    when it has any, name the holder of this country's office?"""
    return country not in not_for and (not only_for or country in only_for)


_LATIN_VOWELS = "aeiouy"


def _same_name(written: str, known: str, long_vowels: tuple[str, ...] = (), letter_variants: dict | None = None) -> bool:
    """Is a name written after a title the office holder's, misspelt ("مايك بومبو" for "مايك
    بومبيو")? Their surnames agree (or differ only by long vowels, "ساركيسيان" for "سركيسيان"), or
    their given names do and the rest is spelt alike, or the name written is the first words of
    the holder's ("الملك الأردني عبد الله" for "عبد الله الثاني"), or, a foreign name transliterated
    another way, their given names agree with letter_variants made one and long vowels left out
    and the rest is spelt somewhat alike ("ماثيو رانتشي" for "ماتيو رينزي")."""
    a, b = [fold(w) for w in written.split()], [fold(w) for w in known.split()]
    if not a or not b:
        return False

    def loose(w: str) -> str:
        return word_skeleton("".join((letter_variants or {}).get(ch, ch) for ch in w), long_vowels)
    if letter_variants and len(a) == len(b) >= 2 and all(loose(x) == loose(y) for x, y in zip(a, b)):
        return True       # ("مكى صال" for "ماكي سال": every word the same but for long vowels and letter variants)
    if letter_variants and len(a) > 1 and len(b) > 1 and len(a[0]) >= LOOSE_GIVEN_MIN:
        if loose(a[0]) == loose(b[0]) and SequenceMatcher(
                None, loose(" ".join(a[1:])), loose(" ".join(b[1:]))).ratio() >= LOOSE_REST_RATIO:
            return True
    if a[-1] == b[-1] and len(a[-1]) > 2:
        return True
    if len(a) == 1 and a[0] == b[0] and len(a[0]) > 2:
        return True       # the title and the holder's given name ("Secretary-General Kofi")
    if len(a) < len(b) and b[:len(a)] == a and len("".join(a)) > 3:
        return True       # (a given name of two words: "عبد الله")
    if long_vowels and len(a[-1]) >= SKELETON_MIN and word_skeleton(a[-1], long_vowels) == word_skeleton(b[-1], long_vowels):
        return True
    # (or the rest holds the same letters in another order: "شينزو إيب" for "شينزو آبي")
    return a[0] == b[0] and (SequenceMatcher(None, " ".join(a[1:]), " ".join(b[1:])).ratio() >= 0.75
                             or (len(a) > 1 and sorted("".join(a[1:])) == sorted("".join(b[1:]))))


def spells(written: str, names, long_vowels: tuple[str, ...] = (), letter_variants: dict | None = None) -> bool:
    """Do the words written spell one of the names, a slip allowed (`_same_name`)?"""
    return any(_same_name(written, n, long_vowels, letter_variants) for n in names)


def _sounds_alike(written: str, english: str) -> bool:
    """Is a name of two words or more written in Arabic or Hebrew letters the English name said
    aloud ("ראשיד טלבי" / "Rachid Talbi Alami")? Its Latin spelling's sound classes: the first word's
    agree, and each other word's agree with one of the English name's words."""
    spelt = latin(written)
    if not spelt or len(spelt.split()) < 2:
        return False
    a = [sound_key(w.removeprefix("al-")) for w in spelt.split()]
    b = [sound_key(w.removeprefix("al-").removeprefix("Al-").removeprefix("el-")) for w in english.split()]
    if not all(a) or sum(map(len, a)) < SOUND_KEY_MIN or a[0] != b[0]:
        return False
    return all(x in b[1:] for x in a[1:])


SKELETON_MIN = 6      # letters of a surname, at least, that may be matched with its long vowels left out
LOOSE_GIVEN_MIN = 4   # letters of a given name, at least, that may be matched with its letter variants made one
LOOSE_REST_RATIO = 0.5    # ... and how alike the rest of the name is spelt then, at least (difflib's ratio)


def in_order(words: list[str], longer: list[str]) -> bool:
    """Do all the words stand in the longer name, in order, with others between ("عبدالله بن خليفة آل
    ثاني" in "عبدالله بن ناصر بن خليفة آل ثاني"), the longer name longer?"""
    if len(longer) <= len(words):
        return False
    it = iter(longer)
    return all(w in it for w in words)


GLUED = 3     # letters of a next word a name's last word may run on into, when a space is missing
MISSPELT_MIN = 5    # letters of a surname, at least, that a misspelling of it is looked up for
SKELETON_NAME_MIN = 4   # letters of a full name's skeleton (words' first letters and consonants), at least
SKELETON_APART = 1      # letters one word of the name may add or leave out, at most ("ريفلن" / "ريفلين")


def _letters_apart(words: tuple[str, ...], key: str, known: str, drop: frozenset[str],
                   variants: dict[str, str] | None = None) -> bool:
    """Are the folded words the known name with at most SKELETON_APART letters of `drop` added or
    left out in each word ("ريئوفين ريفلن" / "ريوفين ريفلين"; not "الهويملي" / "الهاملي", two
    letters left out and one added: another family)? `key`: the words' `name_skeleton`."""
    kw = fold(known).split()
    if len(kw) != len(words) or name_skeleton(known, drop, variants) != key:
        return False
    for a, b in zip((one_sound(w, variants) for w in words), (one_sound(w, variants) for w in kw)):
        # (two words of one skeleton differ only by letters of `drop`: count them apart, one such letter
        # written for another one: "سردور" / "سردار", Sardor and Sardar)
        if _edits(a, b) > SKELETON_APART:
            return False
    return True


def _edits(a: str, b: str) -> int:
    """The fewest letters added, left out or written for another that make a into b (Levenshtein)."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
