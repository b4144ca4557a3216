"""`add_free_names`: after `analyse`, the persons no automaton found: free names, envoys by their
post, known full names spelt otherwise (skeletons), misspelt holders and middle names."""
from __future__ import annotations

from datetime import date

from readouts.knowledge.lexicon import Lexicon, one_sound, rarity, word_skeleton
from readouts.knowledge.matcher import Token
from readouts.textnorm import fold
from readouts.pipeline.actors.mentions import ActorMention, SentenceAnalysis, title_kinds
from readouts.pipeline.actors.words import POSSESSIVE, _covered
from readouts.pipeline.actors.names import APPOSED_NAME, free_names
from readouts.pipeline.actors.analyse import _courtesy_calls, _official_of, _with_known_surname, envoy_names
from readouts.pipeline.actors.spelling import _letters_apart, spells


ACRONYM = 5           # letters of an all-capital word read as an acronym, at most
COMMON_SINGLE = 3.6   # a capitalised word alone this common (Zipf) is a word of the language, no name


HONOURED_COMMON = 4.0    # after an honorific, a first word of a name at most this common (Zipf) is his ("Conrad")


THING_WORD = 3.5      # "Aso Rock": a capitalised word this common (Zipf) after a surname makes a place or a thing of them
SKELETON_SCAN_MIN = 7   # letters of a full name's skeleton found by a scan of the words, at least
SKELETON_MEMO = 200_000  # words whose skeleton a run keeps, at most
SKELETON_COMMON = 5.0   # ... none of its words after the first this common (Zipf; a surname may be: "שריף" 3.8)
PARTICLE_LETTERS = 2    # ... save a particle of two letters or fewer in the middle of three words ("בן", "بن")


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
            # (a given name opens the name of a foreign person, whose vowels vary, only: "باولو جانتيلوني")
            common = common or rarity(lex.lang)
            given = toks[k].folded in lex.given_names
            # (a common word may open a chain of three with a short particle inside, "son of": "מוחמד בן ראשיד")
            chained = n == 3 and len(toks[k + 1].folded) <= PARTICLE_LETTERS
            if (given and not lex.native_states) or (not given and not chained and common(toks[k].surface) >= COMMON_SINGLE) or any(
                    common(toks[j].surface) >= SKELETON_COMMON and not (chained and j == k + 1) for j in span[1:]):
                continue
            words = tuple(toks[j].folded for j in span)
            if any(kind == "name" for kind, *_ in lex.matcher.entries(" ".join(words))):
                continue      # (a known name as written, which the reading dropped: "دونالد ترامب جونيور")
            pids = {p for p in lex.skeletons[key] if p in lex.gaz.persons and any(
                _letters_apart(words, key, nm, drop, variants) for nm in lex.gaz.persons[p].names.get(lex.lang, ()))}
            if given and any(lex.gaz.persons[p].country in lex.native_states for p in pids):
                continue
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


def _slashed(a: ActorMention, text: str) -> bool:
    """Is the mention joined to the text before or after it by a slash ("AFP/ X", "X/PAP")?"""
    return text[max(0, a.start - 2):a.start].rstrip().endswith("/") or text[a.end:a.end + 2].lstrip().startswith("/")


