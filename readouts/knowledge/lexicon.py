"""Build the one phrase automaton a language needs, from its pack and the shared data.

Everything the engine looks for in a sentence is added here with a kind:
  trigger (type, role, weak, count) · cue (category) · after (post-trigger cue) ·
  light (subject|receive) · from · transparent · cprefix · loc · count ·
  role (office kind) · role_fixed (office key) · country (ISO3/org code) ·
  place ((name, country)) · topic (label) · name (person id) · short (person id)
"""
from __future__ import annotations

import json
import marshal
import math
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.util import find_spec
from pathlib import Path

from readouts.knowledge.gazetteer import Gazetteer, default as default_gazetteer
from readouts.knowledge.matcher import PhraseMatcher, expand_phrase, phrase_key
from readouts.textnorm import fold
from readouts.packs import Pack, load_pack

DATA = Path(__file__).parent.parent / "data"


@dataclass(frozen=True)
class Trigger:
    type: str        # call | meeting | message
    role: str        # neutral | subject | receive | host | passive | guest
    weak: bool = False
    count: int = 1
    present: bool = False    # imperfect verb: an event in headlines and leads, the future elsewhere
    talks: bool = False      # "held talks", "محادثات": a meeting, or the call the article reports for the pair
    light_only: bool = False  # a noun that is a contact only after a verb of sending ("رفع X كتابا")
    remote: bool = False     # a screen ("عبر الفيديو", "by video link"): a meeting word beside it was a call
    manner: bool = False     # how two spoke ("هاتفيا", "by phone"): an adverb, never what is discussed
    conversation: bool = False  # a word of talking that says no medium ("שוחחו"): the meeting, if the pair met
    joint: bool = False      # done together ("وقع X وY اتفاقا", "X and Y signed"): a contact of a joined pair only


def _is_state_code(code: str) -> bool:
    """Is the code a state's (ISO 3166 alpha-3, or a user-assigned one: Kosovo's XKX, Somaliland's XSL),
    not an organisation's?"""
    if code in ("XKX", "XSL"):
        return True
    try:
        import pycountry
        return pycountry.countries.get(alpha_3=code) is not None
    except Exception:
        return len(code) == 3 and code.isupper()


def _babel_countries(lang: str) -> dict[str, str]:
    """Country names in `lang` from babel's CLDR data, keyed to ISO 3166 alpha-3."""
    try:
        import babel
        import pycountry
        terr = babel.Locale.parse(lang).territories
    except Exception:
        return {}
    out = {}
    for a2, name in terr.items():
        if len(a2) != 2 or not a2.isalpha():
            continue
        c = pycountry.countries.get(alpha_2=a2)
        if c:
            out[name] = c.alpha_3
    return out


def _load_json(path: Path, default):
    if not path.exists():
        return default
    with open(path, encoding="utf-8") as f:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in f if line.strip()]
        return json.load(f)


FAMILY_NAME_FIRST = {"CHN", "KOR", "PRK", "TWN", "HKG", "MAC", "VNM"}   # "كيم" of "كيم جونغ أون"
# countries whose leaders the press calls by the given name, which comes first: a Malay name is the
# given name and the father's ("نجيب عبد الرزاق", then "نجيب"; "Mahathir Mohamad", then "Mahathir"), and so
# are Ethiopian, Eritrean and Icelandic names ("Workneh Gebeyehu", then "Dr. Workneh"), and many Indonesian
# ones ("Retno Marsudi", then "Retno")
GIVEN_NAME_CALLED = {"MYS", "BRN", "ETH", "ERI", "ISL", "IDN"}
COMMON_FIRST = 4.0         # a gazetteer first word this common (Zipf) is a word first ("بات": became) ...
COMMON_FIRST_BEARERS = 3   # ... and a given name only when this many persons bear it ("جون", "ديفيد")


