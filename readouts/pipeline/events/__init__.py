"""Events: find contact triggers in a sentence and turn them into candidate events.

A trigger (language data: "שוחח בטלפון", "اتصالا هاتفيا", "met") becomes a
candidate when no negation/future/request/habitual/continuation cue guards it,
and at least two persons are its participants. Each actor of the sentence
belongs to the nearest trigger. Who initiated comes from the trigger's role
(subject/receive/host/passive), light verbs ("أجرى X اتصالا", "تلقى X اتصالا
من Y") and "from" markers. Calls are two-party: "X spoke with A, with B and
with C" is three calls.

The stage is split by what each part reads: `base` (the candidate and the small readings every
part shares), `cues` (was the contact held?), `parties` (who took part, who began it), `pairs`
(pairs named together or referred to) and `candidates` (a sentence's contacts, put together).
"""
from readouts.pipeline.events.base import (THAT_WINDOW, Candidate, _is_object, _reporting, _that_at, possessed,
                                           triggers, word_in)
from readouts.pipeline.events.cues import _blocked
from readouts.pipeline.events.parties import dropped_subject, said_in_to_one, said_in_unnamed
from readouts.pipeline.events.pairs import (_brought_together, _pair_owned, between_pair, dual_candidates, named_pair,
                                            pair_candidate, told_before_pair, with_nobody)
from readouts.pipeline.events.candidates import candidates, summit_size, summit_size_told

__all__ = ["THAT_WINDOW", "Candidate", "_blocked", "_brought_together", "_pair_owned", "_is_object", "_reporting", "_that_at", "between_pair",
           "candidates", "dual_candidates", "named_pair", "pair_candidate", "possessed", "said_in_to_one", "said_in_unnamed", "dropped_subject",
           "summit_size", "summit_size_told", "told_before_pair", "triggers", "with_nobody", "word_in"]
