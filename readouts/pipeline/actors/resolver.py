"""`Resolver`: a mention to a gazetteer person on a date (full name, short form, role, bare role),
or unresolved, never guessed."""
from __future__ import annotations

from datetime import date, timedelta

from readouts.knowledge.gazetteer import Gazetteer
from readouts.knowledge.lexicon import Lexicon, name_skeleton, name_sounds, sound_key
from readouts.knowledge.translit import latin
from readouts.textnorm import fold
from readouts.pipeline.actors.mentions import ActorMention, ELECT_WINDOW, HEAD_OF_STATE_OFFICES, TITLED_SOUND_MIN, title_kinds
from readouts.pipeline.actors.words import holders_by_surname
from readouts.pipeline.actors.spelling import (GLUED, MISSPELT_MIN, SKELETON_NAME_MIN, _LATIN_VOWELS, _fits_title,
                                               _letters_apart, _sounds_alike, in_order, spells)
from readouts.pipeline.actors.article import _owner

SURNAME_UNDER_TITLE_MIN = 4     # letters of a surname, at least, that names its holder under a title whatever his given name
SURNAME_UNDER_TITLE_SOUNDS = 2  # ... and sound classes of it, at least, when matched by its sounds in Latin letters

# offices several persons hold at once in every state (deputy foreign ministers): a title alone names
# none of them, a name after it does
NAMED_ONLY_KINDS = frozenset({"deputy_foreign_minister"})
ARTICLE_SURNAME_SOUNDS = 3   # sound classes of a surname, at least, matched by sound to one the article names


