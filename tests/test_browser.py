"""The web explorer in a real browser: Debian's Chromium driven by Playwright (sync API)
against `create_app()` served by uvicorn on 127.0.0.1 (tests/webfixtures.py).

Never run `playwright install`: these tests use /usr/bin/chromium and are skipped when
it is missing. Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import math

import json
import random
import re
import sqlite3
import time
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

from readouts.model import Document, Event, EventMention, Person
from readouts.store.database import Store

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
    # (a threshold on the field's 0.05 steps just above the least confident event of the fixture,
    # whatever the model gives it)
    events = api(page, server, f"api/events?limit={max(total, 1)}")["items"]
    least = min(e["confidence"] for e in events)
    threshold = f"{(math.floor(least / 0.05) + 1) * 0.05:.2f}"
    assert float(threshold) <= max(e["confidence"] for e in events)
    page.fill("input[name=min_confidence]", threshold)
    page.click("form#filters button[type=submit]")
    expected = api(page, server, f"api/events?min_confidence={threshold}")["total"]
    assert expected < total
    expect(page.locator("#event-count")).to_have_text(str(expected))
    assert f"min_confidence={threshold}" in page.url
    assert f"min_confidence={threshold}" in page.get_attribute("#feed-link", "href")
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


# --------------------------------------------------------------------------- a larger network

# A database written straight into the store (no extraction: the pages are under test, not the
# rules): 200 contacts from 2022-11-20 to 2025-05-20 among 65 persons of 13 countries (3 of no
# known country), drawn with a bias to the first persons (hubs, as in the news), plus one
# contact dated 1952 and one dated after BIG_TODAY, the day the browser's clock is set to.
BIG_TODAY = date(2025, 6, 1)
BIG_COUNTRIES = [("USA", 12), ("RUS", 9), ("FRA", 7), ("DEU", 6), ("CHN", 5), ("ISR", 5), ("GBR", 4), ("SAU", 4),
                 ("EGY", 3), ("TUR", 3), ("JPN", 2), ("BRA", 1), ("IND", 1), (None, 3)]
GIVEN = ["Amara", "Bruno", "Chen", "Dalia", "Emre", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena", "Mateo"]
SURNAMES = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Petrov"]
HOSTILE_NAME = "Zed <img src=x onerror=window.__pwned=9>"
OLD_DOC, FUTURE_DOC = "big-1952", "big-future"
LABEL_CAP = 20            # app.js LABEL_CAP
PALETTE_SIZE = 10         # app.js PALETTE.length


def build_big_db(path) -> None:
    rng = random.Random(13)
    countries = [c for c, n in BIG_COUNTRIES for _ in range(n)]
    rng.shuffle(countries)
    names = [f"{g} {s}" for s in SURNAMES for g in GIVEN][:len(countries) - 1] + [HOSTILE_NAME]
    persons = [Person(name=n, country=c) for n, c in zip(names, countries)]
    weights = [1 / (i + 1) for i in range(len(persons))]
    first, days = date(2022, 11, 20), (date(2025, 5, 20) - date(2022, 11, 20)).days
    contacts = []
    for i in range(200):
        a, b = rng.choices(range(len(persons)), weights, k=2)
        while b == a:
            b = rng.randrange(len(persons))
        contacts.append((f"big-{i:03d}", persons[a], persons[b], first + timedelta(days=rng.randrange(days + 1))))
    contacts += [(OLD_DOC, persons[0], persons[1], date(1952, 6, 1)),
                 (FUTURE_DOC, persons[0], persons[2], BIG_TODAY + timedelta(days=19))]
    with Store(str(path)) as store:
        for doc_id, a, b, when in contacts:
            kind = rng.choice(["call", "meeting", "message"])
            sentence = f"{a.name} and {b.name} held a {kind} on {when.isoformat()}."
            published = min(when, BIG_TODAY - timedelta(days=1)) if when.year > 2000 else date(2024, 5, 1)
            doc = Document(id=doc_id, text=sentence, title=f"{a.name} – {b.name}", lang="en", source="test-wire",
                           url=f"https://news.example.org/{doc_id}", published=published)
            ev = Event(type=kind, participants=[a, b], date=when.isoformat(), date_precision="day", date_basis="text",
                       confidence=0.8, mentions=[EventMention(doc=doc_id, lang="en", published=published.isoformat(),
                                                              sentence=sentence, start=0, end=len(sentence))])
            assert store.add(doc, [ev], merge=False)


@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("bigdb") / "big.db"
    build_big_db(path)
    with live_server(path) as base:
        yield base


def big_page_at(browser, width):
    """A page whose clock says BIG_TODAY (noon, UTC)."""
    ctx = browser.new_context(viewport={"width": width, "height": 900}, locale="en-US", timezone_id="UTC")
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT_MS)
    pg.clock.set_fixed_time(datetime(BIG_TODAY.year, BIG_TODAY.month, BIG_TODAY.day, 12, tzinfo=timezone.utc))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    return pg


@pytest.fixture
def big_page(browser):
    pg = big_page_at(browser, 1280)
    yield pg
    pg.context.close()


def rendered_nodes(page):
    """The nodes as the graph draws them: [{id, label, color}] (label None when unnamed)."""
    page.wait_for_selector('#network-graph[data-stable="1"]')
    return page.evaluate("""() => window.readoutsNetwork.body.data.nodes.get().map(
        (n) => ({id: n.id, label: n.label || null, color: n.color.background}))""")


def rendered_edges(page):
    return page.evaluate("""() => window.readoutsNetwork.body.data.edges.get().map(
        (e) => [e.from, e.to].sort().join("|"))""")


def neighbourhood(net, key):
    keep = {key} | {e["target"] for e in net["edges"] if e["source"] == key} | \
        {e["source"] for e in net["edges"] if e["target"] == key}
    return keep, sorted("|".join(sorted([e["source"], e["target"]])) for e in net["edges"]
                        if e["source"] in keep and e["target"] in keep)


def route_params(page):
    return {k: v[0] for k, v in parse_qs(page.url.split("#", 1)[1].partition("?")[2]).items()}


def node_dom_position(page, key):
    pos = page.evaluate("""(key) => {
        const n = window.readoutsNetwork, p = n.canvasToDOM(n.getPosition(key));
        return {x: p.x, y: p.y};
    }""", key)
    box = page.locator("#network-graph canvas").bounding_box()
    return box["x"] + pos["x"], box["y"] + pos["y"]


def test_network_names_only_the_main_persons_and_colours_countries(big_page, big_server):
    page = big_page
    open_view(page, big_server + "#/network")
    net = api(page, big_server, "api/network")
    assert page.inner_text("#node-count") == str(len(net["nodes"])) and len(net["nodes"]) > LABEL_CAP
    nodes = rendered_nodes(page)
    assert sorted(n["id"] for n in nodes) == sorted(n["key"] for n in net["nodes"])
    shot(page, "big-network-full.png")

    # only the LABEL_CAP persons with most contacts are named (ties by name), with their name
    ranked = sorted(net["nodes"], key=lambda n: (-n["contacts"], n["name"], n["key"]))
    named = {n["id"]: n["label"] for n in nodes if n["label"]}
    assert named == {n["key"]: n["name"] for n in ranked[:LABEL_CAP]}

    # the legend: the most frequent countries first, each in its own colour, then "other" and
    # "no country"; every person is drawn in the colour of their group
    legend = page.locator("#country-legend li").evaluate_all(
        "els => els.map(e => [e.dataset.country, e.dataset.color, Number(e.dataset.persons)])")
    per_country = Counter(n["country"] for n in net["nodes"] if n["country"])
    own = [c for c, _ in sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0]))][:PALETTE_SIZE]

    def group(n):
        return n["country"] if n["country"] in own else "other" if n["country"] else "none"

    expected = Counter(group(n) for n in net["nodes"])
    assert [(c, n) for c, _, n in legend] == [(c, expected[c]) for c in own] + [("other", expected["other"]),
                                                                                ("none", expected["none"])]
    colour = {c: col for c, col, _ in legend}
    assert len(set(colour.values())) == len(colour)
    by_key = {n["key"]: n for n in net["nodes"]}
    assert all(n["color"] == colour[group(by_key[n["id"]])] for n in nodes)
    swatches = page.locator("#country-legend .swatch").evaluate_all(
        "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert len(set(swatches)) == len(legend)

    # pointing at an unnamed person shows the name, leaving hides it again
    quiet = next(n for n in ranked[LABEL_CAP:] if n["name"] != HOSTILE_NAME)
    page.mouse.move(*node_dom_position(page, quiet["key"]))
    page.wait_for_function("(k) => window.readoutsNetwork.body.data.nodes.get(k).label", arg=quiet["key"])
    assert page.evaluate("(k) => window.readoutsNetwork.body.data.nodes.get(k).label", quiet["key"]) == quiet["name"]
    box = page.locator("#network-graph").bounding_box()
    page.mouse.move(box["x"] + 3, box["y"] + 3)
    page.wait_for_function("(k) => !window.readoutsNetwork.body.data.nodes.get(k).label", arg=quiet["key"])
    # a name is text wherever it is shown
    assert HOSTILE_NAME in page.locator("#focus").inner_text()
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.errors == []


def focus_candidate(net):
    """A person who is not everyone's neighbour and with a pair among their counterparts."""
    ranked = sorted(net["nodes"], key=lambda n: (-n["contacts"], n["key"]))
    for n in ranked[3:]:
        keep, pairs = neighbourhood(net, n["key"])
        if 4 <= len(keep) < len(net["nodes"]) / 2 and any(n["key"] not in p.split("|") for p in pairs):
            return n
    raise AssertionError("the test network has no person to focus on")


