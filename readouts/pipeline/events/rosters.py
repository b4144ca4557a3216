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

from readouts.knowledge.lexicon import Lexicon, rarity
from readouts.knowledge.matcher import Match
from readouts.pipeline.actors import POSSESSIVE, ActorMention, SentenceAnalysis
from readouts.pipeline.events.base import _AND, Candidate

ROSTER_REACH = 4      # sentences from the ceremony's to the one listing its envoys, at most
ROSTER_TITLE = 8      # words from an envoy's title to the state right before his name, at most
NAMED_KINDS = ("name", "short", "unknown")


def ceremony_word(sa: SentenceAnalysis, lex: Lexicon) -> Match | None:
    """The first meeting word of a ceremony of credentials the sentence tells as held ("received
    the credentials of", "أوراق اعتماد"), if any."""
    return next((m for m in sa.matches if m.kind == "trigger" and m.value.type == "meeting"
                 and m.value.role != "future" and (any(w in lex.credential_words for w in m.phrase.split()) or (
                     m.value.role == "host" and any(tok.folded in lex.credential_words
                                                    for tok in sa.tokens[m.last + 1:m.last + 1 + CREDENTIALS_AFTER])) or (
                     # ("X welcomed to Botswana three new ambassadors": envoys he received, whom the text lists after)
                     m.value.role == "host" and not any(a.first > m.last for a in sa.actors if a.kind in NAMED_KINDS)
                     and any(tok.folded in lex.envoy_words for tok in sa.tokens[m.last + 1:m.last + 1 + ENVOYS_AFTER])))),
                None)


CREDENTIALS_AFTER = 3   # "received the credentials presented by ...": words from a host's word to the credentials, at most
ENVOYS_AFTER = 6        # "welcomed to Botswana three new ambassadors": words from a host's word to the envoys, at most


