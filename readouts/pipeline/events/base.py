"""Events, shared vocabulary: the candidate contact, and the small readings of a sentence every
stage of contact reading uses (a title's start, "that", "and", objects, lists, verbs of saying).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from readouts.pipeline.actors import ActorMention, SentenceAnalysis
from readouts.pipeline.actors.mentions import _prepositional
from readouts.knowledge.lexicon import Lexicon, rarity
from readouts.knowledge.matcher import Match, longest
from readouts.textnorm import fold

LIGHT_WINDOW = 12     # a light verb may stand this far before its noun
LIGHT_TITLED = 32     # ... or this far, when all but a few of the words between name or title a person
LEND_WINDOW = 10      # a neutral contact word takes its lead from a word of its group this near
TITLE_KINDS = frozenset({"transparent", "role", "role_fixed", "name", "short", "official", "name_title", "proxy"})
SCOPE = 40            # actors farther than this many tokens from every trigger are ignored
THAT_WINDOW = 6       # a verb of saying that needs a complementizer finds it this near
ANAPHOR_GAP = 12      # "the meeting" with its nearest party farther back than this is one told before
LIST_GAP = 12         # ... unless they go on a list of its parties, this near the last one


@dataclass
class Candidate:
    type: str
    trigger: Match
    actors: list[ActorMention]
    subject: ActorMention | None = None
    initiator: ActorMention | None = None
    initiator_rule: str | None = None   # "other": the participant that is not the subject
    count: int = 1
    weak: bool = False
    blocked: str | None = None
    initiators: list[ActorMention] = field(default_factory=list)   # several "from" parties (split calls)
    # "بحث X وY العلاقات": a weak word with its pair after it is a contact only when a sentence
    # right after names one without parties ("وجرى خلال اتصال هاتفي ...")
    pending: bool = False
    retyped: bool = False        # its type came from the next sentence ("وجرى خلال اتصال هاتفي")
    pairs: bool = False          # one contact between the subject and each other party (a reception line)
    present: bool = False        # its light verb is in the present tense ("يجري مباحثات")
    needs_past_date: bool = False   # a contact only when the text dates it in the past ("قمة بين X وY" alone may be hoped for)
    told_past: bool = False      # a present-tense word in a past frame ("كانت X أول زعيم يزور Y"): told, not announced
    carried: bool = False        # a letter handed over by a courier who is no party ("سلم X Y رسالة من Z")
    earlier: bool = False        # an earlier contact told after "after" ("بعد القمة التي جمعتهما"): undated unless told
    via: Match | None = None     # the contact word a pair candidate was read from ("قمة بين الزعيمين")
    roster: bool = False         # an envoy listed after a ceremony of credentials told before (events.rosters)
    welcomed: bool = False       # the head of a line of officials who greeted an arrival ("وكان في استقباله A وB وC")


def _after_that(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Do tokens k, k + 1 read "after that" ("بعد أن", "after"+"that"), a contact told as done before?"""
    return sa.tokens[k].folded in lex.after_words and sa.tokens[k + 1].folded in lex.complementizers


TITLE_RUN = 4         # "met Chief Cabinet Secretary X": a post-cue word this near before a name, titles between, is the title's


