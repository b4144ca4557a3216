"""Extraction on every core: `pipeline.extract` in worker processes, results back in input order.

The caller keeps reading the input and writing the output (one writer to SQLite); workers only
extract. Results come back in the order the documents were read, so `--jobs N` prints and stores
exactly what `--jobs 1` does (same events, same ids, same cross-document merges).

Workers are forked from a parent that has already loaded the language packs and the gazetteer,
so they start at once and share that memory with it. They ignore Ctrl-C: the parent stops them
and reports how far it got. Where fork is unavailable, `jobs` falls back to 1.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections import deque
from dataclasses import dataclass
from itertools import chain, islice
from typing import Iterable, Iterator

from readouts.pipeline import extractor as pipeline
from readouts.model import Document, Event

CHUNK = 8        # documents sent to a worker at a time: few enough to keep the output flowing
AHEAD = 4        # chunks per worker read ahead of the output


@dataclass
class Result:
    doc: Document
    events: list[Event] | None          # None: extraction failed (see error)
    unresolved: list | None = None
    error: str | None = None


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def extract_one(doc: Document, want_unresolved: bool = False) -> Result:
    """One document's events, or the error that stopped its extraction (never raised)."""
    unresolved: list | None = [] if want_unresolved else None
    try:
        return Result(doc, pipeline.extract(doc, unresolved), unresolved)
    except Exception as e:       # one bad document must not stop a run
        return Result(doc, None, None, f"{doc.origin or doc.id}: extraction failed: {type(e).__name__}: {e}")


def _work(chunk: list[Document], want_unresolved: bool) -> list[tuple]:
    """The results of a chunk, without the documents: the parent has them already (sending a
    long text back would double the memory it takes), only what extraction set on them."""
    out = []
    for doc in chunk:
        r = extract_one(doc, want_unresolved)
        out.append((r.events, r.unresolved, r.error, doc.lang, doc.published, doc.published_from))
    return out


def _results(chunk: list[Document], got: list[tuple]) -> Iterator[Result]:
    for doc, (events, unresolved, error, lang, published, published_from) in zip(chunk, got):
        doc.lang, doc.published, doc.published_from = lang, published, published_from
        yield Result(doc, events, unresolved, error)


# a document this long is extracted in this process: sending it to a worker would copy it
BIG = 4 * pipeline.PIECE_CHARS


def _quiet() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent handles Ctrl-C


_WARM = {
    "ar": "التقى الرئيس أمس بالوزير سامي في الرياض.",
    "he": "נתניהו נפגש אתמול עם השר דני בירושלים.",
    "en": "President Smith met minister Jones in Paris on Monday.",
}


def warm(langs: Iterable[str] = tuple(_WARM)) -> None:
    """Load, in this process, everything an extraction in these languages loads on first use
    (language detection, packs and their automata, the gazetteer, word frequencies, date
    parsing), so that forked workers share it instead of each loading its own."""
    from datetime import date
    from readouts.packs import available
    for lang in langs:
        if lang in available() and lang in _WARM:
            pipeline.extract(Document(id="warm", text=_WARM[lang], published=date(2020, 1, 1)), [])


def extract_all(docs: Iterable[Document], jobs: int = 1, want_unresolved: bool = False) -> Iterator[Result]:
    """Extract every document, on `jobs` processes, yielding results in input order. The input
    is read in this thread only (it may touch a database), a few chunks ahead of the output."""
    if jobs <= 1 or "fork" not in mp.get_all_start_methods():
        for doc in docs:
            yield extract_one(doc, want_unresolved)
        return
    it = iter(docs)
    first = list(islice(it, CHUNK * jobs))
    if len(first) <= CHUNK:        # all of the input, one worker's share: done here before a pool starts
        for doc in first:
            yield extract_one(doc, want_unresolved)
        return
    # the languages of the first documents are loaded before the workers fork (others load in
    # each worker when they come)
    warm({pipeline.document_language(doc) for doc in first})
    pool = mp.get_context("fork").Pool(jobs, initializer=_quiet)
    pending: deque = deque()
    it = chain(first, it)
    big: Document | None = None
    try:
        while True:
            while len(pending) < jobs * AHEAD and big is None:
                chunk = []
                for doc in islice(it, CHUNK):
                    if len(doc.text) > BIG:
                        big = doc         # after what is pending, in order
                        break
                    chunk.append(doc)
                if chunk:
                    pending.append((chunk, pool.apply_async(_work, (chunk, want_unresolved))))
                if len(chunk) < CHUNK:
                    break
            if pending:
                chunk, res = pending.popleft()
                yield from _results(chunk, res.get())
            elif big is not None:
                yield extract_one(big, want_unresolved)
                big = None
            else:
                break
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
