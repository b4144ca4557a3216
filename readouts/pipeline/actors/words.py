"""Word by word: may this word be part of a person's name? Body words and ranks, clitics, common
nouns, future verbs, given names, a family name after, words the automaton did not know, where a
name ends; and whether a line is written in Title Case."""
from __future__ import annotations

from datetime import date
from itertools import compress
import re
import weakref

from readouts.knowledge.lexicon import Lexicon, rarity
from readouts.knowledge.matcher import Match, Token
from readouts.textnorm import fold
from readouts.pipeline.actors.mentions import HEAD_OF_STATE_OFFICES, _FOLDED, _INITIAL_GAP, _TITLE_GAP, _foreign


def _body_word(tok: Token, lex: Lexicon) -> bool:
    """In a script with capitals, is the word a body's or a title's written with one ("Army",
    "Commission", "Vice": the pack's surname_reject), no word of a person's name?"""
    return lex.capitalised_names and tok.surface[:1].isupper() and lex.surname_reject.search(tok.folded) is not None


def _body_after(tokens: list[Token], end: int, text: str, lex: Lexicon) -> bool:
    """Does a body's noun, capitalised and no given name, follow token `end` with nothing between
    ("the Fatah Central Committee", "the Indonesian Defence Ministry"): the words before it are the
    body's name, no person's?"""
    return end + 1 < len(tokens) and _body_word(tokens[end + 1], lex) and tokens[end + 1].folded not in lex.given_names \
        and not text[tokens[end].end:tokens[end + 1].start].strip()


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
    # (a line in Title Case is a headline's, not a sentence's that a full stop ends: "He met General Llyod J.
    # Austin, Secretary of Defence, and ..." capitalises names and titles only)
    headline = lex.capitalised_names and title_cased(tokens) and bool(tokens) \
        and text[tokens[-1].end:tokens[-1].end + 1] != "."
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
        # (in a script with capitals, a capital letter with its full stop inside a name is an initial, no
        # word of the language: "Phillip A. Min"; and so is a given name's abbreviation: "Ch. Vidyasagar Rao")
        initial = lex.capitalised_names and tok.surface[:1].isupper() and k + 1 < len(tokens) \
            and (len(tok.surface) == 1 and k > i or tok.folded in lex.name_abbreviations) \
            and _INITIAL_GAP.match(text[tok.end:tokens[k + 1].start]) and tokens[k + 1].surface[:1].isupper()
        if (k in covered and not family and not inner_given and not hyphened and not initial) or (
                word in lex.not_names and not chained and not family and not hyphened and not initial) \
                or any(c.isdigit() for c in tok.surface):
            break             # (a function word is no name, but "علي بن" is Ali's)
        if lex.capitalised_names and not tok.surface[:1].isupper() and not (k > i and (
                tok.folded in lex.name_particles or _particle_joined(tok, lex))):
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
            if gap.strip() and not (lex.capitalised_names and (len(tokens[k - 1].surface) == 1 or tokens[k - 1].folded in
                                                               lex.name_abbreviations) and _INITIAL_GAP.match(gap)) \
                    and not _hyphen_particle(k - 1, tokens, text, lex):
                break
        if k > i and not lex.capitalised_names and not hyphened and tok.folded[:1] in lex.conjunctions \
                and tok.folded not in lex.given_names and (
                    (k > i + 1 and tok.folded[:1] in lex.list_conjunctions)
                    or rarity(lex.lang)(tok.surface[1:]) >= (CONJOINED_THIRD if k > i + 1 else RARE_WORD)):
            break             # "آلان بيرسيه وحرس الشرف", "نسمة وتحتل": the name ended before "و" ("الحسن واتارا" is one;
            #                   and so is "جمال محمد فخرو", "ف" no "and" there and the rest no word)
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


CONJOINED_THIRD = 2.0    # after two words of a name, a word "and" opens whose rest is this common (Zipf) ends it


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


ACRONYM_LETTERS = 6   # "(COAS)", "(NSA)": initials in brackets after a title, at most this long


def _initials(word: str) -> bool:
    """Is the word a title's initials ("COAS", "NSA"): letters, capitals all, a few at most?"""
    return len(word) <= ACRONYM_LETTERS and word.isupper() and word.isalpha()


def _bracketed_acronym(tokens: list[Token], k: int, text: str) -> bool:
    """Is token k a word of capitals alone in brackets ("(NSA)"): a title's initials?"""
    return len(tokens[k].surface) >= 2 and _initials(tokens[k].surface) \
        and text[max(0, tokens[k].start - 1):tokens[k].start] == "(" and text[tokens[k].end:tokens[k].end + 1] == ")"


