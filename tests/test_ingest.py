"""readouts.pipeline.ingest: every kind of input, and every kind of bad input, is handled
without stopping: bad inputs are reported (naming file and line) and skipped."""
from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from readouts.pipeline.ingest import decode_bytes, InputProblem, iter_documents, parse_published

HE = "ראש הממשלה בנימין נתניהו שוחח הערב בטלפון עם נשיא רוסיה ולדימיר פוטין."
AR = "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود اتصالاً هاتفياً اليوم من الرئيس الفرنسي."
EN = "President Joe Biden spoke by phone on Sunday with Jordan's King Abdullah II."


def run(paths, **kw):
    errs: list[str] = []
    docs = list(iter_documents([str(p) for p in paths], errors=errs.append, **kw))
    return docs, errs


def write(p: Path, data) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)
    return p


def test_txt_file(tmp_path):
    p = write(tmp_path / "001_abc.txt", HE + "\r\nשורה שנייה\n")
    (doc,), errs = run([p])
    assert errs == []
    assert doc.id == "001_abc"
    assert doc.text.startswith(HE) and "\r" not in doc.text
    assert doc.origin == str(p)
    assert doc.published is None and doc.published_from is None


def test_utf8_bom_dropped(tmp_path):
    p = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + EN.encode())
    (doc,), _ = run([p])
    assert doc.text == EN


def test_cli_published_applies_only_without_metadata(tmp_path):
    t = write(tmp_path / "a.txt", EN)
    j = write(tmp_path / "b.jsonl", json.dumps({"id": "j1", "text": EN, "published": "2015-08-08T07:03:02"}) + "\n"
              + json.dumps({"id": "j2", "text": EN + " 2"}) + "\n")
    docs, errs = run([t, j], published=date(2024, 3, 12))
    assert errs == []
    by = {d.id: d for d in docs}
    assert (by["a"].published, by["a"].published_from) == (date(2024, 3, 12), "cli")
    assert (by["j1"].published, by["j1"].published_from) == (date(2015, 8, 8), "metadata")
    assert (by["j2"].published, by["j2"].published_from) == (date(2024, 3, 12), "cli")


