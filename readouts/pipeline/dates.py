"""DATE stage: find date expressions in a sentence and resolve them against the publication date.

The engine is language-blind: every word comes from the ``[dates]`` table of the language pack
(readouts/packs/<lang>/dates.toml, documented there). Two kinds of matching are used:

* token phrases (relative words, weekday names, month names alone, stop phrases): the text is
  tokenised with textnorm.tokenize, tokens are folded with textnorm.fold, the first token of a
  phrase may carry the pack's clitic prefixes (Hebrew "ובשבוע", Arabic "بالأمس"), the longest
  phrase starting at a token wins;
* regexes for anything with digits (named and numeric full dates, Hijri dates, years). Month
  names inside them are compiled into fold-tolerant patterns (hamza/alef/ta-marbuta, niqqud,
  final letters, geresh variants match).

Resolution against ``published`` (never against the processing date):

* relative, unit day ("today", "אמש", "الليلة الماضية"): published + offset, precision "day";
* relative, unit week ("this week", "בשבוע שעבר", "الأسبوع الماضي"): the output format has no week
  precision, so the result is the MONTH all that week's days fall in, precision "month" ("last
  week" published 2016-07-14 -> "2016-07"), or its YEAR when the week spans two months ("last
  week" published 2018-05-07 -> "2018"), or nothing across two years; a week starts on any of
  the pack's week_starts (ar, he: Sunday; en: Sunday or Monday); weeks counted back ("two weeks
  ago") give the month of published - 7*N days; the hint keeps "relative=week:-1";
* relative, unit month / year: published's month / year shifted, precision "month" / "year";
* weekday: the most recent such day on or before published (same day allowed); with a past
  modifier ("last Tuesday", "الخميس الماضي") strictly before; with a next modifier strictly after;
  a relative day word followed by a weekday ("הערב (ג')", "اليوم الثلاثاء") is one expression whose
  date is the day with that weekday nearest (within 3 days) to the relative day;
* day + month without year: the most recent such date on or before published (contacts are
  reported after they happen; an announced future date thus lands a year back: callers that care
  should check tense);
* month alone ("في أيار/مايو", "in May", "במרץ"): the most recent such month not after published's
  month; strictly before with a past modifier ("أيار الماضي"), strictly after with a next modifier
  ("الشهر المقبل" is relative); precision "month";
* year alone only after a year lead word ("in 2015", "عام 2015", "בשנת 2015", "ב-2015").

With published None, anything that needs it gets date=None and precision=None; ``hint`` (always
filled) says what was found: "relative=-1", "relative=week:0", "weekday=tuesday",
"weekday=tuesday;past", "month=5", "month=3;day=3". Absolute dates with a year need no
published date. Tomorrow/next are returned as future dates: callers reject them.

Full dates are parsed from the regex groups with the pack's month tables (dateparser would add
nothing there and costs milliseconds per call); dateparser is used only as a fallback by
find_dateline, on the short span after a dateline cue word when no pattern matched there.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from readouts.knowledge.cache import regex
from readouts.model import plausible_published

from readouts.packs import available, load_pack
from readouts.textnorm import TOKEN_RE, fold, tokenize

try:  # Umm al-Qura Hijri calendar (PyPI: hijridate)
    from hijridate import Hijri as _Hijri
except ImportError:  # pragma: no cover - conversion then yields date None with a hint
    _Hijri = None

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_UNITS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class DateExpr:
    start: int            # char offsets of the expression in the text given
    end: int
    date: str | None      # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when it cannot be resolved
    precision: str | None  # "day" | "month" | "year" | None
    kind: str             # "relative", "weekday", "absolute", "month", "year", "hijri"
    hint: str | None = None  # what was recognised, e.g. "weekday=tuesday", "relative=-1"


# ---------------------------------------------------------------------------------------------
# fold-tolerant regex building

_MARKS = "[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"


@lru_cache(maxsize=None)
def _preimages() -> dict[str, str]:
    """folded char -> all chars folding to it (itself included)."""
    table: dict[str, set[str]] = {}
    for a, b in ((0x20, 0x250), (0x590, 0x600), (0x600, 0x700), (0x2010, 0x2020)):
        for cp in range(a, b):
            c = chr(cp)
            f = fold(c)
            if len(f) == 1:
                table.setdefault(f, {f}).add(c)
    return {k: "".join(sorted(v)) for k, v in table.items()}


def _char_pat(ch: str) -> str:
    if ch.isspace():
        return r"\s+"
    pre = _preimages().get(ch)
    marks = _MARKS if "\u0590" <= ch <= "\u06ff" else ""  # niqqud/harakat follow Hebrew/Arabic letters
    if pre and len(pre) > 1:
        return "[" + "".join(re.escape(c) for c in pre) + "]" + marks
    return re.escape(ch) + marks


def _fpat(phrase: str) -> str:
    """Regex for a phrase matching any spelling that folds to fold(phrase)."""
    f = " ".join(fold(phrase).split())
    return "".join(_char_pat(c) for c in f)


def _alt(phrases) -> str:
    pats = sorted({_fpat(p) for p in phrases if p and p.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(pats) + ")" if pats else "(?!)"


def _trie_regex(words) -> str:
    """Compact alternation (a trie) of fold-tolerant patterns: fast substring pre-check."""
    trie: dict = {}
    for w in words:
        f = fold(w)
        if not f:
            continue
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node) -> str:
        if "" in node and len(node) == 1:
            return ""
        alts = []
        opt = False
        for ch, sub in sorted(node.items()):
            if ch == "":
                opt = True
                continue
            alts.append(_char_pat(ch) + walk(sub))
        body = alts[0] if len(alts) == 1 and not opt else "(?:" + "|".join(alts) + ")"
        if opt:
            body = ("(?:" + "|".join(alts) + ")") + "?"
        return body

    return walk(trie) if trie else "(?!)"


# ---------------------------------------------------------------------------------------------
# per-language compiled data

class _Entry:
    __slots__ = ("toks", "cat", "val", "paren", "lead")

    def __init__(self, toks, cat, val, paren=False, lead=False):
        self.toks = toks      # tuple of folded tokens
        self.cat = cat        # "rel" | "wd" | "mon" | "stop" | "vague"
        self.val = val        # (offset, unit) | weekday index | month index | None
        self.paren = paren    # valid only inside parentheses
        self.lead = lead      # weekday name preceded by an optional lead word ("يوم الثلاثاء")


def _ftoks(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t) for _, _, t in tokenize(phrase))


class _Lang:
    def __init__(self, code: str):
        pack = load_pack(code)
        d = pack.section("dates")
        self.code = code
        self.prefixes = sorted(pack.prefixes, key=len, reverse=True)
        self.max_prefixes = pack.max_prefixes
        self._bcache: dict[str, tuple] = {}
        chains = d.get("prefix_chains")
        self.chains = {fold(c) for c in chains} if chains is not None else None

        def words(key):
            return [fold(w) for w in d.get(key, [])]

        self.year_leads = set(words("year_leads"))
        self.year_glued = set(words("year_glued_prefixes"))
        # prefix strings allowed before a glued year ("וב-2015")
        self.chain_set = set(self.chains) if self.chains is not None else set(self.prefixes)
        self.month_leads = set(words("month_leads"))
        self.month_prefix_leads = tuple(words("month_prefix_leads"))
        self.month_cap = bool(d.get("month_capitalized", False))
        self.named_orders = d.get("named_orders", ["dm"])
        self.numeric_order = d.get("numeric_order", "dmy")
        self.past_before = set(words("past_before"))
        self.since = set(words("since_words"))
        self.past_after = set(words("past_after"))
        self.next_before = set(words("next_before"))
        self.next_after = set(words("next_after"))
        # the days a week may start on where the language is read ("last week" is the one before)
        starts = d.get("week_starts", ["sunday", "monday"])
        if not starts or any(w not in WEEKDAYS for w in starts):
            raise ValueError(f"{code}/dates.toml: bad week_starts {starts!r}")
        self.week_starts = tuple(WEEKDAYS.index(w) for w in starts)

        # ---- token phrase index: first folded token -> entries
        self.index: dict[str, list[_Entry]] = {}
        first_words: set[str] = set()

        def add(phrase, cat, val, paren=False, lead=False):
            toks = _ftoks(phrase)
            if not toks:
                return
            self.index.setdefault(toks[0], []).append(_Entry(toks, cat, val, paren, lead))
            if not paren:
                first_words.add(toks[0])

        for grp in d.get("relative", []):
            unit = grp["unit"]
            if unit not in _UNITS:
                raise ValueError(f"{code}/dates.toml: bad relative unit {unit!r}")
            for p in grp.get("phrases", []):
                add(p, "rel", (int(grp.get("offset", 0)), unit))
        leads = d.get("weekday_leads", [])
        for i, wd in enumerate(WEEKDAYS):
            for p in d.get("weekdays", {}).get(wd, []):
                add(p, "wd", i)
                for lead in leads:
                    add(lead + " " + p, "wd", i, lead=True)
            for p in d.get("weekday_paren", {}).get(wd, []):
                add(p, "wd", i, paren=True)
        self.has_paren = bool(d.get("weekday_paren"))
        self.rel_single = {e.toks[0] for es in self.index.values() for e in es
                           if e.cat == "rel" and len(e.toks) == 1}
        month_names: dict[str, int] = {}
        for i, m in enumerate(MONTHS):
            for p in d.get("months", {}).get(m, []):
                add(p, "mon", i + 1)
                month_names[" ".join(_ftoks(p))] = i + 1
            for p in d.get("month_abbrevs", {}).get(m, []):
                month_names[" ".join(_ftoks(p))] = i + 1
        for p in d.get("stop_phrases", []):
            add(p, "stop", None)
        for p in d.get("vague_phrases", []):
            add(p, "vague", None)
        for p in d.get("few_days_phrases", []):
            add(p, "few", None)
        self.month_names = month_names
        hij = d.get("hijri", {})
        self.hijri_names: dict[str, int] = {}
        for i, names in enumerate(hij.get("months", [])):
            for p in names:
                self.hijri_names[" ".join(_ftoks(p))] = i + 1

        # ---- regexes
        pre_alt = "(?:" + "|".join(_alt([p]) for p in self.prefixes) + ")" if self.prefixes else "(?!)"
        mpfx_words = words("month_date_prefixes")
        mpfx = f"(?:{_alt(mpfx_words)}[-\u05be]?)?" if mpfx_words else ""
        mon = "(?:" + _trie_regex(month_names) + ")"
        # (a second name of the same month: "أيار/مايو", "أيار (مايو)", or a space alone between, as
        # Reuters writes it: "فبراير شباط 2017"; that one is checked to name the same month)
        pair = rf"(?:\s*[/(]\s*{mon}(?!\w)(?:\s*\))?|\s+(?P<mon2>{mon})(?!\w))?"
        ords = d.get("ordinal_suffixes", [])
        ordp = f"(?:{_alt(ords)})?" if ords else ""
        joins = d.get("day_month_joiners", [])
        joinp = rf"(?:{_alt(joins)}\s+)?" if joins else ""
        hmark = _alt(hij.get("markers", []))
        hmarkg = rf"(?P<hm>\s*{hmark}(?!\w))?"
        # (words between a month and its year: "ديسمبر من عام 2015", "May of 2017")
        myj_words = words("month_year_joiners")
        # (and between a month and a relative year: "June of last year", "يونيو من العام الماضي")
        self.month_rel_joiners = frozenset(fold(w) for w in d.get("month_relative_year_joiners", []))
        myj = rf"(?:{_alt(myj_words)}\s+)?" if myj_words else ""
        year = myj + r"(?P<y>\d{4})(?!\d)"
        # (the word "month" between the day and the month's name: "16 من شهر ديسمبر")
        mword_words = words("month_words")
        mword = rf"(?:{_alt(mword_words)}\s+)?" if mword_words else ""
        # (a day written as an ordinal word: "السادس عشر من ديسمبر")
        self.day_ordinals = {" ".join(_ftoks(w)): int(v) for w, v in d.get("day_ordinals", {}).items()}
        dword = rf"|(?<!\w)(?P<dw>{_alt(self.day_ordinals)})(?!\w)" if self.day_ordinals else ""
        pats = []
        if "dm" in self.named_orders:
            pats.append(("dmy", rf"(?:(?<![\d.,:])(?P<d>\d{{1,2}}){ordp}(?!\d){dword})\s*[,.\-/]?\s*{joinp}{mword}{mpfx}"
                                rf"(?P<mon>{mon})\.?(?!\w){pair}(?:\s*[,.\-]?\s*{year})?"))
        if "md" in self.named_orders:
            pats.append(("mdy", rf"(?<!\w){mpfx}(?P<mon>{mon})\.?(?!\w){pair}\s*(?:{joinp})?"
                                rf"(?P<d>\d{{1,2}}){ordp}(?![\d:])(?:\s*,?\s*{year})?"))
        pats.append(("my", rf"(?<!\w)(?:{pre_alt}{{0,3}})?(?P<mon>{mon})\.?(?!\w){pair}\s*,?\s*{year}"))
        if self.hijri_names:
            hmon = _alt(self.hijri_names)
            pats.append(("hij", rf"(?<![\d.,:])(?P<d>\d{{1,2}})\s*(?:{pre_alt}{{0,2}})?(?P<mon>{hmon})(?!\w)"
                                rf"\s*,?\s*(?P<y>\d{{3,4}})(?!\d){hmarkg}"))
            # (a Hijri month and year, "في شهر ربيع الأول من عام 1379هـ"; a Hijri year, "عام 1383هـ")
            yj = hij.get("year_joiners", [])
            yjp = rf"(?:{_alt(yj)}\s*)?" if yj else ""
            pats.append(("hijm", rf"(?<![\w\d])(?:{pre_alt}{{0,2}})?(?P<mon>{hmon})(?!\w)\s*,?\s*{yjp}"
                                 rf"(?P<y>1[34]\d\d)(?!\d){hmarkg}"))
            if hmark:
                pats.append(("hijy", rf"(?<![\d.,:/])(?P<y>1[34]\d\d)\s*(?P<hm>{hmark})(?!\w)"))
        pats.append(("num", rf"(?<![\d.,/:])(?<!\d-)(?P<a>\d{{1,4}})(?P<s>[./\-])(?P<b>\d{{1,2}})(?P=s)"
                            rf"(?P<c>\d{{4}}|\d{{2}})(?!\d|[.,/\-:]\d){hmarkg}"))
        self._pats = pats         # (compiled on first use: see patterns)
        self.year_re = re.compile(r"(?<![\d.,:/])(?P<y>(?:1[89]|20)\d\d)(?!\d|[.,/:]\d|\s*%)")

        # ---- quick pre-checks: any first token of a phrase (or "(" for paren weekdays); a month name
        pre = _trie_regex(first_words)
        bound = r"(?<!\w)" if not self.prefixes else ""
        self.precheck = regex(bound + "(?:" + pre + ")" + (r"|\(" if self.has_paren else ""), re.I)
        self._mon = mon

        # ---- dateline
        self._cue = rf"(?<!\w){_alt(d.get('dateline_cues', []))}(?!\w)"
        filler = set(words("dateline_filler"))
        for entries in self.index.values():
            for e in entries:
                if e.cat in ("wd", "mon") and len(e.toks) == 1:
                    filler.add(e.toks[0])
        filler.update(month_names)
        self.filler = filler
        # the words of a site's masthead ("رئيس التحرير", "Editor-in-Chief"): a date beside them is the
        # site's day, shown on every page, not the article's
        self.masthead = tuple(fold(w) for w in d.get("masthead_words", []))

    # The digit patterns, the month check and the dateline cues are compiled when first used:
    # compiling them takes a third of a second per language, which a run whose sentences hold no
    # digit (or which reads no dateline) need not pay.
    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern]]:
        return [(k, regex(p, re.I)) for k, p in self._pats]

    @cached_property
    def month_check(self) -> re.Pattern:
        return regex(self._mon, re.I)

    @cached_property
    def cue_re(self) -> re.Pattern:
        return regex(self._cue, re.I)

    # -- tokens ---------------------------------------------------------------------------------
    def bases(self, tok: str) -> tuple:
        """(base, prefix) pairs for a raw token: the folded token and its clitic-stripped forms."""
        r = self._bcache.get(tok)
        if r is not None:
            return r
        f = fold(tok)
        out = [(f, "")]
        stack = [(f, "", 0)]
        while stack:
            s, p, depth = stack.pop()
            if depth >= self.max_prefixes:
                continue
            for pre in self.prefixes:
                if s.startswith(pre) and len(s) - len(pre) >= 2:
                    t = (s[len(pre):], p + pre)
                    out.append(t)
                    stack.append((t[0], t[1], depth + 1))
        if self.chains is not None:
            out = [t for t in out if not t[1] or t[1] in self.chains]
        r = tuple(dict.fromkeys(out))
        if len(self._bcache) > 200_000:
            self._bcache.clear()
        self._bcache[tok] = r
        return r


@lru_cache(maxsize=None)
def _lang(code: str) -> _Lang:
    return _Lang(code)


# ---------------------------------------------------------------------------------------------
# resolution helpers

def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _resolve_rel(offset: int, unit: str, pub: _dt.date | None, week_starts: tuple[int, ...] = (6, 0)):
    if pub is None:
        return None, None
    if unit == "day":
        return _iso(pub + _dt.timedelta(days=offset)), "day"
    if unit == "week" and abs(offset) > 1:
        # ("two weeks ago", counted back from publication: the month of that day)
        d = pub + _dt.timedelta(days=7 * offset)
        return _ym(d.year, d.month), "month"
    if unit == "week":
        # the days of that week (one that starts on any day the language's countries start it on;
        # up to publication for this week): its month when they all fall in one, else its year
        ends = []
        for first in week_starts:
            start = pub - _dt.timedelta(days=(pub.weekday() - first) % 7 - 7 * offset)
            end = start + _dt.timedelta(days=6)
            ends += [start, min(end, pub) if offset == 0 else end]
        lo, hi = min(ends), max(ends)
        if (lo.year, lo.month) == (hi.year, hi.month):
            return _ym(lo.year, lo.month), "month"
        return (f"{lo.year:04d}", "year") if lo.year == hi.year else (None, None)
    if unit == "month":
        return _ym(*_shift_month(pub.year, pub.month, offset)), "month"
    return f"{pub.year + offset:04d}", "year"


FEW_DAYS = (2, 7)     # "a few days ago": this many days before publication, from and to


def _resolve_wd(wd: int, mode: str, pub: _dt.date | None):
    if pub is None:
        return None, None
    if mode == "next":
        fwd = (wd - pub.weekday()) % 7 or 7
        return _iso(pub + _dt.timedelta(days=fwd)), "day"
    back = (pub.weekday() - wd) % 7
    if mode == "past" and back == 0:
        back = 7
    return _iso(pub - _dt.timedelta(days=back)), "day"


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _two_digit_year(yy: int, pub: _dt.date | None) -> int:
    pivot = (pub.year % 100 + 1) if pub else 50
    return 2000 + yy if yy <= pivot else 1900 + yy


def _hijri_to_greg(y: int, m: int, d: int) -> _dt.date | None:
    if _Hijri is None:
        return None
    for dd in (d, d - 1):  # a 30th in a 29-day month: take the 29th
        try:
            g = _Hijri(y, m, dd).to_gregorian()
            return _dt.date(g.year, g.month, g.day)
        except (ValueError, OverflowError):
            continue
    return None


# ---------------------------------------------------------------------------------------------
# candidate collection

def _regex_candidates(L: _Lang, text: str, pub: _dt.date | None, full_only: bool = False, digits: bool = True):
    """(start, end, date, precision, kind, hint) from the digit patterns (from a day written as a
    word alone when the text has no digit: `digits` False)."""
    out = []
    named = L.month_check.search(text) is not None
    for kind, rx in L.patterns:
        if (kind in ("dmy", "mdy", "my") and not named) or (not digits and kind != "dmy"):
            continue
        for m in rx.finditer(text):
            s, e = m.span()
            gd = m.groupdict()
            if kind in ("dmy", "mdy", "my"):
                mon_txt = m.group("mon")
                if L.month_cap and not mon_txt[:1].isupper():
                    continue
                mon = L.month_names.get(" ".join(fold(mon_txt).split()))
                if mon is None or (gd.get("mon2") and L.month_names.get(" ".join(fold(gd["mon2"]).split())) != mon):
                    continue
                y = int(gd["y"]) if gd.get("y") else None
                if kind == "my":
                    if full_only or not 1800 <= y <= 2100:
                        continue
                    out.append((s, e, _ym(y, mon), "month", "month", f"month={mon};year={y}"))
                    continue
                day = int(gd["d"]) if gd.get("d") else L.day_ordinals[" ".join(_ftoks(gd["dw"]))]
                if y is None:
                    if full_only:
                        continue
                    hint = f"month={mon};day={day}"
                    if pub is None:
                        if _safe_date(2000, mon, day) is None:
                            continue
                        out.append((s, e, None, None, "absolute", hint))
                        continue
                    # "27 أبريل/ نيسان المقبل": a "next" after the date (and a second name of its
                    # month) puts it on or after the publication date
                    nm = _NEXT_AFTER.match(text, e)
                    if nm and fold(nm.group(1)) in L.next_after:
                        dt = _safe_date(pub.year, mon, day)
                        if dt is None or dt < pub:
                            dt = _safe_date(pub.year + 1, mon, day)
                        if dt is not None:
                            out.append((s, nm.end(), _iso(dt), "day", "absolute", hint + ";next"))
                        continue
                    yy = pub.year
                    dt = _safe_date(yy, mon, day)
                    while dt is None or dt > pub:
                        yy -= 1
                        if yy < pub.year - 8:
                            dt = None
                            break
                        dt = _safe_date(yy, mon, day)
                    if dt is None:
                        continue
                    out.append((s, e, _iso(dt), "day", "absolute", hint))
                    continue
                if not 1800 <= y <= 2100:
                    continue
                dt = _safe_date(y, mon, day)
                if dt is None:
                    continue
                out.append((s, e, _iso(dt), "day", "absolute", None))
            elif kind in ("hijm", "hijy"):
                y = int(gd["y"])
                mon = L.hijri_names.get(" ".join(fold(m.group("mon")).split())) if kind == "hijm" else 6
                if mon is None or not 1300 <= y <= 1500:
                    continue
                g = _hijri_to_greg(y, mon, 15)    # (the middle of the month, or of the year)
                if kind == "hijm":
                    out.append((s, e, g.isoformat()[:7] if g else None, "month" if g else None, "hijri",
                                f"hijri={y:04d}-{mon:02d}"))
                else:
                    out.append((s, e, f"{g.year:04d}" if g else None, "year" if g else None, "hijri", f"hijri={y:04d}"))
            elif kind == "hij":
                y, mon, day = int(gd["y"]), L.hijri_names.get(" ".join(fold(m.group("mon")).split())), int(gd["d"])
                if mon is None or not (gd.get("hm") or 1300 <= y <= 1500):
                    continue
                g = _hijri_to_greg(y, mon, day)
                out.append((s, e, _iso(g) if g else None, "day" if g else None, "hijri",
                            f"hijri={y:04d}-{mon:02d}-{day:02d}"))
            else:  # numeric
                a, b, c, sep = gd["a"], gd["b"], gd["c"], gd["s"]
                hijri = bool(gd.get("hm"))
                if len(a) == 4 and len(c) <= 2:
                    y, mon, day = int(a), int(b), int(c)
                elif len(c) == 4 and len(a) <= 2:
                    y = int(c)
                    if L.numeric_order == "mdy":
                        mon, day = int(a), int(b)
                        if mon > 12 >= day:
                            mon, day = day, mon
                    else:
                        day, mon = int(a), int(b)
                        if mon > 12 >= day:
                            mon, day = day, mon
                elif len(c) == 2 and len(a) <= 2 and sep in "./" and not hijri:
                    y = _two_digit_year(int(c), pub)
                    if L.numeric_order == "mdy":
                        mon, day = int(a), int(b)
                    else:
                        day, mon = int(a), int(b)
                else:
                    continue
                if 1300 <= y <= 1500:
                    hijri = True
                if hijri:
                    if not 1 <= mon <= 12 or not 1 <= day <= 30:
                        continue
                    g = _hijri_to_greg(y, mon, day)
                    out.append((s, e, _iso(g) if g else None, "day" if g else None, "hijri",
                                f"hijri={y:04d}-{mon:02d}-{day:02d}"))
                    continue
                if not 1800 <= y <= 2100:
                    continue
                dt = _safe_date(y, mon, day)
                if dt is None:
                    continue
                out.append((s, e, _iso(dt), "day", "absolute", None))
    return out


def _prev_token(text: str, pos: int):
    """The token ending right before pos (only spaces between), or None."""
    lo = max(0, pos - 40)
    last = None
    for m in TOKEN_RE.finditer(text, lo, pos):
        last = m
    if last is None or text[last.end():pos].strip():
        return None
    return last


def _year_candidates(L: _Lang, text: str, pub: _dt.date | None):
    out = []
    for m in L.year_re.finditer(text):
        y = int(m.group("y"))
        if pub is not None and y > pub.year + 1:
            continue
        s, e = m.span()
        ok = False
        # glued prefix "ב-2015", "וב־2015", "ב2015"
        j = s
        if j > 0 and text[j - 1] in "-\u05be":
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalpha()) and j - k < 4:
            k -= 1
        if k < j:
            if k > 0 and (text[k - 1].isalnum()):
                continue
            glued = fold(text[k:j])
            if any(glued.endswith(g) and (glued == g or glued[:-len(g)] in L.chain_set)
                   for g in L.year_glued):
                ok, s = True, k
            else:
                continue
        elif j < s:
            continue
        if not ok:
            pt = _prev_token(text, s)
            if pt is None or not any(b in L.year_leads for b, _ in L.bases(pt.group())):
                continue
            s = pt.start()
        out.append((s, e, f"{y:04d}", "year", "year", f"year={y}"))
    return out


def _token_candidates(L: _Lang, text: str, pub: _dt.date | None, lo: int = 0):
    toks = list(tokenize(text, lo))
    n = len(toks)
    folded = [None] * n
    out = []

    def ftok(k):
        if folded[k] is None:
            folded[k] = fold(toks[k][2])
        return folded[k]

    i = 0
    while i < n:
        best = None  # (ntoks, entry, prefix)
        bases = [bp for bp in L.bases(toks[i][2]) if bp[0] in L.index]
        if not bases:
            i += 1
            continue
        # a token that is itself a relative word ("واليوم") is not a weekday lead ("يوم"): the
        # relative word and the weekday after it are merged later ("relative=0;weekday=...")
        rel_tok = any(b in L.rel_single for b, _ in bases)
        for base, pfx in bases:
            for ent in L.index.get(base, ()):
                ln = len(ent.toks)
                if i + ln > n or (best and ln <= best[0]) or (ent.lead and rel_tok):
                    continue
                ok = True
                for k in range(1, ln):
                    if ftok(i + k) != ent.toks[k] or text[toks[i + k - 1][1]:toks[i + k][0]].strip():
                        ok = False
                        break
                if not ok:
                    continue
                s, e = toks[i][0], toks[i + ln - 1][1]
                if ent.paren:
                    if pfx:
                        continue
                    before, after = text[:s].rstrip(), text[e:].lstrip()
                    if not (before.endswith("(") and after.startswith(")")):
                        continue
                best = (ln, ent, pfx)
        if best is None:
            i += 1
            continue
        ln, ent, pfx = best
        s, e = toks[i][0], toks[i + ln - 1][1]
        j = i + ln
        if ent.cat == "stop":
            i = j
            continue
        if ent.cat == "few" and pub is not None:
            # "قبل أيام", "a few days ago": two to seven days back; their month when both ends
            # fall in one, else a past the text does not fix
            a, b = pub - _dt.timedelta(days=FEW_DAYS[0]), pub - _dt.timedelta(days=FEW_DAYS[1])
            if (a.year, a.month) == (b.year, b.month):
                out.append((s, e, _ym(a.year, a.month), "month", "relative", "few_days", None))
            else:
                out.append((s, e, None, None, "vague", "vague", None))
            i = j
            continue
        if ent.cat in ("vague", "few"):
            # "months ago", "منذ سنوات": a past time the text does not fix; no date, and not the
            # publication date either
            out.append((s, e, None, None, "vague", "vague", None))
            i = j
            continue
        if ent.cat == "wd" and text[:s].rstrip().endswith("(") and text[e:].lstrip().startswith(")"):
            s = text.rfind("(", 0, s)
            e = text.find(")", e) + 1
        if ent.cat == "rel":
            off, unit = ent.val
            date, prec = _resolve_rel(off, unit, pub, L.week_starts)
            hint = f"relative={off}" if unit == "day" else f"relative={unit}:{off}"
            out.append((s, e, date, prec, "relative", hint, ent.val))
        elif ent.cat in ("wd", "mon"):
            mode = ""
            if not ent.paren:
                if j < n and ftok(j) in L.past_after | L.next_after and not text[e:toks[j][0]].strip():
                    mode = "past" if ftok(j) in L.past_after else "next"
                    e = toks[j][1]
                    j += 1
                pt = i - 1
                if pt >= 0 and not text[toks[pt][1]:s].strip():
                    f = ftok(pt)
                    if f in L.past_before or f in L.next_before:
                        mode = mode or ("past" if f in L.past_before else "next")
                        s = toks[pt][0]
            if ent.cat == "wd":
                date, prec = _resolve_wd(ent.val, mode, pub)
                hint = f"weekday={WEEKDAYS[ent.val]}" + (f";{mode}" if mode else "")
                out.append((s, e, date, prec, "weekday", hint, ent.val))
            else:
                mon = ent.val
                if L.month_cap and not toks[i][2][:1].isupper():
                    i = j
                    continue
                led = bool(mode) or (pfx and pfx.endswith(L.month_prefix_leads) if L.month_prefix_leads else False)
                if not led and i > 0 and not text[toks[i - 1][1]:toks[i][0]].strip():
                    led = any(b in L.month_leads for b, _ in L.bases(toks[i - 1][2]))
                if not led:
                    i = j
                    continue
                # "أيار/مايو", "أيار (مايو)", "فبراير شباط": a second name of the same month
                pm = re.match(r"\s*[/(]\s*|\s+", text[e:])
                if pm and j < n and toks[j][0] == e + pm.end():
                    if any(en.cat == "mon" and en.val == mon and len(en.toks) == 1
                           for b, _ in L.bases(toks[j][2]) for en in L.index.get(b, ())):
                        e = toks[j][1]
                        if text[e:e + 1] == ")":
                            e += 1
                        j += 1
                        if j < n and ftok(j) in L.past_after | L.next_after and not text[e:toks[j][0]].strip():
                            mode = "past" if ftok(j) in L.past_after else "next"
                            e = toks[j][1]
                            j += 1
                hint = f"month={mon}" + (f";{mode}" if mode else "")
                if pub is None:
                    out.append((s, e, None, None, "month", hint, mon))
                else:
                    if mode == "next":
                        y = pub.year if mon > pub.month else pub.year + 1
                    elif mode == "past":
                        y = pub.year if mon < pub.month else pub.year - 1
                    else:
                        y = pub.year if mon <= pub.month else pub.year - 1
                    out.append((s, e, _ym(y, mon), "month", "month", hint, mon))
        i = j
    return out


_DIGIT_RE = re.compile(r"\d")
# after a day and month: an optional second name of the month ("أبريل/ نيسان"), then a word
_NEXT_AFTER = re.compile(r"(?:\s*[/(]\s*[^\s/()]+\)?)?\s+([^\s.,،:;]+)")
_GAP_RE = re.compile(r"[\s,\u060c\-\u2013(]*")


def _select(cands):
    """Keep non-overlapping candidates, longest first at each start."""
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            kept.append(c)
            last_end = c[1]
        elif kept and c[1] - c[0] > kept[-1][1] - kept[-1][0] and c[0] < kept[-1][1]:
            # a longer candidate starting inside the previous one: prefer it
            kept[-1] = c
            last_end = c[1]
    return kept


def find_dates(text: str, lang: str, published: _dt.date | None) -> list[DateExpr]:
    """All date expressions in text (one sentence or a paragraph), resolved against published."""
    if not text:
        return []
    if isinstance(published, _dt.datetime):
        published = published.date()
    if published is not None and not plausible_published(published):
        published = None          # (date arithmetic near year 1 or 9999 overflows)
    L = _lang(lang)
    word = L.precheck.search(text)
    digit = _DIGIT_RE.search(text)
    if word is None and digit is None:
        return []
    cands = []
    if word is not None:
        # tokens before the first trigger cannot start a phrase; keep a margin for the words
        # checked before a phrase (modifiers, month leads), cut at a space
        lo = text.rfind(" ", 0, max(0, word.start() - 30)) + 1
        cands.extend(_token_candidates(L, text, published, lo))
    if digit is not None or (L.day_ordinals and word is not None):
        # (with no digit, only a day written as a word can begin a date: "السادس عشر من ديسمبر")
        for c in _regex_candidates(L, text, published, digits=digit is not None):
            cands.append(c + (None,))
    if digit is not None:
        for c in _year_candidates(L, text, published):
            cands.append(c + (None,))
    if not cands:
        return []
    kept = _select(cands)
    # merges: relative day + weekday ("הערב (ג')"), weekday + absolute date ("الأحد 7 أغسطس 2015")
    out: list[DateExpr] = []
    k = 0
    while k < len(kept):
        c = kept[k]
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        month_year = nxt is not None and c[4] == "month" and nxt[4] == "relative"
        if nxt is not None and (_GAP_RE.fullmatch(text, c[1], nxt[0]) or (
                month_year and fold(text[c[1]:nxt[0]]).strip() in L.month_rel_joiners)):
            if c[4] == "relative" and c[6] and c[6][1] == "day" and nxt[4] == "weekday" \
                    and not nxt[5].endswith((";past", ";next")):
                off, wd = c[6][0], nxt[6]
                date = prec = None
                if published is not None:
                    ref = published + _dt.timedelta(days=off)
                    delta = (wd - ref.weekday()) % 7
                    # (the weekday nearest the day the word gives; "today" no later than the day
                    # after the publication's: "اليوم الأحد" in Friday's paper was last Sunday)
                    if delta > (1 if off == 0 else 3):
                        delta -= 7
                    date, prec = _iso(ref + _dt.timedelta(days=delta)), "day"
                out.append(DateExpr(c[0], nxt[1], date, prec, "relative", f"{c[5]};{nxt[5]}"))
                k += 2
                continue
            if month_year and nxt[6] and nxt[6][1] == "year" and c[2]:
                # "in June last year", "ביוני אשתקד": that month of the year the relative words give
                date = _ym(published.year + nxt[6][0], int(c[2][5:7])) if published is not None else None
                # (a year before this one is past: the hint says so, as "last June"'s does)
                hint = f"{c[5]};{nxt[5]}" + (";past" if nxt[6][0] < 0 else "")
                out.append(DateExpr(c[0], nxt[1], date, "month" if date else None, "month", hint))
                k += 2
                continue
            if c[4] == "weekday" and nxt[4] in ("absolute", "hijri") and nxt[3] == "day":
                out.append(DateExpr(c[0], nxt[1], nxt[2], nxt[3], nxt[4], nxt[5]))
                k += 2
                continue
        out.append(DateExpr(c[0], c[1], c[2], c[3], c[4], c[5]))
        k += 1
    return out


_CLAUSE_MARK = re.compile(r"[,;:.!?\u060c\u061b\u061f()\"«»]")
SINCE_REACH = 8       # words from "since" to the date expression, at most


def since_clause(text: str, start: int, lang: str) -> int | None:
    """Does the date expression at `start` stand in a clause opened by "since" ("منذ وصوله إلى
    البيت الأبيض في يناير 2017", "since January")? Such a date tells when a state of affairs
    began, not when the contact told around it took place. ("منذ يومين", two days ago, is itself
    the expression and starts with the word: not this.) The offset of the "since" word, or None."""
    L = _lang(lang)
    if not L.since:
        return None
    lo = max(0, start - 120)
    head = text[lo:start]
    toks = list(tokenize(head))[-SINCE_REACH:]
    for s, _, w in reversed(toks):
        fw = fold(w)
        if any(fw == x or (fw.endswith(x) and fw[:-len(x)] in L.chain_set) for x in L.since):
            # (nothing that ends a clause between the word and the date)
            return None if _CLAUSE_MARK.search(head, s) else lo + s
    return None


# ---------------------------------------------------------------------------------------------
# dateline

_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_HEADER_LINES = 6
_HEADER_CHARS = 600


def _header(text: str) -> str:
    end = min(len(text), _HEADER_CHARS)
    count = 0
    for m in re.finditer(r"[^\n]*\n?", text[:end]):
        if m.group().strip():
            count += 1
            if count == _HEADER_LINES:
                end = m.end()
                break
        if not m.group():
            break
    return text[:end]


def _words(s: str):
    return [t for _, _, t in tokenize(s)]


# the name of a picture's or a screenshot's file, which a scraped page may show as a caption
_FILE_NAME_RE = re.compile(r"(?i)\b(?:whatsapp\s+image|img[_-]|screenshot|screen\s+shot)|\.(?:jpe?g|png|gif|webp|heic)\b")


MASTHEAD_LINES = 2     # non-empty lines from a date line to a masthead's words, at most, for the date to be the site's


@lru_cache(maxsize=1)
def _masthead_words() -> frozenset[str]:
    """Every pack's masthead words (a numeric date is every language's)."""
    return frozenset(w for code in available() for w in _lang(code).masthead)


def _by_masthead(region: str, ls: int, le: int) -> bool:
    """Do a site's masthead words stand within MASTHEAD_LINES non-empty lines of the line [ls, le)?"""
    words = _masthead_words()
    if not words:
        return False
    before = [x for x in region[:ls].split("\n") if x.strip()][-MASTHEAD_LINES:]
    after = [x for x in region[le:].split("\n") if x.strip()][:MASTHEAD_LINES]
    return any(w in fold(x) for x in before + after for w in words)


