"""Across the article: surnames that stand for someone named in full elsewhere, rulers' given
names, the offices titled and the window of dates they allow, "the two countries' leaders" and
summits between two states."""
from __future__ import annotations

from datetime import date

from readouts.knowledge.gazetteer import Gazetteer
from readouts.knowledge.lexicon import FAMILY_NAME_FIRST, GIVEN_NAME_CALLED, Lexicon, rarity
from readouts.knowledge.matcher import Match, Token
from readouts.textnorm import fold
from readouts.pipeline.actors.mentions import ActorMention, SentenceAnalysis
from readouts.pipeline.actors.words import POSSESSIVE, _covered
from readouts.pipeline.actors.names import _family_name_of_another, _run_on
from readouts.pipeline.actors.analyse import SURNAME_WORD


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
            # (not its possessive: "Imran Khan's invitation", then "Khan telephoned")
            if lex.capitalised_names and t is words[-1] and t.surface.endswith(POSSESSIVE):
                w = next((w[:-len(fold(p))] for p in POSSESSIVE if w.endswith(fold(p)) and len(w) > len(fold(p))), w)
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
        # (the family name of a person of a country that writes it first opens his full name: "Liu" of
        # "Liu Jianchao" is his, though a given name elsewhere)
        family_first = all(isinstance(k, str) and k in lex.gaz.persons and lex.gaz.persons[k].country in FAMILY_NAME_FIRST
                           for k in keys)
        if (len(w) < 3 and not short_family) or w in lex.not_names or (
                w in lex.given_data and w not in firsts and not (lex.capitalised_names and w not in opening)
                and not family_first):
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
