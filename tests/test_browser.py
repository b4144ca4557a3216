"""The web explorer in a real browser: Debian's Chromium driven by Playwright (sync API)
against `create_app()` served by uvicorn on 127.0.0.1 (tests/webfixtures.py).

Never run `playwright install`: these tests use /usr/bin/chromium and are skipped when
it is missing. Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import json
import re
import sqlite3
import time

import pytest
from playwright.sync_api import expect

from webfixtures import (CHROMIUM, CHROMIUM_ARGS, HOSTILE_DOC, PUTIN, ROOT, chromium_missing_reason, live_server,
                         web_db, web_db_copy)  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(chromium_missing_reason() is not None, reason=chromium_missing_reason() or "")

SHOTS = ROOT / "test-artifacts" / "screenshots"
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def server(web_db):
    with live_server(web_db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def api(page, base, path):
    r = page.request.get(base + path)
    assert r.ok, (path, r.status)
    return r.json()


def open_view(page, url):
    """Go to a page of the explorer and wait until it has rendered."""
    page.goto(url)
    page.wait_for_selector('#view[data-ready="1"]')


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def event_of_doc(page, base, doc_id):
    return api(page, base, f"api/documents/{doc_id}")["event_ids"][0]


# --------------------------------------------------------------------------- timeline

def test_page_load_time(page, server):
    t0 = time.monotonic()
    page.goto(server, wait_until="networkidle")
    page.wait_for_selector('#view[data-ready="1"]')
    elapsed = time.monotonic() - t0
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "page-load.txt").write_text(f"/ to network idle: {elapsed:.3f}s\n")
    print(f"page load (/ to network idle): {elapsed:.3f}s")
    assert elapsed < 15
    assert page.errors == []


def test_timeline_and_date_filter(page, server):
    open_view(page, server + "#/timeline")
    total = api(page, server, "api/events")["total"]
    assert page.inner_text("#event-count") == str(total)
    page.wait_for_selector("#timeline-chart .vis-item")
    dated = [e for e in api(page, server, "api/events?limit=500")["items"] if e["effective_date"]]
    assert page.locator("#timeline-chart .vis-item .vis-item-content").count() == len(dated)
    assert page.locator("#timeline-bars .bar").count() >= 1
    assert page.locator("table.events-list tbody tr").count() == total
    shot(page, "timeline.png")

    page.fill("input[name=since]", "2023-06-15")
    page.fill("input[name=until]", "2023-12-31")
    page.click("form#filters button[type=submit]")
    expected = api(page, server, "api/events?since=2023-06-15&until=2023-12-31")["total"]
    assert 0 < expected < total
    expect(page.locator("#event-count")).to_have_text(str(expected))
    assert "since=2023-06-15" in page.url and "until=2023-12-31" in page.url
    assert page.locator("table.events-list tbody tr").count() == expected
    for d in page.locator("table.events-list tbody tr td:first-child").all_inner_texts():
        assert "2023-06-15" <= d[:10] <= "2023-12-31"
    # the page offers the Atom feed of the same filter, and that feed has the same events
    href = page.get_attribute("#feed-link", "href")
    assert href.startswith("api/events.atom?") and "since=2023-06-15" in href and "until=2023-12-31" in href
    feed = page.request.get(server + href)
    assert feed.ok and feed.text().count("<entry>") == expected
    # and downloads of the same events in the formats of the field
    formats = page.locator("a.download").evaluate_all("els => els.map(e => e.dataset.format)")
    assert formats == ["csv", "jsonl", "plover", "cameo"]
    jsonl = page.request.get(server + page.get_attribute('a.download[data-format="jsonl"]', "href"))
    assert jsonl.ok and len(jsonl.text().splitlines()) == expected
    # the filter survives a reload (it is in the URL) and Reset clears it
    page.reload()
    page.wait_for_selector('#view[data-ready="1"]')
    assert page.inner_text("#event-count") == str(expected)
    assert page.input_value("input[name=since]") == "2023-06-15"
    page.click("#reset-filters")
    expect(page.locator("#event-count")).to_have_text(str(total))
    assert page.errors == []


def test_the_confidence_filter_narrows_the_timeline(page, server):
    open_view(page, server + "#/timeline")
    total = api(page, server, "api/events")["total"]
    page.fill("input[name=min_confidence]", "0.9")
    page.click("form#filters button[type=submit]")
    expected = api(page, server, "api/events?min_confidence=0.9")["total"]
    assert expected < total
    expect(page.locator("#event-count")).to_have_text(str(expected))
    assert "min_confidence=0.9" in page.url
    assert "min_confidence=0.9" in page.get_attribute("#feed-link", "href")
    assert page.errors == []


def test_timeline_type_and_actor_filters(page, server):
    open_view(page, server + "#/timeline?type=call&actor=Putin")
    expected = api(page, server, "api/events?type=call&actor=Putin")["total"]
    assert page.inner_text("#event-count") == str(expected)
    assert page.input_value("select[name=type]") == "call"
    for t in page.locator("table.events-list tbody tr td:nth-child(2)").all_inner_texts():
        assert t.strip() == "call"


# --------------------------------------------------------------------------- network and actor

def test_network_node_click_opens_actor(page, server):
    open_view(page, server + "#/network")
    net = api(page, server, "api/network")
    assert page.inner_text("#node-count") == str(len(net["nodes"]))
    assert page.inner_text("#edge-count") == str(len(net["edges"]))
    page.wait_for_selector('#network-graph[data-stable="1"]')
    shot(page, "network.png")
    pos = page.evaluate(f"""() => {{
        const n = window.readoutsNetwork;
        const p = n.canvasToDOM(n.getPosition({json.dumps(PUTIN)}));
        return {{x: p.x, y: p.y}};
    }}""")
    box = page.locator("#network-graph canvas").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_url(re.compile(r"#/actor/" + PUTIN + "$"))
    page.wait_for_selector('#view[data-ready="1"]')
    assert page.inner_text("#actor-name") == "Vladimir Putin"
    offices = page.inner_text("#offices")
    assert "President of Russia" in offices and "2012-05-07" in offices
    actor = api(page, server, f"api/actors/{PUTIN}")
    rows = page.locator("#counterparts tbody tr")
    assert rows.count() == len(actor["counterparts"]) > 0
    assert "Benjamin Netanyahu" in page.inner_text("#counterparts")
    assert page.locator("#actor-bars .bar").count() >= len(actor["contacts_by_month"])
    assert page.locator('span[lang="he"][dir="rtl"]').count() >= 1      # names in Hebrew, right to left
    shot(page, "actor.png")
    # a counterpart link opens that person
    page.click("#counterparts a:has-text('Benjamin Netanyahu')")
    expect(page.locator("#actor-name")).to_have_text("Benjamin Netanyahu")
    assert page.errors == []


# --------------------------------------------------------------------------- events

def check_rtl_event(page, server, doc_id, lang, screenshot):
    eid = event_of_doc(page, server, doc_id)
    open_view(page, server + f"#/event/{eid}")
    q = page.locator(f'#mentions blockquote.sentence[lang="{lang}"]').first
    assert q.get_attribute("dir") == "rtl"
    assert q.evaluate("e => getComputedStyle(e).direction") == "rtl"
    ev = api(page, server, f"api/events/{eid}")
    m = next(m for m in ev["mentions"] if m["lang"] == lang)
    assert q.inner_text().strip() == " ".join(m["sentence"].split()) or q.inner_text().strip() == m["sentence"].strip()
    names = [p["name"] for p in ev["participants"]]
    header = page.inner_text("h1")
    assert all(n in header for n in names)
    shot(page, screenshot)


def test_event_hebrew_rtl(page, server):
    check_rtl_event(page, server, "he-blinken-jerusalem", "he", "event-he.png")


def test_event_arabic_rtl(page, server):
    check_rtl_event(page, server, "ar-spa-salman-macron", "ar", "event-ar.png")


def test_merged_event_shows_every_report(page, server):
    eid = event_of_doc(page, server, "web-en-putin-netanyahu")
    open_view(page, server + f"#/event/{eid}")
    cards = page.locator("#mentions article.mention")
    assert cards.count() == 2
    he = page.locator('#mentions blockquote.sentence[lang="he"]')
    en = page.locator('#mentions blockquote.sentence[lang="en"]')
    assert he.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert en.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert "2 document(s)" in page.inner_text("#event-sources")
    link = page.locator("#mentions a.article-link")
    assert link.count() == 1
    assert link.get_attribute("href") == "https://news.example.org/2024/03/12/putin-netanyahu-call"
    assert "noopener" in link.get_attribute("rel")
    assert "example-wire" in page.inner_text("#mentions")
    # the stored text opens with the evidence marked
    page.click("#mentions article.mention[data-lang=he] a:has-text('stored text')")
    page.wait_for_selector("#doc-text mark")
    assert page.locator("#doc-text").get_attribute("dir") == "rtl"
    assert "נתניהו" in page.inner_text("#doc-text mark")


def test_disagreements_render_generically(browser, web_db_copy):
    """Any `disagreements` object on an event is shown, whatever its shape."""
    with sqlite3.connect(web_db_copy) as c:
        eid = c.execute("SELECT event_id FROM mentions WHERE doc_id = 'web-en-putin-netanyahu'").fetchone()[0]
        c.execute("UPDATE events SET json = json_set(json, '$.disagreements', json(?)) WHERE id = ?",
                  (json.dumps({"initiator": {"Vladimir Putin": 3, "Benjamin Netanyahu": 1},
                               "date": ["2024-03-12", "2024-03-11"], "location": {"<b>x</b>": {"a": 1}}}), eid))
    with live_server(web_db_copy) as base:
        pg = browser.new_page()
        try:
            open_view(pg, base + f"#/event/{eid}")
            text = pg.inner_text("#disagreements")
            for s in ("initiator", "Vladimir Putin: 3", "Benjamin Netanyahu: 1", "2024-03-11", "<b>x</b>", "a: 1"):
                assert s in text
            assert pg.locator("#disagreements b").count() == 0
        finally:
            pg.close()


# --------------------------------------------------------------------------- untrusted article text

def test_article_html_is_shown_as_text(page, server):
    eid = event_of_doc(page, server, HOSTILE_DOC)
    open_view(page, server + f"#/event/{eid}")
    card = page.locator("#mentions").inner_text()
    assert "<img src=x onerror=" in card and "<b>in Gaza</b>" in card      # shown literally
    assert "<script>window.__pwned=1</script>" in card                      # the title
    assert "evil<b>outlet</b>" in card
    assert page.locator("#view img, #view script, #view b").count() == 0   # nothing was parsed as HTML
    assert page.locator("#mentions a.article-link").count() == 0             # javascript: URL not linked
    shot(page, "event-escaping.png")

    open_view(page, server + f"#/document/{HOSTILE_DOC}")
    assert "<script>" in page.inner_text("h1")
    assert "<img src=x" in page.inner_text("#doc-text")
    assert page.locator("#view img, #view script, #view b").count() == 0
    assert page.locator('#view a[href^="javascript:"]').count() == 0

    open_view(page, server + "#/timeline")
    assert "<img src=x" in page.inner_text("table.events-list")
    assert page.locator("#view img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.errors == []


def test_unknown_event_shows_not_found(page, server):
    page.goto(server + "#/event/ev-0000000000000000")
    page.wait_for_selector('#view[data-ready="error"]')
    assert "Not found" in page.inner_text("#view")
