"""Events, pairs: contacts whose parties are a pair named together or referred to ("the two
leaders", "قمتهما", "between A and B", "جمعتهما").
"""
from __future__ import annotations

from dataclasses import replace
from readouts.pipeline.actors import ActorMention, SentenceAnalysis
from readouts.pipeline.actors.mentions import _prepositional
from readouts.knowledge.lexicon import Lexicon, Trigger
from readouts.knowledge.matcher import Match
from readouts.pipeline.events.base import (_AND, Candidate, brought_phrase, _coordinated, _counterpart_of, _is_object,
                                           _joined_between, _list_next, _list_run, _matched, _object_prefixed,
                                           _only_date_between, _only_time_between, _that_at, _title_end, _title_start, _visitor_of,
                                           _word_before, named_dead, phrase_at, told_of_at, triggers, who, word_in, _with_word)
from readouts.pipeline.events.cues import (HAPPENED_REACH, _blocked)
from readouts.pipeline.events.parties import _speaker_joined

def _between_pair(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> str | None:
    """"قمة سوتشي بين A ونظيره B", "a summit in Helsinki between A and B": "between" right after
    a contact word (two words at most in between, none a person), with two parties after it,
    names both: "place" when a place name stands between (that summit took place), "held" when a
    verb says it took place ("عقدت القمة بين"), "plain" otherwise (a contact only if the text dates
    it: "قمة بين X وY" may be hoped for), else None."""
    if t.first > 0 and sa.tokens[t.first - 1].folded in lex.any_words:
        return None           # "قبل أي قمة بين X وY", "before any summit between": none in particular
    for m in sa.matches:
        if m.kind != "between" or not (0 < m.first - t.last <= 3) or not sa.same_clause(t.last, m.first):
            continue
        # (a place or an adjective between: "قمة تاريخية بين", "the summit in Helsinki between")
        if any(a.first < m.first and a.last > t.last for a in sa.actors) or _joined_between(t.last, m.first, sa, lex):
            return None
        after = [a for a in acts if a.first > m.last and sa.same_clause(m.last, a.first)]
        if len(after) < 2:
            return None
        start = _title_start(after[0], sa)
        # (a word of visiting may open the first one's title: "talks between the visiting Prime Minister X and Y")
        while start - 1 > m.last and sa.tokens[start - 1].folded in lex.visiting_words:
            start -= 1
        if start - m.last > 2:
            return None
        placed = any(p.kind == "place" and t.last < p.first < m.first for p in sa.matches)
        if not placed and m.first - t.last > 2 and not _only_date_between(t.last, m.first, sa, lex):
            return None       # ("قمة قد تعقد بين": words that are no place may say it is not held yet;
            #                   not those of a month: "قمة يونيو/حزيران بين A وB", dated by it)
        return "place" if placed else "held" if _took_place(t, after, sa, lex) else "plain"
    return None


def _took_place(t: Match, after: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"عقدت القمة بين X وY", "the summit between X and Y took place in ...": a verb of taking
    place in the past right before the contact word, or right after the parties listed after
    "between", or "after"/"since" before the word, tells it was held."""
    w = _word_before(t, sa, lex)
    if w >= 0 and (word_in(w, lex.after_words, sa, lex) or word_in(w, lex.since_words, sa, lex)) and not any(
            m.kind == "cue" and m.value in ("future", "request", "conditional") and m.last < t.first
            and sa.same_clause(m.last, t.first) for m in sa.matches):
        return True           # "بعد القمة بين X وY", "after/since the summit between X and Y": it was held
        #                       (not what is to come after it: "من المحتمل أن يعلن ذلك بعد القمة بين X وY")
    k = t.first - 1
    if k >= 0 and sa.same_clause(k, t.first) and word_in(k, lex.took_place_words, sa, lex):
        return True
    end = _list_run(after, sa, lex)[-1].last + 1
    words = tuple(sa.tokens[j].folded for j in range(end, min(len(sa.tokens), end + 3)))
    return sa.same_clause(t.last, end) and end < len(sa.tokens) and any(words[:len(p)] == p for p in lex.took_place)


FRONT_WORD_REACH = 6   # "During the Camp David summit": from "during" to the contact word, at most (words of no match, or a place)
FRONT_PAIR_REACH = 14  # "خلال قمة نادرة في أبريل في المنطقة ... أعاد X وY": words from the word to the pair, at most


def _fronted_pair(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"فخلال قمة نادرة في أبريل أعاد X وY التأكيد ...", "During their summit in April, X and Y
    agreed ...": "during" opening a clause before a contact word that names nobody, then two
    persons joined by "and", the subject of the clause's verb: the contact was the pair's."""
    # ("During a rare summit", "during their summit": an article, a pronoun or a word of no match between)
    # (a place of two or three words too: "During the Camp David summit")
    k = next((j for j in range(t.first - 1, max(-1, t.first - FRONT_WORD_REACH), -1) if word_in(j, lex.during, sa, lex)),
             None)
    # (or the city it was held in: "During the Tehran summit", its article too; not "During the G20 summit")
    if k is None:
        return False
    places = {j for m in sa.matches if m.kind == "place" for j in range(m.first, m.last + 1)}
    if any(any(m.first <= j <= m.last and m.kind not in ("indefinite", "transparent", "topic", "place")
               and not (m.kind == "cprefix" and j + 1 in places) for m in sa.matches) for j in range(k + 1, t.first)):
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
    # (or three, a trilateral summit's: "خلال قمة طهران، اتفق A وB وC"; not a longer list)
    if len(after) == 2 or not _list_next(b, after[2], sa, lex):
        return True
    return t.value.type == "meeting" and (len(after) == 3 or not _list_next(after[2], after[3], sa, lex))


PAIR_SUMMIT_REACH = 8   # "وقع X وY وثيقة في قمة": from the pair to "in"/"during", at most


def _pair_then_during(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وقع X وY وثيقة في قمة تاريخية", "X and Y signed a document at a summit": two persons
    joined by "and" after or before the clause's verb (or the second named as the first's
    counterpart), then "in"/"during" right before a summit word that names nobody after it in its
    clause: the summit was the pair's."""
    if t.value.type != "meeting" or t.first == 0:
        return False
    k = _word_before(t, sa, lex)      # ("during the talks")
    if k < 0 or not (word_in(k, lex.during, sa, lex) or sa.tokens[k].folded in lex.fronted_words):
        return False
    if any(a.first > t.last and sa.same_clause(t.last, a.first) for a in acts):
        return False
    before = [a for a in acts if a.last < k and sa.same_clause(a.last, k)]
    # (or the second named as the first's counterpart: "تصريحات X تجاه نظيره Y خلال قمة هلسنكي")
    counterpart = len(before) == 2 and _counterpart_of(before[0], before[1], sa)
    if len(before) != 2 or k - before[1].last > PAIR_SUMMIT_REACH or not (
            _list_next(before[0], before[1], sa, lex) or _speaker_joined(before[1], sa, lex) is before[0]
            or counterpart):
        return False
    # (nobody else named, no verb of saying or other contact word between the pair and "in"; no cue of
    # a plan, a hope, a request or a denial in the clause: "يأمل X وY في قمة قريبة")
    # (nor a verb in the future before it: "سيطرح X مع نظيره Y خلال قمة", he will raise it at a summit)
    return not any(m.kind in ("trigger", "reporting", "reporting_that", "clause") and before[1].last < m.first < k
                   for m in sa.matches) and not any(m.kind == "cue" and m.first < k and sa.same_clause(m.first, k)
                                                    for m in sa.matches) and not (
        lex.future_verb_token is not None and any(lex.future_verb_token.match(sa.tokens[j].folded)
                                                  for j in range(before[0].first, k) if sa.same_clause(j, k)
                                                  and not any(a.first <= j <= a.last for a in sa.actors)))


GOVERNED_TITLE = 5     # words of the second one's title, at most


def _governed_pair(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"استهدف انفجار موكبا لX وY خلال زيارة لغزة", "a convoy of X and Y ... during a visit": the only
    two persons of a contact word after "during", listed together before it after a preposition glued
    to the first one's title: they are what a noun or verb before them governs, and did nothing with
    each other."""
    k = _word_before(t, sa, lex)
    if len(acts) != 2 or acts[1].last >= t.first or k < 0 or not word_in(k, lex.during, sa, lex):
        return False      # (only for a word told as the time: not "صورة لX وY وهما يتصافحان", shaking hands)
    # (his title may be one the matcher only knows as an official's: "ورئيس المخابرات الفلسطينية X")
    nxt = acts[0].last + 1
    if not (_list_next(acts[0], acts[1], sa, lex) or (
            sa.tokens_prefix(nxt)[:1] in lex.conjunctions and acts[1].first - nxt <= GOVERNED_TITLE)):
        return False
    start = _title_start(acts[0], sa)
    # (not a noun said to be theirs jointly: "المؤتمر الصحفي المشترك لX وY خلال القمة", their joint press
    # conference during the summit, was theirs)
    if any(m.kind == "joint" and 0 < start - m.last <= 2 for m in sa.matches):
        return False
    return _prepositional(sa.tokens_prefix(start), lex) and sa.same_clause(start, t.first)


RELATIVE_SKIP = 10     # "A الذي يزور موسكو الأسبوع المقبل، ونظيره B": words of a relative clause between two listed, at most


def _after_relative(a: ActorMention, after: list[ActorMention], sa: SentenceAnalysis,
                    lex: Lexicon) -> list[ActorMention]:
    """"جمعت A الذي يزور موسكو الأسبوع المقبل، ونظيره B": the list goes on past a relative clause
    about its first item, at a comma and a title glued to "and" (B and those listed with him)."""
    rel = _title_end(a, sa) + 1
    if rel >= len(sa.tokens) or sa.tokens[rel].folded not in lex.relatives:
        return []
    for i, b in enumerate(after):
        k = _title_start(b, sa)
        if k <= rel:
            continue
        if k - rel > RELATIVE_SKIP or not sa.same_clause(rel, k):
            return []
        if k - 1 in sa.commas and sa.tokens_prefix(k)[:1] in lex.conjunctions:
            return _list_run(after[i:], sa, lex)
        return []
    return []


def _brought_together(t: Match, actors: list[ActorMention], sa: SentenceAnalysis,
                      lex: Lexicon) -> list[ActorMention] | None:
    """"القمة التاريخية في سنغافورة التي جمعته بالزعيم الكوري", "the summit that brought
    together A and B": a contact word, a relative pronoun a few words on (nobody named between)
    and a verb of bringing together in the past name the contact's parties: the persons listed
    after the verb, or the sentence's doer and the one after it ("جمعته بـX"), or the two persons
    named last before the word ("جمعتهما"). None when the words are not there."""
    found = brought_phrase(t, actors, sa, lex)
    if found is None:
        return None
    kind, end = found
    n = len(sa.tokens)
    before = [a for a in actors if a.last < t.first]
    after = [a for a in actors if a.first >= end and sa.same_clause(end - 1, a.first)]
    # (a day may stand between the verb and them: "قمة جمعته الاثنين بنظيره الروسي")
    gap = _title_start(after[0], sa) - end if after else None
    listed = _list_run(after, sa, lex) if gap is not None and (gap <= 1 or (
        gap == 2 and end + 1 < n and sa.tokens[end + 1].folded in lex.weekday_words)) else []
    if len(listed) == 1:
        listed += _after_relative(listed[0], after, sa, lex)
    elif not listed and after and any(m.kind == "role_plural" and m.first <= end + 1 and m.last == _title_start(
            after[0], sa) - 1 for m in sa.matches):
        # (or a title of the two before the first, the second after a relative clause about him:
        # "جمعت وزيري الدفاع الإسرائيلي X الذي يزور موسكو قريبا، ونظيره Y")
        more = _after_relative(after[0], after, sa, lex)
        listed = [after[0]] + more if more else []
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
        # (and those listed with him: "مكالمتين أجراها X مع Y وZ", one with each)
        other = next((a for a in after[1:] if _is_object(a, sa, lex)), None) if listed else None
        if other is not None:
            return [listed[0]] + _list_run(after[after.index(other):], sa, lex)
        # (no doer after the verb: the clause's subject before the word held it, "تعهد X ... خلال قمة
        # عقدها مع نظيره Y")
        other = after[0] if after and _is_object(after[0], sa, lex) and _title_start(after[0], sa) - end <= 2 else None
        # (the first person of the clause, its subject: "مون سوف يطلع آبي على نتائج القمة التي عقدها مع Y";
        # not one after "between", a party of another contact: "القمة بين X وY، تعهد X ... خلال قمة عقدها مع Z")
        doer = next((a for a in before if sa.same_clause(a.last, t.first) and not _is_object(a, sa, lex)
                     and not any(m.kind == "between" and m.last < a.first and sa.same_clause(m.last, a.first)
                                 for m in sa.matches)), None)
        if other is None or doer is None or who(doer) == who(other):
            return None
        return [doer] + _list_run(after[after.index(other):], sa, lex)
    if kind == "group":
        # ("أكد A وB وC بعد قمة ثلاثية جمعتهم": the last list of three or more named before; with
        # only two persons named before, those two)
        runs = [_list_run(before[i:], sa, lex) for i in range(len(before))
                if i == 0 or not _list_next(before[i - 1], before[i], sa, lex)]
        runs = [r for r in runs if len({who(a) for a in r}) >= 3]
        if runs:
            return runs[-1]
        named_before = list({who(a): a for a in before}.values())
        return named_before if len(named_before) == 2 else None
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
    # (the only two persons the sentence names before it, however far, when the second is the
    # object of the first's contact: "بعث X رسالة إلى Y يطلب فيها لقاء جديدا بعد القمة التي
    # جمعتهما"; not two subjects of their own verbs)
    named_before = list({who(a): a for a in before}.values())
    if len(named_before) == 2 and _is_object(named_before[1], sa, lex) and any(
            m.kind in ("trigger", "light") and named_before[0].last < m.first < named_before[1].first for m in sa.matches):
        return named_before
    return None


def _clause_names_parties(t: Match, actors: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a clause after the contact word name its parties: one of bringing together or taking
    place ("القمة التي جمعتهما"), or "between him and Y" ("اللقاء الذي جرى بينه وبين Y")?"""
    return (_brought_together(t, actors, sa, lex) or _between_him(t, actors, sa, lex)) is not None


BETWEEN_HIM_REACH = 8     # "اللقاء الذي جرى في القرية الحدودية بينه وبين": words from the contact word, at most


def _between_him(t: Match, actors: list[ActorMention], sa: SentenceAnalysis,
                 lex: Lexicon) -> list[ActorMention] | None:
    """"أشاد X بالقمة التي عقدت بينه وبين Y", "X said the talks held between him and Y went well":
    "between him and" a few words after a contact word (nobody named in between, same clause, a
    verb of taking place between or "during" before the word), then a person right after it: the
    contact was that person's (and those listed with him) with the one "him" stands for, the
    nearest person before the word who is no object. None when the words are not there."""
    n = len(sa.tokens)
    named = {k for a in actors for k in range(a.first, a.last + 1)}
    for k in range(t.last + 1, min(n, t.last + 1 + BETWEEN_HIM_REACH)):
        if k in named or not sa.same_clause(t.last, k):
            return None
        size = next((len(p) for p in lex.between_him
                     if tuple(sa.tokens[j].folded for j in range(k, min(n, k + len(p)))) == p), 0)
        if size:
            break
    else:
        return None
    # (told as held: a verb of taking place between, "الذي جرى بينه وبين", or "during" before the word;
    # "القمة المرتقبة بينه وبين Y", the summit awaited between him and Y, is not)
    if not (any(word_in(j, lex.held_words, sa, lex) for j in range(t.last + 1, k)) or (
            (w := _word_before(t, sa, lex)) >= 0 and word_in(w, lex.during, sa, lex))):
        return None
    end = k + size                # the first token after the phrase
    after = [a for a in actors if a.first >= end and sa.same_clause(k, a.first)]
    if not after or _title_start(after[0], sa) != end:
        return None
    doer = next((a for a in reversed(actors) if a.last < t.first and not _is_object(a, sa, lex)), None)
    if doer is None:
        return None
    return [doer] + [a for a in _list_run(after, sa, lex) if who(a) != who(doer)]


def _and_joined(a: ActorMention, b: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is b listed right after a with "and" ("X وY", "X and Y", "X ו-Y"), not a comma alone?"""
    start = _title_start(b, sa)
    if _coordinated(a, b, sa, lex) or (_list_next(a, b, sa, lex) and (b.prefix[:1] in lex.conjunctions or any(
            sa.tokens[k].folded in _AND for k in range(a.last + 1, start)))):
        return True
    # (or his title's first word glued to "and", a word or two of it the pack has no title for:
    # "X وزعيم المتمردين Y")
    return 1 <= start - a.last - 1 <= JOINED_TITLE and sa.tokens[a.last + 1].folded[:1] in lex.conjunctions


JOINED_TITLE = 3      # "X وزعيم المتمردين Y": words from the first one's name to the second's, at most


def _joint_parties(t: Match, acts: list[ActorMention], sa: SentenceAnalysis,
                   lex: Lexicon) -> list[ActorMention] | None:
    """"وقع X وY اتفاقا", "X and Y signed an accord", "وقع X مع Y": a verb of doing together
    (signing) is a contact of the two persons joined by "and" right after it (the verb first), or
    right before it (only a time or "قد", already, between), or of the one right after it and the one after
    "with" next; of nobody else ("X signed a memo asking Y"). None when no such pair."""
    if t.suffix:
        return None           # ("المرسوم الذي وقعه X وY": signed it, a decree, each in his office)
    after = [a for a in acts if a.first > t.last and sa.same_clause(t.last, a.first)]
    # ("ووقع الاتفاقية عن الجانب الكويتي X ونظيره Y": the document, then for whose side)
    lead = t.last
    if lead + 1 < len(sa.tokens) and sa.tokens[lead + 1].folded in lex.signed_objects:
        lead += 1
    side = " ".join(sa.tokens[k].folded for k in range(lead + 1, min(len(sa.tokens), lead + 3)))
    if lex.on_side and side in lex.on_side and any(m.kind == "country" and m.first == lead + 3 for m in sa.matches):
        lead = next(m.last for m in sa.matches if m.kind == "country" and m.first == lead + 3)
    # ("رئيس مجلس الوزراء بالإنابة ووزير الخارجية X": a first title of the one named next, not a person)
    if lead > t.last and len(after) >= 3 and after[0].kind == "role" and after[1].kind != "role" \
            and 0 < _title_start(after[1], sa) - after[0].last <= 3 \
            and _only_time_between(lead, _title_start(after[0], sa), sa, lex):
        after, lead = after[1:], _title_start(after[1], sa) - 1
    # (a title the pack reads only in part before the first: "وقعت وزيرة الثقافة الفرنسية X مع نظيرها Y")
    if after and not _only_time_between(lead, _title_start(after[0], sa), sa, lex) \
            and _title_start(after[0], sa) - lead - 1 <= JOINT_TITLE and any(
                m.kind == "official" and m.first == lead + 1 for m in sa.matches) and all(
                any(m.kind in ("official", "role", "country") and m.first <= k <= m.last for m in sa.matches)
                or any(sa.tokens[k].folded.startswith(a) for a in lex.articles)
                for k in range(lead + 1, _title_start(after[0], sa))):
        lead = _title_start(after[0], sa) - 1
    if len(after) >= 2 and _only_time_between(lead, _title_start(after[0], sa), sa, lex):
        if _and_joined(after[0], after[1], sa, lex):
            return [after[0]] + _list_run(after[1:], sa, lex)
        if _title_start(after[1], sa) - after[0].last <= 2 and any(
                m.kind == "object" and after[0].last < m.first < _title_start(after[1], sa)
                and sa.tokens[m.first].folded in lex.with_words for m in sa.matches):
            return after[:2]
    before = [a for a in acts if a.last < t.first and sa.same_clause(a.last, t.first)]
    if len(before) >= 2 and _and_joined(before[-2], before[-1], sa, lex) and (
            _only_time_between(before[-1].last, t.first, sa, lex) or all(
                sa.tokens[k].folded in lex.may_words for k in range(before[-1].last + 1, t.first))):
        return before[-2:]
    return None


JOINT_TITLE = 4       # "وقعت وزيرة الثقافة الفرنسية X": words of a title from the verb of signing to the name, at most
BETWEEN_THEM_REACH = 3    # "خلال اتصال جرى بينهما": words from the contact word to its "between them", at most


def _pair_owned(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the contact word carry "their" ("لقائهما", "פגישתם", "their meeting"), or is it said to
    have been "between them" right after it ("اتصال جرى بينهما")?"""
    return t.phrase in lex.pair_triggers or (t.first > 0 and sa.tokens[t.first - 1].folded in lex.pair_possessives) \
        or any(sa.tokens[k].folded in lex.between_them
               for k in range(t.last + 1, min(len(sa.tokens), t.last + 1 + BETWEEN_THEM_REACH)))


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
        # (or the only two persons the sentence names before it, however far, when the word is told
        # "after": "أصدرت القمة للرئيسين X وY بيانا ...، بعد عقد جولة محادثات بينهما")
        # (told as held, "after" a few words before it: not "اتفق X مع Y على لقاء قريب، في أول اجتماع بينهما")
        named = list({who(a): a for a in sa.actors if a.last < t.first}.values())
        if len(named) != 2 or any(a.first > t.last for a in sa.actors) or not any(
                word_in(k, lex.after_words, sa, lex) for k in range(max(0, t.first - 3), t.first)):
            return None
        before = named
    if nxt is None:
        return before         # "X and Y concluded their talks": nobody after, the two before held them
    start = _title_start(nxt, sa)
    if start - t.last <= 3 and (_object_prefixed(nxt, lex) or any(
            m.kind == "object" and t.last < m.first < start for m in sa.matches)):
        return None
    return before


def _pair_subject(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"Netanyahu and Putin spoke Tuesday", "X and Y talked": two persons joined by "and" right
    before a weak contact word, as its subject, and nobody after it in its clause."""
    before = [a for a in acts if a.last < t.first]
    if t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.speech_after:
        return False          # "X and Y spoke of ...", "spoke at the ceremony": speeches, not a contact
    return len(before) >= 2 and _only_time_between(before[-1].last, t.first, sa, lex) and not any(
        t.last < a.first for a in acts if sa.same_clause(t.last, a.first)) \
        and _list_next(before[-2], before[-1], sa, lex) and sa.same_clause(before[-2].last, t.first)


def pair_candidate(sa: SentenceAnalysis, lex: Lexicon) -> Candidate | None:
    """"... and that the two leaders had agreed", "ذكر X أن Y أشار إلى ...، والتقى الاثنان": the two
    persons named before the pair words (after a verb of agreeing, or a contact verb's subject) were
    in contact. The kind of contact comes from a trigger of the sentence (a visit or
    meeting word, even one that is no event by itself); without one there is no candidate."""
    pair = next((m for m in sa.matches if m.kind == "pair"), None)
    if pair is None:
        return None
    # (or the pair right after a contact verb, its subject: "ذكر X أن Y ...، والتقى الاثنان الجمعة";
    # or after "between" right after a contact word: "بعد عودته من قمة بين الزعيمين")
    verb = next((m for m in triggers(sa) if m.value.role != "future" and m.first < pair.first
                 and (_only_time_between(m.last, pair.first, sa, lex) or (
                     between_pair(m, sa) and any(b.kind == "between" and b.last == pair.first - 1 for b in sa.matches)))),
                None)
    if verb is None and not any(m.kind == "pairverb" and 0 < m.first - pair.last <= 3 for m in sa.matches):
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
    t = verb or min(trig, key=lambda m: abs(m.first - pair.first))
    c = Candidate(t.value.type, pair, sorted(before, key=lambda a: a.first))
    c.trigger = Match("trigger", Trigger(t.value.type, "neutral"), pair.phrase, pair.first, pair.last,
                      pair.start, pair.end, "", "")
    # ("the two discussed": a weak word, the call or meeting the article reports for the pair)
    c.weak = t.value.weak
    if verb is not None:
        c.blocked = _blocked(verb, sa, lex)
        c.via = verb
        c.weak = c.weak and not between_pair(verb, sa)     # ("قمة بين الزعيمين": a summit of its own)
    if t.value.role in ("subject", "passive"):
        # the visitor: the actor right before a visit word ("Trump's visit")
        c.initiator = next((a for a in before if 0 <= t.first - a.last <= 2), None)
    return c


PAIR_BETWEEN_REACH = 4   # "المباحثات التي جرت بين الرئيسين": "between" this many words after the word, at most


def named_pair(sa: SentenceAnalysis, gaz=None) -> list[ActorMention] | None:
    """The two persons a sentence names, when it names exactly two (by name or surname, each
    once or more): who "the two" of the next sentence may be."""
    # (or by a title with its country: "الرئيس X ورئيس الوزراء الإثيوبي")
    # (or by a name the gazetteer lacks, with its title: "والأمين العام لدارة الملك عبدالعزيز فهد السماري")
    # (not one named as the dead: "أشاد X بالتحقيق في اغتيال الجنرال Y" names X alone)
    persons = {who(a) if a.kind != "role" else a.office: a for a in sa.actors if ((a.kind in ("name", "short") and a.candidates)
               or (a.kind == "role" and a.office and not a.office.startswith("."))
               or (a.kind == "unknown" and (a.office or a.titled) and len(a.surface.split()) >= 2))
               and not named_dead(a, sa, DEAD_REACH)}
    if len(persons) > 2 and gaz is not None:
        # (a title an office of one the sentence names by name is his: "تغريدات الرئيس الأمريكي ... بهجوم
        # ترامب على كيم" names two)
        held = {f"{o.country}.{o.kind}" for a in persons.values() if a.kind != "role" and len(a.candidates) == 1
                and a.candidates[0] in gaz.persons for o in gaz.persons[a.candidates[0]].offices}
        persons = {k: a for k, a in persons.items() if a.kind != "role" or a.office not in held}
    return list(persons.values()) if len(persons) == 2 and any(a.kind != "role" for a in persons.values()) else None


WITH_PHRASE = 8       # "a call with top donors,": the words from "with" to the comma, at most
DEAD_REACH = 6        # "اغتيال الجنرال الإيراني Y": words from the word for a death to the dead man's name, at most


def with_nobody(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word's "with" right after it (its day between at most) followed by words
    that name nobody up to a comma ("On a call Saturday with top donors, X said ...", "في اتصال
    مع كبار المتبرعين، قال X")? Then its other party is no person, whoever the rest names."""
    w = next((m for m in sa.matches if _with_word(m, sa, lex) and t.last < m.first <= t.last + 3
              and _only_time_between(t.last, m.first, sa, lex)), None)
    if w is None:
        return False
    if phrase_at(sa, w.last + 1, lex.press_words) \
            and not any(m.kind == "trigger" and m.first > w.last for m in sa.matches):
        # ("ושיחה עם ערוצי התקשורת", "a talk with reporters": the press, no person; not when a contact
        # word follows, which what was said there may tell: "خلال لقاء مع الصحفيين إنه التقى Y")
        return True
    comma = next((k for k in sa.commas if k > w.last), None)
    if comma is None and len(sa.tokens) - 1 - w.last <= WITH_PHRASE:
        comma = len(sa.tokens) - 1      # ("... in call with top donors": to the sentence's end)
    if comma is None or comma - w.last > WITH_PHRASE or comma == w.last + 1:
        return False
    if phrase_at(sa, comma + 1, lex.member_openers):
        return False      # ("held meetings with Congress leaders, including X and Y": those of the group it met)
    return not any(w.last < a.last and a.first <= comma for a in sa.actors) and not any(
        m.kind in ("role", "role_fixed", "official", "proxy", "country") and w.last < m.first <= comma for m in sa.matches)


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


PAIR_HELD = 4   # "the two leaders held a telephone conversation": words from the pair words to the contact word, at most


def _held_between(a: int, b: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Are the words between tokens a and b a verb of holding in the past and a determiner at most
    ("held a", "عقدا")? Then the pair before them held the contact the word after them names."""
    words = [sa.tokens[k].folded for k in range(a + 1, b)]
    return any(w in lex.held_verbs for w in words) and all(w in lex.held_verbs or w in lex.determiners for w in words)


def dual_candidates(sa: SentenceAnalysis, lex: Lexicon, pair: list[ActorMention] | None,
                    pair_met: bool = False, pair_contacted: bool = False) -> list[Candidate]:
    """"وكان الرئيسان التقيا قبل ذلك في نوفمبر", "إذ التقيا للمرة الأولى في أبريل", "The two
    leaders first met in April", "השניים נפגשו באפריל": a contact whose doer is the pair (a dual
    verb, "their meeting", or pair words right before the word), in a sentence that names
    nobody but one of the two ("عقب لقاء جمعهما أمس، لفت X إلى ..."), is a contact of the two
    persons the sentence before named (`pair`). One candidate per such word that nothing blocks
    ("met in April, and again in May": two). A pronoun ("They had met in April") stands for the
    pair only when the article has told a contact of the two already (`pair_met`). Greetings the two
    exchanged, after a contact of theirs the article told (`pair_contacted`), were said in it: "The two
    leaders exchanged greetings on the occasion of Eid" after their call is no letter."""
    named = [a for a in sa.actors if a.kind in ("name", "short")]
    if not pair or (named and any(a.kind not in ("name", "short") or who(a) not in {who(p) for p in pair}
                                  for a in sa.actors)):
        return []
    out = []
    for t in triggers(sa):
        # (or "between the two" a few words after it: "المباحثات التي جرت بين الرئيسين")
        # (the pair words right before the word, or right after a verb as its subject: "والتقى الزعيمان")
        dual = t.phrase in lex.dual_verbs or t.phrase in lex.pair_triggers or any(
            m.kind == "pair" and (m.value != "pronoun" or pair_met) and (0 < t.first - m.last <= 2 or (
                m.value in ("before_contact", "pronoun") and m.last < t.first and all(
                sa.tokens[k].folded in lex.pair_contact_fillers for k in range(m.last + 1, t.first))) or (
                0 < t.first - m.last <= PAIR_HELD and _held_between(m.last, t.first, sa, lex))
                or (m.first > t.last and _only_time_between(t.last, m.first, sa, lex)))
            for m in sa.matches) or between_pair(t, sa) \
            or _pair_during(t, sa, lex) is not None or _brought_pair_after(t, sa, lex) \
            or (_pair_owned(t, sa, lex) and t.phrase not in lex.plural_triggers) \
            or _pair_after_fronted(t, sa, lex) \
            or (out and _and_again(t, out[-1].trigger, sa, lex))      # ("الاتصالات بينهما": in general)
        if not dual or t.value.role == "future" or _blocked(t, sa, lex):
            continue
        if pair_contacted and t.value.type == "message" and t.value.light_only:
            continue
        if any(m.kind == "country" and m.last == t.first - 1 for m in sa.matches):
            continue      # ("أن يواصل الاتحاد الأوروبي والولايات المتحدة محادثاتهما": the two states' talks)
        if t.value.type == "call" and t.phrase in lex.talk_verbs and _at_meeting(t, sa, lex):
            continue      # ("בפגישתם השניים שוחחו על", "at their meeting the two talked about": said there)
        if t.phrase in lex.dual_verbs and t.prefix[:1] in lex.conjunctions and any(
                m.kind == "past_verb" and m.last < t.first for m in sa.matches):
            continue      # ("فاجتمع A مع B وتحدثا": "and the two spoke" shares the subject of the verb before it)
        # ("رئيسا الوزراء بحثا الوضع في اتصال هاتفي", "the two discussed it in a phone call": a weak
        # word's contact is the one a word after "in"/"during" in its clause names)
        if t.value.weak:
            t = next((u for u in triggers(sa) if u.first > t.last + 1 and not u.value.weak and u.value.role != "future"
                      and sa.same_clause(t.last, u.first) and (sa.tokens[u.first - 1].folded in lex.during
                                                              or sa.tokens[u.first - 1].folded in lex.fronted_words)
                      and not _blocked(u, sa, lex)), t)
            if any(c.trigger is t for c in out):
                continue
        # (the two stand where the word is: the sentence names them nowhere else)
        actors = [replace(a, first=t.first, last=t.last, start=t.start, end=t.end) for a in pair]
        c = Candidate(t.value.type, t, actors)
        c.weak = t.value.weak     # ("the two discussed": the call or meeting the article reports)
        out.append(c)
    return out


def _and_again(t: Match, before: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"the two had held talks in June and again met in August": a word of meeting or talking
    after "and" (the pack's pair_contact_fillers between), in the clause of the pair's contact
    word before it, shares that word's doers, the pair."""
    if t.value.role != "neutral" or not before.last < t.first or not sa.same_clause(before.last, t.first):
        return False
    k = t.first - 1
    while k > before.last and sa.tokens[k].folded in lex.pair_contact_fillers:
        k -= 1
    return k > before.last and sa.tokens[k].folded in _AND


def _at_meeting(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a meeting word after "in" or "during" stand before the word in its clause ("בפגישתם",
    "during their meeting"): what the word tells was said there?"""
    return any(u.value.type == "meeting" and u.value.role != "future" and u.last < t.first and sa.same_clause(u.last, t.first)
               and ((u.prefix and u.prefix.endswith(lex.in_prefixes) and lex.in_prefixes)
                    or (u.first > 0 and word_in(u.first - 1, lex.during, sa, lex)))
               for u in triggers(sa))


PAIR_AFTER_FRONTED = 3    # "وفي مكالمة هاتفية اعتبر الزعيمان": words from the fronted word to the pair words, at most


def _pair_after_fronted(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"وفي مكالمة هاتفية اعتبر الزعيمان أن ...", "In a phone call, the two leaders agreed ...": a
    contact word fronted after "in"/"during" at the sentence's start, then the main clause's verb
    and the pair words as its subject: the two held it."""
    k = t.first - 1
    if not (0 <= k <= 1 and (sa.tokens[k].folded in lex.fronted_words or word_in(k, lex.during, sa, lex))):
        return False
    return any(m.kind == "pair" and 0 < m.first - t.last <= PAIR_AFTER_FRONTED for m in sa.matches)


BROUGHT_PAIR_REACH = 4   # "أول قمة تاريخية جمعتهما": the verb of bringing the two together this near after the word


def _brought_pair_after(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a verb that brought "the two of them" together follow the word closely, in its clause,
    a relative pronoun between or none ("قمة تاريخية جمعتهما", "اللقاء الذي جمعهما"), or a verb of
    bringing together with pair words right after it ("غداة لقاء جمع الرجلين")?"""
    n = len(sa.tokens)
    for k in range(t.last + 1, min(n, t.last + 1 + BROUGHT_PAIR_REACH)):
        if not sa.same_clause(t.last, k):
            return False
        if any(tuple(sa.tokens[j].folded for j in range(k, min(n, k + len(p)))) == p
               for p in lex.brought.get("pair", ())):
            return True
        for p in lex.brought.get("after", ()):
            if tuple(sa.tokens[j].folded for j in range(k, min(n, k + len(p)))) == p and any(
                    m.kind == "pair" and m.first == k + len(p) for m in sa.matches):
                return True
    return False


def fronted_comma(t: Match, persons: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon,
                  one: bool = False) -> int | None:
    """The comma that closes a contact word fronted after "after"/"during"/"in" at the sentence's
    start, when two of `persons` (its parties) are named between the word and it ("وعقب لقاء X مع Y،
    ..."), or with `one`, exactly one ("After meeting Y earlier, X ..."); else None."""
    k = t.first - 1
    if not (0 <= k <= 1 and (word_in(k, lex.after_words, sa, lex) or word_in(k, lex.during, sa, lex)
                             or sa.tokens[k].folded in lex.fronted_words)):
        return None
    comma = next((c for c in sa.commas if c >= t.last), None)
    named = len({who(a) for a in persons if t.last < a.first and a.last <= comma}) if comma is not None else 0
    if comma is None or (named != 1 if one else named < 2):
        return None
    return comma


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
    # ("briefed X on the outcomes of his meeting with Z": "of his" between)
    if told_of_at(t, sa, lex) is not None:
        before = [a for a in acts if a.last < t.first]
        if len(before) >= 2:
            acts = [before[0]] + [a for a in acts if a.first > t.last]
        elif len(before) == 1 and any(m.kind in ("trigger", "past_verb", "reporting") and m.last == before[0].first - 1
                                      for m in sa.matches):
            acts = [a for a in acts if a.first > t.last]      # ("His Majesty briefed X on the outcomes of his
            #                                                   meeting with Z": X, the verb's object, was told)
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
    # "وعقب لقاء X مع Y، التقى Z W": a contact word fronted after "after"/"during"/"in", both its
    # parties named before the comma that closes the phrase, and a contact word of the main clause
    # after it: the phrase's parties end at the comma
    comma = fronted_comma(t, acts, sa, lex)
    if comma is not None and any(u.first > comma for u in trig):
        acts = [a for a in acts if a.last <= comma]
    # "أجرى X اتصالا مع Y ثم وقع اتفاقا مع Z": "then" and a word that begins no person opens another
    # doing of the subject; whom it was with is no party of this word ("ثم Z", "ثم بـZ": one more party)
    then = next((k for k in range(t.last + 1, len(sa.tokens) - 1) if sa.tokens[k].folded in lex.sequel_words
                 and sa.same_clause(t.last, k)), None)
    if then is not None and not any(_title_start(a, sa) == then + 1 for a in sa.actors):
        acts = [a for a in acts if a.last < then]
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