def add_free_names(sa: SentenceAnalysis, lex: Lexicon, text: str, title_case: bool = False,
                   on: date | None = None) -> None:
    """Add to a sentence the names with no gazetteer entry that `free_names` finds there, and the
    names of office holders misspelt after their title (`holder_misspelt`)."""
    if not lex.name_max:
        return
    if not lex.capitalised_names:
        _holders_misspelt(sa, lex, text, on)
    taken = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    roles = frozenset(k for a in sa.actors if a.kind == "role" and not a.bare for k in range(a.first, a.last + 1)) \
        if lex.roles_title_names else frozenset()
    found = free_names(sa.tokens, sa.matches, taken, lex, text, title_case, roles)
    if lex.capitalised_names:
        common = rarity(lex.lang)

        def common_word(k: int) -> bool:      # a word of the language, no given name (nor an initial: "M.K. Stalin")
            return sa.tokens[k].folded not in lex.given_names and common(sa.tokens[k].surface.lower()) >= COMMON_SINGLE \
                and not (len(sa.tokens[k].surface) == 1 and text[sa.tokens[k].end:sa.tokens[k].end + 1] == ".")
        # ("the Sri Lanka Parliament Mahinda Yapa X"): a common word opening a name of three words or
        # more is the end of the phrase before it, no word of the name
        # (not a name-like word right after an honorific: "His Excellency Conrad Vincent Mederic" is all
        # his, but "His Excellency Citizen X" is X)
        honours = {m.last for m in sa.matches if m.kind == "name_title"}
        for a in found:
            # ("the NDC's John Mahama", "LPG’s Kofi Akpaloo"): a body's word with a possessive opening a name is
            # whose he is, no word of his name
            if a.last > a.first + 1 and sa.tokens[a.first].surface.endswith(POSSESSIVE):
                tok = sa.tokens[a.first + 1]
                a.first, a.start, a.prefix = a.first + 1, tok.start, ""
                a.surface = text[tok.start:a.end]
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
        # (in such a headline too right after "in" or "at": "Tinubu Hosts Ghanaian President In Aso Rock")
        if any(a.kind == "short" for a in sa.actors):
            headline = _title_case_line(sa.tokens)
            places = {m.last + 1 for m in sa.matches if m.kind == "loc"}
            sa.actors = [a for a in sa.actors if not (a.kind == "short" and (not headline or a.first in places)
                                                      and _names_a_thing(a, sa, lex, text, common))]
        if lex.determiners:
            # ("received Y at the Raj Bhavan", "the Taj Mahal"): capitalised words right after a determiner,
            # no title between, name a place or a thing, no person
            found = [a for a in found if not (a.first > 0 and sa.tokens[a.first - 1].folded in lex.determiners)]
        # ("the chief negotiator of Ansar Allah"): capitalised words after a lower-case noun and "of" name
        # what that noun is of, a body or a place, no person
        found = [a for a in found if not (a.first > 1 and sa.tokens[a.first - 1].folded in lex.body_of_words
                                          and sa.tokens[a.first - 2].surface[:1].islower())]
    # ("© REUTERS/ Jonathan Ernst", "Leszek Szymański/PAP"): a name the gazetteer lacks joined by a
    # slash to the word before or after it is a photograph's credit, its photographer's, no party's
    found = [a for a in found if not _slashed(a, text)]
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
            _without_middle_name(a, sa, lex)
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
            # ("معالي السيد X رئيس الجمعية الوطنية الكورية": a state's title right after the name, no comma
            # between, that titles no one named after it, is his when his name spells the name of one who
            # held that office, with a slip (`_spelt_holder`): on the day, or ever in an article with no date)
            r = None if a.office else next((x for x in sa.actors if x.kind == "role" and not x.bare and x.office
                                            and not x.office.startswith(".") and x.first == a.last + 1), None)
            if r is not None and not text[sa.tokens[a.last].end:sa.tokens[r.first].start].strip() \
                    and not any(x.first in (r.last + 1, r.last + 2) and x.kind in ("name", "short", "unknown")
                                for x in (*sa.actors, *found)) and _spelt_holder(r.office, a, sa, lex, on):
                sa.actors = [x for x in sa.actors if x is not r]
                a.office, a.titled = r.office, True
            if a.kind == "unknown" and a.office and not a.office.startswith("."):
                pid = _spelt_holder(a.office, a, sa, lex, on)
                if pid is not None:
                    a.kind, a.candidates = "name", [pid]
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


