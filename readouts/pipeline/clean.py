"""Clean: keep the article, drop the page furniture, split into sentences.

Works on offsets only: the cleaner never rewrites text, it returns the
stretches (segments, then sentences) of the original strings that carry the
article, so evidence offsets point into what the user gave us. What counts as
furniture is language data (the pack's [boilerplate] section).
"""
from __future__ import annotations

import re

from readouts.model import Document, Segment, Sentence
from readouts.packs import Pack
from readouts.textnorm import fold

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_WORD = re.compile(r"\w+")
# sentence ends: . ! ? ؟ … followed by space; Arabic full stop; newline handled by segments
_SENT_END = re.compile(r"(?<=[.!?؟…])[\"'”״»)]*\s+|(?<=[।۔])\s*|\s*•\s*|\s+\|\s+"
                       # (a full stop with no space after it between two Arabic or Hebrew words: "داعش.أهمية")
                       # (not after a Hebrew initial spelt out with a geresh: "ג׳יי.די ואנס", J.D. Vance)
                       r"|(?<=[\u0621-\u064a\u05d0-\u05ea]\.)(?<![׳'][\u05d0-\u05ea]\.)(?<![׳'][\u05d0-\u05ea]{2}\.)"
                       r"(?=[\u0621-\u064a\u05d0-\u05ea]{2})"
                       # (and between a lower-case word and a capitalised one: "their nations.The talks")
                       r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z])"
                       # (or after a closing quotation mark: "«... قادتنا».وفي السياق")
                       r"|(?<=[\"”»)]\.)(?=[\u0621-\u064a\u05d0-\u05ea]{2})")
# (a lone letter of any script with a period is an initial or a title: "J.", "د." = Dr)
# (a single letter after a combining mark ends a word, "المُشترَك.", it is no initial)
_ABBREV = re.compile(r"(?:\b[A-Z]\.){1,3}$|(?<![\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670])[^\W\d_]\.$|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|St|No|Jr|Sr|Capt|Sgt|Maj|Adm|Brig|Mt|vs|etc|Inc|Ltd|Co|Cmdr|Cmdt|Amb|Pres|Sec|Supt|Cpl|Pvt|Rev|Hon|Msgr|Sens|Reps|Gens|Ch|Sh|Smt|Md|Mohd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")

# the longest _ABBREV match: three initials ("J.F.K.") before a line break that "$" may precede
ABBREV_REACH = 7


def _abbreviated(src: str, start: int, end: int) -> bool:
    """Does src[start:end] end in an abbreviation? Only its last characters can hold one, so
    only they are searched (a search from `start` tries every position of the sentence)."""
    return _ABBREV.search(src, max(start, end - ABBREV_REACH), end) is not None


# every sentence end holds one of these marks, or follows one
_END_MARK = re.compile(r"[.!?؟…।۔•|]")
_MAY_END_EMPTY = re.compile(r"[।۔]")       # (after these an end may be empty)


def _sentence_ends(src: str, start: int, end: int) -> list[re.Match]:
    """The matches of _SENT_END in src[start:end], as finditer gives them. A regex search tries
    every position of the text, most of which hold no mark; this tries only the positions near a
    mark: right after it (". "), on it ("•", "|"), or where the blanks before it begin (" • ")."""
    if _MAY_END_EMPTY.search(src, max(0, start - 1), end):
        return list(_SENT_END.finditer(src, start, end))     # (empty matches: finditer's own rules)
    out, pos = [], start
    while (mark := _END_MARK.search(src, max(0, pos - 1), end)) is not None:
        at = mark.start()
        lo = at
        while lo > pos and src[lo - 1].isspace():
            lo -= 1
        for q in range(max(lo, pos), min(at + 2, end)):
            m = _SENT_END.match(src, q, end)
            if m is not None:
                out.append(m)
                pos = max(m.end(), q + 1)      # (an empty end, right after the mark, moves on too)
                break
        else:
            pos = at + 2          # (no end begins at or before the character after the mark)
    return out