class Lexicon:
    def __getstate__(self) -> dict:
        # (cached without the gazetteer, which has a cache entry of its own: see lexicon())
        return {k: v for k, v in self.__dict__.items() if k not in ("gaz", "given_form", "word_skeletons")}

    @cached_property
    def word_skeletons(self) -> dict[str, str | None]:
        """folded word -> its skeleton (`word_skeleton` after `one_sound`) when a word of a name of
        two or three words has it, else None; filled as words come (see actors.skeleton_names)."""
        return {}

    @cached_property
    def given_form(self):
        """form -> (chain, word) for every form of a given name's first word with a clitic chain
        it may carry ("وهاني": ("و", "هاني")), else None; the fewest letters are read as a clitic
        ("سلام" is Salam, not س + لام). Looked up as tokens come (the table of every form is 3.7 MB
        that took a fifth of a second of each start-up to load), each answer kept."""
        firsts, chains = self.given_firsts, self.given_chains
        reach = max(map(len, chains), default=0)

        def form(word: str) -> tuple[str, str] | None:
            if word in firsts:
                return "", word
            for k in range(1, min(reach, len(word)) + 1):
                if word[:k] in chains and word[k:] in firsts:
                    return word[:k], word[k:]
            return None
        return lru_cache(maxsize=262144)(form)

    def name_persons(self, phrase: str) -> list[str]:
        """The persons whose name, folded, is the phrase (the matcher's name entries)."""
        return [v for kind, v, _, _ in self.matcher.entries(phrase) if kind == "name"]

    def _all_given(self, name: str) -> bool:
        """Is every word of the name a given name ("علي عبدالله")? Such a name written another way
        than the gazetteer's names someone else as often as its bearer."""
        return all(w in self.given_names or w in self.given_data for w in phrase_key(name).split())

    def __init__(self, lang: str, gazetteer: Gazetteer | None = None):
        self.lang = lang
        self.pack: Pack = load_pack(lang)
        self.gaz = gazetteer or default_gazetteer()
        self.matcher = PhraseMatcher(self.pack)
        p = self.pack
        syntax = p.section("syntax")
        self.subject_after_verb = bool(syntax.get("subject_after_verb"))
        self.roles_title_names = bool(syntax.get("roles_title_names"))
        self.lists_joined_each = bool(syntax.get("lists_joined_each"))
        # the office kinds besides a head of state's that a president's title with no state styles
        # ("الرئيس" + the surname of a speaker or a prime minister: "الرئيس بري")
        self.bare_president_kinds = tuple(syntax.get("bare_president_kinds", ()))
        # "next" in "the country's next president": an adjective of the future before a title is the title's
        self.future_title_words = {phrase_key(w) for w in syntax.get("future_title_words", [])}
        # the country a bare title means when the article names nobody who holds it
        # (Hebrew "ראש הממשלה", "הרמטכ"ל": Israel's)
        self.home = syntax.get("home")
        # states whose persons' names the pack's script writes natively, not transliterated
        self.native_states = frozenset(syntax.get("native_states", ()))
        # "لقاء X بY", "פגישת X עם Y": a contact word with its doer right after it and an object
        self.genitive_pairs = bool(syntax.get("genitive_pairs"))
        # a word with the article glued to a common word is no word of a name the gazetteer lacks
        self.names_without_article = bool(syntax.get("names_without_article"))
        # the ending of a verbal noun ("زيارة"), whose doer follows it ("زيارة ولي العهد")
        self.noun_ending = fold(syntax.get("noun_ending", ""))
        self.demonym_side = syntax.get("demonym_side", "after")
        # letters a writer adds or leaves out of a name ("بارزاني" / "بارازاني"): see name_persons
        self.long_vowels = tuple(fold(v) for v in syntax.get("long_vowels", []))
        # letters a name's skeleton leaves out after each word's first: the long vowels, and the
        # letters writers add or drop in foreign names ("מאס" / "מאאס", "ريفلين" / "ريفلن")
        self.skeleton_drop = frozenset(self.long_vowels) | frozenset(fold(v) for v in syntax.get("skeleton_drop", []))
        # letters that write one sound of a foreign name two ways: each to the first of its pair
        # (through pairs that share a letter: "ط" to "ت" to "ث")
        variants = {fold(b): fold(a) for a, b in syntax.get("name_letter_variants", [])}
        for b in variants:
            seen = {b}
            while variants[b] in variants and variants[b] not in seen:
                seen.add(variants[b])
                variants[b] = variants[variants[b]]
        self.name_letter_variants = variants
        m = self.matcher

        self.occasion_triggers: set[str] = set()
        self.occasion_openers: set[str] = set()
        for typ, lists in p.section("triggers").items():
            for role, forms in lists.items():
                if role == "weak":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", weak=True))
                elif role == "present":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", present=True))
                elif role in ("present_host", "present_visit"):
                    # "X يستقبل Y", "X מארח את Y" in a headline or lead: a host's (or a visitor's)
                    # word told in the present; the other (or he) came, as with the past forms
                    m.add_many("trigger", forms, Trigger(typ, "host" if role == "present_host" else "subject",
                                                         present=True))
                elif role == "present_talks":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", present=True, talks=True))
                elif role == "talks":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", talks=True))
                elif role == "with_light":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", weak=True, light_only=True))
                elif role == "joint":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", weak=True, joint=True))
                elif role == "remote":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", remote=True, manner=True))
                elif role == "manner":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", manner=True))
                elif role == "conversation":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", conversation=True))
                elif role == "dual":
                    m.add_many("trigger", forms, Trigger(typ, "neutral", count=2))
                elif role in ("on_occasion", "on_occasion_opening"):
                    # "يهنئ X Y باليوم الوطني": a verb of greeting, a contact only with an occasion
                    # of the pack's (a national day's greetings are cables) in its sentence; the
                    # "opening" forms (that fold like a common word: "هنأ", "هنا" here) only as its
                    # first word
                    m.add_many("trigger", forms, Trigger(typ, "subject"))
                    self.occasion_triggers |= {phrase_key(f) for f in forms}
                    if role == "on_occasion_opening":
                        self.occasion_openers |= {phrase_key(f) for f in forms}
                else:
                    m.add_many("trigger", forms, Trigger(typ, role))
        # words that only look like clitic + trigger + suffix ("وزارة" ministry ≠ "و+زار+ه")
        m.add_many("nontrigger", p.section("not_triggers").get("words", []), None)
        m.add_many("nontrigger", p.section("not_triggers").get("words_places", []), None)
        conj = p.section("clitics").get("conjunctions", [])
        for cat, forms in p.section("cues").items():
            kind = "after" if cat == "after" else "cue"
            for f in (form for phrase in forms for form in expand_phrase(phrase)):
                if len(phrase_key(f)) <= 2:
                    # a two-letter cue ("لم", "לא") takes only a conjunction, or "وكان" would hold "ان"
                    m.add(kind, f, cat, prefixes=False)
                    for c in conj:
                        m.add(kind, c + f, cat, prefixes=False)
                else:
                    m.add(kind, f, cat)
        for word, n in p.section("counts").items():
            m.add("count", word, int(n), prefixes=False)
        mk = p.section("markers")

        def folded(key: str) -> set[str]:
            """A marker list of the pack as a set of folded words."""
            return {fold(w) for w in mk.get(key, [])}

        def word_tuples(key: str) -> list[tuple[str, ...]]:
            """A marker list of phrases as tuples of folded words, to compare with tokens."""
            return [tuple(phrase_key(w).split()) for w in mk.get(key, [])]

        m.add_many("light", mk.get("light_subject", []), "subject")
        # (verbs of sending that send only letters: "sent his congratulations", not "sent troops ... a call")
        m.add_many("light", mk.get("light_message", []), "message")
        # contact verbs in the past tense ("met", "التقى", "נפגש"): a month without a year they are
        # dated in was past, however far back
        m.add_many("past_verb", mk.get("past_verbs", []), None)
        self.light_present = {phrase_key(w) for w in mk.get("light_present", [])}
        m.add_many("light", mk.get("light_receive", []), "receive")
        m.add_many("light", mk.get("light_receive_carrying", []), "receive")
        self.carrying_lights = {phrase_key(w) for w in mk.get("light_receive_carrying", [])}
        m.add_many("from", mk.get("from_words", []), "from", prefixes=False)
        m.add_many("transparent", mk.get("transparent", []), None)
        m.add_many("cprefix", mk.get("country_prefixes", []), None)
        m.add_many("loc", mk.get("locative_words", []), None, prefixes=False)
        m.add_many("clause", mk.get("clause_words", []), None)
        m.add_many("hedge", mk.get("hedge_words", []), None)
        m.add_many("greeting_occasion", mk.get("greeting_occasions", []), None)
        # the words of a cable: a greeting verb opening a sentence is one, told in the next (`greeting_cables`)
        self.greeting_cables = tuple(phrase_key(w) for w in mk.get("greeting_cables", []))
        m.add_many("pronoun", mk.get("subject_pronouns", []), None)
        # a bare title with no name, office or country after it stands for whom the text styled so
        self.title_pronouns = {fold(w) for w in mk.get("title_pronouns", [])}
        m.add_many("pronoun", mk.get("title_pronouns", []), None)
        for word, gender in mk.get("personal_pronouns", {}).items():
            m.add("pronoun", word, gender)
        m.add_many("former", mk.get("former", []), None)
        m.add_many("then", mk.get("then_words", []), None)
        m.add_many("elect", mk.get("elect", []), None)
        m.add_many("appointed", mk.get("appointed_to", []), None)
        m.add_many("about_whom", mk.get("about_whom", []), None)
        m.add_many("org", mk.get("organisations", []), None)
        m.add_many("org", mk.get("movements", []), "next")
        # "اختفاء X", "the killing of X", "פרשת X": the person is what is spoken of, no party
        m.add_many("topic_head", mk.get("topic_heads", []), None)
        # "called X a ...": a verb of calling that names someone when one of these follows its object
        self.naming_verbs = {phrase_key(w) for w in mk.get("naming_verbs", [])}
        self.naming_after = folded("naming_after")
        m.add_many("proxy", mk.get("proxy", []), None)
        m.add_many("source", mk.get("source_words", []), None)
        m.add_many("briefing", mk.get("briefing", []), None, prefixes=False)
        m.add_many("tribute", mk.get("tribute_words", []), None)
        m.add_many("remains", mk.get("remains_words", []), None)
        m.add_many("addressed", mk.get("addressed_words", []), None)
        m.add_many("occasion", mk.get("occasion_words", []), None)
        m.add_many("two_leaders", mk.get("two_leaders_words", []), "leader")
        for phrase, office in mk.get("two_countries_offices", {}).items():    # "the foreign ministers of the two countries"
            m.add("two_leaders", phrase, office)
        for phrase, codes in mk.get("country_pairs", {}).items():       # "الكوريتين": both Koreas
            m.add("country_pair", phrase, tuple(codes))
        m.add_many("proxy", mk.get("institutions", []), "institution")
        m.add_many("attendance", mk.get("attendance", []), None)
        m.add_many("conveyed", mk.get("conveyed", []), None)
        m.add_many("conveyed_own", mk.get("conveyed_own", []), None)
        m.add_many("not_party", mk.get("not_party", []), None)
        m.add_many("conveyed_to", mk.get("conveyed_to", []), None, prefixes=False)
        m.add_many("between", mk.get("between_words", []), None)
        m.add_many("carrier", mk.get("carrier_words", []), None)
        m.add_many("sides", mk.get("side_words", []), None)
        # "X sent a delegation that met Y", "a delegation sent by X met Y": X sent those who met
        m.add_many("sent_group", mk.get("sent_group_before", []), "before")
        m.add_many("sent_group", mk.get("sent_group_by", []), "by")
        m.add_many("prior", mk.get("prior_words", []), None)
        self.prior_phrases = {phrase_key(w) for w in mk.get("prior_words", [])}
        m.add_many("about", mk.get("about_words", []), None, prefixes=False)
        m.add_many("anaphor", mk.get("anaphoric_before", []), "before")
        m.add_many("anaphor", mk.get("anaphoric_after", []), "after")
        m.add_many("pair", mk.get("pair_words", []), None)
        # ("The two met in June": a bare "the two" is the pair only right before a contact word)
        m.add_many("pair", mk.get("pair_words_before_contact", []), "before_contact")
        # ("They had met in April": a pronoun, the pair only right before a word of meeting or talking,
        # when the two were already told in contact)
        m.add_many("pair", mk.get("pair_pronouns_before_contact", []), "pronoun")
        # "وصل X إلى ...", "arrived in" (as written, no clitic taken off: "فيصل" is no "ف" + "يصل")
        m.add_many("arrival", mk.get("arrival", []), None, prefixes=False)
        m.add_many("arrived", mk.get("arrival_nouns", []), None)
        m.add_many("deceased", mk.get("deceased", []), None)    # "طيب الله ثراه", "ז״ל": said of the dead
        # "بعد عودة سفير X": after a contact word, "after" and the noun of another happening: its persons are that one's
        m.add_many("other_event", mk.get("other_event_nouns", []), None)
        m.add_many("pairverb", mk.get("pair_verbs", []), None)
        self.not_names = folded("not_names")
        # surnames alone that are as often common words ("לבני": Livni, and "to the sons of"): before a
        # definite word ("לבני המשפחה", a construct), a person's only where the article names him in full
        self.word_surnames = folded("word_surnames")
        # a rare word right after a surname is the rest of another's name ("هايلي جبريسيلاسي"); not in a
        # language whose verb forms the word counts find rare ("ביידן יחרים", Biden will boycott)
        self.short_runs_on = bool(mk.get("short_runs_on", True))
        self.feminine_titles = folded("feminine_titles")    # "رئيسة", "שרת": a title only a woman bears
        self.male_only_titles = folded("male_only_titles")  # "king", "الملك": a title only a man bears
        self.masculine_titles = folded("masculine_titles")  # "رئيس": a man's title, where women's differ
        self.feminine_endings = folded("feminine_endings")  # "ة": a word so ending is rarely a man's given name
        self.feminine_endings_raw = tuple(mk.get("feminine_endings", []))    # the same, as written
        self.accusative_ending = fold(mk.get("accusative_ending", ""))   # "تحضيرا": a noun used as an adverb
        self.name_max = int(mk.get("name_max", 0))
        self.name_particles = folded("name_particles")
        # a particle inside a foreign name ("روبير فان ايمبدن"), a name's word only between two of its words
        self.foreign_particles = folded("foreign_particles")
        self.family_particles = folded("family_particles")     # "آل": the next word is a family's name
        # words that make one name word with the next ("عبد الله", "أبو مازن")
        self.name_compounds = folded("name_compounds")
        self.name_compound_tails = folded("name_compound_tails")   # "كرم الله": the second word of one name
        # the words of compound names that news write both apart and glued to their other half
        # ("عبد الأمير" / "عبدالأمير", "يار الله" / "يارالله"): each known name is known both ways
        self.glued_heads = tuple(mk.get("glued_compounds", []))
        self.glued_tails = tuple(mk.get("glued_compound_tails", []))
        self.glued_particles = frozenset(mk.get("glued_particles", []))    # "دا سيلفا" / "داسيلفا"
        # a word of these shapes is no word of a name: a clitic chain with the article inside a
        # name ("للأزمة"), endings a surname does not have ("حكومتنا", "المصابين")
        self.name_break = re.compile("|".join(f"^{re.escape(fold(p))}" for p in mk.get("name_break_prefixes", [])) or "(?!)")
        self.surname_reject = re.compile("|".join(mk.get("surname_reject", [])) or "(?!)")
        self.surname_unseen_ok = re.compile("|".join(mk.get("surname_unseen_ok", [])) or "(?!)")
        # "his guest" ("استقبل ضيفه"): the visitor the article told of, as the pronoun on the word says
        m.add_many("guest_word", mk.get("guest_words", []), None)
        # "كتابي لمقامكم", my letter to you: in a quoted letter, its writer's earlier one (see extractor)
        m.add_many("own_letter", mk.get("own_letters", []), None, prefixes=False)
        m.add_many("to_you", mk.get("to_you", []), None, prefixes=False)
        # "his country's" after a title: the country of the person named before it (see actors.analyse)
        m.add_many("own_country", mk.get("own_country_m", []), "m")
        m.add_many("own_country", mk.get("own_country_f", []), "f")
        m.add_many("name_title", mk.get("name_titles", []), True)
        m.add_many("name_title", mk.get("honorifics", []), False)
        m.add_many("official", mk.get("official_words", []), None)
        # "thanked him for the support of X": X's deed was thanked for, X is no party
        m.add_many("thanked_for", mk.get("thanked_for", []), None)
        # "that he"/"that she" after a verb of saying: a speaker of the other gender is not the one it names
        self.that_gender = {**{fold(w): "m" for w in mk.get("that_pronouns_m", [])},
                            **{fold(w): "f" for w in mk.get("that_pronouns_f", [])}}
        # names of parties and bodies whose words are cues elsewhere ("יש עתיד", "Future Movement")
        m.add_many("proper", mk.get("proper_names", []), None)
        self.capitalised_names = bool(mk.get("capitalised_names"))
        m.add_many("object", mk.get("object_words", []), None, prefixes=False)
        # (and glued to "and": "ومع Y", "ועם Y", with Y too)
        m.add_many("object", [c + w for w in mk.get("object_words", []) for c in p.section("clitics").get("conjunctions", [])],
                   None, prefixes=False)
        self.object_prefixes = set(mk.get("object_prefixes", []))
        # "in" glued to a word ("בפגישתם", at their meeting)
        self.in_prefixes = tuple(mk.get("in_prefixes", []))
        # a word of this shape ends a name the gazetteer lacks ("يرافقه": a verb with its pronoun)
        self.name_stop = re.compile(mk["name_stop"]) if mk.get("name_stop") else None
        # (and one of this shape when it is a rare word: see actors.VERB_ZIPF)
        self.name_stop_rare = re.compile(mk["name_stop_rare"]) if mk.get("name_stop_rare") else None
        self.verbal_noun = re.compile(mk["verbal_noun"]) if mk.get("verbal_noun") else None
        m.add_many("reporting", p.section("reporting").get("verbs", []), None)
        m.add_many("joint", mk.get("joint_words", []), None)
        m.add_many("reporting_that", p.section("reporting").get("verbs_with_that", []), None)
        # verbs of saying whose object is the one spoken to ("told Y", "assured Y")
        self.addressing = {fold(w) for w in p.section("reporting").get("addressing", [])}
        self.conjunctions = set(p.section("clitics").get("conjunctions", []))
        # the conjunction clitics that join a list's items, "and" (all of them unless the pack says)
        self.list_conjunctions = set(p.section("clitics").get("list_conjunctions", [])) or self.conjunctions
        self.from_prefixes = set(mk.get("from_prefixes", []))
        # "בית הנשיא": a residence standing for its holder, but a place after "in" ("בבית הנשיא")
        self.residence_roles = {phrase_key(w) for w in mk.get("residence_roles", [])}
        # "בלשכתו": a preposition, a noun and a possessive pronoun written as one word (no name)
        self.possessive_endings = tuple(fold(e) for e in mk.get("possessive_endings", []))
        self.preposition_letters = frozenset(fold(p) for p in (*self.object_prefixes, *self.in_prefixes, *self.from_prefixes))
        # verbs of handing over: with a letter "from" someone after them, their subject only carried it
        self.handed_him = folded("handed_him")
        self.delivering = folded("delivering_verbs") | self.handed_him
        self.carrying = folded("carrying_words")       # "Y حاملا رسالة": Y, named before, carried it
        self.courier_appositions = folded("courier_appositions")   # "Y مبعوثا خاصا حاملا رسالة"
        self.hand_over = folded("hand_over_verbs")
        self.group_doers = folded("group_doers")
        self.delegation_nouns = folded("delegation_nouns")
        self.group_nouns = folded("group_nouns")
        self.group_led_by = folded("group_led_by")      # "وفد بقيادة X": a group's head, not an authority named
        self.where_words = folded("where_words")     # "حيث", "where": a clause telling what happened there
        self.among_words = folded("among_words")     # "وبينهم", "among them": those of an unnamed group listed
        self.said_in_it = folded("said_in_it")       # "قال فيها": the words of a letter or call follow
        self.headed_by = folded("headed_by")
        self.intent_openers = folded("intent_openers")     # "يعتزم", "intends": a verb of intending
        # "برقية مماثلة", "a similar cable": a letter like the last one told, to its addressee
        self.similar_words = folded("similar_words")
        self.word_adjectives = folded("word_adjectives")   # "قمة أخرى": another (new) contact, its cues after it
        self.begin_present = folded("begin_present")       # "تبدأ اليوم المباحثات": begins today, not held yet
        self.heading_verbs = folded("heading_verbs")
        self.delegation_refs = folded("delegation_refs")
        self.dual_triggers = folded("dual_triggers")
        self.summit_words = folded("summit_words")
        # "في أبريل الماضي", "last April": words that date what they follow (or precede) in the past
        dates = p.section("dates")
        self.past_date_words = {fold(w) for w in dates.get("past_after", []) + dates.get("past_before", [])}
        # "الثلاثية", "trilateral": how many a summit was of
        self.summit_sizes = {fold(w): int(n) for w, n in mk.get("summit_sizes", {}).items()}
        self.envoy_words = folded("envoy_words")
        # a minister's word, of any portfolio ("Health Minister", "وزير الصحة")
        self.minister_words = folded("minister_words")
        self.envoy_origin = folded("envoy_origin")
        self.envoy_nouns = folded("envoy_nouns")      # "مبعوثا خاصا لرئيس الجمهورية X": X sent him
        self.envoy_adjectives = folded("envoy_adjectives")
        self.announcing = folded("announcing_words")
        self.holding_nouns = folded("holding_nouns")
        self.renewed_words = folded("renewed_words")    # "لقاء ثان": another contact of the same pair
        self.announced_about = folded("announced_about")
        self.envoy_fillers = folded("envoy_fillers")
        # "The envoys are X ...", "فالسفراء هم X": the words that open a list of persons
        self.list_openers = folded("list_openers")
        self.member_openers = word_tuples("member_openers")    # "with Congress leaders, including X": who of the group
        self.via_words = folded("via_words")      # "عبر برقية", via a cable: the medium, no carrier, before a contact word
        # a state's name read only as written, capitals and all ("US": not "us"): surface -> its code
        self.cased_countries: dict[str, str] = dict(mk.get("cased_countries", {}))
        self.cased_roles: dict[str, str] = dict(mk.get("cased_roles", {}))
        # a state's name that is written as another state's capital ("عمان": Oman, or Amman): that capital
        # and its state (extractor._location decides which)
        self.capital_twins: dict[str, tuple[str, str]] = {
            code: tuple(v) for code, v in mk.get("capital_twins", {}).items()}
        # verbs whose doer stands before them ("met A and B": with no one named before, the doer is unnamed)
        self.doer_verbs = {phrase_key(w) for w in mk.get("doer_verbs", [])}
        # proxy words whose principal stands before them only ("the president's envoy"); the one named
        # after them is their bearer ("Saudi envoy Prince X")
        self.bearer_proxies = {phrase_key(w) for w in mk.get("bearer_proxies", [])}
        # "X, Ambassador of the Republic of A": the words between an envoy's title and his state in a list
        self.roster_fillers = self.envoy_fillers | folded("roster_fillers")
        # lower-case words inside a name in a list of envoys ("Carlos José de Pinho e Melo"): particles and joiners
        self.roster_joiners = self.name_particles | folded("roster_joiners")
        # "the High Commissioner to Ghana, Ambassador X", "سفير مصر لدى الأردن": a state after such a
        # word (or clitic) is where the official serves, not his own
        self.posting_words = folded("posting_words")
        self.portfolio_links = folded("portfolio_links")
        self.label_verbs = folded("label_verbs")
        self.hyphen_particles = folded("hyphen_particles")
        self.passive_agents = word_tuples("passive_agents")
        self.passive_auxiliaries = folded("passive_auxiliaries")   # "was" of "was received ... by"
        self.calls_to = set(word_tuples("calls_to"))   # "call to" of "in a call to Y": Y was called
        self.passive_markers = folded("passive_markers")   # "تم" of "تم استقبال X من طرف Y"
        self.sidelines = word_tuples("sidelines")       # "on the sidelines of": the setting of a contact
        self.bare_only_triggers = {phrase_key(w) for w in mk.get("bare_only_triggers", [])}   # "زيارات", not "الزيارات"
        self.title_modifiers = folded("title_modifiers")    # "newly elected": words that qualify a title before it
        self.verb_subject_pronouns = folded("verb_subject_pronouns")   # "they" of "the hospitality they received"
        self.time_of_day_words = folded("time_of_day_words")   # "ظهر" of "بعد ظهر اليوم": a time, no happening
        self.past_suffix = mk.get("past_suffix", "")      # "-ed": a verb in the past tense by its ending
        self.participle_ending = mk.get("participle_ending", "")    # "-ing": "while receiving Y" is the subject's
        self.posting_prefixes = folded("posting_prefixes")
        # "تتصل بالعلاقات": a verb of calling that also means "relates to", before "ب" + the article
        self.relating_verbs = folded("relating_verbs")
        self.relating_objects = tuple(fold(w) for w in mk.get("relating_objects", []))
        # "her appointment as the new foreign secretary": a title after these, following a word of
        # predicate_nouns, is what one became or acts as, no party of its own
        self.predicate_words = folded("predicate_words")
        self.predicate_nouns = folded("predicate_nouns")
        self.credential_words = folded("credential_words")   # "presented their credentials to": one envoy each
        # "שר החוץ של יוון": the word of a title's state after it, where the title keeps its article
        self.genitive_words = folded("genitive_words")
        # the speaker's own contact, told in the first person ("I met Y", "נפגשתי", "التقيت"): words
        # that are its subject before it, forms of the word itself, and a shape of such forms
        self.first_person_words = folded("first_person_words")
        self.first_person_forms = folded("first_person_forms")
        self.first_person_ambiguous = folded("first_person_ambiguous")   # "اتصلت": I, or she, called
        self.first_person_objects = folded("first_person_objects")    # "أرسل لي": me, right after the verb
        self.seized_words = folded("seized_words")      # "اغتنم الفرصة ليبحث": what he seized it to do, he did
        self.attend_words = folded("attend_words")      # "يشارك في قمة": a gathering attended
        self.first_person_token = re.compile(mk["first_person_token"]) if mk.get("first_person_token") else None
        self.future_token = re.compile(mk["future_token"]) if mk.get("future_token") else None
        self.future_lookalikes = folded("future_lookalikes")    # "سياسيا": the future's shape, no verb
        # a shorter shape, safe only where the stem must also be a common word (events._future_verb)
        self.future_verb_token = re.compile(mk["future_verb_token"]) if mk.get("future_verb_token") else self.future_token
        # what to take off a future verb to find the verb under it ("ستعقد" -> "تعقد")
        self.future_strip = re.compile(mk["future_strip"]) if mk.get("future_strip") else None
        # the same, read on the written form where folding loses the mark ("سأزور": I will visit)
        self.future_written = re.compile(mk["future_written"]) if mk.get("future_written") else None
        self.future_prefixes = set(mk.get("future_prefixes", []))
        self.lam_done_verbs = folded("lam_done_verbs")    # "سارع X للاتصال": hastened to call, and did
        self.lam_of_nouns = folded("lam_of_nouns")    # "صور للقاء": photos of the meeting, not "to meet"
        # "قد" + an imperfect verb: "may" (a possibility, not a contact told)
        self.may_words = folded("may_words")
        # the names of the weekdays (the date pack's), single words: "X وY، اليوم السبت، مباحثات"
        self.weekday_words = {phrase_key(w) for forms in dates.get("weekdays", {}).values()
                              for w in forms if " " not in w.strip()}
        self.weekday_leads = folded("day_leads")    # ("on", "يوم", "ביום": before a weekday's name)
        # ... and those written only in brackets after "today" ("היום (שני)", today, Monday)
        self.weekday_paren_words = {phrase_key(w) for forms in dates.get("weekday_paren", {}).values()
                                    for w in forms if " " not in w.strip()}
        # the single words of a day counted from the publication ("أمس", "yesterday", "אתמול")
        self.relative_day_words = {phrase_key(w) for r in dates.get("relative", [])
                                   if r.get("unit") == "day" for w in r.get("phrases", []) if " " not in w.strip()}
        self.day_words = self.weekday_words | self.relative_day_words     # a word of the day, either kind
        # every word of a date counted from the publication or named ("أواخر الشهر الماضي", "last week")
        self.date_phrase_words = {k for r in dates.get("relative", []) for w in r.get("phrases", [])
                                  for k in phrase_key(w).split()}
        self.spoke_to = folded("spoke_to")    # "تحدث X إلى Y": spoke to him
        self.spoke_words = folded("spoke_words")    # "تحدث": a call with "with" right after it or its doer
        # "تطرق X إلى زيارة Y": verbs of referring to something, and their "to" right before what they refer to
        self.referring_verbs = folded("referring_verbs")
        self.referring_to = folded("referring_to")
        self.place_nouns = folded("place_nouns")    # "زار X معرض ...": a visit to a place
        self.also_after = folded("also_after")      # "والتقى كذلك Y": a verb, then "also"
        self.cue_breakers = folded("cue_breakers")  # "... to a dangerous place as meeting concludes"
        self.cue_breakers_not = folded("cue_breakers_not")      # ("as well as")
        # words that may stand between such a word and the contact word ("the outcomes of his meeting")
        self.told_of_links = folded("told_of_links")
        self.told_of = folded("told_of")            # "أطلع X Y على نتائج اجتماعه": what was told of a contact
        self.eve_words = folded("eve_words")        # "غداة", "عشية": the day after, the eve of
        self.sequel_words = folded("sequel_words")  # "ثم": then (another doing follows)
        self.during_it = folded("during_it")        # "التقى خلالها": during the contact just named
        self.in_it = folded("in_it")                # "حصل فيها X": what happened in the contact just named
        self.greeted_in_it = folded("greeted_in_it")   # "ببرقية هنأ فيها X": X, its addressee
        self.expressed_in = folded("expressed_in")  # "وعبّر في برقية": said, right before "in" and a letter
        self.took_part = folded("took_part")        # "شارك فيه X": he took part in it
        # "X called on Y" (a courtesy call, Y visited) unless "to" follows Y ("called on Y to halt ...")
        self.courtesy_calls = {phrase_key(w) for w in mk.get("courtesy_calls", [])}
        # ... unless "to" brings a courtesy's own purpose ("called on Y to bid farewell")
        self.courtesy_purposes = folded("courtesy_purposes")
        self.courtesy_not_after = folded("courtesy_not_after")
        self.press_words = word_tuples("press_words")       # "a talk with reporters": no person after "with"
        self.visiting_words = folded("visiting_words")      # "his visiting counterpart": the visitor
        self.quantity_words = folded("quantity_words")      # "received some 26 million votes": no one received
        self.companion_words = {phrase_key(w) for w in mk.get("companion_words", [])}  # "يرافقه": came along
        self.pairwise_words = word_tuples("pairwise_words")  # "bilateral meetings with A and B": one with each
        self.with_words = folded("with_words")      # "with" itself: "a call with X" (events.with_nobody)
        self.of_words = folded("of_words")          # "the visit of X", "ביקורו של X": its doer (events._possessor)
        # a game's score sheet ("8 rebounds", "6 تمريرات"): its "meeting" is a match
        self.game_score = re.compile(mk["game_score"]) if mk.get("game_score") else None
        self.party_then_future = folded("party_then_future")
        self.speech_after = folded("speech_after")      # "spoke of", "spoke at": a speech, not a contact
        # an adjective of a contact word carries one of these ("لقاءه التاريخي مع X")
        self.adjective_articles = tuple(mk.get("adjective_articles", []))
        self.imperfect_token = re.compile(mk["imperfect_token"]) if mk.get("imperfect_token") else None
        self.locative_prefixes = set(mk.get("locative_prefixes", []))
        # a ministry's other portfolios joined to its title keep it the one office ("وزير الخارجية
        # والمغتربين", "وزير الدفاع والإنتاج الحربي"): each title of the kind with each tail
        tails = p.section("roles_portfolio_tails")
        for phrase, kind in p.section("roles").items():
            m.add("role", phrase, kind)
            for tail in tails.get(kind, []):
                m.add("role", f"{phrase} {tail}", kind)
        for phrase, kind in p.section("roles_plural").items():
            m.add("role_plural", phrase, kind)
        for phrase, kind in p.section("roles_own").items():     # "وزير خارجيته": his own foreign minister
            m.add("own_role", phrase, kind)
        self.list_words = folded("list_words")
        # words that lead from a plural title to its list of countries ("from several countries, including")
        self.list_lead = folded("list_lead")
        # courtesy calls: the visitor called on each person listed in turn ("called on A, B and C")
        self.separate_calls = folded("separate_calls")
        # "that": after it comes the reported clause, not the speaker ("אמר כי X ו-Y נפגשו")
        self.complementizers = folded("complementizers")
        self.that_pronouns = folded("that_pronouns")    # "إنه", "that he": the speaker is what follows' subject
        self.relatives = folded("relatives")
        self.earlier_openers = folded("earlier_openers")    # "وكان X قد زار": an earlier doing's clause
        self.dated_words = folded("dated_words")    # "رسالة مؤرخة بتاريخ ...": the letter's date, then its verb
        self.resumptive_objects = folded("resumptive_objects")   # "الذي اتصل به": the one before is the object
        self.dated_occasions = folded("dated_occasions")    # "في انتخابات 1 يوليو": a date that is the election's
        self.to_pronouns = folded("to_pronouns")     # "رسالة بعثها إليه Y": "to him", the one before was sent it
        self.resumptive_verbs = folded("resumptive_verbs")
        self.dual_relatives = folded("dual_relatives")
        # words that open a relative clause of any noun ("the talks that were held in 2015")
        self.clause_relatives = folded("clause_relatives") | self.relatives
        # a visit noun glued to these, with its visitor after it, is the object of a verb of
        # speaking about it ("رحب بزيارة X"): who speaks is no party
        self.about_prefixes = set(mk.get("about_prefixes", []))
        self.made_words = folded("made_words")
        # "was the first (leader) to visit": a present-tense contact word in a past frame
        self.first_of_words = folded("first_of_words")
        self.past_auxiliaries = folded("past_auxiliaries")
        # a present-tense verb of holding after a relative pronoun tells a contact as scheduled
        self.scheduled = folded("scheduled_verbs")
        # of those, the verbs of holding ("يعقد"), not "يجري" (also "is under way": a light verb)
        self.holding_verbs = self.scheduled - self.light_present
        # short forms of given names written with a full stop inside a name, as initials are ("Ch.", "Md.")
        self.name_abbreviations = folded("name_abbreviations")
        self.held_verbs = folded("held_verbs")     # "عقد اجتماعا": held, in the past, right before a meeting noun
        # words that may stand between a bare pair word and its contact word ("they had last met")
        self.pair_contact_fillers = folded("pair_contact_fillers")
        self.pair_holding_verbs = folded("pair_holding_verbs")    # "The two held a meeting"
        # "the Jomo Kenyatta International Airport": capitalised nouns after a name that make it a place's (as written)
        self.facility_after = frozenset(mk.get("facility_after", []))
        self.facility_between = frozenset(mk.get("facility_between", []))
        self.title_opening_proxies = frozenset(mk.get("title_opening_proxies", []))   # "Party General Secretary X"
        # contact words whose pronoun names two or more ("قمتهما", their summit): the persons named
        # together before them are its parties, even as those who speak
        self.pair_triggers = {phrase_key(w) for w in mk.get("pair_triggers", [])}
        self.owned_triggers = {phrase_key(w) for w in mk.get("owned_triggers", [])}
        # honorific pronoun (folded) -> the folded title phrases it answers to, as word tuples
        self.owning_noun = re.compile(mk["owning_noun"]) if mk.get("owning_noun") else None
        self.pronoun_titles = {fold(k): [tuple(fold(w) for w in v.split()) for v in vs]
                               for k, vs in mk.get("pronoun_titles", {}).items()}
        self.pronoun_title_firsts = {t[0] for ts in self.pronoun_titles.values() for t in ts if t}
        self.plural_triggers = {phrase_key(w) for w in mk.get("plural_triggers", [])}
        self.dual_verbs = {phrase_key(w) for w in mk.get("dual_verbs", [])}
        # a joint press conference: of two officials of one state, a briefing, no contact between them
        self.press_conferences = {phrase_key(w) for w in mk.get("press_conferences", [])}
        self.each_own_messages = folded("each_own_messages")   # "برقيتي تهنئة": one cable from each sender
        self.each_words = {phrase_key(w) for w in mk.get("each_words", [])}     # "each sent a letter"
        self.separately_words = folded("separately_words")   # "separately met A and B": one meeting each
        self.clause_adverbs = {phrase_key(w) for w in mk.get("clause_adverbs", [])}   # "X separately met Y": no clause
        self.day_parts = folded("day_parts")      # "afternoon", "evening": the parts of a day after its name
        self.guest_after = {phrase_key(w) for w in mk.get("guest_after", [])}   # the guest named right after
        self.line_words = folded("line_words")      # "كل من": a line of greeters follows      # "التقيا": the two of them met
        self.between_them = folded("between_them")      # "اتصال جرى بينهما": the two named before held it
        self.taking_part = {phrase_key(w) for w in mk.get("taking_part", [])}   # "بمشاركة": those after it held it
        self.between_him = word_tuples("between_him")   # "التي عقدت بينه وبين Y": the one before with Y
        self.took_place = word_tuples("took_place")     # "عقدت القمة بين X وY": a summit between them held
        self.took_place_words = {ph[0] for ph in self.took_place if len(ph) == 1}
        self.pair_possessives = folded("pair_possessives")      # "their" before a contact word
        # words that make "that" a conjunction of time ("بعد أن زار": after he visited)
        self.subordinators = folded("subordinators")
        self.but_words = folded("but_words")          # "but" opening a clause whose doer is the sentence's
        self.discuss_words = folded("discuss_words")  # "to discuss": a contact word right after is a topic
        self.latter_words = folded("latter_words")      # "التقى الأخير بـ...": the last person named did it
        self.former_words = folded("former_words")      # "زيارة قام بها الأول": the first person named did it
        self.or_words = folded("or_words")              # "تفاصيل أو مناقشات": words joined by "or"
        self.duration_verbs = folded("duration_verbs")  # "لم يستغرق الاجتماع": a negated length, not a negated meeting
        self.outcome_verbs = folded("outcome_verbs")    # "لم تسفر المحادثات عن": a negated outcome of talks held
        self.setting_refs = folded("setting_refs")      # "، وذلك في اتصال": what was told before happened in it
        self.mourned_words = folded("mourned_words")    # "حفل تأبين X": X, mourned, is no party
        self.attend_purpose = folded("attend_purpose")  # "لحضور اجتماع": a meeting yet to come
        self.attend_fillers = folded("attend_fillers")  # "للمشاركة في فعاليات القمة": words between
        self.signed_objects = folded("signed_objects")  # "ووقع الاتفاقية X ونظيره Y": what was signed, fronted
        self.on_side = folded("on_side")                # "عن الجانب الكويتي X": for whom he signed, before his name
        self.junior_words = folded("junior_words")    # "ترامب الابن", "Trump Jr.": not the surname's known owner
        self.kin_words = folded("kin_words")          # "ابنه", "his son": an unnamed relative as a contact's doer
        self.after_words = folded("after_words")      # "after" right before a contact word told as a time
        self.thing_articles = folded("thing_articles")    # "received a challenge": a thing received
        self.party_nouns = folded("party_nouns")          # "received a delegation": persons after all
        self.thing_verbs = {phrase_key(w) for w in mk.get("thing_verbs", [])}   # the verbs the article rule reads
        # a contact word with this ending right after a person is that person's doing ("photos of X meeting Y")
        self.gerund_suffix = mk.get("gerund_suffix", "")
        # "صورة لـX وY وهما يتصافحان": a pronoun that says the ones shown do what follows
        self.shown_pronouns = folded("shown_pronouns")
        # "القمة التي جمعتهما", "the summit that brought together": phrases (folded words) by
        # who the parties are: after the verb, the doer and the one after, the two named before,
        # all those listed together before
        self.brought_relatives = folded("brought_relatives")
        # after an indefinite contact word, the verb may follow it this near with no relative pronoun
        self.brought_bare_reach = int(mk.get("brought_bare_reach", 0))
        self.brought = {kind: word_tuples(key) for kind, key in
                        (("after", "brought_together"), ("doer", "brought_together_doer"),
                         ("pair", "brought_together_pair"), ("group", "brought_together_group"), ("held", "brought_held"),
                         ("happened", "brought_happened"))}
        # the single words that tell a contact took place ("جرى", "عقدت", "התקיימה"): of a relative clause
        # of taking place, or before a contact word and after its parties
        self.held_words = {ph[0] for ph in self.brought["happened"] if len(ph) == 1} | self.took_place_words
        self.during = folded("during_words")
        self.talk_verbs = folded("talk_verbs")      # a bare "talked" ("שוחחו"): a call alone, what was said at a meeting
        # "الزيارة التي قام بها X", "the visit that X made": the relative clause names the visit's doer
        self.made_by = word_tuples("made_by")
        self.plan_words = word_tuples("plan_words")   # "على أن يلتقي"
        self.when_words = folded("when_words")        # "عندما يلتقي", "when he meets": yet to come
        self.denials = folded("denials")      # "نفى X أن": a denial frames what its "that" opens
        self.present_forms = folded("present_forms")  # "welcomes": a contact verb in the present (see when_words)
        # "since" (the dates pack's word): a contact word right after it is an earlier contact of its own
        self.since_words = {fold(w) for w in dates.get("since_words", [])}
        self.determiners = folded("determiners")      # "the", "their": may stand between "since" and the word
        self.definite_words = folded("definite_words")   # "the", "their": a word told before ("the call")
        self.body_of_words = folded("body_of_words")     # "of" of "the negotiator of Ansar Allah"
        # "in" opening a sentence before a contact word ("وفي رسالة إلى Y، أكد X"), as a word or a clitic
        self.fronted_words = folded("fronted_words")
        self.fronted_prefixes = set(mk.get("fronted_prefixes", []))
        self.patronymics = folded("patronymics")
        self.meeting_nouns = {phrase_key(w) for w in mk.get("meeting_nouns", [])}
        self.sequence_words = folded("sequence_words")
        self.visit_purposes = folded("visit_purposes")  # "زار X الرياض لإجراء محادثات مع Y": held on the visit
        self.thing_words = folded("thing_words")
        self.purpose_words = folded("purpose_words")
        self.any_words = folded("any_words")
        self.possessive_triggers = folded("possessive_triggers")
        self.possessive_words = folded("possessive_words")
        self.thing_possessives = folded("thing_possessives")   # "its summit with Y": a state's or a body's, no person's
        self.possessive_after = folded("possessive_after")    # "اجتماع له": "of his" after the word
        # month names: a surname spelt like one ("מרץ", March / Merz) names a person only in an
        # article that names them in full
        self.month_words = {fold(w) for names in dates.get("months", {}).values() for w in names}
        self.month_leads = {fold(w) for w in dates.get("month_leads", []) + dates.get("month_list_words", [])}
        self.needs_object = {phrase_key(w) for w in mk.get("needs_object", [])}
        self.needs_marked_object = {phrase_key(w) for w in mk.get("needs_marked_object", [])}
        # words of sending whose addressee only "to" marks ("أرسل تهانيه إلى Y")
        self.needs_sent_to = {phrase_key(w) for w in mk.get("needs_sent_to", [])}
        # habitual quantifiers that, after a contact word, count its times only before a word of times
        self.habitual_counts = {phrase_key(w) for w in mk.get("habitual_counts", [])}
        self.times_words = folded("times_words")
        self.raised_words = folded("raised_words")       # ... and the verbs that raise them in words ("رفع تعازيه")
        m.add_many("today", mk.get("today_words", []), None)
        self.also_words = folded("also_words")
        self.opening_past = folded("opening_past")
        # words that may open a sentence before its subjectless verb ("وقد", "كما")
        self.dropped_openers = folded("dropped_openers")
        # a word of this shape right after the verb is its subject, said after all ("الدبلوماسيان")
        self.said_subject = re.compile(mk["said_subject"]) if mk.get("said_subject") else None
        # ("للأمين العام للأمم المتحدة": "to" fused with the article drops the article's first letter; a
        # title written with the article is found in that form too, after the preposition's clitic)
        glued = p.section("clitics").get("definite_glued", [])
        arts = [a for a in p.section("clitics").get("definite", []) if any(g.endswith(a[1:]) for g in glued)]
        for phrase, key in p.section("roles_fixed").items():
            m.add("role_fixed", phrase, key)
            art = next((a for a in arts if phrase.startswith(a) and len(phrase.split()[0]) > len(a) + 2), None)
            if art is not None:
                m.add("role_fixed", phrase[1:], key)
        self.bare_roles = {phrase_key(x) for x in p.section("roles_bare").get("list", [])}
        # a title that never names the head of state of these countries ("أمير" of a kingdom)
        self.title_not_for = {phrase_key(k): set(v) for k, v in p.section("roles_not_for").items()}
        self.title_only_for = {phrase_key(k): set(v) for k, v in p.section("roles_only_for").items()}
        # countries: babel names, the pack's extra forms, demonyms; organisations
        # (and as writers who spell a hard g with another letter write them: "أنجولا" for "أنغولا";
        # the pack's country_letter_variants)
        swaps = [tuple(pair) for pair in mk.get("country_letter_variants", [])]
        for name, code in _babel_countries(lang).items():
            m.add("country", name, code)
            for a, b in swaps:
                if a in name:
                    m.add("country", name.replace(a, b), code)
        definite = p.section("clitics").get("definite", [])
        for table in ("countries", "demonyms", "org_adjectives"):
            for phrase, code in p.section(table).items():
                m.add("country", phrase, code)
                words = phrase.split()
                if table == "demonyms" and len(words) > 1:
                    for art in definite:
                        m.add("country", words[0] + " " + " ".join(art + w for w in words[1:]), code)
        # (an organisation's adjective is one too: "מנהיג אירופי", a European leader, is nobody in particular)
        self.demonyms = {phrase_key(x) for x in p.section("demonyms")} | {phrase_key(x) for x in p.section("org_adjectives")}
        # "the Saudi envoy", "the Iranian minister": a bare title with its state's adjective inside it,
        # in a language that puts it there: the phrase -> (the title without it, the state)
        self.title_pronoun_states: dict[str, tuple[str, str]] = {}
        if mk.get("state_inside_title_pronouns"):
            # (not a title with its state that is an office of the pack's: "the Saudi crown prince")
            offices = {phrase_key(x) for x in p.section("roles")}
            for title in mk.get("title_pronouns", []):
                article, _, rest = title.partition(" ")
                if not rest or phrase_key(rest) in offices:
                    continue
                for adj, code in p.section("demonyms").items():
                    if _is_state_code(code):
                        phrase = f"{article} {adj} {rest}"
                        m.add("pronoun", phrase, None)
                        self.title_pronoun_states[phrase_key(phrase)] = (fold(title), code)
        # organisations among them ("الناتو", "the EU"): codes that are no state's (ISO 3166 alpha-3)
        self.org_codes = set(p.section("org_adjectives").values()) | {
            code for table in ("countries", "demonyms") for code in p.section(table).values()
            if not _is_state_code(code)}
        self.definite = set(p.section("clitics").get("definite", []))
        # the article merged with a preposition ("للملك"): the word is definite
        self.definite_glued = set(p.section("clitics").get("definite_glued", []))
        self.articles = tuple(self.definite | self.definite_glued)     # every clitic chain ending in "the"
        # the article with any clitic chain before it ("بال", "وال", "لل"): a word so beginning is no name
        self.article_chains = tuple(ch for ch in m.chains if ch.endswith(tuple(self.definite))) + \
            tuple(self.definite_glued) if self.definite else ()
        m.add_many("indefinite", mk.get("indefinite", []), None, prefixes=False)
        m.add_many("nonrole", mk.get("not_roles", []), None)
        places = _load_json(DATA / "places.jsonl", [])
        for place in places:
            for form in set(place.get("names", {}).get(lang, []) + [place["name"]]):
                m.add("place", form, (place["name"], place.get("country")))
        # "العاصمة العراقية", "the Iraqi capital", "הבירה העיראקית": the capital of the adjective's state
        # (the pack's forms, "{adj}" standing for the adjective)
        capitals = {pl.get("country"): pl["name"] for pl in places if pl.get("capital")}
        for form in mk.get("capital_forms", []):
            for phrase, code in p.section("demonyms").items():
                if code in capitals and " " not in phrase:
                    m.add("place", form.replace("{adj}", phrase), (capitals[code], code))
        for label, words in _load_json(DATA / "topics.json", {}).items():
            for w in words.get(lang, []) + (words.get("en", []) if lang != "en" else []):
                m.add("topic", w, label)
        # first words of known full names: in scripts without capitals, an unknown name after a
        # title must start with a given name the gazetteer has seen ("سامح", "זוהר")
        # (first words of the gazetteer's full names count too, but not those of names written family
        # name first, "هي ليفنغ", nor short or very common words)
        # (a first word that is also a common word of the language counts only when several persons
        # bear it: "جون", "ديفيد", not the "بات" of one "بات روبرتس", which is mostly the verb)
        common = rarity(lang)
        gaz_firsts = Counter(w for person in self.gaz.persons.values() if person.country not in FAMILY_NAME_FIRST
                             for w in {phrase_key(n).split()[0] for n in person.names.get(lang, []) if len(n.split()) > 1})
        self.given_names = ({w for w, bearers in gaz_firsts.items() if len(w) >= 3 and w not in self.not_names
                             and common(w) < 5.5 and (common(w) < COMMON_FIRST or bearers >= COMMON_FIRST_BEARERS)}
                            | {phrase_key(n) for n in _given_names().get(lang, [])}
                            | {phrase_key(n) for n in mk.get("given_with_article", [])}) - self.name_particles
        # the given names of the language's name list alone (not the gazetteer's first words, which
        # hold family names such as "كيم"), and those the pack lists
        self.given_data = {phrase_key(n) for n in _given_names().get(lang, [])} | {
            phrase_key(n) for n in mk.get("given_with_article", [])}
        # every form of a given name's first word with the clitic chains it may carry ("وهاني"):
        # form -> (chain, word)
        # (see given_form)
        self.given_firsts = frozenset({n.split()[0] for n in self.given_names} | {n.split()[0] for n in self.given_data})
        self.given_chains = frozenset({fold(c) for c in self.matcher.chains})
        langs = [lang] if lang == "en" else [lang, "en"]
        for pid, person in self.gaz.persons.items():
            foreign = lang == "ar" and person.country not in ARAB_STATES
            for lg in langs:
                for n in person.names.get(lg, []):
                    for v in (_hyphen_variants(n) | _regnal_variants(n) | _initial_variants(n) | _geresh_variants(n, lg)
                              | _muhammad_variants(n, lg) | {w for a in _abd_variants(n, lg) for w in (a, *_muhammad_variants(a, lg))}
                              | _inner_al_variants(n, lg) | _he_article_variants(n, lg)
                              | _family_first_variants(n, lg, person.country)
                              if lg != "ar" else {
                            c for h in _hyphen_variants(n) | _nisba_variants(n, common) | _regnal_variants(n)
                            | (set() if foreign else _middle_article_variants(n))
                            for b in _ibn_variants(h) for g in _glued_variants(b, self.glued_heads, self.glued_tails)
                            for c in _particle_glued(g, self.glued_particles)
                            if c == b or not self._all_given(c)}):
                        for w in (_g_variants(v) if foreign and lg == "ar" else (v,)):
                            m.add("name", w, pid)
                for n in person.short.get(lg, []):
                    for w in (_ibn_variants(n)[1:] if lg == "ar" and not foreign else ()):
                        m.add("short", w, pid)
                    # ("Mapisa-Nqakula" / "Mapisa Nqakula": the hyphen read as a space too)
                    for w in (_g_variants(n) if foreign and lg == "ar" and len(n) >= 4 else
                              tuple(dict.fromkeys((n, n.replace("-", " "), *sorted(_he_article_variants(n, lg)))))):
                        m.add("short", w, pid)
            if lang == "en":
                m.add("name", person.name, pid)
        m.build()
        # the skeletons of the full names written in the pack's script (`name_skeleton`): a name
        # the gazetteer lacks that has the skeleton of one person's is that person spelt another way
        self.skeletons: dict[str, frozenset[str]] = {}
        # and the first and the last word of each full name of three words written so, no particle or
        # patronymic between: "مارك ريتشاردسون" is Mark Bryson-Richardson, his middle name left out
        # (`_without_middle_name`)
        self.outer_words: dict[str, frozenset[str]] = {}
        if not self.capitalised_names:
            drop = self.skeleton_drop
            index: dict[str, set[str]] = {}
            outer: dict[str, set[str]] = {}
            for pid, person in self.gaz.persons.items():
                for n in person.names.get(lang, []):
                    key = name_skeleton(n, drop, self.name_letter_variants)
                    if key.count(" ") >= 1:
                        index.setdefault(key, set()).add(pid)
                    ws = phrase_key(n).split()
                    if len(ws) == 3 and ws[1] not in self.name_particles and ws[1] not in self.patronymics:
                        outer.setdefault(ws[0] + " " + ws[2], set()).add(pid)
            self.skeletons = {k: frozenset(v) for k, v in index.items()}
            self.outer_words = {k: frozenset(v) for k, v in outer.items()}
        # the skeletons of those names' first words, and the skeleton of every word of a name of two or
        # three words: what a scan of words for a misspelt name looks up first (`skeleton_names`)
        self.skeleton_firsts = frozenset(k.split(" ", 1)[0] for k in self.skeletons if k.count(" ") <= 2)
        self.skeleton_words = frozenset(w for k in self.skeletons if k.count(" ") <= 2 for w in k.split(" "))
        # in a script with capitals, the sound classes of each word of every person's Latin names: a name
        # the gazetteer lacks whose words sound as one person's is his ("Asaad bin Tarik al Said")
        self.sounds: dict[tuple[str, ...], frozenset[str]] = {}
        if self.capitalised_names:
            heard: dict[tuple[str, ...], set[str]] = {}
            for pid, person in self.gaz.persons.items():
                for n in {person.name, *person.names.get("en", [])}:
                    key = name_sounds(n)
                    if (len(key) >= 3 and sum(map(len, key)) >= SOUND_NAME_MIN) or (
                            len(key) == 2 and min(map(len, key)) >= 2 and sum(map(len, key)) >= SOUND_PAIR_MIN):
                        heard.setdefault(key, set()).add(pid)
            self.sounds = {k: frozenset(v) for k, v in heard.items()}
        # ... and the last words of each Latin name of three words or more, its first left out, two words
        # at least and opening with a capital ("Obiang Nguema Mbasogo" of "Teodoro Obiang Nguema Mbasogo"):
        # a name the gazetteer lacks that is one person's name so cut is his
        self.name_tails: dict[str, str] = {}
        if self.capitalised_names:
            tails: dict[str, set[str]] = {}
            whole: set[str] = set()
            for pid, person in self.gaz.persons.items():
                for n in {person.name, *person.names.get("en", [])}:
                    whole.add(phrase_key(n))
                    words = n.split()
                    for k in range(1, len(words) - 1):
                        # (not after a particle: "Turki Al Saud" of "Fahd bin Turki Al Saud" is his father's)
                        if words[k][:1].isupper() and len(words[k].rstrip(".")) > 1 \
                                and phrase_key(words[k - 1]) not in self.name_particles:
                            tails.setdefault(phrase_key(" ".join(words[k:])), set()).add(pid)
            self.name_tails = {k: next(iter(v)) for k, v in tails.items() if len(v) == 1 and k not in whole}


