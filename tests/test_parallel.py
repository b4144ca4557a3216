"""`--jobs N`: extraction in worker processes gives what one process gives (real extractor)."""
from __future__ import annotations

import re

import gzip
import itertools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.pipeline import parallel
from readouts.interfaces.cli import app
from readouts.pipeline.ingest import iter_documents

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
runner = CliRunner()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """About 240 real articles of three corpora (three languages), one broken line among them."""
    corpora = ["ar-saudinewsnet-2015.jsonl.gz", "he-headlines-2014.jsonl.gz", "en-giveme5w1h.jsonl.gz"]
    if not all((SHARED / "corpus" / c).exists() for c in corpora):
        pytest.skip("../shared/corpus is not beside the checkout")
    out = tmp_path_factory.mktemp("mixed") / "mixed.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for c in corpora:
            with gzip.open(SHARED / "corpus" / c, "rt", encoding="utf-8") as src:
                f.writelines(itertools.islice(src, 80))
            f.write("{not json\n")
    return out


def test_results_come_back_in_input_order_with_the_same_events(mixed):
    docs = list(iter_documents([str(mixed)], errors=lambda m: None))
    one = [(r.doc.id, [e.id for e in r.events]) for r in parallel.extract_all(docs, jobs=1)]
    two = [(r.doc.id, [e.id for e in r.events]) for r in parallel.extract_all(docs, jobs=2)]
    assert one == two
    assert [d.id for d in docs] == [i for i, _ in two]
    assert sum(len(ids) for _, ids in two) > 10        # (the sample does hold contacts)


def test_long_documents_stay_in_this_process_and_in_order(mixed, monkeypatch):
    """A document too long to copy to a worker is extracted here, after the ones before it."""
    docs = list(iter_documents([str(mixed)], errors=lambda m: None))[:60]
    one = [(r.doc.id, [e.id for e in r.events], r.doc.lang) for r in parallel.extract_all(docs, jobs=1)]
    longest = sorted(len(d.text) for d in docs)
    monkeypatch.setattr(parallel, "BIG", longest[-6])      # the five longest count as long
    here = []
    real = parallel.extract_one
    monkeypatch.setattr(parallel, "extract_one", lambda d, w=False: here.append(d.id) or real(d, w))
    two = [(r.doc.id, [e.id for e in r.events], r.doc.lang) for r in parallel.extract_all(docs, jobs=2)]
    assert two == one
    assert sorted(here) == sorted(d.id for d in docs if len(d.text) > longest[-6]) and len(here) == 5


def test_ingest_with_two_workers_stores_what_one_process_stores(mixed, tmp_path):
    dumps = []
    for jobs in ("1", "2"):
        db = tmp_path / f"j{jobs}.db"
        r = runner.invoke(app, ["ingest", str(mixed), "--db", str(db), "--jobs", jobs])
        assert r.exit_code == 0, r.output
        assert f"{mixed}:81:" in r.stderr          # the broken line, named and skipped
        out = tmp_path / f"j{jobs}.jsonl"
        assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "--output", str(out)]).exit_code == 0
        dumps.append(out.read_text(encoding="utf-8"))
    assert dumps[0] == dumps[1] and dumps[0].count("\n") > 10
    # a second run with workers stores nothing twice
    r = runner.invoke(app, ["ingest", str(mixed), "--db", str(tmp_path / "j2.db"), "--jobs", "2"])
    assert r.exit_code == 0 and re.search(r"^stored: +0$", r.stdout, re.M)


def test_extract_with_workers_prints_what_one_process_prints(mixed):
    a = runner.invoke(app, ["extract", str(mixed), "--jobs", "1"])
    b = runner.invoke(app, ["extract", str(mixed), "--jobs", "2"])
    assert a.exit_code == b.exit_code == 0
    assert a.stdout == b.stdout
    assert [json.loads(line)["id"] for line in b.stdout.splitlines()]


def test_a_document_that_breaks_the_extractor_is_reported_by_its_worker(monkeypatch, tmp_path):
    from readouts.pipeline import extractor as pipeline

    def boom(doc, unresolved=None):
        if "RAISE" in doc.text:
            raise ValueError("boom")
        return []
    monkeypatch.setattr(pipeline, "extract", boom)
    for i in range(20):
        (tmp_path / f"d{i:02}.txt").write_text("RAISE" if i == 7 else "nothing here", encoding="utf-8")
    r = runner.invoke(app, ["extract", str(tmp_path), "--jobs", "2"])
    assert r.exit_code == 0
    assert f"{tmp_path / 'd07.txt'}: extraction failed: ValueError: boom" in r.stderr
