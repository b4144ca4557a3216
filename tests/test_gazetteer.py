"""The gazetteer is data users rely on: validate it, and check the resolver on dates."""
import json
import re
import statistics
import unicodedata
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pycountry
import pytest
from wordfreq import tokenize as wf_tokenize
from wordfreq import zipf_frequency

from readouts.knowledge.gazetteer import DATA_DIR, Gazetteer, default, parse_partial
from readouts.knowledge.lexicon import ARAB_STATES
from readouts.textnorm import fold

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default()


def test_ids_unique_and_well_formed():
    """An id is defined once per file; a record in another file with the same id amends
    that person (names, offices, date of death) and must carry the same canonical name."""
    seen: dict[str, tuple[str, str]] = {}
    for f in sorted(DATA_DIR.glob("*.jsonl")):
        in_file = set()
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("//"):
                continue
            rec = json.loads(line)
            pid = rec["id"]
            assert re.fullmatch(r"Q[1-9][0-9]*|X-[a-z0-9]+(?:-[a-z0-9]+)*", pid), f"{f.name}:{i}: bad id {pid!r}"
            assert pid not in in_file, f"{f.name}:{i}: id {pid} twice in the file"
            in_file.add(pid)
            if pid in seen:
                assert rec["name"] == seen[pid][1], f"{f.name}:{i}: {pid} named {rec['name']!r}, elsewhere {seen[pid]}"
            else:
                seen[pid] = (f"{f.name}:{i}", rec["name"])


def test_offices_well_formed(gaz):
    for p in gaz.persons.values():
        for o in p.offices:
            assert "." in o.key, f"{p.name}: office key {o.key!r}"
            assert o.start is None or o.end is None or o.start <= o.end, f"{p.name}: {o.key} starts after it ends"
            assert o.key in gaz.office_labels, f"{p.name}: office {o.key} has no label"


def _partial_handovers() -> set[tuple[str, str, str]]:
    """(office, outgoing id, incoming id) where the records date the handover only to the same
    month or year ("end": "2018-05" and "start": "2018-05"): both held the office that month."""
    ends: dict[tuple[str, str], set[str]] = {}
    starts: dict[tuple[str, str], set[str]] = {}
    for f in sorted(DATA_DIR.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("//"):
                continue
            rec = json.loads(line)
            for o in rec.get("offices", []):
                for raw, into in ((o.get("end"), ends), (o.get("start"), starts)):
                    if raw and len(raw) < 10:
                        into.setdefault((o["office"], raw), set()).add(rec["id"])
    return {(key[0], a, b) for key, outs in ends.items() for a in outs for b in starts.get(key, ())}


def test_single_holder_offices_do_not_overlap(gaz):
    problems = []
    partial = _partial_handovers()
    for key, terms in gaz.by_office.items():
        if not gaz.office_labels.get(key, {}).get("single"):
            continue
        spans = sorted(((o.start or date.min, o.end or date.max, pid) for o, pid in terms if not o.acting))
        for (s1, e1, p1), (s2, e2, p2) in zip(spans, spans[1:]):
            # a handover on the same day is allowed, and one dated to the same month or year
            if p1 != p2 and s2 < e1 and (e1 - s2) > timedelta(days=1) and (key, p1, p2) not in partial:
                problems.append(f"{key}: {p1} until {e1} overlaps {p2} from {s2}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/gold is not beside the checkout")
def test_gold_participants_are_in_the_gazetteer(gaz):
    """Every participant of the seeds, and nearly every distinct participant of a required dev
    event, is a gazetteer person (the rest are named as written: private persons, officials
    of provinces, historical figures)."""
    names = {p.name for p in gaz.persons.values()}
    seen: dict[str, set[str]] = {"seeds.jsonl": set(), "dev.jsonl": set()}
    for f, people in seen.items():
        for line in (SHARED / "gold" / f).read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line)["events"]:
                if not ev.get("optional"):
                    people.update(ev["participants"])
    assert seen["seeds.jsonl"] <= names, sorted(seen["seeds.jsonl"] - names)
    dev = seen["dev.jsonl"]
    missing = sorted(dev - names)
    assert len(missing) <= 0.15 * len(dev), (len(dev), missing)