@pytest.mark.parametrize("value,expected", [
    ("2018-04-29T18:00:18+00:00", date(2018, 4, 29)),
    ("2015-08-08T07:03:02", date(2015, 8, 8)),
    ("2026-05-13 17:54:27", date(2026, 5, 13)),
    ("2014-07-01", date(2014, 7, 1)),
    ("2023-10-22T21:40:00Z", date(2023, 10, 22)),
    ("yesterday", None), ("", None), (None, None), (12, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_html_file(tmp_path):
    html = f"""<html><head><title>Biden calls the king</title>
<meta property="article:published_time" content="2023-10-22T21:40:00Z"></head>
<body><nav>Home | World | Sign in</nav><article><h1>Biden calls the king</h1>
<p>{EN} The two leaders discussed humanitarian aid for Gaza and the risk of a wider war in the region.</p>
<p>The White House said the call lasted about forty minutes and that the leaders agreed to stay in touch.</p>
</article><footer>Share this article</footer></body></html>"""
    p = write(tmp_path / "page.html", html)
    (doc,), errs = run([p])
    assert errs == []
    assert doc.id == "page"
    assert EN in doc.text and "<p>" not in doc.text
    assert doc.title and "Biden calls the king" in doc.title
    assert doc.published == date(2023, 10, 22) and doc.published_from == "html"


def test_sample_html_has_meta_date():
    p = Path(__file__).parent.parent / "readouts" / "samples" / "en-biden-abdullah.html"
    (doc,), errs = run([p])
    assert errs == [] and doc.published == date(2023, 10, 22) and doc.published_from == "html"
    assert "Sign in" not in doc.text and "spoke by phone" in doc.text


def test_jsonl_corpus_format_and_html_lines(tmp_path):
    html = f"<html><body><article><p>{EN} They discussed aid to Gaza and regional stability at length.</p></article></body></html>"
    lines = [
        {"id": "x1", "url": "http://e.org/1", "title": "T1", "text": HE, "published": "2018-04-29T18:00:18+00:00",
         "source": "ynet", "lang": "he"},
        {"id": "x2", "html": html, "published": "2026-05-13 17:54:27", "lang": "en"},
    ]
    p = write(tmp_path / "c.jsonl", "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines))
    docs, errs = run([p])
    assert errs == []
    a, b = docs
    assert (a.id, a.title, a.url, a.source, a.lang) == ("x1", "T1", "http://e.org/1", "ynet", "he")
    assert a.published == date(2018, 4, 29) and a.published_from == "metadata"
    assert a.origin == f"{p}:1" and b.origin == f"{p}:2"
    assert EN in b.text and "<p>" not in b.text and b.published == date(2026, 5, 13)


def test_malformed_jsonl_lines_mixed_with_good(tmp_path):
    good = lambda i: json.dumps({"id": f"g{i}", "text": f"{EN} {i}"})  # noqa: E731
    content = "\n".join([
        good(1),
        "{not json",
        "[1, 2, 3]",
        json.dumps({"id": "nt", "title": "no text"}),
        json.dumps({"id": "et", "text": "   "}),
        json.dumps({"id": "it", "text": 42}),
        "",
        good(8),
    ]) + "\n"
    p = write(tmp_path / "mixed.jsonl", content)
    docs, errs = run([p])
    # (a title with no text is kept, read from its title, and reported)
    assert [d.id for d in docs] == ["g1", "nt", "g8"]
    assert docs[2].origin == f"{p}:8"
    assert len(errs) == 5
    for line, err in zip([2, 3, 4, 5, 6], errs):
        assert err.startswith(f"{p}:{line}: "), err
    assert "JSON" in errs[0] and "object" in errs[1] and "only the title" in errs[2] and "text" in errs[3]


def test_jsonl_gz_streams(tmp_path):
    p = tmp_path / "big.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for i in range(2000):
            f.write(json.dumps({"id": f"d{i}", "text": f"{AR} {i}", "published": "2018-02-18"}, ensure_ascii=False) + "\n")
        f.write("garbage line\n")
    it = iter_documents([str(p)], errors=lambda m: None)
    first = next(it)  # a generator: nothing is read beyond what is consumed
    assert first.id == "d0" and first.origin == f"{p}:1"
    errs = []
    docs = list(iter_documents([str(p)], errors=errs.append))
    assert len(docs) == 2000
    assert errs == [f"{p}:2001: not valid JSON (Expecting value at column 1)"]


def test_truncated_gzip_reports_and_keeps_earlier_lines(tmp_path):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as g:
        for i in range(200):
            g.write((json.dumps({"id": f"t{i}", "text": EN * 3}) + "\n").encode())
    data = buf.getvalue()
    p = write(tmp_path / "trunc.jsonl.gz", data[: len(data) // 2])
    docs, errs = run([p])
    assert len(errs) == 1 and errs[0].startswith(f"{p}:") and "cannot read" in errs[0]
    assert len(docs) >= 1 and docs[0].id == "t0"


def test_cp1255_hebrew_decoded(tmp_path):
    p = write(tmp_path / "heb.txt", HE.encode("cp1255"))
    (doc,), errs = run([p])
    assert errs == [] and doc.text == HE


def test_cp1255_hebrew_with_niqqud(tmp_path):
    text = "רֹאשׁ הַמֶּמְשָׁלָה נִפְגַּשׁ עִם הַמֶּלֶךְ"
    p = write(tmp_path / "niqqud.txt", text.encode("cp1255"))
    (doc,), errs = run([p])
    assert errs == [] and doc.text == text


def test_cp1256_arabic_decoded(tmp_path):
    p = write(tmp_path / "arab.txt", AR.encode("cp1256"))
    (doc,), errs = run([p])
    assert errs == [] and doc.text == AR


def test_cp1256_arabic_jsonl_line(tmp_path):
    line = json.dumps({"id": "a1", "text": AR}, ensure_ascii=False).encode("cp1256")
    p = write(tmp_path / "arab.jsonl", line + b"\n")
    (doc,), errs = run([p])
    assert errs == [] and doc.text == AR


@pytest.mark.parametrize("data", [
    b"abc \xff\xfe\x81 zz",
    b"Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade",  # Latin-1 French: neither Hebrew nor Arabic
    bytes(range(128, 256)) * 4,
])
def test_undecodable_garbage(tmp_path, data):
    bad = write(tmp_path / "bad.txt", data)
    good = write(tmp_path / "good.txt", EN)
    docs, errs = run([bad, good])
    assert [d.id for d in docs] == ["good"]
    assert len(errs) == 1 and errs[0].startswith(f"{bad}: ") and "UTF-8" in errs[0]


def test_decode_bytes_direct():
    assert decode_bytes(HE.encode("cp1255")) == HE
    assert decode_bytes(AR.encode("cp1256")) == AR
    with pytest.raises(InputProblem):
        decode_bytes(b"\x00\x01\x02binary")


def test_binary_file(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
    bad = write(tmp_path / "image.txt", png)
    good = write(tmp_path / "z.txt", EN)
    docs, errs = run([bad, good])
    assert [d.id for d in docs] == ["z"]
    assert len(errs) == 1 and errs[0].startswith(f"{bad}: ") and "binary" in errs[0]


def test_empty_files(tmp_path):
    e1 = write(tmp_path / "empty.txt", b"")
    e2 = write(tmp_path / "blank.txt", b"  \n\n\t ")
    e3 = write(tmp_path / "empty.jsonl", b"")
    good = write(tmp_path / "ok.txt", EN)
    docs, errs = run([e1, e2, e3, good])
    assert [d.id for d in docs] == ["ok"]
    assert errs == [f"{e1}: empty file", f"{e2}: empty file", f"{e3}: empty file"]


def test_unreadable_chmod(tmp_path):
    p = write(tmp_path / "secret.txt", EN)
    os.chmod(p, 0)
    try:
        docs, errs = run([p])
    finally:
        os.chmod(p, 0o644)
    if os.geteuid() == 0:  # root reads anything: the file simply comes through
        assert len(docs) == 1 and errs == []
    else:
        assert docs == [] and len(errs) == 1 and errs[0].startswith(f"{p}: cannot read")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = write(tmp_path / "good.txt", EN)
    docs, errs = run([fifo, good])  # must not block on open()
    assert [d.id for d in docs] == ["good"]
    assert errs == [f"{fifo}: not a regular file (device, FIFO or socket)"]
    docs, errs = run([tmp_path])  # the same inside a directory walk
    assert [d.id for d in docs] == ["good"] and errs == [f"{fifo}: not a regular file (device, FIFO or socket)"]


def test_dangling_symlink_and_missing_file(tmp_path):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    missing = tmp_path / "missing.txt"
    good = write(tmp_path / "good.txt", EN)
    docs, errs = run([link, missing, good])
    assert [d.id for d in docs] == ["good"]
    assert errs == [f"{link}: dangling symbolic link", f"{missing}: no such file"]
    docs, errs = run([tmp_path])
    assert [d.id for d in docs] == ["good"] and errs == [f"{link}: dangling symbolic link"]


def test_directory_named_like_a_file(tmp_path):
    d = tmp_path / "x.txt"
    d.mkdir()
    docs, errs = run([d])  # an empty directory, named explicitly
    assert docs == [] and len(errs) == 1 and errs[0].startswith(f"{d}: ")
    write(d / "inner.txt", EN)
    docs, errs = run([d])  # ... with something inside: walked like any directory
    assert [x.id for x in docs] == ["inner"] and errs == []


def test_directory_recursive_sorted_skips_other_files(tmp_path):
    write(tmp_path / "b.txt", EN + " b")
    write(tmp_path / "a.txt", EN + " a")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.jsonl", json.dumps({"id": "c1", "text": HE}) + "\n")
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "image.png", b"\x89PNG\x00\x00")
    write(tmp_path / ".hidden.txt", EN)
    docs, errs = run([tmp_path])
    assert errs == []
    assert [d.id for d in docs] == ["a", "b", "c1"]


def test_unknown_extension_named_explicitly_is_read(tmp_path):
    p = write(tmp_path / "article.md", EN)
    (doc,), errs = run([p])
    assert errs == [] and doc.id == "article" and doc.text == EN
    j = write(tmp_path / "lines.ndjson", json.dumps({"id": "n1", "text": EN}) + "\n")
    (doc,), errs = run([j])
    assert errs == [] and doc.id == "n1"


def test_stdin_plain_text():
    (doc,), errs = run(["-"], stdin=io.StringIO(HE + "\n" + EN + "\n"))
    assert errs == [] and doc.id == "stdin" and doc.text.startswith(HE) and doc.origin == "<stdin>"


def test_stdin_jsonl_autodetected():
    lines = "\n" + json.dumps({"id": "s1", "text": AR}, ensure_ascii=False) + "\nnot json\n" \
            + json.dumps({"id": "s2", "text": EN, "published": "2015-08-08"}) + "\n"
    docs, errs = run(["-"], stdin=io.StringIO(lines))
    assert [d.id for d in docs] == ["s1", "s2"]
    assert docs[1].published == date(2015, 8, 8) and docs[1].origin == "<stdin>:4"
    assert len(errs) == 1 and errs[0].startswith("<stdin>:3: ")


def test_stdin_binary_buffer():
    raw = io.BytesIO(HE.encode("cp1255"))
    (doc,), errs = run(["-"], stdin=io.TextIOWrapper(raw, encoding="utf-8"))
    assert errs == [] and doc.text == HE


def test_stdin_empty():
    docs, errs = run(["-"], stdin=io.StringIO(""))
    assert docs == [] and errs == ["<stdin>: empty input"]


def test_keeps_going_across_many_bad_inputs(tmp_path):
    paths = [write(tmp_path / "e.txt", b""), tmp_path / "nope.txt", write(tmp_path / "b.txt", b"\x00\x01"),
             write(tmp_path / "good.txt", EN), write(tmp_path / "j.jsonl", b"{bad\n")]
    docs, errs = run(paths)
    assert [d.id for d in docs] == ["good"]
    assert len(errs) == 4
    for p, e in zip([paths[0], paths[1], paths[2], paths[4]], errs):
        assert e.startswith(str(p) + ":"), e


def test_a_lone_letter_with_a_period_ends_no_sentence():
    """"د." (Dr) and initials stand inside a sentence; a full stop after a word ends it."""
    from readouts.pipeline.clean import sentences
    from readouts.model import Document, Segment
    text = "استقبل الوزير أمس د. محمد علي في مكتبه. وبحث معه الخطة. Talks with John F. Kennedy ended."
    doc = Document(id="t", text=text)
    got = [s.text for s in sentences(doc, [Segment("text", 0, len(text))])]
    assert got == ["استقبل الوزير أمس د. محمد علي في مكتبه.", "وبحث معه الخطة.", "Talks with John F. Kennedy ended."]


def test_a_hebrew_initial_spelt_with_a_geresh_ends_no_sentence():
    """"ג׳יי.די ואנס" (J.D. Vance): the initials' full stop, no space after it, is no sentence end;
    a full stop glued between two words still is one."""
    from readouts.pipeline.clean import sentences
    from readouts.model import Document, Segment
    text = "השר נפגש עם סגן הנשיא ג׳יי.די ואנס בבית הלבן.השיחה עסקה באיראן."
    doc = Document(id="t", text=text)
    got = [s.text for s in sentences(doc, [Segment("text", 0, len(text))])]
    assert got == ["השר נפגש עם סגן הנשיא ג׳יי.די ואנס בבית הלבן.", "השיחה עסקה באיראן."]


def test_a_full_stop_glued_between_two_latin_words_ends_a_sentence():
    """"their nations.The talks": a lower-case word, a full stop, a capitalised word; not "U.S." or
    "Mr.Smith", nor an address."""
    from readouts.pipeline.clean import sentences
    from readouts.model import Document, Segment
    text = "They met to discuss their nations.The talks lasted an hour. U.S. envoys and Mr.Smith saw www.example.com there."
    doc = Document(id="t", text=text)
    got = [s.text for s in sentences(doc, [Segment("text", 0, len(text))])]
    assert got == ["They met to discuss their nations.", "The talks lasted an hour.",
                   "U.S. envoys and Mr.Smith saw www.example.com there."]


# --------------------------------------------------------------------------- robustness (issue 12)

def summary(stdout: str) -> dict[str, str]:
    """The ingest summary's "label: value" lines."""
    return {k.strip(): v.strip() for k, v in (ln.split(":", 1) for ln in stdout.splitlines() if ":" in ln)}


def test_lone_surrogate_in_any_field_is_replaced_and_reported(tmp_path):
    """JSON may escape half a surrogate pair ("\\ud800"), which UTF-8 cannot encode: the line is
    kept with U+FFFD in its place and a notice naming file, line and field; the lines after it
    are read as usual."""
    from readouts.pipeline.ingest import Notice
    lines = ['{"id": "a1", "text": "%s \\ud800 end"}' % EN,
             '{"id": "a2", "title": "\\udc00x", "text": "%s"}' % EN,
             '{"id": "\\ud83d", "text": "%s", "source": "\\udfff"}' % EN,
             '{"id": "a4", "text": "%s"}' % EN]
    p = write(tmp_path / "s.jsonl", "\n".join(lines) + "\n")
    docs, errs = run([p])
    assert [d.id for d in docs] == ["a1", "a2", "\ufffd", "a4"]
    for d in docs:
        for v in (d.id, d.text, d.title, d.source):
            if v is not None:
                v.encode("utf-8")                     # storable, printable
    assert docs[0].text.endswith("\ufffd end") and docs[1].title == "\ufffdx"
    assert len(errs) == 3 and all(isinstance(e, Notice) for e in errs)
    assert errs[0].startswith(f"{p}:1:") and "'text'" in errs[0]
    assert errs[2].startswith(f"{p}:3:") and "'id'" in errs[2] and "'source'" in errs[2]


def test_lone_surrogate_does_not_stop_ingest_or_extract(tmp_path):
    from typer.testing import CliRunner
    from readouts.interfaces.cli import app
    p = write(tmp_path / "s.jsonl", '{"id": "x\\ud800", "title": "\\udc01", "text": "%s", "published": "2023-05-07"}\n'
                                    '{"id": "b", "text": "%s", "published": "2023-05-07"}\n' % (EN, EN))
    r = CliRunner().invoke(app, ["ingest", str(p), "--db", str(tmp_path / "s.db")])
    assert r.exit_code == 0, r.output
    c = summary(r.stdout)
    assert c["stored"] == "2" and c["failed"] == "0" and c["input warnings"] == "1"
    assert f"{p}:1: invalid character" in r.stderr
    r = CliRunner().invoke(app, ["extract", str(p), "--format", "jsonl"])
    assert r.exit_code == 0 and r.stdout.count('"type": "call"') == 2


def test_deeply_nested_html_keeps_its_text(tmp_path):
    """Past ~255 levels the HTML parser drops what is inside; the page is flattened and read again."""
    body = "<p>%s</p><p>Both leaders discussed the border and trade, their offices said afterwards.</p>" % EN
    for depth in (300, 3000):
        html = "<html><head><title>Call</title></head><body>" + "<div><span>" * depth + body + \
               "</span></div>" * depth + "</body></html>"
        (doc,), errs = run([write(tmp_path / f"deep{depth}.html", html)])
        assert errs == [] and EN in doc.text and "Both leaders discussed" in doc.text
        assert doc.title == "Call"


@pytest.mark.parametrize("value, why", [("0001-01-01", "outside"), ("9999-12-31", "outside"),
                                        ("not-a-date", "not a date"), (20230507, "not a date"),
                                        (["2023-05-07"], "not a date")])
def test_unusable_published_is_reported_and_the_document_kept(tmp_path, value, why):
    p = write(tmp_path / "d.jsonl", json.dumps({"id": "d", "text": EN, "published": value}) + "\n")
    (doc,), errs = run([p])
    assert doc.published is None
    assert len(errs) == 1 and errs[0].startswith(f"{p}:1:") and why in errs[0] and "published" in errs[0]


def test_relative_dates_near_the_ends_of_the_calendar_lose_nothing(tmp_path):
    """A publication date at year 1 or 9999 with "yesterday"/"אתמול"/"الليلة الماضية" once raised
    OverflowError and the document was lost; impossible dates are now refused at reading, and
    extraction clamps what it is given directly."""
    from readouts.model import Document
    from readouts.pipeline.extractor import extract
    texts = {"en": "Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin yesterday in Moscow.",
             "he": "ראש הממשלה בנימין נתניהו נפגש אתמול עם נשיא רוסיה ולדימיר פוטין במוסקבה.",
             "ar": "التقى الرئيس الروسي فلاديمير بوتين الليلة الماضية رئيس الوزراء الإسرائيلي بنيامين نتنياهو."}
    for lang, text in texts.items():
        for pub in (date.min, date(1, 1, 2), date(9999, 12, 30), date.max):
            evs = extract(Document(id="x", text=text, lang=lang, published=pub))
            assert all(e.date is None or "0001" <= e.date[:4] <= "9999" for e in evs), (lang, pub)
    p = write(tmp_path / "d.jsonl", "".join(json.dumps({"id": f"{lang}{k}", "text": f"{t} ({k})", "lang": lang, "published": pub}) + "\n"
                                            for lang, t in texts.items() for k, pub in enumerate(("0001-01-01", "9999-12-31"))))
    from typer.testing import CliRunner
    from readouts.interfaces.cli import app
    r = CliRunner().invoke(app, ["ingest", str(p), "--db", str(tmp_path / "d.db")])
    assert r.exit_code == 0, r.output
    c = summary(r.stdout)
    assert c["stored"] == "6" and c["failed"] == "0" and c["input warnings"] == "6"


def test_summary_counts_events_before_and_after_merging(tmp_path):
    """Two articles reporting one call: two events extracted, one event in the database."""
    from typer.testing import CliRunner
    from readouts.interfaces.cli import app
    p = write(tmp_path / "two.jsonl",
              json.dumps({"id": "one", "text": EN, "published": "2023-05-08"}) + "\n" +
              json.dumps({"id": "two", "text": EN + " The call lasted an hour.", "published": "2023-05-08"}) + "\n")
    r = CliRunner().invoke(app, ["ingest", str(p), "--db", str(tmp_path / "m.db")])
    assert r.exit_code == 0, r.output
    c = summary(r.stdout)
    assert c["events extracted"] == "2" and c["new events in database"] == "1" and c["events in database"] == "1"


def test_published_option_outside_the_calendar_of_news_is_refused(tmp_path):
    from typer.testing import CliRunner
    from readouts.interfaces.cli import app
    p = write(tmp_path / "a.txt", EN)
    for value in ("0001-01-01", "9999-12-31"):
        r = CliRunner().invoke(app, ["extract", str(p), "--published", value])
        assert r.exit_code == 2 and "no publication date" in r.output
    assert CliRunner().invoke(app, ["extract", str(p), "--published", "2023-05-07"]).exit_code == 0


def test_a_headline_with_no_body_is_read_from_its_title(tmp_path):
    lines = [{"id": "h1", "title": "الملك سلمان يتلقى اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي", "text": "",
              "published": "2015-08-01", "lang": "ar"},
             {"id": "h2", "title": "President Joe Biden spoke by phone with King Abdullah II", "published": "2023-05-07"},
             {"id": "h3", "text": "", "title": "  "}]
    p = write(tmp_path / "d.jsonl", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    docs, errs = run([p])
    assert [d.id for d in docs] == ["h1", "h2"] and all(d.text == d.title for d in docs)
    assert errs[0].startswith(f"{p}:1:") and "only the title" in errs[0]
    assert errs[-1].startswith(f"{p}:3:") and 'empty "text" and no "title"' in errs[-1]
    from readouts.pipeline.extractor import extract
    (ev,) = extract(docs[0])
    assert ev.type == "call" and {p.name for p in ev.participants} == {"Salman of Saudi Arabia",
                                                                       "Abdel Fattah el-Sisi"}
