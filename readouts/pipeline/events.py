"""Events: find contact triggers in a sentence and turn them into candidate events.

A trigger (language data: "שוחח בטלפון", "اتصالا هاتفيا", "met") becomes a
candidate when no negation/future/request/habitual/continuation cue guards it,
and at least two persons are its participants. Each actor of the sentence
belongs to the nearest trigger. Who initiated comes from the trigger's role
(subject/receive/host/passive), light verbs ("أجرى X اتصالا", "تلقى X اتصالا
من Y") and "from" markers. Calls are two-party: "X spoke with A, with B and
with C" is three calls.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from readouts.pipeline.actors import POSSESSIVE, ActorMention, SentenceAnalysis, _prepositional
from readouts.knowledge.lexicon import Lexicon, Trigger, rarity
from readouts.knowledge.matcher import Match, longest
from readouts.textnorm import fold

FRAME_REACH = 12      # "من المقرر أن ...": a future cue with "that" after it frames this many words
BLOCK_BEFORE = 4      # tokens before a trigger searched for cues
BLOCK_AFTER = 3       # tokens after a trigger searched for post-cues ("the planned meeting")
AFTER_PARTY_REACH = 8  # ... and farther, when only its other party stands between ("the summit with X will")
LIGHT_WINDOW = 12     # a light verb may stand this far before its noun
LIGHT_TITLED = 32     # ... or this far, when all but a few of the words between name or title a person
LEND_WINDOW = 10      # a neutral contact word takes its lead from a word of its group this near
# cues that say what was asked or refused, not whether the contact took place
SETTING_CUES = frozenset({"request", "negation", "knowledge", "continuing"})
# ... and those of them that may bear on the telling of a contact, not on the contact ("refused to reveal")
TELLING_CUES = frozenset({"negation", "knowledge"})
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


AFTER_CATEGORIES = {"habitual", "public"}    # "يتصل X بانتظام", "رسالة مفتوحة": also read after the trigger
MESSAGE_ONLY = {"public"}          # "غرد ووجه رسالة إلى X", "an open letter": no message sent, but a meeting stays one
TITLE_RUN_HOST = 6    # "وزير الخارجية بدولة قطر الدكتور X": words from a host's title to his name, at most
WELCOME_LINE = 3      # this many persons or more waiting to greet an arrival are a welcome line
UNSCHEDULED_REACH = 15  # "no date has been set" this far after a contact word, in any clause, leaves it unheld
OPENING = 3           # a person whose title begins this near the sentence start opens it (its subject)


def _lam_of(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"صورا رائعة للاجتماع": after a noun of record (photos, footage, minutes), with an adjective
    at most between, the lam of the contact word says "of", not "in order to"."""
    return bool(lex.lam_of_nouns) and any(
        sa.tokens[k].folded in lex.lam_of_nouns for k in range(max(0, t.first - 2), t.first)
        if k == t.first - 1 or sa.tokens[k + 1].folded.endswith(LAM_ADJ_END))


LAM_ADJ_END = ("ة", "ا", "ه")     # (an indefinite adjective agreeing with a plural or feminine noun)