# states whose persons' Arabic names are Arabic, not transliterated
ARAB_STATES = frozenset("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM "
                        "ARAB_LEAGUE GCC HAMAS HEZBOLLAH PLO".split())


def _g_variants(name: str) -> tuple[str, ...]:
    """A foreign name's hard g is written غ or ج in Arabic news ("شويغو" / "شويجو"): both forms."""
    if "غ" not in name and "ج" not in name:
        return (name,)
    return tuple(dict.fromkeys((name, name.replace("غ", "ج"), name.replace("ج", "غ"))))


NISBA_RARE = 3.0      # a surname of origin without its article ("سيستاني") is a name only when rarer than this


def _nisba_variants(name: str, common) -> set[str]:
    """An Arabic full name ending in a surname of origin with the article ("علي السيستاني") is
    also written without it ("علي سيستاني"), when the bare word is rare (no common adjective)."""
    words = name.split()
    last = words[-1] if len(words) >= 2 else ""
    if not (last.startswith("ال") and last.endswith("ي") and len(last) >= 6) or common(last[2:]) >= NISBA_RARE:
        return set()
    return {" ".join(words[:-1] + [last[2:]])}


REGNAL = frozenset({"الأول", "الاول", "الثاني", "الثالث", "الرابع", "I", "II", "III", "IV"})
SON_OF = frozenset({"بن", "ابن", "bin", "ibn", "ben"})


