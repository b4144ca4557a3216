"""'The two leaders agreed ...' after two named persons: a contact between them,
of the kind the sentence's contact word says; nothing without such a word."""
from datetime import date

from readouts.model import Document
from readouts.pipeline.extractor import extract

from eventcheck import names


def run(text, lang):
    return extract(Document(id="p", text=text, lang=lang, published=date(2019, 6, 30)))


def test_english_pair_after_a_visit_is_a_meeting_initiated_by_the_visitor():
    evs = run("Japanese Prime Minister Shinzo Abe said he hoped Xi Jinping's visit would help, and that "
              "the two leaders had agreed to expand trade.", "en")
    assert [(e.type, names(e), e.initiator) for e in evs] == [("meeting", {"Shinzo Abe", "Xi Jinping"}, "Xi Jinping")]


def test_english_pair_without_a_contact_word_is_nothing():
    assert run("Shinzo Abe praised Xi Jinping, and the two leaders had agreed on little.", "en") == []


def test_arabic_pair_after_a_visit():
    evs = run("وقال رئيس الوزراء الياباني شينزو آبي إن زيارة الرئيس الصيني شي جين بينغ مهمة، وإن الزعيمين اتفقا على توسيع التجارة.", "ar")
    assert any(e.type == "meeting" and names(e) == {"Shinzo Abe", "Xi Jinping"} for e in evs)


def test_hebrew_pair_without_a_contact_word_is_nothing():
    assert run("ראש ממשלת יפן שינזו אבה שיבח את שי ג'ינפינג ושני המנהיגים הסכימו על מעט.", "he") == []