@pytest.mark.parametrize("office,on,expected", [
    ("RUS.head_of_state", date(2009, 6, 1), "Dmitry Medvedev"),
    ("RUS.head_of_state", date(2015, 6, 1), "Vladimir Putin"),
    ("SAU.head_of_state", date(2014, 6, 1), "Abdullah of Saudi Arabia"),
    ("SAU.head_of_state", date(2015, 6, 1), "Salman of Saudi Arabia"),
    ("USA.head_of_state", date(2016, 6, 1), "Barack Obama"),
    ("USA.head_of_state", date(2018, 6, 1), "Donald Trump"),
    ("USA.head_of_state", date(2022, 6, 1), "Joe Biden"),
    ("ISR.head_of_government", date(2019, 6, 1), "Benjamin Netanyahu"),
    ("ISR.head_of_government", date(2021, 9, 1), "Naftali Bennett"),
    ("ISR.head_of_government", date(2022, 9, 1), "Yair Lapid"),
])
def test_office_holder_on_date(gaz, office, on, expected):
    holders = [gaz.persons[p].name for p in gaz.holders(office, on)]
    assert holders == [expected]


# ---- the records as written: the checks below name the file and line to fix -------------------

@lru_cache(maxsize=1)
def _records() -> tuple[tuple[str, dict], ...]:
    out = []
    for f in sorted(DATA_DIR.glob("*.jsonl")):
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("//"):
                out.append((f"{f.name}:{i}", json.loads(line)))
    return tuple(out)


