"""Cross-document merging: one event per real-world contact, however many articles and
languages report it; near-misses stay apart. Articles are written for these tests and go
through the real pipeline (extract) into a real store."""
from __future__ import annotations

from datetime import date

import pytest

from readouts.pipeline import merge
from readouts.model import Document
from readouts.pipeline.extractor import extract
from readouts.store.database import Store

PUTIN_CALL_EN = ("Russian President Vladimir Putin spoke by phone with Israeli Prime Minister Benjamin "
                 "Netanyahu on Sunday, the Kremlin said. Putin called Netanyahu to discuss the situation "
                 "in Gaza and the hostages.")
PUTIN_CALL_HE = "ראש הממשלה בנימין נתניהו התקשר היום לנשיא רוסיה ולדימיר פוטין ומחה על עמדות רוסיה באו\"ם בנוגע לעזה."
PUTIN_CALL_AR = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا اليوم الأحد مع رئيس الوزراء الإسرائيلي "
                 "بنيامين نتنياهو بحثا خلاله الأوضاع في قطاع غزة.")
PAIR = {"Vladimir Putin", "Benjamin Netanyahu"}


def doc(i: str, text: str, published: date, lang: str, source: str = "outlet") -> Document:
    return Document(id=i, text=text, published=published, published_from="metadata", lang=lang,
                    source=source, url=f"https://news.example/{i}", origin=f"test:{i}")


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "m.db"))
    yield s
    s.close()


def add(store: Store, d: Document) -> None:
    evs = extract(d)
    assert evs, f"{d.id}: the extractor found no event"
    assert store.add(d, evs)


def events_of(store: Store, people=PAIR) -> list[dict]:
    return [e for e in store.events() if {p["name"] for p in e["participants"]} == set(people)]


def test_one_call_in_three_languages_is_one_event_with_three_sources(store):
    add(store, doc("kremlin-en", PUTIN_CALL_EN, date(2023, 12, 11), "en", "kremlin"))
    add(store, doc("ynet-he", PUTIN_CALL_HE, date(2023, 12, 10), "he", "ynet"))
    add(store, doc("arabiya-ar", PUTIN_CALL_AR, date(2023, 12, 10), "ar", "alarabiya"))
    evs = events_of(store)
    assert len(evs) == 1
    ev = evs[0]
    assert ev["type"] == "call" and ev["date"] == "2023-12-10" and ev["sources"] == 3
    assert sorted(m["lang"] for m in ev["mentions"]) == ["ar", "en", "he"]
    assert {m["source"] for m in ev["mentions"]} == {"kremlin", "ynet", "alarabiya"}
    # who called: the Kremlin and Al Arabiya say Putin, the Hebrew report says Netanyahu
    assert ev["initiator"] == "Vladimir Putin"
    assert ev["disagreements"]["initiator"] == {"Vladimir Putin": 2, "Benjamin Netanyahu": 1}
    assert {"Gaza", "hostages"} <= set(ev["topics"])            # union of all reports
    # each mention keeps its own document's account
    he = next(m for m in ev["mentions"] if m["lang"] == "he")
    assert he["initiator"] == "Benjamin Netanyahu" and he["doc"] == "ynet-he"


def test_merging_is_incremental_idempotent_and_keeps_the_first_id(tmp_path):
    path = str(tmp_path / "inc.db")
    with Store(path) as s:
        add(s, doc("a", PUTIN_CALL_EN, date(2023, 12, 11), "en"))
        first_id = events_of(s)[0]["id"]
    with Store(path) as s:                       # a later run attaches to the stored event
        add(s, doc("b", PUTIN_CALL_AR, date(2023, 12, 10), "ar"))
        assert [e["id"] for e in events_of(s)] == [first_id]
        before = s.stats()
        d = doc("b", PUTIN_CALL_AR, date(2023, 12, 10), "ar")
        assert s.add(d, extract(d)) is False      # re-ingesting changes nothing
        assert s.stats() == before
        assert events_of(s)[0]["sources"] == 2


def test_agency_report_reprinted_by_many_papers(store):
    text = ("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالا هاتفيا اليوم من الرئيس الفرنسي "
            "فرانسوا هولاند جرى خلاله بحث العلاقات الثنائية.")
    for i, paper in enumerate(["okaz", "alriyadh", "aleqt", "almadina", "alyaum"]):
        tail = "\n" + "اقرأ أيضا في " + paper   # each paper's own boilerplate: other content hash
        add(store, doc(f"spa-{paper}", text + tail, date(2015, 7, 21), "ar", paper))
    evs = events_of(store, {"Salman of Saudi Arabia", "François Hollande"})
    assert len(evs) == 1 and evs[0]["sources"] == 5
    assert evs[0]["initiator"] == "François Hollande" and not evs[0]["disagreements"]


