"""Names the gazetteer lacks: `free_names` reads a person's name from a title, a given name or an
office beside it, and its helpers decide how far a name runs (chains of "بن", a family name of
another, a name before its office, a title with its state, a bare title)."""
from __future__ import annotations

import bisect
import re

from readouts.knowledge.lexicon import FAMILY_NAME_FIRST, Lexicon, rarity, sound_key
from readouts.knowledge.matcher import Match, Token, phrase_key, tokens_of
from readouts.textnorm import fold
from readouts.pipeline.actors.mentions import ActorMention, _ACRONYM, _COMMA, _PUNCT_BETWEEN
from readouts.pipeline.actors.words import (FIRST_OF_TWO, ONE_WORD_CLITIC, PORTFOLIO_WORD, POSSESSIVE, RARE_SURNAME,
                                            RARE_WORD, TITLED_WORD, UNSEEN_WORD, WORD_KINDS, _MARKS, _article_word,
                                            _clitic_word, _covered, _family_after, _foreign_word, _hyphen_particle,
                                            _body_after, _inner_particle, _joined_owned, _name_end, _opens_quote, _preposition_noun_pronoun,
                                            given_names_at)


STATE_STYLE = 3       # "the Federal Democratic Republic of": words of a state's style before its "Republic of", at most


GENERATIONS = frozenset({"II", "III", "IV"})     # "Francisco Duque III": the numeral of a name's generation


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


DEFINITE_STEM = 3.5     # a word with the article whose bare form is this common (Zipf), no given name, opens no name


def _definite_noun(tok: Token, lex: Lexicon) -> bool:
    """"المنسق" (the coordinator) after "السفير": the article on a common word that is no given
    name ("المختار", "الحبيب" are) opens no name of a person."""
    word = tok.folded
    return word not in lex.given_names and any(
        word.startswith(a) and len(word) - len(a) >= 3 and rarity(lex.lang)(tok.surface[len(a):]) >= DEFINITE_STEM
        for a in lex.definite)


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
                # (or a comma after the state: "the Ambassador of Iceland, X")
                if j in posts and text[tokens[posts[j]].end:tokens[min(posts[j] + 1, len(tokens) - 1)].start].strip() in ("", ","):
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
        if not lex.capitalised_names and j > 0 and w.folded not in lex.given_names and _preposition_noun_pronoun(w.folded, lex):
            return False            # "השגריר X Y בלשכתו": "in his office" is no word of it
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
                                                        or _clitic_word(tokens[k], lex) or _definite_noun(tokens[k], lex)):
            k += 1                      # a common word after the title, or one with a preposition glued
            continue                    # to it ("تعرض الفريق لإطلاق نار": the team came under fire), or a
            #                             noun with the article ("السفير المنسق المقيم": the coordinator)
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
        if _body_after(tokens, end, text, lex):
            k = end + 2                 # "the Fatah Central Committee": words of a body's name, its noun after them
            continue
        # (a generation's numeral ends a name, no acronym: "Francisco T. Duque III")
        numeral = end > first and tokens[end].surface in GENERATIONS
        if lex.capitalised_names and any(
                lex.surname_reject.search(tokens[j].folded) or (j > first and _ACRONYM.match(tokens[j].surface)
                                                                and not (numeral and j == end))
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
                    or (j == c.first - 1 and tokens[j].folded in lex.genitive_words)
                    for j in range(o.last + 1, c.first)):
            continue          # (the words between are the office's own, each with the article: "الدولة للشؤون الخارجية";
            #                   then "in" before the state: "وزير الصحة في جمهورية باكستان الإسلامية X";
            #                   or "of" right before it: "שר החוץ של מקדוניה, X")
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
    # (or the sentence's end: "נפגשה עם שר החוץ של מקדוניה הצפונית, X Y.")
    return len(tokens) - 1 - k in range(2, APPOSED_NAME + 1) and \
        text[tokens[-1].end:tokens[-1].end + 1] in ("", ".", "?", "!", "؟")


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


GIVEN_SOUND_MIN = 3   # sound classes of a given name, at least, that may stand for another spelling of it


def _given_sounds_as(word: str, e: Match, matches: list[Match], lex: Lexicon) -> str | None:
    """"Andriy Sybiga" for "Andrii Sybiha": the one person a surname (`e`, a short form) may be whose
    Latin given name the capitalised word before it spells another way, its first letter the same and
    its sounds (`sound_key`) the same, or None."""
    key = sound_key(word)
    if len(key) < GIVEN_SOUND_MIN:
        return None
    first = fold(word)[:1].lower()
    found = set()
    for pid in {m.value for m in matches if m.kind == "short" and m.first == e.first and m.last == e.last}:
        person = lex.gaz.persons.get(pid)
        if person is None:
            continue
        for n in {person.name, *person.names.get("en", [])}:
            given = n.split()[0] if len(n.split()) > 1 else ""
            if given and fold(given)[:1].lower() == first and sound_key(given) == key:
                found.add(pid)
    return found.pop() if len(found) == 1 else None


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
    if lex.capitalised_names and any(m.first == k and m.kind in ("trigger", "past_verb", "reporting", "light")
                                     for m in matches):
        return True               # ("the Amir cabled Y", "the minister met US Defense Secretary Y": a verb, however
        #                           rare a word, right after it)
    if any(m.first in (k, k + 1) and m.kind in ("name", "short", "role", "role_fixed", "country", "place", "given",
                                                 "name_title", "official", "org")
           for m in matches):
        return False
    if not lex.capitalised_names and tokens[k].folded in lex.name_compounds:
        return False              # ("السفير عبد الله X": the head of a compound given name begins his name)
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
