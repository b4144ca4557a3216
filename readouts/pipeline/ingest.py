"""Reading input into `Document`s: plain text, HTML, JSON Lines (optionally gzipped), web
archives (WARC, see readouts.pipeline.warc), directories of those, and standard input.

`iter_documents(paths)` streams documents and never stops on bad input: every problem
(unreadable file, binary data, undecodable bytes, empty file, malformed JSON line, ...)
is reported through the `errors` callback as "path: problem" or "path:line: problem"
and the input is skipped. A problem that leaves the document usable (an invalid
"published", a lone surrogate replaced) is reported as a `Notice` and the document kept.

Text decoding: UTF-8 (a BOM is dropped); when that fails, Windows-1255 for bytes that
read as Hebrew and Windows-1256 for bytes that read as Arabic; anything else is refused.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import stat
import sys
import zlib
from datetime import date, datetime
from typing import Callable, Iterable, Iterator

from readouts.model import EARLIEST_PUBLISHED, LATEST_PUBLISHED, Document, plausible_published

TEXT_EXT = (".txt",)
HTML_EXT = (".html", ".htm")
JSONL_EXT = (".jsonl", ".jsonl.gz")
WARC_EXT = (".warc", ".warc.gz")
SUPPORTED_EXT = TEXT_EXT + HTML_EXT + JSONL_EXT + WARC_EXT
STDIN = "-"
STDIN_LABEL = "<stdin>"


class InputProblem(Exception):
    """A problem with one input (file or line); the message says what is wrong."""


class Notice(str):
    """A message about an input that was still read (the document is kept, e.g. with an unusable
    date left out); the `errors` callback gets it like an error and may count it apart."""


# --------------------------------------------------------------------------- dates

_DATE_PREFIX = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def read_published(value) -> tuple[date | None, str | None]:
    """A "published" value given in the input: its date, or None and why it cannot be used
    (no reason when it is empty)."""
    if value is None or value == "":
        return None, None
    d = parse_published(value)
    if d is None:
        shown = value if isinstance(value, str) else type(value).__name__
        return None, f'"published" is not a date ({str(shown)[:40]!r}); stored without a publication date'
    if not plausible_published(d):
        return None, (f'"published" {d.isoformat()} is outside {EARLIEST_PUBLISHED.year}-'
                      f"{LATEST_PUBLISHED.year}; stored without a publication date")
    return d, None


def parse_published(value) -> date | None:
    """A publication date from metadata: ISO date or datetime (with 'T' or a space,
    with or without offset / 'Z'), a `date`/`datetime`, or None when not understood."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    m = _DATE_PREFIX.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return None


_PERIOD = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def parse_period(value: str | None) -> str | None:
    """A date filter bound as users write it: YYYY, YYYY-MM or YYYY-MM-DD (a real month
    and day); None for an empty value; ValueError otherwise. Used by the CLI and the API."""
    if value is None or not value.strip():
        return None
    v = value.strip()
    ok = _PERIOD.fullmatch(v) is not None
    if ok and len(v) >= 7:
        try:
            date.fromisoformat(v if len(v) == 10 else v + "-01")
        except ValueError:
            ok = False
    if not ok:
        raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return v


# --------------------------------------------------------------------------- decoding

_NEUTRAL = set("\u00ab\u00bb\u060c\u061b\u061f\u0640\u2013\u2014\u2026\u201c\u201d\u2018\u2019\u200e\u200f\u00a0\u20aa")
_SCRIPTS = {
    # encoding: (letters, marks) ranges of the script it should produce
    "cp1255": ((0x05D0, 0x05EA), (0x05B0, 0x05C7)),
    "cp1256": ((0x0621, 0x064A), (0x064B, 0x0652)),
}


def _looks_like(text: str, enc: str) -> bool:
    """Do the non-ASCII characters of `text` read as words of the script `enc` encodes?"""
    (llo, lhi), (mlo, mhi) = _SCRIPTS[enc]
    other = letters = 0
    run = best_run = 0
    for ch in text:
        o = ord(ch)
        if llo <= o <= lhi:
            letters += 1
            run += 1
            best_run = max(best_run, run)
            continue
        if mlo <= o <= mhi:
            continue
        run = 0
        if o < 128 or ch in _NEUTRAL:
            continue
        other += 1
    return letters >= 3 and best_run >= 2 and letters >= 9 * other


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    ok = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return ok / len(text)


