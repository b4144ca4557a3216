"""Events, candidates: group a sentence's contact words into contacts and give each its parties,
initiator and guards (`candidates`).
"""
from __future__ import annotations

from dataclasses import replace

from readouts.pipeline.actors import POSSESSIVE, ActorMention, SentenceAnalysis, summit_word
from readouts.knowledge.lexicon import Lexicon, Trigger
from readouts.knowledge.matcher import Match
from readouts.pipeline.events.base import (ANAPHOR_GAP, OFFICE_RUN, Candidate, _counterpart_of, LEND_WINDOW, named_dead,
                                           carrying_after, brought_phrase, told_of_at, _with_word,
                                           LIGHT_TITLED, LIGHT_WINDOW, SCOPE, TITLE_KINDS, VERB_KINDS, _AND, _and_glued_with,
                                           _addressed_after, _addressed_start, _and_glued, _coordinated, _count, _definite, _definite_word, _drop_between,
                                           _is_object, _joined_between, _list_next, _list_run, _object_prefixed,
                                           _only_date_between, _reporting, _that_at, _that_before, _title_end, _title_start,
                                           _title_words, _titled_start, _word_before, possessed, triggers, who, word_in)
from readouts.pipeline.events.cues import (_blocked, _first_in_the_past, _future_verb, _seized, _told_after_past)
from readouts.pipeline.events.parties import (HEAD_KINDS, NAMED_KINDS, SAID_THAT_REACH, SPEAKER_GAP, TAIL_REACH, VSO_SUBJECT_REACH, _addressed,
                                              _courier, _received_for_another,
                                              _discussed_parties, _during_with, _first_person, _from_marked,
                                              _from_prefixed, _fronted, _genitive_doer, _genitive_writer, _group_headed,
                                              _group_subject,
                                              _hand_over_at, _handed_over,
                                              _heads, _his_with, _kin_doer, _list_end, _listed_after, _possessor,
                                              _reception, _referred_doer, _relative_doer, _resumptive_doer, _said_in,
                                              _speaker,
                                              _joint_with, _speaker_joined, _speakers_held, _speaking, _spoke_with, _told_in,
                                              _unnamed_slot, _where_listed, _without_carriers, _among_listed,
                                              _first_person_object, dropped_subject, relative_before, said_in_unnamed)
from readouts.pipeline.events.pairs import (_and_joined, _between_him, _between_pair, _brought_together, _clause_names_parties,
                                            _clause_parties, _fronted_pair, fronted_comma,
                                            _governed_pair, _joint_parties, _pair_owned, _pair_subject, _pair_then_during,
                                            _their_parties)

OBJECT_REACH = 3      # "called opposition coalition leader X": words from a word that needs an object to his title, at most
TITLE_RUN_HOST = 6    # "وزير الخارجية بدولة قطر الدكتور X": words from a host's title to his name, at most
WELCOME_LINE = 3      # this many persons or more waiting to greet an arrival are a welcome line
OPENING = 3           # a person whose title begins this near the sentence start opens it (its subject)
LIGHT_GAP_SUBJECT = 3  # "X قد أجرى محادثات": from the subject to the noun, a light verb right before it, at most


OTHER_EVENT_GAP = 4   # "بعد أسبوعين من عودة": "after" this near before the noun of another happening
WEAK_WITH_REACH = 8   # "discussed a range of topics with Y": words from the weak word to "with", at most
PURPOSE_REACH = 10    # "زار X الرياض يوم الثلاثاء لإجراء": words from the visit to what it was made for, at most
GROUP_LED_REACH = 3   # "ووفد أميركي رفيع بقيادة X": from the group's noun to "led by", at most


ROLE_RANK = {"receive": 4, "subject": 3, "host": 2, "passive": 2, "neutral": 0}


