"""The compiled-knowledge cache: used when the data is unchanged, rebuilt when it changes."""
from __future__ import annotations

import pickle

from readouts import cache


def test_an_entry_is_built_once_and_rebuilt_when_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    built = []

    def build():
        built.append(data.read_text(encoding="utf-8"))
        return {"value": built[-1]}

    assert cache.cached("thing", [data], build) == {"value": "one"}
    assert cache.cached("thing", [data], build) == {"value": "one"}
    assert built == ["one"]                            # the second came from disk
    data.write_text("two", encoding="utf-8")
    assert cache.cached("thing", [data], build) == {"value": "two"}
    assert built == ["one", "two"]


def test_a_damaged_entry_is_rebuilt_and_off_means_off(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    data = tmp_path / "d.txt"
    data.write_text("x", encoding="utf-8")
    assert cache.cached("t", [data], lambda: 1) == 1
    (entry,) = (tmp_path / "c").glob("t-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cache.cached("t", [data], lambda: 2) == 2
    assert pickle.loads(entry.read_bytes()) == 2
    monkeypatch.setenv("READOUTS_CACHE", "off")
    assert cache.cached("t", [data], lambda: 3) == 3


def test_a_cached_lexicon_finds_what_a_fresh_one_finds(tmp_path, monkeypatch):
    from readouts.lexicon import Lexicon, lexicon
    from readouts.matcher import tokens_of
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    lexicon.cache_clear()
    try:
        text = "التقى الرئيس المصري عبد الفتاح السيسي أمس الملك عبدالله الثاني في عمان"
        first = lexicon("ar")                        # built and written
        lexicon.cache_clear()
        second = lexicon("ar")                       # loaded from disk
        assert second is not first and second.gaz is first.gaz
        fresh = Lexicon("ar")
        found = [sorted((m.kind, m.first, m.last, str(m.value)) for m in lx.matcher.find(tokens_of(text)))
                 for lx in (second, fresh)]
        assert found[0] == found[1] and found[0]
    finally:
        lexicon.cache_clear()