def decode_bytes(data: bytes) -> str:
    """Decode one input's bytes; raise InputProblem when they are not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputProblem("binary file (not text)") from None
        if _printable_share(text) < 0.95:
            raise InputProblem("binary file (not text)")
        return text
    if b"\x00" in data:
        raise InputProblem("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        first_bad = e.start
    else:
        if _printable_share(text) < 0.9:
            raise InputProblem("binary file (mostly control characters), not text")
        return text
    for enc in ("cp1255", "cp1256"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like(text, enc):
            return text
    raise InputProblem(
        f"not valid UTF-8 (bad byte 0x{data[first_bad]:02x} at offset {first_bad}) "
        "and not Hebrew (cp1255) or Arabic (cp1256) text either; re-encode it as UTF-8")


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# --------------------------------------------------------------------------- HTML

# container tags a flattening pass removes when a page is nested too deeply for the HTML
# parser (libxml2 gives up past ~255 levels and the text under them is lost)
_BLOCK_TAGS = re.compile(r"</?(?:div|section|article|main|center|table|tbody|thead|tfoot|tr|td|th|ul|ol|li|"
                         r"dl|dd|dt|blockquote|figure|form|fieldset|details|summary|hgroup|address|pre)\b[^>]*>",
                         re.I)
# (custom elements, "<news-body>", have a hyphen in their name)
_INLINE_TAGS = re.compile(r"</?(?:span|font|b|i|em|strong|u|small|big|sub|sup|abbr|cite|mark|s|strike|tt|"
                          r"q|label|ins|del|bdi|bdo|time|dfn|kbd|samp|var|data|code|output|"
                          r"[a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*>", re.I)


def _flatten_html(html: str) -> str:
    """The page with its container tags dropped (block ones become paragraph breaks), so no
    nesting is left for the parser to give up on; the text stays in order."""
    return _INLINE_TAGS.sub("", _BLOCK_TAGS.sub("<p>", html))


def _trafilatura(html: str, url: str | None):
    import trafilatura

    try:
        res = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura can choke on odd markup; the caller falls back
        return None, None, None
    if res is None:
        return None, None, None
    get = res.get if isinstance(res, dict) else (lambda k: getattr(res, k, None))
    pub = parse_published(get("date"))
    return get("text"), get("title"), (pub if plausible_published(pub) else None)


def _html2txt(html: str) -> str | None:
    import trafilatura

    try:
        return trafilatura.html2txt(html)
    except Exception:
        return None


def extract_html(html: str, url: str | None = None) -> tuple[str, str | None, date | None]:
    """Main text, title and publication date of an HTML page (trafilatura); a page nested
    too deeply to parse is flattened and read again."""
    text, title, pub = _trafilatura(html, url)
    if not text or not text.strip():
        text = _html2txt(html)
    if not text or not text.strip() or (html.count("<") > 500 and len(text) < 200):
        flat = _flatten_html(html)
        if flat != html:
            t2, title2, pub2 = _trafilatura(flat, url)
            if not t2 or not t2.strip():
                t2 = _html2txt(flat)
            if t2 and t2.strip() and len(t2.strip()) > len((text or "").strip()):
                text, title, pub = t2, title or title2, pub or pub2
    if not text or not text.strip():
        raise InputProblem("no main text found in the HTML")
    return _normalise_newlines(text).strip(), (title or None), pub


# --------------------------------------------------------------------------- per kind

def _kind(path: str) -> str | None:
    low = path.lower()
    if low.endswith(JSONL_EXT):
        return "jsonl"
    if low.endswith(WARC_EXT):
        return "warc"
    if low.endswith(HTML_EXT):
        return "html"
    if low.endswith(TEXT_EXT):
        return "text"
    return None


def _stem(path: str) -> str:
    name = os.path.basename(path.rstrip("/"))
    for ext in (".jsonl.gz",) + SUPPORTED_EXT:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return os.path.splitext(name)[0]


def _check_regular(path: str) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputProblem("dangling symbolic link") from None
        raise InputProblem("no such file") from None
    except OSError as e:
        raise InputProblem(f"cannot read: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputProblem("is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputProblem("not a regular file (device, FIFO or socket)")


def _read_bytes(path: str) -> bytes:
    _check_regular(path)
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise InputProblem(f"cannot read: {e.strerror or e}") from None


def _is_json_object(line: str | bytes) -> bool:
    """Does the line hold a JSON object? (One nested too deeply to parse starts like one: it is
    read as JSON Lines, where the line is then reported.)"""
    try:
        return isinstance(json.loads(line), dict)
    except RecursionError:
        return True
    except ValueError:
        return False


_NON_SPACE = re.compile(r"\S")


def _blank(s: str | bytes) -> bool:
    """Empty or only white space (without copying a long text, as strip() would)."""
    return not s or s.isspace()


def _sniff(text: str) -> str:
    m = _NON_SPACE.search(text)
    start = m.start() if m else len(text)
    head = text[start:start + 2000].lower()
    end = text.find("\n", start)
    if head.startswith("{") and _is_json_object(text[start:end if end >= 0 else len(text)]):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    return "text"


def _text_doc(label: str, text: str, doc_id: str) -> Document:
    text = _normalise_newlines(text)
    if _blank(text):
        raise InputProblem("empty file")
    return Document(id=doc_id, text=text, origin=label)


def _html_doc(label: str, html: str, doc_id: str) -> Document:
    if _blank(html):
        raise InputProblem("empty file")
    text, title, pub = extract_html(html)
    return Document(id=doc_id, text=text, title=title, published=pub,
                    published_from="html" if pub else None, origin=label)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _safe_str(v: str) -> str:
    """v with lone surrogates (which JSON allows as escapes and UTF-8 cannot encode) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", v) if _SURROGATE.search(v) else v


