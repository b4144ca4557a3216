"""Find thousands of phrases at once in folded, tokenised text.

One Aho-Corasick automaton (pyahocorasick) per language holds every phrase
the engine looks for: gazetteer names, triggers, cues, role nouns, demonyms,
places, topic words. Text is folded and tokenised once; the automaton runs
over " tok1 tok2 ... " so that matches start and end on token boundaries.

Clitics are language data: a phrase may be preceded by one of the pack's
prefix chains glued to its first token (Hebrew "ולפוטין", Arabic "وبوتين")
and followed by one of the pack's suffixes glued to its last token
("نظيره"). Each match reports the prefix and suffix it used, so rules can
read them (a Hebrew "מ" = from, an Arabic future "س").
"""
from __future__ import annotations

import bisect
import pickle
import re
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Any, Iterable, NamedTuple

import ahocorasick

from readouts.packs import Pack
from readouts.textnorm import SHORT, TOKEN_RE, _SPLIT_HINT, _fold, _fold_cached, fold, letter_folds, tokenize


# persons' names take only the pack's name_suffixes (never a pronoun suffix)
_NAMES = frozenset({"name", "short"})
# cue words take no pronoun suffix either ("غداة", the day after, is not "غدا" + "ه")
_BARE = frozenset({"cue", "after"})
VALUE_BLOCK = 64       # entries of _values pickled together in the cache (see _value)
GLUED_MIN = 3         # a phrase this short takes no clitic ("د", Dr, would be found inside every word)


class Token(NamedTuple):
    # (a tuple: made by tuple.__new__ in tokens_of, without a Python __init__ per word)
    start: int       # offsets in the original string
    end: int
    surface: str
    folded: str


_tuple_new = tuple.__new__
_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
_FOLDED = itemgetter(3)         # Token.folded
_PLUS_ONE = (1).__add__


class Match(NamedTuple):
    # (a tuple, as Token: find() makes one per phrase found, by tuple.__new__; never changed after,
    # a changed copy is m._replace(...))
    kind: str        # category: "name", "trigger", "cue", "role", ...
    value: Any       # payload given when the phrase was added
    phrase: str      # folded phrase as added
    first: int       # index of first token
    last: int        # index of last token (inclusive)
    start: int       # char offsets in the original string
    end: int
    prefix: str      # folded clitic prefix chain glued to the first token ("" if none)
    suffix: str      # folded suffix glued to the last token ("" if none)