def _dateline_in(L: _Lang, region: str):
    cues = [m.span() for m in L.cue_re.finditer(region)]
    for s, e, date, prec, kind, hint in sorted(_regex_candidates(L, region, None, full_only=True)):
        if date is None or prec != "day":
            continue
        ls = region.rfind("\n", 0, s) + 1
        le = region.find("\n", e)
        le = len(region) if le < 0 else le
        # (a) right after a cue word that starts its line (or follows a short byline)
        for cs, ce in cues:
            if ce > s or s - ce > 40:
                continue
            gap = region[ce:s]
            cls = region.rfind("\n", 0, cs) + 1
            if len(_words(gap)) <= 2 and len(_words(region[cls:cs])) <= 4:
                return _dt.date.fromisoformat(date), s, e
        # (c) a wire dateline opening the text: a place, a comma, the date and a dash
        # ("NEW DELHI, 7 September 2004 - ...")
        lead = region[ls:s]
        if ls == 0 and lead.rstrip().endswith(",") and len(_words(lead)) <= 4 and \
                region[e:e + 4].lstrip()[:1] in ("-", "\u2013", "\u2014"):
            return _dt.date.fromisoformat(date), s, e
        # (b) a header line holding only the date (plus cue words, times, weekday/month names), not the
        # name of a picture's file ("WhatsApp Image 2021-10-28 at 17.57.02": when it was taken), nor
        # one a line or two from the site's masthead ("الجمعة 19 أبريل 2024 | رئيس مجلس الإدارة ...")
        if _FILE_NAME_RE.search(region[ls:le]) or _by_masthead(region, ls, le):
            continue
        rest = region[ls:s] + " " + region[e:le]
        rest = L.cue_re.sub(" ", rest)
        rest = _TIME_RE.sub(" ", rest)
        others = [w for w in _words(rest)
                  if not w.isdigit() and not any(b in L.filler for b, _ in L.bases(w))]
        if len(others) <= 3:
            return _dt.date.fromisoformat(date), s, e
    return None


