"""Envoys a ceremony of credentials names in a sentence of their own.

"The president received the credentials of four new ambassadors today. ... The envoys were the
ambassador of A, X; the ambassador of B, Y ...": the sentence of the ceremony names the one who
received them, and a later one, which speaks of the ceremony again, lists each envoy after his
title and state. Each envoy met the one who received him (`roster_candidates`). The list may come
first: "They are the ambassador of A, X, and ... . The envoys presented their letters of credence to
the president" (`roster_before`).
"""

from __future__ import annotations

from dataclasses import replace

from readouts.knowledge.lexicon import Lexicon
from readouts.knowledge.matcher import Match
from readouts.pipeline.actors import ActorMention, SentenceAnalysis
from readouts.pipeline.events.base import Candidate

ROSTER_REACH = 4      # sentences from the ceremony's to the one listing its envoys, at most
ROSTER_TITLE = 8      # words from an envoy's title to the state right before his name, at most
NAMED_KINDS = ("name", "short", "unknown")


def ceremony_word(sa: SentenceAnalysis, lex: Lexicon) -> Match | None:
    """The first meeting word of a ceremony of credentials the sentence tells as held ("received
    the credentials of", "أوراق اعتماد"), if any."""
    return next((m for m in sa.matches if m.kind == "trigger" and m.value.type == "meeting"
                 and m.value.role != "future" and (any(w in lex.credential_words for w in m.phrase.split()) or (
                     m.value.role == "host" and any(tok.folded in lex.credential_words
                                                    for tok in sa.tokens[m.last + 1:m.last + 1 + CREDENTIALS_AFTER])))),
                None)


CREDENTIALS_AFTER = 3   # "received the credentials presented by ...": words from a host's word to the credentials, at most


def roster_envoys(sa: SentenceAnalysis, lex: Lexicon, text: str) -> list[ActorMention]:
    """The persons the sentence names each right after an envoy's title and the state he serves
    or comes from ("سفيرة إيطاليا X، وسفير اليابان Y", "Ambassador of France X and High
    Commissioner of the Republic of Mozambique Y"): the state stands right before the name (a
    comma may part them), and the title a few words before the state, nothing named between."""
    tokens, out = sa.tokens, []
    states = {m.last: m for m in sa.matches if m.kind == "country"}
    titles = [k for k, tok in enumerate(tokens) if tok.folded in lex.envoy_words]
    named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    for a in sa.actors:
        if a.kind not in NAMED_KINDS or a.first == 0:
            continue
        state = states.get(a.first - 1)
        if state is None or text[tokens[state.last].end:tokens[a.first].start].strip(" ،,"):
            continue
        title = max((k for k in titles if k < state.first), default=None)
        if title is None or state.first - title > ROSTER_TITLE or any(title < k < state.first for k in named):
            continue
        if any(text[tokens[k].end:tokens[k + 1].start].strip() for k in range(title, state.first)):
            continue      # (a mark between the title and the state: they are two phrases)
        out.append(a)
    return out or _envoys_from(sa, lex, text)


def _envoys_from(sa: SentenceAnalysis, lex: Lexicon, text: str) -> list[ActorMention]:
    """The persons a sentence lists each with the state he comes from after his name ("The
    ambassadors are X from A, Y from B and Z from C", "Others are: ..."): two at least, each
    name followed by the word of origin and a state, nothing between."""
    tokens = sa.tokens
    firsts = {m.first for m in sa.matches if m.kind == "country"}
    out = []
    for a in sa.actors:
        k = a.last + 1
        if a.kind not in NAMED_KINDS or k + 1 >= len(tokens) or tokens[k].folded not in lex.envoy_origin:
            continue
        if k + 1 in firsts or (tokens[k + 1].folded in lex.determiners and k + 2 in firsts):
            if not text[tokens[a.last].end:tokens[k].start].strip():
                out.append(a)
    return out if len(out) >= 2 else []


def roster_candidates(sa: SentenceAnalysis, lex: Lexicon, text: str, word: Match, host: ActorMention,
                      host_id: str, resolve) -> list[Candidate]:
    """One meeting of each envoy the sentence lists (`roster_envoys`) with the one who received the
    credentials (`host`, resolved to `host_id`), named in the sentence of the ceremony (whose
    contact word is `word`). The sentence must speak of the credentials again and name no one
    else who could have received them; the envoy is the one who came."""
    at = next((k for k, tok in enumerate(sa.tokens) if tok.folded in lex.credential_words), None)
    envoys = roster_envoys(sa, lex, text) if at is not None else []
    if len(envoys) < 2:
        # (or lists them with the states they come from, which no other list of persons does so near
        # a ceremony: "The ambassadors are X from A, Y from B ...", and "Others are: ...", or in items
        # each of one person and his state: "... of Israel, Ms X; Egypt's Y; Z from Cuba")
        # (a name of the list not followed by its state, "Usenov Azamat from A", is no one who received them)
        listed = _envoys_from(sa, lex, text)
        listed += [a for a in _envoys_by_items(sa, text) if a not in listed]
        listed = listed or _envoy_then_title(sa, lex, text)
        if len(listed) > len(envoys):
            listed.sort(key=lambda a: a.first)
            return _meetings_with_host(sa, listed, listed[0].first, word, host, host_id, resolve, listed=True)
    return _meetings_with_host(sa, envoys, at, word, host, host_id, resolve) if at is not None else []


