"""The plain data passed between pipeline stages, and the one event format.

Every stage takes and returns these objects; the CLI, the store, the API and
any distributed runner speak `Event.to_dict()`, which is the JSON Lines
format of docs/../shared/spec/EVENTS.md.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, asdict
from datetime import date
from typing import Any

from readouts.knowledge.translit import latin

# News is not older than the printing press nor from the far future: a publication date outside
# these bounds is a data error (and "yesterday" against 0001-01-01 cannot be computed).
EARLIEST_PUBLISHED = date(1600, 1, 1)
LATEST_PUBLISHED = date(2999, 12, 31)


def plausible_published(d: date | None) -> bool:
    """Whether d can be an article's publication date (see EARLIEST/LATEST_PUBLISHED)."""
    return d is not None and EARLIEST_PUBLISHED <= d <= LATEST_PUBLISHED


@dataclass
class Document:
    """One article as ingested. `text` is the body exactly as received (after HTML extraction
    for HTML input); `title` is kept apart. Offsets of evidence point into these strings."""
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None              # declared language (metadata), may be None
    published: date | None = None
    published_from: str | None = None    # "metadata" | "cli" | "html" | "dateline" | None
    origin: str | None = None            # file path (and line) it came from

    @property
    def content_hash(self) -> str:
        """SHA-256 of title and text (what makes two inputs the same article), hashed in slices
        so that a long text is never encoded whole at once."""
        h = hashlib.sha256()
        h.update((self.title or "").encode("utf-8"))
        h.update(b"\x00")
        step = 1 << 20
        for k in range(0, len(self.text), step):
            h.update(self.text[k:k + step].encode("utf-8"))
        return h.hexdigest()


@dataclass
class Segment:
    """A stretch of content kept by the cleaner: `field` is "title" or "text";
    start/end are offsets into that field of the document. `caption` marks photo captions."""
    field: str
    start: int
    end: int
    caption: bool = False


@dataclass
class Sentence:
    field: str
    start: int
    end: int
    text: str
    caption: bool = False
    index: int = 0


@dataclass
class Person:
    """A participant as output: resolved persons carry their gazetteer id (the Wikidata id,
    or a local "X-..." id until one is known) and a Wikidata id when known; persons the
    gazetteer lacks carry only the name as the article writes it (id None)."""
    name: str
    wikidata: str | None = None
    country: str | None = None
    role: str | None = None
    id: str | None = None

    @property
    def key(self) -> str:
        return self.id or self.wikidata or ("name:" + self.name)

    def to_dict(self) -> dict[str, Any]:
        # (a person the gazetteer lacks, named in Arabic or Hebrew script, also in Latin letters)
        return {"name": self.name, "id": self.id, "wikidata": self.wikidata, "country": self.country,
                "role": self.role, "name_latin": latin(self.name) if self.id is None else None}


@dataclass
class EventMention:
    doc: str
    lang: str | None
    published: str | None
    sentence: str
    start: int
    end: int
    field: str = "text"
    source: str | None = None
    url: str | None = None
    title: str | None = None
    initiator: str | None = None      # what this mention says about who initiated
    date: str | None = None           # what this mention says about the date

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items()}


@dataclass
class Event:
    type: str                          # "call" | "meeting" | "message"
    participants: list[Person]
    initiator: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_hint: str | None = None       # e.g. "weekday=tuesday" when the date could not be resolved
    location: str | None = None
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.5
    mentions: list[EventMention] = field(default_factory=list)
    id: str = ""
    count_index: int = 0               # 2nd of "two calls this week" etc.
    date_basis: str | None = None      # "text": the article states it; "publication": it does not
    location_country: str | None = None
    sources: int = 1                   # documents reporting the event (after cross-document merging)
    disagreements: dict[str, dict[str, int]] = field(default_factory=dict)

    CAMEO = {"call": "041", "message": "040"}

    @property
    def cameo(self) -> str:
        if self.type == "meeting":
            if self.location_role == "host":
                return "043"
            if self.location_role == "visit":
                return "042"
            if self.location_role == "third":
                return "044"
            return "040"
        return self.CAMEO.get(self.type, "040")

    location_role: str | None = None  # "visit" | "host" | "third" | None (from whose country the place is)

    @property
    def plover(self) -> dict[str, str]:
        mode = {"call": "phone", "meeting": "visit" if self.location_role in ("visit", "host") else
                ("third-party" if self.location_role == "third" else "meeting"), "message": "correspondence"}
        return {"event": "CONSULT", "mode": mode.get(self.type, "")}

    def participant_key(self) -> tuple:
        return tuple(sorted(p.key for p in self.participants))

    def make_id(self) -> str:
        """Stable id from what identifies the contact within its first document."""
        first = self.mentions[0] if self.mentions else None
        basis = "|".join([self.type, ",".join(self.participant_key()), first.doc if first else "",
                          str(self.count_index)])
        return "ev-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id or self.make_id(),
            "type": self.type,
            "participants": [p.to_dict() for p in self.participants],
            "initiator": self.initiator,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_hint": self.date_hint,
            "date_basis": self.date_basis,
            "location": self.location,
            "topics": list(self.topics),
            "cameo": self.cameo,
            "plover": self.plover,
            "confidence": round(self.confidence, 3),
            "sources": self.sources,
            "disagreements": self.disagreements,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        ev = cls(
            type=d["type"],
            participants=[Person(**{k: p.get(k) for k in ("name", "wikidata", "country", "role", "id")})
                          for p in d.get("participants", [])],
            initiator=d.get("initiator"), date=d.get("date"), date_precision=d.get("date_precision"),
            date_hint=d.get("date_hint"), location=d.get("location"), topics=list(d.get("topics") or []),
            confidence=d.get("confidence", 0.5), id=d.get("id", ""), date_basis=d.get("date_basis"),
            sources=d.get("sources") or 1, disagreements=dict(d.get("disagreements") or {}),
        )
        cam = d.get("cameo")
        ev.location_role = {"042": "visit", "043": "host", "044": "third"}.get(cam)
        for m in d.get("mentions", []):
            ev.mentions.append(EventMention(**{k: m.get(k) for k in EventMention.__dataclass_fields__ if k in m}))
        return ev