def _words_upto(s: str, limit: int) -> int:
    """How many words s holds, counted up to `limit` (a long line's words are not all needed)."""
    n = 0
    for _ in _WORD.finditer(s):
        n += 1
        if n == limit:
            break
    return n


TAIL_WORDS = 25       # a tag list after a line's last sentence is at most this many words
TEASER_LINES = 3      # the first lines of a text that may be a teaser of the text after them
_SPACES = re.compile(r"\s+")


def _teaser_of_rest(line: str, text: str, end: int) -> bool:
    """Is the line the beginning of the text that follows it, word for word (a scraped summary
    that repeats the lead and stops mid-sentence)? An agency's dateline opening the next line is
    passed over ("<summary>" then "دبي (CNN) -- <the same words>...")."""
    rest = text[end:end + len(line) * 2 + DATELINE_CHARS]
    head = _LINE_DATELINE.match(rest)
    if head is not None:
        rest = rest[head.end():]
    # (the rest begins, blanks aside, with the line's first word, or it cannot begin with the line)
    first = line.split(None, 1)
    if first and not rest.lstrip().startswith(first[0]):
        return False
    flat = _SPACES.sub(" ", line).strip()
    return _SPACES.sub(" ", rest).strip().startswith(flat)


# Leads of other stories a site appends after an agency's article ("related news"): each a
# paragraph of its own, about something the article and the leads before it never name
TEASER_RUN = 2          # lines of such leads at the end of a text, at least
TEASER_CUT = 2          # ... cut short mid-sentence, when they share the article's names
_ENDS = tuple('.!?؟"»”)\'')     # what a line that is no cut-short lead ends with
_FULL_STOPS = tuple(".۔")          # ... and what no headline ends with
TEASER_CHARS = (60, 400)  # a lead's length in characters
TEASER_RARE = 4.0       # a word rarer than this on wordfreq's Zipf scale is a story's own (a name, a place)
TEASER_HEAD_LINES = 3   # the agency's dateline stands in one of the text's first lines
TEASER_TOPIC_RUN = 4    # leads of stories on one other subject, sharing names with each other only, at least
TEASER_TOPIC_SHARED = 1  # ... each with this many words of the article before them, at most
# "دبي، الإمارات العربية المتحدة (CNN)--", "واشنطن (رويترز) -": an agency's name in brackets, then a dash
_AGENCY_DATELINE = re.compile(r"\([^()\n]{2,20}\)\s*[-\u2013\u2014]{1,2}")
# ... opening a line, after a place (and a date) of a few words: no part of the sentence it heads
DATELINE_CHARS = 80
_LINE_DATELINE = re.compile(r"\s*[^()\n.!?:\"«»]{2,%d}\([^()\n]{2,20}\)\s*[-\u2013\u2014]{1,2}\s*" % DATELINE_CHARS)
DATELINE_WORDS = 8    # ... of this many words at most before the bracket


# (or a place and an agency or reporter between dashes, a few words each: "الرياض - واس -", "القاهرة -
# سامية سيد -")
_DASHED_DATELINE = re.compile(r"\s*([^-\u2013\u2014()\n.!?:\"«»،,]{2,30}?)\s+[-\u2013\u2014]\s+"
                              r"([^-\u2013\u2014()\n.!?:\"«»،,]{2,30}?)\s+[-\u2013\u2014]\s+")
DASHED_WORDS = 3      # words of each part of a dashed dateline, at most


def _dateline_head(line: str) -> int:
    """How many characters an agency's dateline takes at the start of the line ("واشنطن (رويترز) -",
    "LONDON, May 3 (Reuters) -", "الرياض - واس -"), 0 if none does."""
    m = _LINE_DATELINE.match(line)
    if m is not None and _words_upto(m.group().split("(", 1)[0], DATELINE_WORDS + 1) <= DATELINE_WORDS:
        return m.end()
    m = _DASHED_DATELINE.match(line)
    if m is not None and all(_words_upto(g, DASHED_WORDS + 1) <= DASHED_WORDS for g in m.groups()):
        return m.end()
    return 0


