"""Events, parties: who took part in a contact and who began it, read from the words around its
trigger (speakers, couriers, hosts and guests, "his", relative clauses, "with").
"""
from __future__ import annotations

from dataclasses import replace

from readouts.pipeline.actors import POSSESSIVE, ActorMention, SentenceAnalysis, received_noun
from readouts.pipeline.actors.mentions import _prepositional
from readouts.knowledge.lexicon import Lexicon
from readouts.knowledge.matcher import Match
from readouts.pipeline.events.cues import _blocked
from readouts.pipeline.events.base import (_AND, OFFICE_RUN, Candidate, brought_phrase, carrying_after, LIST_GAP, _definite, _group_noun, _list_next, TITLE_KINDS, VERB_KINDS,
                                           _is_object, _list_run, _matched, _object_prefixed, _only_date_between,
                                           _reporting, _that_at,
                                           _that_before, _title_start, _title_words, _titled_start, _word_before, triggers, who,
                                           word_in, possessed, _with_word, _addressed_after)

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
        # (the relative clause's the sentence's first contact: the one it points back at is the
        # subject of the verb the sentence opens with, "وقال الأسد، وفقا لـX الذي اجتمع به")
        first = _title_start(ante[-1], sa)
        if not any(m.kind in VERB_KINDS and m.last < first for m in sa.matches):
            return None
    before = [a for a in sa.actors if a.last < first]
    return before[-1] if before and not any(before[-1] is a for a in pointed) else None


