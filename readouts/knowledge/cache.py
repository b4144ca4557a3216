"""Build once, load fast: compiled knowledge (a language's phrase automaton, the gazetteer, word
frequencies) kept on disk, keyed by a hash of everything it was built from.

The key covers the data files, the source of the modules that build the object and the versions
of the libraries involved, so a changed pack, gazetteer file or engine rebuilds the entry; a
stale entry is never used. Entries are pickles written atomically (a crash leaves no half file);
an unreadable one is rebuilt. The cache lives in $READOUTS_CACHE, else $XDG_CACHE_HOME/readouts,
else ~/.cache/readouts; READOUTS_CACHE=off turns it off. Nothing is fetched from anywhere.

Hashing the data (6 MB) and asking for the libraries' versions would take a good part of a short
run's start-up, so the key found for a set of files is remembered beside the entries, under the
files' stat signatures (size, times, inode): while none of them changed, the key is the one
computed before (as git's index and make do). Files changed in the last seconds before a key is
remembered are hashed again on every run, so an edit made within the file system's clock tick
cannot hide behind an unchanged signature.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from importlib import util
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent.parent
# the engine code whose output is cached
SOURCES = ("knowledge/lexicon.py", "knowledge/matcher.py", "textnorm.py", "knowledge/gazetteer.py", "packs/__init__.py",
           "knowledge/cache.py", "knowledge/countries.py")
# distribution name -> the module it installs (whose files' signatures stand for its version)
LIBRARIES = {"pyahocorasick": "ahocorasick", "babel": "babel", "pycountry": "pycountry", "wordfreq": "wordfreq"}
KEEP = 3          # entries kept per name (built from different data)
SETTLED = 2.0     # seconds since a file's last change before its signature may stand for its content


def directory() -> Path | None:
    env = os.environ.get("READOUTS_CACHE")
    if env is not None and env.strip().lower() in ("off", "0", "no", "none", ""):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "readouts"


def _files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = []
            for root, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if d != "__pycache__"]
                found += [Path(root, n) for n in names]
            out += sorted(found)
        elif p.is_file():
            out.append(p)
    return out


def _inputs(inputs: Iterable[Path]) -> list[Path]:
    """The files an entry depends on: the engine's sources and the data (each file once: the
    inputs of one entry may overlap, "data/" and "data/gazetteer/")."""
    return list(dict.fromkeys(_files([PACKAGE / s for s in SOURCES]) + _files(inputs)))


def _content_key(name: str, files: list[Path], extra: str) -> str:
    """The key of an entry: a hash of its files' contents, the libraries' versions, Python's."""
    from importlib import metadata      # (only here: its import took a twentieth of a short run)
    h = hashlib.sha256()
    h.update(f"{name}\0{sys.version_info[:2]}\0{extra}\0".encode())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=-\0".encode())
    for f in files:
        h.update(str(f.name).encode() + b"\0")
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:24]


def _signatures(name: str, files: list[Path], extra: str) -> tuple[str, float]:
    """A hash of the stat signatures of an entry's files and of the libraries' modules, and the
    time the most recent of them changed."""
    h = hashlib.sha256(f"{name}\0{sys.version_info[:2]}\0{extra}\0".encode())
    newest = 0
    libs = []
    for module in LIBRARIES.values():
        spec = util.find_spec(module)
        libs.append(Path(spec.origin) if spec is not None and spec.origin else None)
    for f in files + libs:
        if f is None:
            h.update(b"-\0")
            continue
        st = f.stat()
        newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0".encode())
    return h.hexdigest(), newest / 1e9


def _known_key(where: Path, name: str, inputs: list[Path], extra: str) -> str:
    """The key of an entry, taken from the keys remembered in `where` when no input changed since."""
    files = _inputs(inputs)
    try:
        sig, newest = _signatures(name, files, extra)
    except OSError:                # a file went away meanwhile: no shortcut
        return _content_key(name, files, extra)
    memo = where / f"{name}.keys.json"
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    if isinstance(known.get(sig), str):
        return known[sig]
    found = _content_key(name, files, extra)
    if time.time() - newest >= SETTLED:
        known.pop(sig, None)
        known[sig] = found
        _write_atomically(where, memo, json.dumps(dict(list(known.items())[-KEEP:])).encode())
    return found


