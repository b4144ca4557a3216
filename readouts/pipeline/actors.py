"""Actors: find person mentions in a sentence and resolve them to gazetteer persons.

Mentions are full names, surnames/short forms, and role nouns ("נשיא רוסיה",
"رئيس الوزراء الإسرائيلي", "the German foreign minister", "نظيره"). A role
composes with a country name or demonym beside it, and with a name beside it
(apposition: the name wins, the role only labels it). Resolution:
  full name  → that person (if two share it: the one named elsewhere, then office on date)
  short form → the candidate named in full elsewhere in the article, else the single
               candidate in office on the date, else the only candidate whose recorded
               career had begun by the date; ambiguity → unresolved
  role       → the holder of COUNTRY.kind on the date; a bare role (no country) → the one
               person named in the article who held that kind of office then
Unresolved mentions keep their surface form and are never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from datetime import date, timedelta

from readouts.knowledge.gazetteer import Gazetteer
from readouts.knowledge.lexicon import (FAMILY_NAME_FIRST, GIVEN_NAME_CALLED, Lexicon, Trigger, name_skeleton, one_sound, rarity,
                                        name_sounds, sound_key, SOUND_KEY_MIN,
                                        word_skeleton)
from readouts.textnorm import fold
from readouts.knowledge.matcher import Match, Token, longest, phrase_key, tokens_of
from readouts.knowledge.translit import latin

import bisect
import re
import weakref
from itertools import compress
from operator import itemgetter

_FOLDED = itemgetter(3)          # Token.folded

CLAUSE_ADVERB_DAY = 4      # "X on Thursday afternoon separately met Y": words of a day between a person and his adverb, at most
TITLED_SOUND_MIN = 6       # sound classes of a name under a title looked up by its sound, at least
ELECT_WINDOW = timedelta(days=240)    # from an election to taking office, at most
_DASH = re.compile(r"\s[–—-]\s")
_COMMA = re.compile(r"[,\u060c]")
PAREN_WORDS = 3       # "- حفظه الله،": words from a dash to the comma that closes it as a parenthesis, at most
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—-]\s")
_ACRONYM = re.compile(r"^[A-Z]{2,}$")      # "CMC", "ISPR": no word of a person's name after its first
_PUNCT_BETWEEN = re.compile(r"[,،;؛:.\"«»“”״]")     # (a quotation's end too: '"الذراع اليمنى" لزعيم')
_COLON = re.compile(":")
ENTITY_KINDS = {"name", "short", "role", "role_fixed", "role_plural", "country", "place", "pronoun", "own_country"}
# the offices a head of state's title ("president", "الرئيس") may name: a supreme leader's, a leader's too
HEAD_OF_STATE_OFFICES = ("head_of_state", "supreme_leader", "leader")


@dataclass
class ActorMention:
    kind: str                  # name | short | role | counterpart
    first: int                 # token span within the sentence
    last: int
    start: int                 # char offsets in the document field
    end: int
    surface: str
    candidates: list[str] = field(default_factory=list)
    office: str | None = None  # "ISR.head_of_government", or ".head_of_government" when the country is unknown
    bare: bool = False         # role standing alone, allowed to resolve through the article
    prefix: str = ""           # clitic glued to the mention ("מ", "ל", "و")
    pid: str | None = None     # filled by resolve()
    titled: bool = False       # an unknown name after a title ("Senator", "الكاردينال"): an official
    elect: bool = False        # a role of one elected but not yet in office: its next holder
    homograph: bool = False    # a surname alone that is also a month or a place: needs the full name in the article
    not_for: frozenset = frozenset()   # countries whose office the title never names ("president": no kingdom)
    only_for: frozenset = frozenset()  # when not empty, the only countries whose office it names ("king")
    gender: str | None = None  # a personal pronoun's ("he": "m"): the person it stands for has it
    son_of: bool = False       # a surname alone right after "بن" ("وبن سلمان"): whose father's name it is, read so
    country: str | None = None  # a bare title's state ("الوزير الفرنسي"): the one of it the text styled so
    title: str | None = None   # the kind of office a title right by the name gives them, not a former one ("foreign_minister")

    @property
    def unprefixed(self) -> str:
        """The surface without the clitic glued to it ("وبوتين" → "بوتين")."""
        return self.surface[len(self.prefix):] if self.prefix and self.surface.startswith(self.prefix) else self.surface


@dataclass
class SentenceAnalysis:
    tokens: list[Token]
    matches: list[Match]
    actors: list[ActorMention]
    countries: list[Match]     # country mentions not absorbed by a role
    places: list[Match]
    skip: set[int]             # token indices that may stand between a role and its name
    clause_ends: list[int] = field(default_factory=list)   # token i ends a clause (";", " – ", ":" after it)
    triggers: list[Match] | None = None     # its contact words, once events.triggers has read them
    labels: list[int] = field(default_factory=list)   # token i ends a label: a colon after it ("בפגישה עם X: Y ...")
    commas: list[int] = field(default_factory=list)   # a comma stands after token i
    summit_size: int | None = None   # how many a summit the article told of before was of ("القمة الرباعية")
    proxied: list[ActorMention] = field(default_factory=list)   # full names left out after a proxy word ("خلفا لـX")
    proxy_ends: frozenset[int] = frozenset()    # the last tokens of the proxy words analyse read ("حزب", "مساعد")
    # the one whose words an earlier sentence opened a quotation of, still open here ('X wrote: "... .
    # Then I spoke with Y."'): the "I" of this sentence (set by the extractor)
    quote_speaker: "ActorMention | None" = None

    def tokens_prefix(self, i: int) -> str:
        """The clitic chain glued to token i, as some match there saw it."""
        return next((m.prefix for m in self.matches if m.first == i and m.prefix), "")

    def same_clause(self, i: int, j: int) -> bool:
        lo, hi = min(i, j), max(i, j)
        return not any(lo <= b < hi for b in self.clause_ends)


def _month_here(e: Match, tokens: list[Token], lex: Lexicon) -> bool:
    """Is a surname spelt like a month ("מרץ": March, Merz) read as the month here: after "in" or
    a month lead ("בחודשים מרץ ואפריל", "בסוף מרץ"), beside a number or another month?"""
    word = fold(tokens[e.first].surface[len(e.prefix):]) if e.prefix else tokens[e.first].folded
    if word not in lex.month_words:
        return False
    if e.prefix and e.prefix[-1:] in lex.locative_prefixes:
        return True
    near = [tokens[k] for k in (e.first - 1, e.last + 1, e.last + 2) if 0 <= k < len(tokens)]
    return any(t.surface.isdigit() or t.folded in lex.month_leads or t.folded in lex.month_words or
               (t.folded[:1] in lex.conjunctions and t.folded[1:] in lex.month_words) for t in near)


def _foreign(word: str, lex: Lexicon) -> bool:
    """A word rare with and without any clitic chain before it ("جبريسيلاسي", not "ובירך")."""
    forms = [word] + [word[len(c):] for c in lex.matcher.chains if c and word.startswith(c) and len(word) - len(c) >= 2]
    return max(rarity(lex.lang)(f) for f in forms) < FOREIGN_WORD


RUN_RARE = 3.0    # Zipf frequency below which a capitalised word beside a surname is another name's word
RUN_UNKNOWN = 1.0   # ... and below which one after it alone is ("Mochizuki Hisanobu", a family name first)


def _inside_capitalised_run(tokens: list[Token], e: Match, matches: list[Match], text: str, lex: Lexicon) -> bool:
    """In a script with capitals, does a surname stand between two rare capitalised words of no
    match, run into it with a space ("Epkua Obama Bindang"), or before a word the language does not
    know at all ("Mochizuki Hisanobu"): a word of someone else's name?"""
    def rare_word(k: int, below: float) -> bool:
        tok = tokens[k]
        return tok.surface[:1].isupper() and not any(m.first <= k <= m.last for m in matches if m.kind != "topic") \
            and tok.folded not in lex.given_names and rarity(lex.lang)(tok.surface) < below
    if text[tokens[e.last].end:tokens[e.last + 1].start] != " ":
        return False
    return rare_word(e.last + 1, RUN_UNKNOWN) or (
        e.first > 0 and text[tokens[e.first - 1].end:tokens[e.first].start] == " "
        and rare_word(e.first - 1, RUN_RARE) and rare_word(e.last + 1, RUN_RARE))


def _initial_of(letter: str, e: Match, matches: list[Match], lex: Lexicon) -> bool:
    """Is the letter the initial of a given name of someone the short form at e names ("N.N. Mapisa
    Nqakula": Nosiviwe's)?"""
    pids = {m.value for m in matches if m.kind == e.kind and m.first == e.first and m.last == e.last}
    return any(n[:1].upper() == letter.upper() for p in pids if (person := lex.gaz.persons.get(p)) is not None
               for n in [person.name, *person.names.get("en", [])])


def _could_hold(m: "ActorMention | None", country: str | None, kind: str | None, lex: Lexicon) -> bool:
    """Could the named person be the one a role describes? Unknown persons and persons
    without recorded offices could; otherwise the country must fit, and the kind when given."""
    if m is None or not m.candidates:
        return True
    for pid in m.candidates:
        p = lex.gaz.persons.get(pid)
        if p is None or not p.offices:
            return True
        for o in p.offices:
            if country and o.country != country and p.country != country:
                continue
            if kind is None or kind in ("counterpart", "leader", "secretary_general") or o.kind == kind or \
                    (kind == "head_of_state" and o.kind in HEAD_OF_STATE_OFFICES):
                return True
        if country and p.country == country and kind not in ("head_of_state", "head_of_government"):
            return True
    return False


def _title_of_other_gender(phrase: str, m: "ActorMention | None", lex: Lexicon) -> bool:
    """Is the title a man's ("رئيس الحكومة", in a language whose women's titles differ, "رئيسة") and
    the person named right before it a woman? Then it names another, the object of the verb before
    them: "التقت ميركل رئيس الحكومة المكلف" (Merkel met the prime minister-designate)."""
    if not lex.masculine_titles or m is None or not m.candidates or phrase.split()[0] not in lex.masculine_titles:
        return False
    return all((p := lex.gaz.persons.get(pid)) is not None and p.gender == "f" for pid in m.candidates)


def _prepositional(prefix: str, lex: Lexicon, prepositions: set[str] | None = None) -> bool:
    """Does a clitic chain end in a preposition ("ل", "ب", "ל"; or one of `prepositions`, "מ" for
    "from")? The definite article is none: "ال" ends in ل but is no preposition; "لل" is ل + ال."""
    for art in lex.definite:
        if prefix.endswith(art):
            prefix = prefix[:-len(art)]
    return bool(prefix) and prefix[-1:] in (lex.object_prefixes if prepositions is None else prepositions)


_LIST_GAP = re.compile(r"^[\s,،]*$")


def _plural_roles(ents: list[Match], used: set[int], tokens: list[Token], text: str, skip: set[int],
                  lex: Lexicon, proxied: frozenset[int] = frozenset(), locs: frozenset[int] = frozenset()
                  ) -> list["ActorMention"]:
    """A plural title with a list of countries ("מנהיגי רוסיה והודו", "the foreign ministers of
    India and Pakistan", "وزراء خارجية مصر والأردن", "the Indian and Pakistani foreign ministers")
    names one office holder per country; not after a proxy word ("مبعوثي رؤساء وزراء الهند
    واليابان": their envoys), one that ends at a token of `proxied`. Counterparts may name their
    countries after "in" (a token of `locs`): "نظيريها في ألمانيا والسويد"."""
    out = []

    def joined(a: int, b: int) -> bool:
        """Only commas, list words ("and", "of") and skippable words between token a and token b."""
        between = range(a + 1, b)
        return len(between) <= 2 and all(k in skip or tokens[k].folded in lex.list_words for k in between) \
            and all(_LIST_GAP.match(text[tokens[k].end:tokens[k + 1].start]) for k in range(a, b))

    for i, e in enumerate(ents):
        if e.kind != "role_plural" or e.first - 1 in proxied:
            continue
        found = []
        k, last = i + 1, e.last                  # countries after the title
        located = e.value == "counterpart" and e.last + 1 in locs
        if located:
            last = e.last + 1                    # ("نظيريه في X وY": his counterparts in X and in Y)
        while k < len(ents) and ents[k].kind == "country" and k not in used and joined(last, ents[k].first):
            found.append(k)
            last = ents[k].last
            k += 1
        if len(found) < 2:
            found, k, first = [], i - 1, e.first  # or before it, as demonyms
            while k >= 0 and ents[k].kind == "country" and k not in used and joined(ents[k].last, first):
                found.insert(0, k)
                first = ents[k].first
                k -= 1
        if e.value == "counterpart" and not located and lex.adjective_articles:
            # (his counterparts are adjectives of their countries, with the article: "نظيريه الإيراني
            # والتركي، بريطانيا ..." names two; a country's name after them is something else)
            found = found[:next((n for n, k in enumerate(found) if not any(
                tokens[ents[k].first].folded[len(ents[k].prefix):].startswith(a) or ents[k].prefix.endswith(a)
                for a in lex.definite if a)), len(found))]
        if len(found) < 2:
            continue
        for k in found:
            c = ents[k]
            used.add(k)
            out.append(ActorMention("counterpart" if e.value == "counterpart" else "role", c.first, c.last, c.start,
                                    c.end, text[c.start:c.end], office=f"{c.value}.{e.value}", prefix=c.prefix))
    return out


_TITLE_GAP = re.compile(r"^\s*[,،(]?\s*$")       # between a title and its name: a comma or "(" at most
_INITIAL_GAP = re.compile(r"^\.\s*$")           # "Donald C. McKinnon", "Meynardo L.B. Montealegre"
_INITIAL_BEFORE = re.compile(r"^\.? ?$")        # "M Shaheen Iqbal", "M. Shaheen": an initial run into the word after it


def _body_word(tok: Token, lex: Lexicon) -> bool:
    """In a script with capitals, is the word a body's or a title's written with one ("Army",
    "Commission", "Vice": the pack's surname_reject), no word of a person's name?"""
    return lex.capitalised_names and tok.surface[:1].isupper() and lex.surname_reject.search(tok.folded) is not None


def _past_body_and_ranks(tokens: list[Token], i: int, ranks: set[int], lex: Lexicon) -> int:
    """Where a name may begin after a title's state: past a body's word at token i ("of the British
    Army") and the ranks and honorifics (tokens of `ranks`) after it ("General Sir")."""
    j = i + (i < len(tokens) and _body_word(tokens[i], lex))
    while j < len(tokens) and j in ranks:
        j += 1
    return j


def _hyphen_particle(k: int, tokens: list[Token], text: str, lex: Lexicon) -> bool:
    """"אל-מוקדאד", "א-סיסי": the Arabic article written as a word joined by a hyphen to the next, a
    particle of the name (not "אל", to, the preposition)."""
    return bool(lex.hyphen_particles) and tokens[k].folded in lex.hyphen_particles and k + 1 < len(tokens) \
        and text[tokens[k].end:tokens[k + 1].start] in ("-", "\u05be")


HEADLINE_WORD = 4.0      # in a line in Title Case, a word this common (Zipf) before a lexicon's word ends a name
TITLE_CASED_SHARE = 0.8  # ... such a line: this share of its longer words capitalised