def test_a_meeting_and_a_call_on_the_same_day_stay_apart(store):
    add(store, doc("call", PUTIN_CALL_EN, date(2023, 12, 11), "en"))
    add(store, doc("meet", "Putin met Netanyahu in Moscow on Sunday.", date(2023, 12, 11), "en"))
    assert sorted(e["type"] for e in events_of(store)) == ["call", "meeting"]


def test_the_same_pair_in_july_and_in_december_are_two_calls(store):
    add(store, doc("dec", PUTIN_CALL_EN, date(2023, 12, 11), "en"))
    add(store, doc("jul", "Putin spoke by phone with Netanyahu on Tuesday about the Iranian nuclear program.",
                   date(2023, 7, 12), "en"))
    assert sorted(e["date"] for e in events_of(store)) == ["2023-07-11", "2023-12-10"]


def test_two_calls_on_one_day_about_different_things_stay_apart(store):
    add(store, doc("c1", "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu on Monday "
                         "about the hostages held in Gaza.", date(2023, 10, 31), "en"))
    add(store, doc("c2", "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu on Monday "
                         "about Iran's nuclear program.", date(2023, 10, 31), "en"))
    assert len(events_of(store, {"Joe Biden", "Benjamin Netanyahu"})) == 2


def test_an_undated_report_joins_a_dated_one_only_when_published_within_days(store):
    add(store, doc("dated", "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu on Monday "
                            "about the hostages held in Gaza.", date(2023, 10, 31), "en"))
    undated = "President Joe Biden spoke by phone with Prime Minister Benjamin Netanyahu."
    add(store, doc("next-day", undated, date(2023, 11, 1), "en"))
    add(store, doc("weeks-later", undated + " The White House gave no details.", date(2023, 11, 20), "en"))
    evs = sorted(events_of(store, {"Joe Biden", "Benjamin Netanyahu"}), key=lambda e: e["date"])
    assert [(e["date"], e["sources"]) for e in evs] == [("2023-10-30", 2), ("2023-11-20", 1)]
    assert evs[0]["date_basis"] == "text" and evs[1]["date_basis"] == "publication"


# ---------------------------------------------------------------- the rules themselves

def rep(doc, date_=None, precision="day", basis="text", published="2023-12-10", **kw):
    return merge.Report(doc, kw.pop("type", "call"), date_, precision if date_ else None, basis,
                        published, **kw)


def test_dates_a_day_apart_merge_two_days_do_not():
    a = rep("a", "2023-12-10")
    assert merge.compatible(rep("b", "2023-12-11"), [a])
    assert not merge.compatible(rep("b", "2023-12-12"), [a])


def test_month_precision_contains_its_days():
    assert merge.compatible(rep("b", "2023-12", "month"), [rep("a", "2023-12-10")])
    assert not merge.compatible(rep("b", "2023-11", "month"), [rep("a", "2023-12-10")])


def test_reports_without_any_date_are_never_merged_blindly():
    a = rep("a", None, basis=None, published=None)
    assert not merge.compatible(rep("b", None, basis=None, published=None), [a])


def test_places_must_agree_unless_one_is_inside_the_other():
    a = rep("a", "2023-12-10", type="meeting", location="Riyadh", location_country="SAU")
    assert merge.compatible(rep("b", "2023-12-10", type="meeting", location="Riyadh", location_country="SAU"), [a])
    assert merge.compatible(rep("b", "2023-12-10", type="meeting"), [a])
    assert merge.compatible(rep("b", "2023-12-10", type="meeting", location="Saudi Arabia",
                                location_country="SAU"), [a])
    assert not merge.compatible(rep("b", "2023-12-10", type="meeting", location="Paris",
                                    location_country="FRA"), [a])


def test_generic_topics_do_not_split_a_contact():
    a = rep("a", "2023-12-10", topics=["bilateral relations"])
    assert merge.compatible(rep("b", "2023-12-10", topics=["Gaza"]), [a])
    assert not merge.compatible(rep("b", "2023-12-10", topics=["Gaza"]),
                                [rep("a", "2023-12-10", topics=["Ukraine war"])])


def test_reconcile_prefers_the_most_precise_stated_date_and_the_majority():
    r = merge.reconcile([rep("a", "2023-12", "month", initiator="X"),
                         rep("b", "2023-12-10", initiator="Y"),
                         rep("c", None, basis="publication", published="2023-12-11", initiator="Y")])
    assert (r.date, r.precision, r.basis, r.initiator, r.sources) == ("2023-12-10", "day", "text", "Y", 3)
    assert r.disagreements == {"initiator": {"Y": 2, "X": 1}}