def _sanitise(obj: dict, warn: Callable[[str], None]) -> dict:
    """The string fields of a JSON object made storable: lone surrogates replaced, with a warning."""
    bad = [k for k, v in obj.items() if isinstance(v, str) and _SURROGATE.search(v)]
    if not bad:
        return obj
    warn(f"invalid character (lone surrogate) in {', '.join(repr(k) for k in bad)} replaced by U+FFFD")
    return {k: (_safe_str(v) if isinstance(v, str) else v) for k, v in obj.items()}


def _opt_str(v) -> str | None:
    if v is None:
        return None
    s = _safe_str(str(v)).strip()
    return s or None


def _line_doc(obj, label: str, lineno: int, default_id: str,
              warn: Callable[[str], None] = lambda m: None) -> Document:
    if not isinstance(obj, dict):
        raise InputProblem(f"not a JSON object (got {type(obj).__name__})")
    obj = _sanitise(obj, warn)
    text = obj.get("text")
    html = obj.get("html")
    title = _opt_str(obj.get("title"))
    pub, problem = read_published(obj.get("published"))
    if problem:
        warn(problem)
    pub_from = "metadata" if pub else None
    if isinstance(text, str) and not _blank(text):
        text = _normalise_newlines(text)
    elif isinstance(html, str) and not _blank(html):
        text, html_title, html_pub = extract_html(html, url=_opt_str(obj.get("url")))
        title = title or html_title
        if pub is None and html_pub is not None:
            pub, pub_from = html_pub, "html"
    elif text is not None and not isinstance(text, str):
        raise InputProblem(f'"text" is not a string (got {type(text).__name__})')
    elif title is not None and not _blank(title):
        # (a headline with no body, as feeds and archives often give: its title is its text too)
        warn('no "text": only the title is read')
        text = _normalise_newlines(title)
    elif isinstance(text, str):
        raise InputProblem('empty "text" and no "title"')
    else:
        raise InputProblem('missing "text" (and no "html" or "title")')
    doc_id = _opt_str(obj.get("id")) or default_id
    return Document(id=doc_id, text=text, title=title, url=_opt_str(obj.get("url")),
                    source=_opt_str(obj.get("source")), lang=_opt_str(obj.get("lang")),
                    published=pub, published_from=pub_from, origin=f"{label}:{lineno}")


def _iter_jsonl_lines(label: str, lines: Iterable[bytes], err: Callable[[str], None],
                      first_lineno: int = 1) -> Iterator[Document]:
    stem = _stem(label) if label != STDIN_LABEL else "stdin"
    lineno = first_lineno - 1
    it = iter(lines)
    while True:
        try:
            raw = next(it)
        except StopIteration:
            return
        except (OSError, EOFError, zlib.error) as e:  # corrupt / truncated gzip
            err(f"{label}:{lineno + 1}: cannot read further: {e}")
            return
        lineno += 1
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            try:
                line = decode_bytes(raw)
            except InputProblem as e:
                err(f"{label}:{lineno}: {e}")
                continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            msg = getattr(e, "msg", str(e))
            err(f"{label}:{lineno}: not valid JSON ({msg} at column {getattr(e, 'colno', '?')})")
            continue
        except RecursionError:
            err(f"{label}:{lineno}: not valid JSON (nested too deeply)")
            continue
        try:
            yield _line_doc(obj, label, lineno, f"{stem}-{lineno}",
                            warn=lambda m, n=lineno: err(Notice(f"{label}:{n}: {m}")))
        except InputProblem as e:
            err(f"{label}:{lineno}: {e}")


def _iter_jsonl_file(path: str, err: Callable[[str], None]) -> Iterator[Document]:
    try:
        _check_regular(path)
        if path.lower().endswith(".gz"):
            f = gzip.open(path, "rb")
        else:
            f = open(path, "rb")
    except InputProblem as e:
        err(f"{path}: {e}")
        return
    except OSError as e:
        err(f"{path}: cannot read: {e.strerror or e}")
        return
    with f:
        n = 0
        for doc in _iter_jsonl_lines(path, f, err):
            n += 1
            yield doc
        if n == 0 and _is_empty(path):
            err(f"{path}: empty file")


