"""What the actors stage finds in a sentence (`ActorMention`, `SentenceAnalysis`) and the small
tests its parts share: a month word, a foreign word, a capitalised run, a title of the other gender,
plural roles ("the foreign ministers of X and Y")."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from operator import itemgetter
import re

from readouts.knowledge.lexicon import Lexicon, rarity
from readouts.knowledge.matcher import Match, Token
from readouts.textnorm import fold

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
_SEMICOLON = re.compile("[;؛]")
ENTITY_KINDS = {"name", "short", "role", "role_fixed", "role_plural", "country", "place", "pronoun", "own_country"}
# the offices a head of state's title ("president", "الرئيس") may name: a supreme leader's, a leader's too
HEAD_OF_STATE_OFFICES = ("head_of_state", "supreme_leader", "leader")


def title_kinds(kind: str) -> tuple[str, ...]:
    """The offices a title of that kind names: "the North Korean leader" is the leader, else the head of
    state, else of government."""
    return ("leader", "head_of_state", "head_of_government") if kind == "leader" else (kind,)


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


LIST_LEAD = 6    # "from several countries, including A, B": words leading into a plural title's list, at most


def _plural_roles(ents: list[Match], used: set[int], tokens: list[Token], text: str, skip: set[int],
                  lex: Lexicon, proxied: frozenset[int] = frozenset(), locs: frozenset[int] = frozenset()
                  ) -> list["ActorMention"]:
    """A plural title with a list of countries ("מנהיגי רוסיה והודו", "the foreign ministers of
    India and Pakistan", "وزراء خارجية مصر والأردن", "the Indian and Pakistani foreign ministers")
    names one office holder per country; not after a proxy word ("مبعوثي رؤساء وزراء الهند
    واليابان": their envoys), one that ends at a token of `proxied`. Counterparts may name their
    countries after "in" or "from" (a token of `locs`): "نظيريها في ألمانيا والسويد", "his counterparts
    from A, B and C"."""
    out = []

    def joined(a: int, b: int) -> bool:
        """Only commas, list words ("and", "of") and skippable words between token a and token b."""
        between = range(a + 1, b)
        return len(between) <= 2 and all(k in skip or tokens[k].folded in lex.list_words for k in between) \
            and all(_LIST_GAP.match(text[tokens[k].end:tokens[k + 1].start]) for k in range(a, b))

    def led(a: int, b: int) -> bool:
        """Words that lead into a list between the title and its first country ("his counterparts
        from several countries, including A, B and C", "نظرائه من كل من A وB")."""
        return b - a - 1 <= LIST_LEAD and all(k in skip or tokens[k].folded in lex.list_lead or tokens[k].folded
                                                in lex.list_words for k in range(a + 1, b))

    for i, e in enumerate(ents):
        if e.kind != "role_plural" or e.first - 1 in proxied:
            continue
        found = []
        k, last = i + 1, e.last                  # countries after the title
        located = e.value == "counterpart" and e.last + 1 in locs
        if located:
            last = e.last + 1                    # ("نظيريه في X وY": his counterparts in X and in Y)
        while k < len(ents) and ents[k].kind == "country" and k not in used and (
                joined(last, ents[k].first) or (not found and led(last, ents[k].first))):
            found.append(k)
            last = ents[k].last
            k += 1
        if found and not joined(e.last + located, ents[found[0]].first) and k < len(ents) \
                and ents[k].kind == "role_plural" and joined(last, ents[k].first):
            found = []     # ("leaders, including the US and Slovak presidents": the demonyms are the next title's)
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
FOREIGN_WORD = 2.0   # in scripts without capitals, a word this rare after a surname is more of a foreign name
