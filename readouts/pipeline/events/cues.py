"""Events, cues: whether a contact word tells a contact that took place (`_blocked`): future,
negation, requests, habits, questions of place and time around the word.
"""
from __future__ import annotations

from readouts.pipeline.actors import POSSESSIVE, SentenceAnalysis
from readouts.knowledge.lexicon import Lexicon, rarity
from readouts.knowledge.matcher import Match, phrase_key
from readouts.pipeline.events.base import (TITLE_KINDS, word_in, _with_word, _after_that, _group_noun, _in_title, _matched, _may, _that_at,
                                           _title_start, _title_words, _visitor_of)

BEGIN_REACH = 5       # "تبدأ اليوم في موسكو المباحثات": words from a verb of beginning to the contact noun, at most
INTENT_REACH = 16     # "يعتزم الرئيس ... إجراء محادثات": from a verb of intending to the contact word it frames, at most
FRAME_REACH = 12      # "من المقرر أن ...": a future cue with "that" after it frames this many words
# "نفى البيت الأبيض أن": words from a framing cue to its "that", at most (b271021 wrote it as a
# second FRAME_SUBJECT = 4, which the one below shadowed: 3 is what ran and was measured since)
FRAME_THAT_REACH = 3
FUTURE_VERB_REACH = 24  # "خلال المحادثات بين X وY وكذلك مع مسؤولين آخرين، ستكون": the future verb after "during" the word, at most
FUTURE_SUBJECT_WORDS = 2  # "أن الأولوية خلال المحادثات ... ستكون": words of the subject before "during", at most
FRAME_SUBJECT = 3     # "... ومن المقرر أن يتناول اللقاء": the contact named again this near after the framing "that"
BLOCK_BEFORE = 4      # tokens before a trigger searched for cues
BLOCK_AFTER = 3       # tokens after a trigger searched for post-cues ("the planned meeting")
AFTER_PARTY_REACH = 8  # ... and farther, when only its other party stands between ("the summit with X will")
# cues that say what was asked or refused, not whether the contact took place
SETTING_CUES = frozenset({"request", "negation", "knowledge", "continuing"})
# ... and those of them that may bear on the telling of a contact, not on the contact ("refused to reveal")
TELLING_CUES = frozenset({"negation", "knowledge"})


AFTER_CATEGORIES = {"habitual", "public"}    # "يتصل X بانتظام", "رسالة مفتوحة": also read after the trigger
# what a cue said of a contact word after its parties makes of it: "the summit with X will be held"
# is to come, "the meeting between X and Y was called off" never took place
AFTER_PARTIES = {"after_far": "future", "called_off": "negation"}
MESSAGE_ONLY = {"public"}          # "غرد ووجه رسالة إلى X", "an open letter": no message sent, but a meeting stays one
UNSCHEDULED_REACH = 15  # "no date has been set" this far after a contact word, in any clause, leaves it unheld


LAM_DONE_REACH = 6     # "سارع نتنياهو للاتصال": words from a verb of hastening to the lam of its contact word
THING_PARTY_REACH = 4   # "received a US Congress delegation": words from after the article to a party noun, at most