def _regnal_variants(name: str) -> set[str]:
    """A name chain with a regnal number after it ("حسين بن عبدالله الثاني", "Hussein bin Abdullah
    II", the son of Abdullah II) is also written without the number; only a chain of three words at
    least ("X بن Y") is, never a ruler's own name ("عبدالله الثاني")."""
    words = name.split()
    if len(words) >= 4 and words[-1] in REGNAL and any(w in SON_OF for w in words[1:-2]):
        return {" ".join(words[:-1])}
    return set()


def _ibn_variants(name: str) -> tuple[str, ...]:
    """"son of" inside an Arabic name chain is written بن or, less often, ابن ("فيصل بن خالد ابن
    عبدالعزيز"): every mix of the two forms (never at the start, where ابن is a name's own word)."""
    words = name.split()
    at = [k for k, w in enumerate(words) if k and w == "بن"]
    if not at:
        return (name,)
    out = []
    for mask in range(1 << len(at)):
        ws = list(words)
        for j, k in enumerate(at):
            if mask >> j & 1:
                ws[k] = "ابن"
        out.append(" ".join(ws))
    return tuple(out)


GLUED_MIX_MAX = 3    # compounds of one name written every way, at most (else all apart or all glued)


def _glued_variants(name: str, heads: tuple[str, ...], tails: tuple[str, ...]) -> set[str]:
    """A name with each of its compounds ("عبد" before a word, "الله" after one) written apart and
    glued ("عبد الأمير يار الله", "عبدالأمير يارالله", and the mixes): news write them both ways.
    A glued form in the gazetteer is split as well."""
    if not heads and not tails:
        return {name}
    words = name.split()
    # the compounds, in order and not overlapping: (first word, words it spans, its form flipped)
    spots: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        w = words[k]
        if k + 1 < len(words) and (w in heads or words[k + 1] in tails):
            spots.append((k, 2, w + words[k + 1]))
            k += 2
            continue
        head = next((h for h in heads if w.startswith(h) and len(w) > len(h) + 2), None)
        tail = next((t for t in tails if w.endswith(t) and len(w) > len(t) + 1), None)
        if head is not None or tail is not None:
            spots.append((k, 1, head + " " + w[len(head):] if head is not None else w[:-len(tail)] + " " + tail))
        k += 1
    if not spots:
        return {name}
    masks = range(1 << len(spots)) if len(spots) <= GLUED_MIX_MAX else (0, (1 << len(spots)) - 1)
    out = set()
    for mask in masks:
        ws, k = [], 0
        for j, (at, span, flipped) in enumerate(spots):
            ws += words[k:at]
            ws.append(flipped if mask >> j & 1 else " ".join(words[at:at + span]))
            k = at + span
        out.add(" ".join(ws + words[k:]))
    return out


