"""A person missing from the gazetteer still appears, with the name as the article writes it."""
from datetime import date

from readouts.model import Document
from readouts.pipeline import extract


def names(text, lang, published=date(2030, 5, 14)):
    evs = extract(Document(id="u", text=text, lang=lang, published=published))
    return [sorted((p.name, p.wikidata) for p in e.participants) for e in evs]


def test_english_title_then_unknown_capitalised_name():
    got = names("President Vladimir Putin met Nigerian Foreign Minister Adebayo Okonkwo-Bello in Moscow.", "en")
    assert any(("Adebayo Okonkwo-Bello", None) in e for e in got)


def test_english_lowercase_words_after_a_title_are_not_a_name():
    got = names("Russian President Vladimir Putin met the Nigerian foreign minister yesterday in Moscow.", "en")
    assert not any(any(n.startswith("yesterday") for n, _ in e) for e in got)


def test_arabic_title_then_name_starting_with_a_known_given_name():
    got = names("استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية النيجيري محمد أوكونكوو في موسكو أمس.", "ar")
    assert any(("محمد أوكونكوو", None) in e for e in got)


def test_arabic_verb_after_a_title_is_not_a_name():
    got = names("التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية النيجيري لبحث العلاقات.", "ar")
    assert all(all(w is not None or "لبحث" not in n for n, w in e) for e in got)


def test_hebrew_title_then_name_starting_with_a_known_given_name():
    got = names("נשיא רוסיה ולדימיר פוטין נפגש אתמול במוסקבה עם שר החוץ הניגרי מוחמד אוקונקוו.", "he")
    assert any(("מוחמד אוקונקוו", None) in e for e in got)


def test_hebrew_words_after_a_title_without_a_given_name_are_not_a_name():
    got = names("השיחות בין נתניהו לנשיא הרוסי עוסקות במתיחות מול איראן.", "he", published=None)
    assert not any(any("עוסקות" in n for n, _ in e) for e in got)
