"""Shared fixtures for the API and browser tests: a database built from the bundled
sample articles plus a few articles written here, and a live server for it.

Extra articles (invented, like readouts/samples):
  - web-en-putin-netanyahu: a second (English) report of the Hebrew sample's
    Netanyahu–Putin call, so that one event has two sources in two languages;
  - web-en-hostile: an article whose title, text and outlet carry HTML (<script>,
    <img onerror>) and whose URL is javascript:, to check that the explorer shows
    article data as text only.
"""
from __future__ import annotations

import contextlib
import json
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "readouts" / "samples"

EXTRA_ARTICLES = [
    {"id": "web-en-putin-netanyahu", "url": "https://news.example.org/2024/03/12/putin-netanyahu-call",
     "title": "Putin and Netanyahu speak by phone",
     "text": "MOSCOW - Russian President Vladimir Putin spoke by telephone on Tuesday with Israeli Prime "
             "Minister Benjamin Netanyahu at the Israeli side's request, the Kremlin said.\n"
             "The two leaders discussed the situation in Gaza and the hostages.",
     "published": "2024-03-12", "source": "example-wire", "lang": "en"},
    {"id": "web-en-hostile", "url": "javascript:window.__pwned=3",
     "title": "Macron <script>window.__pwned=1</script> phones Netanyahu",
     "text": "PARIS - French President Emmanuel Macron spoke by phone on Monday with Israeli Prime Minister "
             "Benjamin Netanyahu <img src=x onerror=\"window.__pwned=2\"> about the hostages <b>in Gaza</b>, "
             "the Elysee said.",
     "published": "2024-01-15", "source": "evil<b>outlet</b><script>window.__pwned=4</script>", "lang": "en"},
]

HOSTILE_DOC = "web-en-hostile"
MERGED_EVENT = "ev-d8f46cc95aed5d93"       # Netanyahu–Putin call, 2024-03-12 (he sample + en extra)
HE_EVENT = "ev-64e494ff54102382"           # Blinken–Netanyahu meeting (Hebrew sample)
AR_EVENT = "ev-2fd472d40c2b6f0b"           # Salman–Macron call (Arabic sample)
PUTIN = "Q7747"


def build_db(path: Path) -> Path:
    """Ingest the samples and EXTRA_ARTICLES into a new database at `path`."""
    extra = path.parent / "web-extra.jsonl"
    extra.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in EXTRA_ARTICLES), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "readouts.interfaces.cli", "ingest", str(SAMPLES), str(extra), "--db", str(path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    """A database of the samples + extra articles (built once per test session)."""
    return build_db(tmp_path_factory.mktemp("webdb") / "web.db")


@pytest.fixture
def web_db_copy(web_db, tmp_path) -> Path:
    """A private copy of web_db that a test may change."""
    dst = tmp_path / "copy.db"
    with sqlite3.connect(web_db) as src, sqlite3.connect(dst) as out:
        src.backup(out)
    return dst


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def live_server(db_path: Path):
    """Serve create_app(db_path) with uvicorn in a background thread on 127.0.0.1;
    yields the base URL ("http://127.0.0.1:PORT/")."""
    import uvicorn

    from readouts.interfaces.api import create_app
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_missing_reason() -> str | None:
    if not Path(CHROMIUM).exists():
        return (f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; "
                "scripts/test.sh does it when run as root)")
    return None