def _particle_glued(name: str, particles: frozenset[str]) -> set[str]:
    """A name as written, and with each particle of the pack that stands as a word before another
    glued to it ("لولا دا سيلفا", "لولا داسيلفا")."""
    words = name.split()
    if not particles or not any(w in particles for w in words[:-1]):
        return {name}
    glued, k = [], 0
    while k < len(words):
        if words[k] in particles and k + 1 < len(words):
            glued.append(words[k] + words[k + 1])
            k += 2
        else:
            glued.append(words[k])
            k += 1
    return {name, " ".join(glued)}


def _hyphen_variants(name: str) -> set[str]:
    """A name as written, with its hyphens read as spaces, and with a short syllable joined to
    the one before it by a hyphen ("مون جي إن" / "مون جي-إن", "Moon Jae-in" / "Moon Jae In"):
    East Asian given names are written both ways."""
    out = {name, name.replace("-", " ")}
    words = name.replace("-", " ").split()
    if len(words) >= 3 and all(len(w) <= 4 for w in words[1:]):
        out.add(" ".join(words[:-2]) + " " + "-".join(words[-2:]))
    return out


_ABD = re.compile(r"\bAbd(ul|el|al|ol)?(?:[ -]|\s?al-|\s?el-)?([A-Za-z][a-z]{2,})")
_ABD_FORMS = ("Abdul {}", "Abdel {}", "Abdul{}", "Abdel{}", "Abd al-{}", "Abdul-{}", "Abdel-{}")
_ABD_NOT = frozenset({"lah", "llah", "allah", "ullah"})     # "Abdullah" is one name, not "Abdul Lah"