def _lam_of(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"صورا رائعة للاجتماع": after a noun of record (photos, footage, minutes), with an adjective
    at most between, the lam of the contact word says "of", not "in order to". And "سارع X للاتصال
    بـY" (hastened to call Y): after a verb of hastening the lam tells what was done."""
    if lex.lam_done_verbs and any(sa.tokens[k].folded in lex.lam_done_verbs
                                  for k in range(max(0, t.first - LAM_DONE_REACH), t.first)):
        return True
    return bool(lex.lam_of_nouns) and any(
        sa.tokens[k].folded in lex.lam_of_nouns for k in range(max(0, t.first - 2), t.first)
        if k == t.first - 1 or sa.tokens[k + 1].folded.endswith(LAM_ADJ_END))


LAM_ADJ_END = ("ة", "ا", "ه")     # (an indefinite adjective agreeing with a plural or feminine noun)


def _same_word(u: Match, t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word u the word t named again with the article ("لقاء" ... "اللقاء", "meeting"
    ... "the meeting")?"""
    if u is t or u.first <= t.last:
        return False
    word = sa.tokens[u.first].folded
    return any(word == art + sa.tokens[t.first].folded for art in lex.definite) or (
        u.first > 0 and sa.tokens[u.first - 1].folded in lex.determiners
        and word == sa.tokens[t.first].folded)


def _letter_of(t: Match, sa: SentenceAnalysis) -> bool:
    """"استجابة لرسالة الرئيس X" (in answer to President X's letter): a letter is no act to do, so
    its lam says "to" when its writer follows it; the letter was sent."""
    return t.value.type == "message" and not t.suffix and any(
        a.first > t.last and _title_start(a, sa) == t.last + 1 for a in sa.actors)


NAMING_WORD = 4.5    # a word after "called X" rarer than this (Zipf), no word of the date, says what X was called


def _naming_word(tok, lex: Lexicon) -> bool:
    """"Obama called Trump "uniquely unqualified"": a word after the one called that no phone call is
    followed by (no preposition, conjunction or word of the date: those are common), what he called him."""
    w = tok.folded
    if w in lex.day_words or w in lex.month_words or not w.isalpha():
        return False
    return rarity(lex.lang)(tok.surface) < NAMING_WORD


def _opens_clause(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does token k open its sentence or clause (after a comma or a clause end), a word of "also"
    ("كما") alone before it?"""
    start = max((b + 1 for b in (*sa.clause_ends, *sa.commas) if b < k), default=0)
    return all(sa.tokens[j].folded in lex.also_words for j in range(start, k))


PAST_FORM_MIN = 4     # letters a word must have beyond a bare ending to be read as a verb in the past ("underscored")


def _past_form_before(k: int, t: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a verb of the past tense by its ending (the pack's past_suffix, "-ed": "underscored"), no
    word of a cue or contact, stand before token k in the clause of token t?"""
    if not lex.past_suffix:
        return False
    cued = {j for m in sa.matches if m.kind in ("cue", "trigger", "role", "name", "short", "country", "place")
            for j in range(m.first, m.last + 1)}
    return any(sa.tokens[j].folded.endswith(lex.past_suffix) and len(sa.tokens[j].folded) > PAST_FORM_MIN
               and j not in cued and sa.same_clause(j, t) and not sa.tokens[j].surface[:1].isupper()
               for j in range(k))


def _setting_after_that(m: Match, t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word the setting of a past verb's "that" clause the cue m stands in: the verb in
    the past, then "that", then the cue, then a comma and "at/in/during (a/the)" the word ("agreed with
    Y that they would ..., at a meeting in Tokyo")?"""
    k = t.first - 1
    if k >= 0 and sa.tokens[k].folded in lex.determiners:
        k -= 1
    if k < 0 or not (sa.tokens[k].folded in lex.during or sa.tokens[k].folded in lex.fronted_words) \
            or not any(m.last < c < k for c in sa.commas):
        return False
    that = next((j for j in range(m.first - 1, -1, -1) if sa.tokens[j].folded in lex.complementizers), None)
    return that is not None and not any(that < c < m.first for c in sa.commas) and any(
        x.kind in ("past_verb", "reporting", "reporting_that", "pairverb") and x.last < that for x in sa.matches)


def _blocked(t: Match, sa: SentenceAnalysis, lex: Lexicon, anchor: int | None = None) -> str | None:
    """Why a trigger is no event, or None. Cues are read from a few tokens before the
    trigger, or before `anchor` (its light verb or subject standing in front of it)."""
    start = min(t.first, anchor if anchor is not None else t.first)
    if t.value.role == "future" or (t.prefix and t.prefix in lex.future_prefixes and not _lam_of(t, sa, lex)
                                    and not _letter_of(t, sa) and not _seized(t, sa, lex)):
        return "future"       # Arabic سيلتقي, and the purpose lam: "تحضيرا للقاء"
    k = t.first - 1
    while k > 0 and t.first - k <= 3 and sa.tokens[k].folded in lex.attend_fillers:
        k -= 1            # ("للمشاركة في فعاليات القمة": to take part in it)
    if lex.attend_purpose and k >= 0 and sa.tokens[k].folded in lex.attend_purpose:
        return "future"       # "دعوة لنظيريه لحضور اجتماع يعقد في القاهرة": to attend it, yet to come
    if _attended(t, sa, lex):
        return "attended"     # "يشارك X في قمة اقتصادية تستضيف Y": a gathering he attends, no contact with Y
    if (t.value.present or sa.tokens[t.first].folded in lex.present_forms) and t.first > 0 and (
            sa.tokens[t.first - 1].folded in lex.when_words or any(
            a.last == t.first - 1 and _title_start(a, sa) > 0 and sa.tokens[_title_start(a, sa) - 1].folded in lex.when_words
            for a in sa.actors)):
        return "future"       # "عندما يلتقي X مع Y", "when X meets Y": the present after "when" is to come
        #                       (its subject between: "when Prime Minister X welcomes Y")
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
    if _frames_future(t, sa, lex):
        return "future"       # "בביקורו בניו יורק צפוי X להיפגש עם Y": the visit frames a meeting to come
    after = _after_parties(t, sa, lex)      # the first token after the word and its parties
    # (a place is no verb either: "سنغافورة", "ستوكهولم", "سيدني" have the future's shape)
    placed = _place_tokens(sa) if lex.future_token is not None else set()
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
        if any(_future_shape(sa.tokens[k].folded, lex) or
               (lex.future_written is not None and lex.future_written.match(sa.tokens[k].surface))
               for k in near if k not in named and k not in placed):
            return "future"
        if any(_may(k, sa, lex) for k in near if k not in named):
            return "future"       # "قد يجريان محادثات": they may hold talks
        # "وسيخصص X يومه الأول للقاء مع Y": a clause opened by a verb in the future tells all it holds
        # as yet to come (not a verb in the past on the way, nor a relative or "after that" clause)
        opening = max((b + 1 for b in sa.clause_ends if b < t.first), default=0)
        # (or a reported clause opened by one right after "that": "وقال X إنه سيؤدي اليمين ... خلال
        # أول زيارة")
        that_open = max((k + 1 for k in range(opening, t.first - 1) if sa.tokens[k].folded in lex.complementizers
                         and k + 1 < len(sa.tokens) and _future_verb(sa.tokens[k + 1], lex)), default=None)
        if that_open is not None:
            opening = that_open
        if opening < t.first and opening not in named and _future_verb(sa.tokens[opening], lex) and not any(
                m.kind == "past_verb" and opening < m.first <= t.last for m in sa.matches) and not any(
                sa.tokens[k].folded in lex.relatives or sa.tokens[k].folded in lex.after_words or
                sa.tokens[k].folded in lex.told_of or _after_that(k, sa, lex) for k in range(opening + 1, t.first)):
            return "future"
        # "يجمع متابعون على أن اللقاء سيحمل ثقلا": the word as the subject of a "that", its verb right
        # after it in the future
        if t.first > 0 and _that_at(t.first - 1, sa, lex) and t.last + 1 < len(sa.tokens) \
                and _future_verb(sa.tokens[t.last + 1], lex):
            return "future"
        # "القمة مع الزعيم الكوري كيم جونغ أون ستعقد": the word and its party, then a verb in the future
        k = after
        # (not after a comma: "في مستهل لقاء مع X بالبيت الأبيض، "سيواجهون ..."": what he said there)
        if t.last + 1 < k < len(sa.tokens) and sa.same_clause(t.last, k) and _future_verb(sa.tokens[k], lex) \
                and k - 1 not in sa.commas \
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
    if any(m.kind == "cue" and m.value == "habitual" and m.first == after and not _count_of_others(m, sa, lex)
           for m in sa.matches):
        return "habitual"
    # "اتصالاته مع X وغيره من الزعماء", "his calls with X and other leaders": contacts in general
    if (t.value.weak or t.phrase in lex.plural_triggers) and any(
            m.kind == "cue" and m.value == "others" and m.first <= after <= m.last for m in sa.matches):
        return "habitual"
    # "the meeting of X with Y would put ...": the word and its parties, then a modal
    if t.last + 1 < after < len(sa.tokens) and sa.same_clause(t.last, after) \
            and sa.tokens[after].folded in lex.party_then_future:
        return "future"
    if lex.announcing and _announced_holding(t, sa, lex):
        return "future"       # "أعلن الكرملين عن عقد قمة بين X وY": the holding announced is to come
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.any_words:
        return "any"          # "خلال أي اجتماع مع X", "in any meeting with X": none in particular
    if possessed_by_another(t, sa, lex):
        return "possessor"    # "its summit with Russia": a state's contact, none of the persons named
    if t.phrase in lex.naming_verbs:
        # "called Obama a very good man": naming someone, not phoning him
        obj = next((a for a in sa.actors if a.first > t.last), None)
        if obj is not None and obj.first - t.last <= 3 and obj.last + 1 < len(sa.tokens) and (
                sa.tokens[obj.last + 1].folded in lex.naming_after or _naming_word(sa.tokens[obj.last + 1], lex)):
            return "naming"
    if _between_states(t, sa, lex):
        return "states"
    if _visit_to_place(t, sa, lex):
        return "place"
    # "دي ميستورا يلتقي الأسد اليوم": a present-tense contact of "today" is announced, not told
    today = (t.value.present or bool(lex.begin_present)) and any(
        m.kind == "today" and sa.same_clause(m.first, t.first) for m in sa.matches)
    if t.value.present and today:
        return "future"
    # ... and so is a contact noun a verb of beginning or holding in the present governs ("تبدأ اليوم
    # المباحثات بين X وY", "اللقاء الذي يجمع اليوم X وY")
    if lex.begin_present and today:
        rel = next((k for k in (t.last + 1, t.last + 2) if k < len(sa.tokens) and sa.tokens[k].folded in lex.relatives), None)
        at = [*range(max(0, t.first - BEGIN_REACH), t.first)] + ([rel + 1] if rel is not None else [])
        if any(k < len(sa.tokens) and sa.tokens[k].folded in lex.begin_present for k in at):
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
        # (a party noun a few words on, after the words of its state and body: "received a US Congress
        # delegation headed by X", no thing)
        if nxt and (nxt[0] in lex.thing_words or (nxt[0] in lex.thing_articles and nxt[1:2] and t.phrase in lex.thing_verbs
                                                 and not any(tok.folded in lex.party_nouns for tok in
                                                             sa.tokens[t.last + 2:t.last + 2 + THING_PARTY_REACH]))):
            return "thing"
        # (or right after a one-word subject no title stands on: "استقبل صلاح تمريرة روبرتسون", a pass)
        if nxt[1:2] and nxt[1] in lex.thing_words and not any(
                m.first == t.last + 1 and m.kind in TITLE_KINDS for m in sa.matches):
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
            _future_shape(sa.tokens[k].folded, lex) for k in range(max(0, t.first - 12), t.first)
            if sa.same_clause(k, t.first) and k not in placed):
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
    # "الأولوية خلال المحادثات بين X وY ... ستكون": a contact after "during" inside what a verb in the
    # future says something of (its subject), that verb after the word and its parties, nothing
    # held between
    # (not after a verb of its own clause: "شدد X خلال المحادثات مع Y على أن بلاده ستكثف")
    opening = max([k for k in range(t.first) if _that_at(k, sa, lex)] + [-1])
    verbs = ("trigger", "past_verb", "reporting", "light")
    # (the subject a noun or two long, right after its "that": "أن الأولوية خلال المحادثات"; not a
    # longer phrase, "أن خطة ... اتفقت عليها X وY أثناء محادثات ... ستحمي", whose own verb tells them held)
    if during is not None and lex.future_verb_token is not None and t.value.type == "meeting" \
            and 0 <= opening and during - opening <= FUTURE_SUBJECT_WORDS + 1 and not any(
            m.kind in verbs and opening < m.first < during and sa.same_clause(m.first, t.first) for m in sa.matches):
        named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
        for k in range(_after_parties(t, sa, lex), min(len(sa.tokens), t.last + 1 + FUTURE_VERB_REACH)):
            if not sa.same_clause(t.last, k) or _that_at(k, sa, lex) or any(
                    m.first == k and m.kind in verbs for m in sa.matches):
                break
            if k not in named and lex.future_verb_token.match(sa.tokens[k].folded):
                return "future"
    for m in sa.matches:
        if m.kind == "cue" and m.prefix and any(m.prefix.endswith(a) for a in lex.definite):
            continue          # "العرض طرح خلال اجتماع": a verb of the pack with the article is a noun ("the offer")
        if m.kind == "cue" and m.prefix and m.first == m.last and \
                rarity(lex.lang)(sa.tokens[m.first].surface) >= rarity(lex.lang)(sa.tokens[m.first].surface[len(m.prefix):]):
            continue          # "أعمال فنية" (artistic): a word of its own, commoner than the cue its letters hold after
            #                   a clitic ("ف" + "نية", intent)
        if m.kind == "cue" and (m.value == "still" or (m.value == "negation" and any(
                x.kind == "cue" and x.value == "still" and x.first == m.first for x in sa.matches))):
            continue          # "لا يزالون يتحدثون عن الاتصال": "still" talking of it, its "not" no negation
        if m.kind == "cue" and m.value in MESSAGE_ONLY and t.value.type != "message":
            continue
        if m.kind == "cue" and any(a.first <= m.first and m.last <= a.last for a in sa.actors
                                   if a.kind in ("name", "short", "unknown")):
            continue          # "وقال لو مير": a word of a person's name ("لو", if) is no cue
        if m.kind == "cue" and any(x.kind == "transparent" and x.first <= m.first and m.last <= x.last and x.last > x.first
                                   for x in sa.matches):
            continue          # "X, may God protect him, sent ...": a blessing's "may" wishes nothing to come
        if m.kind == "cue" and start - BLOCK_BEFORE <= m.last < t.first and sa.same_clause(m.last, t.first):
            if lex.cue_breakers and any(sa.tokens[k].folded in lex.cue_breakers and not (      # (not "as well as")
                    k + 1 < len(sa.tokens) and sa.tokens[k + 1].folded in lex.cue_breakers_not) and not (
                    k > 0 and sa.tokens[k - 1].folded in lex.cue_breakers_not) for k in range(m.last + 1, t.first)):
                continue      # "... push ties to 'a dangerous place' as meeting concludes": another clause's cue
            if not t.value.present and t.value.role != "future" and t.first >= 1 and any(
                    sa.tokens[k].folded in lex.relatives for k in range(max(m.last + 1, t.first - 2), t.first)):
                continue      # "لا يبدو أن X الذي زار إيران والتقى Y قد نجح": a relative clause in the past
                #               tells what was done, whatever frames the one it belongs to
            if lex.setting_refs and t.first >= 2 and sa.tokens[t.first - 2].folded in lex.setting_refs \
                    and m.last < t.first - 2:
                continue      # "اتفق X وY على ضرورة ...، وذلك في اتصال هاتفي": the call is where what was told
                #               before it happened; a cue there frames what they agreed, not the call
            if m.value == "future" and _setting_after_that(m, t, sa, lex):
                continue      # "X agreed with Y that their countries would ..., at a meeting on Tuesday": the
                #               meeting is where they agreed it; the cue frames what they agreed, not the meeting
            if m.value in ("negation", "continuing") and m.last < t.first - 1 and t.first - 1 in sa.commas:
                continue      # "حرصا على عدم ارتفاع الأسعار، التقى X Y": the fronted phrase's "not" ends at its
                #               comma; the verb right after it opens the main clause ("X, continuing the talks
                #               in Tehran, met with Y": so does a phrase set off by commas)
            if m.value == "future" and m.phrase in lex.opening_past and _opens_clause(m.first, sa, lex):
                continue      # "وتقبل السلطان أوراق اعتماد X", "كما تقبل جلالته ...": a verb in the past
            if m.value == "future" and m.first <= 1 and m.phrase in lex.prior_phrases \
                    and any(m.last < k < t.first for k in sa.commas):
                continue      # "Before lunch, I spoke with Y", "Ahead of the summit, X met Y": an opening phrase
                #               of time, closed by its comma, dates the contact of the main clause before something
            if m.value == "negation" and m.last + 1 < t.first and (word_in(m.last + 1, lex.duration_verbs, sa, lex)
                                                                  or word_in(m.last + 1, lex.outcome_verbs, sa, lex)):
                continue      # "لم يستغرق اجتماع X مع Y أكثر من 15 دقيقة": it was held, not for long; "لم تسفر
                #               المحادثات عن اتفاق", "لم تنجح قمة ... في": held, with no outcome
            if m.value == "coinciding":
                continue      # "تزامنت مع عقد X مباحثات مع Y": the contact took place; those before the cue
                #               are no parties of it (candidates drops them)
            if m.value == "future" and any(x.kind == "trigger" and x.value.role != "future" and x.first < m.first
                                           and m.last <= x.last for x in sa.matches):
                continue      # "speaks to Y by phone": the "to" of a contact phrase before the word is no infinitive
            if m.value == "future" and m.first == m.last and m.last + 1 < t.first \
                    and sa.tokens[m.first].folded in lex.purpose_words and any(
                    x.kind in ("country", "place") and x.first == m.last + 1 for x in sa.matches) \
                    and not any(x.kind == "cue" and x.value == "request" and x.last < m.first for x in sa.matches):
                continue      # "US ambassador to India X presented ...": a one-word cue before a state or a
                #               place is a preposition, no infinitive
            if m.value == "future" and m.first == m.last and m.last + 1 < t.first \
                    and sa.tokens[m.first].folded in lex.purpose_words and sa.tokens[m.last + 1].surface[:1].isdigit():
                continue      # "arrived a few minutes to 1pm and was received by Y": "to" before a number or
                #               an hour is a preposition, no infinitive
            if m.value == "future" and m.first == m.last and m.last + 1 < t.first \
                    and sa.tokens[m.last + 1].folded in lex.determiners:
                continue      # "responded to the criticism of his call": a one-word cue before an article is a
                #               preposition ("to the"), no infinitive
            if m.value == "future" and m.first == m.last and m.last + 1 < t.first \
                    and sa.tokens[m.first].folded in lex.purpose_words and (
                        sa.tokens[m.last + 1].folded in lex.possessive_words or any(
                            x.kind in ("role", "role_fixed", "name_title", "name", "short") and x.first == m.last + 1
                            for x in sa.matches)) \
                    and not any(x.kind == "cue" and x.value == "request" and x.last < m.first for x in sa.matches):
                continue      # "conveyed his felicitations to President Y in a telephone call": a one-word cue
                #               before a person, his title or "his" is a preposition, no infinitive
            if m.value in SETTING_CUES and during is not None and m.last < during:
                continue      # "ودعا X خلال لقائه Y إلى ...": asked during a meeting that took place
            if m.value == "future" and during is not None and m.last < during and (any(
                    (v.kind == "past_verb" or (v.kind == "trigger" and not v.value.present and v.value.role != "future"
                                               and v.prefix not in lex.future_prefixes)) and v.last < m.first
                    and sa.same_clause(v.last, t.first)
                    for v in sa.matches) or _past_form_before(m.first, t.first, sa, lex)):
                continue      # "ناقش X وY إمكانية عودة السفراء خلال لقاء بينهما": a past verb discussed a
                #               prospect during a meeting that took place
            if m.value == "future" and during is not None and m.last < during and during - 1 in sa.commas and any(
                    v.kind in ("reporting", "reporting_that") and v.last < m.first for v in sa.matches):
                continue      # "X said Estonia would help, during a phone call with Y": what was said is to
                #               come; the call, set off by its comma, is when he said it
            if any(sa.tokens[k].folded in lex.told_of and not any(       # (its genitive, not beside it:
                    sa.tokens[j].folded in lex.or_words for j in range(k + 1, t.first))  # "تفاصيل أو مناقشات")
                    and not (sa.tokens_prefix(t.first)[:1] in lex.conjunctions and t.first == k + 1)
                    for k in range(m.last + 1, t.first)) and (
                    m.value in TELLING_CUES or (m.value == "future" and any(
                        x.kind == "cue" and x.value in TELLING_CUES and 0 <= m.first - x.last <= 2 for x in sa.matches))):
                continue      # "رفض X كشف تفاصيل اتصاله مع Y", "declined to give details of the call": what
                #               was refused is the telling, of a contact that was held (not "لترتيب تفاصيل
                #               الاجتماع", to arrange its details: a contact still to come)
            if m.value in ("continuing", "conditional", "request", "future") and _happened_after(t, sa, lex):
                continue      # "مواصلة للمباحثات التي جرت بين ...": going on from talks that were held;
                #               "سئل عما إذا كان اللقاء الذي جرى بينهما ناجحا", "asked whether the talks that
                #               took place": asked of one that was held, whatever is asked or planned of it
            if m.value in ("future", "request", "negation") and t.first > m.last + 1 and (
                    sa.tokens[t.first - 1].folded in lex.after_words or any(
                    _after_that(k, sa, lex) for k in range(m.last + 1, t.first - 1))):
                continue      # "غادر X القاهرة بعد زيارة", "قرار بعد أن قام X بإطلاع Y", "يطلب لقاء جديدا بعد
                #               القمة", "تعهدا بأنهما لن يتسامحا ...، إثر اتصال بينهما": what came "after" the
                #               contact tells it was held
            return AFTER_PARTIES.get(m.value, m.value)
        if m.kind == "cue" and m.value == "future" and t.last + 2 <= m.first <= t.last + 3 \
                and sa.tokens[t.last + 1].folded in lex.relatives:
            return "future"       # "الزيارة التي يعتزم X القيام بها", "the visit that X intends to make"
        if m.kind == "cue" and m.value == "future" and m.first == after and t.last < after and not (
                during is not None and any(v.kind in ("reporting", "past_verb") and v.last < during
                                           and sa.same_clause(v.last, t.first) for v in sa.matches)) \
                and sa.tokens[t.first].folded not in lex.discuss_words \
                and sa.same_clause(t.last, after) and not lex.capitalised_names and after - 1 not in sa.commas \
                and not (sa.tokens_prefix(after)[:1] in lex.conjunctions) \
                and (any(a.last == after - 1 for a in sa.actors) or any(
                    m.kind in (*TITLE_KINDS, "country") and m.last == after - 1 for m in sa.matches)):
            return "future"       # "الاجتماع مع زعيم كوريا الشمالية يجري الإعداد له": what is said of it next
            #                       (not what a verb of discussing took up: "ناقش X وY إمكانية عودة السفراء";
            #                       nor what a verb of saying before "during" it said: "أكد X خلال
            #                       مباحثاته مع Y ضرورة ...")
        # (its own subject may stand between it and "that": "ونفى البيت الأبيض أن يكون X قد أجرى اتصالا")
        if m.kind == "cue" and (m.value == "future" or (m.value == "negation" and m.phrase in lex.denials)) \
                and m.last < t.first and any(
                _that_at(k, sa, lex) and not any(m.last <= c < k for c in sa.commas) and not any(
                    v.kind in ("reporting", "trigger", "past_verb") and m.last < v.first < k for v in sa.matches)
                for k in range(m.last + 1, min(t.first, m.last + 1 + FRAME_THAT_REACH))) \
                and (t.first <= m.last + FRAME_REACH or not (any(
                    v.kind in ("past_verb", "reporting") or (v.kind == "trigger" and not v.value.present)
                    for v in sa.matches if m.last < v.first < t.first) or any(
                    # (nor past a relative clause of its own: "كما كان يفترض ... للضمانات التي قدمها X
                    # خلال لقائه Y", the guarantees X gave when he met Y)
                    sa.tokens[k].folded in lex.relatives and k + 1 < t.first and lex.imperfect_token is not None
                    and not lex.imperfect_token.match(sa.tokens[k + 1].folded)
                    and not any(v.kind == "cue" and v.first == k + 1 for v in sa.matches)
                    for k in range(m.last + 1, t.first)))) \
                and sa.same_clause(m.last, t.first) and not (
                    # (a verb in the past right after a comma opens a clause of its own: "وبعد أن نفت Y أن
                    # ... بساعات، اتصل بها X", the denial's "that" ended before it)
                    t.first - 1 in sa.commas and any(v.kind == "past_verb" and v.first == t.first for v in sa.matches)):
            return m.value        # "ومن المرتقب أن تشهد الدوحة اليوم اجتماعا ...": all it frames is yet to come;
            #                       "ونفى X أن يكون Y قد أجرى اتصالا": all a denial frames did not happen
            #                       (farther on, while no past verb or verb of saying stands between: "من
            #                       المقرر أن تحمله إلى باريس حيث يلتقي X، وإلى لندن التي يجري فيها مشاورات مع Y")
        if m.kind == "cue" and m.value == "future" and m.phrase in lex.intent_openers \
                and m.last < t.first <= m.last + INTENT_REACH and sa.same_clause(m.last, t.first) and not any(
                    v.kind in ("past_verb", "reporting", "trigger") and m.last < v.first < t.first for v in sa.matches):
            return "future"       # "يعتزم X وY إجراء محادثات مع Z": a verb of intending frames its clause
        if m.kind == "cue" and m.value == "future" and m.first > t.last \
                and m.last + 1 < len(sa.tokens) and sa.tokens[m.last + 1].folded in lex.complementizers \
                and any(u.first > m.last + 1 and u.first <= m.last + 1 + FRAME_SUBJECT and _same_word(u, t, sa, lex)
                        for u in sa.matches if u.kind == "trigger"):
            return "future"       # "لقاء X بY ...، ومن المقرر أن يتناول اللقاء ...": what it frames is the same
            #                       contact, named again with the article ("the meeting"), yet to come
        if m.kind == "cue" and m.value in AFTER_CATEGORIES and t.last < m.first <= t.last + 6 \
                and sa.same_clause(t.last, m.first) and not _count_of_others(m, sa, lex):
            return m.value
        if m.kind == "cue" and m.value == "unscheduled" and t.last < m.first <= t.last + UNSCHEDULED_REACH:
            return "future"       # "... دون تحديد موعدها", "..., but no date has been set"
        if m.kind == "after" and t.last < m.first <= t.last + BLOCK_AFTER and not _in_title(m, sa, lex) \
                and not (m.first - 1 > t.last and _group_noun(m.first - 1, sa, lex)[0]):
            return "future"       # (not an adjective of a group met: "التقى X بالوفد الحكومي")
        if m.kind == "cue" and m.value in AFTER_PARTIES and t.last < m.first and (m.first == after or (
                any(a.last == m.first - 1 for a in sa.actors) and sa.same_clause(t.last, m.first) and not any(
                    v.kind in ("trigger", "past_verb", "reporting") and t.last < v.first < m.first for v in sa.matches))):
            return AFTER_PARTIES[m.value]   # ("meetings with A, B and the Speaker of Parliament C are among plans
            #                       for ...": right after the parties, no verb between; "the meeting between A and B
            #                       was called off": not held)
        if m.kind == "cue" and m.value in AFTER_PARTIES and t.last < m.first <= t.last + AFTER_PARTY_REACH and all(
                _matched(j, sa) or any(a.first <= j <= a.last for a in sa.actors) or (
                    j - t.last <= 2 and lex.adjective_articles and sa.tokens[j].folded.startswith(lex.adjective_articles))
                for j in range(t.last + 1, m.first)):
            return AFTER_PARTIES[m.value]   # "הפסגה עם X תתקיים": only the other party between the word and the cue
            #                       (and an adjective or two of the word: "لقاءه التاريخي مع Y سيتم")
        # (not one with the article or a preposition glued to it: "הערב"/"בערב נפגש X", this or in the
        # evening, is no "ערב", the eve of)
        if m.kind == "prior" and not (m.prefix and m.prefix.lstrip("".join(lex.conjunctions))) and (
                m.last == t.first - 1 or (
                m.last == t.first - 2 and (sa.tokens[t.first - 1].folded in lex.holding_nouns
                                           or sa.tokens[t.first - 1].folded in lex.possessive_words))):
            return "future"       # "לפני הפגישה עם אובמה", "ahead of the meeting", "prior to his call with Y",
            #                       "قبل أسبوع من عقد القمة": yet to come
        if m.kind == "anaphor" and (m.last == t.first - 1 if m.value == "before" else m.first == t.last + 1) and not (
                m.value == "before" and (t.value.present or any(v.kind == "past_verb" and v.first == t.first
                                                                for v in sa.matches))):
            return "anaphoric"    # "this meeting", "هذا اللقاء", "הפגישה הזו": a contact told elsewhere
            #                       (not a verb: "وقبل ذلك التقى X Y", before that X met Y)
    return None


HAPPENED_RELATIVE = 3   # "اللقاء التاريخي الذي جرى": words from the contact word to the relative pronoun, at most


FRAME_FUTURE = 4      # "בביקורו בניו יורק צפוי": from a framing word to a cue of the future, at most


def _frames_future(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"בביקורו בניו יורק צפוי X להיפגש עם Y", "During his visit to New York, X is expected to meet
    Y": a contact word after "in"/"during" that frames the clause after it, whose first words (only
    a place between) tell what follows as yet to come. The contact told there is a plan, and the
    framing word none either."""
    framed = bool(t.prefix and lex.in_prefixes and t.prefix.endswith(lex.in_prefixes)) or (
        t.first > 0 and sa.tokens[t.first - 1].folded in lex.during)
    if not framed:
        return False
    places = _place_tokens(sa)
    for k in range(t.last + 1, min(len(sa.tokens), t.last + 1 + FRAME_FUTURE)):
        here = {m.kind for m in sa.matches if m.first <= k <= m.last}
        if any(m.kind == "cue" and m.value == "future" and m.first == k for m in sa.matches) \
                and not here & {"object", "conveyed_to"}:
            return True           # (not "to" after the word: "his visit to Cairo")
        if k not in places and not any(m.first <= k <= m.last and m.kind in ("place", "country", "object") for m in sa.matches):
            return False
    return False


def _count_of_others(m: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """After a contact word, is a habitual cue a count of something else ("condolences to X on
    numerous earthquake victims"), not of times ("several times")? A quantifier of the pack's
    habitual_counts counts the contacts only with a word of times right after it."""
    if not lex.habitual_counts or phrase_key(m.phrase) not in lex.habitual_counts:
        return False
    return not (m.last + 1 < len(sa.tokens) and sa.tokens[m.last + 1].folded in lex.times_words)


def _happened_after(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a relative clause telling it as held follow the contact word, an adjective or two
    between and nobody named ("المباحثات التي جرت", "اللقاء التاريخي الذي جرى", "the talks that
    took place")?"""
    named = {j for a in sa.actors for j in range(a.first, a.last + 1)}
    k = next((j for j in range(t.last + 1, min(len(sa.tokens), t.last + 1 + HAPPENED_RELATIVE))
              if sa.tokens[j].folded in lex.brought_relatives), None)
    if k is None or any(j in named for j in range(t.last + 1, k)):
        return False
    words = tuple(sa.tokens[j].folded for j in range(k + 1, min(len(sa.tokens), k + 4)))
    return any(words[:len(p)] == p for p in lex.brought.get("happened", ()))


def _after_parties(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """The first token after a contact word and the parties, titles, countries and "with",
    "between" that follow it ("القمة مع الزعيم الكوري كيم جونغ أون | ستعقد")."""
    filler = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    filler |= {k for m in sa.matches if m.kind in TITLE_KINDS or m.kind in ("country", "between", "object", "place", "loc",
                                                                         "two_leaders", "pair")
               for k in range(m.first, m.last + 1)}
    # ("قمة أخرى بين الزعيمين | قد تعقد": "another", "a new" right after the word)
    if t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.word_adjectives:
        filler.add(t.last + 1)
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


def _between_states(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"محادثات جرت بين واشنطن وبيونغ يانغ", "talks between Israel and Lebanon": a contact
    between states or capitals, not between persons named around it."""
    named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    for m in sa.matches:
        # the first "between" after the word, with nobody named in between ("محادثات مباشرة ... جرت بين")
        if m.kind == "between" and t.last < m.first <= t.last + 8 and sa.same_clause(t.last, m.first) \
                and not any(t.last < k < m.first for k in named):
            k = m.last + 1
            country = next((p for p in sa.matches if p.kind in ("place", "country") and p.first == k), None)
            # (not a state's adjective before a title: "between South Korean President X and U.S. President Y")
            # (nor a state's adjective before a title the pack only half knows, a person named after it:
            # "between Azerbaijani health minister X and Y")
            if k not in named and country is not None \
                    and not any(r.kind in ("role", "role_fixed") and r.first <= k <= r.last for r in sa.matches) \
                    and not any(r.kind in ("role", "role_fixed") and country.last < r.first <= country.last + 1
                                for r in sa.matches) \
                    and not any(r.kind == "official" and country.last < r.first <= country.last + 2
                                and any(a.first == r.last + 1 for a in sa.actors) for r in sa.matches) \
                    and not _states_of_doers(t, m, sa, lex):
                return True
    return False


def _states_of_doers(t: Match, between: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"ترأس X وY جولة مباحثات بين العراق وألمانيا": the states "between" names are those of two
    persons named before the word in its clause, who held the talks for them."""
    states = []
    k = between.last + 1
    while len(states) < 2:
        c = next((p for p in sa.matches if p.kind in ("place", "country") and p.first == k), None)
        if c is None:
            break
        states.append(c.value if c.kind == "country" else c.value[1] if isinstance(c.value, tuple) else None)
        k = c.last + 1
    if len(states) != 2 or None in states:
        return False
    doers = [a for a in sa.actors if a.last < t.first and sa.same_clause(a.last, t.first)]
    if not doers or any(u.kind == "trigger" and u is not t and doers[0].first < u.first < t.first for u in sa.matches):
        return False          # (its own doers: no other contact word between them and it)
    theirs = set()
    for a in doers:
        if a.office and not a.office.startswith("."):
            theirs.add(a.office.split(".", 1)[0])
        elif len(a.candidates) == 1 and a.candidates[0] in lex.gaz.persons:
            theirs.add(lex.gaz.persons[a.candidates[0]].country)
    return set(states) <= theirs


FUTURE_STEM = 3.0     # the verb under a future prefix is a word of the language ("ستعقد"), not a place ("سيئول")


def _place_tokens(sa: SentenceAnalysis) -> set[int]:
    """The tokens of the sentence's places and countries: words a shape of verbs may fit."""
    return {k for m in sa.matches if m.kind in ("place", "country") for k in range(m.first, m.last + 1)}


def _future_shape(w: str, lex: Lexicon) -> bool:
    """Has the folded word the pack's shape of a verb in the future ("سيلتقي"), and is it none of the
    common words of that shape ("سياسيا", politically; "سنوات", years)?"""
    return bool(lex.future_token.match(w)) and (w[1:] if w[:1] in lex.conjunctions else w) not in lex.future_lookalikes


def _future_verb(tok, lex: Lexicon) -> bool:
    """Is the token a verb in the future ("ستعقد", "وسيبحث"): the pack's future shape, and a
    common word once its future prefix is taken off?"""
    w = tok.folded
    if not lex.future_verb_token.match(w):
        return False
    stem = lex.future_strip.sub("", w, count=1) if lex.future_strip is not None else w
    return rarity(lex.lang)(stem) >= FUTURE_STEM


ATTEND_REACH = 6      # words from "takes part in" to the summit word, at most (its subject may stand between)


def _attended(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"يشارك ماكرون في قمة اقتصادية روسية تستضيف Y", "X attends a summit that hosts Y": a summit
    word right after a verb of taking part, with nobody said to be met there ("with", "between")
    after it in its clause, is a gathering attended, no contact of those named around it."""
    if not lex.attend_words or t.phrase not in lex.summit_words:
        return False
    if not any(word_in(k, lex.attend_words, sa, lex) and sa.same_clause(k, t.first)
               for k in range(max(0, t.first - ATTEND_REACH), t.first)):
        return False
    return not any(m.first > t.last and sa.same_clause(t.last, m.first) and (
        m.kind == "between" or _with_word(m, sa, lex))
        for m in sa.matches)


SEIZED_REACH = 8      # words from "seized the opportunity" to the contact word it led to, at most


def _seized(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"اغتنم X الفرصة ليمر بالكرملين ويبحث مع Y", "استغل X المونديال لزيارة الكرملين وبحث مع Y":
    a verb of seizing an occasion in the past, a few words before the word in its clause, tells
    that what he seized it to do was done (the purpose lam and the present verb after it)."""
    return bool(lex.seized_words) and any(
        word_in(k, lex.seized_words, sa, lex) and sa.same_clause(k, t.first)
        for k in range(max(0, t.first - SEIZED_REACH), t.first))


def _first_in_the_past(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وكانت X أول زعيم أجنبي يزور Y", "X הייתה המנהיגה הראשונה שנפגשה עם Y": a contact word
    after "the first/last (leader)", itself after a past "was", tells a past contact, whatever
    the verb's tense."""
    first = next((k for k in range(t.first - 1, max(-1, t.first - 5), -1)
                  if sa.tokens[k].folded in lex.first_of_words and sa.same_clause(k, t.first)), None)
    return first is not None and any(
        sa.tokens[k].folded in lex.past_auxiliaries and sa.same_clause(k, first)
        for k in range(max(0, first - 6), first))


def _told_after_past(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"استقبل X Y، قبل أن يلتقي الأخير بـZ", "after he had met": a verb in the imperfect right after
    "before/after that", in a sentence whose verb before is in the past, tells a past contact."""
    k = t.first - 1
    return k >= 1 and sa.tokens[k].folded in lex.complementizers and sa.tokens[k - 1].folded in lex.subordinators \
        and any(m.kind == "past_verb" and m.last < k - 1 for m in sa.matches)


HAPPENED_REACH = 8    # "الذي تم في كوريا الشمالية قبل أسابيع بين": words from the verb to "between"


def possessed_by_another(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word someone else's than the persons the sentence names: right after "its" (a
    state's or a body's) or after a possessor the gazetteer lacks (`_unknown_possessor`)?"""
    return (t.first > 0 and sa.tokens[t.first - 1].folded in lex.thing_possessives) or (
        bool(lex.capitalised_names) and _unknown_possessor(t, sa, lex))


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


ANNOUNCED_REACH = 6   # "أعلن الكرملين الأربعاء عن عقد قمة": the verb of announcing this near before the holding


def _announced_holding(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word the object of "the holding" (عقد, إجراء) announced or revealed shortly
    before it ("يعلن عن عقد قمة", "أعلن الكرملين الأربعاء عن عقد قمة"), or a summit announced ("الإعلان
    عن قمة"), in its clause, with no other contact word between?"""
    k = t.first
    if sa.tokens[k].folded not in lex.holding_nouns:
        k -= 1                # (the noun of holding before the word, or as its first word: "عقد قمة")
    if t.value.type == "meeting" and (t.value.weak or (
            t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.renewed_words)) \
            and 1 <= t.first and sa.tokens[t.first - 1].folded in lex.announced_about:
        k = t.first           # ("الإعلان في مارس الماضي عن قمة بين X وY", "أعلن عن لقاء ثان مع Y": a summit or
        #                       another meeting announced is to come; not a call or a talk, announced once held)
    elif k < 1 or sa.tokens[k].folded not in lex.holding_nouns:
        return False
    if sa.tokens[k - 1].folded not in lex.announced_about and sa.tokens[k - 1].folded not in lex.announcing:
        return False          # ("about" the holding, or the announcing right before it)
    # (the announcer's name and titles do not count: "أعلن فيه الرئيس الأمريكي دونالد ترامب عن لقاء ثان")
    named = {i for a in sa.actors for i in range(a.first, a.last + 1)} | _title_words(sa)
    words = 0
    for j in range(k - 1, -1, -1):
        if not sa.same_clause(j, t.first) or any(m.kind == "trigger" and m.first <= j <= m.last for m in sa.matches):
            return False
        if sa.tokens[j].folded in lex.announcing:
            return True
        words += j not in named
        if words >= ANNOUNCED_REACH:
            return False
    return False