TITLED_SINGLE_COMMON = 3.9   # a capitalised word alone after a title this common (Zipf) is a word of the language


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
    if span is not None and span[0] == span[1] and lex.capitalised_names and tokens[span[0]].folded not in lex.given_names \
            and rarity(lex.lang)(tokens[span[0]].surface.lower()) >= TITLED_SINGLE_COMMON:
        return None           # ("The President of Cuba's Councils of State": a word of the language, a body's, no name)
    if span is not None and span[0] == span[1] and _bracketed_acronym(tokens, span[0], text):
        return None           # ("National Security Advisor (NSA) Jake Sullivan": the title's initials, no name)
    if span is not None and _body_after(tokens, span[1], text, lex):
        return None           # ("Secretary General of the Indonesian Defence Ministry": words of a body's name)
    if span is not None and lex.capitalised_names and span[1] > span[0] and any(
            lex.surname_reject.search(tokens[k].folded) and tokens[k].folded not in lex.given_names
            for k in range(span[0] + 1, span[1] + 1)):
        return None           # ("Secretary-General of the Inter-Parliamentary Union": the body, no one's name)
    if span is None or (country is None and kind is None):
        return span
    tail = [m for m in matches if m.kind in ("name", "short") and m.first == span[1] + 1]
    if tail and not text[tokens[span[1]].end:tokens[span[1] + 1].start].strip() and \
            _of_other_states(tail, country, lex, kind):
        return span[0], max(m.last for m in tail)
    return span


# gazetteer -> {office kind: {folded last word of a name: [(office, person)]}}, built when first asked
_SURNAMES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _surname_holders(word: str, country: str | None, kind: str, on: date | None, lex: Lexicon) -> bool:
    """Is the word after a title the surname of some holder of its office on the date, or, with no
    date, of the one person who ever held it whose surname it is?"""
    held = holders_by_surname(word, country, kind, on, lex)
    return bool(held) if on is not None else len(held) == 1


def holders_by_surname(word: str, country: str | None, kind: str, on: date | None, lex: Lexicon) -> set[str]:
    """The persons who held an office of that kind (in that country, when given) on the day (ever,
    with no day) and one of whose names, of two words or more, ends with the word: the support a
    surname alone after a title needs ("الرئيس بخاري" in 2015, Muhammadu Buhari)."""
    kinds = HEAD_OF_STATE_OFFICES + ("head_of_government",) if kind == "leader" else \
        HEAD_OF_STATE_OFFICES + (lex.bare_president_kinds if country is None else ()) if kind == "head_of_state" \
        else (kind,)
    out = set()
    # (one table per gazetteer and language: which words are surnames depends on the pack's name
    # particles, "خليفة بن سلمان" bears no surname "سلمان" whichever language's text asked first)
    tables = _SURNAMES.setdefault(lex.gaz, {}).setdefault(lex.lang, {})
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
        out |= {pid for o, pid in table.get(word, ()) if (on is None or o.held_on(on)) and (country is None or o.country == country)}
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
        if kind is not None and not lex.capitalised_names and tokens[i].folded not in lex.given_names \
                and _surname_holders(tokens[i].folded, country, kind, on, lex):
            return i, i           # "الرئيس بخاري": the surname of one who held such an office that day, however
            #                       common a word it is ("steam-powered"); with no date, of the one who ever did
            #                       ("שר החוץ אשכנזי")
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
        if _set_off_run_on(tokens, i, lex, text):
            return None
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
        if end == i and not (given_only or (located and common(tokens[i].surface) < RARE_WORD)) \
                or end == i and _set_off_run_on(tokens, i, lex, text):
            return None
    return i, end


def _set_off_run_on(tokens: list[Token], i: int, lex: Lexicon, text: str) -> bool:
    """"إلى أمير دولة قطر، سائلين الله": in a script without capitals, one word alone after a comma
    that runs on into the words after it opens a clause of its own, no name (a name set off by
    commas is closed by one: "، X،")."""
    return not lex.capitalised_names and bool(_COMMA_IN.search(text[tokens[i - 1].end:tokens[i].start])) \
        and i + 1 < len(tokens) and not text[tokens[i].end:tokens[i + 1].start].strip()


_MARKS = re.compile(r"[\u064b-\u0652\u0640]")      # Arabic short vowels, shadda, sukun, tatweel
_QUOTES = re.compile(r"[\"'«»“”״׳]")
# a geresh after a Hebrew letter inside a foreign word marks the sound it stands for (ג' j, צ' ch,
# ז' zh, ת' th, ח' kh, ע' gh, ד' dh: "מוצ'ונסקי"): a letter of the word, no quotation mark
_LETTER_GERESH = re.compile(r"(?<=[\u05d2\u05d3\u05d6\u05d7\u05e2\u05e5\u05e6\u05ea])['׳’](?=[\u05d0-\u05ea])")
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
    word = _LETTER_GERESH.sub("", _MARKS.sub("", tok.surface))
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


def _particle_joined(tok: Token, lex: Lexicon) -> bool:
    """In a script with capitals, is the word a name particle joined by a hyphen to a capitalised
    family name ("al-Rubaie", "el-Sisi", "bin-Salem"): a word of a name, though its first letter is small?"""
    head, _, rest = tok.surface.partition("-")
    return bool(lex.capitalised_names) and bool(rest) and rest[:1].isupper() and head.lower() in lex.name_particles


def _family_after(j: int, tokens: list[Token], lex: Lexicon) -> bool:
    """In a script with capitals, is token j a name particle ("al", "bin") inside a name, followed by
    a capitalised word, the family's or father's name however common a word it is ("al Said")?"""
    return bool(lex.capitalised_names) and j > 0 and j + 1 < len(tokens) and tokens[j].folded in lex.name_particles \
        and tokens[j].surface[:1].islower() and tokens[j + 1].surface[:1].isupper()


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