class Resolver:
    """Resolves mentions with what the article says elsewhere and who held which office when."""

    def __init__(self, gaz: Gazetteer, doc_pids: set[str], name_words: dict[str, set[str]] | None = None,
                 home: str | None = None, name_at: dict[str, list] | None = None,
                 chains: dict[str, set[tuple[str, ...]]] | None = None, bare_titles: frozenset = frozenset(),
                 name_entries=None, long_vowels: tuple[str, ...] = (), letter_variants: dict | None = None,
                 lex: Lexicon | None = None):
        self.gaz = gaz
        self.lex = lex                          # (the pack's: surnames of office holders, holders_by_surname)
        self.unknown_surnames: dict[str, str] = {}   # last word -> whom, of the names the gazetteer lacks the article gives
        self.doc_countries: frozenset[str] = frozenset()   # the states the article names, or a city of
        self.home = home
        self.doc_pids = doc_pids
        # words of the full names the article uses, and whose names they are: "آشتون" alone in an
        # article that named "آشتون كارتر" is Carter, not Catherine Ashton
        self.name_words = name_words or {}
        self.last_subject: str | None = None    # subject of the last contact found, for honorific pronouns
        self.subject_at = -1                    # the sentence of that contact
        self.owning: set[int] = set()           # offsets of honorific pronouns owning a contact word ("زيارة سموه")
        # honorific pronoun -> (person, sentence) the text styled with its titles, the last last
        self.styled: dict[str, list[tuple[str, int]]] = {}
        self.first_styled: dict[str, str] = {}   # honorific pronoun -> the first person the text styled so
        self.bare_titles = bare_titles              # the pronouns that are bare titles ("الوزير")
        self.sentence = -1                          # the index of the sentence being read
        # folded name -> the persons the gazetteer gives it (the matcher's name entries), and the
        # language's long vowels: for names written with a letter wrong (_misspelt)
        self.name_entries = name_entries
        self.long_vowels = long_vowels
        self.letter_variants = letter_variants or {}
        self.visitor: tuple[str, int] | None = None   # who arrived on a visit with no host named, and in which sentence
        self.topic: str | None = None           # the person the sentence before is about (pipeline._topic)
        self.said_topic: str | None = None      # ... or, over a sentence naming nobody, the one before
        self.delegation: tuple[str, int] | None = None   # the head of the last delegation named, and where
        self.before: list = []                  # the two sentences before, in the same field (their dates)
        self.chains = chains or {}              # whose -> his full names' words, "بن" left out
        self.name_at = name_at or {}            # word of a full name -> [(sentence, token, whose)], in text order
        self.here: int | None = None            # the sentence whose mentions are being resolved
        # an undated article's time: the days when each one it names in full under the title of an
        # office held that office (`date_window`), or None
        self.window: list[tuple[date, date]] | None = None
        self.dead: frozenset[str] = frozenset()     # persons the article tells dead ("X، طيب الله ثراه")
        self.titled: dict[str, set[str]] = {}   # person -> the kinds of office the article titles him by

    def _pick(self, cands: list[str], on: date | None, short: bool = False, dated: bool = False) -> str | None:
        got = self._choose(list(dict.fromkeys(cands)), on)
        # a surname alone names the person named in full elsewhere in the article, or someone
        # whose political career had begun by then
        if got is not None and short and got not in self.doc_pids and not (
                self.gaz.persons[got].in_career(on) and self.gaz.persons[got].alive_on(on)):
            return None       # (nor someone long dead: "the Truman Balcony" in 2016)
        # nobody takes part in a contact the text dates after their death: "عبدالله بن عبدالعزيز
        # الربيعة" met someone "yesterday" in August 2015, a namesake of the late King Abdullah
        # (an undated contact in a later article may be history: Chirac receiving Rafic Hariri)
        if got is not None and dated and not self.gaz.persons[got].alive_on(on):
            return None
        return got

    def _choose(self, cands: list[str], on: date | None) -> str | None:
        if len(cands) == 1:
            return cands[0]
        named = [c for c in cands if c in self.doc_pids]
        if len(named) == 1:
            return named[0]
        if not named and on is not None:            # the late Rafic Hariri is not the Hariri of 2015
            alive = [c for c in cands if self.gaz.persons[c].alive_on(on)]
            if len(alive) == 1:
                return alive[0]
            cands = alive or cands
        pool = named or cands
        if on is not None:
            serving = [c for c in pool if self.gaz.persons[c].offices_on(on)]
            if len(serving) == 1:
                return serving[0]
        return None

    def resolve(self, m: ActorMention, on: date | None, exclude: set[str] = frozenset(),
                dated: bool = False) -> str | None:
        """The person a mention names on date `on`; `dated` when that date comes from the text
        itself rather than from the publication date."""
        if m.kind == "short" and m.son_of:
            return m.candidates[0]
        if m.kind == "short":
            word = fold(m.unprefixed)
            owners = self.name_words.get(word, set())
            if len(owners) > 1 and self.here is not None:
                # a surname two persons of the article share: the one named in full last before it
                got = _owner(owners, self.name_at.get(word, []), self.here, m.first)
                if got is not None:
                    return got
            if owners and not owners & set(m.candidates):
                return next(iter(owners)) if len(owners) == 1 else None
            # "Charles Flynn ... General Flynn": the surname of a name the gazetteer lacks, which the
            # article gave in full, is his (not Michael Flynn's, whom the article never names in full)
            # (unless one the surname names held an office that day: "President Obama" beside "Michelle Obama")
            if not owners and word in self.unknown_surnames and not any(
                    p in self.gaz.persons and self.gaz.persons[p].offices_on(on) for p in m.candidates):
                return self.unknown_surnames[word]
        if m.homograph and not set(m.candidates) & self.doc_pids:
            return None           # "בחודשים מרץ ואפריל": a month, unless the article names Merz in full
        if m.kind in ("name", "short"):
            got = self._pick(m.candidates, on, short=m.kind == "short", dated=dated)
            if m.kind == "name" and got is not None and on is not None and m.office and not m.office.startswith("."):
                # "رئيس الوزراء القطري الشيخ عبدالله بن خليفة آل ثاني" in 2015: the name a former holder
                # bore, written for the holder of the day, whose longer name holds its every word in order
                country, kind = m.office.split(".", 1)
                person = self.gaz.persons.get(got)
                if person is not None and not any(o.kind == kind and o.held_on(on) for o in person.offices):
                    holders = [h for h in self.gaz.holders(m.office, on) if h != got]
                    words = [fold(w) for w in m.unprefixed.split()]
                    fits = [h for h in holders if any(in_order(words, [fold(w) for w in n.split()])
                                                      for ns in self.gaz.persons[h].names.values() for n in ns)]
                    if len(holders) == 1 and fits:
                        return fits[0]
            return got
        if m.kind == "delegation":    # "the delegation": its head, named earlier in the article
            return self.delegation[0] if self.delegation else None
        if m.kind == "pronoun":
            # ("سموه" after "استقبل الرئيس X الأمير Y": Y, the last one styled "prince"; the last
            # contact's subject when it was styled so and nobody was styled so after its sentence)
            inside = self.lex.title_pronoun_states.get(fold(m.unprefixed)) if self.lex is not None else None
            key = inside[0] if inside else fold(m.unprefixed.rsplit(" ", 1)[0] if m.country is not None else m.unprefixed)
            styled = self.styled.get(key) if m.start not in self.owning else None
            if m.country is not None and key in self.bare_titles:
                # ("والتقى الوزير الفرنسي": the last person of that state the text styled so)
                return next((p for p, _ in reversed(styled or []) if p in self.gaz.persons
                             and self.gaz.persons[p].country == m.country), None)
            if styled and key in self.bare_titles:
                # ("وذكر الوزير" after "X ... لقاء مع وزير الخارجية Y": the article's minister, X)
                # a bare title is the first person the text styled so, whom the article is about, unless
                # its own sentence styled one so before it ("واستعرض وزير الخارجية X ... التي قام بها الوزير")
                if styled[-1][1] == self.sentence:
                    return styled[-1][0]
                # (two styled so, one the subject of the last contact told: he, "His Highness the Amir
                # responded with a cable" after "the Amir X received a cable from Y")
                if self.lex is not None and self.lex.capitalised_names and len({p for p, _ in styled}) > 1 \
                        and self.last_subject in {p for p, _ in styled}:
                    return self.last_subject
                return self.first_styled.get(key)
            if key in self.bare_titles:
                return None       # ("وجه السفير رسالة" with no one styled so before: an ambassador we cannot tell)
            if styled and (styled[-1][1] > self.subject_at or self.last_subject not in {p for p, _ in styled}):
                return styled[-1][0]
            if m.gender:
                # ("He met Y": the one the sentence before was about, or the last contact's subject,
                # whose gender is the pronoun's; "She met Y" after a contact of a man's: someone else)
                # (the one before was about a name the gazetteer lacks, of no known gender: he)
                # (over a sentence naming nobody, a quotation's tail: the one the text was about before it,
                # '... Messahel said Sunday. "...," he said. He made the comments after meeting Y')
                return next((p for p in (self.topic, self.said_topic, self.last_subject)
                             if (p in self.gaz.persons and self.gaz.persons[p].gender == m.gender)
                             or (p is not None and p is self.topic and p.startswith("name:"))), None)
            return self.last_subject
        if m.kind == "unknown":
            # "فيصل مشعل" after "فيصل بن مشعل بن سعود": the opening words of a full name the
            # article gives someone, written without "بن": that person
            words = tuple(fold(w) for w in m.unprefixed.split())
            if len(words) >= 2:
                whose = {p for p, seqs in self.chains.items() if any(seq[:len(words)] == words for seq in seqs)}
                if len(whose) == 1:
                    return next(iter(whose))
            # the words of a full name the article gives someone ("John Paul" in a headline over
            # "Pope John Paul II", "كيم يونغ" over "كيم يونغ أون"): that person
            owners = None
            for w in (fold(w) for w in m.unprefixed.split()):
                got = self.name_words.get(w)
                if got is None:
                    # ("مارتن غريفيثفي": a word the text glued the next one to, "في", is the name's)
                    got = next((self.name_words[w[:n]] for n in range(len(w) - 1, max(3, len(w) - GLUED) - 1, -1)
                                if w[:n] in self.name_words), set())
                owners = got if owners is None else owners & got
            if owners and len(owners) == 1:
                return next(iter(owners))
            misspelt = self._misspelt(words, on)
            if misspelt is not None:
                return misspelt
            if self.lex is not None and self.lex.capitalised_names and len(words) >= 2:
                # ("H. E. Obiang Nguema Mbasogo": the last words of one person's name, his first left out)
                tail = self.lex.name_tails.get(" ".join(words))
                if tail is not None and tail in self.gaz.persons and self.gaz.persons[tail].in_career(on):
                    return tail
                # ("Radoslav Sikorsky" in an article that named "Radoslaw Sikorski": the one person it
                # names whose surname sounds as the name's last word, his given name of the same letter)
                alike = self._article_sounds(m.unprefixed)
                if alike is not None:
                    return alike
            if self.lex is not None and self.lex.capitalised_names and m.office and on is not None:
                # ("the President of the Republic, Field Marshal, Omer Al-Basher": a name under a
                # title, two words that sound as those of the one holder of such an office that day)
                heard = self._titled_sounds(m, on)
                if heard is not None:
                    return heard
            if self.lex is not None and self.lex.sounds:
                # ("HH Sayyid Asaad bin Tarik al Said": the one person whose Latin name sounds so, in
                # career by the date)
                heard = {p for p in self.lex.sounds.get(name_sounds(m.unprefixed), ()) if p in self.gaz.persons
                         and self.gaz.persons[p].in_career(on)}
                if len(heard) == 1:
                    return heard.pop()
            if m.office is None:             # a name with no title: as written
                return "name:" + m.unprefixed
            # the holder of the title's office on that date (of the article's persons for a bare
            # title) when the name written shares a word with theirs ("وزير الخارجية مايك بومبو",
            # misspelt, is Pompeo); else the name as written, even when the office has a holder
            country, kind = m.office.split(".", 1)
            got = self._resolve_office(country, kind, on, exclude)
            if got and (spells(m.unprefixed, (n for ns in self.gaz.persons[got].names.values() for n in ns),
                               self.long_vowels, self.letter_variants) or self._surname_of(m.unprefixed, got)):
                return got
            if got and self.lex is not None and not self.lex.capitalised_names and self._sounds_as(m.unprefixed, got):
                return got        # "יו"ר הפרלמנט המרוקאי ראשיד טלבי": the holder whose name in Latin letters sounds so
            if on is None and country and self.lex is not None and not self.lex.capitalised_names:
                # (an article with no date: the one who ever held the office whose name it is, in the
                # article's time when the offices of those it titles tell it: "הנשיא האזרי, איהאם אלייב"
                # beside Lieberman as foreign minister is Ilham Aliyev, not his father)
                key = f"{country}.{kind}"
                alike = {p for p in (self.window and self._in_window(key) or self.gaz.holders(key, None))
                         if p not in exclude and (spells(
                    m.unprefixed, self.gaz.persons[p].names.get(self.lex.lang, []), self.long_vowels, self.letter_variants)
                    or self._sounds_as(m.unprefixed, p) or self._surname_of(m.unprefixed, p, by_sound=False))}
                if len(alike) == 1:
                    return alike.pop()
            if not country and len(m.unprefixed.split()) == 1:
                # "الملك سلمان", "King Abdullah": the one head of state of that given name on the date
                # (else "الرئيس بخاري": the one of that surname)
                # (two such heads of that given name that day, "King Abdullah" of Jordan and of Malaysia in
                # 2019: neither, and no one of that surname either)
                given = self._holders_by_given(kind, fold(m.unprefixed), on, exclude, m.only_for)
                if len(given) > 1:
                    # (the one of a state the article names, a city of it too: "AMMAN — King Abdullah" in
                    # 2021, when Malaysia's king was an Abdullah as well)
                    given = {p for p in given if self.gaz.persons[p].country in self.doc_countries} or given
                if given:
                    return given.pop() if len(given) == 1 else None
                return self._holder_by_surname(kind, fold(m.unprefixed), on, exclude, m.only_for)
            return "name:" + m.unprefixed
        if m.kind == "role":
            country, kind = m.office.split(".", 1)
            if kind in NAMED_ONLY_KINDS:
                return None       # ("the Iranian deputy foreign minister": one of several, whom a name must tell)
            if m.elect:
                return self._next_holder(country, kind, on, exclude)
            # "the North Korean leader": the leader, else the head of state, else of government
            kinds = title_kinds(kind)
            if m.gender:
                # ("رئيسة الوزراء", a woman's title: no man holds it here)
                exclude = exclude | {p for p in self.doc_pids if self.gaz.persons[p].gender not in (None, m.gender)}
            for k in kinds:
                got = self._resolve_office(country, k, on, exclude, m.not_for, m.only_for)
                if got and m.gender and self.gaz.persons[got].gender not in (None, m.gender):
                    continue
                if got:
                    return got
        return None

    def _article_sounds(self, written: str) -> str | None:
        """The one person the article names elsewhere, by a name of the gazetteer, one of whose Latin
        names has a surname of the sounds (`sound_key`) of the written name's last word and a given
        name of its first word's letter."""
        words = written.replace("-", " ").split()
        last = sound_key(words[-1])
        if len(last) < ARTICLE_SURNAME_SOUNDS:
            return None
        first = fold(words[0])[:1].lower()
        found = set()
        for pid in self.doc_pids:
            person = self.gaz.persons.get(pid)
            if person is None:
                continue
            for n in {person.name, *person.names.get("en", [])}:
                ws = n.replace("-", " ").split()
                if len(ws) >= 2 and fold(ws[0])[:1].lower() == first and sound_key(ws[-1]) == last:
                    found.add(pid)
        return found.pop() if len(found) == 1 else None

    def _titled_sounds(self, m: ActorMention, on: date) -> str | None:
        """The one person who held an office of the kind m's title names on the date (of its state,
        when the title names one) whose Latin name sounds as m's words, word for word."""
        key = name_sounds(m.unprefixed)
        if len(key) < 2 or sum(map(len, key)) < TITLED_SOUND_MIN:
            return None
        country, kind = m.office.split(".", 1)
        kinds = HEAD_OF_STATE_OFFICES if kind == "head_of_state" else (kind,)
        hits = {pid for office, held in self.gaz.by_office.items()
                if office.split(".", 1)[1] in kinds and (not country or office.split(".", 1)[0] == country)
                for o, pid in held if o.held_on(on)}
        hits = {p for p in hits if any(name_sounds(n) == key for n in {self.gaz.persons[p].name, *self.gaz.persons[p].names.get("en", [])})}
        return hits.pop() if len(hits) == 1 else None

    def _surname_of(self, written: str, pid: str, by_sound: bool = True) -> bool:
        """Is the last of two words or more written under a title the person's surname in the language,
        its long vowels written or not ("הנשיא האזרי, איהאם אלייב": his given name misspelt, "אלייב"
        his; "נשיא קזחסטן, קסים טוקייב": "טוקאייב")?"""
        words = written.split()
        if len(words) < 2 or self.lex is None:
            return False
        drop = self.lex.skeleton_drop
        last = name_skeleton(words[-1], drop)
        person = self.gaz.persons[pid]
        if any(name_skeleton(n, drop) == last for n in person.short.get(self.lex.lang, ())
               if len(n) >= SURNAME_UNDER_TITLE_MIN):
            return True
        # (or its sounds in Latin letters are those of his surname: "עלייב", Aliyev; for the one holder
        # of the day only: a few sound classes tell no holder from the others, "أوجوستو" and Chikoti)
        spelt = latin(words[-1]) if by_sound and not self.lex.capitalised_names else None
        heard = sound_key(spelt) if spelt else ""
        return len(heard) >= SURNAME_UNDER_TITLE_SOUNDS and any(
            sound_key(n.replace("-", " ").split()[-1]) == heard for n in [person.name, *person.names.get("en", [])] if n.split())

    def _sounds_as(self, written: str, pid: str) -> bool:
        """Does a name written in Arabic or Hebrew letters sound as the person's Latin name?"""
        person = self.gaz.persons[pid]
        return any(_sounds_alike(written, n) for n in [person.name, *person.names.get("en", [])])

    def _misspelt(self, words: tuple[str, ...], on: date | None) -> str | None:
        """"مسعود بازراني" for "مسعود بارزاني": a name of two words or more the gazetteer lacks one of
        whose words, two letters swapped, one letter dropped or a long vowel added, gives the name
        of one known person whose career had begun by the date."""
        if len(words) < 2:
            return None
        if self.name_entries is None or len(words[-1]) < MISSPELT_MIN:
            return self._skeleton_of(words, on)
        # (the slip may be in any word: "خوسي لويس" for "خوسيه لويس", "سامية صلوحو حسن" for "صولوحو")
        found = set()
        latin_letters = self.lex is not None and self.lex.capitalised_names
        for k, w in enumerate(words):
            if len(w) < MISSPELT_MIN:
                continue
            variants = {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(len(w) - 1)}
            # (a letter left out; in Latin letters a vowel or one of a doubled pair only: "Hyung" is no
            # "Hyun" misspelt, another man's syllable)
            variants |= {w[:i] + w[i + 1:] for i in range(len(w)) if not latin_letters or w[i] in _LATIN_VOWELS
                         or (i > 0 and w[i - 1] == w[i])}
            variants |= {w[:i] + v + w[i:] for i in range(1, len(w)) for v in self.long_vowels}
            if self.lex is not None and self.lex.capitalised_names:
                # (Latin letters: one vowel written for another, "Cavusaglu" for "Cavusoglu")
                variants |= {w[:i] + v + w[i + 1:] for i in range(1, len(w)) if w[i] in _LATIN_VOWELS for v in _LATIN_VOWELS}
            variants.discard(w)
            for v in variants:
                found.update(self.name_entries(" ".join(words[:k] + (v,) + words[k + 1:])))
        found = {p for p in found if p in self.gaz.persons and self.gaz.persons[p].in_career(on)}
        return found.pop() if len(found) == 1 else self._skeleton_of(words, on)

    def _skeleton_of(self, words: tuple[str, ...], on: date | None) -> str | None:
        """"ريئوفين ريفلن" for "ريوفين ريفلين", "הייקו מאאס" for "הייקו מאס": the one person whose
        career had begun by the date and one of whose full names has the skeleton of the words
        (`name_skeleton`: every word with the letters writers add or leave out dropped)."""
        skeletons = self.lex.skeletons if self.lex is not None else None
        if not skeletons:
            return None
        variants = self.lex.name_letter_variants
        key = name_skeleton(" ".join(words), self.lex.skeleton_drop, variants)
        if len(key) - key.count(" ") < SKELETON_NAME_MIN:
            return None
        drop = self.lex.skeleton_drop
        found = {p for p in skeletons.get(key, ()) if p in self.gaz.persons and self.gaz.persons[p].in_career(on)
                 and any(_letters_apart(words, key, n, drop, variants) for n in self.gaz.persons[p].names.get(self.lex.lang, ()))}
        return found.pop() if len(found) == 1 else None

    def _next_holder(self, country: str, kind: str, on: date | None, exclude: set[str]) -> str | None:
        """Who takes the office next after `on`, within the months between an election and the
        start of a term; for a role with no country, one the article names."""
        if on is None:
            return None
        kinds = ("head_of_state", "head_of_government") if kind == "leader" else (kind,)
        keys = [f"{country}.{k}" for k in kinds] if country else \
            [key for key in self.gaz.by_office if key.split(".", 1)[1] in kinds]
        hits = set()
        for key in keys:
            for o, pid in self.gaz.by_office.get(key, []):
                if pid in exclude or o.start is None or not (country or pid in self.doc_pids):
                    continue
                if on < o.start <= on + ELECT_WINDOW:
                    hits.add(pid)
        return hits.pop() if len(hits) == 1 else None

    def _holders_by_given(self, kind: str, word: str, on: date | None, exclude: set[str],
                          only_for: frozenset = frozenset()) -> set[str]:
        """Those who held an office of that kind on the date whose given name it is (with no date, who
        ever did: "King Charles" is one, "King Abdullah" two)."""
        hits = set()
        for key, held in self.gaz.by_office.items():
            if not key.endswith("." + kind) or not _fits_title(key.split(".", 1)[0], frozenset(), only_for):
                continue
            for o, pid in held:
                if pid in exclude or (on is not None and not o.held_on(on)):
                    continue
                p = self.gaz.persons[pid]
                if any(fold(n.split()[0]) == word for ns in p.names.values() for n in ns if n.split()):
                    hits.add(pid)
        return hits

    def _holder_by_surname(self, kind: str, word: str, on: date | None, exclude: set[str],
                           only_for: frozenset = frozenset()) -> str | None:
        """The one who held an office of that kind on the date whose surname the word is (with no date,
        the one who ever held one: "שר החוץ אשכנזי")."""
        if self.lex is None:
            return None
        hits = {p for p in holders_by_surname(word, None, kind, on, self.lex) if p not in exclude and (
            not only_for or self.gaz.persons[p].country in only_for)}
        return hits.pop() if len(hits) == 1 else None

    def resolve_office_of(self, country: str, kind: str, on: date | None, exclude: set[str]) -> str | None:
        """The one holder of the country's office of that kind on the date, not among `exclude`."""
        return self._resolve_office(country, kind, on, exclude) if on is not None else None

    def _resolve_office(self, country: str, kind: str, on: date | None, exclude: set[str],
                        not_for: frozenset = frozenset(), only_for: frozenset = frozenset()) -> str | None:
        if country:
            holders = self.gaz.holders(f"{country}.{kind}", on)
            if on is None:
                holders = self._undated(f"{country}.{kind}", holders)
            holders = [h for h in holders if h not in exclude] or holders
            if len(holders) == 1:
                return holders[0]
            named = [h for h in holders if h in self.doc_pids]
            return named[0] if len(named) == 1 else None
        # bare role: someone the article names who held that kind of office then; else, in a
        # language of one country, that country's holder
        if on is None and self.dead:
            # ("تلقى أمير البلاد برقية تعزية في وفاة أمير البلاد الراحل X": the holder then is the one who
            # followed the dead holder the article names)
            after = self._successor(kind, exclude, not_for, only_for)
            if after is not None:
                return after
        fits = [p for p in self.doc_pids if p not in exclude and (on is not None or p not in self.dead) and any(
            o.kind == kind and _fits_title(o.country, not_for, only_for)
            and (on is None or o.held_on(on)) for o in self.gaz.persons[p].offices)]
        if not fits and self.home and (on is not None or self.window) and _fits_title(self.home, not_for, only_for):
            return self._resolve_office(self.home, kind, on, exclude)
        if not fits and len(only_for) == 1 and on is not None:
            # ("رئيس الكنيست": a title only one state's office bears is that state's holder's)
            return self._resolve_office(next(iter(only_for)), kind, on, exclude)
        return fits[0] if len(fits) == 1 else None

    def _successor(self, kind: str, exclude: set[str], not_for: frozenset, only_for: frozenset) -> str | None:
        """The one who took an office of that kind the day after the term of a holder the undated
        article tells dead ended, when the article tells one such holder dead and one followed him."""
        ends = {(o.country, o.end) for p in self.dead if p in self.gaz.persons for o in self.gaz.persons[p].offices
                if o.kind == kind and o.end is not None and _fits_title(o.country, not_for, only_for)}
        if len(ends) != 1:
            return None
        country, end = ends.pop()
        after = [h for h in self.gaz.holders(f"{country}.{kind}", end + timedelta(days=1)) if h not in exclude]
        return after[0] if len(after) == 1 else None

    def _undated(self, key: str, holders: list[str]) -> list[str]:
        """Of all who ever held office `key` (`holders`), those an undated article may mean: the ones
        it names (not one it tells dead: "تلقى أمير البلاد برقية تعزية في وفاة ... الشيخ صباح،
        طيب الله ثراه" is his successor's), else those who held it in its time (`window`), when it
        has one."""
        named = [h for h in holders if h in self.doc_pids and h not in self.dead]
        return named if named or not self.window else self._in_window(key)

    def _in_window(self, key: str) -> list[str]:
        """Those who held office `key` on some day of the undated article's time (`window`)."""
        return list(dict.fromkeys(h for span in self.window or () for h in self.gaz.holders_between(key, *span)))

    def resolve_own(self, m: ActorMention, whose: str | None, on: date | None, country: str | None = None) -> str | None:
        """'his foreign minister' = the holder of that office in the country of `whose`; 'its foreign
        minister' ("قادا طهران للتحرك، فأجرى وزير خارجيتها") = the holder in `country`."""
        p = self.gaz.persons.get(whose) if whose else None
        if p is not None and p.country:
            country = p.country
        if not country:
            return None
        holders = [h for h in self.gaz.holders(f"{country}{m.office}", on) if h != whose]
        if on is None:
            holders = [h for h in self._undated(f"{country}{m.office}", holders) if h != whose]
        return holders[0] if len(holders) == 1 else None

    def counterpart_spelt(self, m: ActorMention, other: str | None, written: str) -> str | None:
        """"his Greek counterpart Nikos Dendiasaa" in an article with no date: the one who ever held,
        in the title's country, an office the other party held, whose name the words written after
        the title spell with a slip (`_same_name`)."""
        country = m.office.split(".", 1)[0]
        p = self.gaz.persons.get(other) if other else None
        if p is None or not country:
            return None
        alike = {h for kind in {o.kind for o in p.offices} for h in self.gaz.holders(f"{country}.{kind}", None)
                 if h != other and spells(written, (n for ns in self.gaz.persons[h].names.values() for n in ns),
                                          self.long_vowels, self.letter_variants)}
        return alike.pop() if len(alike) == 1 else None

    def resolve_counterpart(self, m: ActorMention, other: str | None, on: date | None) -> str | None:
        """'his counterpart' = the holder of the other participant's office in the named country."""
        country = m.office.split(".", 1)[0]
        if not other or not country:
            return None
        p = self.gaz.persons.get(other)
        offs = p.offices_on(on) if (p and on) else (p.offices if p else [])
        for o in offs:
            holders = self.gaz.holders(f"{country}.{o.kind}", on)
            if on is None:
                holders = [h for h in holders if h in self.doc_pids]
            if len(holders) == 1:
                return holders[0]
            # (an office many hold, "minister": the one of them the article names, "نوفاك ... مع نظيره
            # الإيراني" after "وزيري النفط الإيراني بيجن زنغنه، والطاقة الروسي ألكسندر نوفاك")
            named = [h for h in holders if h in self.doc_pids and h != other]
            if len(named) == 1:
                return named[0]
        if on is None and self.window:
            # (an article with no date: the holder, in its time, of the office it titles the other by,
            # "שר הביטחון X שוחח עם מקבילו היווני"; not of any other office he held once)
            for kind in sorted(self.titled.get(other, ())):
                holders = [h for h in self._in_window(f"{country}.{kind}") if h != other]
                if len(holders) == 1:
                    return holders[0]
        return None
