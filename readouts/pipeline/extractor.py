"""The pipeline: ingest → clean → language → actors → events → dates → merge → store.

`extract(doc)` runs the per-document stages and returns that document's events,
one per contact (sentences that talk about the same contact are merged; "two
calls" stay two). Storage and cross-document merging live in readouts.store.database.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from readouts.pipeline import dates as dates_mod
from readouts.pipeline.actors.mentions import HEAD_OF_STATE_OFFICES
from readouts.pipeline.actors import (ActorMention, Resolver, SentenceAnalysis, add_free_names, analyse, article_surnames, date_window,
                                      in_order, summit_word, surname_may_come, surnames_named, title_cased, titled_offices,
                                      two_countries_leaders)
from readouts.pipeline.clean import Cleaner, sentences
from readouts.pipeline.confidence import TOP_OFFICES, document_features as confidence_document_features, \
    features as confidence_features, score as confidence_score
from readouts.pipeline.events.base import TITLE_KINDS
from readouts.pipeline.actors.spelling import spells
from readouts.pipeline.events.candidates import _with_marked
from readouts.pipeline.events import (THAT_WINDOW, Candidate, _blocked, _brought_together, _is_object, _pair_owned,
                                      _reporting, _that_at, candidates, dropped_subject, dual_candidates, named_pair,
                                      pair_candidate, possessed, said_in_to_one, said_in_unnamed, summit_size, summit_size_told, told_before_pair,
                                      triggers, with_nobody, word_in)
from readouts.pipeline.events.rosters import (ROSTER_BEFORE, ROSTER_REACH, ceremony_word, roster_before,
                                              roster_candidates, roster_envoys)
from readouts.pipeline.events.cues import possessed_by_another
from readouts.pipeline.events.parties import _handed_over, labelled
from readouts.pipeline.events.base import _AND, VERB_KINDS, _with_word, and_at, phrase_at, _definite, _definite_word, _list_next, _list_run, _object_prefixed, _title_end, _title_start, _titled_start, who
from readouts.knowledge import countries
from readouts.knowledge.gazetteer import default as default_gazetteer
from readouts.pipeline.language import detect
from readouts.knowledge.lexicon import Lexicon, Trigger, lexicon, phrase_key, sound_key
from readouts.knowledge.matcher import Match, tokens_of
from readouts.pipeline.merge import PRECISION_RANK, stated_dates_compatible
from readouts.model import Document, Event, EventMention, Person, Sentence, plausible_published
from readouts.packs import available
from readouts.textnorm import fold, letter_folds, sliceable_fold, strip_accents



SPELLING = 0.75  # two spellings of one name word are at least this alike (difflib ratio)
OPENER = 4      # a contact word this near the start of a sentence may open it ("وجرى خلال الاتصال")


QUESTION_MARKS = ("?", "؟")


@lru_cache(maxsize=None)
def cleaner(lang: str) -> Cleaner:
    return Cleaner(lexicon(lang).pack)


def _field_text(doc: Document, s: Sentence) -> str:
    """The text of the document field sentence s is cut from."""
    return (doc.title if s.field == "title" else doc.text) or ""


APPOSED_TITLES = 8     # "his counterpart, deputy prime minister and foreign minister X": words from the counterpart to X, at most
DATELINE_SLACK = 31   # days: a header's date this far outside the terms of the titled is still trusted


def publication_date(doc: Document) -> tuple[date | None, tuple[int, int] | None]:
    """The publication date (metadata first, else the header's dateline) and, when it came
    from a dateline, that line's span so the cleaner can drop it."""
    if doc.published is not None and not plausible_published(doc.published):
        doc.published, doc.published_from = None, None      # (given directly, not read by ingest)
    if doc.published and doc.published_from != "dateline":
        return doc.published, None
    found = dates_mod.find_dateline(doc.text)
    if found:
        doc.published, doc.published_from = found[0], "dateline"
        return found[0], (found[1], found[2])
    return doc.published, None


def document_language(doc: Document) -> str | None:
    lang = detect((doc.title or "") + "\n" + doc.text[:3000], doc.lang)     # (detect reads no more)
    return lang


@dataclass(frozen=True)
class Unresolved:
    """A person mention the gazetteer could not resolve (kept so users see what to add)."""
    surface: str
    kind: str            # name (after a title) | role (no holder known on the date) | ambiguous
    office: str | None = None


def unresolved_mentions(analysed: list[tuple[Sentence, "SentenceAnalysis"]], resolver: Resolver,
                        on: date | None) -> list[Unresolved]:
    """Names after titles that the gazetteer lacks, roles of a known country whose holder on
    the date it does not know, and names two persons share with nothing to choose between."""
    out: dict[tuple, Unresolved] = {}
    for s, sa in analysed:
        for a in sa.actors:
            if a.kind == "unknown":
                got = resolver.resolve(a, on)
                if got is None or got in resolver.gaz.persons:
                    continue      # resolved after all ("الملك سلمان"), or no name ("جامعة الملك عبدالعزيز")
                u = Unresolved(a.surface, "name", a.office)
            elif a.kind == "role" and not a.bare and a.office and not a.office.startswith("."):
                if resolver.resolve(a, on) is not None:
                    continue
                # the whole role phrase, its country included ("رئيس الوزراء الإثيوبي")
                surface = s.text[sa.tokens[a.first].start - s.start:sa.tokens[a.last].end - s.start]
                u = Unresolved(surface or a.surface, "role", a.office)
            elif a.kind in ("name", "short") and len(set(a.candidates)) > 1 and resolver.resolve(a, on) is None:
                u = Unresolved(a.unprefixed, "ambiguous")
            else:
                continue
            out.setdefault((u.surface, u.kind), u)
    return list(out.values())


def _written_form_of(pid: str, pids: list[str], gaz) -> bool:
    """A name as written whose every word belongs to the name of a known participant of the same
    contact ("سلمان" beside King Salman, "Renzi" beside Matteo Renzi) is that participant again."""
    if not pid.startswith("name:"):
        return False
    words = {fold(w) for w in pid[5:].split()}
    for other in pids:
        person = gaz.persons.get(other)
        if person is None:
            # "تركي بن سعود" beside "تركي بن سعود بن محمد": the longer name as written is the same man
            if other != pid and other.startswith("name:") and fold(other[5:]).startswith(fold(pid[5:]) + " "):
                return True
            continue
        known = {fold(w) for ns in (*person.names.values(), *person.short.values()) for n in ns for w in n.split()}
        if words and words <= known:
            return True
        # ("Eyad Allawi" beside Ayad Allawi: each word the same, give or take a letter)
        if len(words) >= 2 and all(any(len(w) > 2 and SequenceMatcher(None, w, k).ratio() >= SPELLING
                                       for k in known) for w in words):
            return True
    return False


def _state_office(a) -> bool:
    """Is a mention titled with an office of a named state or organisation ("وزير الخارجية النيجيري")?"""
    return bool(a.office and a.office.split(".", 1)[0])


ENVOY_TITLE_REACH = 3   # "US Consul General X", "سفير الصين X": words from an envoy's title to his name, at most
                        # (the states, places and joining words of the title not counted)


def _envoy_titled(a, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is a name the gazetteer lacks titled as an envoy ("US Ambassador X", "Consul General X", "سفير
    جمهورية تركيا لدى السودان X")? An envoy's contacts are diplomacy, whoever he meets."""
    if a.kind != "unknown" or not a.titled:
        return False
    placed = {k for m in sa.matches if m.kind in ("country", "place") for k in range(m.first, m.last + 1)}
    return any(sa.tokens[k].folded in lex.envoy_words for k in _title_run(a, sa, lex, ENVOY_TITLE_REACH, placed))


def _title_run(a, sa: SentenceAnalysis, lex: Lexicon, reach: int, placed: set[int]):
    """The tokens before a name its title may hold, nearest first: up to `reach` words that are not of
    `placed` (its states, places) nor the pack's fillers, and no comma but one right before the name."""
    k, words = a.first - 1, 0
    while k >= 0 and words < reach and (k not in sa.commas or k == a.first - 1):
        yield k
        if k not in placed and sa.tokens[k].folded not in lex.roster_fillers:
            words += 1
        k -= 1


MINISTER_TITLE_REACH = 4   # "Malaysian Health Minister X", "وزير الصحة الماليزي X": words from a minister's title to his name


def _minister_titled(a, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is a name the gazetteer lacks titled as a minister of a state the title names ("Malaysian Health
    Minister X", "وزير الصحة الماليزي X", "שר הבריאות של איחוד האמירויות, X")? A minister of any
    portfolio acts for his state."""
    if a.kind != "unknown" or not a.titled:
        return False
    placed = {k for m in sa.matches if m.kind == "country" for k in range(m.first, m.last + 1)}
    run = list(_title_run(a, sa, lex, MINISTER_TITLE_REACH, placed))
    return any(sa.tokens[k].folded in lex.minister_words for k in run) and any(k in placed for k in run)


# offices below the state: their holders' contacts with persons the gazetteer lacks are local affairs
LOCAL_KINDS = {"governor", "deputy_governor", "mayor"}
# offices of a state's government and its forces (not of parties or parliament): two who hold them at
# a joint press conference are colleagues briefing the press ("a minister with her chief of staff")
GOVERNMENT_KINDS = frozenset({"head_of_state", "head_of_government", "deputy_head_of_government", "vice_president",
                              "minister", "deputy_minister", "military_chief", "chief_of_staff", "intelligence_chief",
                              "national_security_adviser", "spokesperson", "attorney_general"})


def _in_government(person, country: str | None, on: date | None) -> bool:
    """Does the person hold an office of his state's government or forces on the date?"""
    return person is not None and country is not None and any(
        o.kind in GOVERNMENT_KINDS or o.kind.endswith("_minister") for o in person.offices_on(on))
# a contact dated further back than this before publication is told as background (a fact of confidence)
BACKGROUND_DAYS = 60


# A document longer than this is read in pieces of about this size, cut at line or sentence
# ends, so memory stays bounded whatever its length (a book-sized file is no article; what holds
# across a whole article, such as who the surnames name, then holds within each piece).
PIECE_CHARS = 200_000


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans covering text, each at most `size` long, cut after a line break, else
    after a sentence's end, else at a space, where one falls in the second half of the span."""
    spans, start, n = [], 0, len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = text.rfind("\n", lo, hi)
        if cut < 0:
            cut = max(text.rfind(m, lo, hi - 1) for m in (". ", "? ", "! ", "؟ ", "。"))
            cut = cut + 1 if cut >= 0 else text.rfind(" ", lo, hi)
        cut = cut + 1 if cut >= 0 else hi
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def extract(doc: Document, unresolved: list | None = None) -> list[Event]:
    """All contact events reported by one document. When a list is given as `unresolved`,
    the document's person mentions the gazetteer could not resolve are appended to it."""
    lang = document_language(doc)
    if lang not in available():
        return []
    doc.lang = doc.lang or lang
    if len(doc.text) <= PIECE_CHARS:
        raw, topics = _extract_raw(doc, lang, unresolved, count_sentences=False)
        return _merge_in_document(raw, topics)
    merged: list[Event] = []
    sentence_base = 0
    published = publication_date(doc)[0]
    for k, (a, b) in enumerate(pieces(doc.text)):
        part = Document(id=doc.id, text=doc.text[a:b], title=doc.title if k == 0 else None, url=doc.url,
                        source=doc.source, lang=doc.lang, published=published,
                        published_from=doc.published_from if k == 0 else "first piece",
                        origin=doc.origin)
        evs, tops = _extract_raw(part, lang, unresolved, sentence_base=sentence_base)
        for ev in evs:
            ev._sentence_index -= sentence_base          # an index into this piece's topics
            for m in ev.mentions:
                if m.field == "text":
                    m.start, m.end = m.start + a, m.end + a
        # merged piece by piece: what is kept is one event per contact, not one per report
        merged += _merge_in_document(evs, tops)
        sentence_base += len(tops)
    return _merge_pieces(merged)


def _merge_pieces(events: list[Event]) -> list[Event]:
    """The events of the pieces of a long document, one per contact as in _merge_in_document:
    the first report's mention, the best confidence, a date the text states over the
    publication date, the most named initiator, every topic."""
    groups: dict[tuple, list[Event]] = {}
    for ev in events:
        groups.setdefault((ev.type, ev.participant_key(), ev.count_index), []).append(ev)
    out = []
    for evs in groups.values():
        first = evs[0]
        if len(evs) > 1:
            dated = max(evs, key=lambda e: (e.date_basis == "text", PRECISION_RANK[e.date_precision]))
            first.date, first.date_precision, first.date_basis, first.date_hint = \
                dated.date, dated.date_precision, dated.date_basis, dated.date_hint
            best = max(evs, key=lambda e: e.confidence)
            first.confidence, first._facts = best.confidence, best._facts
            inits = [e.initiator for e in evs if e.initiator]
            first.initiator = max(dict.fromkeys(inits), key=inits.count) if inits else None
            first.topics = sorted({t for e in evs for t in e.topics})
            if first.location is None:
                located = next((e for e in evs if e.location), None)
                if located is not None:
                    first.location, first.location_country = located.location, located.location_country
            first.id = first.make_id()
        out.append(first)
    return out


def _extract_raw(doc: Document, lang: str, unresolved: list | None,
                 sentence_base: int = 0, count_sentences: bool = True) -> tuple[list[Event], list[list[str]]]:
    """The events of each contact told in doc, before merging, and the topics of its sentences;
    sentence indices start at sentence_base (a piece after the first of a long document).
    With count_sentences=False, a document with no contact word gets no topics at all (not one
    empty list per sentence: its sentences are not even cut)."""
    lex = lexicon(lang)
    gaz = default_gazetteer()
    published, dateline = publication_date(doc)
    text_folds = letter_folds(doc.text) if doc.text else ()
    contact = lex.matcher.may_find_folded(
        "trigger", (letter_folds(doc.title) if doc.title else ()) + text_folds)
    if not count_sentences and not contact:
        return [], []
    text_fold = sliceable_fold(doc.text, text_folds)
    sents = sentences(doc, cleaner(lang).segments(doc, dateline, text_fold))
    for s in sents:
        s.index += sentence_base
    if not contact:
        # no contact word anywhere: no event, and its sentences need no analysis (the unresolved
        # mentions of an article that tells of no contact are not looked for either)
        return [], [[] for _ in sents]
    cabled = greeted_by_cable(doc, sents, lex)
    told, early = _may_tell_contact(doc, sents, lex, text_fold, published, cabled)
    if not told:
        # (nor are its unresolved mentions looked for: its other sentences are not analysed)
        return [], [[] for _ in sents]
    analysed: list[tuple[Sentence, SentenceAnalysis]] = []
    for k, s in enumerate(sents):
        sa = early.get(k)
        if sa is None:
            src = _field_text(doc, s)
            sa = analyse(tokens_of(src, s.start, s.end), lex, src, published, k in cabled)
        analysed.append((s, sa))
    # names the gazetteer lacks matter only in an article that tells of some contact
    if any(m.kind == "trigger" for _, sa in analysed for m in sa.matches):
        for s, sa in analysed:
            add_free_names(sa, lex, _field_text(doc, s),
                           title_case=s.field == "title" and title_cased(sa.tokens), on=published)
        article_surnames(analysed, lex)
        two_countries_leaders(analysed, lex)
    # the words of the full names the article uses, and whose names they are
    name_words: dict[str, set[str]] = {}
    name_at: dict[str, list[tuple[int, int, str]]] = {}     # and where: (sentence, token, whose)
    chains: dict[str, set[tuple[str, ...]]] = {}     # whose -> the words of a full name, "بن" left out
    for n, (_, sa) in enumerate(analysed):
        for a in sa.actors:
            if a.kind != "name" or len(a.candidates) != 1:
                continue
            whose = a.candidates[0]
            words = [sa.tokens[k].folded for k in range(a.first, a.last + 1)]
            if a.prefix and words[0].startswith(a.prefix):
                words[0] = words[0][len(a.prefix):]
            for i, word in enumerate(words):
                if i and sa.tokens[a.first + i - 1].folded in lex.patronymics:
                    continue      # "محمد بن سلمان": "سلمان" alone is his father, not him
                name_words.setdefault(word, set()).add(whose)
                name_at.setdefault(word, []).append((n, a.first, whose))
            chain = tuple(w for w in words if w not in lex.patronymics)
            if len(chain) < len(words):
                chains.setdefault(whose, set()).add(chain)
    # persons the article names unambiguously: a full name, or a short form only one person
    # has whose career had begun by the publication date
    doc_pids = {a.candidates[0] for _, sa in analysed for a in sa.actors
                if len(a.candidates) == 1 and (a.kind == "name" or (
                    a.kind == "short" and not a.homograph and gaz.persons[a.candidates[0]].in_career(published)
                    and gaz.persons[a.candidates[0]].alive_on(published)))}
    resolver = Resolver(gaz, doc_pids, name_words, home=lex.home, name_at=name_at, chains=chains,
                        bare_titles=frozenset(lex.title_pronouns), name_entries=lex.name_persons,
                        long_vowels=lex.long_vowels, letter_variants=lex.name_letter_variants, lex=lex)
    resolver.dead = frozenset(a.candidates[0] for _, sa in analysed for a in sa.actors
                              if a.kind == "name" and len(a.candidates) == 1 and _told_dead(a, sa))
    if published is None or doc.published_from == "dateline":
        titled = titled_offices(analysed)
        window = date_window(titled, gaz)
        if published is not None and window and not any(
                (first - published).days <= DATELINE_SLACK and (published - last).days <= DATELINE_SLACK
                for first, last in window):
            # a date in the page's header that no term of those the article names with their titles
            # allows ("22.11.2024" over David Cameron as foreign secretary): the site's day, not the
            # article's, which stays undated
            published = doc.published = doc.published_from = None
        if published is None:
            resolver.window = window
            resolver.titled = {pid: {kind for _, kind in offices} for pid, offices in titled.items()}
    # the last words of the full names the gazetteer lacks that the article gives, when one name each
    # ("Charles Flynn": "General Flynn" is he), and whom each stands for: the name as written, or the
    # person a title before it settles ("הנשיא האזרי, איהאם אלייב", misspelt: "אלייב" later is Ilham Aliyev)
    last_words: dict[str, set[str]] = {}
    unknown_of: dict[str, ActorMention] = {}
    for _, sa in analysed:
        for a in sa.actors:
            if a.kind == "unknown" and len(words := a.unprefixed.split()) >= 2:
                last_words.setdefault(fold(words[-1]), set()).add(a.unprefixed)
                if a.office:
                    unknown_of.setdefault(a.unprefixed, a)
    resolver.unknown_surnames = {}
    for w, ns in last_words.items():
        if len(ns) == 1:
            written = next(iter(ns))
            whose = resolver.resolve(unknown_of[written], published) if written in unknown_of else None
            resolver.unknown_surnames[w] = whose if whose in gaz.persons else "name:" + written
    resolver.doc_countries = frozenset(
        m.value if m.kind == "country" else m.value[1] for _, sa in analysed for m in sa.matches
        if (m.kind == "country" and isinstance(m.value, str)) or (m.kind == "place" and isinstance(m.value, tuple)))
    # a title and a given name that the article's states settle ("AMMAN — His Majesty King Abdullah" in 2022,
    # when Malaysia's king was an Abdullah too) name one of the article's persons, whom a bare title may
    # stand for later ("the King had several meetings ...")
    for _, sa in analysed:
        for a in sa.actors:
            if a.kind == "unknown" and a.office and " " not in a.unprefixed.strip():
                pid = resolver.resolve(a, published)
                if pid is not None and pid in gaz.persons:
                    resolver.doc_pids.add(pid)
    if unresolved is not None:
        unresolved.extend(unresolved_mentions(analysed, resolver, published))
    raw: list[Event] = []
    future: list[set[str]] = []      # the persons of each contact the text tells as yet to come
    pending: list[tuple] = []        # weak pairs of the last sentence, waiting to be told what they were
    last_pair = None                 # (index, the two persons) of the last sentence naming anyone, if two
    last_letter = None               # (writer, addressee) mentions of the last letter the text told
    summit_size = None               # how many the last summit the article said the size of was of
    ceremony = None                  # (index, word, receiver, whose) of the last ceremony of credentials naming no envoy
    listing = None                   # (sentence, analysis, text) of the last text sentence that told no contact
    quoting = None                   # the speaker of a quotation an earlier sentence opened and none closed yet
    for n, (s, sa) in enumerate(analysed):
        resolver.here = n
        resolver.sentence = s.index
        lead = s.field == "title" or s.index <= 2
        # ("زيارة سموه لقصر ...": the pronoun owning a contact word keeps to the last contact's subject)
        resolver.owning = {a.start for a in sa.actors if a.kind == "pronoun" and lex.owning_noun is not None and any(
            m.kind == "trigger" and m.last == a.first - 1 and lex.owning_noun.search(sa.tokens[m.last].folded)
            for m in sa.matches)}
        if lex.pronoun_titles:
            # (the persons styled before a pronoun of the sentence count for it: "وكان الأمير X قد
            # زار ...، على مأدبة أقامها سموه")
            _note_styled(sa, s.index, lex, resolver, published,
                         until=min((a.first for a in sa.actors if a.kind == "pronoun"), default=0))
        if lex.delegation_refs:
            _delegations(sa, s, lex, resolver, published)
        sa.summit_size = summit_size            # ("قمة مكة الرباعية" in the title: "وحضر القمة A وB وC وD")
        sa.quote_speaker = quoting if s.field == "text" else None
        found = candidates(sa, lex)
        src = _field_text(doc, s)
        if s.field == "text":
            # (up to the next sentence: a closing mark after the full stop is this one's)
            upto = next((x.start for x, _ in analysed[n + 1:] if x.field == s.field), len(src or ""))
            quoting = _quoting_after((src or "")[s.start:max(upto, s.end)], s.start, sa, quoting, lex)
        summit_size = summit_size_told(sa, lex) or summit_size
        if (src or "")[s.start:s.end].rstrip(" \"'»”").endswith(QUESTION_MARKS):
            # "ما هي الملفات على طاولة محادثات X وY؟", "Will X meet Y?": a question tells no contact
            for c in found:
                c.blocked = c.blocked or "question"
        for c in found:
            if not c.blocked and told_before_pair(c, sa):
                c.blocked = "pair"
            elif not c.blocked and with_nobody(c.trigger, sa, lex):
                c.blocked = "with_nobody"
            elif not c.blocked and _each_with(c, sa, lex):
                c.blocked = "doer_untold"
            elif not c.blocked and _during_the_told(c, sa, lex, raw):
                c.blocked = "anaphoric"
            elif not c.blocked and _received_a_quantity(c, sa, lex):
                c.blocked = "quantity"
            elif c.blocked == "habitual" and _counted_by_persons(c, sa, lex):
                c.blocked = None
        for c in found:
            c.actors = [a for a in c.actors if not _absolute_with(a, c, sa, lex)]
        # "X ended the game with 30 points and 8 rebounds": a match, whoever else the line names
        game = lex.game_score is not None and lex.game_score.search((src or "")[s.start:s.end])
        # (contacts told in general, "his calls with X and other leaders", leave no pair to read either)
        if not any((not c.blocked or c.blocked == "habitual") and len(c.actors) >= 2 for c in found):
            pc = pair_candidate(sa, lex)
            if pc is not None:
                found.append(pc)
            elif s.field == "text" and last_pair and s.index - last_pair[0] <= PAIR_REACH:
                # (whether the pair was told in contact matters only to a pronoun standing for them)
                pronoun = any(m.kind == "pair" and m.value == "pronoun" for m in sa.matches)
                two = {resolver.resolve(a, published) for a in last_pair[1]} - {None}
                met = len(two) == 2 and any(two <= {p.id for p in e.participants} for e in raw)
                found += dual_candidates(sa, lex, last_pair[1], pair_met=pronoun and met, pair_contacted=met)
            # ("أبلغ X نظيره Y بأن ... . وشدد X في اتصال هاتفي على ...": the call was with the one he told,
            # in a sentence right before, which named the two)
            told = said_in_to_one(sa, lex) if s.field == "text" and last_pair and s.index - last_pair[0] <= PAIR_REACH else []
            pids = [resolver.resolve(a, published) for a in last_pair[1]] if told else []
            for t, speaker in told:
                me = resolver.resolve(speaker, published)
                if me is not None and me in pids and len(set(pids)) == 2:
                    other = last_pair[1][1 - pids.index(me)]
                    found.append(Candidate(t.value.type, t, [speaker, replace(other, first=t.first, last=t.last,
                                                                                start=t.start, end=t.end)]))
        elif (pc := pair_candidate(sa, lex)) is not None and pc.via is not None and not pc.blocked and not any(
                c.trigger.first <= pc.via.first <= c.trigger.last for c in found):
            # ("في خطاب أرسله X إلى Y بعد عودته من قمة بين الزعيمين": the letter, and the summit of the two)
            found.append(pc)
        if game:
            for c in found:
                c.blocked = c.blocked or "game"
        if last_letter is not None and s.field == "text":
            found += _own_earlier_letters(sa, last_letter)
            _similar_letters(found, sa, lex, last_letter, lambda a: resolver.resolve(a, published))
            _earlier_letter_handed(found, sa, lex, last_letter, lambda a: resolver.resolve(a, published))
        rostered = False
        if ceremony is not None and s.field == "text" and 0 < s.index - ceremony[0] <= ROSTER_REACH:
            # ("Z received the credentials of four envoys. ... The envoys were the ambassador of A,
            # X, and ...": each envoy listed met Z; "the envoys presented their credentials" is no
            # meeting of the envoys with each other)
            listed = roster_candidates(sa, lex, src or "", ceremony[1], ceremony[2], ceremony[3],
                                       lambda a: resolver.resolve(a, published))
            envoys = {id(c.actors[1]) for c in listed}
            # (the contact words of the list itself, "the president held talks with each of them, A's X;
            # B's Y", are the ceremony's)
            if listed and all(c.blocked or all(id(a) in envoys or resolver.resolve(a, published) == ceremony[3]
                                               for a in c.actors) for c in found):
                for c in found:
                    c.blocked = c.blocked or "roster"
                found += listed
                rostered = True      # (the list may go on in the next sentence: "Others are ...")
            # (the ceremony reaches on from a line that lists envoys, one a line as far as it goes, "– His
            # Excellency X, Ambassador of A.", or that speaks of them again, "The new envoys ... are:")
            if rostered or (not listed and any(tok.folded in lex.credential_words or tok.folded in lex.envoy_words
                                               for tok in sa.tokens)):
                ceremony = (s.index, *ceremony[1:])
        opener = _opener(sa, lex)
        for ps, psa, pc, evs in pending:
            # "بحث X وY العلاقات. وجرى خلال اتصال هاتفي ...", "X discussed Y with Z. During the call,
            # ...": a contact word with no parties of its own opening the next sentence says what
            # the pair's discussion was
            if opener is None or ps.field != s.field:
                continue
            # (those the sentence names, before a word far from its start, are of the pair just told: "X
            # praised during the meeting"; not "Later, I met Z": another contact)
            # (those "attended" names are its attendance: "وحضر استقبال X لY A وB")
            # (nor those after the pair's own contact word opening it, "جاء ذلك خلال لقائهما، حيث سلم
            # السفير رسالة من Z": what was done at their meeting)
            if not any(m.kind == "attendance" and m.first == 0 for m in sa.matches) and not (
                    opener.first <= OPENER and _pair_owned(opener, sa, lex)) and not (
                    pc.actors and {resolver.resolve(a, published) for a in sa.actors
                                   if opener.first <= OPENER or a.first < opener.first} <= {
                    resolver.resolve(a, published) for a in pc.actors}):
                continue
            if evs is None:
                pc.type, pc.weak, pc.pending, pc.retyped = opener.value.type, False, False, True
                raw.extend(_event(doc, lang, ps, psa, pc, resolver, published, lex) or [])
            else:
                for ev in evs:
                    ev.type, ev._weak = opener.value.type, False
                    ev._facts = {**ev._facts, "weak": 0.0, "retyped": 1.0,
                                 "call": float(ev.type == "call"), "message": float(ev.type == "message")}
        # ("وأكد الجانبان على ...", "The two sides stressed ...": a sentence that speaks only of the pair, with
        # no contact word, leaves the pair's discussion waiting for the sentence after it)
        if pending and opener is None and any(m.kind in ("pair", "sides") for m in sa.matches) \
                and not any(m.kind == "trigger" for m in sa.matches):
            named = {resolver.resolve(a, published) for a in sa.actors}
            pending = [p for p in pending if p[0].field == s.field
                       and named <= {resolver.resolve(a, published) for a in p[2].actors}]
        else:
            pending = []
        told = len(raw)
        for c in found:
            if c.blocked == "future" and s.field == "text":
                future.append({a.candidates[0] for a in c.actors if len(a.candidates) == 1})
            if not c.blocked and (c.trigger.value.present or c.present) and not lead and not c.told_past \
                    and _day_heading(_lines_before(doc, s), lang, published) is not None:
                c.told_past = True      # a chronology's entry, told in the present under a past day's heading
            if c.blocked or ((c.trigger.value.present or c.present) and not lead and not c.told_past):
                continue
            if c.pending:
                pending.append((s, sa, c, None))
                continue
            ev = _event(doc, lang, s, sa, c, resolver, published, lex)
            if ev is not None:
                raw.extend(ev)
                if c.weak or (c.trigger.value.talks and c.type == "meeting"):
                    # (talks say not how: "X discussed with Y ... The telephone talks focused on")
                    pending.append((s, sa, c, ev))
                writer = c.initiator or c.subject
                if c.type == "message" and writer is not None and len(ev) == 1 and len(ev[0].participants) == 2:
                    # (the addressee's first mention: its title and name may be two, "لخادم الحرمين الملك سلمان")
                    to = next((a for a in c.actors if a is not writer and who(a) != who(writer)), None)
                    if to is not None:
                        last_letter = (writer, to)
        common = _one_host(raw[told:]) if s.field == "text" and len(raw) > told else None
        if s.field == "text" and (len(raw) == told or common) and (word := ceremony_word(sa, lex)) is not None:
            # a ceremony of credentials whose envoys the sentence does not name, or names some of ("Among
            # them, X, twenty envoys presented their credentials to Z"): the one receiving them
            hosts = {}
            for a in sa.actors:
                if a.kind in ("name", "short", "role") and (pid := resolver.resolve(a, published)) is not None \
                        and common in (None, pid):
                    hosts.setdefault(pid, a)
            if len(hosts) == 1:
                ceremony = (s.index, word, *next(iter(hosts.items()))[::-1])
                # ("They are the ambassador of A, X, ... . The envoys presented their credentials to Z":
                # the list before the ceremony)
                if listing is not None and 0 < s.index - listing[0].index <= ROSTER_BEFORE:
                    ls, lsa, ltext = listing
                    for c in roster_before(lsa, lex, ltext, word, ceremony[2], ceremony[3],
                                           lambda a: resolver.resolve(a, published)):
                        raw.extend(_event(doc, lang, ls, lsa, c, resolver, published, lex) or [])
                    listing = None
            elif hosts:
                ceremony = None
        elif s.field == "text" and len(raw) > told and not rostered and not (
                ceremony is not None and all(ceremony[3] in {p.key for p in e.participants} for e in raw[told:])):
            ceremony = None       # (a contact of another: the ceremony is over; "the envoys were received by Z
            #                       and his minister": still Z's)
        if s.field == "text":
            listing = (s, sa, src or "") if len(raw) == told else None
        if lex.pronoun_titles:
            _note_styled(sa, s.index, lex, resolver, published)
        visitor = _visitor(sa, lex, resolver, published) if len(raw) == told else None
        if visitor:
            resolver.visitor = (visitor, s.index)
        # who this sentence is about, for a "his meeting" in the next one (only the next one)
        topic = _topic(sa, resolver, published, lex) if s.field == "text" else None
        # (the subject a verb of saying leaves unsaid is the one the text was about, over one sentence
        # that names nobody: "قال X ... . وقال شكري إن ... . وأضاف أنه بحث مع نظيره")
        resolver.said_topic = topic or (resolver.topic if s.field == "text" and not sa.actors else None)
        resolver.topic = topic
        resolver.before = (resolver.before + [s])[-ALSO_FAR:] if s.field == "text" else []
        # the two persons "the two" of the next sentence are: those this one names, if two
        if s.field == "text" and any(a.kind in ("name", "short") for a in sa.actors):
            # (not one named only inside a quotation: "رد X بقوله: «... رحيل Y»" speaks of Y)
            quoted = [(s.start + m.start(), s.start + m.end()) for m in _QUOTED.finditer(s.text)]
            pair = named_pair(replace(sa, actors=[a for a in sa.actors if not any(
                b <= a.start < e for b, e in quoted)]) if quoted else sa, gaz)
            # (a sentence naming one person leaves the pair named before it: "حذر X وY ... . وأمر الأسد
            # ... . وفي مكالمة هاتفية اعتبر الزعيمان", the two leaders are still X and Y)
            if pair or len({who(a) for a in sa.actors if a.kind in ("name", "short")}) > 1:
                last_pair = (s.index, pair) if pair else None
    # "لقاء ثلاثي بين A وB وC" over "سيعقد A اجتماعا مع B وC": a headline contact the text tells
    # as yet to come, and nowhere as held, is to come
    if future:
        held = [{p.id for p in ev.participants} for ev in raw if any(m.field == "text" for m in ev.mentions)]
        raw = [ev for ev in raw if not _announced(ev, future, held)]
    topics_by_sentence = [sorted({m.value for m in sa.matches if m.kind == "topic"}) for _, sa in analysed]
    # what the whole article tells weighs on each of its events' confidence
    doc_facts = confidence_document_features(
        pairs=len({frozenset(p.id or p.name for p in ev.participants) for ev in raw}),
        title_event=any(m.field == "title" for ev in raw for m in ev.mentions))
    for ev in raw:
        ev._facts = {**ev._facts, **doc_facts}
        ev.confidence = confidence_score(ev._facts)
    return raw, topics_by_sentence


def _joint_near(c: Candidate, sa: SentenceAnalysis) -> bool:
    """Does a word of doing jointly stand within two words of the contact word ("a joint letter"):
    one contact of all its writers, not one of each?"""
    return any(m.kind == "joint" and abs(m.first - c.trigger.last) <= 2 for m in sa.matches)


def _written_to_no_one(c: Candidate, resolved: dict, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Did the persons before a message word, joined by "and", write it with a verb of sending (or a
    word that sends it) and no one marked as written to ("to", a clitic of "to", "from")?"""
    sent = c.trigger.value.role == "subject" or any(
        m.kind == "light" and m.value != "receive" and m.last < c.trigger.first for m in sa.matches)
    addressed = any(_object_prefixed(a, lex) or any(
        m.kind == "object" and m.last == _title_start(a, sa) - 1 and sa.tokens[m.last].folded not in _AND
        for m in sa.matches) for a in c.actors)
    marked = any(m.kind in ("from", "conveyed_to") and m.last < c.trigger.first for m in sa.matches)
    return sent and not addressed and not marked \
        and _joined_senders([a for a in c.actors if id(a) in resolved], resolved, sa, lex)


def _joined_senders(acts: list[ActorMention], resolved: dict, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Are the persons of the mentions, in order, each joined to the one before by "and" ("X وولي العهد Y",
    "X and Italian leader Y"), not one the object of the other's verb ("سلم X Y رسالة")? A person's
    title and name are one."""
    runs: list[list[ActorMention]] = []
    for a in sorted(acts, key=lambda a: a.first):
        if runs and resolved[id(runs[-1][-1])] == resolved[id(a)]:
            runs[-1].append(a)
        else:
            runs.append([a])
    return len(runs) >= 2 and all(_and_between(x[-1], y[0], sa, lex) for x, y in zip(runs, runs[1:]))


def _fellow_travellers(c: Candidate, two: list[ActorMention], pids: list[str], countries: dict, gaz, on: date | None,
                       sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"زار وزيرا الخارجية والداخلية X وY المغرب", "Ministers X and Y visited Morocco": are the two persons
    of a visit, of one state (the person's, or that of an office both hold on the day, any office in an
    undated article), joined by "and" as its doers? They travelled together; no host named, no contact
    between them."""
    if c.type != "meeting" or c.trigger.value.role != "subject" or len(pids) != 2 or len(two) != 2:
        return False
    states = [{countries[p]} | {o.country for o in (gaz.persons[p].offices_on(on) if on else gaz.persons[p].offices)}
              if p in gaz.persons else {countries[p]} for p in pids]
    if not (states[0] & states[1]) - {None}:
        return False
    a, b = sorted(two, key=lambda m: m.first)
    return _and_between(a, b, sa, lex) or (b.first == a.last + 1 and b.prefix[:1] in lex.list_conjunctions)  # ("X وY")


def _and_between(a: ActorMention, b: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is b joined to a by "and" (a word or a clitic) with no verb between: "X and Italian leader Y"."""
    return any(and_at(k, sa, lex) for k in range(a.last + 1, b.first)) \
        and not any(m.kind in VERB_KINDS and a.last < m.first < b.first for m in sa.matches)


def _one_host(events: list[Event]) -> str | None:
    """The one person every meeting of a sentence was with, when they are meetings of two (the
    envoys a ceremony of credentials names with the one receiving them)."""
    if not events or any(e.type != "meeting" or len(e.participants) != 2 for e in events):
        return None
    common = set.intersection(*({p.key for p in e.participants if p.name != e.initiator} for e in events))
    return next(iter(common)) if len(common) == 1 else None


def _counted_by_persons(c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"had several meetings with A and B": a count word right before a plural contact word, whose
    persons after it are two or more, counts one contact with each of them, no habit."""
    t = c.trigger
    return t.phrase in lex.plural_triggers and any(
        m.kind == "cue" and m.value == "habitual" and phrase_key(m.phrase) in lex.habitual_counts
        and 0 < t.first - m.last <= 1 for m in sa.matches) and len({who(a) for a in c.actors if a.first > t.last}) >= 2


def _each_with(c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"There were also bilateral meetings with A and with B": persons after the contact word, each
    after a "with" of his own, met someone the sentence does not name, not each other."""
    marked = [a for a in c.actors if _with_marked(a, sa, lex)]
    # (not with the doer right after the verb, before the first "with": "والتقى X مع A ومع B")
    return len(c.actors) >= 2 and all(a.first > c.trigger.last for a in c.actors) and len(marked) >= 2 \
        and not any(a.first < marked[0].first for a in c.actors)


ABSOLUTE_WITH = 3      # "New Delhi: With X due to take over, ...": words before that opening "with", at most
ABSOLUTE_WORDS = 2     # ... and words after the person before the comma, at least


def _absolute_with(a: ActorMention, c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"With Donald Trump due to take over on Friday, Obama made a farewell call to Modi": a person
    after a "with" that opens the sentence (a dateline before it at most), whose phrase a comma
    closes before the contact word, is told of beside the contact, no party of it."""
    if c.trigger.first <= a.last or not _with_marked(a, sa, lex):
        return False
    w = next((m.first for m in sa.matches if _with_word(m, sa, lex)
              and m.first < a.first), None)
    if w is None or w > ABSOLUTE_WITH or any(b.last < w for b in sa.actors) or any(
            m.kind == "trigger" and m.first < w for m in sa.matches):
        return False
    # (words of its own between the person and the comma, "due to take over on Friday", not a fronted
    # party alone: "With Egyptian President X, the king discussed in a phone call ...")
    return any(a.last + ABSOLUTE_WORDS <= k < c.trigger.first for k in sa.commas)


GREETING_CABLE_REACH = 2    # sentences after a greeting verb that may tell of its cable


def greeted_by_cable(doc: Document, sents: list[Sentence], lex: Lexicon) -> set[int]:
    """"عزى الرئيس X نظيره Y بضحايا ... . وعبر في برقية التعزية عن ...": the sentences that open with a
    verb of greeting (the pack's on_occasion triggers) whose cable one of the next two sentences of
    the same field tells of (a word of the pack's `greeting_cables`). The greeting was that cable."""
    if not lex.greeting_cables or not lex.occasion_triggers:
        return set()
    out = set()
    for j, s in enumerate(sents):
        # (its first word folded, not the whole sentence: this runs over every sentence of an article)
        first = _field_text(doc, s)[s.start:s.end].split(None, 1)[:1]
        w = fold(first[0]) if first else ""
        if not (w in lex.occasion_triggers or (w[:1] in lex.conjunctions and w[1:] in lex.occasion_triggers)):
            continue
        after = [t for t in sents[j + 1:j + 1 + GREETING_CABLE_REACH] if t.field == s.field]
        if any(c in fold(_field_text(doc, t)[t.start:t.end]) for t in after for c in lex.greeting_cables):
            out.add(j)
    return out


def _may_tell_contact(doc: Document, sents: list[Sentence], lex: Lexicon, text_fold: str | None = None,
                      published: date | None = None, cabled: set[int] = frozenset()) -> tuple[bool, dict[int, SentenceAnalysis]]:
    """Could the article tell of a contact? Read from the sentences with a contact word (found by
    the trigger automaton over each sentence's folded letters, without tokenising the others):
    every event comes from a sentence whose contact words survive `triggers`, and such a sentence
    gives none when it names nobody after its own analysis and free names, holds no pair words,
    dual verbs or "the two countries' leaders" (which read other sentences), and no word of it is
    the surname of someone another sentence names in full (the sentences whose folded letters
    hold such a word alone are analysed to know). False only when that is sure; with the
    analyses made on the way, by sentence index (free names not added), which the full reading
    uses again. text_fold: doc.text's one letter fold when its slices are its sentences' (see
    sliceable_fold)."""
    matcher = lex.matcher
    early: dict[int, SentenceAnalysis] = {}

    tokens_at: dict[int, list] = {}         # sentence index -> its tokens (made once)

    def tokens(j: int) -> list:
        toks = tokens_at.get(j)
        if toks is None:
            s = sents[j]
            toks = tokens_at[j] = tokens_of(_field_text(doc, s), s.start, s.end)
        return toks

    def analysis(j: int) -> SentenceAnalysis:
        sa = early.get(j)
        if sa is None:
            sa = early[j] = analyse(tokens(j), lex, _field_text(doc, sents[j]), published, j in cabled)
        return sa

    def with_free_names(j: int) -> SentenceAnalysis:
        sa = analysis(j)
        probe = replace(sa, actors=list(sa.actors))
        add_free_names(probe, lex, _field_text(doc, sents[j]), title_case=sents[j].field == "title" and title_cased(probe.tokens))
        return probe

    nobody: list[int] = []          # sentences with a contact word that name nobody
    folds: dict[int, tuple[str, ...]] = {}
    for k, s in enumerate(sents):
        if s.end <= s.start:
            f = ()
        elif text_fold is not None and s.field == "text":
            f = (text_fold[s.start:s.end],)
        else:
            f = letter_folds(_field_text(doc, s)[s.start:s.end])
        folds[k] = f
        if not matcher.may_find_folded("trigger", f):
            continue
        sa = analysis(k)
        if not any(m.kind == "trigger" for m in sa.matches):
            continue
        trig = triggers(sa)
        sa.triggers = None          # (read again, the same, by the full reading)
        if not trig:
            continue
        # (a pair of countries may follow a plural title: "زعيمي الكوريتين")
        # (or a summit "between" two states: "قمة بين مصر والسودان", their leaders')
        if sa.actors or any(m.kind in ("pair", "two_leaders", "country_pair") for m in sa.matches) or any(
                t.phrase in lex.dual_verbs or t.phrase in lex.pair_triggers for t in trig) or (
                any(m.kind == "between" for m in sa.matches) and any(summit_word(t, sa, lex) for t in trig)) or (
                any(_pair_owned(t, sa, lex) for t in trig)):
            return True, early    # (or a contact of two the sentence refers to: "الاجتماع الذي تم بينهما")
        if with_free_names(k).actors:
            return True, early
        nobody.append(k)
    named: dict[int, set[str]] = {}
    token_words: dict[int, frozenset[str]] = {}     # sentence index -> its tokens' folded forms
    for k in nobody:
        def elsewhere(word: str, k: int = k) -> bool:
            for j, f in folds.items():
                if j == k or not any(word in x for x in f):
                    continue
                words = named.get(j)
                if words is None:
                    # (a word surnames_named gives is a whole token of its sentence, or one after its
                    # clitic chain: some token ends with it; else the sentence need not be analysed)
                    ends = token_words.get(j)
                    if ends is None:
                        ends = token_words[j] = frozenset(t.folded for t in tokens(j))
                    if word not in ends and not any(w.endswith(word) for w in ends):
                        continue
                    words = named[j] = {w for w, _ in surnames_named(with_free_names(j), lex)}
                # (or the word is a family name of the article written without it: "بارزاني" after
                # "مسعود البارزاني", which article_surnames reads as his)
                if word in words or any(a + word in words for a in lex.definite):
                    return True
            return False
        others: list[str] = []

        def written(word: str, k: int = k, others: list[str] = others) -> bool:
            # (the other sentences' folds joined by a newline, which no word holds: one search)
            if not others:
                others.append("\n".join(x for j, f in folds.items() if j != k for x in f))
            return word in others[0]
        if surname_may_come(early[k], lex, elsewhere, written):
            return True, early
    return False, early


def _two_states(t, sa: SentenceAnalysis) -> set[str]:
    """The two states a contact word is told as between by adjectives right beside it ("المشاورات
    المصرية الروسية", "השיחות האמריקאיות-רוסיות", "the US-Russian talks"), or an empty set."""
    at = {m.first: m for m in sa.matches if m.kind == "country"}
    ends = {m.last: m for m in sa.matches if m.kind == "country"}
    after, k = [], t.last + 1
    while k in at and len(after) < 3:
        after.append(at[k].value)
        k = at[k].last + 1
    before, k = [], t.first - 1
    while k in ends and len(before) < 3:
        before.append(ends[k].value)
        k = ends[k].first - 1
    for states in (after, before):
        if len(states) == 2 and len(set(states)) == 2:
            return set(states)
    return set()


STYLE_REACH = 6       # "صاحب السمو الملكي الأمير X": a title this many words before a name, at most


DELEGATION_REACH = 8    # "the delegation" stands for the head of one named this many sentences before, at most
DELEGATION_STATED_REACH = 30   # ... or this many, when it is called by its state ("الوفد الأمريكي"), the head's
HEAD_REACH = 5          # "وفد ... برئاسة وزير الخارجية X": words from the delegation to "headed by", and on to its head


def _delegations(sa: SentenceAnalysis, s: Sentence, lex: Lexicon, resolver: Resolver, published: date | None) -> None:
    """Note the head of a delegation the sentence names ("وفد أمريكي برئاسة X", "ترأس X وفدا"), and
    make "the delegation" beside a contact word ("والتقى الوفد الأمريكي الرئيس Y") a mention of
    the head of the one named last, a few sentences before at most."""
    toks = sa.tokens
    words = {tok.folded for tok in toks}
    if not (words & lex.delegation_refs or words & lex.headed_by or words & lex.heading_verbs):
        return
    trig = [m for m in sa.matches if m.kind == "trigger"]
    if resolver.delegation and trig:
        taken = {k for a in sa.actors for k in range(a.first, a.last + 1)}
        head = resolver.gaz.persons.get(resolver.delegation[0])
        for k, tok in enumerate(toks):
            if tok.folded not in lex.delegation_refs or k in taken:
                continue
            last, states = k, set()
            while (c := next((m for m in sa.matches if m.kind == "country" and m.first == last + 1), None)) is not None:
                last, states = c.last, states | {c.value}
            # (a few sentences on; farther when its state is said and is the head's: "الوفد الأمريكي")
            reach = DELEGATION_STATED_REACH if head is not None and states == {head.country} else DELEGATION_REACH
            if s.index - resolver.delegation[1] > reach or (states and head is not None and head.country not in states):
                continue
            # (right after the contact verb, its doer, where the subject follows the verb; or right
            # before it: "המשלחת נפגשה עם Y", not "לאחר ביקור המשלחת שוחח X עם Y")
            after_word = any(t.last + 1 == k for t in trig)
            if (lex.subject_after_verb and after_word) or (
                    not after_word and any(t.first == last + 1 for t in trig)):
                sa.actors.append(ActorMention("delegation", k, last, tok.start, toks[last].end,
                                              tok.surface))
                sa.actors.sort(key=lambda a: a.first)
    for k, tok in enumerate(toks):
        if tok.folded not in lex.headed_by and tok.folded not in lex.heading_verbs:
            continue
        head = next((a for a in sa.actors if a.kind in ("name", "short", "role") and 0 < a.first - k <= HEAD_REACH), None)
        if head is None:
            continue
        # (the delegation before "headed by" it; after its head, for "X headed a delegation")
        near = range(max(0, k - HEAD_REACH), k) if tok.folded in lex.headed_by else \
            range(head.last + 1, min(len(toks), head.last + 4))
        if any(toks[j].folded in lex.delegation_nouns for j in near):
            pid = resolver.resolve(head, published)
            if pid:
                resolver.delegation = (pid, s.index)


def _note_styled(sa: SentenceAnalysis, index: int, lex: Lexicon, resolver: Resolver, published: date | None,
                 until: int | None = None) -> None:
    """Remember who the sentence styles with the titles an honorific pronoun answers to ("فخامة
    الرئيس X", "صاحب السمو الأمير Y"), for "فخامته", "سموه" in the sentences after it (and in its
    own after `until`, its first pronoun)."""
    folded = [t.folded for t in sa.tokens]
    for n, a in enumerate(sa.actors):
        if until is not None and a.last >= until:
            break
        if a.kind not in ("name", "short", "role"):
            continue
        # (back to the person before, but over a title next to the name: "معالي وزير الإسكان الأستاذ X")
        stop = max((b.last for b in sa.actors[:n] if b.last < a.first - 2), default=-1)
        words = folded[max(stop + 1, a.first - STYLE_REACH):a.last + 1]
        # (a title glued to "and" styles its person too: "X ووزير الخارجية Y")
        words = [w[1:] if w[:1] in lex.conjunctions and w[1:] in lex.pronoun_title_firsts else w for w in words]
        present = set(words)      # (a title whose first word is not there is not looked for)
        fams = [p for p, titles in lex.pronoun_titles.items() if any(
            tuple(words[i:i + len(t)]) == t for t in titles if not t or t[0] in present
            for i in range(len(words) - len(t) + 1))]
        if not fams:
            continue
        # (one styled so whom we cannot tell, "معالي وزير الخارجية" with no country, is the last one
        # styled so all the same: "معاليه" after him is nobody we know, not someone styled before)
        pid = resolver.resolve(a, published)
        for p in fams:
            seen = [x for x in resolver.styled.get(p, []) if x[0] != pid]
            resolver.styled[p] = seen + [(pid, index)]
            if pid is not None:
                resolver.first_styled.setdefault(p, pid)


def _announced(ev: Event, future: list[set[str]], held: list[set[str]]) -> bool:
    """Is a headline's undated contact one the text tells only in the future (its persons, two at
    least, all parties of one contact yet to come, and of none held)?"""
    if any(m.field != "title" for m in ev.mentions) or ev.date_basis == "text":
        return False
    ids = {p.id for p in ev.participants}
    if len(ids) < 2 or None in ids:
        return False
    return any(ids <= f for f in future) and not any(ids <= h for h in held)


def _country_before(a: ActorMention, sa: SentenceAnalysis) -> str | None:
    """The country of the last country or place the sentence names before the mention, with no
    person named between them."""
    people = [b.last for b in sa.actors if b.last < a.first and b is not a]
    for m in sorted(sa.matches, key=lambda m: -m.first):
        if m.last >= a.first or (people and m.last < max(people)):
            continue
        if m.kind == "country" and isinstance(m.value, str):
            return m.value
        if m.kind == "place" and isinstance(m.value, tuple) and len(m.value) == 2:
            return m.value[1]
    return None


def _unsaid_subject(t: Match, sa: SentenceAnalysis, resolver: Resolver) -> str | None:
    """The subject a sentence opening with its verb leaves unsaid: the one the sentence before was
    about; after "وأضاف أنه" (he added that he ...), the one the text was about before a sentence
    that named nobody."""
    said = t.first >= 2 and any(m.kind == "reporting" and m.first == t.first - 2 for m in sa.matches)
    return resolver.topic or (resolver.said_topic if said else None)


def _said_in_call(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a call word after "in"/"during" ("in a phone call", "خلال اتصال هاتفي") stand in the
    clause of a word of greeting sent ("extended condolences to Y")? The greeting was said in the call."""
    return any(u.kind == "trigger" and u.value.type == "call" and not u.value.weak and u.value.role != "future"
               and not u.value.manner and sa.same_clause(t.first, u.first) and (
                   (u.prefix and lex.in_prefixes and u.prefix.endswith(lex.in_prefixes))
                   or any(sa.tokens[k].folded in lex.during or sa.tokens[k].folded in lex.fronted_words
                          for k in range(max(0, u.first - 2), u.first)))
               for u in sa.matches)


def _group_senders(c: Candidate, sa: SentenceAnalysis) -> set[int]:
    """"X sent a delegation that met Y", "a delegation sent by X met with Y": the mentions before
    the contact word, in its clause, of those who sent the group that met (ids)."""
    t = c.trigger
    out = set()
    for m in sa.matches:
        if m.kind != "sent_group" or m.first > t.first or not sa.same_clause(m.last, t.first):
            continue
        for a in c.actors:
            if m.value == "before" and a.last < m.first and m.first - a.last <= 2:
                out.add(id(a))        # (X, then "sent a delegation")
            elif m.value == "by" and m.last < a.first and a.last < t.first:
                out.add(id(a))        # ("a delegation sent by", then X)
    return out


def _doer_unknown(c: Candidate, sa: SentenceAnalysis, lex: Lexicon, resolved: dict[int, str]) -> bool:
    """"He also met with A and B", "the army chief met with A and B": the contact word's "with"
    names its other side only, and the one who met them, mentioned before the word in its clause,
    is no one the text lets us know. A and B were not each other's party: no contact."""
    t = c.trigger
    if not (sa.tokens[t.last].folded in lex.with_words or (
            t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.with_words)):
        return False
    if any(a.last < t.first for a in c.actors if id(a) in resolved):
        return False
    # (or one the text names there whom the word's parties leave out: "President X on Thursday separately
    # held telephone conversations with A and B")
    mine = {id(a) for a in c.actors}
    return any(a.last < t.first and (id(a) not in resolved or id(a) not in mine)
               and a.kind in ("pronoun", "role", "short", "unknown", "name")
               and (sa.same_clause(a.last, t.first) or not any(
                   m.kind in ("trigger", "past_verb", "reporting") and a.last < m.first < t.first - 1 for m in sa.matches))
               for a in sa.actors)


def _implicit_doer(c: Candidate, sa: SentenceAnalysis, lex: Lexicon, resolver: Resolver,
                   pids: list[str], index: int) -> str | None:
    """"جدد الرئيس هادي ... . وشدد خلال لقائه المبعوث X": a contact word that carries "his" in a
    sentence naming no one before it, with one party named, is that of the person the sentence
    before was about (resolver.topic)."""
    t = c.trigger
    dropped = dropped_subject(t, sa, lex)
    # (over one sentence that names nobody, the tail of a quotation, when this one opens by pointing
    # back at what was said: "وأضاف X: \"... .. ...\". جاء ذلك أثناء لقائه Y")
    back = any(sa.tokens[k].folded in lex.setting_refs for k in range(min(3, len(sa.tokens))))
    topic = _unsaid_subject(t, sa, resolver) if dropped else (
        resolver.topic or (resolver.said_topic if back else None))
    # (or a host's verb with "him" glued to it, its host named after it: "حيث استقبلته الملكة X",
    # where the queen received him)
    hosted = t.value.role == "host" and bool(t.suffix) and lex.subject_after_verb and any(
        a.first > t.last for a in c.actors)
    if topic is None and hosted and resolver.visitor and index - resolver.visitor[1] <= GUEST_REACH:
        topic = resolver.visitor[0]    # (him: the one whose arrival was told, "عقب وصوله إلى كينيا")
    if len(pids) != 1 or topic is None or topic in pids:
        return None
    if not (possessed(t, sa, lex) or said_in_unnamed(t, sa, lex) or hosted or dropped) or any(
            a.first < t.first for a in sa.actors):
        return None
    if _fronted_his(t, c.actors, sa, lex):
        return None
    return topic


def _fronted_his(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وخلال لقائه مع رؤساء التحرير قال X إن ...", "During his meeting with editors, X said": a
    contact word with "his" fronted after "during" at the sentence's start is the meeting of the
    subject of the main clause's verb after it, not of someone the sentences before named."""
    k = t.first - 1
    if k < 0 or not (word_in(k, lex.during, sa, lex) or sa.tokens[k].folded in lex.fronted_words):
        return False
    # (opening the sentence or a clause: "أيضا في ذلك اليوم وخلال لقائه ...")
    w = sa.tokens[k].folded
    if not (k <= 1 or (w[:1] in lex.conjunctions and w[1:] in lex.during) or k - 1 in sa.clause_ends
            or k - 1 in sa.commas):
        return False
    after = [a for a in acts if a.first > t.last]
    if not after:
        return False
    start = _title_start(after[0], sa)
    verb = max((m.last for m in sa.matches if m.kind in VERB_KINDS and t.last < m.first and m.last < start),
               default=None)
    # (the verb's subject: no "with", "to" between the verb and him)
    return verb is not None and not _object_prefixed(after[0], lex) and not any(
        m.kind == "object" and verb < m.first < start for m in sa.matches)



TOPIC_NEAR = 8        # the person a sentence is about is named this near its start ...
TOPIC_OPENING = 1     # ... or his title, however long, begins this near it
TOPIC_FAR = 20        # ... or this near, after the verb opening it, only his long title between ("استعرض المشرف
#                       العام على مركز ... ، الدكتور X، الموضوعات")


def _subject_after_title(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the mention, however far after the verb opening the sentence (TOPIC_FAR words at most),
    that verb's subject: no other verb nor "that" between, only his title ("استعرض المشرف العام على
    مركز ...، الدكتور X")?"""
    return lex.subject_after_verb and a.first <= TOPIC_FAR \
        and any(m.first == 0 and m.kind in VERB_KINDS for m in sa.matches) \
        and not any(0 < m.first < a.first and m.kind in VERB_KINDS for m in sa.matches) \
        and not any(_that_at(k, sa, lex) for k in range(1, a.first))


def _topic(sa: SentenceAnalysis, resolver: Resolver, on: date | None, lex: Lexicon) -> str | None:
    """The person a sentence is about: the first person it names, when named near its start and
    not as an object ("קיימתי שיחה עם שר החוץ X" is not about X); in a sentence opening with its
    verb, the first person named after it with no verb or "that" between, however long his title."""
    for a in sa.actors:
        # (or the sentence opens with the title he is named with: "Minister of Foreign Affairs of the
        # Republic of X Y arrived")
        # (or the first one named, however long his title, right before the verb of saying: "Minister of
        # Maghreb Affairs, African Union and the Arab League X said", its subject)
        speaker = a is sa.actors[0] and any(m.kind == "reporting" and m.first == a.last + 1 for m in sa.matches)
        if a.first > TOPIC_NEAR and _title_start(a, sa) > TOPIC_OPENING \
                and not (a is sa.actors[0] and _subject_after_title(a, sa, lex)) and not speaker:
            break
        if _is_object(a, sa, lex) and not speaker:
            return None
        # (a name the gazetteer lacks too, in a script with capitals, where such names are read with
        # some certainty: "Lee McClenny, the U.S. envoy, attended. He had met Y")
        if a.kind in ("name", "short", "role") or (a.kind == "unknown" and lex.capitalised_names):
            pid = resolver.resolve(a, on)
            if pid and (pid in resolver.gaz.persons or (a.kind == "unknown" and pid.startswith("name:"))):
                return pid
    # (or the speaker named at its end, after what he said: "..., Prime Minister X has said.")
    last = sa.actors[-1] if sa.actors else None
    if last is not None and last.kind in ("name", "short", "role") and any(
            m.kind == "reporting" and last.last < m.first <= last.last + SPEAKER_END and m.last >= len(sa.tokens) - 1
            for m in sa.matches):
        pid = resolver.resolve(last, on)
        if pid and pid in resolver.gaz.persons:
            return pid
    return None


SPEAKER_END = 2     # "X has said.": the verb of saying this many words after the speaker at most, ending the sentence


SIMILAR_AFTER = 3    # "بعث X برقية مماثلة", "sent a similar cable": words from the letter's word to "similar", at most


def _similar_letters(found: list[Candidate], sa: SentenceAnalysis, lex: Lexicon, letter: tuple, resolve) -> None:
    """"وبعث X برقية مماثلة", "Y also sent a similar cable": a letter "like" the last one the text told,
    whose addressee the sentence does not name, went to that letter's addressee (`letter`: its
    writer's and addressee's mentions), from the one person the sentence names. Adds such letters
    to `found`."""
    if found or not lex.similar_words:
        return
    words = [m for m in sa.matches if m.kind == "trigger" and m.value.type == "message" and any(
        sa.tokens[k].folded in lex.similar_words
        for k in range(max(0, m.first - 1), min(len(sa.tokens), m.last + 1 + SIMILAR_AFTER)))]
    writers = {resolve(a): a for a in sa.actors if a.kind in ("name", "short", "role", "pronoun")} if words else {}
    writers.pop(None, None)
    to = letter[1]
    if len(writers) != 1 or resolve(to) in writers:
        return
    t, writer = words[0], next(iter(writers.values()))
    c = Candidate("message", t, [writer, replace(to, first=t.first, last=t.last, start=t.start, end=t.end)])
    c.subject = c.initiator = writer
    found.append(c)


def _earlier_letter_handed(found: list[Candidate], sa: SentenceAnalysis, lex: Lexicon, letter: tuple, resolve) -> None:
    """"بعث X رسالة إلى Y ... وسلم الرسالة إليه Z", "Z handed the letter to Y": the letter told before
    (the word with its article), handed over in person by the one other person the sentence names,
    was carried by him, who met its addressee; he wrote no letter of his own. Replaces such a letter
    of his in `found` with the meeting (`letter`: the mentions of the last letter's writer and addressee)."""
    writer, to = resolve(letter[0]), resolve(letter[1])
    words = [m for m in sa.matches if m.kind == "trigger" and m.value.type == "message"
             and _definite_word(m, sa, lex) and _handed_over(m, sa, lex)]
    if not words or to is None:
        return
    # (not those whose greetings he conveyed there: "إذ نقل إليه تحيات الملك Z")
    greeted = min((m.last for m in sa.matches if m.kind == "conveyed"), default=len(sa.tokens))
    named = {}
    for a in sa.actors:
        if a.kind in ("name", "short", "role", "unknown") and a.first < greeted and (pid := resolve(a)) is not None:
            named.setdefault(pid, a)
    others = [a for pid, a in named.items() if pid not in (writer, to)]
    if len(others) != 1:
        return
    t, courier = words[0], others[0]
    addressee = named.get(to) or replace(letter[1], first=t.first, last=t.last, start=t.start, end=t.end)
    found[:] = [c for c in found if not (c.type == "message" and c.trigger.first == t.first)]
    c = Candidate("meeting", t, [courier, addressee])
    c.subject = c.initiator = courier
    found.append(c)


def _own_earlier_letters(sa: SentenceAnalysis, letter: tuple) -> list[Candidate]:
    """"وأود أن أشير إلى كتابي لمقامكم بتاريخ 7 يوليو": in a letter the article quotes, the writer's
    own letter to "you", right after it, is an earlier letter of the same writer to the same
    addressee (`letter`: the mentions of the last letter the text told), dated by its own date."""
    out = []
    to_you = {m.first for m in sa.matches if m.kind == "to_you"}
    for m in sa.matches:
        if m.kind != "own_letter" or m.last + 1 not in to_you:
            continue
        t = m._replace(kind="trigger", value=Trigger("message", "subject"))
        writer, to = (replace(a, first=t.first, last=t.last, start=t.start, end=t.end) for a in letter)
        c = Candidate("message", t, [writer, to])
        c.subject = c.initiator = writer
        out.append(c)
    return out


def _comma_listed(c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Are the parties after the contact word listed one after another, a comma and "and" before
    each next one's title ("لـA، وB، وC")?"""
    after = [a for a in c.actors if a.first > c.trigger.last and a is not c.subject]
    if after and _title_start(after[0], sa) == c.trigger.last + 1:
        after = after[1:]         # (the noun's own doer right after it: "استقبال X لـA، وB")
    # (a comma, then "and" opening the next one's title or name; the one before may have his title
    # after his name: "جون كي، وفيكتور بونتا رئيس وزراء رومانيا، والدكتور Z")
    return len(after) >= 2 and all(any(
        k in sa.commas and sa.tokens[k + 1].folded[:1] in lex.conjunctions and not any(
            b is not y and k < b.first < y.first for b in sa.actors) for k in range(x.last, y.first))
        for x, y in zip(after, after[1:]))


def _then_listed(c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Are the parties after the contact word met one after another, "then" before each next one's
    title or name ("استقبل X الرئيس A ثم الرئيس B", "met A, then B")?"""
    after = [a for a in c.actors if a.first > c.trigger.last and a is not c.subject]
    return len(after) >= 2 and all(
        _title_start(y, sa) >= 1 and sa.tokens[_title_start(y, sa) - 1].folded in lex.sequel_words
        and not any(b is not x and b is not y and x.last < b.first < y.first for b in sa.actors)
        for x, y in zip(after, after[1:]))


def _hosts_in_turn(subject: str | None, pids: list[str], countries: dict, sa: SentenceAnalysis,
                   c: Candidate, lex: Lexicon) -> bool:
    """"حيث التقى الملكة إليزابيث ورئيسة الوزراء تيريزا ماي", "met the king and the crown
    prince": a visitor who meets several persons of one other country is counted one meeting
    per host (ANNOTATION.md), unless the sentence calls the meeting joint ("قمة ثلاثية",
    "trilateral"). A host who receives several guests of one country ("استقبل الملك A وB في إطار
    جولتهما") received them together: one meeting."""
    if subject is None or any(m.kind == "joint" for m in sa.matches):
        return False
    if lex.separately_words and any(sa.tokens[k].folded in lex.separately_words
                                    for k in range(max(0, c.trigger.first - 2), min(len(sa.tokens), c.trigger.last + 2))):
        return True       # "X separately met A and B": one meeting each
    # ("استقبل X A ثم B", received A, then B: one meeting each, whatever their states)
    if len([p for p in pids if p != subject]) >= 2 and _then_listed(c, sa, lex):
        return True
    # "مباحثاته مع A، وB، وC", "استقبال X لـA، وB، وC": his talks (a plural word), or a host's
    # receptions, listed one after another with commas, with persons of as many other states: one
    # meeting each (not "محادثات مع نظيريه الياباني والكوري", talks of the three together)
    home = countries.get(subject)
    hosts = [p for p in pids if p != subject]
    states = [countries.get(p) for p in hosts]
    if len(hosts) >= 2 and None not in states and len(set(states)) == len(states) \
            and home not in states and _comma_listed(c, sa, lex) and (
                c.trigger.phrase in lex.plural_triggers or c.trigger.value.role == "host"):
        return True
    # "met A, B and C on the sidelines of the summit": persons of as many other states, named after
    # the word and its doer, met at a gathering of many, one meeting each (not "held a meeting with",
    # nor the ministers of four states who held one); three or more such persons listed are so met
    # wherever ("נפגש נתניהו עם A, B, C ו-D")
    # (persons of three states or more: some may share one, "X met A, B of state 1 and C and D of state 2, ...")
    if len(hosts) >= 2 and home is not None and None not in states and home not in states \
            and (len(set(states)) >= 3 or (len(set(states)) == len(states) and _at_sidelines(sa, lex))) \
            and _doer_then_listed(c, sa, lex):
        return True
    # ("his meetings with A and B", "had calls with A and B": a plural word of contacts, not of talks
    # that may be one round, is one contact with each)
    if len(hosts) >= 2 and c.trigger.phrase in lex.plural_triggers and not c.trigger.value.talks:
        return True
    if c.trigger.value.role == "host" or (c.trigger.phrase in lex.meeting_nouns and not possessed(c.trigger, sa, lex)):
        return False          # ("عقد اجتماعا مع A وB", "held a meeting with A and B": one meeting; not
        #                       "اجتماعه بالملك A وولي عهده B", his meeting with the king and the crown prince)
    others = set(states)
    # (persons of several countries may meet together: "Netanyahu met Kerry and King Abdullah")
    return home is not None and len(others) == 1 and None not in others and home not in others


SIDELINES_DOER = 3   # "X held talks with A, B and C on the sidelines": words from the doer to the contact word, at most


def _doer_then_listed(c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the candidate's subject the doer of its word (no host's word nor "held a meeting"), in its
    clause, just before it or right after a verb, with all the others named after both?"""
    s, t = c.subject, c.trigger
    if s is None or t.value.role == "host" or t.phrase in lex.meeting_nouns \
            or not all(a.first > max(t.last, s.last) for a in c.actors if a is not s):
        return False
    # (the doer right after the verb, the others after "with": "נפגש X עם A, B ו-C")
    after_verb = _title_start(s, sa) == t.last + 1 and (lex.subject_after_verb or any(
        _with_word(m, sa, lex) and m.first > s.last and _title_end(s, sa) + 1 >= m.first for m in sa.matches))
    return (0 < t.first - s.last <= SIDELINES_DOER or after_verb) \
        and sa.same_clause(min(s.last, t.first), max(s.first, t.last))


def _at_sidelines(sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the sentence say "on the sidelines of" ("على هامش", "בשולי") anywhere?"""
    return any(phrase_at(sa, k, lex.sidelines) for k in range(len(sa.tokens)))


def _visitor(sa: SentenceAnalysis, lex: Lexicon, resolver: Resolver, published: date | None) -> str | None:
    """"وصل X إلى الدوحة في زيارة رسمية": the one person of a sentence that tells of a visit or an
    arrival with no host, whom a reception in the next sentences names by a pronoun ("وكان في استقباله")."""
    if not any(t.value.type == "meeting" and t.value.role in ("subject", "passive") and _blocked(t, sa, lex) is None
               for t in triggers(sa)) and not any(m.kind == "arrival" for m in sa.matches):
        return None
    # (not one who came along: "وصل X، يرافقه مدير المخابرات Y، في زيارة"; Y is X's companion)
    along = [m.last for m in sa.matches if m.kind == "attendance" and m.phrase in lex.companion_words]
    pids = {resolver.resolve(a, published) for a in sa.actors if a.kind in ("name", "short", "role")
            and not any(k < a.first and sa.same_clause(k, a.first) for k in along)}
    pids.discard(None)
    return pids.pop() if len(pids) == 1 else None


_QUOTE_MARKS = re.compile(r'["“”«»״]')


def _quoting_after(text: str, start: int, sa: SentenceAnalysis, quoting: ActorMention | None,
                   lex: Lexicon) -> ActorMention | None:
    """Whose quotation is open after this sentence (`text`, from `start` in its field, up to the next
    sentence): 'X wrote: "In the morning I met Y.' opens X's (a speaker, a verb of saying or none, a
    colon, a quotation mark, and no mark closing it); a sentence with a quotation mark closes an open
    one ('... I spoke with Z."'); else as before."""
    marks = _QUOTE_MARKS.findall(text)
    if quoting is not None:
        return None if marks else quoting
    if len(marks) % 2 == 0 or not sa.labels:
        return None
    k = sa.labels[0]
    speaker = [a for a in sa.actors if a.kind in ("name", "short") and labelled(a, k, sa, lex)]
    if len(speaker) != 1:
        return None
    # (the mark opens right after the colon: what follows it is the speaker's)
    after = text[sa.tokens[k].end - start:].lstrip(" :")
    return speaker[0] if after[:1] in "\"“«״" else None


def _opener(sa: SentenceAnalysis, lex: Lexicon):
    """A contact word near the start of a sentence that names no two persons ("وجرى خلال اتصال
    هاتفي", "During the meeting,"), or whose persons attended it ("حضر اللقاء X وY"): the
    sentence goes on about a contact told just before."""
    # ("حضر اللقاء X وY", "attended the meeting: X and Y": those named attended it, no new pair)
    attended = any(m.kind == "attendance" and m.first == 0 for m in sa.matches)
    near = len(sa.actors) < 2 or attended
    # (or the pair's own contact word, whoever the sentence names after it: "جاء ذلك خلال لقائهما")
    owned = next((t for t in triggers(sa) if not t.value.weak and t.first <= OPENER and _pair_owned(t, sa, lex)
                  and not any(a.first < t.first for a in sa.actors) and _blocked(t, sa, lex) is None), None)
    if owned is not None:
        return owned
    # (or a definite contact word after "during" anywhere, with one person at most named before it:
    # "وأوضحت الخارجية أن X أشاد خلال اللقاء ب...", said of a party of the contact just told, see the caller)
    # (or a definite word of a call or letter anywhere in a sentence that names nobody: "the Diwan
    # said the telephone talks focused on ..."; not "the meeting", often another, yet to come)
    return next((t for t in triggers(sa) if not t.value.weak and (
        (near and t.first <= OPENER) or (not sa.actors and t.value.type != "meeting" and _definite_word(t, sa, lex)) or (
            t.first > OPENER and sa.tokens[t.first - 1].folded in lex.during and _definite(t, sa, lex)
            and sum(a.first < t.first for a in sa.actors) <= 1))
                 and (attended or _blocked(t, sa, lex) is None)), None)


GUEST_REACH = 6       # "استقبل ضيفه", "وكان في استقباله": the visitor whose arrival was told this many sentences before, at most
PAIR_REACH = 2        # "the two" of a sentence are the pair named this many sentences before, at most
ALSO_REACH = 2        # a reception or visit told on goes on telling the day of one of this many sentences before it
ALSO_FAR = 4          # ... and a sentence with a word of "also" on its contact ("X also visited Y"), of this many
_QUOTED = re.compile(r'"[^"]{3,}"|«[^»]{3,}»|“[^”]{3,}”|״[^״]{3,}״')
_OPEN_QUOTE = re.compile(r'["«“״]')


def _stated_dates(text: str, lang: str, published: date | None, pos: int | None = None) -> list:
    """The date expressions of a sentence, but a date that tells since when ("أول قمة له مع بوتن
    منذ وصوله ... في يناير 2017"). When the contact word at `pos` itself stands in the "since"
    clause, before the date ("منذ بعث الرئيس رسالة بتاريخ 24 مايو"), the date is the contact's."""
    out = []
    for e in dates_mod.find_dates(text, lang, published):
        at = dates_mod.since_clause(text, e.start, lang)
        if at is None or (pos is not None and at < pos < e.start):
            out.append(e)
    return out


HEADING_EXTRA = 2      # characters of a date heading's line besides its date, at most (a colon, a dash)


CHRONOLOGY_REACH = 8  # a chronology's entries under one day's heading, at most


def _lines_before(doc: Document, s: Sentence) -> list[str]:
    """The text's lines before the sentence's, nearest first (enough for _day_heading), when the
    sentence opens a line; else none."""
    lines: list[str] = []
    nl = doc.text.rfind("\n", 0, s.start) if s.field == "text" else -1
    if nl >= 0 and not doc.text[nl + 1:s.start].strip():
        head = doc.text[:nl].rstrip()
        while head and len(lines) <= 2 * CHRONOLOGY_REACH:
            k = head.rfind("\n")
            if head[k + 1:].strip():
                lines.append(head[k + 1:])
            head = head[:max(k, 0)].rstrip()
    return lines


def _day_heading(lines_before: list[str], lang: str, published: date | None):
    """The day heading the entry that opens after `lines_before` (nearest first): the line right
    before when it is a day alone; or, in a chronology (another day's heading above it), the
    nearest day heading a few entries up. None when there is none."""
    for i, line in enumerate(lines_before[:CHRONOLOGY_REACH]):
        head = _heading_date(line, lang, published)
        if head is not None:
            if i == 0 or any(_heading_date(above, lang, published) is not None
                             for above in lines_before[i + 1:i + 1 + CHRONOLOGY_REACH]):
                return head
            return None
    return None


def _heading_date(text: str, lang: str, published: date | None):
    """The date a line that holds nothing but a day gives ("15 أكتوبر", "October 15:"), if past; else None."""
    line = text.strip(" \t:/-\u2013\u2014|.")
    if not line or len(line) > 40:
        return None
    exprs = [e for e in dates_mod.find_dates(line, lang, published) if e.date and e.precision == "day"]
    if len(exprs) != 1 or len(line) - (exprs[0].end - exprs[0].start) > HEADING_EXTRA \
            or _after_publication(exprs[0].date, published):
        return None
    return exprs[0]


def _after_publication(d: str, published: date | None) -> bool:
    """Is a day, or a month or year, "YYYY[-MM[-DD]]", after the publication date?"""
    return bool(published) and d[:10] > published.isoformat()[:len(d[:10])]


YEAR_BACK_DAYS = 183     # a day or month with no year read as this long before publication is the coming one
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d{2}\b")


def _next_year_back(e, text: str, published: date | None) -> bool:
    """Is a day or month written without its year ("في 20 مارس", "early June") one that the
    resolver put in the year before publication, more than half a year back? News names a past
    day of the last months that way; one half a year or more back it dates with its year, so
    such a day is the coming one: the contact is still to come."""
    if published is None or not e.date or e.kind not in ("absolute", "month") or \
            _YEAR_WRITTEN.search(text[e.start:e.end]) or int(e.date[:4]) != published.year - 1:
        return False
    if e.hint and e.hint.endswith(";past"):
        return False          # "في نوفمبر الماضي", "last November": the text says it is past
    y, m = int(e.date[:4]), int(e.date[5:7])
    # (a month counts from its last day)
    d = date.fromisoformat(e.date) if len(e.date) == 10 else date(y + m // 12, m % 12 + 1, 1)
    return (published - d).days > YEAR_BACK_DAYS


def _ahead(e) -> bool:
    """Does a date expression count forward from the publication date ("next week", "الأسبوع
    المقبل", "בשבוע הבא")? Such a week may fall in the publication's month, but it is still to come."""
    if e.kind != "relative" or not e.hint or not e.hint.startswith("relative="):
        return False
    step = e.hint.split("=", 1)[1].split(";", 1)[0].rsplit(":", 1)[-1]     # ("relative=1;weekday=monday")
    return step.lstrip("+").isdigit() and int(step) > 0


def _goes_on(sa: SentenceAnalysis, resolver: Resolver, published: date | None, lex: Lexicon) -> bool:
    """Does the sentence go on with what the one before said of its person: "and" glued to a verb of
    saying that opens it, its speaker right after, the person the sentence before was about ("أعرب
    X أمس عن ... . وأكد X، عقب استقباله Y، على ...")?"""
    if resolver.topic is None or not sa.tokens or not sa.tokens_prefix(0) or \
            sa.tokens_prefix(0)[0] not in lex.conjunctions:
        return False
    if not any(m.kind == "reporting" and m.first == 0 for m in sa.matches):
        return False
    speaker = next((a for a in sa.actors if _title_start(a, sa) == 1), None)
    return speaker is not None and speaker.kind in ("name", "short") and \
        resolver.resolve(speaker, published) == resolver.topic


SAID = "said"         # _event_date's hint for a date of the telling ("أعلنت X، الأربعاء، أن ..."), no contact's own
AGAIN_REACH = 30      # "الاتصال الذي جرى مساء أول من أمس": characters from the contact named again to its date, at most
THEN_REACH = 6        # "واستضاف X حينها Y": words from the contact word to "at that time", at most


def _received_a_quantity(c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"X received some 26 million votes", "received 52 percent": a verb of receiving followed by a
    number or a word of quantity received no one."""
    t = c.trigger
    if t.value.role != "host" or t.last + 1 >= len(sa.tokens):
        return False
    nxt = sa.tokens[t.last + 1]
    return any(ch.isdigit() for ch in nxt.surface) or nxt.folded in lex.quantity_words


def _during_the_told(c: Candidate, sa: SentenceAnalysis, lex: Lexicon, raw: list[Event]) -> bool:
    """"במהלך השיחה עלו בקשת החנינה שהגיש X ל-Y", "during the call, ...": the contact word with the
    article right after "during", no "with" after it, in an article that told a contact of that type
    before, is that contact; the persons of its sentence are what was said there."""
    t = c.trigger
    return bool(raw) and t.first > 0 and word_in(t.first - 1, lex.during, sa, lex) and _definite(t, sa, lex) \
        and not possessed(t, sa, lex) and any(e.type == c.type for e in raw) \
        and not (t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.with_words)


def _same_visit_before(sa: SentenceAnalysis, before: list[Sentence], lex: Lexicon) -> bool:
    """"والتقى X خلال زيارته إلى واشنطن" after "... خلال زيارته إلى واشنطن الأسبوع الماضي": "during his
    visit", its word (with its pronoun) written in one of the sentences right before too, is the
    visit that sentence told, on the day it gave."""
    if not before:
        return False
    visits = [sa.tokens[k + 1].folded for k in range(len(sa.tokens) - 1) if word_in(k, lex.during, sa, lex) and any(
        m.kind == "trigger" and m.first == k + 1 and m.value.type == "meeting" and possessed(m, sa, lex)
        for m in sa.matches)]
    # (the sentences before are folded only when this one has such a word)
    return bool(visits) and not {fold(w) for b in before for w in b.text.split()}.isdisjoint(visits)


def _event_date(s: Sentence, sa: SentenceAnalysis, c: Candidate, lang: str, published: date | None,
                lex: Lexicon, before: list[Sentence] = (), goes_on: bool = False, lines_before: list[str] = ()):
    """The date expression nearest the trigger; the publication date when the text gives none.
    A sentence opening with "also" ("كما استقبل ...") or telling a reception of one whose arrival
    was told just before ("وكان في استقباله"), with no date of its own, goes on telling the
    day of the sentences before it (`before`, the nearest last): the last date the nearest of
    them that states one gives, if past. `lines_before`: the text's lines before the sentence's,
    nearest first, when the sentence opens a line."""
    pos = c.trigger.start - s.start
    said_by = None
    exprs = _stated_dates(s.text, lang, published, pos)
    # (nor a date inside a quotation when the contact is told outside it: "قال X في مستهل محادثاته
    # مع Y: \"قد لا تعقد القمة في 12 يونيو\"")
    # (whatever frames it, a date right after the contact named again with the article and a relative
    # clause is its own: "مضيفا أن \"Y أكد خلال الاتصال الذي جرى مساء أول من أمس ...\"")
    again = next((m for m in triggers(sa) if m.first > c.trigger.last + 1 and m.value.type == c.trigger.value.type
                  and _definite(m, sa, lex) and m.last + 1 < len(sa.tokens)
                  and sa.tokens[m.last + 1].folded in lex.relatives), None)
    again_end = sa.tokens[again.last].end - s.start if again is not None else None

    def dated_again(e) -> bool:
        return again_end is not None and 0 <= e.start - again_end <= AGAIN_REACH

    # (a date past another contact word of the sentence that is no contact of its persons, told after
    # this one, is that word's: "discussed North Korea, including its summit with Russia last month")
    # (the cheap test first: _blocked reads a word's every cue, for each event of the sentence)
    other = next((m for m in triggers(sa) if m.first > c.trigger.last and possessed_by_another(m, sa, lex)
                  and _blocked(m, sa, lex) == "possessor"), None)
    if other is not None:
        exprs = [e for e in exprs if e.start < sa.tokens[other.first].start - s.start]
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(s.text)]
    # (a quotation opened after the word and left open runs to the sentence's end: "وقال X في المؤتمر
    # مع Y \"هناك اتفاق يعود للعام 1999." ends the sentence inside what X said)
    opened = _OPEN_QUOTE.search(s.text, max([pos] + [b for _, b in quotes]))
    if opened is not None and not any(a <= pos < b for a, b in quotes):
        quotes.append((opened.start(), len(s.text)))
    if quotes and not any(a <= pos < b for a, b in quotes):
        exprs = [e for e in exprs if not any(a <= e.start < b for a, b in quotes) or dated_again(e)]
    # (and a reception of the one whose arrival the sentence before told: "وصل X إلى الدوحة أمس. وكان
    # في استقباله Y" took place on the day he arrived)
    # (or a contact "upon his arrival" told before it: "وفور وصولها التقت X Y", that day's)
    near = list(before)[-ALSO_REACH:]
    # (a word of "also" reaches further back: "X also visited Y" goes on with a visit told a few sentences before)
    also_word = not exprs and bool(sa.tokens) and (word_in(0, lex.also_words, sa, lex)      # "كما استقبل", "وكما"
                                                   # (or right before the contact word: "X also visited Y")
                                                   or (c.trigger.first > 0 and word_in(c.trigger.first - 1, lex.also_words, sa, lex)))
    # (an envoy listed after the ceremony of credentials told before: "The ambassadors are ...", its day)
    also_word = also_word or (c.roster and not exprs)
    also = also_word or (not exprs and bool(sa.tokens) and (any(a.kind == "guest" for a in c.actors)
                                                           or any(m.kind == "arrived" and m.last < c.trigger.first
                                                                  for m in sa.matches)
                                                           or _same_visit_before(sa, near, lex)))
    # (and a sentence that goes on with what the one right before said of its person, on the day that
    # one told: "أعرب X أمس عن ... . وأكد X، عقب استقباله Y، على ...")
    # (the nearest day told, before a month or year told nearer: "visited Oslo on Monday (5 February)
    # ... discussed the exercise this year ... . X also visited Y", on the 5th)
    coarse = None
    for prev in (reversed(before if also_word else near) if also else before[-1:] if goes_on and not exprs else ()):
        told = [e for e in _stated_dates(prev.text, lang, published)
                if e.date and not _after_publication(e.date, published) and not _ahead(e)
                and (also or e.kind in ("relative", "weekday"))]     # (a day counted from the publication)
        if told and (told[-1].precision == "day" or not also_word):
            return told[-1].date, told[-1].precision, None
        if told and coarse is None and prev in near:      # (a month or year told farther back is another's)
            coarse = told[-1]
    if coarse is not None:
        return coarse.date, coarse.precision, None
    # (a line that is a date alone heads the entry after it: "15 أكتوبر" then "ترامب يصرح بعد اتصال
    # بالملك سلمان ...", a chronology's entry of that day)
    # (the line itself, not the sentence kept before: a chronology repeats its heading, "16 أكتوبر",
    # and the cleaner keeps a repeated line once)
    # (and in a chronology, whose days head their entries, the nearest heading above the entry's line
    # when another day's heading stands above that one: "10 أكتوبر" then several lines, each an entry)
    head = _day_heading(lines_before, lang, published) if not exprs else None
    if head is not None:
        return head.date, head.precision, None
    if exprs:
        # "صرح X الثلاثاء بأن A اجتمع مع B في مايو": a contact told in a reported clause takes a
        # date of that clause; the one before "that" is when it was said
        that = [tok.start - s.start for tok in sa.tokens[:c.trigger.first] if tok.folded in lex.complementizers]
        inside = [e for e in exprs if that and e.start > that[-1]]
        if inside:
            exprs = inside
        # (else a date before "that" tells when it was said: "أعلنت الصين، الأربعاء، أنها حصلت على تعهد
        # خلال اجتماع ...": the contact was by that day; a report of the same pair the text dates
        # itself is the same contact, not another one (see _date_clusters))
        said_by = that[-1] if that and not inside else None
        # ("عقب الاجتماع مع Y حين قال إنه ... عام 2016", "after the meeting with Y he said that ... in
        # 2016": a date in what is said after the word, past its "that", is what was said's)
        said = min((k for m in _reporting(sa, lex) if m.first > c.trigger.last
                    for k in range(m.last + 1, min(len(sa.tokens), m.last + 1 + THAT_WINDOW)) if _that_at(k, sa, lex)),
                   default=None)
        # (and past the first "that" after the word when a verb of saying before it said it there:
        # "صرح X في مؤتمر صحفي مع Y بأنه ... الاتفاق الذي أبرم في يوليو 2015", "X said at a joint
        # press conference with Y that ... in 2015")
        # (not a word inside what was said: "أعلن X أن القمة مع Y يمكن أن تعقد في 12 يونيو")
        if said is None and any(m.last < c.trigger.first and sa.same_clause(m.last, c.trigger.first) and not any(
                _that_at(k, sa, lex) for k in range(m.last + 1, c.trigger.first)) for m in _reporting(sa, lex)):
            # (a "that" that may open a relative clause of the word is none: "the summit that brought them")
            said = next((k for k in range(c.trigger.last + 2, len(sa.tokens)) if _that_at(k, sa, lex)
                         and sa.tokens[k].folded not in lex.clause_relatives), None)
        if said is not None:
            cut = sa.tokens[said].start - s.start
            exprs = [e for e in exprs if e.start < cut or dated_again(e)]
    # ("المفاوضات التي أجريت عام 2015، وذلك في اتصال ... الأحد": a date in a relative clause of another
    # noun, before the word's clause, is that noun's)
    # (the only date too: "نتائج العملية التي تم إطلاقها في فبراير، ... وذلك خلال مباحثاته مع Y" tells
    # when the operation began, not when the talks were)
    others = [e for e in exprs if not _relative_dated(e, s, sa, c, lex)]
    exprs = others if others or len(exprs) == 1 else exprs
    # ("لقاء مع Y الذي فاز في انتخابات الأول من يوليو", "Y, who won the election of July 1": a date a few
    # words after the name of another dated occasion, an election, an anniversary, a war, is that one's)
    exprs = [e for e in exprs if not _occasion_dated(e, s, sa, c, lex)]
    # ("بعد لقاء X مع Y، الذي دافع عن ... في انتخابات 2016": a year in a relative clause opened right
    # after a party of the word, after the word, is that clause's; not a day, which may be the one the
    # party came: "استقبل X Y الذي وصل الثلاثاء")
    opened = min((sa.tokens[k].start - s.start for k in range(c.trigger.last + 2, len(sa.tokens))
                  if sa.tokens[k].folded in lex.relatives and any(a.last == k - 1 for a in c.actors)), default=None)
    if opened is not None:
        exprs = [e for e in exprs if e.start < opened or e.precision != "year"]
    # (nor a month: "بعد محادثات مع Y رئيس الوزراء الإثيوبي، الذي فاز حزبه في الانتخابات قبل شهرين",
    # the clause's, after the party's title and a comma; not "قمة X وY التي عقدت في يونيو", the summit's)
    aside = min((sa.tokens[k].start - s.start for k in range(c.trigger.last + 2, len(sa.tokens))
                 if sa.tokens[k].folded in lex.relatives and k - 1 in sa.commas
                 and any(_title_end(a, sa) == k - 1 for a in c.actors)), default=None)
    if aside is not None:
        exprs = [e for e in exprs if e.start < aside or e.precision not in ("year", "month")]
    # ("أول لقاء منذ لقاء A وB عام 2000", "the first since ... in 2000": a date after "since" after the
    # word is the earlier contact's)
    since_at = [tok.start - s.start for tok in sa.tokens[c.trigger.last + 1:] if tok.folded in lex.since_words]
    # ("... لقائه X لمناقشة القمة مع Y في 12 يونيو", "to discuss the summit on June 12": so is a date
    # after a contact word that is only discussed)
    since_at += [sa.tokens[m.first].start - s.start for m in sa.matches
                 if m.kind == "discussed" and m.first > c.trigger.last]
    later = [m for m in triggers(sa) if m.first > c.trigger.last + 1]     # the contact words after the word's
    # ("... رسالة يطلب فيها لقاء جديدا بعد القمة التي جمعتهما في يونيو": so is a date after "after"
    # and another contact word whose own relative clause names its parties, the earlier contact's)
    # (or "between" right after it: "التقى X Y عقب قمة بين A وB الأسبوع الماضي", "met Y following a
    # summit between A and B last week")
    since_at += [sa.tokens[k].start - s.start for m in later
                 for k in (m.first - 1, m.first - 2, m.first - 3) if k > c.trigger.last
                 and sa.tokens[k].folded in lex.after_words and (
                     _brought_together(m, sa.actors, sa, lex) is not None
                     or any(b.kind == "between" and b.first == m.last + 1 for b in sa.matches))]
    # ("حيث التقى Y بعد أن كان قد التقى به في مارس", "after he had met him in March": so is a date after
    # another contact word a few words after "after that", an earlier contact's)
    since_at += [sa.tokens[m.first].start - s.start for m in later if any(
        _that_at(k + 1, sa, lex) and sa.tokens[k].folded in lex.after_words
        for k in range(max(c.trigger.last + 1, m.first - AFTER_THAT_REACH), m.first - 1))]
    # ("... أن مباحثات X وY ... من شأنه أن ينعكس على الاجتماع المقبل لوزراء الدفاع في 27 أغسطس": so is a
    # date after another contact word told as yet to come, that one's)
    since_at += [sa.tokens[m.first].start - s.start for m in later if _blocked(m, sa, lex) == "future"]
    # ("اجتمع X وY في أستانة، حيث من المقرر إجراء الجولة التالية في مايو المقبل": a verb in the past
    # tells a contact held; a date after a cue of what is planned, past a comma after the word, is the
    # plan's; not "called to congratulate Y early Wednesday", the purpose of the call itself)
    if any(m.kind == "past_verb" and m.first == c.trigger.first for m in sa.matches):
        since_at += [sa.tokens[m.first].start - s.start for m in sa.matches
                     if m.kind == "cue" and m.value == "future" and m.first > c.trigger.last
                     and any(c.trigger.last <= k < m.first for k in sa.commas)]
    # ("بحث X اليوم مع Y ... خلال لقاء جمعهما قبل انطلاق قمة بكين المقررة يومي 3 و4 سبتمبر", "met Y today
    # ahead of the summit due on 3 September": a date after "before" and the occasion it names, after
    # the word, is that occasion's; not a date "before" opens, "قبل يومين", two days ago)
    # (the occasion named right after it: a summit, not "قبل ذلك", before that, nor "before taking office")
    for m in sa.matches:
        if m.kind == "prior" and m.first > c.trigger.last and any(
                o.kind in ("trigger", "occasion") and m.last < o.first <= m.last + PRIOR_OCCASION for o in sa.matches):
            at, end = sa.tokens[m.first].start - s.start, sa.tokens[min(len(sa.tokens) - 1, m.last + 2)].end - s.start
            if not any(e.start <= at < e.end or at < e.start < end for e in exprs):
                since_at.append(at)
    if since_at:
        exprs = [e for e in exprs if e.start < min(since_at)]
    # ("وجهها خلال مكالمة في أبريل الماضي، وأكدها خلال استقباله Y في يونيو الماضي": a date between
    # another contact word and the word is that one's, when a date follows the word too)
    before = [sa.tokens[m.last].end - s.start for m in triggers(sa) if m.last < c.trigger.first]
    if before and any(e.start > pos for e in exprs):
        exprs = [e for e in exprs if not (max(before) <= e.start < pos)]
    # ("التقيا في أبريل، بينما اجتمعا في مايو": the date of the word's own clause, when it has one)
    own = [e for e in exprs if sa.same_clause(c.trigger.first, _token_at(sa, s.start + e.start))]
    if not own:
        # (a date in a clause of its own after the word's, "X وY נפגשו; הפלסטינים יפנו לאו״ם בספטמבר",
        # is that clause's; one before it may be a dateline: "الخميس - التقى X Y")
        exprs = [e for e in exprs if e.start < pos]
    # ("يجتمع X الخميس بـY في 12 يونيو المقبل": a verb in the present with a date yet to come in its
    # clause tells that day, whatever day the sentence also names, the one it was announced)
    # (and a word that counts forward, "غدا", "tomorrow", when the article has no date to count from)
    if c.trigger.value.present and not c.told_past and any(
            (e.date and _after_publication(e.date, published)) or _ahead(e) for e in own or exprs):
        return "future", None, None
    best = None
    for e in own or exprs:
        d = abs((e.start + e.end) / 2 - pos)
        if best is None or d < best[0]:
            best = (d, e)
    if best is not None:
        e = best[1]
        # ("يلتقي X وY يوم الجمعة" in an article of Thursday: a verb in the present with a weekday
        # other than the day's in the text tells the coming one)
        # (not one told in a past frame: "أصبح X السبت أول زعيم يجتمع مع Y")
        coming = c.trigger.value.present and not c.told_past and s.field == "text" and e.kind == "weekday" and \
            bool(e.hint) and ";" not in e.hint and published is not None and e.date != published.isoformat()
        # ("التقى X Y في نوفمبر", "X met Y in November": a verb in the past tense says the month was past)
        past = any(m.kind == "past_verb" and sa.same_clause(m.first, c.trigger.first) and
                   (m.first == c.trigger.first or 0 < c.trigger.first - m.last <= 3) for m in sa.matches)
        if e.date and (_after_publication(e.date, published) or _ahead(e) or coming or (
                _next_year_back(e, s.text, published) and e in own and not past)):
            return "future", None, None
        if e.date:
            return e.date, e.precision, SAID if said_by is not None and e.start < said_by else None
        if e.hint:
            return None, None, e.hint
    if c.earlier:
        return None, None, "vague"    # ("يطلب لقاء جديدا بعد القمة التي جمعتهما": a summit before, its day untold)
    if any(m.kind == "then" and sa.same_clause(m.first, c.trigger.first) and (
            0 < m.first - c.trigger.last <= THEN_REACH or 0 < c.trigger.first - m.last <= THEN_REACH) for m in sa.matches):
        return None, None, "vague"    # ("واستضاف X حينها Y", "at that time": some earlier day, untold here)
    if published:
        return published.isoformat(), "day", "publication"
    return None, None, None


RELATIVE_REACH = 4    # a relative pronoun this few words before a date opens the clause it stands in


def _relative_dated(e, s: Sentence, sa: SentenceAnalysis, c: Candidate, lex: Lexicon) -> bool:
    """Does a date expression stand in a relative clause ("التي أجريت عام 2015", "that were held in
    2015") that ends before the contact word's clause begins?"""
    k = _token_at(sa, s.start + e.start)
    if k >= c.trigger.first or not _COMMA.search(s.text, e.end, c.trigger.start - s.start):
        return False
    return any(sa.tokens[j].folded in lex.clause_relatives
               and not _COMMA.search(s.text, sa.tokens[j].end - s.start, e.start)
               for j in range(max(0, k - RELATIVE_REACH), k))


OCCASION_REACH = 5    # "في الانتخابات الرئاسية في أذربيجان في 11 أبريل": words from the occasion to its date, at most


def _occasion_dated(e, s: Sentence, sa: SentenceAnalysis, c: Candidate, lex: Lexicon) -> bool:
    """Does a date expression follow, a few words on in its clause and with no contact word between,
    the name of an occasion of its own (lex.dated_occasions: "انتخابات", "ذكرى", "election")?"""
    if not lex.dated_occasions:
        return False
    k = _token_at(sa, s.start + e.start)
    return any(word_in(j, lex.dated_occasions, sa, lex) and sa.same_clause(j, k)
               and not j < c.trigger.first <= k for j in range(max(0, k - OCCASION_REACH), k))


_COMMA = re.compile(r"[,;:\u060c\u061b]")


def _token_at(sa: SentenceAnalysis, offset: int) -> int:
    """The index of the token at or last before a character offset of the sentence's field."""
    return max(0, bisect_right([t.start for t in sa.tokens], offset) - 1)


VISIT_TO_REACH = 4    # "بزيارة مفاجئة إلى بكين": the destination this many words after the visit word, at most


SHADDA = "\u0651"


def _location(sa: SentenceAnalysis, c: Candidate, lex: Lexicon, states: set[str | None] = frozenset()):
    """Where a meeting was: (the place's name, its state), or (None, None). `states`: those of its persons."""
    best = None
    locs = {m.last for m in sa.matches if m.kind == "loc"}
    # ("بزيارة مفاجئة إلى بكين", "on a visit to Beijing": where a visit went is where it was)
    visits = [m.last for m in sa.matches if m.kind == "trigger" and m.value.type == "meeting" and m.value.role == "subject"]
    # (and where one arrived, "التقى X الذي وصل السبت إلى الرياض Y": a day may stand between)
    arrivals = [m.last for m in sa.matches if m.kind == "arrival"]
    tos = {m.last for m in sa.matches if m.kind == "conveyed_to"}
    for m in sa.places + sa.countries:
        marked = (m.prefix and m.prefix[-1:] in lex.locative_prefixes) or (m.first - 1 in locs) or (
            m.first - 1 in tos and (any(0 < m.first - v <= VISIT_TO_REACH for v in visits)
                                    or any(0 < m.first - v <= VISIT_TO_REACH + 1 for v in arrivals)))
        if not marked:
            continue
        d = abs(m.first - c.trigger.first) - (5 if m.kind == "place" else 0)
        if best is None or d < best[0]:
            best = (d, m)
    if best is None:
        return None, None
    m = best[1]
    if m.kind == "place":
        return m.value[0], m.value[1]
    if m.first == m.last and (twin := lex.capital_twins.get(m.value)) is not None and (
            SHADDA in sa.tokens[m.first].surface or twin[1] in states):
        return twin       # ("في عمّان", or "في عمان" of a meeting with a Jordanian: Amman, not Oman)
    cc = countries.by_alpha3(m.value)
    return (cc.common_name or cc.name if cc else m.value), m.value


PRIOR_OCCASION = 3    # "قبل انطلاق قمة", "ahead of the summit": words from "before" to the occasion it names, at most
AFTER_THAT_REACH = 5  # "بعد أن كان قد التقى": words from "after" to the contact word it dates, at most
DECEASED_REACH = 3    # "فيصل - طيب الله ثراه": the words this near after a name say he is dead


def _told_dead(a: ActorMention, sa: SentenceAnalysis) -> bool:
    """Do words for the dead follow the person's name closely ("الملك فيصل - طيب الله ثراه", "X ז״ל")?"""
    return any(m.kind == "deceased" and 0 < m.first - a.last <= DECEASED_REACH for m in sa.matches)


def _earliest(d: str) -> date:
    """The first day a date of day, month or year precision may be."""
    return date.fromisoformat(d if len(d) == 10 else (d + "-01" if len(d) == 7 else d + "-01-01"))


def _listed_crown_prince(c: Candidate, sa: SentenceAnalysis, lex: Lexicon, resolver: Resolver,
                         resolved: dict[int, str], on: date | None) -> None:
    """"التقى X الملك سلمان وولي العهد": a bare crown prince listed right after a resolved person is
    his country's (a bare president, minister or queen may be another state's: "أمير قطر ووزير
    الخارجية"). Adds to `resolved`."""
    for k, a in enumerate(c.actors):
        if a.kind == "role" and a.bare and a.office == ".crown_prince" and id(a) not in resolved and k \
                and id(c.actors[k - 1]) in resolved and _list_next(c.actors[k - 1], a, sa, lex):
            prev = resolver.gaz.persons.get(resolved[id(c.actors[k - 1])])
            pid = resolver.resolve_office_of(prev.country, "crown_prince", on, set(resolved.values())) \
                if prev is not None and prev.country else None
            if pid:
                resolved[id(a)] = pid


def _titles_of_the_dead(c: Candidate, resolver: Resolver, resolved: dict[int, str], published: date | None) -> None:
    """"بين السفير والسادات، إذ كان التقى بالرئيس المصري": a title the text does not date, whose office
    another party of the contact held, one dead by the publication day, is his (an article of
    history), not the holder's on that day. Changes `resolved`."""
    for a in c.actors:
        if a.kind == "role" and id(a) in resolved and a.office and not a.office.startswith("."):
            held = [resolved[id(b)] for b in c.actors if b is not a and id(b) in resolved
                    and (p := resolver.gaz.persons.get(resolved[id(b)])) is not None
                    and not p.alive_on(published) and any(f"{o.country}.{o.kind}" == a.office for o in p.offices)]
            if held:
                resolved[id(a)] = held[0]


def _styled_visiting(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word of visiting stand in the person's title run or right around it ("his visiting
    counterpart X", "the visiting X", "الرئيس الزائر X", "X האורח")?"""
    # (the title read in full, its state's word with it: "the visiting Chinese Vice Premier X")
    start = _titled_start(a, sa)
    return any(sa.tokens[k].folded in lex.visiting_words for k in range(max(0, start - 2),
                                                                         min(len(sa.tokens), a.last + 2)))


def _event(doc: Document, lang: str, s: Sentence, sa: SentenceAnalysis, c: Candidate,
           resolver: Resolver, published: date | None, lex: Lexicon) -> list[Event] | None:
    ev_date, precision, hint = _event_date(s, sa, c, lang, published, lex, resolver.before,
                                           not c.needs_past_date and _goes_on(sa, resolver, published, lex),
                                           lines_before=_lines_before(doc, s))
    # (a past the text does not fix, "قبل أيام", "a few days ago", is past all the same)
    if ev_date == "future" or (c.needs_past_date and ((ev_date is None and hint != "vague") or hint == "publication")):
        return None
    # (the middle of a month or a year the text gives: "لقاء X بالرئيس الأميركي Y عام 1945" is
    # resolved in 1945, not on the publication date)
    on = date.fromisoformat(ev_date) if ev_date and len(ev_date) == 10 else (
        date.fromisoformat(ev_date + "-15") if ev_date and len(ev_date) == 7 else (
            date(int(ev_date), 7, 1) if ev_date and len(ev_date) == 4 else published))
    resolved: dict[int, str] = {}
    dated = bool(ev_date) and len(ev_date) == 10 and hint != "publication"
    sent = _group_senders(c, sa)
    if c.type == "message" and c.trigger.value.light_only and _said_in_call(c.trigger, sa, lex):
        c.type = "call"       # "X, in a phone call on Tuesday, extended condolences to Y": said on the phone
    # "الملك فيصل - طيب الله ثراه -", "X ז״ל": one the text calls dead takes part in no contact it
    # leaves undated (an article of today talks of him, not with him)
    dead = {id(a) for a in c.actors if hint == "publication" and _told_dead(a, sa)}
    for a in c.actors:
        if id(a) in dead or id(a) in sent:
            continue
        if a.kind == "guest":
            if resolver.visitor and s.index - resolver.visitor[1] <= GUEST_REACH:
                resolved[id(a)] = resolver.visitor[0]
        elif a.kind not in ("counterpart", "own"):
            pid = resolver.resolve(a, on, exclude=set(resolved.values()), dated=dated)
            if pid:
                resolved[id(a)] = pid
    for a in c.actors:
        # "قادا طهران للتحرك، فأجرى وزير خارجيتها اتصالا بنظيره": with no one named before it, "its
        # minister" is the minister of the country or capital named last before it in the sentence
        if a.kind == "own" and not any(id(b) in resolved for b in c.actors if b.last < a.first):
            country = _country_before(a, sa)
            pid = resolver.resolve_own(a, None, on, country=country) if country else None
            if pid and pid not in resolved.values():
                resolved[id(a)] = pid
    for a in c.actors:
        if a.kind == "counterpart":
            other = resolved.get(id(c.subject)) if c.subject else None
            other = other or next(iter(resolved.values()), None)
            if other is None and dropped_subject(c.trigger, sa, lex):
                other = _unsaid_subject(c.trigger, sa, resolver)   # ("وأضاف أنه بحث مع نظيره الأردني")
            pid = resolver.resolve_counterpart(a, other, on)
            # (an office the country has no holder of: the counterpart of another party, "مع موغيريني
            # ونظرائه الفرنسي والألماني" of the one who met them all)
            for o in (() if pid else [p for p in dict.fromkeys(resolved.values()) if p != other]):
                pid = resolver.resolve_counterpart(a, o, on)
                if pid:
                    break
            if not pid and on is None and (named := next((b for b in c.actors if b.kind == "unknown" and id(b) in resolved
                                                        and 0 < b.first - a.last <= 2), None)) is not None:
                pid = resolver.counterpart_spelt(a, other, named.unprefixed)   # ("his Greek counterpart Nikos Dendiasaa")
            if pid:
                resolved[id(a)] = pid
    _listed_crown_prince(c, sa, lex, resolver, resolved, on)
    for a in c.actors:
        if a.kind == "own" and id(a) not in resolved:       # (whose: the person named last before the words)
            whose = next((resolved[id(b)] for b in reversed(c.actors) if b.last < a.first and id(b) in resolved), None)
            pid = resolver.resolve_own(a, whose, on)
            if pid and pid not in resolved.values():
                resolved[id(a)] = pid
    # (an English name right after the counterpart's word, nothing between, that spells none of the
    # holder's names is the counterpart the text means, as written: "his Lao counterpart X", where the
    # gazetteer's holder that day is another; the written name stands)
    if lex.capitalised_names:
        for b in [b for b in c.actors if b.kind == "counterpart" and id(b) in resolved]:
            a = next((a for a in c.actors if a.kind == "unknown" and id(a) in resolved and a.first == b.last + 1), None)
            held = resolver.gaz.persons.get(resolved[id(b)])
            if a is not None and held is not None \
                    and not s.text[sa.tokens[b.last].end - s.start:sa.tokens[a.first].start - s.start].strip() \
                    and not spells(a.unprefixed, held.names.get(lang, ()), lex.long_vowels, lex.name_letter_variants):
                del resolved[id(b)]
    # "نظيره الإيطالي، ماتيو رانتشي": a name right after a resolved counterpart is that counterpart
    # (or after titles of his: "עמיתו הירדני, סגן ראש הממשלה ושר החוץ X", every word between a title's)
    appositive = {resolved[id(a)] for a in c.actors if a.kind == "unknown" and id(a) in resolved and any(
        b.kind == "counterpart" and id(b) in resolved and b.last < a.first and (a.first <= b.last + 2 or (
            a.first <= b.last + APPOSED_TITLES and all(any(m.first <= j <= m.last and m.kind in TITLE_KINDS | {"country"}
                                                           for m in sa.matches) or sa.tokens[j].folded in lex.list_words
                                                       for j in range(b.last + 1, a.first))))
        for b in c.actors)}
    if hint == "publication":
        _titles_of_the_dead(c, resolver, resolved, published)
    pids = list(dict.fromkeys(p for p in resolved.values() if p not in appositive or p in resolver.gaz.persons))
    pids = [p for p in pids if not _written_form_of(p, pids, resolver.gaz)]
    topic = _implicit_doer(c, sa, lex, resolver, pids, s.index)
    if topic is not None:
        pids.insert(0, topic)
    if len(pids) < 2 or (topic is None and _doer_unknown(c, sa, lex, resolved)):
        return None
    # no one meets, calls or writes after his death: a contact the text dates after a party's death is
    # none ("استقبل X جثمان Y"); one dated by the publication only is an earlier one, its day untold
    dead = [p for p in pids if p in resolver.gaz.persons and not resolver.gaz.persons[p].alive_on(
        _earliest(ev_date) if ev_date else None)]
    if dead:
        if hint != "publication":
            return None
        ev_date, precision, hint = None, None, "vague"
    if all(a.kind == "unknown" and a.office is None and not a.titled and resolved[id(a)] not in resolver.gaz.persons
           for a in c.actors if id(a) in resolved):
        return None       # names with no title and no known person among them: not officials we can tell
        #                   (a name the gazetteer lacks written so may still be a known person's: "Obiang Nguema Mbasogo")
    if not any(p in resolver.gaz.persons for p in pids) and (c.weak or not any(
            _state_office(a) or _envoy_titled(a, sa, lex) or _minister_titled(a, sa, lex)
            for a in c.actors if id(a) in resolved)):
        # among persons the gazetteer lacks: a weak word is no contact ("ناقشها الرائد X"), nor a
        # strong one unless someone holds a state's office ("وزير الخارجية النيجيري X"): ranks,
        # honorifics and local posts ("المقدم", "الشيخ", "محافظ البرك") make no diplomacy
        return None
    known = [p for p in pids if p in resolver.gaz.persons]
    if len(known) < len(pids) and known and all(
            {o.kind for o in resolver.gaz.persons[p].offices_on(on)} <= LOCAL_KINDS and
            resolver.gaz.persons[p].offices_on(on) for p in known) and not any(
            _state_office(a) for a in c.actors if id(a) in resolved and resolved[id(a)] not in known):
        return None       # a regional governor receiving a local figure ("أمير منطقة عسير يستقبل رئيس فرع ..."): no diplomacy
    subject = resolved.get(id(c.subject)) if c.subject else topic
    named = [a for a in c.actors if id(a) in resolved and a.kind != "guest"]
    if topic is None and len(named) == len(pids) and _met_by_someone_untold(c, named, sa, lex):
        return None
    if topic is None and _guests_of_someone_untold(c, named, sa, lex):
        return None       # "إنه استقبل في البرلمان ملك إسبانيا ورئيس كولومبيا": each his guest, not each other's
    if c.pairs and subject is None:
        return None       # a reception line whose guest we cannot tell: the hosts did not meet each other
    if c.subject is not None and subject is None and c.subject.last < c.trigger.first and len(named) >= 2 \
            and all(a.first > c.trigger.last for a in named):
        return None       # "تلقى سيادته برقيات من A وB": its doer we cannot tell; A and B, on its other side, are not each other's
    if subject:
        resolver.last_subject, resolver.subject_at = subject, s.index
    initiator = resolved.get(id(c.initiator)) if c.initiator else None
    if topic is not None and initiator is None and c.type == "message" and said_in_unnamed(c.trigger, sa, lex):
        initiator = topic         # ("وقال في برقية إلى Y": he wrote it)
    marked = [resolved[id(a)] for a in c.initiators if id(a) in resolved]
    gaz = resolver.gaz
    office_of = {resolved[id(a)]: a.office for a in c.actors if id(a) in resolved}
    countries = {p: (gaz.persons[p].country if p in gaz.persons else (office_of.get(p) or ".").split(".")[0] or None)
                 for p in pids}
    location, loc_country = (_location(sa, c, lex, set(countries.values())) if c.type == "meeting" else (None, None))
    if len({countries[p] for p in pids}) == 1 and countries[pids[0]] in _two_states(c.trigger, sa):
        return None       # "المشاورات المصرية الروسية" with Egyptians alone named: not a contact between them
    if c.welcomed and (len(pids) != 2 or None in (countries[p] for p in pids) or len({countries[p] for p in pids}) == 1):
        return None       # (the head of a welcome line met a visitor from another state, not his own king coming home)
    if _fellow_travellers(c, [a for a in c.actors if id(a) in resolved], pids, countries, gaz, on, sa, lex):
        return None
    if c.trigger.phrase in lex.press_conferences and len({countries[p] for p in pids}) == 1 and all(
            _in_government(gaz.persons.get(p), countries[p], on) for p in pids):
        return None       # "a minister at a joint press conference with her chief of staff": a briefing of theirs
    location_role = None
    if loc_country:
        hosts = [p for p in pids if countries[p] == loc_country]
        if len(pids) > 2 and subject and hosts == [p for p in pids if p != subject] \
                and initiator is None and c.initiator_rule is None:
            location_role, initiator = "visit", subject     # a visitor received by the leaders in turn
        if len(pids) == 2 and len(hosts) == 1:
            location_role = "visit"
            # (the one at home made no visit: "التقى X بالرئيس الصيني ... بزيارة مفاجئة إلى بكين")
            if (initiator is None and c.initiator_rule is None) or (initiator in hosts and c.type == "meeting"):
                initiator = next(p for p in pids if p not in hosts)
        elif not hosts:
            location_role = "third"
    # ("وصل X إلى الرياض ... . والتقى X الملك Y": the visitor whose arrival the text told made the visit)
    if initiator is None and c.type == "meeting" and c.initiator_rule is None and len(pids) == 2 \
            and resolver.visitor and s.index - resolver.visitor[1] <= GUEST_REACH and resolver.visitor[0] in pids \
            and countries.get(resolver.visitor[0]) and len({countries.get(p) for p in pids}) == 2 \
            and (loc_country is None or loc_country != countries.get(resolver.visitor[0])):
        initiator = resolver.visitor[0]
    if initiator is None and c.type == "meeting" and c.initiator_rule is None and len(pids) == 2 and lex.visiting_words:
        # ("talks with his visiting Japanese counterpart X", "رئيس الوزراء الياباني الزائر X"): the one
        # styled as visiting made the visit
        marked = {resolved[id(a)] for a in c.actors if id(a) in resolved and _styled_visiting(a, sa, lex)}
        if len(marked) == 1:
            initiator = marked.pop()
    if initiator is None and c.initiator_rule in ("other", "from") and subject and len(pids) == 2:
        initiator = next(p for p in pids if p != subject)
    groups = [pids]
    before = [a for a in c.actors if id(a) in resolved and a.last < c.trigger.first]      # (the writers' mentions)
    senders = list(dict.fromkeys(resolved[id(a)] for a in before))
    to = [p for p in pids if p not in senders]
    if not to and len(pids) > 2 and c.type == "call":
        # ("A and B spoke with C by phone": the word after all of them; those before "with" called the one after it)
        mark = next((m.first for m in sa.matches if _with_word(m, sa, lex)
                     and any(a.last < m.first for a in c.actors) and any(a.first > m.last for a in c.actors)), None)
        if mark is not None:
            senders = list(dict.fromkeys(resolved[id(a)] for a in c.actors if id(a) in resolved and a.last < mark))
            to = [p for p in pids if p not in senders]
    # ("שיחה משולשת בין A, B ו-C", "a trilateral call with B and C": the word tells all of them took part)
    sized = len(pids) > 2 and summit_size(c.trigger, sa, lex) == len(pids)
    ceremony = c.type == "meeting" and any(w in lex.credential_words for w in c.trigger.phrase.split())
    if ceremony and len(pids) > 1:
        envoys = {id(e) for e in roster_envoys(sa, lex, _field_text(doc, s))}
        if all(id(a) in envoys for a in c.actors if id(a) in resolved):
            return None   # ("قدم أوراق اعتمادهم سفير A X وسفير B Y": envoys each, and the one receiving them untold)
    credentials = ceremony and not sized and len(pids) > 2
    if c.type == "message" and not to and len(senders) >= 2 and _written_to_no_one(c, resolved, sa, lex):
        return None       # "X and Y also sent their congratulations", "وبعث X وY برقيتي تهنئة": each wrote, to no
        #                   one the sentence names, and nothing to each other
    # ("X called on A, B and C": a courtesy call on each, the lexicon's separate_calls)
    calls_on = c.type == "meeting" and not c.pairs and any(
        m.kind == "trigger" and m.phrase in lex.separate_calls for m in sa.matches)
    # ("the Ambassadors who presented their credentials to the President are A, B and C": all named
    # after the word, the one head of state among them received them)
    heads = [p for p in pids if p in gaz.persons and any(
        o.kind in HEAD_OF_STATE_OFFICES for o in gaz.persons[p].offices_on(on))] if credentials and not senders else []
    if credentials and (len(senders) == 1) != (len(to) == 1) and min(len(senders), len(to)) >= 1:
        # "A, B and C presented their credentials to Z", "Z received the credentials of A, B and C": each
        # envoy met the one receiving them, in turn; the envoys did not meet each other (each came)
        receiver, envoys = (senders[0], to) if len(senders) == 1 else (to[0], senders)
        groups = [[e, receiver] if e in senders else [receiver, e] for e in envoys]
        marked, initiator = envoys, None
    elif len(heads) == 1:
        groups = [[heads[0], e] for e in pids if e != heads[0]]
        marked, initiator = [e for e in pids if e != heads[0]], None
    elif not sized and c.type in ("call", "message") and len(senders) >= 2 and len(to) == 1:
        # "X وY وجها رسالة مشتركة إلى Z", "X and Y sent a joint letter to Z": one message of the three;
        # without "joint", one from each ("a king and his crown prince each cabled Z")
        # (a message word not of the kind each sends his own, "أرسل X وY خطابا إلى Z": one letter of theirs)
        # (received from one by several, "تلقى X وY رسالة من Z", each received his own)
        # (and not the writer with the one he handed it to, "سلم X Y رسالة لZ": the senders are a list, "X وY")
        listed = len(_list_run(before, sa, lex)) == len(before)
        between = " ".join(tok.folded for tok in sa.tokens[before[0].first:c.trigger.first]) if before else ""
        own_each = c.type == "call" or not lex.each_own_messages or initiator not in senders or not listed or any(
            w in lex.each_own_messages for w in c.trigger.phrase.split()) or any(    # (the phrase: its clitics off)
            f" {w} " in f" {between} " for w in lex.each_words)     # ("X and Y each sent a letter")
        if own_each and not _joint_near(c, sa):
            groups = [[p, to[0]] for p in senders]
            if c.type == "message" or initiator in senders:
                marked, initiator = senders, None      # (each sent his own: the initiator of his)
    elif not sized and c.type == "message" and len(senders) >= 2 and len(to) >= 2 and not _joint_near(c, sa) \
            and len(_list_run(before, sa, lex)) == len(before):
        # "A and B sent their condolences to X and Y": each of the senders listed wrote to each of those
        # written to (not one letter of the four, nor A's to B)
        groups = [[p, q] for p in senders for q in to]
        marked, initiator = senders, None
    elif not sized and (c.type in ("call", "message") or c.pairs or calls_on
                        or _hosts_in_turn(subject, pids, countries, sa, c, lex)) \
            and len(pids) > 2 and (centre := subject or (
                initiator if c.type == "message" or calls_on else None)) in pids \
            and not (c.type == "call" and len(senders) >= 2 and len(to) >= 2):
        # (a message's sender when the sentence's subject is another, the envoy who carried it: "نقل X
        # رسائل من Z إلى رؤساء A وB")
        # ("A and B held separate talks with C": the one after the word met each of those before it)
        if c.pairs and c.type == "meeting" and len(senders) >= 2 and len(to) == 1 and centre in senders:
            centre = to[0]
        groups = [[centre, p] for p in pids if p != centre]     # one per counterpart
        # (not "X وY أجريا اتصالا مع A وB", "X and Y held a call with A and B": one call of the four)
    def facts_of(g: list[str]) -> dict[str, float]:
        """The facts of the contact of the persons g (after a split, each contact's own parties)."""
        return confidence_features(
            weak=c.weak, talks=c.trigger.value.talks, caption=s.caption, title=s.field == "title", lead=s.index <= 2,
            unknown=sum(1 for p in g if p not in gaz.persons), parties=len(g), type_=c.type, lang=lang,
            role=any(a.kind in ("role", "counterpart", "own", "pronoun", "guest") for a in c.actors
                     if resolved.get(id(a)) in g),
            dated_text=bool(ev_date) and hint != "publication", undated=ev_date is None, retyped=c.retyped,
            top=[p in gaz.persons and any(o.kind in TOP_OFFICES for o in gaz.persons[p].offices_on(on)) for p in g],
            same_country=len(states := {countries.get(p) for p in g}) == 1 and None not in states,
            free_name=any(a.kind == "unknown" for a in c.actors if resolved.get(id(a)) in g),
            titled_free=all(a.titled for a in c.actors if a.kind == "unknown" and resolved.get(id(a)) in g),
            credentials=ceremony, roster=c.roster,
            span=max((abs(a.first - c.trigger.first) for a in c.actors if resolved.get(id(a)) in g), default=0),
            subject=subject is not None, split=len(groups) > 1, word_role=c.trigger.value.role,
            present=c.present or c.trigger.value.present, tokens=len(sa.tokens), initiator=initiator is not None,
            location=location is not None, coarse_date=bool(ev_date) and len(ev_date) < 10,
            background=bool(published) and on is not None and (published - on).days > BACKGROUND_DAYS)
    # (scored once the whole article is read, with its document's facts: end of _extract_raw)
    out = []
    for g in groups:
        facts = facts_of(g)
        people = [_person(gaz, p, on, office_of.get(p)) for p in g]
        init = initiator if initiator in g else next((p for p in marked if p in g), None)
        init_name = (gaz.persons[init].name if init in gaz.persons else init[5:]) if init else None
        mention = EventMention(doc=doc.id, lang=lang, published=published.isoformat() if published else None,
                               sentence=s.text, start=s.start, end=s.end, field=s.field, source=doc.source,
                               url=doc.url, title=doc.title,
                               initiator=init_name, date=ev_date)
        ev = Event(c.type, people, initiator=init_name,
                   date=ev_date, date_precision=precision, date_hint=hint if hint not in ("publication", SAID) else None,
                   location=location, mentions=[mention],
                   date_basis=None if ev_date is None else ("publication" if hint == "publication" else "text"),
                   location_country=loc_country)
        ev.location_role = location_role
        ev._sentence_index = s.index          # for topics
        # "two calls from A and B": the number counts the calls of all the pairs, one each
        ev._count = c.count if len(groups) == 1 else max(1, c.count // len(groups))
        ev._date_from_text = hint not in ("publication", SAID) and ev_date is not None
        ev._caption = s.caption
        ev._weak = c.weak
        ev._talks = c.trigger.value.talks
        ev._conversation = c.trigger.value.conversation
        ev._facts = facts
        out.append(ev)
    return out


def _met_by_someone_untold(c: Candidate, named: list, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"أجرى المبعوث محادثات مع A وB", "the envoy held talks with A and B": every party named
    stands after "with" and the doer before the word is a title we cannot tell. He met each of
    them; A and B did not meet each other."""
    t = c.trigger
    return bool(named) and not c.carried and all(a.first > t.last for a in named) and _is_object(named[0], sa, lex) \
        and not any(m.kind == "between" and m.last < named[0].first for m in sa.matches) \
        and any(m.kind in ("proxy", "role", "official", "name_title") and m.last < t.first
                and sa.same_clause(m.last, t.first) for m in sa.matches)


def _guests_of_someone_untold(c: Candidate, named: list, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"(قال X إنه) استقبل A وB", "(he) received A and B": a verb of receiving with its host
    untold and two or more guests joined by "and" after it, nobody before it in its clause: the
    guests did not meet each other."""
    t = c.trigger
    if t.value.role != "host" or len(named) < 2 or not all(a.first > t.last for a in named):
        return False
    if any(a.last < t.first and sa.same_clause(a.last, t.first) for a in sa.actors):
        return False
    # (not persons after "between" or after another contact word: "استضافت المؤتمر المشترك بين A وB",
    # "استقبلت ... الرفات ... خلال قمة جمعت A وB")
    if any(m.kind == "between" and t.last < m.first < named[0].first for m in sa.matches) or any(
            u.kind == "trigger" and t.last < u.first < named[-1].first for u in sa.matches):
        return False
    return all(sa.tokens_prefix(a.first)[:1] in lex.conjunctions or a.prefix[:1] in lex.conjunctions
               for a in named[1:])


def _person(gaz, pid: str, on: date | None, office: str | None) -> Person:
    """A participant: a gazetteer person, or (pid "name:...") a name as the article writes it."""
    if pid in gaz.persons:
        p = gaz.persons[pid]
        return Person(p.name, p.wikidata, p.country, gaz.role_on(pid, on), id=pid)
    country = (office or ".").split(".")[0] or None
    return Person(pid[5:], None, country, gaz.label(office) if office and country else None)


def _date_clusters(evs: list[Event]) -> list[tuple[list[Event], int]]:
    """The reports of one pair in one article, split where the text dates them apart ("met at
    the White House in January 2017" ... "met again at Davos in January 2018": two contacts);
    a report the text does not date joins the first. Each cluster comes with the count index
    its events start at, so that the contacts of one pair keep distinct ids."""
    clusters: list[list[Event]] = []
    for e in evs:
        if e._date_from_text and e.date:
            home = next((c for c in clusters if all(
                not (x._date_from_text and x.date) or stated_dates_compatible(x.date, e.date) for x in c)), None)
        else:
            home = clusters[0] if clusters else None
        if home is None:
            clusters.append([e])
        else:
            home.append(e)
    out, offset = [], 0
    for c in clusters:
        out.append((c, offset))
        offset += max(x._count for x in c)
    return out


def _same_unknowns(raw: list[Event]) -> None:
    """"الأمير منصور بن محمد بن سعد" then "الأمير منصور بن محمد": a person the gazetteer lacks,
    named in full once and shorter elsewhere (the first words of the full name, two or more, or its
    last word alone: "Dr Mabouba Diagne" then "Minister Diagne"), is one person: his shorter mentions
    take the full name (unless two full names begin, or end, so)."""
    unknown = {p.name for ev in raw for p in ev.participants if p.key == "name:" + p.name}
    if len(unknown) < 2:
        return
    longer: dict[str, str] = {}
    # (or the same words with and without their accents: "Hüseyin Güngor" and, in a caption, "Huseyin
    # Gungor": the accented one)
    plain: dict[str, list[str]] = {}
    for name in sorted(unknown):
        plain.setdefault(strip_accents(name.casefold()), []).append(name)
    for names in plain.values():
        if len(names) > 1:
            keep = max(names, key=lambda n: sum(1 for ch in n if ord(ch) > 127))
            longer.update({n: keep for n in names if n != keep})
    unknown -= set(longer)
    # (or one given name and two spellings of one surname that sound alike: "Gopal Baghle" and, a line
    # on, "Gopal Baglay": the one the article's contacts name most often, else the first)
    told = Counter(p.name for ev in raw for p in ev.participants if p.name in unknown)
    heard: dict[tuple, list[str]] = {}
    for name in told:
        words = name.replace("-", " ").split()
        key = (fold(words[0]), len(words), sound_key(words[-1])) if len(words) >= 2 else None
        if key is not None and len(key[2]) >= SURNAME_SOUNDS_ALIKE:
            heard.setdefault(key, []).append(name)
    for names in heard.values():
        keep = max(names, key=lambda n: told[n])         # (max keeps the first of the most told)
        longer.update({n: keep for n in names if n != keep})
    unknown -= set(longer)
    for name in unknown:
        words = name.split()
        if len(words) < 2:
            fuller = [m for m in unknown if m != name and len(m.split()) > 1 and m.split()[-1] == name]
        else:
            fuller = [m for m in unknown if m != name and m.split()[:len(words)] == words]
            # (or its first and last words with a middle name left out: "Alberto Bautista Iribarne" and
            # "Alberto Juan Bautista Iribarne", "Marc Stanley" and "Marc R. Stanley")
            fuller = fuller or [m for m in unknown if m != name and len(m.split()) > len(words)
                                and m.split()[0] == words[0] and m.split()[-1] == words[-1]
                                and in_order(words[1:-1], m.split()[1:-1])]
        if len(fuller) == 1:
            longer[name] = fuller[0]
    if not longer:
        return
    for ev in raw:
        ev.participants = [replace(p, name=longer[p.name]) if p.key == "name:" + p.name and p.name in longer else p
                           for p in ev.participants]
        if ev.initiator in longer:
            ev.initiator = longer[ev.initiator]


SURNAME_SOUNDS_ALIKE = 3  # sound classes of a surname, at least, for two spellings of it to be one person's
CONVERSATION_AFTER = 3    # sentences after (or before) a pair's meeting in which their talking is told as the meeting's


def _same_day_words(a: Event, b: Event) -> bool:
    """Could the two be of one day? With no dates (an article with no publication date), not when
    the text gave them words of different days: a caption's "their meeting in May" and "spoke today"."""
    return a.date is not None or a.date_hint == b.date_hint or not (a.date_hint and b.date_hint)


def _merge_in_document(raw: list[Event], topics_by_sentence: list[list[str]]) -> list[Event]:
    _same_unknowns(raw)
    # a word of talking with no medium, where the article tells that the pair met, was said at the
    # meeting ("נפגש עם X ... . השניים שוחחו על ...", "במהלך השיחה בין השניים"; or told first, in the
    # lead: "אזהרת X בשיחה עם Y ... . בפגישה שהתקיימה אתמול בין X ל-Y")
    # (told in the meeting's own sentence or in one of the few before or after it, on no other day: a
    # call the article tells apart, a week later, is a call)
    met: dict[tuple, list[Event]] = {}
    for ev in raw:
        if ev.type == "meeting" and not ev._weak:
            met.setdefault(ev.participant_key(), []).append(ev)
    for ev in raw:
        if ev._conversation and ev.type == "call" and any(
                abs(ev._sentence_index - m._sentence_index) <= CONVERSATION_AFTER
                and ev.date == m.date and _same_day_words(ev, m) for m in met.get(ev.participant_key(), ())):
            ev.type = "meeting"
    # ("King extends condolences to Y" over "in a phone call, X extended condolences to Y"): a letter
    # word of the headline alone, over a call the text tells of the pair, is that call
    called = {ev.participant_key() for ev in raw if ev.type == "call" and not ev._weak
              and any(m.field == "text" for m in ev.mentions)}
    for ev in raw:
        if ev.type == "message" and ev.participant_key() in called and all(m.field == "title" for m in ev.mentions):
            ev.type = "call"
    groups: dict[tuple, list[Event]] = {}
    strong_keys = {}
    for ev in raw:
        if not ev._weak and not ev._talks:
            strong_keys.setdefault(ev.participant_key(), ev.type)
    for ev in raw:
        if ev._talks and strong_keys.get(ev.participant_key()) == "call":
            ev.type = "call"      # "held talks on Sunday ... spoke by phone for 20 minutes": the talks were the call
    # (no strong word for the pair: their discussing is the talking the article told, "X تحدث مع Y ... .
    # الزعيمان ناقشا أيضا ...": the call)
    spoke: dict[tuple, int] = {}      # pair -> the first sentence telling they spoke, with no word of a medium
    for ev in raw:
        if ev._weak and ev.type == "call":
            spoke.setdefault(ev.participant_key(), ev._sentence_index)
    for ev in raw:
        if ev._weak and ev.type == "meeting" and ev.participant_key() not in strong_keys \
                and spoke.get(ev.participant_key(), ev._sentence_index) < ev._sentence_index:
            ev.type = "call"
    # "the letter" of a later sentence, with another pair ("وقال المبعوث X إن الرسالة تتعلق ..."): the
    # letter the text told before, of which he is no party; no letter of its own
    told_letters = [ev for ev in raw if ev.type == "message" and not ev._weak]
    raw = [ev for ev in raw if not (ev._weak and ev.type == "message" and ev.participant_key() not in strong_keys
                                    and any(m._sentence_index < ev._sentence_index
                                            and set(m.participant_key()) & set(ev.participant_key())
                                            for m in told_letters))]
    # (a strong word of the weak word's own sentence first: "the two discussed it during a call")
    same_sentence = {(ev.participant_key(), ev._sentence_index): ev.type for ev in raw if not ev._weak and not ev._talks}
    for ev in raw:
        key = ev.participant_key()
        # "the two discussed ..." refers back to the call/meeting the article reports
        # (a letter is no meeting or call, nor they one: "تلقى X رسالة من Y" and "التقى X بY في قمة جمعتهما")
        strong = same_sentence.get((key, ev._sentence_index), strong_keys[key]) if ev._weak and key in strong_keys else None
        if strong is not None and "message" not in (ev.type, strong):
            ev.type = strong
        groups.setdefault((ev.type, key), []).append(ev)
    out: list[Event] = []
    clusters = [(c, offset) for evs in groups.values() for c, offset in _date_clusters(evs)]
    for evs, offset in clusters:
        body = [e for e in evs if not e._caption] or evs
        first = body[0]
        best = max(evs, key=lambda e: e.confidence)
        merged = Event(first.type, first.participants, confidence=best.confidence)
        merged._facts = best._facts
        merged.location_role = next((e.location_role for e in evs if e.location_role), None)
        merged.mentions = [first.mentions[0]]
        # the best date: one stated in the text, the most precise, else the publication date
        dated = sorted(evs, key=lambda e: (e._date_from_text, PRECISION_RANK[e.date_precision]), reverse=True)
        merged.date, merged.date_precision = dated[0].date, dated[0].date_precision
        merged.date_hint = next((e.date_hint for e in evs if e.date_hint), None) if not dated[0]._date_from_text else None
        inits = [e.initiator for e in evs if e.initiator]
        merged.initiator = max(dict.fromkeys(inits), key=inits.count) if inits else None   # ties: the first named
        merged.date_basis = dated[0].date_basis
        located = next((e for e in evs if e.location), None)
        merged.location = located.location if located else None
        merged.location_country = located.location_country if located else None
        topics: set[str] = set()
        for e in evs:
            i = e._sentence_index
            for j in (i, i + 1):
                if j < len(topics_by_sentence):
                    topics.update(topics_by_sentence[j])
        merged.topics = sorted(topics)
        n = max(e._count for e in evs)
        for k in range(n):
            copy = Event(merged.type, merged.participants, merged.initiator, merged.date, merged.date_precision,
                         merged.date_hint, merged.location, merged.topics, merged.confidence * 0.9 ** k,
                         merged.mentions, count_index=offset + k, date_basis=merged.date_basis,
                         location_country=merged.location_country)
            copy.location_role = merged.location_role
            copy._facts = merged._facts
            copy.id = copy.make_id()
            out.append(copy)
    return _told_apart(out)


def _told_apart(events: list[Event]) -> list[Event]:
    """A headline that joins three or more persons in one contact ("ولي العهد يلتقي قاديروف
    وجعجع", "X meets A and B") which the text tells as separate contacts of one of them with
    each of the others: the text's pairs stand, the headline's group is no contact of its own."""
    out = []
    for e in events:
        keys = set(e.participant_key())
        if len(keys) >= 3 and e.mentions and all(m.field == "title" for m in e.mentions):
            pairs = [set(o.participant_key()) for o in events if o is not e and o.type == e.type
                     and len(o.participants) == 2 and set(o.participant_key()) <= keys]
            if len(pairs) >= 2 and set.intersection(*pairs) and set.union(*pairs) == keys:
                continue
        out.append(e)
    return out