def _dateline_fallback(L: _Lang, region: str):
    """dateparser on the short span after a cue word (absolute dates only, never relative)."""
    for m in L.cue_re.finditer(region):
        cls = region.rfind("\n", 0, m.start()) + 1
        if len(_words(region[cls:m.start()])) > 4:
            continue
        start = m.end()
        while start < len(region) and region[start] in " :\t|-\u2013":
            start += 1
        le = region.find("\n", start)
        le = len(region) if le < 0 else le
        span = region[start:min(le, start + 40)]
        if not span or not _DIGIT_RE.search(span):
            continue
        import dateparser  # slow import, only when needed
        order = "MDY" if L.numeric_order == "mdy" else "DMY"
        try:
            dt = dateparser.parse(span, languages=[L.code], settings={
                "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"],
                "PREFER_DATES_FROM": "past", "DATE_ORDER": order})
        except Exception:  # dateparser raises on odd input
            dt = None
        if dt is not None and 1900 <= dt.year <= 2100:
            return dt.date(), start, start + len(span.rstrip())
    return None


def find_dateline(text: str, lang: str | None = None) -> tuple[_dt.date, int, int] | None:
    """Publication date written in the header of a scraped article (first 6 non-empty lines,
    at most 600 chars): a full date right after a cue word ("تاريخ النشر:", "פורסם:",
    "Published:") or alone on a header line. Dates inside a sentence are not taken.
    Returns (date, start, end) with offsets into text, or None. With lang None every pack is tried."""
    if not text:
        return None
    region = _header(text)
    if not _DIGIT_RE.search(region):
        return None
    codes = [lang] if lang else available()
    found = []
    for code in codes:
        L = _lang(code)
        r = _dateline_in(L, region)
        if r:
            found.append(r)
    if found:
        return min(found, key=lambda r: r[1])
    for code in codes:
        r = _dateline_fallback(_lang(code), region)
        if r:
            return r
    return None
