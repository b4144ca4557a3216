"""readouts.pipeline.warc: web archives as Common Crawl News ships them, read by `readouts ingest` and
`extract`. The archives are built here with warcio's writer from hand-written HTML."""
from __future__ import annotations

import gzip
from datetime import date
from io import BytesIO
from pathlib import Path

from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from readouts.interfaces.cli import app
from readouts.pipeline.ingest import iter_documents
from readouts.store.database import Store

ARTICLE = """<!DOCTYPE html><html><head><title>Netanyahu speaks with Putin</title>{meta}</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Netanyahu speaks with Putin</h1>
<p>Prime Minister Benjamin Netanyahu spoke by phone on Wednesday with Russian President Vladimir Putin
about the situation in Syria and the Iranian presence there, the Prime Minister's Office said.</p>
<p>The two leaders agreed to continue the coordination between their armies. Netanyahu also thanked
Putin for his greetings on the holiday, the statement said.</p></article>
<footer>All rights reserved</footer></body></html>"""
ARABIC = """<html><head><meta charset="windows-1256"><title>اتصال هاتفي</title></head><body><article>
<p>تلقى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين بحث خلاله الجانبان
الأوضاع في سوريا والعلاقات الثنائية بين البلدين، وفق ما أعلن قصر الإليزيه في بيان.</p>
<p>وأكد الرئيسان أهمية مواصلة التشاور بين البلدين في المرحلة المقبلة حول القضايا الإقليمية والدولية.</p>
</article></body></html>"""
# (name, record type, status, content type, body, extra HTTP headers, WARC-Date)
RECORDS = [
    ("meta", "response", "200 OK", "text/html; charset=utf-8",
     ARTICLE.format(meta='<meta name="date" content="2018-05-09">').encode(), [], "2018-05-12T03:00:00Z"),
    ("request", "request", None, None, b"GET /a HTTP/1.1\r\nHost: www.example.com\r\n\r\n", [], "2018-05-12T03:00:00Z"),
    ("image", "response", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00", [], "2018-05-12T03:00:01Z"),
    ("missing", "response", "404 Not Found", "text/html", b"<html><body>Not found</body></html>", [],
     "2018-05-12T03:00:02Z"),
    ("empty", "response", "200 OK", "text/html", b"<html><body><div></div></body></html>", [], "2018-05-12T03:00:03Z"),
    ("modified", "response", "200 OK", "text/html", ARTICLE.format(meta="").replace("Wednesday", "Tuesday").encode(),
     [("Last-Modified", "Tue, 08 May 2018 20:15:00 GMT")], "2018-05-12T03:00:04Z"),
    ("arabic", "resource", None, "text/html", ARABIC.encode("cp1256"), [], "2018-05-10T07:00:00Z"),
]


def build_warc(path: Path, records=RECORDS) -> dict[str, int]:
    """Write the records to a WARC file (gzipped per record when the name ends with .gz);
    returns each named record's offset, as warcio reads it back."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for name, rtype, status, ctype, body, extra, when in records:
            headers = {"WARC-Date": when}
            url = f"https://www.example.com/{name}"
            if rtype == "response":
                http = StatusAndHeaders(status, [("Content-Type", ctype)] + extra, protocol="HTTP/1.1")
                rec = w.create_warc_record(url, rtype, payload=BytesIO(body), http_headers=http,
                                           warc_headers_dict=headers)
            else:
                rec = w.create_warc_record(url, rtype, payload=BytesIO(body), warc_content_type=ctype or
                                           "application/http; msgtype=request", warc_headers_dict=headers)
            w.write_record(rec)
    offsets = {}
    with open(path, "rb") as f:
        it = ArchiveIterator(f)
        for rec, (name, *_) in zip(it, records):
            offsets[name] = it.get_record_offset()
    return offsets


def read(path: Path):
    errors: list[str] = []
    return list(iter_documents([str(path)], errors=errors.append)), errors


def test_html_pages_become_documents_and_bad_records_are_reported_with_their_offset(tmp_path):
    for name in ("news.warc.gz", "news.warc"):
        path = tmp_path / name
        offsets = build_warc(path)
        docs, errors = read(path)
        assert [d.url for d in docs] == ["https://www.example.com/meta", "https://www.example.com/modified",
                                         "https://www.example.com/arabic"]
        assert errors == [f"{path}@{offsets['empty']}: no main text found in the HTML"]
        meta, modified, arabic = docs
        assert "spoke by phone on Wednesday" in meta.text and "Home" not in meta.text
        assert meta.title == "Netanyahu speaks with Putin" and meta.source == "example.com"
        # the page's own date first, then the HTTP Last-Modified header, then the capture's date
        assert (meta.published, meta.published_from) == (date(2018, 5, 9), "html")
        assert (modified.published, modified.published_from) == (date(2018, 5, 8), "http")
        assert (arabic.published, arabic.published_from) == (date(2018, 5, 10), "warc")
        assert "ماكرون" in arabic.text                  # (declared windows-1256, read as Arabic)
        assert meta.origin == f"{path}@{offsets['meta']}" and len({d.id for d in docs}) == 3


def test_a_truncated_archive_keeps_the_records_before_the_damage(tmp_path):
    # (a plain WARC file cut inside a record's headers reads as a record without a content type)
    for name, cuts in (("cut.warc.gz", (40, 400)), ("cut.warc", (400,))):
        path = tmp_path / name
        offsets = build_warc(path)
        data = path.read_bytes()
        for cut in cuts:
            problem = "cannot read further: the archive ends inside a record" if cut == 40 else "record truncated"
            path.write_bytes(data[:offsets["arabic"] + cut])
            docs, errors = read(path)
            assert [d.url.rsplit("/", 1)[1] for d in docs] == ["meta", "modified"]
            assert errors[-1].startswith(f"{path}@{offsets['arabic']}: {problem}"), errors


def test_not_a_warc_file_is_reported(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"this is not an archive\n"))
    docs, errors = read(path)
    assert docs == [] and len(errors) == 1 and errors[0].startswith(f"{path}@0: cannot read further")


def test_ingest_and_extract_read_archives_in_directories(tmp_path):
    (tmp_path / "in").mkdir()
    build_warc(tmp_path / "in" / "crawl.warc.gz")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "w.db"), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "stored:                 3" in res.output and "failed:                 1" in res.output
    with Store(tmp_path / "w.db") as s:
        pairs = {(e["type"], tuple(sorted(p["name"] for p in e["participants"]))) for e in s.iter_events()}
        docs = {r[0]: r[1:] for r in s.conn.execute("SELECT url, source, published, published_from FROM documents")}
    assert ("call", ("Benjamin Netanyahu", "Vladimir Putin")) in pairs
    assert ("call", ("Emmanuel Macron", "Vladimir Putin")) in pairs
    assert docs["https://www.example.com/modified"] == ("example.com", "2018-05-08", "http")
    res = runner.invoke(app, ["extract", str(tmp_path / "in" / "crawl.warc.gz"), "--jobs", "1"])
    assert res.exit_code == 0 and '"url": "https://www.example.com/arabic"' in res.output