def title_cased(tokens: list[Token]) -> bool:
    """A line in Title Case ("King Hamad Holds Phone Conversation with Kuwaiti Emir", "Powell Presses N. Korea
    on Weapons Talks"): capitals say little about names there."""
    words = [t.surface for t in tokens if len(t.surface) > 3 and t.surface.isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASED_SHARE * len(words)


def _name_end(tokens: list[Token], i: int, lex: Lexicon, text: str, covered: set[int],
              honoured: bool = False) -> int | None:
    """The last token of a name that starts at token i: up to name_max words (name particles
    such as "بن" come free), none covered by another lexicon match, none a function word, no
    punctuation between them (an initial's full stop aside). After an honorific (`honoured`) a
    given name that is also a function word opens the name ("سعادة علي X")."""
    end, words, chain = None, 0, False
    headline = lex.capitalised_names and title_cased(tokens)
    for k in range(i, len(tokens)):
        tok = tokens[k]
        if headline and k > i and k + 1 in covered and tok.folded not in lex.given_names \
                and rarity(lex.lang)(tok.surface) >= HEADLINE_WORD and not _family_after(k - 1, tokens, lex):
            break             # "King Hamad Holds Phone Conversation": in a headline's Title Case, a common word
            #                   before a word of the lexicon ends it
        # (not "على" as written, nor before a common word: "وشدد سعادة على ضرورة ...")
        chained = k + 1 < len(tokens) and (tokens[k + 1].folded in lex.name_particles or (
            honoured and k == i and not tok.surface.endswith("ى") and rarity(lex.lang)(tokens[k + 1].surface) < RARE_WORD)) \
            and tok.folded in lex.given_names
        word = tok.folded[1:] if tok.folded[:1] in lex.conjunctions and tok.folded[1:] in lex.not_names else tok.folded
        # (the word after "آل" is the family's, whatever else it means: "آل شيخ", "آل خليفة")
        family = k > i and tokens[k - 1].folded in lex.family_particles
        # (in a script with capitals, a given name that is also a place inside a run of capitalised words:
        # "Maria Victoria Romero")
        inner_given = lex.capitalised_names and k > i and tok.folded in lex.given_names and k + 1 < len(tokens) \
            and tokens[k + 1].surface[:1].isupper() and not text[tok.end:tokens[k + 1].start].strip() \
            and k + 1 not in covered      # (not the given name of a known name: "Professor Ibrahim Ghandour")
        # (in a script without capitals, a given name inside the run with a rare foreign word after it:
        # "عبد الله عباس كيليما", though "عباس" alone is a known man's short name)
        inner_given = inner_given or (
            not lex.capitalised_names and k > i and tok.folded in lex.given_names and k + 1 < len(tokens)
            and k + 1 not in covered and not text[tok.end:tokens[k + 1].start].strip()
            and _foreign(tokens[k + 1].surface, lex))
        # (or a particle of a foreign name inside it: "روبير فان ايمبدن")
        hyphened = (_hyphen_particle(k, tokens, text, lex) or _inner_particle(k, tokens, lex)) and k > i
        # (in a script with capitals, a known surname right after a particle inside a name ends a compound
        # family name: "Ricardo Guerra de Araujo")
        hyphened = hyphened or (lex.capitalised_names and k > i + 1 and tokens[k - 1].folded in lex.name_particles
                                and tok.surface[:1].isupper()
                                and (k + 1 >= len(tokens) or not tokens[k + 1].surface[:1].isupper()))
        if (k in covered and not family and not inner_given and not hyphened) or (
                word in lex.not_names and not chained and not family and not hyphened) \
                or any(c.isdigit() for c in tok.surface):
            break             # (a function word is no name, but "علي بن" is Ali's)
        if lex.capitalised_names and not tok.surface[:1].isupper() and not (k > i and tok.folded in lex.name_particles):
            break
        if lex.name_break.match(tok.folded) and (k > i or tok.folded not in lex.given_names):
            break             # "للأزمة", "والهدايا": a preposition or conjunction with the article
        if not lex.capitalised_names and lex.name_stop is not None and lex.name_stop.match(tok.folded) \
                and tok.folded not in lex.given_names:
            break             # "الجروان يرافقه" (a verb with its pronoun), "الزعيم مطالباته" (a noun with one)
        if lex.name_stop_rare is not None and lex.name_stop_rare.match(tok.folded) \
                and tok.folded not in lex.given_names and rarity(lex.lang)(tok.surface) < VERB_ZIPF:
            break             # "الإثيوبي سيجريان" (a future verb of two: "they will hold")
        if k > i and not lex.capitalised_names and not hyphened and tokens[k - 1].folded not in lex.name_compounds and (
                _clitic_word(tok, lex) or tok.folded in lex.complementizers or _common_noun(tok, lex)):
            break             # "تواضروس لأول" ("for the first"), "الملك سلمان بأن" ("that"),
            #                   "المالكي الجهد" ("the effort"); not the word after "عبد" ("عبد السلام")
        if k > i:
            gap = text[tokens[k - 1].end:tok.start]
            if gap.strip() and not (lex.capitalised_names and len(tokens[k - 1].surface) == 1 and _INITIAL_GAP.match(gap)) \
                    and not _hyphen_particle(k - 1, tokens, text, lex):
                break
        if k > i and not lex.capitalised_names and not hyphened and tok.folded[:1] in lex.conjunctions \
                and tok.folded not in lex.given_names and (k > i + 1 or rarity(lex.lang)(tok.surface[1:]) >= RARE_WORD):
            break             # "آلان بيرسيه وحرس الشرف", "نسمة وتحتل": the name ended before "و" ("الحسن واتارا" is one)
        if tok.folded in lex.name_particles or hyphened:
            chain = True
        elif not (k > i and (tokens[k - 1].folded in lex.name_compounds or tok.folded in lex.name_compound_tails)):
            words += 1        # ("عبد الله" is one word of a name, "بن" none; a "بن" chain may run a word longer)
            # (in a script with capitals, one rare word more: "Mauricio Mauro Epkua Obama Bindang")
            longer = lex.capitalised_names and words == lex.name_max + chain + 1 and rarity(lex.lang)(tok.surface) < RARE_WORD \
                and k not in covered
            if (words > lex.name_max + chain and not longer) or (
                    words > lex.name_max and rarity(lex.lang)(tok.surface) >= RARE_WORD and not family):
                break
        end = k
    while end is not None and end > i and tokens[end].folded in lex.name_particles:
        end -= 1              # a name does not end on "بن"
    if end is not None and lex.capitalised_names and len(tokens[end].surface) == 1:
        return None           # "Leonid D. Kuchma": an initial ends no name; a known one runs on after it
    return end


COMMON_STEM = 4.3    # a word with the article whose bare form is this common is a noun, no surname


def _common_noun(tok: Token, lex: Lexicon) -> bool:
    """A word with the article whose bare form is a common word and no given name ("الجهد", the
    effort), unlike a surname with the article ("الجبير", or "الفيصل" of the given name فيصل)."""
    w = tok.folded
    art = next((a for a in lex.definite if w.startswith(a) and len(w) - len(a) >= 3), None)
    if art is None:
        return False
    stem = tok.surface[len(art):]
    return fold(stem) not in lex.given_names and rarity(lex.lang)(stem) >= COMMON_STEM


def _future_verb_word(tok: Token, lex: Lexicon) -> bool:
    """Is the token a verb with the future prefix whose stem is a common word ("ستنطلق")?"""
    if lex.future_verb_token is None or lex.future_strip is None or not lex.future_verb_token.match(tok.folded):
        return False
    return rarity(lex.lang)(lex.future_strip.sub("", tok.surface, count=1)) >= FUTURE_STEM_COMMON


def _clitic_word(tok: Token, lex: Lexicon, common: float | None = None) -> bool:
    """Is the token a preposition glued to a common word ("لأول", "بتاريخ"), no name word?"""
    w = tok.folded
    return w[:1] in lex.object_prefixes and len(w) > 3 and w not in lex.given_names and \
        rarity(lex.lang)(tok.surface[1:]) >= (CLITIC_COMMON if common is None else common)


UNSEEN_WORD = 1.0           # a word rarer than this the word counts have not seen (a foreign name)
GIVEN_CHAIN_COMMON = 4.5    # a word this common is itself a word, not a given name with clitics


def given_names_at(tokens: list[Token], lex: Lexicon) -> dict[int, Match]:
    """The given names of a sentence ("هاني", "وهاني", "عبد الله", "Mitch"), by first token, as
    matches with the clitic chain they carry."""
    out: dict[int, Match] = {}
    hits = list(map(lex.given_form, map(_FOLDED, tokens)))
    # (the few tokens that are a form of a given name: a hit is a (chain, word) pair, else None)
    for i in compress(range(len(hits)), hits):
        t = tokens[i]
        pre, word = hits[i]
        # ("وعبد الوهاب": a common word with its clitic, "and a servant", that begins a compound name)
        compound = i + 1 < len(tokens) and (word + " " + tokens[i + 1].folded in lex.given_data or (
            word in lex.name_compounds and tokens[i + 1].folded.startswith(tuple(lex.definite))))
        if pre and rarity(lex.lang)(t.surface) >= GIVEN_CHAIN_COMMON and not compound:
            continue                 # "ولاية" (a state) is no "و+ل+آية"
        art = next((a for a in lex.definite if pre.endswith(a)), None) if pre else None
        if art and art + word not in lex.given_names:
            continue                 # "الأركان" is no "أركان": given names do not take the article
        last = i
        if i + 1 < len(tokens) and word + " " + tokens[i + 1].folded in lex.given_data:
            last = i + 1             # "عبد الله"
        elif word not in lex.given_names:
            continue
        out[i] = Match("given", None, word, i, last, t.start, tokens[last].end, pre, "")
    return out


def _owner_country(actors: list, before: int, gender: str, lex: Lexicon) -> str | None:
    """The country of the person named last before token `before` (a name or a short form of one
    person, of that gender when the gazetteer knows it), leaving out one that ends right before it
    (in apposition to the title that begins there); None when the sentence names no such person."""
    gaz = lex.gaz
    for a in sorted((a for a in actors if a.last < before - 1 and a.kind in ("name", "short")
                     and len(a.candidates) == 1), key=lambda a: a.last, reverse=True):
        p = gaz.persons.get(a.candidates[0])
        if p is None or (p.gender and p.gender != gender):
            continue
        return p.country or None
    return None


_COMMA_IN = re.compile(r"[,،;؛]")


def _covered(matches: list[Match], tokens: list[Token] | None = None, lex: Lexicon | None = None) -> set[int]:
    """Tokens some lexicon match other than a topic word or a given name stands on. A one-word
    preposition right before a name particle, or right after an honorific, is a given name ("علي
    بن سعيد", "سعادة علي X", not "على")."""
    out = set()
    honoured = None
    for m in matches:
        if m.kind in ("topic", "own_country"):       # ("بلاده", his country: a common word, read as one)
            continue
        if tokens is not None and m.kind in ("about", "object", "between") and m.first == m.last \
                and m.last + 1 < len(tokens):
            if tokens[m.last + 1].folded in lex.name_particles:
                continue
            if not m.prefix and tokens[m.first].folded in lex.given_names:
                if honoured is None:
                    honoured = {x.last for x in matches if x.kind == "name_title"}
                if m.first - 1 in honoured:
                    continue
        if tokens is not None and lex is not None and m.first == m.last and _family_after(m.first - 1, tokens, lex):
            continue          # ("al Said": a family's name after its particle, whatever word it also is)
        out.update(range(m.first, m.last + 1))
    return out


def _unknown_name(tokens: list[Token], matches: list[Match], i: int, lex: Lexicon, text: str,
                  located: bool = False, given_only: bool = False, country: str | None = None,
                  kind: str | None = None, on: date | None = None) -> tuple[int, int] | None:
    """The span (first, last) of a name the gazetteer lacks that follows a title ending at token
    i - 1 ("وزير الخارجية الأرميني إدوارد نالبانديان", "رئيس الوزراء الأردني، هاني الملقي",
    "Pakistani President Musharraf"), past honorifics and a comma or bracket; None when the
    words there do not look like a name. One word alone is a name only after a title with a
    country (`located`), and in scripts without capitals only when it is a rare word.
    A known surname right after the name's words, of persons of other states only than the
    title's `country` (or none of whom ever held an office of the title's `kind`), ends the name:
    "الرئيس الأمريكي ليندون جونسون" is no British Johnson. `on`: the day; one word alone of the shape of a verbal
    noun after the title of an office the gazetteer knows a holder of then is no name of another
    ("بوزير الخارجية المصري تمتين العلاقات", strengthening: the minister is the holder)."""
    span = _unknown_words(tokens, matches, i, lex, text, located, given_only, country, kind, on)
    if span is None or (country is None and kind is None):
        return span
    tail = [m for m in matches if m.kind in ("name", "short") and m.first == span[1] + 1]
    if tail and not text[tokens[span[1]].end:tokens[span[1] + 1].start].strip() and \
            _of_other_states(tail, country, lex, kind):
        return span[0], max(m.last for m in tail)
    return span


# gazetteer -> {office kind: {folded last word of a name: [(office, person)]}}, built when first asked
_SURNAMES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def holders_by_surname(word: str, country: str | None, kind: str, on: date, lex: Lexicon) -> set[str]:
    """The persons who held an office of that kind (in that country, when given) on the day and
    one of whose names, of two words or more, ends with the word: the support a surname alone
    after a title needs ("الرئيس بخاري" in 2015, Muhammadu Buhari)."""
    kinds = HEAD_OF_STATE_OFFICES + ("head_of_government",) if kind == "leader" else \
        HEAD_OF_STATE_OFFICES + (lex.bare_president_kinds if country is None else ()) if kind == "head_of_state" \
        else (kind,)
    out = set()
    tables = _SURNAMES.setdefault(lex.gaz, {})
    for k in kinds:
        table = tables.get(k)
        if table is None:
            table = tables[k] = {}
            # (each person read for the scan only, not kept: a gazetteer from the cache unpickles a
            # person when first read, and the scan reads thousands)
            peek = getattr(lex.gaz.persons, "peek", lex.gaz.persons.get)
            held = getattr(lex.gaz.by_office, "peek", lex.gaz.by_office.get)
            for key in lex.gaz.by_office:
                if key.split(".", 1)[-1] != k:
                    continue
                for o, pid in held(key):
                    person = peek(pid)
                    # (not a father's name after "بن": "خليفة بن سلمان" bears no surname "سلمان")
                    words = {fold(name.split()[-1]) for names in (person.names.values() if person is not None else ())
                             for name in names if len(name.split()) >= 2 and len(name.split()[-1]) > 2
                             and fold(name.split()[-2]) not in lex.name_particles}
                    for w in words:
                        table.setdefault(w, []).append((o, pid))
        out |= {pid for o, pid in table.get(word, ()) if o.held_on(on) and (country is None or o.country == country)}
    return out


def _of_other_states(found: list[Match], country: str | None, lex: Lexicon, kind: str | None = None) -> bool:
    """Could none of the persons of these name matches be the one a title names: none of its state
    ever held an office of its `kind` there, or any, for a title with no state ("الرئيس الأمريكي
    جيمي كارتر": the American Carter of the gazetteer was a defence secretary, never president)?"""
    people = [lex.gaz.persons.get(m.value) for m in found]
    if any(p is None for p in people):
        return False
    if kind is None:
        return country is not None and all(p.country and p.country != country for p in people)
    return not any(o.kind == kind and (country is None or o.country == country) for p in people for o in p.offices)


def _unknown_words(tokens: list[Token], matches: list[Match], i: int, lex: Lexicon, text: str,
                   located: bool, given_only: bool, country: str | None, kind: str | None,
                   on: date | None = None) -> tuple[int, int] | None:
    """_unknown_name without the known surname that may end it."""
    covered = _covered(matches)
    skip = {k for m in matches if m.kind == "transparent" for k in range(m.first, m.last + 1)}
    if lex.capitalised_names:
        # ("Chief of the General Staff of the British Army General Sir X": the body's word, then
        # ranks and honorifics before the name)
        honour = {k for m in matches if m.kind == "name_title" for k in range(m.first, m.last + 1)}
        j = _past_body_and_ranks(tokens, i, honour, lex)
        if j > i and j < len(tokens) and any(k in honour for k in range(i, j)) and \
                not any(text[tokens[k - 1].end:tokens[k].start].strip() for k in range(i, j + 1)):
            i = j
    while i in skip and i < len(tokens) and not text[tokens[i - 1].end:tokens[i].start].strip():
        i += 1
    if i >= len(tokens) or not _TITLE_GAP.match(text[tokens[i - 1].end:tokens[i].start]):
        return None
    end = _name_end(tokens, i, lex, text, covered)
    if end is None:
        return None
    known = [m for m in matches if m.kind in ("name", "short") and m.first == end + 1
             and m.prefix[:1] not in lex.conjunctions] if end + 1 < len(tokens) else []
    if known and not text[tokens[end].end:tokens[end + 1].start].strip() and not (
            (country is not None or kind is not None) and _of_other_states(known, country, lex, kind)):
        return None           # "وزيرة الخارجية فدريكا موغريني": the known person, her given name spelt another way
        #                       (not another person after "and": "الملك سلمان وترامب")
    if end == i:
        if given_only and (tokens[i].folded in lex.given_names or 0 in given_names_at(tokens[i:i + 1], lex)):
            return i, i           # "الملك سلمان": a monarch by his given name (resolved by office or not at all)
        if kind is not None and on is not None and not lex.capitalised_names and tokens[i].folded not in lex.given_names \
                and holders_by_surname(tokens[i].folded, country, kind, on, lex):
            return i, i           # "الرئيس بخاري": the surname of one who held such an office that day, however
            #                       common a word it is ("steam-powered")
        if not located or (not lex.capitalised_names and rarity(lex.lang)(tokens[i].surface) >= ONE_WORD_RARE):
            return None           # one word alone is too often not a name ("وزير الخارجية المصري آفاق التعاون")
        if lex.capitalised_names and lex.surname_reject.search(tokens[i].folded):
            return None           # ("Chief of the General Staff of the British Army": a body's word)
        if lex.verbal_noun is not None and lex.verbal_noun.match(tokens[i].folded) \
                and tokens[i].folded not in lex.given_names and country and kind and on is not None \
                and lex.gaz.holders(f"{country}.{kind}", on):
            return None           # ... nor a verbal noun after the title of an office whose holder is known
        if any(m.kind in WORD_KINDS and m.first <= i <= m.last for m in matches):
            return None           # "الرئيس الأميركي، وهنأ رئيس السنغال": a word of the pack ("and he congratulated")
        if lex.accusative_ending and tokens[i].folded.endswith(lex.accusative_ending) and len(tokens[i].folded) > 3 \
                and rarity(lex.lang)(tokens[i].folded[:-len(lex.accusative_ending)]) >= ADVERB_STEM:
            return None           # "الزعيم الكوري الشمالي تحضيرا للقمة": a noun used as an adverb ("in preparation")
        if _clitic_word(tokens[i], lex, ONE_WORD_CLITIC) or _future_verb_word(tokens[i], lex) or \
                _preposition_noun_pronoun(tokens[i].folded, lex):
            return None           # "الرئيس الأميركي بنزع السلاح": a preposition glued to a word ("ب" + "نزع");
            #                       "ولي العهد السعودي ستنطلق": a verb in the future (س + a common verb);
            #                       "שר החוץ היפני בלשכתו": a preposition, a common noun and a pronoun
        return i, i
    if not lex.capitalised_names and tokens[i].folded not in lex.given_names and \
            0 not in given_names_at(tokens[i:i + 2], lex) and not (
                located and not text[tokens[i - 1].end:tokens[i].start].strip()
                and all(_foreign_word(tokens[j], matches, j, lex) for j in range(i, end + 1))):
        # (a given name the lexicon lacks may still open the name of an official whose title names
        # his country, right after it, when its words are all rare: "وزير الخارجية الإسباني إجناثيو إبنياس")
        return None
    if not lex.capitalised_names:
        common = rarity(lex.lang)
        for j in range(i + 1, end + 1):      # "الملك سلمان ضيوف الرحمن": the name ends before a common word
            w = tokens[j].folded
            if w in lex.given_names or w in lex.name_particles or tokens[j - 1].folded in lex.name_compounds:
                continue
            if common(tokens[j].surface) >= (5.0 if any(w.startswith(a) for a in lex.definite) else 4.0) \
                    or _joined_owned(w, lex):       # ("الملك سلمان وحرصه": and his keenness)
                end = j - 1
                break
        while end > i and tokens[end].folded not in lex.given_names and \
                not any(tokens[end].folded.startswith(a) for a in lex.definite) and common(tokens[end].surface) >= 4.5:
            end -= 1          # "الملك سلمان تأتي": a common word (a verb) after the name is none of it
        if end == i and not (given_only or (located and common(tokens[i].surface) < RARE_WORD)):
            return None
    return i, end


_MARKS = re.compile(r"[\u064b-\u0652\u0640]")      # Arabic short vowels, shadda, sukun, tatweel
_QUOTES = re.compile(r"[\"'«»“”״׳]")
CONJOINED_COMMON = 2.0   # a word after "and" at least this common makes "و" + it no name ("ويتقلد")


def _article_word(tok: Token, lex: Lexicon) -> bool:
    """In a language whose foreign names seldom open with the article, is the word the article on
    a word of the language ("המטות", the staffs; not "הרצוג", whose rest is no word)?"""
    if not lex.names_without_article:
        return False
    word = _MARKS.sub("", tok.surface)
    common = rarity(lex.lang)
    return any(word.startswith(a) and len(word) - len(a) >= 3 and common(word[len(a):]) >= ARTICLE_STEM
               for a in lex.definite)


def _inner_particle(k: int, tokens: list[Token], lex: Lexicon) -> bool:
    """Is token k a particle of a foreign name ("فان", "دي"), with a next word of the name after it
    in the same run (no punctuation between)?"""
    return tokens[k].folded in lex.foreign_particles and k + 1 < len(tokens) and tokens[k].start > 0 and \
        tokens[k + 1].start - tokens[k].end <= 1


def _foreign_word(tok: Token, matches: list[Match], i: int, lex: Lexicon) -> bool:
    """Is a word after a title rare enough, and no word of the pack, to be a foreign given name
    spelt as the lexicon does not know it? Not a word with "and" glued to it, nor one with quotes."""
    common = rarity(lex.lang)
    word = _MARKS.sub("", tok.surface)
    if _QUOTES.search(word) or (word[:1] in lex.conjunctions and common(word[1:]) >= CONJOINED_COMMON):
        return False
    if _article_word(tok, lex):
        return False          # "המטות": the article on a word of the language ("the staffs")
    if any(word.startswith(p) and len(word) - len(p) >= IN_WORD_MIN and common(word[len(p):]) >= ONE_WORD_RARE
           for p in lex.in_prefixes):
        return False          # "בהתפתחויות": "in" glued to a word of the language ("developments")
    return common(word) < ONE_WORD_RARE and not any(
        m.kind in WORD_KINDS and m.first <= i <= m.last for m in matches) and \
        not _clitic_word(tok, lex, ONE_WORD_CLITIC) and not _future_verb_word(tok, lex)


# matches that make a word a word of the language, no one-word name after a title
WORD_KINDS = frozenset({"topic", "cue", "reporting", "reporting_that", "light", "past_verb", "trigger", "after"})
CLITIC_COMMON = 4.3  # a word this common after a glued preposition is no part of a name
VERB_ZIPF = 3.0      # Zipf frequency under which a word of a pack's name_stop_rare shape is no name
RARE_WORD = 3.8      # Zipf frequency under which a word after a given name may be a surname
ADVERB_STEM = 3.4     # a word with the adverb ending whose stem is this common ("تحضير") is no one-word name
ARTICLE_STEM = 3.0   # a word this common after the article ("מטות" of "המטות") makes it no foreign name
ONE_WORD_RARE = 3.5  # ... and under which one word alone after a title with a country is a name
IN_WORD_MIN = 5      # letters after "in" glued to a word for it to be read as a word of the language
FUTURE_STEM_COMMON = 3.3  # ... or a future prefix on a verb at least this common ("ستنطلق": س + تنطلق)
ONE_WORD_CLITIC = 4.0  # ... unless it is a preposition glued to a word at least this common ("بنزع")
TITLED_WORD = 5.0    # after a title, the first word of a name is no commoner than this
PORTFOLIO_WORD = 4.0  # after a title and "of"/"for", a word this common names the portfolio ("Minister of Agriculture")
FIRST_OF_TWO = 4.2   # ... the first of two words there when the second is that rare
FOREIGN_WORD = 2.0   # in scripts without capitals, a word this rare after a surname is more of a foreign name
RARE_SURNAME = 3.2   # with no title and no "بن" chain, in scripts without capitals, the surname is rarer


OPENING_QUOTES = "\"«“„‹'"
# the English possessive ending a token ("Comey's"): no part of the name
POSSESSIVE = ("'s", "’s")


def _apart_possessive(tok: Token, text: str) -> bool:
    """"the king 's son": a possessive written as a word of its own (the apostrophe is no token)."""
    return tok.surface == "s" and tok.start > 0 and text[tok.start - 1] in "'’"


def _opens_quote(tokens: list[Token], k: int, text: str) -> bool:
    """Does a quotation open right before token k (an opening mark, not a closing one)?"""
    gap = text[tokens[k - 1].end if k else max(0, tokens[k].start - 3):tokens[k].start]
    if not any(q in gap for q in OPENING_QUOTES):
        return False
    if '"' in gap and k:                   # a straight quote opens when an odd number came before
        return text[:tokens[k].start].count('"') % 2 == 1
    return True


STATE_STYLE = 3       # "the Federal Democratic Republic of": words of a state's style before its "Republic of", at most


def _named_before_office(tokens: list[Token], matches: list[Match], taken: set[int], text: str,
                         lex: Lexicon) -> dict[int, Match]:
    """"נפגש עם סטני הוייר, מנהיג הרוב", "met with X Y, the majority leader": two or three foreign words
    right after "with", then a comma and an office, are a name; where it begins -> the office titling it."""
    out = {}
    offices_at = {m.first: m for m in matches if m.kind in ("official", "role", "role_fixed", "name_title")}
    for o in (m for m in matches if m.kind == "object" and tokens[m.last].folded in lex.with_words):
        k = j = o.last + 1
        while j < len(tokens) and j - k < APPOSED_NAME and j not in taken and _foreign_word(tokens[j], matches, j, lex) \
                and (j == k or not text[tokens[j - 1].end:tokens[j].start].strip()):
            j += 1
        if j - k >= 2 and j < len(tokens) and j in offices_at \
                and text[tokens[j - 1].end:tokens[j].start].strip() in (",", "،"):
            out[k] = offices_at[j]
    return out


def _family_after(j: int, tokens: list[Token], lex: Lexicon) -> bool:
    """In a script with capitals, is token j a name particle ("al", "bin") inside a name, followed by
    a capitalised word, the family's or father's name however common a word it is ("al Said")?"""
    return bool(lex.capitalised_names) and j > 0 and j + 1 < len(tokens) and tokens[j].folded in lex.name_particles \
        and tokens[j].surface[:1].islower() and tokens[j + 1].surface[:1].isupper()


def free_names(tokens: list[Token], matches: list[Match], taken: set[int], lex: Lexicon, text: str,
               title_case: bool = False, titles_held: frozenset[int] = frozenset()) -> list["ActorMention"]:
    """Names of persons the gazetteer lacks: a given name followed by surnames ("ماجد بن عبد
    الله الحقيل", "Mitch McConnell"), or any name after a title that carries no office
    ("الكاردينال جان لويس توران", "Senator Inhofe"). In scripts without capitals every word after
    the first must be a name particle, a given name or a rare word, and a name with no title
    and no "بن" chain needs a surname of a name's shape; in a Title Case headline the words
    must be rare too."""
    given = {k: m for k, m in given_names_at(tokens, lex).items() if k not in taken}
    titles = [m for m in matches if m.kind == "name_title"]
    # (an office read as a role of its own may still title the name after it: `titles_held`, its tokens)
    located = {} if lex.capitalised_names else _after_located_office(tokens, matches, taken - titles_held, text, lex)
    # (such a role's title counts only for a name of foreign words the lexicon lacks: a given name it
    # knows reads as without the title, "الرئيس الجزائري عبدالعزيز بو تفليقه" is the role's holder misspelt)
    role_titled = set(located) - set(_after_located_office(tokens, matches, taken, text, lex)) if titles_held else set()
    appos = _named_before_office(tokens, matches, taken, text, lex) if not lex.capitalised_names else {}
    if not given and not titles and not located and not appos:
        return []
    covered = _covered(matches, tokens, lex) | taken
    honour_ends = {m.last for m in titles}
    given_tokens = {k for m in given.values() for k in range(m.first, m.last + 1)}
    titled: dict[int, Match] = {}
    of_state: set[int] = set()      # where a name may begin after "Title of State" (or of its portfolio)
    rare = rarity(lex.lang)
    if titles:
        skip = {k for m in matches if m.kind == "transparent" for k in range(m.first, m.last + 1)}
        state_words = skip | {k for m in matches if m.kind == "cprefix" for k in range(m.first, m.last + 1)}
        styled = {m.first for m in matches if m.kind == "cprefix"}
        posts = {c.first: c.last for c in matches if c.kind == "country"}
        for m in titles:
            k = m.last + 1
            while k in skip:           # "السناتور الجمهوري بوب كوركر"
                k += 1
            if k + 1 < len(tokens) and tokens[k].folded in lex.posting_words and k + 1 in posts:
                k = posts[k + 1] + 1   # "Chinese Ambassador to Pakistan Nong Rong": past where he serves
            elif lex.capitalised_names and k > m.last + 1:
                # "High Commissioner of the Republic of Mozambique E. A. Ferreira": past the state he serves
                # (the words of a state's style may stand before "Republic of": "the Federal Democratic
                # Republic of Ethiopia")
                j = k
                while j < len(tokens) and j not in posts and (j in state_words or (
                        tokens[j].surface[:1].isupper() and any(x in styled for x in range(j + 1, j + STATE_STYLE + 1)))):
                    j += 1
                if j in posts and not text[tokens[posts[j]].end:tokens[min(posts[j] + 1, len(tokens) - 1)].start].strip():
                    k = posts[j] + 1
                    of_state.add(k)
            # ("Minister of Agriculture, Dr X", "Minister of State for Defence Y": common words after
            # "of"/"for" name the portfolio, no person; a name may follow it, with nothing between)
            if k not in of_state and k < len(tokens) and lex.portfolio_links and any(
                    tokens[x].folded in lex.portfolio_links for x in range(m.last + 1, k)) \
                    and rare(tokens[k].surface) >= PORTFOLIO_WORD:
                while k < len(tokens) and (tokens[k].folded in lex.portfolio_links or k in skip
                                           or rare(tokens[k].surface) >= PORTFOLIO_WORD) \
                        and not text[tokens[k - 1].end:tokens[k].start].strip():
                    k += 1
                if k >= len(tokens) or text[tokens[k - 1].end:tokens[k].start].strip() or not tokens[k].surface[:1].isupper():
                    continue
                of_state.add(k)
            titled[k] = m
    for k, m in located.items():
        titled.setdefault(k, m)
    titled.update((k, m) for k, m in appos.items() if k not in titled)
    # tokens right before an office ("... الخطيب | الرئيس الأسبق للائتلاف"): a name there is an official's
    office_next = {m.first - 1 for m in matches if m.kind in ("official", "role", "role_fixed") and not m.prefix}

    def namelike(j: int, limit: float) -> bool:
        w = tokens[j]
        before = tokens[j - 1].folded if j > 0 else ""
        if not lex.capitalised_names and _joined_owned(w.folded, lex):
            return False            # "الملك سلمان وحرصه على ...": "and his keenness" is no word of a name
        if w.folded in lex.day_words:
            return False            # "استقبل ... السفير X أمس": a word of the date ends the name
        if _article_word(w, lex):
            return False            # "יו"ר המטות המשולבים": the article on a word of the language
        if _inner_particle(j, tokens, lex):
            return rare(tokens[j + 1].surface) < limit      # "روبير فان ايمبدن": between two words of it
        if j > 0 and _family_after(j - 1, tokens, lex):
            return True             # ("Asaad bin Tarik al Said": a capitalised word after "al" is the family's)
        return w.folded in lex.name_particles or j in given_tokens or rare(w.surface) < limit or \
            _hyphen_particle(j, tokens, text, lex) or (j > 0 and _hyphen_particle(j - 1, tokens, text, lex)) or \
            (j > 0 and w.folded in lex.name_compound_tails and not tokens[j - 1].folded in lex.not_names) or \
            before in lex.name_compounds or (before[:1] in lex.conjunctions and before[1:] in lex.name_compounds)

    def prefix_at(j: int) -> str:
        return next((m.prefix for m in matches if m.first == j and m.prefix), "")

    out, k = [], 0
    # (the tokens where a name may begin, in order: each one past the words of the name read before)
    for spot in sorted(set(given) | set(titled)):
        if spot < k:
            continue
        if spot >= len(tokens):
            break
        k = spot
        g, t = given.get(k), titled.get(k)
        if g is not None and k in role_titled:
            t = None
        if k in covered:
            k += 1
            continue
        if g is None and not lex.capitalised_names and (rare(tokens[k].surface) >= TITLED_WORD
                                                        or _clitic_word(tokens[k], lex)):
            k += 1                      # a common word after the title, or one with a preposition glued
            continue                    # to it ("تعرض الفريق لإطلاق نار": the team came under fire)
        g_last = g.last if g is not None else k
        end = _name_end(tokens, k, lex, text, covered, honoured=k - 1 in honour_ends)
        if end is None:
            k += 1
            continue
        if not lex.capitalised_names or title_case:
            last = g_last              # every word after the first: a particle, a given name, or rare
            for j in range(g_last + 1, end + 1):
                # (after "بن" a family name may be a common word: "إحسان بن صالح طيب")
                chained = any(tokens[x].folded in lex.name_particles for x in range(k, j - 1))
                if not namelike(j, RARE_WORD if t is None and not chained else TITLED_WORD):
                    # ("أحمد معاذ الخطيب الرئيس الأسبق ...": an office right after the name lets its
                    # last word be commoner)
                    if t is None and not lex.capitalised_names and j in office_next and namelike(j, TITLED_WORD):
                        last = j
                    break
                last = j
            while last > g_last and tokens[last].folded in lex.name_particles:
                last -= 1
            end = last
        if g is None and t is not None and t.kind != "name_title":
            j = k                       # (after an office and its country, every word of the name is rare,
            #                             a given name the lexicon lacks too; no word of the pack)
            # (the first of two may be a given name a little commoner, when the next is rare:
            # "الرئيس الأمريكي فرانكلين روزفلت")
            if k + 1 <= end and not lex.capitalised_names and rare(_MARKS.sub("", tokens[k].surface)) < FIRST_OF_TWO \
                    and not any(m.kind in WORD_KINDS and m.first == k for m in matches) \
                    and not _clitic_word(tokens[k], lex, ONE_WORD_CLITIC) and _foreign_word(tokens[k + 1], matches, k + 1, lex):
                j = k + 1
            while j <= end and (_foreign_word(tokens[j], matches, j, lex) or (
                    j > k and j < end and _inner_particle(j, tokens, lex)
                    and (_foreign_word(tokens[j + 1], matches, j + 1, lex) or _family_after(j, tokens, lex)))
                    or (j > k and _family_after(j - 1, tokens, lex))):
                j += 1
            end = j - 1
        one_word = t is not None and t.value and lex.capitalised_names and k not in of_state   # "Senator Inhofe" (not "Mr Comey")
        if end <= g_last and not (one_word and end == k):
            k += 1
            continue
        first = k
        # "مفرج بن سعد ...": a name before "بن" belongs to it even when it is no known given name
        while first >= 2 and tokens[first - 1].folded in lex.name_particles and first - 2 not in covered \
                and tokens[first - 2].folded not in lex.not_names and \
                not text[tokens[first - 2].end:tokens[first - 1].start].strip() and \
                not text[tokens[first - 1].end:tokens[first].start].strip():
            first -= 2
        # (in a script with capitals, a name read from its given name on takes the rare capitalised words
        # right before it, one space apart: "Mohamedour Musa Nje", not "Gambian Musa Nje")
        while lex.capitalised_names and t is None and first == k and first > 0 and first - 1 not in covered \
                and k - first < NAME_BEFORE and tokens[first - 1].surface[:1].isupper() \
                and tokens[first - 1].folded not in lex.not_names and tokens[first - 1].folded not in lex.given_names \
                and rare(tokens[first - 1].surface) < RARE_WORD and len(tokens[first - 1].surface) > 2 \
                and text[tokens[first - 1].end:tokens[first].start] == " " and (
                    first - 1 == 0 or text[tokens[first - 2].end:tokens[first - 1].start].strip() or
                    not tokens[first - 2].surface[:1].isupper()):
            first -= 1
        if t is None and lex.capitalised_names and lex.surname_reject.search(tokens[end].folded):
            k = end + 1                 # "Rose Garden", "Victoria Station": a place, not a person
            continue
        if lex.capitalised_names and end + 1 < len(tokens) and tokens[end + 1].surface[:1].isupper() \
                and lex.surname_reject.search(tokens[end + 1].folded) and tokens[end + 1].folded not in lex.given_names \
                and not text[tokens[end].end:tokens[end + 1].start].strip():
            k = end + 2                 # "the Fatah Central Committee": words of a body's name, its noun after them
            continue
        if lex.capitalised_names and any(
                lex.surname_reject.search(tokens[j].folded) or (j > first and _ACRONYM.match(tokens[j].surface))
                for j in range(first + (end > first), end + 1)):
            k = end + 1                 # "Central Military Commission CMC": a body's name, after a title too
            continue
        if t is None and not lex.capitalised_names and _opens_quote(tokens, first, text):
            k = end + 1                 # 'قال "جئنا لنخدم ..."': a quotation begins, not a name
            continue
        if t is None and not lex.capitalised_names:
            words = [tokens[j].folded for j in range(first, end + 1)]
            chain = len(words) >= 3 and any(w in lex.name_particles for w in words[1:])
            official = _office_before(first, tokens, matches, taken, lex)
            limit = TITLED_WORD if end in office_next else RARE_WORD if official else RARE_SURNAME
            if lex.name_break.match(tokens[first].folded):
                k = end + 1             # "للحاجة الملحة": a preposition with the article begins no name
                continue
            unseen = rare(tokens[end].surface) < UNSEEN_WORD and not any(words[-1].startswith(a) for a in lex.definite) \
                and lex.surname_unseen_ok.search(words[-1]) is not None
            if not chain and ((lex.surname_reject.search(words[-1]) and not unseen) or
                              rare(tokens[end].surface) >= limit):
                k = end + 1             # "سعيد حكومتنا", "ورود المصابين": words, not a name
                continue
        stop = tokens[end].end
        if lex.capitalised_names and tokens[end].surface.endswith(POSSESSIVE):
            stop -= 2                   # "Senator Inhofe's": the name without the possessive
        out.append(ActorMention("unknown", first, end, tokens[first].start, stop,
                                text[tokens[first].start:stop],
                                prefix=g.prefix if g is not None and first == k else prefix_at(first),
                                titled=first in of_state or any(0 < first - m.last <= 4 and not any(m.last < j < first for j in taken) and
                                           (m.kind in ("role", "role_fixed", "official") or (m.kind == "name_title" and m.value))
                                           for m in matches)))
        k = end + 1
    return out


NAME_BEFORE = 1       # rare capitalised words before a given name taken into the name, at most
LOCATED_RUN = 6       # "وزير الدولة للشؤون الخارجية الإسباني": words from an office to its country, at most


def _after_located_office(tokens: list[Token], matches: list[Match], taken: set[int], text: str,
                          lex: Lexicon) -> dict[int, Match]:
    """The tokens right after an office and the adjective of its country ("وزير الدولة للشؤون
    الخارجية الإسباني | إجناثيو إبنياس"), with no punctuation and no known person between: where
    the name of its holder, if the text gives it, begins (the office's match, by token)."""
    out: dict[int, Match] = {}
    offices = [m for m in matches if m.kind in ("official", "role")]
    if not offices:
        return out
    for c in matches:
        if c.kind != "country" or (c.prefix and c.prefix not in lex.definite) or c.last + 1 >= len(tokens) \
                or c.last + 1 in taken:
            continue
        o = max((m for m in offices if m.last < c.first and c.first - m.last <= LOCATED_RUN),
                key=lambda m: m.last, default=None)
        if o is None or any(o.last < j <= c.last for j in taken) or \
                _PUNCT_BETWEEN.search(text, tokens[o.first].end, tokens[c.last].end) or (
                    _PUNCT_BETWEEN.search(text, tokens[c.last].end, tokens[c.last + 1].start)
                    and not _apposition_after(tokens, c.last, text)) or not all(
                    any(tokens[j].folded.startswith(a) for a in lex.articles)
                    or (j == c.first - 1 and j > o.last + 1 and any(m.kind == "loc" and m.first == j for m in matches))
                    for j in range(o.last + 1, c.first)):
            continue          # (the words between are the office's own, each with the article: "الدولة للشؤون الخارجية";
            #                   then "in" before the state: "وزير الصحة في جمهورية باكستان الإسلامية X")
        out[c.last + 1] = o
    # ("وزير الثقافة لوه شوشنج": an office, its portfolio with the article, then two foreign words the
    # language does not use: a name, its country told elsewhere)
    for o in offices:
        k = o.last + 1
        while k < len(tokens) and k - o.last <= LOCATED_RUN and k not in taken and \
                any(tokens[k].folded.startswith(a) for a in lex.articles) and \
                not any(m.first == k and m.kind in ("name", "short", "country") for m in matches):
            k += 1
        if k > o.last + 1 and k + 1 < len(tokens) and k not in out and k not in taken and k + 1 not in taken \
                and not _PUNCT_BETWEEN.search(text, tokens[o.first].end, tokens[k + 1].start) \
                and _foreign_word(tokens[k], matches, k, lex) and _foreign_word(tokens[k + 1], matches, k + 1, lex):
            out[k] = o
    return out


APPOSED_NAME = 4      # "زعيم كوريا الشمالية، كيم جونغ أون،": words of a name between commas after its office, at most


def _apposition_after(tokens: list[Token], k: int, text: str) -> bool:
    """Do a comma alone after token k and another one a few words on set a name apart ("زعيم كوريا
    الشمالية، كيم حونغ أون، عن ...")?"""
    if k + 1 >= len(tokens) or text[tokens[k].end:tokens[k + 1].start].strip() not in (",", "،"):
        return False
    for j in range(k + 1, min(len(tokens) - 1, k + 1 + APPOSED_NAME)):
        gap = text[tokens[j].end:tokens[j + 1].start].strip()
        if gap:
            return gap in (",", "،") and j > k + 1
    return False


def _office_before(first: int, tokens: list[Token], matches: list[Match], taken: set[int], lex: Lexicon) -> bool:
    """Does an office a few words before token `first` ("رئيس حزب القوات اللبنانية سمير جعجع") let
    the surname of a name there be commoner? Not across a verb glued to "and" ("رئيس النيجر ويتقلد
    وسام الاستحقاق" is no name), nor a known person named between ("الملك سلمان بن عبدالعزيز
    وسام ..."), nor when the nearest title is one person's own, whose name is known ("... خادم
    الحرمين الشريفين وسام الاستحقاق" is the medal he was given)."""
    offices = [m for m in matches if m.kind in ("official", "role", "role_fixed") and 0 < first - m.last <= 4]
    if not offices:
        return False
    nearest = max(m.last for m in offices)
    if any(m.kind == "role_fixed" and m.last == nearest for m in offices):
        return False

    def clear(j: int) -> bool:
        return j not in taken and not (tokens[j].folded[:1] in lex.conjunctions
                                       and not any(x.first <= j <= x.last for x in matches))
    return any(all(clear(j) for j in range(m.last + 1, first)) for m in offices)


FAMILY_GIVEN_COMMON = 5.0   # a word this common after a family name is no given name ("Kim said")
CONJOINED_STEM = 3          # letters after "and", more than this, that may make the word one of the language
CONJOINED_STEM_COMMON = 3.5   # ... when what follows "and" is this common ("وإنه": إنه)


def _run_on(tokens: list[Token], k: int, text: str | None) -> list[Token]:
    """The one or two words right after token k with nothing but a space between."""
    out = []
    for j in (k + 1, k + 2):
        if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 1 or \
                (text is not None and text[tokens[j - 1].end:tokens[j].start].strip()):
            break
        out.append(tokens[j])
    return out


def _family_name_of_another(pids: set[str], after: list[Token], lex: Lexicon) -> bool:
    """Is a short form of the persons `pids` a family name written first ("كيم", "Kim") followed
    by given names that are not its holder's ("كيم يونغ تشول" is not Kim Jong Un, whose name the
    press also spells "كيم يونغ أون")? `after`: the one or two words run on after it."""
    persons = [lex.gaz.persons[p] for p in pids if p in lex.gaz.persons]
    if not persons or any(p.country not in FAMILY_NAME_FIRST for p in persons) or not after:
        return False
    common = rarity(lex.lang)
    words = []
    for t in after:
        if (lex.capitalised_names and not t.surface[:1].isupper()) or common(t.surface) >= FAMILY_GIVEN_COMMON \
                or t.folded in lex.month_leads or t.folded in lex.day_words \
                or (lex.article_chains and t.folded.startswith(lex.article_chains)) \
                or (t.folded[:1] in lex.conjunctions and len(t.folded) > CONJOINED_STEM
                    and common(t.surface[1:]) >= CONJOINED_STEM_COMMON):
            break         # (a word of the date after him is no given name: "قمة كيم أواخر الشهر الماضي"; nor
            #               one with the article: "تعهد كيم بالعمل على"; nor "and" before a word of the
            #               language: "لقاء مع كيم وإنه تم الاتفاق", and that it was agreed)
        words.append(t.folded)
    if not words:
        return False
    for p in persons:
        for n in p.names.get(lex.lang, []):
            own = phrase_key(n).split()[1:]
            if own[:len(words)] == words or (len(words) == 2 and own[:1] == words[:1] and len(own) == 1):
                return False
    return True


CHAIN_SURNAME = 4.0   # a family name with the article that runs a patronymic name on is rarer than this


def _chain_goes_on(e: Match, tokens: list[Token], matches: list[Match], lex: Lexicon, text: str) -> bool:
    """Does a known name of the "X بن Y" shape run on into a family name with the article, a rare
    word no other match stands on ("أحمد بن عبدالعزيز القطان", "عبدالرحمن بن عبدالعزيز السديس")?
    Then the name written is a longer one, another man's."""
    if not lex.patronymics or not lex.definite or not any(w in lex.patronymics for w in e.phrase.split()):
        return False
    k = e.last + 1
    if k >= len(tokens) or text[tokens[e.last].end:tokens[k].start].strip():
        return False
    w = tokens[k].folded
    if not any(w.startswith(d) and len(w) > len(d) + 2 for d in lex.definite):
        return False
    if any(m.first <= k <= m.last for m in matches if m.kind != "topic"):
        return False
    return rarity(lex.lang)(tokens[k].surface) < CHAIN_SURNAME


def _given_name_before(e: Match, tokens: list[Token], matches: list[Match], lex: Lexicon, text: str) -> bool:
    """Does a given name no match stands on run straight into a known full name of a language that
    names a man by his given name, his father's and his family's ("مفرح علي عسيري" before "علي
    عسيري")? Then the name written is a longer one, another man's."""
    k = e.first - 1
    if not lex.patronymics or k < 0 or text[tokens[k].end:tokens[e.first].start].strip():
        return False
    w = tokens[k].folded
    if w not in lex.given_names or any(m.first <= k <= m.last for m in matches if m.kind not in ("topic", "given")):
        return False
    # (not a word with a feminine ending, a noun more often than a man's name: "حياة حسين حبري", the
    # life of X)
    return not any(w.endswith(f) for f in lex.feminine_endings)


def _own_given_name(word: str, e: Match, matches: list[Match], lex: Lexicon) -> bool:
    """Is `word` the first word of a full name of one of the persons the short form `e` may be?"""
    pids = {m.value for m in matches if m.kind == "short" and m.first == e.first and m.last == e.last}
    for pid in pids:
        person = lex.gaz.persons.get(pid)
        if person is None:
            continue
        firsts = _first_words(person)
        if firsts is None:       # (a name with no word: asked the long way, as before)
            if any(phrase_key(n).split()[0] == word for ns in person.names.values() for n in ns):
                return True
        elif word in firsts:
            return True
    return False


_FIRST_WORDS: dict[int, tuple] = {}


def _first_words(person) -> frozenset | None:
    """The first words of a person's names (folded), worked out once per person; None when one of
    the names has no word."""
    got = _FIRST_WORDS.get(id(person))
    if got is None or got[0] is not person:
        keys = [phrase_key(n).split() for ns in person.names.values() for n in ns]
        got = _FIRST_WORDS[id(person)] = (person, None if not all(keys) else frozenset(k[0] for k in keys))
    return got[1]


def _gaps_with(pattern: re.Pattern, tokens: list[Token], text: str) -> list[int]:
    """The gaps k (between token k and k + 1) holding a match of pattern: one pass over the
    sentence instead of one search per gap (tokens never hold the pattern's characters)."""
    if len(tokens) < 2 or pattern.search(text, tokens[0].end, tokens[-1].start) is None:
        return []
    ends = [t.end for t in tokens]
    out: list[int] = []
    for m in pattern.finditer(text, tokens[0].end, tokens[-1].start):
        k = bisect.bisect_right(ends, m.start()) - 1
        if 0 <= k < len(tokens) - 1 and m.end() <= tokens[k + 1].start and (not out or out[-1] != k):
            out.append(k)
    return out


DISCUSSED_GAP = 2     # this many determiners or time words may stand between "discuss" and the contact word


def _discussed(t: Match, tokens: list[Token], matches: list[Match], lex: Lexicon) -> int | None:
    """Where the verb of discussing stands whose object the contact word t is ("لبحث اجتماع", "to
    discuss the upcoming summit", "לדון בפסגה"), right before it with at most a determiner or a
    time word ("upcoming", "next") between; None when it is no such object. An adverb of how they
    spoke ("بحثا هاتفيا", "discussed by phone") is no object."""
    if t.value.manner:
        return None
    k = t.first - 1
    while k >= 0 and t.first - 1 - k < DISCUSSED_GAP and (tokens[k].folded in lex.determiners or any(
            m.kind in ("after", "prior") or (m.kind == "cue" and m.value == "future") for m in matches
            if m.first <= k <= m.last)):
        k -= 1
    return k if k >= 0 and tokens[k].folded in lex.discuss_words else None


def _hyphen_pairs(tokens: list[Token], matches: list[Match], lex: Lexicon, text: str) -> list[Token] | None:
    """"قمة ترامب-كيم", "the Trump-Kim summit", "פסגת טראמפ-קים": a hyphenated word no name covers
    whose two halves are each a person's name is two persons; the tokens with such words cut in
    two, or None when there is none."""
    named = {k for m in matches if m.kind in ("name", "short") for k in range(m.first, m.last + 1)}
    out, cut = [], False
    for k, tok in enumerate(tokens):
        i = tok.surface.find("-")
        if k not in named and 0 < i < len(tok.surface) - 1 and tok.surface.count("-") == 1:
            halves = tokens_of(text, tok.start, tok.start + i) + tokens_of(text, tok.start + i + 1, tok.end)
            if len(halves) == 2 and all(any(m.kind in ("name", "short") and m.first == m.last == 0 for m in
                                           lex.matcher.find([h])) for h in halves):
                out += halves
                cut = True
                continue
        out.append(tok)
    return out if cut else None


BARE_TITLE_NEXT = 3.5    # the word after a bare title is a common one (Zipf), no name of someone
PORTFOLIO_WORDS = 3      # words of a title's portfolio ("לעניינים אסטרטגיים") between it and the name, at most
TITLE_STATE_RUN = 6      # "السفير المصري لدى السلطة الفلسطينية X": words after a bare title's state that may lead to its name


def _title_state(e, tokens: list[Token], matches: list, lex: Lexicon, text: str) -> Match | None:
    """The state's adjective with the article right after a bare title ("الوزير الفرنسي", the French
    minister), with nothing after it that begins a name (a bare title of that state), or None."""
    k = e.last + 1
    state = next((m for m in matches if m.kind == "country" and m.first == k and m.phrase in lex.demonyms
                  and any(tokens[k].folded.startswith(a) for a in lex.definite)), None)
    if state is None or any(m.kind == "reporting" and m.last == e.first - 1 for m in matches):
        return None           # (the speaker of a verb of saying, "لفت الوزير السعودي إلى أن": what he said decides)
    # (no name after it, nor after the rest of a title: "الوزير الفرنسي جان إيف لودريان", "السفير المصري
    # لدى السلطة الفلسطينية X": whose title it is)
    common = rarity(lex.lang)
    for k in range(state.last + 1, min(len(tokens), state.last + 1 + TITLE_STATE_RUN)):
        if tokens[k].folded in lex.with_words or any(
                m.first == k and (m.kind in ("trigger", "past_verb", "reporting", "light") or (
                    m.kind in ("role", "role_fixed", "pronoun") and tokens[k - 1].folded not in lex.envoy_fillers))
                for m in matches) \
                or _COMMA.search(text, tokens[k - 1].end, tokens[k].start):
            break
        if k == state.last + 1 and tokens[k].folded[:1] in lex.locative_prefixes \
                and any(tokens[k].folded[1:].startswith(d) for d in lex.definite) \
                and common(tokens[k].surface[1:]) >= BARE_TITLE_NEXT:
            break             # ("كان في استقبال الوزير الروسي بالمطار الفريق X": where he was received; the
            #                   title after it is another man's)
        if any(m.first == k and m.kind in ("name", "short", "given", "name_title", "official") for m in matches) \
                or tokens[k].folded in lex.given_names or common(tokens[k].surface) < BARE_TITLE_NEXT:
            return None
    return state


def _bare_title(e, tokens: list[Token], matches: list, lex: Lexicon, text: str) -> bool:
    """"واستعرض الوزير", "the minister": a title that stands alone (the end of the sentence, or a
    common word after it that begins no name, office, country or place) stands for someone named
    before, not for the one a name after it would give."""
    k = e.last + 1
    if k >= len(tokens) or tokens[k].folded in lex.with_words:
        return True               # ("التي قام بها الوزير مع الرئيس X": "with" ends him)
    if any(m.first in (k, k + 1) and m.kind in ("name", "short", "role", "role_fixed", "country", "place", "given",
                                                 "name_title", "official", "org")
           for m in matches):
        return False
    if not lex.capitalised_names and tokens[k].folded in lex.name_compounds:
        return False              # ("السفير عبد الله X": the head of a compound given name begins his name)
    if lex.capitalised_names and any(m.first == k and m.kind in ("trigger", "past_verb", "reporting", "light")
                                     for m in matches):
        return True               # ("the Amir cabled Y": a verb, however rare a word, right after it)
    if lex.capitalised_names and tokens[k].folded in lex.portfolio_links and k + 1 < len(tokens) \
            and tokens[k + 1].surface[:1].isupper():
        return False              # ("The Latvian Minister of Defense X": a title with its portfolio, no one before)
    if tokens[k].folded[:1] in lex.object_prefixes and len(tokens[k].folded) > 2:
        # ("השר לעניינים אסטרטגיים רון דרמר", "الوزير لشؤون الخليج X": the title's portfolio, "for"
        # glued to its first word, then the full name of the one titled so, nothing between)
        for j in range(k + 1, min(k + 1 + PORTFOLIO_WORDS, len(tokens))):
            name = any(m.first == j and m.kind == "name" for m in matches)
            gap = text[tokens[j - 1].end:tokens[j].start].strip()
            if gap and not (name and gap == ","):
                break         # (a comma only before the name: "השר לעניינים אסטרטגיים, רון דרמר")
            if name:
                return False
    return rarity(lex.lang)(tokens[k].surface) >= BARE_TITLE_NEXT


def _phrases_across_days(tokens: list[Token], matches: list[Match], lex: Lexicon) -> list[Match]:
    """Contact phrases a word of the day splits ("דן היום עם Y", "קיבל אתמול מכתב מ-Y": discussed
    today with, received yesterday a letter): the phrase read with the day word left out, its first
    and last tokens where they stand. Added to the matches, unless a strong contact word already
    holds one of its tokens."""
    inner = [k for k in range(1, len(tokens) - 1) if tokens[k].folded in lex.day_words]
    if not inner:
        return matches
    kept = [k for k in range(len(tokens)) if k not in inner]
    found = lex.matcher.find([tokens[k] for k in kept])
    have = {(m.kind, m.first, m.last) for m in matches}
    # (not across a strong contact word of another type that it does not hold whole: "held a telephone
    # conversation today with Y" is a call; "received Tuesday a message from Y" holds "received")
    strong = [m for m in matches if m.kind == "trigger" and not m.value.weak]
    extra = []
    for m in found:
        first, last = kept[m.first], kept[m.last]
        if m.kind != "trigger" or not any(first < k < last for k in inner) or (m.kind, first, last) in have \
                or any(u.value.type != m.value.type and u.first <= last and first <= u.last
                       and not (first <= u.first and u.last <= last) for u in strong):
            continue
        extra.append(m._replace(first=first, last=last))      # (its start and end are those tokens' already)
    return matches + extra if extra else matches


def analyse(tokens: list[Token], lex: Lexicon, text: str, on: date | None = None) -> SentenceAnalysis:
    """The persons, titles, cues and clause breaks of one sentence. on: the publication date, when
    known (a name after a deputy's title is the deputy unless he held the title itself then)."""
    matches = lex.matcher.find(tokens)
    if any("-" in tok.surface for tok in tokens):
        pairs = _hyphen_pairs(tokens, matches, lex, text)
        if pairs is not None:
            tokens = pairs
            matches = lex.matcher.find(tokens)
    matches = _phrases_across_days(tokens, matches, lex)
    if any(m.kind == "pair" and m.value == "before_contact" for m in matches):
        # ("The two met": a bare "the two" names the pair only right before a contact word, not "the two
        # countries"; a longer pair phrase over it is its own)
        starts = {m.first for m in matches if m.kind == "trigger"}
        longer = [m for m in matches if m.kind == "pair" and m.value != "before_contact"]
        matches = [m for m in matches if not (m.kind == "pair" and m.value == "before_contact" and (
            m.last + 1 not in starts or any(o.first <= m.first and m.last < o.last for o in longer)))]
    if any(m.kind == "cue" and m.first == m.last and tokens[m.first].folded in lex.month_words for m in matches):
        # ("On May 25": a month's name beside a day's number is no modal cue, "may")
        matches = [m for m in matches if not (
            m.kind == "cue" and m.first == m.last and tokens[m.first].folded in lex.month_words and any(
                0 <= k < len(tokens) and tokens[k].surface.isdigit() for k in (m.first - 1, m.first + 1)))]
    # (the kinds found: each filter below removes matches of kinds it names only, and is skipped
    # when none is there)
    kinds = {m.kind for m in matches}
    if "hedge" in kinds and "clause" in kinds:
        # "، فيما يبدو، ": "as it seems", a hedge set off by commas, opens no clause ("فيما", while)
        hedges = [m for m in matches if m.kind == "hedge"]
        matches = [m for m in matches if not (m.kind == "clause" and any(
            h.first <= m.first and m.last <= h.last for h in hedges))]
    if "attendance" in kinds and "transparent" in kinds:
        # "حضرة صاحب السمو": an honorific opening a longer one, not "حضره" (attended it)
        honours = [m for m in matches if m.kind == "transparent" and m.last > m.first]
        matches = [m for m in matches if not (m.kind == "attendance" and any(
            h.first == m.first and h.last > m.last for h in honours))]
    if "cue" in kinds and "name_title" in kinds:
        # "سعادة" (his excellency) is no "س" + "عادة" (usually): a cue read inside an honorific is none
        honours = [m for m in matches if m.kind == "name_title"]
        matches = [m for m in matches if not (m.kind == "cue" and any(
            h.first <= m.first and m.last <= h.last for h in honours))]
    if lex.capitalised_names and not kinds.isdisjoint(("role", "name_title", "transparent")):
        # "Prince Sultan bin Saad": a title's word right before "bin" is a given name ("Sultan", "Emir")
        matches = [m for m in matches if not (
            m.kind in ("role", "name_title", "transparent") and m.first == m.last and m.last + 1 < len(tokens)
            and tokens[m.first].surface[:1].isupper() and tokens[m.last + 1].folded in lex.patronymics)]
    if "cue" in kinds and "role" in kinds and lex.future_title_words:
        # "Y, elected the country's next president, talked with X": an adjective of the future right
        # before a title says who will hold it, not when the contact is
        role_starts = {m.first for m in matches if m.kind in ("role", "role_fixed")}
        matches = [m for m in matches if not (m.kind == "cue" and m.value == "future" and m.phrase in lex.future_title_words
                                              and m.last + 1 in role_starts)]
    if "count" in kinds:
        # "קיים היום (שני) שיחת טלפון": a number word that is a weekday's name too, right after "today" or
        # "day", is the day ("today, Monday"), no number of calls
        matches = [m for m in matches if not (
            m.kind == "count" and m.first > 0
            and (tokens[m.first].folded in lex.weekday_words or tokens[m.first].folded in lex.weekday_paren_words)
            and (tokens[m.first - 1].folded in lex.relative_day_words or tokens[m.first - 1].folded in lex.weekday_leads))]
    if "clause" in kinds and lex.clause_adverbs:
        # "Erdogan separately met X": a clause word that is an adverb (not "but"), between a person and his
        # verb, is an adverb of that verb, no clause of its own ("Separately, X met Y" opens one)
        # (or right after the verb: "Guterres spoke separately with A and B")
        ends = {m.last for m in matches if m.kind in ("name", "short", "role", "role_fixed")}
        verbs = {m.first for m in matches if m.kind in ("trigger", "past_verb")}
        verb_ends = {m.last for m in matches if m.kind in ("trigger", "past_verb")}
        # (a day between: "President X on Thursday afternoon separately held ...")
        dated = {e + 1 + n for e in ends for n in range(1, CLAUSE_ADVERB_DAY + 1) if e + n < len(tokens) and any(
            tokens[j].folded in lex.day_words for j in range(e + 1, e + 1 + n)) and all(
            tokens[j].folded in lex.day_words or tokens[j].folded in lex.day_parts or tokens[j].folded in lex.fronted_words
            or tokens[j].folded in lex.determiners for j in range(e + 1, e + 1 + n))}
        matches = [m for m in matches if not (m.kind == "clause" and m.phrase in lex.clause_adverbs and (
            ((m.first - 1 in ends or m.first in dated) and m.last + 1 in verbs) or m.first - 1 in verb_ends))]
    if lex.occasion_triggers and "trigger" in kinds:
        # "هنأ X Y": a greeting with no occasion of the pack's ("باليوم الوطني") tells no contact
        occasion = "greeting_occasion" in kinds
        matches = [m for m in matches if not (m.kind == "trigger" and m.phrase in lex.occasion_triggers and (
            not occasion or (m.phrase in lex.occasion_openers and m.first > 0)))]
    named = "name" in kinds or "short" in kinds
    # a person's name never takes the article: "المؤدي" (leading to) is no "مودي" (Modi); a name
    # with its article is written so in the gazetteer ("الأسد")
    if lex.articles and named:
        matches = [m for m in matches if not (m.kind in ("name", "short") and m.prefix.endswith(lex.articles))]
    if lex.junior_words and named:
        # "ترامب الابن", "Trump Jr.": a junior of the known person, nobody the gazetteer knows
        matches = [m for m in matches if not (m.kind in ("name", "short") and m.last + 1 < len(tokens)
                                              and tokens[m.last + 1].folded in lex.junior_words)]
    if "joint" in kinds:
        # a weekday is no word of doing together: "الجمعة" (Friday) holds "جمع" (gathered) and a clitic
        matches = [m for m in matches if not (m.kind == "joint" and m.first == m.last
                                              and tokens[m.first].folded in lex.weekday_words)]
    if lex.name_particles and "country" in kinds:
        # "تركي بن سعود": a one-word demonym or country right before "بن" is a man's given name
        matches = [m for m in matches if not (
            m.kind == "country" and m.first == m.last and m.last + 1 < len(tokens)
            and tokens[m.last + 1].folded in lex.name_particles)]
    # "קמרון שוחח עם": a word that is a country and a person's surname, right before a contact
    # word, is the person (a country neither phones nor meets)
    if named and "country" in kinds and "trigger" in kinds:
        by_span = {(m.first, m.last) for m in matches if m.kind in ("short", "name")}
        trig_firsts = {m.first for m in matches if m.kind == "trigger"}
        matches = [m for m in matches if not (m.kind == "country" and (m.first, m.last) in by_span
                                              and m.last + 1 in trig_firsts)]
    if lex.discuss_words and "trigger" in kinds:
        # "استقبل X Y لبحث اجتماع القمة", "met Y to discuss the upcoming summit": a contact word that
        # is what a verb of discussing discusses is its topic, no contact told, and owns nobody
        # (and so are the verb and a contact word glued on: "لبحث اجتماع القمة")
        verb_of = {id(m): _discussed(m, tokens, matches, lex) for m in matches if m.kind == "trigger"}
        topics = [m for m in matches if verb_of.get(id(m)) is not None]
        if topics:
            gone = {k for m in topics for k in range(m.first, m.last + 1)}
            for m in sorted((m for m in matches if m.kind == "trigger"), key=lambda m: m.first):
                if m.first - 1 in gone:
                    gone.update(range(m.first, m.last + 1))
            verbs = {verb_of[id(m)] for m in topics}
            matches = [m._replace(kind="discussed") if m.kind == "trigger" and (
                m.first in gone or (m.first == m.last and m.first in verbs)) else m for m in matches]
    skip: set[int] = set()
    if not kinds.isdisjoint(("transparent", "cprefix", "elect")):
        for m in matches:
            if m.kind in ("transparent", "cprefix", "elect"):
                skip.update(range(m.first, m.last + 1))
    ents = longest(matches, ENTITY_KINDS)
    used: set[int] = set()
    actors: list[ActorMention] = []
    # "استقبل ضيفه", "received his guest": the word with a pronoun on it stands for the visitor
    actors += [ActorMention("guest", m.first, m.last, m.start, m.end, text[m.start:m.end], prefix=m.prefix)
               for m in matches if m.kind == "guest_word" and m.suffix]
    names_by_first = {}

    def prefix_at(k: int) -> str:
        return next((m.prefix for m in matches if m.first == k and m.prefix), "")

    def gap_ok(a: int, b: int, limit: int = 3) -> bool:
        """Tokens strictly between index a and b are all skippable (and few)."""
        between = range(a + 1, b)
        return len(between) <= limit and all(i in skip for i in between)

    # ranks and honorifics, and (in a script with capitals) a body's word right after the title's
    # state: "Chief of the General Staff of the British Army General Sir X" is X
    ranked = {k for m in matches if m.kind == "name_title" for k in range(m.first, m.last + 1)}

    def ranks_between(a: int, b: int, limit: int = 4) -> bool:
        between = range(a + 1, b)
        return lex.capitalised_names and 0 < len(between) <= limit and any(i in ranked for i in between) \
            and _past_body_and_ranks(tokens, a + 1, skip | ranked, lex) >= b \
            and not _PUNCT_BETWEEN.search(text[tokens[a].end:tokens[b].start])

    others_names: set[tuple[int, int]] = set()     # surnames read as part of someone else's name

    def glued_before(e: Match) -> Token | None:
        """The word right before a short form, run into it (nothing between, no match of its own),
        that is not the first word of that person's own name."""
        k = e.first - 1
        if e.kind != "short" or k < 0 or text[tokens[k].end:tokens[e.first].start].strip() or \
                any(m.first <= k <= m.last for m in matches if m.kind != "topic") or \
                _own_given_name(tokens[k].folded, e, matches, lex):
            return None
        return tokens[k]

    for i, e in enumerate(ents):
        if e.kind in ("name", "short") and not e.prefix and e.first > 0 and \
                tokens[e.first - 1].folded in lex.name_particles:
            continue              # "فيصل بن خالد بن عبدالعزيز": a father's name inside another's name
        prev = glued_before(e)
        if prev is not None and (
                # a known given name before it ("إيلين جونسون سيرليف"); a clitic other than "and" reads
                # no better ("أنيس بيلدريم" is no "Anis with Yildirim"); in a script with capitals, a
                # capitalised given name ("Defense Minister Jorge Uribe")
                (not (e.prefix and e.prefix[0] in lex.conjunctions)
                 and (not lex.capitalised_names or prev.surface[:1].isupper())
                 and prev.folded in lex.given_names and prev.folded not in lex.not_names
                 and prev.folded not in lex.complementizers)
                # a very rare word before it, in a script without capitals ("فلورينتينو بيريز")
                or (not lex.capitalised_names and not e.prefix and prev.folded not in lex.name_particles
                    and _foreign(prev.surface, lex))):
            others_names.add((e.first, e.last))
            continue              # it is the surname of someone else, whose full name is read later
        if e.kind == "short" and lex.capitalised_names and e.first > 0 and len(tokens[e.first - 1].surface) == 1 \
                and tokens[e.first - 1].surface.isupper() \
                and _INITIAL_BEFORE.match(text[tokens[e.first - 1].end:tokens[e.first].start]) \
                and not _initial_of(tokens[e.first - 1].surface, e, matches, lex):
            others_names.add((e.first, e.last))
            continue              # "Admiral M Shaheen Iqbal": an initial not of hers before it, another man's name
        if e.kind == "short" and lex.capitalised_names and e.last + 1 < len(tokens) \
                and _inside_capitalised_run(tokens, e, matches, text, lex):
            others_names.add((e.first, e.last))
            continue              # "Mauricio Mauro Epkua Obama Bindang", "Mochizuki Hisanobu": another's name
        if e.kind == "short" and not lex.capitalised_names and lex.short_runs_on and e.last + 1 < len(tokens) and \
                not text[tokens[e.last].end:tokens[e.last + 1].start].strip() and \
                not any(m.first <= e.last + 1 <= m.last for m in matches if m.kind != "topic") and \
                _foreign(tokens[e.last + 1].surface, lex):
            continue              # "هايلي جبريسيلاسي": a rare word the text runs on with is the rest of another's name
        if e.kind == "short" and e.last + 1 < len(tokens) and \
                not any(m.first <= e.last + 1 <= m.last for m in matches if m.kind != "topic") and \
                _family_name_of_another({m.value for m in matches if m.kind == "short" and m.first == e.first
                                         and m.last == e.last}, _run_on(tokens, e.last, text), lex):
            continue              # "كيم يونغ تشول", "Kim Yong Chol": the family name begins another's name
        if e.kind == "short" and not lex.capitalised_names and any(
                m.kind == "name_title" and m.last == e.first - 1 for m in matches):
            after = _run_on(tokens, e.last, text)
            if after and after[0].folded in lex.given_names and not any(
                    m.first <= e.last + 1 <= m.last for m in matches if m.kind not in ("topic", "given")):
                others_names.add((e.first, e.last))
                continue          # "اللواء عباس مصطفى كامل": after a title, a given name runs the word on: another man
        if e.kind == "short" and lex.capitalised_names and e.first > 0 and tokens[e.first - 1].folded in lex.determiners \
                and e.last + 1 < len(tokens) and tokens[e.last + 1].surface[:1].isupper() \
                and not text[tokens[e.last].end:tokens[e.last + 1].start].strip() \
                and not any(m.first <= e.last + 1 <= m.last for m in matches
                            if m.kind in ("name", "short", "role", "role_fixed", "official", "country", "month")):
            continue              # "at the Aso Rock Presidential Villa": a surname after "the", in a proper noun of a place
        if e.kind == "name" and _chain_goes_on(e, tokens, matches, lex, text):
            others_names.add((e.first, e.last))
            continue              # "أحمد بن عبدالعزيز القطان": a longer name, another man's
        if e.kind == "name" and _given_name_before(e, tokens, matches, lex, text):
            others_names.add((e.first, e.last))
            continue              # "العريف مفرح علي عسيري": a given name before a known name, another man's
        if e.kind == "pronoun" and e.suffix and lex.capitalised_names and (
                e.phrase in lex.title_pronouns or e.phrase in lex.title_pronoun_states) and not any(
                m.kind == "trigger" and m.first == e.last + 1 for m in matches):
            continue              # ("at the envoy's residence": whose a thing is, no party; "the minister's meeting" is)
        if e.kind == "pronoun" and lex.title_pronouns and " ".join(
                tokens[k].folded for k in range(e.first, e.last + 1))[len(e.prefix):] in lex.title_pronouns \
                and not _bare_title(e, tokens, matches, lex, text):
            state = _title_state(e, tokens, matches, lex, text)
            if state is not None:
                # "والتقى الوزير الفرنسي نظيره": the title with its state's adjective, no name after it,
                # stands for the one of that state the text styled so
                actors.append(ActorMention("pronoun", e.first, state.last, e.start, state.end,
                                           text[e.start:state.end], prefix=e.prefix, country=state.value))
            continue              # "الوزير سامح شكري", "الوزير المفوض": a title, no one it stands for
        if e.kind == "pronoun" and lex.title_pronoun_states:
            phrase = " ".join(tokens[k].folded for k in range(e.first, e.last + 1))[len(e.prefix):]
            if phrase in lex.title_pronoun_states:
                # "the Saudi envoy presented his credentials": the one of that state the text styled so
                # (a name after it is the one it titles: "the Saudi envoy Prince X")
                if _bare_title(e, tokens, matches, lex, text):
                    actors.append(ActorMention("pronoun", e.first, e.last, e.start, e.end, text[e.start:e.end],
                                               prefix=e.prefix, country=lex.title_pronoun_states[phrase][1]))
                continue
        if e.kind == "pronoun" and (e.value is None or e.first == 0 or _opening_pronoun(e, matches)):
            # "جلالته": the subject of the article's last contact; "He ... met Y", "She spoke with Y":
            # a personal pronoun (gendered, value) only as the sentence's first word, its doer, or
            # after a few words that open it ("Later he met Y", "במהלך הביקור הוא נפגש עם Y")
            actors.append(ActorMention("pronoun", e.first, e.last, e.start, e.end, text[e.start:e.end], prefix=e.prefix,
                                       gender=e.value))
        if e.kind in ("name", "short"):
            grouped = [m.value for m in matches if m.kind == e.kind and m.first == e.first and m.last == e.last]
            am = ActorMention(e.kind, e.first, e.last, e.start, e.end, text[e.start:e.end],
                              candidates=list(dict.fromkeys(grouped)), prefix=e.prefix)
            am.homograph = e.kind == "short" and (_month_here(e, tokens, lex) or any(
                m.kind == "place" and m.first == e.first and m.last == e.last for m in matches)
                or (tokens[e.first].folded in lex.word_surnames and e.last + 1 < len(tokens)
                    and tokens[e.last + 1].folded.startswith(tuple(lex.definite))))
            actors.append(am)
            names_by_first[i] = am

    clause_ends = _gaps_with(_CLAUSE_BREAK, tokens, text)
    for i, e in enumerate(ents):
        if e.kind not in ("role", "role_fixed") or i in used:
            continue
        if e.first > 0 and not e.prefix and tokens[e.first - 1].folded in lex.first_of_words:
            continue      # "كان أول رئيس أوروبي يزور مصر": "the first European president", what one was, no one
        if e.kind == "role_fixed" and e.phrase in lex.residence_roles and e.prefix and lex.in_prefixes \
                and e.prefix.endswith(lex.in_prefixes) and any(
                    m.kind == "role" and m.value == e.value.split(".", 1)[1] and m.last < e.first for m in matches):
            # "עם הנשיא X בבית הנשיא": in the residence of the president just named, a place (not "בית הנשיא
            # הודיע", his office, nor "התקבל בבית הנשיא", received there by him)
            continue
        phrase = e.phrase
        if e.kind == "role_fixed":
            office, country, kind = e.value, e.value.split(".")[0], e.value.split(".", 1)[1]
        else:
            office, country, kind = None, None, e.value
        first, last = e.first, e.last
        # country beside the role: after it (he/ar "נשיא רוסיה", "الرئيس الروسي"), or before it (en)
        j = i + 1
        # (a counterpart "in" a country: "نظيرها في ألمانيا", her counterpart in Germany)
        located_in = kind == "counterpart" and j < len(ents) and ents[j].kind == "country" \
            and ents[j].first == e.last + 2 and any(m.kind == "loc" and m.first == e.last + 1 for m in matches) \
            and not ents[j].prefix
        # (or "of" it, in a language whose titles take the article before it: "שר החוץ של יוון")
        genitive = bool(lex.genitive_words) and j < len(ents) and ents[j].kind == "country" \
            and not ents[j].prefix and ents[j].first - e.last <= 3 \
            and tokens[ents[j].first - 1].folded in lex.genitive_words \
            and all(k in skip for k in range(e.last + 1, ents[j].first - 1))
        if j < len(ents) and ents[j].kind == "country" and (gap_ok(e.last, ents[j].first, 2) or located_in or genitive) \
                and (located_in or genitive or not _prepositional(prefix_at(e.last + 1), lex)) \
                and (genitive or not (lex.definite and ents[j].phrase not in lex.demonyms
                         and not any(ents[j].prefix.endswith(a) for a in lex.definite)
                         and any(tokens[e.last].folded.startswith(a) for a in lex.definite))):
            # (nor a country's name after a title whose last word has the article: "وزير الدفاع جمهورية
            # مصر العربية" is no Egyptian minister, a title takes its state as an adjective, "وزير الدفاع
            # المصري", or in construct, "وزير دفاع مصر"; the name is the object of the clause)
            # (not "وزير الدفاع للمملكة الأردنية": "to the Kingdom of Jordan" names a destination)
            d = ents[j]
            if d.phrase in lex.demonyms and lex.definite and not any(
                    d.prefix.endswith(a) for a in lex.definite) and not any(e.prefix.endswith(a) for a in lex.definite):
                used.add(j)
                continue          # "زعيم عراقي": an Iraqi leader, nobody in particular
            country, last = ents[j].value, ents[j].last
            used.add(j)
            j += 1
        elif j < len(ents) and ents[j].kind == "own_country" and ents[j].first == e.last + 1 and not ents[j].prefix:
            # "وزيرة خارجية بلاده": the country of the one named before the title, but not of a name
            # in apposition right before it ("X، وزيرة خارجية بلاده" is X's title, his country another's)
            country = _owner_country(actors, e.first, ents[j].value, lex)
            used.add(j)
            if country is None:
                continue
            last = ents[j].last
            j += 1
        elif i > 0 and ents[i - 1].kind == "country" and i - 1 not in used and gap_ok(ents[i - 1].last, e.first, 1) \
                and lex.capitalised_names and not (e.prefix and e.prefix[0] in lex.conjunctions) \
                and not _PUNCT_BETWEEN.search(text[tokens[ents[i - 1].last].end:tokens[e.first].start]):
            # (not across a comma or an "and": "... الإمارات العربية المتحدة، والأمير X" lists another man)
            if any(m.kind == "indefinite" and m.last == ents[i - 1].first - 1 for m in matches):
                used.add(i - 1)
                continue          # "an Iraqi leader"
            country, first = ents[i - 1].value, ents[i - 1].first
            used.add(i - 1)
        if country and office is None:
            if country in lex.title_not_for.get(phrase, ()):
                continue          # "الأمير السعودي": a Saudi prince, whose head of state is a king
            office = f"{country}.{kind}"
        # apposition: a name right after (or right before) the role is the person meant
        named = None
        loose = False
        if j < len(ents) and ents[j].kind in ("name", "short") and (
                gap_ok(last, ents[j].first, 4) or ranks_between(last, ents[j].first)) \
                and _could_hold(names_by_first.get(j), country, None, lex):
            named = names_by_first.get(j)
        elif j < len(ents) and ents[j].kind == "name" and country and ents[j].first == last + 1 \
                and not text[tokens[last].end:tokens[ents[j].first].start].strip() \
                and names_by_first.get(j) is not None and _could_hold(names_by_first.get(j), None, kind, lex):
            # "الزعيم الكوري كيم جونغ أون": a full name right after a title is its bearer's, the country
            # of the title the text's loose word for his ("Korean"); his own office labels him
            named, loose = names_by_first.get(j), True
        elif j < len(ents) and ents[j].kind == "short" and country and on is not None and gap_ok(last, ents[j].first, 2) \
                and names_by_first.get(j) is not None \
                and (holder := _holder_named(country, kind, tokens[ents[j].first].folded, on, lex)) is not None:
            # "Kuwait Crown Prince Mishal": a short form another person has ("Mishal", Khaled Mashal's),
            # one of the words of the name of the one who held the office that day
            named = names_by_first.get(j)
            named.candidates, named.homograph = [holder], False
        elif j + 1 < len(ents) and ents[j].kind in ("role", "role_fixed") and ents[j].first == last + 1 \
                and (not ents[j].prefix or ents[j].prefix in lex.definite) \
                and ents[j + 1].kind in ("name", "short") and ents[j + 1].first == ents[j].last + 1 \
                and _could_hold(names_by_first.get(j + 1), country, None, lex):
            named = names_by_first.get(j + 1)      # "خادم الحرمين الشريفين الملك عبدالله": two titles, one man
        elif i > 0 and ents[i - 1].kind in ("name", "short") and gap_ok(ents[i - 1].last, first, 1) \
                and kind != "counterpart" and (not e.prefix or e.prefix in lex.definite) \
                and _could_hold(names_by_first.get(i - 1), country, kind, lex) \
                and not _other_title(names_by_first.get(i - 1), phrase, country, last, tokens, matches, lex) \
                and not _title_of_other_gender(phrase, names_by_first.get(i - 1), lex) \
                and not any(ents[i - 1].last <= b < first for b in clause_ends):
            named = names_by_first.get(i - 1)
        if named is not None:
            # (not a former office: "رئيس الوزراء القطري السابق X" held it once, not on the day)
            if not loose and not any(m.kind == "former" and (last < m.first <= last + 2 or first - 2 <= m.last < first)
                                     for m in matches):
                named.office = named.office or office
                named.title = named.title or kind
            if named.first > e.first and not named.prefix:
                named.prefix = e.prefix
            continue
        if kind == "counterpart":
            actors.append(ActorMention("counterpart", first, last, e.start, e.end, text[e.start:e.end],
                                       office=f"{country or ''}.counterpart", prefix=e.prefix))
            continue
        # "מינויו לראש המוסד", "his appointment as head of the Mossad": the office he is given
        if any(m.kind == "appointed" and 0 <= first - m.last - 1 <= 1 for m in matches):
            continue
        # "the former president", "رئيس الوزراء الراحل": not today's holder
        # (not one past a comma after the title, in a clause of its own: "التقى الزعيم الكوري الشمالي، وكان
        # حينها يشغل منصب ...", he held his own post then)
        if any(m.kind == "former" and ((last < m.first <= last + 2 and not _COMMA_IN.search(
                text, tokens[last].end, tokens[m.first].start)) or first - 2 <= m.last < first) for m in matches):
            continue
        # "الرئيس القطري لنادي باريس", "president of the club": an organisation's title
        if any(m.kind == "nonrole" and m.first <= first <= m.last for m in matches):
            continue          # "الرئيس العام لشؤون المسجد الحرام": a title of its own, no head of state's
        if any(m.kind == "org" and last < m.first <= last + (1 if m.value == "next" else 3) for m in matches):
            continue
        # "the president-elect", "الرئيس المكسيكي المنتخب": the one who takes the office next
        elect = any(m.kind == "elect" and (last < m.first <= last + 2 or first - 1 <= m.last < first
                                           or m.first <= last <= m.last) for m in matches)
        bare = office is None and (phrase in lex.bare_roles or any(
            (e.prefix.endswith(art) or any(e.prefix.endswith(g) for g in lex.definite_glued))
            and art + phrase in lex.bare_roles for art in lex.definite))   # "بالملك", "للملك"
        if (office is not None or bare) and lex.name_max and e.kind != "role_fixed":
            # (a title only one person bears, "خادم الحرمين الشريفين", is followed by his name or none)
            # "لفخامة الرئيس الحسن واتارا": a title before a name the gazetteer lacks is that
            # person's, not the office holder's the article or the date would suggest
            span = _unknown_name(tokens, matches, last + 1, lex, text, located=office is not None, country=country,
                                 kind=kind,
                                 given_only=bare and kind == "head_of_state",
                                 on=on)
            if span is not None:
                n0, n1 = span
                actors[:] = [a for a in actors if not (a.kind == "short" and last < a.first <= n1)]
                # (one word, the surname of the one holder of such an office that day: his, for the
                # article's later mentions of it too, surnames_named)
                held = holders_by_surname(tokens[n0].folded, country, kind, on, lex) \
                    if n0 == n1 and on is not None and not lex.capitalised_names \
                    and tokens[n0].folded not in lex.given_names else set()
                actors.append(ActorMention("unknown", n0, n1, tokens[n0].start, tokens[n1].end,
                                           text[tokens[n0].start:tokens[n1].end], office=office or f".{kind}",
                                           only_for=_title_countries(phrase, lex.title_only_for, lex),
                                           candidates=sorted(held) if len(held) == 1 else []))
                continue
        if office is None and not bare:
            continue
        actors.append(ActorMention("role", first, last, e.start, e.end, text[e.start:e.end],
                                   office=office or f".{kind}", bare=bare, prefix=e.prefix, elect=elect,
                                   gender="f" if phrase.split()[0] in lex.feminine_titles else
                                   "m" if phrase.split()[0] in lex.male_only_titles else None,
                                   not_for=_title_countries(phrase, lex.title_not_for, lex),
                                   only_for=_title_countries(phrase, lex.title_only_for, lex)))

    if "role_plural" in kinds:
        actors += _plural_roles(ents, used, tokens, text, skip, lex,
                                frozenset(m.last for m in matches if m.kind == "proxy" and not m.suffix),
                                frozenset(m.first for m in matches if m.kind == "loc"))
    # "أردوغان ووزير خارجيته", "Erdogan and his foreign minister": the office in the country of the
    # person named before (resolved with the event's other parties)
    # (the longer phrase wins over the role inside it: "שר החוץ | שלו")
    owns = [m for m in matches if m.kind == "own_role"] if "own_role" in kinds else []
    if owns:
        actors = [a for a in actors if a.kind not in ("role", "unknown") or not any(
            o.first <= a.first and a.last <= o.last for o in owns)]
    taken = {k for a in actors for k in range(a.first, a.last + 1)}
    actors += [ActorMention("own", m.first, m.last, m.start, m.end, text[m.start:m.end], office=f".{m.value}",
                            prefix=m.prefix) for m in owns if not any(k in taken for k in range(m.first, m.last + 1))]
    # "مساعد X", "X's aide", "שליח X": X is not the one in the contact
    # (a name the gazetteer lacks right after "השגריר", "السفير" is the envoy's own)
    # (the title before a name belongs to it: "خلفا للرئيس الأمريكي باراك أوباما"; a proxy word
    # inside a title or a name is none: "ראש ממשלת בריטניה", "آل خليفة")
    if "proxy" in kinds:      # (nothing to do without a proxy word)
        titles = skip | {k for e in ents if e.kind in ("role", "role_fixed", "country") for k in range(e.first, e.last + 1)}
        state = {k for e in ents if e.kind == "country" for k in range(e.first, e.last + 1)}
        roled = {k for e in ents if e.kind in ("role", "role_fixed") for k in range(e.first, e.last + 1)}
        roles = {k for e in ents if e.kind in ("role", "role_fixed", "name", "short") for k in range(e.first, e.last + 1)}
        # (a proxy word carrying "his" names the proxy himself: "ونجله الأمير X", his son X)
        def whose(p: Match) -> bool:
            """Is a title or name glued to "of/to" right after the proxy word ("المبعوث الخاص لرئيس الصين")?"""
            return any(x.kind in ("role", "role_fixed", "name", "short", "country") and p.last < x.first <= p.last + 3
                       and _prepositional(x.prefix, lex) for x in matches)

        # (a word read both as a proxy with "his" and as one without, "ومستشاره", folded like
        # "مستشارة": as written, his adviser when it does not end in a feminine ending)
        suffixed = {m.first for m in matches if m.kind == "proxy" and m.suffix
                    and not tokens[m.first].surface.endswith(lex.feminine_endings_raw)}
        proxies = [m for m in matches if m.kind == "proxy" and not m.suffix and m.first not in suffixed
                   and not any(k in roles for k in range(m.first, m.last + 1))
                   and not (m.prefix and m.prefix.endswith(lex.articles) and not whose(m))]
        # (nor one with the article, a title in apposition: "المبعوث الأممي X" is X, "مبعوث X" X's envoy,
        # "المبعوث الخاص لرئيس X" X's envoy too; "في المطار خالد العطية": an institution with the
        # article is whole by itself)

        def after_proxy(a: "ActorMention", p: Match) -> bool:
            between = range(p.last + 1, a.first)
            if any(_COMMA.search(text[tokens[k - 1].end:tokens[k].start]) for k in range(p.last + 2, a.first)):
                return False      # "مستشار الدولة، وزير الخارجية X": a comma after the proxy's words, then
                #                   a title in apposition and its bearer, who is the one the proxy word names
            if a.first - p.last == 2 and a.prefix and a.prefix[-1:] in lex.object_prefixes:
                return True       # "مساعد بارز لكيم": an aide (of some rank) of Kim
            start = a.first
            while start - 1 > p.last and start - 1 in titles:
                start -= 1
            if start - p.last == 2 and start < a.first and any(
                    x.first == start and x.kind in ("role", "role_fixed") and x.prefix[-1:] in lex.object_prefixes
                    for x in matches):
                return True       # "المستشار الاقتصادي للرئيس X": an adviser (of some field) to the president X
            if any(k in state for k in between) and all((k in state or k in skip) and k not in roled for k in between):
                return False      # "سفير الولايات المتحدة ديفيد فريدمان": a state's envoy, named after it
            # (a title of several words counts as one: "المبعوث الخاص للأمين العام للأمم المتحدة X")
            return a.first > p.last and all(k in titles for k in between) and \
                sum(k not in skip and k not in roled for k in between) + any(k in roled for k in between) <= 3 and (
                    a.first - p.last - 1 <= 1 or all(k in titles for k in between))

        def proxy_self(a: "ActorMention") -> bool:
            """"مستشار الرئيس الأمريكي جاريد كوشنر", "Deputy Foreign Minister Mikhail Bogdanov": a known
            name after a proxy word and a title that name never held is the proxy himself."""
            if a.kind not in ("name", "short") or not a.candidates:
                return False
            for p in proxies:
                if not after_proxy(a, p):
                    continue
                kinds = {str(e.value).split(".")[-1] for e in ents if e.kind in ("role", "role_fixed")
                         and p.last < e.first and e.last < a.first}
                if not kinds:
                    # ("Presidential Spokesperson Ibrahim Kalin": in a language that writes the title before
                    # the name it is, a name right after the proxy word is the proxy's own, "spokesman for X" X's)
                    if lex.capitalised_names and a.first == p.last + 1 and not a.prefix:
                        a.office = None
                        return True
                    return False
                # (held on the day, when the day is known: "نائب وزير الخارجية X" of a deputy made
                # minister years later is the deputy)
                def held_one(ks: set[str]) -> bool:
                    return any(o.kind in ks or (o.kind in HEAD_OF_STATE_OFFICES and "head_of_state" in ks)
                               for pid in a.candidates if pid in lex.gaz.persons
                               for o in (lex.gaz.persons[pid].offices if on is None
                                         else lex.gaz.persons[pid].offices_on(on)))
                # ("Deputy Prime Minister - Minister of Foreign Affairs X": the proxy word makes only the title
                # right after it a deputy's; X holding a later title of the run is that deputy himself)
                first_kinds = {str(e.value).split(".")[-1] for e in ents if e.kind in ("role", "role_fixed")
                               and p.last < e.first <= p.last + 2 and e.last < a.first}
                if lex.capitalised_names and first_kinds and kinds - first_kinds and not held_one(first_kinds) \
                        and held_one(kinds - first_kinds):
                    return True
                if held_one(kinds):
                    return False
                a.office = None
                return True
            return False

        kept = [a for a in actors if a.titled or proxy_self(a) or not any(after_proxy(a, p) for p in proxies)
                  and not any(p.prefix == "" and lex.demonym_side == "before" and (p.first == a.last + 1 or (
                      # ("the king 's son": a possessive written apart)
                      p.first == a.last + 2 and _apart_possessive(tokens[a.last + 1], text))) for p in proxies)]
        # (a name left out so is still the article's: "خلفا لآمبر راد ... وقالت راد": her surname
        # names her after it)
        proxied = [a for a in actors if a.kind == "name" and not any(a is b for b in kept)]
        actors = kept
        proxy_ends = frozenset(p.last for p in proxies)
    else:
        proxied, proxy_ends = [], frozenset()
    actors.sort(key=lambda a: a.first)
    countries = [e for k, e in enumerate(ents) if e.kind == "country" and k not in used]
    places = [e for e in ents if e.kind == "place"]
    dashes = _gaps_with(_DASH, tokens, text)
    if len(dashes) >= 2:          # "- President Obama and President Hollande -" is a parenthesis, not a new clause
        clause_ends = [k for k in clause_ends if k not in dashes[:2]]
    # ("الملك سلمان - حفظه الله، في قصر السلام": a short blessing opened by a dash and closed by a comma
    # is a parenthesis too)
    commas = _gaps_with(_COMMA, tokens, text)
    clause_ends = [k for k in clause_ends if not (k in dashes and any(0 < c - k <= PAREN_WORDS for c in commas))]
    # ("رؤساء كل من أذربيجان - X، وكازاخستان - Y": a dash between a state and the name of its leader
    # pairs the two in a list, no new clause)
    clause_ends = [k for k in clause_ends if not (k in dashes and any(e.kind == "country" and e.last == k for e in ents)
                                                  and any(a.first == k + 1 for a in actors))]
    # ("held two bilateral meetings: with A, and with B": a colon after a contact word before "with" opens
    # the list of its parties, no new clause)
    if "trigger" in kinds and lex.with_words:
        colons = set(_gaps_with(_COLON, tokens, text))
        clause_ends = [k for k in clause_ends if not (
            k in colons and k + 1 < len(tokens) and tokens[k + 1].folded in lex.with_words
            and any(m.kind == "trigger" and m.last == k for m in matches))]
    if "clause" in kinds:
        # (not before a participle of contact, whose doer is the main clause's subject: "X praised
        # the ties while receiving Y")
        participles = {m.first for m in matches if m.kind == "trigger" and lex.participle_ending
                       and tokens[m.first].folded.endswith(lex.participle_ending)}
        clause_ends += [m.first - 1 for m in matches if m.kind == "clause" and m.first > 0
                        and m.last + 1 not in participles]
    # ("انتقد X تزامنا مع زيارة Y", "تتزامن زيارة X مع بدء اجتماع بين Y وZ": what coincides is told
    # in a clause of its own; the persons on either side are not each other's parties)
    for m in matches:
        if m.kind == "cue" and m.value == "coinciding":
            if m.first > 0:
                clause_ends.append(m.first - 1)
            # (a verb, "تتزامن زيارة X مع ...": the other side begins at its "with")
            w = None if tokens[m.last].folded in lex.with_words else next(   # ("بالتزامن مع" has its own)
                (k for k in range(m.last + 1, min(len(tokens), m.last + 1 + COINCIDING_WITH))
                 if tokens[k].folded in lex.with_words), None)
            if w is not None:
                clause_ends.append(w - 1)
    if others_names:          # (their words are free for the name the gazetteer lacks: "Jorge Uribe")
        matches = [m for m in matches if not (m.kind in ("short", "name") and (m.first, m.last) in others_names)]
    # a cue word inside a full name is a word of the name ("Theresa May", "Will Hurd"), no cue
    named = [(a.first, a.last) for a in actors if a.kind == "name" and a.last > a.first]
    if named and "cue" in kinds:
        matches = [m for m in matches if not (m.kind == "cue" and any(f <= m.first and m.last <= l for f, l in named))]
    if lex.courtesy_calls:
        matches = _courtesy_calls(matches, actors, tokens, lex)
    if lex.passive_agents and "trigger" in kinds:
        matches = _passive_hosts(matches, actors, tokens, lex)
    if "reporting" in kinds and "light" in kinds:
        # (a noun a verb of receiving takes is no verb of saying: "קיבל היום מסר מ-Y", received a
        # message from Y; "מסר" is also "he told")
        matches = [m for m in matches if not (m.kind == "reporting" and received_noun(m.first, matches, tokens, lex))]
    return SentenceAnalysis(tokens, matches, actors, countries, places, skip, clause_ends,
                            labels=_gaps_with(_COLON, tokens, text), commas=commas, proxied=proxied,
                            proxy_ends=proxy_ends)


OPENING_PRONOUN = 4     # "במהלך הביקור הוא נפגש": words before a personal pronoun that opens a sentence, at most
_NO_OPENING = frozenset({"name", "short", "role", "role_fixed", "official", "country", "reporting", "reporting_that",
                         "light", "past_verb", "clause", "pronoun"})


def _opening_pronoun(e: Match, matches: list[Match]) -> bool:
    """Does the personal pronoun e open its sentence after a few words of time or setting, with no
    person, state, verb or clause word before it ("Later he met Y", "תחילה הוא נועד עם Y")?"""
    return e.first <= OPENING_PRONOUN and not any(m.first < e.first and m.kind in _NO_OPENING for m in matches)


COURTESY_TITLE_RUN = 6   # "called on Chief of Army Staff General X": words from the verb to the name, at most
COURTESY_LONG_TITLE = 12  # ... a title written with capitals ("Vice Chairman of the Central Military Commission")


def _with_known_surname(a: "ActorMention", sa: SentenceAnalysis, lex: Lexicon, text: str) -> "ActorMention":
    """"السيد جون إيف لودريان": words the gazetteer lacks run on into the surname of a known person
    whose full name, its given names spelt another way (`name_skeleton`), they and the surname are:
    that person, named in full; else the words as found."""
    k = a.last + 1
    m = next((m for m in sa.matches if m.kind == "short" and m.first == k and m.last == k), None)
    if m is None or text[sa.tokens[a.last].end:sa.tokens[k].start].strip() or m.value not in lex.gaz.persons:
        return a
    words = " ".join(sa.tokens[j].folded for j in range(a.first, k + 1))
    drop, variants = lex.skeleton_drop, lex.name_letter_variants
    key = name_skeleton(words, drop, variants)
    if not any(name_skeleton(n, drop, variants) == key for n in lex.gaz.persons[m.value].names.get(lex.lang, ())):
        return a
    return ActorMention("name", a.first, k, a.start, sa.tokens[k].end, text[a.start:sa.tokens[k].end],
                        prefix=a.prefix, candidates=[m.value])


RECEIVED_REACH = 3     # "קיבל היום מסר": from a verb of receiving to the noun it takes, at most


def received_noun(k: int, matches: list[Match], tokens: list[Token], lex: Lexicon) -> bool:
    """Is token k the noun a verb of receiving takes, a day between them or none ("קיבל היום מסר"):
    a thing received, no verb ("מסר" is also "he told", "he handed over")?"""
    verbs = [v.last for v in matches if v.kind == "light" and v.value == "receive" and 0 < k - v.last <= RECEIVED_REACH]
    if not verbs:
        return False
    days = {j for d in matches if d.kind == "today" for j in range(d.first, d.last + 1)}
    return any(all(j in days or tokens[j].folded in lex.day_words for j in range(v + 1, k)) for v in verbs)


PASSIVE_REACH = 9      # "was received at the X Air Force Base by Y": words from the verb to "by", at most
MARKED_PASSIVE_REACH = 14  # "تم استقبال رئيس الحكومة الإسبانية، X، بعد وصوله، من طرف Y": ... after "it was done"


def _passive_hosts(matches: list[Match], actors: list[ActorMention], tokens: list[Token], lex: Lexicon) -> list[Match]:
    """"وكان X قد استُقبل من طرف Y", "X was received by Y" in a script that writes no passive: a verb of
    hosting whose agent follows after "by" ("من طرف", "من قبل") with no person between tells that X
    was received (the passive's subject the guest, Y the host). Where the pack names auxiliaries of
    the passive, one stands right before the verb ("X was received on Friday by Y"). A verbal noun
    of hosting after a word that makes it passive ("تم استقبال X من طرف Y", the reception of X was
    done by Y) has its guest between it and "by"."""
    out = []

    def by_at(m: Match, reach: int) -> int | None:
        return next((k for k in range(m.last + 1, min(len(tokens), m.last + reach + 1))
                     if any(tuple(x.folded for x in tokens[k:k + len(p)]) == p for p in lex.passive_agents)), None)

    def agent(by: int) -> bool:      # (the agent, or his title, right after "by": "by the Prime Minister of Ethiopia, X")
        return any(a.first > by and a.first - by <= 4 for a in (*actors, *(x for x in matches if x.kind in (
            "role", "role_fixed"))))

    for m in matches:
        if m.kind == "trigger" and m.value.role == "host" and m.first == m.last:
            before = tokens[m.first - 1].folded if m.first > 0 else ""
            if not lex.passive_auxiliaries or before in lex.passive_auxiliaries:
                by = by_at(m, PASSIVE_REACH)
                if by is not None and not any(m.last < a.first < by for a in actors) and agent(by) \
                        and any(a.last < m.first for a in actors):
                    m = m._replace(value=replace(m.value, role="passive"))
            # (or, where the verb comes first, a verb that opens its clause with one person after it
            # and "by" after him: "واستقبل X لدى وصوله من طرف Y", X was received by Y)
            opening = lex.subject_after_verb and not any(a.last < m.first for a in actors)
            if m.value.role == "host" and lex.passive_markers and (opening or (
                    before in lex.passive_markers or (before[:1] in lex.conjunctions and before[1:] in lex.passive_markers))):
                by = by_at(m, MARKED_PASSIVE_REACH)
                if by is not None and agent(by):
                    # (the guests between the word and "by"; one only after a verb that opens the clause)
                    guests = {a.candidates[0] if len(a.candidates) == 1 else a.surface for a in actors if m.last < a.first < by}
                    if guests and (not opening or len(guests) == 1):
                        m = m._replace(value=replace(m.value, role="passive"))
        out.append(m)
    return out


def _courtesy_calls(matches: list[Match], actors: list[ActorMention], tokens: list[Token], lex: Lexicon,
                    capitalised_titles: bool = False) -> list[Match]:
    """"X called on Y" with a person right after it (titles between), and no "to" after him: X paid Y a
    visit (the subject's meeting), not "called on Y to halt ...", an appeal, which stays a word of the future.
    With capitalised_titles (once the names the gazetteer lacks are read), the words of a long title
    written with capitals may stand between too ("Vice Chairman of the Central Military Commission")."""
    out = []
    reach = COURTESY_LONG_TITLE if capitalised_titles else COURTESY_TITLE_RUN
    for m in matches:
        if m.kind == "trigger" and m.value.role == "future" and m.phrase in lex.courtesy_calls:
            person = next((a for a in actors if a.kind in ("name", "short", "role", "unknown", "counterpart")
                           and m.last < a.first <= m.last + reach and not (
                               capitalised_titles and a.kind == "unknown" and not a.titled)), None)
            if person is not None and all(any(x.kind in ("role", "role_fixed", "name_title", "country", "official",
                                                       "transparent", "cprefix") and x.first <= k <= x.last for x in matches)
                                          or tokens[k].folded in lex.determiners or tokens[k].folded in lex.possessive_words
                                          or (capitalised_titles and lex.capitalised_names and (
                                              tokens[k].surface[:1].isupper() or tokens[k].folded in lex.portfolio_links))
                                          for k in range(m.last + 1, person.first)) \
                    and not any(tokens[k].folded in lex.courtesy_not_after and not (
                                    k + 1 < len(tokens) and tokens[k + 1].folded in lex.courtesy_purposes)
                                for last in (person, _listed_last(person, actors, tokens, lex))
                                for k in range(last.last + 1, min(len(tokens), last.last + 3))):
                m = m._replace(value=Trigger("meeting", "subject"))
        out.append(m)
    return out


def _listed_last(first: "ActorMention", actors: list, tokens: list[Token], lex: Lexicon) -> "ActorMention":
    """The last person of the list that begins with `first`: each next one after only the words of his
    title, "and" or "of" ("A, Chief of Staff General B and Admiral C"), in a script with capitals."""
    last = first
    for a in sorted((a for a in actors if a.first > first.last), key=lambda a: a.first):
        between = tokens[last.last + 1:a.first]
        if len(between) > COURTESY_LONG_TITLE or not lex.capitalised_names or not all(
                t.surface[:1].isupper() or t.folded in lex.list_words or t.folded in lex.portfolio_links
                or t.folded in lex.determiners for t in between):
            break
        last = a
    return last


def _holder_named(country: str, kind: str, word: str, on: date, lex: Lexicon) -> str | None:
    """The one holder of the office on the date one of whose names has the folded word, or None."""
    holders = lex.gaz.holders(f"{country}.{kind}", on)
    if len(holders) != 1:
        return None
    person = lex.gaz.persons.get(holders[0])
    if person is None or not any(word in fold(n).split() for ns in person.names.values() for n in ns):
        return None
    return holders[0]


def _other_title(named: "ActorMention | None", phrase: str, country: str | None, last: int, tokens: list[Token],
                 matches: list[Match], lex: Lexicon) -> bool:
    """"التقى أوباما الملك سلمان": is the title right after a name another man's, by its countries (a
    king's title after a president's name) or by a given name right after it (no word of a title:
    "نائب")?"""
    if last + 1 < len(tokens) and tokens[last + 1].folded in lex.given_names and not any(
            m.first == last + 1 and m.kind in ("role", "role_fixed", "official", "name_title", "transparent")
            for m in matches):
        return True
    only = _title_countries(phrase, lex.title_only_for, lex) if country is None else ()
    return bool(only) and named is not None and bool(named.candidates) and all(
        pid in lex.gaz.persons and lex.gaz.persons[pid].country not in only for pid in named.candidates)


def _title_countries(phrase: str, table: dict, lex: Lexicon) -> frozenset:
    """The countries a table of titles gives a title, with or without the article written into
    the phrase: those whose office it never names (lex.title_not_for: "الرئيس", no kingdom), or
    the only ones it names (lex.title_only_for: "الملك", kingdoms)."""
    got = table.get(phrase)
    if got is None:
        got = next((table[phrase[len(d):]] for d in lex.definite
                    if phrase.startswith(d) and phrase[len(d):] in table), ())
    return frozenset(got)


SURNAME_WORD = 5.0      # a surname standing alone is no commoner a word than this
OFFICIAL_REACH = 6      # "سفير البيرو لدى المملكة X": the words from the official's title to the name, at most


def _posted(c, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the state c where an official is posted ("to Ghana", "لدى الأردن", "בישראל"), not his own?"""
    return (c.first > 0 and sa.tokens[c.first - 1].folded in lex.posting_words) or (
        bool(c.prefix) and c.prefix[-1:] in lex.posting_prefixes)


def _official_of(sa: SentenceAnalysis, a: "ActorMention", lex: Lexicon) -> str | None:
    """The state of an official the gazetteer lacks, from a title of office with the state's name
    right beside it before the name ("سفير البيرو لدى المملكة X", "Peru's ambassador, X", "שגריר
    פרו X"), with no other person between: the country's code."""
    for m in sa.matches:
        if m.kind != "official" or not 0 < a.first - m.last <= OFFICIAL_REACH:
            continue
        if any(b is not a and m.last < b.first < a.first for b in sa.actors):
            continue
        near = [c for c in sa.matches if c.kind == "country" and not _posted(c, sa, lex) and (
            c.last == m.first - 1 or m.last < c.first <= m.last + 2 and all(
                any(x.first <= j <= x.last and x.kind == "cprefix" for x in sa.matches)
                for j in range(m.last + 1, c.first)))]
        if near:
            return near[0].value
    return None


ENVOY_RUN = 9         # "سفير جمهورية ألمانيا الاتحادية لدى المملكة": words of a title's states and places, at most
ENVOY_NAME = 3        # words of the name after it, at most
ENVOY_NAME_QUOTES = "\"«“'"      # marks that may open an envoy's name right after his title
ENVOY_STOP = 5.5      # a word this common ends the name ("سفير باكستان لدى المملكة في مكتبه")


def envoy_names(sa: SentenceAnalysis, lex: Lexicon, text: str) -> list[ActorMention]:
    """The name after an envoy's title, however common its words ("سفير جمهورية باكستان لدى
    المملكة منظور الحق", "سفير دولة باكستان الأستاذ X", "ambassador ... ، بوريس روغه"): the title,
    its states and places (and the words that join them: "جمهورية", "لدى"), at most one comma and
    an honorific, then two or three words up to a punctuation mark, a word of the pack, a common
    word, a word of the date ("أمس"), a word glued to a preposition, or a definite word once two
    are read."""
    tokens, out = sa.tokens, []
    if not any(tok.folded in lex.envoy_words for tok in tokens):
        return out
    covered = _covered(sa.matches, tokens, lex)
    placed = {k for m in sa.matches if m.kind in ("country", "place") for k in range(m.first, m.last + 1)}
    honour = {k for m in sa.matches if m.kind in ("name_title", "transparent") for k in range(m.first, m.last + 1)}
    common = rarity(lex.lang)
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.folded not in lex.envoy_words:
            continue
        k, states, commas = i + 1, False, 0
        while k < n and k - i <= ENVOY_RUN and (k in placed or tokens[k].folded in lex.envoy_fillers):
            states = states or k in placed
            k += 1
            gap = text[tokens[k - 1].end:tokens[k].start] if k < n else ""
            if gap.strip(" ،,"):
                break
            if gap.strip():
                commas += 1
                break
        if not states or k >= n or k - 1 in placed and k - 1 == i:
            continue
        if text[tokens[k - 1].end:tokens[k].start].strip(" ،,").strip(ENVOY_NAME_QUOTES):
            continue          # (the name may stand in quotes: 'القنصل العام في القدس "X Y"')
        while k < n and k in honour:
            k += 1
        first, last = k, None
        for j in range(k, min(n, k + ENVOY_NAME)):
            w = tokens[j]
            if j > k and text[tokens[j - 1].end:w.start].strip():
                break         # (a mark between words ends the name)
            if j in covered or common(w.surface) >= ENVOY_STOP or _clitic_word(w, lex) or \
                    w.folded in lex.day_words or w.folded in lex.not_names or \
                    w.folded[:1] in lex.conjunctions and common(w.surface[1:]) >= CONJOINED_COMMON or \
                    (j - k >= 2 and any(w.folded.startswith(a) for a in lex.definite)):
                break
            last = j
        if last is None or last == first:
            continue
        if any(_owned_common(tokens[j].folded, lex) for j in range(first, last + 1)):
            continue          # "أكد السفير الصيني تواصل دعم بلاده": "his country" is no word of a name
        out.append(ActorMention("unknown", first, last, tokens[first].start, tokens[last].end,
                                text[tokens[first].start:tokens[last].end], titled=True))
    return out


def _preposition_noun_pronoun(word: str, lex: Lexicon) -> bool:
    """Is the folded word a preposition, a common noun and a possessive pronoun glued together
    ("בלשכתו", in his office): no name, in a language that writes them so (pack key possessive_endings)?"""
    if not lex.possessive_endings or word[:1] not in lex.preposition_letters:
        return False
    common = rarity(lex.lang)
    return any(word.endswith(e) and len(word) - 1 - len(e) >= 3 and common(word[1:-len(e)]) >= OWNED_COMMON
               for e in lex.possessive_endings)


OWNED_COMMON = 4.0    # a common word this frequent, with a pronoun glued to it ("بلاده"), is no word of a name


def _owned_common(word: str, lex: Lexicon, at_least: float = OWNED_COMMON) -> bool:
    """Is the folded word a common word (of three letters or more, this frequent at least) with a
    possessive pronoun glued to it ("بلاده", his country)?"""
    common = rarity(lex.lang)
    return any(word.endswith(s) and len(word) - len(s) >= 3 and common(word[:-len(s)]) >= at_least
               for s in lex.matcher.suffixes)


JOINED_OWNED = 3.0    # ... and a word this frequent, with "and" before it and a pronoun after ("وحرصه")


def _joined_owned(word: str, lex: Lexicon) -> bool:
    """Is the folded word "and" + a common word of three letters or more + a possessive pronoun
    ("وحرصه", and his keenness), no given name ("وجيه" keeps: too short a stem)?"""
    if word[:1] not in lex.conjunctions or word in lex.given_names:
        return False
    return _owned_common(word[1:], lex, JOINED_OWNED)


ACRONYM = 5           # letters of an all-capital word read as an acronym, at most
COMMON_SINGLE = 3.6   # a capitalised word alone this common (Zipf) is a word of the language, no name


HONOURED_COMMON = 4.0    # after an honorific, a first word of a name at most this common (Zipf) is his ("Conrad")


THING_WORD = 3.5      # "Aso Rock": a capitalised word this common (Zipf) after a surname makes a place or a thing of them
SKELETON_SCAN_MIN = 7   # letters of a full name's skeleton found by a scan of the words, at least
SKELETON_MEMO = 200_000  # words whose skeleton a run keeps, at most
SKELETON_COMMON = 5.0   # ... none of its words after the first this common (Zipf; a surname may be: "שריף" 3.8)


def skeleton_names(sa: SentenceAnalysis, lex: Lexicon, text: str, held: set[int]) -> list[ActorMention]:
    """"שאהבז שריף" for "שאהבאז שריף": two or three words in a row that no name took, whose skeleton
    (`name_skeleton`) is the full name of one known person in this script, spelt at most a few
    letters apart (`_letters_apart`)."""
    out: list[ActorMention] = []
    toks, drop, variants = sa.tokens, lex.skeleton_drop, lex.name_letter_variants
    # (only words no entry of the lexicon took, not even one dropped later: "الملك عبدالعزيز" of a
    # university, a name in a quote)
    held = held | {j for m in sa.matches for j in range(m.first, m.last + 1)}
    # (each free word's skeleton once; a word no name of two or three words holds ends the search there)
    memo, known = lex.word_skeletons, lex.skeleton_words
    if len(memo) > SKELETON_MEMO:
        memo.clear()          # (memory stays flat however many articles a run reads)
    sk: list[str | None] = []
    for j, tok in enumerate(toks):
        if j in held:
            sk.append(None)
            continue
        w = tok.folded
        if w not in memo:
            got = word_skeleton(one_sound(w, variants), drop)
            memo[w] = got if got in known else None
        sk.append(memo[w])
    common = None
    k = 0
    while k < len(toks) - 1:
        hit = None
        for n in (3, 2) if sk[k] is not None and sk[k] in lex.skeleton_firsts else ():
            span = range(k, k + n)
            # (words of one name: none taken, one space between each and the next)
            if k + n > len(toks) or any(sk[j] is None for j in span) or any(
                    j > k and toks[j].start - toks[j - 1].end > 1 for j in span):
                continue
            key = " ".join(sk[j] for j in span)
            if key not in lex.skeletons or len(key) - key.count(" ") < SKELETON_SCAN_MIN:
                continue
            # (a given name of the language opening them, or a common word among them, makes them a
            # person of their own or no name: "محمد عمر" is not "محمد عامر", "على العرض" no name)
            common = common or rarity(lex.lang)
            if toks[k].folded in lex.given_names or common(toks[k].surface) >= COMMON_SINGLE or any(
                    common(toks[j].surface) >= SKELETON_COMMON for j in span[1:]):
                continue
            words = tuple(toks[j].folded for j in span)
            pids = {p for p in lex.skeletons[key] if p in lex.gaz.persons and any(
                _letters_apart(words, key, nm, drop, variants) for nm in lex.gaz.persons[p].names.get(lex.lang, ()))}
            if len(pids) == 1:
                hit = (n, pids.pop())
                break
        if hit is None:
            k += 1
            continue
        n, pid = hit
        first, last = k, k + n - 1
        out.append(ActorMention("name", first, last, toks[first].start, toks[last].end,
                                text[toks[first].start:toks[last].end], candidates=[pid]))
        k += n
    return out


TITLE_CASE = 0.75     # a line whose words of four letters or more are this share capitalised: a headline in Title Case


def _title_case_line(tokens: list[Token]) -> bool:
    """Is the line a headline in Title Case, for the reading of a surname before a common word
    (`_names_a_thing`)? Looser than `title_cased` (a share of 0.75, words with an apostrophe
    counted, no least number of words); the two are kept apart because making them one changes
    an event on the labelled samples."""
    words = [tok.surface for tok in tokens if tok.surface[:1].isalpha() and len(tok.surface) >= 4]
    return sum(w[:1].isupper() for w in words) >= TITLE_CASE * len(words)


def _names_a_thing(a: "ActorMention", sa: SentenceAnalysis, lex: Lexicon, text: str, common) -> bool:
    """Does a capitalised common word (`common`: Zipf at least THING_WORD) follow the mention a with
    no space's worth of punctuation between, no day, month, given name or word of the lexicon's
    persons and titles ("Aso Rock")?"""
    k = a.last + 1
    if k >= len(sa.tokens) or text[sa.tokens[a.last].end:sa.tokens[k].start].strip() or not sa.tokens[k].surface[:1].isupper():
        return False
    w = sa.tokens[k].folded
    return w not in lex.day_words and w not in lex.month_words and w not in lex.given_names and common(w) >= THING_WORD \
        and not any(m.first == k and m.kind in ("name", "short", "role", "role_fixed", "official", "name_title")
                    for m in sa.matches)


def add_free_names(sa: SentenceAnalysis, lex: Lexicon, text: str, title_case: bool = False,
                   on: date | None = None) -> None:
    """Add to a sentence the names with no gazetteer entry that `free_names` finds there, and the
    names of office holders misspelt after their title (`holder_misspelt`)."""
    if not lex.name_max:
        return
    if on is not None and not lex.capitalised_names:
        _holders_misspelt(sa, lex, text, on)
    taken = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    roles = frozenset(k for a in sa.actors if a.kind == "role" and not a.bare for k in range(a.first, a.last + 1)) \
        if lex.roles_title_names else frozenset()
    found = free_names(sa.tokens, sa.matches, taken, lex, text, title_case, roles)
    if lex.capitalised_names:
        common = rarity(lex.lang)

        def common_word(k: int) -> bool:      # a word of the language, no given name
            return sa.tokens[k].folded not in lex.given_names and common(sa.tokens[k].surface.lower()) >= COMMON_SINGLE
        # ("the Sri Lanka Parliament Mahinda Yapa X"): a common word opening a name of three words or
        # more is the end of the phrase before it, no word of the name
        # (not a name-like word right after an honorific: "His Excellency Conrad Vincent Mederic" is all
        # his, but "His Excellency Citizen X" is X)
        honours = {m.last for m in sa.matches if m.kind == "name_title"}
        for a in found:
            while a.last - a.first >= 2 and common_word(a.first) and not (
                    a.first - 1 in honours and common(sa.tokens[a.first].surface.lower()) < HONOURED_COMMON):
                tok = sa.tokens[a.first + 1]
                a.first, a.start, a.prefix = a.first + 1, tok.start, ""
                a.surface = text[tok.start:a.end]
        # ("the General Debate", "the US", "EAM Jaishankar"): one capitalised word that is a common word of
        # the language or an acronym is no name of a person
        found = [a for a in found if not (a.first == a.last and (
            (a.surface.isupper() and len(a.surface) <= ACRONYM) or common_word(a.first)))]
        # ("Aso Rock", "Trump Tower", "Blair House"): a surname alone run on into a capitalised common
        # word, no day or month, is the name of a place or a thing, no person (not in a headline in
        # Title Case: "Putin Sends Condolences", "King Salman Speak by Phone")
        if any(a.kind == "short" for a in sa.actors) and not _title_case_line(sa.tokens):
            sa.actors = [a for a in sa.actors if not (a.kind == "short" and _names_a_thing(a, sa, lex, text, common))]
        if lex.determiners:
            # ("received Y at the Raj Bhavan", "the Taj Mahal"): capitalised words right after a determiner,
            # no title between, name a place or a thing, no person
            found = [a for a in found if not (a.first > 0 and sa.tokens[a.first - 1].folded in lex.determiners)]
        # ("the chief negotiator of Ansar Allah"): capitalised words after a lower-case noun and "of" name
        # what that noun is of, a body or a place, no person
        found = [a for a in found if not (a.first > 1 and sa.tokens[a.first - 1].folded in lex.body_of_words
                                          and sa.tokens[a.first - 2].surface[:1].islower())]
    if not lex.capitalised_names:
        # ("، وزادا مهامان بشير سفير ...": "and" glued to a name the gazetteer lacks is no letter of it)
        for a in found:
            w = sa.tokens[a.first].folded
            # (the rest a given name: not "فرانكلين", "وانغ", names whose first letter only looks like "and")
            if not a.prefix and w[:1] in lex.conjunctions and len(w) >= 4 and w not in lex.given_names \
                    and w[1:] in lex.given_names:
                a.prefix = sa.tokens[a.first].surface[:1]
    if lex.envoy_words and not lex.capitalised_names:
        held = taken | {k for a in found for k in range(a.first, a.last + 1)}
        found += [a for a in envoy_names(sa, lex, text) if not any(a.first <= k <= a.last for k in held)]
    if lex.skeletons and not lex.capitalised_names:
        held = taken | {k for a in found for k in range(a.first, a.last + 1)}
        found += skeleton_names(sa, lex, text, held)
    # a name right after a word for a thing named after a person ("USS Gerald R. Ford") is the thing's
    # (titles may stand between: "قلادة الملك عبد العزيز", the necklace named after King Abdulaziz)
    named_after = set()
    for m in sa.matches:
        if m.kind == "proxy" and m.value == "institution":
            k = m.last + 1
            # (titles that begin after the word, not one the word stands inside: "الأمين العام لجامعة
            # الدول العربية، السيد X" is the League's secretary-general, then X)
            while k in sa.skip or any(t.kind in ("role", "role_fixed", "name_title") and m.last < t.first <= k <= t.last
                                      for t in sa.matches):
                k += 1
            named_after |= {m.last + 1, k}
    # a word the text runs on into a known surname with ("بروكوب بافلوبولوس", "Eyad Allawi") is that
    # person's given name spelt another way, not a person of its own
    known_first = {a.first for a in sa.actors if a.kind in ("name", "short")}
    found = [a for a in found if a.first not in named_after and not (
        a.last + 1 in known_first and not text[sa.tokens[a.last].end:sa.tokens[a.last + 1].start].strip())]
    if not lex.capitalised_names:
        found = [_with_known_surname(a, sa, lex, text) for a in found]
    if lex.capitalised_names:
        # "Lok Sabha Speaker Om Birla": capitalised words right before a title, whose bearer is named
        # after it, are the body the title is of
        titles = {m.first: m.last for m in sa.matches if m.kind in ("role", "official")}
        starts = {a.first for a in sa.actors} | {a.first for a in found}
        found = [a for a in found if not (a.last + 1 in titles and titles[a.last + 1] + 1 in starts
                                          and not text[sa.tokens[a.last].end:sa.tokens[a.last + 1].start].strip())]
    for a in found:
        # "Paul D. Ryan": a known name with a middle initial the gazetteer does not write
        words = [sa.tokens[k].surface for k in range(a.first, a.last + 1)]
        kept = [w for w in words if len(w.rstrip(".")) > 1]
        if lex.capitalised_names and 2 <= len(kept) < len(words):
            pids = [v for kind, v, *_ in lex.matcher.entries(" ".join(kept)) if kind == "name"]
            if len(set(pids)) == 1:
                a.kind, a.candidates = "name", pids[:1]
        elif not lex.capitalised_names:
            _with_middle_name(a, sa, lex, text, taken)
    if found:
        # a title right before the name is its bearer's, not the office holder's of the day
        # ("وزير الخارجية الأمريكي ستيفن بيغن": one person, as written; "Foreign Minister Tsogtbaatar", a
        # title with no state: the surname of the one who held such an office that day, or as written)
        titles = {a.last: a for a in sa.actors if a.kind == "role" and (not a.bare or lex.capitalised_names)}
        honorific = {k for m in sa.matches if m.kind == "name_title" for k in range(m.first, m.last + 1)}
        for a in found:
            j = a.first - 1
            while j in honorific and j - 1 not in titles:
                j -= 1          # ("המנהיג הליטאי הרב X": an honorific between the role and the name)
            if j not in honorific:
                j = a.first
            r = titles.get(j - 1)
            if r is not None and not text[sa.tokens[r.last].end:sa.tokens[j].start].strip(" ،,"):
                sa.actors = [x for x in sa.actors if x is not r]
                a.office, a.titled = a.office or r.office, True
            # (and a title of a state's office in apposition right after it, a comma between, that titles
            # no one named after it: "Shaikh X, Emir of Kuwait": X, the emir if his name shares a word)
            r = next((x for x in sa.actors if x.kind == "role" and x.office and not x.office.startswith(".")
                      and x.first == a.last + 1), None)
            if r is not None and a.office is None and text[sa.tokens[a.last].end:sa.tokens[r.first].start].strip() in (",", "،") \
                    and not any(x.first == r.last + 1 and x.kind in ("name", "short", "unknown") for x in (*sa.actors, *found)):
                sa.actors = [x for x in sa.actors if x is not r]
                a.office, a.titled = r.office, True
            if a.office is None:
                country = _official_of(sa, a, lex)
                if country:
                    a.office, a.titled = country + ".official", True
        sa.actors.extend(found)
        sa.actors.sort(key=lambda a: a.first)
        if lex.courtesy_calls:
            # ("called on Vice Chairman of the Central Military Commission General X": the one
            # called on is a name the gazetteer lacks, after a long title)
            sa.matches = _courtesy_calls(sa.matches, sa.actors, sa.tokens, lex, capitalised_titles=True)


def _holders_misspelt(sa: SentenceAnalysis, lex: Lexicon, text: str, on: date) -> None:
    """"زعيم كوريا الشمالية، كيم حونغ أون،": words right after a title of one country's office (a
    comma between or none), up to the next punctuation, that the gazetteer does not know but that
    spell the name of the office's one holder on the day with a slip (`_same_name`) are that
    holder's name: the title and they become one mention of him, whose words name him elsewhere
    in the article ("والتقى كيم ...")."""
    taken = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    covered = _covered(sa.matches, sa.tokens, lex)
    found = []
    for r in sa.actors:
        if r.kind != "role" or r.bare or not r.office or r.office.startswith(".") or r.elect:
            continue
        before = r.last
        while (c := next((m for m in sa.matches if m.kind == "country" and m.first == before + 1), None)) is not None:
            before = c.last           # (the title's state after it: "زعيم كوريا الشمالية")
        k = before + 1
        if k >= len(sa.tokens) or k in taken or k in covered:
            continue
        gap = text[sa.tokens[before].end:sa.tokens[k].start].strip()
        if gap not in ("", ",", "،"):
            continue
        end = k
        while end + 1 < len(sa.tokens) and end + 1 - k < APPOSED_NAME and end + 1 not in taken \
                and not text[sa.tokens[end].end:sa.tokens[end + 1].start].strip():
            end += 1
        if end == k:
            continue          # (a name of two words at least)
        country, kind = r.office.split(".", 1)
        kinds = ("leader", "head_of_state", "head_of_government") if kind == "leader" else (kind,)
        holder = next((h[0] for kd in kinds if len(h := lex.gaz.holders(f"{country}.{kd}", on)) == 1), None)
        person = lex.gaz.persons.get(holder) if holder else None
        if person is None:
            continue
        # (the words up to the last that still spell his name: "مراد جاويش أوغلو و": the name, not "و")
        for last in range(end, k, -1):
            written = " ".join(sa.tokens[j].surface for j in range(k, last + 1))
            if any(_same_name(written, n, lex.long_vowels, lex.name_letter_variants)
                   for n in person.names.get(lex.lang, ())):
                found.append((r, ActorMention("name", k, last, sa.tokens[k].start, sa.tokens[last].end,
                                              text[sa.tokens[k].start:sa.tokens[last].end], candidates=[holder],
                                              office=r.office, titled=True)))
                break
    if found:
        gone = {id(r) for r, _ in found}
        sa.actors = sorted([a for a in sa.actors if id(a) not in gone] + [m for _, m in found], key=lambda a: a.first)


def _with_middle_name(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon, text: str, taken: set[int]) -> None:
    """"عباس مصطفى كامل": a known name of two words ("عباس كامل") with a given name (the father's)
    written between them, which the gazetteer does not: that person's name, the three words long
    (the free name may have stopped before the third, a common word: "كامل", whole). Only when the
    two words name one person, and the middle one is a given name of the language."""
    toks = sa.tokens
    if a.last - a.first == 1 and a.last + 1 < len(toks) and a.last + 1 not in taken \
            and not text[toks[a.last].end:toks[a.last + 1].start].strip():
        last = a.last + 1
    elif a.last - a.first == 2:
        last = a.last
    else:
        return
    first = toks[a.first].folded[len(a.prefix):] if a.prefix else toks[a.first].folded
    middle = toks[a.first + 1].folded
    if middle not in lex.given_data:
        return
    pids = {v for kind, v, *_ in lex.matcher.entries(first + " " + toks[last].folded) if kind == "name"}
    if len(pids) != 1:
        return
    pid = pids.pop()
    person = lex.gaz.persons.get(pid)
    # (not when the person's full name has another word there: "أحمد رامي الخطيب" is not "أحمد معاذ الخطيب")
    # ("بن" left out, and "عبدالله" may be written "عبد الله")
    if person is not None and any(
            len(ws) >= 3 and ws[0] == first and ws[-1] == toks[last].folded and (between := [
                w for w in ws[1:-1] if w not in lex.patronymics]) and middle not in between and middle != "".join(between)
            for ws in ([fold(w) for w in n.split()] for n in person.names.get(lex.lang, []))):
        return
    a.kind, a.candidates, a.last, a.end = "name", [pid], last, toks[last].end
    a.surface = text[a.start:a.end]


def surnames_named(sa: SentenceAnalysis, lex: Lexicon, at: bool = False):
    """(folded word, whose) of each name of two words or more the sentence names in full: its last
    word, and its first too for a person of a country that writes the family name first (with
    `at`, (folded word, whose, the name's first token))."""
    for a in sa.actors + sa.proxied:
        if a.kind == "unknown" and a.first == a.last and len(a.candidates) == 1:
            # ("الرئيس بخاري": one word after a title, the surname of that office's holder on the day)
            w = sa.tokens[a.first].folded
            w = w[len(a.prefix):] if a.prefix and w.startswith(a.prefix) else w
            yield (w, a.candidates[0], a.first) if at else (w, a.candidates[0])
            continue
        if a.last <= a.first or a.kind not in ("name", "unknown") or (a.kind == "name" and len(a.candidates) != 1):
            continue
        words = [sa.tokens[k] for k in range(a.first, a.last + 1)]
        key = a.candidates[0] if a.kind == "name" else ("name:" + a.unprefixed, a.office, a.titled)
        person = lex.gaz.persons.get(a.candidates[0]) if a.kind == "name" else None
        pick = [words[-1]] + ([words[0]] if person is not None and person.country in FAMILY_NAME_FIRST else [])
        for t in pick:
            w = t.folded[len(a.prefix):] if t is words[0] and a.prefix and t.folded.startswith(a.prefix) else t.folded
            yield (w, key, a.first) if at else (w, key)


RULER_FIRST_COMMON = 4.5   # a ruler's given name this common or more ("محمد", "عبدالله", "صباح") is nobody's alone


def ruler_firsts(sa: SentenceAnalysis, lex: Lexicon):
    """(folded given name, whose, first token) of each full name chain "X بن Y ..." of a head of
    state the gazetteer knows ("تميم بن حمد آل ثاني"), and of each full name of a person of a
    country whose leaders go by the given name ("نجيب عبد الرزاق"): they are called by the given
    name alone ("واتصل تميم بروحاني", "ذكر نجيب"), unless it is a common one."""
    if not lex.name_particles:
        return
    common = rarity(lex.lang)
    for a in sa.actors:
        if a.kind != "name" or len(a.candidates) != 1 or a.last <= a.first:
            continue
        person = lex.gaz.persons.get(a.candidates[0])
        if person is None or (lex.capitalised_names and person.country not in GIVEN_NAME_CALLED):
            continue          # (in Latin letters, only those who go by the given name: "Dr. Workneh")
        # (or anyone of a country whose leaders go by the given name: "نجيب" after "نجيب عبد الرزاق")
        if person.country not in GIVEN_NAME_CALLED and (
                a.last - a.first < 2 or sa.tokens[a.first + 1].folded not in lex.name_particles
                or not any(o.kind == "head_of_state" for o in person.offices)):
            continue
        t = sa.tokens[a.first]
        w = t.folded[len(a.prefix):] if a.prefix and t.folded.startswith(a.prefix) else t.folded
        if common(w) < RULER_FIRST_COMMON:
            yield w, a.candidates[0], a.first


SURNAME_REACH = 1     # a surname two persons of the article share names the one named in full this many sentences back at most


def _owner(keys: set, seen: list[tuple[int, int, object]], n: int, k: int):
    """Whose is a surname alone at token k of sentence n: its one owner in the article; of two
    or more ("كيم" of Kim Jong Un and of Kim Yo Jong), the one the text named in full last before
    it, in its sentence or up to SURNAME_REACH sentences back; else nobody's."""
    if len(keys) == 1:
        return next(iter(keys))
    before = [(m, f, key) for m, f, key in seen if (m, f) < (n, k)]
    if before and n - before[-1][0] <= SURNAME_REACH:
        return before[-1][2]
    return None


def article_surnames(analysed: list, lex: Lexicon) -> None:
    """A surname alone of someone the article names in full is that person, whether or not the
    gazetteer lists it as a short form ("كيم", "مون", "Iohannis") and whether or not the
    gazetteer knows them ("McConnell" after "Mitch McConnell", "الملقي" after "هاني الملقي").
    Adds those mentions to each sentence's actors."""
    owners: dict[str, set] = {}
    # where each word of a full name stands: word -> [(sentence, token, whose)], in text order
    seen: dict[str, list[tuple[int, int, object]]] = {}
    firsts: set[str] = set()        # given names a ruler is called by alone ("تميم" after "تميم بن حمد")
    fathers: dict[str, set] = {}    # word -> whose full name ends with it (his father's or family name)
    # given names that end a full name after a particle, "صالح" of "عبد القادر بن صالح": "بن صالح"
    # alone is his family name (a given name alone is too often another man's)
    particled: dict[str, set] = {}
    for n, (_, sa) in enumerate(analysed):
        for w, key, first in surnames_named(sa, lex, at=True):
            owners.setdefault(w, set()).add(key)
            fathers.setdefault(w, set()).add(key)
            seen.setdefault(w, []).append((n, first, key))
        if lex.name_particles:
            for a in sa.actors:
                if a.kind in ("name", "unknown") and a.last - a.first >= 2 \
                        and sa.tokens[a.last - 1].folded in lex.name_particles:
                    particled.setdefault(sa.tokens[a.last].folded, set()).add(
                        a.candidates[0] if a.kind == "name" and len(a.candidates) == 1
                        else ("name:" + a.unprefixed, a.office, a.titled) if a.kind == "unknown" else None)
        for w, key, first in ruler_firsts(sa, lex):
            firsts.add(w)
            owners.setdefault(w, set()).add(key)
            seen.setdefault(w, []).append((n, first, key))
    rare = rarity(lex.lang)
    # (in a script with capitals, a surname that is also a given name somewhere, "Mahamat" of "Moussa Faki
    # Mahamat", is his alone too, unless a full name of the article opens with it)
    opening = {sa.tokens[a.first].folded for _, sa in analysed for a in sa.actors
               if a.kind in ("name", "unknown") and a.last > a.first} if lex.capitalised_names else set()
    # every form a surname may take in the text, with a clitic chain before it: form -> (chain, surname)
    forms: dict[str, tuple[str, str]] = {}
    # (a surname that is also a given name, "مشعل" of "خالد مشعل", only right after "headed by": "وفد
    # برئاسة مشعل"; elsewhere it is too often another man's given name, "الأمير مشعل")
    headed: dict[str, tuple[str, str]] = {}
    for w, keys in owners.items():
        # (a family name of two letters written first is one too, "شي" of "شي جين بينغ")
        short_family = len(w) == 2 and all(isinstance(k, str) and k in lex.gaz.persons
                                           and lex.gaz.persons[k].country in FAMILY_NAME_FIRST for k in keys)
        if len(w) >= 3 and w in lex.given_data and w not in firsts and w not in lex.not_names:
            headed[w] = ("", w)
        if (len(w) < 3 and not short_family) or w in lex.not_names or (
                w in lex.given_data and w not in firsts and not (lex.capitalised_names and w not in opening)):
            continue
        for pre in [""] + lex.matcher.chains:
            forms.setdefault(pre + w, (pre, w))
        # ("للبشير": "to" merged with the article of "البشير" drops the article's first letter)
        art = next((a for a in lex.definite if w.startswith(a) and len(w) > len(a) + 2), None)
        if art is not None:
            for glued in lex.definite_glued:
                for pre in lex.matcher.chains:
                    if pre.endswith(glued):
                        forms.setdefault(pre + w[len(art):], (pre, w))
            # ("بارزاني" after "مسعود البارزاني": a family name of the article is written without it
            # too, unless that form is a given name, "الأحمد"/"أحمد")
            bare = w[len(art):]
            if bare not in lex.given_data and bare not in lex.not_names:
                for pre in [""] + [c for c in lex.matcher.chains if not any(c.endswith(g) for g in lex.definite_glued)]:
                    forms.setdefault(pre + bare, (pre, w))
    particled = {w: keys for w, keys in particled.items() if None not in keys and w not in forms}
    if not forms and not headed and not particled:
        return
    for n, (_, sa) in enumerate(analysed):
        if not any(m.kind == "trigger" for m in sa.matches):
            continue          # (a surname alone matters only where a contact is told)
        named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
        taken = _covered(sa.matches) | named
        added = []
        for k, t in enumerate(sa.tokens):
            if t.folded in particled and k > 0 and k not in taken and k - 1 not in taken \
                    and _family_particle(sa.tokens, k - 1, lex, named) and len(keys := particled[t.folded]) == 1:
                key = next(iter(keys))
                b = sa.tokens[k - 1]
                if isinstance(key, str):
                    added.append(ActorMention("short", k - 1, k, b.start, t.end, f"{b.surface} {t.surface}",
                                              candidates=[key], son_of=True))
                else:
                    added.append(ActorMention("unknown", k - 1, k, b.start, t.end, key[0][5:], office=key[1],
                                              titled=key[2]))
                continue
            hit = forms.get(t.folded)
            if hit is None and _headed_spot(sa.tokens, k, lex):
                hit = headed.get(t.folded)
            if hit is None or k in taken or (lex.capitalised_names and not t.surface[:1].isupper()):
                continue
            pre, w = hit
            if k + 1 < len(sa.tokens) and sa.tokens[k + 1].folded in lex.junior_words:
                continue          # "ترامب الابن": his son, not him
            if k - 1 in sa.proxy_ends:
                continue          # "لكن حزب X يمتلك الأغلبية": his party, not him (the proxies analyse read)
            keys = owners[w]
            if k > 0 and not pre and sa.tokens[k].start - sa.tokens[k - 1].end <= 1 \
                    and _particle_word(sa.tokens[k - 1].folded, lex):
                # "وبن سلمان" after "الملك سلمان" and "محمد بن سلمان": the son, whose name ends so
                keys = fathers.get(w, set()) & keys or keys
                son_of = len(keys) == 1 and keys <= fathers.get(w, set())
            else:
                son_of = False
            key = _owner(keys, [x for x in seen[w] if x[2] in keys], n, k)
            if key is None or (rare(t.surface[len(pre):]) >= SURNAME_WORD and not _family_name_written(key, k, sa, lex)):
                continue
            if isinstance(key, str):
                if k + 1 < len(sa.tokens) and k + 1 not in taken and sa.tokens[k + 1].folded not in forms and \
                        _family_name_of_another({key}, _run_on(sa.tokens, k, None), lex):
                    continue      # "كيم يونغ تشول" in an article about Kim Jong Un (not "كيم لترامب":
                    #               another surname of the article)
                added.append(ActorMention("short", k, k, t.start, t.end, t.surface, candidates=[key], prefix=pre,
                                          son_of=son_of))
            else:
                added.append(ActorMention("unknown", k, k, t.start, t.end, key[0][5:], office=key[1], titled=key[2]))
        if added:
            sa.actors.extend(added)
            sa.actors.sort(key=lambda a: a.first)


def _family_particle(tokens: list[Token], k: int, lex: Lexicon, named: set[int]) -> bool:
    """Is token k a name particle ("بن", "وبن") that opens a family name, not one inside a chain
    (no given name or name right before it: "محمد بن صالح" is another man, son of a Salih;
    "عبدالعزيز بن سعود بن فهد" the grandson of a Fahd)?"""
    w = tokens[k].folded
    if k > 0 and k - 1 in named and tokens[k].start - tokens[k - 1].end <= 1:
        return False
    if w not in lex.name_particles:
        return _particle_word(w, lex)        # ("وبن": "and" glued to it opens the name)
    return k == 0 or tokens[k - 1].folded not in lex.given_data and tokens[k - 1].folded not in lex.name_particles


def _particle_word(w: str, lex: Lexicon) -> bool:
    """Is the folded word a name particle ("بن"), "and" glued to it or none ("وبن")?"""
    return w in lex.name_particles or (w[:1] in lex.conjunctions and w[1:] in lex.name_particles)


def _family_name_written(key, k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k, a common word ("Park", "Moon"), the family name of a person of a country that
    writes it first, whom the article names in full, capitalised inside its sentence with no
    capitalised word after it ("Hayashi and Park held talks", not "Park Avenue")?"""
    person = lex.gaz.persons.get(key) if isinstance(key, str) else None
    toks = sa.tokens
    return bool(lex.capitalised_names) and person is not None and person.country in FAMILY_NAME_FIRST and k > 0 \
        and toks[k].surface[:1].isupper() and not (k + 1 < len(toks) and toks[k + 1].surface[:1].isupper())


def _headed_spot(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Does "headed by" / "led by" stand right before token k ("وفد برئاسة X")?"""
    return k > 0 and (tokens[k - 1].folded in lex.headed_by or tokens[k - 1].folded in lex.group_led_by)


def surname_may_come(sa: SentenceAnalysis, lex: Lexicon, elsewhere, written=lambda word: True) -> bool:
    """Could `article_surnames` add a mention to this sentence, which names nobody itself, whatever
    the other sentences of the article name? Only at a word that, with a clitic chain or none
    before it, is a word of a name the article writes elsewhere (`elsewhere(folded word)`: does it
    stand anywhere else in the article's folded text); the checks of article_surnames that need no
    other sentence are made here too. `elsewhere` may say True of any word (it errs that way
    only); `written(word)`, a cheaper question asked first, may too (does the word stand in
    another sentence at all)."""
    taken = _covered(sa.matches)
    rare = rarity(lex.lang)
    chains = frozenset(lex.matcher.chains)
    reach = max(map(len, chains), default=0)
    for k, t in enumerate(sa.tokens):
        if k in taken or (lex.capitalised_names and not t.surface[:1].isupper()):
            continue
        for n in range(min(reach, len(t.folded)) + 1):
            pre = t.folded[:n]
            if n and pre not in chains:
                continue
            w = t.folded[n:]
            if len(w) < 3 or w in lex.not_names or not written(w) or (
                    w in lex.given_data and (n or not _headed_spot(sa.tokens, k, lex))):
                continue
            if rare(t.surface[len(pre):]) < SURNAME_WORD and elsewhere(w):
                return True
    return False


COINCIDING_WITH = 14    # "تزامن قيام X بجولة في القارة السمراء مع": words from a verb of coinciding to its "with", at most


def titled_offices(analysed: list) -> dict[str, list[tuple[str | None, str]]]:
    """The offices the article gives those it names in full by a title right by the name, not a
    former one ("Foreign Minister Eli Cohen"): person -> (state, or None when the title names none;
    kind), in the order the text gives them."""
    out: dict[str, list[tuple[str | None, str]]] = {}
    for _, sa in analysed:
        for a in sa.actors:
            if a.kind == "name" and len(a.candidates) == 1 and a.title:
                office = (a.office.split(".", 1)[0] if a.office else None, a.title)
                if office not in out.setdefault(a.candidates[0], []):
                    out[a.candidates[0]].append(office)
    return out


def date_window(titled: dict[str, list[tuple[str | None, str]]], gaz: Gazetteer) -> list[tuple[date, date]] | None:
    """The time of an article with no date, as far as the offices of those it names tell it: the
    spans of days when every person the article titles (`titled_offices`) held an office of that
    kind (of that state, when the title names it). None when it titles no such person, or when
    their terms never meet."""
    spans: list[tuple[date, date]] | None = None
    for pid, offices in titled.items():
        person = gaz.persons.get(pid)
        for country, kind in offices:
            terms = [(o.start or date.min, o.end or date.max) for o in (person.offices if person else ())
                     if o.kind == kind and (not country or o.country == country)]
            if not terms:
                continue        # (an office the gazetteer does not give them tells nothing)
            spans = terms if spans is None else [
                (max(a0, b0), min(a1, b1)) for a0, a1 in spans for b0, b1 in terms if max(a0, b0) <= min(a1, b1)]
            if not spans:
                return None
    return spans or None


def two_countries_leaders(analysed: list, lex: Lexicon | None = None) -> None:
    """"قمة تاريخية بين زعيمي الدولتين", "between the leaders of the two countries", "the foreign
    ministers of the two countries": the holders of that office in the two countries named last
    before the words, in their sentence or the one before (and only two there), as two role
    mentions. And "قمة بين الكوريتين", "a summit between Egypt and Sudan": a summit between two
    states is one of their leaders."""
    seen: list[str] = []          # the countries of the sentence before
    for _, sa in analysed:
        if lex is not None and lex.summit_words:
            _summit_between_states(sa, lex)
        found = [(m.first, m.value) for m in sa.countries] + \
            [(m.first, c) for m in sa.matches if m.kind == "country_pair" for c in m.value]
        # (two capitals joined by "and" stand for their states: "باريس وبرلين"، "Paris and Berlin")
        places = {m.first: m for m in sa.matches if m.kind == "place" and isinstance(m.value, tuple) and len(m.value) == 2}
        for m in places.values():
            n = places.get(m.last + 1)
            if n is not None and lex is not None and n.prefix[:1] in lex.conjunctions and m.value[1] != n.value[1]:
                found += [(m.first, m.value[1]), (n.first, n.value[1])]
        found = sorted(found)
        for m in (m for m in sa.matches if m.kind == "two_leaders"):
            # (the two its own sentence names before it, when it names two; else with the sentence before's)
            own = list(dict.fromkeys(c for k, c in found if k < m.first))
            pair = own if len(own) == 2 else list(dict.fromkeys(seen + own))
            if len(pair) != 2:
                continue
            tok = sa.tokens[m.first], sa.tokens[m.last]
            for c in pair:
                sa.actors.append(ActorMention("role", m.first, m.last, tok[0].start, tok[1].end,
                                              tok[0].surface, office=f"{c}.{m.value}"))
            sa.actors.sort(key=lambda a: a.first)
        # "زعيمي الكوريتين", "the leaders of the two Koreas": a plural title, then a pair of countries
        pairs = [m for m in sa.matches if m.kind == "country_pair"]
        for m in (m for m in sa.matches if m.kind == "role_plural" and isinstance(m.value, str)):
            p = next((p for p in pairs if 1 <= p.first - m.last <= 2), None)
            if p is None or any(a.first <= m.first <= a.last for a in sa.actors):
                continue
            tok = sa.tokens[m.first], sa.tokens[p.last]
            for c in p.value:
                sa.actors.append(ActorMention("role", m.first, p.last, tok[0].start, tok[1].end,
                                              tok[0].surface, office=f"{c}.{m.value}"))
            sa.actors.sort(key=lambda a: a.first)
        seen = [c for _, c in found]


SUMMIT_BETWEEN = 3      # "قمة نادرة بين": "between" this near after the summit word
SUMMIT_BETWEEN_FAR = 6  # ... or this near, nobody named between


def summit_word(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word a summit word, alone or in a phrase ("summit with", "عقدت قمة")?"""
    return t.phrase in lex.summit_words or any(sa.tokens[k].folded in lex.summit_words
                                               for k in range(t.first, t.last + 1))


def _summit_between_states(sa: SentenceAnalysis, lex: Lexicon) -> None:
    """"قمة نادرة بين الكوريتين", "a summit between Egypt and Sudan": the leaders of the two states
    "between" names right after a summit word, as two role mentions where the states are written
    (none when a person is named there: "قمة بين مصر ممثلة برئيسها X")."""
    taken = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    for t in sa.matches:
        if t.kind != "trigger" or not summit_word(t, sa, lex):
            continue          # (a summit word, alone or in a phrase: "عقدت قمة")
        # (or farther, the summit's size, verb of holding, time or place between, nobody named there:
        # "قمة ثلاثية عقدت مؤخرا بطهران بين")
        b = next((m for m in sa.matches if m.kind == "between" and t.last < m.first <= t.last + SUMMIT_BETWEEN_FAR
                  and sa.same_clause(t.last, m.first) and (m.first <= t.last + SUMMIT_BETWEEN or not any(
                      t.last < j < m.first for j in taken))), None)
        if b is None:
            continue
        k = b.last + 1
        pair = next((m for m in sa.matches if m.kind == "country_pair" and m.first == k), None)
        if pair is not None:
            states, last = list(pair.value), pair.last
        else:
            # (two states joined by "and"; not a run of three or more, "بين مصر وقبرص واليونان", a
            # gathering whose parties are told apart elsewhere)
            run = [next((m for m in sa.matches if m.kind == "country" and m.first == k and not m.prefix), None)]
            while run[-1] is not None and len(run) < 4:
                run.append(next((m for m in sa.matches if m.kind == "country" and m.first == run[-1].last + 1
                                 and m.prefix[:1] in lex.conjunctions), None))
            run = [m for m in run if m is not None]
            states = list(dict.fromkeys(m.value for m in run))
            # (unless the word says it was of that many: "قمة ثلاثية ... بين تركيا وإيران وروسيا")
            size = next((lex.summit_sizes[sa.tokens[j].folded] for j in (t.last + 1, t.last + 2)
                         if j < len(sa.tokens) and sa.tokens[j].folded in lex.summit_sizes), 2)
            if len(run) != size or len(states) != size:
                continue
            last = run[-1].last
        if any(k <= j <= last for j in taken) or (last + 1 < len(sa.tokens) and last + 1 in taken):
            continue
        tok = sa.tokens[k], sa.tokens[last]
        for c in states:
            sa.actors.append(ActorMention("role", k, last, tok[0].start, tok[1].end, tok[0].surface,
                                          office=f"{c}.leader"))
        sa.actors.sort(key=lambda a: a.first)
        taken |= set(range(k, last + 1))     # ("عقدت قمة" and its "قمة": the states once)


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
        # (two words of one skeleton differ only by letters of `drop`: count them apart)
        common = sum(x.size for x in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
        if len(a) + len(b) - 2 * common > SKELETON_APART:
            return False
    return True


class Resolver:
    """Resolves mentions with what the article says elsewhere and who held which office when."""

    def __init__(self, gaz: Gazetteer, doc_pids: set[str], name_words: dict[str, set[str]] | None = None,
                 home: str | None = None, name_at: dict[str, list] | None = None,
                 chains: dict[str, set[tuple[str, ...]]] | None = None, bare_titles: frozenset = frozenset(),
                 name_entries=None, long_vowels: tuple[str, ...] = (), letter_variants: dict | None = None,
                 lex: Lexicon | None = None):
        self.gaz = gaz
        self.lex = lex                          # (the pack's: surnames of office holders, holders_by_surname)
        self.unknown_surnames: dict[str, str] = {}   # last word -> full name, of the names the gazetteer lacks the article gives
        self.doc_countries: frozenset[str] = frozenset()   # the states the article names, or a city of
        self.home = home
        self.doc_pids = doc_pids
        # words of the full names the article uses, and whose names they are: "آشتون" alone in an
        # article that named "آشتون كارتر" is Carter, not Catherine Ashton
        self.name_words = name_words or {}
        self.last_subject: str | None = None    # subject of the last contact found, for honorific pronouns
        self.subject_at = -1                    # the sentence of that contact
        self.owning: set[int] = set()           # offsets of honorific pronouns owning a contact word ("زيارة سموه")
        # honorific pronoun -> (person, sentence) the text styled with its titles, the last last
        self.styled: dict[str, list[tuple[str, int]]] = {}
        self.first_styled: dict[str, str] = {}   # honorific pronoun -> the first person the text styled so
        self.bare_titles = bare_titles              # the pronouns that are bare titles ("الوزير")
        self.sentence = -1                          # the index of the sentence being read
        # folded name -> the persons the gazetteer gives it (the matcher's name entries), and the
        # language's long vowels: for names written with a letter wrong (_misspelt)
        self.name_entries = name_entries
        self.long_vowels = long_vowels
        self.letter_variants = letter_variants or {}
        self.visitor: tuple[str, int] | None = None   # who arrived on a visit with no host named, and in which sentence
        self.topic: str | None = None           # the person the sentence before is about (pipeline._topic)
        self.said_topic: str | None = None      # ... or, over a sentence naming nobody, the one before
        self.delegation: tuple[str, int] | None = None   # the head of the last delegation named, and where
        self.before: list = []                  # the two sentences before, in the same field (their dates)
        self.chains = chains or {}              # whose -> his full names' words, "بن" left out
        self.name_at = name_at or {}            # word of a full name -> [(sentence, token, whose)], in text order
        self.here: int | None = None            # the sentence whose mentions are being resolved
        # an undated article's time: the days when each one it names in full under the title of an
        # office held that office (`date_window`), or None
        self.window: list[tuple[date, date]] | None = None
        self.titled: dict[str, set[str]] = {}   # person -> the kinds of office the article titles him by

    def _pick(self, cands: list[str], on: date | None, short: bool = False, dated: bool = False) -> str | None:
        got = self._choose(list(dict.fromkeys(cands)), on)
        # a surname alone names the person named in full elsewhere in the article, or someone
        # whose political career had begun by then
        if got is not None and short and got not in self.doc_pids and not (
                self.gaz.persons[got].in_career(on) and self.gaz.persons[got].alive_on(on)):
            return None       # (nor someone long dead: "the Truman Balcony" in 2016)
        # nobody takes part in a contact the text dates after their death: "عبدالله بن عبدالعزيز
        # الربيعة" met someone "yesterday" in August 2015, a namesake of the late King Abdullah
        # (an undated contact in a later article may be history: Chirac receiving Rafic Hariri)
        if got is not None and dated and not self.gaz.persons[got].alive_on(on):
            return None
        return got

    def _choose(self, cands: list[str], on: date | None) -> str | None:
        if len(cands) == 1:
            return cands[0]
        named = [c for c in cands if c in self.doc_pids]
        if len(named) == 1:
            return named[0]
        if not named and on is not None:            # the late Rafic Hariri is not the Hariri of 2015
            alive = [c for c in cands if self.gaz.persons[c].alive_on(on)]
            if len(alive) == 1:
                return alive[0]
            cands = alive or cands
        pool = named or cands
        if on is not None:
            serving = [c for c in pool if self.gaz.persons[c].offices_on(on)]
            if len(serving) == 1:
                return serving[0]
        return None

    def resolve(self, m: ActorMention, on: date | None, exclude: set[str] = frozenset(),
                dated: bool = False) -> str | None:
        """The person a mention names on date `on`; `dated` when that date comes from the text
        itself rather than from the publication date."""
        if m.kind == "short" and m.son_of:
            return m.candidates[0]
        if m.kind == "short":
            word = fold(m.unprefixed)
            owners = self.name_words.get(word, set())
            if len(owners) > 1 and self.here is not None:
                # a surname two persons of the article share: the one named in full last before it
                got = _owner(owners, self.name_at.get(word, []), self.here, m.first)
                if got is not None:
                    return got
            if owners and not owners & set(m.candidates):
                return next(iter(owners)) if len(owners) == 1 else None
            # "Charles Flynn ... General Flynn": the surname of a name the gazetteer lacks, which the
            # article gave in full, is his (not Michael Flynn's, whom the article never names in full)
            # (unless one the surname names held an office that day: "President Obama" beside "Michelle Obama")
            if not owners and word in self.unknown_surnames and not any(
                    p in self.gaz.persons and self.gaz.persons[p].offices_on(on) for p in m.candidates):
                return "name:" + self.unknown_surnames[word]
        if m.homograph and not set(m.candidates) & self.doc_pids:
            return None           # "בחודשים מרץ ואפריל": a month, unless the article names Merz in full
        if m.kind in ("name", "short"):
            got = self._pick(m.candidates, on, short=m.kind == "short", dated=dated)
            if m.kind == "name" and got is not None and on is not None and m.office and not m.office.startswith("."):
                # "رئيس الوزراء القطري الشيخ عبدالله بن خليفة آل ثاني" in 2015: the name a former holder
                # bore, written for the holder of the day, whose longer name holds its every word in order
                country, kind = m.office.split(".", 1)
                person = self.gaz.persons.get(got)
                if person is not None and not any(o.kind == kind and o.held_on(on) for o in person.offices):
                    holders = [h for h in self.gaz.holders(m.office, on) if h != got]
                    words = [fold(w) for w in m.unprefixed.split()]
                    fits = [h for h in holders if any(in_order(words, [fold(w) for w in n.split()])
                                                      for ns in self.gaz.persons[h].names.values() for n in ns)]
                    if len(holders) == 1 and fits:
                        return fits[0]
            return got
        if m.kind == "delegation":    # "the delegation": its head, named earlier in the article
            return self.delegation[0] if self.delegation else None
        if m.kind == "pronoun":
            # ("سموه" after "استقبل الرئيس X الأمير Y": Y, the last one styled "prince"; the last
            # contact's subject when it was styled so and nobody was styled so after its sentence)
            inside = self.lex.title_pronoun_states.get(fold(m.unprefixed)) if self.lex is not None else None
            key = inside[0] if inside else fold(m.unprefixed.rsplit(" ", 1)[0] if m.country is not None else m.unprefixed)
            styled = self.styled.get(key) if m.start not in self.owning else None
            if m.country is not None and key in self.bare_titles:
                # ("والتقى الوزير الفرنسي": the last person of that state the text styled so)
                return next((p for p, _ in reversed(styled or []) if p in self.gaz.persons
                             and self.gaz.persons[p].country == m.country), None)
            if styled and key in self.bare_titles:
                # ("وذكر الوزير" after "X ... لقاء مع وزير الخارجية Y": the article's minister, X)
                # a bare title is the first person the text styled so, whom the article is about, unless
                # its own sentence styled one so before it ("واستعرض وزير الخارجية X ... التي قام بها الوزير")
                if styled[-1][1] == self.sentence:
                    return styled[-1][0]
                # (two styled so, one the subject of the last contact told: he, "His Highness the Amir
                # responded with a cable" after "the Amir X received a cable from Y")
                if self.lex is not None and self.lex.capitalised_names and len({p for p, _ in styled}) > 1 \
                        and self.last_subject in {p for p, _ in styled}:
                    return self.last_subject
                return self.first_styled.get(key)
            if key in self.bare_titles:
                return None       # ("وجه السفير رسالة" with no one styled so before: an ambassador we cannot tell)
            if styled and (styled[-1][1] > self.subject_at or self.last_subject not in {p for p, _ in styled}):
                return styled[-1][0]
            if m.gender:
                # ("He met Y": the one the sentence before was about, or the last contact's subject,
                # whose gender is the pronoun's; "She met Y" after a contact of a man's: someone else)
                # (the one before was about a name the gazetteer lacks, of no known gender: he)
                return next((p for p in (self.topic, self.last_subject)
                             if (p in self.gaz.persons and self.gaz.persons[p].gender == m.gender)
                             or (p is not None and p is self.topic and p.startswith("name:"))), None)
            return self.last_subject
        if m.kind == "unknown":
            # "فيصل مشعل" after "فيصل بن مشعل بن سعود": the opening words of a full name the
            # article gives someone, written without "بن": that person
            words = tuple(fold(w) for w in m.unprefixed.split())
            if len(words) >= 2:
                whose = {p for p, seqs in self.chains.items() if any(seq[:len(words)] == words for seq in seqs)}
                if len(whose) == 1:
                    return next(iter(whose))
            # the words of a full name the article gives someone ("John Paul" in a headline over
            # "Pope John Paul II", "كيم يونغ" over "كيم يونغ أون"): that person
            owners = None
            for w in (fold(w) for w in m.unprefixed.split()):
                got = self.name_words.get(w)
                if got is None:
                    # ("مارتن غريفيثفي": a word the text glued the next one to, "في", is the name's)
                    got = next((self.name_words[w[:n]] for n in range(len(w) - 1, max(3, len(w) - GLUED) - 1, -1)
                                if w[:n] in self.name_words), set())
                owners = got if owners is None else owners & got
            if owners and len(owners) == 1:
                return next(iter(owners))
            misspelt = self._misspelt(words, on)
            if misspelt is not None:
                return misspelt
            if self.lex is not None and self.lex.capitalised_names and m.office and on is not None:
                # ("the President of the Republic, Field Marshal, Omer Al-Basher": a name under a
                # title, two words that sound as those of the one holder of such an office that day)
                heard = self._titled_sounds(m, on)
                if heard is not None:
                    return heard
            if self.lex is not None and self.lex.sounds:
                # ("HH Sayyid Asaad bin Tarik al Said": the one person whose Latin name sounds so, in
                # career by the date)
                heard = {p for p in self.lex.sounds.get(name_sounds(m.unprefixed), ()) if p in self.gaz.persons
                         and self.gaz.persons[p].in_career(on)}
                if len(heard) == 1:
                    return heard.pop()
            if m.office is None:             # a name with no title: as written
                return "name:" + m.unprefixed
            # the holder of the title's office on that date (of the article's persons for a bare
            # title) when the name written shares a word with theirs ("وزير الخارجية مايك بومبو",
            # misspelt, is Pompeo); else the name as written, even when the office has a holder
            country, kind = m.office.split(".", 1)
            got = self._resolve_office(country, kind, on, exclude)
            if got and any(_same_name(m.unprefixed, n, self.long_vowels, self.letter_variants)
                           for ns in self.gaz.persons[got].names.values()
                           for n in ns):
                return got
            if got and self.lex is not None and not self.lex.capitalised_names and self._sounds_as(m.unprefixed, got):
                return got        # "יו"ר הפרלמנט המרוקאי ראשיד טלבי": the holder whose name in Latin letters sounds so
            if on is None and country and self.lex is not None and not self.lex.capitalised_names:
                # (an article with no date: the one who ever held the office whose name it is)
                alike = {p for p in self.gaz.holders(f"{country}.{kind}", None) if p not in exclude and any(
                    _same_name(m.unprefixed, n, self.long_vowels, self.letter_variants)
                    for n in self.gaz.persons[p].names.get(self.lex.lang, [])) or self._sounds_as(m.unprefixed, p)}
                if len(alike) == 1:
                    return alike.pop()
            if not country and len(m.unprefixed.split()) == 1:
                # "الملك سلمان", "King Abdullah": the one head of state of that given name on the date
                # (else "الرئيس بخاري": the one of that surname)
                # (two such heads of that given name that day, "King Abdullah" of Jordan and of Malaysia in
                # 2019: neither, and no one of that surname either)
                given = self._holders_by_given(kind, fold(m.unprefixed), on, exclude, m.only_for)
                if len(given) > 1:
                    # (the one of a state the article names, a city of it too: "AMMAN — King Abdullah" in
                    # 2021, when Malaysia's king was an Abdullah as well)
                    given = {p for p in given if self.gaz.persons[p].country in self.doc_countries} or given
                if given:
                    return given.pop() if len(given) == 1 else None
                return self._holder_by_surname(kind, fold(m.unprefixed), on, exclude, m.only_for)
            return "name:" + m.unprefixed
        if m.kind == "role":
            country, kind = m.office.split(".", 1)
            if m.elect:
                return self._next_holder(country, kind, on, exclude)
            # "the North Korean leader": the leader, else the head of state, else of government
            kinds = ("leader", "head_of_state", "head_of_government") if kind == "leader" else (kind,)
            if m.gender:
                # ("رئيسة الوزراء", a woman's title: no man holds it here)
                exclude = exclude | {p for p in self.doc_pids if self.gaz.persons[p].gender not in (None, m.gender)}
            for k in kinds:
                got = self._resolve_office(country, k, on, exclude, m.not_for, m.only_for)
                if got and m.gender and self.gaz.persons[got].gender not in (None, m.gender):
                    continue
                if got:
                    return got
        return None

    def _titled_sounds(self, m: ActorMention, on: date) -> str | None:
        """The one person who held an office of the kind m's title names on the date (of its state,
        when the title names one) whose Latin name sounds as m's words, word for word."""
        key = name_sounds(m.unprefixed)
        if len(key) < 2 or sum(map(len, key)) < TITLED_SOUND_MIN:
            return None
        country, kind = m.office.split(".", 1)
        kinds = HEAD_OF_STATE_OFFICES if kind == "head_of_state" else (kind,)
        hits = {pid for office, held in self.gaz.by_office.items()
                if office.split(".", 1)[1] in kinds and (not country or office.split(".", 1)[0] == country)
                for o, pid in held if o.held_on(on)}
        hits = {p for p in hits if any(name_sounds(n) == key for n in {self.gaz.persons[p].name, *self.gaz.persons[p].names.get("en", [])})}
        return hits.pop() if len(hits) == 1 else None

    def _sounds_as(self, written: str, pid: str) -> bool:
        """Does a name written in Arabic or Hebrew letters sound as the person's Latin name?"""
        person = self.gaz.persons[pid]
        return any(_sounds_alike(written, n) for n in [person.name, *person.names.get("en", [])])

    def _misspelt(self, words: tuple[str, ...], on: date | None) -> str | None:
        """"مسعود بازراني" for "مسعود بارزاني": a name of two words or more the gazetteer lacks whose
        last word, two letters swapped, one letter dropped or a long vowel added, gives the name
        of one known person whose career had begun by the date."""
        if len(words) < 2:
            return None
        if self.name_entries is None or len(words[-1]) < MISSPELT_MIN:
            return self._skeleton_of(words, on)
        head, w = " ".join(words[:-1]), words[-1]
        variants = {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(len(w) - 1)}
        variants |= {w[:i] + w[i + 1:] for i in range(len(w))}
        variants |= {w[:i] + v + w[i:] for i in range(1, len(w)) for v in self.long_vowels}
        if self.lex is not None and self.lex.capitalised_names:
            # (Latin letters: one vowel written for another, "Cavusaglu" for "Cavusoglu")
            variants |= {w[:i] + v + w[i + 1:] for i in range(1, len(w)) if w[i] in _LATIN_VOWELS for v in _LATIN_VOWELS}
        variants.discard(w)
        found = set()
        for v in variants:
            found.update(self.name_entries(f"{head} {v}"))
        found = {p for p in found if p in self.gaz.persons and self.gaz.persons[p].in_career(on)}
        return found.pop() if len(found) == 1 else self._skeleton_of(words, on)

    def _skeleton_of(self, words: tuple[str, ...], on: date | None) -> str | None:
        """"ريئوفين ريفلن" for "ريوفين ريفلين", "הייקו מאאס" for "הייקו מאס": the one person whose
        career had begun by the date and one of whose full names has the skeleton of the words
        (`name_skeleton`: every word with the letters writers add or leave out dropped)."""
        skeletons = self.lex.skeletons if self.lex is not None else None
        if not skeletons:
            return None
        variants = self.lex.name_letter_variants
        key = name_skeleton(" ".join(words), self.lex.skeleton_drop, variants)
        if len(key) - key.count(" ") < SKELETON_NAME_MIN:
            return None
        drop = self.lex.skeleton_drop
        found = {p for p in skeletons.get(key, ()) if p in self.gaz.persons and self.gaz.persons[p].in_career(on)
                 and any(_letters_apart(words, key, n, drop, variants) for n in self.gaz.persons[p].names.get(self.lex.lang, ()))}
        return found.pop() if len(found) == 1 else None

    def _next_holder(self, country: str, kind: str, on: date | None, exclude: set[str]) -> str | None:
        """Who takes the office next after `on`, within the months between an election and the
        start of a term; for a role with no country, one the article names."""
        if on is None:
            return None
        kinds = ("head_of_state", "head_of_government") if kind == "leader" else (kind,)
        keys = [f"{country}.{k}" for k in kinds] if country else \
            [key for key in self.gaz.by_office if key.split(".", 1)[1] in kinds]
        hits = set()
        for key in keys:
            for o, pid in self.gaz.by_office.get(key, []):
                if pid in exclude or o.start is None or not (country or pid in self.doc_pids):
                    continue
                if on < o.start <= on + ELECT_WINDOW:
                    hits.add(pid)
        return hits.pop() if len(hits) == 1 else None

    def _holders_by_given(self, kind: str, word: str, on: date | None, exclude: set[str],
                          only_for: frozenset = frozenset()) -> set[str]:
        """Those who held an office of that kind on the date whose given name it is (with no date, who
        ever did: "King Charles" is one, "King Abdullah" two)."""
        hits = set()
        for key, held in self.gaz.by_office.items():
            if not key.endswith("." + kind) or not _fits_title(key.split(".", 1)[0], frozenset(), only_for):
                continue
            for o, pid in held:
                if pid in exclude or (on is not None and not o.held_on(on)):
                    continue
                p = self.gaz.persons[pid]
                if any(fold(n.split()[0]) == word for ns in p.names.values() for n in ns if n.split()):
                    hits.add(pid)
        return hits

    def _holder_by_surname(self, kind: str, word: str, on: date | None, exclude: set[str],
                           only_for: frozenset = frozenset()) -> str | None:
        if on is None or self.lex is None:
            return None
        hits = {p for p in holders_by_surname(word, None, kind, on, self.lex) if p not in exclude and (
            not only_for or self.gaz.persons[p].country in only_for)}
        return hits.pop() if len(hits) == 1 else None

    def resolve_office_of(self, country: str, kind: str, on: date | None, exclude: set[str]) -> str | None:
        """The one holder of the country's office of that kind on the date, not among `exclude`."""
        return self._resolve_office(country, kind, on, exclude) if on is not None else None

    def _resolve_office(self, country: str, kind: str, on: date | None, exclude: set[str],
                        not_for: frozenset = frozenset(), only_for: frozenset = frozenset()) -> str | None:
        if country:
            holders = self.gaz.holders(f"{country}.{kind}", on)
            if on is None:
                holders = self._undated(f"{country}.{kind}", holders)
            holders = [h for h in holders if h not in exclude] or holders
            if len(holders) == 1:
                return holders[0]
            named = [h for h in holders if h in self.doc_pids]
            return named[0] if len(named) == 1 else None
        # bare role: someone the article names who held that kind of office then; else, in a
        # language of one country, that country's holder
        fits = [p for p in self.doc_pids if p not in exclude and any(
            o.kind == kind and _fits_title(o.country, not_for, only_for)
            and (on is None or o.held_on(on)) for o in self.gaz.persons[p].offices)]
        if not fits and self.home and (on is not None or self.window) and _fits_title(self.home, not_for, only_for):
            return self._resolve_office(self.home, kind, on, exclude)
        if not fits and len(only_for) == 1 and on is not None:
            # ("رئيس الكنيست": a title only one state's office bears is that state's holder's)
            return self._resolve_office(next(iter(only_for)), kind, on, exclude)
        return fits[0] if len(fits) == 1 else None

    def _undated(self, key: str, holders: list[str]) -> list[str]:
        """Of all who ever held office `key` (`holders`), those an undated article may mean: the ones
        it names, else those who held it in its time (`window`), when it has one."""
        named = [h for h in holders if h in self.doc_pids]
        return named if named or not self.window else self._in_window(key)

    def _in_window(self, key: str) -> list[str]:
        """Those who held office `key` on some day of the undated article's time (`window`)."""
        return list(dict.fromkeys(h for span in self.window or () for h in self.gaz.holders_between(key, *span)))

    def resolve_own(self, m: ActorMention, whose: str | None, on: date | None, country: str | None = None) -> str | None:
        """'his foreign minister' = the holder of that office in the country of `whose`; 'its foreign
        minister' ("قادا طهران للتحرك، فأجرى وزير خارجيتها") = the holder in `country`."""
        p = self.gaz.persons.get(whose) if whose else None
        if p is not None and p.country:
            country = p.country
        if not country:
            return None
        holders = [h for h in self.gaz.holders(f"{country}{m.office}", on) if h != whose]
        if on is None:
            holders = [h for h in self._undated(f"{country}{m.office}", holders) if h != whose]
        return holders[0] if len(holders) == 1 else None

    def resolve_counterpart(self, m: ActorMention, other: str | None, on: date | None) -> str | None:
        """'his counterpart' = the holder of the other participant's office in the named country."""
        country = m.office.split(".", 1)[0]
        if not other or not country:
            return None
        p = self.gaz.persons.get(other)
        offs = p.offices_on(on) if (p and on) else (p.offices if p else [])
        for o in offs:
            holders = self.gaz.holders(f"{country}.{o.kind}", on)
            if on is None:
                holders = [h for h in holders if h in self.doc_pids]
            if len(holders) == 1:
                return holders[0]
            # (an office many hold, "minister": the one of them the article names, "نوفاك ... مع نظيره
            # الإيراني" after "وزيري النفط الإيراني بيجن زنغنه، والطاقة الروسي ألكسندر نوفاك")
            named = [h for h in holders if h in self.doc_pids and h != other]
            if len(named) == 1:
                return named[0]
        if on is None and self.window:
            # (an article with no date: the holder, in its time, of the office it titles the other by,
            # "שר הביטחון X שוחח עם מקבילו היווני"; not of any other office he held once)
            for kind in sorted(self.titled.get(other, ())):
                holders = [h for h in self._in_window(f"{country}.{kind}") if h != other]
                if len(holders) == 1:
                    return holders[0]
        return None
