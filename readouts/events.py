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

from dataclasses import dataclass, field

from .actors import ActorMention, SentenceAnalysis
from .lexicon import Lexicon, Trigger
from .matcher import Match, longest

BLOCK_BEFORE = 4      # tokens before a trigger searched for cues
BLOCK_AFTER = 3       # tokens after a trigger searched for post-cues ("the planned meeting")
LIGHT_WINDOW = 7      # a light verb may stand this far before its noun
SCOPE = 40            # actors farther than this many tokens from every trigger are ignored


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
    extra_triggers: list[Match] = field(default_factory=list)


def _blocked(t: Match, sa: SentenceAnalysis, lex: Lexicon) -> str | None:
    if t.prefix and t.prefix in lex.future_prefixes:      # Arabic سيلتقي
        return "future"
    for m in sa.matches:
        if m.kind == "cue" and t.first - BLOCK_BEFORE <= m.last < t.first:
            return m.value
        if m.kind == "after" and t.last < m.first <= t.last + BLOCK_AFTER:
            return "future"
    return None


def _count(t: Match, sa: SentenceAnalysis) -> int:
    n = t.value.count
    for m in sa.matches:
        if m.kind == "count" and m.last == t.first - 1:
            n = max(n, m.value)
    return n


def candidates(sa: SentenceAnalysis, lex: Lexicon) -> list[Candidate]:
    trig = longest([m for m in sa.matches if m.kind == "trigger"])
    if not trig or len(sa.actors) < 2:
        return []
    strong = [t for t in trig if not t.value.weak]
    if strong:
        trig = strong
    # actors whose span is inside a trigger phrase are not actors (e.g. a trigger word that is also a name)
    actors = [a for a in sa.actors if not any(t.first <= a.first and a.last <= t.last for t in trig)]
    # each actor belongs to its nearest trigger
    owned: dict[int, list[ActorMention]] = {i: [] for i in range(len(trig))}
    for a in actors:
        dist = [(max(t.first - a.last, a.first - t.last, 0), i) for i, t in enumerate(trig)
                if sa.same_clause(a.first, t.first)]
        if not dist:
            continue
        d, i = min(dist)
        if d <= SCOPE:
            owned[i].append(a)
    reporting = [m for m in sa.matches if m.kind == "reporting"]
    lights = [m for m in sa.matches if m.kind == "light"]
    froms = [m for m in sa.matches if m.kind == "from"]
    out: list[Candidate] = []
    for i, t in enumerate(trig):
        tv: Trigger = t.value
        acts = owned[i]
        # a speaker ("X said that Y met Z") is not a participant when the reported clause has its own subject
        for r in reporting:
            if r.last < t.first and any(r.last < a.first < t.first for a in acts):
                acts = [a for a in acts if a.first > r.last]
        c = Candidate(tv.type, t, acts, count=_count(t, sa), weak=tv.weak, blocked=_blocked(t, sa, lex))
        before = [a for a in acts if a.last < t.first]
        after = [a for a in acts if a.first > t.last]
        light = next((m for m in reversed(lights) if m.last < t.first and t.first - m.last <= LIGHT_WINDOW
                      and tv.type in ("call", "message")), None)
        if light is not None:
            inside = [a for a in acts if light.last < a.first < t.first]
            before_light = [a for a in acts if a.last < light.first]
            c.subject = inside[0] if inside else (before_light[-1] if before_light else None)
            if light.value == "subject":
                c.initiator = c.subject
            else:
                c.initiator_rule = "from"
        else:
            if before and (t.first - before[-1].last <= 2 or not lex.subject_after_verb):
                c.subject = before[-1]
            elif after and lex.subject_after_verb:
                c.subject = after[0]
            elif before:
                c.subject = before[-1]
            if tv.role in ("subject", "passive"):
                c.initiator = c.subject
            elif tv.role == "host":
                c.initiator_rule = "other"
            elif tv.role == "receive":
                c.initiator_rule = "from"
        if c.initiator_rule == "from":
            marked = [a for a in acts if a.prefix and a.prefix[-1:] in lex.from_prefixes and a is not c.subject]
            for f in froms:
                nxt = [a for a in acts if a.first > f.last and a.first - f.last <= 4 and a is not c.subject]
                if nxt:
                    marked.append(nxt[0])
            c.initiator = marked[0] if marked else None
            c.initiator_rule = None if marked else "other"
        out.append(c)
    return out