def tokens_of(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], folded. (This runs for every word of every sentence: fold()
    is inlined, and a stretch with nothing for tokenize() to split is read straight from the
    regex's matches, without the (start, end, word) list in between.)"""
    end = len(text) if end is None else end
    if _SPLIT_HINT.search(text, start, end) is not None:
        return [_tuple_new(Token, (s, e, w, _fold_cached(w) if len(w) <= SHORT else _fold(w)))
                for s, e, w in tokenize(text, start, end)]
    found = list(TOKEN_RE.finditer(text, start, end))
    words = list(map(_GROUP, found))
    if words and max(map(len, words)) > SHORT:
        return [_tuple_new(Token, (m.start(), m.end(), w, _fold_cached(w) if len(w) <= SHORT else _fold(w)))
                for m, w in zip(found, words)]
    # (every word short: made by C-level maps, without a Python step per word)
    return list(map(_tuple_new, repeat(Token),
                    zip(map(_START, found), map(_END, found), words, map(_fold_cached, words))))


_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def expand_phrase(phrase: str) -> list[str]:
    """A pack's phrase with choices written in braces, each of its forms: "presented {his|their|}
    credentials to" is "presented his credentials to", "presented their credentials to" and
    "presented credentials to" (an empty choice leaves the word out)."""
    m = _CHOICE.search(phrase)
    if m is None:
        return [phrase]
    out = []
    for choice in m.group(1).split("|"):
        out += expand_phrase(" ".join((phrase[:m.start()] + choice + phrase[m.end():]).split()))
    return out


def phrase_key(phrase: str) -> str:
    return " ".join(fold(w) for _, _, w in tokenize(phrase))


def prefix_chains(pack: Pack) -> list[str]:
    """The clitic chains a word may carry: the pack may list them, else all
    combinations of its prefixes up to max_prefixes (folded)."""
    if pack.prefix_chains:
        chains = {fold(c) for c in pack.prefix_chains}
    else:
        chains = {""}
        singles = [fold(p) for p in pack.prefixes]
        for _ in range(pack.max_prefixes):
            chains |= {c + p for c in chains for p in singles}
    chains.discard("")
    return sorted(chains, key=len)


class PhraseMatcher:
    def __init__(self, pack: Pack):
        self.pack = pack
        self.chains = prefix_chains(pack)
        self.suffixes = sorted({fold(s) for s in pack.suffixes}, key=len, reverse=True)
        self.name_suffixes = {fold(s) for s in pack.name_suffixes}
        # phrase -> entries; None in a built matcher loaded from the cache, whose automaton holds
        # the same entries (see _table)
        self._entries: dict[str, list[tuple[str, Any, bool, bool]]] | None = {}
        self._auto = None
        self._gate_words: dict[str, Any] = {}      # kind -> automaton of a word of each of its phrases (may_find)

    def __getstate__(self) -> dict:
        # (a built matcher is cached without its phrase table, which _values holds, and with
        # _values packed in pickled blocks of VALUE_BLOCK: see _value)
        state = dict(self.__dict__)
        if state["_auto"] is not None:
            state["_entries"] = None
            values = [self._value(i) for i in range(len(self._values))]
            state["_values"] = [None] * len(values)
            state["_blocks"] = [pickle.dumps(values[i:i + VALUE_BLOCK], protocol=pickle.HIGHEST_PROTOCOL)
                                for i in range(0, len(values), VALUE_BLOCK)]
        return state

    def _value(self, v: int) -> tuple[str, list, list | None]:
        """_values[v], unpacking its block first in a matcher loaded from the cache. (Unpickling
        the 50,000 entries of a language at once took a tenth of a short run's start-up; a short
        article's matches need a few dozen blocks.)"""
        got = self._values[v]
        if got is None:
            b = v // VALUE_BLOCK
            self._values[b * VALUE_BLOCK: (b + 1) * VALUE_BLOCK] = pickle.loads(self._blocks[b])
            got = self._values[v]
        return got

    def _table(self) -> dict[str, list[tuple[str, Any, bool, bool]]]:
        """The phrase table, read back from _values in a matcher loaded from the cache."""
        if self._entries is None:
            self._entries = {key: entries for key, entries, _ in map(self._value, range(len(self._values)))}
        return self._entries

    def entries(self, phrase: str) -> list[tuple[str, Any, bool, bool]]:
        """What the matcher holds for a phrase: (kind, value, prefixes, stem) per entry."""
        key = phrase_key(phrase)
        if self._entries is None and self._auto is not None:
            # (a matcher loaded from the cache: the automaton holds the phrase's index, under the
            # phrase or, for a phrase that takes no clitics, under " phrase"; see build)
            for word in (key, " " + key):
                v = self._auto.get(word, None) if key else None
                if v is not None:
                    return self._value(v)[1]
            return []
        return self._table().get(key, [])

    def add(self, kind: str, phrase: str, value: Any = None, *, prefixes: bool = True,
            stem: bool = False) -> None:
        """Add a phrase. `stem` phrases (written with a trailing "*" in pack files) also match
        when more letters follow in the same token."""
        if phrase.endswith("*"):
            phrase, stem = phrase[:-1], True
        key = phrase_key(phrase)
        if not key:
            return
        entries = self._table().setdefault(key, [])
        if (kind, value, prefixes, stem) in entries:
            return            # (a pack's phrase written twice, or again by a choice of braces)
        entries.append((kind, value, prefixes, stem))
        self._auto = None
        self._gate_words = {}

    def add_many(self, kind: str, phrases: Iterable[str], value: Any = None, **kw) -> None:
        for p in phrases:
            for form in expand_phrase(p):
                self.add(kind, form, value, **kw)

    def build(self) -> None:
        """One automaton word per phrase: " phrase" for a phrase found at the start of a token
        only; the bare phrase for one that also takes clitics, found at the start of a token or
        inside one, where find() keeps it when what precedes it in the token is one of the pack's
        clitic chains (the chains are not multiplied into the automaton, which stays the size of
        the phrase list, and a phrase at a token's start is reported once, not twice).
        The automaton holds numbers, indices into _values ((phrase, entries, entries that take
        clitics or None)): it is cached as one block, not as a pickle per phrase."""
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        values: list[tuple[str, list, list | None]] = []
        for key, entries in self._table().items():
            glued = [e for e in entries if e[2]] if self.chains and len(key) >= GLUED_MIN else []
            auto.add_word(key if glued else " " + key, len(values))
            values.append((key, entries, glued or None))
        auto.make_automaton()
        self._auto = auto
        self._values = values
        self._chain_set = frozenset(self.chains)
        self._longest_chain = max((len(c) for c in self.chains), default=0)
        self._suffix_set = frozenset(self.suffixes)
        # (built with the automaton, so that it is cached with it: the extractor asks at once)
        self._gate_words = {"trigger": self._gate("trigger")}

    def _gate(self, kind: str):
        """An automaton of the longest word of each of the kind's phrases (the rarest)."""
        auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for key, entries in self._table().items():
            if any(e[0] == kind for e in entries):
                auto.add_word(max(key.split(" "), key=len))
        auto.make_automaton()
        return auto

    def may_find(self, kind: str, *texts: str | None) -> bool:
        """Could find() give a match of this kind in some stretch of these texts? Not when the
        longest word of none of the kind's phrases is in the texts' folded letters (every word of
        a phrase find() matches is: the first after its clitics, the last before its suffix): one
        automaton pass over each whole text, without tokenising it. (A word found inside another,
        or without the rest of its phrase, answers True: the answer False alone is sure.)"""
        return self.may_find_folded(kind, [f for t in texts if t for f in letter_folds(t)])

    def may_find_folded(self, kind: str, folds) -> bool:
        """may_find, given the texts' letter_folds."""
        if self._auto is None:
            self.build()
        auto = self._gate_words.get(kind)
        if auto is None:
            auto = self._gate_words[kind] = self._gate(kind)
        if len(auto) == 0:
            return False
        return any(next(auto.iter(f), None) is not None for f in folds)

    def stream(self, tokens: list[Token]) -> tuple[str, list[int]]:
        """" tok1 tok2 ... " and the index in it of each token's first character."""
        parts = list(map(_FOLDED, tokens))
        starts = list(accumulate(map(_PLUS_ONE, map(len, parts)), initial=1))
        starts.pop()
        return " " + " ".join(parts) + " ", starts

    def find(self, tokens: list[Token]) -> list[Match]:
        if self._auto is None:
            self.build()
        if not tokens:
            return []
        s, starts = self.stream(tokens)
        out: list[Match] = []
        append = out.append
        chains, longest_chain, values = self._chain_set, self._longest_chain, self._values
        name_suffixes, suffixes = self.name_suffixes, self._suffix_set
        bisect_right = bisect.bisect_right
        for end_idx, v in self._auto.iter(s):
            got = values[v]
            key, entries, glued = got if got is not None else self._value(v)
            begin = end_idx - len(key) + 1      # index of the phrase's first character
            pre = ""
            if s[begin - 1] == " ":             # at a token's start
                first = bisect_right(starts, begin) - 1
                if first < 0 or starts[first] != begin:
                    continue
            else:                               # inside a token: after a clitic chain only
                tok_start = s.rfind(" ", max(0, begin - longest_chain - 1), begin) + 1
                if tok_start == 0 or s[tok_start:begin] not in chains:
                    continue
                pre = s[tok_start:begin]
                entries = glued
                first = bisect_right(starts, tok_start) - 1
            last = bisect_right(starts, end_idx) - 1
            tok_end = starts[last] + len(tokens[last].folded) - 1
            rest = s[end_idx + 1: tok_end + 1]
            start, end = tokens[first].start, tokens[last].end
            for kind, value, _pfx, stem in entries:
                suffix = ""
                if rest:
                    if kind in _NAMES and rest not in name_suffixes:
                        continue        # "الدرعية" is not ال + درعي (Deri) + ه
                    if kind in _BARE and not stem:
                        continue
                    if stem and len(rest) <= 4:
                        suffix = rest
                    elif rest in suffixes:
                        suffix = rest
                    else:
                        continue
                append(_tuple_new(Match, (kind, value, key, first, last, start, end, pre, suffix)))
        return out


def longest(matches: list[Match], kinds: set[str] | None = None) -> list[Match]:
    """Non-overlapping matches, preferring the longest (then the earliest)."""
    ms = [m for m in matches if kinds is None or m.kind in kinds]
    ms.sort(key=lambda m: (-(m.last - m.first), -(len(m.phrase)), m.first))
    taken: set[int] = set()
    out = []
    for m in ms:
        span = range(m.first, m.last + 1)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        out.append(m)
    out.sort(key=lambda m: m.first)
    return out