def test_network_focus_shows_one_neighbourhood_and_lives_in_the_url(big_page, big_server):
    page = big_page
    open_view(page, big_server + "#/network")
    net = api(page, big_server, "api/network")
    who = focus_candidate(net)
    keep, pairs = neighbourhood(net, who["key"])
    rendered_nodes(page)
    page.select_option("#focus", who["key"])
    page.wait_for_function("(k) => document.querySelector('#network-graph[data-stable=\"1\"]')?.dataset.focus === k",
                           arg=who["key"])
    assert route_params(page)["focus"] == who["key"]
    nodes = rendered_nodes(page)
    assert {n["id"] for n in nodes} == keep
    assert sorted(rendered_edges(page)) == pairs
    assert page.inner_text("#node-count") == str(len(keep)) and page.inner_text("#edge-count") == str(len(pairs))
    assert page.locator("#pairs tbody tr").count() == len(pairs)
    assert who["name"] in page.inner_text("h1")
    assert len(keep) <= LABEL_CAP and {n["id"] for n in nodes if n["label"]} == keep   # all named
    shot(page, "big-network-focused.png")

    # the URL alone gives the same view (it can be shared), and a filter keeps the focus
    page.reload()
    assert {n["id"] for n in rendered_nodes(page)} == keep
    assert page.input_value("#focus") == who["key"]
    page.select_option("select[name=type]", "meeting")
    page.click("form#filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=meeting"))
    assert route_params(page) == {"type": "meeting", "focus": who["key"]}
    meetings = api(page, big_server, "api/network?type=meeting")
    keep_m, pairs_m = neighbourhood(meetings, who["key"])
    assert keep_m != keep
    page.wait_for_function("(n) => document.getElementById('node-count')?.textContent === n", arg=str(len(keep_m)))
    assert {n["id"] for n in rendered_nodes(page)} == keep_m
    assert sorted(rendered_edges(page)) == pairs_m

    # a click on a person still opens their page; "show everyone" leaves the focus
    page.mouse.click(*node_dom_position(page, who["key"]))
    page.wait_for_selector('#view[data-page="actor"][data-ready="1"]')
    assert page.inner_text("#actor-name") == who["name"]
    page.go_back()
    page.wait_for_selector('#network-graph[data-stable="1"]')
    page.click("#unfocus")
    page.wait_for_function("(n) => document.getElementById('node-count')?.textContent === n",
                           arg=str(len(meetings["nodes"])))
    assert "focus" not in route_params(page)
    assert page.errors == []