def _write_atomically(where: Path, path: Path, data: bytes) -> None:
    """Write a file whole or not at all; without a writable cache directory, nothing."""
    tmp = None
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{path.name}-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:               # a read-only home or a full disk: work without the cache
        if tmp is not None:
            try:
                os.unlink(tmp)    # (no half-written file left behind)
            except OSError:
                pass


def _kept(make: Callable[[], T]) -> T:
    """make(), for an object that lives as long as the process, kept out of the cyclic garbage
    collector's sight. Loading or building an entry creates hundreds of thousands of objects;
    the collections their allocations trigger would walk them again and again (half the time of
    a load), and every full collection after would walk them once more (a tenth of a second
    each), to find no garbage. So the collector pauses meanwhile, and then everything the process
    holds is moved to its permanent generation (gc.freeze), which collections skip."""
    was = gc.isenabled()
    gc.disable()
    try:
        return make()
    finally:
        gc.freeze()
        if was:
            gc.enable()


def cached(name: str, inputs: Iterable[Path], build: Callable[[], T], extra: str = "") -> T:
    """The object `build()` returns, from the cache when an entry for exactly these inputs exists."""
    where = directory()
    if where is None:
        return _kept(build)
    path = where / f"{name}-{_known_key(where, name, list(inputs), extra)}.pickle"
    try:
        with open(path, "rb") as f:
            return _kept(lambda: pickle.load(f))
    except FileNotFoundError:
        pass
    except Exception:             # a damaged entry: rebuild it
        path.unlink(missing_ok=True)
    obj = _kept(build)
    _write_atomically(where, path, pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    # entries built from earlier data: keep the few newest (another gazetteer in use), drop the rest
    try:
        entries = sorted(where.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
    return obj


# ------------------------------------------------------------------ compiled regular expressions

REGEX_KEEP = 96       # compiled patterns kept (a run of three languages compiles about 24)


def regex(pattern: str, flags: int = 0) -> "re.Pattern":
    """re.compile(pattern, flags), for the few large patterns the engine builds from pack data
    (the date patterns: their compilation took a third of a second per language, every run).
    re compiles a pattern in two steps, parsing it into the regex engine's code (in Python, the
    slow part) and handing that code to the engine (_sre.compile): the code is kept in the cache,
    keyed by the pattern, the flags and the exact Python version, whose engine it is for. Any
    trouble (no cache, an unreadable entry, a Python whose re works otherwise) falls back to
    re.compile."""
    import re
    where = directory()
    if where is None:
        return re.compile(pattern, flags)
    try:
        import _sre
        import marshal
        from re import _compiler, _parser
        key = hashlib.sha256(f"{sys.version}\0{int(flags)}\0{pattern}".encode()).hexdigest()[:32]
        path = where / "regex" / f"{key}.marshal"
        try:
            args = marshal.loads(path.read_bytes())
            if isinstance(args, tuple) and len(args) == 5:
                return _sre.compile(pattern, *args)
        except (OSError, EOFError, ValueError, TypeError):
            pass
        # (as re._compiler.compile does it)
        p = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(p, flags)]     # (opcodes are ints with names)
        groupindex = p.state.groupdict
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        args = (int(flags | p.state.flags), code, p.state.groups - 1, dict(groupindex), tuple(indexgroup))
        compiled = _sre.compile(pattern, *args)
        _write_atomically(where / "regex", path, marshal.dumps(args))
        # (patterns built from earlier pack data: the newest REGEX_KEEP entries stay, a few
        # versions of every pattern a run compiles)
        try:
            entries = sorted((where / "regex").glob("*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in entries[REGEX_KEEP:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass
        return compiled
    except Exception:
        return re.compile(pattern, flags)
