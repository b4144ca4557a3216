"""Latin spellings of names the gazetteer lacks (issue 10): what they read, and that an actor
search finds a person by them. Names are invented or public officials' names; no article text."""
from __future__ import annotations

from datetime import date

from readouts.model import Document, Event, EventMention, Person
from readouts.store.database import Store
from readouts.knowledge.translit import _spell, latin, searchable


def test_words_the_gazetteer_spells_are_taken_from_it():
    # "محمد", "بن", "عبدالعزيز": words of many Arabic names of the gazetteer, aligned with English ones
    got = latin("محمد بن عبدالعزيز القحطاني")
    assert got.startswith("Moham") and " bin Abdulaziz " in got


def test_other_words_are_spelt_letter_by_letter():
    # the article as "al-", a vowel between two consonants, an opening ayn as a vowel, a capital
    assert _spell("الطراونة", "ar").startswith("al-Taraw")
    assert _spell("عايض", "ar").startswith("A")
    assert _spell("שטיימן", "he")[0] == "S" and _spell("שטיימן", "he").endswith("n")
    assert _spell("מרקוביץ'", "he").endswith("ch")        # a geresh changes the letter


def test_hebrew_and_arabic_only():
    assert latin("Atef Tarawneh") is None
    assert latin("") is None and latin(None) is None
    assert latin("רונלד לאודר").split()[0] == "Ronald"


def test_unknown_participants_carry_it_known_ones_do_not():
    unknown = Person("حميد شبار").to_dict()
    assert unknown["name_latin"] and unknown["name_latin"].split()[0] == "Hamid"
    assert Person("Joe Biden", "Q6279", "USA", None, "Q6279").to_dict()["name_latin"] is None


def test_an_actor_search_finds_a_name_by_its_latin_spelling(tmp_path):
    name = "حميد شبار"
    assert "hamid" in searchable(name) and searchable(name).startswith("حميد")
    d = Document(id="d1", text="x", published=date(2018, 6, 25), lang="ar")
    ev = Event(type="meeting", participants=[Person("Ismail Ould Cheikh Ahmed", "Q1", "MRT", None, "Q1"), Person(name)],
               date="2018-06-25", date_precision="day",
               mentions=[EventMention(doc="d1", lang="ar", published="2018-06-25", sentence="x", start=0, end=1)])
    with Store(tmp_path / "t.db") as s:
        s.add(d, [ev])
        assert len(s.events(actor="Hamid")) == 1
        assert len(s.events(actor=name)) == 1            # and by its own letters
        assert s.events(actor="Tarawneh") == []


def test_a_waw_ending_a_word_after_a_consonant_is_a_vowel():
    # "טימקו", "بترو": o, not v or w; a waw after a vowel letter stays as it was ("נתניהו")
    assert _spell("טימקו", "he").endswith("o") and not _spell("טימקו", "he").endswith("vo")
    assert _spell("بترو", "ar").endswith("o") and not _spell("بترو", "ar").endswith("wo")
    assert latin("נתניהו") == "Netanyahu"
