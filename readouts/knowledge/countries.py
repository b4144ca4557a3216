"""Country names by ISO 3166 alpha-3 code, as pycountry gives them, kept in the cache.

Importing pycountry and loading its database took a fifth of the start-up of `readouts extract`
on a short article that names the country of a meeting; the few names the engine reads are
built into a table once per pycountry version (knowledge/cache.py) and loaded from there.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class CountryNames(NamedTuple):
    name: str
    common_name: str | None      # (pycountry's fields; None where pycountry has none)
    official_name: str | None


def _build() -> dict[str, CountryNames]:
    import pycountry
    return {c.alpha_3.lower(): CountryNames(c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
            for c in pycountry.countries}


@lru_cache(maxsize=1)
def _table() -> dict[str, CountryNames]:
    from readouts.knowledge.cache import cached
    return cached("countries", [], _build)


def by_alpha3(code: str | None) -> CountryNames | None:
    """The names of the country with this alpha-3 code (any case, as pycountry.countries.get
    looks it up), or None."""
    if not code or len(code) != 3:
        return None
    return _table().get(code.lower())