def _abd_variants(name: str, lang: str) -> set[str]:
    """An Arabic name with "عبد" ("servant of") written in Latin letters the other ways news write it
    ("Mohammed bin Abdulrahman" / "Abdul Rahman" / "Abdel Rahman" / "Abd al-Rahman"): one "Abd" of the
    name at a time."""
    if lang != "en" or "Abd" not in name:
        return set()
    out = set()
    for m in _ABD.finditer(name):
        rest = m.group(2).lower()
        if rest in _ABD_NOT or (m.group(1) is None and m.start(2) == m.start() + 3):
            continue          # ("Abdullah"; "Abdi": no "Abd" + name)
        for form in _ABD_FORMS:
            # ("Abdulrahman": the second part in lower case when the two are written as one word)
            v = form.format(rest if form.endswith("l{}") else rest.capitalize())
            out.add(name[:m.start()] + v + name[m.end():])
    out.discard(name)
    return out


def _inner_al_variants(name: str, lang: str) -> set[str]:
    """A Gulf name's chain of fathers written in Latin letters without the article of one inner name
    ("Jaber Al-Mubarak Al-Hamad Al-Sabah" / "Jaber Mubarak Al-Hamad Al-Sabah"): one at a time, never
    the family's name at the end."""
    words = name.split()
    if lang != "en" or len(words) < 4:
        return set()
    return {" ".join(words[:i] + [w[3:]] + words[i + 1:]) for i, w in enumerate(words[1:-1], 1)
            if w[:3] in ("Al-", "al-") and len(w) > 5}