LINE_TOKENS = 30    # words of a line of a list of envoys, at most


def _envoy_then_title(sa: SentenceAnalysis, lex: Lexicon, text: str) -> list[ActorMention]:
    """The one person of a line of a list naming an envoy, then his title and state after a comma
    ("– His Excellency X, Ambassador of the Republic of A."): short, one person named, an envoy's
    word within two words after the comma, a state a few words after it."""
    named = [a for a in sa.actors if a.kind in NAMED_KINDS]
    if len(sa.tokens) > LINE_TOKENS or len({(a.first, a.last) for a in named}) != 1:
        return []
    a = named[0]
    if a.last not in sa.commas:
        return []
    title = next((k for k in range(a.last + 1, min(len(sa.tokens), a.last + 3))
                  if sa.tokens[k].folded in lex.envoy_words), None)
    if title is None or not any(m.kind == "country" and title < m.first <= title + ROSTER_TITLE for m in sa.matches):
        return []
    return [a]


def _with_words_before(a: ActorMention, stop: int, sa: SentenceAnalysis, text: str) -> ActorMention:
    """A name the gazetteer lacks, widened over the capitalised words of no match right before it,
    after token `stop` (its state), one space apart."""
    if a.kind != "unknown":
        return a
    first = a.first
    while first - 1 > stop and sa.tokens[first - 1].surface[:1].isupper() \
            and text[sa.tokens[first - 1].end:sa.tokens[first].start] == " " \
            and not any(m.first <= first - 1 <= m.last for m in sa.matches if m.kind != "topic"):
        first -= 1
    if first == a.first:
        return a
    start = sa.tokens[first].start
    return replace(a, first=first, start=start, surface=text[start:a.end])


def _envoys_by_items(sa: SentenceAnalysis, text: str) -> list[ActorMention]:
    """The persons of a list whose items a semicolon parts, each item naming one person and a state
    ("the ambassadors of Israel, Ms X; Mrs Y from Cuba; Egypt's Z; and W from Bulgaria"): three
    such items at least, and no item naming more persons than states."""
    ends = sorted(set(sa.clause_ends))
    if len(ends) < 2:
        return []
    bounds = [-1] + ends + [len(sa.tokens) - 1]
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        named = [a for a in sa.actors if a.kind in NAMED_KINDS and lo < a.first and a.last <= hi]
        states = [m for m in sa.matches if m.kind == "country" and lo < m.first and m.last <= hi]
        if len(named) > len(states):
            return []     # (an item may pair two: "Saudi Arabia, X and Colombia, Y")
        # (an item whose name is not read names no one: "and Yanko Vasilev from Bulgaria"; one read from
        # its given name on takes the capitalised words before it, after its state: "Cote d'Ivoire,
        # Assiélou Félix Tanon")
        out += [_with_words_before(a, max((m.last for m in states if m.last < a.first), default=a.first), sa, text)
                for a in named]
    return out if len(out) >= 3 else []


ROSTER_BEFORE = 2     # sentences from a list of envoys to the ceremony told after it, at most


def roster_before(sa: SentenceAnalysis, lex: Lexicon, text: str, word: Match, host: ActorMention,
                  host_id: str, resolve) -> list[Candidate]:
    """One meeting of each envoy a sentence lists (`roster_envoys`, two at least) with the one who
    received the credentials in a ceremony the next sentences tell (`host`, resolved to `host_id`,
    its contact word `word`), when the list names no one else who could have received them."""
    envoys = roster_envoys(sa, lex, text)
    if len(envoys) < 2:
        return []
    at = next((k for k, tok in enumerate(sa.tokens) if tok.folded in lex.envoy_words), envoys[0].first)
    return _meetings_with_host(sa, envoys, at, word, host, host_id, resolve)


def _meetings_with_host(sa: SentenceAnalysis, envoys: list[ActorMention], at: int, word: Match,
                        host: ActorMention, host_id: str, resolve, listed: bool = False) -> list[Candidate]:
    """A meeting of each envoy with the host, its contact word the ceremony's `word` placed at token
    `at` of the sentence that lists them; none when there are no envoys or the sentence names
    someone else who could have received them (`listed`: the sentence is a list of envoys alone)."""
    if not envoys or not listed and any(a.kind in ("name", "short") and a not in envoys
                                        and resolve(a) not in (None, host_id) for a in sa.actors):
        return []
    tok = sa.tokens[at]
    here = word._replace(first=at, last=at, start=tok.start, end=tok.end, prefix="", suffix="")
    receiver = replace(host, kind="name", candidates=[host_id], first=at, last=at, start=tok.start, end=tok.end)
    return [Candidate("meeting", here, [receiver, e], subject=e, initiator=e, roster=True)
            for e in envoys if resolve(e) != host_id]