def _discussed_with(t: Match, a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"X discussed a range of topics with Y": the weak word's object, then "with" and the mention
    (its title) right after it, no one named and no verb between the word and "with"."""
    if not any(m.kind == "past_verb" and m.first == t.first for m in sa.matches):
        return False          # (a verb: not a noun's "with", "القمة التاريخية التي كان من المقرر عقدها مع Y")
    first = _addressed_start(a, sa, lex)
    w = first - 1
    return t.last < w <= t.last + WEAK_WITH_REACH and sa.tokens[w].folded in lex.with_words \
        and sa.same_clause(t.last, first) \
        and not any(t.last < b.last and b.first < w for b in sa.actors) \
        and not any(m.kind in VERB_KINDS and t.last < m.first < w for m in sa.matches)


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


def _after_there(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does the clause at token k open right after "there" ("טס X לברלין, שם נועד עם Y"), in a
    language whose subject stands before its verb (where the traveller named before did it)?"""
    return not lex.subject_after_verb and k > 0 and sa.tokens[k - 1].folded in lex.where_words


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


def _contact_as_subject(u: Match, trig: list[Match], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is a weak word of talking said of a contact noun right at it, its subject ("، حيث تناول الاتصال
    ...", "the call covered ...")? It tells what that contact was about, no contact of its own."""
    if not u.value.weak:
        return False
    return any(not t.value.weak and _definite_word(t, sa, lex) and (
        t.first == u.last + 1 if lex.subject_after_verb else t.last == u.first - 1) for t in trig)


def _told_again(t: Match, g: list[Match], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word the contact of the group before it told again ("a call ... the call", "اتصالا
    ... الاتصال"): of its type, with the article where the group's first word has none, and no one
    named after it in the sentence? Its cues are the group's."""
    return (t.value.type == g[0].value.type and not t.value.weak and not g[0].value.weak and g[-1].last < t.first
            and _definite_word(t, sa, lex)
            and not _definite_word(g[0], sa, lex) and not any(a.first > t.last for a in sa.actors))


def _group_triggers(trig: list[Match], sa: SentenceAnalysis, blocked: dict[int, str | None],
                    lex: Lexicon) -> list[list[Match]]:
    """Triggers of one type in one clause speak of one contact ("أجرى اتصالا ... بعد اتصال")
    unless one of them is guarded by a cue and the other not."""
    groups: list[list[Match]] = []
    betweens = [m.first for m in sa.matches if m.kind == "between"]
    closed: set[int] = set()
    for t in trig:
        b = blocked[id(t)]
        if groups and _told_again(t, groups[-1], sa, lex):
            groups[-1].append(t)      # "تلقى X اتصالا من Y، حيث تناول الاتصال العلاقات بين البلدين": that call
            blocked[id(t)] = blocked[id(groups[-1][0])]
            continue
        if groups and relative_before(t, sa, lex) is not None:
            groups.append([t])        # "التقى X بـY، الذي التقى أيضا Z": Y's own contact
            continue
        if groups and _pair_after_during(t, sa, lex):
            groups.append([t])        # "قمة ...، التقى خلالها X وY": the pair's own meeting there
            continue
        if groups and _in_setting_of(groups[-1][-1], t, sa, lex):
            groups[-1].append(t)      # "استقباله Y في اجتماع تناول ...": the reception took place in it
            continue
        if groups and t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.during_it \
                and groups[-1][0].value.type == t.value.type and sa.same_clause(groups[-1][-1].last, t.first) \
                and (blocked[id(groups[-1][0])] is None) == (b is None):
            groups[-1].append(t)      # "زيارة للسعودية التقى خلالها بـX": met during it, the visit just named
            continue
        if groups and not t.value.weak and _after_there(t.first, sa, lex) and _party_between(groups[-1][-1], t, sa, lex):
            groups.append([t])        # "אחרי הפגישה עם X טס Y לברלין, שם נועד עם Z": what he did there, its own
            continue
        if groups and not t.value.weak and _after_also(t.first, sa, lex):
            groups.append([t])        # "met A in Amman, then met B": a contact of its own
            continue
        if groups and not t.value.weak and possessed(t, sa, lex) and sa.tokens_prefix(t.first)[:1] in lex.conjunctions \
                and t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.with_words and any(
                    groups[-1][-1].last < a.first and a.last < t.first and _with_marked(a, sa, lex) for a in sa.actors):
            groups.append([t])        # "בשיחות שקיים X עם A בדוחא ובשיחותיו עם B": and his talks with B, their own
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
        if groups and not t.value.weak and not t.value.present and _earlier_opened(t, sa, lex):
            closed.update(range(len(groups)))     # "... زيارته الحالية» وكان X قد زار بغداد واجتمع مع Y":
            groups.append([t])                    # the clause of an earlier visit, its own contact
            continue
        if groups and not t.value.weak and _brought_together(t, sa.actors, sa, lex) is not None:
            groups.append([t])        # "سبق اجتماعَ X مع Y اجتماعٌ ثلاثي ضم A وB وC": the second names its own
            closed.add(len(groups) - 1)
            continue
        if groups and not lex.subject_after_verb and (rc := _relative_close(t, sa, lex)) is not None \
                and groups[-1][-1].last < rc:
            groups.append([t])        # "X, who is visiting A to attend the summit, held talks with Y": the
            continue                  # main clause's contact, not the relative clause's summit
        if groups and _on_sidelines(t, groups[-1][-1], sa, lex):
            groups.append([t])        # "استقبل X Y على هامش زيارة Z إلى روسيا", "met Y on the sidelines of Z's
            closed.add(len(groups) - 1)   # visit": the setting is a contact word of its own, its doer no party
            continue
        if groups and _framed_by_time(t, groups[-1][-1], sa, lex):
            groups.append([t])        # "X's meeting comes a day after Y met with Z", "ahead of his sit-down
            closed.add(len(groups) - 1)   # with Y": another contact, its own
            continue
        if groups and _own_during(t, groups[-1], sa, lex):
            groups.append([t])        # "زيارة X لـY ...، التي أكد A ... خلال استقباله B": A's own contact
            continue
        # ("وعقب لقاء X مع Y، التقى Z W": the word after the comma that closes a fronted contact
        # with both its parties named)
        if groups and (comma := fronted_comma(groups[-1][0], sa.actors, sa, lex)) is not None and comma < t.first:
            closed.add(len(groups) - 1)
            groups.append([t])        # "وعقب لقاء X مع Y، التقى Z W": the main clause's contact is its own
            continue
        if groups and not t.value.weak and (comma := fronted_comma(groups[-1][0], sa.actors, sa, lex, one=True)) is not None \
                and comma < t.first and any(m.kind == "past_verb" and m.first <= t.first <= m.last for m in sa.matches):
            closed.add(len(groups) - 1)
            groups.append([t])        # "After meeting Y earlier, X met Z": the main clause's contact is its own
            continue
        told = told_of_at(t, sa, lex)
        if groups and told is not None and told < t.first - 1:
            groups.append([t])        # "briefed Y on the outcomes of his meeting with Z": the contact told of,
            closed.add(len(groups) - 1)   # another, its own
            continue
        at = _word_before(t, sa, lex)
        if groups and at >= 0 and sa.tokens[at].folded in lex.since_words:
            groups.append([t])        # "أول لقاء منذ لقاء A وB عام 2000", "since the meeting of A and B": its own
            closed.add(len(groups) - 1)
            continue
        if any(0 < f - t.last <= 1 for f in betweens) or (
                groups and at >= 0 and sa.tokens[at].folded in lex.after_words
                and _clause_names_parties(t, sa.actors, sa, lex)) or (
                groups and not t.value.weak and _timed_by_another(t, sa, lex)
                and all(x.value.weak for x in groups[-1])):
            # (and a strong word that "after" places after a weak one: "X had spoken with Y and would
            # again after the call with Z")
            groups.append([t])        # "... following a summit between X and Y", "بعد القمة التي جمعتهما": its own contact
            closed.add(len(groups) - 1)
            continue
        for gi, g in enumerate(groups):
            if gi in closed:
                continue
            g0 = g[0]
            # (not across a contact word of another type, a list of contacts moving on: "على مباحثاته
            # مع A، وفحوى الاتصالات التي تلقاها من B، واستقبال X لـC": the reception is not the talks)
            if g0.value.type == t.value.type and sa.same_clause(g0.first, t.first) and \
                    (blocked[id(g0)] is None) == (b is None) and not any(
                    u.value.type != t.value.type and g[-1].last < u.first < t.first for u in trig):
                g.append(t)
                break
        else:
            groups.append([t])
    return groups


SETTING_REACH = 16    # "استقباله الممثلة العليا ... Y في اجتماع": words from a contact word to "in a meeting", at most


def _in_setting_of(prev: Match, t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is t a meeting word after "in" that tells where the meeting word before it, with its party between
    them and no verb, took place ("خلال استقباله Y في اجتماع تناول العلاقات", received Y in a meeting)?"""
    return prev.value.type == "meeting" == t.value.type and not t.value.weak and not prev.value.present \
        and 0 < t.first - prev.last <= SETTING_REACH \
        and any(m.kind == "loc" and m.first == t.first - 1 for m in sa.matches) \
        and sa.same_clause(prev.last, t.first) and any(prev.last < a.first and a.last < t.first for a in sa.actors) \
        and not any(m.kind in VERB_KINDS and prev.last < m.first < t.first for m in sa.matches)


OWNER_REACH = 12      # "أكد الملك سلمان ... خلال استقباله Y": words from the owner's name to "during his ...", at most


def _pair_after_during(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"قمة في سنغافورة، التقى خلالها X وY": after "during it" the verb names its own subject and
    the one it met, joined by "and" (no preposition on the first): the pair met there, and whoever
    made the contact named before (a tour "after" the summit) is no party of it."""
    if t.last + 1 >= len(sa.tokens) or sa.tokens[t.last + 1].folded not in lex.during_it:
        return False
    after = [a for a in sa.actors if a.first > t.last + 1 and sa.same_clause(t.last, a.first)]
    return len(after) >= 2 and _title_start(after[0], sa) == t.last + 2 and not _is_object(after[0], sa, lex) \
        and _list_next(after[0], after[1], sa, lex) and not _is_object(after[1], sa, lex)


def _own_during(t: Match, prev: list[Match], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the contact word "during his reception of Y" ("خلال استقباله Y", "during his meeting with
    Y") a contact of its own, after an earlier contact word that has two parties before it already:
    its object named right after it, and another person (its owner) named between the two, the
    subject of a verb that is no contact?"""
    if not possessed(t, sa, lex) or not any(sa.tokens[k].folded in lex.during for k in range(max(0, t.first - 2), t.first)):
        return False
    if not any(a.first > t.last and _title_start(a, sa) - t.last <= 1 for a in sa.actors):
        return False
    owner = next((a for a in reversed(sa.actors) if a.last < t.first), None)
    if owner is None or owner.first < prev[-1].last or t.first - owner.last > OWNER_REACH:
        return False
    return len({who(a) for a in sa.actors if a.last < owner.first}) >= 2


PAST_DATE_REACH = 14    # "خلال مكالمة هاتفية جرت بين الجانبين في أبريل الماضي": words from the contact word to its past date


def _dated_past_after(t: Match, trig: list[Match], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word dating something in the past ("الماضي", "last") follow the contact word, before
    the next contact word and within a few words?"""
    stop = min([u.first for u in trig if u.first > t.last] + [t.last + 1 + PAST_DATE_REACH, len(sa.tokens)])
    return any(sa.tokens[k].folded in lex.past_date_words for k in range(t.last + 1, stop))


def summit_size(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """How many the summit word t says its summit was of ("القمة الرباعية": 4), or None."""
    return next((lex.summit_sizes[sa.tokens[k].folded] for k in (t.first - 1, t.last + 1, t.last + 2)
                 if 0 <= k < len(sa.tokens) and sa.tokens[k].folded in lex.summit_sizes), None)


def summit_size_told(sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The size a summit word of the sentence says (for the sentences after it), or None."""
    if not lex.summit_sizes:
        return None
    return next((n for t in triggers(sa) if summit_word(t, sa, lex)
                 if (n := summit_size(t, sa, lex)) is not None), None)


RELATIVE_VERB_GAP = 4   # ", held a leaders' meeting with": words from the comma closing a relative clause to the contact word, at most
RELATIVE_APPOSITION = 8  # "X, Prime Minister of Japan, who": words from a person's name to the relative pronoun, at most


ENVOY_OF_REACH = 6   # "the special envoy from the President of the Republic of China, X": words from "from" to X's title, at most


def _envoys_principal(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is `a` named after "envoy of/from" and a title ("with the special envoy from the President of
    China, Xi Jinping"): the one who sent the envoy, whom the text does not say met anyone?"""
    start = _title_start(a, sa)
    if lex.envoy_nouns and _sent_envoy(a, start, sa, lex):
        return True
    for k in range(max(0, start - ENVOY_OF_REACH), start):
        if sa.tokens[k].folded in lex.envoy_words and k + 1 < start and sa.tokens[k + 1].folded in lex.envoy_origin:
            j = k + 2
            while j < a.first and sa.tokens[j].folded in lex.determiners:
                j += 1
            # (a title right after "from the", not a state: "Ambassador of France X" is the ambassador)
            return any(m.first == j and m.kind in ("role", "role_fixed", "official") for m in sa.matches) and not any(
                m.first == j and m.kind == "country" for m in sa.matches)
    return False


def _sent_envoy(a: ActorMention, start: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is `a` a head of state or government whose title opens right after an envoy's noun and its
    adjectives ("بصفته مبعوثا خاصا لرئيس الجمهورية X", "موفد الرئيس X"): the one who sent him? (Not one
    who never headed a state: "مبعوث الرئيس الأمريكي ستيف ويتكوف" names the envoy himself.)"""
    k = start - 1
    while k >= 0 and sa.tokens[k].folded in lex.envoy_adjectives:
        k -= 1
    if k < 0 or not word_in(k, lex.envoy_nouns, sa, lex):
        return False
    if a.kind == "role" and a.office:
        return a.office.split(".", 1)[1] in HEAD_KINDS
    return len(a.candidates) == 1 and a.candidates[0] in lex.gaz.persons and any(
        o.kind in HEAD_KINDS for o in lex.gaz.persons[a.candidates[0]].offices)


def _gender_of(a: ActorMention, lex: Lexicon) -> str | None:
    """The gender of the person a mention names: its own (a title's), else its one person's."""
    if a.gender:
        return a.gender
    return lex.gaz.persons[a.candidates[0]].gender if len(a.candidates) == 1 and a.candidates[0] in lex.gaz.persons else None


THANKED_WORD = 2   # "thanked her for the congratulations of X": words from "for" to the deed thanked for, at most
ADDRESSEE_GAP = 3   # "messages to both the Prime Minister": words from the letter's "to" to its first addressee, at most
FRAME_FILLER = 2   # "ahead of his highly-anticipated sit-down": words between the word of time and the contact word, at most


def _on_sidelines(t: Match, prev: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "on the sidelines of" ("على هامش", "בשולי") stand right before t (a determiner between),
    after the contact word before it (`prev`), and t's own doer right after it ("على هامش زيارة خادم
    الحرمين")? Then t names the setting of that contact, its doer no party of it (not "تباحث X على هامش
    الاجتماع مع Y": Y, after "with", is the talks')."""
    at = _word_before(t, sa, lex)
    if not any(at - len(p) + 1 > prev.last and tuple(sa.tokens[k].folded for k in range(at - len(p) + 1, at + 1)) == p
               for p in lex.sidelines):
        return False
    doer = next((a for a in sa.actors if a.first > t.last), None)
    return doer is not None and _title_start(doer, sa) == t.last + 1 and not _is_object(doer, sa, lex)


def _framed_by_time(t: Match, prev: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word of before or after stand between the contact word before (`prev`) and t, with
    only a few words or t's subject after it ("one day after Defense Minister X met with Y", "ahead
    of his highly-anticipated sit-down with Y")? Then t tells another contact than prev."""
    # (after "after", the other contact's own subject: not "بعد يوم على اتصاله بـY", his call, the one
    # before's doer's; before "before", a word with no pronoun glued on it, whose doer the sentence has)
    priors = [m.last for m in sa.matches if m.kind == "prior" and prev.last < m.first and m.last < t.first]
    afters = [k for k in range(prev.last + 1, t.first) if sa.tokens[k].folded in lex.after_words]
    if not priors and not afters:
        return False
    at = max(priors + afters)
    subject = {k for a in sa.actors if at < a.first and a.last < t.first for k in range(_title_start(a, sa), a.last + 1)}
    if (at in afters and not subject) or (at not in afters and t.suffix):
        return False
    rest = [k for k in range(at + 1, t.first) if k not in subject]
    # (before the word only a determiner or a compound adjective: "ahead of his highly-anticipated
    # sit-down"; not a span of time, "לפני כשבועיים בפסגת", two weeks ago at the summit)
    if at not in afters and not all(sa.tokens[k].folded in lex.determiners or "-" in sa.tokens[k].surface for k in rest):
        return False
    return len(rest) <= FRAME_FILLER and not any(at < m.first < t.first and m.kind in VERB_KINDS for m in sa.matches)


def _relative_close(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int | None:
    """The comma a few words before the contact word t, nobody named between, that closes a
    person's relative clause (", who is visiting A to attend the summit,"); or None."""
    if not lex.relatives:
        return None
    c2 = next((c for c in sorted(sa.commas, reverse=True) if 0 < t.first - c <= RELATIVE_VERB_GAP), None)
    if c2 is None or any(c2 < a.first < t.first for a in sa.actors):
        return None
    return c2 if _relative_head(c2, sa.actors, sa, lex) is not None else None


def _relative_head(c2: int, actors: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The person whose relative clause (", who ...") the comma at c2 closes: named before a "who"
    that follows his name or its apposition after a comma, with nobody named from the "who" to c2
    and no verb of another contact in the apposition; or None."""
    rel = next((k for k in range(c2 - 1, -1, -1) if sa.tokens[k].folded in lex.relatives), None)
    if rel is None or rel == 0 or rel - 1 not in sa.commas or any(rel < a.first < c2 for a in actors):
        return None
    head = next((a for a in reversed(actors) if a.last < rel), None)
    if head is None or rel - head.last > RELATIVE_APPOSITION or head.kind not in ("name", "short", "unknown", "role"):
        return None
    # (the apposition between the name and "who" names no one else, nor a contact: "X, Prime Minister of Japan, who")
    if any(head.last < m.first < rel and m.kind in VERB_KINDS for m in sa.matches):
        return None
    return head


def _held_by_him(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a verb of holding with "him" stand inside the word's phrase ("مؤتمر صحفي عقده مع Y"): the
    one the sentence is about held it?"""
    return any((sa.tokens[k].folded,) in lex.brought.get("held", ()) for k in range(t.first, t.last + 1))


def _named_counterpart(prev: ActorMention, a: ActorMention, sa: SentenceAnalysis) -> bool:
    """Is a the name right after the counterpart prev ("نظيره الفليبيني، X"): one person, not two?"""
    return prev.kind == "counterpart" and 0 < _title_start(a, sa) - prev.last <= 2


def _between_listed(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"between" right after the word, and two persons or more listed right after it."""
    btw = next((m for m in sa.matches if m.kind == "between" and m.first == t.last + 1), None)
    if btw is None:
        return False
    run = _list_run([a for a in sa.actors if a.first > btw.last and sa.same_clause(btw.last, a.first)], sa, lex)
    return len(run) >= 2 and _title_start(run[0], sa) - btw.last <= 3


APPOSITION_WORDS = 12   # "X، عضو مجلس الشيوخ ...،": words of an apposition between commas after a name, at most
SIZED_LIST_GAP = 5    # "لقاء ثلاثيا جمعه مع معالي A": words from a sized meeting word to its first party listed after it, at most


def _sized_summit(g: list[Match], actors: list[ActorMention], sa: SentenceAnalysis,
                  lex: Lexicon) -> tuple[Match, list[ActorMention]] | None:
    """A summit word that says how many took part ("القمة الثلاثية", "the trilateral summit",
    "פסגה משולשת"), in a sentence naming exactly that many persons, all in the word's clause: it
    was the meeting of those persons (the word and them), attendance words or not. Else None."""
    if not lex.summit_sizes:
        return None
    for t in g:
        summit, size = summit_word(t, sa, lex), summit_size(t, sa, lex)
        if not summit and size is None:
            continue          # (any meeting word that says its size, "اللقاء الثلاثي", for the persons before it)
        if size is None and sa.summit_size and (any(t.prefix.endswith(a) for a in lex.definite if a) or (
                t.first > 0 and sa.tokens[t.first - 1].folded in lex.determiners)):
            size = sa.summit_size     # "the summit" of an article that told of "the quadrilateral summit"
        if size is None:
            continue
        # (a title and the name right after it are one person: "العاهل الأردني الملك عبدالله"; the
        # title is kept when the name is one the gazetteer lacks)
        persons = []
        for a in sorted(actors, key=lambda a: a.first):
            prev = persons[-1] if persons else None
            if prev is not None and prev.kind == "role" and 0 < a.first - prev.last <= 2 and a.kind != "role":
                if a.kind != "unknown":
                    persons[-1] = a
                continue
            persons.append(a)
        named = list({who(a): a for a in persons if sa.same_clause(a.first, t.first)}.values())
        # (a summit word, or a contact word that tells its size itself: "שיחה משולשת בין A, B ו-C",
        # "a trilateral call between A, B and C")
        own_size = any(0 <= k < len(sa.tokens) and sa.tokens[k].folded in lex.summit_sizes for k in (t.first - 1, t.last + 1))
        if (summit or own_size) and len(named) == size \
                and len({who(a) for a in persons}) == size:
            return t, sorted(named, key=lambda a: a.first)
        # ("X واجه A وB في اللقاء الثلاثي ...، وC رد على D": the three named before it in its clause,
        # when exactly that many are, whoever the sentence names after it)
        before = list({who(a): a for a in named if a.last < t.first}.values())
        if len(before) == size and len(named) > size and not any(
                m.kind == "between" and t.last < m.first <= t.last + 2 for m in sa.matches):   # (not "... بين A وB وC")
            return t, sorted(before, key=lambda a: a.first)
        # ("أجرى X لقاء ثلاثيا جمعه مع A وB جرى خلاله ... الجهود التي يقوم بها C": its doer, the one named
        # before it, and the persons listed right after it, that many in all, whoever is named later)
        run = _list_run(sorted((a for a in named if a.first > t.last), key=lambda a: a.first), sa, lex)
        # (from the word to the first party's title: "معالي وزير الخارجية الأستاذ A", a title read as a role)
        first_after = min([_title_start(run[0], sa)] + [a.first for a in actors if t.last < a.first <= run[0].first]) \
            if run else None
        if len(before) == 1 and len(run) == size - 1 and len(named) > size \
                and first_after - t.last <= SIZED_LIST_GAP:
            return t, before + run
    return None


def _said_after(t: Match, u: Match, sa: SentenceAnalysis) -> bool:
    """Does the strong word u stand after a verb of saying that follows the weak word t: what was
    said, no word of how the pair of t spoke ("تحدث X مع Y، مضيفا أن Y أطلعه على مباحثاته مع Z")?"""
    return u.first > t.last and any(m.kind in ("reporting", "reporting_that") and t.last < m.first < u.first
                                    for m in sa.matches)


def _appositive_office(last: int, stop: int, offices: set[int], sa: SentenceAnalysis) -> bool:
    """Is what stands between a person's last token and token `stop` his office set off by commas,
    opening with a word of office and holding no verb: "بحث X، نائب القائد الأعلى للقوات المسلحة، مع Y"."""
    return last in sa.commas and stop - 1 in sa.commas and last + 1 in offices \
        and stop - last - 1 <= OFFICE_RUN and sa.same_clause(last, stop) and not any(
            m.kind in VERB_KINDS and last < m.first < stop for m in sa.matches)


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


BETWEEN_REACH = 6     # "بلقاء حدث قبل 73 عاما بين X وY": words from a contact word to its "between", at most
SPEAKER_REACH = 5     # "حسبما أعلن وزير الاقتصاد الألماني X": words from a verb of saying to its speaker's name,
#                       at most


TAKING_PART_GAP = 3      # "اجتماع تشاوري بمشاركة": words from the meeting word to the cue, at most
TAKING_PART_MAX = 8      # persons named as taking part, at most
TAKING_PART_BETWEEN = 8  # "المباحثات بين روسيا ومنظمة أوبك بمشاركة": ... when a "between" of states stands there


def _taking_part(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention] | None:
    """"عقد بالقاهرة اجتماع تشاوري بمشاركة A ونظيريه B وC، وD": a meeting word that nobody before
    it in its clause owns, then a cue of taking part a few words on (nobody named between): the
    persons named after the cue, up to the next cue or the clause's end, held the meeting. None
    when the words are not so."""
    if t.value.type != "meeting" or any(a.last < t.first and sa.same_clause(a.last, t.first) for a in acts):
        return None
    if t.first == 2 and sa.tokens[1].folded in lex.determiners and any(
            m.kind == "loc" and m.first == 0 for m in sa.matches) or (
            t.first <= 1 and _definite(t, sa, lex) and (t.first == 1 or sa.tokens_prefix(t.first)[:1] in lex.in_prefixes)):
        return None       # ("At the meeting, attended by A, B said ...": the meeting told before, A attended)
    # (farther after the states or bodies it was between: "المباحثات الدورية بين روسيا ومنظمة أوبك
    # بمشاركة A وB", nobody named there)
    between = any(m.kind == "between" and 0 < m.first - t.last <= 2 for m in sa.matches)
    at = next((m for m in sa.matches if m.kind == "attendance" and m.phrase in lex.taking_part
               and 0 < m.first - t.last <= (TAKING_PART_BETWEEN if between else TAKING_PART_GAP)
               and sa.same_clause(t.last, m.first)), None)
    if at is None or any(t.last < a.first < at.first for a in acts):
        return None
    stop = min([m.first for m in sa.matches if m.first > at.last and (m.kind in ("attendance", "trigger") or (
        m.kind == "cue" and m.value in ("future", "request")))] + [b + 1 for b in sa.clause_ends if b >= at.last]
               + [len(sa.tokens)])
    listed = [a for a in acts if at.last < a.first < stop]
    if not listed or _title_start(listed[0], sa) - at.last > 2:
        return None
    listed = list({who(a): a for a in listed}.values())
    return listed if 2 <= len(listed) <= TAKING_PART_MAX else None


RELATIVE_OWNER_REACH = 6    # "X الذي طرحها في لقائه": words from the relative pronoun to the word, at most


def _referred_to(t: Match, held: set[int], sa: SentenceAnalysis, lex: Lexicon) -> Match | None:
    """"وتطرق X إلى زيارة وفد ... برئاسة Y", "X touched on the visit of a delegation headed by Y": the
    "to" right before the contact word, when a verb of referring opens its clause with only its
    subject between, marks the word as what the subject speaks of (as "about" does)."""
    k = t.first - 1
    if k < 1 or sa.tokens[k].folded not in lex.referring_to or possessed(t, sa, lex):
        return None           # ("تطرق X إلى لقائه مع Y": his own meeting)
    titles = {i for m in sa.matches if m.kind in TITLE_KINDS or m.kind == "country" for i in range(m.first, m.last + 1)}
    for j in range(k - 1, -1, -1):
        if word_in(j, lex.referring_verbs, sa, lex):
            return Match("about", None, sa.tokens[k].folded, k, k, sa.tokens[k].start, sa.tokens[k].end, "", "")
        if (j not in held and j not in titles) or not sa.same_clause(j, k):
            return None
    return None


def _envoy_handed(t: Match, acts: list[ActorMention], sa: SentenceAnalysis,
                  lex: Lexicon) -> tuple[ActorMention, ActorMention] | None:
    """"سلم الرئيس X الأمير Y رسالة لZ", "X handed Y a letter to Z": in a language that puts the
    subject after its verb, a verb of handing over right before its doer and the one he gave it to,
    the letter's addressee after the word: X wrote it, Y carries it. (X, Y), or None."""
    if not lex.subject_after_verb:
        return None
    hand = _hand_over_at(t, sa, lex)
    if hand is None:
        return None
    between = [a for a in acts if hand < a.first and a.last < t.first]
    after = [a for a in acts if a.first > t.last]
    # (its doer before it, opening its clause: "أن الرئيس X سلم الأمير Y رسالة لZ")
    doer = next((a for a in acts if _title_end(a, sa) == hand - 1 and not _object_prefixed(a, lex)), None)
    if doer is not None and len(between) == 1:
        between = [doer] + between
    elif len(between) != 2 or _title_start(between[0], sa) != hand + 1:
        return None
    given = between[1]
    if _object_prefixed(between[0], lex) or _object_prefixed(given, lex) \
            or (_title_start(given, sa) != hand + 1 if doer is not None else _title_start(given, sa) <= between[0].last) \
            or _title_end(given, sa) != t.first - 1 or not after or not _object_prefixed(after[0], lex) \
            or _title_start(after[0], sa) != t.last + 1:
        return None
    return between[0], given


def _participle_speaker(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The speaker of the sentence's first verb of saying, when the contact word follows "that he" right
    after a later verb of saying that names no speaker of its own ("وقال X إنه ...، موضحا أنه التقى
    Z", "X said ..., adding that he met Z"); else None."""
    k = t.first - 1
    if k < 2 or sa.tokens[k].folded not in lex.that_pronouns:
        return None
    said = [m for m in _reporting(sa, lex) if not (m.prefix and any(m.prefix.endswith(a) for a in lex.definite))]
    # (or "adding that he met Z": "that", then the pronoun)
    r2 = next((m for m in said if m.last == k - 1 or (
        m.last == k - 2 and sa.tokens[k - 1].folded in lex.complementizers)), None)
    r1 = next((m for m in said if r2 is not None and m.last < r2.first), None)
    if r1 is None or not any(c < r2.first for c in sa.commas if c > r1.last):
        return None
    speaker = next((a for a in sa.actors if a.first > r1.last and _title_start(a, sa) - r1.last <= SPEAKER_GAP
                    and a.last < r2.first), None) or next(
        (a for a in reversed(sa.actors) if a.last < r1.first and r1.first - a.last <= SPEAKER_GAP), None)
    return speaker


def _speaker_past_after_phrase(start: int, reporting: list[Match], sa: SentenceAnalysis,
                               lex: Lexicon) -> ActorMention | None:
    """The speaker of "X said that after A, he met Y" for the clause that begins at token start (its
    verb, or the light verb before its contact word): the verb stands right after the comma that ends
    a phrase opened by an after-word right after the verb of saying and its complementizer, with
    only a subject pronoun between ("she held a call", or none: "קיימה שיחה", "أجرى اتصالا"). None
    otherwise."""
    kinds = {k: m.kind for m in sa.matches for k in range(m.first, m.last + 1)}
    k = start - 1
    while k >= 0 and kinds.get(k) in ("indefinite", "transparent"):
        k -= 1           # ("she held a call": the article, then its verb)
    if k >= 0 and kinds.get(k) in ("past_verb", "light"):
        k -= 1
    if k >= 0 and sa.tokens[k].folded in lex.that_pronouns:
        k -= 1
    if k < 1 or k not in sa.commas:
        return None
    opener = next((j for j in range(k - 1, 0, -1) if sa.tokens[j].folded in lex.after_words), None)
    if opener is None or any(opener <= c < k for c in sa.commas) or not sa.same_clause(opener, start):
        return None
    j = opener - 1
    if sa.tokens[j].folded in lex.that_pronouns and j > 0 and sa.tokens[j - 1].folded in lex.complementizers:
        j -= 1       # ("said that he, after ...": "that", then the pronoun)
    if sa.tokens[j].folded not in lex.complementizers:
        return None
    r = next((m for m in reporting if m.last < j and not any(m.last < a.first and a.last < j for a in sa.actors)
              and j - m.last <= 1), None) or next((m for m in reporting if m.last < j), None)
    if r is None:
        return None
    between = [a for a in sa.actors if r.last < a.first and a.last < j]
    if between:           # (verb first: "وقال X إنه بعد ...")
        return between[0] if len(between) == 1 and _title_start(between[0], sa) - r.last <= SPEAKER_GAP else None
    return next((a for a in reversed(sa.actors) if a.last < r.first and r.first - a.last <= SPEAKER_GAP), None)


def _relative_owner(t: Match, actors: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """The person a relative pronoun follows right after his name ("بوتين الذي"), when the pronoun
    opens the clause of a contact word that carries "his" a few words on, nobody named between:
    the owner of "his meeting". None otherwise."""
    for k in range(t.first - 1, max(-1, t.first - 1 - RELATIVE_OWNER_REACH), -1):
        if any(a.first <= k <= a.last for a in actors) or not sa.same_clause(k, t.first):
            return None
        if sa.tokens[k].folded in lex.relatives:
            return next((a for a in actors if a.last == k - 1), None)
    return None


def _speaker_of_told_visit(t: Match, reporting: list[Match], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"أوضح X أن الزيارة تؤكد ...", "X said the visit shows ...": a visit word with the article and
    nothing of its own, right after a "that" a verb of saying opens, with a verb in the present right
    after it, is a visit told before; whoever says it is none of its parties (not "أن اللقاء الذي أجراه
    مع Y", "أن الرسالة التي بعث بها إليه Y": the speaker's own)."""
    return not t.suffix and t.value.role == "subject" and t.first >= 2 and _that_at(t.first - 1, sa, lex) \
        and _definite(t, sa, lex) and any(r.last < t.first - 1 for r in reporting) \
        and t.last + 1 < len(sa.tokens) and lex.imperfect_token is not None \
        and bool(lex.imperfect_token.match(sa.tokens[t.last + 1].folded))


def _titles_end(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """Where a mention ends with its titles after it, and, in a script with capitals, more titles of
    his joined by "and", capitalised words and their "of the" ("The Crown Prince of Abu Dhabi and
    Deputy Supreme Commander of the Armed Forces spoke to Y"), no other person among them."""
    end = _title_end(a, sa)
    if not lex.capitalised_names:
        return end
    others = {k for b in sa.actors if b is not a for k in range(b.first, b.last + 1)}
    skip = {k for m in sa.matches if m.kind in ("transparent", "cprefix") for k in range(m.first, m.last + 1)}
    k = end + 1
    while k + 1 < len(sa.tokens) and sa.tokens[k].folded in _AND and sa.tokens[k + 1].surface[:1].isupper() \
            and k + 1 not in others:
        j = k + 1
        while j < len(sa.tokens) and j not in others and (sa.tokens[j].surface[:1].isupper() or j in skip):
            j += 1
        if any(m.kind in VERB_KINDS and k < m.first < j for m in sa.matches):
            break
        end, k = j - 1, j
    return end


def _visitor_of_a_place(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"حيث يزور ولي العهد Y الولايات المتحدة", "زار Y مصر": a verb of visiting with the person right
    after it and a country or place right after him: he is its doer and the place its object, so no
    one named before the verb made that visit with him (but the head of the state he went to)."""
    if t.value.role not in ("subject", "neutral") or t.value.type != "meeting" or t.suffix or not (
            t.value.present or any(m.kind == "past_verb" and m.first == t.first for m in sa.matches)):
        return False      # (a verb: "زيارة Y لمصر", a visit noun, was hosted by the head of the state it went to)
    doer = next((a for a in acts if a.first > t.last), None)
    # (the place its direct object, no preposition glued to it)
    # (one space between; not the state of the next person's title: "met X, Ghanaian Foreign Minister Y")
    place = next((m for m in sa.matches if m.kind in ("country", "place") and doer is not None
                  and m.first == doer.last + 1 and not m.prefix
                  and sa.tokens[m.first].start - sa.tokens[doer.last].end <= 1
                  and not any(r.kind in ("role", "official") and r.first == m.last + 1 for r in sa.matches)), None)
    # (whoever heads the state he went to hosted him: "وزار بعدها X أنقرة" after "أردوغان")
    return place is not None and _title_start(doer, sa) - t.last <= 2 and not any(
        _heads(a, {place.value if place.kind == "country" else place.value[1]}, lex) for a in acts if a.last < t.first)


def _latter_doer(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention] | None:
    """"بعد أن التقى الأخير بـ...": "the latter" right after a contact verb in the past is its doer, the
    last person named before the verb; the others named before it are no parties, and whom he met is
    named after the verb or not at all. The parties so read, or None when the rule does not apply."""
    if not lex.latter_words or t.last + 1 >= len(sa.tokens) or sa.tokens[t.last + 1].folded not in lex.latter_words \
            or not (any(m.kind == "past_verb" and m.first == t.first for m in sa.matches) or _told_after_past(t, sa, lex)):
        return None       # ("قبل أن يلتقي الأخير بـZ": the imperfect after "before that" in a past sentence)
    # (the last named before the verb in the sentence, whichever contact word the grouping gave him to:
    # "استقبل X Y، قبل أن يلتقي الأخير بـZ")
    ahead = [a for a in sa.actors if a.last < t.first]
    return ahead[-1:] + [a for a in acts if a.first > t.last]


MOURNED_REACH = 3     # "تأبين الرئيس الراحل X": words from the word of mourning to the title of the one mourned, at most


def _mourned(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"خلال حفل تأبين الرئيس الراحل نلسون مانديلا": is the person the one mourned (a word of mourning
    a few words before his title), no party of a contact told there?"""
    start = _title_start(a, sa)
    return any(sa.tokens[k].folded in lex.mourned_words for k in range(max(0, start - MOURNED_REACH), start))


WITH_AFTER = 2        # "محادثات مباشرة مع": words from a contact noun to its "with", at most


def _i_before(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "I" or "we" stand right before the contact word ("I talked with A and B")?"""
    return t.first >= 1 and sa.tokens[t.first - 1].folded in lex.first_person_words


def _speakers_own(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """'"I met A and B," X said': "I" right before the contact word, and a speaker the sentence (or the
    quotation it is in) names: the objects after it are the speaker's, not a doer-less list."""
    return _i_before(t, sa, lex) and _speaker(t, sa, lex) is not None


def _talks_with_list(t: Match, acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"talks with A and B", "محادثات مباشرة مع A وB", "שיחות עם A ועם B": a contact word whose
    parties all stand after it, listed right after its "with" (a word or two between at most, naming
    nobody), in its clause. Whose talks the sentence does not say, and A did not talk with B."""
    if len(acts) < 2 or t.suffix or not all(a.first > t.last and sa.same_clause(t.last, a.first) for a in acts):
        return False
    if _fronted(t, acts, sa, lex) is not None:
        return False      # "During his meeting with A, B demanded ...": B, past the phrase's comma, held it
    if _speakers_own(t, sa, lex):
        return False      # '"I talked with A and B," X said': the speaker's
    w = next((k for k in range(t.last, min(len(sa.tokens), t.last + 1 + WITH_AFTER))
              if sa.tokens[k].folded in lex.with_words
              and not any(t.last < j < k for a in sa.actors for j in range(a.first, a.last + 1))), None)
    return w is not None and _title_start(acts[0], sa) == w + 1 and all(
        _list_next(a, b, sa, lex) for a, b in zip(acts, acts[1:]))


EARLIER_REACH = 4     # "وكان وزير الدفاع X قد زار": from "was" to "already", at most this many words


def _earlier_opened(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "already" stand right before the contact word, "was" a few words before it and the
    clause's own subject between them ("وكان X قد زار")? (Not "..., وكان قد التقى Y": the subject
    named before goes on.)"""
    k = t.first - 1
    if not lex.earlier_openers or k < 1 or sa.tokens[k].folded not in lex.may_words:
        return False
    was = next((j for j in range(k - 1, max(-1, k - 1 - EARLIER_REACH), -1)
                if sa.tokens[j].folded in lex.earlier_openers), None)
    return was is not None and any(was < a.first and a.last < k for a in sa.actors)


def _relative_from(rl: Match | None, sa: SentenceAnalysis) -> Match | None:
    """The "from" right after the verb of a word's relative clause ("الذي تلقاه من"), or None."""
    return next((m for m in sa.matches if rl is not None and m.kind == "from" and m.first == rl.last + 1), None)


def _received_by_subject(t: Match, rl: Match | None, sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention] | None:
    """The parties of a call or letter whose relative clause right after it received it from someone
    named ("الاتصال الذي تلقاه من Y", "الرسالتين اللتين تلقاهما من A وB"), its doer unsaid: the
    nearest person before the word who is no object (the clause's subject), and those it came from.
    None when the words are not there."""
    if rl is None or rl.value != "receive" or t.value.type not in ("call", "message"):
        return None
    frm = _relative_from(rl, sa)
    after = [a for a in sa.actors if frm is not None and a.first > frm.last]
    if not after or _title_start(after[0], sa) - frm.last > 2:
        return None
    words = triggers(sa)
    # (up to another contact word: "... التي تسلمها من A، واستقبال X لـB": B was received)
    stop = min([m.first for m in words if m.first > frm.last] + [len(sa.tokens)])
    senders = _list_run([a for a in after if a.first < stop], sa, lex)
    # (not a party of another contact word before it: "على مباحثاته مع A، وB، وفحوى الاتصالات التي
    # تلقاها من C": A and B are the talks'; the subject is the one who briefed on both)
    others = [m for m in words if m.last < t.first and m.first != t.first]
    doer = next((a for a in reversed(sa.actors) if a.last < t.first and not _is_object(a, sa, lex)
                 and who(a) not in {who(b) for b in senders}
                 and not any(u.last < a.first and sa.same_clause(u.last, a.first) for u in others)), None)
    return [doer] + senders if doer is not None else None


DATED_REACH = 6       # "مؤرخة بتاريخ 23 من يوليو": the words of a letter's date, at most


def _after_dated(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> int:
    """Where the words right after a letter that say the day it is dated ("مؤرخة بتاريخ 23 من
    يوليو 2015") end: the next token's index; -1 when no such word follows the letter."""
    k = t.last + 1
    if not lex.dated_words or k >= len(sa.tokens) or sa.tokens[k].folded not in lex.dated_words:
        return -1
    while k < len(sa.tokens) and k - t.last <= DATED_REACH and (
            sa.tokens[k].folded in lex.dated_words or sa.tokens[k].folded in lex.month_words
            or sa.tokens[k].folded in lex.date_phrase_words or sa.tokens[k].surface.isdigit()
            or any(m.kind == "from" and m.first == k for m in sa.matches)):    # ("23 من يوليو")
        k += 1
    return k


NEGATED_RELATIVE = 2     # "اجتماعا لم يعلن عنه": words from a contact noun to a "not" of its own clause, at most
NEGATED_RELATIVE_WITH = 5   # ... and from that "not" to the noun's "with", at most


def _negated_relative(t: Match, neg: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is a "not" right after a contact noun the opening of a clause that describes it ("اجتماعا لم
    يعلن عنه", a meeting not announced), its "with" and parties after that clause? No other contact
    word stands between: "التقى X ولم يلتق مع Y" is another contact, negated."""
    if t.value.role != "neutral" or not lex.with_words or not (t.last < neg.first <= t.last + NEGATED_RELATIVE):
        return False
    w = next((m for m in sa.matches if _with_word(m, sa, lex)
              and neg.last < m.first <= neg.last + NEGATED_RELATIVE_WITH), None)
    return w is not None and sa.same_clause(t.last, w.first) and not any(
        m.kind in ("trigger", "past_verb", "reporting") and t.last < m.first < w.first for m in sa.matches)


def _was_there(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"كان X في الرياض لإجراء محادثات مع Y", X was in Riyadh to hold talks with Y: a past "was" of
    someone in a place, the purpose word at k what he was there for (held there, as on a visit told
    in the past). Nothing else is told between: no verb, no cue ("كان من المقرر أن", was to)."""
    for j in range(max(0, k - PURPOSE_REACH), k):
        if sa.tokens[j].folded not in lex.past_auxiliaries or not sa.same_clause(j, k):
            continue
        if any(j < m.first < k and (m.kind in VERB_KINDS or m.kind == "cue") for m in sa.matches):
            return False
        first = min((a.first for a in sa.actors if j < a.first < k), default=None)
        return first is not None and any(
            m.kind == "loc" and first < m.first and any(p.kind in ("place", "country") and p.first == m.last + 1
                                                        and p.last < k for p in sa.matches)
            for m in sa.matches)
    return False


def _pairwise(t: Match, c: Candidate, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word of separate contacts stand at the word or among and right after its parties
    ("bilateral meetings", "met A and B separately", "كل على حدة", "בנפרד"), or "with" before each of
    two or more of those after it?"""
    # ("met with A and with B", "التقى مع A ومع B": "with" said again, after "and", before the next one met)
    marked = [a for a in c.actors if a.first > t.last and _with_marked(a, sa, lex)]
    if len(marked) >= 2 and any(_and_with(a, sa, lex) for a in marked[1:]):
        return True
    last = max(a.last for a in c.actors)
    # (past the last party's own title too, when nothing else stands between: "called on A, Chief
    # of Army Staff, and B, the Chief of the Naval Staff, separately")
    stop = min((m.first for m in sa.matches if m.first > last and m.kind in ("trigger", "name", "short")),
               default=len(sa.tokens))
    end = min(len(sa.tokens), max(last + PAIRWISE_AFTER + 1, min(stop, last + PAIRWISE_FAR + 1)))
    for p in lex.pairwise_words:
        for k in range(max(0, t.first - PAIRWISE_BEFORE), end - len(p) + 1):
            if tuple(sa.tokens[k + j].folded for j in range(len(p))) == p:
                return True
    return False


PAIRWISE_BEFORE = 2   # "had bilateral meetings": words of the phrase before the contact word, at most
PAIRWISE_AFTER = 2    # "met A and B separately": words after the last party, at most
PAIRWISE_FAR = 10     # ... or after his title, with no other person or contact word between
TITLE_NAME_GAP = 2    # "נשיא אוגנדה יוורי מוסווני": tokens from a title's last to its holder's name, at most
                      # (a given name the lexicon lacks between)


def _with_marked(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "with" stand right before the person's title or name ("مع الملك السعودي سلمان")?"""
    first = _title_start(a, sa)
    return any(_with_word(m, sa, lex) and 0 < first - m.last <= 1
               for m in sa.matches)


def _and_with(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "and with" stand right before the person's title or name ("and with X", "ومع X")?"""
    k = _title_start(a, sa) - 1
    if k < 0 or not any(_with_word(m, sa, lex) and m.last == k for m in sa.matches):
        return False
    return _and_glued_with(sa.tokens[k].folded, lex) or (k > 0 and sa.tokens[k - 1].folded in _AND)


REMAINS_REACH = 12    # "the death of <title> X": words from the word for the dead to his name, at most


def _congratulated(acts: list[ActorMention], sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"هنأ X Y في برقية": a verb of congratulating opens the sentence before its parties, the one it
    congratulated its object, the letter's addressee."""
    first = min(_title_start(a, sa) for a in acts)
    return any(sa.tokens[k].folded in lex.occasion_triggers for k in range(min(first, 2)))


RELATING_TITLE = 3     # "يتصل بالمدرب X": words from the one after the verb to a person's name, at most


def _relating(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """"رسالة ... تتصل بالعلاقات الثنائية": a verb of calling that also means "relates to", with "ب"
    and the article glued to a word that names nobody after it: what the letter is about, no call."""
    if t.first != t.last or sa.tokens[t.first].folded not in lex.relating_verbs or t.last + 1 >= len(sa.tokens):
        return False
    nxt = t.last + 1
    return sa.tokens[nxt].folded.startswith(lex.relating_objects) and not any(
        a.first <= nxt + RELATING_TITLE and a.last >= nxt for a in sa.actors)     # (not "يتصل بالمدرب X")


PREDICATE_REACH = 3    # "as the new UK foreign secretary": words from "as" to the title, at most


def _predicate_role(a: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Is the title what someone became or acts as, no party of its own ("after her appointment as
    the new UK foreign secretary", "in his capacity as foreign minister")? A title a few words after
    "as" (its article and adjectives between) that follows a word of taking or holding an office
    (predicate_nouns: "appointment", "sworn in", "capacity"; not "as the ministers concluded")."""
    if a.kind != "role" or not lex.predicate_words:
        return False
    start = _title_start(a, sa)
    for k in range(start - 1, max(-1, start - 1 - PREDICATE_REACH), -1):
        w = sa.tokens[k].folded
        if w in lex.predicate_words:
            return any(sa.tokens[j].folded in lex.predicate_nouns for j in range(max(0, k - 2), k))
        if any(m.kind == "name" or m.kind == "short" for m in sa.matches if m.first <= k <= m.last):
            return False
    return False


TIMED_REACH = 3    # "اتصال X ساعات قبل وصول Y": words from the noun's own party to "before", at most


def _dated_at(k: int, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a word of time stand at token k ("بعد ظهر اليوم", "after noon": the time of the contact)?"""
    return sa.tokens[k].folded in lex.day_words or sa.tokens[k].folded in lex.time_of_day_words or any(
        m.kind in ("today", "date") and m.first <= k <= m.last for m in sa.matches)


def _timed_by_another(u: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does "after", "following" or "before" stand right before the contact word (an article or
    "his" between at most): it places another contact in time ("after the call with Putin")?"""
    for k in (u.first - 1, u.first - 2):
        if k < 0:
            return False
        if sa.tokens[k].folded in lex.after_words or any(
                m.kind == "prior" and m.last == k for m in sa.matches):
            return True
        if not (sa.tokens[k].folded in lex.determiners or sa.tokens[k].folded in lex.possessive_words):
            return False
    return False


PARTICIPLE_OBJECT = 5   # "while receiving Vietnamese Ambassador X": words from the participle to the person, at most


def _person_next(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> bool:
    """Does a person's mention follow the contact word t, with only titles, states and determiners
    between?"""
    a = next((a for a in sa.actors if t.last < a.first <= t.last + PARTICIPLE_OBJECT), None)
    return a is not None and all(
        sa.tokens[k].folded in lex.determiners or any(
            m.kind in ("role", "role_fixed", "name_title", "country", "official", "transparent", "cprefix")
            and m.first <= k <= m.last for m in sa.matches) for k in range(t.last + 1, a.first))


def candidates(sa: SentenceAnalysis, lex: Lexicon) -> list[Candidate]:
    trig = triggers(sa)
    # a word of doing together names a contact only of a joined pair beside it ("X and Y signed");
    # else it is no contact word and owns nobody ("a letter signed by X to Y" is the letter's)
    trig = [t for t in trig if not t.value.joint or _joint_parties(t, sa.actors, sa, lex) is not None]
    if lex.spoke_words:
        trig = [t for t in trig if not _speaking(t, sa, lex) or _spoke_with(t, sa, lex)]
    if lex.relating_verbs:
        trig = [t for t in trig if not _relating(t, sa, lex)]
    # (one person is enough beside a guest's reception or a contact word that says whose it is:
    # the other party is named by a pronoun)
    # (or inside a quotation whose speaker an earlier sentence named: 'X wrote: "... . Then I met Y."')
    if not trig or len(sa.actors) < (1 if sa.quote_speaker is not None or any(
            t.value.role == "guest" or possessed(t, sa, lex) or said_in_unnamed(t, sa, lex)
                                              or dropped_subject(t, sa, lex)
                                              or (t.value.role == "host" and t.suffix and lex.subject_after_verb)
                                              for t in trig) else 2):
        return []
    # words that only name or title a person: a light verb may stand farther from its noun when a
    # long string of titles stands between ("تلقى صاحب السمو الملكي الأمير X ولي العهد ... اتصالا")
    titled = {k for m in sa.matches if m.kind in TITLE_KINDS for k in range(m.first, m.last + 1)}
    titled |= {k for a in sa.actors for k in range(a.first, a.last + 1)}
    # (and an apposition set off by commas after a name: "وأرسل X، وY، عضو مجلس الشيوخ عن ولاية
    # ميريلاند وعضو لجنة العلاقات الخارجية البارز، خطابا إلى Z")
    verbs_at = {k for m in sa.matches if m.kind in VERB_KINDS for k in range(m.first, m.last + 1)}
    for a in sa.actors:
        close = next((c for c in sa.commas if a.last < c <= a.last + APPOSITION_WORDS), None)
        if a.last in sa.commas and close is not None and not any(a.last < k <= close for k in verbs_at):
            titled |= set(range(a.last + 1, close + 1))
    lights_at = {m.first for m in sa.matches if m.kind == "light"}
    light_spans = {(m.first, m.last) for m in sa.matches if m.kind == "light"}
    locs = {m.first for m in sa.matches if m.kind == "loc"}       # "في", "in"

    def near(light: Match, t: Match) -> bool:
        gap = t.first - light.last
        if any(m.kind == "trigger" and m.first <= light.first and m.last > light.last and m.last < t.first
               for m in sa.matches):
            return False      # "A sent similar cables to Y while B sent a cable": the verb of a phrase of its own
        if any(sa.tokens[k].folded in lex.relatives or k in lights_at for k in range(light.last + 1, t.first)):
            return False      # "استقبل X Y الذي نقل رسالة": the relative clause has its own verb
        if t.first - 2 > light.last and t.first - 1 in locs and not any(
                a.first > light.last and a.last < t.first for a in sa.actors):
            return False      # "تلقى الرد في الخطاب": received an answer (its own object), "in" the speech
        return gap <= LIGHT_WINDOW or (gap <= LIGHT_TITLED and sum(
            k not in titled for k in range(light.last + 1, t.first)) <= LIGHT_WINDOW // 2)

    # a verb that is only the light verb of a call or message after it is no meeting of its own
    # ("received a written letter from", "تلقى اتصالا")
    trig = [t for t in trig if not ((t.first, t.last) in light_spans and any(
        u.value.type in ("call", "message") and u.first > t.last and near(t, u)
        and not (u.value.light_only and u.value.type == t.value.type) for u in trig))] or trig
    # "الرسالة التي وجهها إلى Y", "the letter that he sent to Y": a light verb opening the relative
    # clause right after the word governs it as one before it would
    relative_light = {t.first: m for t in trig for m in sa.matches if m.kind == "light"
                      and t.value.type in ("call", "message") and (m.value != "message" or t.value.type == "message") and (
                          m.first == t.last + 2 and sa.tokens[t.last + 1].folded in lex.relatives
                          # ("الاتصالات الهاتفية التي تلقاها": an adjective between)
                          or (m.first == t.last + 3 and sa.tokens[t.last + 2].folded in lex.relatives
                              and sa.tokens[t.last + 1].folded.startswith(lex.adjective_articles)
                              and sa.tokens[t.last + 1].folded not in lex.relatives)
                          # ("رسالة مؤرخة بتاريخ 23 من يوليو بعث بها إلى Y": its date first)
                          or (not m.prefix and m.first == _after_dated(t, sa, lex))
                          # ("رسالة بعثها إلى Y", "اتصال هاتفي تلقاه X من Y": after a word with no
                          # article the relative clause needs no pronoun; its verb carries the one
                          # that stands for the word)
                          or m.first == t.last + 1 and (m.suffix or m.phrase in lex.carrying_lights)
                          and not m.prefix and not t.prefix and not lex.capitalised_names)}
    # "التقى X Y لبحث الأوضاع": a weak verb of discussing with the purpose prefix after a strong word in
    # its clause is what the contact was for, and owns nobody (its subject would take the object before it)
    trig = [t for t in trig if not (t.value.weak and t.prefix and t.prefix in lex.future_prefixes
                                    and sa.tokens[t.first].folded in lex.discuss_words and any(
        not u.value.weak and u.last < t.first and sa.same_clause(u.last, t.first) for u in trig))] or trig
    # (a contact word told only bare: "زيارات ودية لكل من A وB", not "الزيارات", "زياراته")
    trig = [t for t in trig if not (t.phrase in lex.bare_only_triggers and (t.suffix or (
        t.prefix and any(t.prefix.endswith(a) for a in lex.definite))))]
    # "while receiving Y": a host's participle is a contact only with a person right after it (titles
    # between), not "receiving briefings", "hosting the games"
    trig = [t for t in trig if not (t.value.role == "host" and lex.participle_ending and t.first == t.last
                                    and sa.tokens[t.first].folded.endswith(lex.participle_ending)
                                    and not _person_next(t, sa, lex))]
    strong = [t for t in trig if not t.value.weak]
    # beside a strong trigger a weak one is no event, but it still owns the actors around it
    # (not one after "since", an earlier contact of its own: "الاستعدادات للقاء A وB منذ القمة بين C وD")
    strong_during = any(any(sa.tokens[k].folded in lex.during for k in range(max(0, u.first - 2), u.first))
                        for u in strong)

    def own_contact(t: Match) -> bool:
        """Does a weak word tell a contact of its own beside a strong one: one its light verb governs,
        with the one it went to or came from right after it ("بعث رسالة إلى Y", "تلقى X رسالة من Y";
        not one handed over during the strong contact, "نقل X رسالة إلى Y خلال لقاء"), one a relative
        clause of bringing together follows ("بعد القمة التي جمعتهما"), or one with "among them" and
        a list after its group?"""
        if t.value.type in ("call", "message") and not strong_during and any(
                m.kind == "light" and m.last < t.first and near(m, t) for m in sa.matches) and any(
                a.first > t.last and _title_start(a, sa) - t.last <= 2 and _is_object(a, sa, lex) for a in sa.actors):
            return True
        if _between_listed(t, sa, lex) and any(0 <= k and sa.tokens[k].folded in lex.after_words
                                          for k in (t.first - 1, t.first - 2)) and not (
                lex.future_token is not None and any(
                    _future_verb(sa.tokens[k], lex) for k in range(t.first) if sa.same_clause(k, t.first))):
            return True       # "والتقى X Y، عقب قمة بين A وB": the summit between A and B, a contact of its own
            #                   (one told after, a past one; not "ستكون القمة ... قمة بين A وB", a hope)
        return _clause_names_parties(t, sa.actors, sa, lex) or _among_listed(t, sa.actors, sa, lex) is not None

    # (a word of doing together, "وقع X مع Y اتفاقا", stays beside a contact word in the future only:
    # "... والذي سيجتمع مرة كل عام", what was signed will meet)
    # (a strong word guarded by a cue tells no contact, and mutes none: "X ו-Y דנו בהכנות של פגישת
    # הפסגה הבאה", they discussed the preparations of the next summit, spoke all the same)
    blocked = {id(t): _blocked(t, sa, lex) for t in trig}
    # (nor one after the weak word that "after" or "before" places in time: "X had spoken with Y and
    # would again after the call with Z", another contact)
    muted = {id(t) for t in trig if t.value.weak and t.first not in relative_light and not any(
        sa.tokens[k].folded in lex.since_words for k in range(max(0, t.first - 2), t.first))
        and not own_contact(t) and any((u.value.role != "future" or not t.value.joint) and blocked[id(u)] is None
                                       and not (u.first > t.last and _timed_by_another(u, sa, lex))
                                       and not _said_after(t, u, sa)
                                       for u in strong)}
    # actors whose span is inside a trigger phrase are not actors, nor are the parties of a contact
    # word that is only discussed ("لبحث القمة القادمة مع الزعيم الكوري")
    topical = _discussed_parties(sa, lex)
    actors = [a for a in sa.actors if not any(t.first <= a.first and a.last <= t.last for t in trig)
              and a.first not in topical and not _predicate_role(a, sa, lex)]
    # a contact word right after a guarded one is the same noun phrase ("قبل اجتماع القمة", "before
    # the summit meeting"): the cue guards both
    for prev, t in zip(trig, trig[1:]):
        if blocked[id(prev)] is not None and blocked[id(t)] is None and t.first == prev.last + 1 \
                and prev.last not in sa.commas:     # (not the next clause's: "... the summit, held talks")
            blocked[id(t)] = blocked[id(prev)]
    # "سيعقد X اجتماعا مع Y خلال زيارة لقطر", "X will meet Y during a visit to Qatar": a contact word
    # after "during" shares the time of the contact before it in its clause
    # (not one its own words date in the past: "... التي وجهها خلال مكالمة هاتفية في أبريل الماضي")
    for i, t in enumerate(trig):
        if blocked[id(t)] is None and any(sa.tokens[k].folded in lex.during for k in range(max(0, t.first - 2), t.first)):
            if any(blocked[id(u)] == "future" and sa.same_clause(u.last, t.first) for u in trig[:i]) \
                    and not _dated_past_after(t, trig, sa, lex):
                blocked[id(t)] = "future"
    # "زار X الرياض يوم الثلاثاء لإجراء محادثات مع Y": the talks a visit told in the past was made for
    # were held on it (one contact with the visit: the visitor and those after "with")
    purposed: set[int] = set()      # (their cues are not read again from the subject's place)
    for t in trig:
        # (the purpose word before the contact word, or the word itself: "للقاء Y", to meet Y)
        k = t.first if sa.tokens[t.first].folded in lex.visit_purposes else t.first - 1
        if blocked[id(t)] == "future" and k >= 1 and sa.tokens[k].folded in lex.visit_purposes and (any(
                u.last < k and k - u.last <= PURPOSE_REACH and u.value.role == "subject" and blocked[id(u)] is None
                and sa.same_clause(u.last, t.first)
                and (any(m.kind == "past_verb" and m.first == u.first for m in sa.matches)
                     or (u.phrase.endswith(lex.noun_ending) and not u.value.present))
                # (only where it went, when, and who between: not "بدعوة كيم للقاء Y", another's wish)
                and not any(u.last < m.first < k and (m.kind in VERB_KINDS or m.kind == "cue") for m in sa.matches)
                and all(_title_start(a, sa) - u.last <= 2 for a in sa.actors if u.last < a.first < k)
                for u in trig) or _was_there(k, sa, lex)):
            blocked[id(t)] = None
            purposed.add(id(t))
    # a noun that is a contact only after a verb of sending, after a word of the same contact: what it
    # said ("received a cable from Y expressing congratulations")
    # (nor one with no such verb before it, which takes no part in grouping: "I convey my condolences,"
    # X said during his meeting with Y")
    def light_only_kept(t: Match) -> bool:
        if not t.value.light_only or t.first in relative_light:
            return True
        told = any(u.value.type == t.value.type and not u.value.light_only and u.last < t.first for u in trig)
        return not told and any(m.kind == "light" and m.last < t.first and near(m, t) for m in sa.matches)

    trig = [t for t in trig if light_only_kept(t)] or trig
    trig = [t for t in trig if not _contact_as_subject(t, trig, sa, lex)] or trig
    groups = _group_triggers(trig, sa, blocked, lex)
    lights = [m for m in sa.matches if m.kind == "light"]

    def light_of(t: Match):
        # (a relative clause's verb right after the word governs it before any verb before it: "...
        # الذي تلقاه من A، وفحوى الرسالتين اللتين تلقاهما من B")
        # (a verb of sending only a letter's: "sent troops ... after a call" sent no call)
        return relative_light.get(t.first) or next((m for m in reversed(lights) if m.last < t.first and near(m, t)
                                                    and t.value.type in ("call", "message")
                                                    and (m.value != "message" or t.value.type == "message")), None)

    # where each group's stretch begins: its first trigger, or the light verb before it
    starts = []
    for g in groups:
        lt = light_of(g[0])
        starts.append(lt.first if lt is not None else g[0].first)
    order = sorted(range(len(groups)), key=lambda i: starts[i])
    owned: dict[int, list[ActorMention]] = {i: [] for i in range(len(groups))}
    # a verb glued to "and", or after "كما" (as well): coordinated with the verb before it
    # (or a noun of what was told joined by "and" right before it, the next item of a list of contacts:
    # "أطلع X المجلس على مباحثاته مع A، وفحوى الاتصالات التي تلقاها من B")
    conj = [bool(sa.tokens_prefix(starts[i]) and sa.tokens_prefix(starts[i])[0] in lex.conjunctions)
            or (i > 0 and (k := min(starts[i], groups[i][0].first) - 1) >= 0
                and sa.tokens[k].folded[:1] in lex.conjunctions and sa.tokens[k].folded[1:] in lex.told_of)
            or (i > 0 and _new_clause_verb(groups[i][0], sa, lex))
            or (_after_also(starts[i], sa, lex) and not groups[i][0].value.weak)
            or (i > 0 and _after_sequence(groups[i][0], sa, lex) and sum(
                groups[i][0].last < a.first and sa.same_clause(groups[i][0].last, a.first) for a in sa.actors) <= 1)
            for i in range(len(groups))]
    reporting = _reporting(sa, lex)
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
                # (not across a noun joined by "and" that opens the next item of a list: "..., والرئيس
                # الإريتري A، وفحوى الاتصالات التي تلقاها من B": A is the last of the talks' list)
                # (nor across "that", which opens what was said: "أعلن بعد لقائه X بأن القمة ...", X is
                # the meeting's, not the subject of the summit's clause)
                if not _is_object(a, sa, lex) and starts[nxt] - a.last <= 2 and not conj[nxt] and not any(
                        _and_glued(k, sa, lex) or sa.tokens[k].folded in lex.complementizers
                        for k in range(a.last + 1, starts[nxt])):
                    continue
                # (not when the next contact word is inside what he said: "بعد اجتماع مع Y، قال X إن
                # اجتماعات أخرى ستعقد")
                if any(g[-1].last < r.first and 0 < a.first - r.last <= SPEAKER_REACH and not any(
                        r.last < b.first < a.first for b in actors) for r in reporting) and not any(
                        sa.tokens[k].folded in lex.complementizers and sa.tokens[k].folded not in lex.that_pronouns
                        for k in range(a.last + 1, starts[nxt])):     # (not "قال X إنه عقد اجتماعا": he did)
                    continue      # "..., حسبما أعلن X عقب لقائه Y": the speaker of a verb of saying after
                    #               the contact word, whose own contact follows, is not the first word's
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
    # "X said that after A, she held a call with Y", "X הודיעה כי לאחר A, קיימה שיחה עם Y": a contact
    # whose verb opens the clause after the comma that closes an "after ..." phrase of what a speaker
    # said, with no subject before it but a pronoun, is the speaker's
    # "X, continuing the talks in Tehran, met with Y": a contact word inside a phrase set off by commas
    # after the subject leaves him to the clause's own verb, which opens right after the second comma
    for gi in order:
        c2 = starts[gi] - 1
        if c2 < 0 or c2 not in sa.commas or any(a.last < starts[gi] for a in owned[gi]):
            continue
        for pj in order:
            t0 = groups[pj][0]
            subj = [a for a in owned[pj] if a.last < t0.first and a.last in sa.commas
                    and not any(a.last < c < c2 for c in sa.commas)]
            if pj != gi and t0.first < c2 and subj and sa.same_clause(subj[-1].last, starts[gi]):
                owned[gi].insert(0, subj[-1])
                break
    # "X, Prime Minister of Japan, who is visiting A to attend the B summit, held a meeting with Y": a
    # person whose apposition opens a relative clause, and the main clause's verb after the comma
    # that closes it, with no one named between: he is the subject of the contact after it too
    # (the clause's own contact words, "to attend the summit", took him first)
    past_relative: dict[int, int] = {}     # group -> where the main clause goes on after a subject's relative clause
    if lex.relatives and not lex.subject_after_verb:
        for gi in order:
            t0 = groups[gi][0]
            if any(a.last < t0.first and sa.same_clause(a.last, t0.first) for a in owned[gi]):
                continue
            c2 = _relative_close(t0, sa, lex)
            head = _relative_head(c2, actors, sa, lex) if c2 is not None else None
            if head is not None:
                owned[gi].insert(0, head)
                past_relative[gi] = c2 + 1      # (the clause's cues, "to attend", are not the contact's)
    said_after: set[int] = set()     # (their speaker is their subject, not one who only tells it)
    for gi in order:
        if any(a.last < starts[gi] for a in owned[gi]):
            continue
        if (said := _speaker_past_after_phrase(starts[gi], reporting, sa, lex)) is not None:
            owned[gi].insert(0, said)
            said_after.add(gi)
        elif _after_there(starts[gi], sa, lex):
            # "טס X לברלין, שם נועד עם Y": the one who went there met Y there (the nearest person before
            # "there" no preposition governs)
            doer = next((a for a in reversed(actors) if a.last < starts[gi] - 1 and sa.same_clause(a.last, starts[gi])
                         and not _object_prefixed(a, lex) and not _with_marked(a, sa, lex)), None)
            if doer is not None:
                owned[gi].insert(0, doer)
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
                and not any(a.last < groups[prev][0].first for a in owned[gi]) \
                and not _pair_after_during(groups[gi][0], sa, lex):
            # (the persons between the two words are the weak word's objects, not the strong one's
            # subject: "X said he discussed Z with Y in a phone call"; a pair named after "during
            # it" met there by themselves: "جاءت جولة X بعد قمة، التقى خلالها A وB")
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
        if t.value.joint and any(not x.value.joint for x in g):
            t = next(x for x in g if not x.value.joint)     # ("a letter signed by X to Y": the letter leads)
        brought_at = next(((x, b) for x in g if (b := _brought_together(x, actors, sa, lex)) is not None), None) \
            or next(((x, b) for x in g if (b := _between_him(x, actors, sa, lex)) is not None), None)
        brought = taking = None
        sized = _sized_summit(g, actors, sa, lex) if brought_at is None else None
        if brought_at is not None:
            t, brought = brought_at
        elif sized is not None:
            t, brought = sized       # "القمة الثلاثية بحضور A وB وC": the three it is said to be of
        tv: Trigger = t.value
        acts = owned[gi]
        # "وقال X إنه يختلف مع Y، موضحا أنه التقى Z": "that he" after a participle of saying with no
        # subject of its own is the sentence's speaker, who met Z; Y, of the clause between, is no party
        if (said := _participle_speaker(t, sa, lex)) is not None:
            acts = [said] + [a for a in acts if a.first > t.last]
        # a speaker ("X said that Y met Z") is not a participant when the reported clause has its own subject
        for r in (reporting if gi not in resumed else ()):      # (the resumed doer is no speaker)
            # (a contact word with its doer and object after the verb of saying, "X قال إن اجتماع Y
            # مع Z": X only reports it)
            doer = next((a for a in acts if a.first > t.last), None)
            # how far after the word its doer's title begins (None: no doer, or the first one is an object)
            gap = _title_start(doer, sa) - t.last if doer is not None and not _is_object(doer, sa, lex) else None
            # (a counterpart and the name right after it are one person: "مع نظيره الفليبيني X")
            after_word = [a for a in acts if a.first > t.last]
            own = gap is not None and gap <= 1 and sum(
                not (k and _named_counterpart(after_word[k - 1], a, sa)) for k, a in enumerate(after_word)) >= 2
            if _pair_owned(t, sa, lex):
                break         # "قال A وB في مستهل قمتهما", "X told Y during their meeting": the two who spoke held it
            # (the reported clause's subject stands before the group's first word: "X said he spoke
            # with Y by phone" keeps X)
            verb = min([t.first] + [k for k in [x.first for x in g] + [verb_at.get(gi, t.first)] if k > r.last])
            if _told_in(r, t, acts, sa, lex):
                break         # "X told Y in a phone call": the speaker called the one he spoke to
            if _joint_with(r, t, acts, sa, lex):
                break         # "شدد X، في مؤتمر صحفي مشترك عقده مع Y، عقب مباحثات": X spoke beside Y
            if _held_by_him(t, sa, lex):
                break         # "قال X ... خلال مؤتمر صحفي عقده مع Y": "he held" it, the speaker
            if t.suffix and possessed(t, sa, lex) and len({who(a) for a in acts if a.last < t.first}) == 1 \
                    and not any(_that_at(k, sa, lex) for k in range(r.last + 1, t.first)):
                break         # "قال X، معلقا على لقائه بY، إن ...": "his" meeting, the speaker's
            if r.last < t.first and (any(r.last < a.first < verb for a in acts) or own):
                acts = [a for a in acts if a.first > r.last]
                if r.last < t.first - 1 and _that_at(t.first - 1, sa, lex) \
                        and gap is not None and gap <= 4 and not (
                            t.first >= 2 and sa.tokens[t.first - 2].folded in lex.subordinators) and not (
                            # ("قال X إنه التقى Y": "that he" before a verb: the speaker met Y)
                            sa.tokens[t.first - 1].folded in lex.that_pronouns
                            and any(m.kind == "past_verb" and m.first == t.first for m in sa.matches)):
                    # (not "بعد أن زار Y", after he visited Y: a time, the speaker's own doing)
                    # "أوضح X أن لقاء Y مع Z", "قال X إن زيارة ولي العهد Y لمصر": X only tells it
                    acts = [a for a in acts if a.first > t.last]
                # the speaker may follow the verb ("أكد ترامب أن ..."); the reported clause keeps the rest.
                # A word ending in a colon is a label ("דיווח: X ו-Y נפגשו"), with no speaker after it
                after_r = [a for a in acts if a.first > r.last and a.last < verb]
                # (not when the word is the time of the saying, what was said opening after it: "أكد X
                # وY بعد قمة في أنقرة أنهما ...", the two said it after their summit)
                if lex.subject_after_verb and len(after_r) >= 2 and after_r[0].first - r.last <= 8 \
                        and _speakers_held(t, acts, sa, lex) is None \
                        and r.last not in sa.clause_ends and not _addressed(after_r[1], sa, lex) \
                        and not any(sa.tokens[k].folded in lex.complementizers
                                    for k in range(r.last + 1, after_r[0].first)) \
                        and not _counterpart_of(after_r[0], after_r[1], sa) \
                        and not any(sa.tokens[k].folded in lex.that_pronouns
                                    for k in range(after_r[-1].last + 1, t.first)):
                    # (nor when "that he" opens the reported clause after them: "وأشار X خلال المؤتمر
                    # الذي عقده مع نظيره، إلى أنه بحث خلال لقائه بY", the speaker did it)
                    # (not when the other is named as his counterpart: "تصريحات X تجاه نظيره Y خلال قمة
                    # هلسنكي", his statements toward his counterpart at their summit)
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
        elif t.first >= 2 and sa.tokens[t.first - 1].folded in lex.relatives and t.first - 2 in sa.commas \
                and len(groups) == 1:     # (with another contact word, the person may be that one's)
            # "طالبت X، التي زارت طهران أمس ...، حرص Y على الرد": a contact word opening a relative clause
            # after its antecedent's comma ends at the next comma; a person named after it, another word
            # first (not a day: "X، الذي التقى، الثلاثاء، Y"), is the subject of the sentence's own verb
            close = next((k for k in sa.commas if k > t.last), None)
            later = [a for a in acts if close is not None and a.first > close]
            if later and _title_start(later[0], sa) - close >= 2 and not any(
                    sa.tokens[k].folded in lex.weekday_words or sa.tokens[k].folded in lex.date_phrase_words
                    for k in range(close + 1, later[0].first)):
                acts = [a for a in acts if a.first <= close]
        for r in reporting:
            if r.first > t.last and sum(a.last < r.first for a in acts) >= 2 and \
                    any(t.last < a.first < r.first for a in acts):
                said = [a for a in acts if a.first > r.last and (not lex.subject_after_verb or any(
                    sa.tokens[k].folded in lex.complementizers for k in range(r.last + 1, a.first)))]
                acts = [a for a in acts if a not in said]
                break
        # "... بعد محادثات طوال الليل في بروكسل قال X «...»": a verb of saying after the word, nobody
        # named between, opens a clause of its own; its speaker right after it is no party, nor is
        # anyone in what he said (not "... قال خلاله X", the one who spoke in the call)
        # (not after "during" the word: "خلال اجتماع مع Y، أشار X": X spoke in it; nor with another
        # contact word in the sentence, whose party he may be)
        if lex.subject_after_verb and len(groups) == 1 and any(a.last < t.first for a in acts) and not any(
                sa.tokens[k].folded in lex.during for k in range(max(0, g[0].first - 2), g[0].first)):
            r = next((r for r in reporting if r.first > t.last and sa.same_clause(t.last, r.first)), None)
            spk = next((a for a in acts if r is not None and a.first > r.last), None)
            if spk is not None and _titled_start(spk, sa) - r.last <= 1 and not any(
                    t.last < a.first < r.first for a in acts) and not (
                    r.last + 1 < len(sa.tokens) and sa.tokens[r.last + 1].folded in lex.said_in_it):
                acts = [a for a in acts if a.first < r.first]
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
        # "وأوضح X أنه وY أكدا خلال المحادثات", "X said he and Y ... during the talks": the speaker, "he"
        # beside a party, is one too
        for sp in [sp for a in acts if (sp := _speaker_joined(a, sa, lex)) is not None]:
            if not any(who(b) == who(sp) for b in acts):
                acts = sorted(acts + [sp], key=lambda b: b.first)
        # "أعرب X عن أمله في ...، وذلك خلال لقائه السبت مع Y", "X said ... during his meeting with Y":
        # "his" names the one the sentence opens with, when nobody before the word is the word's own
        head = actors[0] if actors else None
        # (or a contact verb opening a clause after "but": "X יחרים את ... - אבל נפגש עם Y")
        but = t.first > 0 and sa.tokens[t.first - 1].folded in lex.but_words
        # "بزيارة X لباريس ولقائه بالرئيس Y", "X's visit to Paris and his meeting with Y": "his" on a
        # word joined by "and" to a contact word whose doer follows it is that doer
        if possessed(t, sa, lex) and t.prefix[:1] in lex.conjunctions and not any(a.last < t.first for a in acts):
            prev = max((m for m in trig if m.last < t.first and sa.same_clause(m.last, t.first)),
                       key=lambda m: m.first, default=None)
            doer = next((a for a in actors if prev is not None and _title_start(a, sa) == prev.last + 1
                         and a.last < t.first), None)
            # (not when the first word is framed as no contact told, "تزامنا مع زيارة X لطهران ولقائها Y":
            # the word joined to it shares that frame)
            # (the first word's own other party, after "with", may stand between: "בשיחות שקיים X עם A בדוחא
            # ובשיחותיו עם B")
            if doer is not None and not any(prev.last < b.first < t.first and b is not doer and not _with_marked(b, sa, lex)
                                            for b in actors) \
                    and _blocked(prev, sa, lex) in (None, "anaphoric"):
                acts = [doer] + acts
        # "مبادرة X الذي طرحها في لقائه مع Y", "X's plan, which he put forward in his meeting with Y":
        # "his" in a relative clause is the one the relative pronoun follows
        antecedent = _relative_owner(t, actors, sa, lex) if possessed(t, sa, lex) else None
        if antecedent is not None and any(a.first > t.last for a in acts):
            acts = [antecedent] + [a for a in acts if a.first > t.last]
            head = antecedent
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
        # "في زيارة هي الأولى للمدينة منذ تحريرها من X", "the first visit since ... from X": a person
        # named after "since" after the word is in what marks the time, no party (when one stays)
        since = next((k for k in range(t.last + 1, len(sa.tokens)) if sa.tokens[k].folded in lex.since_words
                      and sa.same_clause(t.last, k)), None)
        if since is not None and any(a.first < since for a in acts) and not any(t.last < a.first < since for a in acts):
            # (up to another contact word: "زار X مصر ... منذ عشرة أعوام، وزار Y روسيا" names its own doer)
            stop = min([m.first for m in trig if m.first > since] + [len(sa.tokens)])
            acts = [a for a in acts if a.first < since or a.first > stop]
        # "أجرى X مشاورات مع النواب حصل فيها Y على التأييد", consultations in which Y won support: the
        # subject of a verb glued to "in it" after the word tells what happened there, no party
        for k in range(t.last + 2, len(sa.tokens) - 1):
            verb = sa.tokens[k - 1].folded
            # (not a letter's "هنأ فيها Y", congratulated in it Y: Y is whom it was to)
            if tv.type == "message" and verb in lex.greeted_in_it:
                continue
            if sa.tokens[k].folded in lex.in_it and verb not in lex.took_part and not (
                    verb[:1] in lex.conjunctions and verb[1:] in lex.took_part) and not any(
                    m.first <= k - 1 <= m.last for m in sa.matches if m.kind in VERB_KINDS or m.kind in TITLE_KINDS):
                acts = [a for a in acts if not (a.first > k and _title_start(a, sa) - k <= 2)]
        # "הפגישה של נתניהו ורוביו מגיעה אחרי ש...טראמפ", "the meeting of X and Y comes after Z ...": the
        # pair after "of" right after the word are its parties, whoever the sentence names after them
        # (the "of" may end the word's own phrase: "received the credentials of")
        of_at = t.last + 1 if t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.of_words else \
            t.last if sa.tokens[t.last].folded in lex.of_words else None
        if lex.of_words and of_at is not None:
            pair = [a for a in acts if a.first > of_at][:2]
            if len(pair) == 2 and _title_start(pair[0], sa) <= of_at + 1 and _and_joined(pair[0], pair[1], sa, lex):
                acts = [a for a in acts if a.first <= pair[1].last]
        # "اجتمع X بالسفير بشأن Y", "met the ambassador about Y": Y is the subject matter
        for ab in (m for m in sa.matches if m.kind == "about_whom" and m.first > t.last):
            acts = [a for a in acts if not (ab.last < a.first and _title_start(a, sa) - ab.last <= 2)]
        # "נתניהו ומרץ שוחחו על עסקת טראמפ", "X and Y spoke about Trump's plan": with its pair joined
        # before the word, one named after "about" in its clause is what they spoke of
        # (or with the other party named after the word as its object: "X שוחח עם מקבילו Y על תוכנית Z")
        pair = [a for a in acts if a.last < t.first]
        if tv.type != "message":
            for about in (m for m in sa.matches if m.kind == "about" and m.first > t.last):
                if (len(pair) == 2 and about.first <= t.last + 2 and _and_joined(pair[0], pair[1], sa, lex)
                        and sa.same_clause(pair[1].last, t.first)) or (pair and any(
                        t.last < a.first and about.first == a.last + 1 and _is_object(a, sa, lex)
                        and a.kind != "pronoun" for a in acts)):
                    acts = [a for a in acts if not (a.first > about.last and sa.same_clause(about.last, a.first))]
                    break
        if tv.type == "message":
            # "שלח מכתב לנתניהו על ראש השב"כ", "a letter to X about Y": after its addressee (after
            # the word, or before it after the verb: "שלח לנתניהו מכתב נגד Y"), a person right after
            # "about" is what the letter is about
            for ab in (m for m in sa.matches if m.kind == "about" and m.first > t.last):
                # (or after "to" and an addressee that is no person: "رسالة وجهها إلى رؤساء الجمهورية والوزراء
                # ... إلى إصدار عفو عن Y", to the heads of state and government, asking a pardon for Y)
                if any(a.last < ab.first and _is_object(a, sa, lex) and sa.same_clause(a.last, ab.first) for a in acts) \
                        or any(m.kind == "conveyed_to" and t.last < m.first < ab.first and sa.same_clause(m.first, ab.first)
                               for m in sa.matches):
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
        # (not a word of a person's name: "مرزوق علي الغانم", Ali, is no "على")
        about = next((m for m in sa.matches if m.kind == "about" and m.last < t.first
                      and not any(a.first <= m.first and m.last <= a.last for a in sa.actors)
                      and all(k in held or (doer_after and k in sa.skip and sa.tokens[k].folded not in owners)
                              for k in range(m.last + 1, t.first))), None)
        if about is None and lex.referring_verbs:
            about = _referred_to(t, held, sa, lex)
        # (not when a relative clause right after the word tells it with its doer unsaid, "أطلع X المجلس
        # على الاتصال الذي تلقاه من Y": he who briefed them received it)
        if about is not None and _relative_from(relative_light.get(t.first), sa) is not None:
            about = None
        # (nor when the one speaking tells his own: "تحدث X عن اجتماعين مع Y", "spoke of his meetings
        # with Y": the word, right after "about", takes its other party after "with"; "the meeting
        # with Y" may be another's, one the text spoke of before: "تحدثنا بشأن الاجتماع مع Y")
        # (and one who briefs others on his own talks: "أطلع X المجلس على مباحثاته مع Y")
        if about is not None and about.last == t.first - 1 and t.last + 1 < len(sa.tokens) \
                and (possessed(t, sa, lex) or not _definite(t, sa, lex)) \
                and (sa.tokens[t.last + 1].folded in lex.with_words or (possessed(t, sa, lex) and any(
                    a.first == t.last + 1 and _object_prefixed(a, lex) for a in acts))) and any(
                m.last < about.first and (m.kind in ("reporting", "reporting_that", "briefing")
                                          or m.phrase in lex.spoke_words)
                for m in sa.matches):
            about = None
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
        # (farther when only a time or a place stands between, nobody named: "بلقاء حدث قبل 73 عاما بين X وY",
        # "اللقاء المرتقب في البيت الأبيض بين X وY")
        btw = next((m for m in sa.matches if m.kind == "between" and (0 <= m.first - t.last <= 4 or (
                        0 < m.first - t.last <= BETWEEN_REACH and sa.same_clause(t.last, m.first)
                        and not any(t.last < a.first < m.first for a in actors)))
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
            # (not a word whose phrase ends in its "with", "مؤتمر صحفي عقده مع نظيره البرازيلي، X": the
            # one after it is its object, the counterpart and the name after it one person)
            if len(after) >= 2 and _title_start(after[0], sa) - t.last <= 1 and not _object_prefixed(after[0], lex) \
                    and _is_object(after[1], sa, lex) and after[1].first - after[0].last <= 4 \
                    and sa.tokens[t.last].folded not in lex.with_words \
                    and not _named_counterpart(after[0], after[1], sa):
                acts = after
            elif (alone := _unnamed_slot(t, after, sa, lex)) is not None and _among_listed(t, acts, sa, lex) is None:
                acts = [alone]      # ("بعد استقبال X لوفد من ...": X and a group; the one who speaks of it is not in it)
            elif len(after) >= 2 and after[0].first == t.last + 1 and not _object_prefixed(after[0], lex) \
                    and after[1].first == after[0].last + 1 and after[1].prefix[:1] in lex.conjunctions \
                    and not (tv.present or (not (t.prefix and t.prefix[-1:] in lex.object_prefixes) and any(
                        0 <= t.first - a.last - 1 <= 1 for a in acts if a.last < t.first))) \
                    and not any(a.first < t.first and sa.same_clause(a.last, t.first) and
                                any(m.kind == "object" and a.last < m.first < t.first for m in sa.matches) for a in acts):
                n = 2       # (and a third or more joined on, name after name: "اجتمع A وB وC")
                while n < len(after) and after[n].prefix[:1] in lex.conjunctions \
                        and after[n].first == after[n - 1].last + 1:
                    n += 1
                acts = after[:n]      # "פגישת הרצוג וביידן", "لقاء عباس ونتنياهو": the pair named after the word
                #                       (not after a verb with its subject: "X يلتقي A وB" meets them)
                if tv.role == "subject":
                    acts = []         # "زيارة X وY": their visits, to someone else; no contact of the two
                elif len(after) >= 3 and _is_object(after[2], sa, lex) and 0 < _title_start(after[2], sa) - after[1].last <= 2:
                    acts = after[:3]  # "لقاء X وY مع Z": the two met Z together
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
        if tv.type == "meeting" and t.phrase in lex.meeting_nouns and brought is None \
                and all(x is t or x.value.weak for x in g) and any(
                m.kind == "country" and m.value in lex.org_codes and m.first == t.last + 1 for m in sa.matches) \
                and not any(m.kind in ("between", "object") and t.last < m.first and sa.same_clause(t.last, m.first)
                            and any(_title_start(a, sa) - m.last in (1, 2) for a in acts) for m in sa.matches):
            continue          # "للمشاركة في اجتماع لحلف الناتو حيث دافع عن سياسة رئيسه X": an organisation's
            #                   meeting, its members named nowhere as meeting each other
        if tv.joint and brought is None:
            if (joint := _joint_parties(t, actors, sa, lex)) is None:
                continue      # "وقع X مذكرة تطلب من Y": signed alone, no contact
            acts = brought = joint
        between = _between_pair(t, acts, sa, lex) if tv.weak and light_of(t) is None else None
        front = None
        where_held = False
        if brought is not None:
            acts = brought
        elif tv.weak and light_of(t) is None and between is None and theirs is None \
                and (speakers := _speakers_held(t, acts, sa, lex)) is not None:
            acts = brought = speakers      # (the speakers who said it after their summit held it)
        elif tv.weak and tv.type == "meeting" and light_of(t) is None and theirs is None \
                and (listed := _where_listed(t, acts or actors, sa, lex)) is not None:
            acts = brought = listed        # (the persons of the clause "where" after the summit held it)
            where_held = True
        if brought is None and between is None and light_of(t) is None and (
                _governed_pair(t, acts, sa, lex) or _group_subject(t, acts, sa, lex)):
            continue
        among = _among_listed(t, acts, sa, lex) if brought is None and between is None else None
        if among is not None:
            acts = brought = ([among[0]] if among[0] is not None else []) + among[1]   # (whoever did it, and those listed)
        if tv.weak and light_of(t) is None and between is None and brought is None and theirs is None \
                and not (_first_person(t, None, sa, lex) and _speaker(t, sa, lex) is not None) \
                and not _during_with(t, acts, sa, lex) and not _said_in(t, acts, sa, lex) \
                and not _pair_subject(t, acts, sa, lex) and not _fronted_pair(t, acts, sa, lex) \
                and not _pair_then_during(t, acts, sa, lex) and not dropped_subject(t, sa, lex) \
                and (front := _fronted(t, acts, sa, lex)) is None and \
                not (any(0 < t.first - _titles_end(a, sa, lex) <= 3 for a in acts)
                     and any(0 < _addressed_start(a, sa, lex) - t.last <= 4 or _discussed_with(t, a, sa, lex)
                             for a in acts)):
            after = [(_title_start(a, sa), a) for a in acts if a.first > t.last]
            # (or, for a verb opening the sentence, after a long description of his post with no verb
            # in it: "استعرض المستشار بالديوان الملكي المشرف العام على مركز ... الدكتور X أمس مع Y")
            # (a title word of his may stand first: "بحث الوزير X مع Y")
            honoured = {k for m in sa.matches if m.kind == "name_title" for k in range(m.first, m.last + 1)}
            locs = {m.last for m in sa.matches if m.kind == "loc"}      # ("في", "in": where, before a place)
            first_after = lex.subject_after_verb and len(after) >= 2 and (after[0][0] - t.last <= 1 or all(
                k in honoured for k in range(t.last + 1, after[0][0])) or (
                t.first == 0 and not any(m.kind in VERB_KINDS and t.last < m.first < after[0][0] for m in sa.matches)))
            # (the doer right after the verb, then the other after "with": "وتحدث X مع Y", spoke with: a
            # call; "بحث X مع Y", discussed with: a contact the next sentence tells, "حضر اللقاء ...")
            # (a place in the other's title too: "مع ولي عهد أبوظبي الشيخ Y")
            titled = _title_words(sa) | {k for m in sa.matches if m.kind in ("place", "loc")
                                         for k in range(m.first, m.last + 1)} if first_after else set()
            if first_after:
                # (a plural title and the "from" or "in" after it: "مع نظرائه من A وB", with his counterparts from)
                plural = {m.last for m in sa.matches if m.kind == "role_plural"}
                titled |= {k for m in sa.matches if m.kind == "role_plural" for k in range(m.first, m.last + 1)} | {
                    m.first for m in sa.matches if m.kind in ("from", "loc") and m.first - 1 in plural}
            offices = {m.first for m in sa.matches if m.kind == "official"}
            with_joined = first_after and any(
                m.kind == "object" and m.last < f and after[0][1].last < m.first
                # (the other's title may open with a word of office the pack has no post for: "مع وزير
                # الإعلام اليمني X")
                and all(k in titled or (m.last + 1 in offices and k - m.last <= OFFICE_RUN)
                        for k in range(m.last + 1, f))
                and (all(k in titled for k in range(after[0][1].last + 1, m.first))    # (his titles between)
                     or _appositive_office(after[0][1].last, m.first, offices, sa)    # (or set off by commas)
                     or _only_date_between(after[0][1].last, m.first, sa, lex)         # (or "yesterday",
                     #                                                         "late last month")
                     # (or both a day and where: "بحث X أمس في جدة مع Y")
                     or all(k in titled or _only_date_between(k - 1, k + 1, sa, lex)
                            for k in range(after[0][1].last + 1, m.first)))
                and (sa.tokens[m.first].folded in lex.with_words or (      # ("تحدث X إلى Y": spoke to him)
                    sa.tokens[m.first].folded in lex.spoke_to and _speaking(t, sa, lex)))
                for f, _ in after[1:] for m in sa.matches)
            if not with_joined and not (first_after and any(
                    sa.tokens_prefix(f)[:1] in lex.conjunctions and f - a0.last <= 8
                    for a0 in (after[0][1],) for f, _ in after[1:])):
                continue      # a weak trigger ("spoke to") needs its two parties right beside it, or a light verb
            # (not when a city is named after them in the clause, where they sat: "استعرض X مع Y ... بمقر
            # المركز بالرياض")
            # (nor after "after": "بعد قمة X مع Y", "following the summit of X with Y", told as held)
            # (or before the other: "بحث X أمس في جدة مع Y")
            sat = any(m.kind == "place" and m.first > after[0][1].last and sa.same_clause(t.last, m.first)
                      and (m.first > after[-1][1].last or m.first - 1 in locs) for m in sa.matches)
            # (nor with a relative clause right after them that tells it held: "قمة X وY التي عقدت في يونيو")
            end = _title_end(after[-1][1], sa) + 1
            held = end + 1 < len(sa.tokens) and sa.tokens[end].folded in lex.relatives \
                and sa.tokens[end + 1].folded in lex.held_words
            pending = not (with_joined and t.value.type == "call") and not sat and not held and not (
                (w := _word_before(t, sa, lex)) >= 0 and word_in(w, lex.after_words, sa, lex))
        # "عقد اجتماع تشاوري بمشاركة A ونظيريه B وC", "a meeting was held with A, B and C taking
        # part": a meeting word with nobody before it, then the cue, names its parties after the cue
        if brought is None and sized is None and (taking := _taking_part(t, acts, sa, lex)) is not None:
            acts = brought = taking
        # "بحضور X", "in the presence of X": X attended, the contact is between the others
        for at in (m for m in sa.matches if m.kind == "attendance" and sized is None and taking is None):
            after = at.last
            # (a companion's cue attends nothing: "قام X يرافقه وفد بزيارة", the delegation came along on X's visit)
            attended = None if at.phrase in lex.companion_words else \
                next((m for m in triggers(sa) if 0 < m.first - at.last <= 2), None)
            if attended is not None:
                # "X and Y attended the meeting": its subject attended too
                after = max([b for b in sa.clause_ends if b < at.first], default=-1)
                # ... but "حضر اللقاء بين A وB عدد من المسؤولين", "attended the meeting between A
                # and B": A and B held it, those named after them attended
                btw = next((m for m in sa.matches if m.kind == "between" and 0 <= m.first - attended.last <= 1), None)
                held = _list_run([a for a in acts if btw is not None and a.first > btw.last], sa, lex)
                if btw is not None and len(held) >= 2 and _title_start(held[0], sa) - btw.last <= 2:
                    acts = [a for a in acts if not (after < a.first < btw.first or held[-1].last < a.first)]
                    continue
            acts = _drop_between(acts, after, _list_end(at, acts, sa, lex))
        # "ويأتي اتصال X ساعات قبل وصول Y", "X's call came hours before Y's arrival": those after a word
        # of before or after that follows the contact word and one of its parties place it in time by
        # another happening; they are no parties of it (not "بعد ظهر اليوم", in the afternoon)
        # (a noun's, whose party is its own: a verb still takes its object after such a phrase, "التقى X بعد
        # وصوله Y")
        # (right after the noun's own party: "اتصال X ساعات قبل", a few words between at most)
        own = next((a for a in acts if t.last < a.first <= t.last + 2), None)
        if own is not None and not any(m.kind == "past_verb" and m.first == t.first for m in sa.matches):
            rel = next((k for k in range(own.last + 1, min(len(sa.tokens) - 1, own.last + 1 + TIMED_REACH))
                        if sa.same_clause(t.last, k) and (
                            sa.tokens[k].folded in lex.after_words or any(m.kind == "prior" and m.first == k
                                                                         for m in sa.matches))
                        and not _dated_at(k + 1, sa, lex)), None)
            if rel is not None and any(a.first > rel for a in acts):
                acts = [a for a in acts if a.first < rel]
        # "انتقد X تزامنا مع زيارة Y", "coinciding with Y's visit": those before the cue are no parties
        for co in (m for m in sa.matches if m.kind == "cue" and m.value == "coinciding"
                   and m.last < t.first and sa.same_clause(m.last, t.first)):
            acts = [a for a in acts if a.first > co.last]
        # "بقيادة X وأخيه Y", "on the instructions of X": named for their authority, not parties
        for ld in (m for m in sa.matches if m.kind == "not_party" and sized is None):
            # (nor past the comma that closes the phrase, a verb right after it: "بتوجيهات من أمير البلاد،
            # أجرى ولي العهد X اتصالا": X is the main clause's)
            # (or, when the phrase opens the sentence, its first comma, a verb anywhere after it: "On the
            # instructions of the Emir, Crown Prince X made a call"; a title or name between the cue and the
            # comma either way)
            stop = min([m.first for m in sa.matches if m.kind == "trigger" and m.first > ld.last] +
                       [b + 1 for b in sa.clause_ends if b >= ld.last] + [ld.last + 17] +
                       [c + 1 for i, c in enumerate(sa.commas) if c > ld.last and any(
                           m.kind in VERB_KINDS and c < m.first and (m.first <= c + 2 or (i == 0 and ld.first <= 1))
                           for m in sa.matches) and any(m.kind in TITLE_KINDS and ld.last < m.first <= c
                                                        for m in sa.matches)])
            # (the person after the cue and those listed with him, not the persons after them:
            # "pictures of Netanyahu as Blinken met Herzog")
            if ld.phrase in lex.group_led_by and any(word_in(k, lex.group_nouns, sa, lex)
                                                     for k in range(max(0, ld.first - GROUP_LED_REACH), ld.first)):
                continue          # ("ووفد أميركي بقيادة وزير التجارة X": the delegation's head, who took part)
            listed = [a for a in acts if ld.last < a.first < stop]
            for k in range(1, len(listed)):
                # (a title and the name after it are one: "נשיא אוגנדה יוורי מוסווני")
                if not _list_next(listed[k - 1], listed[k], sa, lex) and not (
                        listed[k - 1].kind == "role" and 0 < listed[k].first - listed[k - 1].last <= TITLE_NAME_GAP):
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
        # "رفع X الشكر لخادم الحرمين" in a meeting: the one thanked (or pledged allegiance to) is named, not
        # met; so before the word: "ما عبر عنه X من تقدير لـY، لدى لقائه Z" (not its object, right after it)
        for tr in (m for m in sa.matches if m.kind == "tribute" and tv.type == "meeting"):
            acts = [a for a in acts if not (a.first > tr.last and _title_start(a, sa) - tr.last <= 3
                                            and _object_prefixed(a, lex) and not t.last < a.first <= t.last + 1
                                            and not t.first <= a.first <= t.last)]
        # "قالت X إنه خلال اللقاء بينه وبين Y", "X said he met Y" of a woman X: the pronoun after "that" is
        # another's, so X, who only told of it, is no party
        if lex.that_gender:
            for k in range(t.first):
                said_g = lex.that_gender.get(sa.tokens[k].folded)
                speaker = next((a for a in reversed(sa.actors) if a.last < k), None) if said_g else None
                if speaker is not None and _gender_of(speaker, lex) not in (None, said_g) and not any(
                        speaker.last < a.first < k for a in sa.actors):
                    acts = [a for a in acts if a is not speaker]
        # "وشكرتها على تهنئة الرئيس X", "thanked him for the support of President X": what X did was
        # thanked for; X, named after it in its clause with no contact word between, is no party
        for th in (m for m in sa.matches if m.kind == "thanked_for" and m.first > t.last):
            # (the word thanked for may itself be a contact's: "for the congratulations of X")
            acts = [a for a in acts if not (a.first > th.last and sa.same_clause(th.last, a.first) and not any(
                u.kind == "trigger" and th.last + THANKED_WORD < u.first < a.first for u in sa.matches))]
        # "استقبل X جثمان Y": the body of a dead man, named after the word for it, is no party; nor
        # whom a speech turns to in public ("توجه X بالحديث إلى Y قائلا", "قال X موجها رسالته لـY: «...»")
        for rm in (m for m in sa.matches if m.kind in ("remains", "addressed")):
            acts = [a for a in acts if not 0 < _title_start(a, sa) - rm.last <= 2]
        # (the first person after the word however long his title: "over the demise of the Deputy Governor
        # of Saudi Arabia's Aseer province, Prince X"; not the parties of the contact word between)
        acts = [a for a in acts if not named_dead(a, sa, REMAINS_REACH, t)]
        # "وفقا لـX، فإن A التقى B", "according to X, A met B": X tells it
        # (not the one a relative clause after him makes a party: "وفقا لـX، الذي اجتمع به")
        for src in (m for m in sa.matches if m.kind == "source"):
            told_by = next((a for a in acts if a.first > src.last), None)
            if told_by is not None and _title_start(told_by, sa) - src.last <= 4 and told_by.last < t.first \
                    and gi not in resumed:
                acts = [a for a in acts if a is not told_by]
        # "نقل تحيات X و Y إلى Z": X and Y sent greetings through the one who met or called Z
        if tv.type in ("meeting", "call"):
            for cv in (m for m in sa.matches if m.kind == "conveyed"):
                if cv.suffix and cv.last < t.first and not any(cv.last < a.first < t.first for a in sa.actors):
                    continue      # ("قدم X شكره خلال اللقاء الذي عقده مع Y": his own thanks, to no one named
                    #               before the word; not "نقل تحياته إلى Y خلال لقائه Z", Y absent)
                if conj[gi] and cv.last < starts[gi]:
                    continue      # ("... وبعث برقية مواساة لـY، وتلقى اتصالا من Z": another clause's greetings)
                # (greetings told before the word end at the one they went to, whether or not he is a
                # party of this word: "نقل خلالها تحيات X للرئيس Y، ... خلال استقباله Z" leaves Z alone)
                ends = sa.actors if cv.last < t.first else acts
                stop = min([m.first for m in sa.matches if m.kind == "conveyed_to" and m.first > cv.last] +
                           [a.first for a in ends if a.first > cv.last and _object_prefixed(a, lex)] +
                           [b + 1 for b in sa.clause_ends if b >= cv.last] + [len(sa.tokens)])
                acts = _drop_between(acts, cv.last, stop)
        if tv.type == "meeting":
            # "طلب X نقل تحياته إلى Y", "asked him to convey his greetings to Y": Y is absent too
            for cv in (m for m in sa.matches if m.kind == "conveyed_own"):
                stop = min([b + 1 for b in sa.clause_ends if b >= cv.last] + [len(sa.tokens)])
                acts = _drop_between(acts, cv.last, stop)
        courier = envoy = None
        if tv.type == "message":
            acts = _without_carriers(acts, t, froms, sa, lex)
            courier = _courier(acts, t, froms, sa, lex) or _received_for_another(acts, t, froms, sa, lex)
            acts = [a for a in acts if a is not courier]
            if (handed := _handed_to_host(t, sa, lex)) is not None:
                host, courier = handed
                acts = [host] + [a for a in acts if a is not host and a is not courier and who(a) != who(courier)]
            if courier is None and (envoy := _envoy_handed(t, acts, sa, lex)) is not None:
                acts = [a for a in acts if a is not envoy[1]]
        # "قال X، بعد محادثاته مع Y، إن ... الرئيس Z": after the contact, a "that" answering a verb of
        # saying before it opens what was said; the persons there are not parties
        # (not a relative clause that names the parties: "the meeting that took place ... between")
        if brought is None and any(r.last < t.first for r in reporting):
            that = next((k for k in range(t.last + 1, len(sa.tokens)) if _that_at(k, sa, lex)), None)
            # (not when what was said tells a contact itself: "... مضيفا أنه ناقش مع الربيعة"; a verb in
            # the present there tells none: "أن عدن بعد تحريرها من ... X أصبحت تستقبل المساعدات")
            # (a contact verb, or one opening what was said: "أنه ناقش مع Y"; not a noun farther on,
            # "إن الوفود بدأت تصل ... خلال زيارة Y", another happening the speaker spoke of)
            if that is not None and not any(m.kind == "trigger" and m.first > that and not m.value.present and (
                    m.first - that <= 2 or any(v.kind in ("past_verb", "light") and v.first in (m.first, m.first - 1)
                                               for v in sa.matches)) for m in sa.matches):
                acts = [a for a in acts if a.first < that]
        elif brought is None:
            # "وبعد اجتماع الوفد بالرئيس قال X إن Y مستعد ...", "after the meeting, X said Y ...": a verb of
            # saying after the word, then "that": what was said names no party
            said = next((r for r in reporting if r.first > t.last and sa.same_clause(t.last, r.first)), None)
            that = next((k for k in range(said.last + 1, min(len(sa.tokens), said.last + SAID_THAT_REACH))
                         if _that_at(k, sa, lex)), None) if said is not None else None
            if that is not None and not any(m.kind == "trigger" and m.first > that for m in sa.matches):
                acts = [a for a in acts if a.first < that]
        # "وجه السفير رسالة إلى الوزير قال فيها: لقد التقى X ...", "a letter to Y in which he said ...": a
        # letter's or call's words, opened by a verb of saying with "in it", name no party of it
        if tv.type in ("message", "call") and lex.said_in_it:
            said = next((r for r in reporting if r.first > t.last and r.last + 1 < len(sa.tokens)
                         and sa.tokens[r.last + 1].folded in lex.said_in_it), None)
            # (the speaker may be named right there, "اتصال أكد فيه الرئيس X أن ...": he took part)
            speaker = next((a for a in acts if said is not None and 0 <= _title_start(a, sa) - (said.last + 2) <= 1), None)
            if said is not None and speaker is None:
                acts = [a for a in acts if a.first < said.first]
        # "X met Y, but not Z": a negation between the trigger and an actor after it leaves that actor out
        # (not a negated clause of the contact noun itself, its "with" after it: "عقد اجتماعا لم يعلن عنه مع
        # Y", held a meeting that was not announced with Y)
        negs = [m.first for m in sa.matches if m.kind == "cue" and m.value == "negation" and m.first > t.last
                and not _negated_relative(t, m, sa, lex)]
        acts = [a for a in acts if not any(t.last < n < a.first for n in negs)]
        to = next((m for m in sa.matches if m.kind == "object" and t.last < m.first <= t.last + 2), None) \
            if tv.type == "message" and light_of(t) is None else None
        if to is not None and not any(_addressed_after(a, to.last, sa, lex) for a in acts):
            continue          # "two letters to Congress by Comey": to no person
        if tv.type == "message" and tv.role == "neutral" and light_of(t) is None and \
                not any(_is_object(a, sa, lex) or (a.prefix and a.prefix[-1:] in lex.from_prefixes) or any(
                    m.kind == "conveyed_to" and t.last < m.last and _addressed_after(a, m.last, sa, lex)
                    for m in sa.matches) for a in acts) and \
                not any(m.kind == "from" and m.first > t.last for m in sa.matches) and \
                not (len(acts) >= 2 and _congratulated(acts, sa, lex)):
            continue          # "Comey's letter stunned Clinton": a letter is between its sender and whom it is to
            #                   (or from: "השיב לאיגרת מאובמה", "שלח לחמינאי מכתב"; or to "his brother" Y:
            #                   "رسالته لأخيه الملك Y")
        # (or after "to" and a verb: "called to congratulate Trump")
        # (two words may qualify the title before the name: "called opposition coalition leader X")
        reach = 4 if t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.purpose_words else OBJECT_REACH
        if t.phrase in lex.needs_object and not any(
                a.first > t.last and 0 < _title_start(a, sa) - t.last <= reach for a in acts) and not any(
                m.kind == "trigger" and m.first == t.last + 1 for m in sa.matches):   # ("כינס פגישה עם Y")
            continue          # "A and B called emergency meetings": "called" phones the person right after it
        # "قمة بين X وY تطرق إليها الرئيسان خلال اتصال هاتفي": pair words as the doer of a clause
        # with the word after "during", nobody else its party: the two persons named before them
        # (the persons of a "where"/"when" clause that held the summit stay its parties)
        acts, paired = _clause_parties(t, acts, trig, sa, lex) if not where_held else (acts, False)
        # "وأضاف أن اجتماعهما كان سلسا", "their (two) meeting": a dual names two; when more are
        # around it, the two named by name are they (not a title of someone said to have done else)
        if t.phrase in lex.dual_triggers and len({who(a) for a in acts}) > 2:
            named = [a for a in acts if a.kind in ("name", "short")]
            if len({who(a) for a in named}) == 2:
                acts = named
        if lex.mourned_words:
            acts = [a for a in acts if not _mourned(a, sa, lex)]
        if lex.envoy_words and tv.type == "meeting":
            acts = [a for a in acts if not _envoys_principal(a, sa, lex)]
        if any(x.phrase in lex.needs_sent_to for x in g):
            # ("أرسل X تهانيه إلى Y": its addressee is the one "إلى" marks; "رفع تعازيه لمقام الملك", raised
            # to him in words, names no addressee of a letter)
            lt = light_of(t)
            if lt is not None and sa.tokens[lt.first].folded in lex.raised_words:
                continue
            # (or the list after "to the heads of": "أرسل X التهاني إلى رؤساء كل من A - Y، وB - Z")
            heads = next((p.last for p in sa.matches if p.kind == "role_plural" and any(
                m.kind == "conveyed_to" and m.last == p.first - 1 for m in sa.matches) and p.first > t.last), None)
            acts = [a for a in acts if a.last < t.first or any(
                m.kind == "conveyed_to" and m.last == _title_start(a, sa) - 1 for m in sa.matches) or (
                heads is not None and a.first > heads and sa.same_clause(heads, a.first))]
        if any(x.phrase in lex.needs_marked_object for x in g):
            # (its addressee is marked "to": glued to it, or the word of sending to right before his title)
            acts = [a for a in acts if a.last < t.first or _object_prefixed(a, lex) or any(
                m.kind == "conveyed_to" and m.last == _title_start(a, sa) - 1 for m in sa.matches)]
        if brought is None and (_speaker_of_told_visit(t, reporting, sa, lex) or _visitor_of_a_place(t, acts, sa, lex)):
            acts = [a for a in acts if a.first > t.last]
        if brought is None and (latter := _latter_doer(t, acts, sa, lex)) is not None:
            acts = latter
            if len({who(a) for a in acts}) < 2:
                continue
        if brought is None and _talks_with_list(t, acts, sa, lex):
            continue
        # "والتقى الأمير السعودي بكل من A وB وC": everyone named is an object of a verb whose doer the
        # sentence does not name as a person; the objects did not meet each other
        # (or a group named right after the verb is its doer: "التقى الوفد الأمريكي الرئيس A ووزير الخارجية B")
        # (not a group whose head it names: "التقى وفد ... برئاسة X وزير الخارجية Y", X met Y)
        group_doer = t.last + 1 < len(sa.tokens) and sa.tokens[t.last + 1].folded in lex.group_doers
        if len(acts) >= 2 and all(a.first > t.last for a in acts) and not (group_doer and _group_headed(t.last + 1, sa, lex)) and (
                _is_object(acts[0], sa, lex) or (group_doer and not any(a.first == t.last + 1 for a in acts))) \
                and any(m.kind == "past_verb" and m.first == t.first for m in sa.matches) and all(
                _list_next(a, b, sa, lex) for a, b in zip(acts, acts[1:])) and not _speakers_own(t, sa, lex):
            continue
        # "أطلع X المجلس على ...، والاتصال الهاتفي الذي تلقاه من Y": a word whose relative clause received
        # it from Y, its doer unsaid, was received by the subject of the clause the word stands in
        received = _received_by_subject(t, relative_light.get(t.first), sa, lex) if brought is None else None
        if received is not None:
            acts = received
        if tv.type == "message":
            # "... مع X في رسائل أرسلتها لY", "with X, in letters she sent to Y": one named after "with"
            # before a word of writing wrote none of it
            acts = [a for a in acts if not (a.last < t.first and _with_marked(a, sa, lex))]
        c = Candidate(tv.type, t, acts, count=max(_count(x, sa, lex) for x in g),
                      # (a message word a verb of sending governs was sent: "أرسل X إلى Y رسالة")
                      weak=tv.weak and not (tv.type == "message" and light_of(t) is not None),
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
            elif hosts:
                # "وكان في استقباله X وY وZ ...": a line of officials who greeted him on arrival, no talks
                # with each; the one at its head, named first, met him
                out.append(replace(c, actors=[c.actors[0], hosts[0]], welcomed=True))
            continue
        before = [a for a in acts if a.last < t.first]
        after = [a for a in acts if a.first > t.last]
        if tv.role == "host" and not lex.subject_after_verb and t.first == t.last and t.first > 0 and not after \
                and sa.tokens[t.first - 1].folded in lex.verb_subject_pronouns:
            # "expressed gratitude to King X for the hospitality they received": a verb of hosting whose
            # subject is a pronoun right before it, with no guest after it, received a thing
            c.blocked = c.blocked or "objectless"
        light = next((lt for x in (t, *g) if (lt := light_of(x)) is not None), None)
        if light is not None:
            c.blocked = c.blocked or _blocked(g[0], sa, lex, light.first)
            inside = [a for a in acts if light.last < a.first < t.first]
            before_light = [a for a in acts if a.last < light.first]
            if t.value.type in ("message", "call") and (
                    (not inside and envoy is None and any(m.kind in ("role", "official") and light.last < m.first
                                                          and m.last < t.first for m in sa.matches))
                    or (inside and all(a.kind == "pronoun" for a in inside))):
                # "وجه السفير رسالة إلى Y": the light verb's doer is a title nobody is named by, or a bare title
                # or pronoun that stands for someone ("وجه سموه رسالة"); whoever the sentence named before the
                # verb did not send it
                acts = c.actors = [a for a in acts if a.first > light.last]
                before_light = []
            c.subject = inside[0] if inside else (before_light[-1] if before_light else None)
            doer = next((a for a in acts if a.first > light.last), None) if light.first > t.last else None
            # ("نشر X رسالة بعثها إليه Y": "to him" between the verb and its doer; the one the pronoun
            # stands for, the last named before the word, was sent it)
            to_him = doer is not None and _title_start(doer, sa) - light.last == 2 \
                and sa.tokens[light.last + 1].folded in lex.to_pronouns
            if doer is not None and (to_him or _title_start(doer, sa) - light.last <= 1 and not _is_object(doer, sa, lex)):
                # "خطاب أرسله كيم إلى شي", "a letter which X sent to Y": the doer right after the
                # relative clause's verb sent it; those named before the word are outside the clause
                addressee = [a for a in acts if a.last < t.first][-1:] if to_him else []
                acts = c.actors = addressee + [a for a in acts if a.first > light.last]
                c.subject = doer
            c.present = light.phrase in lex.light_present     # "حيث يجري مباحثات": yet to come, outside a lead
            if light.value in ("subject", "message"):
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
            # (and whom the main clause names after him are what he said: "وخلال لقائه مع Y، أكد X على
            # إيمان الملك Z بأهمية ...", Z no party)
            c.actors = [a for a in c.actors if a.first <= front.first or who(a) == who(front)]
            if tv.role in ("subject", "passive", "neutral") and tv.type == "message":
                c.initiator = front
        elif (doer := _referred_doer(t, sa, lex)) is not None:
            # "حضر X ... مع مضيفه Y خلال زيارة قام بها الأول": the former, named before, made the visit,
            # to those the word has besides him
            c.subject = c.initiator = doer
            others = [a for a in c.actors if who(a) != who(doer)]
            if not others:
                # (the word took nobody else: the other of the two named before it, "the former" being one)
                named = list({who(a): a for a in sa.actors if a.last < t.first and a.kind in NAMED_KINDS}.values())
                others = [a for a in named if who(a) != who(doer)] if len(named) == 2 else []
            c.actors = [doer] + others
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
                # (the head may be named before, a party of another contact word of the sentence:
                # "بعث X برقية للرئيس Y، وذلك بعد انتهاء زيارة سموه لمصر"; not one who spoke of it,
                # "رحب Y بزيارة X لبريطانيا")
                hosts = [a for a in c.actors if a.last < t.first and _heads(a, to, lex)] or [
                    a for a in actors if a.last < t.first and a is not doer and _heads(a, to, lex) and any(
                        m.kind == "trigger" and m is not t and m.last < a.first for m in sa.matches)] if to else []
                c.actors = hosts + [doer] + [a for a in c.actors if a.first > t.last and a is not doer]
        elif tv.role == "subject" and before and t.last + 2 < len(sa.tokens) \
                and sa.tokens[t.last + 1].folded in lex.resumptive_objects \
                and (doer := next((a for a in after if _title_start(a, sa) == t.last + 2), None)) is not None:
            # "اتصل بها X": the verb, "her", then its doer; she is the one named before
            c.subject = c.initiator = doer
        elif tv.role == "host" and t.suffix and lex.subject_after_verb and before and after \
                and _title_start(after[0], sa) == t.last + 1 and not possessed(t, sa, lex) \
                and not (t.first > 0 and any(sa.tokens[t.first - 1].folded.startswith(w) for w in lex.during)) and not any(
                    m.kind == "trigger" and m is not t and before[-1].last < m.first < t.first for m in sa.matches):
            # "وصل X إلى كيغالي واستقبله Y": the verb with its object pronoun, then its doer; the guest
            # is the one named before, who came (not "لقمة مع X استضافها Y": the pronoun is the summit
            # told between; nor a noun of hosting whose suffix is its host's: "أثناء استضافته Y", during
            # his hosting of Y)
            c.subject = after[0]
            c.initiator_rule = "other"
        elif tv.role == "host" and not t.suffix and after and _title_start(after[0], sa) == t.last + 1 \
                and after[0].last + 1 < len(sa.tokens) and sa.tokens[after[0].last + 1].folded in lex.to_pronouns:
            # "أكد X خلال استقبال Y له": the reception of him by Y; Y, right after the word, hosted
            # the one the pronoun stands for, who came
            c.subject = after[0]
            c.initiator_rule = "other"
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
            # (so when a light verb and "already" stand between him and the noun: "وكان X قد أجرى
            # محادثات مع A وB", X held talks with A and with B)
            # (nor is one after "with" the subject: "أجرى X في الرياض محادثات مع A وB", talks with both)
            elif before and (not lex.subject_after_verb or len(after) < 2 or t.first - before[-1].last <= 2
                             or tv.role == "passive"     # ("وكان X قد استُقبل من طرف Y": X was received)
                             or _coordinated(after[0], after[1], sa, lex) or _with_marked(after[0], sa, lex)
                             or (t.first - before[-1].last <= LIGHT_GAP_SUBJECT and any(
                                 m.kind == "light" and m.last == t.first - 1 for m in sa.matches))):
                # (of a visit, the nearest before that no preposition governs: "وركز X على ملف حساس
                # بالنسبة للمستشارة الألمانية في اليوم الأول من زيارته": his visit is X's)
                c.subject = next((a for a in reversed(before) if not _is_object(a, sa, lex)), before[-1]) \
                    if tv.role == "subject" else before[-1]
            elif after and (tv.role == "host" or (t.phrase in lex.doer_verbs and t.first > 0 and not any(
                        a.last < t.first for a in sa.actors))) and not lex.subject_after_verb \
                    and len({who(a) for a in after}) >= 2 \
                    and len(g) == 1 and not any(m.kind == "between" and m.first > t.last for m in sa.matches):
                # ("the US president's special envoy met A and B", "a senior aide met A and B": a doer's
                # verb whose doer the sentence does not name, with no one named before it: they met him)
                # "HM receives King X and message from Y": a host's verb with no one named before it, in a
                # language whose subject stands first, receives all those after it; they met him, whom the
                # sentence does not name, not each other
                c.blocked = c.blocked or "hostless"
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
        spoken = False
        # (a relative clause's verb in the first person with "them" after it, "الاتصالات التي أجريناها
        # معهما", the calls we made with the two: his own, with each of those named)
        made_with = light is not None and light.first > t.last and word_in(light.first, lex.first_person_forms, sa, lex) \
            and any(sa.tokens[k].folded in lex.resumptive_objects for k in range(light.last + 1, min(len(sa.tokens), light.last + 3)))
        # ("I talked with A and B": "I" right before the word, all those named after it, its objects)
        if (len({who(a) for a in inner}) <= 1 or made_with or (
                _i_before(t, sa, lex) and all(a.first > t.last for a in inner))) and _first_person(t, light, sa, lex) \
                and (sp := _speaker(t, sa, lex)) is not None:
            # (not a pair of others the speaker talks about: "I think the meeting of A and B ...")
            # "'I met Y,' X said", "X: 'נפגשתי עם Y'", "قال X: التقيت Y": the speaker's own contact
            c.actors = [sp] + [a for a in inner if who(a) != who(sp)]
            c.subject = sp
            spoken = True
            if made_with and len(c.actors) > 2:
                c.pairs = True      # one contact with each
            if _first_person_object(t, light, sa, lex):
                # ("أرسل لي X خطابا": the speaker was sent it, X sent it)
                c.initiator = next((a for a in c.actors[1:] if not _is_object(a, sa, lex)), None)
            elif (light is not None and light.value in ("subject", "message")) or (light is None and tv.role in ("subject", "passive")):
                c.initiator = sp
        elif (made_with or (inner and all(a.first > t.last for a in inner) and len({who(a) for a in inner}) >= 2
                            and sa.quote_speaker is None and not sa.labels
                            and not any(m.kind in ("reporting", "reporting_that") for m in sa.matches))) \
                and _first_person(t, light, sa, lex):
            c.blocked = c.blocked or "speaker"    # (whose own calls they were the sentence does not say:
            #                                       not those named's with each other: "שוחחתי עם A ו-B")
        elif that is not None and gi not in said_after and len({who(a) for a in inner}) >= 2 and not t.suffix \
                and not _held_by_him(t, sa, lex) and not any(
                sa.tokens[j].folded in lex.that_pronouns for j in range(that, min(that + 2, len(sa.tokens)))) and \
                not (t.first > 0 and sa.tokens[t.first - 1].folded in lex.possessive_words) and \
                len(inner) < len(c.actors) and any(r.last < that for r in reporting):
            # "أوضح X أن المسألة طرحت خلال محادثات Y مع Z": two persons in what was said are its
            # parties; the one who said it is not (unless the word is his, "his talks with ...", or
            # he is its subject: "قال X إنه بحث مع Y ومع Z")
            c.actors = inner
            if c.subject is not None and not any(a is c.subject for a in inner):
                c.subject = None
            if c.initiator is not None and not any(a is c.initiator for a in inner):
                c.initiator = None
        elif that is not None and len(inner) == 1 and len(inner) < len(c.actors) and tv.talks \
                and not any(m.kind == "past_verb" and m.first == t.first for m in sa.matches) \
                and not t.suffix and inner[0].first > t.last and not _is_object(inner[0], sa, lex) \
                and set(range(t.last + 1, inner[0].first)) <= _title_words(sa) \
                and any(r.last < that for r in reporting):
            # "كشف المتحدث X عن أن جدول مباحثات الوزير Y في الرياض ...": talks whose one party is
            # named right after the word, in what was said, are not the speaker's (the genitive of
            # "talks" is their doer; not that of "لقاء", whose genitive may be the one met)
            c.actors = inner
            c.subject = c.initiator = None
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
        if c.subject is not None and c.subject.last < t.first and not c.blocked and not opened and not since \
                and id(g[0]) not in purposed and not spoken:
            # (not from a speaker telling his own contact: what stands between frames his words, not it)
            # (from where the subject's title begins: "المقرر أن يعقد الرئيس الكوري مون ... قمة")
            c.blocked = _blocked(g[0], sa, lex, past_relative.get(gi, _title_start(c.subject, sa)))
        if tv.type == "call" and c.initiator is None and c.initiator_rule is None and len({who(a) for a in acts}) == 2 \
                and (sa.tokens[t.last].folded, sa.tokens[t.last + 1].folded if t.last + 1 < len(sa.tokens) else "") \
                in lex.calls_to:
            # "X ... in a call to Y": the one the call went to did not place it
            to = [a for a in acts if _title_start(a, sa) > t.last and _addressed_start(a, sa, lex) == t.last + 2]
            if len({who(a) for a in to}) == 1:
                c.initiator = next(a for a in acts if who(a) != who(to[0]))
        if tv.type == "call" and c.initiator is None and c.initiator_rule is None and light is None:
            # "اتصال هاتفي من X بـY", "a call from X to Y": X, "from" right after the word, placed it
            at = t.last + 2 if any(f.first == f.last == t.last + 1 for f in froms) else t.last + 1
            c.initiator = next((a for a in acts if _title_start(a, sa) == at and (
                at == t.last + 2 or _from_prefixed(a, sa, lex))), None)
        if brought is not None and tv.type == "call" and c.initiator is None and brought_at is not None \
                and (found := brought_phrase(t, actors, sa, lex)) is not None and found[0] == "held":
            # "خلال اتصال هاتفي أجراه X بـY", "the call X made to Y": who made the call placed it
            c.subject = c.initiator = brought[0]
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
            if not marked and courier is not None and (owner := _genitive_writer(t, acts, sa, lex)) is not None:
                marked = [owner]        # ("نقل X رسالة الملك Y إلى Z": the king wrote it)
            c.initiators = marked
            c.initiator = marked[0] if marked else None
            c.initiator_rule = None if marked else "other"
        if tv.type == "message" and c.initiator is None and not c.carried and c.actors \
                and all(a.first > t.last for a in c.actors) and len({who(a) for a in c.actors}) >= 2 \
                and any(m.kind == "conveyed_to" and t.first <= m.first <= t.last + 1 for m in sa.matches) \
                and _title_start(c.actors[0], sa) - t.last <= ADDRESSEE_GAP and len(_list_run(c.actors, sa, lex)) == len(c.actors):
            # "In his messages to both A and B, the King condemned ...": a list after "to" names those it
            # was sent to; with its sender not among the persons, no letter between them
            c.blocked = c.blocked or "addressees"
        if tv.type == "message" and c.initiator is None and c.initiator_rule is None and len(acts) == 2:
            # "قال X في رسالة إلى Y", "X said in a letter to Y": the one it is addressed to did not send it
            to = [a for a in acts if a.first > t.last and (_is_object(a, sa, lex) or any(
                m.kind == "conveyed_to" and _addressed_after(a, m.last, sa, lex) for m in sa.matches))]
            if len(to) == 1:
                c.initiator = next(a for a in acts if a is not to[0])
        if brought is not None and c.blocked == "future" and sized is None:
            c.blocked = None      # "سيعود ... بعد القمة التي جمعته بـX": the relative's past verb tells it took place
        if paired:
            # (the pair is the doer of the clause the word stands in; the cues before the pair's
            # names belong to the clause that named them)
            c.subject = c.initiator = None
            c.blocked = _blocked(t, sa, lex)
        c.told_past = _first_in_the_past(t, sa, lex) or _seized(t, sa, lex) or _told_after_past(t, sa, lex)
        if among is not None and among[0] is not None and len(acts) >= 2:
            c.subject, c.pairs = among[0], True     # one contact with each of those listed
        elif len({who(a) for a in c.actors}) >= 3 and (_pairwise(t, c, sa, lex) or any(
                # (or at another word of the group, with the doer before it and the others after: "عقد X
                # اجتماعات ثنائية مع A وB على هامش الاجتماع")
                x is not t and _pairwise(x, c, sa, lex) and any(a.last < x.first for a in c.actors)
                and any(a.first > x.last for a in c.actors) for x in g)):
            # "held bilateral meetings with A, B and C", "met A and B separately": one with each, the one
            # before the word the doer
            before = [a for a in c.actors if a.last < t.first]
            if c.subject is None and len({who(a) for a in before}) == 1:
                c.subject = before[0]
            c.pairs = c.subject is not None
        at = _word_before(t, sa, lex)
        c.earlier = brought is not None and at >= 0 and sa.tokens[at].folded in lex.after_words
        if received is not None and c.blocked == "anaphoric":
            c.blocked = None      # ("وكذلك الاتصال الذي تلقاه من Y": the relative clause says which call)
        if taking is not None and c.blocked == "states":
            c.blocked = None      # ("المباحثات بين روسيا وأوبك بمشاركة A وB": the states' talks, held by them)
        out.append(c)
        if envoy is not None:
            # "سلم X Y رسالة لZ": the writer who gave his letter to an envoy met him
            out.append(Candidate("meeting", t, list(envoy), subject=envoy[0], blocked=c.blocked, told_past=c.told_past))
        if courier is not None and _handed_over(t, sa, lex):
            # "سلم المبعوث X الرئيس Y رسالة من Z": who gave the letter in person met the one he gave it to
            to = [a for a in acts if a.first > courier.last and not _from_marked(a, acts, froms, sa, lex)]
            if len(to) == 1:
                out.append(Candidate("meeting", t, [courier, to[0]], subject=courier, initiator=courier,
                                     blocked=c.blocked, told_past=c.told_past))
        elif courier is not None and (host := _carried_to_host(t, courier, sa, lex)) is not None:
            # "استقبل X Y حاملا رسالة من Z": X received Y, who carried the letter
            out.append(Candidate("meeting", t, [host, courier], subject=host, initiator=courier,
                                 blocked=c.blocked, told_past=c.told_past))
    return out


def _handed_to_host(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> tuple[ActorMention, ActorMention] | None:
    """"استقبل X Y، الذي سلمه رسالة من Z": the guest Y, received by X, handed "him" the letter right
    after the relative: X is the one it went to, Y its courier. (X, Y): X the first person after a
    verb of receiving in the clause, Y the last one before the relative; or None."""
    k = t.first - 1
    if k < 1 or sa.tokens[k].folded not in lex.handed_him or sa.tokens[k - 1].folded not in lex.relatives:
        return None
    host = next((m for m in sa.matches if m.kind == "trigger" and m.value.role == "host" and m.last < k - 1), None)
    if host is None:
        return None
    named = [a for a in sa.actors if host.last < a.first and a.last < k - 1 and a.kind in NAMED_KINDS
             and sa.same_clause(host.last, a.first)]
    if len({who(a) for a in named}) < 2:
        return None
    return named[0], named[-1]


def _carried_to_host(t: Match, courier: ActorMention, sa: SentenceAnalysis, lex: Lexicon) -> ActorMention | None:
    """"استقبل X Y حاملا رسالة": the one a verb of receiving, before the courier in the clause, names
    its doer, when a participle of carrying stands right after the courier. Him, or None."""
    if carrying_after(courier.last, sa, lex, t.first) is None:
        return None
    host = next((m for m in sa.matches if m.kind == "trigger" and m.value.role == "host" and m.last < courier.first
                 and sa.same_clause(m.last, courier.first)), None)
    if host is None:
        return None
    return next((a for a in sa.actors if host.last < a.first < courier.first), None)