def _spelt_holder(office: str, a: ActorMention, sa: SentenceAnalysis, lex: Lexicon, on: date | None) -> str | None:
    """The one who held the office on the day (ever, with no day) whose name the words of a name the
    gazetteer lacks spell with a slip (`_same_name`: "بارك بيونغ سوغ" for "بارك بيونغ سوك"); else None."""
    country, kind = office.split(".", 1)
    kinds = title_kinds(kind)
    words = [sa.tokens[k].surface for k in range(a.first, a.last + 1)]
    words[0] = words[0][len(a.prefix):] if a.prefix else words[0]
    alike = _spelt_by(" ".join(words), {h for kd in kinds for h in lex.gaz.holders(f"{country}.{kd}", on)}, lex)
    return alike.pop() if len(alike) == 1 else None


def _spelt_by(written: str, holders, lex: Lexicon) -> list[str]:
    """Those of the holders, in the gazetteer, one of whose names the words written spell, a slip
    allowed (`_same_name`)."""
    return [h for h in holders if h in lex.gaz.persons and spells(
        written, lex.gaz.persons[h].names.get(lex.lang, ()), lex.long_vowels, lex.name_letter_variants)]


def _holders_misspelt(sa: SentenceAnalysis, lex: Lexicon, text: str, on: date | None) -> None:
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
        # (the words up to the last that still spell his name: "مراد جاويش أوغلو و": the name, not "و")
        named = _holder_spelt(r.office, k, end, sa, lex, text, on)
        if named is not None:
            found.append((r, named))
    # ("الرئيس السنغالي، ماكي صال تطرقا فيها ...": the words read after the title as a name the gazetteer
    # lacks ran on past his misspelt name into a verb; the first of them that spell the holder's are his)
    for u in sa.actors:
        if u.kind == "unknown" and u.office and not u.office.startswith(".") and u.last > u.first:
            named = _holder_spelt(u.office, u.first, u.last - 1, sa, lex, text, on)
            if named is not None:
                named.prefix = u.prefix
                found.append((u, named))
    if found:
        gone = {id(r) for r, _ in found}
        sa.actors = sorted([a for a in sa.actors if id(a) not in gone] + [m for _, m in found], key=lambda a: a.first)


def _holder_spelt(office: str, k: int, end: int, sa: SentenceAnalysis, lex: Lexicon, text: str,
                  on: date | None) -> ActorMention | None:
    """The mention of the office's one holder on the day (with no day, of the one who ever held it)
    that the words from token k up to token `end` at most spell, a slip allowed (`_same_name`): the
    longest such run from k; else None."""
    country, kind = office.split(".", 1)
    kinds = title_kinds(kind)
    if on is None:
        # (an article with no date: any who ever held it, if the words spell one of them alone)
        holders = list(dict.fromkeys(h for kd in kinds for h in lex.gaz.holders(f"{country}.{kd}", None)))
    else:
        holders = next(([h[0]] for kd in kinds if len(h := lex.gaz.holders(f"{country}.{kd}", on)) == 1), [])
    for last in range(end, k, -1):
        alike = _spelt_by(" ".join(sa.tokens[j].surface for j in range(k, last + 1)), holders, lex)
        if len(alike) == 1:
            return ActorMention("name", k, last, sa.tokens[k].start, sa.tokens[last].end,
                                text[sa.tokens[k].start:sa.tokens[last].end], candidates=alike, office=office,
                                titled=True)
    return None


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


def _without_middle_name(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> None:
    """"مارك ريتشاردسون": a name of two words the gazetteer lacks, that are the first and the last
    word of one known person's full name of three (`Lexicon.outer_words`; no particle between), is
    that person with his middle name left out. Not when several persons' names have those words."""
    if a.kind != "unknown" or a.last - a.first != 1:
        return
    toks = sa.tokens
    first = toks[a.first].folded[len(a.prefix):] if a.prefix else toks[a.first].folded
    pids = lex.outer_words.get(first + " " + toks[a.last].folded)
    if pids is not None and len(pids) == 1:
        a.kind, a.candidates = "name", list(pids)