def _is_empty(path: str) -> bool:
    """Nothing but blanks in the file (plain or gzipped), as for a .txt file."""
    try:
        with (gzip.open if path.lower().endswith(".gz") else open)(path, "rb") as f:
            return not any(chunk.strip() for chunk in iter(lambda: f.read(65536), b""))
    except (OSError, EOFError, zlib.error):
        return False


def _iter_file(path: str, kind: str | None, err: Callable[[str], None]) -> Iterator[Document]:
    if kind == "jsonl":
        yield from _iter_jsonl_file(path, err)
        return
    if kind == "warc":
        from readouts.pipeline import warc
        yield from warc.iter_file(path, err)
        return
    try:
        data = _read_bytes(path)
        if path.lower().endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as e:
                raise InputProblem(f"corrupt gzip data: {e}") from None
        if _blank(data):
            raise InputProblem("empty file")
        text = decode_bytes(data)
        del data                  # (not kept alive while the document is processed)
        if kind is None:
            kind = _sniff(text)
            if kind == "jsonl":
                yield from _iter_jsonl_lines(path, text.encode("utf-8").splitlines(), err)
                return
        doc = _html_doc(path, text, _stem(path)) if kind == "html" else _text_doc(path, text, _stem(path))
        del text
    except InputProblem as e:
        err(f"{path}: {e}")
        return
    yield doc


def _iter_dir(path: str, err: Callable[[str], None]) -> Iterator[Document]:
    found = 0

    def onerror(e: OSError):
        err(f"{e.filename or path}: cannot list directory: {e.strerror or e}")

    for root, dirs, files in os.walk(path, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            kind = _kind(name)
            if kind is None:
                continue
            full = os.path.join(root, name)
            found += 1
            yield from _iter_file(full, kind, err)
    if found == 0:
        err(f"{path}: no .txt, .html, .htm, .jsonl, .jsonl.gz, .warc or .warc.gz files in this directory")


def _encoded_lines(stream, err: Callable[[str], None]) -> Iterator[bytes]:
    """The lines of a text stream without a byte buffer (io.StringIO) as UTF-8; lone surrogates,
    which a str may hold and UTF-8 cannot encode, replaced by U+FFFD with a notice naming the line."""
    for n, ln in enumerate(stream, 1):
        if isinstance(ln, str):
            if _SURROGATE.search(ln):
                err(Notice(f"{STDIN_LABEL}:{n}: invalid character (lone surrogate) replaced by U+FFFD"))
                ln = _safe_str(ln)
            ln = ln.encode("utf-8")
        yield ln


def _iter_stdin(stdin, err: Callable[[str], None]) -> Iterator[Document]:
    raw = getattr(stdin, "buffer", None)
    if raw is not None:
        lines = iter(raw)
    else:
        lines = _encoded_lines(stdin, err)
    head: list[bytes] = []
    first = None
    for ln in lines:
        head.append(ln)
        if ln.strip():
            first = ln
            break
    if first is None:
        err(f"{STDIN_LABEL}: empty input")
        return
    if first.lstrip().startswith(b"{") and _is_json_object(first.decode("utf-8", "replace")):
        def chain():
            yield from head
            yield from lines
        yield from _iter_jsonl_lines(STDIN_LABEL, chain(), err)
        return
    data = b"".join(head) + b"".join(lines)
    try:
        text = decode_bytes(data)
        kind = _sniff(text)
        if kind == "html":
            yield _html_doc(STDIN_LABEL, text, "stdin")
        else:
            yield _text_doc(STDIN_LABEL, text, "stdin")
    except InputProblem as e:
        err(f"{STDIN_LABEL}: {e}")


def _default_errors(msg: str) -> None:
    print(msg, file=sys.stderr)


def iter_documents(paths: list[str], published: date | None = None,
                   errors: Callable[[str], None] | None = None,
                   stdin=None) -> Iterator[Document]:
    """Documents from files, directories (recursive, sorted) and "-" (stdin).

    `published` is applied to documents without a metadata/HTML date
    (published_from="cli"). Problems go to `errors` (default: stderr) and the
    offending input is skipped."""
    err = errors or _default_errors
    if stdin is None:
        stdin = sys.stdin
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        p = os.fspath(p)
        if p == STDIN:
            docs = _iter_stdin(stdin, err)
        elif os.path.isdir(p):
            docs = _iter_dir(p, err)
        else:
            docs = _iter_file(p, _kind(p), err)
        for doc in docs:
            if doc.published is None and published is not None:
                doc.published, doc.published_from = published, "cli"
            yield doc