MUHAMMAD = ("Muhammad", "Mohammed", "Mohamed", "Mohammad", "Muhammed", "Mohamad")


def _muhammad_variants(name: str, lang: str) -> set[str]:
    """A name opening with Muhammad written in Latin letters the other ways news write it
    ("Mohammed Abdulsalam" / "Muhammad Abdulsalam" / "Mohamed Abdulsalam"): the first word only."""
    first, _, rest = name.partition(" ")
    if lang != "en" or first not in MUHAMMAD or not rest:
        return set()
    return {f"{m} {rest}" for m in MUHAMMAD if m != first}


FAMILY_FIRST_IN_LATIN = frozenset({"JPN"})   # states whose official English writes the family name first ("KISHIDA Fumio")


def _family_first_variants(name: str, lang: str, country: str | None) -> set[str]:
    """A Japanese name of two words in Latin letters with the family name first, as Japan's
    government writes it in English ("Fumio Kishida" / "KISHIDA Fumio")."""
    words = name.split()
    if lang != "en" or country not in FAMILY_FIRST_IN_LATIN or len(words) != 2:
        return set()
    return {f"{words[1]} {words[0]}"}


_HE_ARTICLES = ("אל-", "א-", "אל ", "אל")


def _he_article_variants(name: str, lang: str) -> set[str]:
    """A Hebrew name with the Arabic article written one way, the others Hebrew news also write
    ("עבד א-לטיף" / "עבד אל-לטיף" / "עבד אל לטיף" / "עבד אללטיף", "אל-מועלם" / "אלמועלם"): one word
    at a time."""
    if lang != "he" or "-" not in name:
        return set()
    words = name.split()
    out = set()
    for i, w in enumerate(words):
        art = next((a for a in _HE_ARTICLES[:2] if w.startswith(a) and len(w) > len(a) + 1), None)
        if art is not None:
            out |= {" ".join(words[:i] + [a + w[len(art):]] + words[i + 1:]) for a in _HE_ARTICLES}
    return out


_NOT_MIDDLE = frozenset({"بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل", "ال", "ولد", "ول", "بو"})


def _middle_article_variants(name: str) -> set[str]:
    """An Arab name of three words or more with one inner given name written with or without the
    article ("محمد طاهر سيالة" / "محمد الطاهر سيالة"): one word at a time, never the first or the last."""
    words = name.split()
    if len(words) < 3:
        return set()
    out = set()
    for i in range(1, len(words) - 1):
        w = words[i]
        if w in _NOT_MIDDLE or words[i - 1] in _NOT_MIDDLE:
            continue          # (not a particle, nor the word after one: "بن سلمان", "عبد الله")
        if w.startswith("ال") and len(w) >= 5:
            out.add(" ".join(words[:i] + [w[2:]] + words[i + 1:]))
        elif not w.startswith("ال") and len(w) >= 3:
            out.add(" ".join(words[:i] + ["ال" + w] + words[i + 1:]))
    return out


