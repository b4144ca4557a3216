"""Faults: an ingest killed anywhere, or stopped by a full disk, is simply run again.

`readouts ingest` runs as a subprocess on a few hundred real documents (Hebrew headlines, then
Arabic articles, from ../shared/corpus, read at run time). It is killed with SIGKILL many times
in a row — between documents, inside a write transaction, before, during and after write-ahead
log checkpoints (the READOUTS_FAULT hook of readouts.store.database, which makes the process kill itself
at an exact point), and from outside after seeded random delays — and rerun until it completes;
the database must then be the one an uninterrupted run makes. A full disk is a file size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored so that writes fail with EFBIG): the ingest must stop with
one clear line and a non-zero status, leave the database intact, and complete when rerun.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

import pytest

from readouts.store.database import CHECKPOINT_EVERY

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HEADLINES = SHARED / "corpus" / "he-headlines-2014.jsonl.gz"
ARTICLES = SHARED / "corpus" / "ar-saudinewsnet-2015.jsonl.gz"
EXE = Path(sys.executable).with_name("readouts")
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "readouts.interfaces.cli"]
INPUT = "corpus.jsonl"       # each run reads ./corpus.jsonl, so documents' origins are the same
TIMEOUT = 180

# words of contacts (met, talked, a call, a meeting, visited...), so that most documents carry
# events and many of them merge across documents
HE_CONTACT = re.compile("נפגש|שוחח|שיחה|פגישה|ביקר|נועד")
AR_CONTACT = re.compile("اتصالا هاتفيا|التقى|استقبل|بحث|مباحثات|رسالة")

pytestmark = pytest.mark.skipif(not (HEADLINES.exists() and ARTICLES.exists()),
                                reason=f"the real corpus is not at {SHARED / 'corpus'} (beside the checkout)")


def _pick(path: Path, contact: re.Pattern, n: int, every: int, scan: int) -> list[str]:
    """Up to n lines of the first `scan` of a corpus: documents about contacts, and every
    `every`-th line whatever it is about."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(islice(f, scan)):
            doc = json.loads(line)
            if i % every == 0 or contact.search(doc["title"] or "") or contact.search(doc["text"][:300]):
                out.append(line)
                if len(out) == n:
                    break
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """About 500 documents, each once: Hebrew headlines, then (at the end) 40 Arabic articles."""
    lines, texts = [], set()
    for line in _pick(HEADLINES, HE_CONTACT, 470, 30, 20000) + _pick(ARTICLES, AR_CONTACT, 40, 97, 2000):
        text = json.loads(line)["text"]
        if text not in texts:            # (a copy would be skipped, which the counts below ignore)
            texts.add(text)
            lines.append(line)
    path = tmp_path_factory.mktemp("corpus") / INPUT
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _start(where: Path, jobs: int, fault: str | None = None, fsize: int | None = None) -> subprocess.Popen:
    """`readouts ingest corpus.jsonl --db db --jobs N` in `where`, in a session of its own (its
    workers are then killed with it); fault: READOUTS_FAULT; fsize: file size limit in bytes."""
    env = {k: v for k, v in os.environ.items() if k != "READOUTS_FAULT"}
    if fault:
        env["READOUTS_FAULT"] = fault

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, resource.RLIM_INFINITY))

    return subprocess.Popen(CMD + ["ingest", INPUT, "--db", "db", "--jobs", str(jobs)], cwd=where, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=limit if fsize else None)


