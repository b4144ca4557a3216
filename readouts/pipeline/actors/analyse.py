"""`analyse`: one sentence's tokens to its mentions. The packs' automaton finds names, short forms,
roles, countries and contact words; this composes them (a role with its country, a name in
apposition, counterparts, pronouns) and finds the hosts of passives, courtesy calls and envoys
named by their post."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from readouts.knowledge.lexicon import Lexicon, Trigger, name_skeleton, rarity
from readouts.knowledge.matcher import Match, Token, longest
from readouts.textnorm import fold
from readouts.pipeline.actors.mentions import (ActorMention, CLAUSE_ADVERB_DAY, ENTITY_KINDS, HEAD_OF_STATE_OFFICES,
                                               PAREN_WORDS, SentenceAnalysis, _CLAUSE_BREAK, _COLON, _COMMA, _DASH, _SEMICOLON,
                                               _INITIAL_BEFORE, _PUNCT_BETWEEN, _could_hold, _foreign, _initial_of,
                                               _inside_capitalised_run, _month_here, _plural_roles, _prepositional,
                                               _title_of_other_gender)
from readouts.pipeline.actors.words import (CONJOINED_COMMON, POSSESSIVE, _COMMA_IN, _apart_possessive, _article_word, _clitic_word,
                                            _covered, _initials, _owned_common, _owner_country, _past_body_and_ranks,
                                            _unknown_name, holders_by_surname)
from readouts.pipeline.actors.names import (_bare_title, _chain_goes_on, _discussed, _family_name_of_another,
                                            _gaps_with, _given_name_before, _given_sounds_as, _hyphen_pairs, _own_given_name,
                                            _phrases_across_days, _run_on, _title_state)


def analyse(tokens: list[Token], lex: Lexicon, text: str, on: date | None = None,
            cabled: bool = False) -> SentenceAnalysis:
    """The persons, titles, cues and clause breaks of one sentence. on: the publication date, when
    known (a name after a deputy's title is the deputy unless he held the title itself then).
    cabled: the sentence opens with a verb of greeting and the next tells of a cable (`greeted_by_cable`)."""
    matches = lex.matcher.find(tokens)
    if any("-" in tok.surface for tok in tokens):
        pairs = _hyphen_pairs(tokens, matches, lex, text)
        if pairs is not None:
            tokens = pairs
            matches = lex.matcher.find(tokens)
    matches = _phrases_across_days(tokens, matches, lex)
    # words read only as written, capitals and all, where no other phrase holds them: a state ("counterparts
    # from China, US, New Zealand": "us" folded is a pronoun) and an abbreviated title ("the Israeli PM",
    # "Dutch FM X": "pm" folded is an hour; nor after a number, "at 5 PM")
    for kind, cased_words in (("country", lex.cased_countries), ("role", lex.cased_roles)):
        cased = [k for k, tok in enumerate(tokens) if tok.surface in cased_words
                 and not (kind == "role" and k and tokens[k - 1].surface[-1:].isdigit())
                 and not any(m.first <= k <= m.last for m in matches)]
        if cased:
            matches = sorted(matches + [Match(kind, cased_words[tokens[k].surface], tokens[k].folded, k, k,
                                              tokens[k].start, tokens[k].end, "", "") for k in cased],
                             key=lambda m: m.first)
    if any(m.kind == "pair" and m.value in ("before_contact", "pronoun") for m in matches):
        # ("The two met": a bare "the two" names the pair only right before a contact word two hold
        # together, not "the two countries"; "they had last met": the pack's fillers may stand between;
        # a longer pair phrase over it is its own)
        starts = {m.first: m for m in matches if m.kind == "trigger" and m.value.role == "neutral"}
        longer = [m for m in matches if m.kind == "pair" and m.value not in ("before_contact", "pronoun")]

        def contact_next(k: int, pronoun: bool) -> bool:
            while k < len(tokens) and tokens[k].folded in lex.pair_contact_fillers:
                k += 1
            if k not in starts and k < len(tokens) and (
                    tokens[k].folded in lex.pair_holding_verbs or tokens[k - 1].folded in lex.pair_holding_verbs):
                # (or the noun a verb of holding takes: "The two held a meeting", "they had a phone call")
                k += tokens[k].folded in lex.pair_holding_verbs
                while k < len(tokens) and tokens[k].folded in lex.determiners:
                    k += 1
            return k in starts and not (pronoun and starts[k].value.weak)
        matches = [m for m in matches if not (m.kind == "pair" and m.value in ("before_contact", "pronoun") and (
            not contact_next(m.last + 1, m.value == "pronoun") or any(o.first <= m.first and m.last < o.last for o in longer)))]
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
        if lex.capitalised_names:
            # (a name the gazetteer lacks, not yet read: a capitalised word past the sentence's first
            # "Ambassador Zhao Lijun separately met ...")
            ends |= {k for k in range(1, len(tokens)) if tokens[k].surface[:1].isupper()}
        # (an adverb of the pack's between: "X also separately called on Y")
        ends |= {k for k in range(1, len(tokens)) if k - 1 in ends and tokens[k].folded in lex.pair_contact_fillers}
        verbs = {m.first for m in matches if m.kind in ("trigger", "past_verb")}
        verb_ends = {m.last for m in matches if m.kind in ("trigger", "past_verb")}
        # (a day between: "President X on Thursday afternoon separately held ...")
        dated = {e + 1 + n for e in ends for n in range(1, CLAUSE_ADVERB_DAY + 1) if e + n < len(tokens) and any(
            tokens[j].folded in lex.day_words for j in range(e + 1, e + 1 + n)) and all(
            tokens[j].folded in lex.day_words or tokens[j].folded in lex.day_parts or tokens[j].folded in lex.fronted_words
            or tokens[j].folded in lex.determiners for j in range(e + 1, e + 1 + n))}
        # (or right after the persons met, before the rest of the clause, nothing between: "met A and B
        # separately on Monday"; "A met B; separately, C met D" opens one)
        matches = [m for m in matches if not (m.kind == "clause" and m.phrase in lex.clause_adverbs and (
            ((m.first - 1 in ends or m.first in dated) and m.last + 1 in verbs) or m.first - 1 in verb_ends
            or (m.first - 1 in ends and tokens[m.first].start - tokens[m.first - 1].end == 1
                and (m.last + 1 >= len(tokens) or tokens[m.last + 1].start - tokens[m.last].end == 1)
                and any(v.last < m.first for v in matches if v.kind == "trigger"))))]
    if lex.occasion_triggers and "trigger" in kinds:
        # "هنأ X Y": a greeting with no occasion of the pack's ("باليوم الوطني") tells no contact
        occasion = "greeting_occasion" in kinds or cabled
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

    def given_before(e: Match) -> str | None:
        """The one person a surname may be whose given name, spelt as the person's own or another way
        (`_given_sounds_as`), is the capitalised word right before it, no match of its own ("Andriy
        Sybiga", a name the gazetteer lacks for "Andrii Sybiha", whose given name is also "Andriy")."""
        k = e.first - 1
        if k < 0 or not tokens[k].surface[:1].isupper() or text[tokens[k].end:tokens[e.first].start] != " " or \
                any(m.first <= k <= m.last for m in matches if m.kind != "topic"):
            return None
        return _given_sounds_as(tokens[k].surface, e, matches, lex)

    for i, e in enumerate(ents):
        if e.kind in ("name", "short") and not e.prefix and e.first > 0 and \
                tokens[e.first - 1].folded in lex.name_particles:
            continue              # "فيصل بن خالد بن عبدالعزيز": a father's name inside another's name
        prev = glued_before(e)
        if e.kind == "short" and lex.capitalised_names and (pid := given_before(e)) is not None:
            # "Andriy Sybiga" for "Andrii Sybiha": his given name spelt another way before his surname, his
            # full name
            start = tokens[e.first - 1].start
            am = ActorMention("name", e.first - 1, e.last, start, e.end, text[start:e.end], candidates=[pid])
            actors.append(am)
            names_by_first[i] = am
            continue
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
        if e.kind in ("name", "short") and lex.facility_after and _names_a_facility(tokens, e.last + 1, lex):
            others_names.add((e.first, e.last))
            continue              # "at the Jomo Kenyatta International Airport": a place named after him
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
        if e.kind == "pronoun" and (e.value is None or e.first == 0 or _opening_pronoun(e, matches, tokens)):
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
                # article's later mentions of it too, surnames_named; in an article with no date, of the
                # one who ever held it: "שר החוץ אשכנזי")
                held = holders_by_surname(tokens[n0].folded, country, kind, on, lex) \
                    if n0 == n1 and not lex.capitalised_names \
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
                                frozenset(m.first for m in matches if m.kind in ("loc", "from")))
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
                   and not (tokens[m.first].surface in lex.title_opening_proxies and any(      # ("Party General
                       x.kind in ("name_title", "official", "role", "role_fixed") and x.first == m.last + 1  # Secretary X")
                       for x in matches))
                   and not (m.prefix and m.prefix.endswith(lex.articles) and not whose(m))]
        # (nor one with the article, a title in apposition: "المبعوث الأممي X" is X, "مبعوث X" X's envoy,
        # "المبعوث الخاص لرئيس X" X's envoy too; "في المطار خالد العطية": an institution with the
        # article is whole by itself)

        sent_from = {m.last for m in matches if m.kind == "from"}

        def after_proxy(a: "ActorMention", p: Match) -> bool:
            if p.phrase in lex.bearer_proxies:
                return False      # "Saudi envoy Prince X": the one named after the word is the envoy
            between = range(p.last + 1, a.first)
            if any(_COMMA.search(text[tokens[k - 1].end:tokens[k].start]) for k in range(p.last + 1, a.first)):
                return False      # "مستشار الدولة، وزير الخارجية X": a comma after the proxy's words, then
                #                   a title in apposition and its bearer, who is the one the proxy word names
                #                   (or right after the proxy word: "the President's Special Envoy, Mr X")
            if p.last in sent_from and p.last + 1 < a.first <= p.last + SENDER_REACH and any(
                    r.kind in ("role", "role_fixed", "official") and r.first == p.last + 1 for r in matches) and not any(
                    b.kind in ("name", "short") and p.last < b.first < a.first for b in ents):
                return True       # "موفدا من رئيس الحزب التقدمي الاشتراكي X": an envoy from X, whatever the
                #                   words of X's title and body between (not "مبعوث من كوريا الشمالية X", the
                #                   envoy of a state, named after it)
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
                if not after_proxy(a, p) or p.last in sent_from:
                    continue      # (an envoy "from" someone is never the one named after: he sent him)
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
                  and not any(p.prefix == "" and lex.demonym_side == "before" and ((
                      # (not a title in apposition after a comma: "Victoria Nuland, Deputy Secretary of State")
                      p.first == a.last + 1 and not text[tokens[a.last].end:tokens[p.first].start].strip()) or (
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
    # ("Claudia Sheinbaum Pardo"): another's surname right after a full name, nothing but a space
    # between, is a second surname of the one named, no other person
    # (in a language that writes names in capitals; elsewhere a verb's subject and object may stand
    # so: "استضاف X Y")
    full_ends = {a.last: a for a in actors if a.kind == "name"} if lex.capitalised_names else {}
    actors = [a for a in actors if not (
        a.kind == "short" and not a.prefix and (b := full_ends.get(a.first - 1)) is not None
        and not set(a.candidates) & set(b.candidates) and not text[tokens[b.last].end:tokens[a.first].start].strip())]
    countries = [e for k, e in enumerate(ents) if e.kind == "country" and k not in used]
    places = [e for e in ents if e.kind == "place"]
    dashes = _gaps_with(_DASH, tokens, text)
    if len(dashes) >= 2:          # "- President Obama and President Hollande -" is a parenthesis, not a new clause
        clause_ends = [k for k in clause_ends if k not in dashes[:2]]
    # ("الملك سلمان - حفظه الله، في قصر السلام": a short blessing opened by a dash and closed by a comma
    # is a parenthesis too)
    commas = _gaps_with(_COMMA, tokens, text)
    clause_ends = [k for k in clause_ends if not (k in dashes and any(0 < c - k <= PAREN_WORDS for c in commas))]
    # ("Bashar Al - Assad": a dash inside a name a page spaced is no clause end)
    clause_ends = [k for k in clause_ends if not (k in dashes and any(a.first <= k < a.last for a in actors))]
    # ("رؤساء كل من أذربيجان - X، وكازاخستان - Y": a dash between a state and the name of its leader
    # pairs the two in a list, no new clause)
    clause_ends = [k for k in clause_ends if not (k in dashes and any(e.kind == "country" and e.last == k for e in ents)
                                                  and any(a.first == k + 1 for a in actors))]
    # ("held two bilateral meetings: with A, and with B": a colon after a contact word before "with" opens
    # the list of its parties, no new clause; nor after the "from" or "with" of a contact word before it:
    # "تلقى X برقيات تهنئة من: A، وB", "X received cables from: A, B")
    if "trigger" in kinds and lex.with_words:
        def opens_list(k: int) -> bool:       # the "with" or "from" of a contact word before it
            return (tokens[k].folded in lex.with_words or any(m.kind == "from" and m.last == k for m in matches)) \
                and any(m.kind == "trigger" and m.last < k for m in matches)
        colons = set(_gaps_with(_COLON, tokens, text))
        clause_ends = [k for k in clause_ends if not (k in colons and (
            (k + 1 < len(tokens) and tokens[k + 1].folded in lex.with_words
             and any(m.kind == "trigger" and m.last == k for m in matches))
            or opens_list(k)))]
        # ("held talks with A, President of X; B, Prime Minister of Y; and C, ...": semicolons between
        # the items of the list of a contact's parties after its "with" or "from", each item naming a
        # person, part the items, no clauses)
        semis = [k for k in _gaps_with(_SEMICOLON, tokens, text) if k in clause_ends]
        opened = next((k for k in range(semis[0]) if opens_list(k)), None) if semis else None
        if opened is not None:
            bounds = [opened] + semis + [len(tokens)]
            starts = {a.first for a in actors} | {m.first for m in matches if m.kind in ("role", "official", "name_title")}
            verbs = {m.first for m in matches if m.kind in ("trigger", "past_verb", "reporting", "reporting_that",
                                                           "light", "pairverb")}

            def item(i: int) -> bool:      # a person and his titles, no verb: "and the President of X, Y"
                k = bounds[i] + 1
                while i and k < bounds[i + 1] and (tokens[k].folded in lex.conjunctions or tokens[k].folded in lex.list_words
                                                   or tokens[k].folded in lex.determiners):
                    k += 1
                return (i == 0 or k in starts) and any(bounds[i] < a.first and a.last <= bounds[i + 1] for a in actors) \
                    and not any(bounds[i] < v < bounds[i + 1] for v in verbs)
            items = 0
            while items < len(semis) and item(items) and item(items + 1):
                items += 1
            clause_ends = [k for k in clause_ends if k not in semis[:items]]
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
    # (and of the name of a party or body: "יו"ר סיעת יש עתיד", "Future Movement leader")
    named = [(a.first, a.last) for a in actors if a.kind == "name" and a.last > a.first] + \
        [(m.first, m.last) for m in matches if m.kind == "proper"]
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
    if actors and "about" in kinds:
        # a word of a name is no "about": "إمام علي رحمان" (Ali, folded as "على")
        matches = [m for m in matches if not (m.kind == "about" and any(
            a.kind in ("name", "short") and a.first < m.first <= a.last for a in actors))]
    return SentenceAnalysis(tokens, matches, actors, countries, places, skip, clause_ends,
                            labels=_gaps_with(_COLON, tokens, text), commas=commas, proxied=proxied,
                            proxy_ends=proxy_ends)


OPENING_PRONOUN = 4     # "במהלך הביקור הוא נפגש": words before a personal pronoun that opens a sentence, at most
_NO_OPENING = frozenset({"name", "short", "role", "role_fixed", "official", "country", "reporting", "reporting_that",
                         "light", "past_verb", "clause", "pronoun"})


def _names_a_facility(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Do the words from token k name a place or thing after the name before them, as written
    ("... International Airport", "... Stadium")?"""
    while k < len(tokens) and tokens[k].surface in lex.facility_between:
        k += 1
    return k < len(tokens) and tokens[k].surface in lex.facility_after


def _opening_pronoun(e: Match, matches: list[Match], tokens: list[Token]) -> bool:
    """Does the personal pronoun e open its sentence after a few words of time or setting, with no
    person, state, verb or clause word before it ("Later he met Y", "תחילה הוא נועד עם Y")? Or open
    what a speaker who is no person, but someone's office or aide, said, the same way ("His office
    said that during the visit he met Y", "Grundberg's office said he met Y"; not "Ryan said he met Y")?"""
    if e.first <= OPENING_PRONOUN and not any(m.first < e.first and m.kind in _NO_OPENING for m in matches):
        return True
    said = max((m.last for m in matches if m.kind in ("reporting", "reporting_that") and m.last < e.first), default=None)
    if said is None:
        return False
    proxies = {m.first for m in matches if m.kind == "proxy" and m.last < said}
    # (the owner of the office, his titles with him, is no speaker: "UN envoy Hans Grundberg's office said")
    owner: set[int] = set()
    for k in (p - 1 for p in proxies if p > 0 and tokens[p - 1].surface.endswith(POSSESSIVE)):
        named = {j for m in matches if m.kind in _NO_SPEAKER and m.last <= k for j in range(m.first, m.last + 1)}
        while k in named:
            owner.add(k)
            k -= 1
    return e.first - said <= OPENING_PRONOUN + 1 and bool(proxies) and not any(
        m.first < said and m.kind in _NO_SPEAKER and not set(range(m.first, m.last + 1)) <= owner
        for m in matches) and not any(
        said < m.first < e.first and m.kind in _NO_OPENING for m in matches)


_NO_SPEAKER = frozenset({"name", "short", "role", "role_fixed", "official", "pronoun", "trigger", "past_verb", "clause"})


COURTESY_TITLE_RUN = 8   # "called on Chief of the Army Staff General X": words from the verb to the name, at most
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
AGENT_TITLE_RUN = 8     # "by Foreign Affairs Cabinet Secretary X": from "by" to the agent's name under a capitalised title, at most
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
        # (or after a longer title written with capitals: "by Foreign Affairs Cabinet Secretary X")
        return any(a.first > by and (a.first - by <= 4 or (
            lex.capitalised_names and a.first - by <= AGENT_TITLE_RUN and all(
                tokens[k].surface[:1].isupper() or tokens[k].folded in lex.portfolio_links or tokens[k].folded in
                lex.determiners for k in range(by + 1, a.first))))
                   for a in (*actors, *(x for x in matches if x.kind in ("role", "role_fixed"))))

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
                                          # (a title's initials: "National Security Advisor (NSA) X")
                                          or (lex.capitalised_names and _initials(tokens[k].surface))
                                          or (capitalised_titles and lex.capitalised_names and (
                                              tokens[k].surface[:1].isupper() or tokens[k].folded in lex.portfolio_links))
                                          for k in range(m.last + 1, person.first)) \
                    and not any(tokens[k].folded in lex.courtesy_not_after and not (
                                    k + 1 < len(tokens) and tokens[k + 1].folded in lex.courtesy_purposes)
                                for last in (person, _listed_last(person, actors, tokens, lex))
                                for k in range(last.last + 1, min(len(tokens), _past_day(last.last + 1, tokens, lex) + 2))):
                m = m._replace(value=Trigger("meeting", "subject"))
        out.append(m)
    return out


def _past_day(k: int, tokens: list[Token], lex: Lexicon) -> int:
    """Token k, or the one right after the day named there ("on Thursday", "yesterday"): "called on Y on
    Thursday to abandon ..." urged Y, the day between."""
    j = k + (k < len(tokens) and tokens[k].folded in lex.weekday_leads)
    return j + 1 if j < len(tokens) and tokens[j].folded in lex.day_words else k


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
                    (j - k >= 2 and any(w.folded.startswith(a) for a in lex.definite)) or _article_word(w, lex):
                break         # (in Hebrew the article on a word of the language at once: "שמכהן החודש", this month)
            last = j
        if last is None or last == first:
            continue
        if any(_owned_common(tokens[j].folded, lex) and tokens[j].folded not in lex.given_names for j in range(first, last + 1)):
            continue          # "أكد السفير الصيني تواصل دعم بلاده": "his country" is no word of a name
            #                   (a given name is: "مارك", "مالك", though their letters end as "your" does)
        out.append(ActorMention("unknown", first, last, tokens[first].start, tokens[last].end,
                                text[tokens[first].start:tokens[last].end], titled=True))
    return out


SENDER_REACH = 8       # "موفدا من رئيس الحزب التقدمي الاشتراكي X": words from "envoy from" to the sender's name, at most


COINCIDING_WITH = 14    # "تزامن قيام X بجولة في القارة السمراء مع": words from a verb of coinciding to its "with", at most