def _word_before(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """The index of the word before a contact word, a determiner between passed over ("after a
    summit", "since the meeting"); -1 at the sentence's start."""
    return t.first - 1 - (t.first > 1 and sa.tokens[t.first - 1].folded in lex.determiners)


def _with_word(m: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the match a "with" that marks whom a contact was with ("with", "مع", "עם"), also glued to "and"
    ("ومع", "ועם")?"""
    w = sa.tokens[m.first].folded
    return m.kind == "object" and (w in lex.with_words or _and_glued_with(w, lex))


def _and_glued_with(w: str, lex: Lexicon) -> bool:
    """Is the folded word "with" glued to "and" ("ومع", "ועם")?"""
    return w[:1] in lex.conjunctions and w[1:] in lex.with_words


def phrase_at(sa: SentenceAnalysis, k: int, phrases) -> bool:
    """Does one of the phrases (tuples of folded words) begin at token k?"""
    return any(tuple(tok.folded for tok in sa.tokens[k:k + len(p)]) == p for p in phrases)


def told_of_at(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The index of a word of what was told of a contact before the contact word ("فحوى اجتماعه",
    "the outcomes of his meeting": the pack's told_of_links passed over), or None."""
    k = t.first - 1
    while k > 0 and sa.tokens[k].folded in lex.told_of_links:
        k -= 1
    return k if k >= 0 and sa.tokens[k].folded in lex.told_of else None


def _title_words(sa: SentenceAnalysis) -> set[int]:
    """The tokens inside a title or a country ("نائب رئيس مجلس الوزراء", "الكويتي")."""
    return {k for m in sa.matches if m.kind in TITLE_KINDS or m.kind == "country" for k in range(m.first, m.last + 1)}


def _in_title(m: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the post-cue m ("مجلس الوزراء", "cabinet") a word of the title of the person after the
    contact word ("التقى نائب رئيس مجلس الوزراء X", "met Chief Cabinet Secretary X"): inside a
    role, or with only title words (or, where names are capitalised, capitalised words) between
    it and a person's name?"""
    if any(r.kind in ("role", "role_fixed") and r.first < m.first and m.last <= r.last for r in sa.matches):
        return True
    titled = _title_words(sa)
    k = m.last + 1
    while k < len(sa.tokens) and k - m.last <= TITLE_RUN and (k in titled or (
            lex.capitalised_names and sa.tokens[k].surface[:1].isupper())) and not any(a.first == k for a in sa.actors):
        k += 1
    return k - m.last <= TITLE_RUN and any(a.first == k for a in sa.actors)
TALKS_CALL_REACH = 10  # tokens between talks and the call word that says they were by phone


def who(a: ActorMention) -> str:
    """The person a mention names, for telling mentions of one person from two: the one
    candidate, else the name as written."""
    return a.candidates[0] if len(a.candidates) == 1 else fold(a.unprefixed)


def word_in(k: int, words: set[str], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k one of `words`, bare or glued to "and" ("كما"/"وكما", "يعقد"/"ويعقد")?"""
    w = sa.tokens[k].folded
    return w in words or (w[:1] in lex.conjunctions and w[1:] in words)


COURIER_APPOSITION = 3     # words of a courier's apposition ("مبعوثة خاصة") before his participle of carrying, at most


def carrying_after(last: int, sa: SentenceAnalysis, lex: Lexicon, limit: int | None = None) -> int | None:
    """The participle of carrying ("حاملا", "وحاملة") after a courier whose mention ends at token
    `last`: right after it, or after an apposition of envoy words ("Y مبعوثة خاصة وحاملة رسالة");
    before token `limit`. Its index, or None."""
    end = min(len(sa.tokens), last + 2 + COURIER_APPOSITION, limit if limit is not None else len(sa.tokens))
    for k in range(last + 1, end):
        if word_in(k, lex.carrying, sa, lex):
            return k
        if not word_in(k, lex.courier_appositions, sa, lex):
            return None
    return None


def _may(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k "may" before an imperfect verb ("قد يجريان", "قد يعقد")? ("قد" before a past
    verb is "already": "قد التقى")"""
    # (not before a verb the pack knows in the past that only looks imperfect, a past verb or a contact
    # verb not marked present: "وقد تحدث X مع Y", "وقد تلقى X اتصالا")
    return lex.imperfect_token is not None and k + 1 < len(sa.tokens) and sa.tokens[k].folded in lex.may_words \
        and lex.imperfect_token.match(sa.tokens[k + 1].folded) is not None \
        and not any(m.first == k + 1 and not m.prefix and (m.kind == "past_verb" or (
            m.kind == "trigger" and m.first == m.last and not m.value.present and m.value.role != "future"))
            for m in sa.matches)


def _definite(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the contact word carry the article ("اللقاء", "واللقاء", "הפגישה")?"""
    return any(m.kind == "trigger" and m.first == t.first and m.prefix and
               any(m.prefix.endswith(d) for d in lex.definite) for m in sa.matches)


def _definite_word(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word one told before: with the article, glued or before it ("الاتصال", "the call")?"""
    return _definite(t, sa, lex) or (t.first > 0 and sa.tokens[t.first - 1].folded in lex.definite_words)


def and_at(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k "and", as a word or glued to the word ("وولي العهد")?"""
    return sa.tokens[k].folded in _AND or sa.tokens_prefix(k)[:1] in lex.conjunctions


def _joined_between(i: int, j: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word after token i and before token j begin with "and" ("نتائج الزيارة والاهتمام
    المتبادل بين A وB", "the visit and the mutual interest between")? Then what follows belongs
    to the noun joined there, not to the word at i."""
    glued = tuple(c + d for c in lex.conjunctions for d in lex.definite)    # "وال", "וה": and + the
    return any(and_at(k, sa, lex) or (glued and sa.tokens[k].folded.startswith(glued) and len(sa.tokens[k].folded) > 4)
               for k in range(i + 1, j))


def _and_glued(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does token k carry "and" ("وفحوى", "and the content of"): a match saw the conjunction glued
    to it, or the word without its first letter is commoner than with it ("فحوى" over "وفحوى",
    not "زير" over "وزير")?"""
    if sa.tokens_prefix(k)[:1] in lex.conjunctions:
        return True
    w = sa.tokens[k].surface
    if w[:1] not in lex.conjunctions or len(w) < 4:
        return False
    common = rarity(lex.lang)
    return common(w[1:]) > common(w)


def named_dead(a: ActorMention, sa: SentenceAnalysis, reach: int, t: Match | None = None) -> bool:
    """Is the person the first one the sentence names after a word for the dead ("the death of",
    "جثمان", "اغتيال"), within `reach` words in its clause (and with no contact word `t` between)?"""
    return any(m.kind == "remains" and m.last < a.first and a.first - m.last <= reach and sa.same_clause(m.last, a.first)
               and not any(m.last < b.first < a.first for b in sa.actors)
               and not (t is not None and m.last < t.first < a.first) for m in sa.matches)


def _count(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """How many contacts the word tells: a number right before a plural word ("two calls"), not
    before a singular one that qualifies another noun ("two meeting sessions": one meeting)."""
    n = t.value.count
    if t.phrase not in lex.plural_triggers and t.phrase.split(" ", 1)[0] not in lex.plural_triggers:
        return n          # ("שיחות טלפון": its first word plural)
    for m in sa.matches:
        if m.kind == "count" and m.last == t.first - 1:
            n = max(n, m.value)
    return n


def _drop_between(acts: list[ActorMention], after: int, stop: int) -> list[ActorMention]:
    """The actors that do not start after token `after` and before token `stop`: those a cue
    ("بحضور", "نقل تحيات", "بقيادة") marks as present but not a party."""
    return [a for a in acts if not (after < a.first < stop)]


def _object_prefixed(a: ActorMention, lex: Lexicon) -> bool:
    """Does the clitic chain on the mention end in an object preposition ("ل", "ب", "ל")?"""
    return _prepositional(a.prefix, lex)


def _title_tokens(sa: SentenceAnalysis) -> set[int]:
    """The tokens a title beside a name may stand on: roles, states (a state's word standing for
    its country too: "وزير خارجية المملكة X"), honorifics."""
    return {i for m in sa.matches if m.kind in ("role", "role_fixed", "country", "transparent", "cprefix")
            for i in range(m.first, m.last + 1)}


def _title_end(a: ActorMention, sa: SentenceAnalysis) -> int:
    """Where a mention ends, the title after its name included ("الرئيس X رئيس الجمهورية اليمنية"),
    up to another person named after it."""
    titled = _title_tokens(sa)
    others = {i for b in sa.actors if b is not a and b.first > a.last for i in range(b.first, b.last + 1)}
    last = a.last
    while last + 1 in titled and last + 1 not in others:
        last += 1
    return last


def _title_start(a: ActorMention, sa: SentenceAnalysis) -> int:
    """Where a mention begins, the title before its name included ("والرئيس الروسي فلاديمير بوتين")."""
    titled = _title_tokens(sa)
    # (not into the words of another person named before: "بسمو ولي العهد، وسمو ولي ولي العهد")
    others = {i for b in sa.actors if b is not a and b.last < a.first for i in range(b.first, b.last + 1)}
    first = a.first
    while first - 1 in titled and first - 1 not in others:
        first -= 1
    if a.kind == "counterpart" and first >= 2 and any(m.kind in ("from", "loc") and m.first == first - 1 for m in sa.matches):
        # (the first of counterparts listed by their states after "from" or "in": "نظرائه من A وB", "his
        # counterparts from A and B", the plural title theirs)
        plural = next((m for m in sa.matches if m.kind == "role_plural" and m.last == first - 2), None)
        if plural is not None:
            first = plural.first
            while first - 1 in titled and first - 1 not in others:
                first -= 1
    return first


def _titled_start(a: ActorMention, sa: SentenceAnalysis) -> int:
    """Where a mention begins with every title word before it, offices the pack reads only in part
    included ("أن السفير X", "قال وزير المالية الألماني X"); not into another person's words."""
    titled, start = _title_words(sa), _title_start(a, sa)
    while start - 1 in titled and not any(b.first <= start - 1 <= b.last for b in sa.actors if b is not a):
        start -= 1
    return start


def _counterpart_of(a: ActorMention, b: ActorMention, sa: SentenceAnalysis) -> bool:
    """Is b named as a's counterpart: "his counterpart" opening b's title, after a ("X ... نظيره
    الروسي Y")?"""
    start = _title_start(b, sa)
    return any(m.kind == "role" and m.value == "counterpart" and a.last < m.first and start <= m.first
               and m.last < b.first for m in sa.matches)


def _group_noun(k: int, sa: SentenceAnalysis, lex: Lexicon) -> tuple[bool, bool]:
    """Is token k a noun of an unnamed group ("وفد", "مسؤولين", "משלחת"), and does it carry an
    object preposition ("لوفد", "بالوفد", "للوفد", "למשלחת")? The article is stripped too."""
    if not lex.group_nouns or not 0 <= k < len(sa.tokens):
        return False, False
    word = sa.tokens[k].folded
    forms = [(False, word)]
    if word[:1] in lex.object_prefixes:
        forms.append((True, word[1:]))
    forms += [(True, word[len(g):]) for g in lex.definite_glued if word.startswith(g)]     # ("للوفد": ل + ال)
    for marked, w in forms:
        if any(w.startswith(art) and w[len(art):] in lex.group_nouns for art in ("", *lex.definite)):
            return True, marked
    return False, False


TITLE_WORDS = 4       # "زار المرشد الإيراني آية الله X": words of a title the pack does not know, at most
OFFICE_RUN = 8        # "إلى مفوض الأمم المتحدة السامي لحقوق الإنسان Y": words of a title from "to" to the name, at most
VERB_KINDS = frozenset({"trigger", "reporting", "reporting_that", "light", "past_verb", "clause"})


def _addressed_start(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """Where a mention begins, its title included, and a title the pack has no office for too
    when "to" (or a preposition glued to it) stands before it and a word of office opens it ("رسالة إلى مفوض الأمم المتحدة السامي
    لحقوق الإنسان Y", "a letter to the Commissioner for Human Rights, Y"), no verb in it."""
    first = _title_start(a, sa)
    for m in sa.matches:
        if m.kind == "official" and 0 < first - m.first <= OFFICE_RUN and (any(
                o.kind == "conveyed_to" and o.last == m.first - 1 for o in sa.matches) or _prepositional(m.prefix, lex)) and not any(
                v.kind in VERB_KINDS and m.first < v.first < first for v in sa.matches) and \
                not any(b is not a and m.first < b.first < first for b in sa.actors) and sa.same_clause(m.first, first):
            return m.first
    return first


ADDRESSED_GAP = 3   # "a letter to the new Y": from "to" to the addressee's mention, at most (words of a title's
#                    modifiers aside: "to the newly elected Prime Minister Y")


def _addressed_after(a: ActorMention, to: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the mention a (with its title) the one "to" at token `to` addresses: close after it, or
    after words that only qualify the title ("the newly elected")?"""
    start = _addressed_start(a, sa, lex)
    if not 0 < start - to:
        return False
    if start - to <= ADDRESSED_GAP:
        return True
    states = {k for m in sa.matches if m.kind in ("country", "cprefix") for k in range(m.first, m.last + 1)}
    return all(sa.tokens[k].folded in lex.determiners or sa.tokens[k].folded in lex.title_modifiers or k in states
               for k in range(to + 1, start))


def _reporting(sa: SentenceAnalysis, lex: Lexicon) -> list[Match]:
    """Verbs of saying; one that has another sense ("بين": explained, or between) only when a
    complementizer follows it a few words on ("وبين السفير أن ...")."""
    out = []
    for m in sa.matches:
        if m.kind == "reporting" or (m.kind == "reporting_that" and any(
                sa.tokens[k].folded in lex.complementizers
                for k in range(m.last + 1, min(len(sa.tokens), m.last + 1 + THAT_WINDOW)))):
            out.append(m)
    return out


_AND = frozenset({"and", "or", "&"})


def _only_time_between(a: int, b: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Do only words of the day ("اليوم السبت", "on Saturday", "أمس", commas around them) stand
    between tokens a and b?"""
    today = {k for m in sa.matches if m.kind == "today" for k in range(m.first, m.last + 1)}

    def day(w: str) -> bool:         # (with a clitic chain before it or none: "בשבת")
        return any(w.startswith(ch) and w[len(ch):] in lex.weekday_words for ch in ("", *lex.matcher.chains))
    return all(k in today or day(sa.tokens[k].folded) or sa.tokens[k].folded in lex.relative_day_words or
               (sa.tokens[k].folded in lex.weekday_leads and k + 1 < b) for k in range(a + 1, b))


def _only_date_between(a: int, b: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Do only words of a date stand between tokens a and b: a day's ("أمس", "on Saturday"), or a
    week's, a month's, a year's ("أواخر الشهر الماضي", "late last month", "في مايو")?"""
    return _only_time_between(a, b, sa, lex) or all(
        (w := sa.tokens[k].folded) in lex.date_phrase_words or w in lex.month_words or w in lex.month_leads
        or w.isdigit() for k in range(a + 1, b))


def brought_phrase(t: Match, actors: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> tuple[str, int] | None:
    """The relative clause of bringing together, holding or taking place a few words after the
    contact word, nobody named between ("التي جمعته", "الذي أجراه", "that brought together"): the
    kind of its verb (a key of `lex.brought`) and the last token of its phrase; None without one."""
    n = len(sa.tokens)
    named = {k for a in actors for k in range(a.first, a.last + 1)}
    rel = next((k for k in range(t.last + 1, min(n, t.last + 6))
                if sa.tokens[k].folded in lex.brought_relatives), None)
    if rel is None and lex.brought_bare_reach and not _definite(t, sa, lex):
        # ("في اتصال هاتفي جمع الرئيسين": after an indefinite word the relative clause has no pronoun)
        rel = next((k - 1 for k in range(t.last + 1, min(n, t.last + 1 + lex.brought_bare_reach))
                    if any(tuple(sa.tokens[j].folded for j in range(k, min(n, k + len(p)))) == p
                           for phrases in lex.brought.values() for p in phrases)), None)
    if rel is None or any(t.last < k < rel for k in named) or not sa.same_clause(t.last, rel):
        return None
    words = tuple(sa.tokens[k].folded for k in range(rel + 1, min(n, rel + 7)))
    found = next(((kind, len(p)) for kind, phrases in lex.brought.items() for p in phrases
                  if words[:len(p)] == p), None)
    return (found[0], rel + found[1]) if found is not None else None


UNKNOWN_TITLE_RUN = 5   # "، والممثلة العليا للإتحاد الأوروبي Y": words of a title the pack lacks in a list, at most


def _list_run(items: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention]:
    """The first of `items` and those listed with it after it ("A وB وC"), up to the first that is not."""
    run = items[:1]
    for b in items[1:]:
        if not _list_next(run[-1], b, sa, lex):
            break
        run.append(b)
    return run


def _list_next(a: ActorMention, b: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is b listed with a: right after it, joined by "and" or a comma, or glued to "و/ו"?"""
    k = _title_start(b, sa)
    between = [sa.tokens[j].folded for j in range(a.last + 1, k)]
    # (nothing between: a comma; "وأخيه الملك Y": a word glued to "and")
    if _coordinated(a, b, sa, lex) or all(w in _AND or (len(between) == 1 and w[:1] in lex.conjunctions)
                                          for w in between):
        return True
    # (a title the pack does not know, after a comma and glued to "and", "، والممثلة العليا للاتحاد
    # الأوروبي Y": a few words of no verb, contact word or state's person)
    return lex.subject_after_verb and a.last in sa.commas and 1 < len(between) <= UNKNOWN_TITLE_RUN \
        and between[0][:1] in lex.conjunctions and between[0][1:2] != "" and not any(
            m.kind in VERB_KINDS and a.last < m.first < b.first for m in sa.matches)


def _coordinated(a: ActorMention, b: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does b follow a as the next item of a list, its title glued to "and" ("A ورئيسة الوزراء B")?"""
    k = _title_start(b, sa)
    pfx = sa.tokens_prefix(k)
    return bool(pfx) and pfx[0] in lex.conjunctions and 0 < k - a.last <= 2


def _visitor_of(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The one a visit word names as its doer right after it, with no clitic ("زيارة X", "زار X"),
    or after titles that follow it at once: the visitor."""
    nxt = next((a for a in acts if a.first > t.last), None)
    if nxt is None or nxt.prefix or nxt.first - t.last > OFFICE_RUN or not sa.same_clause(t.last, nxt.first):
        return None
    # ("زيارة العمل التي تقوم بها X", "زيارة الدولة التي أجراها X": the doer of the relative clause's verb)
    rel = next((k for k in range(t.last + 1, min(nxt.first, t.last + 3)) if sa.tokens[k].folded in lex.relatives), None)
    if rel is not None and 1 <= _title_start(nxt, sa) - rel <= 3:
        return nxt
    if any(m.kind in VERB_KINDS and t.last < m.first < nxt.first for m in sa.matches):
        return None
    if nxt.first == t.last + 1 or any(m.kind in TITLE_KINDS and m.first == t.last + 1 for m in sa.matches):
        return nxt        # (its titles between: "زيارة نائب المستشارة الألمانية وزير الاقتصاد X")
    # (a title the pack does not know, with the article, its state's adjective and honorifics at most:
    # "زار المرشد الإيراني آية الله X"; no place or person named between)
    if lex.definite and nxt.first - t.last <= TITLE_WORDS + 1 and \
            any(sa.tokens[t.last + 1].folded.startswith(a) for a in lex.definite) and not any(
            m.kind in ("place", "name", "short") and t.last < m.first < nxt.first for m in sa.matches):
        return nxt
    return None


def _is_object(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    if _object_prefixed(a, lex):
        return True
    # the mention begins where the title before its name begins ("مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو",
    # "إلى مفوض الأمم المتحدة السامي لحقوق الإنسان Y")
    first = _addressed_start(a, sa, lex)
    if first < a.first and any(m.first == first and m.kind in ("role", "role_fixed", "transparent", "official")
                               and _prepositional(m.prefix, lex) for m in sa.matches):
        return True       # "بالملك سلمان": the preposition stands on the title
    if any(m.kind == "name_title" and m.last + 1 == first and _prepositional(m.prefix, lex) for m in sa.matches):
        return True       # "לחבר הכנסת X": on the title of an official of no office of ours right before him
    # (not a marker of an earlier word with the contact verb between: "لدى وصوله إلى مسقط، التقى X Y";
    # a contact noun between takes it as its own object: "زيارة X إلى الرياض ولقاء الملك Y")
    return any(m.kind == "object" and 0 < first - m.last <= 3 and not any(
        v.kind == "past_verb" and m.last < v.first < first for v in sa.matches) for m in sa.matches)


def _that_at(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k a "that" (a complementizer: "أن", "that"), not a word of a name that folds like
    one ("مون جاي آن")?"""
    return sa.tokens[k].folded in lex.complementizers and not any(a.first <= k <= a.last for a in sa.actors)


def _that_before(k: int, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The last "that" before token k, opening what was said; or None."""
    return max((j for j in range(k) if _that_at(j, sa, lex)), default=None)


def _matched(j: int, sa: SentenceAnalysis) -> bool:
    """Does token j stand inside a lexicon match other than a contact or topic word (a title, a
    country, a preposition, ...)?"""
    return any(m.first <= j <= m.last for m in sa.matches if m.kind not in ("trigger", "topic"))


def triggers(sa: SentenceAnalysis) -> list[Match]:
    """Trigger matches, longest first, minus words that only look like one (pack not_triggers).
    Computed once per sentence analysis."""
    if sa.triggers is not None:
        return sa.triggers
    ms = [m for m in sa.matches if m.kind in ("trigger", "nontrigger")]
    # a medium beats talks of the same length it overlaps ("קיימו שיחות טלפון": a call)
    calls = [m for m in ms if m.kind == "trigger" and m.value.type == "call" and not m.value.talks]
    ms = [m for m in ms if not (m.kind == "trigger" and m.value.talks and any(
        c.first <= m.last and m.first <= c.last and c.last - c.first >= m.last - m.first for c in calls))]
    found = [m for m in longest(ms) if m.kind == "trigger"]
    # talks with a call word in their clause were the call ("تباحث X مع Y هاتفيا", "held talks with Y
    # by phone"): weak beside it, they hand it their parties
    calls = [m for m in found if m.value.type == "call" and not m.value.talks and not m.value.weak]
    # (any meeting word beside a screen: "لقاء ... عبر الفيديو", "met by video link")
    remote = [c for c in calls if c.value.remote]
    sa.triggers = [m._replace(value=replace(m.value, weak=True)) if m.value.type == "meeting" and any(
        abs(c.first - m.first) <= TALKS_CALL_REACH and sa.same_clause(min(c.first, m.first), max(c.first, m.first))
        for c in (calls if m.value.talks else remote)) else m for m in found]
    return sa.triggers


def possessed(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the contact word carry "his/her" ("لقائه", "בפגישתו", "his meeting")?"""
    word = sa.tokens[t.last].folded
    if t.prefix and word.startswith(t.prefix):
        word = word[len(t.prefix):]
    # ("his meeting", or one word between: "his surprise meeting"; "اجتماع له": "of his" right after)
    return word in lex.possessive_triggers or any(
        sa.tokens[k].folded in lex.possessive_words for k in range(max(0, t.first - 2), t.first)) or (
        t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.possessive_after)