def _finish(proc: subprocess.Popen) -> subprocess.CompletedProcess:
    """Wait for an ingest; then end what is left of its session (workers of a killed parent)."""
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        _kill_session(proc)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _kill_session(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _ingest(where: Path, jobs: int = 1, **kw) -> subprocess.CompletedProcess:
    return _finish(_start(where, jobs, **kw))


def _connect(db: Path) -> sqlite3.Connection:
    """A read-only connection: it never checkpoints nor recovers anything into the file."""
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def _documents(db: Path) -> int | None:
    """How many documents are stored (None: cannot tell now, the database is being created)."""
    if not db.exists():
        return 0
    try:
        con = _connect(db)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


def _pages(db: Path) -> tuple[int, int]:
    """The page size of a database and how many pages its file has (at least 1)."""
    if not db.exists():
        return 4096, 1
    con = _connect(db)
    try:
        page = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    return page, max(1, db.stat().st_size // page)


TABLES = ("documents", "events", "event_participants", "mentions", "unresolved", "search")


def _dump(db: Path) -> dict:
    """Everything stored, rows in storage order with their rowids (names in "columns"); the
    documents without the time they were ingested at."""
    con = _connect(db)
    try:
        out: dict = {"columns": {}}
        for table in TABLES:
            cur = con.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")
            keep = [i for i, d in enumerate(cur.description) if d[0] != "ingested_at"]
            out["columns"][table] = [cur.description[i][0] for i in keep]
            out[table] = [tuple(row[i] for i in keep) for row in cur]
        out["schema"] = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        out["user_version"] = con.execute("PRAGMA user_version").fetchall()
        return out
    finally:
        con.close()


def _column(dump: dict, table: str, name: str) -> int:
    return dump["columns"][table].index(name)


def _intact(db: Path) -> None:
    con = _connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def _same_database(db: Path, reference: dict) -> None:
    _intact(db)
    got = _dump(db)
    for key in reference:
        assert got[key] == reference[key], f"{key} differ from the uninterrupted run's"
    con = sqlite3.connect(db)        # (the full-text index checks itself through a write statement)
    try:
        con.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict:
    """The database of one uninterrupted ingest."""
    where = tmp_path_factory.mktemp("reference")
    (where / INPUT).symlink_to(corpus)
    r = _ingest(where)
    assert r.returncode == 0, r.stderr
    dump = _dump(where / "db")
    assert len(dump["documents"]) > 6 * CHECKPOINT_EVERY and len(dump["events"]) > 30
    return dump


def _fault_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if "READOUTS_FAULT: SIGKILL at" in ln]
    assert len(lines) == 1, stderr
    return lines[0].split("SIGKILL at ", 1)[1]


def test_killed_many_times_the_ingest_completes_to_the_same_database(corpus, reference, tmp_path):
    rng = random.Random(20240312)
    (tmp_path / INPUT).symlink_to(corpus)
    db = tmp_path / "db"
    # where each run is killed: a process checkpoints after every CHECKPOINT_EVERY documents it
    # stores (the input has room for five such kills and the others); the database file has
    # grown by the first checkpoint-during, which stops its copy at a random page of that file
    plan = ["checkpoint-after", "txn", "checkpoint-during", "commit", "checkpoint-before", "txn",
            "checkpoint-during", "commit", "txn", "checkpoint-during", "commit",
            "signal", "signal", "signal"]
    kills: list[str] = []
    started = time.monotonic()
    for i, point in enumerate(plan):
        jobs = 2 if i % 3 == 1 else 1
        before = _documents(db)
        if point == "signal":
            # from outside, a seeded random time after the run has begun to store documents
            proc = _start(tmp_path, jobs)
            while proc.poll() is None and _documents(db) in (before, None):
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.4))
            _kill_session(proc)
            r = _finish(proc)
            if r.returncode == 0:     # it was done first: the rest of the plan needs no more
                break
            assert r.returncode == -signal.SIGKILL, r.stderr
            kills.append(f"signal after {_documents(db) - before} documents")
            continue
        n = 1 if point.startswith("checkpoint") else rng.randint(1, 25)
        fault = f"{point}:{n}"
        if point == "checkpoint-during":
            # the copy stops at a page of the database file as it is before the checkpoint
            page, pages = _pages(db)
            fault += f":{page * rng.randint(1, pages)}"
        r = _ingest(tmp_path, jobs, fault=fault)
        assert r.returncode == -signal.SIGKILL, f"{fault} did not strike\n{r.stdout}\n{r.stderr}"
        where = _fault_line(r.stderr)
        assert where.startswith(point), where
        kills.append(where)
        stored = _documents(db) - before
        expected = {"txn": n - 1, "commit": n}.get(point, CHECKPOINT_EVERY)
        assert stored == expected, f"{where}: {stored} documents stored, not {expected}"
    for _ in range(3):                # rerun the same command until it completes
        r = _ingest(tmp_path, jobs=1)
        if r.returncode == 0:
            break
    assert r.returncode == 0, r.stderr
    _same_database(db, reference)
    print(f"\n{len(kills)} kills in {time.monotonic() - started:.1f} s: "
          f"{Counter(k.split(' ')[0] for k in kills)}; {kills}")