def relative_before(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The relative pronoun standing one or two words before a contact word ("الذي التقى أيضا"
    is "الذي" + two words: up to three), if any."""
    return next((k for k in range(max(0, t.first - 3), t.first) if sa.tokens[k].folded in lex.relatives), None)


def _addressed(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is `a` the one spoken to, its title or name glued to "to" ("قال X لنظيره Y في اتصال
    هاتفي": X said it to Y during their call, so X is a party)?"""
    k = _title_start(a, sa)
    return _object_prefixed(a, lex) or _prepositional(sa.tokens_prefix(k), lex)


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


def _said_before(k: int, sa: SentenceAnalysis, lex: Lexicon) -> Match | None:
    """The verb of saying nearest before token k ("in"), at most SAID_IN_REACH words before it."""
    return next((m for m in reversed(_reporting(sa, lex)) if m.last < k and k - m.last <= SAID_IN_REACH), None)


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
    said = _said_before(k, sa, lex)
    if said is None or any(said.last < a.first < t.first for a in acts):
        return False
    before = [a for a in acts if a.last < t.first and sa.same_clause(a.last, t.first)]
    after = [a for a in acts if a.first > t.last and sa.same_clause(t.last, a.first)]
    if not before or not after:
        return False
    start = _title_start(after[0], sa)
    return start - t.last <= 3 and any(m.kind == "object" and t.last < m.first < start for m in sa.matches)


SPEAKERS_REACH = 12   # "أكد A وB الأربعاء بعد قمة": words from the speakers' list to the contact word, at most


def _speakers_held(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention] | None:
    """"أكد A وB وC بعد قمة في أنقرة أنهم ...", "A and B said after a summit in Ankara that ...": a
    contact word right after "after" or "during", told as the time of a verb of saying whose
    speakers are two or more persons listed together, with what they said opening after the
    word (a "that" in its clause), nobody named between the list and the word, nor between the
    word and the "that": the speakers held it. The speakers, or None."""
    k = _word_before(t, sa, lex)      # ("after a summit", "after their summit")
    if k < 0 or sa.tokens[k].folded not in lex.after_words | lex.during:
        return None
    that = next((j for j in range(t.last + 1, len(sa.tokens)) if _that_at(j, sa, lex) and sa.same_clause(t.last, j)), None)
    if that is None or any(t.last < a.first < that for a in acts):
        return None       # (not "after a meeting with Z", whose parties the word names itself)
    said = next((m for m in reversed(_reporting(sa, lex)) if m.last < k), None)
    before = [a for a in acts if a.last < t.first]
    if said is None or not before or not sa.same_clause(said.last, t.first) or t.first - before[-1].last > SPEAKERS_REACH:
        return None
    # the list that ends last before the word, beginning right after the verb (VSO) or ending right before it (SVO)
    for start in range(len(before)):
        run = _list_run(before[start:], sa, lex)
        if run[-1] is before[-1] and len({who(a) for a in run}) >= 2 and (
                0 < _title_start(run[0], sa) - said.last <= 2 or 0 < said.first - run[-1].last <= 2):
            return run
    return None


WHERE_REACH = 12      # "قمة بين الدول الثلاث مطلع أبريل في أنقرة، حيث ...": words from the contact word to "where", at most


def _where_listed(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention] | None:
    """"وانعقدت آخر قمة بين الدول الثلاث في أنقرة، حيث كان A ونظيراه B وC قد تعهدوا ...", "the last
    summit of the three was in Ankara, where A, B and C pledged ...": a summit whose parties the
    word does not name, then "where" and a clause whose subject is two or more persons listed
    together (a verb or two may open it): they held it. Those persons, or None."""
    if not lex.where_words or any(t.last < a.first and _title_start(a, sa) - t.last <= WHERE_REACH and
                                  not any(sa.tokens[k].folded in lex.where_words for k in range(t.last + 1, a.first))
                                  for a in acts):
        return None       # (someone named between the word and "where": the word names its parties)
    w = next((k for k in range(t.last + 1, min(len(sa.tokens), t.last + 1 + WHERE_REACH))
              if sa.tokens[k].folded in lex.where_words), None)
    if w is None:
        return None
    after = [a for a in acts if a.first > w]
    if not after or _title_start(after[0], sa) - w > 3:
        return None
    run = _list_run(after, sa, lex)
    return run if len({who(a) for a in run}) >= 2 else None


LIST_TITLE_RUN = 14   # "، ونائب رئيس مجلس الوزراء وزير الداخلية بدولة ... الشيخ C": words from "and" to the next party's name
AMONG_REACH = 4       # "مع المسؤولين الإيرانيين، وبينهم": words from the unnamed group to "among them", at most
AMONG_GROUP_REACH = 12  # ... and from the contact word to the group (its doer may stand between: "ناقش X الخطة مع ...")


def _among_listed(t: Match, acts: list[ActorMention], sa: SentenceAnalysis,
                  lex: Lexicon) -> tuple[ActorMention | None, list[ActorMention]] | None:
    """"ناقش X الخطة مع المسؤولين الإيرانيين، وبينهم A وB وC", "met Iranian officials, among them A,
    B and C": a contact with a group nobody names, then "among them" and a list: those listed are
    its counterparts, one contact each with whoever did it (the last person named before the
    group, after the word or before it in its clause). That person (or None) and those listed,
    or None."""
    if not lex.among_words:
        return None
    group = next((j for j in range(t.last + 1, min(len(sa.tokens), t.last + 1 + AMONG_GROUP_REACH))
                  if _group_noun(j, sa, lex)[0] and not any(a.first <= j <= a.last for a in acts)), None)
    if group is None:
        return None
    k = next((j for j in range(group + 1, min(len(sa.tokens), group + 1 + AMONG_REACH))
              if sa.tokens[j].folded in lex.among_words), None)
    if k is None or any(group < a.first < k for a in acts):
        return None       # (the group before "among them", unnamed)
    # (those named after it up to the next contact word or clause: the list may run over long titles)
    stop = min([m.first for m in triggers(sa) if m.first > k] + [b + 1 for b in sa.clause_ends if b >= k]
               + [len(sa.tokens)])
    after = [a for a in acts if k < a.first < stop]
    if not after or _title_start(after[0], sa) - k > 2:
        return None
    doer = next((a for a in reversed(acts) if a.last < group and sa.same_clause(a.last, t.first)), None)
    return doer, list({who(a): a for a in after}.values())


PARTICIPLE_REACH = 8  # "While receiving the letter of credence from new Chinese Ambassador to Tonga Y": words to Y
FRONT_REACH = 4       # "وفي رسالة إلى Y، أكد X": the doer this many words after the comma, at most


def _fronted(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """"وفي رسالة إلى Y، أكد X ...", "In his letters to A and B, X said ...", "במכתב ל-Y, אמר X":
    a contact word opening the sentence after "in"/"during"/"after", its other party after "to"/"with",
    then a comma and the main clause, whose subject is its doer. That doer, or None."""
    k = t.first - 1
    if k >= 1 and (sa.tokens[k].folded in lex.possessive_words or sa.tokens[k].folded in lex.definite_words or any(
            m.kind == "indefinite" and m.first == k for m in sa.matches)):
        k -= 1                # ("In his letters to", "In a call with", "At the meeting with")
    # (glued to "and": "وخلال لقائه مع Y، أكد X")
    fronted = (k >= 0 and k <= 1 and (sa.tokens[k].folded in lex.fronted_words or word_in(k, lex.during, sa, lex)
                                      or word_in(k, lex.after_words, sa, lex))) \
        or (t.first <= 1 and bool(t.prefix) and t.prefix in lex.fronted_prefixes)
    # ("While receiving the credentials of Y, X said": a participle of hosting opening the sentence)
    participle = t.value.role == "host" and bool(lex.participle_ending) and t.first <= 1 \
        and sa.tokens[t.first].folded.endswith(lex.participle_ending)
    # ("Meeting with Y, X said": the contact word itself opens the sentence, "with" its other party)
    opening = t.first == 0 and t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.with_words
    fronted = fronted or participle or opening
    if not fronted:
        return None
    after = [a for a in acts if a.first > t.last]
    if not after:
        return None
    start = _title_start(after[0], sa)
    # (a word that carries "his" takes its other party with no "with": "وبعد لقائه Y، كرر X")
    if start - t.last > (PARTICIPLE_REACH if participle else FRONT_REACH) or any(t.last < a.last < start for a in sa.actors) or not any(
            m.kind == "object" and t.last <= m.first <= start for m in sa.matches) and not participle \
            and not _object_prefixed(after[0], lex) \
            and not (start == t.last + 1 and possessed(t, sa, lex)):
        return None
    # the comma that ends the fronted phrase, and a person beginning a few words after it
    comma = next((k for k in sa.commas if after[0].last <= k), None)
    if comma is None:
        return None
    # (a title before the comma is the fronted phrase's: "In a call with the Saudi crown prince, Trump said")
    return next((a for a in sa.actors if comma < a.first and max(_title_start(a, sa), comma + 1) <= comma + FRONT_REACH), None)


VSO_SUBJECT_REACH = 4   # "التقى المبعوث الأممي X": the verb's subject named this near after it
FIRST_PERSON_REACH = 6   # "I just had a very good call with": the subject "I" this many words before the word, at most
SPEAKER_GAP = 2       # "..., Trump said", "said Trump": the speaker this near the verb of saying


def _first_person_object(t: Match, light: Match | None, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"أرسل لي X خطابا", "اتصل بي X": "me" right after the contact's verb (or word), its object."""
    heads = [t.first] + ([light.first] if light is not None else [])
    # (not a word of a name: "التقى لي كه تشيانغ" met Li Keqiang)
    return any(k + 1 < len(sa.tokens) and sa.tokens[k + 1].folded in lex.first_person_objects
               and not any(a.first <= k + 1 <= a.last for a in sa.actors) for k in heads)


def _first_person(t: Match, light: Match | None, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact the speaker's own, told in the first person ("I met Y", "my call with Y",
    "שוחחתי עם Y", "التقيت Y", "أجريت اتصالا", "أرسل لي Y خطابا")?"""
    heads = [t.first] + ([light.first] if light is not None else [])
    if _first_person_object(t, light, sa, lex):
        return True
    for k in heads:
        if word_in(k, lex.first_person_forms, sa, lex):
            return True
        if lex.first_person_token is not None and lex.first_person_token.search(sa.tokens[k].folded):
            return True
    # ("اتصلت هاتفيا ... بX": I, or she, called; with no doer named after it, the one who speaks)
    if lex.first_person_ambiguous and word_in(t.first, lex.first_person_ambiguous, sa, lex):
        after = [a for a in sa.actors if a.first > t.last and sa.same_clause(t.last, a.first)]
        # (nor a woman named right before it: "ميركل اتصلت ببوتين", she called)
        if after and _marked_object(after[0], sa, lex) and not any(
                0 <= t.first - a.last <= 2 and sa.same_clause(a.last, t.first) for a in sa.actors):
            return True
    start = min(heads)
    for k in range(start - 1, max(-1, start - 1 - FIRST_PERSON_REACH), -1):
        if any(a.first <= k <= a.last for a in sa.actors) or not sa.same_clause(k, start):
            return False
        if sa.tokens[k].folded in lex.first_person_words:
            return True
    return False


def _marked_object(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the mention an object its own marker governs: "with"/"to" right before its title, or a
    preposition glued to it ("بالرئيس")? (Not one only listed after an object: "with Xi," Trump said.)"""
    start = _title_start(a, sa)
    # (words of honour may stand between, "مع معالي الأخ Y"; no one else named there)
    return _object_prefixed(a, lex) or any(m.kind == "object" and start - 3 <= m.last < start and not any(
        m.last < b.last < a.first for b in sa.actors if b is not a) for m in sa.matches)


def labelled(a: ActorMention, k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the person's mention end the label that the colon after token k closes ("נתניהו: ...",
    or with a verb of saying or writing between: 'X wrote: "I spoke with Y"')?"""
    return a.last == k or (a.last == k - 1 and sa.tokens[k].folded in lex.label_verbs)


def _speaker(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The person a verb of saying in the sentence names as its speaker ("..., Trump said", "قال
    ترامب", "X told reporters"), or the person a label before the word names ("נתניהו: ..."): the one
    who tells his own contact in the first person. None when no one, or more than one, is."""
    found = []
    for k in sa.labels:
        if k < t.first:
            found += [a for a in sa.actors if labelled(a, k, sa, lex)]
    for r in _reporting(sa, lex):
        # (after the contact, past the comma that closes what was said: "'... with Y,' X said")
        comma = max((k for k in sa.commas if t.last <= k < r.first), default=-1)
        # (not the object of the contact right before it: "أجريت اتصالا مع Y وأكدت له", I called Y and told him)
        found += [a for a in sa.actors if a.first > comma and (
            (a.last < r.first and r.first - a.last <= SPEAKER_GAP and not _marked_object(a, sa, lex))
            or (a.first > r.last and _title_start(a, sa) - r.last <= SPEAKER_GAP))]
    people = {who(a): a for a in found}
    if not people and sa.quote_speaker is not None:
        # (inside a quotation an earlier sentence opened: its speaker, standing where the word is)
        return replace(sa.quote_speaker, first=t.first, last=t.last, start=t.start, end=t.end)
    return next(iter(people.values())) if len(people) == 1 else None


def _speaker_joined(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """"وأوضح X أنه وY أكدا ...", "X said he and Y agreed ...", "X אמר כי הוא ו-Y ...": a person joined
    by "and" to the pronoun that opens what a speaker said ("that he"), the speaker named right
    beside the verb of saying before it in its clause: "he" is the speaker, who did it with that
    person. The speaker's mention, or None."""
    s = _title_start(a, sa)
    if sa.tokens_prefix(s)[:1] in lex.conjunctions:
        j = s - 1                 # ("والملك": the "and" glued to the title)
    elif s >= 2 and sa.tokens[s - 1].folded in _AND:
        j = s - 2
    else:
        return None
    if j < 1 or sa.tokens[j].folded not in lex.that_pronouns:
        return None
    said = next((r for r in reversed(_reporting(sa, lex)) if r.last < j and sa.same_clause(r.last, j)
                 and j - r.last <= SPEAKER_GAP + 4), None)
    if said is None:
        return None
    found = {who(b): b for b in sa.actors if b.last < j and b is not a and (
        (b.last < said.first and said.first - b.last <= SPEAKER_GAP)
        or (b.first > said.last and _title_start(b, sa) - said.last <= SPEAKER_GAP))}
    return next(iter(found.values())) if len(found) == 1 else None


TOLD_IN_GAP = 3       # "told Y in a phone call": words from the one spoken to to the contact word, at most


def _told_in(r: Match, t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"X told Y in a phone call that ...", "X אמר ל-Y בשיחה טלפונית": a call or letter word a few
    words after the one person a verb of saying is spoken to (its object, or one glued to "to"),
    in the same clause: the speaker and that person are the call's two parties."""
    # (or a meeting word with no "with" after it, theirs: "X told Y in a meeting in his office that ...")
    if t.value.type not in ("call", "message") and not (
            t.value.type == "meeting" and not (t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.with_words)):
        return False
    heard = [a for a in acts if r.last < a.first < t.first]
    if len(heard) != 1 or not sa.same_clause(r.last, t.first) or t.first - heard[0].last > TOLD_IN_GAP:
        return False
    start = _title_start(heard[0], sa)
    return (sa.tokens[r.first].folded in lex.addressing and start == r.last + 1) or (
        start - r.last <= 2 and _addressed(heard[0], sa, lex))


JOINT_WITH_REACH = 3   # "في مؤتمر صحفي مشترك عقده مع Y": words from the joint word to "with", at most


def _joint_with(r: Match, t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"شدد X، في مؤتمر صحفي مشترك عقده مع Y، عقب جلسة مباحثات": a word of doing jointly right
    after the verb of saying, with "with" and a person after it before the contact word: the
    speaker did it with that person, and the contact word after it ("after talks") was theirs."""
    joint = next((m for m in sa.matches if m.kind == "joint" and r.last < m.first < t.first
                  and sa.same_clause(r.last, m.first)), None)
    if joint is None:
        return False
    return any(_with_word(m, sa, lex)
               and joint.last < m.first <= joint.last + JOINT_WITH_REACH and any(
                   0 < _title_start(a, sa) - m.last <= 2 and a.last < t.first for a in acts)
               for m in sa.matches)


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
    # (or a preposition glued to the party: "معلقا على لقائه بالصدر")
    if start - t.last > OWNED_REACH or not (any(
            m.kind == "object" and t.last < m.first < start for m in sa.matches) or (
            start == t.last + 1 and _object_prefixed(after, lex))):
        return None
    return [before[0], after]


ATTENDEE_GAP = 9      # tokens from an attendance cue, or from one attendee, to the next attendee


def _list_end(at: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> int:
    """Where the persons an attendance cue lists end: "بحضور A وB وC" runs on from title or
    name to the next, but not across a clause end or into another contact word. A cue that
    governs the contact word itself ("وحضر اللقاء كل من ...", "attended the meeting") lists
    attendees to the end of its clause. A person named after an attendee with no "and" between
    (nor a comma, in a language whose lists may leave "and" out), his title naming a state
    ("استقبل X، وبحضور ولي العهد Y، نائب رئيس جمهورية الصين Z"), is no attendee listed but the
    next phrase of the clause (the one received)."""
    trig = triggers(sa)
    # (nor past the agent of a passive: "התקבלו X ורעייתו על ידי Y", Y received them)
    agents = [k for k in range(at.last + 1, len(sa.tokens)) if any(
        tuple(x.folded for x in sa.tokens[k:k + len(p)]) == p for p in lex.passive_agents)]
    # (a companion's cue ends at the contact word right after it: "X and his wife hosted Y")
    near = at.last if at.phrase in lex.companion_words else at.last + 2
    # (nor past a "with" after an attendee, the contact word before the cue: "נפגש, בנוכחות A, עם B", "met, in
    # the presence of A, with B": B is the one met)
    withs = [m.first for m in sa.matches if _with_word(m, sa, lex) and m.first > at.last + 1 and any(
        at.last < a.last < m.first for a in sa.actors)] if any(t.last < at.first for t in trig) else []
    stop = min([m.first for m in trig if m.first > near] + agents[:1] + withs[:1] +
               [b + 1 for b in sa.clause_ends if b >= at.last] + [len(sa.tokens)])
    # (of the sentence's actors: a cue read twice sees the attendee the first reading dropped)
    named = [a for a in sa.actors if at.last < a.first < stop and a.kind in ("name", "short", "unknown")]
    for prev, a in zip(named, named[1:]):
        comma = next((c for c in sa.commas if prev.last <= c < a.first), None)
        if comma is not None and any(m.kind in ("place", "loc", "today") and prev.last < m.first <= comma
                                     for m in sa.matches) and not sa.tokens_prefix(comma + 1)[:1] in lex.conjunctions:
            stop = comma + 1      # ("التقى X، بحضور A في طوكيو اليوم، Y": where and when close the attendance phrase)
            break
        start = prev.last + 1     # (the title of the next opens right after the name before it)
        # (not the next item of a list of names each with its title after it: "بحضور A نائب وزير الخارجية
        # الروسي، وB السفير الروسي": B glued to "and" right after a comma)
        listed = sa.tokens_prefix(a.first)[:1] in lex.conjunctions and a.first - 1 in sa.commas
        if start < a.first and not listed and (lex.lists_joined_each or prev.last not in sa.commas) \
                and not sa.tokens_prefix(start)[:1] in lex.conjunctions \
                and any(m.kind in TITLE_KINDS and m.first == start for m in sa.matches) \
                and all(sa.tokens[k].folded not in _AND for k in range(start, a.first)) and any(
                m.kind == "country" and start <= m.first < a.first for m in sa.matches):
            stop = start
            break
    if (governed := next((m for m in trig if 0 < m.first - at.last <= 2), None)) is not None:
        # (not those of a relative clause on the word that names its parties: "حضر X الاجتماعات
        # التي أجراها Y مع A وB", X attended the meetings Y held with A and with B)
        return governed.first if brought_phrase(governed, sa.actors, sa, lex) is not None else stop
    end = at.last + ATTENDEE_GAP
    # (a rank or honorific opens an attendee too: "attended by HRH Prince Feisal")
    people = sorted([a.first for a in acts] + [m.first for m in sa.matches
                                               if m.kind in ("role", "role_fixed", "official", "name_title")])
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


RECEIVED_FOR_REACH = 8   # "تسلم وزير الخارجية X رسالة": words from a verb of receiving to the letter, at most


def _received_for_another(acts: list[ActorMention], t: Match, froms: list[Match], sa: SentenceAnalysis,
                          lex: Lexicon) -> ActorMention | None:
    """"تسلم X رسالة من Z لخادم الحرمين Y", "X received a message to King Y from Z": a letter one
    received that the text says was to someone else (its writer marked "from" after it, or untold); the one
    who received it took it for the addressee and wrote to no one. Him (named before the letter word), or None."""
    receiving = t.value.role == "receive" or any(
        m.kind == "light" and m.value == "receive" and 0 < t.first - m.last <= RECEIVED_FOR_REACH
        and sa.same_clause(m.last, t.first) for m in sa.matches)
    if not receiving:
        return None
    after = [a for a in acts if a.first > t.last and sa.same_clause(t.last, a.first)]
    senders = [a for a in after if _from_marked(a, acts, froms, sa, lex)]
    to = [a for a in after if a not in senders and (any(
        m.kind == "conveyed_to" and t.last <= m.last < a.first and _addressed_after(a, m.last, sa, lex) for m in sa.matches)
        or _prepositional(sa.tokens_prefix(_title_start(a, sa)), lex))]
    if not to:
        return None
    receiver = next((a for a in reversed(acts) if a.last < t.first and sa.same_clause(a.last, t.first)
                     and not _object_prefixed(a, lex)), None)
    if receiver is None or who(receiver) in {who(a) for a in to}:
        return None
    return receiver


def _genitive_writer(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The one whose letter it is, named right after a letter word with no article ("نقل X رسالة
    الملك Y إلى Z": the king's letter), in a language whose nouns take their owner so. Him, or None."""
    if not lex.genitive_pairs or _definite(t, sa, lex):
        return None
    return next((a for a in acts if _title_start(a, sa) == t.last + 1 and not _object_prefixed(a, lex)), None)


def _courier(acts: list[ActorMention], t: Match, froms: list[Match], sa: SentenceAnalysis,
             lex: Lexicon) -> ActorMention | None:
    """"سلم X الرئيس Y رسالة من Z", "X handed Y a letter from Z", "X מסר ל-Y מכתב מ-Z": the subject
    of a verb of handing over, with the writer marked "from" after the letter, only carried it. Him, or None."""
    if not any(a.first > t.last and _from_marked(a, acts, froms, sa, lex) for a in acts) \
            and _genitive_writer(t, acts, sa, lex) is None:
        return None
    # (the noun of a phrase of receiving is no verb of handing over: "X קיבל מסר מ-Y", a message)
    hand = next((k for k in range(t.first - 1 if t.value.role == "receive" else t.last, max(-1, t.first - COURIER_REACH), -1)
                 if word_in(k, lex.delivering, sa, lex) and sa.same_clause(k, t.first)
                 and not received_noun(k, sa.matches, sa.tokens, lex)), None)
    if hand is None:
        # "استقبل X Y حاملا رسالة من Z": the one named right before the participle carried it
        # (an apposition of envoy words may stand between: "Y مبعوثة خاصة وحاملة رسالة")
        courier = next((a for a in reversed(acts) if a.last < t.first
                        and carrying_after(a.last, sa, lex, t.first) is not None), None)
        if courier is None:
            # "X يحل بداكار حاملا رسالة من Z": the participle after the clause's verb and place, no
            # other person between: the one named last before it in its clause carried it
            k = next((k for k in range(t.first - 1, max(-1, t.first - COURIER_REACH), -1)
                      if word_in(k, lex.carrying, sa, lex)), None)
            courier = next((a for a in reversed(acts) if k is not None and a.last < k and sa.same_clause(a.last, k)
                            and not _object_prefixed(a, lex)), None)
        if courier is None:
            return None
    elif hand > 0 and sa.tokens[hand - 1].folded in lex.relatives:
        # "Y، الذي سلم X رسالة من Z": the relative's antecedent handed it over, to the one after the verb
        courier = next((a for a in reversed(acts) if a.last < hand - 1), None)
    elif lex.subject_after_verb and (svo := _subject_opens(hand, acts, sa, lex)) is not None:
        # "ذكرت الوكالة أن X سلم Y رسالة من Z", "وكان X قد نقل رسالة من Z إلى Y": the subject named
        # before the verb, which opens its clause, carried it; the one after the verb received it
        courier = svo
    elif lex.subject_after_verb:
        courier = next((a for a in acts if hand < a.first < t.first and not _object_prefixed(a, lex)), None)
        if courier is None and hand + 1 < t.first and sa.tokens[hand + 1].folded in lex.during_it:
            # "قام X بجولة نقل خلالها رسالة من Z إلى Y": the verb after "during it" is the tour's
            # doer's, named before it in the clause
            courier = next((a for a in reversed(acts) if a.last < hand and sa.same_clause(a.last, hand)
                            and not _object_prefixed(a, lex)), None)
    else:
        courier = next((a for a in reversed(acts) if a.last < hand and sa.same_clause(a.last, hand)), None)
    return None if courier is None or _from_marked(courier, acts, froms, sa, lex) else courier


def _subject_opens(k: int, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The person named right before the verb at k, when his name (title included) opens the
    clause: the sentence's start, a clause break, or "that" before it ("أن X سلم"). Else None."""
    if k > 0 and sa.tokens[k - 1].folded in lex.may_words:
        k -= 1        # ("وكان X قد نقل": "already" between him and the verb)
    before = next((a for a in acts if a.last == k - 1), None)
    if before is None or _object_prefixed(before, lex):
        return None
    start = _titled_start(before, sa)      # ("أن السفير X سلم": an envoy's title too)
    if start == 0 or start - 1 in sa.clause_ends or sa.tokens[start - 1].folded in lex.complementizers \
            or sa.tokens[start - 1].folded in lex.earlier_openers:
        return before
    return None


def _without_carriers(acts: list[ActorMention], t: Match, froms: list[Match], sa: SentenceAnalysis,
                      lex: Lexicon) -> list[ActorMention]:
    """The parties of a message, not the envoy who carried it: "تسلم من الجنرال X رسالة من Y"
    (two senders marked "from", the one after the letter wrote it), "a letter from Y via X"."""
    senders = [a for a in acts if _from_marked(a, acts, froms, sa, lex)]
    if any(a.first > t.last for a in senders):
        acts = [a for a in acts if not (a in senders and a.last < t.first)]
    for cw in (m for m in sa.matches if m.kind == "carrier"):
        if sa.tokens[cw.first].folded in lex.via_words and any(m.kind == "trigger" and m.first == cw.last + 1 for m in sa.matches):
            continue      # ("هنأ X، عبر برقية، الرئيس Y": via a cable, the medium, no one who carried it)
        nxt = min((a for a in acts if a.first > cw.last), key=lambda a: a.first, default=None)
        # (not past the message itself: "الذي سلمه رسالة من الملك X", the carrier is the one who
        # handed it, X its sender)
        if nxt is not None and _title_start(nxt, sa) - cw.last <= 4 and not cw.last < t.first < nxt.first:
            acts = [a for a in acts if a is not nxt]
            continue
        # (the carrier described first, then named: "سلمها له مستشار الرئيس Y ومبعوثه الخاص X", the
        # counsellor who is the envoy X; every one named in the phrase, up to its comma, clause end or verb)
        end = min([k for k in sa.commas if k > cw.last] + [b for b in sa.clause_ends if b > cw.last]
                  + [m.first - 1 for m in sa.matches if m.kind in VERB_KINDS and m.first > cw.last] + [len(sa.tokens) - 1])
        if end - cw.last <= CARRIER_PHRASE:
            acts = [a for a in acts if not (cw.last < a.first and a.last <= end)]
    return acts


CARRIER_PHRASE = 12   # "سلمها له مستشار الرئيس Y ومبعوثه الخاص X": words of the carrier's phrase, at most
SAID_THAT_REACH = 13  # "قال مستشار الأمن القومي ... X إن": from the verb of saying to "that", at most


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


NAMED_KINDS = frozenset({"name", "short", "role", "unknown"})     # mentions that name a person (no pronoun, no guest)


def _made_by_end(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """Where the "made by" words of a relative clause right after a visit noun end ("الزيارة الأخيرة
    التي قام بها", "the visit that ... made"; after a word with no article, with no relative pronoun:
    "زيارة قام بها"), or None."""
    if t.value.role != "subject" or not lex.made_by:
        return None
    k = t.last + 1
    while k < len(sa.tokens) and k - t.last <= 2 and sa.tokens[k].folded.startswith(lex.adjective_articles) \
            and sa.tokens[k].folded not in lex.relatives and not any(m.kind == "object" and m.first == k for m in sa.matches):
        k += 1            # ("الزيارة الأخيرة التي": an adjective between)
    if k < len(sa.tokens) and sa.tokens[k].folded in lex.relatives:
        starts = [k + 1]
    elif k == t.last + 1 and not _definite(t, sa, lex):
        starts = [k]
        # ("زيارة إلى بنغلادش قام بها X": where the visit went may stand between, a country or place
        # (or one word) after "to", or a country or place glued to it: "زيارة لمصر قام بها X")
        to = any(m.kind == "object" and m.first == k == m.last for m in sa.matches)
        place = next((m for m in sa.matches if m.kind in ("country", "place") and m.first == k + to), None)
        if place is not None and (to or _prepositional(place.prefix, lex)):
            starts.append(place.last + 1)
        elif to:
            starts.append(k + 2)
    else:
        return None
    for start in starts:
        words = tuple(tok.folded for tok in sa.tokens[start:start + 3])
        size = next((len(w) for w in lex.made_by if words[:len(w)] == w), None)
        if size is not None:
            return start + size - 1
    return None


def _relative_doer(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The doer of a visit noun named in the relative clause right after it ("الزيارة الأخيرة التي قام
    بها X", "the visit that X made", "הביקור שערך X"): the one who made the visit."""
    end = _made_by_end(t, sa, lex)
    if end is None:
        return None
    return next((a for a in acts if 0 < _title_start(a, sa) - end <= 1), None)


def _referred_doer(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """"خلال زيارة قام بها الأول للقاهرة": "the former" (or "the latter") as the doer of a visit
    noun's relative clause is the first (or the last) person the sentence names before the word."""
    end = _made_by_end(t, sa, lex)
    before = [a for a in sa.actors if a.last < t.first and a.kind in NAMED_KINDS]
    if end is None or not before or end + 1 >= len(sa.tokens):
        return None
    word = sa.tokens[end + 1].folded
    return before[0] if word in lex.former_words else before[-1] if word in lex.latter_words else None


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


GROUP_PHRASE_REACH = 10  # "اجتماع قادة ... مع Y": words from the word to its object past a long group, at most
GROUP_AFTER_NAME = 7    # "حسن نصرالله أمين عام جماعة حزب الله لوفد": title words between a doer's name and an unnamed object
UNTITLED_BETWEEN = 1    # ... of which words no title of ours holds ("الله" of "حزب الله"), at most


GROUP_HEAD_REACH = 8    # "بالوفد الحكومي اليمني إلى محادثات جنيف، برئاسة X": words from the group to "headed by", at most
HEAD_TITLE_GAP = 3      # "برئاسة زعيم الأغلبية X": words from "headed by" to the head's name or title, at most


def _group_headed(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the group noun at k have its head named ("بالوفد ... برئاسة وزير الخارجية X", "a
    delegation led by X")? Then the group is no unnamed party: its head stands for it."""
    for j in range(k + 1, min(len(sa.tokens), k + 1 + GROUP_HEAD_REACH)):
        if sa.tokens[j].folded in lex.headed_by:
            return any(a.kind in ("name", "short", "role", "unknown") and 0 < _title_start(a, sa) - j <= HEAD_TITLE_GAP and a.first > j
                       for a in sa.actors)
    return False


def _group_subject(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وقالت المراجع إن الوفد الإيراني التقى X وY", "the Iranian delegation met X and Y": an unnamed
    group right before the contact verb (its state's adjective may follow it) is its doer, and the
    persons named after the verb, its objects, did not meet each other."""
    if not lex.group_nouns or not acts or any(a.first < t.first or a.kind == "delegation" for a in acts):
        return False
    states = {k for m in sa.matches if m.kind == "country" for k in range(m.first, m.last + 1)}
    k = t.first - 1
    while k >= 0 and k in states and t.first - k <= 3:
        k -= 1
    # (not a group that a contact noun right before it owns: "בעקבות ביקור המשלחת שוחח X עם Y", after
    # the delegation's visit X spoke with Y)
    if k > 0 and any(m.kind == "trigger" and m.last == k - 1 for m in sa.matches):
        return False
    return k >= 0 and sa.same_clause(k, t.first) and _group_noun(k, sa, lex) == (True, False)


def _unnamed_slot(t: Match, after: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """A contact noun with its own doer and its own object, one of them an unnamed group: "بعد
    استقبال X لوفد من ..." (after X's reception of a delegation), "لقاء مسؤولين أكراد بالرئيس Y" (a
    meeting of Kurdish officials with President Y), "פגישת X עם משלחת". The one person named in
    the noun's phrase is its one party known; persons outside it (the sentence's subject, a later
    object) are not in it. That person, or None."""
    # (a verb's pronoun ending is no noun's feminine ending, as written: "استضافة" is a hosting)
    if (t.suffix and not sa.tokens[t.last].surface.endswith(lex.feminine_endings_raw)) \
            or not lex.group_nouns:
        return None
    group, marked = _group_noun(t.last + 1, sa, lex)
    if group and not marked:
        # the doer's place: the object is the first person after, marked and near (a delegation is
        # left to the reading of delegations, which knows its head: "والتقى الوفد بالرئيس Y")
        if sa.tokens[t.last + 1].folded in lex.delegation_nouns | lex.group_doers | lex.delegation_refs \
                or any(a.first <= t.last + 1 <= a.last for a in after):
            return None
        # (a host's guest needs no marker, and the group may be named at length: "استضافة قيادة حزب
        # نداء تونس رئيس فرنسا السابق X", the party leadership's hosting of X)
        obj = next((a for a in after if a.first > t.last + 1), None)
        # (the group may be named at length before its "with": "اجتماع قادة ورؤساء وفود دول مجلس التعاون
        # الخليجي مع الرئيس Y", no verb between)
        reach = 4 if obj is None or any(m.kind in VERB_KINDS and t.last < m.first < _title_start(obj, sa)
                                        for m in sa.matches) else GROUP_PHRASE_REACH
        if obj is not None and (_is_object(obj, sa, lex) and _title_start(obj, sa) - t.last <= reach or (
                t.value.role == "host" and _title_start(obj, sa) - t.last <= GROUP_AFTER_NAME)) \
                and sa.same_clause(t.last, obj.first):
            return obj
        return None
    if not after or _title_start(after[0], sa) != t.last + 1 or _is_object(after[0], sa, lex):
        return None
    doer = after[0]
    nxt = after[1].first if len(after) > 1 else len(sa.tokens)
    titled = _title_words(sa)
    untitled = 0
    for k in range(doer.last + 1, min(doer.last + 1 + GROUP_AFTER_NAME, nxt)):
        if not sa.same_clause(doer.last, k):
            return None
        group, marked = _group_noun(k, sa, lex)
        with_word = group and any(m.kind == "object" and m.last == k - 1 for m in sa.matches)
        if group and (marked or with_word):
            return None if _group_headed(k, sa, lex) else doer
        # (only the doer's titles stand between: "حسن نصرالله أمين عام حزب الله لوفد"; not another
        # phrase, "التقى X كيم قبل أسبوع من القمة بين زعماء البلدين")
        if k not in titled and not any(m.kind == "object" and m.first == k for m in sa.matches):
            untitled += 1
            if untitled > UNTITLED_BETWEEN:
                return None
    return None


def _listed_after(a: ActorMention, owned: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is `a` the next item of a list a contact word's parties run on in ("من الشيخ A ... ، والأمير
    B ... ، والشيخ C"): its title begins with "and", a few words after the last party it has."""
    if not owned:
        return False
    for k in range(a.first, max(owned[-1].last, _title_start(a, sa) - 1), -1):
        pfx = sa.tokens_prefix(k)
        if pfx and pfx[0] in lex.conjunctions:
            return 0 < k - owned[-1].last <= LIST_GAP
    # (a long title the pack reads only in part, opened by "and" right after the last party: "، ووزير
    # الداخلية بمملكة البحرين الفريق الركن الشيخ C")
    k = owned[-1].last + 1
    pfx = sa.tokens_prefix(k) if k < a.first else ""
    return bool(pfx) and pfx[0] in lex.conjunctions and a.first - k <= LIST_TITLE_RUN and not any(
        owned[-1].last < b.first < a.first for b in sa.actors) and not any(
        m.kind in VERB_KINDS and k <= m.first < a.first for m in sa.matches)


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
        if len(hosts) == 1 and before and sa.same_clause(before[-1].last, t.first):
            # "كان X في مقدمة مستقبلي Y": the one before the word (or those listed with him: "كان X وZ
            # في مقدمة مستقبلي Y") head those who received the one after it
            run = before[-1:]
            while len(run) < len(before) and _list_next(before[-len(run) - 1], run[0], sa, lex):
                run.insert(0, before[-len(run) - 1])
            before, hosts = guests[:1], run
        else:
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


DROPPED_OPENING = 4    # words before the contact word in a sentence that opens with its subjectless verb


def dropped_subject(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وقد حضر مأدبة غداء مع Y", "والتقى بالرئيس Y": a sentence that opens with a verb in the past
    (after "and", "قد", "كما") and names one person only, after the contact word and marked as
    its object: the verb's subject goes unsaid, the one the sentence before was about."""
    # (a counterpart and his name right after it are one person: "كما التقى نظيره الموريتاني X")
    acts = sa.actors
    if len(acts) == 2 and acts[0].kind == "counterpart" and 0 < _title_start(acts[1], sa) - acts[0].last <= 2:
        acts = acts[:1]
    if not lex.dropped_openers or len(acts) != 1:
        return False
    a = acts[0]
    if a.first <= t.last or a.kind not in ("name", "short", "role", "role_fixed", "counterpart"):
        return False
    v = next((k for k in range(t.first + 1) if sa.tokens[k].folded not in lex.dropped_openers), None)
    k = t.first - 1
    # (a light verb, or one of taking place, before the word: "أنه أجرى اتصالا مع Y", "أنه جرى اتصال مع Y")
    if k >= 1 and (any(m.kind == "light" and m.first == k and m.last + 1 == t.first for m in sa.matches)
                   or sa.tokens[k].folded in lex.took_place_words):
        k -= 1
    if v is not None and v < k and sa.tokens[k].folded in lex.that_pronouns and any(
            m.kind == "reporting" and m.first == v for m in sa.matches):
        # ("وأضاف أنه بحث مع نظيره Y": a verb of saying with no subject, "that he", then the contact
        # verb, whose subject "he" is, so the one after it is its object, with "with" or without:
        # "وقال إنه التقى Y"; or a light verb in the past and its noun: "وقال إنه أجرى محادثات مع Y";
        # where he said it may stand between: "لكنه قال في مقابلة مع شبكة ... إنه أجرى")
        if v > DROPPED_OPENING or any(b.kind in VERB_KINDS and v < b.first < k for b in sa.matches):
            return False      # (another verb between: "that" is not what the sentence's verb says)
        if not (k == v + 1 or _only_date_between(v, k, sa, lex) or sa.tokens[v + 1].folded in lex.fronted_words):
            return False      # ("وقال مسؤول إنه ...": the verb's own subject stands between, who did it)
        if k == t.first - 1:
            return any(m.kind == "past_verb" and m.first == t.first for m in sa.matches) or t.value.role == "subject"
        # (its other party after "with", a title the pack has no post for between: "مع حاكم بنك ... Y")
        return _is_object(a, sa, lex) or any(
            _with_word(m, sa, lex) and t.last < m.first < a.first
            and sa.same_clause(m.first, a.first) and not any(
                x.kind in VERB_KINDS and m.first < x.first < a.first for x in sa.matches) for m in sa.matches)
    # ("التقى نظيره X": his counterpart, right after the verb, is its object; the subject is whose he is)
    his = any(m.kind == "role" and m.value == "counterpart" and m.first == t.last + 1 for m in sa.matches) \
        and t.last + 1 <= a.first <= t.last + 1 + OFFICE_RUN
    if t.first > DROPPED_OPENING or not (_is_object(a, sa, lex) or his):
        return False
    if v is not None and v + 1 < len(sa.tokens) and lex.said_subject is not None \
            and lex.said_subject.match(sa.tokens[v + 1].folded):
        return False          # "واجتمع الدبلوماسيان مع Y": the two just named are its subject
    if v is not None and not his and any(m.first == v + 1 and m.kind in TITLE_KINDS and not _prepositional(m.prefix, lex)
                                         and v + 1 < a.first for m in sa.matches):
        return False          # "واجتمع رئيس الجمهورية بـY": a title after the verb is its subject
    # (the contact verb itself, or a light verb in the past before the contact noun: "وأجرى اتصالا بـY")
    # (or a verb of holding in the past right before a meeting noun: "كما عقد اجتماعا مع Y")
    return v is not None and (any(m.first == v and (m.kind == "past_verb" or (
        m.kind == "light" and m.last + 1 == t.first)) for m in sa.matches)
        or (v + 1 == t.first and t.value.type == "meeting" and sa.tokens[v].folded in lex.held_verbs)) and not any(
        m.kind == "reporting" and m.first < t.first for m in sa.matches)


def said_in_to_one(sa: SentenceAnalysis, lex: Lexicon) -> list[tuple[Match, ActorMention]]:
    """"أبلغ X نظيره Y بأن ... . وشدد X في اتصال هاتفي على ...", "X told Y ... . X stressed in a phone
    call ...": a call word right after "in" (not a letter: "قال في خطاب" is in a speech), a verb of
    saying a few words before it, and one person named in the sentence, its speaker before it: (word,
    speaker) for each such word. Whom he called the sentence before tells (the caller's pair there)."""
    named = [a for a in sa.actors if a.kind in ("name", "short", "role", "role_fixed")]
    if len(named) != 1:
        return []
    out = []
    for t in triggers(sa):
        if t.value.type != "call" or t.first < 1 or named[0].last >= t.first \
                or sa.tokens[t.first - 1].folded not in lex.fronted_words or _blocked(t, sa, lex):
            continue
        said = _said_before(t.first - 1, sa, lex)
        if said is not None and abs(said.first - named[0].first) <= SAID_IN_REACH + 2:
            out.append((t, named[0]))
    return out


def said_in_unnamed(t, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وقال في برقية شكر للرئيس Y", "He said in a letter to Y": a letter or call word right after
    "in", a verb of saying just before it and nobody named before the word: its writer is the one
    the sentence before was about. So is the party of a meeting word right after "after", "during"
    or "in" and such a verb, whose other party follows "with" ("وقال بعد محادثات مع Y")."""
    if t.first < 2:
        return False
    k = t.first - 1
    if t.value.type == "meeting":
        # ("وقال بعد محادثات مع Y", "said after talks with Y": a meeting word right after "after" or
        # "during", a verb of saying right before that, and the other party after "with")
        # (or "in" it: "وأضاف في مؤتمر صحفي مشترك مع Y", "he added at a joint press conference with Y")
        return (sa.tokens[k].folded in lex.after_words or sa.tokens[k].folded in lex.during
                or sa.tokens[k].folded in lex.fronted_words) and any(
            m.kind == "reporting" and m.last == k - 1 for m in sa.matches) and t.last + 1 < len(sa.tokens) \
            and sa.tokens[t.last + 1].folded in lex.with_words
    if t.value.type not in ("message", "call"):
        return False
    if k >= 1 and any(m.kind == "indefinite" and m.first == k for m in sa.matches):
        k -= 1                # ("said in a letter")
    # (or "during" a call: "את הדברים אמר במהלך שיחת טלפון עם Y", he said it during a phone call with Y)
    if sa.tokens[k].folded not in lex.fronted_words and not (t.value.type == "call" and sa.tokens[k].folded in lex.during):
        return False
    # (or "جاء ذلك في برقية ... لـY", "وذلك في رسالة إلى Y": what the sentence before told was said in it)
    return any(m.kind == "reporting" and k - 2 <= m.last < k for m in sa.matches) or (
        k >= 1 and (sa.tokens[k - 1].folded in lex.expressed_in or sa.tokens[k - 1].folded in lex.setting_refs))


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
    # (not a spouse who came along: "X and his wife hosted Y", X hosted)
    along = {i for m in sa.matches if m.kind == "attendance" and m.phrase in lex.companion_words
             for i in range(m.first, m.last + 1)}
    for j in (t.first - 1, k):
        if 0 <= j < len(sa.tokens) and word_in(j, lex.kin_words, sa, lex) and j not in along and not (
                lex.capitalised_names and sa.tokens[j].surface[:1].isupper()):
            return j
    return None


CASE_REACH = 5        # "اختفاء المواطن السعودي X": from the word of the case to the name, at most


def _discussed_parties(sa: SentenceAnalysis, lex: Lexicon) -> set[int]:
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
            # (not a head with the article, "الملف", which takes no one after it in construct, nor
            # across "with": "اجتماع حول الملف مع نظيره X" met X about the file)
            nxt = next((a for a in sa.actors if a.first > d.last), None)
            if nxt is not None and nxt.first - d.last <= CASE_REACH and sa.same_clause(d.last, nxt.first) \
                    and not any(d.last < j < nxt.first for j in verbs) \
                    and not (d.prefix and any(d.prefix.endswith(a) for a in lex.definite)) \
                    and not any(m.kind == "object" and d.last < m.first < nxt.first for m in sa.matches):
                found.add(nxt.first)
            continue
        while k < len(sa.tokens) and sa.same_clause(d.last, k) and (k in filler or k in starts):
            if k in starts:
                found.add(k)
                k = starts[k].last
            k += 1
    return found


SPOKE_DOER_REACH = 5  # "تحدث مستشار الأمن القومي X مع Y": the doer's name this near after the verb, a title before it


def _spoke_with(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """A verb of speaking ("تحدث") tells a call only with "with" right after it or right after its
    doer ("تحدث X مع Y", "X تحدث مع Y"; not "تحدث عن", spoke about), and not beside another
    contact word, which tells the contact ("تحدث مع X خلال لقائهما": they met)."""
    if any(m.kind == "trigger" and not m.value.weak and not (m.first <= t.first <= m.last)
           and sa.same_clause(t.last, m.first) and not any(
               r.kind in ("reporting", "reporting_that") and min(t.last, m.first) < r.first < max(t.last, m.first)
               for r in sa.matches) for m in sa.matches):
        return False      # (nor beside a call word: "تحدث مع X على الهاتف" is that call's; one after a verb
        #                   of saying is what was said: "تحدث مع Y، مضيفا أن Y أطلعه على مباحثاته مع Z")
    k = t.last + 1
    # ("الرئيسان X وY تحدثا يوم الأربعاء": the two spoke, with each other, two persons listed right
    # before the dual verb and nothing "about" after it)
    before = [a for a in sa.actors if a.last < t.first and sa.same_clause(a.last, t.first)]
    if t.phrase in lex.dual_verbs and len(before) >= 2 and t.first - before[-1].last <= 2 \
            and _list_next(before[-2], before[-1], sa, lex) \
            and not any(m.kind == "about" and m.first == k for m in sa.matches):
        return True
    # (its doer's titles may be ones the pack reads only in part: "تحدث مستشار الأمن القومي X مع Y")
    doer = next((a for a in sa.actors if _titled_start(a, sa) == k), None) or next(
        (a for a in sa.actors if 0 < a.first - t.last <= SPOKE_DOER_REACH and not any(
            m.kind in ("about", "object", "trigger") and t.last < m.first < a.first for m in sa.matches)
         and not any(b.first < a.first and b.last > t.last for b in sa.actors if b is not a)), None)
    if doer is not None:
        k = doer.last + 1
    if k < len(sa.tokens) and (sa.tokens[k].folded in lex.with_words or sa.tokens[k].folded in lex.spoke_to):
        return True
    # (its day may stand between: "تحدثت X أول من أمس مع Y", "X spoke on Monday with Y"; or, its doer
    # right before it, between the verb and "with": "أن X تحدث اليوم السبت مع Y")
    if doer is None and before and t.first - before[-1].last == 1:
        doer = before[-1]
    w = next((j for j in range(k + 1, min(len(sa.tokens), k + SPOKE_DAY_REACH + 1))
              if sa.tokens[j].folded in lex.with_words), None)
    return doer is not None and w is not None and _only_date_between(k - 1, w, sa, lex)


SPOKE_DAY_REACH = 4   # "تحدثت X أول من أمس مع Y": words of the day between the doer and "with", at most


def _speaking(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    w = sa.tokens[t.first].folded
    return w in lex.spoke_words or (bool(t.prefix) and w[len(t.prefix):] in lex.spoke_words)


def _handed_over(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the letter word given in person: a verb of handing over, in its clause, before it?"""
    return _hand_over_at(t, sa, lex) is not None


def _hand_over_at(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """Where the nearest verb of handing over stands before the letter word, in its clause (at most
    COURIER_REACH words before it); None when there is none."""
    return next((k for k in range(t.first - 1, max(0, t.first - COURIER_REACH) - 1, -1)
                 if word_in(k, lex.hand_over, sa, lex) and sa.same_clause(k, t.first)), None)
