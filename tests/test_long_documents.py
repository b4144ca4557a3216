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