def test_unknown_focus_shows_everyone_with_a_notice(big_page, big_server):
    open_view(big_page, big_server + "#/network?focus=name%3ANobody")
    assert "name:Nobody" in big_page.inner_text("#focus-missing")
    net = api(big_page, big_server, "api/network")
    assert len(rendered_nodes(big_page)) == len(net["nodes"])


def test_actor_page_links_to_the_network_around_them(big_page, big_server):
    page = big_page
    net = api(page, big_server, "api/network")
    who = focus_candidate(net)
    open_view(page, big_server + "#/actor/" + who["key"].replace(":", "%3A").replace(" ", "%20"))
    shot(page, "big-actor.png")
    page.click("#network-link")
    page.wait_for_selector('#network-graph[data-stable="1"]')
    assert route_params(page) == {"focus": who["key"]}
    assert {n["id"] for n in rendered_nodes(page)} == neighbourhood(net, who["key"])[0]
    open_view(page, big_server + "#/event/" + event_of_doc(page, big_server, "big-000"))
    shot(page, "big-event.png")
    assert page.errors == []


# --------------------------------------------------------------------------- timeline: outliers and axes

LABEL_OVERLAPS = """(selector) => {
    const boxes = [...document.querySelectorAll(selector)].filter((e) => e.textContent.trim()).map((e) => {
        const r = document.createRange();
        r.selectNodeContents(e);
        const b = r.getBoundingClientRect();
        return {text: e.textContent, left: b.left, right: b.right, top: Math.round(b.top), width: b.width};
    }).filter((b) => b.width > 0).sort((a, b) => a.top - b.top || a.left - b.left);
    const out = [];
    for (let i = 1; i < boxes.length; i++) {
        if (boxes[i].top === boxes[i - 1].top && boxes[i].left < boxes[i - 1].right + 1) {
            out.push(boxes[i - 1].text + " | " + boxes[i].text);
        }
    }
    return out;
}"""
AXIS_LABELS = "#timeline-chart .vis-time-axis .vis-text:not(.vis-measure)"