def _bare_words(line: str, strip: list[str], skip=None) -> set[str]:
    """The line's words of three letters or more, folded, the first of `strip` (the article and
    clitics, longest first) that leaves three letters taken off; words `skip` says so of left out."""
    out = set()
    for w in _WORD.findall(line):
        if skip is not None and skip(w):
            continue
        f = fold(w)
        for p in strip:
            if f.startswith(p) and len(f) - len(p) >= 3:
                f = f[len(p):]
                break
        if len(f) >= 3:
            out.add(f)
    return out


class _TeaserTail:
    """Where a run of appended leads of other stories begins in an agency's article, if one ends it."""

    def __init__(self, pack: Pack, bp: dict):
        self.openers = tuple(fold(w) for w in bp.get("teaser_continued", []))
        self.strip = sorted((fold(w) for w in bp.get("teaser_strip", [])), key=len, reverse=True)
        self.lang = pack.code
        self._rarity = None

    def own_words(self, line: str) -> set[str]:
        """The line's rare words, folded, their article and clitics taken off."""
        if self._rarity is None:
            from readouts.knowledge.lexicon import rarity
            self._rarity = rarity(self.lang)
        return _bare_words(line, self.strip, lambda w: w.isdigit() or self._rarity(w) >= TEASER_RARE)

    def _lead_shaped(self, line: str) -> bool:
        """Has the line a lead's length, and opens with no word that goes on with the article? (A
        one-letter opener, "و", is one only glued to a word of three letters or more: "وجه", a verb
        of two, opens a lead.)"""
        if not TEASER_CHARS[0] <= len(line) <= TEASER_CHARS[1]:
            return False
        f = fold(line)
        first = f.split(None, 1)[0] if f.strip() else ""
        return not any(f.startswith(o) and (len(o) > 1 or len(first) - 1 >= 3) for o in self.openers)

    def start(self, title: str, text: str) -> int | None:
        if not self.openers or _AGENCY_DATELINE.search(text, 0, 2000) is None:
            return None
        lines = [(m.start(), m.group().strip()) for m in _LINE.finditer(text) if m.group().strip()]
        if len(lines) < TEASER_HEAD_LINES + TEASER_RUN or not any(
                _AGENCY_DATELINE.search(line[:120]) for _, line in lines[:TEASER_HEAD_LINES]) \
                or not self._lead_shaped(lines[-1][1]):
            return None           # (no agency dateline, or a last line that is no lead: no word is read)
        # (the agency's own name, "(CNN)", is no word of any story: "لـCNN" in a lead shares nothing)
        agency = set()
        for _, line in lines[:TEASER_HEAD_LINES]:
            for m in _AGENCY_DATELINE.finditer(line[:120]):
                agency |= self.own_words(m.group())
        words = [self.own_words(line) - agency for _, line in lines]
        before = [self.own_words(title)]          # the words of the title and of each line before
        for w in words[:-1]:
            before.append(before[-1] | w)
        run = None
        for k in range(len(lines) - 1, TEASER_HEAD_LINES - 1, -1):
            if not self._lead_shaped(lines[k][1]) or not words[k] or words[k] & before[k]:
                break             # a line that goes on with the article, or shares its names
            run = k
        # (the run of leads that share no name may be the tail of a longer run cut short: the earlier)
        cut = self._cut_run(lines)
        found = [lines[run][0]] if run is not None and len(lines) - run >= TEASER_RUN else []
        found += [cut] if cut is not None else []
        # (or of a longer run of leads of one other subject, which share names with each other but
        # none with the article before them: "... . أكد وزير المالية الروسي ..."، "قال الرئيس التركي
        # أردوغان ..."، "... بين بوتين وأردوغان")
        # (one word in common, a common noun the rarity list lacks, "مخاطر", does not join a lead to it)
        top = run if run is not None else len(lines)
        for r in range(TEASER_HEAD_LINES, top - TEASER_TOPIC_RUN + 1):
            if all(self._lead_shaped(lines[k][1]) and words[k] and len(words[k] & before[r]) <= TEASER_TOPIC_SHARED
                   and 2 * len(words[k] & before[r]) < len(words[k]) for k in range(r, len(lines))):
                found.append(lines[r][0])
                break
        return min(found) if found else None

    def _cut_run(self, lines: list[tuple[int, str]]) -> int | None:
        """Leads of stories on the same subject share the article's names, but the agency cuts each
        one short, mid-sentence: the first of a run of lead-shaped lines at the end of the text, at
        least TEASER_CUT of them cut short and at least half, starting with one."""
        cut, best = 0, None
        for k in range(len(lines) - 1, TEASER_HEAD_LINES - 1, -1):
            line = lines[k][1]
            if not self._lead_shaped(line):
                break
            if not line.endswith(_ENDS):
                cut += 1
                if cut >= TEASER_CUT and 2 * cut >= len(lines) - k:
                    best = k
        return lines[best][0] if best is not None else None


