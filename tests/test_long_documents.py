"""A document far longer than an article is read in pieces (pipeline.pieces), so memory stays
bounded; what it reports is what reading it whole reports. (Memory itself is measured by
bench/bench_memory.py, not here.)"""
from __future__ import annotations

from datetime import date

import pytest

from readouts.pipeline import extractor as pipeline
from readouts.model import Document

FILLER = "Markets were calm on the day and traders waited for new figures from the central bank.\n"
CALL = "President Joe Biden spoke by phone on Sunday with Jordan's King Abdullah II.\n"
MEETING = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.\n"


def test_pieces_cover_the_text_and_cut_at_line_or_sentence_ends():
    text = (FILLER * 40) + ("word " * 3000) + "x" * 5000
    spans = pipeline.pieces(text, 1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b <= a + 1000 for a, b in spans)
    assert all(spans[k][1] == spans[k + 1][0] for k in range(len(spans) - 1))
    assert text[spans[0][1] - 1] == "\n"                  # a line end when there is one
    one_line = "The talks went on. " * 200
    assert all(one_line[b - 2:b] == ". " for _, b in pipeline.pieces(one_line, 500)[:-1])
    assert pipeline.pieces("short", 1000) == [(0, 5)]


@pytest.mark.parametrize("piece", [700, 3000])
def test_a_long_document_reports_what_it_reports_whole(monkeypatch, piece):
    text = FILLER * 30 + CALL + FILLER * 60 + MEETING + FILLER * 45 + CALL + FILLER * 10
    doc = lambda: Document(id="long", text=text, lang="en", published=date(2023, 5, 9))   # noqa: E731
    whole = pipeline.extract(doc())
    monkeypatch.setattr(pipeline, "PIECE_CHARS", piece)
    assert len(pipeline.pieces(text, piece)) > 3
    parts = pipeline.extract(doc())
    key = lambda e: (e.type, [p.name for p in e.participants], e.date, e.initiator, e.id)   # noqa: E731
    assert sorted(map(key, parts)) == sorted(map(key, whole))
    assert {e.type for e in parts} == {"call", "meeting"} and len(parts) == 2   # the two calls are one
    for e in parts:
        m = e.mentions[0]
        assert text[m.start:m.end] == m.sentence              # offsets point into the whole text
    call = next(e for e in parts if e.type == "call")
    assert call.mentions[0].start == text.index(CALL)         # the first report is the one kept


_STORE_PEAK = r"""
import sys
from readouts.model import Document
from readouts.store.database import Store
text = ("استقبل الرئيس وزير الخارجية في القاهرة. " * 200_000)[:int(sys.argv[2])]
doc = Document(id="book", text=text, lang="ar")
store = Store(sys.argv[1])
doc.content_hash, store.has(doc)
def status(key):
    return int(next(ln for ln in open("/proc/self/status") if ln.startswith(key + ":")).split()[1])
open("/proc/self/clear_refs", "w").write("5")   # the peak (VmHWM) starts again from here
before = status("VmRSS")
assert store.add(doc, [])
print(status("VmHWM") - before)
"""


def test_a_book_sized_text_is_stored_without_copies_of_it_whole(tmp_path):
    """Storing a document bound its text whole: encoded to UTF-8 (kept by the string), copied by
    SQLite and copied into the row, three times its size at once (ingest of a 48 MiB file: 4.3x
    the input). Written in pieces into a text of its size, the row costs two (SQLite's value and
    the row's record), and what is read back is the same text."""
    import subprocess
    import sys
    chars = 6_000_000   # 11 MB in UTF-8
    db = tmp_path / "book.db"
    out = subprocess.run([sys.executable, "-c", _STORE_PEAK, str(db), str(chars)], capture_output=True,
                         text=True, check=True)
    utf8 = len(("استقبل الرئيس وزير الخارجية في القاهرة. " * 200_000)[:chars].encode("utf-8"))
    grew = int(out.stdout) * 1024
    assert grew < 2.2 * utf8, f"storing the text took {grew / utf8:.1f}x its UTF-8 size"
    import sqlite3
    conn = sqlite3.connect(db)
    kind, text = conn.execute("SELECT typeof(text), text FROM documents WHERE id = 'book'").fetchone()
    assert kind == "text" and text == ("استقبل الرئيس وزير الخارجية في القاهرة. " * 200_000)[:chars]
