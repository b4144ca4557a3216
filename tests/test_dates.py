"""DATE stage: relative words, weekdays, months, absolute and Hijri dates, datelines.

All sentences are made up for these tests.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from readouts.pipeline.dates import DateExpr, find_dateline, find_dates

TUE = dt.date(2023, 12, 12)   # a Tuesday
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def one(text, lang, pub=TUE) -> DateExpr:
    found = find_dates(text, lang, pub)
    assert len(found) == 1, found
    return found[0]


def span(text, e):
    return text[e.start:e.end]


# --- relative words ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,surface,date", [
    ("he", "השר שוחח היום עם עמיתו", "היום", "2023-12-12"),
    ("he", "ראש הממשלה נפגש אמש עם השליח", "אמש", "2023-12-11"),
    ("he", "והבוקר הודיע הדובר כי הם שוחחו", "והבוקר", "2023-12-12"),
    ("he", "השניים דיברו אתמול בטלפון", "אתמול", "2023-12-11"),
    ("he", "הם נפגשו שלשום בירושלים", "שלשום", "2023-12-10"),
    ("he", "השרים ייפגשו מחר בקהיר", "מחר", "2023-12-13"),
    ("ar", "أجرى الوزير الليلة الماضية اتصالا بنظيره", "الليلة الماضية", "2023-12-11"),
    ("ar", "والتقى الرئيس أمس وفدا رسميا", "أمس", "2023-12-11"),
    ("ar", "وكان قد استقبل بالأمس السفير", "بالأمس", "2023-12-11"),
    ("ar", "وبحث الجانبان مساء اليوم العلاقات", "مساء اليوم", "2023-12-12"),
    ("ar", "وقد التقيا أول أمس في القاهرة", "أول أمس", "2023-12-10"),
    ("ar", "وسيلتقي الوزيران غدا في عمان", "غدا", "2023-12-13"),
    ("en", "The two leaders spoke by phone yesterday.", "yesterday", "2023-12-11"),
    ("en", "The minister met his counterpart last night.", "last night", "2023-12-11"),
    ("en", "She will travel to Cairo tomorrow.", "tomorrow", "2023-12-13"),
    ("en", "They met the day before yesterday in Rome.", "day before yesterday", "2023-12-10"),
])
def test_relative_day(lang, text, surface, date):
    e = one(text, lang)
    assert span(text, e) == surface
    assert (e.date, e.precision, e.kind) == (date, "day", "relative")


@pytest.mark.parametrize("lang,text", [
    ("he", "המשלחת הגיעה ליומן האירועים"),          # יום inside another word
    ("he", "הנושא עלה על סדר היום של הממשלה"),      # "סדר היום" = agenda
    ("he", "הוא ביקש לשבת עם השר"),                  # לשבת = to sit, not Saturday
    ("he", "הוא דיבר על השבת החטופים"),              # השבת = returning
    ("ar", "البلاد بأمس الحاجة إلى الدعم"),           # بأمس الحاجة = in dire need
    ("ar", "وصل الوفد في اليوم التالي"),              # the next day: not today
    ("en", "He may march with the protesters."),      # the verbs, not months
    ("en", "The todays list and yesterdays news."),   # not whole tokens
])
def test_no_date(lang, text):
    assert find_dates(text, lang, TUE) == []


def test_week_month_year_precision():
    e = one("השניים שוחחו בשבוע שעבר", "he")
    assert (e.date, e.precision, e.kind, e.hint) == ("2023-12", "month", "relative", "relative=week:-1")
    # last week seen from Saturday the 2nd falls in the previous month
    e = one("They met last week.", "en", dt.date(2023, 12, 2))
    assert (e.date, e.precision) == ("2023-11", "month")
    # seen from Thursday the 14th, in this one
    e = one("They met last week.", "en", dt.date(2023, 12, 14))
    assert (e.date, e.precision) == ("2023-12", "month")
    # a week that spans two months determines only its year (Monday 2018-05-07: April 29 to May 6)
    e = one("وكان قد زار إسرائيل الأسبوع الماضي", "ar", dt.date(2018, 5, 7))
    assert (e.date, e.precision) == ("2018", "year")
    # ... and this week's first days may be last month's too (Tuesday 2018-05-01)
    e = one("They met earlier this week.", "en", dt.date(2018, 5, 1))
    assert (e.date, e.precision) == ("2018", "year")
    # nor any part of a date across the new year
    assert one("They met last week.", "en", dt.date(2025, 1, 6)).date is None
    e = one("الرئيس التقى الوزير هذا الأسبوع", "ar")
    assert (e.date, e.precision) == ("2023-12", "month")
    e = one("وكان قد زار القاهرة الشهر الماضي", "ar", dt.date(2024, 1, 20))
    assert (e.date, e.precision) == ("2023-12", "month")
    e = one("He visited Paris earlier this month.", "en")
    assert (e.date, e.precision) == ("2023-12", "month")
    e = one("השניים נפגשו בחודש שעבר", "he")
    assert e.date == "2023-11"
    e = one("They signed the deal last year.", "en")
    assert (e.date, e.precision) == ("2022", "year")


def test_published_none_keeps_hint():
    e = one("השר שוחח אתמול עם עמיתו", "he", None)
    assert (e.date, e.precision, e.hint) == (None, None, "relative=-1")
    e = one("The president spoke on Tuesday.", "en", None)
    assert (e.date, e.precision, e.hint) == (None, None, "weekday=tuesday")
    e = one("التقى الوزير نظيره في أيار/مايو", "ar", None)
    assert (e.date, e.hint) == (None, "month=5")


def test_never_processing_date():
    # with published None nothing relative may come out as a date
    for lang, text in [("he", "היום ואתמול ומחר"), ("ar", "اليوم وأمس"), ("en", "today and yesterday")]:
        assert all(e.date is None for e in find_dates(text, lang, None))


# --- weekdays -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,surface,date", [
    ("he", "השניים נפגשו ביום שלישי בלונדון", "ביום שלישי", "2023-12-12"),     # same day allowed
    ("he", "השניים נפגשו ביום ראשון בלונדון", "ביום ראשון", "2023-12-10"),
    ("he", "השיחה התקיימה ביום ה' בערב", "ביום ה'", "2023-12-07"),
    ("he", "הם נפגשו ביום שלישי שעבר", "ביום שלישי שעבר", "2023-12-05"),    # past: strictly before
    ("he", "ההודעה פורסמה במוצאי שבת", "במוצאי שבת", "2023-12-09"),
    ("ar", "واتصل الرئيس يوم الثلاثاء بنظيره", "يوم الثلاثاء", "2023-12-12"),
    ("ar", "والتقى الوزيران الخميس الماضي", "الخميس الماضي", "2023-12-07"),
    ("ar", "وزار الوفد العاصمة السبت", "السبت", "2023-12-09"),
    ("en", "The leaders spoke on Wednesday.", "Wednesday", "2023-12-06"),
    ("en", "They met last Tuesday in Oslo.", "last Tuesday", "2023-12-05"),
])
def test_weekday(lang, text, surface, date):
    e = one(text, lang)
    assert span(text, e) == surface
    assert (e.date, e.precision, e.kind) == (date, "day", "weekday")


def test_hebrew_ordinal_is_not_weekday():
    # "ביום השני" = on the second day; "ראשון" alone = first
    assert find_dates("ביום השני של הביקור נפגשו", "he", TUE) == []
    assert find_dates("זה היה המפגש הראשון ביניהם", "he", TUE) == []


def test_paren_day_letters():
    text = "שר החוץ שוחח הערב (ג') עם עמיתו"
    e = one(text, "he")
    assert span(text, e) == "הערב (ג')"
    assert (e.date, e.precision, e.kind) == ("2023-12-12", "day", "relative")
    # metadata one day late: the weekday letter wins over "tonight"
    e = one(text, "he", dt.date(2023, 12, 13))
    assert e.date == "2023-12-12"
    text = "הדובר מסר היום (שישי) כי"
    e = one(text, "he", dt.date(2023, 12, 15))
    assert span(text, e) == "היום (שישי)" and e.date == "2023-12-15"
    # a single letter in parentheses alone
    e = one("ההודעה נמסרה (ה') בצהריים", "he")
    assert (e.date, e.kind) == ("2023-12-07", "weekday")
    # the same letter outside parentheses is no date
    assert find_dates("הוא אמר ה' ישמור", "he", TUE) == []


def test_arabic_today_weekday_merge():
    text = "واتصل الرئيس اليوم الثلاثاء بنظيره"
    e = one(text, "ar")
    assert span(text, e) == "اليوم الثلاثاء"
    assert (e.date, e.kind) == ("2023-12-12", "relative")


# --- months -------------------------------------------------------------------------------------

def test_month_alone():
    text = "وكان الرئيس قد التقى نظيره في أيار/مايو"
    e = one(text, "ar")
    assert span(text, e) == "أيار/مايو"
    assert (e.date, e.precision, e.kind) == ("2023-05", "month", "month")
    e = one("والتقيا في كانون الثاني/يناير", "ar")
    assert e.date == "2023-01"
    # a month after the publication month belongs to the previous year ...
    e = one("They first met in September.", "en", dt.date(2023, 3, 1))
    assert e.date == "2022-09"
    e = one("They first met in March.", "en", dt.date(2023, 3, 1))
    assert e.date == "2023-03"
    e = one("הם נפגשו במאי בוושינגטון", "he")
    assert (e.date, e.precision) == ("2023-05", "month")
    e = one("وكان ذلك في مايو الماضي", "ar", dt.date(2023, 5, 20))
    assert e.date == "2022-05"


def test_month_alone_negative():
    assert find_dates("مايو شهر جميل", "ar", TUE) == []            # no lead word
    assert find_dates("We may meet again.", "en", TUE) == []


# --- absolute dates -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,surface,date,prec,kind", [
    ("en", "The meeting took place on March 3, 2019 in Geneva.", "March 3, 2019", "2019-03-03", "day", "absolute"),
    ("en", "They met on 10 December 2023.", "10 December 2023", "2023-12-10", "day", "absolute"),
    ("ar", "التقى الوزيران في 18 فبراير 2021 بالقاهرة", "18 فبراير 2021", "2021-02-18", "day", "absolute"),
    ("ar", "التقى الوزيران في ١٨ شباط ٢٠٢١", "١٨ شباط ٢٠٢١", "2021-02-18", "day", "absolute"),
    ("he", "השניים נפגשו ב-3 במרץ 2019 בברלין", "3 במרץ 2019", "2019-03-03", "day", "absolute"),
    ("he", "הפגישה התקיימה ב-14.11.2023 בבוקר", "14.11.2023", "2023-11-14", "day", "absolute"),
    ("en", "Talks resumed in November 2022.", "November 2022", "2022-11", "month", "month"),
    ("ar", "بدأت المحادثات في تشرين الثاني 2022", "تشرين الثاني 2022", "2022-11", "month", "month"),
])
def test_absolute(lang, text, surface, date, prec, kind):
    e = one(text, lang)
    assert span(text, e) == surface
    assert (e.date, e.precision, e.kind) == (date, prec, kind)


def test_day_month_without_year():
    e = one("الرئيس استقبل الوفد في 30 نوفمبر", "ar")
    assert (e.date, e.precision) == ("2023-11-30", "day")
    e = one("They met on February 20.", "en", dt.date(2023, 12, 12))
    assert e.date == "2023-02-20"
    # far after the publication date: last year's
    e = one("They met on 20 June.", "en", dt.date(2023, 2, 1))
    assert e.date == "2022-06-20"
    e = one("They met on 20 June.", "en", None)
    assert (e.date, e.hint) == (None, "month=6;day=20")


def test_invalid_numeric_is_no_date():
    assert find_dates("The score was 3.45.2023 points", "en", TUE) == []
    assert find_dates("המחיר עלה ב-35.7 אחוזים", "he", TUE) == []


def test_year():
    e = one("The two met in 2015 in Paris.", "en")
    assert (e.date, e.precision, e.kind) == ("2015", "year", "year")
    e = one("والتقى الزعيمان عام 2015 في الرياض", "ar")
    assert (e.date, e.kind) == ("2015", "year")
    e = one("השניים נפגשו ב-2015 בפריז", "he")
    assert e.date == "2015"
    # a number that happens to look like a year is not a date
    assert find_dates("The army sent 2015 soldiers to the border.", "en", TUE) == []
    assert find_dates("نشر الجيش 2015 جنديا", "ar", TUE) == []


# --- Hijri ----------------------------------------------------------------------------------------

def test_hijri():
    text = "صدر القرار بتاريخ ١٤٣٦/١٠/٢٢هـ"
    e = one(text, "ar")
    assert span(text, e) == "١٤٣٦/١٠/٢٢هـ"
    assert (e.date, e.precision, e.kind) == ("2015-08-07", "day", "hijri")
    e = one("وصل الوفد في 22 شوال 1436هـ إلى الرياض", "ar")
    assert (e.date, e.kind, e.hint) == ("2015-08-07", "hijri", "hijri=1436-10-22")
    # Gregorian numeric date is not converted
    e = one("وصل الوفد في 22/10/2015 إلى الرياض", "ar")
    assert (e.date, e.kind) == ("2015-10-22", "absolute")


def test_hijri_month_and_year_and_year_alone():
    # a Hijri month and year: the Gregorian month of its middle
    text = "زار الملك الطائف في شهر ربيع الأول من عام 1379هـ وعاد"
    e = one(text, "ar")
    assert span(text, e) == "ربيع الأول من عام 1379هـ"
    assert (e.date, e.precision, e.kind, e.hint) == ("1959-09", "month", "hijri", "hijri=1379-03")
    # a Hijri year with its marker: the Gregorian year of its middle
    e = one("أقيم المهرجان في عام 1383هـ في الطائف", "ar")
    assert (e.date, e.precision, e.kind) == ("1963", "year", "hijri")
    # a number of that size with no marker and no month is no date
    assert find_dates("حضر الاحتفال 1380 شخصا", "ar", dt.date(2015, 7, 25)) == []


def test_weekday_before_absolute_merges():
    text = "التقى الوزيران الأحد 7 أغسطس 2015 في جدة"
    e = one(text, "ar")
    assert span(text, e) == "الأحد 7 أغسطس 2015" and e.date == "2015-08-07"


# --- datelines ----------------------------------------------------------------------------------

def test_dateline_headers():
    text = "عنوان الخبر\nتاريخ النشر: 10th, December 2023 GMT\nالتقى الرئيس أمس نظيره."
    d, s, e = find_dateline(text)
    assert d == dt.date(2023, 12, 10) and "10th" in text[s:e]
    text = "عنوان الخبر\n\n18 فبراير 2021آخر تحديث : منذ أسبوعين\nنص الخبر"
    assert find_dateline(text, "ar")[0] == dt.date(2021, 2, 18)
    text = "כותרת הידיעה\nמאת כתב החדשות | פורסם: 14.11.23, 22:10\nהשר שוחח הערב"
    assert find_dateline(text, "he")[0] == dt.date(2023, 11, 14)
    text = "Leaders talk trade\nPublished: March 3, 2019\nThe two leaders spoke."
    assert find_dateline(text, "en")[0] == dt.date(2019, 3, 3)
    text = "Leaders talk trade\nBy A. Writer\nTuesday 5 March 2019 10:30 GMT\nThe two leaders spoke."
    assert find_dateline(text)[0] == dt.date(2019, 3, 5)


def test_dateline_not_body_date():
    text = "Leaders talk trade\nThe two leaders met in Geneva on March 3, 2019 to discuss tariffs."
    assert find_dateline(text, "en") is None
    text = "عنوان الخبر\nوكان الرئيس قد التقى نظيره في 18 فبراير 2021 في القاهرة وبحثا العلاقات"
    assert find_dateline(text, "ar") is None
    text = "כותרת\nראש הממשלה נפגש ב-14.11.23 עם נשיא צרפת בפריז לשיחה ארוכה"
    assert find_dateline(text) is None
    # a date far down the article is not a header date
    text = "Title\n" + "Some line of text here.\n" * 10 + "Published: March 3, 2019\n"
    assert find_dateline(text) is None
    # relative header words never give a date
    assert find_dateline("Title\nUpdated: 2 hours ago\nBody") is None


def test_seed_datelines():
    if not SEEDS.is_dir():
        pytest.skip("shared seeds not present")
    r = find_dateline((SEEDS / "001_8a7ac69372d375fc.txt").read_text(encoding="utf-8"))
    assert r and r[0] == dt.date(2023, 12, 10)
    r = find_dateline((SEEDS / "002_abffabad426bfcef.txt").read_text(encoding="utf-8"))
    assert r and r[0] == dt.date(2021, 2, 18)
    assert find_dateline((SEEDS / "000_ab67b75400014b11.txt").read_text(encoding="utf-8")) is None
    assert find_dateline((SEEDS / "000_ab67b75400014b11.txt").read_text(encoding="utf-8"), "he") is None


def test_seed_body_relative():
    if not SEEDS.is_dir():
        pytest.skip("shared seeds not present")
    text = (SEEDS / "002_abffabad426bfcef.txt").read_text(encoding="utf-8")
    pub, _, _ = find_dateline(text, "ar")
    dates = {e.date for e in find_dates(text, "ar", pub) if e.kind == "relative"}
    assert "2021-02-17" in dates   # "الليلة الماضية"


# --- speed ----------------------------------------------------------------------------------------

def test_quick_on_dateless_sentences():
    import time
    sents = ["The delegation discussed trade and security cooperation with officials.",
             "ראש הממשלה דן עם השר בנושאים ביטחוניים ובשיתוף פעולה אזורי.",
             "وبحث الجانبان سبل تعزيز التعاون الثنائي في مختلف المجالات."] * 300
    langs = ["en", "he", "ar"] * 300
    for s, lang in zip(sents[:3], langs[:3]):
        find_dates(s, lang, TUE)  # compile
    t = time.perf_counter()
    for s, lang in zip(sents, langs):
        assert find_dates(s, lang, TUE) == []
    assert (time.perf_counter() - t) / len(sents) < 0.0005


def test_a_day_and_month_followed_by_next_is_the_coming_one():
    from readouts.pipeline.dates import find_dates
    got = find_dates("اتفق الجانبان على عقد قمة يوم 27 أبريل/ نيسان المقبل.", "ar", dt.date(2018, 3, 29))
    assert [(e.date, e.precision) for e in got] == [("2018-04-27", "day")]
    got = find_dates("عقدت القمة يوم 27 أبريل.", "ar", dt.date(2018, 3, 29))
    assert [e.date for e in got] == ["2017-04-27"]


@pytest.mark.parametrize("text, lang, expected, precision", [
    # a month's two names with a space alone between, then its year ("فبراير شباط 2017")
    ("ناقش الأمر في اجتماع في فبراير شباط 2017 مع نظيره", "ar", "2017-02", "month"),
    ("وصل في 12 فبراير شباط 2017 إلى العاصمة", "ar", "2017-02-12", "day"),
    # words between a month and its year
    ("عقد اللقاء في يوليو من عام 2016 في عمان", "ar", "2016-07", "month"),
    ("التقيا في 16 ديسمبر عام 2015 في الرياض", "ar", "2015-12-16", "day"),
    ("بعث الرسالة في شهر مارس لعام 2016", "ar", "2016-03", "month"),
    ("they first met in May of 2017 in Riyadh", "en", "2017-05", "month"),
    # "month" between the day and the month's name
    ("وصل في 16 من شهر ديسمبر 2015", "ar", "2015-12-16", "day"),
    # a day written as an ordinal word, with a year and without one
    ("كتب إليه في السادس عشر من شهر ديسمبر لعام 2015", "ar", "2015-12-16", "day"),
    ("التقيا في الحادي والعشرين من مارس", "ar", "2023-03-21", "day"),
    ("اتصل به في الثالث من يوليو الماضي", "ar", "2023-07-03", "day"),
])
def test_month_pairs_year_joiners_and_ordinal_days(text, lang, expected, precision):
    e = one(text, lang)
    assert (e.date, e.precision) == (expected, precision)


def test_two_different_months_are_no_pair_and_an_ordinal_before_a_country_is_no_day():
    # (the space-joined second name must be the same month: "فبراير مارس 2017" is no February 2017)
    assert all(e.date != "2017-02" for e in find_dates("في فبراير مارس 2017", "ar", TUE))
    # ("عبدالله الثاني من الأردن": an ordinal before "من" and a country, no date)
    assert find_dates("استقبل الملك عبدالله الثاني من الأردن وفدا", "ar", TUE) == []


def test_dateline_not_a_picture_file_name():
    # "WhatsApp Image 2021-10-28 at 17.57.02" over an article is when a photo was taken, no publication date
    assert find_dateline("WhatsApp Image 2021-10-28 at 17.57.02\n\nשר הבריאות נפגש עם מקבילו הגרמני בברלין.", "he") is None
    assert find_dateline("IMG_20211028.jpg 2021-10-28\n\nThe health minister met his German counterpart.", "en") is None
    # (a header line with the date and a time alone still is one)
    assert find_dateline("2021-10-28 17:57\n\nThe health minister met his German counterpart.", "en") == (
        dt.date(2021, 10, 28), 0, 10)


@pytest.mark.parametrize("text,lang,expected", [
    ("in June last year", "en", "2018-06"),
    ("in June of last year", "en", "2018-06"),
    ("in June this year", "en", "2019-06"),
    ("في يونيو من العام الماضي", "ar", "2018-06"),
    ("ביוני אשתקד", "he", "2018-06"),
    ("ביוני בשנה שעברה", "he", "2018-06"),
])
def test_a_month_then_a_relative_year_is_that_month_of_that_year(text, lang, expected):
    found = find_dates(text, lang, dt.date(2019, 8, 3))
    assert [(e.date, e.precision) for e in found] == [(expected, "month")], found


def test_a_date_beside_the_sites_masthead_is_the_sites_day_not_the_articles():
    # "الجمعة 19 أبريل 2024" right above "رئيس مجلس الإدارة ... رئيس التحرير": the day the page was seen
    assert find_dateline("عاجل\nالجمعة 19 أبريل 2024\nرئيس مجلس الإدارة\nفلان الفلاني\nرئيس التحرير\nعلان\n\nعنوان الخبر") is None
    assert find_dateline("Editor-in-Chief: A. Writer\nMonday, 3 June 2019\nMinister meets envoy\nThe minister met") is None
    assert find_dateline("עורך ראשי: פלוני\n21.11.2024\nכותרת הידיעה\nהשר נפגש") is None
    # (the same date line with no masthead near it is the article's)
    assert find_dateline("الجمعة 19 أبريل 2024\nعنوان الخبر\nاستقبل الوزير ...")[0].isoformat() == "2024-04-19"