CUT_MARKER_WORDS = 3   # a "read also" marker alone on its line ("اقرأ أيضا:") is this many words at most
LINK_LINES = 3         # the headlines of other stories a lone marker in the middle of an article stands over
LINK_WORDS = 25        # a headline is this many words at most; a paragraph of the article, more
LINK_SENTENCE_WORDS = 12   # ... or this many, ending in a full stop (no headline ends so)
LINK_LINE_WORDS = 30   # a line that opens with a link cue ("قد يهمك| <headline>") is this many words at most
LINK_LEAD_SHARE = 0.5  # a paragraph that holds this share of a link's headline words is that story's lead




class Cleaner:
    def __init__(self, pack: Pack):
        bp = pack.section("boilerplate")
        self.teasers = _TeaserTail(pack, bp)
        self.cut_after = tuple(fold(c) for c in bp.get("cut_after", []))
        # a line that opens with these ends the article however long it is ("رابط الخبر بصحيفة X: <headline>")
        self.cut_from = tuple(fold(c) for c in bp.get("cut_from", []))
        # the words that, opening the line after a lone "read also" marker, go on with the article
        self.cut_resumed = tuple(fold(c) for c in bp.get("cut_after_resumed", []))
        self._marker_words = {w for c in bp.get("cut_after", []) for w in self._words(c)}
        # a line that opens with these is a link to another story, dropped however long its headline
        self.link_line = tuple(fold(c) for c in bp.get("link_line", []))
        # a tag list run on after the last sentence of a line ("... وقطر. سمات اجتماع جون كيري ...")
        tails = [re.escape(c) for c in bp.get("tail_tags", [])]
        self.tail_re = re.compile(r"[.!?؟]\s+(?:" + "|".join(tails) + r")\s+[^.!?؟]*$", re.I) if tails else None
        drops = [fold(c) for c in bp.get("drop_line", [])]
        self.drop_re = re.compile("|".join(r"(?<!\w)" + re.escape(c) + r"(?!\w)" for c in drops)) if drops else None
        self.caption = [fold(c) for c in bp.get("caption", [])]
        sections = [re.escape(w) for w in bp.get("title_sections", [])]
        self.section_re = re.compile(r"\s*(?:" + "|".join(sections) + r")\s*/\s*") if sections else None
        continued = [re.escape(w).replace(r"\ ", r"\s+") for w in bp.get("title_continued", [])]
        self.continued_re = re.compile(r"[\s/]*(?:" + "|".join(continued) + r")\s*$") if continued else None
        self.breadcrumb = bp.get("breadcrumb", [])
        prefixes = [r"\s+".join(map(re.escape, c.split())) for c in bp.get("line_prefixes", [])]
        self.line_prefix = re.compile(r"\s*(?:" + "|".join(prefixes) + r")\s*") if prefixes else None
        self.max_drop_words = bp.get("max_drop_line_words", 8)
        # a line's word count is only compared with 12, 10 and max_drop_words (segments): counting
        # may stop past the largest
        self.count_words_to = max(12, self.max_drop_words) + 1

    def title_segment(self, title: str) -> Segment:
        """The headline without a news agency's section label before it ("سياسي / ", "عام / ") or
        its note of a continued wire after it ("إضافة أولى وأخيرة")."""
        start, end = 0, len(title)
        m = self.section_re.match(title) if self.section_re is not None else None
        if m is not None and m.end() < end:
            start = m.end()
        m = self.continued_re.search(title, start) if self.continued_re is not None else None
        if m is not None and title[start:m.start()].strip():
            end = m.start()
        return Segment("title", start, end)

    def _words(self, line: str) -> set[str]:
        """The line's words of three letters or more, folded, the article and clitics taken off."""
        return _bare_words(line, self.teasers.strip)

    def _after_links(self, text: str, end: int, inline: str | None = None) -> int | None:
        """Where the article goes on after a lone "read also" marker that ends at `end`, when it
        stands in the middle of the text: at most LINK_LINES headlines (short lines, no sentence
        end after them), then a paragraph of the article (more than LINK_WORDS words, or a sentence
        of LINK_SENTENCE_WORDS) that is not the linked story's own lead (one that repeats the
        headline's words). None when what follows is no such thing (links that end the text,
        another story appended under its headline).
        `inline`: the marker's line, when a headline follows the marker on it ("اقرأ أيضا: <headline>")."""
        headlines: list[str] = [inline] if inline else []
        for m in _LINE.finditer(text, end):
            if m.start() == m.end():
                return None
            line = m.group().strip()
            if not line:
                continue
            words = _words_upto(line, LINK_WORDS + 1)
            if words > LINK_WORDS or (words >= LINK_SENTENCE_WORDS and line.endswith(_ENDS)):
                if not headlines:
                    return None       # (no headline: the paragraph may be another story's, as before)
                heads = set().union(*(self._words(h) for h in headlines)) - self._marker_words
                shared = heads & self._words(line)
                return None if len(shared) >= 2 and len(shared) >= LINK_LEAD_SHARE * len(heads) else m.start()
            # (a headline may ask or exclaim, "بماذا يطالب المغردون في الأردن؟"; a full stop ends a sentence)
            if len(headlines) == LINK_LINES or line.endswith(_FULL_STOPS):
                return None
            headlines.append(line)
        return None

    def _resumed(self, text: str, end: int) -> bool:
        """Does the next line after `end` go on with the article ("وقالت ...")?"""
        if not self.cut_resumed:
            return False
        nxt = fold(text[end:end + 200].lstrip())
        # (a word, or a phrase that goes on: "بالإضافة إلى ذلك، أرسل ...", in addition to that)
        return any(nxt.startswith(p) and (len(nxt) == len(p) or not nxt[len(p)].isalnum())
                   for p in self.cut_resumed)

    def segments(self, doc: Document, dateline: tuple[int, int] | None = None,
                 text_fold: str | None = None) -> list[Segment]:
        """text_fold: fold(doc.text) when the fold of every stretch of it is the same stretch of
        text_fold (textnorm.sliceable_fold); the lines' folds are then read from it."""
        segs: list[Segment] = []
        if doc.title and doc.title.strip():
            segs.append(self.title_segment(doc.title))
        text = doc.text
        seen: set[str] = set()
        lead = 0                   # text lines read so far
        teasers = self.teasers.start(doc.title or "", text)
        resume = 0                 # (a lone marker's links are skipped up to here)
        for m in _LINE.finditer(text):
            if m.start() == m.end() or (teasers is not None and m.start() >= teasers):
                break
            if m.start() < resume:
                continue
            start, end = m.start(), m.end()
            line = text[start:end].rstrip("\n")
            end = start + len(line)
            stripped = line.strip()
            if not stripped:
                continue
            nwords = _words_upto(stripped, self.count_words_to)
            if dateline and start <= dateline[0] < end and nwords <= 12:
                continue
            lead += 1
            if lead <= TEASER_LINES and nwords >= 8 and _teaser_of_rest(stripped, text, end):
                continue               # a summary cut off mid-sentence that the text then gives whole
            if self.line_prefix is not None and (widget := self.line_prefix.match(line)):
                # ("شارك من خلال تويتر فيسبوك ... اكتب رأيك أكد ...": a share widget glued to the line's head)
                start += widget.end()
                line = line[widget.end():]
                stripped = line.strip()
                if not stripped:
                    continue
                nwords = _words_upto(stripped, self.count_words_to)
            if lead <= TEASER_HEAD_LINES and (head := _dateline_head(line)):
                # ("دبي، الإمارات العربية المتحدة (CNN) -- أعادت ...": the sentence begins after the dash)
                start += head
                line = line[head:]
                stripped = line.strip()
                if not stripped:
                    continue
                nwords = _words_upto(stripped, self.count_words_to)
            if text_fold is None:
                f = fold(stripped)
            else:
                at = start + (len(line) - len(line.lstrip()))
                f = text_fold[at:at + len(stripped)]
            if f.startswith(self.cut_after) and nwords <= 10:
                if nwords <= CUT_MARKER_WORDS and self._resumed(text, end):
                    continue           # ("اقرأ أيضا:" where a link stood, then the article goes on)
                after = self._after_links(text, end, None if nwords <= CUT_MARKER_WORDS else stripped)
                if after is not None:
                    resume = after     # (a marker and a headline or two inside the article)
                    continue
                break
            if self.link_line and f.startswith(self.link_line) and \
                    _words_upto(stripped, LINK_LINE_WORDS + 1) <= LINK_LINE_WORDS:
                continue
            if self.cut_from and f.startswith(self.cut_from):
                break
            if nwords <= self.max_drop_words and self.drop_re and self.drop_re.search(f):
                continue
            if self.tail_re is not None and (tail := self.tail_re.search(line)) is not None \
                    and _words_upto(line[tail.start() + 1:], TAIL_WORDS + 1) <= TAIL_WORDS:
                end = start + tail.start() + 1     # the tags and what follows them end the article
                line = line[:tail.start() + 1]
            caption = False
            rest = None
            cap_at = min((f.find(c) for c in self.caption if c in f), default=-1)
            if cap_at >= 0:
                caption = True
                # the credit runs from the cue to the end of the line
                at = start + (len(line) - len(line.lstrip())) + cap_at
                # (but a credit in brackets in a line that goes on long after them, a page whose text
                # was scraped as one line, "... Nov. 10. (Photo: X, AP) WASHINGTON -- President ...":
                # to its ")", the article going on after it)
                close = text.find(")", at, end) if text[at] == "(" else -1
                if close >= 0 and _words_upto(text[close + 1:end], CAPTION_REST_WORDS + 1) > CAPTION_REST_WORDS:
                    rest = (close + 1, end)
                end = at
                if not text[start:end].strip():
                    if rest is not None:
                        segs.extend(self._rest_segment(text, *rest, seen))
                    continue
            for b in self.breadcrumb:
                i = line.rfind(b)
                if i >= 0 and line.count(b) >= 2 and _trail(line[:i], b):
                    start = start + i + len(b)
            start, end = _hug(text, start, end)
            if start >= end:
                continue
            piece = text[start:end]
            key = f if piece == stripped else fold(piece) if text_fold is None else text_fold[start:end]
            if key in seen:            # repeated headline or caption
                continue
            seen.add(key)
            segs.append(Segment("text", start, end, caption))
            if rest is not None:
                segs.extend(self._rest_segment(text, *rest, seen))
        return segs

    @staticmethod
    def _rest_segment(text: str, start: int, end: int, seen: set[str]) -> list[Segment]:
        """The text of a line after a credit in brackets, as a segment of its own (none if blank or seen)."""
        start, end = _hug(text, start, end)
        key = fold(text[start:end])
        if start >= end or key in seen:
            return []
        seen.add(key)
        return [Segment("text", start, end, False)]


