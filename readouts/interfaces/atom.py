"""An Atom feed (RFC 4287) of events, so that a filter of /api/events can be followed in any feed
reader: the newest contacts first, each entry linking to its page in the explorer."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)


def _q(tag: str) -> str:
    return f"{{{ATOM}}}{tag}"


def _stamp(day: str | None) -> str:
    """An RFC 3339 time for a (partial) date; the first instant of the period."""
    if not day:
        return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = (day[:10].split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def title_of(ev: dict[str, Any]) -> str:
    names = " – ".join(p.get("name") or "?" for p in ev.get("participants") or [])
    when = ev.get("date") or ev.get("effective_date") or "undated"
    return f"{names}: {ev.get('type')} ({when})"


def feed(events: Iterable[dict[str, Any]], *, self_url: str, site_url: str, title: str) -> bytes:
    """The feed document. `site_url` is the explorer's address (entries link to #/event/ID)."""
    root = ET.Element(_q("feed"))
    ET.SubElement(root, _q("title")).text = title
    ET.SubElement(root, _q("id")).text = "urn:readouts:feed:" + self_url.split("://", 1)[-1]
    ET.SubElement(root, _q("link"), rel="self", href=self_url, type="application/atom+xml")
    ET.SubElement(root, _q("link"), rel="alternate", href=site_url, type="text/html")
    ET.SubElement(ET.SubElement(root, _q("author")), _q("name")).text = "readouts"
    ET.SubElement(root, _q("generator")).text = "readouts"
    updated = ET.SubElement(root, _q("updated"))
    latest = None
    for ev in events:
        e = ET.SubElement(root, _q("entry"))
        ET.SubElement(e, _q("id")).text = "urn:readouts:event:" + ev["id"]
        ET.SubElement(e, _q("title")).text = title_of(ev)
        stamp = _stamp(ev.get("effective_date") or ev.get("date"))
        latest = max(latest or stamp, stamp)
        ET.SubElement(e, _q("updated")).text = stamp
        ET.SubElement(e, _q("link"), rel="alternate", type="text/html", href=f"{site_url}#/event/{ev['id']}")
        ET.SubElement(e, _q("category"), term=ev.get("type") or "")
        for p in ev.get("participants") or []:
            if p.get("country"):
                ET.SubElement(e, _q("category"), term=p["country"], label=p.get("name") or "")
        sentence = (ev.get("evidence") or {}).get("sentence")
        lines = [title_of(ev)] + ([sentence] if sentence else [])
        if ev.get("location"):
            lines.append(f"Location: {ev['location']}")
        lines.append(f"Confidence: {ev.get('confidence')}; reported by {ev.get('sources') or 1} document(s)")
        ET.SubElement(e, _q("summary"), type="text").text = "\n".join(lines)
    updated.text = latest or _stamp(None)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
