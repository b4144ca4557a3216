"""Build once, load fast: compiled knowledge (a language's phrase automaton, the gazetteer, word
frequencies) kept on disk, keyed by a hash of everything it was built from.

The key covers the data files, the source of the modules that build the object and the versions
of the libraries involved, so a changed pack, gazetteer file or engine rebuilds the entry; a
stale entry is never used. Entries are pickles written atomically (a crash leaves no half file);
an unreadable one is rebuilt. The cache lives in $READOUTS_CACHE, else $XDG_CACHE_HOME/readouts,
else ~/.cache/readouts; READOUTS_CACHE=off turns it off. Nothing is fetched from anywhere.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
# the engine code whose output is cached
SOURCES = ("lexicon.py", "matcher.py", "textnorm.py", "gazetteer.py", "packs/__init__.py", "cache.py")
LIBRARIES = ("pyahocorasick", "babel", "pycountry", "wordfreq")
KEEP = 3          # entries kept per name (built from different data)


def directory() -> Path | None:
    env = os.environ.get("READOUTS_CACHE")
    if env is not None and env.strip().lower() in ("off", "0", "no", "none", ""):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "readouts"


def _files(paths: Iterable[Path]) -> list[Path]:
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
        elif p.is_file():
            out.append(p)
    return out


def key(name: str, inputs: Iterable[Path], extra: str = "") -> str:
    h = hashlib.sha256()
    h.update(f"{name}\0{sys.version_info[:2]}\0{extra}\0".encode())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=-\0".encode())
    # (each file once: the inputs of one entry may overlap, "data/" and "data/gazetteer/")
    for f in dict.fromkeys(_files([PACKAGE / s for s in SOURCES]) + _files(inputs)):
        h.update(str(f.name).encode() + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:24]


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T], extra: str = "") -> T:
    """The object `build()` returns, from the cache when an entry for exactly these inputs exists."""
    where = directory()
    if where is None:
        return build()
    inputs = list(inputs)
    path = where / f"{name}-{key(name, inputs, extra)}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        pass
    except Exception:             # a damaged entry: rebuild it
        path.unlink(missing_ok=True)
    obj = build()
    tmp = None
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # entries built from earlier data: keep the few newest (another gazetteer in use), drop the rest
        entries = sorted(where.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:               # a read-only home or a full disk: work without the cache
        if tmp is not None:
            try:
                os.unlink(tmp)    # (no half-written entry left behind)
            except OSError:
                pass
    return obj