def roster_envoys(sa: SentenceAnalysis, lex: Lexicon, text: str) -> list[ActorMention]:
    """The persons the sentence names each right after an envoy's title and the state he serves
    or comes from ("سفيرة إيطاليا X، وسفير اليابان Y", "Ambassador of France X and High
    Commissioner of the Republic of Mozambique Y"): the state stands right before the name (a
    comma may part them), and the title a few words before the state, nothing named between."""
    tokens, out = sa.tokens, []
    states = {m.last: m for m in sa.matches if m.kind == "country"}
    titles = [k for k, tok in enumerate(tokens) if tok.folded in lex.envoy_words]
    named = {k for a in sa.actors for k in range(a.first, a.last + 1)}
    # (an honorific may stand between the state and the name: "Ambassador of A, His Excellency X")
    honours = {k for m in sa.matches if m.kind == "name_title" for k in range(m.first, m.last + 1)}
    for a in sa.actors:
        if a.kind not in NAMED_KINDS or a.first == 0:
            continue
        before = a.first - 1
        while before > 0 and before in honours and not text[tokens[before].end:tokens[before + 1].start].strip():
            before -= 1
        state = states.get(before)
        if state is None or text[tokens[state.last].end:tokens[before + 1].start].strip(" ،,"):
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
    ambassadors are X from A, Y from B and Z from C", "Others are: ...") or before it ("A's X"):
    two at least, each name followed by the word of origin and a state, nothing between."""
    tokens = sa.tokens
    firsts = {m.first for m in sa.matches if m.kind == "country"}
    owners = {m.last for m in sa.matches if m.kind == "country" and tokens[m.last].surface.endswith(POSSESSIVE)}
    honours = {m.first for m in sa.matches if m.kind == "name_title" and m.first == m.last}
    out = []
    for a in sa.actors:
        k = a.last + 1
        before = a.first - 1
        while before >= 0 and before in honours:
            before -= 1
        if a.kind in NAMED_KINDS and before in owners:
            out.append(a)           # ("Zimbabwe's Mr X")
            continue
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
    # (or, when that reads fewer, lists them with the states they come from, which no other list of
    # persons does so near a ceremony: "The ambassadors are X from A, Y from B ...", and "Others are:
    # ...", or in items each of one person and his state: "... of Israel, Ms X; Egypt's Y; Z from
    # Cuba", or by where the names stand: "X، سفير A، وY، سفير B", "X (A), Y (B)")
    # (a name of the list not followed by its state, "Usenov Azamat from A", is no one who received them)
    listed = _envoys_from(sa, lex, text)
    listed += [a for a in _envoys_by_items(sa, text, host_id, resolve) if a not in listed]
    listed = listed or _envoy_then_title(sa, lex, text) or envoys_by_position(sa, lex, text) \
        or _titled_by_state(sa, lex) or _attending(sa, host_id, resolve)
    if len(listed) > len(envoys):
        listed.sort(key=lambda a: a.first)
        return _meetings_with_host(sa, listed, listed[0].first, word, host, host_id, resolve, listed=True)
    return _meetings_with_host(sa, envoys, at, word, host, host_id, resolve) if at is not None else []


LINE_TOKENS = 30    # words of a line of a list of envoys, at most
STATE_TITLE_GAP = 1  # "Nigerian High Commissioner X": words between the state and the envoy's word, at most


def _attending(sa: SentenceAnalysis, host_id: str, resolve) -> list[ActorMention]:
    """The persons named after an attendance cue ("The ceremony was attended by Mr. A, Sr. B and Mr.
    C"), two or more, none of them the one who received the credentials, no contact word in the
    sentence: after a ceremony of credentials, its envoys."""
    cue = next((m for m in sa.matches if m.kind == "attendance"), None)
    if cue is None or any(m.kind == "trigger" for m in sa.matches):
        return []
    named = [a for a in sa.actors if a.first > cue.last and a.kind in NAMED_KINDS]
    if len({(a.first, a.last) for a in named}) < 2 or any(resolve(a) == host_id for a in named):
        return []
    return named


def _titled_by_state(sa: SentenceAnalysis, lex: Lexicon) -> list[ActorMention]:
    """The persons named each right after an envoy's word that follows the state he serves ("the
    Nigerian High Commissioner X, Polish Ambassador Y in addition to Turkish Ambassador Z"), when
    there are two or more: a list of envoys in the sentences after a ceremony of credentials."""
    states = [m for m in sa.matches if m.kind == "country"]
    out = []
    for a in sa.actors:
        k = a.first - 1
        if a.kind in NAMED_KINDS and k > 0 and sa.tokens[k].folded in lex.envoy_words and any(
                0 <= k - m.last - 1 <= STATE_TITLE_GAP for m in states) and not any(b.last == k - 1 for b in sa.actors):
            if not any(b.first == a.first for b in out):
                out.append(a)
    return out if len(out) >= 2 else []


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


def _envoys_by_items(sa: SentenceAnalysis, text: str, host_id: str | None = None, resolve=None) -> list[ActorMention]:
    """The persons of a list whose items a semicolon parts, each item naming one person and a state
    ("the ambassadors of Israel, Ms X; Mrs Y from Cuba; Egypt's Z; and W from Bulgaria"): three
    such items at least, and no item naming more persons than states (the one who received them,
    `host_id`, not counted: "the president met each of them, Italy's X; ...")."""
    ends = sorted(set(sa.clause_ends))
    if len(ends) < 2:
        return []
    bounds = [-1] + ends + [len(sa.tokens) - 1]
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        named = [a for a in sa.actors if a.kind in NAMED_KINDS and lo < a.first and a.last <= hi
                 and (host_id is None or resolve(a) != host_id)]
        states = [m for m in sa.matches if m.kind == "country" and lo < m.first and m.last <= hi]
        if len(named) == len(states) + 1 and hi == len(sa.tokens) - 1 and any(
                sa.tokens[k].folded in _AND and k < named[-1].first for k in range(named[-2].last + 1, hi + 1)):
            pass          # (the list's close, one named before: "...; Peru's X, and Ms Y")
        elif len(named) > len(states):
            return []     # (an item may pair two: "Saudi Arabia, X and Colombia, Y")
        # (an item whose name is not read names no one: "and Yanko Vasilev from Bulgaria"; one read from
        # its given name on takes the capitalised words before it, after its state: "Cote d'Ivoire,
        # Assiélou Félix Tanon")
        out += [_with_words_before(a, max((m.last for m in states if m.last < a.first), default=a.first), sa, text)
                for a in named]
    return out if len(out) >= 3 else []


FUNCTION_ZIPF = 6.5   # a word this frequent (wordfreq's Zipf scale) opening a name's place is a function word
NAME_WORDS = 9        # words of an envoy's name read from its place in a list, at most


def envoys_by_position(sa: SentenceAnalysis, lex: Lexicon, text: str) -> list[ActorMention]:
    """The envoys of a list read from where each name stands, whether or not its words are known
    names: items of a name and then the state he serves, either after his title ("X، سفير جمهورية
    A، وY سفيرة B", "X, Ambassador of A") or in brackets ("X (A), Y (B)"). A name is the words
    between the item's start (a comma, "and", the list's opening, the state of the item before)
    and its title or bracket; a person the sentence names there is taken as named. Two items at
    least, and most of the list's items read; an item holding a contact word, a state or more
    words than a name has is not read."""
    # (the tokens no name holds: contact words, verbs of saying, states and places)
    blocked = {k for m in sa.matches if m.kind in ("trigger", "reporting", "reporting_that", "country", "place")
               for k in range(m.first, m.last + 1)}
    ends = _item_ends(sa, lex, text, blocked)
    if len(ends) < 2:
        return []
    common = rarity(lex.lang)
    out = [_item_name(n, ends, blocked, common, sa, lex, text) for n in range(len(ends))]
    read = [a for a in out if a is not None]
    return read if len(read) >= 2 and (len(ends) - len(read)) * 2 < len(ends) else []


def _item_ends(sa: SentenceAnalysis, lex: Lexicon, text: str, blocked: set[int]) -> list[tuple[int, int]]:
    """The items of a list of envoys, each as (its name's last token, its own last token): a state
    in brackets right after the name, or an envoy's title right after it (a comma may part them)
    followed by the state he serves, only joining words between them."""
    tokens, ends = sa.tokens, []
    for st in sorted((m for m in sa.matches if m.kind == "country"), key=lambda m: (m.first, -m.last)):
        if ends and st.first <= ends[-1][1]:
            continue
        gap = text[tokens[st.first - 1].end:tokens[st.first].start] if st.first else ""
        if "(" in gap and ")" in text[tokens[st.last].end:tokens[st.last].end + 2]:
            ends.append((st.first - 1, st.last))          # "X (A)"
            continue
        title = max((k for k in range(max(0, st.first - ROSTER_TITLE), st.first) if tokens[k].folded in lex.envoy_words),
                    default=None)
        if title is None or title == 0 or any(tokens[k].folded not in lex.roster_fillers and k not in blocked
                                              for k in range(title + 1, st.first)):
            continue
        ends.append((title - 1, st.last))                 # "X، سفير A"
    return ends


def _item_name(n: int, ends: list[tuple[int, int]], blocked: set[int], common, sa: SentenceAnalysis, lex: Lexicon,
               text: str) -> ActorMention | None:
    """The name of item n of a list of envoys (`_item_ends`), or None when it cannot be read."""
    tokens = sa.tokens
    last = ends[n][0]
    lo = ends[n - 1][1] + 1 if n else 0
    first = last
    while first - 1 >= lo and (first - 1) not in sa.commas and (first - 1) not in sa.clause_ends \
            and tokens[first - 1].folded not in lex.envoy_words and tokens[first - 1].folded not in _AND \
            and tokens[first - 1].folded not in lex.conjunctions and tokens[first - 1].folded not in lex.list_openers \
            and first - 1 not in blocked and last - first + 1 < NAME_WORDS:
        first -= 1
    span = range(first, last + 1)
    if not span or any(k in blocked for k in span):
        return None
    if lex.capitalised_names and not all(tokens[k].surface[:1].isupper() or tokens[k].folded in lex.roster_joiners
                                         for k in span):
        # (the list's opening words, "The others received were Ambassadors X": from the first capital after them)
        caps = [k for k in span if tokens[k].surface[:1].isupper()]
        if n or not caps or any(not tokens[k].surface[:1].isupper() and tokens[k].folded not in lex.roster_joiners
                                for k in range(caps[0], last + 1)):
            return None
        span = range(caps[0], last + 1)
    if n == 0 and not lex.capitalised_names:
        # (the list's opening: "فالسفراء هم X، سفير A": the words after its last title or opener; with
        # none, "اللائحة تضم أيضا X، سفير A", from its first given name)
        opened = [k for k in span if tokens[k].folded in lex.envoy_words or tokens[k].folded in lex.list_openers]
        if opened:
            span = range(opened[-1] + 1, last + 1)
        elif not (span[0] - 1 in sa.commas or span[0] - 1 in sa.clause_ends
                  or (span[0] and tokens[span[0] - 1].folded in lex.list_openers)):
            given = next((k for k in span if lex.given_form(tokens[k].folded)), None)
            if given is None:
                return None
            span = range(given, last + 1)
    # (nor a rank or honorific before the name: "Ambassador Brigadier General X (Fiji)")
    honours = {k for m in sa.matches if m.kind == "name_title" for k in range(m.first, m.last + 1)}
    while span and (tokens[span[0]].folded in lex.also_after or common(tokens[span[0]].surface) >= FUNCTION_ZIPF
                    or (span[0] in honours and len(span) > 2)):
        span = span[1:]             # ("تضم أيضا X": also; "بالإضافة إلى X": to)
    if not span or len(span) > NAME_WORDS - 1 + (n == 0):
        return None
    inside = [a for a in sa.actors if a.kind in NAMED_KINDS and a.first >= span[0] and a.last <= span[-1]]
    # (a surname alone inside a longer name is someone else's: "מרקוס ליינדל" is not Marcos)
    known = [a for a in inside if a.kind == "name" or (a.kind == "short" and a.first == span[0] and a.last == span[-1])]
    if known:
        return known[0] if len(known) == 1 else None    # (a person the gazetteer knows)
    # (the words of no match are the name's, even when read as two: "وكارلوس خوصي دي بينهو أي ميلو")
    start, end = tokens[span[0]].start, tokens[span[-1]].end
    if n and text[start] in lex.conjunctions and len(text[start:tokens[span[0]].end]) > 2 and span[0] - 1 in sa.commas:
        start += 1                  # ("وطاكوجي هاناطاني": and X)
    unknown = [a for a in inside if a.kind == "unknown"]
    if len(unknown) == 1 and (unknown[0].start, unknown[0].end) == (start, end):
        return unknown[0]
    return ActorMention("unknown", span[0], span[-1], start, end, text[start:end], titled=True)


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