def test_one_person_one_id():
    """A person listed twice under two ids (a local id beside the Q-id it was given, or two
    local spellings) splits their mentions: no two ids share a canonical name, and an id
    replaced by a verified Q-id in WIKIDATA_SOURCES.tsv is used no more."""
    ids_of: dict[str, set[str]] = {}
    for _, rec in _records():
        ids_of.setdefault(rec["name"], set()).add(rec["id"])
    shared = {n: sorted(ids) for n, ids in ids_of.items() if len(ids) > 1}
    assert not shared, shared
    names = {rec["id"]: rec["name"] for _, rec in _records()}
    qids: set[str] = set()
    for line in (DATA_DIR / "WIKIDATA_SOURCES.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("qid\t"):
            continue
        qid, name, former = line.split("\t")[:3]
        assert qid not in qids, f"WIKIDATA_SOURCES.tsv: {qid} listed twice"
        qids.add(qid)
        assert names.get(qid) == name, f"WIKIDATA_SOURCES.tsv: {qid} is {names.get(qid)!r} in the data, not {name!r}"
        assert former not in names, f"{former} became {qid} ({name}) but is still used"


_DATE = re.compile(r"[12][0-9]{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?")


def test_dates_agree_with_death_and_today():
    """Offices are dated as written (YYYY, YYYY-MM or YYYY-MM-DD), none ends after today, and
    none starts after the holder's death, ends after it or is still open. A date known only to
    the month or year is read at its earliest day (an office that ended "2026" ended by today
    if today is in 2026)."""
    died: dict[str, date] = {}
    for where, rec in _records():
        if rec.get("died"):
            assert _DATE.fullmatch(rec["died"]), f"{where}: died {rec['died']!r}"
            died.setdefault(rec["id"], parse_partial(rec["died"], end=True))
    today = date.today()
    problems = []
    for where, rec in _records():
        dead = died.get(rec["id"])
        for o in rec.get("offices", []):
            for k in ("start", "end"):
                assert o.get(k) is None or _DATE.fullmatch(o[k]), f"{where}: {o['office']} {k} {o[k]!r}"
            start, end = parse_partial(o.get("start")), parse_partial(o.get("end"))
            if end and end > today:
                problems.append(f"{where}: {rec['name']}: {o['office']} ends in the future ({o['end']})")
            if dead is None:
                continue
            if start and start > dead:
                problems.append(f"{where}: {rec['name']}: {o['office']} starts {o['start']}, after death ({rec.get('died') or dead})")
            elif end is None:
                problems.append(f"{where}: {rec['name']}: {o['office']} still open, died {dead}")
            elif end > dead:
                problems.append(f"{where}: {rec['name']}: {o['office']} ends {o['end']}, after death ({dead})")
    assert not problems, "\n".join(problems)


# organisations and movements that stand as a `country` (docs/DATA.md); Kosovo is XKX, Somaliland XSL
ORGANISATIONS = frozenset(
    "UN EU NATO ARAB_LEAGUE GCC OIC IAEA IMF WORLD_BANK HAMAS HEZBOLLAH PLO AU ASEAN OPEC COE "
    "COMMONWEALTH OSCE ICC ICJ ICRC IOC WTO WHO FAO ILO OCHA OHCHR UNDP UNESCO UNHCR UNICEF UNRWA WFP "
    "INTERPOL FIFA UEFA AFC".split())
# ISO 3166-1 alpha-3, and ISO 3166-3 for states that have ceased to exist (YUG, SCG) but held offices
_ISO3 = frozenset({c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
                  | {"XKX", "XSL"})


def test_country_codes_are_iso_or_organisations():
    problems = []
    for where, rec in _records():
        codes = ([rec["country"]] if rec.get("country") else []) + [o["office"].split(".")[0] for o in rec.get("offices", [])]
        problems += [f"{where}: {rec['name']}: {c!r}" for c in codes if c not in _ISO3 and c not in ORGANISATIONS]
    assert not problems, "\n".join(problems)


# the script of each language's names; Roman numerals of regnal names are Latin in every script
_SCRIPT = {"en": "LATIN", "he": "HEBREW", "ar": "ARABIC", "ru": "CYRILLIC"}
_ROMAN = re.compile(r"[IVXLC]+")
# after folding, besides letters: hyphens, apostrophes and Hebrew geresh, gershayim (folded to '"'),
# initials' full stops, the comma of a title ("Henri, Grand Duke of Luxembourg") and ordinals
# in figures ("בנדיקטוס ה-16")
_NAME_MARKS = set("-'\"., ") | set("0123456789")


def _name_problem(name: str, lang: str) -> str | None:
    """Why a name does not normalise: it folds to nothing, to spaces at its edges or doubled,
    to a mark no name has (brackets, zero-width or control characters, letters of another script
    such as a Latin "e" in a Cyrillic word, a Devanagari vowel sign in an Arabic one)."""
    f = fold(name)
    if not f.strip():
        return "folds to nothing"
    if f != f.strip() or "  " in f:
        return "stray spaces"
    script = _SCRIPT.get(lang)
    for word in f.split():
        if script != "LATIN" and _ROMAN.fullmatch(word.upper()) and word.isascii():
            continue
        for c in word:
            if c in _NAME_MARKS:
                continue
            uname, letter = _char(c)
            if not letter:
                return f"stray mark {uname or hex(ord(c))}"
            if script and not uname.startswith(script) and not uname.startswith("MODIFIER LETTER"):
                return f"{uname} in a {lang} name"
    return None


@lru_cache(maxsize=None)
def _char(c: str) -> tuple[str, bool]:
    """A character's Unicode name, and whether it is a letter."""
    return unicodedata.name(c, ""), unicodedata.category(c).startswith("L")


def test_names_normalise():
    problems = [f"{p.id} {p.name}: {lang} {n!r}: {why}"
                for p in default().persons.values()
                for lang, names in list(p.names.items()) + list(p.short.items())
                for n in names if (why := _name_problem(n, lang))]
    assert not problems, "\n".join(problems)


def test_no_arabic_full_name_is_a_theophoric_given_name_alone():
    # "عبد الستار", "عبد المبين": عبد + a name of God with the article is a given name many men bear, no one's full
    # name; read as one it named a Pakistani foreign minister dead since 2019 in a Lebanese story of 2025
    problems = [f"{p.id} {p.name}: {n!r}" for p in default().persons.values() for n in p.names.get("ar", [])
                if len(words := n.split()) == 2 and words[0] == "عبد" and words[1].startswith("ال")]
    assert not problems, "\n".join(problems)


# ---- short forms that are common words of their language -------------------------------------
# A short form resolves from a single word of the text; one that is also a word of the language
# ("بينت" she explained, "מרץ" March, "Rice", "May") names the person in every sentence that uses
# the word. wordfreq (Zipf scale: 3 = once per million words) cannot tell a surname from a word
# by frequency alone: a surname of the news is as frequent as many words ("Putin" 4.13 in English
# and "Rice" 4.55; "بوتين" 4.19 in Arabic and "بينت" 3.87). So a frequent form (ZIPF_SEEN) is
# flagged only with evidence that it is a word of the language:
# - it is more frequent than any surname of the news (ZIPF_EVERYDAY, above "Trump" 4.93, "נתניהו"
#   4.87, "الأسد" 4.92, "Путин" 5.09): "May" 5.98, "Буду" 5.49, "רבה" 5.44;
# - Hebrew and Arabic: it takes the definite article (names do not): "המרץ" 3.32, "הקצב" 4.10,
#   "العقار" 4.03, while "הנתניהו", "البوتين" are unseen or nearly (1.34);
# - Arabic: it takes an attached pronoun (a noun or a verb; names do not): "بينتها" 2.0,
#   "بركاتها" 1.98, while "بوتينها", "ترامبهم" are unseen (not "ـه": it is also a ta marbuta
#   written without its dots, so "الفقيه" or "مويه" are other words, not "الفقي", "موي" + him);
# - English: it is English only: frequent in English, not in the Latin-script languages whose news
#   write the same surname (Rice 4.55 in English, 3.40 at most in de/fr/es/it/nl; Putin 4.13,
#   4.39 in German);
# - it is far more frequent in this language than the person's short forms in the others, for a
#   person the language's press does not cover as its own ("Душа" 4.62 in Russian, "Dușa" 1.65
#   elsewhere; Russian papers write "Путин" far more than others only because he is theirs).
# Real short forms that are words all the same are listed, with the reason to keep each, in
# short_forms_allowed.tsv.
ZIPF_SEEN = 3.0
ZIPF_EVERYDAY = {"en": 5.0, "he": 5.0, "ar": 5.0, "ru": 5.2}
ZIPF_ARTICLE = 2.8
ZIPF_AR_PRONOUN = 1.9
ENGLISH_ONLY_MARGIN = 1.0
ABROAD_SEEN, ABROAD_MARGIN = 3.8, 1.2
ARTICLE = {"he": "ה", "ar": "ال"}
AR_PRONOUNS = ("ها", "هم")
LATIN_KIN = ("de", "fr", "es", "it", "nl")
# whose politicians the language's press covers as its own (and so names far more often)
HOME = {"en": frozenset("USA GBR AUS CAN IRL NZL".split()),
        "he": frozenset({"ISR", "PSE", "HAMAS", "PLO"}),
        "ar": ARAB_STATES | {"IRN", "TUR", "ISR"},
        "ru": frozenset("RUS BLR UKR KAZ KGZ UZB TJK TKM ARM AZE GEO MDA".split())}
ALLOWED_SHORT = DATA_DIR / "short_forms_allowed.tsv"


@lru_cache(maxsize=None)
def _zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


def _one_word(form: str, lang: str) -> bool:
    """Is the form a single word as wordfreq reads it? ("בר-לב", "Sa'ar" are two: their
    frequency is that of the parts, and the text has the whole form)."""
    return len(wf_tokenize(form, lang)) == 1


def common_word_evidence(form: str, lang: str, short: dict[str, list[str]], country: str | None) -> str | None:
    """Why the short form `form` (of a person with these short forms, from `country`) is a common
    word of `lang`, or None."""
    if lang not in ZIPF_EVERYDAY or not _one_word(form, lang):
        return None
    f = _zipf(form, lang)
    if f < ZIPF_SEEN:
        return None
    if f >= ZIPF_EVERYDAY[lang]:
        return f"everyday word (zipf {f})"
    art = ARTICLE.get(lang)
    if art and not form.startswith(art) and _zipf(art + form, lang) >= ZIPF_ARTICLE:
        return f"takes the article: {art + form} (zipf {_zipf(art + form, lang)})"
    if lang == "ar":
        stem = form[:-1] + "ت" if form.endswith("ة") else form
        best = max(AR_PRONOUNS, key=lambda s: _zipf(stem + s, lang))
        if _zipf(stem + best, lang) >= ZIPF_AR_PRONOUN:
            return f"takes a pronoun: {stem + best} (zipf {_zipf(stem + best, lang)})"
    if lang == "en":
        kin = max(_zipf(form, k) for k in LATIN_KIN)
        if f - kin >= ENGLISH_ONLY_MARGIN:
            return f"English word (zipf {f}, at most {kin} in {'/'.join(LATIN_KIN)})"
    if f >= ABROAD_SEEN and country not in HOME[lang]:
        words = {lg: [n for n in ns if _one_word(n, lg)] for lg, ns in short.items() if lg != lang and lg in ZIPF_EVERYDAY}
        elsewhere = [max(_zipf(n, lg) for n in ns) for lg, ns in words.items() if ns]
        if elsewhere and f - statistics.median(elsewhere) >= ABROAD_MARGIN:
            return f"zipf {f}, the person's short forms elsewhere {statistics.median(elsewhere)}"
    return None


def _allowed_short_forms() -> dict[tuple[str, str, str], str]:
    """(lang, form, person id) → why the form is kept although it is a word."""
    out = {}
    for i, line in enumerate(ALLOWED_SHORT.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, form, pid, reason = line.split("\t")
        assert reason.strip(), f"{ALLOWED_SHORT.name}:{i}: no reason given"
        out[(lang, form, pid)] = reason
    return out


@pytest.mark.parametrize("form,lang,short,country,flagged", [
    ("Rice", "en", {"en": ["Rice"], "ar": ["رايس"], "he": ["רייס"], "ru": ["Райс"]}, "USA", True),
    ("May", "en", {"en": ["May"], "ar": ["ماي"], "he": ["מיי"], "ru": ["Мэй"]}, "GBR", True),
    ("מרץ", "he", {"en": ["Merz"], "ar": ["ميرتس"], "he": ["מרץ"], "ru": ["Мерц"]}, "DEU", True),
    ("بينت", "ar", {"en": ["Bennett"], "ar": ["بينيت", "بينت"], "he": ["בנט"], "ru": ["Беннет"]}, "ISR", True),
    ("بينيت", "ar", {"en": ["Bennett"], "ar": ["بينيت", "بينت"], "he": ["בנט"], "ru": ["Беннет"]}, "ISR", False),
    *[(form, lang, {"en": ["Putin"], "ar": ["بوتين"], "he": ["פוטין"], "ru": ["Путин"]}, "RUS", False)
      for form, lang in (("Putin", "en"), ("بوتين", "ar"), ("פוטין", "he"), ("Путин", "ru"))],
    ("Trump", "en", {"en": ["Trump"], "ar": ["ترامب"], "he": ["טראמפ"], "ru": ["Трамп"]}, "USA", False),
])
def test_common_word_evidence(form, lang, short, country, flagged):
    assert (common_word_evidence(form, lang, short, country) is not None) == flagged


def test_short_forms_are_not_common_words():
    """No short form is a common word of its language, unless short_forms_allowed.tsv keeps it
    with a reason; and every entry of that list is a short form the data has."""
    allowed = _allowed_short_forms()
    used, problems = set(), []
    for p in default().persons.values():
        for lang, forms in p.short.items():
            for form in forms:
                why = common_word_evidence(form, lang, p.short, p.country)
                if why is None:
                    continue
                if (lang, form, p.id) in allowed:
                    used.add((lang, form, p.id))
                else:
                    problems.append(f"{p.id} {p.name} ({p.country}): {lang} {form!r}: {why}")
    assert not problems, f"{len(problems)} short forms are common words:\n" + "\n".join(problems)
    assert not set(allowed) - used, f"{ALLOWED_SHORT.name}: not a flagged short form: {sorted(set(allowed) - used)}"


def test_a_hyphenated_short_form_is_read_with_a_space_too():
    from datetime import date as _date
    from readouts.model import Document as _Doc
    from readouts.pipeline.extractor import extract as _extract
    evs = _extract(_Doc(id="hy", lang="en", published=_date(2019, 3, 5),
                        text="South African Defence Minister N.N. Mapisa Nqakula called on General Qamar Javed Bajwa "
                             "at General Headquarters on Tuesday."))
    assert [sorted(p.name for p in e.participants) for e in evs] == [["Nosiviwe Mapisa-Nqakula", "Qamar Javed Bajwa"]]


def test_both_chambers_presiding_officers_are_told_apart():
    # a lower house's speaker and an upper house's president are two offices: Nigeria's House speaker and
    # Senate president, Kazakhstan's Mazhilis and Senate chairmen on one day
    from readouts.knowledge.gazetteer import default
    g = default()
    on = date(2020, 9, 3)
    holders = {k: [g.persons[p].name for p in g.holders(k, on)] for k in (
        "NGA.speaker", "NGA.upper_house_speaker", "KAZ.speaker", "KAZ.upper_house_speaker")}
    assert holders == {"NGA.speaker": ["Femi Gbajabiamila"], "NGA.upper_house_speaker": ["Ahmad Lawan"],
                       "KAZ.speaker": ["Nurlan Nigmatulin"], "KAZ.upper_house_speaker": ["Maulen Ashimbayev"]}, holders
    assert g.label("NGA.upper_house_speaker") == "President of the Senate of Nigeria"


def test_regional_governors_and_deputy_foreign_ministers_on_date(gaz):
    """Provincial governors (sources/governors.tsv) and deputy foreign ministers (sources/
    deputies_envoys.tsv) hold their offices on the dates their sources give, one Jazan governor at a time."""
    on = date(2025, 6, 1)
    jazan = sorted(gaz.persons[p].name for p in gaz.holders("SAU.governor", on)
                   if any(o.key == "SAU.governor" and "Jazan" in (o.title or "") and o.held_on(on)
                          for o in gaz.persons[p].offices))
    assert jazan == ["Mohammed bin Abdulaziz bin Mohammed Al Saud"]
    assert "Vladimir Titov" in {gaz.persons[p].name for p in gaz.holders("RUS.deputy_foreign_minister", date(2018, 1, 1))}
    assert gaz.label("EGY.governor")
