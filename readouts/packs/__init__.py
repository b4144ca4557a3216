"""Language packs: everything language-specific lives in data files here.

A pack is a directory named by its ISO 639-1 code holding TOML files
(triggers.toml, cues.toml, roles.toml, demonyms.toml, dates.toml,
boilerplate.toml, ...). All files of a pack are merged into one dict; the
engine reads sections by name and never branches on the language code.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PACK_DIR = Path(__file__).parent


class Pack:
    def __init__(self, code: str, data: dict):
        self.code = code
        self.data = data
        meta = data.get("pack", {})
        self.name = meta.get("name", code)
        self.script = meta.get("script", "Latn")
        # clitic prefixes that may be glued to the front of a word (ו, ה, ב / و, ف, ب, ال ...)
        clitics = data.get("clitics", {})
        self.prefixes: list[str] = clitics.get("prefixes", [])
        self.max_prefixes: int = clitics.get("max_prefixes", 0)
        self.prefix_chains: list[str] = clitics.get("chains", [])
        self.suffixes: list[str] = clitics.get("suffixes", [])
        # the suffixes a person's name may take (English possessive); pronoun suffixes never
        self.name_suffixes: list[str] = clitics.get("name_suffixes", [])

    def section(self, name: str, default=None):
        return self.data.get(name, {} if default is None else default)

    def __repr__(self):
        return f"Pack({self.code})"


def _merge(into: dict, new: dict):
    for k, v in new.items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            _merge(into[k], v)
        elif isinstance(v, list) and isinstance(into.get(k), list):
            into[k] = into[k] + v
        else:
            into[k] = v


@lru_cache(maxsize=1)
def available() -> list[str]:
    return sorted(p.name for p in PACK_DIR.iterdir() if p.is_dir() and any(p.glob("*.toml")))


@lru_cache(maxsize=None)
def load_pack(code: str) -> Pack:
    d = PACK_DIR / code
    if not d.is_dir():
        raise KeyError(f"no language pack for {code!r} (have: {', '.join(available())})")
    # (parsing the TOML files took a twentieth of a second of a short run's start-up: the pack is
    # kept in the cache, keyed by its files)
    from readouts.knowledge.cache import cached
    return cached(f"pack-{code}", [d], lambda: _read_pack(code, d))


def _read_pack(code: str, d: Path) -> Pack:
    import tomllib          # (a pack loaded from the cache needs no TOML parser)
    data: dict = {}
    for f in sorted(d.glob("*.toml")):
        try:
            with open(f, "rb") as fh:
                _merge(data, tomllib.load(fh))
        except tomllib.TOMLDecodeError as e:
            raise ValueError(f"{f}: {e}") from None
    return Pack(code, data)