def _after_that(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Do tokens k, k + 1 read "after that" ("بعد أن", "after"+"that"), a contact told as done before?"""
    return sa.tokens[k].folded in lex.after_words and sa.tokens[k + 1].folded in lex.complementizers


def _blocked(t: Match, sa: SentenceAnalysis, lex: Lexicon, anchor: int | None = None) -> str | None:
    """Why a trigger is no event, or None. Cues are read from a few tokens before the
    trigger, or before `anchor` (its light verb or subject standing in front of it)."""
    start = min(t.first, anchor if anchor is not None else t.first)
    if t.value.role == "future" or (t.prefix and t.prefix in lex.future_prefixes and not _lam_of(t, sa, lex)):
        return "future"       # Arabic سيلتقي, and the purpose lam: "تحضيرا للقاء"
    if t.value.present and t.first > 0 and sa.tokens[t.first - 1].folded in lex.when_words:
        return "future"       # "عندما يلتقي X مع Y", "when X meets Y": the present after "when" is to come
    if t.value.present and any(tuple(tok.folded for tok in sa.tokens[max(0, t.first - len(w)):t.first]) == w
                               for w in lex.plan_words):
        return "future"       # "على أن يلتقي لاحقا بنظيره": the present after "provided that" is arranged
    # the light verb or subject in front of the word, when it frames it: next to it, or with a
    # party in between ("سيسلم X رسالة"), not a verb of another phrase ("سيجري في موعده، بعد اتصال")
    framing = anchor is not None and anchor < t.first and (t.first - anchor <= 2 or any(
        anchor < a.first and a.last < t.first for a in sa.actors))
    if framing and any(m.first == anchor and m.kind == "light" and m.prefix and m.prefix in lex.future_prefixes
                       for m in sa.matches):
        return "future"       # "سيسلم X رسالة": the light verb of the contact is in the future
    after = _after_parties(t, sa, lex)      # the first token after the word and its parties
    if lex.future_token is not None:
        named = {k for a in sa.actors for k in range(a.first, a.last + 1)}     # "سيرغي" is a name
        # two words before it, or up to four when they are a time phrase and a preposition
        # ("سيشاركان هذا الأسبوع في اجتماع"), never across a clause end
        near = {k for k in range(max(0, t.first - BLOCK_BEFORE), t.first) if sa.same_clause(k, t.first)
                and (k >= t.first - 2 or not any(j in named for j in range(k, t.first)))}
        if framing:
            near |= set(range(max(0, anchor - 2), anchor + 1))
        # ("سيتخذ قراره بعد أن التقى X": what comes "after that" the contact tells it was held)
        done = max((k + 1 for k in range(max(0, t.first - BLOCK_BEFORE), t.first - 1) if _after_that(k, sa, lex)),
                   default=-1)
        near = {k for k in near if k > done}
        if any(lex.future_token.match(sa.tokens[k].folded) or
               (lex.future_written is not None and lex.future_written.match(sa.tokens[k].surface))
               for k in near if k not in named):
            return "future"
        if any(_may(k, sa, lex) for k in near if k not in named):
            return "future"       # "قد يجريان محادثات": they may hold talks
        # "وسيخصص X يومه الأول للقاء مع Y": a clause opened by a verb in the future tells all it holds
        # as yet to come (not a verb in the past on the way, nor a relative or "after that" clause)
        opening = max((b + 1 for b in sa.clause_ends if b < t.first), default=0)
        if opening < t.first and opening not in named and _future_verb(sa.tokens[opening], lex) and not any(
                m.kind == "past_verb" and opening < m.first <= t.last for m in sa.matches) and not any(
                sa.tokens[k].folded in lex.relatives or sa.tokens[k].folded in lex.after_words or
                sa.tokens[k].folded in lex.told_of or _after_that(k, sa, lex) for k in range(opening + 1, t.first)):
            return "future"
        # "القمة مع الزعيم الكوري كيم جونغ أون ستعقد": the word and its party, then a verb in the future
        k = after
        if t.last + 1 < k < len(sa.tokens) and sa.same_clause(t.last, k) and _future_verb(sa.tokens[k], lex) \
                and not any(m.first <= k <= m.last for m in sa.matches if m.kind not in ("topic", "cue")):
            return "future"
        # "اجتماعا مع X قد يعقد": the word and its party, then "may" and a verb
        if t.last + 1 < k + 1 < len(sa.tokens) and sa.same_clause(t.last, k + 1) and _may(k, sa, lex):
            return "future"
        # "اجتماع X مع Y الذي سيشارك فيه Z": after the word and its parties, a relative clause in the future
        if t.last + 1 < k + 1 < len(sa.tokens) and sa.same_clause(t.last, k + 1) and \
                sa.tokens[k].folded in lex.relatives and lex.future_token.match(sa.tokens[k + 1].folded):
            return "future"
        # "القمة التي ستجمعه بـX": a relative clause after the word tells it in the future
        rel = next((k for k in range(t.last + 1, min(len(sa.tokens) - 1, t.last + 6))
                    if sa.tokens[k].folded in lex.relatives | lex.brought_relatives), None)
        if rel is not None and not any(t.last < k <= rel for k in named) and sa.same_clause(t.last, rel + 1) \
                and (lex.future_token.match(sa.tokens[rel + 1].folded) or sa.tokens[rel + 1].folded in lex.scheduled):
            return "future"       # (or "القمة التي تعقد هذا الشهر": the one held this month, a plan)
    # "ناقش الأمر مع X عدة مرات": after the word and its parties, "several times"
    if any(m.kind == "cue" and m.value == "habitual" and m.first == after for m in sa.matches):
        return "habitual"
    # "اتصالاته مع X وغيره من الزعماء", "his calls with X and other leaders": contacts in general
    if (t.value.weak or t.phrase in lex.plural_triggers) and any(
            m.kind == "cue" and m.value == "others" and m.first <= after <= m.last for m in sa.matches):
        return "habitual"
    # "the meeting of X with Y would put ...": the word and its parties, then a modal
    if t.last + 1 < after < len(sa.tokens) and sa.same_clause(t.last, after) \
            and sa.tokens[after].folded in lex.party_then_future:
        return "future"
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.any_words:
        return "any"          # "خلال أي اجتماع مع X", "in any meeting with X": none in particular
    if lex.capitalised_names and _unknown_possessor(t, sa, lex):
        return "possessor"
    if t.phrase in lex.naming_verbs:
        # "called Obama a very good man": naming someone, not phoning him
        obj = next((a for a in sa.actors if a.first > t.last), None)
        if obj is not None and obj.first - t.last <= 3 and obj.last + 1 < len(sa.tokens) and \
                sa.tokens[obj.last + 1].folded in lex.naming_after:
            return "naming"
    if _between_states(t, sa):
        return "states"
    if _visit_to_place(t, sa, lex):
        return "place"
    # "دي ميستورا يلتقي الأسد اليوم": a present-tense contact of "today" is announced, not told
    if t.value.present and any(m.kind == "today" and sa.same_clause(m.first, t.first) for m in sa.matches):
        return "future"
    # "يلتقي خلالها", "ويلتقي X خلال الزيارة Y": a present-tense contact during a visit just announced
    # is yet to come (its subject, with his titles, may stand between)
    if t.value.present:
        named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
        named |= {k for m in sa.matches if m.kind in TITLE_KINDS for k in range(m.first, m.last + 1)}
        k = t.last + 1
        while k < len(sa.tokens) and k in named:
            k += 1
        if k < len(sa.tokens) and sa.same_clause(t.last, k) and any(sa.tokens[k].folded.startswith(w) for w in lex.during):
            return "future"
    # "في زيارة يجري خلالها مباحثات مع X": a present light verb, then "during it", then the word
    if t.first >= 2 and sa.tokens[t.first - 2].folded in lex.light_present and any(
            sa.tokens[t.first - 1].folded.startswith(w) for w in lex.during):
        return "future"
    if t.value.role == "host":
        # "في استقبال السفينة": a ship or a shipment received, nobody met; "has received a surprise
        # challenge": what comes after an indefinite article is a thing (a call or a letter
        # received is a longer contact word of its own)
        nxt = [tok.folded for tok in sa.tokens[t.last + 1:t.last + 3]]
        if nxt and (nxt[0] in lex.thing_words or (nxt[0] in lex.thing_articles and nxt[1:2] and
                                                 nxt[1] not in lex.party_nouns and t.phrase in lex.thing_verbs)):
            return "thing"
        # "emails sent or received by X": a thing just before the word was received, nobody met
        named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
        for k in range(t.first - 1, max(-1, t.first - 4), -1):
            if k in named:
                break
            if sa.tokens[k].folded in lex.thing_words:
                return "thing"
    # "سيزور X موسكو ويلتقي بنظيره": a present-tense verb coordinated with a future one is future too
    if t.value.present and sa.tokens_prefix(t.first)[:1] in lex.conjunctions and lex.future_token is not None and any(
            lex.future_token.match(sa.tokens[k].folded) for k in range(max(0, t.first - 12), t.first)
            if sa.same_clause(k, t.first)):
        return "future"
    # "دعا X Y إلى زيارة": a contact word after "to", with a request earlier in its clause, is asked for
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.purpose_words and any(
            m.kind == "cue" and m.value == "request" and m.last < t.first - 1 and sa.same_clause(m.last, t.first)
            for m in sa.matches):
        return "request"
    # "during" one or two words before the contact word ("خلال لقائه", "during their meeting")
    # ("in a phone call", "in a letter": a call or letter is a setting too)
    during = next((k for k in range(t.first - 1, max(-1, t.first - 3), -1)
                   if sa.tokens[k].folded in lex.during or (
                       t.value.type in ("call", "message") and sa.tokens[k].folded in lex.fronted_words)), None)
    for m in sa.matches:
        if m.kind == "cue" and m.prefix and any(m.prefix.endswith(a) for a in lex.definite):
            continue          # "العرض طرح خلال اجتماع": a verb of the pack with the article is a noun ("the offer")
        if m.kind == "cue" and m.value in MESSAGE_ONLY and t.value.type != "message":
            continue
        if m.kind == "cue" and start - BLOCK_BEFORE <= m.last < t.first and sa.same_clause(m.last, t.first):
            if m.value == "future" and any(x.kind == "trigger" and x.value.role != "future" and x.first < m.first
                                           and m.last <= x.last for x in sa.matches):
                continue      # "speaks to Y by phone": the "to" of a contact phrase before the word is no infinitive
            if m.value in SETTING_CUES and during is not None and m.last < during:
                continue      # "ودعا X خلال لقائه Y إلى ...": asked during a meeting that took place
            if any(sa.tokens[k].folded in lex.told_of for k in range(m.last + 1, t.first)) and (
                    m.value in TELLING_CUES or (m.value == "future" and any(
                        x.kind == "cue" and x.value in TELLING_CUES and 0 <= m.first - x.last <= 2 for x in sa.matches))):
                continue      # "رفض X كشف تفاصيل اتصاله مع Y", "declined to give details of the call": what
                #               was refused is the telling, of a contact that was held (not "لترتيب تفاصيل
                #               الاجتماع", to arrange its details: a contact still to come)
            if m.value == "continuing" and _happened_after(t, sa, lex):
                continue      # "مواصلة للمباحثات التي جرت بين ...": going on from talks that were held
            if m.value == "future" and t.first > m.last + 1 and (sa.tokens[t.first - 1].folded in lex.after_words or any(
                    _after_that(k, sa, lex) for k in range(m.last + 1, t.first - 1))):
                continue      # "غادر X القاهرة بعد زيارة", "قرار بعد أن قام X بإطلاع Y": what came "after" the
                #               contact tells it was held
            return "future" if m.value == "after_far" else m.value
        if m.kind == "cue" and m.value == "future" and t.last + 2 <= m.first <= t.last + 3 \
                and sa.tokens[t.last + 1].folded in lex.relatives:
            return "future"       # "الزيارة التي يعتزم X القيام بها", "the visit that X intends to make"
        if m.kind == "cue" and m.value == "future" and m.first == after and t.last < after \
                and sa.same_clause(t.last, after) and not lex.capitalised_names and after - 1 not in sa.commas \
                and not (sa.tokens_prefix(after)[:1] in lex.conjunctions) \
                and (any(a.last == after - 1 for a in sa.actors) or any(
                    m.kind in (*TITLE_KINDS, "country") and m.last == after - 1 for m in sa.matches)):
            return "future"       # "الاجتماع مع زعيم كوريا الشمالية يجري الإعداد له": what is said of it next
        if m.kind == "cue" and m.value == "future" and m.last < t.first <= m.last + FRAME_REACH \
                and m.last + 1 < len(sa.tokens) and sa.tokens[m.last + 1].folded in lex.complementizers \
                and sa.same_clause(m.last, t.first):
            return "future"       # "ومن المرتقب أن تشهد الدوحة اليوم اجتماعا ...": all it frames is yet to come
        if m.kind == "cue" and m.value in AFTER_CATEGORIES and t.last < m.first <= t.last + 6 \
                and sa.same_clause(t.last, m.first):
            return m.value
        if m.kind == "cue" and m.value == "unscheduled" and t.last < m.first <= t.last + UNSCHEDULED_REACH:
            return "future"       # "... دون تحديد موعدها", "..., but no date has been set"
        if m.kind == "after" and t.last < m.first <= t.last + BLOCK_AFTER and not _in_title(m, sa, lex):
            return "future"
        if m.kind == "cue" and m.value == "after_far" and t.last < m.first <= t.last + AFTER_PARTY_REACH and all(
                _matched(j, sa) or any(a.first <= j <= a.last for a in sa.actors) for j in range(t.last + 1, m.first)):
            return "future"       # "הפסגה עם X תתקיים": only the other party between the word and the cue
        if m.kind == "prior" and m.last == t.first - 1:
            return "future"       # "לפני הפגישה עם אובמה", "ahead of the meeting": the contact is yet to come
        if m.kind == "anaphor" and (m.last == t.first - 1 if m.value == "before" else m.first == t.last + 1) and not (
                m.value == "before" and (t.value.present or any(v.kind == "past_verb" and v.first == t.first
                                                                for v in sa.matches))):
            return "anaphoric"    # "this meeting", "هذا اللقاء", "הפגישה הזו": a contact told elsewhere
            #                       (not a verb: "وقبل ذلك التقى X Y", before that X met Y)
    return None


TITLE_RUN = 4         # "met Chief Cabinet Secretary X": a post-cue word this near before a name, titles between, is the title's


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


def _happened_after(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a relative clause telling it as held follow the contact word ("المباحثات التي جرت",
    "the talks that took place")?"""
    k = t.last + 1
    if k >= len(sa.tokens) or sa.tokens[k].folded not in lex.brought_relatives:
        return False
    words = tuple(sa.tokens[j].folded for j in range(k + 1, min(len(sa.tokens), k + 4)))
    return any(words[:len(p)] == p for p in lex.brought.get("happened", ()))


def _after_parties(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """The first token after a contact word and the parties, titles, countries and "with",
    "between" that follow it ("القمة مع الزعيم الكوري كيم جونغ أون | ستعقد")."""
    filler = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    filler |= {k for m in sa.matches if m.kind in TITLE_KINDS or m.kind in ("country", "between", "object", "place", "loc")
               for k in range(m.first, m.last + 1)}
    # (and where or when: "the meeting between X and Y in Singapore in November | could")
    filler |= {k for k in range(t.last + 1, len(sa.tokens))
               if sa.tokens[k].folded in lex.month_words and k - 1 in filler}
    k = t.last + 1
    # (one or two adjectives with the article right after the word: "لقاءه التاريخي مع X")
    while k < min(len(sa.tokens), t.last + 3) and k not in filler and \
            sa.tokens[k].folded.startswith(lex.adjective_articles) and k + 1 < len(sa.tokens) and (
            k + 1 in filler or sa.tokens[k + 1].folded.startswith(lex.adjective_articles)):
        k += 1
    while k < len(sa.tokens) and k in filler and sa.same_clause(t.last, k):
        k += 1
    return k


def _resumptive_doer(t: Match, rel: int, ante: list[ActorMention], pointed: list[ActorMention],
                     groups: list[list[Match]], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """"أبلغ ماكرون القادة الذين اتصل بهم، وهم ترمب الذي اتصل به ...": a relative pronoun right after a
    person, then a contact verb whose pronoun points back at him ("اتصل به", "هاتفه") with nobody
    named after it: he is its object, and the doer is the subject of the sentence's first contact,
    named before its word, and none of `pointed` (the one or two persons the pronoun may point at).
    That subject, or None."""
    if rel != ante[-1].last + 1 or not (lex.resumptive_objects or lex.resumptive_verbs):
        return None
    word = sa.tokens[t.last].folded
    nxt = sa.tokens[t.last + 1].folded if t.last + 1 < len(sa.tokens) else ""
    if word not in lex.resumptive_verbs and nxt not in lex.resumptive_objects:
        return None
    first = min(g[0].first for g in groups)
    if first >= t.first:
        return None
    before = [a for a in sa.actors if a.last < first]
    return before[-1] if before and not any(before[-1] is a for a in pointed) else None


def relative_before(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The relative pronoun standing one or two words before a contact word ("الذي التقى أيضا"
    is "الذي" + two words: up to three), if any."""
    return next((k for k in range(max(0, t.first - 3), t.first) if sa.tokens[k].folded in lex.relatives), None)


def _between_states(t: Match, sa: SentenceAnalysis) -> bool:
    """"محادثات جرت بين واشنطن وبيونغ يانغ", "talks between Israel and Lebanon": a contact
    between states or capitals, not between persons named around it."""
    named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    for m in sa.matches:
        # the first "between" after the word, with nobody named in between ("محادثات مباشرة ... جرت بين")
        if m.kind == "between" and t.last < m.first <= t.last + 8 and sa.same_clause(t.last, m.first) \
                and not any(t.last < k < m.first for k in named):
            k = m.last + 1
            if k not in named and any(p.kind in ("place", "country") and p.first == k for p in sa.matches) \
                    and not any(r.kind in ("role", "role_fixed") and r.first <= k <= r.last for r in sa.matches):
                return True
    return False


def _between_pair(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> str | None:
    """"قمة سوتشي بين A ونظيره B", "a summit in Helsinki between A and B": "between" right after
    a contact word (two words at most in between, none a person), with two parties after it,
    names both: "place" when a place name stands between (that summit took place), "plain"
    otherwise (a contact only if the text dates it: "قمة بين X وY" may be hoped for), else None."""
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.any_words:
        return None           # "قبل أي قمة بين X وY", "before any summit between": none in particular
    for m in sa.matches:
        if m.kind != "between" or not (0 < m.first - t.last <= 3) or not sa.same_clause(t.last, m.first):
            continue
        # (a place or an adjective between: "قمة تاريخية بين", "the summit in Helsinki between")
        if any(a.first < m.first and a.last > t.last for a in sa.actors) or _joined_between(t.last, m.first, sa, lex):
            return None
        after = [a for a in acts if a.first > m.last and sa.same_clause(m.last, a.first)]
        if len(after) < 2 or _title_start(after[0], sa) - m.last > 2:
            return None
        placed = any(p.kind == "place" and t.last < p.first < m.first for p in sa.matches)
        if not placed and m.first - t.last > 2:
            return None       # ("قمة قد تعقد بين": words that are no place may say it is not held yet)
        return "place" if placed else "plain"
    return None


FUTURE_STEM = 3.0     # the verb under a future prefix is a word of the language ("ستعقد"), not a place ("سيئول")


def _future_verb(tok, lex: Lexicon) -> bool:
    """Is the token a verb in the future ("ستعقد", "وسيبحث"): the pack's future shape, and a
    common word once its future prefix is taken off?"""
    w = tok.folded
    if not lex.future_verb_token.match(w):
        return False
    stem = lex.future_strip.sub("", w, count=1) if lex.future_strip is not None else w
    return rarity(lex.lang)(stem) >= FUTURE_STEM


def _addressed(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is `a` the one spoken to, its title or name glued to "to" ("قال X لنظيره Y في اتصال
    هاتفي": X said it to Y during their call, so X is a party)?"""
    k = _title_start(a, sa)
    return _object_prefixed(a, lex) or _prepositional(sa.tokens_prefix(k), lex)


def _first_in_the_past(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وكانت X أول زعيم أجنبي يزور Y", "X הייתה המנהיגה הראשונה שנפגשה עם Y": a contact word
    after "the first/last (leader)", itself after a past "was", tells a past contact, whatever
    the verb's tense."""
    first = next((k for k in range(t.first - 1, max(-1, t.first - 5), -1)
                  if sa.tokens[k].folded in lex.first_of_words and sa.same_clause(k, t.first)), None)
    return first is not None and any(
        sa.tokens[k].folded in lex.past_auxiliaries and sa.same_clause(k, first)
        for k in range(max(0, first - 6), first))


def _during_with(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"تعهد X خلال قمة تاريخية في سنغافورة مع Y", "X said during a summit in Helsinki with Y":
    a weak contact word right after "during", with "with" and a party after it and its doer
    before "during", in one clause, tells a contact of the two."""
    # ("during a summit": an article may stand between)
    if not any(sa.tokens[k].folded in lex.during for k in range(max(0, t.first - 2), t.first)):
        return False
    after = [a for a in acts if a.first > t.last and sa.same_clause(t.last, a.first)]
    before = [a for a in acts if a.last < t.first - 1 and sa.same_clause(a.last, t.first)]
    if not after or not before:
        return False
    start = _title_start(after[0], sa)
    betweens = {m.first for m in sa.matches if m.kind == "between"}
    return start - t.last <= 6 and not any(t.last < a.last < start for a in sa.actors) and any(
        m.kind == "object" and m.first not in betweens and t.last < m.first < start and start - m.last <= 3
        for m in sa.matches)


TAIL_REACH = 6        # "..., Z said on Monday.": the verb of saying this many words from the sentence's end, at most
SAID_IN_REACH = 4     # "أعلن الخميس في رسالة إلى Y": the verb of saying this many words before "in", at most


def _said_in(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"أعلن X الخميس في رسالة إلى Y", "X said in a letter to Y": a weak letter or call word right
    after "in", a verb of saying a few words before it with nobody named between, its speaker
    before it in the clause, and "to"/"with" and a party after the word: the speaker wrote or
    called."""
    if t.value.type not in ("message", "call"):
        return False
    if t.prefix and t.prefix in lex.fronted_prefixes:
        k = t.first           # ("במכתב ל-Y": "in" is a prefix of the word)
    else:
        k = t.first - 1
        if k >= 1 and sa.tokens[k].folded in lex.possessive_words:
            k -= 1            # ("in his letter to")
        if k < 0 or sa.tokens[k].folded not in lex.fronted_words:
            return False
    said = next((m for m in reversed(_reporting(sa, lex)) if m.last < k and k - m.last <= SAID_IN_REACH), None)
    if said is None or any(said.last < a.first < t.first for a in acts):
        return False
    before = [a for a in acts if a.last < t.first and sa.same_clause(a.last, t.first)]
    after = [a for a in acts if a.first > t.last and sa.same_clause(t.last, a.first)]
    if not before or not after:
        return False
    start = _title_start(after[0], sa)
    return start - t.last <= 3 and any(m.kind == "object" and t.last < m.first < start for m in sa.matches)


FRONT_REACH = 4       # "وفي رسالة إلى Y، أكد X": the doer this many words after the comma, at most


FRONT_PAIR_REACH = 14  # "خلال قمة نادرة في أبريل في المنطقة ... أعاد X وY": words from the word to the pair, at most


def _fronted_pair(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"فخلال قمة نادرة في أبريل أعاد X وY التأكيد ...", "During their summit in April, X and Y
    agreed ...": "during" opening a clause before a contact word that names nobody, then two
    persons joined by "and", the subject of the clause's verb: the contact was the pair's."""
    # ("During a rare summit", "during their summit": an article, a pronoun or a word of no match between)
    k = next((j for j in range(t.first - 1, max(-1, t.first - 4), -1) if word_in(j, lex.during, sa, lex)), None)
    if k is None or any(any(m.first <= j <= m.last and m.kind not in ("indefinite", "transparent", "topic")
                            for m in sa.matches) for j in range(k + 1, t.first)):
        return False
    w = sa.tokens[k].folded
    glued = w[:1] in lex.conjunctions and w[1:] in lex.during      # ("فخلال": opening a clause of its own)
    if not (k == 0 or glued or k - 1 in sa.clause_ends or k - 1 in sa.commas):
        return False
    after = [a for a in acts if a.first > t.last]
    if len(after) < 2 or any(a.last < t.first and a.first > k for a in acts):
        return False
    a, b = after[0], after[1]
    if _title_start(a, sa) - t.last > FRONT_PAIR_REACH or not _list_next(a, b, sa, lex) or \
            not sa.same_clause(t.last, b.first) or any(m.kind in ("between", "object", "org") and t.last < m.first < a.first
                                                        for m in sa.matches):
        # (nor a summit of an organisation: "خلال قمة مجموعة العشرين، دعا X وY")
        return False
    return len(after) == 2 or not _list_next(b, after[2], sa, lex)


PAIR_SUMMIT_REACH = 8   # "وقع X وY وثيقة في قمة": from the pair to "in"/"during", at most


def _pair_then_during(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وقع X وY وثيقة في قمة تاريخية", "X and Y signed a document at a summit": two persons
    joined by "and" after or before the clause's verb, then "in"/"during" right before a summit
    word that names nobody after it in its clause: the summit was the pair's."""
    if t.value.type != "meeting" or t.first == 0:
        return False
    k = t.first - 1
    if not (word_in(k, lex.during, sa, lex) or sa.tokens[k].folded in lex.fronted_words):
        return False
    if any(a.first > t.last and sa.same_clause(t.last, a.first) for a in acts):
        return False
    before = [a for a in acts if a.last < k and sa.same_clause(a.last, k)]
    if len(before) != 2 or not _list_next(before[0], before[1], sa, lex) or k - before[1].last > PAIR_SUMMIT_REACH:
        return False
    # (nobody else named, no verb of saying or other contact word between the pair and "in"; no cue of
    # a plan, a hope, a request or a denial in the clause: "يأمل X وY في قمة قريبة")
    return not any(m.kind in ("trigger", "reporting", "reporting_that", "clause") and before[1].last < m.first < k
                   for m in sa.matches) and not any(m.kind == "cue" and m.first < k and sa.same_clause(m.first, k)
                                                    for m in sa.matches)


def _fronted(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """"وفي رسالة إلى Y، أكد X ...", "In his letters to A and B, X said ...", "במכתב ל-Y, אמר X":
    a contact word opening the sentence after "in"/"during", its other party after "to"/"with",
    then a comma and the main clause, whose subject is its doer. That doer, or None."""
    k = t.first - 1
    if k >= 1 and (sa.tokens[k].folded in lex.possessive_words or any(
            m.kind == "indefinite" and m.first == k for m in sa.matches)):
        k -= 1                # ("In his letters to", "In a call with")
    fronted = (k >= 0 and k <= 1 and (sa.tokens[k].folded in lex.fronted_words or sa.tokens[k].folded in lex.during)) \
        or (t.first <= 1 and bool(t.prefix) and t.prefix in lex.fronted_prefixes)
    if not fronted:
        return None
    after = [a for a in acts if a.first > t.last]
    if not after:
        return None
    start = _title_start(after[0], sa)
    if start - t.last > FRONT_REACH or any(t.last < a.last < start for a in sa.actors) or not any(
            m.kind == "object" and t.last < m.first <= start for m in sa.matches) and not _object_prefixed(after[0], lex):
        return None
    # the comma that ends the fronted phrase, and a person beginning a few words after it
    comma = next((k for k in sa.commas if after[0].last <= k), None)
    if comma is None:
        return None
    # (a title before the comma is the fronted phrase's: "In a call with the Saudi crown prince, Trump said")
    return next((a for a in sa.actors if comma < a.first and max(_title_start(a, sa), comma + 1) <= comma + FRONT_REACH), None)


OTHER_EVENT_GAP = 4   # "بعد أسبوعين من عودة": "after" this near before the noun of another happening
TALKS_CALL_REACH = 10  # tokens between talks and the call word that says they were by phone
HAPPENED_REACH = 8    # "الذي تم في كوريا الشمالية قبل أسابيع بين": words from the verb to "between"


def who(a: ActorMention) -> str:
    """The person a mention names, for telling mentions of one person from two: the one
    candidate, else the name as written."""
    return a.candidates[0] if len(a.candidates) == 1 else fold(a.unprefixed)


def _brought_together(t: Match, actors: list[ActorMention], sa: SentenceAnalysis,
                      lex: Lexicon) -> list[ActorMention] | None:
    """"القمة التاريخية في سنغافورة التي جمعته بالزعيم الكوري", "the summit that brought
    together A and B": a contact word, a relative pronoun a few words on (nobody named between)
    and a verb of bringing together in the past name the contact's parties: the persons listed
    after the verb, or the sentence's doer and the one after it ("جمعته بـX"), or the two persons
    named last before the word ("جمعتهما"). None when the words are not there."""
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
    if found is None:
        return None
    kind, size = found
    end = rel + size              # the last token of the phrase
    before = [a for a in actors if a.last < t.first]
    after = [a for a in actors if a.first >= end and sa.same_clause(end - 1, a.first)]
    listed = _list_run(after, sa, lex) if after and _title_start(after[0], sa) - end <= 1 else []
    # (then "between" a few words on, nobody named before it, and the parties listed after it:
    # "اللقاء الذي جرى أمس بين A وB", "القمة التي جمعت الأسبوع الماضي بين A وB")
    btw = next((m for m in sa.matches if m.kind == "between" and end < m.first <= end + HAPPENED_REACH
                and sa.same_clause(end, m.first)), None)
    if kind == "happened" or (kind == "after" and len(listed) < 2 and btw is not None):
        if btw is None or any(end < a.first < btw.first for a in actors):
            return None
        parties = [a for a in after if a.first > btw.last]
        listed = _list_run(parties, sa, lex) if parties and _title_start(parties[0], sa) - btw.last <= 2 else []
        if not listed and any(m.kind == "pair" and m.first == btw.last + 1 for m in sa.matches):
            # "المباحثات التي جرت بين الرئيسين": the two named before the word, if only two are
            named_before = list({who(a): a for a in before}.values())
            return named_before if len(named_before) == 2 else None
        return listed if len(listed) >= 2 else None
    if kind == "after" and not listed and any(m.kind == "pair" and m.first == end + 1 for m in sa.matches):
        # "اجتماع القمة الذي جمع الزعيمين": the two named before, if only two are
        named_before = list({who(a): a for a in before}.values())
        return named_before if len(named_before) == 2 else None
    if kind == "after":
        return listed if len(listed) >= 2 else None
    if kind == "doer":
        # ("التي جمعته بـX وY": the doer and everyone listed with "ب": a summit of three)
        doer = next((a for a in reversed(before) if not _is_object(a, sa, lex)), None)
        return [doer] + listed if doer is not None and listed else None
    if kind == "held":
        # ("التي عقدها X مع Y": the doer right after the verb, then the one it was held with)
        other = next((a for a in after[1:] if _is_object(a, sa, lex)), None) if listed else None
        return [listed[0], other] if other is not None else None
    # (the two close together, right before the word: "تعهد X لـY في القمة التي جمعتهما"; or, farther
    # back, two persons side by side, a verb's doer and its object, when nobody else is named after
    # them: "دعا X Y لزيارة ... ووافق Y ..., وذلك خلال القمة التي جمعتهما")
    pair = before[-2:]
    if len(pair) == 2 and t.first - pair[1].last <= 6 and _title_start(pair[1], sa) - pair[0].last <= 2:
        return pair
    for i in range(len(before) - 2, -1, -1):
        a, b = before[i], before[i + 1]
        if who(a) != who(b) and _title_start(b, sa) == a.last + 1 and \
                all(who(x) in (who(a), who(b)) for x in before[i + 2:]):
            return [a, b]
    return None


def word_in(k: int, words: set[str], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k one of `words`, bare or glued to "and" ("كما"/"وكما", "يعقد"/"ويعقد")?"""
    w = sa.tokens[k].folded
    return w in words or (w[:1] in lex.conjunctions and w[1:] in words)


def _may(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k "may" before an imperfect verb ("قد يجريان", "قد يعقد")? ("قد" before a past
    verb is "already": "قد التقى")"""
    return lex.imperfect_token is not None and k + 1 < len(sa.tokens) and sa.tokens[k].folded in lex.may_words \
        and lex.imperfect_token.match(sa.tokens[k + 1].folded) is not None


VSO_SUBJECT_REACH = 4   # "التقى المبعوث الأممي X": the verb's subject named this near after it
FIRST_PERSON_REACH = 6   # "I just had a very good call with": the subject "I" this many words before the word, at most
SPEAKER_GAP = 2       # "..., Trump said", "said Trump": the speaker this near the verb of saying


def _first_person(t: Match, light: Match | None, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact the speaker's own, told in the first person ("I met Y", "my call with Y",
    "שוחחתי עם Y", "التقيت Y", "أجريت اتصالا")?"""
    heads = [t.first] + ([light.first] if light is not None else [])
    for k in heads:
        if word_in(k, lex.first_person_forms, sa, lex):
            return True
        if lex.first_person_token is not None and lex.first_person_token.search(sa.tokens[k].folded):
            return True
    start = min(heads)
    for k in range(start - 1, max(-1, start - 1 - FIRST_PERSON_REACH), -1):
        if any(a.first <= k <= a.last for a in sa.actors) or not sa.same_clause(k, start):
            return False
        if sa.tokens[k].folded in lex.first_person_words:
            return True
    return False


def _speaker(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The person a verb of saying in the sentence names as its speaker ("..., Trump said", "قال
    ترامب", "X told reporters"), or the person a label before the word names ("נתניהו: ..."): the one
    who tells his own contact in the first person. None when no one, or more than one, is."""
    found = []
    for k in sa.labels:
        if k < t.first:
            found += [a for a in sa.actors if a.last == k]
    for r in _reporting(sa, lex):
        # (after the contact, past the comma that closes what was said: "'... with Y,' X said")
        comma = max((k for k in sa.commas if t.last <= k < r.first), default=-1)
        found += [a for a in sa.actors if a.first > comma and (
            (a.last < r.first and r.first - a.last <= SPEAKER_GAP)
            or (a.first > r.last and _title_start(a, sa) - r.last <= SPEAKER_GAP))]
    people = {who(a): a for a in found}
    return next(iter(people.values())) if len(people) == 1 else None


TOLD_IN_GAP = 3       # "told Y in a phone call": words from the one spoken to to the contact word, at most


def _told_in(r: Match, t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"X told Y in a phone call that ...", "X אמר ל-Y בשיחה טלפונית": a call or letter word a few
    words after the one person a verb of saying is spoken to (its object, or one glued to "to"),
    in the same clause: the speaker and that person are the call's two parties."""
    if t.value.type not in ("call", "message"):
        return False
    heard = [a for a in acts if r.last < a.first < t.first]
    if len(heard) != 1 or not sa.same_clause(r.last, t.first) or t.first - heard[0].last > TOLD_IN_GAP:
        return False
    start = _title_start(heard[0], sa)
    return (sa.tokens[r.first].folded in lex.addressing and start == r.last + 1) or (
        start - r.last <= 2 and _addressed(heard[0], sa, lex))


def _pair_owned(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the contact word carry "their" ("لقائهما", "פגישתם", "their meeting")?"""
    return t.phrase in lex.pair_triggers or (t.first > 0 and sa.tokens[t.first - 1].folded in lex.pair_possessives)


OWNED_REACH = 3       # "قمته مع Y": "with" and Y's title start this many words after the word, at most


def _his_with(t: Match, acts: list[ActorMention], sa: SentenceAnalysis,
              lex: Lexicon) -> list[ActorMention] | None:
    """"قال X إن تغطية الصحف لقمته مع Y كانت ظالمة", "X said coverage of his summit with Y was
    unfair": a contact word owned by "his"/"her", then "with" and a party, when the sentence
    names one person only before the word, names that person and the party. None otherwise."""
    if not (t.phrase in lex.owned_triggers or (t.first > 0 and sa.tokens[t.first - 1].folded in lex.possessive_words)):
        return None
    after = next((a for a in acts if a.first > t.last), None)
    before = list({who(a): a for a in acts if a.last < t.first}.values())
    if after is None or len(before) != 1:
        return None
    start = _title_start(after, sa)
    if start - t.last > OWNED_REACH or not any(
            m.kind == "object" and t.last < m.first < start for m in sa.matches):
        return None
    return [before[0], after]


def _their_parties(t: Match, acts: list[ActorMention], sa: SentenceAnalysis,
                   lex: Lexicon) -> list[ActorMention] | None:
    """"طلب X من Y خلال لقائهما نقل دعوة لـZ", "X asked Y during their meeting to invite Z": a
    contact word owned by "their" with two or more persons before it in its clause names those as
    its parties; the persons after it are what was said or asked there (not after "with": "their
    meeting with Z" adds Z). None when the rule does not apply."""
    if not _pair_owned(t, sa, lex):
        return None
    before = [a for a in acts if a.last < t.first and sa.same_clause(a.last, t.first)]
    nxt = next((a for a in acts if a.first > t.last), None)
    if len(before) < 2:
        return None
    if nxt is None:
        return before         # "X and Y concluded their talks": nobody after, the two before held them
    start = _title_start(nxt, sa)
    if start - t.last <= 3 and (_object_prefixed(nxt, lex) or any(
            m.kind == "object" and t.last < m.first < start for m in sa.matches)):
        return None
    return before


def _definite(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the contact word carry the article ("اللقاء", "واللقاء", "הפגישה")?"""
    return any(m.kind == "trigger" and m.first == t.first and m.prefix and
               any(m.prefix.endswith(d) for d in lex.definite) for m in sa.matches)


def _joined_between(i: int, j: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word after token i and before token j begin with "and" ("نتائج الزيارة والاهتمام
    المتبادل بين A وB", "the visit and the mutual interest between")? Then what follows belongs
    to the noun joined there, not to the word at i."""
    glued = tuple(c + d for c in lex.conjunctions for d in lex.definite)    # "وال", "וה": and + the
    return any(sa.tokens[k].folded in _AND or sa.tokens_prefix(k)[:1] in lex.conjunctions
               or (glued and sa.tokens[k].folded.startswith(glued) and len(sa.tokens[k].folded) > 4)
               for k in range(i + 1, j))


def _unknown_possessor(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"Comey's second letter": a contact noun owned by a name that is no actor here belongs to
    someone we cannot tell, not to the names around it."""
    owners = [k for k in range(max(0, t.first - 2), t.first) if sa.tokens[k].surface.endswith(POSSESSIVE)]
    if not owners:
        return False
    covered = {k for m in sa.matches for k in range(m.first, m.last + 1)} | \
              {k for a in sa.actors for k in range(a.first, a.last + 1)}
    for k in owners:
        stem = sa.tokens[k].surface[:-2]
        if stem[:1].isupper() and k not in covered and rarity(lex.lang)(stem) < 3.8:
            return True
    return False


def _count(t: Match, sa: SentenceAnalysis) -> int:
    n = t.value.count
    for m in sa.matches:
        if m.kind == "count" and m.last == t.first - 1:
            n = max(n, m.value)
    return n


ROLE_RANK = {"receive": 4, "subject": 3, "host": 2, "passive": 2, "neutral": 0}


def _new_clause_verb(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a verb glued to "and" open the contact's clause: the contact verb itself ("واستقبل"),
    or the light verb right before its noun ("وتلقى اتصالا")? (A noun glued to "and", "ولقاء", is
    one more word of the same phrase.)"""
    verbs = [m for m in sa.matches if m.kind in ("past_verb", "light") and (
        m.first == t.first or (m.last < t.first and t.first - m.last <= 2))]
    if (t.value.role in ("subject", "receive", "host", "passive") or t.value.talks) and " " in t.phrase:
        verbs.append(t)       # (a verb phrase of the pack: "וקיבל שיחה", "and received a call")

    def glued(m: Match) -> bool:      # ("and" written apart in a language that capitalises names)
        return sa.tokens_prefix(m.first)[:1] in lex.conjunctions or (
            lex.capitalised_names and m.first > 0 and sa.tokens[m.first - 1].folded in _AND)
    return any(glued(m) for m in verbs) and any(m.kind in ("past_verb", "trigger") or m.first < t.first for m in verbs)


def _party_between(prev: Match, t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the contact before t have a party of its own between them: one marked as an object
    ("بـX", "من X", "with X"), or two persons (its subject and its object, "التقى X Y")?"""
    between = [a for a in sa.actors if prev.last < a.first and a.last < t.first]
    # (a role and the name its titles run into are one person: "ولي ولي العهد ... الأمير محمد بن سلمان")
    titled = _title_words(sa)
    persons = [a for i, a in enumerate(between) if i + 1 == len(between) or not (
        a.kind == "role" and all(k in titled for k in range(a.last + 1, between[i + 1].first))
        and sa.tokens_prefix(between[i + 1].first)[:1] not in lex.conjunctions)]
    return len(persons) >= 2 or any(_is_object(a, sa, lex) or any(
        m.kind == "from" and 0 < _title_start(a, sa) - m.last <= 1 for m in sa.matches) for a in persons) or (
        bool(persons) and not lex.subject_after_verb)


def _group_triggers(trig: list[Match], sa: SentenceAnalysis, blocked: dict[int, str | None],
                    lex: Lexicon) -> list[list[Match]]:
    """Triggers of one type in one clause speak of one contact ("أجرى اتصالا ... بعد اتصال")
    unless one of them is guarded by a cue and the other not."""
    groups: list[list[Match]] = []
    betweens = [m.first for m in sa.matches if m.kind == "between"]
    closed: set[int] = set()
    for t in trig:
        b = blocked[id(t)]
        if groups and relative_before(t, sa, lex) is not None:
            groups.append([t])        # "التقى X بـY، الذي التقى أيضا Z": Y's own contact
            continue
        if groups and t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.during_it \
                and groups[-1][0].value.type == t.value.type and sa.same_clause(groups[-1][-1].last, t.first) \
                and (blocked[id(groups[-1][0])] is None) == (b is None):
            groups[-1].append(t)      # "زيارة للسعودية التقى خلالها بـX": met during it, the visit just named
            continue
        if groups and not t.value.weak and _after_also(t.first, sa, lex):
            groups.append([t])        # "met A in Amman, then met B": a contact of its own
            continue
        if groups and not t.value.weak and _new_clause_verb(t, sa, lex) and t.last + 1 < len(sa.tokens) and \
                sa.tokens[t.last + 1].folded in lex.also_after:
            groups.append([t])        # "التقى X، والتقى كذلك Y", "and also met Y": a contact of its own
            continue
        if groups and t.value.type == "meeting" and _after_sequence(t, sa, lex) and \
                sum(a.last < t.first and sa.same_clause(a.last, t.first) for a in sa.actors) >= 2:
            # (when the contact before it has its two parties already)
            closed.update(range(len(groups)))     # "استقبل X Y عقب لقاء بZ": an earlier contact of its own,
            groups.append([t])                    # which the contact words after it speak of
            continue
        if groups and _new_clause_verb(t, sa, lex) and _party_between(groups[-1][-1], t, sa, lex) and (
                not t.value.weak or any(m.kind == "light" and m.last < t.first and t.first - m.last <= 2 for m in sa.matches)):
            groups.append([t])        # "أجرى اتصالا بـX وتلقى اتصالا من Y": "and" opens a contact of its own
            continue                  # (not "زار X الرياض والتقى Y", "visited Washington and met Y": one visit)
        at = t.first - 1 - (t.first > 1 and sa.tokens[t.first - 1].folded in lex.determiners)
        if groups and at >= 0 and sa.tokens[at].folded in lex.since_words:
            groups.append([t])        # "أول لقاء منذ لقاء A وB عام 2000", "since the meeting of A and B": its own
            closed.add(len(groups) - 1)
            continue
        if any(0 < f - t.last <= 1 for f in betweens):
            groups.append([t])        # "... following a summit between X and Y": its own contact
            closed.add(len(groups) - 1)
            continue
        for gi, g in enumerate(groups):
            if gi in closed:
                continue
            g0 = g[0]
            if g0.value.type == t.value.type and sa.same_clause(g0.first, t.first) and \
                    (blocked[id(g0)] is None) == (b is None):
                g.append(t)
                break
        else:
            groups.append([t])
    return groups


def _drop_between(acts: list[ActorMention], after: int, stop: int) -> list[ActorMention]:
    """The actors that do not start after token `after` and before token `stop`: those a cue
    ("بحضور", "نقل تحيات", "بقيادة") marks as present but not a party."""
    return [a for a in acts if not (after < a.first < stop)]


ATTENDEE_GAP = 9      # tokens from an attendance cue, or from one attendee, to the next attendee


def _list_end(at: Match, acts: list[ActorMention], sa: SentenceAnalysis) -> int:
    """Where the persons an attendance cue lists end: "بحضور A وB وC" runs on from title or
    name to the next, but not across a clause end or into another contact word. A cue that
    governs the contact word itself ("وحضر اللقاء كل من ...", "attended the meeting") lists
    attendees to the end of its clause."""
    trig = triggers(sa)
    stop = min([m.first for m in trig if m.first > at.last + 2] +
               [b + 1 for b in sa.clause_ends if b >= at.last] + [len(sa.tokens)])
    if any(0 < m.first - at.last <= 2 for m in trig):
        return stop
    end = at.last + ATTENDEE_GAP
    people = sorted([a.first for a in acts] + [m.first for m in sa.matches if m.kind in ("role", "role_fixed", "official")])
    for first in people:
        if at.last < first < min(end, stop):
            end = max(end, first + ATTENDEE_GAP)
    return min(end, stop)


COURIER_REACH = 16    # "سلم X Y رسالة": the verb of handing over this many words before the letter, at most


def _from_prefixed(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is "from" glued to the mention, or to its title ("מהמלך X": from the king X)?"""
    if a.prefix and a.prefix[-1:] in lex.from_prefixes:
        return True
    start = _title_start(a, sa)
    return start < a.first and _prepositional(sa.tokens_prefix(start), lex, lex.from_prefixes)


def _from_marked(a: ActorMention, acts: list[ActorMention], froms: list[Match], sa: SentenceAnalysis,
                 lex: Lexicon) -> bool:
    """Is `a` marked "from" (glued to it, or a few words after it, his title included, nobody between)?"""
    start = _title_start(a, sa)
    return _from_prefixed(a, sa, lex) or \
        any(0 < start - f.last <= 4 and not any(f.last < b.first < a.first for b in acts) for f in froms)


def _courier(acts: list[ActorMention], t: Match, froms: list[Match], sa: SentenceAnalysis,
             lex: Lexicon) -> ActorMention | None:
    """"سلم X الرئيس Y رسالة من Z", "X handed Y a letter from Z", "X מסר ל-Y מכתב מ-Z": the subject
    of a verb of handing over, with the writer marked "from" after the letter, only carried it. Him, or None."""
    if not any(a.first > t.last and _from_marked(a, acts, froms, sa, lex) for a in acts):
        return None
    hand = next((k for k in range(t.last, max(-1, t.first - COURIER_REACH), -1)
                 if word_in(k, lex.delivering, sa, lex) and sa.same_clause(k, t.first)), None)
    if hand is None:
        return None
    if hand > 0 and sa.tokens[hand - 1].folded in lex.relatives:
        # "Y، الذي سلم X رسالة من Z": the relative's antecedent handed it over, to the one after the verb
        courier = next((a for a in reversed(acts) if a.last < hand - 1), None)
    elif lex.subject_after_verb:
        courier = next((a for a in acts if hand < a.first < t.first and not _object_prefixed(a, lex)), None)
    else:
        courier = next((a for a in reversed(acts) if a.last < hand and sa.same_clause(a.last, hand)), None)
    return None if courier is None or _from_marked(courier, acts, froms, sa, lex) else courier


def _without_carriers(acts: list[ActorMention], t: Match, froms: list[Match], sa: SentenceAnalysis,
                      lex: Lexicon) -> list[ActorMention]:
    """The parties of a message, not the envoy who carried it: "تسلم من الجنرال X رسالة من Y"
    (two senders marked "from", the one after the letter wrote it), "a letter from Y via X"."""
    senders = [a for a in acts if _from_marked(a, acts, froms, sa, lex)]
    if any(a.first > t.last for a in senders):
        acts = [a for a in acts if not (a in senders and a.last < t.first)]
    for cw in (m for m in sa.matches if m.kind == "carrier"):
        nxt = min((a for a in acts if a.first > cw.last), key=lambda a: a.first, default=None)
        if nxt is not None and _title_start(nxt, sa) - cw.last <= 4:
            acts = [a for a in acts if a is not nxt]
    return acts


def _object_prefixed(a: ActorMention, lex: Lexicon) -> bool:
    """Does the clitic chain on the mention end in an object preposition ("ل", "ب", "ל")?"""
    return _prepositional(a.prefix, lex)


def _title_start(a: ActorMention, sa: SentenceAnalysis) -> int:
    """Where a mention begins, the title before its name included ("والرئيس الروسي فلاديمير بوتين")."""
    titled = {i for m in sa.matches if m.kind in ("role", "role_fixed", "country", "transparent")
              for i in range(m.first, m.last + 1)}
    first = a.first
    while first - 1 in titled:
        first -= 1
    return first


SAID_THAT_REACH = 13  # "قال مستشار الأمن القومي ... X إن": from the verb of saying to "that", at most
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


HEAD_KINDS = ("head_of_state", "head_of_government")


def _heads(a: ActorMention, countries: set, lex: Lexicon) -> bool:
    """Is the mention the head of state or government of one of the countries (by the office its
    role names, or any such office its one person ever held)?"""
    if not countries:
        return False
    if a.kind == "role" and a.office:
        country, kind = a.office.split(".", 1)
        return country in countries and kind in HEAD_KINDS
    if len(a.candidates) == 1 and a.candidates[0] in lex.gaz.persons:
        return any(o.country in countries and o.kind in HEAD_KINDS for o in lex.gaz.persons[a.candidates[0]].offices)
    return False


def _possessor(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The possessor of a visit noun ("Trump's visit", "ביקורו של טראמפ", "the visit of X"): its doer."""
    if t.value.role != "subject":
        return None
    before = [a for a in acts if a.last == t.first - 1]
    if before and lex.capitalised_names and sa.tokens[before[0].last].surface.endswith(POSSESSIVE):
        return before[0]
    k = t.last + 1
    if k < len(sa.tokens) and sa.tokens[k].folded in lex.of_words:
        return next((a for a in acts if 0 < _title_start(a, sa) - k <= 1 or (
            a.first > k and all(_matched(j, sa) for j in range(k + 1, a.first)) and a.first - k <= 6)), None)
    return None


def _relative_doer(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The doer of a visit noun named in the relative clause right after it ("الزيارة الأخيرة التي قام
    بها X", "the visit that X made", "הביקור שערך X"): the one who made the visit."""
    if t.value.role != "subject" or not lex.made_by:
        return None
    k = t.last + 1
    while k < len(sa.tokens) and k - t.last <= 2 and sa.tokens[k].folded.startswith(lex.adjective_articles) \
            and sa.tokens[k].folded not in lex.relatives:
        k += 1            # ("الزيارة الأخيرة التي": an adjective between)
    if k >= len(sa.tokens) or sa.tokens[k].folded not in lex.relatives:
        return None
    words = tuple(tok.folded for tok in sa.tokens[k + 1:k + 4])
    size = next((len(w) for w in lex.made_by if words[:len(w)] == w), None)
    if size is None:
        return None
    end = k + size
    return next((a for a in acts if 0 < _title_start(a, sa) - end <= 1), None)


def _genitive_doer(t: Match, after: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The person right after a visit noun that carries no pronoun ("زيارة ولي العهد", "ביקור
    נתניהו"): the one who made the visit."""
    if not (lex.genitive_pairs and lex.noun_ending and t.value.role == "subject" and not t.suffix
            and after and t.phrase.endswith(lex.noun_ending)):
        return None
    a = after[0]
    if _title_start(a, sa) != t.last + 1 or _is_object(a, sa, lex):
        return None
    return a


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


def _pair_subject(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"Netanyahu and Putin spoke Tuesday", "X and Y talked": two persons joined by "and" right
    before a weak contact word, as its subject, and nobody after it in its clause."""
    before = [a for a in acts if a.last < t.first]
    if t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.speech_after:
        return False          # "X and Y spoke of ...", "spoke at the ceremony": speeches, not a contact
    return len(before) >= 2 and _only_time_between(before[-1].last, t.first, sa, lex) and not any(
        t.last < a.first for a in acts if sa.same_clause(t.last, a.first)) \
        and _list_next(before[-2], before[-1], sa, lex) and sa.same_clause(before[-2].last, t.first)


def _only_time_between(a: int, b: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Do only words of the day ("اليوم السبت", "on Saturday", commas around them) stand between
    tokens a and b?"""
    today = {k for m in sa.matches if m.kind == "today" for k in range(m.first, m.last + 1)}

    def day(w: str) -> bool:         # (with a clitic chain before it or none: "בשבת")
        return any(w.startswith(ch) and w[len(ch):] in lex.weekday_words for ch in ("", *lex.matcher.chains))
    return all(k in today or day(sa.tokens[k].folded) or
               (sa.tokens[k].folded in lex.weekday_leads and k + 1 < b) for k in range(a + 1, b))


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
    return _coordinated(a, b, sa, lex) or all(w in _AND or (len(between) == 1 and w[:1] in lex.conjunctions)
                                              for w in between)


def _after_sequence(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "عقب", "بعد", "after" stand up to three words before the contact word, nobody named
    between ("عقب لقاء", "بعد أيام على استقباله")?"""
    named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    for j in range(t.first - 1, max(-1, t.first - 4), -1):
        if j in named or j in sa.clause_ends:
            return False
        if sa.tokens[j].folded in lex.sequence_words:
            return True
    return False


def _after_also(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "كما", "then" stand one or two words before token k ("كما أجرى مباحثات")?"""
    return any(sa.tokens[j].folded in lex.also_words for j in range(max(0, k - 2), k))


def _coordinated(a: ActorMention, b: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does b follow a as the next item of a list, its title glued to "and" ("A ورئيسة الوزراء B")?"""
    k = _title_start(b, sa)
    pfx = sa.tokens_prefix(k)
    return bool(pfx) and pfx[0] in lex.conjunctions and 0 < k - a.last <= 2


def _listed_after(a: ActorMention, owned: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is `a` the next item of a list a contact word's parties run on in ("من الشيخ A ... ، والأمير
    B ... ، والشيخ C"): its title begins with "and", a few words after the last party it has."""
    if not owned:
        return False
    for k in range(a.first, max(owned[-1].last, _title_start(a, sa) - 1), -1):
        pfx = sa.tokens_prefix(k)
        if pfx and pfx[0] in lex.conjunctions:
            return 0 < k - owned[-1].last <= LIST_GAP
    return False


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


def _visit_to_place(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"زار X الجمعة معرض الكتاب": a visit verb whose doer follows it, then (past words of the day)
    a place as its object: a visit to the place, no contact."""
    if t.value.role != "subject" or not lex.place_nouns:
        return False
    doer = _visitor_of(t, sa.actors, sa, lex)
    if doer is None:
        return False
    # (past the doer's name and titles and words of the day)
    skip = {k for m in sa.matches if m.kind in ("today", *TITLE_KINDS) for k in range(m.first, m.last + 1)}
    skip |= {k for a in sa.actors for k in range(a.first, a.last + 1)}
    k = doer.last + 1
    while k < len(sa.tokens) and (k in skip or sa.tokens[k].folded in lex.weekday_words):
        k += 1
    if k >= len(sa.tokens) or not sa.same_clause(doer.last, k):
        return False
    w = sa.tokens[k].folded
    return w in lex.place_nouns or any(w.startswith(a) and w[len(a):] in lex.place_nouns for a in lex.definite)


def _is_object(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    if _object_prefixed(a, lex):
        return True
    # the mention begins where the title before its name begins ("مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو",
    # "إلى مفوض الأمم المتحدة السامي لحقوق الإنسان Y")
    first = _addressed_start(a, sa, lex)
    if first < a.first and any(m.first == first and m.kind in ("role", "role_fixed", "transparent", "official")
                               and _prepositional(m.prefix, lex) for m in sa.matches):
        return True       # "بالملك سلمان": the preposition stands on the title
    return any(m.kind == "object" and 0 < first - m.last <= 3 for m in sa.matches)


def _that_at(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is token k a "that" (a complementizer: "أن", "that"), not a word of a name that folds like
    one ("مون جاي آن")?"""
    return sa.tokens[k].folded in lex.complementizers and not any(a.first <= k <= a.last for a in sa.actors)


def _that_before(k: int, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The last "that" before token k, opening what was said; or None."""
    return max((j for j in range(k) if _that_at(j, sa, lex)), default=None)


def _reception(c: Candidate, t: Match, actors: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> Candidate:
    """"وصل X ...، وكان في استقباله Y وZ", "קיבלו את פניו Y ו-Z": those after the word host the
    guest its pronoun names, who is the last person named before it in the sentence, else
    (a pronoun mention) the subject of the sentence before. Each host meets the guest."""
    hosts = [a for a in c.actors if a.first > t.last]
    before = [a for a in actors if a.last < t.first]
    # ("صرح X أن Y كان في استقبال الوزير": the one who said it is neither guest nor host)
    that = _that_before(t.first, sa, lex)
    if that is not None and any(r.last < that for r in _reporting(sa, lex)):
        before = [a for a in before if a.first > that]
    if t.phrase in lex.guest_after and not t.suffix and hosts and _title_start(hosts[0], sa) - t.last <= 1:
        guests = _list_run(hosts, sa, lex)       # "وكان في استقبال خادم الحرمين ... X وY": the guest first
        if len(guests) >= 2 and len(hosts) == len(guests) + 1:
            # "وكان في استقبال A وB لدى وصولهما ... H": two guests and their one host, who met each
            c.actors, c.subject, c.initiator, c.pairs = [hosts[-1]] + guests, hosts[-1], None, True
            return c
        before, hosts = guests[:1], hosts[1:]
    if not hosts and len(before) >= 2:
        hosts = [before[-1]]              # "بومبيو يصل إلى الرياض والجبير في استقباله"
        before = before[:1]
    guest = before[-1] if before else None
    if guest is None:
        tok = sa.tokens[t.last]
        guest = ActorMention("guest", t.last, t.last, tok.start, tok.end, tok.surface)
    c.actors = [guest] + hosts
    c.subject = c.initiator = guest
    c.pairs = True
    return c


def pair_candidate(sa: SentenceAnalysis, lex: Lexicon) -> Candidate | None:
    """"... and that the two leaders had agreed": the two persons named before the pair words
    were in contact. The kind of contact comes from a trigger of the sentence (a visit or
    meeting word, even one that is no event by itself); without one there is no candidate."""
    pair = next((m for m in sa.matches if m.kind == "pair"), None)
    if pair is None or not any(m.kind == "pairverb" and 0 < m.first - pair.last <= 3 for m in sa.matches):
        return None
    before = []
    for a in reversed([a for a in sa.actors if a.last < pair.first]):
        if a.kind in ("name", "short", "role") and all(a.surface != b.surface for b in before):
            before.append(a)
        if len(before) == 2:
            break
    trig = [m for m in triggers(sa) if m.value.role != "future"]
    if len(before) < 2 or not trig:
        return None
    t = min(trig, key=lambda m: abs(m.first - pair.first))
    c = Candidate(t.value.type, pair, sorted(before, key=lambda a: a.first))
    c.trigger = Match("trigger", Trigger(t.value.type, "neutral"), pair.phrase, pair.first, pair.last,
                      pair.start, pair.end, "", "")
    # ("the two discussed": a weak word, the call or meeting the article reports for the pair)
    c.weak = t.value.weak
    if t.value.role in ("subject", "passive"):
        # the visitor: the actor right before a visit word ("Trump's visit")
        c.initiator = next((a for a in before if 0 <= t.first - a.last <= 2), None)
    return c


PAIR_BETWEEN_REACH = 4   # "المباحثات التي جرت بين الرئيسين": "between" this many words after the word, at most


def named_pair(sa: SentenceAnalysis) -> list[ActorMention] | None:
    """The two persons a sentence names, when it names exactly two (by name or surname, each
    once or more): who "the two" of the next sentence may be."""
    # (or by a title with its country: "الرئيس X ورئيس الوزراء الإثيوبي")
    persons = {who(a) if a.kind != "role" else a.office: a for a in sa.actors if (a.kind in ("name", "short") and a.candidates)
               or (a.kind == "role" and a.office and not a.office.startswith("."))}
    return list(persons.values()) if len(persons) == 2 and any(a.kind != "role" for a in persons.values()) else None


WITH_PHRASE = 8       # "a call with top donors,": the words from "with" to the comma, at most


def with_nobody(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word's "with" right after it (its day between at most) followed by words
    that name nobody up to a comma ("On a call Saturday with top donors, X said ...", "في اتصال
    مع كبار المتبرعين، قال X")? Then its other party is no person, whoever the rest names."""
    w = next((m for m in sa.matches if m.kind == "object" and t.last < m.first <= t.last + 3
              and sa.tokens[m.first].folded in lex.with_words and _only_time_between(t.last, m.first, sa, lex)), None)
    if w is None:
        return False
    comma = next((k for k in sa.commas if k > w.last), None)
    if comma is None and len(sa.tokens) - 1 - w.last <= WITH_PHRASE:
        comma = len(sa.tokens) - 1      # ("... in call with top donors": to the sentence's end)
    if comma is None or comma - w.last > WITH_PHRASE or comma == w.last + 1:
        return False
    return not any(w.last < a.last and a.first <= comma for a in sa.actors) and not any(
        m.kind in ("role", "role_fixed", "official", "proxy", "country") and w.last < m.first <= comma for m in sa.matches)


def _matched(j: int, sa: SentenceAnalysis) -> bool:
    """Does token j stand inside a lexicon match other than a contact or topic word (a title, a
    country, a preposition, ...)?"""
    return any(m.first <= j <= m.last for m in sa.matches if m.kind not in ("trigger", "topic"))


def between_pair(t: Match, sa: SentenceAnalysis) -> bool:
    """Is the contact word's "between" a pair word a few words after it ("المباحثات التي جرت بين
    الرئيسين", "the talks between the two leaders")?"""
    return any(m.kind == "between" and 0 < m.first - t.last <= PAIR_BETWEEN_REACH and any(
        p.kind == "pair" and p.first == m.last + 1 for p in sa.matches) for m in sa.matches)


BETWEEN_NAMED = 4     # "بين الزعيمين الأميركي X": the pair's names this near after the pair word name them


def told_before_pair(c: Candidate, sa: SentenceAnalysis) -> bool:
    """"وتأتي المحادثات بين الرئيسين بعد أن وجه X تحذيرا إلى Y": the talks "between the two" were
    the two's the text told before, and the persons named after the word are no parties of them
    (unless they stand right after the pair word, only titles between: "القمة بين الزعيمين
    الأميركي X والكوري Y")."""
    if not between_pair(c.trigger, sa) or any(a.first <= c.trigger.last for a in c.actors):
        return False
    return not any(0 < a.first - p.last <= BETWEEN_NAMED and all(_matched(j, sa) for j in range(p.last + 1, a.first))
                   for a in c.actors for p in sa.matches if p.kind == "pair" and p.first > c.trigger.last)


PAIR_DURING_REACH = 8    # "وناقش الرئيسان الأزمة خلال اتصال هاتفي": from the pair words to the word, at most


def _pair_during(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> Match | None:
    """"وناقش الرئيسان الأزمة خلال اتصال هاتفي", "the two leaders discussed it during a phone
    call", "השניים דנו בכך במהלך שיחה": pair words as the doer of a clause whose contact word
    follows "during" (the word it governs, in its clause). The pair words, or None."""
    k = t.first - 1
    if k > 0 and any(m.kind == "indefinite" and m.first == k for m in sa.matches):
        k -= 1                # ("during a phone call")
    if k < 0 or sa.tokens[k].folded not in lex.during:
        return None
    return next((m for m in sa.matches if m.kind == "pair" and 0 < k - m.last <= PAIR_DURING_REACH
                 and sa.same_clause(m.last, t.first)), None)


def dual_candidates(sa: SentenceAnalysis, lex: Lexicon, pair: list[ActorMention] | None) -> list[Candidate]:
    """"وكان الرئيسان التقيا قبل ذلك في نوفمبر", "إذ التقيا للمرة الأولى في أبريل", "The two
    leaders first met in April", "השניים נפגשו באפריל": a contact whose doer is the pair (a dual
    verb, "their meeting", or pair words right before the word), in a sentence that names
    nobody, is a contact of the two persons the sentence before named (`pair`). One candidate per
    such word that nothing blocks ("met in April, and again in May": two)."""
    if not pair or any(a.kind in ("name", "short") for a in sa.actors):
        return []
    out = []
    for t in triggers(sa):
        # (or "between the two" a few words after it: "المباحثات التي جرت بين الرئيسين")
        dual = t.phrase in lex.dual_verbs or t.phrase in lex.pair_triggers or any(
            m.kind == "pair" and 0 < t.first - m.last <= 2 for m in sa.matches) or between_pair(t, sa) \
            or _pair_during(t, sa, lex) is not None or _brought_pair_after(t, sa, lex)
        if not dual or t.value.role == "future" or _blocked(t, sa, lex):
            continue
        # (the two stand where the word is: the sentence names them nowhere else)
        actors = [replace(a, first=t.first, last=t.last, start=t.start, end=t.end) for a in pair]
        c = Candidate(t.value.type, t, actors)
        c.weak = t.value.weak     # ("the two discussed": the call or meeting the article reports)
        out.append(c)
    return out


BROUGHT_PAIR_REACH = 4   # "أول قمة تاريخية جمعتهما": the verb of bringing the two together this near after the word


def _brought_pair_after(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a verb that brought "the two of them" together follow the word closely, in its clause,
    a relative pronoun between or none ("قمة تاريخية جمعتهما", "اللقاء الذي جمعهما")?"""
    n = len(sa.tokens)
    for k in range(t.last + 1, min(n, t.last + 1 + BROUGHT_PAIR_REACH)):
        if not sa.same_clause(t.last, k):
            return False
        if any(tuple(sa.tokens[j].folded for j in range(k, min(n, k + len(p)))) == p
               for p in lex.brought.get("pair", ())):
            return True
    return False


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


def said_in_unnamed(t, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وقال في برقية شكر للرئيس Y", "He said in a letter to Y": a letter or call word right after
    "in", a verb of saying just before it and nobody named before the word: its writer is the one
    the sentence before was about."""
    if t.value.type not in ("message", "call") or t.first < 2:
        return False
    k = t.first - 1
    if k >= 1 and any(m.kind == "indefinite" and m.first == k for m in sa.matches):
        k -= 1                # ("said in a letter")
    if sa.tokens[k].folded not in lex.fronted_words:
        return False
    return any(m.kind == "reporting" and k - 2 <= m.last < k for m in sa.matches)


def _kin_doer(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """Where a kinship noun with its owner ("ابنه", "his son", "בנו") stands as the contact word's
    doer: right before it, or right after it (after "of" and a determiner at most); else None.
    (A kinship noun is a common word: capitalised, in a language that capitalises names, it is
    a name, "Masayoshi Son".)"""
    if not lex.kin_words:
        return None
    k = t.last + 1
    while k < len(sa.tokens) and (sa.tokens[k].folded in lex.of_words or sa.tokens[k].folded in lex.determiners):
        k += 1
    for j in (t.first - 1, k):
        if 0 <= j < len(sa.tokens) and word_in(j, lex.kin_words, sa, lex) and not (
                lex.capitalised_names and sa.tokens[j].surface[:1].isupper()):
            return j
    return None


CASE_REACH = 5        # "اختفاء المواطن السعودي X": from the word of the case to the name, at most


def _discussed_parties(sa: SentenceAnalysis) -> set[int]:
    """Where the parties of a discussed contact word begin: the persons right after it, with only
    titles, countries, "with", "between" and time words between ("لمناقشة القمة القادمة مع
    الزعيم الكوري", "to discuss the coming summit with the Korean leader"); and where the persons
    a case is named after begin ("اختفاء الإعلامي السعودي جمال خاشقجي", "the killing of X")."""
    topics = [m for m in sa.matches if m.kind in ("discussed", "topic_head")]
    if not topics:
        return set()
    filler = {k for m in sa.matches if m.kind in TITLE_KINDS or m.kind in (
        "country", "between", "object", "cue", "after", "discussed") for k in range(m.first, m.last + 1)}
    starts = {a.first: a for a in sa.actors}
    found: set[int] = set()
    verbs = {k for m in sa.matches if m.kind in VERB_KINDS for k in range(m.first, m.last + 1)}
    for d in topics:
        k = d.last + 1
        if d.kind == "topic_head":
            # ("اختفاء المواطن السعودي X": a few words of who he is, no verb, before the name)
            nxt = next((a for a in sa.actors if a.first > d.last), None)
            if nxt is not None and nxt.first - d.last <= CASE_REACH and sa.same_clause(d.last, nxt.first) \
                    and not any(d.last < j < nxt.first for j in verbs):
                found.add(nxt.first)
            continue
        while k < len(sa.tokens) and sa.same_clause(d.last, k) and (k in filler or k in starts):
            if k in starts:
                found.add(k)
                k = starts[k].last
            k += 1
    return found


def _spoke_with(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """A verb of speaking ("تحدث") tells a call only with "with" right after it or right after its
    doer ("تحدث X مع Y", "X تحدث مع Y"; not "تحدث عن", spoke about), and not beside another
    contact word, which tells the contact ("تحدث مع X خلال لقائهما": they met)."""
    if any(m.kind == "trigger" and not m.value.weak and not (m.first <= t.first <= m.last)
           and sa.same_clause(t.last, m.first) for m in sa.matches):
        return False      # (nor beside a call word: "تحدث مع X على الهاتف" is that call's)
    k = t.last + 1
    doer = next((a for a in sa.actors if _title_start(a, sa) == k), None)
    if doer is not None:
        k = doer.last + 1
    return k < len(sa.tokens) and sa.tokens[k].folded in lex.with_words


def _speaking(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    w = sa.tokens[t.first].folded
    return w in lex.spoke_words or (bool(t.prefix) and w[len(t.prefix):] in lex.spoke_words)


def _clause_parties(t: Match, acts: list[ActorMention], trig: list[Match], sa: SentenceAnalysis,
                    lex: Lexicon) -> tuple[list[ActorMention], bool]:
    """The parties a contact word keeps once the clauses around it are read: the pair that did a
    clause whose word follows "during" (when it had none), and not the ones told of it, nor those
    after "the day after", "when", or a visit word of their own. Also whether the pair was taken."""
    pw = _pair_during(t, sa, lex) if not acts else None
    paired = pw is not None
    if paired:
        two = list({a.surface: a for a in reversed([a for a in sa.actors if a.last < pw.first
                                                     and a.kind in ("name", "short", "role")])}.values())[:2]
        if len(two) == 2:
            acts = sorted(two, key=lambda a: a.first)
    # "أطلع X الرئيس Y على فحوى اجتماعه بـZ": what was told of the contact; the ones told stand
    # between its doer and the word and are no parties
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.told_of:
        before = [a for a in acts if a.last < t.first]
        if len(before) >= 2:
            acts = [before[0]] + [a for a in acts if a.first > t.last]
    # "التقى X Y السبت غداة إعلان Z": "the day after"/"the eve of" what someone else did, after the
    # word, names no party of it (unless a contact word follows: "غداة لقائه مع W")
    eve = next((k for k in range(t.last + 1, len(sa.tokens) - 1) if sa.tokens[k].folded in lex.eve_words
                and sa.same_clause(t.last, k) and not any(
                    m.kind == "trigger" and k < m.first <= k + 2 for m in sa.matches)), None)
    if eve is not None:
        acts = [a for a in acts if a.last < eve]
    # "استقبل X Y بالمطار حيث من المقرر أن يتناول العشاء مع Z": what a future cue and "that" after the
    # word frame as still to come names no party of it
    frame = next((m.first for m in sa.matches if m.kind == "cue" and m.value == "future" and m.first > t.last
                  and m.last + 1 < len(sa.tokens) and _that_at(m.last + 1, sa, lex)), None)
    if frame is not None:
        acts = [a for a in acts if a.last < frame]
    # "كان X في زيارته إلى أفريقيا عندما أعلن Y": "when" after the word opens a clause of its own;
    # the persons named after it are not the word's parties
    # (unless the clause tells a contact itself: "آخر زيارة لـX إلى روسيا عندما اجتمع مع Y")
    when = next((k for k in range(t.last + 1, len(sa.tokens)) if sa.tokens[k].folded in lex.when_words
                 and sa.same_clause(t.last, k)), None)
    if when is not None and not any(m.kind == "trigger" and when < m.first <= when + 2 for m in sa.matches):
        acts = [a for a in acts if a.last < when]
    # "كان X من أوائل من ... حين زار Y إسرائيل": a verb right after "when" with its own doer after
    # it tells a contact of its own clause; the persons before "when" are not its parties
    # (the word's own visitor, named right after it: the cuts before leave him, the ones below drop
    # persons before the word only)
    mine = _visitor_of(t, acts, sa, lex)
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.when_words and mine is not None:
        acts = [a for a in acts if a.first > t.last]
    # "أشار X إلى أن زيارة Y إلى أوروبا ...": a visit word opening what was said, its visitor right after
    # it: the one who said it is no party
    # (not "بعد أن زار Y", after he visited Y: a time, the speaker's own doing)
    if t.value.role == "subject" and t.first > 0 and _that_at(t.first - 1, sa, lex) \
            and not (t.first >= 2 and sa.tokens[t.first - 2].folded in lex.subordinators) and mine is not None:
        acts = [a for a in acts if a.first > t.last]
    # "وتأتي زيارة X بعد زيارة Y": the visitor a visit word of its own names is no party of this one
    if t.value.role == "subject":
        others = {id(v) for u in trig if u is not t and u.value.type == t.value.type and u.value.role == "subject"
                  and (v := _visitor_of(u, acts, sa, lex)) is not None and v is not mine}
        if mine is not None and others:
            acts = [a for a in acts if id(a) not in others]
    return acts, paired


def candidates(sa: SentenceAnalysis, lex: Lexicon) -> list[Candidate]:
    trig = triggers(sa)
    if lex.spoke_words:
        trig = [t for t in trig if not _speaking(t, sa, lex) or _spoke_with(t, sa, lex)]
    # (one person is enough beside a guest's reception or a contact word that says whose it is:
    # the other party is named by a pronoun)
    if not trig or len(sa.actors) < (1 if any(t.value.role == "guest" or possessed(t, sa, lex) or said_in_unnamed(t, sa, lex)
                                              for t in trig) else 2):
        return []
    # words that only name or title a person: a light verb may stand farther from its noun when a
    # long string of titles stands between ("تلقى صاحب السمو الملكي الأمير X ولي العهد ... اتصالا")
    titled = {k for m in sa.matches if m.kind in TITLE_KINDS for k in range(m.first, m.last + 1)}
    titled |= {k for a in sa.actors for k in range(a.first, a.last + 1)}
    lights_at = {m.first for m in sa.matches if m.kind == "light"}

    def near(light: Match, t: Match) -> bool:
        gap = t.first - light.last
        if any(sa.tokens[k].folded in lex.relatives or k in lights_at for k in range(light.last + 1, t.first)):
            return False      # "استقبل X Y الذي نقل رسالة": the relative clause has its own verb
        return gap <= LIGHT_WINDOW or (gap <= LIGHT_TITLED and sum(
            k not in titled for k in range(light.last + 1, t.first)) <= LIGHT_WINDOW // 2)

    # a verb that is only the light verb of a call or message after it is no meeting of its own
    # ("received a written letter from", "تلقى اتصالا")
    trig = [t for t in trig if not (t.first in lights_at and any(
        u.value.type in ("call", "message") and u.first > t.last and near(t, u) for u in trig))] or trig
    # "الرسالة التي وجهها إلى Y", "the letter that he sent to Y": a light verb opening the relative
    # clause right after the word governs it as one before it would
    relative_light = {t.first: m for t in trig for m in sa.matches if m.kind == "light"
                      and t.value.type in ("call", "message") and (
                          m.first == t.last + 2 and sa.tokens[t.last + 1].folded in lex.relatives
                          # ("رسالة بعثها إلى Y": after a word with no article the relative clause
                          # needs no pronoun; its verb carries the one that stands for the word)
                          or m.first == t.last + 1 and m.suffix and not m.prefix and not t.prefix
                          and not lex.capitalised_names)}
    # "التقى X Y لبحث الأوضاع": a weak verb of discussing with the purpose prefix after a strong word in
    # its clause is what the contact was for, and owns nobody (its subject would take the object before it)
    trig = [t for t in trig if not (t.value.weak and t.prefix and t.prefix in lex.future_prefixes
                                    and sa.tokens[t.first].folded in lex.discuss_words and any(
        not u.value.weak and u.last < t.first and sa.same_clause(u.last, t.first) for u in trig))] or trig
    strong = [t for t in trig if not t.value.weak]
    # beside a strong trigger a weak one is no event, but it still owns the actors around it
    # (not one after "since", an earlier contact of its own: "الاستعدادات للقاء A وB منذ القمة بين C وD")
    muted = {id(t) for t in trig if t.value.weak and t.first not in relative_light and not any(
        sa.tokens[k].folded in lex.since_words for k in range(max(0, t.first - 2), t.first))} if strong else set()
    # actors whose span is inside a trigger phrase are not actors, nor are the parties of a contact
    # word that is only discussed ("لبحث القمة القادمة مع الزعيم الكوري")
    topical = _discussed_parties(sa)
    actors = [a for a in sa.actors if not any(t.first <= a.first and a.last <= t.last for t in trig)
              and a.first not in topical]
    blocked = {id(t): _blocked(t, sa, lex) for t in trig}
    # a contact word right after a guarded one is the same noun phrase ("قبل اجتماع القمة", "before
    # the summit meeting"): the cue guards both
    for prev, t in zip(trig, trig[1:]):
        if blocked[id(prev)] is not None and blocked[id(t)] is None and t.first == prev.last + 1:
            blocked[id(t)] = blocked[id(prev)]
    # "سيعقد X اجتماعا مع Y خلال زيارة لقطر", "X will meet Y during a visit to Qatar": a contact word
    # after "during" shares the time of the contact before it in its clause
    for i, t in enumerate(trig):
        if blocked[id(t)] is None and any(sa.tokens[k].folded in lex.during for k in range(max(0, t.first - 2), t.first)):
            if any(blocked[id(u)] == "future" and sa.same_clause(u.last, t.first) for u in trig[:i]):
                blocked[id(t)] = "future"
    groups = _group_triggers(trig, sa, blocked, lex)
    lights = [m for m in sa.matches if m.kind == "light"]

    def light_of(t: Match):
        return next((m for m in reversed(lights) if m.last < t.first and near(m, t)
                     and t.value.type in ("call", "message")), relative_light.get(t.first))

    # where each group's stretch begins: its first trigger, or the light verb before it
    starts = []
    for g in groups:
        lt = light_of(g[0])
        starts.append(lt.first if lt is not None else g[0].first)
    order = sorted(range(len(groups)), key=lambda i: starts[i])
    owned: dict[int, list[ActorMention]] = {i: [] for i in range(len(groups))}
    # a verb glued to "and", or after "كما" (as well): coordinated with the verb before it
    conj = [bool(sa.tokens_prefix(starts[i]) and sa.tokens_prefix(starts[i])[0] in lex.conjunctions)
            or (i > 0 and _new_clause_verb(groups[i][0], sa, lex))
            or (_after_also(starts[i], sa, lex) and not groups[i][0].value.weak)
            or (i > 0 and _after_sequence(groups[i][0], sa, lex) and sum(
                groups[i][0].last < a.first and sa.same_clause(groups[i][0].last, a.first) for a in sa.actors) <= 1)
            for i in range(len(groups))]
    for a in actors:
        # inside a group's own stretch ("تلقى X اتصالا"): that group
        inside = [gi for gi in range(len(groups)) if starts[gi] < a.first < groups[gi][0].first]
        if inside:
            owned[inside[0]].append(a)
            continue
        best = None
        for rank, gi in enumerate(order):
            g = groups[gi]
            if not any(sa.same_clause(a.first, t.first) for t in g):
                continue
            d = min(max(t.first - a.last, a.first - t.last, 0) for t in g)
            if d > SCOPE and not _listed_after(a, owned[gi], sa, lex):
                continue
            key = d
            # between two groups: an object belongs to the one before, a subject to the one after
            # (not when the next verb is coordinated with "و/ו": it shares the subject, the actor is an object)
            nxt = order[rank + 1] if rank + 1 < len(order) else None
            if a.first > g[-1].last and nxt is not None and a.last < starts[nxt]:
                if not _is_object(a, sa, lex) and starts[nxt] - a.last <= 2 and not conj[nxt]:
                    continue
                key = -1
            if best is None or key < best[0]:
                best = (key, gi)
        if best is not None:
            owned[best[1]].append(a)
    # a coordinated verb with no subject of its own shares the previous group's subject
    for rank, gi in enumerate(order[1:], 1):
        prev = order[rank - 1]
        if conj[gi] and not any(a.last < groups[gi][0].first for a in owned[gi]):
            subj = [a for a in owned[prev] if a.last < groups[prev][0].first]
            if not subj and lex.subject_after_verb and owned[prev] and len(owned[prev]) >= 2:
                subj = owned[prev][:1]        # (verb first: "استقبل X Y ... عقب لقاء بZ" — X did both)
            if subj:
                owned[gi].insert(0, subj[-1])
    # "... بومبيو، الذي التقى أيضا Z": the person before the relative pronoun is its doer, and the
    # persons named before him are not its parties ("الرئيس أو وزير خارجيته بومبيو، الذي قام بزيارة");
    # he stays the object of the contact before it ("استقبل X Y الذي يزور القاهرة")
    resumed: dict[int, ActorMention] = {}     # group -> the sentence's subject, who made that contact
    for gi, g in enumerate(groups):
        rel = relative_before(g[0], sa, lex)
        ante = [a for a in actors if rel is not None and a.last < rel]
        if not ante:
            continue
        pointed = ante[-2:] if sa.tokens[rel].folded in lex.dual_relatives else ante[-1:]
        doer = _resumptive_doer(g[0], rel, ante, pointed, groups, sa, lex)
        if doer is not None:
            # "... وهم ترمب الذي اتصل به ليل الخميس وروحاني الذي هاتفه الأحد": the one before the
            # pronoun (the two, after a dual one) received it from the sentence's subject
            objs = pointed if len(pointed) == 2 and _list_next(pointed[0], pointed[1], sa, lex) else ante[-1:]
            owned[gi] = [doer] + objs
            resumed[gi] = doer
            for pi in range(len(groups)):
                if pi != gi:
                    owned[pi] = [a for a in owned[pi] if not any(a is o for o in objs)]
            continue
        prev = [pi for pi in range(len(groups)) if pi != gi and starts[pi] < ante[-1].first]
        if prev:
            pi = max(prev, key=lambda i: starts[i])
            owned[pi] += [a for a in owned[gi] if a.last < rel and a not in owned[pi]]
            owned[pi].sort(key=lambda a: a.first)
        if any(m.kind == "proxy" and ante[-1].last < m.first < rel for m in sa.matches):
            # "accompanied by his wife, Melania, who met Y": the relative's doer is the wife
            owned[gi] = [a for a in owned[gi] if a.first > rel]
            continue
        owned[gi] = [ante[-1]] + [a for a in owned[gi] if a.first > rel]
    reporting = _reporting(sa, lex)
    verb_at: dict[int, int] = {}     # group -> where its clause's verb stands, when a weak word handed it its parties
    # a weak word beside a strong one hands it its subject ("Trump discussed trade during a meeting
    # with Abe", "بحث X مع Y ... خلال اتصال هاتفي")
    for rank, gi in enumerate(order[1:], 1):
        prev = order[rank - 1]
        if all(id(t) in muted for t in groups[prev]) and not any(id(t) in muted for t in groups[gi]) \
                and not any(blocked[id(t)] for t in groups[prev]) \
                and 0 < groups[gi][0].first - groups[prev][-1].last <= 20 \
                and sa.same_clause(groups[prev][0].first, groups[gi][0].first) \
                and not any(groups[prev][-1].last < m.first < groups[gi][0].first
                            for m in reporting) \
                and not any(a.last < groups[prev][0].first for a in owned[gi]):
            # (the persons between the two words are the weak word's objects, not the strong one's
            # subject: "X said he discussed Z with Y in a phone call")
            verb_at[gi] = groups[prev][0].first
            if not owned[gi]:
                owned[gi] = list(owned[prev])    # "بحث X مع Y خلال اتصال هاتفي": its parties are the strong word's
                continue
            subj = [a for a in owned[prev] if a.last < groups[prev][0].first]
            if not subj and lex.subject_after_verb:
                # ("التقى X Y عبر الشاشة": the verb's subject stands right after it)
                first = min((a for a in actors if a.first > groups[prev][-1].last), key=lambda a: a.first, default=None)
                subj = [first] if first is not None and first in owned[prev] and not _object_prefixed(first, lex) \
                    and first.first - groups[prev][-1].last <= VSO_SUBJECT_REACH else []
            if subj and subj[-1] not in owned[gi]:
                owned[gi].insert(0, subj[-1])
    froms = [m for m in sa.matches if m.kind == "from"]
    out: list[Candidate] = []
    for gi, g in enumerate(groups):
        # the first trigger leads; a neutral one lends the lead to a trigger that says who initiated
        # (a word near it: "خلال لقائه ... إلى زيارة عدن" far on asks for another visit)
        t = g[0] if g[0].value.role != "neutral" else max(
            (x for x in g if x.first - g[0].last <= LEND_WINDOW), key=lambda m: ROLE_RANK.get(m.value.role, 0))
        if t.value.weak and any(not x.value.weak for x in g):
            t = next(x for x in g if not x.value.weak)     # "discussed ... during a meeting with": the strong word leads
        if t.value.present and any(not x.value.present and not x.value.weak for x in g):
            # "أمير قطر يلتقي وزير الخارجية التقى الأمير ...": a headline glued to its lead; the past verb tells it
            t = next(x for x in g if not x.value.present and not x.value.weak)
        # "... محادثات بعد تعهد X لـY في القمة التي جمعتهما": a word of the group that names its
        # parties by a relative clause leads
        brought_at = next(((x, b) for x in g if (b := _brought_together(x, actors, sa, lex)) is not None), None)
        brought = None
        if brought_at is not None:
            t, brought = brought_at
        tv: Trigger = t.value
        acts = owned[gi]
        # a speaker ("X said that Y met Z") is not a participant when the reported clause has its own subject
        for r in (reporting if gi not in resumed else ()):      # (the resumed doer is no speaker)
            # (a contact word with its doer and object after the verb of saying, "X قال إن اجتماع Y
            # مع Z": X only reports it)
            doer = next((a for a in acts if a.first > t.last), None)
            # how far after the word its doer's title begins (None: no doer, or the first one is an object)
            gap = _title_start(doer, sa) - t.last if doer is not None and not _is_object(doer, sa, lex) else None
            own = gap is not None and gap <= 1 and sum(a.first > t.last for a in acts) >= 2
            if _pair_owned(t, sa, lex):
                break         # "قال A وB في مستهل قمتهما", "X told Y during their meeting": the two who spoke held it
            # (the reported clause's subject stands before the group's first word: "X said he spoke
            # with Y by phone" keeps X)
            verb = min([t.first] + [k for k in [x.first for x in g] + [verb_at.get(gi, t.first)] if k > r.last])
            if _told_in(r, t, acts, sa, lex):
                break         # "X told Y in a phone call": the speaker called the one he spoke to
            if r.last < t.first and (any(r.last < a.first < verb for a in acts) or own):
                acts = [a for a in acts if a.first > r.last]
                if r.last < t.first - 1 and _that_at(t.first - 1, sa, lex) \
                        and gap is not None and gap <= 4 and not (
                            t.first >= 2 and sa.tokens[t.first - 2].folded in lex.subordinators):
                    # (not "بعد أن زار Y", after he visited Y: a time, the speaker's own doing)
                    # "أوضح X أن لقاء Y مع Z", "قال X إن زيارة ولي العهد Y لمصر": X only tells it
                    acts = [a for a in acts if a.first > t.last]
                # the speaker may follow the verb ("أكد ترامب أن ..."); the reported clause keeps the rest.
                # A word ending in a colon is a label ("דיווח: X ו-Y נפגשו"), with no speaker after it
                after_r = [a for a in acts if a.first > r.last and a.last < verb]
                if lex.subject_after_verb and len(after_r) >= 2 and after_r[0].first - r.last <= 8 \
                        and r.last not in sa.clause_ends and not _addressed(after_r[1], sa, lex) \
                        and not any(sa.tokens[k].folded in lex.complementizers for k in range(r.last + 1, after_r[0].first)):
                    acts = [a for a in acts if a is not after_r[0]]
        # "التقى X Y، الذي أكد أن Z ...", "X met Y and said Z had ...": after a verb of saying that
        # follows the contact and its parties, the persons named are what was said, not parties
        # (in a language that puts the subject after its verb, only from a complementizer on:
        # "اتصال أكد فيه الرئيس X" names the caller)
        # "X visited Y last week, Defense Minister Z said.", "..., אמר השר Z": a verb of saying near
        # the end of the sentence, after a comma, has its speaker there, no party
        tail = next((r for r in reporting if r.first > t.last and len(sa.tokens) - 1 - r.last <= TAIL_REACH), None)
        comma = max((k for k in sa.commas if tail is not None and t.last <= k < tail.first), default=None)
        if comma is not None and any(a.last <= comma for a in acts) and not any(
                m.kind == "trigger" and m.first > comma for m in sa.matches):
            acts = [a for a in acts if a.last <= comma]
        # "التقى X مع Y، الذي يعد مستشارا لـZ", "X met Y, who is seen as Z's right hand": a relative
        # clause after a comma that describes a party named after the word names no party of it
        rel = next((k for k in range(t.last + 2, len(sa.tokens)) if k - 1 in sa.commas
                    and sa.tokens[k].folded in lex.relatives
                    and any(t.last < a.first and a.last < k for a in acts)), None)
        if rel is not None:
            # (up to the comma that closes it: "التقت X، التي تشغل منصب Y، بالرئيس Z" meets Z, but not
            # a party of another contact word after it: "الذين يزورون قطر، لحضور اجتماعهم مع Z")
            close = min((k for k in sa.commas + sa.clause_ends if k >= rel), default=len(sa.tokens))
            acts = [a for a in acts if a.first < rel or (a.first > close and not any(
                m.kind == "trigger" and close < m.first < a.first for m in sa.matches))]
        for r in reporting:
            if r.first > t.last and sum(a.last < r.first for a in acts) >= 2 and \
                    any(t.last < a.first < r.first for a in acts):
                said = [a for a in acts if a.first > r.last and (not lex.subject_after_verb or any(
                    sa.tokens[k].folded in lex.complementizers for k in range(r.last + 1, a.first)))]
                acts = [a for a in acts if a not in said]
                break
        # "בפגישה עם X: Y דרש ...", "في لقائه مع X: Y ...": a label telling a contact with one party,
        # then the one who spoke in it
        if len(acts) == 1 and acts[0].first > t.last and acts[0].last in sa.labels:
            speaker = next((a for a in actors if a.first == acts[0].last + 1), None)
            if speaker is not None:
                acts = acts + [speaker]
        # "לפגישה היסטורית: אובמה וקסטרו", "a historic meeting: X and Y": a label ending in the
        # contact word, then the pair
        label = next((k for k in sa.labels if t.last <= k <= t.last + 2), None)
        if not acts and label is not None:
            pair = [a for a in actors if a.first > label]
            if len(pair) >= 2 and pair[0].first == label + 1 and _list_next(pair[0], pair[1], sa, lex):
                acts = pair[:2]
        theirs = _their_parties(t, acts, sa, lex)
        if theirs is None and tv.weak:
            theirs = _his_with(t, acts, sa, lex)
        if theirs is not None:
            acts = theirs
        # "أعرب X عن أمله في ...، وذلك خلال لقائه السبت مع Y", "X said ... during his meeting with Y":
        # "his" names the one the sentence opens with, when nobody before the word is the word's own
        head = actors[0] if actors else None
        # (or a contact verb opening a clause after "but": "X יחרים את ... - אבל נפגש עם Y")
        but = t.first > 0 and sa.tokens[t.first - 1].folded in lex.but_words
        opened = (possessed(t, sa, lex) or but) and head is not None and head.last < t.first and head not in acts \
            and not any(a.last < t.first for a in acts) and any(a.first > t.last for a in acts) \
            and _title_start(head, sa) <= OPENING and not _is_object(head, sa, lex)
        if opened:
            acts = [head] + acts
        elif possessed(t, sa, lex) and head is not None and any(a is head for a in acts) and head.last < t.first \
                and any(sa.tokens[k].folded in lex.during for k in range(max(0, t.first - 2), t.first)) \
                and _title_start(head, sa) <= OPENING and not _is_object(head, sa, lex) \
                and any(a.first > t.last for a in acts) and any(head.last < a.first < t.first for a in acts):
            # "وثمن X دور Y ...، وذلك خلال استقباله Z", "X praised Y's role ... during his meeting with Z":
            # "his" after "during" is the sentence's subject; the persons between are what he spoke of
            acts = [head] + [a for a in acts if a.first > t.last]
        if lex.capitalised_names:
            # "the president-elect's eldest daughter": an owner of something other than a contact
            # stands for that thing, not as a party ("Obama's meeting" keeps Obama)
            acts = [a for a in acts if not sa.tokens[a.last].surface.endswith(POSSESSIVE) or any(
                m.kind == "trigger" and a.last < m.first <= a.last + 3 for m in sa.matches)]
        # "מכתב התנגדות למינוי גופמן", "against the appointment of X": the appointee is the matter
        for ap in (m for m in sa.matches if m.kind == "appointed"):
            acts = [a for a in acts if not (a.first > ap.last and max(_title_start(a, sa), ap.last + 1) - ap.last <= 2)]
        # "ترامب يقر بلقاء ابنه بمحامية", "أقر X بأن ابنه التقى Y", "his son met Y": a relative the
        # text names only by his kinship, right before or after the word, did it; whose kin he is,
        # and anyone named before, is no party
        kin = _kin_doer(t, sa, lex)
        if kin is not None:
            acts = [a for a in acts if a.first > kin]
        # "اجتمع X بالسفير بشأن Y", "met the ambassador about Y": Y is the subject matter
        for ab in (m for m in sa.matches if m.kind == "about_whom" and m.first > t.last):
            acts = [a for a in acts if not (ab.last < a.first and _title_start(a, sa) - ab.last <= 2)]
        if tv.type == "message":
            # "שלח מכתב לנתניהו על ראש השב"כ", "a letter to X about Y": after its addressee, a
            # person right after "about" is what the letter is about
            for ab in (m for m in sa.matches if m.kind == "about" and m.first > t.last):
                if any(t.last < a.last < ab.first and _is_object(a, sa, lex) for a in acts):
                    # (the first person after it, a few title words at most in between)
                    nxt = next((a for a in acts if a.first > ab.last), None)
                    if nxt is not None and nxt.first - ab.last <= 5:
                        acts = [a for a in acts if a is not nxt]
        # "אובמה על ביקור נתניהו", "X on Y's visit": who speaks about a contact is not in it
        held = {k for a in acts for k in range(a.first, a.last + 1)}      # ("on Netanyahu's visit")
        # (an article may stand between when the doer follows the word, "against the visit of X";
        # not "his": "on his visit" is during it; not "on the phone call", the medium)
        owners = lex.possessive_words | lex.pair_possessives
        doer_after = any(0 < _title_start(a, sa) - t.last <= 4 for a in acts if a.first > t.last)
        about = next((m for m in sa.matches if m.kind == "about" and m.last < t.first
                      and all(k in held or (doer_after and k in sa.skip and sa.tokens[k].folded not in owners)
                              for k in range(m.last + 1, t.first))), None)
        if about is not None:
            acts = [a for a in acts if a.first > about.last]
            if about.last == t.first - 1:
                # "وحول زيارة X إلى المملكة، أكد Y أن ...": the visit is what Y speaks about
                acts = [a for a in acts if not any(m.kind == "reporting" and t.last < m.first < a.first
                                                   for m in sa.matches)]
        elif t.prefix and t.prefix[-1:] in lex.about_prefixes and not any(
                m.kind in ("light", "trigger") and m.last == t.first - 1 for m in sa.matches) and not any(
                word_in(k, lex.made_words, sa, lex) for k in range(max(0, t.first - 10), t.first)
                if sa.same_clause(k, t.first)) and \
                _genitive_doer(t, [a for a in acts if a.first > t.last], sa, lex) is not None:
            # "رحب X بزيارة Y لبريطانيا": a visit with its visitor named, the object of a verb that
            # is no contact (not "قام بزيارة"): X speaks of it
            acts = [a for a in acts if a.first > t.last]
        # "the visit and the friendship between X and Y": the persons after a "between" of a noun
        # joined to the word are that noun's, not the word's
        joined = next((m for m in sa.matches if m.kind == "between" and 0 < m.first - t.last <= 6
                       and _joined_between(t.last, m.first, sa, lex)
                       and not any(t.last < a.first < m.first for a in acts)), None)
        if joined is not None:
            acts = [a for a in acts if a.first < joined.first]
        # "... between X and Y": exactly those
        btw = next((m for m in sa.matches if m.kind == "between" and 0 <= m.first - t.last <= 4
                    and not _joined_between(t.last, m.first, sa, lex)), None)
        if btw is not None:
            # ... up to the next contact word ("لقاء بين X وY غداة زيارة ... بحث مع Z")
            stop = min([m.first for m in trig if m.first > btw.last] +
                       [b + 1 for b in sa.clause_ends if b >= btw.last] + [len(sa.tokens)])
            named = [a for a in actors if btw.last < a.first < stop]
            if named:
                acts = named
        elif lex.genitive_pairs:
            # "أشاد X بلقاء Y بZ", "פגישת Y עם Z": a contact word followed by its doer and an
            # object names both parties; persons before it are not in it
            after = [a for a in acts if a.first > t.last]
            if len(after) >= 2 and _title_start(after[0], sa) - t.last <= 1 and not _object_prefixed(after[0], lex) \
                    and _is_object(after[1], sa, lex) and after[1].first - after[0].last <= 4:
                acts = after
            elif len(after) >= 2 and after[0].first == t.last + 1 and not _object_prefixed(after[0], lex) \
                    and after[1].first == after[0].last + 1 and after[1].prefix[:1] in lex.conjunctions \
                    and not (tv.present or (not (t.prefix and t.prefix[-1:] in lex.object_prefixes) and any(
                        0 <= t.first - a.last - 1 <= 1 for a in acts if a.last < t.first))) \
                    and not any(a.first < t.first and sa.same_clause(a.last, t.first) and
                                any(m.kind == "object" and a.last < m.first < t.first for m in sa.matches) for a in acts):
                acts = after[:2]      # "פגישת הרצוג וביידן", "لقاء عباس ونتنياهو": the pair named after the word
                #                       (not after a verb with its subject: "X يلتقي A وB" meets them)
        if tv.type == "message" and lex.capitalised_names:
            # "Comey's letter ... to absolve Clinton": an owned letter goes to those it is addressed to
            owner = next((a for a in acts if t.first - 2 <= a.last < t.first and
                          sa.tokens[a.last].surface.endswith(POSSESSIVE)), None)
            if owner is not None:
                acts = [owner] + [a for a in acts if a is not owner and a.first > t.last and any(
                    m.kind == "object" and m.last == _title_start(a, sa) - 1 for m in sa.matches)]
        if all(id(x) in muted for x in g) and brought is None:
            continue
        if _definite(t, sa, lex) and not t.suffix and acts \
                and all(a.last < t.first for a in acts) and t.first - acts[-1].last > ANAPHOR_GAP:
            continue          # "... ، وقد عكس اللقاء متانة العلاقات": the meeting told before, far back
        pending = False
        if tv.light_only and light_of(t) is None:
            continue          # "كتاب" is a book unless a verb of sending governs it
        between = _between_pair(t, acts, sa, lex) if tv.weak and light_of(t) is None else None
        front = None
        if brought is not None:
            acts = brought
        if tv.weak and light_of(t) is None and between is None and brought is None and theirs is None \
                and not (_first_person(t, None, sa, lex) and _speaker(t, sa, lex) is not None) \
                and not _during_with(t, acts, sa, lex) and not _said_in(t, acts, sa, lex) \
                and not _pair_subject(t, acts, sa, lex) and not _fronted_pair(t, acts, sa, lex) \
                and not _pair_then_during(t, acts, sa, lex) \
                and (front := _fronted(t, acts, sa, lex)) is None and \
                not (any(0 < t.first - a.last <= 3 for a in acts) and any(0 < _addressed_start(a, sa, lex) - t.last <= 4 for a in acts)):
            after = [(_title_start(a, sa), a) for a in acts if a.first > t.last]
            first_after = lex.subject_after_verb and len(after) >= 2 and after[0][0] - t.last <= 1
            # (the doer right after the verb, then the other after "with": "وتحدث X مع Y", spoke with: a
            # call; "بحث X مع Y", discussed with: a contact the next sentence tells, "حضر اللقاء ...")
            titled = _title_words(sa) if first_after else set()
            with_joined = first_after and any(
                m.kind == "object" and m.last == f - 1 and after[0][1].last < m.first
                and all(k in titled for k in range(after[0][1].last + 1, m.first))    # (his titles between)
                and sa.tokens[m.first].folded in lex.with_words for f, _ in after[1:] for m in sa.matches)
            if not with_joined and not (first_after and any(
                    sa.tokens_prefix(f)[:1] in lex.conjunctions and f - a0.last <= 8
                    for a0 in (after[0][1],) for f, _ in after[1:])):
                continue      # a weak trigger ("spoke to") needs its two parties right beside it, or a light verb
            pending = not (with_joined and t.value.type == "call")
        # "بحضور X", "in the presence of X": X attended, the contact is between the others
        for at in (m for m in sa.matches if m.kind == "attendance"):
            after = at.last
            if any(0 < m.first - at.last <= 2 for m in triggers(sa)):
                # "X and Y attended the meeting": its subject attended too
                after = max([b for b in sa.clause_ends if b < at.first], default=-1)
            acts = _drop_between(acts, after, _list_end(at, acts, sa))
        # "بقيادة X وأخيه Y", "on the instructions of X": named for their authority, not parties
        for ld in (m for m in sa.matches if m.kind == "not_party"):
            stop = min([m.first for m in sa.matches if m.kind == "trigger" and m.first > ld.last] +
                       [b + 1 for b in sa.clause_ends if b >= ld.last] + [ld.last + 17])
            # (the person after the cue and those listed with him, not the persons after them:
            # "pictures of Netanyahu as Blinken met Herzog")
            listed = [a for a in acts if ld.last < a.first < stop]
            for k in range(1, len(listed)):
                if not _list_next(listed[k - 1], listed[k], sa, lex):
                    stop = listed[k].first
                    break
            if listed and listed[0].first > ld.last and (
                    (t.first == listed[-1].last + 1 and lex.gerund_suffix
                     and sa.tokens[t.first].folded.endswith(lex.gerund_suffix))
                    or (t.first == listed[-1].last + 2 and sa.tokens[t.first - 1].folded in lex.shown_pronouns)):
                continue          # "photos of Mugabe meeting with Y", "صورة لـX وY وهما يتصافحان": those shown do it
            acts = _drop_between(acts, ld.last, stop)
        # "هنأ X Y باختيار Z وليا للعهد", "congratulated Y on the election of Z": with a party named
        # between the contact word and it, the person chosen is what the words were about (not
        # "بعث X برقية تهنئة بمناسبة انتخاب Y": nobody named between, Y is the addressee)
        # (the word bare, with the person right after it: not "عقب انتخابه ...", after his own election)
        for oc in (m for m in sa.matches if m.kind == "occasion" and not m.suffix):
            chosen = next((a for a in acts if a.first > oc.last), None)
            if chosen is None or _title_start(chosen, sa) - oc.last > 2 or \
                    not any(t.last < a.first and a.last < oc.first for a in acts):
                continue
            listed = _list_run([chosen] + [a for a in acts if a.first > chosen.last], sa, lex)
            # (and the office they were chosen for: "... as crown prince", "وليا للعهد")
            listed += [a for a in acts if a.kind == "role" and a.bare and 0 < a.first - listed[-1].last <= 3]
            acts = [a for a in acts if not any(a is x for x in listed)]
        # "زيارة X للقاهرة بعد أسبوعين من عودة سفير السودان Y": after the word, "after" and the noun of
        # another happening (a return, an appointment): the persons from there on are that happening's
        # (its own person named right after it: not "عقب انتخابه", after his own election)
        for oe in (m for m in sa.matches if m.kind == "other_event" and m.first > t.last and not m.suffix):
            if not any(0 < _title_start(a, sa) - oe.last <= 3 for a in acts):
                continue
            if any(sa.tokens[k].folded in lex.after_words for k in range(max(t.last + 1, oe.first - OTHER_EVENT_GAP), oe.first)):
                stop = min([m.first for m in trig if m.first > oe.last] + [b + 1 for b in sa.clause_ends if b >= oe.last]
                           + [len(sa.tokens)])
                acts = _drop_between(acts, oe.last, stop)
        # "رفع X الشكر لخادم الحرمين" in a meeting: the one thanked (or pledged allegiance to) is named, not met
        for tr in (m for m in sa.matches if m.kind == "tribute" and tv.type == "meeting"):
            acts = [a for a in acts if not (a.first > tr.last and _title_start(a, sa) - tr.last <= 3
                                            and _object_prefixed(a, lex) and a.first > t.last + 1)]
        # "وفقا لـX، فإن A التقى B", "according to X, A met B": X tells it
        for src in (m for m in sa.matches if m.kind == "source"):
            told_by = next((a for a in acts if a.first > src.last), None)
            if told_by is not None and _title_start(told_by, sa) - src.last <= 4 and told_by.last < t.first:
                acts = [a for a in acts if a is not told_by]
        # "نقل تحيات X و Y إلى Z": X and Y sent greetings through the one who met or called Z
        if tv.type in ("meeting", "call"):
            for cv in (m for m in sa.matches if m.kind == "conveyed"):
                if conj[gi] and cv.last < starts[gi]:
                    continue      # ("... وبعث برقية مواساة لـY، وتلقى اتصالا من Z": another clause's greetings)
                stop = min([m.first for m in sa.matches if m.kind == "conveyed_to" and m.first > cv.last] +
                           [a.first for a in acts if a.first > cv.last and _object_prefixed(a, lex)] +
                           [b + 1 for b in sa.clause_ends if b >= cv.last] + [len(sa.tokens)])
                acts = _drop_between(acts, cv.last, stop)
        if tv.type == "meeting":
            # "طلب X نقل تحياته إلى Y", "asked him to convey his greetings to Y": Y is absent too
            for cv in (m for m in sa.matches if m.kind == "conveyed_own"):
                stop = min([b + 1 for b in sa.clause_ends if b >= cv.last] + [len(sa.tokens)])
                acts = _drop_between(acts, cv.last, stop)
        courier = None
        if tv.type == "message":
            acts = _without_carriers(acts, t, froms, sa, lex)
            courier = _courier(acts, t, froms, sa, lex)
            acts = [a for a in acts if a is not courier]
        # "قال X، بعد محادثاته مع Y، إن ... الرئيس Z": after the contact, a "that" answering a verb of
        # saying before it opens what was said; the persons there are not parties
        # (not a relative clause that names the parties: "the meeting that took place ... between")
        if brought is None and any(r.last < t.first for r in reporting):
            that = next((k for k in range(t.last + 1, len(sa.tokens)) if sa.tokens[k].folded in lex.complementizers), None)
            # (not when what was said tells a contact itself: "... مضيفا أنه ناقش مع الربيعة")
            if that is not None and not any(m.kind == "trigger" and m.first > that for m in sa.matches):
                acts = [a for a in acts if a.first < that]
        elif brought is None:
            # "وبعد اجتماع الوفد بالرئيس قال X إن Y مستعد ...", "after the meeting, X said Y ...": a verb of
            # saying after the word, then "that": what was said names no party
            said = next((r for r in reporting if r.first > t.last and sa.same_clause(t.last, r.first)), None)
            that = next((k for k in range(said.last + 1, min(len(sa.tokens), said.last + SAID_THAT_REACH))
                         if sa.tokens[k].folded in lex.complementizers), None) if said is not None else None
            if that is not None and not any(m.kind == "trigger" and m.first > that for m in sa.matches):
                acts = [a for a in acts if a.first < that]
        # "X met Y, but not Z": a negation between the trigger and an actor after it leaves that actor out
        negs = [m.first for m in sa.matches if m.kind == "cue" and m.value == "negation" and m.first > t.last]
        acts = [a for a in acts if not any(t.last < n < a.first for n in negs)]
        to = next((m for m in sa.matches if m.kind == "object" and t.last < m.first <= t.last + 2), None) \
            if tv.type == "message" and light_of(t) is None else None
        if to is not None and not any(0 < _addressed_start(a, sa, lex) - to.last <= 3 for a in acts):
            continue          # "two letters to Congress by Comey": to no person
        if tv.type == "message" and tv.role == "neutral" and light_of(t) is None and \
                not any(_is_object(a, sa, lex) or (a.prefix and a.prefix[-1:] in lex.from_prefixes) for a in acts) and \
                not any(m.kind == "from" and m.first > t.last for m in sa.matches):
            continue          # "Comey's letter stunned Clinton": a letter is between its sender and whom it is to
            #                   (or from: "השיב לאיגרת מאובמה", "שלח לחמינאי מכתב")
        # (or after "to" and a verb: "called to congratulate Trump")
        reach = 4 if t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.purpose_words else 2
        if t.phrase in lex.needs_object and not any(
                a.first > t.last and 0 < _title_start(a, sa) - t.last <= reach for a in acts):
            continue          # "A and B called emergency meetings": "called" phones the person right after it
        # "قمة بين X وY تطرق إليها الرئيسان خلال اتصال هاتفي": pair words as the doer of a clause
        # with the word after "during", nobody else its party: the two persons named before them
        acts, paired = _clause_parties(t, acts, trig, sa, lex)
        # "والتقى الأمير السعودي بكل من A وB وC": everyone named is an object of a verb whose doer the
        # sentence does not name as a person; the objects did not meet each other
        # (or a group named right after the verb is its doer: "التقى الوفد الأمريكي الرئيس A ووزير الخارجية B")
        if len(acts) >= 2 and all(a.first > t.last for a in acts) and (
                _is_object(acts[0], sa, lex) or (t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.group_doers)) \
                and any(m.kind == "past_verb" and m.first == t.first for m in sa.matches) and all(
                _list_next(a, b, sa, lex) for a, b in zip(acts, acts[1:])):
            continue
        c = Candidate(tv.type, t, acts, count=max(_count(x, sa) for x in g), weak=tv.weak,
                      blocked=blocked[id(t if brought is not None else g[0])], pending=pending,
                      needs_past_date=between == "plain")
        # "محادثات تمهيدية استعدادا لقمة بين A وB": the parties all follow a later word of the group
        # that is yet to come; theirs is that one
        later = next((x for x in trig if x.first > t.last and blocked[id(x)] and acts and sa.same_clause(t.last, x.first)
                      and all(a.first > x.last for a in acts)), None)
        if c.blocked is None and later is not None and brought is None:
            c.blocked = blocked[id(later)]
        if tv.role == "guest":
            c = _reception(c, t, actors, sa, lex)
            # ("كان في استقبال X كل من A وB": "each of" opens a line of those who greeted him)
            line = any(sa.tokens[k].folded in lex.line_words for k in range(t.last + 1, min(len(sa.tokens), t.last + 12)))
            # (a title and the name its words run into are one host: "وزير الخارجية بدولة قطر الدكتور X")
            titled = _title_words(sa)
            hosts = c.actors[1:]
            hosts = [a for i, a in enumerate(hosts) if not (
                a.kind == "role" and i + 1 < len(hosts) and hosts[i + 1].first - a.last <= TITLE_RUN_HOST
                and sa.tokens_prefix(hosts[i + 1].first)[:1] not in lex.conjunctions
                and not any(a.last <= k < hosts[i + 1].first for k in sa.commas)
                and all(sa.tokens_prefix(k)[:1] not in lex.conjunctions for k in range(a.last + 1, hosts[i + 1].first)))]
            if len(hosts) < WELCOME_LINE and not line:
                out.append(c)
            continue      # "وكان في استقباله X وY وZ ...": a line of officials who greeted him on arrival, no talks
        before = [a for a in acts if a.last < t.first]
        after = [a for a in acts if a.first > t.last]
        light = next((lt for x in (t, *g) if (lt := light_of(x)) is not None), None)
        if light is not None:
            c.blocked = c.blocked or _blocked(g[0], sa, lex, light.first)
            inside = [a for a in acts if light.last < a.first < t.first]
            before_light = [a for a in acts if a.last < light.first]
            c.subject = inside[0] if inside else (before_light[-1] if before_light else None)
            c.present = light.phrase in lex.light_present     # "حيث يجري مباحثات": yet to come, outside a lead
            if light.value == "subject":
                c.initiator = c.subject
            else:
                c.initiator_rule = "from"
        elif gi in resumed:
            c.subject = resumed[gi]
            if tv.role in ("subject", "passive"):
                c.initiator = c.subject
        elif (front := front or _fronted(t, acts, sa, lex)) is not None:
            # "وفي رسالتيه إلى A وB، أكد X": the main clause's subject did it, to each of those after "to"
            c.subject = front
            if not any(a is front for a in c.actors):
                c.actors = [front] + [a for a in c.actors if a.first > t.last]     # (its subject may stand far on)
            if tv.role in ("subject", "passive", "neutral") and tv.type == "message":
                c.initiator = front
        elif (doer := _genitive_doer(t, after, sa, lex) or _possessor(t, acts, sa, lex)
              or _relative_doer(t, acts, sa, lex)) is not None:
            # "أهمية زيارة ولي العهد لمصر", "Trump's visit", "ביקורו של X": a visit noun's doer is its possessor
            c.subject = c.initiator = doer
            # ("وصف الرئيس X زيارة نظيره": the visit of his counterpart was to him)
            if doer.kind != "counterpart" and not any(
                    word_in(k, lex.during, sa, lex) for k in range(max(0, t.first - 2), t.first)):
                # ("وصف X زيارة Y بأنها ناجحة", "X described Y's visit as a success": whoever speaks
                # of the visit took no part in it; one "during" it was there)
                # (the head of the state it went to hosted it: "وأكد الرئيس المصري أهمية زيارة Y لمصر")
                to = {m.value for m in sa.matches if m.kind == "country" and t.last < m.first <= doer.last + 3}
                c.actors = [a for a in c.actors if a.last < t.first and _heads(a, to, lex)] + [doer] + [
                    a for a in c.actors if a.first > t.last and a is not doer]
        else:
            # SVO, or VSO when the verb opens the clause with two actors after it
            # ("حيث التقى الملكة A ورئيسة الوزراء B": two persons joined by "and" after the verb are
            # both its objects; the subject stands before)
            # ("X spoke with Y and Z by phone": with the word after all its parties, the subject is
            # the one before "with")
            with_at = next((m.first for m in sa.matches if m.kind == "object" and not after and before
                            and before[0].last < m.first < before[-1].first
                            and sa.same_clause(m.first, t.first)), None)
            if with_at is not None:
                c.subject = [a for a in before if a.last < with_at][-1]
            elif tv.role == "subject" and not lex.subject_after_verb and len(before) == 2 and not after \
                    and not _list_next(before[0], before[1], sa, lex):
                c.subject = before[0]     # "Putin congratulated Xi in a telegram": the verb's object stands last
            elif before and (not lex.subject_after_verb or len(after) < 2 or t.first - before[-1].last <= 2
                             or _coordinated(after[0], after[1], sa, lex)):
                c.subject = before[-1]
            elif after:
                c.subject = after[0]
            if tv.role in ("subject", "passive"):
                c.initiator = c.subject
            elif tv.role == "host":
                c.initiator_rule = "other"
            elif tv.role == "receive":
                c.initiator_rule = "from"
        # (the persons before a "that" opening what was said are outside it: "قلت للرئيس X إنه خلال
        # لقائنا Y ...", I told X that during our meeting with Y)
        that = _that_before(t.first, sa, lex)
        inner = [a for a in c.actors if that is None or a.first > that]
        if len({who(a) for a in inner}) <= 1 and _first_person(t, light, sa, lex) \
                and (sp := _speaker(t, sa, lex)) is not None:
            # (not a pair of others the speaker talks about: "I think the meeting of A and B ...")
            # "'I met Y,' X said", "X: 'נפגשתי עם Y'", "قال X: التقيت Y": the speaker's own contact
            c.actors = [sp] + [a for a in inner if who(a) != who(sp)]
            c.subject = sp
            if (light is not None and light.value == "subject") or (light is None and tv.role in ("subject", "passive")):
                c.initiator = sp
        elif that is not None and len({who(a) for a in inner}) >= 2 and not t.suffix and not any(
                sa.tokens[j].folded in lex.that_pronouns for j in range(that, min(that + 2, len(sa.tokens)))) and \
                not (t.first > 0 and sa.tokens[t.first - 1].folded in lex.possessive_words) and \
                len(inner) < len(c.actors) and any(r.last < that for r in _reporting(sa, lex)):
            # "أوضح X أن المسألة طرحت خلال محادثات Y مع Z": two persons in what was said are its
            # parties; the one who said it is not (unless the word is his, "his talks with ...", or
            # he is its subject: "قال X إنه بحث مع Y ومع Z")
            c.actors = inner
            if c.subject is not None and not any(a is c.subject for a in inner):
                c.subject = None
            if c.initiator is not None and not any(a is c.initiator for a in inner):
                c.initiator = None
        if t.first > 0 and sa.tokens[t.first - 1].folded in lex.light_present:
            c.present = True          # "حيث يجري مباحثات مع": talks yet to be held, outside a lead
        # (a verb of holding, not "يجري": "يجري التحضير ... بعدما التقى" is no holding of the meeting)
        if any(word_in(k, lex.holding_verbs, sa, lex) and sa.same_clause(k, t.first)
               and not (k > 0 and sa.tokens[k - 1].folded in lex.past_auxiliaries)
               and not any(k < m.first < t.first for m in trig)
               for k in range(max(0, t.first - 20), t.first)):
            c.present = True          # "يعقد X وY ... أول لقاء بينهما": held now or later, told in the present
        # (not for his contact told as the time after which he did something: "ألغى X المناورات
        # ... بعد لقائه مع Y": what X cancelled is no cue of the meeting)
        at = t.first - 1 - (t.first > 1 and sa.tokens[t.first - 1].folded in lex.possessive_words)   # ("after his meeting")
        since = at >= 0 and sa.tokens[at].folded in lex.after_words and possessed(t, sa, lex)
        if c.subject is not None and c.subject.last < t.first and not c.blocked and not opened and not since:
            # (from where the subject's title begins: "المقرر أن يعقد الرئيس الكوري مون ... قمة")
            c.blocked = _blocked(g[0], sa, lex, _title_start(c.subject, sa))
        if courier is not None:
            # (the courier is no party: the writer "from" whom the letter came sent it)
            c.subject, c.initiator, c.initiator_rule, c.carried = None, None, "from", True
        if c.initiator_rule == "from":
            marked = [a for a in acts if _from_prefixed(a, sa, lex) and a is not c.subject]
            for f in froms:
                nxt = [a for a in acts if a.first > f.last and a is not c.subject]
                if nxt and _title_start(nxt[0], sa) - f.last <= 4:
                    # "اتصالين من الملك A ... والملك B": each sender of the list called
                    marked += [a for a in nxt if a not in marked]
            c.initiators = marked
            c.initiator = marked[0] if marked else None
            c.initiator_rule = None if marked else "other"
        if tv.type == "message" and c.initiator is None and c.initiator_rule is None and len(acts) == 2:
            # "قال X في رسالة إلى Y", "X said in a letter to Y": the one it is addressed to did not send it
            to = [a for a in acts if a.first > t.last and (_is_object(a, sa, lex) or any(
                m.kind == "conveyed_to" and 0 < _addressed_start(a, sa, lex) - m.last <= 3 for m in sa.matches))]
            if len(to) == 1:
                c.initiator = next(a for a in acts if a is not to[0])
        if brought is not None and c.blocked == "future":
            c.blocked = None      # "سيعود ... بعد القمة التي جمعته بـX": the relative's past verb tells it took place
        if paired:
            # (the pair is the doer of the clause the word stands in; the cues before the pair's
            # names belong to the clause that named them)
            c.subject = c.initiator = None
            c.blocked = _blocked(t, sa, lex)
        c.told_past = _first_in_the_past(t, sa, lex)
        out.append(c)
        if courier is not None and _handed_over(t, sa, lex):
            # "سلم المبعوث X الرئيس Y رسالة من Z": who gave the letter in person met the one he gave it to
            to = [a for a in acts if a.first > courier.last and not _from_marked(a, acts, froms, sa, lex)]
            if len(to) == 1:
                out.append(Candidate("meeting", t, [courier, to[0]], subject=courier, initiator=courier,
                                     blocked=c.blocked, told_past=c.told_past))
    return out


def _handed_over(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the letter word given in person: a verb of handing over, in its clause, before it?"""
    return any(word_in(k, lex.hand_over, sa, lex) and sa.same_clause(k, t.first)
               for k in range(max(0, t.first - COURIER_REACH), t.first))