def _geresh_variants(name: str, lang: str) -> set[str]:
    """A Hebrew name as news also write it, with a geresh on one ת for a foreign "th" ("תרזה מיי" /
    "ת'רזה מיי"), one letter at a time."""
    if lang != "he" or "ת" not in name:
        return set()
    return {name[:i + 1] + "'" + name[i + 1:] for i, ch in enumerate(name)
            if ch == "ת" and name[i + 1:i + 2] not in ("'", "׳", "", " ")}


# the sound classes of Latin letters in names transliterated from Arabic or Hebrew: letters that write
# vowels, "h" and glottal stops are left out, and the consonants one script writes as several Latin ones
# ("ch", "sh", "j", "g", "q") are one class
_SOUND_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "f"),
                   ("tz", "s"), ("ts", "s"))
_SOUND_CLASS = str.maketrans({**{c: "" for c in "aeiouyhw'’-"}, **{c: "K" for c in "szcxkqgj"},
                              **{c: "T" for c in "td"}, **{c: "B" for c in "bpfv"}})
SOUND_KEY_MIN = 5     # sound classes of a name, at least, that may be matched by sound
SOUND_NAME_MIN = 8    # ... and of a name of three words or more looked up by its sound alone
SOUND_PAIR_MIN = 8    # ... and of a name of two words, each of two classes at least ("Abdel-Malik al-Huthi")


def sound_key(word: str) -> str:
    """A word's sound classes ("Tarik" and "Tariq": TRK), repeats made one."""
    w = fold(word).lower()
    for a, b in _SOUND_DIGRAPHS:
        w = w.replace(a, b)
    w = w.translate(_SOUND_CLASS)
    return "".join(ch for i, ch in enumerate(w) if i == 0 or ch != w[i - 1])


def name_sounds(name: str) -> tuple[str, ...]:
    """The sound classes of each word of a name that has any (`sound_key`): the key `Lexicon.sounds`
    is looked up by. Words joined by a hyphen are words each ("Al-Ahmad" and "Al Ahmed" sound alike)."""
    return tuple(k for k in map(sound_key, name.replace("-", " ").split()) if k)


def word_skeleton(word: str, drop) -> str:
    """A word without the letters of `drop` after its first letter (transliterations of one foreign
    name differ in its long vowels: "ساركيسيان", "سركيسيان")."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in drop)


def one_sound(word: str, variants: dict[str, str] | None) -> str:
    """The word with each letter of a sound written two ways made the pack's one ("أنطوني" -> "أنتوني");
    a variant whose letter ends with "$" only where it ends a word ("רזה" -> "רזא")."""
    if not variants:
        return word
    out = "".join(variants.get(ch, ch) for ch in word)
    for letter, into in variants.items():
        if letter.endswith("$") and letter[:-1] in out:
            out = re.sub(re.escape(letter[:-1]) + r"(?=\s|$)", into, out)
    return out


def name_skeleton(name: str, drop: frozenset[str], variants: dict[str, str] | None = None) -> str:
    """A name folded, each word its `word_skeleton` (long vowels, hamza seats, silent alef left
    out) after the letters of one sound are made one (`variants`): "ريئوفين ريفلن" and "ريوفين
    ريفلين" are one, so are "أنطوني" and "أنتوني"."""
    return " ".join(word_skeleton(w, drop) for w in one_sound(fold(name), variants).split())


_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){2,3}(?=[A-Z][a-z])")


def _initial_variants(name: str) -> set[str]:
    """A name that opens with two or three initials, as written and as news also write it: with
    the full stops but no spaces, or with neither ("M. M. Naravane", "M.M. Naravane", "MM
    Naravane")."""
    m = _INITIALS.match(name)
    if m is None:
        return set()
    letters = [c for c in m.group() if c.isalpha()]
    rest = name[m.end():]
    return {"".join(c + "." for c in letters) + " " + rest, "".join(letters) + " " + rest}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, list[str]]:
    """Given names per language (readouts/data/given_names.json, built by
    scripts/build_given_names.py from the names-dataset package)."""
    return _load_json(DATA / "given_names.json", {})


# words rarer than this (Zipf) count as unseen: every threshold the engine uses is above it
ZIPF_FLOOR = 2.5


class ZipfTable:
    """word -> Zipf value × 100 (get), kept in buckets by a hash of the word, each marshalled apart
    and unpacked when a word of it is first looked up: loading the 100,000 words of a language
    at once took a twentieth of a short run's start-up, which looks up a few dozen."""
    BUCKETS = 2048

    def __init__(self, table: dict[str, int]):
        buckets: list[dict[str, int]] = [{} for _ in range(self.BUCKETS)]
        for word, value in table.items():
            buckets[self._bucket(word)][word] = value
        self._packed = [marshal.dumps(b) for b in buckets]
        self._open: list[dict[str, int] | None] = [None] * self.BUCKETS

    @classmethod
    def _bucket(cls, word: str) -> int:
        # (a hash that is the same in every process: str's is not)
        return zlib.crc32(word.encode("utf-8", "surrogatepass")) % cls.BUCKETS

    def get(self, word: str) -> int | None:
        i = self._bucket(word)
        bucket = self._open[i]
        if bucket is None:
            bucket = self._open[i] = marshal.loads(self._packed[i])
        return bucket.get(word)

    def __getstate__(self) -> dict:
        return {"_packed": self._packed}

    def __setstate__(self, state: dict) -> None:
        self._packed = state["_packed"]
        self._open = [None] * len(self._packed)


@lru_cache(maxsize=None)
def _zipf_table(lang: str) -> ZipfTable:
    from readouts.knowledge.cache import cached
    return cached(f"zipf-{lang}", [], lambda: ZipfTable(_build_zipf_table(lang)))


def _build_zipf_table(lang: str) -> dict[str, int]:
    """wordfreq's word list for a language, reduced to the words at or above ZIPF_FLOOR, with
    their Zipf value × 100 (wordfreq's own tables take about 75 MiB per language; this, a tenth)."""
    import wordfreq
    freqs = wordfreq.get_frequency_dict(lang)
    low = 10 ** (ZIPF_FLOOR - 9)
    table = {w: round((math.log10(f) + 9) * 100) for w, f in freqs.items() if f >= low}
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq.get_frequency_list.cache_clear()
    wordfreq._wf_cache.clear()
    return table


# A word of one script's letters alone is one token to wordfreq's tokenizer, and the form it is
# looked up by is the word in lower case: for these languages wordfreq's preprocessing (Unicode
# normalisation, removal of vowel marks, case folding) changes nothing else in such a word. Such
# words are looked up directly, without importing wordfreq, whose import takes longer than the
# rest of a short run's start-up (tests/test_startup.py checks that both ways agree).
_PLAIN_WORD = re.compile(r"[A-Za-z]+|[\u0621-\u063a\u0641-\u064a]+|[\u05d0-\u05ea]+")
_PLAIN_LANGS = frozenset({"ar", "en", "he"})
# An Arabic word written with vowel marks or tatweel ("أيضاً", "وقالــت"), in a language for which
# wordfreq removes them (after NFKC normalisation, which joins a hamza or madda mark to its alef,
# waw or yeh): what remains is a plain word (or nothing), looked up as such. (Without this, such a
# word, common in Arabic text, imported wordfreq: about 0.4 s of a short run.)
_MARKED_ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670\u0640]+")
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")      # (all Mn, and tatweel)
_PLAIN_ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a]*")
_MARKS_REMOVED = frozenset({"ar", "he"})


def _marked_forms(word: str) -> list[str] | None:
    """The forms wordfreq looks up a marked Arabic word by, or None when not sure."""
    bare = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", word))
    if not _PLAIN_ARABIC.fullmatch(bare):
        return None
    return [bare] if bare else []


def _lookup_forms(word: str, lang: str) -> list[str]:
    """The forms wordfreq looks a word up by: its tokens, normalised, with digits smashed."""
    from wordfreq.numbers import smash_numbers
    from wordfreq.tokens import lossy_tokenize
    return [smash_numbers(tok) for tok in lossy_tokenize(word, lang)]


@lru_cache(maxsize=None)
def rarity(lang: str):
    """How frequent a word is in the language, on wordfreq's Zipf scale (0: unseen or rarer than
    ZIPF_FLOOR; 7: "the"). A surname the gazetteer lacks is a rare word; a common word after a
    given name is no name. Words are tokenised as wordfreq does; several tokens combine as there."""
    if find_spec("wordfreq") is None:      # without wordfreq every word counts as rare
        return lambda word: 0.0
    table = _zipf_table(lang)
    plain = _PLAIN_WORD.fullmatch if lang in _PLAIN_LANGS else (lambda word: None)
    marked = _MARKED_ARABIC.fullmatch if lang in _MARKS_REMOVED else (lambda word: None)

    def zipf(word: str) -> float:
        if plain(word):
            toks = [word.lower()]
        else:
            toks = _marked_forms(word) if marked(word) else None
            if toks is None:
                toks = _lookup_forms(word, lang)
        if not toks:
            return 0.0
        inverse = 0.0
        for tok in toks:
            v = table.get(tok)
            if v is None:
                return 0.0
            inverse += 10 ** (9 - v / 100)
        return round(math.log10(1 / inverse) + 9, 2)
    return lru_cache(maxsize=65536)(zipf)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """A language's lexicon, compiled once per data version and then loaded from the cache."""
    from readouts.knowledge.cache import cached
    from readouts.knowledge.gazetteer import sources
    from readouts.packs import PACK_DIR
    gaz = default_gazetteer()
    lex = cached(f"lexicon-{lang}", [PACK_DIR / lang, DATA, *sources()], lambda: Lexicon(lang, gaz))
    lex.gaz = gaz
    return lex