def _stopped_for_space(r: subprocess.CompletedProcess, limit: int) -> None:
    """The ingest stopped with one line naming the database and the problem."""
    assert r.returncode == 1, f"{r.returncode}\n{r.stdout}\n{r.stderr}"
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "database db:" in lines[0] and "file too large" in lines[0], lines[0]
    assert f"file size limit (ulimit -f) of {limit} bytes" in lines[0], lines[0]


def test_a_full_disk_stops_the_ingest_cleanly_and_a_rerun_completes(corpus, reference, tmp_path):
    """The log fills the room first: a commit fails (jobs 1)."""
    (tmp_path / INPUT).symlink_to(corpus)
    db = tmp_path / "db"
    r = _ingest(tmp_path, fsize=1_000_000)
    _stopped_for_space(r, 1_000_000)
    _intact(db)
    got = _dump(db)
    k = len(got["documents"])
    assert 0 < k < len(reference["documents"])
    assert _stored(r) == k
    # what was stored is what an uninterrupted run stores for the same first documents
    docs = {row[1] for row in got["documents"]}
    assert got["documents"] == reference["documents"][:k]
    for table, doc_col in (("mentions", "doc_id"), ("unresolved", "doc_id"), ("search", "doc_id")):
        rows = [row for row in reference[table] if row[_column(reference, table, doc_col)] in docs]
        assert got[table] == rows, table
    # an event only these documents report is stored as the full run stores it
    events = {row[1]: row for row in reference["events"]}
    mention_doc = _column(reference, "mentions", "doc_id")
    reported_by: dict[str, set] = {}
    for row in reference["mentions"]:
        reported_by.setdefault(row[_column(reference, "mentions", "event_id")], set()).add(row[mention_doc])
    for row in got["events"]:
        assert row[1] in events
        if reported_by[row[1]] <= docs:
            assert row == events[row[1]]
    r = _ingest(tmp_path)
    assert r.returncode == 0, r.stderr
    _same_database(db, reference)


def test_a_disk_too_full_for_the_final_checkpoint_is_reported(corpus, reference, tmp_path):
    """The last documents fit in the log, but the database file cannot take them (jobs 2)."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / INPUT).write_text("".join(lines[:-8]), encoding="utf-8")
    assert _ingest(tmp_path, jobs=2).returncode == 0
    (tmp_path / INPUT).write_text("".join(lines), encoding="utf-8")
    db = tmp_path / "db"
    limit = db.stat().st_size + 4096
    r = _ingest(tmp_path, jobs=2, fsize=limit)
    _stopped_for_space(r, limit)
    assert _stored(r) == 8
    # the eight documents are stored (in the log), nothing is lost
    _intact(db)
    assert _documents(db) == len(reference["documents"])
    r = _ingest(tmp_path, jobs=2)
    assert r.returncode == 0, r.stderr
    _same_database(db, reference)


def _stored(r: subprocess.CompletedProcess) -> int:
    """The documents an ingest says it stored."""
    return int(re.search(r"^stored:\s+(\d+)$", r.stdout, re.M).group(1))
