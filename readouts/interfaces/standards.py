"""Events in the layouts of the field: CAMEO rows (as ICEWS/GDELT users load them) and PLOVER /
POLECAT records. Both are written from `Event.to_dict()` dicts; docs/EXPORTS.md describes every
field.

CAMEO: readouts' contacts are all in CAMEO's root 04 (consult): 040 consult, 041 discuss by
telephone, 042 make a visit, 043 host a visit, 044 meet at a third location. A row is directed
(source acts toward target) when the initiator is known: one row from the initiator to each other
participant. Otherwise one row per unordered pair, in the order the participants are listed.
Quad class 1 (verbal cooperation) and the Goldstein scale value of the code go with each row.

PLOVER: every contact is the event type CONSULT with its mode; the initiator (when known) is the
actor and the others are recipients, else all participants are listed as actors of a joint
consultation.
"""
from __future__ import annotations

import csv
import json
from typing import Any, Iterable, TextIO

from readouts.interfaces.export import _unique, as_dict, write_csv, write_jsonl

CAMEO_LABELS = {"040": "Consult, not specified", "041": "Discuss by telephone", "042": "Make a visit",
                "043": "Host a visit", "044": "Meet at a third location"}
# Goldstein (1992) conflict-cooperation weights of the CAMEO consult codes
GOLDSTEIN = {"040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5}
QUAD_VERBAL_COOPERATION = 1

CAMEO_COLUMNS = [
    "event_id", "date", "date_precision", "source_name", "source_actor", "source_country", "source_wikidata",
    "target_name", "target_actor", "target_country", "target_wikidata", "cameo_code", "cameo_label",
    "quad_class", "goldstein", "directed", "num_sources", "num_articles", "location", "confidence",
    "source_urls", "documents",
]


def actor_code(person: dict) -> str:
    """A CAMEO actor code: the person's country (ISO 3166 alpha-3) and, for an office holder, the
    government sector ("ISRGOV"); a country alone when no office is known; empty when neither is."""
    country = person.get("country") or ""
    if not country:
        return ""
    return country + ("GOV" if person.get("role") else "")


def _urls(d: dict) -> list[str]:
    return _unique(m.get("url") for m in d.get("mentions") or [])


def _docs(d: dict) -> list[str]:
    return _unique(m.get("doc") for m in d.get("mentions") or [])


def cameo_rows(ev: Any) -> list[dict[str, Any]]:
    d = as_dict(ev)
    people = d.get("participants") or []
    by_name = {p.get("name"): p for p in people}
    init = by_name.get(d.get("initiator"))
    if init is not None:
        pairs, directed = [(init, p) for p in people if p is not init], True
    else:
        pairs, directed = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]], False
    code = d.get("cameo") or "040"
    rows = []
    for src, tgt in pairs:
        rows.append({
            "event_id": d.get("id") or "", "date": d.get("date") or "", "date_precision": d.get("date_precision") or "",
            "source_name": src.get("name") or "", "source_actor": actor_code(src),
            "source_country": src.get("country") or "", "source_wikidata": src.get("wikidata") or "",
            "target_name": tgt.get("name") or "", "target_actor": actor_code(tgt),
            "target_country": tgt.get("country") or "", "target_wikidata": tgt.get("wikidata") or "",
            "cameo_code": code, "cameo_label": CAMEO_LABELS.get(code, ""), "quad_class": QUAD_VERBAL_COOPERATION,
            "goldstein": GOLDSTEIN.get(code, 1.0), "directed": int(directed),
            "num_sources": d.get("sources") or len(_docs(d)) or 1, "num_articles": len(d.get("mentions") or []),
            "location": d.get("location") or "", "confidence": d.get("confidence", ""),
            "source_urls": " ".join(_urls(d)), "documents": " ".join(_docs(d)),
        })
    return rows


def write_cameo(events: Iterable[Any], out: TextIO) -> int:
    """Tab-separated CAMEO rows with a header; returns the number of events written."""
    w = csv.DictWriter(out, fieldnames=CAMEO_COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerows(cameo_rows(ev))
        n += 1
    return n


def _plover_actor(p: dict) -> dict[str, Any]:
    return {"name": p.get("name"), "country": p.get("country"), "sector": "GOV" if p.get("role") else None,
            "role": p.get("role"), "wikidata": p.get("wikidata"), "id": p.get("id")}


def plover_record(ev: Any) -> dict[str, Any]:
    d = as_dict(ev)
    people = d.get("participants") or []
    init = next((p for p in people if p.get("name") == d.get("initiator")), None)
    mode = (d.get("plover") or {}).get("mode") or None
    if len(people) > 2 and mode == "meeting":
        mode = "multilateral"
    mentions = d.get("mentions") or []
    return {
        "event_id": d.get("id"),
        "event_type": "CONSULT",
        "event_mode": mode,
        "readouts_type": d.get("type"),
        "event_date": d.get("date"),
        "date_precision": d.get("date_precision"),
        "event_text": next((m.get("sentence") for m in mentions if m.get("sentence")), None),
        "actor": [_plover_actor(init)] if init is not None else [_plover_actor(p) for p in people],
        "recipient": [_plover_actor(p) for p in people if p is not init] if init is not None else [],
        "cameo_code": d.get("cameo"),
        "location": {"name": d.get("location")} if d.get("location") else None,
        "topics": d.get("topics") or [],
        "confidence": d.get("confidence"),
        "num_sources": d.get("sources") or len(_docs(d)),
        "sources": [{"doc": m.get("doc"), "url": m.get("url"), "outlet": m.get("source"), "published": m.get("published"),
                     "language": m.get("lang"), "sentence": m.get("sentence")} for m in mentions],
    }


def write_plover(events: Iterable[Any], out: TextIO) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


# every export format: its writer, media type and file extension (the CLI and the API use these)
WRITERS = {
    "jsonl": (write_jsonl, "application/x-ndjson", "jsonl"),
    "csv": (write_csv, "text/csv", "csv"),
    "plover": (write_plover, "application/x-ndjson", "plover.jsonl"),
    "cameo": (write_cameo, "text/tab-separated-values", "tsv"),
}