def _hug(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch without the blanks at its ends, so that offsets hug the words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


CAPTION_REST_WORDS = 40   # words after a credit in brackets that make the rest of its line the article's own
TRAIL_WORDS = 5       # a step of a breadcrumb trail ("الرئيسية » أخبار عربية » ...") is this short


_OPENING = {"»": "«", "›": "‹"}


def _trail(head: str, sep: str) -> bool:
    """Is `head` (a line up to its last `sep`) a breadcrumb trail: short steps between separators,
    not quotation marks («...») around what someone said?"""
    if _OPENING.get(sep.strip(), "\0") in head:
        return False
    return all(_words_upto(step.strip(), TRAIL_WORDS + 1) <= TRAIL_WORDS for step in head.split(sep))


_NAME_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\.$")


def _initial_cut(src: str, end: int, nxt: int) -> bool:
    """Does a paragraph ending at `end` stop after a given name and its middle initial ("Antony J."),
    the next one going on with a capitalised word, the rest of the name? (Blank lines between, no more
    than one.)"""
    return src[end:nxt].count("\n") <= 2 and bool(_NAME_INITIAL.search(src, max(0, end - 30), end)) \
        and src[nxt:nxt + 1].isupper()


def _runs_on(src: str, end: int, nxt: int) -> bool:
    """Does a line ending at `end` go on in the line starting at `nxt`: no mark closes it, and the
    next begins with a lower-case letter of a script that has cases ("...\nreceived the ..."), or
    with a comma, in any script ("In a message to President X\n, the King said ...")?"""
    last, first = src[end - 1], src[nxt]
    if first in RUN_ON_MARKS:
        return last not in ".!?؟:;"
    return last.isalnum() and first.islower() and first.isalpha() and ord(first) < 0x530


RUN_ON_MARKS = ",،"     # a line opening with one of these goes on with the line before it


def _elided_in_quote(src: str, start: int, end: int) -> bool:
    """Does src[start:end] end in an ellipsis inside a quotation still open ("قال \"سأزور X وألتقي ...
    Y\"، وذلك خلال ..."): words left out of what was said, which goes on, not a sentence end?"""
    if not (src.endswith("...", start, end) or src.endswith("\u2026", start, end)):
        return False
    part = src[start:end]
    return part.count('"') % 2 == 1 or part.count("\u00ab") > part.count("\u00bb") or \
        part.count("\u201c") > part.count("\u201d")


def sentences(doc: Document, segs: list[Segment]) -> list[Sentence]:
    out: list[Sentence] = []
    prev: Segment | None = None
    for seg in segs:
        src = doc.title if seg.field == "title" else doc.text
        pos = seg.start
        if prev is not None and out and prev.field == seg.field and out[-1].end == prev.end and \
                not src[prev.end:seg.start].strip() and not prev.caption and not seg.caption and (
                    (src[prev.end:seg.start].count("\n") <= 1 and (
                        _abbreviated(src, out[-1].start, prev.end) or _runs_on(src, prev.end, seg.start)))
                    or _initial_cut(src, prev.end, seg.start)):
            # "... army Cmdr.\nConstantino Chiwenga ...": a line that ends in a title's abbreviation
            # runs on into the next one; so does a line with no mark at its end whose next line goes
            # on in lower case ("Chinese President X\nreceived the credentials of ..."), and a
            # paragraph a page cut after a given name's initial ("Antony J.\n\nBlinken")
            pos = out.pop().start
        for m in _sentence_ends(src, seg.start, seg.end):
            cut = m.start()
            if _abbreviated(src, pos, cut) or _elided_in_quote(src, pos, cut):
                continue
            if cut > pos:
                out.append(Sentence(seg.field, pos, cut, src[pos:cut], seg.caption, len(out)))
            pos = m.end()
        if pos < seg.end:
            out.append(Sentence(seg.field, pos, seg.end, src[pos:seg.end], seg.caption, len(out)))
        prev = seg
    return out
