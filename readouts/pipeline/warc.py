"""Reading web archives (WARC, plain or gzipped per record, as Common Crawl News ships them).

Each `response` or `resource` record holding an HTML page (a 2xx response) becomes one
`Document`: its main text and title through readouts' HTML cleaning (trafilatura), its URL,
its outlet (the URL's host) and a publication date from, in this order, the page's metadata,
the HTTP Last-Modified header, or the WARC-Date of the capture. Other records (requests,
metadata, images, redirects) are passed over silently. A record that cannot be read or holds
no text is reported as "FILE@OFFSET: problem" (OFFSET: the record's byte offset in the file,
as `warcio index` prints it) and skipped; a file that cannot be read further ends there.

`pages()` does the cheap part (splitting the archive into records) and `document()` the costly
one (cleaning the HTML), so readouts.interfaces.spark can spread the second over a cluster.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import BinaryIO, Callable, Iterator
from urllib.parse import urlsplit

from readouts.pipeline.ingest import InputProblem, _stem, decode_bytes, extract_html, parse_published
from readouts.model import Document, plausible_published

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


@dataclass
class Page:
    """An HTML page as archived: where it is in its file, and what the capture says of it."""
    offset: int
    record_id: str | None
    url: str | None
    warc_date: str | None
    last_modified: str | None
    content_type: str
    body: bytes


def _html_type(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";")[0].strip().lower() in HTML_TYPES


def pages(stream: BinaryIO, label: str, err: Callable[[str], None]) -> Iterator[Page]:
    """The HTML pages of a WARC stream, in file order; problems reported as LABEL@OFFSET."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    end = 0                     # where the last record read ends
    records = ArchiveIterator(stream)
    try:
        for record in records:
            if record.format != "warc":         # (warcio reads any line of words as an ARC header)
                err(f"{label}@{end}: cannot read further: not a WARC record")
                return
            page = _page(record, records, label, err)
            end = records.get_record_offset() + records.get_record_length()     # (reads to its end)
            if page is not None:
                yield page
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as e:
        err(f"{label}@{end}: cannot read further: {type(e).__name__}: {e}")
        return
    # warcio ends quietly where a cut archive ends inside a record's headers: bytes are left
    # after the last record (more than the blank line that ends a record in a plain WARC file)
    if (_position(stream) or 0) > end + len(b"\r\n\r\n"):
        err(f"{label}@{end}: cannot read further: the archive ends inside a record (truncated?)")


def _position(stream) -> int | None:
    try:
        return stream.tell()
    except (AttributeError, OSError, ValueError):
        return None


def _page(record, records, label: str, err: Callable[[str], None]) -> Page | None:
    """The page a record holds, if it is an HTML page; its content is read before its offset
    (which warcio knows once the record is read to its end)."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.rec_headers
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not (http.get_statuscode() or "").startswith("2"):
            return None
        ctype, modified = http.get_header("Content-Type"), http.get_header("Last-Modified")
    else:
        ctype, modified = headers.get_header("Content-Type"), None
    if not _html_type(ctype):
        return None
    try:
        body = record.content_stream().read()
    except Exception as e:          # a bad content or transfer encoding: this record only
        err(f"{label}@{records.get_record_offset()}: cannot decode the record's content: {type(e).__name__}: {e}")
        return None
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:                     # the file ends before the record does
        err(f"{label}@{records.get_record_offset()}: record truncated ({missing} bytes missing)")
        return None
    return Page(records.get_record_offset(), headers.get_header("WARC-Record-ID"),
                headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date"), modified, ctype, body)


def _decode(body: bytes, content_type: str) -> str:
    """The page's text: UTF-8 (or Hebrew/Arabic Windows code pages, as for files), else the
    charset its Content-Type declares."""
    try:
        return decode_bytes(body)
    except InputProblem:
        m = _CHARSET.search(content_type)
        if m is None:
            raise
        try:
            return body.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            raise InputProblem(f"not decodable as UTF-8 nor as its declared charset {m.group(1)}") from None


def _http_date(value: str | None):
    try:
        d = parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError, IndexError):
        return None
    return d if plausible_published(d) else None


def document(label: str, page: Page) -> Document:
    """The document of an archived page; InputProblem when it holds no text."""
    if not page.body.strip():
        raise InputProblem("empty page")
    text, title, pub = extract_html(_decode(page.body, page.content_type), page.url)
    source = "html" if pub else None
    if pub is None:
        pub, source = _http_date(page.last_modified), "http"
    if pub is None:
        pub = parse_published(page.warc_date)
        pub, source = (pub, "warc") if plausible_published(pub) else (None, None)
    rid = (page.record_id or "").strip("<>")
    doc_id = rid.removeprefix("urn:uuid:") if rid else f"{_stem(label)}-{page.offset}"
    host = urlsplit(page.url).hostname if page.url else None
    return Document(id=doc_id, text=text, title=title, url=page.url,
                    source=host.removeprefix("www.") if host else None,
                    published=pub, published_from=source, origin=f"{label}@{page.offset}")


def iter_file(path: str, err: Callable[[str], None]) -> Iterator[Document]:
    """The documents of a WARC file (see the module's docstring for what is kept)."""
    try:
        f = open(path, "rb")
    except OSError as e:
        err(f"{path}: cannot read: {e.strerror or e}")
        return
    with f:
        for page in pages(f, path, err):
            try:
                yield document(path, page)
            except InputProblem as e:
                err(f"{path}@{page.offset}: {e}")