def test_timeline_lists_events_far_from_the_rest(big_page, big_server):
    page = big_page
    open_view(page, big_server + "#/timeline")
    old, future = (event_of_doc(page, big_server, d) for d in (OLD_DOC, FUTURE_DOC))
    # 1952 is far before the rest; the contact after "today" lies within the margin after the
    # bulk and is listed because it is in the future
    assert page.locator('#outliers [data-side="before"] li.outlier').evaluate_all(
        "els => els.map(e => e.dataset.event)") == [old]
    assert page.locator('#outliers [data-side="after"] li.outlier').evaluate_all(
        "els => els.map(e => e.dataset.event)") == [future]
    assert "Later than today (2025-06-01)" in page.inner_text('#outliers [data-side="after"] h3')
    # the bars (by month) leave out 1952; the contact to come falls in the bar of this month
    assert page.inner_text("#bars-hidden").startswith("1 event dated far from the rest is not drawn")
    # the time axis opens on the bulk: every other event is in its window, these two are not
    window = page.evaluate("() => { const w = window.readoutsTimeline.getWindow();"
                           " return [w.start.toISOString(), w.end.toISOString()]; }")
    dated = api(page, big_server, "api/events?limit=500&sort=date")["items"]
    inside = [e["effective_date"] for e in dated if e["id"] not in (old, future)]
    assert window[0][:10] < inside[0] and inside[-1] < window[1][:10] <= "2025-06-02"
    shot(page, "big-timeline-outliers.png")
    page.click(f'#outliers li[data-event="{old}"] a[href^="#/event/"]')
    page.wait_for_selector('#view[data-page="event"][data-ready="1"]')
    assert "1952-06-01" in page.inner_text("#event-facts")
    assert page.errors == []


@pytest.mark.parametrize("width", [1280, 800])
def test_timeline_axis_labels_do_not_overlap(browser, big_server, width):
    page = big_page_at(browser, width)
    try:
        open_view(page, big_server + "#/timeline")
        page.wait_for_selector("#timeline-chart .vis-item")
        # the bars span Nov 2022 to May 2025 by month: "2022" has two bars' room before "2023"
        assert page.evaluate(LABEL_OVERLAPS, ".bar-labels span") == []
        assert "2023" in page.inner_text(".bar-labels")
        assert page.evaluate(LABEL_OVERLAPS, AXIS_LABELS) == []
        shot(page, f"big-timeline-{width}.png")
        for days in (2000, 365, 31, 2):   # the scales of years, months, days and hours
            page.evaluate("""(days) => { const s = new Date("2024-03-01T00:00:00Z");
                window.readoutsTimeline.setWindow(s, new Date(s.getTime() + days * 86400000), {animation: false}); }""",
                          days)
            page.wait_for_timeout(100)
            assert page.locator(AXIS_LABELS).count() > 2
            assert page.evaluate(LABEL_OVERLAPS, AXIS_LABELS) == [], days
        open_view(page, big_server + "#/timeline?interval=day")
        assert page.evaluate(LABEL_OVERLAPS, ".bar-labels span") == []
        assert page.inner_text("#bars-hidden").startswith("2 events dated far from the rest are not drawn")
        assert page.errors == []
    finally:
        page.context.close()
